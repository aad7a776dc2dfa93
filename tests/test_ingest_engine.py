"""The extraction engine: cleaning, figures, dates, speakers, and the two seed articles."""

import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from ingest.cleaning import clean
from ingest.extraction import clean_text, extract
from ingest.numbers import find_figures
from ingest.page_head import guess_headline
from tests.ingest_eval import CORPUS, DEV2, HOLDOUT, main, score_by_category, score_corpus

# Beside the project, or wherever FACTCHECK_SEEDS says (a git worktree lives one level deeper).
SEEDS = Path(os.environ.get("FACTCHECK_SEEDS") or Path(__file__).resolve().parents[2] / "shared" / "seeds")
needs_seeds = pytest.mark.skipif(not SEEDS.exists(), reason="the seed articles are not beside the project")


# -- cleaning -----------------------------------------------------------------------------------


FURNITURE_PAGE = """Home  World  Business
Troops Gather at the Border
By A. Reporter
Share it on...
The defence ministry said about 4,000 troops had been moved to the border region on Monday.
Comments0
300
Latest Stories
  • 12,000 Soldiers Stationed Abroad, Report Says
  • Born in 1919, She Turns 105
Popular Now
  1
  Tesla Breaks Records Again – 7 Million EVs in Just 12 Months
  BUSINESS
"""


def test_it_drops_page_furniture_and_keeps_the_body():
    assert clean(FURNITURE_PAGE) == (
        "The defence ministry said about 4,000 troops had been moved to the border region on Monday."
    )


def test_it_finds_nothing_in_furniture():
    figures = {(m.value, m.unit) for m in extract(clean_text(FURNITURE_PAGE), published=date(2025, 3, 14))}
    assert figures == {(Decimal("4000.0000"), "troops")}


def test_it_keeps_a_list_its_lead_in_sentence_runs_into():
    text = (
        "Floods closed roads across the north of the country on Monday, the agency said.\n\n"
        "According to the civil protection agency:\n- 27 people have died, up from 18 on Sunday;\n"
        "- some 86 schools are closed.\n\nRelated\n- In pictures: the river bursts its banks\n"
        "- 5 ways to claim flood damage on your insurance"
    )
    body = clean(text)
    assert body.endswith(
        "According to the civil protection agency: 27 people have died, up from 18 on Sunday; "
        "some 86 schools are closed."
    )
    assert "pictures" not in body and "5 ways" not in body
    found = {(m.value, m.unit, m.speaker) for m in extract(body)}
    assert (Decimal("86.0000"), "schools", "civil protection agency") in found


def test_it_keeps_a_list_of_lower_case_clauses_after_its_lead_in():
    text = (
        "The port announced new fees on Monday.\n\n"
        "Key points, according to the port authority:\n"
        "- the berth fee rises to 340 ardels from 275\n"
        "- about 1.2 million tonnes a year will be covered\n"
        "- the new fees apply from 3 March\n"
    )
    found = {m.figure: m for m in extract(clean(text))}
    assert found["340 ardels from 275"].previous_value == 275
    assert found["340 ardels from 275"].speaker == "port authority"
    assert "about 1.2 million tonnes" in found


def test_it_keeps_a_list_of_labelled_figures_and_of_sentences():
    text = (
        "The water company lost more water than ever last year, its annual returns show.\n\n"
        "What the figures show\n- Leakage: 118 million litres a day, up from 96 million\n"
        "- Spending on mains renewal: 41 million marks, down from 55 million\n\n"
        "How many people were affected?\n- About 2.7 million households lost power, the operator said.\n"
        "- In the capital, power was back for 90 per cent of customers within six hours.\n\n"
        "Read next\n- Hosepipe ban lifted after 61 days\n- Water bills: 4 councils to cap charges"
    )
    body = clean(text).split("\n\n")
    assert body[1:3] == [
        "Leakage: 118 million litres a day, up from 96 million",
        "Spending on mains renewal: 41 million marks, down from 55 million",
    ]
    assert body[3] == "About 2.7 million households lost power, the operator said."
    assert len(body) == 5


def test_it_drops_a_pull_quote_and_a_where_it_appeared_line():
    text = (
        '"We found 63 whales on one beach in a single morning"\n'
        "That was in June. We found 63 whales on one beach in a single morning, the trust said.\n"
        "This article appears in the December 2026 issue of Field & Fork."
    )
    assert clean(text) == "That was in June. We found 63 whales on one beach in a single morning, the trust said."


def test_it_drops_the_standfirst_above_the_byline():
    raw = (
        "Ferry fares to rise again\n\n"
        "The operator will charge 14 crowns more a trip from March. Islanders are angry.\n\n"
        "By Ada Strom, Transport Reporter\n\nThe island ferry will raise its fares by 14 crowns, the operator said."
    )
    cleaned = clean(raw)
    assert "Islanders are angry" not in cleaned
    assert "the operator said" in cleaned


def test_it_drops_a_headline_that_ends_on_a_quotation():
    raw = (
        "The mill closed in May after 80 years, the owners said on Monday.\n\n"
        'Mayor says the 200 job losses are "a blow to the whole valley"'
    )
    assert "Mayor says" not in clean(raw)


def test_it_drops_a_list_of_headlines_under_a_furniture_heading():
    raw = (
        "The mill closed in May after 80 years, the owners said on Monday.\n\nMost viewed\n"
        "- The 10 wettest weeks on record, mapped\n- Ask the data desk: 5 questions about the closure"
    )
    assert clean(raw) == "The mill closed in May after 80 years, the owners said on Monday."


def test_it_drops_the_method_box_and_the_subscription_offer():
    raw = (
        "The mill closed in May after 80 years, the owners said on Monday.\n\n"
        "How we did this: we read the payroll files of all 31 mills in the valley.\n\n"
        "Methodology: Figures are for 12 districts.\n\nSubscribe from 3 crowns a week. Cancel any time."
    )
    assert clean(raw) == "The mill closed in May after 80 years, the owners said on Monday."


def test_a_case_number_with_a_year_in_it_is_an_identifier():
    assert find_figures("The case is listed as OD-2026-4471.", "Many people complained. ") == []


def test_it_repairs_a_word_split_across_lines():
    text = "The process of verifying North Korea's troop deployment goes on, officials said in a statement.\n"
    text += "They said reports of North Kor\nea's troop deployment were still being checked by the ministry."
    assert "North Korea's troop deployment were" in clean(text)


def test_it_joins_a_hyphenated_break():
    text = "Officials confirmed the deploy-\nment of about 3,000 soldiers to the region on Friday, the ministry said."
    assert "deployment of about 3,000 soldiers" in clean(text)


def test_it_reads_html():
    html = (
        "<html><head><title>T</title><script>var n = 12000;</script></head><body><nav>Home 5 items</nav>"
        "<article><p>The ministry said about 3,000 troops were sent to the border on Monday night.</p></article>"
        "<aside><ul><li>7 Million EVs in 12 Months</li></ul></aside></body></html>"
    )
    assert clean(html, html=True) == "The ministry said about 3,000 troops were sent to the border on Monday night."


# -- figures ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("about 3,000 troops", [("3000", "troops", "approximately", "2700", "3300")]),
        ("nearly 500 people", [("500", "people", "at_most", None, "500")]),
        ("more than 1,500 soldiers", [("1500", "soldiers", "at_least", "1500", None)]),
        ("up to 200 vehicles", [("200", "vehicles", "at_most", None, "200")]),
        ("fewer than 40 casualties", [("40", "casualties", "at_most", None, "40")]),
        ("between 2,000 and 3,000 people", [("2000", "people", "range", "2000", "3000")]),
        ("2,000-3,000 tonnes", [("2000", "tonnes", "range", "2000", "3000")]),
        ("three training sites", [("3", "training sites", "exact", "3", "3")]),
        ("a dozen drones", [("12", "drones", "exact", "12", "12")]),
        ("some 1.5 million people", [("1500000", "people", "approximately", "1350000", "1650000")]),
        ("a $2 billion package", [("2000000000", "dollars", "exact", "2000000000", "2000000000")]),
        ("40% of voters", [("40", "percent", "exact", "40", "40")]),
        ("in 2022, aged 19-year-old, at 10 a.m., on October 13, the two allies", []),
    ],
)
def test_it_reads_figures_with_their_qualifier_and_bounds(sentence, expected):
    def plain(number):
        return None if number is None else f"{number.normalize():f}"

    found = [(plain(f.value), f.unit, str(f.qualifier), plain(f.lower), plain(f.upper)) for f in find_figures(sentence)]
    assert found == expected


def test_it_derives_a_total_from_groups_of_each():
    regiments, total = find_figures("the formation of two regiments of 6,000 soldiers each")
    assert (regiments.value, regiments.multiplier, regiments.derived) == (6000, 2, False)
    assert (total.value, total.unit, total.derived) == (12000, "soldiers", True)


# -- speakers and dates ------------------------------------------------------------------------------


def mentions(text: str, published=date(2025, 3, 14)):
    return [(m.speaker, m.stance, m.value) for m in extract(text, published=published) if m.value is not None]


def test_it_finds_the_speaker_after_and_before_the_verb():
    text = "Health Minister Ana Ruiz said 300 beds were free. About 40 nurses were hired, said Ana Ruiz."
    assert [s for s, _, _ in mentions(text)] == ["Ana Ruiz", "Ana Ruiz"]


