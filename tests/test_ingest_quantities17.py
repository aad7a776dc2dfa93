"""Quantity recall and precision of the extraction engine (issue 17, seventeenth round): cleaning, word quantities."""

from ingest.cleaning import clean
from ingest.extraction import extract


def test_a_speaker_label_alone_on_its_line_above_the_turn_is_kept():
    raw = (
        "Minister apologises for backlog\n\n"
        "The housing minister, Ruth Achterhof, answered questions in the Assembly on Tuesday about the claims.\n\n"
        "RUTH ACHTERHOF, Minister for Housing:\n"
        '"At the end of September there were 68,400 claims waiting to be decided."\n\n'
        "IMKE VARGAS-HOLT (Independent):\n"
        '"The new system cost 212 million guilders, against a budget of 130 million. Is that right?"\n'
    )
    paragraphs = clean(raw).split("\n\n")
    assert "RUTH ACHTERHOF, Minister for Housing:" in paragraphs
    assert "IMKE VARGAS-HOLT (Independent):" in paragraphs
    assert "Minister apologises for backlog" not in paragraphs


def test_the_labels_bring_the_turns_speakers():
    raw = (
        "The housing minister, Ruth Achterhof, answered questions in the Assembly on Tuesday about the claims.\n\n"
        "RUTH ACHTERHOF, Minister for Housing:\n"
        '"At the end of September there were 68,400 claims waiting to be decided."\n\n'
        "IMKE VARGAS-HOLT (Independent):\n"
        '"The department said the new system cost 212 million guilders. Is that right?"\n\n'
        "RUTH ACHTERHOF:\n"
        '"The build cost was 158 million guilders. I do not pretend that is a good result."\n'
    )
    found = {m.value: m.speaker for m in extract(clean(raw))}
    assert found[68400] == "Ruth Achterhof"
    assert found[212000000] == "Imke Vargas-Holt"


def test_a_furniture_heading_in_capitals_is_no_speaker_label():
    raw = (
        "The council said on Monday that 412 households had been moved out of the flooded streets overnight.\n\n"
        "READ MORE:\n"
        "Why the river keeps flooding the old town, and what the council says it will do about it.\n\n"
        "RELATED: The 12 towns that flooded last winter\n"
    )
    text = clean(raw)
    assert "READ MORE" not in text and "RELATED" not in text


def test_a_short_labelled_turn_is_kept_in_a_transcript_only():
    turns = (
        "CHAIR (MAREN TOLLEFSEN): Dr Brodrick, your authority said the reservoir would not fall below half.\n\n"
        "BRODRICK: Thank you, Chair. Let me give the committee the numbers first, because there has been guessing.\n\n"
        "IBSEN: Your own drought plan says restrictions start when the reservoir falls below 45 per cent of it.\n\n"
        "CHAIR: Ms Quist.\n\n"
        "LIV QUIST (Green): The institute says this was the driest summer since records began in the country.\n"
    )
    assert "CHAIR: Ms Quist." in clean(turns).split("\n\n")
    lone = "The council said on Monday that 412 households had been moved out overnight.\n\nUPDATE: More soon.\n"
    assert "UPDATE: More soon." not in clean(lone)


def test_one_thing_a_deed_is_done_to_is_a_count_of_it():
    found = extract("The inspectorate had issued one improvement notice, in September.")
    assert [(m.value, m.unit) for m in found] == [(1, "improvement notice")]
    assert [(m.value, m.unit) for m in extract("The smelter said it had already idled one potline.")] == [
        (1, "potline")
    ]


def test_one_as_a_source_a_ratio_or_a_sequence_is_no_count():
    for sentence in (
        "The police quoted one resident as saying the water rose fast.",
        "Our members have had one real pay cut after another.",
        "The masts had to be restarted one by one.",
        "The camp has opened one latrine for every 70 people.",
        "The strike lasted one day, organisers said.",
    ):
        assert [m.value for m in extract(sentence)] in ([], [70]), sentence


def test_a_count_of_things_listed_counts_the_whole_list():
    assert [m.unit for m in extract("About 260 firefighters, soldiers and volunteers are at the site.")] == [
        "firefighters, soldiers and volunteers"
    ]
    assert [m.unit for m in extract("Dozens of dead herons and ducks have also been found.")] == ["herons and ducks"]


