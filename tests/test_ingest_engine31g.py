"""
Live pages (tests/ingest_labelling.md, "Live blog"): each post under its time stamp stands alone as an item of briefs
does, so the source a post reports goes on in it: the figures its later sentences give with no reporting verb of their
own are that source's, and no source carries into the next post.
"""

from decimal import Decimal

from ingest.extraction import Mention, extract


def _said(mentions: list[Mention], value: str) -> Mention:
    return next(m for m in mentions if m.value == Decimal(value))


LIVE = (
    "Snow live: roads shut across the uplands\n\n"
    "16:40\n"
    "Ferries halted\n"
    "Brannock Ferries says its crossings to the islands are suspended. Boats are sitting up to 70 minutes behind "
    "schedule and 9 sailings have been called off.\n\n"
    "16:05\n"
    "Our reporter Ida Welk is at the harbour. Queues stretch past the fish market.\n\n"
    "15:30\n"
    "The Vellby Road Office says 14 roads are closed. Gritters went out at 4am.\n\n"
    "15:00\n"
    "Schools shut\n"
    "Lorries over 12 tonnes are being stopped at Dunhill.\n"
)


def test_it_carries_a_posts_source_to_its_figures_told_after_it():
    found = extract(LIVE)
    assert _said(found, "70").speaker == "Brannock Ferries"
    assert _said(found, "9").speaker == "Brannock Ferries"
    # the next post's figure told by no one is no one's: no source carries from one post into the next
    assert _said(found, "12").speaker is None