def test_it_resolves_a_pronoun_to_the_last_person_named():
    text = "Defence Minister Tomas Berg spoke on Monday. He said 1,200 soldiers had arrived."
    assert mentions(text)[0][0] == "Tomas Berg"


def test_it_gives_first_person_in_a_quote_to_the_person_quoted():
    text = "Mayor Lina Okafor visited the site. “We have sent 300 engineers,” the mayor said."
    assert mentions(text)[0][0] == "Lina Okafor"


def test_it_names_nobody_for_a_passive_without_an_agent():
    assert mentions("About 200 people were reported missing after the floods.")[0][0] is None


def test_it_reads_the_stance_from_the_verb():
    text = "The ministry denied that 500 troops had crossed. Officials confirmed that 20 tanks were lost."
    assert [stance for _, stance, _ in mentions(text)] == ["denies", "confirms"]


def test_it_resolves_dates_against_the_publication_date():
    text = "Officials said on Wednesday that 30 sites were hit. In early October 12 ships sailed, they said."
    found = extract(text, published=date(2024, 10, 24))
    assert found[0].date == date(2024, 10, 23)
    assert (found[-1].date, found[-1].date_end) == (date(2024, 10, 1), date(2024, 10, 10))


# -- the seed articles ----------------------------------------------------------------------------------


def seed_mentions(name: str, published: date):
    return extract(clean_text((SEEDS / name).read_text(encoding="utf-8")), published=published)


@needs_seeds
def test_it_finds_the_claims_of_the_first_seed_article():
    found = seed_mentions("000_fefaf35858c9c536.txt", date(2024, 10, 24))
    by_figure = {(m.value, m.unit): m for m in found if m.value is not None}
    assert by_figure[(Decimal(3), "sites")].speaker == "John Kirby"
    tranche = by_figure[(Decimal(3000), "troops")]
    assert (tranche.speaker, tranche.qualifier, tranche.lower, tranche.upper) == (
        "John Kirby",
        "approximately",
        2700,
        3300,
    )
    assert "first tranche of about 3,000" in tranche.quote and tranche.via == "Reuters"
    regiments = by_figure[(Decimal(6000), "soldiers")]
    assert (regiments.multiplier, regiments.speaker) == (2, "Volodymyr Zelenskyy")
    assert by_figure[(Decimal(12000), "soldiers")].derived
    nis = by_figure[(Decimal(12000), "troops")]
    assert (nis.speaker, nis.qualifier) == ("National Intelligence Service", "approximately")
    assert (Decimal(18), "agencies") in by_figure
    days = by_figure[(Decimal(10), "days")]
    assert days.qualifier == "at_least" and "just over 10 days" in days.figure
    dated = {m.date_text: m for m in found if m.value is None}
    assert (dated["early October"].date, dated["early October"].date_end) == (date(2024, 10, 1), date(2024, 10, 10))
    assert (dated["October 13"].date, dated["October 13"].speaker) == (date(2024, 10, 13), "Volodymyr Zelenskyy")


@needs_seeds
def test_it_finds_the_claims_of_the_second_seed_article():
    found = seed_mentions("001_8d4c5fa100b66093.txt", date(2024, 10, 22))
    figures = [(m.value, m.unit, m.qualifier, m.speaker, m.via) for m in found if m.value is not None]
    assert figures == [
        (Decimal(12000), "troops", "approximately", "South Korea’s intelligence agency", "Yonhap News Agency"),
        (Decimal(1500), "soldiers", "approximately", "South Korea’s intelligence agency", "Yonhap News Agency"),
    ]


@needs_seeds
@pytest.mark.parametrize("name", ["000_fefaf35858c9c536.txt", "001_8d4c5fa100b66093.txt"])
def test_it_takes_nothing_from_headline_lists_counters_or_widgets(name):
    found = seed_mentions(name, date(2024, 10, 24))
    furniture = {"7 Million", "$335M", "105 Years", "9.5%", "19-Year-Old", "10,000 Troops", "$2,000", "300", "3-Minute"}
    assert not any(bit in m.quote for m in found for bit in furniture)
    body = clean_text((SEEDS / name).read_text(encoding="utf-8"))
    assert "Latest Stories" not in body and "Comments0" not in body and "Share it on" not in body


# -- the labelled corpus ----------------------------------------------------------------------------------


@pytest.mark.parametrize("folder", [CORPUS, HOLDOUT, DEV2], ids=["corpus", "held-out", "dev2"])
def test_it_reaches_the_required_precision_recall_and_speaker_accuracy(folder):
    errors: list[str] = []
    score = score_corpus(errors, folder)
    report = (
        f"precision {score.precision:.3f} ({score.matched}/{score.found}), "
        f"recall {score.recall:.3f} ({score.matched}/{score.gold}), "
        f"speaker accuracy {score.speaker_accuracy:.3f} ({score.speakers_right}/{score.matched})"
    )
    print(report)
    assert score.gold >= 50, "the corpus is missing"
    assert score.precision >= 0.9, report + "\n" + "\n".join(errors)
    assert score.recall >= 0.9, report + "\n" + "\n".join(errors)
    assert score.speaker_accuracy >= 0.85, report + "\n" + "\n".join(errors)


def test_it_guesses_the_headline_above_the_first_paragraph():
    assert guess_headline(FURNITURE_PAGE) == "Troops Gather at the Border"


# -- the attribution layer (issue 14) ------------------------------------------------------------------


def speakers(text: str) -> list[tuple[str | None, str, bool]]:
    return [(m.speaker, m.stance, m.speaker_anonymous) for m in extract(text, published=date(2025, 3, 14)) if m.value]


def test_it_attributes_a_quotation_after_it_closes():
    text = "Mayor Lina Okafor spoke on Monday. “We have sent 300 engineers,” said Piet Dale, the mayor's spokesman."
    assert speakers(text) == [("Piet Dale", "asserts", False)]


def test_it_attributes_a_quotation_that_spans_paragraphs_once():
    text = (
        "Union leader Marta Selby addressed the crowd.\n\n"
        '"We lost 212 teachers last year. We will not lose more.\n\n'
        '"Every one of those 40 schools could open tomorrow," Selby said.'
    )
    assert [s for s, _, _ in speakers(text)] == ["Marta Selby", "Marta Selby"]


def test_it_never_takes_the_listener_for_the_speaker():
    text = "“The drug works, and we enrolled 4,200 patients,” Chief Executive Lotte Varga told Reuters."
    assert speakers(text)[0][0] == "Lotte Varga"


def test_it_keeps_an_anonymous_source_as_the_speaker():
    text = "Minister Ana Ruiz spoke on Monday. A senior Ukrainian official told Reuters that 300 soldiers had died."
    assert speakers(text) == [("A senior Ukrainian official", "asserts", True)]


def test_it_keeps_a_source_with_its_post_modifier():
    text = "People familiar with the matter said the board would cut 600 jobs."
    assert speakers(text) == [("People familiar with the matter", "asserts", True)]


def test_it_takes_the_name_an_apposition_gives():
    text = "Ostrava's foreign minister, Lida Voss, said about 9,000 people had crossed."
    assert speakers(text)[0][0] == "Lida Voss"


def test_it_finds_no_fragment_for_a_clause_before_the_verb():
    text = "Russia and Belarus were not mentioned, but the city funds exchanges for 120 students a year."
    assert speakers(text) == [(None, "asserts", False)]


def test_it_gives_each_figure_its_own_speaker():
    text = (
        "The police estimated that around 15,000 people marched, while the Union of Dock Workers, "
        "which organised the rally, said 40,000 people had taken part."
    )
    assert [s for s, _, _ in speakers(text)] == ["police", "Union of Dock Workers"]


def test_it_does_not_read_a_negated_verb_as_its_stance():
    text = "An agency spokeswoman declined to confirm that 1,000 more patients would be studied."
    assert speakers(text) == [("An agency spokeswoman", "relays", True)]


def test_it_attaches_a_dispute_to_the_figure_disputed():
    text = (
        "The border police said 18,400 people had crossed since January.\n\n"
        "The neighbouring Republic of Ostrava rejected that, saying its own count showed about 9,000 crossings."
    )
    found = [(m.value, m.speaker, m.stance) for m in extract(text) if m.value]
    assert found[1] == (Decimal(18400), "Republic of Ostrava", "disputes")


