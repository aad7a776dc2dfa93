"""
Review of fix42b (merge 9161ed5a): a paper's own pages must not become "a body's own site" through its domain
masthead, its owner's "Group Ltd"/"Holdings plc" or a last line that happens to open "<Masthead>, ...". Each test
passes at BASE (d37868f3) and fails at MERGE.
"""

from tests.ingest_helpers import speaker_of_value


def test_bylined_story_on_paper_domain_held_by_its_ltd_is_no_owners() -> None:
    # findings H1: the domain masthead ("harl.em", the town's name the story writes) makes fix41b's _company_site
    # reachable, which takes "Harl Ltd" over a journalist's byline
    page = (
        "harl.em | News | Business | Weather | Contact\n\n"
        "Council budget: what it means for you\n"
        "By Ann Leary, Local Democracy Reporter\n\n"
        "The council will spend 88 million marrels next year. We asked readers what mattered and 1,300 replied.\n\n"
        "Harl has the county's highest council tax at 2,100 marrels for a band D home.\n\n"
        "(c) 2028 Harl Ltd\n"
    )
    assert speaker_of_value(page, 2100) is None


def test_bylined_story_on_brand_domain_held_by_its_ltd_is_no_owners() -> None:
    # findings H1: "kestrel.em" news site, "Kestrel Ltd", reporter's byline
    page = (
        "kestrel.em | News | Business | Weather | Contact\n\nHome > News\n\n"
        "Bus fares to rise from April\nBy Ann Leary, Transport Reporter\n\n"
        "Fares on the town's buses will rise by 12 per cent from April, the operator said on Tuesday.\n\n"
        "As we reported last week, the operator carried 4,200 passengers a day in the autumn, down from 5,100 a year "
        "earlier.\n\n"
        "A Kestrel analysis found 38 routes now run less than once an hour.\n\n"
        "(c) 2028 Kestrel Ltd. All rights reserved.\n"
    )
    assert speaker_of_value(page, 4200) is None


def test_paper_owned_by_its_group_ltd_is_no_owners() -> None:
    # findings H2: a local paper's unsigned story, its publisher "<Paper> Group Ltd" (_GROUP_FORM in _held_site)
    page = (
        "HARL\nNews | Business | Weather | Contact\n\n"
        "Council budget: what it means for you\n\n"
        "The council will spend 88 million marrels next year. We asked readers what mattered and 1,300 replied.\n\n"
        "Council tax will be 2,100 marrels for a band D home.\n\n"
        "(c) 2028 Harl Group Ltd\n"
    )
    assert speaker_of_value(page, 2100) is None


def test_paper_domain_owned_by_its_holdings_plc_is_no_owners() -> None:
    # findings H2: the same through a domain masthead and "Holdings plc"
    page = (
        "harl.em | News | Business | Weather | Contact\n\n"
        "Council budget: what it means for you\n\n"
        "The council will spend 88 million marrels next year. We asked readers what mattered and 1,300 replied.\n\n"
        "Harl has the county's highest council tax at 2,100 marrels for a band D home.\n\n"
        "(c) 2028 Harl Holdings plc\n"
    )
    assert speaker_of_value(page, 2100) is None


def test_caption_naming_the_town_is_no_imprint() -> None:
    # findings H3: a photo caption "Ambry, 2025: ..." as the last line read as a footer imprint (FOOTER_IMPRINT)
    page = (
        "AMBRY\nNews | Local | Business | Weather\n\n"
        "Flood defences delayed again\n\n"
        "The wall was due in 2026. As we reported in June, the scheme's cost has risen to 31 million marrels.\n\n"
        "About 450 homes flooded in the storm of 2025.\n\n"
        "Ambry, 2025: the high street under water.\n"
    )
    assert speaker_of_value(page, 450) is None
    assert speaker_of_value(page, 31000000) is None


def test_story_ending_on_a_name_and_comma_is_no_imprint() -> None:
    # findings H3: the story's last sentence opens with a name and an appositive ("Bramble, the market's oldest
    # trader, said ...")
    page = (
        "BRAMBLE\nNews | Local | Business | What's on\n\n"
        "Harrowfield market to close on Sundays\n\n"
        "The market will close on Sundays from May, traders were told. As we revealed in March, takings have fallen "
        "by 40 per cent since 2025.\n\n"
        "About 60 stalls now trade on a Sunday, against 110 before the pandemic.\n\n"
        "Bramble, the market's oldest trader, said he would move to Saturdays.\n"
    )
    assert speaker_of_value(page, 60) is None


def test_domain_word_opening_a_sentence_is_no_name() -> None:
    # findings M1: "Wandering was never the plan" is a gerund opening a sentence, not the blog "wandering.em"'s name
    page = (
        "wandering.em | Posts | About | Contact\n\nThree weeks in the hills\n\n"
        "We walked 212 kilometres in three weeks and spent about 1,400 marrels on huts and food.\n\n"
        "Wandering was never the plan: we meant to stay a week in Ostry.\n\nPosted by Mira and Tom\n"
    )
    assert speaker_of_value(page, 212) is None
    assert speaker_of_value(page, 1400) is None


def test_domain_word_opening_a_line_is_no_name() -> None:
    # findings M1: "Loop the cable ..." under "loop.em", a review site with no copyright line
    page = (
        "loop.em | Latest | Reviews | Deals\n\nThe Vexa 3 reviewed\n\n"
        "The Vexa 3 costs 499 marrels and we found it loud.\n\nLoop the cable twice round the stand before you start.\n"
    )
    assert speaker_of_value(page, 499) is None
