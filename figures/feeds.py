"""
An Atom feed per figure: each published estimate as an entry, newest first, so a reader or a
partner newsroom can follow a number as sources speak. Built from the same public ledger as the page.
"""

import datetime

from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from claims.feeds import FEED_SIZE, PublicFeed, as_html
from claims.quantities import format_number
from core.http import absolute
from figures.ledger import LedgerEntry, ledger_for
from figures.models import Figure
from figures.visibility import public_figures


class FigureAtomFeed(PublicFeed):
    feed_type = Atom1Feed
    url_name = "figure-feed-atom"

    def get_object(self, request, slug):
        figure = public_figures().filter(slug=slug).first()
        if figure is None:
            raise Http404
        return figure

    def title(self, figure: Figure) -> str:
        return f"{figure.name}: every estimate"

    def subtitle(self, figure: Figure) -> str:
        return f"Each published estimate of the figure ({figure.unit}): who gave it, when, and our verdict."

    def link(self, figure: Figure) -> str:
        return absolute(reverse("figure-detail", args=[figure.slug]))

    def feed_url(self, figure: Figure) -> str:  # type: ignore[override]
        return absolute(reverse(self.url_name, args=[figure.slug]))

    def items(self, figure: Figure) -> list[LedgerEntry]:
        dated = [e for e in ledger_for(figure, public=True).entries if e.stated_on is not None]
        dated.sort(key=lambda e: (e.stated_on, e.appearance_id), reverse=True)
        return dated[:FEED_SIZE]

    def item_title(self, entry: LedgerEntry) -> str:
        figure = format_number(entry.value) if entry.value is not None else "A figure"
        who = entry.speaker_name or "Unattributed"
        return f"{figure}: {who} ({entry.origin.label}), {entry.stated_on:%-d %B %Y}"

    def item_description(self, entry: LedgerEntry) -> str:
        lines = [f"{entry.claim_title} ({entry.stance})."]
        if entry.verdict_label:
            lines.append(f"Our verdict: {entry.verdict_label}.")
        if entry.note:
            lines.append(entry.note)
        lines.append(f"In {entry.source_title}.")
        return as_html("\n\n".join(lines))

    def item_link(self, entry: LedgerEntry) -> str:
        return absolute(reverse("claim-detail", args=[entry.claim_slug]))

    def item_guid(self, entry: LedgerEntry) -> str:
        # one entry per appearance of an estimate: the claim's page and which of its appearances
        return absolute(f"{reverse('claim-detail', args=[entry.claim_slug])}#appearance-{entry.appearance_id}")

    item_guid_is_permalink = False

    def item_pubdate(self, entry: LedgerEntry) -> datetime.datetime:
        assert entry.stated_on is not None  # items() keeps dated entries only
        return datetime.datetime.combine(entry.stated_on, datetime.time(), tzinfo=datetime.UTC)
