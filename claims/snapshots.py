"""
Quotes when a source's text changes: the claims app's side of sources.services' snapshots.

sources.services keeps the old text of a quoted source as an earlier snapshot and asks, through
the QuoteKeeper registered in ClaimsConfig.ready(), how many quotes a snapshot holds and to carry
them over: each appearance whose exact quote still occurs in the new text is re-anchored there
(offsets, prefix and suffix found again, the old context breaking ties); the others move to the
earlier snapshot, where their words still stand, with the earlier snapshot's copy of their
citation, and are listed for an editor (Appearance.objects.in_earlier_snapshot()).
"""

from __future__ import annotations

from django.contrib.auth.models import User

from claims.anchoring import QuoteNotFound, anchor_quote
from claims.models import Appearance
from core.services import save_validated
from sources.models import Citation, Source


class AppearanceQuotes:
    def quotes_in(self, source: Source) -> int:
        return Appearance.objects.filter(source=source).count()

    def carry_quotes(self, *, source: Source, earlier: Source, by: User | None) -> list[Appearance]:
        left_behind = []
        for appearance in (
            Appearance.objects.select_for_update(of=("self",)).filter(source=source).select_related("via")
        ):
            appearance.source = source  # the updated row: anchor in its new text
            try:
                anchor_quote(source.text, appearance.quote, prefix=appearance.prefix, suffix=appearance.suffix)
            except QuoteNotFound:
                appearance.source = earlier
                if appearance.via is not None:
                    appearance.via = Citation.objects.get(
                        source=earlier,
                        cited_source_id=appearance.via.cited_source_id,
                        cited_actor_id=appearance.via.cited_actor_id,
                    )
                left_behind.append(appearance)
            else:
                appearance.start = appearance.end = None  # found again from the quote and its context
            save_validated(appearance, by=by)  # clean() anchors it in its source's text
        return left_behind


QUOTE_KEEPER = AppearanceQuotes()