def test_a_verb_or_a_second_figure_after_and_ends_the_noun():
    assert [(m.value, m.unit) for m in extract("Wolves killed 1,870 sheep and 64 cattle last year.")] == [
        (1870, "sheep"),
        (64, "cattle"),
    ]
    assert [m.unit for m in extract("The report runs to 46 pages and concludes that the toll is too high.")] == [
        "pages"
    ]


def test_a_vague_count_with_its_noun_left_out_counts_what_was_counted_before():
    found = extract("Last year she sold 900 jars of honey. This year she will be lucky to fill a few hundred.")
    assert [(m.value, m.unit, m.qualifier) for m in found] == [(900, "jars", "exact"), (300, "jars", "at_least")]
    found = extract("About 1,200 fishermen work at sea, and hundreds more work in processing plants along the coast.")
    assert [(m.value, m.unit) for m in found] == [(1200, "fishermen"), (200, "fishermen")]


def test_a_size_in_the_low_millions_is_no_count():
    found = extract("The repairs have cost 850,000 grenns, and the final bill is expected to be in the low millions.")
    assert [m.value for m in found] == [850000]


def test_a_range_written_with_one_scale_scales_both_bounds():
    found = extract("The lawyers put the cost at somewhere between 300 and 500 million lessars.")
    assert [(m.value, m.lower, m.upper, m.qualifier) for m in found] == [
        (300_000_000, 300_000_000, 500_000_000, "range")
    ]
    found = extract("Between 150 million and 190 million dessiks were lost, and 20 to 25 staff left.")
    assert [(m.lower, m.upper) for m in found] == [(150_000_000, 190_000_000), (20, 25)]


def test_a_games_tally_and_a_league_standing_are_no_claims():
    text = "The club is bottom of the Premier Division with 4 points from 16 games."
    assert extract(text) == []
    assert extract("Dunmore, who scored two tries in the final, could barely hear himself think.") == []
    assert extract("Their striker, the league's top scorer with 11 goals, is expected to attract bids.") == []


def test_a_players_record_over_a_season_and_a_fall_in_points_stay_claims():
    found = extract("Rovel scored 23 goals in 34 league matches last season.")
    assert [(m.value, m.unit) for m in found] == [(23, "goals"), (34, "matches")]
    assert [m.value for m in extract("Reading scores fell by 11 points on average.")] == [11]


def test_a_multiple_of_two_figures_given_is_no_figure_of_its_own():
    found = extract("The cost has risen to 612 million marks, more than double the 290 million budget approved.")
    assert [m.value for m in found] == [612_000_000, 290_000_000]


def test_a_multiple_of_something_not_given_stays_a_figure():
    found = extract("The bids came to 2,100 megawatts, nearly three times the capacity on offer.")
    assert [(m.value, m.unit) for m in found] == [(2100, "megawatts"), (3, "times")]
    found = extract("The price of flour doubled between 2021 and 2024.")
    assert [(m.value, m.unit) for m in found] == [(100, "percent")]


def test_a_count_corrected_with_not_and_a_number_word_counts_the_same_thing():
    found = extract("It failed one test, not two, and the test was repeated.")
    assert [(m.value, m.unit) for m in found] == [(1, "test"), (2, "test")]
    assert [(m.value, m.unit) for m in extract("We have 3 ferries, not five.")] == [(3, "ferries"), (5, "ferries")]


def test_findings_listed_under_a_subheading_as_sentences_are_kept():
    raw = (
        "The number of people waiting for hospital treatment is far higher than the official figure shows.\n\n"
        "What we found\n"
        "- Nine of the 31 trusts removed patients from their lists without contacting them\n"
        "- The Kessamund trust has the longest list, with 58,200 patients\n\n"
        "The ministry rejected the findings, saying the official list was complete and accurate.\n"
    )
    paragraphs = clean(raw).split("\n\n")
    assert "Nine of the 31 trusts removed patients from their lists without contacting them." in paragraphs
    assert "The Kessamund trust has the longest list, with 58,200 patients." in paragraphs


def test_headlines_listed_under_read_next_or_also_in_stay_out():
    raw = (
        "The audit office said it would review the satellite project again in twelve months, officials said.\n\n"
        "Read next\n"
        "- Tarsis rocket completes third test flight after two delays\n"
        "- Why building costs rose 30% in three years across the region\n\n"
        "Also in Football\n"
        "- Five talking points from the weekend and what they mean\n"
    )
    assert clean(raw).split("\n\n") == [
        "The audit office said it would review the satellite project again in twelve months, officials said."
    ]
