"""Round 30: whose figures a broadcast transcript's turns, clips and messages are."""

from __future__ import annotations

from ingest.engine import find_mentions


def _speakers(text: str) -> dict[str, str | None]:
    return {m.figure: m.speaker for m in find_mentions(text)}


SCENE = """Transcript of the 08:10 segment of Wake Up Orsk

PIA LANDGREN (PRESENTER): Good morning. The ferry crews are on strike. Our reporter Oskar Venn is at the harbour.

OSKAR VENN (REPORTER): I'm on the quay, where the water rose to 3 metres overnight. The harbour has 14 berths.

LANDGREN: The port has about 900 workers. With me in the studio is Marta Hole, who runs the ferry company.

MARTA HOLE: We have cancelled 40 sailings this week.

IVO BRASK (DOCKERS' UNION): Our members were promised 12 per cent and got 4.

LANDGREN: Thank you both.
"""


def test_a_reporter_setting_the_scene_in_the_first_person_gives_no_speaker():
    speakers = _speakers(SCENE)
    assert speakers["3 metres"] is None
    assert speakers["14 berths"] is None


def test_a_presenter_introducing_a_guest_gives_the_background_no_speaker():
    assert _speakers(SCENE)["about 900 workers"] is None


def test_a_reporter_who_counted_gives_the_count_in_their_name():
    text = SCENE.replace("I'm on the quay, where", "I counted the boats on the quay, where")
    assert _speakers(text)["3 metres"] == "Oskar Venn"


CLIP = """Transcript of the 07:40 segment of Wake Up Orsk

PIA LANDGREN (PRESENTER): Good morning. Bins in Orsk are going unemptied.

ANNA KROG (COUNCILLOR): We collect from 80,000 homes and we have hired 12 new crews.

LANDGREN: We also spoke to a resident, Tomas Eklund.

TOMAS EKLUND (RECORDED): Half of the 60 bins in my street were missed. A fine of 200 krons is too much.

LANDGREN: Councillor, is that fair?

KROG: We have fined only 30 households.
"""


def test_a_named_label_keeps_its_name_over_an_aside_saying_what_they_are_or_how_they_were_heard():
    speakers = _speakers(CLIP)
    assert speakers["80,000 homes"] == "Anna Krog"
    assert speakers["60 bins"] == "Tomas Eklund"
    assert speakers["200 krons"] == "Tomas Eklund"


def test_a_role_label_still_takes_the_name_in_its_aside():
    text = """Hearing of the transport committee

CHAIR (MAREN TOLLEFSEN): Welcome. We will hear from the operator first.

PETTER DAL: Thank you, Chair. We run 31 trains a day.

CHAIR: And how many are late?

PETTER DAL: About 6 a day, and we have ordered 4 new trains.

CHAIR: The committee found 40 complaints last month.
"""
    assert _speakers(text)["40 complaints"] == "Maren Tollefsen"


def test_a_message_reported_with_saying_is_its_senders():
    text = (
        "The river burst its banks last year. The council said the wall would cost 40 million marks.\n\n"
        "We have had a message from a local farmer, who did not want to be named, saying the barriers can "
        "hold back about 2 metres of water.\n"
    )
    assert _speakers(text)["about 2 metres"] == "a local farmer"


LIVE = """LATEST POSTS (newest first)

11:15
Nordvik Air said it had cancelled 11 of its flights. A reader, Hilde, emails to say she has been waiting at the gate.

10:30
Carra Bay Ferries has suspended all crossings. The company says about 1,200 passengers are affected.
"""


def test_the_company_takes_up_the_body_the_sentence_before_was_about():
    assert _speakers(LIVE)["about 1,200 passengers"] == "Carra Bay Ferries"


def test_a_reader_named_by_a_given_name_is_a_person_not_a_body():
    text = (
        "Trains are cancelled across the region. A reader, Hilde, emails to say she has been stuck for hours. "
        "She says about 40 people are waiting on her platform.\n"
    )
    assert _speakers(text)["about 40 people"] == "Hilde"


def test_one_who_gave_only_a_given_name_is_called_by_it():
    text = (
        "Residents are not convinced. One man, who gave his name only as Pavel, told us his family buys water. "
        '"A bottle costs 3 selvers now," he said.\n'
    )
    assert _speakers(text)["3 selvers"] == "Pavel"


HANDOVER = """Farm Hour transcript

ANNA LUND: Good morning. The dairy buys milk from around 2,300 farms. With me is Jon Skeie, a farmer.

JON SKEIE: I am losing money. My costs come to about 46 cents a litre.

LUND: Our reporter Ola Brand has been looking at the numbers.

OLA BRAND: The ministry says there were 4,600 dairy farms five years ago.

LUND: Kari Moe runs the dairy union.

KARI MOE: We have 800 members and most are losing money.

LUND: Jon, Kari, thank you.
"""


def test_a_presenter_known_by_handing_over_to_a_reporter_speaks_in_the_reporters_voice_under_a_full_label():
    speakers = _speakers(HANDOVER)
    assert speakers["around 2,300 farms"] is None
    assert speakers["about 46 cents"] == "Jon Skeie"


def test_a_title_addressing_the_guest_is_no_part_of_the_subject_after_it():
    text = """PELL: Good morning. We are talking about bins.

RHEA DUNMORE (COUNCILLOR): We collect from 140,000 homes.

PELL: Councillor, the residents' forum says two in three of its members oppose the fines.

DUNMORE: I do not accept that.

BRUNO HASK: We have 300 members.
"""
    assert _speakers(text)["two in three"] == "residents' forum"


def test_a_title_before_a_name_in_apposition_is_still_the_subject():
    text = "Mr Dale, the mayor's spokesman, said the council would hire 40 wardens.\n"
    assert _speakers(text)["40 wardens"] == "Dale"
