"""What an import reads off a page's head: its headline (not its masthead, menu, offer or caption) and its date."""

from datetime import date

import pytest

from ingest.models import Suggestion
from ingest.page_head import guess_byline, guess_headline, guess_masthead, guess_published
from ingest.services import source_import
from tests.factories import make_organisation

PAGE = """The Harlow Evening Post
Home | News | Sport | What's On | Jobs
We use cookies to improve your experience. [Accept] [Settings]
Get the Post delivered for 2.20 crowns a week

News > Environment

Reservoir levels fall to lowest in three decades as dry spring drags on

Water company says hosepipe ban is likely within weeks; farmers already cutting irrigation

By Ilse Brandvold, Environment Reporter
Tuesday 3 March 2026, 06:00 | Updated 11:42

Reservoir staff check the gauge at Harrowmere dam on Monday. Photo: Post archive

Reservoirs serving the Harlow district are at 41 per cent of capacity, the lowest level for the time of year in
three decades, the regional water company said on Monday. A dry spring and a warm February left levels falling.
"""

RELEASE = """Ministry of Rural Affairs, Republic of Ombara
Home | Ministry | Press releases | Contact

PRESS RELEASE
For immediate release: 20 November 2026

Ministry steps up locust control as swarms reach the eastern plains
Spraying teams treat 86,000 hectares; farmers urged to report sightings

The ministry has expanded its locust control programme after swarms crossed into the eastern plains this month.
Locust swarms reached three districts of the eastern plains on Friday, and spraying teams were sent to each.
"""


def test_a_sentence_case_headline_under_the_sites_menus_offers_and_cookie_notice():
    assert guess_headline(PAGE) == "Reservoir levels fall to lowest in three decades as dry spring drags on"


def test_a_press_releases_headline_not_its_release_line_nor_its_masthead():
    assert guess_headline(RELEASE) == "Ministry steps up locust control as swarms reach the eastern plains"


@pytest.mark.parametrize(
    "note",
    [
        "This is a press release published as supplied. The Gazette is not responsible for its content.",
        "This is an edited transcript. Some answers have been shortened.",
        "This article is more than 2 days old.",
    ],
)
def test_a_note_about_the_page_above_its_headline_does_not_end_the_head(note):
    page = (
        "The Marlow Gazette | News | Business\n\nPRESS RELEASE\n"
        f"{note}\n\n"
        "Heritage fund awards 2 million crowns to restore the old corn exchange\n\n"
        "Issued by: Marlow Heritage Fund\n\n"
        "MARLOW - The Marlow Heritage Fund today awarded 2 million crowns to restore the old corn exchange, "
        "which has stood empty since the heritage fund bought it.\n"
    )
    assert guess_headline(page) == "Heritage fund awards 2 million crowns to restore the old corn exchange"


@pytest.mark.parametrize(
    "under",
    ["By Tomas Ekwall | 4 March 2026 | Updated 09:15", "Updated 4 March 2026 | 09:15", "By Tomas Ekwall | 3 min read"],
)
def test_a_headline_with_its_byline_or_stamp_in_one_line_with_bars_is_not_taken_for_a_masthead(under):
    page = (
        "Transport Weekly\nRail | Bus | Freight\n\nRAIL\n"
        "Night trains to Kessmouth return after a four-year gap\n"
        f"{under}\n\n"
        "Night trains between Varlen and Kessmouth will run again from June, four years after the route closed, "
        "the operator said. Tickets for the night trains go on sale next week.\n"
    )
    assert guess_headline(page) == "Night trains to Kessmouth return after a four-year gap"


@pytest.mark.parametrize(
    "page",
    [
        "Home | News | Sport\n\nBy Ana Pell\n\nThe council said on Monday that 41 homes would be demolished.\n",
        "We use cookies. [Accept]\n\nThe council said on Monday that 41 homes would be demolished next spring.\n",
    ],
)
def test_no_headline_when_the_head_holds_none(page):
    assert guess_headline(page) == ""


