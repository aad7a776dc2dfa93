"""
A fact-check page (tests/ingest_labelling.md, "Settled in session 30"): the claims it checks are their claimants', a
source's figure it checks against is that source's, and its own findings (what it faults, what it calculates or
infers, what it says in its first person or in its verdict) are the outlet's, by its masthead name.
"""

from decimal import Decimal

from ingest.extraction import Mention, clean_text, extract

OUTLET = "The Halden Post"


def _said(mentions: list[Mention], value: str) -> Mention:
    return next(m for m in mentions if m.value == Decimal(value))


def test_it_gives_an_unlabelled_claim_line_to_the_one_the_introduction_names():
    text = (
        "The transport minister, Oda Varnes, told parliament on Monday that buses had never been cheaper. We checked "
        "two of her claims against the official figures.\n\n"
        'CLAIM: "Bus fares have fallen 10 per cent this year."\n\n'
        "VERDICT: False. The Statistics Office says fares rose 3 per cent in the year to June.\n\n"
        'CLAIM: "We have opened 40 new routes since the election."\n\n'
        "VERDICT: Mostly true. The Bus Authority lists 37 routes opened since then."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "10").speaker == "Oda Varnes"
    assert _said(found, "40").speaker == "Oda Varnes"
    assert _said(found, "3").speaker == "Statistics Office"
    assert _said(found, "37").speaker != OUTLET  # the source the verdict checks against, not the desk


def test_it_keeps_a_claimant_in_brackets_after_the_words_quoted():
    raw = (
        "The Halden Post\n\n"
        "Fact check: what the leaflets say\n\n"
        "Voters in Eastgate go to the polls on Thursday, and leaflets from both parties have landed on every doormat "
        "in the ward.\n\n"
        '"Rents in Eastgate have risen 40 per cent since the last election." (Green Party)\n\n'
        "The council's own figures show rents rose 22 per cent over the period. Verdict: Exaggerated.\n"
    )
    found = extract(clean_text(raw), publisher=OUTLET)
    claim = _said(found, "40")
    assert claim.speaker == "Green Party"
    assert claim.quote.endswith("(Green Party)")


def test_it_gives_a_figure_the_desk_faults_to_the_outlet():
    text = (
        'CLAIM: "Crime in the city is up by 40 per cent." Ansel Brun, mayor, on Radio Halden.\n\n'
        "VERDICT: False.\n\n"
        "Recorded crime rose 6 per cent last year, the police figures show. The 40 per cent figure is wrong."
    )
    found = extract(text, publisher=OUTLET)
    faulted = [m for m in found if m.value == Decimal(40)][-1]
    assert (faulted.speaker, faulted.stance) == (OUTLET, "disputes")


def test_it_gives_the_desks_inference_after_a_source_to_the_outlet():
    text = (
        'CLAIM: "Only 1 per cent of farms are under the ban." Rolf Aske, farm minister.\n\n'
        "The ban covers some 5,000 holdings, according to the veterinary service. There are about 40,000 dairy farms, "
        "according to the national register, so roughly one in eight dairy farms is under the ban."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "40000").speaker == "national register"
    assert _said(found, "12.5").speaker == OUTLET


def test_it_carries_the_desks_own_calculation_through_its_paragraph():
    text = (
        'CLAIM: "We have raised farm support by 40 per cent." Rolf Aske, farm minister.\n\n'
        "The ministry's budget papers show support rose to 1.3 billion merrins in 2026 from 1.1 billion in 2023. The "
        "40 per cent figure is not supported by any budget we have seen. After adjusting for inflation, the rise is "
        "smaller still, at about 4 per cent."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "1300000000").speaker == "ministry"
    assert _said(found, "4").speaker == OUTLET


def test_it_gives_a_sentence_in_the_desks_first_person_to_the_outlet():
    text = (
        'CLAIM: "We have built 120 new pitches." Elin Morr, sports minister.\n\n'
        "The claim was repeated by the minister's office on Tuesday. Dozens of readers asked us to check it."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "24").speaker == OUTLET


def test_it_gives_a_verdict_lines_own_figure_to_the_outlet():
    text = (
        'CLAIM: "Only 12 libraries have closed." Edda Lund, culture minister.\n\n'
        "The libraries association says at least 40 have closed.\n\n"
        "VERDICT: Wrong. Counting closures of every kind, the total is at least 31."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "31").speaker == OUTLET


def test_it_reads_an_index_or_a_series_as_its_bodys_document():
    text = (
        "The Statistics Office publishes a rent index and a measure of pay. Its rent index shows rents rose 19 per "
        "cent between 2021 and 2026. Its earnings series shows pay rose 15 per cent over the same period."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "19").speaker == "The Statistics Office"
    assert _said(found, "15").speaker == "The Statistics Office"


def test_it_carries_a_bodys_tables_through_the_paragraph_that_reports_them():
    text = (
        "Harbour Ferries' fare tables show the 40 per cent rise is for a car and driver. A foot passenger's return "
        "fare rose by 18 per cent over the same period."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "40").speaker == "Harbour Ferries"
    assert _said(found, "18").speaker == "Harbour Ferries"
