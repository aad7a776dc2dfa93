"""
Regressions the review of engine32c and engine32h found (findings_review32a): a talk cue ending in "of" ("spoke of")
is no "by the reckoning of X"; an opinion page's body paragraph that reads as a writer note is prose, not its byline;
"vote on their measure" is no estimate; a quotation relayed "from Y" is not the relay's.
"""

from tests.ingest_helpers import speakers_by_figure

NEWS = """Ferry costs climb

By Rhona Vale

{body}
"""


def _news(body: str) -> dict[str, str | None]:
    return speakers_by_figure(NEWS.format(body=body))


def test_spoke_of_keeps_its_subject_as_speaker():  # H1
    found = _news(
        "Health officials in Valdoria have spoken of a price of around 40 crowns a dose for the new vaccine.\n\n"
        "Ministers spoke of the need for 300 new nurses before winter."
    )
    assert found["around 40 crowns"] == "Health officials in Valdoria"
    assert found["300 new nurses"] == "Ministers"


COLUMN = """THE PELLWICK STANDARD
Home | News | Opinion | Letters

Opinion > Columnists

Our harbour deserves a proper ferry, not another study
The council keeps counting passengers instead of carrying them

By Oda Brennick

I have taken the harbour ferry every week for ten years, and I have never seen it so empty.

{body}

The council says it cannot afford more boats. I think it cannot afford fewer, and I will keep saying so.
"""


def _column(body: str) -> dict[str, str | None]:
    return speakers_by_figure(COLUMN.format(body=body))


def test_a_body_paragraph_naming_a_critic_keeps_its_figures():  # H2
    found = _column("Jonas Pell was a fierce critic of the first ferry. He tells me it lost 2 million crowns a year.")
    assert found["2 million crowns"] == "Jonas Pell"


def test_a_body_paragraph_naming_an_editor_keeps_its_figures():  # H2
    found = _column(
        "Mette Aronsen was the Standard's editor when the ferry was launched. She tells me 40,000 people rode it in "
        "its first year."
    )
    assert "40,000 people" in found


def test_an_underwriter_is_no_writer():  # H2
    found = _column(
        "Halden Re was the ferry's underwriter until 2019. It paid out 3 million crowns after the grounding."
    )
    assert "3 million crowns" in found


def test_a_critic_named_in_the_body_does_not_cost_the_column_its_writer():  # H3
    found = _column(
        "The service now runs 14 sailings a day.\n\n"
        "Karl Munk is a fierce critic of the new timetable, and on this he has a point.\n\n"
        "Fares have risen to 3.40 groats a trip. I think that is too much."
    )
    assert found["14 sailings"] == "Oda Brennick"
    assert found["3.40 groats"] == "Oda Brennick"


def test_voting_on_their_own_measure_is_no_estimate():  # H4
    found = _news(
        "The transport minister, Ida Voss, said on Monday that ferry use had fallen by 8 per cent.\n\n"
        "Opposition senators will vote on their own measure, which would raise the harbour levy to 12 crowns, on "
        "Tuesday."
    )
    assert found["12 crowns"] is None


LIVE = """Gale hits the coast: live

By Rhona Vale

09:40
Harbour master Lena Strand said 14 boats had broken their moorings overnight.

10:15
{post}
"""


def test_a_quotation_relayed_from_someone_is_not_the_relays():  # H5
    for post, figure in (
        (
            'The council has shared a statement from the harbour master, Lena Strand: "Crews have pumped out 40 '
            'basements since midnight."',
            "40 basements",
        ),
        (
            'Our reporter Jon Amsel has this from a stranded driver, Ivo Kant: "About 60 cars are still stuck on the '
            'lower deck."',
            "About 60 cars",
        ),
    ):
        found = speakers_by_figure(LIVE.format(post=post))
        assert found[figure] == {"40 basements": "Lena Strand", "About 60 cars": "Ivo Kant"}[figure], post


def test_a_letters_addressee_is_not_its_writer():  # M1
    found = speakers_by_figure(
        LIVE.format(
            post='A letter to the minister, Ida Voss, from the dockers ends: "We will not accept a rise of less than 6 '
            'per cent."'
        )
    )
    assert found["less than 6 per cent"] != "Ida Voss"


def test_a_count_of_a_charge_is_no_source():  # M4
    found = _news(
        "A jury acquitted Ola Brent on the count of fraud but convicted him on two counts of theft involving 40,000 "
        "groats."
    )
    assert found["40,000 groats"] != "fraud but convicted him"


def _column_head(writer: str) -> dict[str, str | None]:
    return speakers_by_figure(
        COLUMN.replace("By Oda Brennick", writer).format(body="The service now runs 14 sailings a day.")
    )


def test_a_note_after_the_stamp_set_off_by_a_dot_or_dash_names_the_writer():  # M3
    for separator in (" · ", " - "):
        writer = f"Monday 8 March 2027{separator}Oda Brennick is the Standard's transport commentator"
        assert _column_head(writer)["14 sailings"] == "Oda Brennick", separator


def test_ordinary_forms_of_a_columnists_name_and_role_line_name_the_writer():  # M2
    for line in (
        "Oda Brennick, Transport Columnist",
        "Oda Brennick, Standard columnist",
        "Oda Brennick | Transport columnist",
        "Oda Brennick, transport columnist, Pellwick",
        "Oda Brennick, political commentator | Monday 8 March 2027",
    ):
        assert _column_head(f"{line}\nMonday 8 March 2027")["14 sailings"] == "Oda Brennick", line


def test_ordinary_variants_of_a_source_after_its_cue_name_it():  # L2
    found = _news(
        "Repairs to the pier will cost 4 million groats, on estimates from the Valdorian Audit Office.\n\n"
        "In the reckoning of the harbour board, the new pontoon will cost 9 million groats."
    )
    assert found["4 million groats"] == "Valdorian Audit Office"
    assert found["9 million groats"] == "harbour board"