@pytest.mark.parametrize(
    "page, day",
    [
        (PAGE, date(2026, 3, 3)),  # the stamp under the byline, below a standfirst
        (RELEASE, date(2026, 11, 20)),  # "For immediate release: 20 November 2026"
        (
            "Home | News\n\nBUSINESS    NOVEMBER 20, 2026 / 9:14 AM\n\nPort fees rise\n\n" + PAGE[-200:],
            date(2026, 11, 20),
        ),
        ("Port fees rise\n\nBy Ana Pell\n11.12.2026 | 7 min read\n\n" + PAGE[-200:], date(2026, 12, 11)),
        (
            "Sea ice thins\n\nTROMSLAND, 1 December 2026 - Sea ice in the Brennar Sea was thinner this autumn than at"
            " any time since surveys began, the institute said.\n",
            date(2026, 12, 1),
        ),
    ],
)
def test_the_pages_date_from_its_stamp_release_line_or_dateline(page, day):
    assert guess_published(page) == day


def test_no_date_without_a_year_nor_from_the_articles_own_dates():
    page = "Port fees rise\n\nBy Ana Pell\nTuesday 3 March\n\nThe port said on 1 April 2025 that fees would rise.\n"
    assert guess_published(page) is None


@pytest.mark.django_db
def test_an_import_without_a_date_takes_the_pages_and_resolves_the_articles_days_against_it(reporter):
    source = source_import(text=PAGE, by=reporter).source
    assert source.title == "Reservoir levels fall to lowest in three decades as dry spring drags on"
    assert source.published_at.date() == date(2026, 3, 3)
    assert source.byline == "Ilse Brandvold"
    found = Suggestion.objects.get(source=source, figure="41 per cent")
    assert found.date == date(2026, 3, 2)  # "said on Monday", the day before the stamp's Tuesday


@pytest.mark.django_db
def test_a_date_given_at_import_wins_over_the_pages(reporter):
    source = source_import(text=PAGE, published_at=date(2026, 3, 4), by=reporter).source
    assert source.published_at.date() == date(2026, 3, 4)


def test_the_byline_names_the_writers_without_their_roles():
    assert guess_byline(PAGE) == "Ilse Brandvold"
    assert guess_byline("Rates cut\nBy Celine Abara-Voss and Dmitri Halme, Economics desk\n") == (
        "Celine Abara-Voss and Dmitri Halme"
    )
    assert guess_byline(RELEASE) == ""


def test_the_masthead_is_the_first_line_above_the_sites_menu():
    assert guess_masthead(PAGE) == "The Harlow Evening Post"
    assert guess_masthead("HealthWatch Pellaria - news for health professionals\nClinical | Policy\n") == (
        "HealthWatch Pellaria"
    )
    assert guess_masthead("MARKETS   ECONOMY   TECH\nHome | News\n") == ""  # a menu itself
    assert guess_masthead("Reservoir levels fall\n\nThe council said on Monday that 41 homes would go.\n") == ""


@pytest.mark.django_db
def test_an_import_is_published_by_the_outlet_its_masthead_names_exactly(reporter):
    post = make_organisation(name="Harlow Evening Post")
    source = source_import(text=PAGE, by=reporter).source
    assert source.publisher == post


@pytest.mark.django_db
def test_an_outlet_named_only_in_part_is_not_taken_as_the_publisher(reporter):
    # independence of origins is read from publishers: a shorter ending of the name is not enough
    make_organisation(name="Evening Post")
    assert source_import(text=PAGE, by=reporter).source.publisher is None


@pytest.mark.django_db
def test_a_publisher_given_at_import_wins_over_the_masthead(reporter):
    make_organisation(name="Harlow Evening Post")
    wire = make_organisation(name="Meridian Wire")
    assert source_import(text=PAGE, publisher=wire, by=reporter).source.publisher == wire
