"""
The feeds carry a rationale as the claim page shows it (Markdown, sanitised: no script reaches a feed
reader), and a correction note or a withdrawal reason as text (markup in it is escaped).
"""

from xml.etree import ElementTree

import pytest
from django.urls import reverse

from claims.models import Verification
from claims.services import verification_withdraw
from tests.test_public_pages import correct, published_claim

pytestmark = pytest.mark.django_db

HOSTILE = 'Two origins.\n\n<script>alert(1)</script><img src=x onerror="alert(2)">'
ATOM = "{http://www.w3.org/2005/Atom}"


def descriptions(client, name: str) -> list[str]:
    """The HTML each entry hands a feed reader, as the reader sees it after parsing the XML."""
    root = ElementTree.fromstring(client.get(reverse(name)).content)
    found = root.iter(f"{ATOM}summary") if name.endswith("atom") else root.iter("description")
    return [element.text or "" for element in found]


def assert_text_only(html: str) -> None:
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in html


@pytest.mark.parametrize("name", ["feed-checks-rss", "feed-checks-atom"])
def test_it_gives_a_rationale_as_the_page_shows_it_without_scripts(client, name):
    claim = published_claim(3)
    rationale = HOSTILE + "\n\nThe *NIS* said so [in October](https://example.org/nis)."
    Verification.objects.filter(claim=claim).update(rationale=rationale)
    (entry,) = [d for d in descriptions(client, name) if "Two origins" in d]
    assert entry.startswith("<p>Two origins.</p>")  # paragraphs kept
    assert "<script" not in entry and "<img" not in entry and "onerror" not in entry
    assert "The <em>NIS</em> said so" in entry and "*" not in entry
    assert '<a href="https://example.org/nis" rel="noopener noreferrer">in October</a>' in entry


@pytest.mark.parametrize("name", ["feed-corrections-rss", "feed-corrections-atom"])
def test_it_escapes_markup_in_a_correction_note(client, name, reporter, editor):
    correct(published_claim(3), HOSTILE, reporter, editor)
    (entry,) = [d for d in descriptions(client, name) if "Two origins" in d]
    assert_text_only(entry)


@pytest.mark.parametrize("name", ["feed-corrections-rss", "feed-corrections-atom"])
def test_it_escapes_markup_in_a_withdrawal_reason(client, name, reporter, editor, chief):
    verification_withdraw(
        verification=correct(published_claim(3), "Fixed.", reporter, editor), by=chief, reason=HOSTILE
    )
    entries = [d for d in descriptions(client, name) if "Two origins" in d]
    assert entries
    for entry in entries:
        assert_text_only(entry)
