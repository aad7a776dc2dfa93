"""
A body's own press release: the page is that body speaking, so its figures told without a reporting verb are the
body's (tests/ingest_labelling.md). The cleaner keeps the release's masthead and its "PRESS RELEASE" line at the head
of the snapshot, so extraction from the stored text, at import and whenever an editor extracts again, reads the same
issuer; the import records the page as the body's official statement.
"""

import pytest

from ingest.extraction import clean_text, extract, release_issuer
from ingest.models import Suggestion
from ingest.services import source_extract, source_import
from sources.models import Source
from tests.factories import make_organisation

RELEASE = """Pellworth Water Board
About us | Your water | Newsroom | Contact

PRESS RELEASE
For immediate release: 3 March 2026

Leakage falls to lowest level in a decade

The Pellworth Water Board has cut leakage from its pipes to 118 million litres a day, the lowest level for ten years.

The board replaced 240 kilometres of old mains last year, up from 160 kilometres the year before.

Leakage now accounts for about 14 per cent of the water the board puts into supply.

Chief executive Marta Ilves said: "Our crews fixed 31,000 leaks last year, and we will keep going."

Household bills will rise by 3.1 per cent in April, according to the Water Services Regulator.

ENDS

Notes to editors
1. Press office: 0161 550 0199.

(c) 2026 Pellworth Water Board
"""

# The same text on an aggregator's page: its publisher's masthead, a menu of "Press releases", no release of its own
AGGREGATED = RELEASE.replace("Pellworth Water Board\nAbout us", "Utility Week Online\nAbout us").replace(
    "PRESS RELEASE\n", "Press release | Source: Pellworth Water Board\n"
)


def _speakers(text: str) -> dict[str, str | None]:
    return {m.figure: m.speaker for m in extract(text)}


def test_the_cleaner_keeps_a_releases_masthead_and_marker_at_the_head_of_the_snapshot():
    text = clean_text(RELEASE)
    assert text.startswith("Pellworth Water Board\n\nPRESS RELEASE\n\nThe Pellworth Water Board has cut leakage")
    assert release_issuer(text) == "Pellworth Water Board"


def test_a_releases_own_figures_are_its_issuers():
    speakers = _speakers(clean_text(RELEASE))
    assert speakers["240 kilometres"] == "Pellworth Water Board"
    assert speakers["about 14 per cent"] == "Pellworth Water Board"


def test_its_report_is_the_bodys_not_the_release_line_above_it():
    text = (
        "Harwick Hospice\n\nPRESS RELEASE\n\n"
        "Harwick Hospice cared for 2,100 patients last year, up from 1,900, its annual report shows.\n"
    )
    assert _speakers(text)["2,100 patients"] == "Harwick Hospice"


def test_a_figure_the_release_attributes_to_someone_else_stays_theirs():
    speakers = _speakers(clean_text(RELEASE))
    assert speakers["31,000 leaks"] == "Marta Ilves"
    assert speakers["3.1 per cent"] == "Water Services Regulator"


@pytest.mark.parametrize("page", [RELEASE, RELEASE.replace("PRESS RELEASE\n", "")])
def test_the_release_line_gives_no_suggestion_of_its_own(page):
    # "For immediate release: 3 March 2026", when it is the only marker, holds a date and no claim
    text = clean_text(page)
    assert release_issuer(text) == "Pellworth Water Board"
    head_end = text.index("The Pellworth Water Board has cut")
    assert [m for m in extract(text) if m.start < head_end] == []


@pytest.mark.parametrize(
    "page, why",
    [
        (AGGREGATED, "an aggregator's page quoting the release"),
        (RELEASE.replace("(c) 2026 Pellworth Water Board", "(c) 2026 Utility Week Online"), "another copyright holder"),
        (RELEASE.replace("Pellworth Water Board\nAbout us", "About us"), "no masthead on the first line"),
    ],
)
def test_a_page_that_is_not_a_bodys_own_release_has_no_issuer(page, why):
    text = clean_text(page)
    assert release_issuer(text) is None, why
    assert "PRESS RELEASE" not in text
    # (the release's background, told in the present: "240 kilometres ... last year, up from 160" carries on the
    # board's report, whoever's page it is on, ingest_labelling.md, "Carrying on a report")
    assert _speakers(text)["about 14 per cent"] is None


