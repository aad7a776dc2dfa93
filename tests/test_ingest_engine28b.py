"""
Speakers named in the figure's own sentence (session 28, engine28b). A body's own act with its own figure is that
body speaking (tests/ingest_labelling.md, "A body's own act with its own figure"), also when its name is set off by
where it is or what kind of body it is ("Brindle Print, of Oskvik, cut its claim", "Halvard, the region's largest
bakery chain, will raise"); a description of a body stays background.
"""

from tests.ingest_helpers import speakers, speakers_by_figure


def test_a_body_set_off_by_its_kind_setting_its_own_price_gives_the_figure():
    text = "Halvard, the region's largest bakery chain, will raise the price of a loaf by 0.05 merrins from 1 March."
    assert speakers(text) == ["Halvard"]


def test_a_body_set_off_by_its_kind_described_by_what_it_runs_stays_background():
    text = "Tarn Valley Care Trust, the county's largest employer, runs four care homes and employs about 900 staff."
    assert speakers(text) == [None, None]


def test_a_turn_label_after_a_recordings_time_stamp_names_the_speaker():
    page = (
        "[00:05] KARI VOLD: Good morning. My guest is Tor Lunde, who runs the ferry company.\n\n"
        "[00:31] TOR LUNDE: Good morning.\n\n"
        "[00:44] VOLD: Fares are up again.\n\n"
        "[01:09] TOR LUNDE: Our average crossing costs 31 krone, the same as last year.\n"
    )
    assert speakers_by_figure(page)["31 krone"] == "Tor Lunde"


def test_a_readers_letter_naming_the_papers_own_poll_gives_it_to_the_paper():
    page = (
        "THE HOLMVIK HERALD\n"
        "Home | News | Opinion | Letters | Sport\n\n"
        "Letters: ferries, fares and the harbour wall\n\n"
        "Sir, I read your coverage of the ferry timetable with interest.\n\n"
        "Your survey said 44 per cent of islanders now take the early boat. I would like to know who was asked.\n\n"
        "Berit Lund, Holmvik\n"
    )
    assert speakers_by_figure(page)["44 per cent"] == "THE HOLMVIK HERALD"


def test_what_a_body_is_spending_now_on_its_own_scheme_is_its_figure():
    text = "The Holmvik Water Board is spending 2.4 million krone on new meters for 9,000 homes."
    assert speakers(text)[0] == "Holmvik Water Board"


def test_a_plural_noun_in_reports_before_its_verb_is_no_reporting_verb():
    text = "Burglary reports now make up about 12 per cent of all recorded crime, the statistics office said."
    assert speakers(text) == ["statistics office"]