# -- the quantity grammar (issue 14) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("a third of the staff", ("33.3", "percent", "exact")),
        ("two-thirds of the staff", ("66.7", "percent", "exact")),
        ("one in eight patients", ("12.5", "percent", "exact")),
        ("nearly half of them", ("50", "percent", "at_most")),
        ("about half of them", ("50", "percent", "approximately")),
        ("one in five families", ("20", "percent", "exact")),
        ("hundreds of pupils", ("200", "pupils", "at_least")),
        ("tens of thousands of people", ("20000", "people", "at_least")),
        ("hundreds of thousands of people", ("200000", "people", "at_least")),
        ("dozens of parents", ("24", "parents", "at_least")),
        ("several hundred more police", ("300", "police", "at_least")),
        ("two dozen hospitals", ("24", "hospitals", "exact")),
        ("Twelve schools stayed shut", ("12", "schools", "exact")),
        ("lose about £14m a day", ("14000000", "pounds", "approximately")),
        ("Half received a monthly injection", ("50", "percent", "exact")),  # a share as the subject
        ("Of the complaints, fewer than half led to a prosecution", ("50", "percent", "at_most")),
        ("Most backed it, while nearly a third said they feared it", ("33.3", "percent", "at_most")),
        ("it raised its rate by half a percentage point", ("0.5", "percentage points", "exact")),
        ("about a quarter of a million refugees have fled", ("250000", "refugees", "approximately")),
        ("Tens of thousands more people are sheltering", ("20000", "people", "at_least")),
        ("the company revised down the number of serious adverse events to 41", ("41", "events", "exact")),
        ("the final toll could exceed 100", ("100", "deaths", "at_least")),
        ("We lost three maths teachers in one term.", ("3", "teachers", "exact")),  # a compound's head
        ("The ministry says 700 maths teaching posts are vacant", ("700", "posts", "exact")),
    ],
)
def test_it_reads_quantities_in_words(sentence, expected):
    (figure,) = find_figures(sentence)
    assert (f"{figure.value.normalize():f}", figure.unit, str(figure.qualifier)) == expected


@pytest.mark.parametrize(
    ("sentence", "value", "lower", "upper"),
    [
        ("hundreds of pupils", "200", "100", None),  # two hundred or more, and never under one hundred
        ("dozens of parents", "24", "12", None),
        ("tens of thousands of people", "20000", "10000", None),
        ("several thousand jobs", "3000", "2000", None),
        ("nearly half of them", "50", None, "50"),  # the share as stated, which it stays short of
        ("almost a third of the staff", "33.3", None, "33.3"),
    ],
)
def test_it_bounds_vague_counts_and_nearly_shares(sentence, value, lower, upper):
    (figure,) = find_figures(sentence)
    assert f"{figure.value.normalize():f}" == value
    if lower is not None:
        assert f"{figure.lower.normalize():f}" == lower
    if upper is not None:
        assert f"{figure.upper.normalize():f}" == upper


@pytest.mark.parametrize(
    "sentence",
    [
        "raised its estimate of the shortfall from 40 million crowns to 57 million crowns.",
        "cut its forecast to 57 million crowns from 40 million crowns.",
    ],
)
def test_it_reads_a_revision_as_an_old_and_a_new_value(sentence):
    (figure,) = find_figures(sentence)
    assert {figure.value, figure.previous_value} == {Decimal(57000000), Decimal(40000000)}
    assert figure.qualifier == "exact" and figure.lower == figure.upper == figure.value


@pytest.mark.parametrize(
    "sentence",
    [
        "talks with Teachers' Local 1047 broke down",
        "Selby, 52, has led the union for eleven years",
        "the study followed patients aged 65 and over",
        "the club beat Lorca 3-1 on Saturday",
        "The bill passed by 112 votes to 97, with 6 abstentions.",  # the tally of a vote is its score
        "Of the 23 who responded, only four forecast a half-point move.",  # the sources a poll counted
        "The case number is T2024/0187.",  # an identifier
        "Email us at news@obc.ov or call 0800 555 014.",  # a telephone number
        "Two officials with knowledge of the talks said so",
        "the trial, known as HX-310, ended",
        "said the chain's supply director, 52, who has worked in retail since the 1990s",
        "She is 81 and she has stopped going out",
        "holding her youngest, a boy of 2, in the shade",
        "the dispute has lasted two winters",
    ],
)
def test_it_takes_no_age_duration_identifier_score_or_count_of_sources_for_a_claim(sentence):
    assert find_figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("it sent up to 12 water-bombing aircraft", ("12", "aircraft")),  # an invariant plural is the head
        ("gusts of up to 60 kilometres per hour", ("60", "kilometres per hour")),  # a rate
        ("they have had 30 different supply teachers", ("30", "teachers")),  # an adjective is no unit
        ("it cut rations to 1,400 kilocalories a day from 2,100 because of shortfalls", ("1400", "kilocalories")),
    ],
)
def test_it_takes_the_head_noun_of_the_counted_phrase_as_the_unit(sentence, expected):
    (figure,) = find_figures(sentence)
    assert (f"{figure.value.normalize():f}", figure.unit) == expected


def test_it_does_not_read_a_year_before_a_figure_as_a_range():
    figures = find_figures("It cut its growth forecast for 2025 to 0.9% from 1.4%.")
    assert [(f.value, f.unit, f.previous_value) for f in figures] == [(Decimal("0.9"), "percent", Decimal("1.4"))]


def test_it_gives_a_figure_put_at_a_value_the_unit_of_the_figure_it_answers():
    text = "Nurses' leaders said the region had 1,600 nursing vacancies. The board put the figure at 1,150."
    assert [(m.value, m.unit) for m in extract(text) if m.value] == [(1600, "vacancies"), (1150, "vacancies")]


@pytest.mark.parametrize(
    ("sentence", "new", "old"),
    [
        ("Civic Forward was on 31%, up from 28% in August.", "31", "28"),
        ("the council approved a $1.84 billion budget for the year that begins July 1, up from $1.71 billion.",
         "1840000000", "1710000000"),
        ("The population has fallen to 14.62 million, down from 15.1 million at the last census.",
         "14620000", "15100000"),
        ("The port authority said 68 ships were waiting to berth on Wednesday evening, up from 41 on Monday.",
         "68", "41"),
        ("Reserves fell to 38.5 billion euros at the end of June from 41.2 billion at the end of March.",
         "38500000000", "41200000000"),
        ("Parliament raised the minimum wage to 10.20 lira an hour from 9.40 lira.", "10.2", "9.4"),
        ("Stocks fell to 34 per cent of capacity, compared with 71 per cent at the same point last year.", "34", "71"),
        ("It posted a loss of EUR 412 million, compared with a loss of EUR 96 million a year earlier.",
         "412000000", "96000000"),
        ("Demand peaked at 11,400 megawatts at 3 p.m. on Tuesday, up from a previous high of 10,950 megawatts.",
         "11400", "10950"),
        ("The airline now expects to fly 20.4 million passengers, it said, raising its earlier target of 19.5 million.",
         "20400000", "19500000"),
        ("At least 9 civilians have been killed, the mission said, raising its previous count of 5.", "9", "5"),
        ("Production fell to 84,000 vehicles last year from a peak of about 210,000 in 2017.", "84000", "210000"),
    ],
)  # fmt: skip
def test_it_reads_up_from_and_down_from_as_the_value_a_figure_replaced(sentence, new, old):
    figures = [f for f in find_figures(sentence) if f.value != 1]
    assert [(f"{f.value.normalize():f}", f"{f.previous_value.normalize():f}") for f in figures] == [(new, old)]


def test_it_gives_no_suggestion_from_bylines_stamps_credits_or_copyright():
    page = (
        "Updated 3 hours ago\nBy Nadia Ferrow\nAugust 12, 2025, 6:30 p.m.\n"
        "The ministry said on Monday that 300 beds were free in the capital's hospitals.\n"
        "Photo: Striking teachers outside the school on Monday. (Lena Marsh/Courier)\n"
        "Nadia Ferrow covers education for the Courier. Piet Oland contributed reporting.\n"
        "© 2025 The Calder Courier. All rights reserved.\n"
    )
    found = extract(clean_text(page), published=date(2025, 3, 14))
    assert [(m.value, m.unit) for m in found] == [(Decimal(300), "beds")]


def test_it_gives_no_date_only_suggestion_without_an_explicit_statement():
    assert extract("The strike began on September 16 after pay talks collapsed.", published=date(2025, 3, 14)) == []


def test_it_scores_each_category_and_counts_date_only_and_furniture_as_false_positives(tmp_path):
    (tmp_path / "01_a.txt").write_text(
        "Home\nBy A. Reporter\nUpdated 3 hours ago\n\n"
        "A senior official said a third of the 600 schools had closed on Monday, far more than expected.\n\n"
        "The union said on March 10 that the strike had begun outside the hall.\n"
    )
    (tmp_path / "01_a.toml").write_text(
        'published = 2025-03-14\nbody_start = "A senior official"\nbody_end = "outside the hall."\n'
        '[[claims]]\nvalue = "33.3"\nunit = "percent"\nspeaker = "a senior official"\n'
        'quote = "a third of the 600 schools"\ncategory = "word_quantity"\n'
        '[[claims]]\nvalue = "600"\nunit = "schools"\nunits = ["buildings"]\nspeaker = "an official"\n'
        'speaker_aliases = ["A senior official"]\nquote = "the 600 schools"\ncategory = "anonymous"\n'
    )
    table = score_by_category(tmp_path)
    assert (table["word_quantity"].matched, table["anonymous"].speakers_right) == (1, 1)
    assert (table["date_only"].found, table["all"].found, table["all"].matched) == (1, 3, 2)


def test_it_prints_the_table_for_any_folder(capsys):
    assert main([str(HOLDOUT)]) == 0
    assert "| all | 53 |" in capsys.readouterr().out


