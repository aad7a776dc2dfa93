"""The title an import gives a source: the page's headline, not its masthead, menu, offer, caption or stamp."""

import pytest

from ingest.headlines import guess_headline

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
    "page",
    [
        "Home | News | Sport\n\nBy Ana Pell\n\nThe council said on Monday that 41 homes would be demolished.\n",
        "We use cookies. [Accept]\n\nThe council said on Monday that 41 homes would be demolished next spring.\n",
    ],
)
def test_no_headline_when_the_head_holds_none(page):
    assert guess_headline(page) == ""
