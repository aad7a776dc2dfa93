"""
The review of speed42 found no output change; these guard what its per-page caches and cheap checks must keep:
output that does not depend on the page before, and the case folds the cheap checks rely on.
"""

import re

from ingest.extraction import clean_text, extract
from ingest.not_counts import _FOLDED_LETTERS
from ingest.page_head import guess_headline

P1 = (
    "Mayor's rally\n\nMayor Anton Velic said 5,000 people attended the rally on Saturday.\n\n"
    "Velic said 300 volunteers helped.\n"
)
P2 = (
    "Velic returns\n\nAnton Velic said 800 new homes would be built. "
    "Grieve & Tallow said the cost was 90 million drals.\n"
)


def _run(raw):
    return [(m.value, m.unit, m.speaker, m.quote) for m in extract(clean_text(raw))]


def test_page_caches_do_not_make_output_order_dependent():
    alone = _run(P2)
    _run(P1)
    for _ in range(5):
        guess_headline(P1)
    assert _run(P2) == alone


def test_folded_letters_cover_every_ignorecase_match_of_the_checked_letters():
    for letter in "abdeghilnoprstuvwy":
        pattern = re.compile(letter, re.I)
        for c in ("ı", "İ", "ſ", "K", letter.upper()):
            if pattern.fullmatch(c):
                assert c.translate(_FOLDED_LETTERS).lower() == letter
