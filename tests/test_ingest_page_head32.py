"""
A page's head (issue 14): the headline under a section's kicker, a programme's name, the site's taglines, offers and
alerts, or a release's marker line; the date a stamp prints in capitals, year first or ending "p.m.".
"""

from datetime import date

import pytest
from django.urls import reverse

from ingest.page_head import guess_headline, guess_published
from sources.models import Source

FIRST_PARAGRAPH = (
    "The ferry between Orlan and Skeld will stop running in March, the island council said on Tuesday, after the"
    " operator lost 1.2 million crowns on the route last year.\n\nThe council told the Packet that a smaller boat could"
    " run in summer, when gale warnings are rarer. Islanders have long read the timetable with dread.\n"
)
HEADLINE = "Orlan ferry to stop running after operator loses 1.2 million"


@pytest.mark.parametrize(
    "above",
    [
        "The long read\n\n",  # a series' kicker in a block of its own
        "Skeld ferry crisis\n\n",  # a story's
        "The Skeld Hour - transcript\n",  # a programme's name, straight above the headline
    ],
)
def test_a_kicker_above_the_headline_is_not_the_headline(above):
    page = (
        "The Skeld Packet\nNews | Islands | Sport\n\n"
        f"{above}{HEADLINE}\n"
        "Council says islanders will have to use the Thursday cargo boat\n\n"
        "By Mira Tollan\nTuesday 2 February 2027, 09:00\n\n" + FIRST_PARAGRAPH
    )
    assert guess_headline(page) == HEADLINE


def test_a_short_headline_over_its_standfirst_is_still_the_headline():
    page = (
        "The Skeld Packet\nNews | Obituaries\n\n"
        "Ottilie Brandsma obituary\n"
        "Ferry captain who kept the Skeld crossing running through the storms of the 1990s and beyond\n\n"
        "Jonas Vell\n2 February 2027\n\n"
        "Ottilie Brandsma, who has died aged 88, captained the Skeld ferry for thirty years and never lost a crossing"
        " to the weather, the ferry company said.\n"
    )
    assert guess_headline(page) == "Ottilie Brandsma obituary"


@pytest.mark.parametrize(
    "under_the_menu",
    [
        "Skeld island news since 1902",
        "Ferry alerts: text PACKET to 80111",
        "Get the Packet delivered for 1.80 crowns a week",
        "LIVE: Skeld Radio 2",
        "Gale warning in force for 3 islands",
    ],
)
def test_the_sites_taglines_offers_and_alerts_under_its_menu_are_not_the_headline(under_the_menu):
    page = (
        f"The Skeld Packet\nNews | Islands | Sport\n{under_the_menu}\n\n"
        f"{HEADLINE}\n\nBy Mira Tollan\n\n" + FIRST_PARAGRAPH
    )
    assert guess_headline(page) == HEADLINE


def test_the_masthead_and_tagline_above_the_menu_are_not_the_headline():
    page = f"The Skeld Packet\nYour island paper since 1902\nNews | Islands\n\n{HEADLINE}\n\n" + FIRST_PARAGRAPH
    assert guess_headline(page) == HEADLINE


def test_a_breadcrumb_with_slashes_is_a_menu_and_the_line_above_it_the_masthead():
    page = f"The Skeld Packet\nHome / News / Islands\n\n{HEADLINE}\nBy Mira Tollan\n\n" + FIRST_PARAGRAPH
    assert guess_headline(page) == HEADLINE


def test_a_headline_under_a_breadcrumb_that_is_the_pages_only_menu():
    page = f"Islands > Transport\n{HEADLINE}\nCouncil says islanders will use the cargo boat\n\nBy Mira Tollan\n\n"
    assert guess_headline(page + FIRST_PARAGRAPH) == HEADLINE


def test_a_spaced_menu_in_capitals_is_no_label_and_headline():
    page = f"The Skeld Packet\nNEWS  ISLANDS\n\n{HEADLINE}\n\n" + FIRST_PARAGRAPH
    assert guess_headline(page) == HEADLINE


def test_a_releases_marker_line_naming_its_issuer_is_not_the_headline():
    page = (
        "GOV.SKELD\nDepartments | Services | Press office\n\n"
        "Department of Island Transport - Press release\nReference: DIT/PR/2027/14\n\n"
        "Skeld ferry subsidy extended for two more years\n"
        "Published 2 February 2027\n\n"
        "The Department of Island Transport will keep paying the Skeld ferry subsidy until 2029, it said today."
        " The subsidy costs 1.2 million crowns a year.\n"
    )
    assert guess_headline(page) == "Skeld ferry subsidy extended for two more years"


