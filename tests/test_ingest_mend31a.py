"""
Mends for the regressions review 31a found in session 31's engine merges: a rule written for one page form (a passive
valuation, a masthead over the site's menu, a correction's bare figure, a phone-in caller's label, ...) must not fire
on the ordinary news copy that only looks like it.
"""

from decimal import Decimal

from ingest.extraction import Mention, clean_text, extract
from ingest.page_head import guess_masthead


def _said(mentions: list[Mention], value: str) -> Mention:
    return next(m for m in mentions if m.value == Decimal(value))


def test_it_keeps_an_active_report_whose_verb_a_comma_and_a_time_or_place_at_surround():
    text = (
        "The ferry workers' association, which has fought the timetable for a year, estimated at the weekend that "
        "250 crossings would be cut. The harbour master, Oskar Lunde, warned at a briefing on Friday that 90 berths "
        "could close."
    )
    found = extract(clean_text(text))
    assert _said(found, "250").speaker == "ferry workers' association"
    assert _said(found, "90").speaker == "Oskar Lunde"


def test_it_still_reads_a_passive_valuation_at_a_figure_as_no_ones_report():
    text = "A new footbridge, estimated at 4 million crowns, was dropped from the plan on Tuesday."
    assert _said(extract(clean_text(text)), "4000000").speaker is None


def test_it_takes_no_masthead_from_a_headline_that_dashes_set_apart():
    raw = (
        "Wildfire - what we know so far - latest news\n\nBy Jon Sterk\n\nThe fire spread overnight. Crews said "
        "60 homes were lost. Our correspondent counted 25 fire engines on the ridge."
    )
    assert guess_masthead(raw) == ""
    assert guess_masthead("Radio Kessel Online | News | Fact-check\n\nFact-check: are buses late?\n\nBuses were.") == (
        "Radio Kessel Online"
    )


def test_it_gives_no_corrected_count_to_a_figure_a_noun_of_its_own_is():
    text = (
        "The college overstated the number of lecturers it had taken on this year, an inspection found. The principal "
        "said the gap in its accounts was 30, not 45, and blamed energy prices."
    )
    found = extract(clean_text(text))
    assert all(m.unit != "lecturers" for m in found)


def test_it_still_gives_a_corrections_bare_figure_the_count_it_said_was_wrong():
    text = (
        "Corrections and clarifications\n\n"
        "Our report on the school trips gave the wrong number of pupils who took part. The trust has told us it was "
        "1,450, not 1,540."
    )
    found = extract(clean_text(text))
    assert _said(found, "1450").unit == "pupils"


def test_it_names_no_caller_after_a_role_word_in_a_label():
    text = (
        "TRANSCRIPT: EVENING PHONE-IN, Radio Kelby\n\n"
        "PRESENTER: Good evening. We asked the port and the hospital how the storm went.\n\n"
        "SPOKESMAN, KELBY HARBOUR BOARD: We have moved 80 boats into the inner basin since noon.\n\n"
        "PRESENTER: And the hospital?\n\n"
        "NURSE, KELBY INFIRMARY: We saw 35 patients with storm injuries overnight.\n\n"
        "PRESENTER: Thank you both."
    )
    found = extract(clean_text(text))
    assert _said(found, "80").speaker is None
    assert _said(found, "35").speaker is None


def test_it_takes_no_callers_name_from_a_place_or_an_anonymous_aside():
    text = (
        "TRANSCRIPT: MORNING PHONE-IN, Radio Kelby\n\n"
        "PRESENTER: Good morning. The trust wants to close two pools. Let's take your calls.\n\n"
        "CALLER (Brenmoor): I swim at the Brenmoor baths every day. We get 900 swimmers a week.\n\n"
        "PRESENTER: Thank you. Next caller.\n\n"
        "CALLER (withheld): I work for the trust. The pools lose 250,000 crowns a year.\n\n"
        "PRESENTER: Thanks for calling."
    )
    found = extract(clean_text(text))
    assert _said(found, "900").speaker is None
    assert _said(found, "250000").speaker is None


def test_it_resolves_a_claims_described_subject_after_an_opening_phrase_to_the_one_introduced():
    text = (
        "Fact check: did the flood close 300 schools?\n\n"
        "By the Fact Check team\n\n"
        "The education secretary, Runa Falk, has made a claim about the flood on several programmes.\n\n"
        'Claim: On a radio programme on Sunday, the secretary said that the flood had closed "more than 300 schools '
        'across the region".\n\n'
        "Verdict: Misleading. The education office says 190 schools closed."
    )
    found = [m for m in extract(clean_text(text)) if m.value == Decimal("300")]
    assert "Runa Falk" in [m.speaker for m in found]
    assert all(m.speaker is None or "programme" not in m.speaker for m in found)


def test_it_ends_a_claims_span_before_a_later_clause_that_reports_on_its_own():
    text = (
        "The Kelby Courier\nNews | Fact check | Sport | Opinion\n\n"
        "Fact check: did the flood close 300 schools?\n\n"
        'Claim: A message shared widely on WhatsApp said that the flood closed "more than 300 schools in the region", '
        "though the education office counted 190 schools at most, which wasn't in the message's text.\n\n"
        "Verdict: Misleading."
    )
    assert _said(extract(clean_text(text)), "190").speaker == "education office"


def test_it_gives_a_verdicts_set_right_figure_to_the_source_that_reports_it_where_the_figure_occurs_twice():
    text = (
        "The Kelby Courier\nNews | Fact check | Sport | Opinion\n\n"
        "Fact check: did the flood close 300 schools?\n\n"
        'Claim: "More than 300 schools had to close." - Oda Brenn, councillor\n\n'
        "Verdict: Misleading. About 300 schools shut for an hour or two, but the education office says the number "
        "closed all day was 190, not 300."
    )
    found = [m for m in extract(clean_text(text)) if m.stance == "disputes" and m.value == Decimal("300")]
    assert found
    assert all(m.speaker == "education office" for m in found)


def test_it_keeps_a_past_perfect_after_and_in_the_narration_of_the_first_source():
    text = (
        "The harbour master told reporters on Friday that the tide had turned early, and divers had counted 60 "
        "sunken moorings."
    )
    assert _said(extract(clean_text(text)), "60").speaker == "harbour master"


def test_it_reads_the_outlets_own_earlier_reports_in_the_plural_as_no_source_on_a_corrections_page():
    text = (
        "Corrections and clarifications\n\nBy Lene Voss, readers' editor\n\n"
        "Our reports on the ferry strike said 400 crew members walked out. That is right, but the strike began on a "
        "Tuesday, not a Monday."
    )
    found = [m for m in extract(clean_text(text)) if m.value == Decimal("400") and m.stance == "asserts"]
    assert [m.speaker for m in found] == ["Lene Voss"]
