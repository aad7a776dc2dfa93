"""
Mend of release35 (review 35c): a news story that quotes a release ("A news release from X, issued on Sunday, said
...") is no release; a body's own release on its own site stays its own when its text calls it "the council", "the
health service" or "we", whatever its lead, contact block or notes to editors name; a release sentence in a release's
text is not its issuer line; "It said" after such a sentence still means the body; a carried release led by an
office-holder keeps its issuer; a body whose name has "and" in it keeps its whole name; a press-office marker line
names no issuer. Every page is made up.
"""

from __future__ import annotations

from decimal import Decimal

from ingest.extraction import clean_text, extract, release_issuer


def _read(lines: list[str]) -> tuple[str | None, dict[Decimal, str | None]]:
    text = clean_text("\n\n".join(lines))
    return release_issuer(text), {m.value: m.speaker for m in extract(text) if m.value is not None}


LEDGER = ["The Harwick Ledger | News | Sport | Business | Opinion"]
LEDGER_END = "(c) 2026 The Harwick Ledger"


# -- H1 --------------------------------------------------------------------------------------------------------------


def test_a_news_story_opening_on_a_quoted_release_is_no_release() -> None:
    issuer, speakers = _read(
        [
            *LEDGER,
            "Police appeal after 3 arrests",
            "By Lise Ormerod",
            "Monday 4 May 2026",
            "A news release from Varn Police, issued on Sunday, said three men had been arrested.",
            "The town recorded 240 burglaries last year, up from 180 the year before.",
            "Residents' group chair Ola Brek said 60 households had joined a watch scheme.",
            LEDGER_END,
        ]
    )
    assert issuer is None
    assert speakers[Decimal(240)] != "Varn Police"


def test_a_news_story_opening_on_a_press_release_sent_on_monday_is_no_release() -> None:
    issuer, speakers = _read(
        [
            *LEDGER,
            "Water firm to cut 40 jobs at Tarn depot",
            "By Lise Ormerod, business reporter",
            "Monday 4 May 2026",
            "A press release from Orrin Water, sent on Monday, said 40 jobs would go at the Tarn depot.",
            "The depot opened in 1988 and the town has 14,000 households on its mains.",
            LEDGER_END,
        ]
    )
    assert issuer is None
    assert speakers[Decimal(14000)] != "Orrin Water"


# -- H2 --------------------------------------------------------------------------------------------------------------


def test_a_councils_release_on_its_own_site_led_by_a_partner_stays_the_councils() -> None:
    issuer, speakers = _read(
        [
            "Brindle Borough Council | Council tax | Bins | Newsroom",
            "PRESS RELEASE",
            "Leisure centre to reopen",
            "Brindle Leisure Trust has confirmed the Eastgate pool will reopen on 1 June after a 2.4 million crown "
            "refit.",
            "The council owns 5 leisure centres and spent 800,000 crowns on them last year.",
            "(c) 2026 Brindle Borough Council",
        ]
    )
    assert issuer == "Brindle Borough Council"
    assert speakers[Decimal(5)] == "Brindle Borough Council"
    assert speakers[Decimal(800000)] == "Brindle Borough Council"


def test_a_councils_release_leading_on_a_boards_figures_keeps_its_own() -> None:
    issuer, speakers = _read(
        [
            "Tarnby District Council | Bins | Council tax | Newsroom",
            "PRESS RELEASE",
            "Council responds to housing waiting list figures",
            "The Regional Housing Board today published figures showing 2,300 families in the district are on the "
            "waiting list.",
            "The council already manages 6,400 homes across the district.",
            "(c) 2026 Tarnby District Council",
        ]
    )
    assert issuer == "Tarnby District Council"
    assert speakers[Decimal(6400)] == "Tarnby District Council"


# -- M1 --------------------------------------------------------------------------------------------------------------


def test_a_release_sentence_in_a_ministrys_release_is_not_its_issuer() -> None:
    issuer, speakers = _read(
        [
            "Ministry of Rural Transport, Republic of Selvany",
            "PRESS RELEASE",
            "Ministry rejects union cost claims",
            "A press release from the Selvany Taxpayers Union, sent on Monday, put the cost at 90 million crowns.",
            "The ministry said the scheme will cost 38 million crowns and will restore 14 bus routes.",
            "The routes will serve 4,800 households in the hills.",
            "(c) 2026 Ministry of Rural Transport",
        ]
    )
    assert issuer == "Ministry of Rural Transport"
    assert speakers[Decimal(4800)] == "Ministry of Rural Transport"


def test_a_release_sentence_in_a_carried_release_is_not_its_issuer() -> None:
    issuer, speakers = _read(
        [
            "Community notices",
            "Press release",
            "Orrin Water today announced that it will replace 140 kilometres of mains this year.",
            "A press release from the Varn Consumer Council, sent last week, claimed bills would rise 9 per cent.",
            "The company serves 1.2 million customers.",
        ]
    )
    assert issuer == "Orrin Water"
    assert speakers[Decimal(1200000)] == "Orrin Water"


# -- M2, M3 ----------------------------------------------------------------------------------------------------------