def test_it_counts_the_speakers_named_exactly_apart_from_those_only_contained(tmp_path, capsys):
    (tmp_path / "01_chain.txt").write_text(
        "Hartwell & Lyle will close 12 stores, Lyle said. Its rival will open 3 stores, Maren Vale said.\n"
    )
    (tmp_path / "01_chain.toml").write_text(
        '[[claims]]\nvalue = "12"\nunit = "stores"\nquote = "close 12 stores"\nspeaker = "Hartwell & Lyle"\n\n'
        '[[claims]]\nvalue = "3"\nunit = "stores"\nquote = "open 3 stores"\nspeaker = "Maren Vale"\n'
    )
    total = score_by_category(tmp_path)["all"]
    assert (total.matched, total.speakers_right, total.speakers_exact) == (2, 2, 1)
    assert main([str(tmp_path)]) == 0
    assert "Speakers named exactly as labelled: 1 of 2;" in capsys.readouterr().out


def test_it_attaches_a_figure_x_disputes_to_that_figure():
    found = [
        (m.value, m.speaker, m.stance)
        for m in extract("Rebels said 40 soldiers were captured, a claim the army denied.")
    ]
    assert sorted(found, key=str) == [(Decimal(40), "Rebels", "asserts"), (Decimal(40), "army", "denies")]


def test_it_does_not_take_a_share_that_is_the_subject_of_said_as_the_speaker():
    text = (
        "The Halden Institute said on Monday that voters were worried.\n\n"
        "Half of respondents said the cost of living was their biggest concern."
    )
    assert speakers(text) == [("Halden Institute", "asserts", False)]


def test_it_takes_a_document_as_the_source_of_what_it_found():
    text = "A survey by the polling firm Nordmeter found 61% of voters supported the deployment."
    assert speakers(text) == [("Nordmeter", "asserts", False)]


def test_it_gives_no_speaker_to_a_figure_in_a_relative_clause_about_the_speaker():
    text = '"We cannot wait," said Conor Madden of the Doctors Union, which represents about 3,500 doctors.'
    assert speakers(text) == [(None, "asserts", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union is demanding a 9% pay rise over two years.", "union"),
        ("The Bank of Corvenia raised its main interest rate to 5.25% on Wednesday.", "Bank of Corvenia"),
        ("The Halden Institute put the party at 35%.", "Halden Institute"),
        ("The Westmarch Health Board has 9 hospitals.", None),  # a stative verb states background
        ("The trust has counted 14 fatal ferry accidents since 2015.", "trust"),
        ("The Harbour Authority earmarked 40 million crowns for the dredging.", "Harbour Authority"),
        ("Hundreds of homes were swept away.", None),
    ],
)
def test_it_takes_the_actor_of_a_speech_act_or_announced_decision_as_the_source(text, expected):
    assert [s for s, _, _ in speakers(text)] == [expected]


def test_it_reads_a_figure_nobody_challenged_as_undisputed():
    text = "He said the strike had cost the port £3.7 million in lost fees, a figure the union did not challenge."
    assert [(m.value, m.stance) for m in extract(text) if m.value] == [(Decimal(3700000), "asserts")]


def test_it_does_not_read_a_plural_noun_as_a_reporting_verb():
    text = (
        "The number of people waiting has risen to 412,600, the highest figure since records began, "
        "according to data published on Tuesday by the Westmarch Health Board."
    )
    assert speakers(text) == [("Westmarch Health Board", "asserts", False)]


def test_it_does_not_take_a_participle_clause_for_the_source():
    text = "Two pupils were swept away while walking home from school in Pelang, local media reported."
    assert [s for s, _, _ in speakers(text)] == ["local media"]


def test_it_gives_a_quotation_to_the_surname_that_spoke_last():
    text = (
        "Support for Prime Minister Anton Velic's party has fallen, said Dorota Lind, the institute's director.\n\n"
        "Velic, 61, dismissed the findings on Monday.\n\n"
        '"We won 112 seats last time with numbers worse than these," he said.'
    )
    assert speakers(text) == [("Anton Velic", "asserts", False)]


def test_it_reads_a_statistic_of_ages_as_a_claim_with_the_value_it_replaced():
    (figure,) = find_figures("The median age rose to 44.1 years from 41.8 a decade ago.")
    assert (figure.value, figure.unit, figure.previous_value) == (Decimal("44.1"), "years", Decimal("41.8"))


def test_it_reads_a_year_after_for_as_a_year():
    text = "Inflation was 6.1%. It cut its growth forecast for 2025 to 0.9% from 1.4%."
    assert [(m.value, m.previous_value) for m in extract(text) if m.value] == [
        (Decimal("6.1"), None),
        (Decimal("0.9"), Decimal("1.4")),
    ]


def test_it_takes_a_source_counted_with_a_compound_noun_for_no_claim():
    assert find_figures("Two coast guard officers said the cargo shifted.") == []


def test_it_gives_one_disputes_mention_for_a_figure_named_again_by_its_disputer():
    text = (
        "The Red Crescent said its own count showed at least 90 deaths.\n\n"
        "The agency disputed the 90 figure, saying it counted only bodies recovered."
    )
    found = [(m.value, m.speaker, m.stance) for m in extract(text) if m.value]
    assert found == [(90, "Red Crescent", "asserts"), (90, "agency", "disputes")]


def test_it_puts_a_figure_before_the_dispute_that_follows_it():
    text = "Organisers said 150,000 people took part, a figure the interior ministry disputed."
    assert speakers(text) == [("Organisers", "asserts", True), ("interior ministry", "disputes", False)]


def test_it_attaches_a_dispute_of_a_possessed_estimate_to_the_figure_last_given_by_another():
    text = (
        'Shelter Dunmore estimated that as many as 4,000 people were "hidden homeless".\n\n'
        "The mayor, Rob Tennant, said the council would spend £26 million on new hostels. "
        "He rejected the charity's estimate, calling it a guess."
    )
    disputes = [(m.value, m.speaker) for m in extract(text) if m.stance == "disputes"]
    assert disputes == [(4000, "Rob Tennant")]


def test_it_keeps_a_participle_that_modifies_the_source():
    text = "A fleet audit released in March found that one in five city vehicles was past its replacement date."
    assert speakers(text) == [("fleet audit", "asserts", False)]


def test_it_takes_a_noun_compound_in_ing_as_a_source():
    text = "Thousands of containers have been diverted to the mainland, shipping agents said."
    assert [s for s, _, _ in speakers(text)] == ["shipping agents"]


def test_it_takes_a_later_named_source_over_a_passive_cue():
    text = "Tens of thousands more people are believed to be sheltering nearby, according to people who have fled."
    assert [s for s, _, _ in speakers(text)] == ["people who have fled"]


def test_it_gives_a_figure_reported_inside_a_relative_clause_to_its_antecedent():
    text = (
        '"Where are the jobs?" said Lowri Price, who runs a cafe and said her takings had fallen by a fifth '
        "since the lorries came."
    )
    assert [s for s, _, _ in speakers(text)] == ["Lowri Price"]


def test_it_takes_a_source_with_a_reporting_participle_as_a_postmodifier():
    text = "Reserves fell to 38.5 billion euros in June, data published alongside the decision showed."
    assert [s for s, _, _ in speakers(text)] == ["data"]


def test_it_reads_a_cue_word_after_a_determiner_and_modifiers_as_a_noun():
    text = "The average state pension in Varnia is 1,340 ducats a month. Its most recent report counts 260 monitors."
    assert [s for s, _, _ in speakers(text)] == [None, None]


def test_it_reads_a_cue_word_before_was_as_a_noun():
    text = "The previous league record was the EUR 55 million that Castle Vale paid for a goalkeeper."
    assert [s for s, _, _ in speakers(text)] == [None]


def test_it_keeps_the_verb_of_a_plural_or_collective_subject():
    assert [s for s, _, _ in speakers("The police say 300 people were detained.")] == ["police"]


def test_it_takes_the_subject_before_a_set_off_relative_clause_not_an_inversion():
    text = "Officials at the grain board, who asked not to be named, said the reserve held about 600,000 tonnes."
    assert speakers(text) == [("Officials at the grain board, who asked not to be named", "asserts", True)]


def test_it_takes_a_named_source_after_an_agentless_passive_before_the_figure():
    text = "Barley output is forecast at 1.1 million tonnes, down from 1.4 million, the ministry said."
    assert [s for s, _, _ in speakers(text)] == ["ministry"]


def test_it_takes_the_source_that_closes_the_sentence_over_a_record_verb():
    text = "Tolvane recorded 88 homicides last year, the lowest total since 2010, Commissioner Yvette Sandor said."
    assert [s for s, _, _ in speakers(text)] == ["Yvette Sandor"]


def test_it_gives_no_source_to_a_clause_before_a_cue_with_its_own_content():
    text = "Nearly 4,000 fans turned up on Tuesday, and the club said it had sold more than 10,000 shirts."
    assert [s for s, _, _ in speakers(text)] == [None, "club"]


def test_it_ends_a_postposed_source_at_the_clause_it_closes():
    text = "At least 31 miners were killed, officials said on Sunday, and rescuers were trying to reach 17 men."
    assert [s for s, _, _ in speakers(text)] == ["officials", None]


def test_it_gives_no_source_to_a_non_restrictive_clause_outside_a_report():
    text = (
        "Rainfall on the plain, which grows two-thirds of the wheat, was 38 per cent below average, according to the "
        "office."
    )
    assert [s for s, _, _ in speakers(text)] == [None, "office"]


def test_a_source_speaking_after_the_sentence_says_its_relative_clause_too():
    text = "Rainfall on the plain, which grows two-thirds of the wheat, was 38 per cent below average, the office said."
    assert [s for s, _, _ in speakers(text)] == ["office", "office"]


