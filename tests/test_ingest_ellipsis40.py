"""Round 40: a number word whose noun was said just before ("We found three.", "Three of the four", "Seventy-three")."""

from tests.ingest_helpers import figures


def _counts(text: str) -> list[tuple[int, str]]:
    return [(int(value), unit) for value, unit in figures(text) if value is not None]


def test_it_counts_an_answer_in_what_a_question_in_capitals_asked_for():
    text = (
        "FTV: Do MPs feel safe?\n\n"
        "Ragna Oddvar: Many do not. The police logged 412 threats last year.\n\n"
        "FTV: How many MPs have asked for extra protection at home?\n\n"
        "Ragna Oddvar: Seventy-three. That is a lot.\n"
    )
    assert (73, "mps") in _counts(text)
    assert (73, "threats") not in _counts(text)


def test_it_counts_a_number_word_alone_in_what_the_sentence_before_named_by_how_many():
    text = "There are some fixed deals below the cap at the moment. We found three.\n"
    assert _counts(text) == [(3, "deals")]


def test_it_counts_a_number_word_subject_after_a_fronted_phrase_in_what_was_counted_before():
    text = (
        "The inquiry's report made 27 recommendations, and she kept a list of them above her desk. "
        "By her own count, nine had never been implemented.\n"
    )
    assert _counts(text) == [(27, "recommendations"), (9, "recommendations")]


def test_it_counts_a_part_of_a_whole_in_words_in_what_that_whole_counted():
    text = (
        "The four schools have 611 pupils between them. Tidsey Road is the smallest, with 94 children. "
        "Three of the four are rated good by inspectors.\n"
    )
    counts = _counts(text)
    assert (3, "schools") in counts
    assert (3, "children") not in counts


def test_it_counts_a_whole_in_digits_said_before_too():
    text = "The board runs 9 depots and 120 lorries. Lorries are parked overnight. Seven of the nine are full.\n"
    assert (7, "depots") in _counts(text)


def test_it_reads_no_count_in_an_age_or_a_time():
    text = "There are some good clubs in town. She joined one when she was nine. We met at three and left by five.\n"
    assert _counts(text) == []


def test_it_reads_no_count_in_people_already_named():
    assert all(value != 2 for value, _ in _counts("Both ministers met on Monday. The two said nothing.\n"))


def test_it_reads_no_count_in_one_of_them():
    text = "The firm employs 40 drivers. One of them said the road was unsafe.\n"
    assert all(value != 1 for value, _ in _counts(text))


def test_it_reads_no_count_in_a_number_word_with_a_noun_or_a_time_after_it():
    text = "The club signed 14 players. Two years later, the club folded. Three weeks ago it reopened.\n"
    assert _counts(text) == [(14, "players")]


def test_it_reads_no_count_in_a_subject_with_nothing_counted_before():
    assert _counts("The meeting ran late. Three said they would leave.\n") == []


def test_it_counts_a_number_word_opening_a_clause_after_a_semicolon():
    assert _counts("He met 12 farmers; two were angry.\n") == [(12, "farmers"), (2, "farmers")]


def test_it_counts_a_number_word_opening_a_reported_clause_in_what_was_counted_before():
    text = (
        "A ban needs the backing of all seven members. A spokeswoman said on Thursday that five had so far "
        "supported it.\n"
    )
    assert _counts(text) == [(7, "members"), (5, "members")]


def test_it_counts_a_part_of_which_in_the_noun_the_relative_clause_hangs_on():
    text = "The council wants to close a school. Its pupils would move to nearby schools, two of which would grow.\n"
    assert (2, "schools") in _counts(text)


def test_it_reads_no_count_in_a_reported_clause_that_opens_on_a_time_or_one():
    assert _counts("The firm has 30 staff. She said that two years ago it had none.\n") == [(30, "staff")]
    assert _counts("The club has 40 members. He said that one had left.\n") == [(40, "members")]


def test_it_counts_a_part_of_a_whole_in_words_in_the_noun_its_own_sentence_names():
    text = (
        "Rovers lost four matches in a row in March. In April the club signed strikers from Spain, Italy, France and "
        "Brazil, and three of the four were fit on Saturday.\n"
    )
    assert (3, "strikers") in _counts(text)


def test_it_counts_a_part_of_which_in_the_noun_its_sentence_counted_not_in_people():
    assert (2, "recommendations") in _counts(
        "The inquiry made 14 recommendations to ministers, two of which were rejected.\n"
    )
    assert (2, "libraries") in _counts(
        "The council runs 12 libraries across the county's towns, two of which will close.\n"
    )


def test_it_reads_no_count_in_a_number_word_opening_a_clause_about_a_time():
    assert _counts("The club has 40 members. He said that seven would be a good time to start.\n") == [(40, "members")]
    text = "The clinic sees 30 patients a day. The doctor told us that five was normal; nine had been too early.\n"
    assert _counts(text) == [(30, "patients")]
    assert _counts("The ferry sails at 10 and returns at 4; four would be too late.\n") == []


def test_it_counts_a_number_word_opening_a_clause_after_any_verb_of_saying_and_that():
    for verb in ("confirmed", "announced", "estimated"):
        text = (
            f"A ban needs the backing of all seven members. A spokeswoman {verb} on Thursday that five had so far "
            "supported it.\n"
        )
        assert _counts(text) == [(7, "members"), (5, "members")]


def test_it_reads_no_count_in_times_named_by_how_many():
    assert _counts("There were many times when the plan failed. We found three.\n") == []


def test_it_reads_no_whole_in_words_counted_before_staff_named_since():
    text = (
        "The school cut four teachers last year. This year it hired new staff from Leeds, York, Hull and Bath. "
        "Three of the four are in the maths department.\n"
    )
    assert (3, "teachers") not in _counts(text)