# The body's own site with no "PRESS RELEASE" line, under a menu of its releases: no release for the import to record
# as the body's statement, but the page is still the body speaking (ingest.cleaning.site_owner): its figures told
# without a reporting verb are the board's, as on its release
def test_a_page_of_the_bodys_own_site_under_a_menu_of_releases_is_the_bodys():
    text = clean_text(RELEASE.replace("PRESS RELEASE\nFor immediate release:", "News > Press releases\n"))
    assert release_issuer(text) is None
    assert "PRESS RELEASE" not in text
    assert _speakers(text)["about 14 per cent"] == "Pellworth Water Board"


# near miss: the same menu of releases under an aggregator's masthead, with no copyright line to name another owner,
# is no body's own site, though the aggregator's name holds a body's word ("Network"): the page never speaks as it
@pytest.mark.parametrize("masthead", ["Utility Week Online", "Utility Sector Network"])
def test_a_menu_of_releases_under_an_aggregators_masthead_has_no_owner(masthead):
    page = RELEASE.replace("PRESS RELEASE\nFor immediate release:", "News > Press releases\n")
    page = page.replace("Pellworth Water Board\nAbout us", f"{masthead}\nAbout us")
    text = clean_text(page.replace("(c) 2026 Pellworth Water Board\n", ""))
    assert release_issuer(text) is None
    assert _speakers(text)["about 14 per cent"] is None


def test_a_masthead_with_a_place_after_a_comma_names_the_body_before_it():
    page = RELEASE.replace("Pellworth Water Board\nAbout us", "Pellworth Water Board, Northern Region\nAbout us")
    assert release_issuer(clean_text(page)) == "Pellworth Water Board"


@pytest.mark.django_db
def test_importing_a_release_records_the_bodys_official_statement(reporter):
    board = make_organisation(name="Pellworth Water Board")
    source = source_import(text=RELEASE, by=reporter).source
    assert source.kind == Source.Kind.OFFICIAL_STATEMENT
    assert source.publisher == board
    assert source.text.startswith("Pellworth Water Board\n\nPRESS RELEASE\n\n")


@pytest.mark.django_db
def test_an_unknown_issuer_is_not_created_as_an_actor(reporter):
    source = source_import(text=RELEASE, by=reporter).source
    assert source.kind == Source.Kind.OFFICIAL_STATEMENT
    assert source.publisher is None


@pytest.mark.django_db
def test_an_aggregators_page_is_a_news_article(reporter):
    source = source_import(text=AGGREGATED, by=reporter).source
    assert source.kind == Source.Kind.NEWS_ARTICLE


@pytest.mark.django_db
def test_extracting_again_from_the_stored_snapshot_gives_the_speakers_the_import_gave(reporter):
    source = source_import(text=RELEASE, by=reporter).source
    imported = {s.figure: s.speaker_name for s in Suggestion.objects.filter(source=source)}
    assert imported["240 kilometres"] == "Pellworth Water Board"
    Suggestion.objects.filter(source=source).delete()
    again = {s.figure: s.speaker_name for s in source_extract(source=Source.objects.get(pk=source.pk), by=reporter)}
    assert again == imported


@pytest.mark.django_db
def test_a_release_with_no_headline_is_titled_by_its_first_sentence_not_its_masthead(reporter):
    page = RELEASE.replace("Leakage falls to lowest level in a decade\n\n", "")
    source = source_import(text=page, by=reporter).source
    assert source.title.startswith("The Pellworth Water Board has cut leakage")
