"""
Mends to the session-30 fact-check reading (tests/ingest_labelling.md, "Settled in session 30"): a source's figure
a fact-check checks against is that source's, whatever line or sentence it stands in; a claim line's claimant is the
one it names, a body as well as a person; and the page form is read from the page's form, not one idiom.
"""

from decimal import Decimal

from ingest.extraction import Mention, clean_text, extract

OUTLET = "The Halden Post"
CHECKED = (
    "The transport minister, Oda Varnes, told parliament on Monday that buses had never been cheaper.\n\n"
    'CLAIM: "We have opened 40 new routes since the election."\n\n'
    "VERDICT: Mostly true.\n\n"
)


def _said(mentions: list[Mention], value: str) -> Mention:
    return next(m for m in mentions if m.value == Decimal(value))


def test_it_gives_a_claim_line_signed_by_a_body_to_that_body():
    text = (
        "The transport minister, Oda Varnes, and the Civic Alliance have both made claims about buses this week. We "
        "checked them.\n\n"
        'CLAIM: "Bus fares have fallen 10 per cent this year." Oda Varnes, transport minister.\n\n'
        "VERDICT: False. The Statistics Office says fares rose 3 per cent in the year to June.\n\n"
        'CLAIM: "A third of rural routes have been cut since 2022." Civic Alliance leaflet.\n\n'
        "VERDICT: Exaggerated. The Bus Authority lists 14 per cent of rural routes withdrawn."
    )
    found = extract(text, publisher=OUTLET)
    third = next(m for m in found if "third" in m.quote and m.figure.startswith("A third"))
    assert third.speaker == "Civic Alliance"
    assert _said(found, "14").speaker != OUTLET


def test_it_leaves_a_sources_figure_to_the_source_though_it_reached_us():
    for sentence in (
        "Figures the Bus Authority sent us show 37 routes opened since then.",
        "The Bus Authority's register, which we have seen, lists 37 routes opened since then.",
    ):
        found = extract(CHECKED + sentence, publisher=OUTLET)
        assert _said(found, "37").speaker != OUTLET, sentence
    # the desk's own count, in its first person, stays the outlet's
    found = extract(CHECKED + "We counted 37 routes opened since then.", publisher=OUTLET)
    assert _said(found, "37").speaker == OUTLET


def test_it_gives_no_map_a_share_of_seats():
    text = (
        "The minister said the redrawn map was fair. The new boundaries give the Civic Party 36 per cent of the seats "
        "on 31 per cent of the vote."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "31").speaker != "new boundaries"


def test_it_gives_a_bracketed_claimant_by_name_alone():
    raw = (
        "The Halden Post\n\n"
        "Fact check: what the candidates say\n\n"
        "Voters go to the polls on Thursday, and both candidates have made claims about the hospital.\n\n"
        '"We have lost 40 per cent of our nurses in two years." (Dr Anna Berg, ward consultant)\n\n'
        "The health board's own figures show 12 per cent of nurses left. Verdict: Exaggerated.\n"
    )
    found = extract(clean_text(raw), publisher=OUTLET)
    assert _said(found, "40").speaker == "Anna Berg"


def test_it_reads_no_pull_quote_as_a_fact_check():
    raw = (
        "The Halden Post\n\n"
        "Hospital short of nurses as winter nears\n\n"
        "By Tom Lind\n\n"
        "The Western Hospital has struggled to fill its wards this year, staff say.\n\n"
        '"We have lost 40 per cent of our nurses in two years." (Dr Anna Berg, ward consultant)\n\n'
        "A figure of 45 is wrong.\n"
    )
    found = extract(clean_text(raw), publisher=OUTLET)
    assert _said(found, "45").speaker != OUTLET


def test_it_reads_no_review_as_a_fact_check_for_a_reality_check():
    text = (
        "The Skerry Line's new electric bike is a reality check for anyone who thinks cheap means bad. It costs "
        "1,200 crowns.\n\n"
        "The maker says the battery lasts 80 km. The 80 km figure is wrong.\n\n"
        "Verdict: A bargain with a short range, at 52 km a charge."
    )
    found = extract(text, publisher=OUTLET)
    assert _said(found, "52").speaker != OUTLET
