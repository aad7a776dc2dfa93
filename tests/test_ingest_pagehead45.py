"""
A page's head (pagehead45): the headline a section's or a series' title gives over its standfirst, a headline in
words of its own, one with a stamp's or a credit's word in it, a notice under the menu, a breadcrumb's last step; the
date under a headline that asks.
"""

from datetime import date

import pytest

from ingest.page_head import guess_headline, guess_published

MASTHEAD = "THE SALTKEEP GAZETTE\nNews | Harbour | Islands | Sport | Opinion\n\n"
BRIEFS = (
    "Crane repairs finish early\n"
    "QUAYSIDE, 2 May - The harbour board said the crane on the north quay was back in use a week early, after"
    " engineers replaced its winch.\n\n"
    "Ferry timetable changes\n"
    "ORRIN, 2 May - The island ferry will leave ten minutes later on weekdays from June, the operator said.\n"
)
STORY = (
    "The harbour board said on Monday that it had agreed the new dues with the fishing cooperative after three"
    " months of talks, and that the increase would be phased in over two years.\n\n"
    "Skippers had asked for a longer delay. The board's chair, Ilse Marrow, said the quays needed repairs now.\n\n"
    "Ferry fares at the terminal, the crossings to the northern isles and the mill's harvest were not discussed.\n"
)


@pytest.mark.parametrize(
    ("title", "standfirst"),
    [
        ("Harbour news in brief", "The week's smaller stories from along the quays and the islands"),
        ("Island sport in brief", "Results and fixtures from the clubs on the ferry routes"),
    ],
)
def test_it_takes_a_sections_title_over_its_standfirst(title, standfirst):
    page = MASTHEAD + f"{title}\n{standfirst}\n\nCompiled by Runa Dahl\nMonday 3 May 2027\n\n" + BRIEFS
    assert guess_headline(page) == title


def test_it_takes_a_short_headline_over_a_standfirst_that_closes_its_block():
    page = (
        MASTHEAD + "OBITUARY\nMaren Hollow obituary\nBoatbuilder who kept the island's last wooden yard going\n\n"
        "By Tove Lund\nMonday 3 May 2027\n\n"
        "Maren Hollow, who has died aged 91, ran the island's last wooden yard and built her last boat at 80, her"
        " family said. The boatbuilder kept the yard going through two recessions.\n"
    )
    assert guess_headline(page) == "Maren Hollow obituary"


def test_it_takes_a_headline_that_says_it_in_words_of_its_own():
    headline = "What the county archive is lending, keeping and discarding"
    page = (
        MASTHEAD + f"{headline}\nA list from the archive's trustees' papers, with our notes.\n\n"
        "By Tove Lund | Monday 3 May 2027, 08:15\n\n"
        "Transferred to the island museum: 48 boxes of parish papers.\n"
        "Destroyed after water damage: 12 boxes.\n"
    )
    assert guess_headline(page) == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Harbour dues: updated charges and timetable",
        "Orrin ferry fares, as posted at the terminal",
        "Written answer: ferry crossings in the northern isles",
        "In pictures: the final harvest at the Orrin mill",
    ],
)
def test_it_takes_a_headline_with_a_stamps_or_a_credits_word(headline):
    page = MASTHEAD + f"{headline}\n\nBy Tove Lund\nMonday 3 May 2027, 08:15\n\n" + STORY
    assert guess_headline(page) == headline


def test_it_takes_a_headline_that_names_a_newsletter_late_in_the_line():
    headline = '"We ran out of rope by noon": a sailing club\'s newsletter to its members'
    page = MASTHEAD + f"{headline}\n\nBy Tove Lund\nMonday 3 May 2027, 08:15\n\n" + STORY.replace("dues", "rope")
    assert guess_headline(page) == headline


def test_it_reads_a_notice_straight_under_the_menu_as_the_sites():
    headline = "Harbour board agrees new dues with the fishing cooperative"
    page = (
        "THE SALTKEEP GAZETTE\nNews | Harbour | Islands | Sport | Opinion\n"
        "You have 2 free articles left this month. Subscribe for full access.\n\n"
        f"HARBOUR\n\n{headline}\nBy Tove Lund\nMonday 3 May 2027 | 4 min read\n\n" + STORY
    )
    assert guess_headline(page) == headline


