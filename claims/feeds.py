"""
RSS and Atom feeds of published fact-checks and of corrections.

Entry descriptions are HTML to feed readers (RSS <description>, Atom <summary type="html">). A
rationale is Markdown, as on the claim page: it goes out as the page shows it, rendered and
sanitised (core.rich_text), so a feed reader shows emphasis and links, not asterisks, and never
a script. A correction note or a withdrawal reason is plain text an editor typed: it goes out
escaped, as paragraphs, so "<script>" in it reaches readers as those characters.
"""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import linebreaks

from claims.claimreview import require_current_verdict
from claims.models import Claim, Verification
from core.http import absolute
from core.rich_text import render_markdown

FEED_SIZE = 30


def as_html(text: str) -> str:
    """An editor's plain text as escaped HTML paragraphs: what a feed reader renders is the text."""
    return linebreaks(text, autoescape=True)


class PublicFeed(Feed):
    """
    A feed whose links, ids and self link are on FACTCHECK_SITE_URL. Django would otherwise put the
    request's host name in front of relative links, so a feed read through a proxy or by IP
    address would give every entry a different id from the one readers already have.
    """

    url_name: str  # this feed's own URL, for its self link

    def feed_url(self):
        return absolute(reverse(self.url_name))


class ChecksFeed(PublicFeed):
    title = "Latest fact-checks"
    description = "Claims we have checked, newest verdict first."
    url_name = "feed-checks-rss"

    def link(self):
        return absolute(reverse("claim-list"))

    def items(self):
        return Claim.objects.latest_checks().for_display()[:FEED_SIZE]

    def item_title(self, claim):
        verdict = require_current_verdict(claim)
        return f"{verdict.status.label}: {claim.statement}"

    def item_description(self, claim):
        return render_markdown(require_current_verdict(claim).rationale)

    def item_link(self, claim):
        return absolute(claim.get_absolute_url())

    def item_guid(self, claim):
        return absolute(claim.get_absolute_url())

    item_guid_is_permalink = True

    def item_pubdate(self, claim):
        return require_current_verdict(claim).published_at

    def item_updateddate(self, claim):
        return max(claim.updated_at, require_current_verdict(claim).updated_at)


class ChecksAtomFeed(ChecksFeed):
    feed_type = Atom1Feed
    subtitle = ChecksFeed.description
    url_name = "feed-checks-atom"


class CorrectionsFeed(PublicFeed):
    title = "Corrections"
    description = "Every verdict we corrected or withdrew, and why."
    url_name = "feed-corrections-rss"

    def link(self):
        return absolute(reverse("corrections"))

    def items(self):
        return (
            Verification.objects.corrections_log()
            .select_related("claim", "status")
            .defer("claim__search_text", "claim__search_vector")  # derived, and the largest columns
            .order_by("-logged_at", "-pk")[:FEED_SIZE]
        )

    def item_title(self, v):
        action = "Withdrawn" if v.state == Verification.State.WITHDRAWN else f"Corrected to {v.status.label}"
        return f"{action}: {v.claim.statement}"

    def item_description(self, v):
        return as_html(v.withdrawal_reason if v.state == Verification.State.WITHDRAWN else v.correction_note)

    def item_link(self, v):
        if v.state == Verification.State.WITHDRAWN:
            return absolute(f"{reverse('corrections')}#v{v.pk}")
        return absolute(f"{v.claim.get_absolute_url()}#corrections")

    def item_guid(self, v):
        return absolute(f"{reverse('corrections')}#v{v.pk}-{v.state}")

    item_guid_is_permalink = False

    def item_pubdate(self, v):
        return v.withdrawn_at or v.published_at


class CorrectionsAtomFeed(CorrectionsFeed):
    feed_type = Atom1Feed
    subtitle = CorrectionsFeed.description
    url_name = "feed-corrections-atom"
