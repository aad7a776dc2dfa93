"""
Mend of spans43 (findings_spans43, HIGH 1-5 and MEDIUM 1-2): spans of time the merge took for claims on pages it was
not tuned on. A span "within N of <event>" that opens its sentence or is told as past background, a date, score or age
before ", about N weeks before the ...", one person's or family's own notice told in the third person, "The last delay
was two years ago", a tenure after "the delay" and one occasion's short notice stay durations
(tests/ingest_labelling.md, session 25).
"""

from decimal import Decimal

from ingest.extraction import clean_text, extract

UNITS = {"days", "weeks", "months", "hours", "minutes", "years"}


def _spans(text: str) -> list[tuple[Decimal, str]]:
    return [(m.value, m.unit) for m in extract(clean_text(text)) if m.value is not None and m.unit in UNITS]


# HIGH 1: a span "within ... of <event>" that opens its sentence dates what follows; the empty-clause branch returns
# from_event before the opener and past-tense checks
def test_it_leaves_an_opening_within_span_from_an_event_alone():
    assert _spans("Within 10 minutes of the start, Rovers were ahead through a header from Danny Quill.") == []
    text = "Within five years of the end of the war, the town had rebuilt its harbour and its two shipyards."
    assert _spans(text) == []


# HIGH 2: "of <event>" now skips the past-tense test, so how long after an event a past thing happened is a claim
def test_it_leaves_a_past_events_length_from_an_event_a_duration():
    text = "His deputy, Sofie Lind, left the cabinet within 48 hours of the decision to publish it."
    assert _spans(text) == []
    text = "The Varn linen mill closed within two years of the start of the war, and never reopened."
    assert _spans(text) == []
    text = "Its owner, Edvard Varn, sold the site within six months of the end of the war."
    assert _spans(text) == []


def test_it_leaves_ones_own_and_a_matchs_span_from_an_event_alone():
    text = "The couple married within six months of their first date, and now run a bakery in Hollin Street."
    assert _spans(text) == []
    assert _spans("Dunmere's Kai Brannigan scored within 10 minutes of the start of the second half.") == []


# HIGH 3: CLOCK_LEAD_BEFORE takes any one- or two-digit number before a comma for a clock time: a US date, a score, an
# age
def test_it_leaves_a_dates_place_before_an_event_alone():
    text = "The Calder Street bridge reopened on June 12, about two weeks before the river festival, the city said."
    assert _spans(text) == []
    text = "Repairs began on March 3, nearly six weeks after the flood, public works director Tom Hadley said."
    assert _spans(text) == []
    assert _spans("The draft budget was published on Sept. 14, about three weeks before the vote.") == []


def test_it_leaves_a_score_or_an_age_before_an_event_alone():
    text = "Quenby led 2-1, about 10 minutes before the break, when their keeper was sent off."
    assert _spans(text) == []
    text = "She was 11, about two years before the war ended, when her family fled to Ostrava."
    assert _spans(text) == []


# HIGH 4: the first-person guard of _notice_given misses one person's (or one family's) notice told in the third person
def test_it_leaves_one_persons_notice_told_in_the_third_person_a_duration():
    assert _spans("Her landlord gave her just two days' notice, Mrs Ferrow said.") == []
    text = "Mr Okafor, 58, was dismissed with two weeks' notice after 20 years at the depot, his union said."
    assert (Decimal(2), "weeks") not in _spans(text)
    assert _spans("The family were evicted with 48 hours' notice, neighbours said.") == []


# HIGH 5: the new delay-as-complement branch takes a date told with "ago" for a delay's length
def test_it_leaves_when_the_last_delay_was_alone():
    assert _spans("The last delay was two years ago, when a cable fire closed the line.") == []


# MEDIUM 1: the branch's delay-as-complement pattern lets "the delay" be the object of another subject's clause
def test_it_leaves_a_tenure_after_a_delay_word_a_duration():
    text = "The engineer blamed for the delay was 23 years in the job, colleagues said."
    assert _spans(text) == []


# MEDIUM 2: NOTICE_BOUND_BEFORE takes one couple's or one party's past notice for a rule's
def test_it_leaves_one_occasions_short_notice_a_duration():
    text = "The couple were told less than 24 hours before the ceremony that the Hollin Hall venue had closed."
    assert _spans(text) == []
    assert _spans("Guests were informed less than two days before the party, one said.") == []


# guard: being told is a rule's notice under a right the next clause gives (blind62, the branch's gain)
def test_it_still_reads_a_notice_told_under_a_right():
    text = "And because you were told less than 14 days before departure, you can also claim 250 skelds."
    assert (Decimal(14), "days") in _spans(text)