def test_a_suppliers_press_office_in_the_contact_block_does_not_take_a_health_services_release() -> None:
    issuer, speakers = _read(
        [
            "Orrin Health Service | Patients | Careers | Newsroom",
            "Press release",
            "New scanners for Orrin hospitals",
            "Vellan Medical Systems has confirmed delivery of 6 new MRI scanners to Orrin hospitals this summer.",
            "The scanners will cut waiting times by 3 weeks, and the health service will recruit 40 radiographers.",
            "The health service treated 210,000 outpatients last year.",
            "Media enquiries: Vellan Medical Systems press office, 0190 555 0177",
            "(c) 2026 Orrin Health Service",
        ]
    )
    assert issuer == "Orrin Health Service"
    assert speakers[Decimal(210000)] == "Orrin Health Service"


def test_another_press_office_in_the_contact_block_does_not_take_a_release_in_our_voice() -> None:
    issuer, speakers = _read(
        [
            "Orrin Water | Your account | Bills | Newsroom",
            "Press release",
            "Mains programme doubled",
            "We will replace 140 kilometres of mains this year, the biggest programme in our history.",
            "For more information contact the Varn Consumer Council press office or our media team.",
            "(c) 2026 Orrin Water",
        ]
    )
    assert issuer == "Orrin Water"
    assert speakers[Decimal(140)] == "Orrin Water"


def test_a_partner_in_the_notes_to_editors_does_not_take_a_trusts_release() -> None:
    issuer, speakers = _read(
        [
            "Marrow Valley Wildlife Trust | About us | Reserves | News",
            "Press release",
            "Otters return to the Varn",
            "Otters have returned to 9 stretches of the River Varn, a survey by our volunteers has found.",
            "We now manage 26 reserves covering 1,400 hectares, and our volunteers logged 3,200 hours on the survey.",
            "ENDS",
            "Notes to editors",
            "1. The Varn Rivers Alliance is a partnership of 12 angling clubs that helped fund the survey.",
            "(c) 2026 Marrow Valley Wildlife Trust",
        ]
    )
    assert issuer == "Marrow Valley Wildlife Trust"
    assert speakers[Decimal(1400)] == "Marrow Valley Wildlife Trust"


# -- M4 --------------------------------------------------------------------------------------------------------------


def test_it_said_after_a_quoted_release_is_the_releases_body() -> None:
    _, speakers = _read(
        [
            *LEDGER,
            "Depot jobs row deepens",
            "By Lise Ormerod, business reporter",
            "Monday 4 May 2026",
            "Workers at the Tarn depot staged a walkout on Friday.",
            "The depot opened in 1988.",
            "Union organiser Pia Lund said 300 members had signed a petition.",
            "She said the union would ballot 450 staff next month.",
            "The town's MP, Dag Holm, called for talks.",
            "Holm said he had written to the company twice.",
            "Shoppers in the town centre were divided.",
            "One said the firm had been a good employer.",
            'Another said it had "lost its way".',
            "A news release from Orrin Water, sent on Monday, said 40 jobs would go.",
            "It said a further 12 posts were under review.",
            LEDGER_END,
        ]
    )
    assert speakers[Decimal(12)] == "Orrin Water"


# -- M5 --------------------------------------------------------------------------------------------------------------


def test_a_carried_release_led_by_a_mayor_keeps_its_issuer() -> None:
    issuer, speakers = _read(
        [
            "Community notices",
            "Press release",
            "New buses for the city",
            "The Mayor of Greater Varn today announced that 400 new electric buses will enter service by the end of "
            "2027.",
            "The 38 million crown order will replace 60 per cent of the city's diesel fleet.",
        ]
    )
    assert issuer == "The Mayor of Greater Varn"
    assert speakers[Decimal(60)] == "The Mayor of Greater Varn"


def test_a_commissioners_office_is_a_body_not_a_post() -> None:
    issuer, _ = _read(
        [
            "Community notices",
            "Press release",
            "Data breaches rise",
            "The Data Commissioner's Office today announced that 1,400 breaches were reported last year.",
            "The office fined 12 firms a total of 3 million crowns.",
        ]
    )
    assert issuer == "The Data Commissioner's Office"


# -- L1, L2 ----------------------------------------------------------------------------------------------------------


def test_a_department_with_and_in_its_name_keeps_it_when_the_text_says_social_care() -> None:
    issuer, speakers = _read(
        [
            "Department of Health and Social Care - Press release",
            "Care homes to get 200 million crowns",
            "The department today confirmed 200 million crowns for care homes.",
            "Social care providers will be able to bid for grants of up to 50,000 crowns from June.",
            "Around 12,000 care workers will benefit.",
        ]
    )
    assert issuer == "Department of Health and Social Care"
    assert speakers[Decimal(12000)] == "Department of Health and Social Care"


def test_a_press_office_marker_line_names_no_issuer() -> None:
    issuer, speakers = _read(
        [
            "Kellby Town Council | Bins | Parking | News",
            "PRESS OFFICE - FOR IMMEDIATE RELEASE",
            "Flood defences funded",
            "Work will start in June on 2 kilometres of new flood walls, the council said.",
            "The town flooded 4 times in the last decade, damaging 600 homes.",
            "(c) 2026 Kellby Town Council",
        ]
    )
    assert issuer == "Kellby Town Council"
    assert speakers[Decimal(600)] == "Kellby Town Council"