def test_it_keeps_a_relative_clause_inside_the_content_of_a_report():
    text = "Two senior officials said the party had opened talks with the Green Alliance, which won 14 seats."
    assert [s for s, _, _ in speakers(text)] == ["Two senior officials"]


def test_it_takes_the_name_in_apposition_after_an_inverted_cue():
    text = (
        '"The trend is bad," said the mission\'s chief monitor, Brigadier Henrike Solvang. "We counted 61 violations."'
    )
    assert [s for s, _, _ in speakers(text)] == ["Henrike Solvang"]


def test_it_reads_an_abbreviated_rank_inside_an_attribution():
    text = '"The 5,870 burglaries figure is complete," the spokesman, Lt. Darius Moorcroft, said in an email.'
    assert [s for s, _, _ in speakers(text)] == ["Darius Moorcroft"]


def test_it_sets_aside_a_parenthetical_adverb_between_source_and_cue():
    text = "Union leaders, however, said members flew an average of 890 hours last year."
    assert speakers(text) == [("Union leaders", "asserts", True)]


def test_it_does_not_take_the_conjunction_into_the_source():
    text = "Tens of thousands of people cross each month, and business groups have warned that trade is hurt."
    assert [s for s, _, _ in speakers(text)] == [None]


def test_it_resolves_he_to_an_unnamed_single_source_just_quoted():
    text = (
        "Interior Minister Ardis Molnev visited the site. A senior official said the toll could exceed 300. "
        "Some 400 residents were registered at the towers, he said."
    )
    assert [s for s, _, _ in speakers(text)][-1] == "A senior official"


def test_it_resolves_one_of_them_and_the_same_people_to_the_source_last_quoted():
    text = (
        "People close to the talks said United had offered EUR 52 million. One of them said the fee was "
        "EUR 60 million. According to the same people, his wages will be about EUR 240,000 a week."
    )
    assert [s for s, _, _ in speakers(text)] == ["People close to the talks"] * 3


def test_it_does_not_take_the_next_sentence_for_the_attribution_of_a_closed_quotation():
    text = (
        'Two members of the coalition said they were promised money. One of them said the sum was "about '
        '300 million ducats." A spokesman for the prime minister denied that any deal had been made.'
    )
    assert [s for s, _, _ in speakers(text)] == ["Two members of the coalition"]


def test_it_keeps_a_restrictive_relative_clause_in_an_unnamed_sources_description():
    text = "Two members of the coalition who voted for the bill said they were promised 300 million ducats."
    assert speakers(text) == [("Two members of the coalition who voted for the bill", "asserts", True)]


def test_it_gives_he_to_the_person_who_opens_the_sentence():
    text = (
        "Farm minister Oskar Veyne toured the region. "
        "Piet Hessan, 58, walked a field that he said would normally give him 400 tonnes."
    )
    assert [s for s, _, _ in speakers(text)] == ["Piet Hessan"]


def test_it_takes_the_company_for_the_organisation_the_article_keeps_quoting():
    text = (
        "Lumenet said the outage cut off 4.1 million customers. The emergency services ministry said calls failed. "
        'Lumenet disputed that account. "Every update is tested on more than 40 routers," the company said.'
    )
    assert [s for s, _, _ in speakers(text)][-1] == "Lumenet"


def test_it_takes_a_survey_named_with_its_sample_as_one_source():
    text = "A survey of 1,200 adults by the polling firm Verax published on Sunday found that 62 percent opposed it."
    assert [s for s, _, _ in speakers(text)] == ["Verax"]  # the sample is no claim (issue 16)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Building permits, a guide to future construction, dropped 9.2% to 198,500.", ("198500", "permits")),
        ("Arrests fell 17%. Robberies were roughly flat at 2,960.", ("2960", "robberies")),
        ("In the east, shootings fell by half, to 37.", ("37", "shootings")),
        (
            "The alliance estimates that 2.1 million households spend more than a tenth of their income on energy, "
            "and says that number could reach 2.6 million by the autumn.",
            ("2600000", "households"),
        ),
    ],
)
def test_it_counts_the_level_a_change_reached_in_what_changed_not_in_percent(sentence, expected):
    found = [(str(m.value.normalize()), m.unit) for m in extract(sentence) if m.value is not None]
    assert expected in [(f"{Decimal(v):f}", u) for v, u in found]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Fish died along a 19-mile stretch of the river.", ("19", "miles")),
        ("The 42,000-seat stadium will open in May.", ("42000", "seats")),
        ("Monitors patrol the 140-kilometre line of contact.", ("140", "kilometres")),
        ("Nitrate levels reached 12 milligrams per litre on Friday.", ("12", "milligrams per litre")),
        ("Temperatures in the gallery reached 38C.", ("38", "degrees")),
    ],
)
def test_it_reads_measures_compound_adjectives_concentrations_and_temperatures(sentence, expected):
    found = [(f"{m.value.normalize():f}", m.unit) for m in extract(sentence) if m.value is not None]
    assert expected in found


def test_it_does_not_read_an_intention_with_an_infinitive_as_a_report():
    text = "Officials familiar with the plans said Port Calloway expected to borrow $300 million next year."
    assert [s for s, _, _ in speakers(text)] == ["Officials familiar with the plans"]


def test_it_gives_no_source_to_an_apposition_describing_a_named_place():
    text = "At Northgate Secondary, a school of 900 pupils, the head teacher, Marit Solberg, said she was tired."
    assert [s for s, _, _ in speakers(text)] == [None]


def test_it_resolves_the_group_to_the_organisation_named_in_the_sentence():
    text = (
        "The National Disaster Management Agency said 41,000 people were in shelters. "
        "One in three of the centres visited by the Red Crescent had no toilets, the group said."
    )
    assert [s for s, _, _ in speakers(text)][-1] == "Red Crescent"


def test_it_takes_the_actor_of_a_demand_or_offer_past_a_relative_clause():
    text = (
        "The union, whose branch is known as Local 509, is demanding a 9% pay rise. "
        "The Kellhaven Stevedoring Employers' Association has offered 4.5%."
    )
    assert [s for s, _, _ in speakers(text)] == ["union", "Kellhaven Stevedoring Employers' Association"]


def dated_statements(text: str) -> list[str | None]:
    return [m.speaker for m in extract(text, published=date(2025, 3, 14)) if m.value is None]


def test_it_suggests_a_dated_report_of_a_fact_without_a_figure():
    text = "Halvorsen Chemicals said in a statement on March 12 that a valve failure had allowed water to escape."
    assert dated_statements(text) == ["Halvorsen Chemicals"]


def test_it_suggests_no_report_without_a_figure_dated_only_by_its_weekday():
    # "on Thursday" dates the report, the news peg of nearly every reporting sentence: no claim of its own
    text = "Halvorsen Chemicals said in a statement on Thursday that a valve failure had allowed water to escape."
    assert dated_statements(text) == []


def test_it_suggests_no_dated_report_of_a_plan_or_a_possibility():
    text = (
        "The agriculture minister, Bettina Lornsdal, told parliament on Thursday that the figure could be increased. "
        'The environment minister, Callum Redfern, said on Friday the agency would seek "the maximum penalty".'
    )
    assert dated_statements(text) == []


def test_it_suggests_nothing_for_a_date_in_a_relative_clause_about_the_speaker():
    text = '"We have never seen this," said Helene Marchetti, the agency\'s envoy, who arrived in Kessala last week.'
    assert dated_statements(text) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Forces had fired on its positions 870 times in September.", ("870", "times")),
        ("The mine had been fined at least four times since 2022, inspectors said.", ("4", "times")),
    ],
)
def test_it_counts_how_often_something_happened(sentence, expected):
    found = [(f"{m.value.normalize():f}", m.unit) for m in extract(sentence) if m.value is not None]
    assert expected in found


def test_it_reads_a_multiplier_as_times_and_an_age_band_as_no_count():
    text = (
        "Nitrate was three times the safe limit. About 400 people lost work.\n\n"
        "Almost a quarter of 16- to 24-year-olds who are looking for work are now unemployed, the office said."
    )
    found = [(f"{m.value.normalize():f}", m.unit) for m in extract(text) if m.value is not None]
    assert found == [("3", "times"), ("400", "people"), ("25", "percent")]


def test_it_gives_a_document_to_the_body_whose_document_it_is():
    text = (
        "The Ministry of Agriculture cut its harvest forecast. "
        "The ministry's bulletin said the country would need to import up to 900,000 tonnes of wheat."
    )
    assert [s for s, _, _ in speakers(text)] == ["The Ministry of Agriculture"]


def test_it_reads_a_base_form_cue_after_a_plural_head_with_a_post_modifier_as_a_verb():
    # "the council say" alone looks like a noun ("the final say"); the head of the subject is "People"
    text = "People close to the council say about 40 of the jobs will be part-time."
    assert [s for s, _, _ in speakers(text)] == ["People close to the council"]


def test_it_does_not_read_a_participle_after_its_noun_as_a_reporting_verb():
    text = (
        "The ministry said 1,130 patients were in hospital, and that the number of new cases "
        "reported each week had risen 60% since October."
    )
    assert [s for s, _, _ in speakers(text)] == ["ministry", "ministry"]


