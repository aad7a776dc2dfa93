"""
A description set off in its sentence, a relative clause or "home to", that tells what a body or place has or does as
a matter of course ("The concert hall, which holds 2,100 people,", "the Kelso ward, home to about 7,000 students") is
background with no speaker, whoever the sentence or the page goes on to give its figures to (tests/ingest_labelling.md,
"A body's own act with its own figure" and "A body's background in the reporter's voice"). A report whose cue stands
before it tells it, unless it describes the source itself; one closing the sentence tells it only when it is of a
thing told of by a common noun, not of a body or place by its name. A report that opens a clause joined after the
figure with a source of its own (", and by her own count", ", and, he later said,") reports that clause only: an
obituary's own telling of the life before it has no speaker. A critic who says "I" only as the one a source spoke to
("Berg told me after the show") reports an interview: the review is no column, and its settled facts have no speaker.
A law or rules stating a figure ("National rules require ... within 72 hours") or the law a clause is under ("under
Harlund law he has 28 days") is no speaker, whoever the story carries on with.
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract


def _figures(text: str) -> list[tuple[Decimal | None, str | None]]:
    return [(m.value, m.speaker) for m in extract(clean_text(text)) if m.value is not None]


def test_a_named_body_described_under_a_report_closing_the_sentence_is_background():
    text = "Brightwing Air, which bases six jets at Morlen, flew 40 per cent of its travellers, the airport said."
    found = _figures(text)
    assert (Decimal(6), None) in found
    assert (Decimal(40), "airport") in found


def test_a_source_described_after_according_to_is_background():
    text = (
        "Electric locomotives would cut haulage costs by a tenth, according to the Carters' Guild, whose members "
        "move about 12 million tonnes a year by rail."
    )
    assert (Decimal(12000000), None) in _figures(text)


def test_a_utility_that_supplies_towns_is_background_after_its_report():
    text = "Marrow Water said leaks fell by 8 per cent last year. It is the utility that supplies Dunmore and 9 towns."
    found = _figures(text)
    assert (Decimal(8), "Marrow Water") in found
    assert (Decimal(9), None) in found


def test_a_ward_home_to_students_is_background_in_the_papers_own_analysis():
    text = (
        "Complaints about litter have tripled in four years, a Herald analysis of council records shows. The Kelso "
        "ward, home to about 7,000 students, accounted for a third of complaints."
    )
    found = _figures(text)
    assert (Decimal(7000), None) in found
    assert (Decimal("33.3"), "Herald") in found


def test_a_report_opening_a_joined_clause_does_not_reach_back_to_the_clause_before():
    text = (
        "Marta Lind, who has died aged 91, ran the corner shop in Kessock for fifty years. After she retired she wrote "
        "300 columns for the Gazette, and by her own count she answered 9,000 letters from readers."
    )
    found = _figures(text)
    assert (Decimal(300), None) in found
    assert (Decimal(9000), "Marta Lind") in found


def test_a_report_set_off_in_a_joined_clause_reports_only_that_clause():
    text = (
        "Tomas Berg, who has died aged 80, built boats at Harlow for forty years. In 1981 he flew to Osby and came "
        'back with an order for four ferries worth 12 million crowns, and, he later said, "a terrible hangover".'
    )
    assert (Decimal(12000000), None) in _figures(text)


REVIEW = """The Harlow Gazette
Home | News | Culture | Opinion

Culture > Theatre > Reviews

The Tempest review: a storm worth braving
Lyric Theatre, Harlow. Rating: 4/5

By Ada Quill, Theatre Critic
Saturday 14 November 2026, 09:00

Shakespeare wrote the play for a small company, and this staging by Olav Berg keeps the cast down to 11 actors, which \
suits a story set on one bare island.

Prospero is played by Ivo Renk, 58, back on stage after a long break. He won the Corran Acting Prize in 2019, worth \
20,000 crowns, and you can see why in every scene he plays.

"The storm scene took us six weeks to build," Berg told me after the show, and it is the highlight of a very fine \
evening at the Lyric.

One of the stagehands, who asked not to be named, told me the design budget had been cut this year, though the show \
hardly looks it.
"""


def test_a_critic_who_is_only_told_things_is_no_columnist():
    found = _figures(REVIEW)
    assert (Decimal(11), None) in found
    assert (Decimal(20000), None) in found


def test_national_rules_stating_a_limit_are_no_speaker():
    text = (
        "The Hill Farmers' Union wants 30 crowns for every ewe lost in the storm. National rules require carcasses to "
        "be removed within 72 hours, a deadline the union says no contractor can meet."
    )
    found = _figures(text)
    assert (Decimal(30), "Hill Farmers' Union") in found
    assert (Decimal(72), None) in found


def test_a_period_under_a_law_is_not_the_last_speakers():
    text = (
        "The court fined Osby Freight 50,000 crowns for tachograph offences. Tomas Vey, its owner, said he would "
        "appeal; under Harlund law he has 28 days to lodge it."
    )
    assert (Decimal(28), None) in _figures(text)