@pytest.mark.parametrize(
    "note",
    [
        "The Packet publishes press releases from public bodies as supplied. They are not edited by our staff.",
        "Cookies: this site uses cookies. Continue browsing to accept them.",
        "Presented by Ada Morn. Programme transcripts are made from the broadcast and may contain errors.",
    ],
)
def test_a_note_or_cookie_notice_above_the_headline_does_not_end_the_head(note):
    page = f"The Skeld Packet\nNews | Islands\n\n{note}\n\n{HEADLINE}\n\n" + FIRST_PARAGRAPH
    assert guess_headline(page) == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        f"LIVE  {HEADLINE}",  # a label in capitals, set apart by spaces
        f"UPDATE 1-{HEADLINE}",  # a wire's version
    ],
)
def test_the_label_a_page_or_a_wire_sets_before_the_headline_is_dropped(line):
    page = f"The Skeld Packet\nNews | Islands\n\n{line}\n\n" + FIRST_PARAGRAPH
    assert guess_headline(page) == HEADLINE


@pytest.mark.parametrize(
    "under",
    ["02.02.2027 09:12 | SNA", "Mira Tollan, Islands Editor · 02/02/2027", "Mira Tollan  Views"],
)
def test_a_stamp_or_byline_with_bars_under_the_headline_does_not_make_it_a_masthead(under):
    page = f"SNA - Skeld News Agency\nNational | Islands | Courts\n\n{HEADLINE}\n\n{under}\n\n" + FIRST_PARAGRAPH
    assert guess_headline(page) == HEADLINE


def test_a_headline_may_say_sign_up_and_close_on_an_aside():
    signs = "Skeld firms sign up to ferry rescue fund"
    aside = "Skeld ferry: the rescue is on (and the council will pay)"
    tail = "\n\nBy Mira Tollan\n\nSkeld firms pledged 200,000 crowns to keep the ferry running, the council said.\n"
    assert guess_headline("The Skeld Packet\nNews | Islands\n\n" + signs + tail) == signs
    assert guess_headline("The Skeld Packet\nNews | Islands\n\n" + aside + tail) == aside
    assert guess_headline("The Skeld Packet\nNews | Islands\n\nBreaking news alerts: sign up\n" + tail) == ""


@pytest.mark.parametrize(
    "stamp, day",
    [
        ("11:30, 2 FEB 2027 | Updated 15:02, 2 FEB 2027", date(2027, 2, 2)),
        ("2027-02-02 16:48 GMT | Updated 2027-02-02 19:02 GMT", date(2027, 2, 2)),
        ("February 2, 2027, 6:30 p.m.", date(2027, 2, 2)),
        ("Updated Feb 2, 2027 at 8:15 a.m.", date(2027, 2, 2)),
    ],
)
def test_the_date_of_a_stamp_in_capitals_year_first_or_ending_in_pm(stamp, day):
    page = f"The Skeld Packet\nNews | Islands\n\n{HEADLINE}\n\nSkeld Packet Newsroom\n{stamp}\n\n" + FIRST_PARAGRAPH
    assert guess_published(page) == day


def test_the_admin_import_shows_the_guessed_headline_not_the_kicker(client, reporter):
    page = (
        "The Skeld Packet\nNews | Islands | Sport\nGale alerts: text PACKET to 80111\n\n"
        f"The long read\n\n{HEADLINE}\n"
        "Council says islanders will have to use the Thursday cargo boat\n\n"
        "By Mira Tollan\nTuesday 2 February 2027, 09:00\n\n" + FIRST_PARAGRAPH
    )
    client.force_login(reporter)
    response = client.post(reverse("admin:ingest_suggestion_import"), {"text": page}, follow=True)
    source = Source.objects.get()
    assert (source.title, source.published_at.date()) == (HEADLINE, date(2027, 2, 2))
    assert f"Imported “{HEADLINE}”" in response.content.decode()


CORRECTIONS = (
    "This week we made four corrections and two clarifications. A story on the bypass said it would cost 48 million"
    " crowns; the roads board says 44 million. Write to Maren Stoll, our readers' editor, or Hattie Brume, our consumer"
    " editor, about any other error.\n"
)


@pytest.mark.parametrize(
    "credit", ["Compiled by Maren Stoll, Readers' Editor", "Answered by Hattie Brume, Consumer Editor"]
)
def test_a_compiled_by_or_answered_by_credit_is_no_headline(credit):
    # a credit the cleaner keeps as a byline ends the head as "By ..." does, so the short head above it is the
    # headline, not a kicker over the credit
    page = f"THE WESTHOLM COURIER\nNews | Sport | Opinion\n\nCorrections and clarifications\n{credit}\n\n" + CORRECTIONS
    assert guess_headline(page) == "Corrections and clarifications"
