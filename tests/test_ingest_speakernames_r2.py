"""Speakers named as the page names them, round 2: bodies named in lower case, a place and a kind, unnamed turns."""

from __future__ import annotations

from ingest.extraction import clean_text, extract
from tests.ingest_helpers import mentions, speakers


def test_it_takes_up_a_body_named_in_lower_case_by_the_ministry():
    text = (
        "Builders finished 38,400 homes last year, the housing ministry said.\n\n"
        "Rents rose 9 per cent, the ministry said.\n"
    )
    assert speakers(text) == ["housing ministry", "housing ministry"]


def test_it_gives_a_kind_only_spokesperson_the_body_named_in_lower_case():
    # session-24 rule: a spokesperson speaks as the body the page named
    text = (
        "Two officials at the housing ministry said the government was preparing a fund.\n\n"
        "A ministry spokeswoman said 44,000 homes were under construction.\n"
    )
    assert speakers(text) == ["housing ministry"]


def test_it_keeps_the_place_a_lower_case_body_is_of():
    text = (
        "Obrundia's health ministry said 212 people had died.\n\nHospitals admitted 9,300 people, the ministry said.\n"
    )
    assert speakers(text)[-1] == "Obrundia's health ministry"


def test_it_takes_up_the_body_the_sentence_names_before_one_named_earlier():
    text = (
        "The minimum wage will rise to 11.20 dorins an hour, the labour ministry said.\n\n"
        "The finance ministry cut its estimate of the cost to 240 million dorins, the ministry said.\n"
    )
    assert speakers(text)[-1] == "finance ministry"


def test_it_names_the_whole_body_a_place_and_a_kind_name():
    text = "Childcare costs rose 8 per cent last year, according to the Harlund family ministry.\n"
    assert speakers(text) == ["Harlund family ministry"]


def test_it_keeps_the_possessor_of_a_body_named_by_its_place():
    text = "Prices rose 6 per cent, according to Quarnel's statistics office.\n"
    assert speakers(text) == ["Quarnel's statistics office"]


def test_it_names_the_body_of_a_spokesperson_given_a_place_and_a_kind():
    text = "A Harlund family ministry spokeswoman said 300 nurseries had applied.\n"
    assert speakers(text) == ["Harlund family ministry"]


TRANSCRIPT = (
    "Radio North | Transcripts\n\n"
    "PRESENTER (Jonas Ebbe): Good morning. Ambulances took an average of 41 minutes to reach urgent calls.\n\n"
    "MIRA SALT: Jonas, I spoke to a paramedic in Kelbridge who has done the job for 16 years. She asked us not to "
    "use her name.\n\n"
    "PARAMEDIC: You sit outside the hospital and watch the calls stack up. Last month I worked 14 night shifts.\n\n"
    "MIRA SALT: The health board says it will open 60 extra beds by June.\n\n"
    "DR ROOK: We have 230 vacancies for paramedics across the region.\n"
)


def test_it_gives_a_role_label_the_unnamed_person_the_page_introduced():
    found = {m.figure: m for m in extract(clean_text(TRANSCRIPT))}
    shifts = found["14 night shifts"]
    assert shifts.speaker == "A paramedic in Kelbridge who has done the job for 16 years"
    assert shifts.speaker_anonymous


def test_it_gives_a_role_label_one_of_the_group_the_page_spoke_to():
    text = (
        "PRESENTER: The buses are quiet, the council says.\n\n"
        "AMOS TEAGUE: We bought 12 of them last year.\n\n"
        "PRESENTER: And the drivers? I spoke to one, who did not want to be named.\n\n"
        "DRIVER: Some days I reckon half my passengers are sitting in their coats.\n"
    )
    half = next(m for m in extract(clean_text(text)) if m.figure == "half")
    assert (half.speaker, half.speaker_anonymous) == ("A driver, who did not want to be named", True)


def test_it_takes_a_body_publishing_its_own_estimate_as_speaking():
    text = "The National Teachers' Union published its estimate of 3,000 leavers on Monday.\n"
    assert speakers(text) == ["National Teachers' Union"]


def test_it_takes_a_body_calling_a_long_named_estimate_untrue_as_disputing_it():
    text = (
        "Corvane Telecom has called an estimate that it overcharged its customers by 40 million sollens "
        '"wildly inflated".\n'
    )
    found = mentions(text)
    assert [(m.speaker, m.stance) for m in found] == [("Corvane Telecom", "disputes")]