def test_it_takes_a_breadcrumbs_last_step_when_no_line_reads_as_the_headline():
    page = (
        "ORRIN SAILING CLUB\nHome | Racing | Membership | News | Contact\n\n"
        "News > Spring Regatta 2027: the results and the records\nPosted 3 May 2027\n\n"
        "Thank you to every crew who raced in the Spring Regatta, the club's biggest in ten years of records.\n\n"
        "RESULTS\n- Dinghies: Marrow and Dahl\n- Keelboats: Tern\n"
    )
    assert guess_headline(page) == "Spring Regatta 2027: the results and the records"


def test_it_finds_the_date_under_a_headline_that_asks_and_a_tagline():
    page = (
        "THE SALTKEEP GAZETTE\nIndependent. Local. Paid for by readers.\nNews | Harbour | Islands | Sport\n\n"
        "Fact check: Did the ferry carry 2 million people last year?\n"
        "The operator told the island council its ferries had never been busier. We checked.\n\n"
        "By the Gazette's verify desk\nPublished 4 May 2027, 09:00\n\n" + STORY
    )
    assert guess_published(page) == date(2027, 5, 4)


# the near misses the rules must not take


@pytest.mark.parametrize(
    "line",
    [
        "Updated 3 May 2027, 10:14",
        "Posted 2 hours ago",
        "Written by Tove Lund",
        "Photographs by Kari Dahl",
        "Free newsletter: the harbour week, every Friday",
        "Sport Extra newsletter | Sign up free",
    ],
)
def test_it_still_passes_over_a_stamp_a_credit_or_an_offer(line):
    headline = "Harbour board agrees new dues with the fishing cooperative"
    page = MASTHEAD + f"{line}\n{headline}\n\nBy Tove Lund\n\n" + STORY
    assert guess_headline(page) == headline


def test_it_still_reads_a_kicker_in_a_block_of_its_own_as_no_headline():
    headline = "Harbour board agrees new dues with the fishing cooperative"
    page = (
        MASTHEAD + f"Harbour dues\n\n{headline}\nSkippers will pay more from June\n\n"
        "By Tove Lund\nMonday 3 May 2027\n\n" + STORY
    )
    assert guess_headline(page) == headline


def test_it_still_reads_a_kicker_over_a_headline_and_its_standfirst_as_no_headline():
    headline = "Harbour board agrees new dues with the fishing cooperative"
    page = (
        MASTHEAD + f"The harbour hour - transcript\n{headline}\nSkippers will pay more from June\n\n"
        "By Tove Lund\nMonday 3 May 2027\n\n" + STORY
    )
    assert guess_headline(page) == headline


def test_it_still_passes_over_a_tagline_that_shares_no_word_with_the_page():
    headline = "Harbour board agrees new dues with the fishing cooperative"
    page = (
        "THE SALTKEEP GAZETTE\nNews | Harbour | Islands | Sport | Opinion\n\n"
        f"Get your copy delivered for 2.10 crowns weekly\n\n{headline}\nBy Tove Lund\n\n" + STORY
    )
    assert guess_headline(page) == headline


def test_it_still_takes_the_headline_over_a_breadcrumbs_last_step():
    headline = "Harbour board agrees new dues with the fishing cooperative"
    page = (
        "THE SALTKEEP GAZETTE\nNews | Harbour | Islands | Sport | Opinion\n\n"
        f"News > Harbour > Dues and charges this spring\n\n{headline}\nBy Tove Lund\n\n" + STORY
    )
    assert guess_headline(page) == headline


def test_it_still_stops_the_date_search_at_the_articles_second_paragraph():
    page = (
        MASTHEAD + "Harbour board agrees new dues with the fishing cooperative\n\n" + STORY + "\n"
        "The board will meet again on 4 June 2027 to set the ferry fares.\n"
    )
    assert guess_published(page) is None
