"""
Mend of pagehead45: the reviewer's cases (/work/notes/findings_pagehead45.md). A kicker set in one block over a short
headline is a kicker; offers, promos and appeals above the headline are no headline; a caption's date does not beat
the wire's dateline, a dateline paragraph ending in a quote keeps its date, a related link's date is not the page's;
a breadcrumb's section, a syndication credit and a dateline paragraph are no headline. The pages are made up.
"""

from datetime import date

import pytest

from ingest.page_head import guess_headline, guess_published

MASTHEAD = "THE MARLOW VALE HERALD\nNews | Sport | Business | Weather | Opinion\n\n"


# HIGH: a kicker set in one block with a short headline
@pytest.mark.parametrize(
    ("kicker", "headline", "body"),
    [
        (
            "Cost of living",
            "Energy bills to climb again in April",
            "Households face another rise in bills after the regulator lifted its cap on energy prices.\n\n"
            "By Petra Lindqvist\nTuesday 3 March 2026, 07:00\n\n"
            "The regulator said on Monday that the cap would rise by 6% for the typical household, adding about 110"
            " crowns a year to energy bills and the cost of living.\n",
        ),
        (
            "Premier League football",
            "Wolves stun leaders with late winner",
            "By Petra Lindqvist\nTuesday 3 March 2026, 22:10\n\n"
            "A stoppage-time header gave Wolves a 2-1 win at the top of the Premier League table on Tuesday night,"
            " ending the leaders' unbeaten home run in football's top flight.\n",
        ),
        (
            "Storm Odile: live updates",
            "Power cuts hit thousands as storm reaches coast",
            "Latest: roads closed near Harrowmere as the storm moves inland.\n\n"
            "14:05 The storm knocked out power to 12,000 homes, the grid operator said.\n",
        ),
    ],
)
def test_a_kicker_over_a_short_headline_in_its_block_is_no_headline(kicker, headline, body):
    page = MASTHEAD + f"{kicker}\n{headline}\n\n" + body
    assert guess_headline(page) == headline


# HIGH: a newsletter promo with "newsletter" after its third word
def test_a_newsletter_promo_is_no_headline():
    headline = "Council approves new bridge over the Vale after ten-year wait"
    page = (
        MASTHEAD + f"Get our free Morning Briefing newsletter every weekday\n{headline}\n\n"
        "By Petra Lindqvist\nTuesday 3 March 2026, 07:00\n\n"
        "Councillors voted on Monday morning to approve the bridge, which will cost 40 million crowns.\n\n"
        "The briefing on the scheme said work would start next year.\n"
    )
    assert guess_headline(page) == headline


# HIGH: an offer, app promo or appeal above the headline with one recurring word
HEADLINE = "Ferry fares to rise by a fifth from June"


@pytest.mark.parametrize(
    "page",
    [
        MASTHEAD + f"Enjoying our coverage? Get the Vale Weekly in your inbox\n\n{HEADLINE}\n\nBy Petra Lindqvist\n\n"
        "The island ferry operator said on Monday that fares would rise by 20% from June, blaming higher fuel"
        " prices. Weekly passes will cost more too.\n",
        MASTHEAD + f"Support the Herald: independent local journalism costs money\n{HEADLINE}\n\nBy Petra Lindqvist\n\n"
        "The island ferry operator said on Monday that fares would rise by 20% from June. Local groups objected to"
        " the money.\n",
        "THE MARLOW VALE HERALD\nNews | Sport | Business | Weather | Opinion\n"
        f"Download the Herald app for breaking alerts and local updates\n{HEADLINE}\n"
        "The island ferry operator said on Monday that fares would rise by 20% from June, blaming higher fuel"
        " prices.\nLocal passengers said the increase was too steep.\n",
    ],
)
def test_an_offer_above_the_headline_with_one_word_recurring_is_no_headline(page):
    assert guess_headline(page) == HEADLINE


# HIGH: a photo caption's date beats the wire's dateline once a quote-ending paragraph no longer ends the search
def test_a_captions_date_does_not_beat_the_dateline():
    page = (
        "KORVANE NEWS WIRE\n\nFerry operator raises fares by a fifth\n\n"
        "MARLOW, 3 March 2026 (KNS) - The Vale Ferry Company said on Monday it would raise fares on all island routes"
        " by 20% from June, blaming fuel costs.\n\n"
        'Its chief executive, Arne Solberg, told reporters: "We held prices for three years, but fuel has doubled."\n\n'
        "The Orrin ferry at Marlow quay, 12 August 2024\n"
        "Passengers' groups said the rise would hurt islanders who have no other way to reach the mainland and called"
        " for a subsidy.\n"
    )
    assert guess_published(page) == date(2026, 3, 3)


# MEDIUM: a dateline paragraph ending in a quote loses its date
def test_a_dateline_paragraph_ending_in_a_quote_keeps_its_date():
    page = (
        MASTHEAD + "Harrowmere reservoir falls to lowest level in three decades\n\n"
        'MARLOW, 3 March 2026 - Water stocks stood at 31% on Monday, the utility said: "It has not been this low'
        ' since 1995."\n\n'
        "Farmers were told to expect limits from April. The utility said it would review the position weekly.\n"
    )
    assert guess_published(page) == date(2026, 3, 3)


# MEDIUM: a related link's date becomes the date of a page that prints none
def test_a_related_links_date_is_not_the_pages():
    page = (
        MASTHEAD + "Harrowmere reservoir falls to lowest level in three decades\n\n"
        "Water stocks at the reservoir stood at 31% on Monday, the utility said, far below the normal spring level.\n\n"
        "Farmers were told to expect limits.\n\n"
        'Its director, Ilse Marrow, said: "We have not seen it this low since 1995."\n\n'
        "More on this story\nReservoir plan approved - 14 January 2025\n"
    )
    assert guess_published(page) is None


# MEDIUM: the breadcrumb's last step, a section's name, as the headline
def test_a_breadcrumbs_section_is_no_headline():
    page = (
        "THE MARLOW VALE HERALD\nHome > News > Cost of living\n\n"
        "Pensioners queue for winter help at town hall\n\n"
        "By Petra Lindqvist\nTuesday 3 March 2026, 07:00\n\n"
        "More than 300 older residents waited outside the civic offices on Monday for heating grants, officials"
        " said, as the cost of living crisis deepened.\n"
    )
    assert guess_headline(page) != "Cost of living"


# MEDIUM: a syndication credit above the headline
def test_a_syndication_credit_is_no_headline():
    page = (
        MASTHEAD + "Originally published by The Vale Review\nWhy island ferries cost so much to run\n\n"
        "By Petra Lindqvist\n\n"
        "Running a small ferry costs more per passenger than almost any other transport, the Vale Review found."
        " Fuel and crew make up most of it.\n\n"
        "Republished from The Vale Review under a Creative Commons licence\n"
    )
    assert guess_headline(page) != "Originally published by The Vale Review"


# MEDIUM: a wire's dateline paragraph ending in a quote taken for the headline
def test_a_dateline_paragraph_is_no_headline():
    paragraph = 'MARLOW, 4 May 2026 (KNS) - The mayor said on Monday: "We are ready."'
    page = (
        "KORVANE NEWS WIRE\n\nUPDATE 2-Port strike halts grain exports\n\n"
        f"{paragraph}\n\nDock workers walked out at 6 a.m., the union said.\n"
    )
    assert guess_headline(page) != paragraph