def test_it_gives_a_forecast_joined_to_a_closing_report_to_that_report():
    text = (
        "Around 1.3 million households have variable rates, the finance ministry said, "
        "and the average borrower would save about 1,200 crowns a year."
    )
    assert [s for s, _, _ in speakers(text)] == ["finance ministry", "finance ministry"]
    narrated = "At least 31 miners were killed, officials said, and rescuers were racing to reach 17 men."
    assert [s for s, _, _ in speakers(narrated)] == ["officials", None]


@pytest.mark.parametrize(
    "text",
    [
        "Every project was ranked by risk, he said, and 85 per cent of the money went to sites rated high risk.",
        "Fourteen stations set records, the institute said, and temperatures in the capital did not fall below 29C.",
        "One in four residents is over 65, the results showed, while the median age rose to 44.1 years.",
    ],
)
def test_it_gives_a_figure_or_a_change_that_opens_a_clause_joined_to_a_closing_report_to_that_report(text):
    found = speakers("Finance Minister Lukas Brandt spoke on Monday. " + text)
    assert found[-1][0] is not None and found[-1][0] == found[0][0]


def test_it_gives_a_coordinated_cue_the_subject_of_the_first_verb():
    text = "The club sold 33,400 season tickets this year, and says it expects to earn 9 million pounds a season."
    assert [s for s, _, _ in speakers(text)] == ["club", "club"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Yields dropped 21 basis points on Friday.", [("21", "basis points")]),
        ("The river was flowing at 1.9 cubic metres a second.", [("1.9", "cubic metres a second")]),
        ("The fire burned 40 square kilometres of forest.", [("40", "square kilometres")]),
        ("The limit had fallen to 112 km/h on the motorway.", [("112", "km/h")]),
        ("Cars passed at 70 mph.", [("70", "mph")]),
        ("Ninety-two members of parliament have signed the bill.", [("92", "members of parliament")]),
    ],
)
def test_it_reads_a_unit_of_more_than_one_word(sentence, expected):
    assert [(f"{f.value.normalize():f}", f.unit) for f in find_figures(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pupils at Kestle passed, against one in twenty at Marsh Lane.", [("5", "percent")]),
        ("The water would need treatment costing several million shillings.", [("3000000", "shillings")]),
        ("Of the 12 who replied, seven said the rise was about right.", []),
        # the 23 is the poll's size, no claim (ingest_labelling.md, session 21)
        ("Of the 23 economists polled, only four forecast a half-point move.", []),
    ],
)
def test_it_reads_shares_and_vague_amounts_and_no_verb_as_a_unit(sentence, expected):
    assert [(f"{f.value.normalize():f}", f.unit) for f in find_figures(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At least 23 people died and dozens more were missing.", [("23", "people"), ("24", "people")]),
        ("The company fixed 2,300 leaks but hundreds more were reported.", [("2300", "leaks"), ("200", "leaks")]),
        ("The survey found 41 packs, nine more than in the previous count.", [("41", "packs"), ("9", "packs")]),
        ("Of 160 shops on the route, a dozen have closed.", [("160", "shops"), ("12", "shops")]),
        ("The number of appeals had already reached several hundred.", [("300", "appeals")]),
        ("Two more were injured.", []),  # nothing counted before: no unit to go on from
        (
            "We have 41 teams in the city, and I have asked for another 20 from the south.",
            [("41", "teams"), ("20", "teams")],
        ),
        (
            "Some 2,000 police were deployed, with several hundred more held back.",
            [("2000", "police"), ("300", "police")],
        ),
    ],
)
def test_it_gives_a_count_with_its_noun_left_out_the_unit_the_sentence_counted(sentence, expected):
    assert [(f"{f.value.normalize():f}", f.unit) for f in find_figures(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The number of people seriously injured fell to 5,310.", ("5310", "people")),
        ("The real number of sheep killed was closer to 3,000.", ("3000", "sheep")),
        ("It put the number of jobs at risk at between 4,000 and 9,000.", ("4000", "jobs")),
        ("Calls to the advice line reached 800 on Monday alone.", ("800", "calls")),
    ],
)
def test_it_takes_the_unit_from_the_noun_a_bare_figure_counts(sentence, expected):
    (figure,) = find_figures(sentence)
    assert (f"{figure.value.normalize():f}", figure.unit) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mains bursts: 2,460 in the year, the highest in a decade", ("2460", "bursts")),
        ("Households on the list: 148,300", ("148300", "households")),
        ("New social homes completed: about 6,150", ("6150", "homes")),
        ("Assaults on staff rose to 214 in the year to August.", ("214", "assaults")),
        ("Arrivals at Sesta airport reached 2.3 million, the operator said.", ("2300000", "arrivals")),
        ("It said its backlog of undecided cases had grown to 48,000.", ("48000", "cases")),
    ],
)
def test_it_takes_the_unit_from_a_label_or_the_subject_of_a_change(sentence, expected):
    (figure,) = find_figures(sentence, "About 400 prisoners were moved.")
    assert (f"{figure.value.normalize():f}", figure.unit) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It shipped 300,000 doses on Monday and could deliver a further 200,000 by December.", ("200000", "doses")),
        (
            "The port handles 1.1 million containers a year and has room for about 300,000 more.",
            ("300000", "containers"),
        ),
        ("The survey costs 340,000 crowns a year and the government pays 40,000 of it.", ("40000", "crowns")),
        ("The prison had 188 officers in post against a required 260, the report says.", ("260", "officers")),
        ("Over the same period 287 officers left the force, so it grew by only 25.", ("25", "officers")),
        ("A poll had forecast passenger numbers of about 17.9 million.", ("17900000", "passengers")),
    ],
)
def test_a_bare_figure_counts_what_the_sentence_counted_before(sentence, expected):
    *_, figure = find_figures(sentence, "About 400 workers were there.")
    assert (f"{figure.value.normalize():f}", figure.unit) == expected


def test_a_group_noun_keeps_a_bare_figure_from_the_unit_counted_before():
    *_, figure = find_figures(
        "There are three sites where this first tranche of about 3,000 are being trained.", "Troops arrived. "
    )
    assert (figure.value, figure.unit) == (Decimal(3000), "troops")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"An increase of 40 lepta does not even cover the rise in food prices," the unions said.', ("40", "lepta")),
        ("The government had offered 300 million vess towards a switch to a new furnace.", ("300000000", "vess")),
        ("Doctors said the real death toll was likely higher than 19 because some died at home.", ("19", "deaths")),
        (
            "One in four patients waited more than six hours, and 1,140 spent longer than 12 hours.",
            ("1140", "patients"),
        ),
    ],
)
def test_a_verb_after_a_figure_is_not_its_unit(sentence, expected):
    *_, figure = find_figures(sentence, "Many patients and children came. ")
    assert (f"{figure.value.normalize():f}", figure.unit) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('He said his members had paused "well over a hundred" projects.', ("100", "projects")),
        ('It said Ostrevy had stationed "several thousand" troops near the border.', ("3000", "troops")),
        ('One doctor put the number of such deaths at "at least a dozen".', ("12", "deaths")),
    ],
)
def test_a_quoted_word_quantity_counts_the_noun_after_or_before_the_quotation(sentence, expected):
    (figure,) = find_figures(sentence)
    assert (f"{figure.value.normalize():f}", figure.unit) == expected


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("About 40 per cent of prisoners spent 22 hours or more a day locked in their cells.", True),
        ("She said she had worked 12 extra hours a week since the attack.", True),
        ("Polling staff reported queues of up to 90 minutes at midday.", True),
        ("Clinics are open more than two days a week.", False),
        ("The trains will run four nights a week.", False),
        ("I am too old to wait five years for an apple.", False),
    ],
)
def test_time_people_spend_as_a_rate_or_a_queue_is_a_statistic(sentence, found):
    assert any(f.unit in ("hours", "minutes") for f in find_figures(sentence)) is found


@pytest.mark.parametrize(
    "sentence",
    [
        '"Cutting the last four stops would save money," the group leader said.',
        "The remaining three routes will run every night.",
        "Homicides fell across the region's eight largest cities.",
        "The budget was cut, according to two diplomats who attended.",
    ],
)
def test_a_small_count_that_refers_or_names_the_sources_is_not_a_claim(sentence):
    assert [f for f in find_figures(sentence) if f.unit not in ("percent",)] == []


def test_a_contraction_is_not_a_possessive_before_a_count():
    assert [f.unit for f in find_figures("There's three sites that we assess right now.")] == ["sites"]


def test_a_sentence_that_only_gives_the_earlier_value_revises_the_figure_before():
    text = (
        "The utility lost 118 million litres a day last year, the regulator said. "
        "That is up from 96 million litres two years earlier."
    )
    (mention,) = extract(text)
    assert (mention.value, mention.previous_value) == (Decimal("118000000.0000"), Decimal("96000000.0000"))


def test_the_value_replaced_may_follow_a_period_that_ends_in_a_month():
    (figure,) = find_figures("Assaults on staff rose to 214 in the year to August, from 131 the year before.")
    assert (figure.value, figure.unit, figure.previous_value) == (Decimal(214), "assaults", Decimal(131))


