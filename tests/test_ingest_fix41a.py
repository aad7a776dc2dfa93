"""A page's head: its menu, a record's fields and a link back to a section are no headline; a period is no stamp."""

from datetime import date

import pytest

from ingest.page_head import guess_headline, guess_published

BODY = (
    "The ferry service across the Vellmark strait will stop running in winter, the operator said on Monday. "
    "The ferry had carried 4,000 passengers a week across the strait since the bridge closed.\n\n"
    "Passengers on the strait will have to use the coast road, which adds two hours to the journey.\n\n"
    "Tickets already bought can be refunded, the help desk said; news of timetables will follow.\n"
)


def page(*head: str) -> str:
    return "\n".join(head) + "\n\n" + BODY


# the site's name, then its menu on the same line: a menu, never the headline
MENU_HEAD = [
    (
        page("HARBOURLINE   News | Timetables | Tickets | Help", "", "Back to news", "", "Winter ferry service cut"),
        "Winter ferry service cut",
    ),
    (
        page("VELLMARK   Ferries | Routes | Contact | Sign in", "", "Strait ferry to stop running in winter"),
        "Strait ferry to stop running in winter",
    ),
    # near misses: a label in capitals before a headline stays a label; "Back to" a place no menu names is a headline
    (page("News | Sport | Weather", "", "LIVE  Strait ferry to stop in winter"), "Strait ferry to stop in winter"),
    (page("News | Sport | Weather", "", "Back to the strait by ferry"), "Back to the strait by ferry"),
]


@pytest.mark.parametrize(("raw", "headline"), MENU_HEAD)
def test_a_menu_after_the_sites_name_or_a_link_back_is_no_headline(raw: str, headline: str) -> None:
    assert guess_headline(raw) == headline


# a run of a record's fields is no headline; one line with a colon may be
FIELD_HEAD = [
    (
        page(
            "News | Ferries | Routes",
            "",
            "Vellmark Ferry",
            "Operator: Harbourline",
            "Sailings: 14 a week",
            "Class: Vellmark strait ferry (winter service)",
            "",
            "Strait ferry winter service withdrawn",
        ),
        "Strait ferry winter service withdrawn",
    ),
    (
        page(
            "News | Ferries | Routes",
            "",
            "Ferry Notice: Vellmark strait",
            "Operator: Harbourline",
            "Class: Vellmark strait ferry (winter service)",
            "Reference: HL/2026/14",
            "",
            "Strait ferry winter service withdrawn",
        ),
        "Ferry Notice: Vellmark strait",
    ),
    (
        page("News | Ferries | Routes", "", "Strait ferry: the winter service is cut"),
        "Strait ferry: the winter service is cut",
    ),
    (
        page(
            "News | Ferries | Routes",
            "",
            "Ferry report: Vellmark strait",
            "Reporting period: 1 July - 31 December 2026",
        ),
        "Ferry report: Vellmark strait",
    ),
]


@pytest.mark.parametrize(("raw", "headline"), FIELD_HEAD)
def test_a_run_of_fields_is_no_headline(raw: str, headline: str) -> None:
    assert guess_headline(raw) == headline


# a period's end, a start, an aside in brackets: not the page's date; its own stamp below is
DATES = [
    (
        page(
            "Strait ferry winter service", "Season | 19 February - 5 March 2027", "Last updated 24 February 2027, 23:10"
        ),
        date(2027, 2, 24),
    ),
    (
        page(
            "Ferry report: Vellmark strait", "Reporting period: 1 July - 31 December 2026", "Published 22 February 2027"
        ),
        date(2027, 2, 22),
    ),
    (
        page(
            "Strait ferry passenger counts",
            "Tracked since 8 February 2027 | Route 14",
            "Last updated: 21 Feb 2027, 06:00",
        ),
        date(2027, 2, 21),
    ),
    (
        page(
            "Strait ferry decision",
            "Previous ruling: withdrawn (issued 19 January 2027)",
            "Date of decision: 3 March 2027",
        ),
        date(2027, 3, 3),
    ),
    (
        page("Strait ferry report", "Reporting period: 13-15 September 2027   Issued: 15 September 2027"),
        date(2027, 9, 15),
    ),
    # near misses: a plain stamp, a stamp with a time after a dash, a stamp that itself names the first date
    (page("Strait ferry winter service", "Tuesday 3 March 2026 - 06:00"), date(2026, 3, 3)),
    (page("Strait ferry winter service", "Published 3 March 2026 (updated 5 March 2026)"), date(2026, 3, 3)),
    (page("Strait ferry winter service", "By Greta Hollis | 20 May 2027"), date(2027, 5, 20)),
]


@pytest.mark.parametrize(("raw", "published"), DATES)
def test_a_period_or_a_start_is_not_the_pages_date(raw: str, published: date) -> None:
    assert guess_published(raw) == published
