"""
Review 32d's mends to the engine32d merge (a body's papers, index and commissioned survey resolved to their maker):
each test names a page the merged rules misread (a sample noun that takes "for", a survey for a period, papers for a
day's meeting, papers filed by a party, a body's name cut at a modifier head, research papers, a sample with a place).
"""

from decimal import Decimal

from ingest.extraction import Mention, clean_text, extract

OUTLET = "The Orrin Valley Times"


def _speaker(text: str, value: str) -> str | None:
    found: list[Mention] = extract(clean_text(text), publisher=OUTLET)
    return next(m for m in found if m.value == Decimal(value)).speaker


def test_a_sample_noun_that_takes_for_does_not_make_its_object_the_surveys_maker() -> None:
    text = (
        "Tallin University has studied police recruitment.\n\n"
        "A study of 2,000 applicants for the police service found that 35 per cent dropped out before interview."
    )
    assert (_speaker(text, "35") or "").lower() != "police"
    text = (
        "The Valdor Ombudsman has criticised the Orrin council's housing office.\n\n"
        "A review of 300 applications for the council's housing list found that 120 had been wrongly refused."
    )
    assert (_speaker(text, "120") or "").lower() != "council"


def test_an_owned_survey_for_a_period_or_purpose_keeps_its_owner() -> None:
    text = (
        "The Orrin Central Bank's survey of 3,000 households for the third quarter found that 38 per cent planned to "
        "save more."
    )
    assert _speaker(text, "38") == "Orrin Central Bank"
    text = (
        "The Orrin Teachers' Union's survey of 2,000 members for its annual conference found that 44 per cent planned "
        "to leave teaching."
    )
    assert _speaker(text, "44") == "Orrin Teachers' Union"


def test_papers_for_a_days_meeting_are_not_spoken_by_the_day() -> None:
    text = (
        "Orrin District Council has voted to close two of its four libraries.\n\n"
        "Papers for Tuesday's meeting show that the Eastgate branch had 14,200 visits last year. The Mill Lane branch "
        "had 9,800, the papers say."
    )
    assert _speaker(text, "14200") != "Tuesday"
    assert _speaker(text, "9800") != "Tuesday"


def test_court_papers_filed_by_a_party_are_not_the_courts() -> None:
    text = (
        "Veltro Mining is being sued by 40 former workers. Court papers filed by the workers' lawyers say the company "
        "owes them 2.3 million crowns.\n\n"
        "Veltro said it had paid 1.1 million already. The papers say the men worked 600 unpaid shifts."
    )
    assert (_speaker(text, "600") or "").lower() != "court"


def test_a_named_body_is_not_cut_at_a_modifier_head_word() -> None:
    text = (
        "Tallin University has studied flood damage in the delta.\n\n"
        "A report released by the university research centre says 4,100 homes flooded last winter. The report says "
        "900 families are still in temporary housing."
    )
    assert _speaker(text, "900") != "university research"
    text = (
        "A report published by the ministry research unit says 4,100 homes flooded last winter.\n\n"
        "The Ministry of Water said repairs would cost 31 million crowns. The report says 900 families are still in "
        "temporary housing."
    )
    assert _speaker(text, "900") != "ministry research"


def test_research_papers_name_no_body() -> None:
    text = (
        "Research papers published this year suggest that 30 per cent of teenagers sleep less than seven hours.\n\n"
        "The papers say screen time is the main cause in 60 per cent of cases."
    )
    assert (_speaker(text, "60") or "").lower() != "research"


def test_a_survey_of_customers_for_a_body_is_still_that_bodys() -> None:
    text = (
        "Castel Heating will cut its price by 4 per cent.\n\n"
        "A survey of 1,500 customers for Castel Heating in August found that 70 per cent were satisfied."
    )
    assert _speaker(text, "70") == "Castel Heating"


def test_papers_for_next_weeks_meeting_are_the_papers_of_the_body() -> None:
    text = (
        "Harbour council papers for next week's finance committee meeting put the running cost of the ferry at "
        "212,000 crowns."
    )
    assert (_speaker(text, "212000") or "").lower().endswith("council")


def test_a_survey_of_a_sample_with_a_place_carried_out_for_a_body_is_that_bodys() -> None:
    text = (
        "The Orrin Energy Agency said bills would fall by 6 per cent in the spring.\n\n"
        "A survey of 1,200 households in the north carried out for the agency found that 41 per cent had turned "
        "their heating down last winter."
    )
    assert (_speaker(text, "41") or "").endswith("Orrin Energy Agency")