def test_from_a_count_of_something_else_is_where_they_came_from_not_a_change():
    figures = find_figures("The fire service says 420 firefighters from 11 districts are working the fire.")
    assert [(f.value, f.unit, f.previous_value) for f in figures] == [
        (Decimal(420), "firefighters", None),
        (Decimal(11), "districts", None),
    ]
    (speed,) = find_figures("The average speed had fallen to 112 km/h from 118 km/h.")
    assert speed.previous_value == Decimal(118)


@pytest.mark.parametrize(
    "sentence",
    [
        "People familiar with the talks said Ardent had asked for at least 650 million.",
        "Thirty-eight million is a lot.",
    ],
)
def test_a_bare_figure_in_millions_counts_what_the_article_last_counted_in_millions(sentence):
    known = {Decimal(1500): "jobs", Decimal(300000000): "vess", Decimal(80): "workers"}
    (figure,) = find_figures(sentence, "", known)
    assert figure.unit == "vess"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We have 6 paid staff and about 1,100 trained volunteers.", ("6", "staff", None)),
        ("Their association represents relatives of 27 of the dead.", ("27", "dead", None)),
        ("Sundry Line has cut its daily crossings to 8 from 14.", ("8", "crossings", "14")),
        ("Tuition fees rose to 4,800 ren a year in 2025 from 3,100 ren.", ("4800", "ren", "3100")),
    ],
)
def test_it_reads_the_unit_of_a_paid_count_a_casualty_share_and_a_cut_object(sentence, expected):
    figure = find_figures(sentence, "Fees rose. ", paragraph_unit="percent")[0]
    previous = f"{figure.previous_value.normalize():f}" if figure.previous_value is not None else None
    assert (f"{figure.value.normalize():f}", figure.unit, previous) == expected


def test_last_year_s_figure_in_the_next_sentence_is_the_value_replaced():
    text = (
        "We recorded 418 strandings of whales on the coast between January and September, the trust said. "
        "Last year the figure for the whole year was 302."
    )
    (mention,) = extract(text)
    assert (mention.value, mention.unit, mention.previous_value) == (
        Decimal("418.0000"),
        "strandings",
        Decimal("302.0000"),
    )


def test_a_live_page_s_follower_count_is_furniture():
    text = "The fire has burned 2,000 hectares, the fire service said.\nOur live coverage has ended. "
    text += "1,204 people were following this page."
    assert clean(text) == "The fire has burned 2,000 hectares, the fire service said."


def test_by_a_change_to_a_level_is_two_figures_not_a_range():
    change, level = find_figures("Joblessness rose by 118,000 to 1.94 million.", "Many people lost work. ")
    assert (change.value, level.value, level.unit, change.qualifier) == (
        Decimal(118000),
        Decimal(1940000),
        change.unit,
        "exact",
    )
    (cut,) = find_figures("I expect the cap to come down by 5 to 8 per cent.")
    assert (cut.lower, cut.upper, cut.qualifier) == (Decimal(5), Decimal(8), "range")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It was considering closing as many as 25 of its roughly 410 stores.", ("25", "stores")),
        ("It would open a new 200-place unit at the prison next year.", ("200", "places")),
    ],
)
def test_a_share_of_an_approximate_whole_and_a_hyphenated_capacity_take_its_noun(sentence, expected):
    figure = find_figures(sentence, "Officers and people came. ")[0]
    assert (f"{figure.value.normalize():f}", figure.unit) == expected


def test_the_respondents_of_a_survey_named_by_their_noun_are_no_claim():
    sentence = "Of the 402 prisoners who responded to the survey, 61 per cent said they felt unsafe."
    assert [f.unit for f in find_figures(sentence)] == ["percent"]


@pytest.mark.parametrize(
    "second",
    [
        "Opposition lawmakers say the figure is misleading.",
        "The finance department said it did not recognise that figure.",
        "Union leaders say that figure hides a fall in shortage subjects.",
    ],
)
def test_a_report_that_the_figure_before_is_wrong_disputes_it(second):
    text = f"The government says it has spent 38 million ambras on reception this year. {second}"
    mentions = extract(text)
    assert [(m.value, m.stance) for m in mentions] == [
        (Decimal("38000000.0000"), "asserts"),
        (Decimal("38000000.0000"), "disputes"),
    ]


def test_or_more_before_the_noun_and_a_compared_number_word_take_the_unit():
    (cases,) = find_figures("Several said they were each carrying 40 or more open cases.")
    assert (cases.value, cases.unit) == (Decimal(40), "cases")
    *_, normal = find_figures("We will get perhaps two tonnes a hectare, against eight in a normal year.")
    assert (normal.value, normal.unit) == (Decimal(8), "tonnes")
    assert find_figures("The share of pupils passing five or more exams fell.") == []


def test_ones_is_not_a_unit():
    figures = find_figures("We can start perhaps 350 new ones next year.", paragraph_unit="projects")
    assert [f.unit for f in figures] == ["projects"]


def test_a_level_that_changed_is_not_what_the_figure_counts():
    (figure,) = find_figures("Levels had fallen to 190 by Saturday morning.", paragraph_unit="micrograms")
    assert figure.unit == "micrograms"


def test_it_drops_notes_to_editors():
    text = "The prison holds 1,312 men, the inspector said in a report on Tuesday.\n"
    text += "Notes to editors: 1. The report is online."
    assert clean(text) == "The prison holds 1,312 men, the inspector said in a report on Tuesday."


def test_it_reads_closer_to_as_approximate():
    (figure,) = find_figures("The real number was closer to 3,000 sheep.")
    assert figure.qualifier == "approximately"


def test_it_takes_who_gave_a_survey_of_a_sample_of_several_words_as_its_source():
    text = "A survey of 160 shops and cafes by the Selvik Traders' Association found that a third had closed."
    assert [s for s, _, _ in speakers(text)] == ["Selvik Traders' Association"]  # the sample is no claim (issue 16)


def test_it_reads_and_a_half_before_a_scale():
    (figure,) = find_figures("Four and a half million dollars will not even pay for the insecticide.")
    assert (figure.value, figure.unit) == (Decimal(4500000), "dollars")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The outbreak forced schools in two provinces to close.", []),
        ("The survey was carried out with two universities.", []),
        ("The committee voted for the cut, with three members preferring a smaller move.", []),
        ("The club spent heavily, bringing in five players.", [("5", "players")]),
        ("Trainers worked at five bases.", [("5", "bases")]),
        ("Rescuers searched in 40 villages.", [("40", "villages")]),
    ],
)
def test_it_takes_no_small_count_in_words_that_sets_the_scene_for_a_claim(sentence, expected):
    assert [(f"{f.value.normalize():f}", f.unit) for f in find_figures(sentence)] == expected


def test_it_resolves_she_to_a_person_named_after_an_anonymous_source_spoke():
    text = (
        "A senior official at the ministry said at least three universities were close to a deficit.\n\n"
        'Education Minister Karin Sollen defended the policy. "Each student cost us 4,000 florins a year," '
        "she said in a radio interview."
    )
    assert [s for s, _, _ in speakers(text)] == ["A senior official at the ministry", "Karin Sollen"]


def test_it_reads_compared_with_as_a_value_replaced_only_with_an_earlier_period():
    figures = find_figures("Our side scored 40 points, compared with 30 for theirs.")
    assert [(f.value, f.previous_value) for f in figures] == [(40, None), (30, None)]


def test_it_counts_a_share_of_a_whole_counted_before_in_the_whole_s_unit():
    text = (
        "Harbourline Bank said data on 3.4 million customers had been taken. "
        "Former customers made up fewer than 300,000 of the 3.4 million."
    )
    found = [(f"{m.value.normalize():f}", m.unit) for m in extract(text) if m.value is not None]
    assert ("300000", "customers") in found
    assert ("3400000", "million") not in found


def test_it_reads_a_bare_fraction_after_a_comparison_as_a_share():
    figures = find_figures("Fees make up 14 per cent of income, and more than a quarter at smaller institutions.")
    assert [(f"{f.value.normalize():f}", f.unit, str(f.qualifier)) for f in figures] == [
        ("14", "percent", "exact"),
        ("25", "percent", "at_least"),
    ]


def test_it_gives_a_comparison_set_off_by_a_comma_the_unit_of_the_clause_s_first_count():
    sentence = "A total of 4,812 pupils sat exams at 23 schools, the board said, about 150 more than last year."
    assert [(f"{f.value.normalize():f}", f.unit) for f in find_figures(sentence)] == [
        ("4812", "pupils"),
        ("23", "schools"),
        ("150", "pupils"),
    ]


def test_it_gives_a_figure_in_a_relative_clause_of_the_source_s_own_act_to_the_source():
    text = "The unions, which had demanded 11 lira an hour, said the rise was too small."
    assert [s for s, _, _ in speakers(text)] == ["unions"]
    background = "Conor Madden of the union, which represents about 3,500 doctors, said pay was low."
    assert [s for s, _, _ in speakers(background)] == [None]


def test_it_gives_no_speaker_to_a_figure_in_a_where_clause_about_the_speaker():
    text = '"We missed by a mark," said Ruth Adebayo, head of Ferncliffe Academy, where 112 pupils took the exam.'
    assert [s for s, _, _ in speakers(text)] == [None]


def test_it_gives_its_own_survey_to_the_body_it_refers_to():
    text = (
        "The Farmers' Association says the official figures are too low. "
        "Its own survey of members suggested that the real number of sheep killed was closer to 3,000."
    )
    assert [s for s, _, _ in speakers(text)] == ["Farmers' Association"]


def test_it_takes_a_document_with_a_participle_in_apposition_as_the_source():
    text = "The survey, carried out by the wildlife service with two universities, found 41 packs."
    # the document is the source, and speaks for the body that made it (tests/ingest_labelling.md, blind20)
    assert [s for s, _, _ in speakers(text)] == ["wildlife service"]


def test_it_takes_the_source_of_a_figure_the_object_of_puts_at_and_of_figures_from():
    text = (
        "Enrolment fell by almost a fifth, according to figures from the national admissions service, "
        "leaving a shortfall that the sector puts at 310 million florins."
    )
    assert [s for s, _, _ in speakers(text)] == ["national admissions service", "sector"]


def test_it_gives_the_figure_given_before_its_unit_when_a_verb_follows_it():
    text = (
        "The ministry said 73,000 people found jobs through the scheme. "
        "The 73,000 includes people who would have found work anyway, analysts said."
    )
    assert [(m.value, m.unit) for m in extract(text) if m.value is not None] == [(73000, "people"), (73000, "people")]


def test_the_evaluator_matches_currencies_and_a_bounded_gold_on_its_lower_bound(tmp_path):
    (tmp_path / "01_a.txt").write_text("Officials said hundreds of homes were lost and repairs cost $4 million.\n")
    (tmp_path / "01_a.toml").write_text(
        "published = 2025-03-14\n"
        '[[claims]]\nvalue = "100"\nlower = "100"\nqualifier = "at_least"\nunit = "homes"\n'
        'speaker = "officials"\nquote = "hundreds of homes"\ncategory = "word_quantity"\n'
        '[[claims]]\nvalue = "4000000"\nunit = "USD"\nspeaker = "officials"\nquote = "$4 million"\n'
    )
    assert score_by_category(tmp_path)["all"].matched == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive and an organisation noun, then a verb with its that-clause
        ("Minister Anna Berg spoke on Monday. His ministry estimates that free entry would cost 30 million kronar.",
         ["ministry"]),
        # the subject of the sentence's first verb makes the act coordinated with it
        ("President Hadi Kusuma flew over the province on Sunday and promised $45 million in aid.", ["Hadi Kusuma"]),
        # "by her calculation" attributes like "according to her"
        ("Miriam Castell, a statistician, reviewed the data. By her calculation, the reduction was 2.1 points.",
         ["Miriam Castell"]),
        # "put X's party at", and "its final survey" is the body's
        ("The Halden Institute has polled since 1990. Its final survey put Velic's party at 35%.",
         ["The Halden Institute"]),
    ],
)  # fmt: skip
def test_it_finds_the_source_of_a_possessed_subject_a_coordinated_act_and_a_calculation(text, expected):
    assert [s for s, _, _ in speakers(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Halden Institute published a poll. Under the institute's projection, Civic Forward would win 88 seats.",
         ["The Halden Institute"]),
        ("By the agency's count, 40 people died.", ["agency"]),
        ("In its latest forecast, the bank expects 2% growth.", ["bank"]),
    ],
)  # fmt: skip
def test_it_reads_by_or_under_a_source_s_estimate_as_an_attribution(text, expected):
    assert [s for s, _, _ in speakers(text)] == expected


def test_it_does_not_reach_back_past_and_for_the_source_of_a_new_clause():
    text = "Tens of thousands of people filled in the form online, and officials said it had saved 6 million euros."
    assert [s for s, _, _ in speakers(text)] == [None, "officials"]


def test_it_takes_the_body_whose_statistic_opens_the_sentence_as_its_source():
    text = "The National Statistics Office counted 5 million people. The office's published response rate was 91%."
    assert [s for s, _, _ in speakers(text)][1] == "The National Statistics Office"
    assert [s for s, _, _ in speakers("The country's unemployment rate was 5%.")] == [None]


def test_it_gives_a_change_in_a_statistic_to_the_body_that_reported_the_sentence_before():
    text = (
        "Road deaths fell 6 per cent to 412 last year, the National Roads Agency said. "
        "The number of people seriously injured fell by 4 per cent to 5,310."
    )
    assert [s for s, _, _ in speakers(text)] == ["National Roads Agency"] * 4
    stated = "Road deaths fell 6 per cent, the National Roads Agency said. Revenue was 3.1 billion escudos."
    assert [s for s, _, _ in speakers(stated)] == ["National Roads Agency", None]  # a state, not a change
    person = "Road deaths fell 6 per cent, Anna Berg said. Injuries fell by 4 per cent."
    assert [s for s, _, _ in speakers(person)] == ["Anna Berg", None]  # a person's account is not carried on


def test_it_resolves_she_to_the_name_in_apposition_with_the_opening_subject():
    text = (
        "The club's finance director at the time, Colette Imbert, left in 2024. Speaking publicly for the "
        'first time, she said: "We were spending about 1.5 million pounds a month more than we earned."'
    )
    assert [s for s, _, _ in speakers(text)] == ["Colette Imbert"]


def test_it_runs_a_body_s_statistics_on_from_a_sentence_where_it_acted_on_a_figure():
    text = (
        "The bureau also revised its August figure up to 241,000 from 233,000. "
        "Building permits dropped 9.2% to 198,500. The operating margin narrowed to 2.2 per cent."
    )
    assert [s for s, _, _ in speakers(text)] == ["bureau"] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 2019 report by the state audit office found that 46 of the embankments were in poor condition.",
         ["state audit office"]),
        ("The report, based on an unannounced inspection in September, found that 63 per cent of cells were full.",
         ["report"]),
    ],
)  # fmt: skip
def test_it_takes_a_dated_document_s_author_or_a_document_with_a_participle_apposition_as_the_source(text, expected):
    assert [s for s, _, _ in speakers(text)] == expected


def test_it_does_not_invert_a_report_whose_subject_is_a_name_in_apposition():
    text = "Its president, Urs Kalbermatt, said the season at lower resorts had shortened by an average of 19 days."
    assert [s for s, _, _ in speakers(text)] == ["Urs Kalbermatt"]


def test_it_takes_no_participle_phrase_in_apposition_for_the_source():
    text = 'Gunnar Fisk, representing Brennik, told the court the overcharge was "closer to 8 million crowns".'
    assert [s for s, _, _ in speakers(text)] == ["Gunnar Fisk"]


def test_it_resolves_he_to_the_person_named_by_the_role_that_opens_the_sentence():
    text = (
        "Judge Arvid Holmquist said the firms had run a cartel. Gunnar Fisk, for the firms, told the court the "
        'overcharge was 8 million crowns. The judge sided with the authority. "They set the rent within 50 crowns '
        'of each other," he said.'
    )
    assert [s for s, _, _ in speakers(text)] == ["Gunnar Fisk", "Arvid Holmquist"]


@pytest.mark.parametrize(
    "text",
    [
        "Surveys by the Orlandian Institute suggest that hesitancy is part of the problem. In a poll published in "
        "June, 22% of those whose children were not vaccinated said they had been unable to get an appointment, "
        "while 31% said they had concerns.",
        "Surveys by the Orlandian Institute suggest that hesitancy is part of the problem. In a survey carried out "
        "in June, 71 per cent of the 402 parents who responded said they had felt unsafe at some point.",
    ],
)
def test_it_gives_a_share_with_a_relative_clause_that_reports_to_the_source_the_article_was_citing(text):
    assert {s for s, _, _ in speakers(text)} == {"Orlandian Institute"}


def test_it_reads_one_in_eleven_as_a_share():
    [figure] = find_figures("About one in eleven drivers failed the test.")
    assert (figure.value, figure.unit) == (Decimal("9.1"), "percent")


def test_it_keeps_a_speed_written_with_an_hour():
    [figure] = find_figures("Winds reached 130 kilometres an hour on the ridge.")
    assert figure.unit == "kilometres an hour"


def test_it_keeps_an_unpunctuated_list_its_lead_in_runs_into():
    text = clean_text(
        "The depot flooded on Monday.\n\nAccording to the operator:\n- About 40 buses were damaged\n"
        "- Repairs will take six weeks\n"
    )
    assert "About 40 buses were damaged" in text


def test_it_keeps_a_list_of_reported_clauses_without_full_stops():
    text = clean_text(
        "What changes?\n\n- Fares rise by 5 per cent in May, the operator says\n"
        "- About 300 drivers will be hired, the union says\n"
    )
    assert "About 300 drivers will be hired" in text


def test_it_counts_a_plural_subject_that_will_fall_to_a_level():
    found = find_figures("Night buses on the harbour line will fall to 26 from 40.")
    assert [(f.value, f.unit, f.previous_value) for f in found] == [(Decimal("26"), "buses", Decimal("40"))]


def test_it_counts_a_plural_subject_with_a_modifier_that_rose_to_a_level():
    found = find_figures("Objections about parking rose to 1,310 last year from 870 the year before.")
    assert [(f.value, f.unit, f.previous_value) for f in found] == [(Decimal("1310"), "objections", Decimal("870"))]


def test_it_does_not_count_levels_as_what_a_level_measures():
    found = find_figures("Levels had fallen to 190 by noon.", "Ozone reached 240 micrograms per cubic metre. ")
    assert all(f.unit != "levels" for f in found)
