"""
What only looks like a count: dates, years, times, ages, addresses, identifiers ("Local 1047",
"HX-310", "Flight SK 302"), scores ("beat Lorca 3-1"), durations that are a span of time rather
than the statistic, thresholds ("larger than 10,000 hectares"), magnitudes, and the number of
sources a report cites ("two officials said").
"""

from __future__ import annotations

import re
from collections.abc import Collection
from decimal import Decimal

from claims.quantities import Qualifier
from ingest.cues import (
    AGE_STATING_VERBS,
    ANONYMOUS_HEADS,
    AVERAGE_AGE_VERBS,
    BAND_WORDS,
    CHANGED_FROM_VERBS,
    DETERMINER,
    FIRST_PERSON,
    GLUED_UNIT,
    MANY_GRADES,
    NEW_SUBJECT_DETERMINERS,
    NUMBERING_WORDS,
    PROVISION_WORDS,
    SPAN_NOTICE_PASSIVES,
    SPAN_REQUEST_PASSIVES,
    SPAN_RULE_CUE,
    SPAN_START_EVENTS,
    SPAN_START_VERBS,
    SPAN_TIME_POINTS,
    STANCE_OF,
    VOTE_WORDS,
    form_alternation,
    has_cue,
)
from ingest.dates import WEEKDAYS
from ingest.number_words import (
    CURRENCIES,
    IRREGULAR_PARTICIPLES,
    QUALIFIER_BEFORE,
    SMALL_NUMBER_WORDS,
    UNIT_AFTER,
    UNITS_WORDS,
    WORDNUM,
    number_value,
)
from ingest.tables import CELL_BREAK, bracket_gap, earlier_opening, own_time

YEAR_CONTEXT = re.compile(r"\b(in|since|by|from|of|for|until|before|after|during|early|late|mid|the|spring|summer|"
                          r"its|their|his|her|our|this|that|last|next|a|an|autumn|fall|winter)\s*$",
                          re.IGNORECASE)  # fmt: skip
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"  # fmt: skip
DATE_AROUND = (re.compile(rf"\b{_MONTHS}\s+$"), re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b"))
NOT_A_COUNT_AFTER = re.compile(
    r"^(?:-year-old|\s*-?\s*years?[- ]old|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC)|:\d|/\d|\.\d|-(?:minute|hour)|"
    r"-(?:second|day|week|month|year|decade)s?\b|s\b|['’]s\b|"  # "a five-year plan", "in his 60s", "the 1990s"
    r"(?:st|nd|rd|th)\b|"
    # a figure and a capital set on it name a network's generation or a format's dimensions, no count: "3G
    # handsets", "a 5G mast", "3D printers" (any other capital is a scale, "12M", a measure, "500L", "400V", or a
    # statistic's revised or provisional mark, "318R", "14P", whose figure counts)
    r"(?-i:[GD])(?![A-Za-z]))",
    re.IGNORECASE,
)


# A time as a stopwatch gives it, hours then minutes glued to their letters: "1h 42m 17s", "3h 58m"
STOPWATCH_HOURS_AFTER = re.compile(r"h\s?\d{1,2}m\b")
STOPWATCH_MINUTES_BEFORE = re.compile(r"\b\d{1,3}h\s?$")
# A band of grades on a rating scale, no count: "38 of them were rated 0 or 1", "7 of the 41 are now rated 2 or below"
# (but "rated 2,870 trees as in poor condition", "rated 11 of them false": what was rated, counted; and the one grade
# a business was given, "a food hygiene rating of 1", is the finding, tests/ingest_blind90)
# (only where no unit follows the band: "rated 8 or 10 megawatts", "rated 3 or 4 tonnes" is a measure's rating, a
# claim; a grade is bare or in the stars, grades or points of its scale)
RATED_BEFORE = re.compile(r"\brated\s+$")
RATING_BAND_END_BEFORE = re.compile(r"\brated\s+\d{1,2}\s+or\s+$")
GRADE_ENDS_AFTER = (
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:stars?|grades?|points?|out\s+of|on|by|in|at|for|and|but|or|last|this|since|"
    r"under|after|from|when|while|with)\b)"
)
RATING_BAND_AFTER = re.compile(
    r"\s+or\s+(?:(?:below|above|less|lower|higher|more|better|worse|under|over)\b|\d{1,2}\b" + GRADE_ENDS_AFTER + ")"
)
GRADE_END_AFTER = re.compile(GRADE_ENDS_AFTER)
# The parts of a version number before its last: "1.0." of "1.0.2" (no decimal has two points)
DOTTED_VERSION_BEFORE = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.$")
# A table whose first column ranks its rows ("Rank  Runner  Time", "Pos | Club | Pts"), read from the rows above a
# row: the header, then rows that each open with their place
RANKED_ROWS_ABOVE = re.compile(
    r"(?:^|\n)(?:Rank|Pos\.?|Position|Place|#)(?:\t| {2,}|\s*\|)[^\n]*\n(?:\d{1,3}\b[^\n]*\n)*$"
)


def _ranked_row(context_before: str, m: re.Match) -> bool:
    """
    Whether the figure ``m`` opening the line after ``context_before`` is a rank in a table whose first column ranks
    its rows: a bare number of at most three digits, next after the ranks of the rows above, which count 1, 2, 3 ...
    (ties share a place; "Position  Applicants" over "412  nurses" is no ranking).
    """
    num = m.group(0)
    if not (num.isdigit() and len(num) <= 3):
        return False
    rows = RANKED_ROWS_ABOVE.search(context_before[-600:])
    if rows is None:
        return False
    ranks = [int(row) for row in re.findall(r"\n(\d{1,3})\b", rows.group(0))]
    last = 0
    for place, rank in enumerate([*ranks, int(num)], start=1):
        if not max(last, 1) <= rank <= place:  # "1, 2, 2, 4": a tie shares a place, the next skips it
            return False
        last = rank
    return True


DURATION_UNITS = {
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "decade", "decades", "century", "centuries", "night", "nights", "winters", "summers",
    "seasons", "weekends", "fortnights", "terms", "semesters",
    # and their abbreviations, which a running time or a schedule writes ("runs 4 hrs 12 mins")
    "hrs", "hr", "mins", "min", "secs", "sec",
}  # fmt: skip
# "a 10-week consultation", "a 90-day deadline", "the 28-day legal limit", "after a 30-minute delay": a span written as
# the modifier of a limit, a notice or a delay that a rule or a body sets, a claim (tests/ingest_labelling.md, session
# 25), not a kind of thing as "a five-year plan" is
SPAN_OF_LIMIT_AFTER = re.compile(
    r"^-(?P<unit>second|minute|hour|day|week|month|year)\s+(?:[a-z]+\s+)?"
    r"(?:deadline|limit|target|consultation|notice|delay|cap|turnaround)\b"
)
# "did not recognise the figure of 20,000", "the union's estimate of 600": a figure named as a figure, read again
NAMED_AS_FIGURE = re.compile(r"\b(?:figure|estimate|number|count|total|tally)s?\s+of\s+(?:about\s+|around\s+)?$")
# A duration a checker can verify: a delay, a deadline ("18 months behind schedule"); not how long a closure lasts or
# will last ("schools would close for 10 days"), background (tests/ingest_labelling.md, sessions 21 and 29)
CHECKABLE_DURATION_BEFORE = re.compile(
    r"\b(?:suspended|halted|delayed|postponed|operational|ready|completed?|finished|built|"
    r"open\w*|reopen\w*)\s+(?:for|in|within)\s+(?:\w+\s+){0,2}$|\bjust\s+(?:over|under)\s+$|"
    # "adding about 25 minutes to commutes", "would save 20 minutes": time a change adds or takes away
    r"\b(?:add|adds|added|adding|save|saves|saved|saving|shave|shaves|shaved)\s+"
    r"(?:(?:about|around|roughly|up\s+to|nearly|almost|more\s+than|at\s+least|an\s+extra|another)\s+)?$|"
    # "journey times fell by 4 minutes", "cut the wait by about 20 minutes": how much a time changed
    r"\b(?:fell|fallen|rose|risen|dropped|cut|reduced|shortened|lengthened)\s+(?:[a-z]+\s+){0,3}?by\s+"
    r"(?:(?:about|around|roughly|only|just|nearly|almost|more\s+than|at\s+least)\s+)?$|"
    # "discharged into the lake on 48 days", "went without a crew on 41 nights": the days something happened on, a
    # count of occasions, not a span of time
    r"\bon\s+(?:(?:about|around|only|just|nearly|almost|more\s+than|at\s+least|some)\s+)?$|"
    # "sea trials had been put back another 16 weeks", "brought forward by two months", "the opening was delayed by 16
    # weeks": how far a date moved; "delayed" with its auxiliary, not a threshold or a notice ("passengers delayed by
    # more than 30 minutes can claim", "Market data delayed by 15 minutes")
    # "that set us back at least six weeks": how far a thing set back its work, the object between
    r"\b(?:(?:put|pushed|set|moved)\s+back|set\s+(?:us|it|them|(?:the|its|their|our)\s+[a-z-]+)\s+back|brought\s+forward|"
    r"(?:was|were|is|are|be|been)\s+(?:(?:now|again|further)\s+)?(?:delayed|postponed)(?=\s+(?:by|another|a\s+further)))\s+"
    # "has been delayed by at least 48 hours", "will be delayed by up to 10 days": the delay's bound
    r"(?:by\s+)?(?:(?:another|a\s+further|an\s+extra|about|around|nearly|almost|more\s+than|at\s+least|up\s+to)\s+)?$",
    re.IGNORECASE,
)
# The hedges a duration may carry ("an average of about 40 minutes", "averaging over 50 hours")
_NEAR = r"(?:(?:about|around|roughly|nearly|almost|some|just\s+over|just\s+under|up\s+to|more\s+than|over)\s+)?"
# "The delay is five months", "the delay could be eight months", "The longest delay we have recorded is 26 hours",
# "The longest delay on the line was six hours": a delay against a plan, stated as the subject's complement
# (tests/ingest_labelling.md, session 25). Between the delay and its verb only a phrase of its own, a preposition's or
# a relative clause's ("we have recorded"), so another subject's clause is no delay ("The engineer blamed for the delay
# was 23 years in the job", a tenure; DELAY_OBJECT_BEFORE), and what follows the figure may make it a date ("The last
# delay was two years ago"; DATE_PHRASE_AFTER)
DELAY_STATED_BEFORE = re.compile(
    r"\b(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:delay|hold-up|overrun)\s+"
    r"(?:(?:to|on|in|of|for|at|from|between)\s+(?:[\w'’-]+\s+){1,4}?|(?:we|they|I|you|it)\s+(?:(?:have|has|had)\s+)?[a-z]+\s+)?"
    r"(?:is|was|could\s+be|would\s+be|will\s+be|may\s+be|might\s+be)\s+(?:now\s+)?" + _NEAR + r"$",
    re.IGNORECASE,
)
DELAY_OBJECT_BEFORE = re.compile(
    r"\b(?:for|of|to|by|over|about|on|in|with|after|from|at|behind|into|blamed|caused|causing)\s+$", re.IGNORECASE
)
DATE_PHRASE_AFTER = re.compile(r"^\s+(?:ago|earlier|later|before|after|previously|since)\b", re.IGNORECASE)
# A duration that is itself the statistic: "an average of seven hours", "41,000 hours of unpaid overtime".
MEASURED_DURATION_BEFORE = re.compile(
    r"\b(?:average|total|combined|record|median|mean|delays?|delayed|queues?)\s+(?:of\s+)?"
    r"(?:(?:about|around|nearly|almost|more than|over|some|up to|at least)\s+)?$|"
    # "Its boats are averaging 5.5 sea days a week", "staff averaged 61 hours a week": an average as the verb
    r"\baverag(?:ing|ed|es)\s+" + _NEAR + r"$|"
    # "lengthened paid parental leave from 26 weeks to 32", "cut the notice period to 14 days": a period a rule or a
    # body sets, changed
    r"\b(?:lengthen|extend|shorten|reduc|increas|doubl|halv)\w*\s+(?:[a-z'’-]+\s+){0,4}?(?:from|to)\s+" + _NEAR + r"$|"
    # "the median age rose to 44.1 years": a statistic of ages or times
    # "an average handover time of 52 minutes", "Our average handover last week was 38 minutes": a word may name what
    # is timed; "put the average at 47 hours": the average itself
    r"\b(?:average|median|mean|typical|usual|normal)\s+(?:[a-z-]+\s+)?"
    r"(?:age|length|duration|stay|wait|waiting time|time|tenure|"
    r"delay|handover|journey|response|flight|trip|ride|drive|commute|crossing|transfer)\b"
    r"[^.;]{0,60}?"
    r"(?:\b(?:to|at|of|was|is|were|stood at)\s+|:\s+)(?:(?:now|still)\s+)?"
    r"(?:(?:about|around|nearly|almost|some|just)\s+)?$|"
    r"\b(?:average|median|mean)\s+at\s+(?:(?:about|around|nearly|almost|some|just)\s+)?$|"
    # "It puts the delay to full service at 26 months": a delay against a plan, put at a figure
    # "estimates the delays at", "puts the overrun at": the same, in its plural and other verbs
    # ("had privately put the likely delay to the runway at closer to eight months": a word may say which delay)
    r"\b(?:puts?|sets?|reckons?|estimat(?:es?|ed))\s+the\s+(?:(?:total|likely|overall|expected)\s+)?"
    r"(?:delays?|overruns?|hold-ups?)\b[^.;]{0,40}?\bat\s+" + _NEAR + r"(?:(?:closer|close)\s+to\s+|nearer\s+)?$|"
    # "waiting times for an assessment had reached 11 weeks", "waiting lists of up to 10 weeks": the waits of many, a
    # usual length (not one person's: "my wait was six weeks")
    # (no comma or colon between: "Waiting lists ..., said Ms Pym, a nurse of 25 years" is her tenure; "of" only
    # straight after the noun)
    r"\bwaiting\s+(?:times|lists)\s+of\s+" + _NEAR + r"$|"
    r"\bwaiting\s+(?:times|lists)\b[^.;,:]{0,60}?\b(?:to|at|reached|hit|are|were|is|now)\s+" + _NEAR + r"$|"
    # "The wait for a hip operation has reached 40 weeks", "Waits for a survey have reached 11 weeks": the same
    r"\b(?:the\s+wait|waits|the\s+waiting\s+time)\b[^.;,:]{0,60}?\b(?:has|have|had)\s+(?:reached|hit)\s+"
    + _NEAR
    + r"$|"
    # "The target is 2.5 hours", "against a legal target of 18 weeks": the duration a standard sets (not "closed for
    # a minimum of 30 days")
    r"\b(?:target|limit|standard)\s+(?:is|was|remains|of)\s+(?:(?:about|around|just)\s+)?$|"
    # "The average repair took 31 hours", "Nationally the average is 16 weeks": a statistic the subject of the clause
    r"\b(?:average|median|mean|typical)(?:\s+[a-z-]+){0,3}?\s+(?:(?:has|have|had)\s+)?"
    r"(?:took|takes|taken|lasted|lasts|is|was|were|stood\s+at)\s+(?:(?:now|still)\s+)?"
    r"(?:(?:about|around|nearly|almost|just)\s+)?$|"
    # "The national target for those calls, known as category two, is 18 minutes", "within the legal maximum of
    # 1,000": a standard whose complement is set off from it
    r"\b(?:target|limit|standard)\b[^.;]{0,50},\s+(?:is|was|remains)\s+$|"
    r"\b(?:legal|statutory|national|official)\s+(?:maximum|minimum)\s+(?:is\s+|was\s+|of\s+)$|"
    # "opening hours have fallen to 33 hours a week", "waiting times have risen to 4.6 days": a level that changed
    r"\b(?:risen|fallen|rose|fell|grown|grew|dropped|climbed|lengthened|shortened)\s+to\s+" + _NEAR + r"$|"
    # "tests there have a wait of about nine weeks", "waiting times of 14 weeks", "we expect waits to be back under
    # 12 weeks": the wait of a service, many people's, is a statistic (not "after a wait of three hours")
    r"(?<!after\s)(?<!after\sa\s)(?<!after\san\s)\b(?:an?\s+)?(?:waits?|waiting\s+times?)\s+of\s+" + _NEAR + r"$|"
    r"\b(?:waits|waiting\s+times)\b[^.;,]{0,40}?\s(?:to\s+be|are|were|is|was|at)\s+(?:back\s+)?"
    r"(?:(?:under|below|over|above|about|around|nearly|almost|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?$|"
    # "the median wait is now 19 weeks, compared with 14 weeks nationally": the statistic's other term is one too
    r"\b(?:average|median|mean)\b[^.;]{0,100}\b(?:compared\s+(?:with|to)|against|versus)\s+" + _NEAR + r"$|"
    # "Some customers are waiting up to 10 days", "crews had waited for as long as nine hours": how long many wait
    # at the most or about is a statistic ("children are now waiting about 30 weeks for extractions"; not "patients
    # who waited more than 12 hours", a threshold); one person's wait stays a span (a singular subject)
    r"\b(?:[a-z]{3,}(?<!s)s|people|patients|children)\s+(?:(?:are|were|have|had)\s+(?:been\s+)?)?"
    r"(?:(?:now|still|often)\s+)?(?:waiting|waited)\s+(?:[a-z]+\s+)?(?:for\s+)?(?:up\s+to|as\s+long\s+as)\s+$|"
    # about a figure only where the wait is going on now ("children are now waiting about 30 weeks"): "Passengers
    # waited about two hours on the tarmac" is one event's wait, a span
    r"\b(?:[a-z]{3,}(?<!s)s|people|patients|children)\s+(?:are|is|ha(?:ve|s)\s+been)\s+"
    r"(?:(?:now|still|often)\s+)?waiting\s+(?:[a-z]+\s+)?(?:for\s+)?(?:about|around|roughly|nearly|almost)\s+$",
    re.IGNORECASE,
)
# "patients must be treated within 18 weeks", "requires repairs to be made safe within 24 hours", "nobody should wait
# more than 26 weeks": the span a rule allows for each of many (a plural or a "nobody" it binds), a standard that
# performance is measured against, counted from an event or not ("Appeals must be lodged within 60 days of the
# letter"). One body's one act ("the office must produce a new one within 21 days") is no standard of this kind, but
# a limit set on it, which SPAN_CLAIM_BEFORE makes a claim all the same
STANDARD_SPAN_BEFORE = re.compile(
    r"(?:\b[a-z]{3,}s\s+(?:must|shall|should|are\s+due)|"
    # "Patients who arrive at the emergency department are supposed to be seen within four hours": "are" tells the
    # plural that a subject set off from it has
    r"\bare\s+(?:required|obliged|supposed)\s+to|"
    r"\b(?:nobody|no\s+one|no\s+[a-z]{3,})\s+(?:must|shall|should|has\s+to)|"
    # "a patient with major trauma should reach a specialist centre within 60 minutes": anyone of a kind
    r"\b(?:[Aa]n?|[Ee]very|[Ee]ach|[Aa]ny)\s+(?:[a-z-]+\s+){1,4}?(?:must|shall|should)|"
    # "The national target is that 92 per cent of patients are treated within 18 weeks"
    r"\b(?:target|standard|rule|requirement)\s+(?:is|was)\s+that|"
    # "a fine doubles if it is not paid within 21 days": the term a rule sets for each
    r"\bif\s+(?:(?:it|they)\s+(?:is|are)\s+)?(?:not\s+)?(?=(?:[a-z]+ed|paid|made|given|done|taken)\s+within\s)|"
    # "require an officer to rest for at least 10 hours": each one of a kind
    r"\b(?:requires?|requiring|obliges?)\s+(?:(?:[a-z-]+\s+){0,3}?[a-z]{3,}s|(?:an?|every|each|any)\s+[a-z-]+)\s+to)"
    r"\b[^.;]{0,80}?"
    r"\b(?:within|for\s+at\s+least|(?:no\s+)?(?:more|longer)\s+than)\s+$",
    re.IGNORECASE,
)
# How often a service runs ("buses will run every 30 minutes", "a train every 4 minutes", "the library opens three days
# a week", "cut deliveries to three days a week"): a timetable a body sets, a claim in that unit; not how often one
# person does something ("telephoned us every twenty minutes", "drives there five days a week"), nor a survey's cycle
SERVICE_BEFORE = re.compile(
    r"\b(?:open|opens|opened|opening|available|staffed|operates?|operating|operated|runs?|running|ran|deliver\w*|"
    r"collect(?:s|ed|ions?)?|depart(?:s|ed|ures)?|(?:a|one)\s+(?:train|bus|tram|ferry|boat|flight|service)|"
    # "the ship shuttling to Tollan, leaving Bramwick every three hours", "flights leave every 40 minutes": a vessel's
    # or a vehicle's comings and goings
    r"leav(?:es|ing)|sail(?:s|ed|ing|ings)?|fl(?:y|ies|ying|ights)|shuttl(?:es|ed|ing)|call(?:s|ing)\s+at)"
    r"\b[^.;:!?]{0,25}?$",
    re.IGNORECASE,
)
EVERY_BEFORE = re.compile(r"\bevery\s+$", re.IGNORECASE)
WEEKLY_DAYS_AFTER = re.compile(r"^\s+(?:a|per|each)\s+week\b")
# "four days a week instead of six", "three days a week, down from five": days a week set against the number they
# replace, a timetable changed (not one person's habit, which no one changes in a news sentence)
WEEKLY_CHANGED_AFTER = re.compile(
    r"^\s+(?:a|per|each)\s+week\s*,?\s+(?:instead\s+of|rather\s+than|(?:up|down)\s+from)\s+(?:the\s+)?(?:\d|[a-z]+\b)"
)
WEEKLY_DAY_UNITS = {"days", "nights", "mornings", "evenings", "afternoons"}
# The frequency it replaces, after a frequency ("every 30 minutes instead of every 20", "every 14 days, rather than
# every 28", "every 20 minutes rather than every half hour", "from every 15 minutes to every 40"): a timetable changed,
# whoever keeps it, as "four days a week instead of six" is
EVERY_REPLACED = (
    rf"every\s+(?:\d|{WORDNUM}\b|(?:other\s+|half\s+(?:an\s+)?)?(?:minute|hour|day|week|fortnight|month)\b)"
)
# The words that set a figure against the one it replaces: "every 30 minutes instead of every 20"
REPLACED_BY = r"(?:instead\s+of|rather\s+than)"
# "from every 15 minutes to every 40", "to a bus every 40": between a frequency and the one that replaces it
_TO_EVERY = r"\s+to\s+(?:an?\s+[a-z]+\s+)?"
EVERY_TO_GAP = re.compile(rf"{_TO_EVERY}every\s+", re.IGNORECASE)
EVERY_CHANGED_AFTER = re.compile(
    rf"^[^.;:]{{0,40}}?,?(?:\s+{REPLACED_BY}\s+|{_TO_EVERY}){EVERY_REPLACED}", re.IGNORECASE
)
# A period a rule allows or requires of whoever it covers: "has 42 days to appeal", "winners have 180 days to claim",
# "must give 14 days' notice", "Rules require 12 weeks' notice", "they had 72 hours to leave the country" (a limit set
# them; not "we had 45 minutes to change our lives", the speaker's own occasion)
# "give a boat 36 hours from its last haul to land the catch", "has 42 days in which to lodge an appeal": what a rule
# gives each one it covers, counted from an event or not; "She gave the company 28 days to pay", "has given the
# coastguard 90 days to publish a plan": a deadline a court, a regulator or a body sets the one it names (session 25)
# The modals of a duty a rule lays down, one list for the periods allowed and the notice periods below
_DUTY = r"must|shall|should|(?:has|have)\s+to"
ALLOWED_PERIOD_BEFORE = re.compile(
    r"\b(?:has|have|(?<!\b[Ww]e\s)(?<!\bI\s)(?P<had>had)|"
    r"(?:given|gave)(?:\s+(?:it|them|him|her|us|(?:the|its|their|our|his|her)\s+(?:[A-Za-z-]+\s+){0,2}?[a-z-]+))?|"
    r"gives?\s+(?:an?|each|every|any)\s+[a-z-]+|"
    # "the union must give members at least 21 days to vote": what a duty gives those it covers
    rf"(?:{_DUTY})\s+give\s+(?:(?:its|their|the)\s+)?[a-z-]+)\s+"
    r"(?:(?:only|just|another|a\s+further|at\s+least|a\s+minimum\s+of)\s+)?$"
)
# "had" a period for a limit only where the sentence names who set it or reports it ("Residents were told they had 14
# days to object", "The school said they had two days"); "They had two days to prepare" tells how long there was
LIMIT_SET_BEFORE = re.compile(r"\b(?:told|given|ordered|warned|informed|allowed|granted)\b")
# "have 30 days after the end of each quarter to report": the event the period runs from may take a few words
ALLOWED_PERIOD_AFTER = re.compile(r"^\s+(?:(?:from|after)\s+(?:[\w'’-]+\s+){1,6}?|in\s+which\s+)?to\s+[a-z]")
NOTICE_AFTER = re.compile(r"^['’]?\s+notice\b")
REQUIRED_NOTICE_BEFORE = re.compile(
    rf"\b(?:{_DUTY}|requires?|required\s+to|obliged\s+to|needs?(?:\s+to)?)\s+"
    r"(?:give\s+|serve\s+)?(?:(?:at\s+least|a\s+minimum\s+of)\s+)?$",
    re.IGNORECASE,
)
# "Entries must be lodged 10 days before the sale", "must be told at least 48 hours before a visit": a notice period a
# rule sets, counted back from the event it comes before (not "must have died two days before the fire", a guess at
# what happened, nor "should have left", what did not)
NOTICE_OWED_BEFORE = re.compile(
    rf"\b(?:{_DUTY})\s+(?!have\b)(?:be\s+)?(?:[a-z]+\s+){{0,2}}?"
    r"(?:(?:at\s+least|a\s+minimum\s+of|no\s+later\s+than)\s+)?$"
)
# "by giving 7 days' written notice", "would give staff at least 45 days' notice", "had given salons 30 days' notice",
# "cancelled with less than 24 hours' notice", "you can leave with three months' notice": a notice period a body, a
# contract or a rule gives or takes, told by its giver's verb or by "with" (tests/ingest_labelling.md, session 25: a
# notice period is a claim); not in a clause in the first person ("We were given 3 weeks' notice", "I have seen an
# understudy go on with 20 minutes' notice": one person's own experience), nor one person's or one family's told in the
# third person ("Her landlord gave her just two days' notice", "Mrs Ferrow was given two days' notice"); and "with"
# only as a rule takes it, not told in the past ("was dismissed with two weeks' notice", "The family were evicted with
# 48 hours' notice": one's own experience)
GIVEN_NOTICE_AFTER = re.compile(r"^['’]\s+(?:(?:written|formal|advance|prior)\s+)?notice\b")
GIVEN_NOTICE_BEFORE = re.compile(
    r"\b(?P<verb>giv(?:e|es|en|ing)|gave|with)\s+(?:(?!(?:me|us|him|her)\b)[a-z-]+\s+)?"
    r"(?:(?:at\s+least|a\s+minimum\s+of|less\s+than|no\s+less\s+than|more\s+than|only|just)\s+)?$",
    re.IGNORECASE,
)
# "If you were told less than 14 days before departure", "A patch test is needed at least 48 hours before any colour
# service": a notice period a rule counts back from the event, told by the notice's verb and its bound (not "had been
# given the noise study only two days before its vote", the occasion of one body). Being told is a rule's only under
# its condition or a modal in the clause (group "told"; NOTICE_RULE_CLAUSE), or a right the next clause gives
# ("because you were told less than 14 days before departure, you can also claim"; NOTICE_RIGHT_AFTER): "The couple
# were told less than 24 hours before the ceremony", "Guests were informed less than two days before the party, one
# said" are one occasion's own experience
NOTICE_BOUND_BEFORE = re.compile(
    r"\b(?:(?P<told>told|notified|informed|warned)\s+(?:less|more|fewer)\s+than|"
    r"(?:is|are)\s+(?:needed|required)\s+(?:at\s+least|no\s+later\s+than))\s+$"
)
NOTICE_RIGHT_AFTER = re.compile(
    r"^[^.;:!?]{0,60}?,\s+[^.;:!?,]{0,40}?\b(?:can|could|must|may|(?:are|is)\s+(?:owed|entitled))\b", re.IGNORECASE
)
NOTICE_RULE_CLAUSE = re.compile(
    r"(?:^|[.;:!?,])[^.;:!?,]*\b(?:if|unless|where|whenever|can|could|must|should|shall|will|would|may|might)\b"
    r"[^.;:!?,]*$",
    re.IGNORECASE,
)
NOTICE_EVENT_AFTER = re.compile(r"^\s+(?:before|in\s+advance\b)\s*[a-z]")
# "its first alert went out at 6 a.m., more than seven hours before the gates opened", "issued at 21:05, more than two
# hours before the peak": a clock time, then how long before or after an event it was, a measured time
# (tests/ingest_labelling.md, session 25), not a date's place in a story ("five weeks before the race"). The clock time
# must be one, "21:05" or "6 a.m." / "9pm": a bare number is a day of a month ("reopened on June 12, about two weeks
# before the festival"), a score ("led 2-1, about 10 minutes before the break") or an age ("She was 11, about two years
# before the war ended")
CLOCK_LEAD_BEFORE = re.compile(
    r"(?<![\w.,:$£€-])\d{1,2}(?:[:.]\d\d\s*(?:a\.m\.|p\.m\.|am\b|pm\b)?|\s*(?:a\.m\.|p\.m\.|am\b|pm\b))\s*,\s+"
    r"(?:(?:more|less)\s+than|about|around|nearly|almost|some|just\s+over|just\s+under)\s+$",
    re.IGNORECASE,
)
CLOCK_LEAD_AFTER = re.compile(r"^\s+(?:before|after)\s+(?:the|a|an|its|their|lunch|dawn|noon|midnight)\b")
EVENT_AFTER_NOTICE = re.compile(r"^\s+before\s+(?:the|a|an|each|every|any)\b")
# "the 14 days' notice the law requires", "28 days' notice, as the contract demands": a notice period a rule named after
# it sets
RULED_NOTICE_AFTER = re.compile(
    r"^['’]?\s+notice\b,?\s+(?:(?:that|which|as)\s+)?(?:the|its|their|a|our)\s+"
    r"(?:laws?|rules?|regulations?|contracts?|agreements?|codes?|statutes?|acts?)\s+(?:requires?|demands?|sets?|stipulates?)\b",
    re.IGNORECASE,
)
# How long a study followed its subjects: "were followed for an average of 26 months", "a median follow-up of 4.1
# years": the study's method, how a finding was reached, not a finding
FOLLOW_UP_BEFORE = re.compile(
    r"\b(?:followed(?:\s+up)?\s+for|follow-?up\s+(?:period\s+)?of)\s+"
    r"(?:(?:an?\s+)?(?:average|median|mean)\s+(?:of\s+)?)?(?:(?:about|around|up\s+to|at\s+least)\s+)?$",
    re.IGNORECASE,
)
# A span that picks out whom or what a figure counts: "42 per cent of prisoners spent at least 22 hours a day", "for
# delays of more than 3 hours, meals and accommodation": a threshold that defines the count, as "larger than" does
SHARE_OF_CLAUSE_BEFORE = re.compile(r"(?:per\s*cent|percent|%|proportion|share|majority)\s+of\b[^.;:,]{0,60}$", re.I)
CONDITION_OF_BEFORE = re.compile(
    r"\bfor\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\s+of\s+(?:more|longer|less|fewer)\s+than\s+$", re.I
)
# The years a speaker has seen: "the worst I have seen in 27 years", "in all my 30 years": a career, no statistic
EXPERIENCE_SPAN_BEFORE = re.compile(
    r"\b(?:seen|known|witnessed|experienced)\s+(?:[a-z]+\s+){0,2}?in\s+(?:(?:all\s+)?(?:my|his|her|our|their)\s+)?$|"
    r"\bin\s+all\s+(?:my|his|her|our|their)\s+$",
    re.IGNORECASE,
)
# What a rule requires of each one: "Every student must complete 2,300 hours of practice": no time added up
REQUIRED_OF_EACH_BEFORE = re.compile(
    r"\b(?:must|has\s+to|have\s+to|(?:is|are)\s+required\s+to|needs?\s+to)\s+(?:complete|do|log|serve|work|spend|"
    r"undertake|put\s+in)\s+(?:(?:at\s+least|a\s+minimum\s+of)\s+)?$",
    re.IGNORECASE,
)
# ... of each of a kind or of many: "Every student must complete 2,300 hours of practice" is what a rule requires of
# all it covers, a claim (not "he must serve 10 years", one person's)
REQUIRED_OF_ALL_BEFORE = re.compile(
    r"\b(?:(?:every|each|any|all)\s+[a-z-]+|[a-z]{3,}(?<!s)s)\s+(?:must|have\s+to|are\s+required\s+to|need\s+to)\s+"
    r"(?:complete|do|log|work|spend|undertake|put\s+in)\s+(?:(?:at\s+least|a\s+minimum\s+of)\s+)?$",
    re.IGNORECASE,
)
KIND_OF_DAY = re.compile(r"\s+(?:school|working|work|sick|strike|training|teaching|trading|match|rest)\s+days$")
# "41,000 hours of unpaid overtime", "62 days of normal consumption", "23 days of heatwave": time measured out in
# work, supply or weather is the statistic
MEASURED_DURATION_AFTER = re.compile(
    r"^\s+(?:of\s+(?!the\b)(?:\w+\s+)?(?:overtime|delays?|waiting|flying|testimony|footage|consumption|supply|supplies|"
    r"stocks?|water|heatwave|rain|rainfall|frost|snow|sunshine|drought)|"
    # "no more than 20 minutes per building": time allowed or spent for each of many, a rate
    r"per\s+[a-z]+)\b"
)
# "spent 22 hours or more a day locked in", "worked 12 extra hours a week": time people spend, as a rate, is a
# statistic (not a timetable: "open two days a week", "run four nights a week")
TIME_SPENT_BEFORE = re.compile(r"\b(?:work|worked|working|spent|spend|spends|spending|lost|lose|loses)\b[^.;,]{0,25}$")
TIME_RATE_AFTER = re.compile(r"^(?:\s+or\s+(?:more|less|longer))?\s+(?:a|per|each)\s+(?:day|week|month|shift)\b")
HOURS_RATE_AFTER = re.compile(r"^(?:\s+or\s+(?:more|less|longer))?\s+(?:a|per|each)\s+(?:day|week|month|year|shift)\b")
# "the helpline is open 24 hours a day", "runs 18 hours a day": when a service runs, a timetable
OPENING_HOURS_BEFORE = re.compile(
    r"\b(?:open|opens|opened|available|staffed|operates?|operating|operated|runs?|running|ran)\s+(?:for\s+)?$", re.I
)
PERIODS_COUNTED_AFTER = re.compile(
    r"\s+of\s+(?:the|its|their|our|his|her|my|those|these)\s+(?:(?:last|past|previous|first|next|final)\s+)?"
    # "two of the four years": a whole in words too
    rf"(?:last|past|previous|first|next|final|\d[\d,]*|{SMALL_NUMBER_WORDS})\b"
)
# The length of a penalty a court or a body imposed: the ruling, told as news, is no statistic to check
PENALTY_BEFORE = re.compile(
    r"\b(?:jailed|sentenced|imprisoned|banned|barred|disqualified)\s+(?:\w+\s+){0,3}?(?:for|to)\s+"
    r"(?:(?:a\s+total\s+of|between|up\s+to|at\s+least|more\s+than|nearly|almost|about)\s+)?$|"
    # "a 16-week prison sentence, suspended for 12 months", "14 months in prison, suspended for two years": the term a
    # court suspends a sentence for; "repay it within 90 days or serve an extra 18 months": the time a court adds to a
    # sentence (mend26b)
    r"\b(?:sentence|term|order|prison|jail|custody),?\s+(?:which\s+was\s+|was\s+)?suspended\s+for\s+"
    r"(?:(?:a\s+further|another)\s+)?$|"
    r"\bserv(?:e|es|ed|ing)\s+(?:an\s+extra|a\s+further|another|an\s+additional)\s+$",
    re.IGNORECASE,
)
ALLOWED_BEFORE = re.compile(r"\b(?:have|has|had|get|gets|given)\s+$")
PERIOD_LENGTH_BEFORE = re.compile(r"\b(?:year|season|term|semester)\s+of\s+(?:(?:about|around|some)\s+)?$")
HALTED_FOR_BEFORE = re.compile(
    r"\b(?:halted|suspended|stopped|paused|held\s+up)\s+for\s+(?:(?:about|around|nearly|almost|more\s+than|over)\s+)?$"
)
# A match's clock: "restored the lead on 58 minutes", "a penalty on 38 minutes": when in the game a thing happened, a
# time on the clock as "in the 58th minute" is, no span to check; a match's event names it, or it opens the sentence
# ("On 38 minutes, Dent ..."), not a span missed or a limit ("missing out on 40 minutes of exercise", "a cap on 30
# minutes of free parking")
MATCH_CLOCK_BEFORE = re.compile(
    r"(?:^\W*|\b(?:penalty|goal|header|kick|try|lead|winner|equaliser|opener|card|strike|shot|volley|scored|equalised|"
    r"levelled|restored|saved|ahead|scoring|replaced|substituted|booked|sent\s+off|came\s+on)\b[^.;]{0,40}\b)on\s+$",
    re.IGNORECASE,
)
RACE_FINISH_BEFORE = re.compile(r"\bfinish(?:ed|es|ing)?\b[^.;:,]{0,40}$")
# "was born eight weeks early", "who retired five years early", "I left work two hours early": one person's own
# experience, no advance on a plan (tests/ingest_labelling.md, session 25)
OWN_LIFE_BEFORE = re.compile(
    r"\b(?:born|retir(?:e|es|ed|ing)|quit(?:s|ting)?|(?:left|leave|leaves|leaving)\s+(?:work|school|home|the\s+office))\s+"
    r"(?:(?:about|around|nearly|almost|some|just)\s+)?$",
    re.IGNORECASE,
)
LATENESS_AFTER = re.compile(r"^\s+(?:late|overdue|behind)\b", re.IGNORECASE)
# "after four days of heavy rain", "after three weeks of hard frost": the spell that led up to the news, its setting
SPELL_BEFORE = re.compile(r"\bafter\s+(?:(?:about|around|nearly|almost|more\s+than|over|some)\s+)?$", re.IGNORECASE)
# "keep all 64 branches open for at least two years", "stay closed for at least six weeks": an open-ended span a
# plan or a forecast gives, no measure
OPEN_ENDED_SPAN_BEFORE = re.compile(r"\bfor\s+at\s+least\s+$", re.IGNORECASE)
CHECKABLE_DURATION_AFTER = re.compile(
    r"^\s+(?:(?:behind|late|away|overdue|ahead|of delays?|too\s+(?:fast|slow|early|late|long|short))\b|"
    # "opened three weeks earlier than planned", "two years later than first promised": an advance or a delay on a
    # schedule
    # "open 3 weeks later than usual", "about eight months later than it had planned": against the normal or the plan
    # its subject had
    r"(?:earlier|later|sooner)\s+than\s+(?:(?:first|originally|initially)\s+|(?:it|they|we)\s+(?:had\s+)?)?"
    r"(?:planned|scheduled|expected|promised|forecast|intended|agreed|targeted|envisaged|usual|normal)\b|"
    # "18 months later than the original plan", "six weeks earlier than its target date": against a plan or a
    # schedule the sentence names
    # "later than the council's original plan", "the planned date", "the 2024 deadline": the same (not "our
    # original date", "their plan": a household's own)
    r"(?:earlier|later|sooner)\s+than\s+(?:(?:the|its)\s+(?:[a-z-]+['’]s\s+)?|[a-z-]+['’]s\s+)"
    r"(?:(?:original|first|initial|agreed|official|planned|scheduled|contractual|\d{4})\s+)?"
    r"(?:(?:target|opening|completion|delivery)\s+)?(?:plan|date|timetable|schedule|deadline|target)\b|"
    # "shut down about 40 seconds early", "lifted its ban two weeks early": an advance on what was due (not "three
    # years early in his career", a time of life)
    # ("early yesterday", "early Monday", "early evening", "early retirement", "early voting": when a past event
    # happened or a compound noun, no advance; only an "early" that ends its clause or comes before a reason)
    r"early\b(?=\s*(?:[,.;:!?)\"”’]|$)|\s+(?:after|because|due|thanks|following|amid|despite|and|but|so|as|when|while)\b)|"
    # "open in January, fourteen months after it should have": a delay against what was due
    r"after\s+(?:it|they)\s+should\s+have\b|"
    # "pay farmers 14 days later than their contracts required": against what a contract or a rule sets
    r"(?:earlier|later|sooner)\s+than\s+(?:(?:the|their|its|his|her|our)\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:required|requires?|allowed|allows?|stipulated|stipulates?)\b|"
    # "we have taken about 40 seconds off a winning time": time taken away
    r"off\s+(?:a|an|the|its|their|our|his|her)\b|"
    # "has maybe three hours of diesel left", "about two days of antibiotics left": how long a stock will last, an
    # estimate of time left (tests/ingest_labelling.md, "Spans of time"), not the time left in a game ("with three
    # weeks of the campaign left", "two minutes of normal time left", "20 minutes of play left", "five days of
    # campaigning left")
    r"of\s+(?!(?:the|his|her|its|their|our|play|normal|regular|added|stoppage|injury|extra|campaigning|term|school)\b)"
    r"[a-z-]+\s+left\b)",
    re.IGNORECASE,
)
# "cut the rehearsals to four weeks from six", "turns them round in two days instead of 14", "The turnaround is four
# days now, down from 14": a span set against the one it replaced, a span revised (tests/ingest_labelling.md, "An
# earlier value in time" and the frequencies rule); the earlier one a bare figure or one in the same unit, not a sum,
# a share or a year ("over two years, from 3.5 per cent", "three months a year from 2027"), nor a day or an hour a span
# runs from ("for ten days from 3 August", "for 15 hours from 7am": a date range, no earlier span)
_CHANGED_FROM = form_alternation(CHANGED_FROM_VERBS, "ed")  # "revised", "raised", "cut"
SPAN_REPLACED_AFTER = re.compile(
    # (or in brackets: "70 minutes (revised from 40 minutes)")
    rf"^(?:\s+(?:now|this\s+year))?(?:,?\s+|\s*\((?=(?:{_CHANGED_FROM})\s))"
    rf"(?:(?:down|up)\s+from|(?:{_CHANGED_FROM})\s+(?:(?:up|down)\s+)?from|from|"
    r"instead\s+of|not)\s+(?:the\s+)?"
    rf"(?:(?!(?:19|20)\d\d\b)\d[\d,.]*(?![\d:.%])|{SMALL_NUMBER_WORDS}\b)"
    r"(?!\s*(?:%|per\s*cent|percent|million|billion|thousand|bn|m\b))"
    rf"(?!(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:{_MONTHS})(?!\w))(?!\s*(?:am\b|pm\b|a\.m\.|p\.m\.))",
    re.IGNORECASE,
)
# "94 minutes, not 97": the span set right against the one printed; off a corrections page, no revision of a forecast
# ("will be out for six weeks, not three", "is expected to last four weeks, not three"), a plan's term ("The contract
# runs for 15 years, not 20") or a tenure ("has led the council for 12 years, not 10"), nor a contrast with a hope or a
# claim ("not three as the club first hoped"), which sessions 25 and 29 keep out
SPAN_SET_RIGHT_AFTER = re.compile(r"^(?:\s+(?:now|this\s+year))?,?\s+not\b")
NOT_SPAN_KEPT_BEFORE = re.compile(
    r"(?:(?:\b(?:will|would|could|may|might|should|expected|set|due|going|plans?|planned|intends?)|['’]ll)\b"
    r"[^.;:]{0,60}|\bruns?\s+for\s+|\b(?:has|have)\s+(?:been\s+)?(?:[\w-]+\s+){0,4}?for\s+)$",
    re.IGNORECASE,
)
NOT_SPAN_HOPED_AFTER = re.compile(
    r"^[^.;]{0,30}?\bnot\s+\S+\s+as\s+[^.;,]{0,40}?\b(?:hoped|expected|feared|planned|thought|claim(?:s|ed)?)\b",
    re.IGNORECASE,
)
# "empty for more than six months, up from 930": a span that is a threshold is no span revised
THRESHOLD_HEDGE_BEFORE = re.compile(r"\b(?:more|less|fewer|longer|shorter)\s+than\s+$", re.IGNORECASE)
# "41 days with snow lying on the roads", "seven nights this week when the temperature never fell below 20C": days
# counted by what happened on them, a count of occasions, not a span
DAYS_WITH_CONDITION_AFTER = re.compile(
    r"^(?:\s+(?:this|last|that)\s+[a-z]+)?\s+(?:when|on\s+which|with\s+[a-z]+\s+[a-z]+ing)\b", re.IGNORECASE
)
# (the days had, recorded or counted: "had 41 days with", "There were nine nights this month when", "counted at least
# 30 days last summer when"; not a span someone spent or an event went on for: "The search went on for four days with
# divers combing the lake", "spent three nights when the storm hit in a shelter" are a past event's length and one
# person's experience)
DAYS_COUNTED_BEFORE = re.compile(
    r"\b(?:there\s+(?:were|are|have\s+been|had\s+been|will\s+be)|had|has|have|recorded|records|saw|sees|counted|"
    r"counts|logged)\s+(?:(?:at\s+least|about|around|roughly|some|only|just|nearly|almost|more\s+than|fewer\s+than|"
    r"over|under)\s+)?$",
    re.IGNORECASE,
)
# Spans of time that are claims by the word that governs them (tests/ingest_labelling.md, session 25: "Spans of time:
# claim or duration"), not a tenure, one person's experience or a past event's length told as background
_SPAN_HEDGE = (
    r"(?:(?:about|around|roughly|nearly|almost|some|only|just|at\s+least|up\s+to|more\s+than|less\s+than|over|under|"
    r"another|an\s+extra)\s+)?"
)
# "the road, which was closed for three hours", "the crossing stayed shut for six weeks", "had been shut for three weeks
# of maintenance": how long a past closure lasted, told as background, is a duration (tests/ingest_labelling.md, session
# 21: "how long a strike or a closure lasted"), not a closure planned ("would close for 10 days")
PAST_CLOSURE_BEFORE = re.compile(
    r"\b(?:was|were|been|stayed|remained)\s+(?:(?:then|also|already)\s+)?(?:closed|shut)\s+for\s+" + _SPAN_HEDGE + r"$",
    re.IGNORECASE,
)
# The words after which a span is no complement of the average one's verb ("The average rent has doubled in five
# years": a period that labels a change, not "stayed 4.2 nights", "gets 6 hours", "has been vacant for 7.5 months")
_NOT_A_VERB_OF_TIME = (
    r"in|over|within|since|after|before|by|from|to|of|at|on|during|than|under|about|around|and|or|the|a|an|its|their|"
    r"his|her|our|last|past|next|first|previous"
)
# Any character of a clause's words up to a span, a figure's own point or comma included ("must also refund 8.2
# million crells to the customers concerned within 60 days", "pay the costs of the hearing, 38,000 crells, within
# 28 days"), but no stop or semicolon that ends the clause
_GAP_WITH_FIGURES = r"(?:[^.;]|(?<=\d)\.(?=\d))"
# A clause's words up to a span with no comma or colon of its own, but a figure's point or comma and a sum set off
# ("the costs of the hearing, 38,000 crells, within 28 days")
_CLAUSE_GAP = r"(?:[^.;:!?,]|(?<=\d)[.,](?=\d)|,\s+\d[\d,.]*\s+[a-z]+,)"
# A coordinated clause's own subject after "and", "but", "so": a pronoun, or a noun phrase with a finite verb ("and I
# found a job", "and the roof was rebuilt"), not a second object ("to pay the costs and a fine within 28 days")
_NEW_SUBJECT = (
    rf"(?:(?:I|we|he|she|they|you)\b|(?:{NEW_SUBJECT_DETERMINERS})\s+(?:[\w'’-]+\s+){{1,3}}?"
    r"(?:was|were|is|are|had|has|have|will|would|could|did|[a-z]+ed)\b)"
)
# A deadline a body, a court or a minister sets on another by a verb of demand, told in any tense and by whoever sets
# it: "She ordered Vail to pay 18,000 tessels in compensation to Harlsport Towage within 90 days", "we have told
# Greyfold to fix its billing system within six months", "I have asked every water company for a drought plan within
# 14 days", "I asked for answers within 28 days" (tests/ingest_labelling.md, session 25: "a limit, notice or deadline
# period that a rule, a body, a court or a contract sets"). The one it is set on comes straight after the verb, with
# no clause of its own between ("She told me she had finished it within 20 minutes" reports a past event's length),
# and the verb governs the clause whose "within" it is: "and" or "but" with a subject of its own starts another ("said
# he asked his brother to help him and the roof was rebuilt within two days" is one person's own experience). "for"
# follows only "ask" ("asked for answers"): "directed six films for Tarn Studios", "ordered six jets for the route"
# demand nothing of anyone. The verb is active, which _deadline_set checks
DEADLINE_SET_BEFORE = re.compile(
    r"\b(?:(?:ask(?:s|ed)?)\s+(?:(?!(?:he|she|it|we|they|I|you|that)\b)[\w'’-]+\s+){0,7}?(?:to\s+[a-z]+|for)|"
    r"(?:order(?:s|ed)?|told|tells?|direct(?:s|ed)?|instruct(?:s|ed)?|urg(?:e|es|ed)|demand(?:s|ed)?|call(?:s|ed)?\s+on)\s+"
    r"(?:(?!(?:he|she|it|we|they|I|you|that)\b)[\w'’-]+\s+){0,7}?to\s+[a-z]+)\b"
    r"(?:(?!\b(?:and|but|so)\s+" + _NEW_SUBJECT + r")" + _CLAUSE_GAP + r"){0,110}?\bwithin\s+" + _SPAN_HEDGE + r"$",
    re.IGNORECASE,
)
# The end every such demand has: "... within" and a hedge, the cheap test before the pattern above
DEADLINE_AT_END = re.compile(r"\bwithin\s+" + _SPAN_HEDGE + r"$", re.IGNORECASE)
# "We were told to pay 1.8 million dalers within 72 hours", "they were then told to leave", "had been formally asked":
# a demand in the passive, an adverb or none after its auxiliary, names no one who sets a deadline
PASSIVE_AUX_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:(?:[a-z]+ly|then|also|later|now|since|once|again)\s+)?$",
    re.IGNORECASE,
)
SPAN_CLAIM_BEFORE = re.compile(
    # a limit a rule sets: "must now publish its formal offer document within 28 days", "must consult staff for at
    # least 45 days", "Graduates who take the places will have to work in farm practice for at least five years",
    # "requires a recovery plan to be filed within 15 months", "is required by law to process a complete application
    # within 21 days", "should be finished within six months", "has to be reported to us within 48 hours" (not "the
    # soft ones have to go within 6 weeks", a need); a standard or a target a body
    # sets: "will answer every claim within 48 hours" (for each of many), "We aim to open an inquest within five
    # working days"; the usual time: "is normally released to the family within 10 days"
    r"\b(?:must|shall|should|(?:has|have)\s+to\s+be|(?:will|would)\s+have\s+to|"
    r"(?:is|are)\s+(?:required|obliged)(?:\s+by\s+[a-z]+)?\s+to|"
    r"aims?\s+to|requires?\s+(?:[a-z-]+\s+){1,4}?to|(?:usually|normally|typically)|"
    r"(?:will|would)\s+[a-z]+\s+(?:every|each)\s+[a-z-]+)\b" + _GAP_WITH_FIGURES + r"{0,60}?"
    r"\b(?:within|for\s+at\s+least|for\s+a\s+minimum\s+of)\s+$|"
    # a deadline a body, a court or an agreement sets, or a plan, a promise or a forecast of the time needed: "would
    # report within 90 days", "ordered him to pay costs within 28 days", "The rest are due within 10 days", "were to be
    # released within 90 days", "will reopen the pipeline within six weeks", "expects the homes to pay for themselves
    # within 20 years", "on condition that the bill is cut by 40 per cent within two years" (not "sold out within 20
    # minutes", a past event's length, nor one told with these words: "would go on to sell out within 20 minutes", the
    # past's future; "could see the flames within five minutes", what was seen; "Due to a faulty valve, the tank
    # emptied within 30 minutes", a cause)
    r"\b(?:will|would(?!\s+(?:go\s+on\s+to|later|eventually|soon)\b)|(?<=[a-z])['’]ll|"
    r"could(?!\s+(?:see|hear|smell|feel)\b)|expects?|expected|"
    r"due(?!\s+to\s+(?:the|a|an|its|his|her|their|this|that|these|those)\b)|ordered|promis(?:e|es|ed)|"
    r"(?:is|are|was|were)\s+to\s+be|on\s+condition\s+that)\b[^.;]{0,60}?\bwithin\s+" + _SPAN_HEDGE + r"$|"
    # time a supply or a fund is left to last, an estimate: "We have about 9,000 tonnes, enough for about six days of
    # this", "enough liquid assets to pay pensions for about seven years", in the clause of "enough" (not "enough beds
    # for 40 patients, and staff worked for 12 hours", a shift's length in a clause of its own)
    r"\benough\b[^.;,]{0,50}?\bfor\s+" + _SPAN_HEDGE + r"$|"
    # "an adult passport is valid for 10 years", "a ballot result stays valid for 6 months": the term a rule gives
    r"\bvalid\s+for\s+" + _SPAN_HEDGE + r"$|"
    # "timed the queue at the bottled-water station at 35 minutes", "gave the film's running time as 97 minutes": a
    # time measured
    r"\brunning\s+time\s+(?:of|as|is|was|at)\s+" + _SPAN_HEDGE + r"$|"
    r"\btimed\b[^.;]{0,60}?\bat\s+" + _SPAN_HEDGE + r"$|"
    # a usual length, a statistic: "the season usually lasts about eight weeks", "normally takes four hours"
    r"\b(?:usually|normally|typically|generally)\s+(?:lasts?|takes?|runs?\s+for)\s+" + _SPAN_HEDGE + r"$|"
    # an average placed after its noun: "the shortest average sleep, at 6.5 hours, and ... the longest, at 7.3 hours"
    r"\b(?:average|median|mean)\b(?:[^.;:]|\.\d){0,80},\s+at\s+" + _SPAN_HEDGE + r"$|"
    # "the maximum penalty for the offence is 10 years", "The offence carries a maximum penalty of two years": the most
    # a law allows (not "jailed for life with a minimum term of 15 years", a sentence a court gave)
    r"(?:\b(?:maximum|minimum)\s+(?:penalty|sentence|term)\b[^.;]{0,40}?\b(?:is|was)|"
    r"\b(?:carr(?:y|ies|ied)|faces?|faced)\s+an?\s+(?:maximum|minimum)\s+(?:penalty|sentence|term)\s+of)\s+"
    + _SPAN_HEDGE
    + r"$|"
    # a delay: "would delay a planned upgrade by at least three years", "a launch delayed by 14 months" (a thing the
    # article names; not "Market data delayed by 15 minutes", a page's notice, nor "delayed by more than 30 minutes",
    # a threshold, which the hedge leaves out)
    # "has postponed provincial elections in three eastern provinces by 90 days", "extended martial law by 90 days": a
    # date moved or a term lengthened by a body's act
    # "will delay the launch of Vigil-2, an Earth-observation satellite built partly at Kelling Moor, by at least 18
    # months": what is delayed may be set off by a description of it
    r"(?:\bdelay(?:s|ing)?\s+(?:[a-z'’-]+\s+){0,4}?(?:[\w'’-]+,[^.;]{0,90}?,\s+)?|"
    r"\b(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,2}?delayed\s+|"
    r"\b(?:postpon(?:e|es|ed|ing)|extend(?:s|ed|ing)?)\s+(?:[a-z'’-]+\s+){1,6}?)by\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|at\s+least)\s+)?$|"
    # "The fibre build is ahead of plan, by about three months", "behind schedule by six weeks": an advance or a delay
    r"\b(?:ahead\s+of|behind)\s+(?:the\s+|its\s+|their\s+)?(?:plan|schedule|target|timetable)\b,?\s+by\s+"
    + _SPAN_HEDGE
    + r"$|"
    # a closure a duty or an order sets on others, a limit (not how long a closure lasts or will last, background):
    # "Pubs in the district must close for 14 days under the order", "The regulator ordered the plant to shut for 30
    # days", "The bar was ordered to close for 28 days"
    r"\b(?:" + _DUTY + r"|ordered|required|forced)\s+(?:to\s+)?(?:[a-z-]+\s+){0,3}?(?:clos(?:e|ed)|shut)\s+(?:down\s+)?"
    r"for\s+" + _SPAN_HEDGE + r"$|"
    # a hold-up: "held up for 11 days at the crossing", "held at the border for 13 days"
    r"\bheld\s+(?:up\s+|at\s+(?:the\s+)?[a-z]+\s+)for\s+" + _SPAN_HEDGE + r"$|"
    # time needed, an estimate or a measure: "would take 25 years", "Radio signals take about 1.3 seconds" (not "it
    # took us three weeks", a past occasion, nor "Taking 20 years to complete, the cathedral ...", a participle that
    # sets the scene, which no word of the clause comes before)
    r"(?:\btake|\btakes|(?<=[a-z]\s)taking)\s+(?:us\s+|them\s+)?" + _SPAN_HEDGE + r"$|"
    # time added to the usual: "We walk an extra 40 minutes each way" (not "was given an extra 18 months", a penalty)
    r"(?<!\bgiven\s)(?<!\bhanded\s)(?<!\bsentenced\sto\s)\ban\s+extra\s+$|"
    # how soon most of many are done, a statistic: "most complete it within eight weeks", "most stolen quad bikes were
    # across the border within 48 hours" (not "at most", nor "most recently")
    r"(?<!\bat\s)\bmost\b(?!\s+recent)[^.;]{0,60}?\bwithin\s+" + _SPAN_HEDGE + r"$|"
    # a frequency: "every three months", "every 20 years or so"
    r"\bevery\s+$|"
    # a limit or a plan a body states as its own: "Our policy is to publish a correction within 48 hours", "The
    # council's own standard is to make them safe within 24 hours", "Our target is a decision within 21 days" (not
    # one person's: "His plan is to stay within 48 hours of the border")
    r"(?<!\bhis\s)(?<!\bher\s)(?<!\bmy\s)"
    r"\b(?:policy|standard|target|plan|aim|goal|pledge|promise|commitment|practice)\s+(?:is|was|remains)\s+"
    r"[^.;]{0,60}?\bwithin\s+" + _SPAN_HEDGE + r"$|"
    # time left before a thing can happen, an estimate of the earliest it can, so open-ended: "imported cargoes would
    # not land for at least six weeks", "The rice will not grow in this for at least two seasons", "will not retire for
    # another 30 years", "The vaccine would not be ready for at least 18 months" (not how long a state lasts: "will
    # not be open for a year"; nor a lay-off or a halt of a set length, a forecast state: "Okafor will not play for six
    # weeks", "Shares will not trade for two days")
    r"\b(?:will|would|wo)\s*(?:not\s+|n['’]t\s+)"
    r"(?:(?!(?:be|stay|remain|keep|have)\b)[a-z]+|be\s+(?:ready|operational|completed?|finished|built|available))\s+"
    r"(?:(?:again|here|there|in|on|at|this|that|it|the|[a-z]+ly)\s+){0,3}?for\s+"
    r"(?:at\s+least|another|a\s+further|more\s+than|over)\s+$|"
    # time needed, an estimate: "we would need about 14 months to build", 'repairs would take "at least six weeks"'
    r"\b(?:would|will|could|might|may|we|they|you|I)\s+(?:still\s+)?need\s+(?:only\s+)?" + _SPAN_HEDGE + r"$|"
    r"\btakes?\s+[\"“]" + _SPAN_HEDGE + r"$|"
    # a statistic whose subject is the average one: "the average injury kept a player out for 23 days", "The average
    # visitor stayed 4.2 nights": the span is what the average one's verb of time governs (not "The average rent has
    # doubled in five years", a period that labels a change)
    r"\b(?:the|an?)\s+(?:average|typical)\s+(?!(?:of|for|in|on|at|over|across)\b)[a-z-]+\s+(?:[a-z'’-]+\s+){0,6}?"
    rf"(?:for|(?!(?:{_NOT_A_VERB_OF_TIME})\b)[a-z'’-]+)\s+" + _SPAN_HEDGE + r"$",
    re.IGNORECASE,
)
# "will start about 10 days earlier by 2050": an advance or a delay foreseen (not "Forty minutes later she lay on her
# side", a past event's timing, nor "up from 14.1 million two years earlier", a period that dates a comparison)
FORESEEN_SHIFT_BEFORE = re.compile(r"\b(?:will|would|could|may|might|should)\b[^.;:,]{0,40}$", re.IGNORECASE)
# How long help, a warning or a response took against the event it answers, a measured time (tests/ingest_labelling.md,
# session 25: "a measured time"): "police arrived 11 minutes later", "the pumps arrived nine hours after the water",
# "it warned the agency six hours before opening the gates", "the warning came only two hours before", "the crew
# reached the liferaft 38 minutes after launching". The one that comes is one that responds, a service, a crew or
# help, and a body ("it") that warns, with "had" and an adverb allowed before the verb ("the crews had finally
# arrived"); not one person's own coming, by pronoun, name or description ("She had arrived two days after the
# funeral", "Her son Piet Lund arrived", "We arrived"), nor an event dated by another ("The climbers reached the summit
# six hours later", "four days after the ship ran aground")
# (a warning or an alert that "came" is one; "The exercise comes two months after talks broke down" dates the exercise;
# "2 hours and 40 minutes after" is one span, not its minutes alone)
_RESPONDERS = (
    r"police|officers?|constables?|ambulances?|paramedics?|medics?|nurses?|doctors?|firefighters?|"
    r"engines?|brigades?|crews?|rescuers?|lifeboats?|coastguards?|helicopters?|pumps?|engineers?|troops|soldiers|"
    r"army|teams?|units?|services?|help|aid|relief|supplies|reinforcements|responders?"
)
_BEFORE_RESPONSE_VERB = r"\s+(?:(?:had|has|have)\s+)?(?:(?:[a-z]+ly|only|then|eventually|later|soon|first)\s+)?"
RESPONSE_GAP_BEFORE = re.compile(
    r"(?:\b(?:" + _RESPONDERS + r")" + _BEFORE_RESPONSE_VERB + r"(?:arriv(?:e|es|ed)|reach(?:es|ed)|respond(?:s|ed)|"
    r"turn(?:s|ed)\s+up|warn(?:s|ed)|alert(?:s|ed))|"
    r"\bit" + _BEFORE_RESPONSE_VERB + r"(?:warn(?:s|ed)|alert(?:s|ed))|"
    r"\b(?:warning|alert|notice)\s+(?:came|comes))\s+"
    r"(?:(?!(?:in|on|at|for|about|around|by|with|after|before)\b)[A-Za-z'’-]+\s+){0,4}?" + _SPAN_HEDGE + r"$",
    re.IGNORECASE,
)
# A clause that dates or places what it tells: "In Sethary, where the heat arrived two days later"
_WHERE_OR_WHEN_CLAUSE = re.compile(r"\b(?:where|when)\b[^,;:]*$", re.IGNORECASE)
GAP_TO_EVENT_AFTER = re.compile(r"^\s+(?:after|before|later|earlier)\b(?!\s+than)", re.IGNORECASE)
SHIFT_AFTER = re.compile(r"^\s+(?:earlier|later|sooner)\b(?!\s+than)", re.IGNORECASE)
# "Every six months we wait, I expect ...": a span a clause goes on to be about, no frequency; "She telephoned us every
# twenty minutes", "She rang the coastguard every 15 minutes": one person's own doing, no timetable (not "She said the
# cap would change every three months", what a speaker reports)
EVERY_CLAUSE_AFTER = re.compile(r"^\s+(?:that\s+)?(?:we|I|you|they)\s+[a-z]")
# One of a family, by whose they are: "My father", "her husband"
KIN_NOUNS = (
    "father|mother|parents|son|daughter|brother|sister|husband|wife|partner|grandfather|grandmother|grandson|"
    "granddaughter|uncle|aunt|cousin|nephew|niece"
)
# One person as the subject: "he", "she", "I", or one of their kin ("my daughter", "her husband")
_ONE_PERSON = rf"(?:(?<![\w-])(?:[Hh]e|[Ss]he|I)|\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our)\s+(?:{KIN_NOUNS}))"
# One person or one household, as the subject or the object: "she", "her husband", "Mrs Ferrow", "The family"
ONE_HOUSEHOLD = re.compile(
    _ONE_PERSON + r"|(?<![\w-])(?:[Hh]im|[Hh]er)\b|\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]|"
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:family|couple|household)\b"
)
# An auxiliary of the past, one occasion told ("was dismissed with", "were evicted with")
_PAST_AUXILIARY = re.compile(r"\b(?:was|were|had|been)\b", re.IGNORECASE)
_NOTICE_CLAUSE_STOP = re.compile(r"[.;:!?,]")
# One person's own span, a habit or a wish and no rule or timetable: "My father visited us every three weeks", "He
# usually works for at least 14 hours on a Saturday", "He should serve for at least 12 years" (the verb, in the group
# "verb", is no word of saying: "She said the cap would change every three months" reports one)
ONE_PERSONS_SPAN_BEFORE = re.compile(
    _ONE_PERSON + r"\s+"
    r"(?P<verb>[a-z]+)\s+(?:[a-z'’]+\s+){0,3}?(?:every|within|for\s+at\s+least|for\s+a\s+minimum\s+of)\s+$"
)
# "she would need about 14 months to recover", "I will need six weeks off": the time one person needs, their own
# experience and no estimate anyone could check (not "we would need about 14 months to build", a body's)
ONE_PERSONS_NEED_BEFORE = re.compile(
    _ONE_PERSON + r"\s+"
    r"(?:(?:would|will|could|might|may)\s+|['’](?:d|ll)\s+)?(?:still\s+)?needs?\s+(?:only\s+)?" + _SPAN_HEDGE + r"$"
)
# ... but one person's estimate of the time a task needs is one anyone can check ("He will need at least 12 months to
# finish the repairs, the builder said", "she would need six months to draw up a plan"): the need takes an object
TASK_NEEDED_AFTER = re.compile(r"^\s+to\s+[a-z]+\s+(?:(?:up|out|down)\s+)?(?:the|a|an|its|their|this|that|all|every)\b")
# "My drive to my mother's care home now takes 25 minutes instead of eight": one person's own experience of a time
# taken, no statistic (mend26b)
MY_TIME_TAKEN_BEFORE = re.compile(
    r"(?<![\w'’-])[Mm]y\s+(?:[\w'’-]+\s+){0,8}?(?:(?:now|still|usually|normally|often|typically)\s+)?"
    r"(?:takes?|lasts?)\s+(?:me\s+)?" + _SPAN_HEDGE + r"$"
)
TIME_OFF_AFTER = re.compile(r"^[\"”’]?\s+off\b(?!\s+(?:a|an|the|its|their|our|his|her)\b)")
# "given two to six months apart": an interval; "38 weeks on average": a statistic; "21 seconds longer than a year
# earlier": a change in a time measured
SPAN_STATED_AFTER = re.compile(
    r"^\s+(?:apart\b|on\s+average\b|"
    # a time measured against an earlier one or a norm, not against another person ("served five years longer than
    # her predecessor")
    r"(?:longer|shorter)\s+than\s+(?:[\w-]+\s+){0,3}?(?:average|mean|median|target|standard|norm|years?|months?|"
    r"weeks?|quarters?|seasons?|decades?|(?:19|20)\d\d|earlier|before|planned|scheduled|expected)\b)",
    re.IGNORECASE,
)
# "the ban will run for at least 21 days after the last confirmed case, under the animal health rules": a span the
# clause gives to a rule or a law is a limit it sets (not "three years earlier, according to figures released under
# freedom of information rules", a period that dates a comparison and a rule its source was released by)
SET_BY_RULE_AFTER = re.compile(
    r"^(?!\s+(?:earlier|later|ago|before)\b)[^.;:]{0,60}?\b(?:under|as\s+required\s+by|required\s+by)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:(?!of\b)[a-z-]+\s+){0,3}?(?:rules|law|laws|regulations|code)\b",
    re.IGNORECASE,
)
# ... and only where a modal or a future verb governs the span: "Suspects were held for up to 14 days under the
# terrorism laws", "lived for 20 years under strict religious law" tell what happened under a rule, a span
RULE_GOVERNED_BEFORE = re.compile(r"(?:\b(?:will|would|can|could|may|might|must|shall)|['’]ll)\b[^.;:,]{0,50}$")
# ... or one the clause before it gives to a law, a rule or a requirement it names: "The legal limit for holding a
# suspect before trial is 12 months", "Harvonian law requires land to be certified clear for two growing seasons", "a
# rule that limits such back-billing to 12 months", "the league allows a further 60 minutes for deals" (not the size of
# a change a law makes: "Under the new law, the age will rise by three months a year"; nor a bare "must", which is as
# often one person's term or a guess: "He must serve 9 years", "must have died two days before the fire")
# (the rule governing the span, by a verb, a limit or "under" it: "Under the Air Passenger Rules you are entitled to a
# refund within seven days", "Under aviation rules, flights cancelled with less than 14 days' notice"; not a bare
# mention of one: "She has worked in family law for 25 years", "After a long legal battle, the family waited 14 months")
# (or the verb of a rule that gives the span: "Our rules give us 12 months to hand it over", "the law allows tenants
# two months")
RULE_NAMED_BEFORE = re.compile(
    r"\b(?:requires?|required|allows|limits|entitled|(?:legal|statutory)\s+(?:limit|maximum|minimum|period)|"
    r"(?:laws?|rules?|regulations?)\s+(?:give|gives|gave|allow|allowed|grant|grants|granted)\b|"
    r"under\s+(?:[\w'’-]+\s+){0,4}?(?:laws?|rules|regulations)\b|(?:laws?|rules|regulations),)[^.;]{0,60}"
    r"(?<!\bby\s)$",
    re.IGNORECASE,
)
# A threshold a body sets as the condition of its own act: "we want at least 72 hours of falling activity before we
# lower the alert", "The bank needs at least six weeks of stable prices before it cuts" (not one person's wish: "I want
# at least ten minutes of quiet before I go on stage")
THRESHOLD_WANTED_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:we|they|it)|\b(?:the|its|our|their)\s+[a-z]+)\s+(?:wants?|needs?|requires?)\s+"
    r"(?:at\s+least|a\s+minimum\s+of)\s+$",
    re.IGNORECASE,
)
BEFORE_OWN_ACT_AFTER = re.compile(
    r"^(?:\s+of\s+(?:[\w'’-]+\s+){1,3}?)?\s*before\s+(?:we|they|it|(?:the|its|our|their)\s+[a-z]+)\s+[a-z]+",
    re.IGNORECASE,
)
# How soon a thing is done, told as what happens now or as an order: "Most claims are paid within 30 days", "The
# office returns a passport within 24 hours", "it now pays small suppliers within 14 days", "Register with the
# administrators within 60 days", "uptake is achievable within two years". A span after "within" is a limit, a usual or
# measured time or an estimate (tests/ingest_labelling.md, session 25: "Spans of time: claim or duration") whenever
# its clause is not told in the past, where it is how long one past event took, background ("the post was corrected
# within 20 minutes", "Within three years it was back where it started", "she resigned within a year"). The clause runs
# back to the last stop or comma (not one inside a figure: "18,000"), so a reporting clause after a comma is no part.
WITHIN_SPAN_BEFORE = re.compile(
    r"(?:^|[.;:!?(\"“\n]|(?<!\d)[,.](?!\d))(?P<clause>(?:[^.;:!?,(\"“\n]|(?<=\d)[,.](?=\d)){0,120}?)"
    r"\b(?:within|inside)\s+(?:the\s+(?:next|first)\s+)?" + _SPAN_HEDGE + r"$",
    re.IGNORECASE,
)
# The words of a clause that tell no past: a present passive ("are still attended"), a modal or an infinitive ("is
# achievable", "to fix") and a participle a determiner makes an adjective ("returns a renewed permit"), struck out
# before the clause is searched for a verb in the past
_NOT_PAST_GROUP = re.compile(
    r"\b(?:is|are|be|being|to|will|would|can|could|must|should|may|might|shall)\s+"
    r"(?:(?:still|now|not|also|then|already|always|often|[a-z]+ly)\s+)?(?:be\s+|been\s+)?[a-z]+\b|"
    r"\b(?:a|an|the|its|their|his|her|our|your|my|every|each|any|all|this|these)\s+[a-z]+ed\b|"
    r"\b(?:pledged|promised|vowed|undertaken|committed)\s+to\b",
    re.IGNORECASE,
)
# A clause told in the past: an auxiliary of the past, a verb in -ed or one of the common irregular pasts
_TOLD_IN_PAST = re.compile(
    r"\b(?:was|were|had|did|(?-i:(?!un[a-z]+ed\b|[a-z]*eed\b|hundred\b)[a-z]{2,}ed)|sold|took|went|came|fell|lost|"
    r"left|got|gave|saw|made|found|ran|rose|began|became|kept|met|paid|sent|spent|won|told|brought|bought|caught|held|"
    r"knew|led|put|set|stood|wrote|said|sank|spread|swept|hit|shut|broke|struck|tore|flew|drove|grew|froze|burst|"
    r"fled|died|shot|threw|fought|sought|felt|built|stole|blew|chose|spoke|rode|withdrew|overtook)\b",
    re.IGNORECASE,
)
# ... and what is no time to be held to: a need ("we need a buyer within six weeks", "the soft ones have to go within 6
# weeks"), a place in time ("everyone I hired lives within an hour of the set"), a span that only picks out what is
# counted, with the clause's verb after it ("Complaints about the same home within 14 days were counted once"), and
# one person's own doing ("I see it in the register within a month") or plan
WITHIN_NOT_HELD_TO = re.compile(
    r"\b(?:needs?|have\s+to|has\s+to|lives?|living|based|located)\b|^\s*" + _ONE_PERSON + r"\s+(?P<verb>[a-z]+)\b|"
    # one person's plan ("His plan is to stay within 48 hours of the border"), the past's future ("which would go on to
    # sell out within 20 minutes") and what was seen ("could see the flames within five minutes")
    r"^\s*(?:[Hh]is|[Hh]er|[Mm]y)\s+[a-z]+\s+(?:is|was)\s+to\b|"
    r"\bwould\s+(?:go\s+on\s+to|later|eventually|soon)\b|\bcould\s+(?:see|hear|smell|feel)\b|"
    # a shop's offer left in the cleaned text, a verbless line or a bare "Order" ("Free returns within 30 days", "Order
    # within 2 hours for next-day delivery"), no limit a rule or a body sets
    r"^\s*(?:(?:[Ff]ree\s+)?(?:[Rr]eturns?|[Rr]efunds?|[Ee]xchanges?|[Dd]elivery)|[Oo]rder(?:\s+now|\s+today)?)\s*$",
)
# The window of a share or a change the clause counts, no time of its own: "a third of new teachers leave within five
# years", "Nine in ten calls are reached within ten minutes", "roughly triple that within three weeks"; and a span that
# opens its sentence, which dates what follows ("Within three years it was back where it started", as "in two years"
# labels a comparison)
SHARE_IN_WINDOW = re.compile(
    r"%|\b(?:per\s*cent|percent|half|thirds?|quarters?|fifths?|tenths?|(?:one|two|three|four|five|six|seven|eight|nine)"
    r"\s+in\s+[a-z0-9]+|double[sd]?|triple[sd]?|twice)\b",
    re.IGNORECASE,
)


def _words(words: str) -> str:
    """A cues.py list of words, written with spaces, as a regex alternation."""
    return "|".join(words.split())


# "within 28 days of receiving their letters", "within 2 hours of the fault being found", "within 48 hours of being
# told": a span counted from an event, a deadline or a measured response even when told in the past (not a share's
# window, "94 percent within four hours of the first frost warning", which SHARE_IN_WINDOW keeps out). The event word
# is kept (group "event"): from a point in a story (SPAN_TIME_POINTS) a span told in the past is background
_START_EVENT = _words(SPAN_START_EVENTS)
_TIME_POINTS = frozenset(SPAN_TIME_POINTS.split())
SPAN_FROM_EVENT_AFTER = re.compile(
    # (told of by a notice: "within 48 hours of being told", not "died within 36 hours of being sent home", a past
    # event's length)
    # ("being asked", "being contacted" are a request, no notice: "The ministry replied within two days of being
    # contacted by the Wire" is background, so they count as points in a story, group "asked")
    rf"^\s+of\s+(?:being\s+(?:{_words(SPAN_NOTICE_PASSIVES)}|(?P<asked>{_words(SPAN_REQUEST_PASSIVES)}))\b|"
    rf"(?P<verb>{_words(SPAN_START_VERBS)})\b|"
    rf"(?:the|this|that|its|their|each|every)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<event>{_START_EVENT})\b)"
)
# The stops that end a sentence's earlier clause, to find what a span after a comma hangs on
_CLAUSE_STOP = re.compile(r"[.;:!?\n]")
VERB_AFTER_SPAN = re.compile(
    r"^(?:\s+of\s+[^.;:,]{0,40}?)?\s+(?:was|were|is|are|had|have|has|can|could|should|must|will|would|may|might)\b"
)
# A span after a bare conjunction or adverb ("and within two hours the roof had collapsed", "But within three weeks")
# opens its clause, and a place in time is told with a bare copula and what it is near ("The hotel is within five
# minutes of the beach")
_OPENING_WORDS = re.compile(r"^\s*(?:(?:and|but|yet|then|so|only|even|just)\s*)+$", re.IGNORECASE)
_COPULA_END = re.compile(r"\b(?:is|are|was|were|be|lies|sits)\s*$", re.IGNORECASE)
_NEAR_WHAT = re.compile(r"^\s+(?:(?:by\s+)?(?:car|bus|train|foot|drive|walk|ride)\s+)?(?:of|from)\b", re.IGNORECASE)


def _delay_stated(before: str, after_unit: str) -> re.Match[str] | None:
    """A delay stated as its subject's complement ("The delay is five months"), not a date nor another's clause."""
    delay = DELAY_STATED_BEFORE.search(before[-120:])
    if not delay or DATE_PHRASE_AFTER.match(after_unit) or DELAY_OBJECT_BEFORE.search(before[-120:][: delay.start()]):
        return None
    return delay


def _notice_bound(before: str, after_unit: str) -> bool:
    """A notice period a rule counts back from an event ("If you were told less than 14 days before departure")."""
    if not NOTICE_EVENT_AFTER.match(after_unit):
        return False
    bound = NOTICE_BOUND_BEFORE.search(before[-60:])
    if not bound:
        return False
    return (
        not bound.group("told")
        or bool(NOTICE_RULE_CLAUSE.search(before[-120:]))
        or bool(NOTICE_RIGHT_AFTER.match(after_unit))
    )


def _notice_given(before: str, after_unit: str) -> bool:
    """A notice period given or taken ("by giving 7 days' written notice"), in a clause not about one person."""
    if not GIVEN_NOTICE_AFTER.match(after_unit):
        return False
    given = GIVEN_NOTICE_BEFORE.search(before[-60:])
    if not given:
        return False
    clause = _NOTICE_CLAUSE_STOP.split(before[-120:])[-1]
    if FIRST_PERSON.search(clause) or ONE_HOUSEHOLD.search(clause):
        return False
    return given.group("verb").lower() != "with" or not _PAST_AUXILIARY.search(clause)


def _within_span_claimed(before: str, after_unit: str) -> bool:
    """How soon a thing is done or must be, "within" a span, in a clause not told in the past."""
    within = WITHIN_SPAN_BEFORE.search(before[-160:])
    if not within or VERB_AFTER_SPAN.match(after_unit):
        return False
    clause = within.group("clause")
    event = SPAN_FROM_EVENT_AFTER.match(after_unit)
    if event and SHARE_IN_WINDOW.search(before[-160:]):
        event = None
    if not clause.strip():
        # "agreed to open a crossing, at Sarrel, within 7 days of the signing": a span after a comma holds only under
        # the rule's or the body's cue of the clause it hangs on; one that opens its sentence ("Within 10 minutes of
        # the start, Rovers were ahead", "Within five years of the end of the war, the town had rebuilt") dates what
        # follows, and one after another clause is background
        head = _CLAUSE_STOP.split(before[-160:][: within.start("clause")])[-1]
        return bool(event) and bool(head.strip()) and bool(SPAN_RULE_CUE.search(head))
    if _OPENING_WORDS.match(clause) or SHARE_IN_WINDOW.search(clause):
        return False
    if _COPULA_END.search(clause) and _NEAR_WHAT.match(after_unit):
        return False
    held = WITHIN_NOT_HELD_TO.search(clause)
    if held and (not held.group("verb") or held.group("verb") not in STANCE_OF):
        return False
    word = (event.group("event") or event.group("verb") or "").lower() if event else ""
    point = bool(event and (event.group("asked") or word in _TIME_POINTS))
    if event and (not point or SPAN_RULE_CUE.search(clause)):
        # "had to do so within 28 days of receiving their letters", "Our line was stopped within 2 hours of the fault
        # being found": a deadline or a measured response, told in any tense; from a point in a story ("sold the site
        # within six months of the end of the war", "scored within 10 minutes of the start") only under a rule's cue
        return True
    return not _TOLD_IN_PAST.search(_NOT_PAST_GROUP.sub(" ", clause))


# The time a stock, a fund or a supply lasts, an estimate of time left (tests/ingest_labelling.md, session 25: "an
# estimate or forecast of time needed or left"), told by what the span measures: "stocks stood at three weeks' supply",
# "about 19 days of chlorine stocks"
SUPPLY_SPAN_AFTER = re.compile(
    r"^(?:['’]s?\s+|\s+of\s+)(?:[a-z-]+\s+)?(?:supply|supplies|stocks?)\b",
    re.IGNORECASE,
)
# ... a sum told as the time it would pay for, after a verb of equal worth: "equal to about 16 months of spending",
# "That is more than four months of what our own factories make" (a stock's "reserves cover about seven months of
# running costs" is read below by the stock's own verb; a grant or a fee that "covers three years of running costs" is
# the term a budget covers, as is "The 212 million includes two years of running costs")
SUM_AS_TIME_AFTER = re.compile(
    r"^\s+of\s+(?:(?!(?:my|his|her|your)\b)(?:[a-z-]+\s+){0,2}?(?:spending|costs|imports|wages|pay)\b|what\b)"
)
SUM_AS_TIME_BEFORE = re.compile(
    r"\b(?:equal\s+to|equivalent\s+to|worth|(?:that|this|it)\s+is|(?:that|this|it)['’]s)\s+" + _SPAN_HEDGE + r"$",
    re.IGNORECASE,
)
# Pay measured in time, a term an employer offers or a contract sets (tests/ingest_labelling.md, session 25: a span a
# rule or a plan can be held to): "two weeks' salary for each year of service", "offered four weeks' pay", "would pay
# every worker at least three months' wages"; told by the possessive of the span before the pay, and by a year of
# service it is reckoned per or by the verb that pays or offers it (not "are owed three months' wages", a debt, nor
# "take the three months' pay in lieu", one person's own)
PAY_AS_TIME_AFTER = re.compile(r"^['’]\s+(?:[a-z-]+\s+)?(?:pay|wages|salary|salaries|earnings)\b(?P<rest>.*)")
SERVICE_YEAR_AFTER = re.compile(
    r"^\s+(?:for|per)\s+(?:each|every|a)\s+(?:[a-z-]+\s+)?year\s+(?:of\s+)?(?:service|employment|work)\b"
)
PAY_VERB_BEFORE = re.compile(
    r"\b(?P<verb>pay|pays|paid|paying|offers?|offered|offering|receive|receives|received|get|gets|give|gives|given|"
    r"redundancy(?:\s+pay)?\s+of|severance(?:\s+pay)?\s+of)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:(?:at\s+least|a\s+minimum\s+of|up\s+to|only|just)\s+)?$",
    re.IGNORECASE,
)
# "pay" pays only as a verb: after "to", a modal, "do", a pronoun or a plural subject ("would pay every worker",
# "Employers must pay staff", "firms pay"), not the noun ("The pay dispute cost strikers three weeks' wages", "Their pay
# cut takes away two weeks' wages")
PAY_AS_VERB_BEFORE = re.compile(
    r"(?:\b(?:to|will|would|could|should|must|may|might|can|cannot|shall|do|does|did|not|never|also|still|then|and|or|"
    r"who|we|they|you|I)|n['’]t|['’]ll|\b(?!(?:its|this|his|hers|was|is|has|as|less|plus|thus)\b)[a-z-]+[a-rtv-z]s|"
    r"\b[a-z]+ly)\s+$",
    re.IGNORECASE,
)
# A debt, pay that was due and not paid: "have not been paid three months' wages", "were never paid", "are yet to be
# paid" (the merge's "are owed three months' wages", in other words)
PAY_WITHHELD_BEFORE = re.compile(
    r"(?:\b(?:not|never)|n['’]t|\byet\s+to)\s+(?:(?:been|be|being|yet|even|ever|fully|still|all)\s+)*$", re.IGNORECASE
)
# One person's own pay, the one paid, offered or receiving it: "I was paid two weeks' wages", "She was offered two
# weeks' pay", "I received four weeks' pay", "My brother gets two weeks' pay for every year of service" (not "He would
# pay every worker", one who pays)
ONE_PERSONS_PAY_BEFORE = re.compile(
    _ONE_PERSON + r"(?:['’][a-z]+)?\s+(?:(?:has|have|had|will|would|could|might|may|should|must|only|just|also|still|"
    r"then|once|even|usually|normally|always|already|never|finally)\s+)*"
    r"(?P<passive>(?:was|were|is|are|am|been|be|being|get|gets|got)\s+)?(?:(?:only|just|also|still|then|even|finally)\s+)*$"
)
# ... or by the stock's own verb of level or of lasting: "National stocks stand at 14 weeks", "stocks have fallen below
# four weeks", "our stocks are down to about 10 days", "Its stocks would last about five weeks", "Fuel for it lasts
# perhaps 10 more days", "We have fuel for about four days", "had cash to pay wages for less than two weeks" (not
# "buying bottled water for a week", one family's doing, which no verb of having governs)
_STOCK = r"(?:stocks?|supplies|reserves|stockpiles?|fuel|cash|food|feed|water)"
STOCK_LEVEL_BEFORE = re.compile(
    rf"\b{_STOCK}\b(?:\s+(?:of|for)\s+[a-z-]+(?:\s+[a-z-]+)?)?\s+(?:(?:have|has|had|would|will|could|may|might|now|still)\s+)*"
    r"(?:(?:stand|stands|stood|are|is|were|was|fall|falls|fallen|fell|dropped|drop|drops|down|back|cover|covers|"
    r"covered)\s+(?:(?:at|to|below|above|under|over|down\s+to)\s+)?|(?:last|lasts|lasted)\s+(?:for\s+)?)[\"“]?"
    + _SPAN_HEDGE
    + r"$|"
    rf"\b(?:have|has|had|hold|holds|with|(?<!have\s)(?<!has\s)(?<!had\s)(?<!was\s)(?<!were\s)held)\s+"
    rf"(?:(?!been\b|held\b|[a-z]+ing\b|no\b|not\b|without\b|an?\b)[a-z-]+\s+){{0,3}}?{_STOCK}\s+"
    r"(?:to\s+[a-z]+\s+(?:[a-z]+\s+)?)?for\s+" + _SPAN_HEDGE + r"$",
    re.IGNORECASE,
)

# A recipe's or a how-to's step, an order to the cook and no limit or stock anyone could check: "Cover the rice with
# water for 30 minutes", "Soak the beans in cold water and cook within 12 hours"
RECIPE_STEP_BEFORE = re.compile(
    r"(?:^|[.!?\n]\s*)(?:cover|leave|soak|steep|rinse|drain|top|fill|mix|stir|simmer|boil|cook|bake|marinate|chill)\s+"
    r"[^.!?\n]*$",
    re.IGNORECASE,
)

# "Construction is due to start in 2028 and to take 2 years": a plan's term, told as background
PLANNED_TERM_BEFORE = re.compile(r"\bdue\s+to\b[^.;:]{0,50}\band\s+(?:to\s+)?take\s+\S*\s*$", re.IGNORECASE)

IDENTIFIER_NOUNS = {
    "local", "post", "flight", "route", "article", "section", "resolution", "room", "gate", "terminal", "highway",
    "bus", "line", "platform", "chapter", "phase", "level", "category", "grade", "ward", "unit", "block", "lot",
    "case", "bill", "act", "order", "decree", "pier", "berth", "runway", "track", "stage", "zone", "sector",
    "camp", "precinct", "district", "station", "exit", "lane", "division", "battalion", "brigade", "squadron",
    "regiment", "fleet", "corps", "class", "model", "version", "item", "clause", "paragraph", "amendment",
    "lift", "tower", "reactor", "hangar", "dock",  # "Lift 3 in the west tower was out of service"
    "patch",  # "Patch 1.1 arrives today": a release of a game or a program
}  # fmt: skip
# The parts a document is numbered in: "version 1 of this advice", "slide 12", "Table 3 lists", "Appendix 2". Each is
# an identifier's noun (IDENTIFIER_NOUNS) when capitalised; in lower case too, but for "table" and "figure", which are
# ordinary words there ("top of the table 10 points clear", "the figure 2 per cent higher"), "exhibit", a verb too
# ("will exhibit 300 of its coins"), and the provisions "clause", "paragraph" and "annex", which the rule book's rule in
# _is_identifier reads ("Under the regulation 12 firms were fined" counts)
DOCUMENT_PART_NOUNS = frozenset(
    {"version", "slide", "chapter", "clause", "paragraph", "section", "article", "appendix", "annex", "exhibit",
     "table", "figure"}
)  # fmt: skip
IDENTIFIER_NOUNS |= DOCUMENT_PART_NOUNS
_LOWER_CASE_PARTS = DOCUMENT_PART_NOUNS - {"table", "figure", "exhibit", "clause", "paragraph", "annex"}
DOCUMENT_PART_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_LOWER_CASE_PARTS))})\s+$")
# ... but not a part followed by what it counts or measures ("a chapter 40 pages long", "a section 3 metres wide"), nor
# a part of a whole ("In the final version 12 of the 40 proposals survived"; "version 1 of this advice" names a part)
DOCUMENT_PART_COUNTED_AFTER = re.compile(
    r"\s+(?:(?!(?:is|was|has|does|means|lists|shows|says|sets|gives|puts)\b)[a-z]+s\b|(?:people|children|men|women)\b"
    rf"|of\s+(?:{DETERMINER})\s+[\d,]*\d)"
)
SCORE_CONTEXT = re.compile(
    r"\b(?:beat|beats|beaten|won|win|wins|lost|lose|loses|drew|draw|defeated|defeat|thrashed|edged|score[ds]?|"
    r"victory|trailing|led|leading)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
# The number of sources a report cites is no claim: "two officials said", "three people familiar with".
SOURCE_NOUNS = {
    "officials", "sources", "diplomats", "executives", "aides", "officers", "lawmakers", "people", "persons",
    "analysts", "employees", "members", "advisers", "advisors", "insiders", "witnesses", "residents", "engineers",
}  # fmt: skip
# People named as a body without a plural -s: "Two IT staff, who spoke ..., said"
COLLECTIVE_PEOPLE = {"staff", "personnel", "crew", "police", "clergy"}
# (a pronoun between makes the cue another's: "expel twelve diplomats who it said had helped" counts diplomats)
SOURCE_CUE_AFTER = re.compile(
    r"^(?:\s+(?!said|say|says|told|(?:it|he|she|we|they|I|you)\b)[\w'’-]+){0,5}?\s+(?:said|say|says|told|tell|"
    r"have said|had said|"
    r"familiar with|with (?:direct )?knowledge|briefed on|close to|who (?:spoke|asked|declined|requested)|"
    r"speaking on|involved in)\b"
)
RESPONDENTS_AFTER = re.compile(
    r"(?:\s+[a-z]+s)?\s+(?:who|that)\s+(?:(?:had|have)\s+)?(?:responded|replied|answered|took\s+part|participated|"
    r"were\s+(?:polled|surveyed|asked|interviewed|questioned))\b"
)
# "A survey of 1,500 adults", "In a poll of 1,850 parents", "Our survey of 2,140 readers": the sample a poll's shares
# are of (a census counts a population: its figure is the finding)
# ("The latest survey by Norlund Research, of 1,800 adults": the pollster set off between the survey and its sample;
# "In a sample of 30 residents' records": the sample itself; "In a survey for the Post by Tallis Research of 1,204
# adults", "The association's quarterly survey, of 412 firms": the pollster or a comma, either, between)
POLL_OF_BEFORE = re.compile(
    r"\b(?:survey|poll|opinion\s+poll|questionnaire|sample)(?:\s+(?:by|for)\s+[^.;:,]{1,50}?)?,?\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|over|just\s+over|just\s+under)\s+)?"
    # "a survey of 4,600 households in 212 villages": the places the sample was drawn from are the sample too
    r"(?:[\d,]+\s+[a-z]+\s+in\s+)?$",
    re.IGNORECASE,
)
POLL_WORD = re.compile(r"(?i:survey|poll|questionnaire|sample)")  # a cheap test before POLL_OF_BEFORE
RESPONDENTS = re.compile(r"\s+(?:(?!of\b)[a-z-]+\s+)?respondents\b")
# A survey or poll named in the sentence before its answers are counted: "The reader survey ...; it drew 1,160
# responses", "We ran a quick poll on our app and 1,100 students answered", "1,310 pilots had answered the survey"
# (a consultation's responses are a count of their own)
POLLED_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\s+(?:polled|surveyed)\b")
POLL_NAMED = re.compile(r"\b(?:survey|poll|questionnaire)s?\b", re.IGNORECASE)
POLL_ANSWERS_AFTER = re.compile(
    r"(?:\s+(?:[a-z-]+\s+)?(?:responses|replies)\b|"
    r"(?:\s+[a-z-]+)?\s+(?:(?:had|have|has)\s+)?(?:answered|responded|replied|completed|took\s+part)\b)"
)


# The whole a finding is counted out of, named by who went to it: "in 11 of the 14 prisons we visited", "Of the 30
# households we visited on Harbour Row, 11 said"
VISITED_WHOLE = re.compile(
    r"\b[Oo]f\s+the\s+[\d,]+(?:\s+[a-z-]+){1,3}?\s+(?:that\s+|which\s+)?(?:we|they|inspectors|researchers)\s+"
    r"(?:had\s+)?visited\b"
)


def is_poll_sample(sentence: str, m: re.Match) -> bool:
    """
    "a survey of 1,500 adults", "In a poll of 1,850 parents", "Of the 312 respondents": the size of a poll's sample,
    which tells how a finding was reached, not a finding (it still names what the clause goes on to count).
    """
    if m.group("pct") or m.group("cur"):
        return False
    window = sentence[max(0, m.start() - 100) : m.start()]
    if (POLL_WORD.search(window) and POLL_OF_BEFORE.search(window)) or RESPONDENTS.match(sentence, m.end()):
        return True
    if "visited" in sentence and (whole := VISITED_WHOLE.match(sentence, max(0, m.start() - 7))) is not None:
        return whole.start() < m.start()  # "in 11 of the 14 prisons we visited": the sample, not a finding
    if POLLED_AFTER.match(sentence, m.end()):
        return True  # "24 economists polled by Reuters", "Eleven of 14 economists polled": those a poll asked
    if (asked := ASKED_BEFORE.search(window)) and (
        ASKED_ABOUT_AFTER.match(sentence, m.end()) or SURVEY_ASKING_BEFORE.search(window, 0, asked.start())
    ):
        # "which asked 14,200 adults about their health", "The guild's cost survey, which asked 412 member firms for
        # their prices": those a question was put to
        return True
    if RETURNS_FROM_BEFORE.search(window):
        return True  # "Based on returns from 64 member hotels, 12 have closed": what a finding rests on
    return POLL_ANSWERS_AFTER.match(sentence, m.end()) is not None and POLL_NAMED.search(sentence) is not None


SAMPLED_BEFORE = re.compile(
    r"\b(?P<verb>surveyed|polled|interviewed|questioned|sampled)\s+"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?$"
)
# "The survey, which asked 14,200 adults about their health", "I asked 25 musicians at the festival how they make a
# living": the people a question was put to, a poll's sample (not "asked 300 staff to take a pay cut", a request)
ASKED_BEFORE = re.compile(r"\basked\s+(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?$")
ASKED_ABOUT_AFTER = re.compile(r"(?:\s+[\w'’-]+){1,8}?\s+(?:about|whether|how|what|why|if)\s")
# A survey or poll that does the asking: "The guild's annual cost survey, which asked 412 member firms for their
# prices" (a survey asks only its sample)
# (a relative clause of the survey; "The survey asked 500 parents' views" is left to what follows the figure)
SURVEY_ASKING_BEFORE = re.compile(r"\b(?:survey|poll|questionnaire),?\s+(?:which|that)\s+$", re.IGNORECASE)
# "Based on returns from 64 member hotels", "the bulletin drew on returns from 2,340 farms": what a finding rests on,
# a sample (not "delayed by late returns from two ports", what held it up)
RETURNS_FROM_BEFORE = re.compile(r"\b(?:[Bb]ased|drew|draws|drawn|relies|relied)\s+on\s+returns\s+from\s+$")
# A partitive of the speaker's own group after the figure: "she interviewed 300 of us" (a poll's "we surveyed 1,400 of
# our members" is its sample all the same)
OF_OUR_OWN_AFTER = re.compile(r"\s+of\s+(?:us|our|my)\b")
# What a study was made of, named before its figure: "records from 1,912 GP practices", "analysis of 36 procurement
# contracts", "an analysis of more than 48,000 rental listings", "a study of 30 sites", "carried out by 2,870
# volunteers at 3,412 sites", "covered all 37 councils" (but not "we covered 90 night shifts", "the pipes covered 14
# kilometres": what was done, the finding). The size of the evidence is how the finding was reached, not a finding
# (nor is a poll's sample, "a survey of 1,850 adults": is_poll_sample)
STUDY_BASE_BEFORE = re.compile(
    r"\b(?:(?:analysis|stud(?:y|ies))\s+of(?:\s+(?:about|around|some|nearly|almost|more\s+than|over))?|"
    r"(?:records|data|readings|figures|counts|bulletins)\s+from|(?:records|data)\s+for|results\s+for|"
    # "Working from the footage of its 38 cameras": the evidence a finding was drawn from
    r"footage\s+(?:of|from)|(?:collected|gathered)\s+[a-z]+\s+from|"
    r"carried\s+out\s+by(?:\s+[\d,]+\s+[a-z]+\s+at)?|covered(?=\s+all\b)|matched\s+"
    r"(?:it|them|the\s+[a-z]+(?:\s+[a-z]+)?)\s+to|"
    # "looked at all 212 monthly reports", "responses from 1,380 farms", "The figures come from 182,400 records",
    # "interviewed 21,600 voters at 140 polling stations": where the evidence came from
    r"(?:looked\s+at|examined|reviewed|analysed|analyzed)(?=\s+all\b)|responses\s+from|"
    r"(?:figures|data|findings|results)\s+(?:come|came|comes)\s+from|"
    r"(?:surveyed|polled|interviewed|questioned|sampled)\s+[\d,]+\s+[a-z]+\s+at|"
    # "The survey covered 1,140 members", "The bureau's price survey covered 1,240 shops and markets in 38 towns", "The
    # survey, which covers 312 shops": whom a survey reached, its sample (not "The scheme covers all 11 libraries")
    r"\b(?:survey|poll)\b(?:,\s+which)?\s+cover(?:s|ed)(?:\s+[\d,]+\s+[a-z]+(?:\s+and\s+[a-z]+)?\s+in)?|"
    # "Researchers led by the University of Estervale visited 41 colonies", "His team measured methane at 14 restored
    # sites", "The team used drones on 12 islands": the sites a study went to, where its finding was made (not
    # "followed 4,200 patients", a trial's cohort, nor "counted 8,900 breeding pairs", the finding)
    r"\b(?:[Rr]esearchers|[Ss]cientists|[Tt]eam|[Ss]urveyors)\b[^.;]{0,80}?\b"
    r"(?:visited|watched|(?:measured|used)\s+[a-z]+\s+(?:on|at|in)))"
    # ("collected water from 1,240 homes in 38 towns": the places the evidence was drawn from, as a poll's)
    r"\s+(?:all\s+)?(?:(?:the|its|their)\s+)?(?:[\d,]+\s+[a-z]+\s+in\s+)?$"
)
# The newsroom's note on its method, told in its own voice outside any quotation: "We obtained 14,112 complaint
# records", "We asked the utility for ... and received 41,760 rows", "We excluded 212 rows", "... and left out 3
# special schools", "We matched the records to the city's 28 wards" (not "We used 460 camera traps", "We mapped all
# 186 crashes", what the reporters did being the finding); and the people a newsroom interviewed: "The Sentinel spoke
# to 15 runners at the finish", "We spoke to 23 students for this article"
NEWSROOM_METHOD = re.compile(r"\W*(?:We|The\s+[A-Z][\w-]+)\s")
QUOTE_MARK = re.compile(r"[\"“”]")
METHOD_VERB = re.compile(
    r"^\W*We\s[^.;:]*\b(?:obtained|excluded|left\s+out|received|matched)\b[^.;:]*$|"
    r"^\W*(?:We|The\s+[A-Z][\w-]+)\s+spoke\s+to\s+(?:(?:about|around|more\s+than|nearly|some)\s+)?$"
)
# What readers sent, which a letters page counts as its finding: "We received 212 letters and emails in a week"
POSTBAG_AFTER = re.compile(r"[\d,]*\s+(?:letters|e-?mails|messages)\b")
# The paper gathering its evidence from every one of a set: "We collected monthly figures ... from all 34 planning
# offices", "We obtained flow records for all 62 of the utility's zones", "We asked all 34 hospital trusts for"
OUR_EVIDENCE_BEFORE = re.compile(
    r"\b[Ww]e\s+(?:collected|obtained|gathered|requested|asked|analysed|analyzed|examined|reviewed|contacted|"
    r"wrote\s+to)\b[^.;:\"“”]{0,80}?\ball\s+$"
)
SAMPLED_WHOLE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}[a-z]+s\s+(?:surveyed|polled|sampled|tested|inspected|studied|examined|analysed|analyzed)\b"
)
# "before they reach 60", "until they are 67", "retire at 63"; not "the toll reached 64", which counts
AGE_REACHED_BEFORE = re.compile(
    r"\b(?:(?:they|we|you|I|he|she|who)\s+(?:are|were|am|is|was|turn|turns|turned|reach|reaches|reached)|"
    r"(?:retire|retires|retired|retiring|retirement)\s+at|"
    # "joined the drawing office at 23", "married at 19", "left school at 15": a life told by the ages of its turns
    r"(?:joined|married|died|emigrated|enlisted|graduated|left\s+(?:school|home)|started|began|took\s+over)\b"
    r"[^.;,]{0,40}\bat)\s+$",
    re.IGNORECASE,
)
# People, then the age that bounds them: "children under 12", "Farmers under 40", "staff aged over 60" (people: not
# the heads of an unnamed source that are no persons, "outlets over 100 square metres", "newspapers over 40 pages")
_PERSON_HEADS = "|".join(
    head
    for head in ANONYMOUS_HEADS.split("|")
    if head not in {"sources?", "authorities", "groups", "monitors", "outlets", "media", "newspapers", "broadcasters"}
)
_AGED_PEOPLE = (
    rf"(?i:{_PERSON_HEADS}|children|persons?|adults|men|women|passengers|those|anyone|everyone|somebody|pupils|"
    r"patients|employees|staff|drivers|students|voters|applicants|pensioners|claimants|candidates)"
)
AGE_BOUND_END = re.compile(r"\b(?:under|over|aged|than)\s+$")
AGE_BOUND_BEFORE = re.compile(rf"\b{_AGED_PEOPLE}\s+(?:under|over|aged|older than|younger than)\s+$")
# A share, a measure or a count after the number, no age: "over 50 per cent", "over 100 square metres", "over 20
# hours", "under 40 pages" (a hand list: a plural is as often a verb, "workers under 18 rises")
MEASURE_AFTER_AGE = re.compile(
    r"\s*(?:%|per\s*cent\b)|\s+(?:people|persons|hours|minutes|days|weeks|months|miles|kilometres|metres|tonnes|"
    r"square|cubic|hectares|acres|pages|words|seats|beds|rooms|employees|staff|litres|kilos|kilograms)\b"
)
# ... or told of them after a verb "be": "Applicants must be under 40", "who are, by definition, over 66"
AGE_BOUND_BE_BEFORE = re.compile(
    rf"\b(?:{_AGED_PEOPLE}|who|they|you)\s+(?:(?:must|should|will|would|need\s+to|have\s+to)\s+)?(?:be|are|were)\b"
    r"(?:,\s+[^.;:\d,]{1,25},)?\s+(?:under|over|older than|younger than)\s+$"
)
# A person the page does not name, then their age set off by commas: "A man, 44, from Oxtarn", "the driver, 61,"
PERSON_BEFORE_AGE = re.compile(
    r"\b(?:man|woman|boy|girl|teenager|pensioner|driver|cyclist|pedestrian|motorist|passenger|resident|mother|"
    r"father|son|daughter|husband|wife)\s*,\s*$",
    re.IGNORECASE,
)
# A sentence's subject, one of a kind named by its singular noun, then an age set off by commas: "The master, 54, has
# been questioned", "Its owner, 71, said"; a count of a singular noun would give the noun after it
# anywhere in the sentence, after an owner too ("The ship's master, 57,", "Police arrested the master, 57, on
# Monday"); not a part of a group told before, whose size the figure is ("The second group, 35,", "The remainder, 40,
# were porters", "The majority, 28,")
SUBJECT_BEFORE_AGE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[A-Za-z][\w-]*['’]s)\s+"
    r"(?:[A-Za-z][a-z-]*\s+){0,2}"
    r"(?!(?:group|remainder|rest|majority|minority|total|batch|balance|other|tally|number|half|third|quarter|share|"
    r"part|portion|lot|set|wave|intake|cohort|figure|sum)\b)[a-z]{3,}(?<!s),\s*$"
)
# ... the age's closing comma, or more told of the person ("The skipper, 61 and a grandfather, was rescued")
AGE_SET_OFF_AFTER = re.compile(r"\s*,\s*[a-z]|\s+and\s+an?\s+[a-z]+\s*,")
# The margin a motion passed by: "passed by 161 votes to 138", "carried 112 to 97, with 6 abstentions"; not the votes
# each side won in a count ("Yes won 1,204 votes to 988 for No"), which are its result
YOUNGEST_OLDEST_BEFORE = re.compile(
    r"\b(?:youngest|oldest)\b(?:\s+of\s+[^.;:,\d]{0,40}?)?\s+(?:was|is|were|are)\s+$", re.I
)
# A figure of a tally, in digits or in words: "by 31 votes to 19", "by nine votes to four"
_TALLY_FIGURE = rf"(?:\d[\d,]*|{WORDNUM})\b"
VOTE_TALLY_AFTER = re.compile(rf"\s+(?:to|against)\s+{_TALLY_FIGURE}(?:\s+votes)?\s*,\s*with\b")
VOTE_MARGIN_AFTER = re.compile(rf"\s+votes?\s+(?:to|against)\s+{_TALLY_FIGURE}")
VOTE_TALLY_BEFORE = re.compile(
    rf"\bby\s+{_TALLY_FIGURE}\s+votes?\s+(?:to|against)\s+$|\bvotes?\s+(?:to|against)\s+{_TALLY_FIGURE}\s*,?\s*with\s+$"
)
# A tally told by the verb alone: "Committee members voted 7 to 4 in favour", "the trust's members voted 412 to 37"
# (the first figure, then the second), or with a dash or "for and ... against" ("Members voted 7-4 in favour",
# "voted 7 for and 4 against", tests/ingest_labelling.md: "voted 7-2" is a score)
VOTED_BEFORE = re.compile(r"\bvoted\s+$")
VOTED_AGAINST_AFTER = re.compile(rf"(?:\s*[-–]\s*|\s+(?:to|against)\s+|\s+for\s*(?:,|and)\s+){_TALLY_FIGURE}")
VOTED_TALLY_BEFORE = re.compile(rf"\bvoted\s+{_TALLY_FIGURE}(?:\s+(?:to|against)\s+|\s*[-–]\s*|\s+for\s*(?:,|and)\s+)$")
# ... but not an electorate's votes or vote shares, which are claims (labelling: an election's votes), "Residents of
# Skarn voted 4,120 to 3,870 ... in a referendum", "Orlen voted 58 to 42 per cent"
VOTED_ELECTORATE = re.compile(
    r"\b(?:referendum|ballot|elections?|polls?|turnout|residents|voters|electors|electorate|citizens)\b", re.IGNORECASE
)
VOTED_SHARE = re.compile(
    rf"(?:(?:\s*[-–]\s*|\s+(?:to|against)\s+|\s+for\s*(?:,|and)\s+){_TALLY_FIGURE})?\s*(?:%|per\s*cent|percent)"
)
# The margin a motion passed or fell by, with no tally: "The budget passed by nine votes", "the bill was defeated by
# 12 votes" (a motion is what is passed, carried or adopted); not an election's margin ("won by 412 votes", "ahead by
# about 3,000 votes"), which is its result
MOTION_MARGIN_BEFORE = re.compile(
    r"\b(?:passed|(?:was|were)\s+(?:carried|approved|adopted|rejected|defeated|passed))\s+(?:[\w-]+\s+){0,3}?by\s+$"
)
# "Text the newsroom on 81964", "call Lesk police on 112", "call 999", "call 101 or, in an emergency, 999": a number to
# call (not "on call 120 hours a week")
PHONE_BEFORE = re.compile(
    r"(?<!\bon\s)\b(?:text|call|phone|ring|dial|message)\s+(?:(?:(?:us|(?-i:[A-Z][\w'’-]+\s+)?police|the\s+[a-z]+)\s+)?on\s+)?$|"
    r"\bemergency,\s+$",
    re.I,
)
# A vehicle's or a service's singular after a number in digits names its route ("the 7 bus", "the number 42 tram"),
# not a noun of its own after it ("the 7 bus routes")
ROUTE_NUMBER_AFTER = re.compile(r"\s+(?:bus|tram|coach|trolleybus|night\s+bus)\b(?!-|\s+[a-z]+s\b)")
# Two routes named by their numbers, then the plural of their vehicles: "will review the 12 and 15 services", "the 4
# or 4A buses" (a count of them would not name two numbers with "the"); the first number, then the second
_ROUTE_PLURAL = r"\s+(?:services|buses|trams|coaches|routes)\b"
ROUTE_PAIR_AFTER = re.compile(rf"[A-Z]?\s+(?:and|or)\s+\d{{1,3}}[A-Z]?{_ROUTE_PLURAL}")
ROUTE_PAIR_BEFORE = re.compile(r"\b[Tt]he\s+\d{1,3}[A-Z]?\s+(?:and|or)\s+$")
ROUTE_PLURAL_AFTER = re.compile(rf"[A-Z]?{_ROUTE_PLURAL}")
# "the 47" once the page has named route 47 ("route 47", "the number 47 bus", "Line 4", "the 12 tram") is that
# route's name, an identifier (tests/ingest_labelling.md), not a count; the bare "the 47" alone names nothing, and a
# plural counted after it ("the 47 jobs") stays a count. The figure's own "the" before it:
ROUTE_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# what follows a route's name: its possessive, the sentence's end, a verb or a word that is no plural counted
# ("the 47 home", "the 47 is", "the 47's timetable"), or a verb in -s with its object, particle or figure after it
# ("the 47 carries 41,300", "the 47 works out at", "the 47 runs every hour") where a plural counted would not stand
ROUTE_NAME_AFTER = re.compile(
    r"(?:['’]s\b|\s*(?:[.,;:!?)”\"]|$)|\s+(?:is|was|has|does)\b|"
    r"\s+[a-z]+s\s+(?:\d|(?:out|up|off|every|each|the|a|an|its|about|around|more|fewer)\b)|"
    r"\s+(?![a-z]*s\b)[a-z]+\b)"
)


# A page naming a route or a line by its number: "route 47", "Route 47", "Line 4", "the number 47 bus", "the 12 tram",
# "tram 9" (a vehicle's word only when no plural counted follows: "a ferry 40 minutes late" names none)
ROUTE_NAMING = re.compile(
    r"\b(?:[Rr]oute|Line)\s+(\d{1,4})\b(?![.,]\d)|"
    r"\b(?:[Bb]us|[Tt]ram|[Ff]erry|[Nn]umber|No\.)\s+(\d{1,4})\b(?![.,]\d|\s+[a-z]+s\b)|"
    r"\b[Tt]he\s+(\d{1,4})\s+(?:bus|tram|train|ferry|coach|service|line|route)\b(?!\s+[a-z]+s\b)"
)


def routes_named(text: str) -> list[tuple[int, str]]:
    """Where the page names a route or a line by its number, and the number: [(offset, "47"), ...]."""
    if not re.search(r"(?i)\b(?:route|line|bus|tram|ferry|train|coach|service)\b", text):
        return []  # most pages name no route
    return [(x.start(), x.group(1) or x.group(2) or x.group(3)) for x in ROUTE_NAMING.finditer(text)]


def route_by_name(sentence: str, m: re.Match, named_routes: Collection[str]) -> bool:
    """
    Whether the figure ``m`` is "the 47" of a route the page has named before the sentence (``named_routes``, their
    numbers) or the sentence before it: "the 47 carries 41,300 passengers", "take the 47 home".
    """
    num = m.group("num")
    if not num.isdigit() or len(num) > 4 or m.group("scale") or m.group("pct") or m.group("cur"):
        return False
    before = sentence[: m.start()]
    if not ROUTE_THE_BEFORE.search(before[-8:]):
        return False
    after = sentence[m.end() :]
    if not ROUTE_NAME_AFTER.match(after):
        return False
    word = re.match(r"\s+([a-z]+)(\s+[a-z]+s\b)?", after)
    if word and (word.group(1) in COUNTED_WITHOUT_S or word.group(1) in UNITS_WORDS or word.group(2)):
        return False  # "the 47 people", "the 47 new homes", "the 47 remaining jobs": a count after all
    return num in named_routes or any(n == num for _, n in routes_named(before))


# A noun that names places, routes or rooms by number, then its numbers: "routes 12 and 40", "on wards 4B, 5A or 7",
# "hazard bands 1 and 2" (the capitalised singular, "Route 12", is read by _is_identifier)
LISTED_IDENTIFIERS_BEFORE = re.compile(
    r"\b(?:routes?|wards?|rooms?|gates?|terminals?|platforms?|piers?|berths?|runways?|exits?|lanes?|zones?|bands?|"
    r"tiers?|blocks?|floors?|bays?|stands?)\s+(?:[A-Z]?\d{1,4}[A-Z]?(?:\s*,\s*|\s+(?:and|or|to)\s+))*$"
)
IDENTIFIER_LIST_AFTER = re.compile(
    r"[A-Z]?(?:\s*,|\s+(?:and|or|to)\s+[A-Z]?\d|\s*[.;)]|"
    r"\s+(?:is|are|was|were|have|has|had|from|at|in|on|of|for|with|since|until)\b)"
)
# A point on a race's course: "the 30-kilometre mark", "the 25k point"
COURSE_POINT_AFTER = re.compile(
    r"(?:-?\s?(?:kilomet(?:re|er)s?|km|k|miles?|metres?|meters?|m))?\s+(?:mark|point|marker)\b", re.IGNORECASE
)
# A telephone number written with its country code, up to the group being read: "+44 20 ", "+1 (202) "
INTERNATIONAL_DIALLING_BEFORE = re.compile(r"(?<![\w+])\+\d{1,3}\s(?:\(?\d{1,4}\)?[\s-])*$")
DIALLING_GROUPS_AFTER = re.compile(r"[\s-]\(?\d{1,4}\)?[\s-]\d")
# "the 119 emergency line", "the 101 non-emergency line": a line named by the number to call
# (not a production line's people: "sent home all forty line staff", "two line managers")
LINE_AFTER = re.compile(r"\s+(?:(?:non-)?emergency\s+)?(?:line|helpline|hotline)\b")
PHONE_LINE_AFTER = re.compile(LINE_AFTER.pattern + r"(?!\s+(?:staff|crew|personnel|[a-z]+(?:ers|ors))\b)")
# ... whoever answers it, when the sentence says to call it: "Call the 111 line operators"
CALL_THE_BEFORE = re.compile(r"\b(?i:call|ring|phone|dial|text)\s+the\s+$")
# The number a police appeal asks callers to quote: "quoting incident 447", "quote reference 5521", "quoting crime
# reference number 88213"
QUOTED_REFERENCE_BEFORE = re.compile(
    r"\bquot(?:e|ing)\s+(?:the\s+|your\s+)?(?:[a-z]+\s+)?(?:incident|reference|ref\.?|log|case|occurrence|report|job)"
    r"\s+(?:number\s+|no\.?\s+)?$",
    re.I,
)
# A measure made an adjective of a plural with no determiner names a kind of thing, not a count nor a size of any one:
# "Tired drivers in 40-tonne lorries", "sold in 5-litre bottles" (not "a 12-storey block on Quarry Road", "the
# 42,000-seat stadium", one thing's size; nor "60-odd patients", a count)
KIND_BY_MEASURE_AFTER = re.compile(r"-(?!odd\b|strong\b|plus\b)[a-z]+\s+[a-z]{2,}(?<!ss|us|is)s\b(?!['’])")
# A calibre or gauge in millimetres before the thing it names: "155mm artillery shells", "9mm pistols" (a kind of
# shell, not 155 of them; not "25mm of rain", "94 mm fell", a measure)
CALIBRE_AFTER = re.compile(
    r"\s?mm\s+(?!(?:of|in|on|at|by|and|or|to|from|a|an|the|was|is|has|this|its|fell|falls|fallen)\b)"
    r"(?:[a-z-]+\s+)?[a-z-]+s\b"
)
DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|your|my|this|that|these|those)|\w['’]s)\s+$", re.IGNORECASE
)
# A race named by its distance: "the 200 metres", "the 1,500m final"
RACE_BEFORE = re.compile(r"\b(?:in|won|wins|win|ran|runs|run|entered|for)\s+the\s+$")
RACE_DISTANCE_AFTER = re.compile(
    r"\s*(?:metres|meters|m|km|kilometres|miles)\b(?:\s+(?:final|race|heats?|hurdles|freestyle|relay|backstroke|"
    r"breaststroke|butterfly|sprint|title))?\s*(?:[.,;]|at\b|in\b|and\b|$)"
)
# The page selling itself or asking for money: "Join Courier Plus for 4.50 a week", "Support our work: 10 a month",
# and after "The Courier is free to read." the page as "it": "Support it from 2.50 a week", "Back us from 3 a month"
# (and the page's other offers: "Get the Morning Post on your doorstep from 4.20 marrets a week", "first 3 months for 1
# marret, then 9.99 marrets a month", "sport alerts are free for subscribers, 2.50 marrets a week")
OFFER_BEFORE = re.compile(
    r"\b(?:subscri(?:be|bers?|ptions?)|membership|member|join|(?:support|back)\s+(?:the|us|our|it)|unlimited\s+access|"
    r"free\s+trial|on\s+your\s+doorstep|first\s+\d+\s+(?:weeks|months)\s+for)\b"
    r"[^.]{0,60}?(?:\b(?:from|for|then)|,)\s+[$€£]?$",
    re.I,
)
# The length a letters page asks its writers to keep to: "We welcome letters of up to 250 words", "Please keep them
# under 250 words" (the page's note to its readers, furniture)
LETTER_LENGTH_BEFORE = re.compile(
    r"\b(?:keep\s+(?:them|it|letters|your\s+letters?)\s+(?:under|below|to|within)|letters\s+of\s+up\s+to)\s+$", re.I
)
# A notices page's own price for placing a notice, and the length it sells: "Notices cost from 38 tolnars", "Family
# notices cost 35 pellars for up to 40 words", opening the page's note to its advertisers (furniture; not "its statutory
# notices cost 48,000 crowns last year", "Its notices cost", "Council notices cost", "Penalty notices cost 60 crowns",
# a figure of what a body's notices cost it: only a kind of notices a paper sells space for)
NOTICE_PRICE_BEFORE = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:Family|Public|Legal|Official|Classified|Personal|Death|Birth|Memorial)\s+)?[Nn]otices\s+(?:cost|are\s+charged\s+at)\s+(?:from\s+)?(?:[$€£]?[\d.,]+\s+[a-z]+\s+for\s+up\s+to\s+)?[$€£]?$"
)
# The price of a page's introductory offer: "first 3 months for 1 marret"
INTRO_OFFER_BEFORE = re.compile(r"\b[Ff]irst\s+\d+\s+(?:weeks|months)\s+for\s+[$€£]?$")
DONATION_BEFORE = re.compile(r"\b(?:support\s+(?:us|our\s+[a-z]+)|donate|give)\s*[:–-]\s*[A-Z]{0,3}[$€£]?$", re.I)
# Where a reviewed thing is sold and its price, ending the sentence: "is available from the Vine & Table shop, 24
# solden."; what goes on sale and from what price: "Season tickets go on sale in April, from 190 dorvans." (not
# "rose from 45 to 60", a change)
STOCKIST_PRICE_BEFORE = re.compile(r"\bavailable\s+(?:from|at)\b[^.;:]{1,60},\s+[$€£]?$")
ON_SALE_FROM_BEFORE = re.compile(r"\b(?:on\s+sale|available)\b[^.;:]{0,50}?,?\s+from\s+[$€£]?$")
PRICE_ENDS_AFTER = re.compile(r"\s*[A-Za-z]{0,20}\s*(?:[.;!]|$)")
# not "down from 3,050 a year earlier": a time before, by which a change is measured
# or an introductory price: "1 telvar for your first month, then 9.99 telvars a month"
PRICE_PER_PERIOD_AFTER = re.compile(
    r"\s*(?!hours|days|minutes)[A-Za-z]*\s+(?:(?:a|per)\s+(?:week|month|year)\b(?!\s+(?:earlier|before|ago)\b)|"
    r"for\s+(?:your|the)\s+first\s+(?:\w+\s+)?(?:week|month|year)s?\b)"
)
RATE_NOTE_BEFORE = re.compile(r"\(\s*(?:[$€£]?\d[\d.,]*\s*[A-Za-z]*\s*=\s*)?$")
# The rest of a ratio after its one: "1 consultant surgeon for every 38,000", "1 for every 21,000"
ONE_FOR_EVERY_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,4}?\s+(?:for\s+every|per|to\s+every)\s+[\d,.]*\d")
# The base of a rate after its figure: "27 incidents of self-harm for every 100", "3 injuries for every 100,000",
# "742 courses per 1,000 residents", "about 5 per 1,000"
RATE_BASE_BEFORE = re.compile(
    r"\b(?P<n>[\d,.]*\d|one|two|three|four|five)\s+(?:(?:[a-z-]+\s+){1,4}?for\s+every|(?:[a-z-]+\s+){0,4}?per)\s+$",
    re.I,
)
# One reviewer's grade in stars, in brackets after the reviewer or set against its scale: "@ormsey_dad (2 stars):",
# "Verdict so far: 3 stars out of 5". A grade is a score, not a count of stars (nor an average of many grades: "had
# fallen to 2.3 stars" stays a claim). The scale after it ("out of 5") is read by STAR_SCALE_BEFORE.
STAR_GRADE_AFTER = re.compile(r"\s*stars?\s*\)|\s+stars?\s+out\s+of\s+(?:\d+|five|ten)\b", re.I)
# ... the bracket after the reviewer's handle or name ("@ormsey_dad (", "Karin ("; not "The cluster (7 stars)", a
# count), and no average of many grades near (MANY_GRADES: "the average rating ... is 4 stars out of 5")
STAR_REVIEWER_BEFORE = re.compile(r"(?:@\w+|\b[A-Z][\w'’-]*)\s*\($")
MANY_GRADES_NEAR = re.compile(MANY_GRADES, re.I)
STAR_SCALE_BEFORE = re.compile(r"\b\d+\s+stars?\s+out\s+of\s+$", re.I)
# The abstentions of a tally set out as a list: "Carried, 39 for, 6 against, 2 abstentions", "House of Bishops: 24 for,
# 3 against, 1 abstention". Each of its figures is the vote's score, as "with 6 abstentions" after a motion's margin is
# (_is_vote_tally); every such abstention in the sets is labelled `score` (9 of 9). Not "12 abstention forms", a count
# of forms; and only in a vote (TALLY_CONTEXT), not an election's "3,400 abstentions", a claim
ABSTENTIONS_AFTER = re.compile(r"\s+(?:abstentions\b|abstention\b(?!\s+(?!(?:is|was|has)\b)[a-z]+s\b))", re.I)
# The for and against of such a list: "39 for, 6 against", "24 for, 3 against, 1 abstention"
TALLY_FOR_AFTER = re.compile(rf"\s+(?:for|in\s+favour),\s+{_TALLY_FIGURE}\s+against\b", re.I)
TALLY_AGAINST_BEFORE = re.compile(rf"\b{_TALLY_FIGURE}\s+(?:for|in\s+favour),\s+$", re.I)
# A vote the list is the tally of: its words before ("Carried, 39 for", "The Senate approved the budget with 1
# abstention") or abstentions listed after ("House of Bishops: 24 for, 3 against, 1 abstention"); for the abstentions, a
# "for" or "against" figure before them too. Not a survey's split ("the 1,000 residents surveyed split 620 for, 310
# against"), a claim
VOTE_WORDS_BEFORE = re.compile(rf"\b(?:{VOTE_WORDS})\b", re.I)
TALLY_CONTEXT_BEFORE = re.compile(rf"\b(?:{VOTE_WORDS})\b|\b{_TALLY_FIGURE}\s+(?:for|against|in\s+favour)\b", re.I)
TALLY_ABSTENTIONS_AFTER = re.compile(r"[^.;]{0,40}?\babstentions?\b", re.I)
# The letters of a postcode's second half after its digit ("HS1 4QT"): two of the twenty a postcode's inward code
# uses (never C, I, K, M, O or V), and no unit glued to a figure ("Q3 4GW", "B2 2TB")
POSTCODE_INWARD_AFTER = re.compile(rf"(?!(?:{GLUED_UNIT})\b)[ABD-HJLNP-UW-Z]{{2}}\b")
# "rest for at least 10 hours in any 24", "six days in every seven": the bare period a time is counted in, the base of
# a rate whose claim is the time before it
PERIOD_BASE_BEFORE = re.compile(r"\b(?:hours|days|nights|weeks|months)\s+in\s+(?:any|every|each)\s+$")
PERIOD_BASE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|and\b|or\b|but\b)")
LEADING_DETERMINER = re.compile(r"(?:^|[.;:!?]\s+|\b(?:and|but)\s+)\W*$")


def _is_vote_tally(near: str, after: str, figure: str = "") -> bool:
    """ "by 31 votes to 19", "by nine votes to four", "with 3 abstentions", "passed by nine votes", "voted 7 to 4"."""
    if VOTE_MARGIN_AFTER.match(after) and re.search(r"\bby\s+$", near):
        return True
    if re.match(r"\s+votes?\b", after) and MOTION_MARGIN_BEFORE.search(near):
        return True
    voted = (VOTED_BEFORE.search(near) and VOTED_AGAINST_AFTER.match(after)) or VOTED_TALLY_BEFORE.search(near)
    share = VOTED_SHARE.match(after) or VOTED_SHARE.search(figure)  # "58 to 42 per cent": the second with its unit
    if voted and not share and not VOTED_ELECTORATE.search(f"{near} {after}"):
        return True
    return VOTE_TALLY_AFTER.match(after) is not None or VOTE_TALLY_BEFORE.search(near) is not None


def is_score(sentence: str, first: re.Match, second: re.Match) -> bool:
    """'beat Lorca 3-1', 'a 2-0 win': a score, not a range."""
    join = sentence[first.end() : second.start()].strip()
    if join not in ("-", "–") or not first.group("num").isdigit() or int(first.group("num")) > 200:
        return False
    return bool(
        SCORE_CONTEXT.search(sentence[: first.start()])
        # "a 2-0 win", and a court's or committee's "a 6-3 majority", "a 5-4 ruling": the tally of a vote
        or re.match(
            r"\s+(?:win|victory|defeat|loss|draw|lead|scoreline|majority|ruling|decision|verdict|vote)\b",
            sentence[second.end() :],
            re.I,
        )
    )


# A preposition before a small count in words: "schools in two provinces", "carried out with two universities".
CIRCUMSTANCE_BEFORE = re.compile(
    r"(?<!ing)(?<!\bbrought)(?<!\btook)(?<!\bsent)\s(?:in|with|across|among|between|within)\s+"
    r"(?:(?:only|just|all|the|its|their|another)\s+)?$",
    re.IGNORECASE,
)


# "in talks with two more airlines", "a line with nine new stops": more of a kind, or new ones, added to what there
# is, which is a count; not a comparison's other term ("compared the census with three other records")
ADDED_KIND_AFTER = re.compile(r"\s+(?:more|new|other|extra|additional|further)\s+[a-z]")
# "cases have been found in six towns", "the cluster had spread across four wards": the places something was found
# in, which is what is counted, not the scene
FOUND_IN_PLACES_BEFORE = re.compile(
    r"\b(?:found|spread|detected|confirmed|recorded|identified)\s+(?:in|across)\s+(?:(?:only|just|all)\s+)?$",
    re.IGNORECASE,
)
# "employs 8,400 people in seven countries", "They own schools in five cities", "open offices in three countries":
# where a body has or runs what it has is the size of the body, a count, not the scene of the story
HELD_IN_PLACES_BEFORE = re.compile(
    # a body's, not a person's ("He ran a marathon in three cities" is where he did it)
    r"(?<!\bhe\s)(?<!\bshe\s)(?<!\bi\s)"
    r"\b(?:own|owns|owned|runs?|operat(?:e|es|ed|ing)|employ(?:s|ed|ing)?|open(?:s|ed|ing)?)\s+"
    r"(?:[\w'’,-]+\s+){1,4}?in\s+(?:(?:only|just)\s+)?$",
    re.IGNORECASE,
)
# "has sunk in three places", "was cracked in 14 places": the places a thing gave way at are what is counted (not
# "The band played in three places", where it was)
PLACE_COUNT_UNITS = {"places", "spots", "locations"}
GAVE_WAY_IN_BEFORE = re.compile(
    r"\b(?:sunk|sank|subsided|cracked|broken|broke|burst|breached|damaged|collapsed|split|leak(?:s|ed|ing)|flooded|"
    r"ruptured|torn|holed|failed|gave\s+way)\s+in\s+(?:(?:only|just|at\s+least|more\s+than)\s+)?$",
    re.IGNORECASE,
)
COMPARED_IN_CLAUSE = re.compile(r"\bcompar[a-z]*\b[^.;:]*$", re.IGNORECASE)
# "a pool with six lanes", "fitted with two treatment chairs", "a café with four part-time staff", "Talks with two
# companies", "founded Lumeri with two fellow students", "passed peacefully, with two arrests": "with" gives what a
# thing has or uses, whom something was done with, or a comparison's other term ("compared with four"), a count; not
# ", with three members preferring", nor "with two games to play" or "buildings with five units or more", where
# what follows the noun makes it a circumstance or a threshold, nor "compared the census with three other records"
WITH_HAVING_BEFORE = re.compile(
    # not a verb's particle: "carried out with two universities" is whom a thing was done with
    r"(?:\b(?!(?:out|off|down|along|together|away|back|over|through)\b)(?P<word>[^\W\d_]{2,})|,)\s+with\s+"
    r"(?:(?:only|just)\s+)?$",
    re.IGNORECASE,
)
WITH_CIRCUMSTANCE_AFTER = re.compile(r"\s+(?:to\s+[a-z]|or\s+(?:more|fewer|less)\b|[a-z]+ing\b)")


# A person's family, told to say who they are
FAMILY_NOUNS = {
    "children", "sons", "daughters", "grandchildren", "brothers", "sisters", "siblings", "kids", "grandsons",
    "granddaughters", "stepchildren", "nephews", "nieces", "cousins", "great-grandchildren", "adults",
}  # fmt: skip
# A family told about, not counted: "She is survived by her son, two daughters and ...", "the eldest of four
# children", "a typical family of two adults and two children", "For a family with two children" (but "one of only
# four women in her year" counts the women of a group, a claim to the writers of blind20 and blind24)
FAMILY_TOLD_BEFORE = re.compile(
    r"\b(?:survived\s+by|(?:eldest|youngest|oldest|middle)\s+of|famil(?:y|ies)\s+(?:of|with)|households?\s+(?:of|with)|"
    r"couples?\s+with)\b[^.;:]{0,60}$",
    re.IGNORECASE,
)
FAMILY_OWNER_BEFORE = re.compile(
    r"\b(?:his|her|their|my|our|your|father\s+of|mother\s+of|parents\s+of)\s+"
    r"(?:(?:own|young|grown|adult|teenage|late)\s+)?$",
    re.IGNORECASE,
)
# The survivors an obituary lists, however many: "survived by her son, two daughters and eleven grandchildren"
SURVIVORS_BEFORE = re.compile(r"\bsurvived\s+by\b[^.;:]{0,60}$", re.IGNORECASE)
# One person's family, by whose it is or who has it: "a nurse whose two children attend", "I have two kids and a
# mortgage" (not "We have 27 children in intensive care", nor "I had 41 children on the ward": those one looks after)
FAMILY_HAD_BEFORE = re.compile(
    r"(?:\bwhose|(?<![\w-])(?:I|[Hh]e|[Ss]he)\s+(?:(?:have|has|had)(?:\s+got)?|(?:['’]ve|['’]s)\s+got))\s+"
    r"(?:(?:own|young|grown|adult|teenage)\s+)?$"
)
FAMILY_PLACE_AFTER = re.compile(r"\s+(?:in|on|at|under)\b")
# Nouns that count the parts of an argument, not things in the world
DISCOURSE_NOUNS = {
    "reasons", "factors", "explanations", "ways", "things", "options", "questions", "lessons", "steps", "scenarios",
    "theories", "ideas",
}  # fmt: skip
# A relative clause that says what a person owns or runs: "who owns two trawlers"; not a body's ("the company, which
# runs three factories"), whose background is a claim with no speaker (tests/ingest_labelling.md, session 24)
OWNER_BEFORE = re.compile(r"\bwho\s+(?:owns|runs|manages)\s+$")


# A game's and a league table's tallies: "scoring 9 goals" in a match, "scored two tries in the final", "top scorer
# with 11 goals", "4 points from 16 games"; not a player's record over a season ("has scored 19 goals in 27 league
# games this season", "can score 25 goals a season"), which a transfer story checks, nor a penalty ("docked 9 points")
GAME_UNITS = {"goals", "tries", "points", "games", "matches", "wickets", "runs", "assists", "touchdowns", "baskets"}
GAME_TALLY_BEFORE = re.compile(
    r"\b(?:scored|scoring|netted|top\s+scorer\s+with)\s+$|\bpoints\s+(?:from|in)\s+$",
    re.IGNORECASE,
)
GAMES_PLAYED_AFTER = re.compile(r"\s+(?:from|in|after)\s+(?:[\d,]+|[a-z]+)\s+(?:games|matches)\b")
# A gap in a league table: "fifth, 4 points behind the leaders", "three points above the relegation places", "two
# behind group leaders Hadrevo"; a `score`, no claim (tests/ingest_labelling.md, a gap in a league table); not a gap in
# a poll ("four points behind Labour in the latest poll"), which is a claim
# The gap's word and what it is to: a table's place ("behind the leaders", "behind leaders Castlebay Rovers", "short
# of the play-off places", "off the top of the table", "clear at the top of the table"), or a side at a table's top
# ("behind Castlebay Rovers at the top of the league", "behind Rovers, who top the Premier Division"); no table word
# elsewhere in the sentence makes a gap a league's ("ahead of the Conservatives before the leaders' debate", "behind
# the sector leaders", "in the 18-24 age group": a poll's, an index's, a ranking's gaps, which are claims)
LEAGUE_PLACE = (
    r"(?:(?:the\s+)?(?:(?:group|league|division|joint|current|new)\s+)?(?:leaders|winners)\b"
    r"|the\s+(?:relegation|play-?off|promotion|drop)\s+(?:places?|zone|spots?|positions?)\b"
    r"|the\s+(?:top|bottom)\s+(?:two|three|four|five|six|of\s+the\s+(?:league\s+)?(?:table|league|division|standings))\b)"
)
TABLE_TOP = (
    r"the\s+(?:top|bottom|foot)\s+of\s+the\s+(?:(?:[A-Z][\w-]*|league)\s+){0,2}(?i:table|league|division|standings)\b"
)
LEAGUE_GAP_AFTER = re.compile(
    r"\s+(?:(?:behind|above|below|clear\s+of|adrift\s+of|ahead\s+of|off|short\s+of)\s+"
    + LEAGUE_PLACE
    + r"|clear\s+at\s+"
    + TABLE_TOP
    + r"|(?:behind|ahead\s+of)\s+[^,;:.()]{1,40}?(?:\s+at\s+"
    + TABLE_TOP
    + r"|,\s+who\s+(?:top|tops|lead|leads|head|heads)\s+the\s+(?:(?:[A-Z][\w-]*|league)\s+){0,2}"
    r"(?i:table|league|division|standings)\b))"
)
# "trail the league leaders by 4 points"; "top of the table with eight points more than Rovers"
LEAGUE_TRAIL_BEFORE = re.compile(r"\b(?:trail|trails|trailed|trailing)\s+" + LEAGUE_PLACE + r"\s+by\s+$")
LEAGUE_TOP_BEFORE = re.compile(r"\btop\s+of\s+the\s+(?:table|league|division|standings)\s+with\s+$")
LEAGUE_GAP_MORE_AFTER = re.compile(r"\s+more\s+than\b")
# a side's place told just before the gap: "third in their group, two points behind Esselmark"
LEAGUE_PLACE_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|bottom|\d+(?:st|nd|rd|th))\s+in\s+"
    r"(?:the|their|its|his|her)\s+(?:league\s+)?(?:table|group|league|division|standings),\s+$"
)
LEAGUE_GAP_WORD_AFTER = re.compile(r"\s+(?:behind|above|below|clear\s+of|adrift\s+of|ahead\s+of)\s")
# A poll's, an election's, an index's or a rate's words in the gap's own clause: "behind the leaders in the latest poll"
POLL_GAP = re.compile(
    r"\b(?:polls?|polling|pollsters?|survey|per\s*cent|percent|votes?|elections?|by-elections?|approval|index)\b",
    re.IGNORECASE,
)
# A ban counted in games: "will miss the first 2 league games of next season", "banned for three matches", "suspended
# for the next four games": a penalty, told as a prison sentence is (tests/ingest_labelling.md: a `duration`)
BAN_IN_GAMES_BEFORE = re.compile(
    r"\b(?:miss|misses|missed|missing|sit\s+out|sits\s+out|banned\s+for|suspended\s+for|ban\s+of|suspension\s+of)\s+"
    r"(?:(?:the|his|her|their)\s+(?:first|next|last|opening|final|remaining)\s+|a\s+further\s+|another\s+)?$",
    re.IGNORECASE,
)
# A tally the scorer or the side has built up, told in the perfect: "has now scored 19 goals in 33 internationals",
# "We have scored 41 goals in 19 games since January", "have taken 63 points from those matches": a record, which the
# story checks, not the tally of the game it reports
# (not "had scored four goals by the hour mark": the past perfect narrates the game reported)
TALLY_BUILT_UP_BEFORE = re.compile(r"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:scored|netted|taken)\s+$")
SEASON_RECORD_AFTER = re.compile(
    r"\s+(?:in\s+(?:[\d,]+|[a-z]+)\s+(?:[a-z]+\s+)?(?:games|matches|appearances)|(?:a|this|per|last)\s+season)\b"
)


def _with_what_is_had(sentence: str, before: str, unit_end: int) -> bool:
    """ "a pool with six lanes", "compared with four": a count after "with" that is no circumstance."""
    having = WITH_HAVING_BEFORE.search(before)
    if not having or WITH_CIRCUMSTANCE_AFTER.match(sentence, unit_end):
        return False
    if not having.group("word") and sentence.startswith(",", unit_end):
        return False  # "Even at 40 lumas a dose, with two doses, the vaccine pays": a condition set off, no count
    return having.group("word") == "compared" or not COMPARED_IN_CLAUSE.search(before)


def _deadline_set(before: str) -> bool:
    """Whether an active verb of demand sets the deadline that ``before`` ends on ("ordered Vail to pay ... within")."""
    if not DEADLINE_AT_END.search(before):
        return False  # (most times measured end on no "within": the long demand pattern is not tried for them)
    pos = 0
    while demand := DEADLINE_SET_BEFORE.search(before, pos):
        if not PASSIVE_AUX_BEFORE.search(before, 0, demand.start()):
            return True
        pos = demand.start() + 1
    return False


# A span figure, then only what may open a bracket of its earlier value: "6.3 days (September: ", "54 minutes (was "
SPAN_THEN_BRACKET_BEFORE = re.compile(
    r"\d\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)"
    # past a few words of the span's own: "6.2 days ahead (last year: " (tables.bracket_gap)
    r"(?=(?:\s+[a-z]+){0,3}[^\d()]{0,4}\([^\d()]{0,40}$)"
)


def _earlier_span_in_bracket(before: str, when: tuple[int | None, int | None]) -> bool:
    """
    "Average time to repair a fault: 6.3 days (September: 8.1 days)": a span in a bracket that says it is the earlier
    value of the span before it is that span's previous value (ingest/tables.py, earlier_in_bracket), kept for the
    sentence's figures to fold, as the span it stands beside is a claim; a label is set against the sentence's own
    time or the page's (``when``) as the fold sets it, so that a bracket the fold leaves is no claim of its own
    ("(November: 8.1 days)" on a page of October, or with no page date).
    """
    span = SPAN_THEN_BRACKET_BEFORE.search(before, max(0, len(before) - 60))
    if span is None:
        return False
    opening = bracket_gap(before[span.end() :])
    return earlier_opening(opening, own_time(before[: span.start()], when))


def _pay_term(window: str, rest: str) -> str | None:
    """
    Whether pay measured in time ("two weeks' wages") after ``window`` is a term of pay ("term"), one person's own pay
    ("own", whatever the term) or neither (None): told by the verb that pays, offers or gives it, not the noun "pay"
    nor pay withheld (a debt), or by a year of service it is reckoned per (``rest``, what follows the pay).
    """
    pos = 0
    while verb := PAY_VERB_BEFORE.search(window, pos):
        pos = verb.start() + 1
        head = window[: verb.start()]
        word = verb.group("verb").lower()
        if word == "pay" and not PAY_AS_VERB_BEFORE.search(head):
            continue  # "The pay dispute cost strikers three weeks' wages": the noun
        own = ONE_PERSONS_PAY_BEFORE.search(head)
        if own and (word in {"receive", "receives", "received", "get", "gets"} or own.group("passive")):
            return "own"  # "I was paid two weeks' wages", "My brother gets two weeks' pay for every year of service"
        if not PAY_WITHHELD_BEFORE.search(head):
            return "term"  # "offered four weeks' pay", "would pay every worker at least four months' wages"
        break  # "have not been paid three months' wages": a debt
    return "term" if SERVICE_YEAR_AFTER.match(rest) else None


def _span_claimed(
    before: str, after_unit: str, *, correcting: bool = False, when: tuple[int | None, int | None] = (None, None)
) -> bool:
    """
    A span of time that a rule, a record or a plan can be held to: a limit, a statistic, a delay, an estimate of time
    needed, a frequency or a measured time (tests/ingest_labelling.md, session 25), told by the word that governs it;
    on a corrections page (``correcting``) also a span set right against the printed one ("94 minutes, not 97").
    """
    if MY_TIME_TAKEN_BEFORE.search(before[-120:]):
        return False  # "My drive now takes 25 minutes": one person's own experience, whatever came before it
    if "(" in before[-60:] and _earlier_span_in_bracket(before, when):
        return True
    if _deadline_set(before[-200:]):
        return True
    if SPAN_CLAIM_BEFORE.search(before[-160:]):
        if ONE_PERSONS_NEED_BEFORE.search(before[-60:]) and not TASK_NEEDED_AFTER.match(after_unit):
            return False
        own = ONE_PERSONS_SPAN_BEFORE.search(before[-80:])
        if own and own.group("verb") not in STANCE_OF:
            return False
        if EVERY_BEFORE.search(before):
            return not EVERY_CLAUSE_AFTER.match(after_unit)
        # "She is taking six months off": time off, no span to check (not "taking 40 seconds off a winning time")
        return not PLANNED_TERM_BEFORE.search(before[-80:]) and not TIME_OFF_AFTER.match(after_unit)
    if RECIPE_STEP_BEFORE.search(before[-160:]):
        return False
    if _within_span_claimed(before, after_unit):
        return True
    if (
        SUPPLY_SPAN_AFTER.match(after_unit)
        or STOCK_LEVEL_BEFORE.search(before[-120:])
        or (SUM_AS_TIME_AFTER.match(after_unit) and SUM_AS_TIME_BEFORE.search(before[-60:]))
    ):
        return True  # "stocks stood at three weeks' supply", "Its stocks would last about five weeks": time left
    if (pay := PAY_AS_TIME_AFTER.match(after_unit)) and (term := _pay_term(before[-80:], pay.group("rest"))):
        return term == "term"  # "two weeks' salary for each year of service", "offered four weeks' pay": a term of pay
    if (
        (replaced := SPAN_REPLACED_AFTER.match(after_unit))
        and not THRESHOLD_HEDGE_BEFORE.search(before)
        # "out for six weeks, not three as the club hoped": on a news page a contrast with a hope or a draft sets no
        # printed span right, and a forecast, a term or a tenure stays what sessions 25 and 29 make it
        and (
            correcting
            or SPAN_SET_RIGHT_AFTER.match(replaced.group()) is None
            or not (NOT_SPAN_KEPT_BEFORE.search(before[-100:]) or NOT_SPAN_HOPED_AFTER.match(after_unit))
        )
    ):
        return True  # "cut to four weeks from six", "in two days instead of 14", "94 minutes, not 97": a span revised
    if (
        SPAN_STATED_AFTER.match(after_unit)
        or (SET_BY_RULE_AFTER.match(after_unit) and RULE_GOVERNED_BEFORE.search(before[-80:]))
        or RULE_NAMED_BEFORE.search(before[-80:])
        or (THRESHOLD_WANTED_BEFORE.search(before[-60:]) and BEFORE_OWN_ACT_AFTER.match(after_unit))
    ):
        return True
    if (
        GAP_TO_EVENT_AFTER.match(after_unit)
        and RESPONSE_GAP_BEFORE.search(before[-100:])
        and not _WHERE_OR_WHEN_CLAUSE.search(before[-100:])
    ):
        return True
    return bool(SHIFT_AFTER.match(after_unit) and FORESEEN_SHIFT_BEFORE.search(before[-60:]))


def _league_gap(sentence: str, before: str, unit_end: int) -> bool:
    """Whether the points before ``unit_end`` are a side's gap to another in a league table, not in a poll."""
    after = sentence[unit_end:]
    gap = LEAGUE_GAP_AFTER.match(after)
    if gap is None and not (
        LEAGUE_TRAIL_BEFORE.search(before[-80:])
        or (LEAGUE_PLACE_BEFORE.search(before[-80:]) and LEAGUE_GAP_WORD_AFTER.match(after))
        or (LEAGUE_TOP_BEFORE.search(before[-80:]) and LEAGUE_GAP_MORE_AFTER.match(after))
    ):
        return False
    # the gap's clause only: "4 points behind the leaders, who have won 80 per cent of their games" is a league's
    start = max(before.rfind(";"), before.rfind(":")) + 1
    rest = after[gap.end() if gap else 0 :]
    end = re.search(r"[,;:]", rest)
    return POLL_GAP.search(before[start:] + " " + (rest[: end.start()] if end else rest)) is None


def not_a_claim(
    sentence: str,
    m: re.Match,
    unit: str,
    unit_end: int,
    qualifier: str,
    *,
    correcting: bool = False,
    when: tuple[int | None, int | None] = (None, None),
) -> bool:
    """
    Durations, the number of sources a report cites, and a small count in words that sets the scene
    ("in two provinces", "with three members preferring"; not "bringing in five players") are not claims.
    """
    before = sentence[: m.start()]
    small = m.group("num").isalpha() and not m.group("scale") and (number_value(m) or 10) < 10
    if (
        small
        and CIRCUMSTANCE_BEFORE.search(before)
        # "a committee of between three and five members": a range is a count however it opens (a range of a span
        # keeps the span's checks: "will be finished in between two and three weeks" says when, as "in three weeks")
        and (qualifier != Qualifier.RANGE or unit in DURATION_UNITS)
        # "a place must be offered within four months", "should be finished within six months": a limit a rule sets,
        # not a setting ("opens in five years")
        and not (
            unit in DURATION_UNITS
            and (
                STANDARD_SPAN_BEFORE.search(before[-120:])
                or _span_claimed(before, sentence[unit_end:], correcting=correcting, when=when)
            )
        )
        and not re.match(r"\s+of\b", sentence[m.end() :])
        and not (
            ADDED_KIND_AFTER.match(sentence, m.end())
            and before.endswith(" with ")
            and not COMPARED_IN_CLAUSE.search(before)
        )
        and not FOUND_IN_PLACES_BEFORE.search(before)
        and not (unit in PLACE_COUNT_UNITS and GAVE_WAY_IN_BEFORE.search(before[-60:]))
        and not HELD_IN_PLACES_BEFORE.search(before[-80:])
        # "the lifts in the three Hallan towers": a set the sentence names, whatever it is in
        and not (before.endswith("the ") and _names_its_set(sentence[m.end() :]))
        and not _with_what_is_had(sentence, before, unit_end)
    ):
        return True
    if unit in FAMILY_NOUNS and FAMILY_OWNER_BEFORE.search(before):
        return True  # "walked for six days with her four children", "a mother of two sons": who a person is
    if unit in FAMILY_NOUNS and small and FAMILY_TOLD_BEFORE.search(before[-100:]):
        return True  # "survived by her partner and two nephews", "a family of two adults and two children"
    if unit in FAMILY_NOUNS and unit != "adults" and SURVIVORS_BEFORE.search(before[-100:]):
        return True  # "survived by her son, two daughters and eleven grandchildren": an obituary's family
    if (
        unit in FAMILY_NOUNS
        and small
        and FAMILY_HAD_BEFORE.search(before[-40:])
        and not FAMILY_PLACE_AFTER.match(sentence, unit_end)
    ):
        return True  # "I have two kids and a mortgage", "a nurse whose two children attend": one person's family
    if unit in DISCOURSE_NOUNS:
        return True  # "There are three main explanations", "two factors": how an argument is laid out, no count
    if small and OWNER_BEFORE.search(before):
        return True  # "said Ola Henning, who owns two trawlers": who a speaker is, not what they report
    if unit in DURATION_UNITS:
        if PERIODS_COUNTED_AFTER.match(sentence[m.end() :]):
            return False  # "in seven of the last ten years": how many of the periods, a count, not a span of time
        if (
            unit in WEEKLY_DAY_UNITS
            and DAYS_WITH_CONDITION_AFTER.match(sentence[unit_end:])
            and DAYS_COUNTED_BEFORE.search(before[-60:])
        ):
            return False  # "41 days with snow lying", "seven nights when it never fell below 20C": days counted
        if SPAN_OF_LIMIT_AFTER.match(sentence[m.end() :]):
            return False  # "a 10-week consultation", "a 90-day deadline"
        after_unit = sentence[unit_end:]
        weekly = unit in WEEKLY_DAY_UNITS and WEEKLY_DAYS_AFTER.match(after_unit)
        if (
            (EVERY_BEFORE.search(before) or weekly)
            and (
                SERVICE_BEFORE.search(before[-80:])
                or (weekly and WEEKLY_CHANGED_AFTER.match(after_unit))
                or (not weekly and EVERY_CHANGED_AFTER.match(after_unit))
            )
            # "open on fewer than four days a week": a threshold that picks out what is counted
            and not (weekly and qualifier in (Qualifier.AT_LEAST, Qualifier.AT_MOST))
        ):
            return False  # "buses run every 20 minutes", "opens three days a week": a service's frequency
        allowed = ALLOWED_PERIOD_BEFORE.search(before)
        if allowed and allowed.group("had") and not (LIMIT_SET_BEFORE.search(before) or has_cue(before)):
            allowed = None
        if (
            (allowed and ALLOWED_PERIOD_AFTER.match(after_unit))
            or (NOTICE_AFTER.match(after_unit) and REQUIRED_NOTICE_BEFORE.search(before[-60:]))
            or (EVENT_AFTER_NOTICE.match(after_unit) and NOTICE_OWED_BEFORE.search(before[-60:]))
            or RULED_NOTICE_AFTER.match(after_unit)
            or _notice_given(before, after_unit)
            or _notice_bound(before, after_unit)
        ):
            # "has 42 days to appeal", "must give 14 days' notice", "must be lodged 10 days before the sale": a period
            # a rule allows or requires
            return False
        if CLOCK_LEAD_AFTER.match(after_unit) and CLOCK_LEAD_BEFORE.search(before[-60:]):
            return False  # "went out at 6 a.m., more than seven hours before the gates opened": a measured time
        if REQUIRED_OF_ALL_BEFORE.search(before[-80:]):
            return False  # "Every student must complete 2,300 hours"
        measured = MEASURED_DURATION_BEFORE.search(before) or MEASURED_DURATION_AFTER.match(sentence[unit_end:])
        measured = measured or _delay_stated(before, sentence[unit_end:])
        # "9 school days", "10 working days", "4,000 sick days": days of a kind, counted
        measured = measured or KIND_OF_DAY.match(sentence[m.end() : unit_end])
        # "2,300 hours" is time added up; not the time a rule allows ("winners have 180 days to claim") nor the
        # length of a period ("over a school year of 190 days")
        if FOLLOW_UP_BEFORE.search(before[-80:]) or EXPERIENCE_SPAN_BEFORE.search(before[-80:]):
            return True  # a study's follow-up, a speaker's years at work: no statistic of time
        if qualifier in (Qualifier.AT_LEAST, Qualifier.AT_MOST) and (
            SHARE_OF_CLAUSE_BEFORE.search(before[-100:]) or CONDITION_OF_BEFORE.search(before[-80:])
        ):
            return True  # "42 per cent of prisoners spent at least 22 hours", "for delays of more than 3 hours"
        aggregate = (
            unit in ("hours", "minutes", "days")
            and (number_value(m) or 0) >= 100
            and not REQUIRED_OF_EACH_BEFORE.search(before[-60:])
            and not (ALLOWED_BEFORE.search(before) and re.match(r"\s+to\s+[a-z]", sentence[unit_end:]))
            and not PERIOD_LENGTH_BEFORE.search(before)
        )
        measured = measured or (TIME_SPENT_BEFORE.search(before) and TIME_RATE_AFTER.match(sentence[unit_end:]))
        # "lock people up for 23 hours a day", "teach more than 20 hours a week": hours in a period are a rate of time
        # spent, whatever the verb (days in a week are a timetable: "open two days a week")
        if not measured and unit == "hours" and not OPENING_HOURS_BEFORE.search(before):
            measured = HOURS_RATE_AFTER.match(sentence[unit_end:])
        standard = STANDARD_SPAN_BEFORE.search(before[-120:]) if not measured else None
        if standard:
            return False  # "must be treated within 18 weeks", "Appeals must be lodged within 60 days of the letter"
        checkable = CHECKABLE_DURATION_BEFORE.search(before) or CHECKABLE_DURATION_AFTER.match(sentence[unit_end:])
        if checkable and OWN_LIFE_BEFORE.search(before) and re.match(r"\s+early\b", sentence[unit_end:], re.I):
            checkable = None  # "was born eight weeks early", "retired five years early": one person's own experience
        # "the figure of 48 included short spills", of days given before: a figure named as one is a statistic
        checkable = checkable or NAMED_AS_FIGURE.search(before)
        if RACE_FINISH_BEFORE.search(before) and re.match(r"\s+(?:ahead|behind)\b", sentence[unit_end:]):
            return True  # "finished 51 seconds ahead of", "finished 1 minute 48 seconds behind": a race's score
        if unit in ("minutes", "seconds", "mins", "secs") and HALTED_FOR_BEFORE.search(before):
            return True  # "the match was halted for 18 minutes": how long an incident stopped play, no statistic
        if unit in ("minutes", "mins") and MATCH_CLOCK_BEFORE.search(before):
            return True  # "a penalty on 38 minutes": a time on the match clock
        if PENALTY_BEFORE.search(before):
            return True  # "were jailed for a total of 41 years", "banned for between 18 months and two years"
        if qualifier == Qualifier.AT_LEAST and LATENESS_AFTER.match(sentence[unit_end:]):
            return True  # "trains more than five minutes late", "refunds more than six weeks overdue": a threshold
        if _span_claimed(before, sentence[unit_end:], correcting=correcting, when=when):
            return False
        if SPELL_BEFORE.search(before) or OPEN_ENDED_SPAN_BEFORE.search(before) or PAST_CLOSURE_BEFORE.search(before):
            return True
        return not (checkable or measured or aggregate)
    if (
        unit in GAME_UNITS
        and not TALLY_BUILT_UP_BEFORE.search(before[-40:])
        and (
            GAMES_PLAYED_AFTER.match(sentence[unit_end:])
            # a side's points in one game may be what the story checks ("Our side scored 40 points, compared with 30")
            or (
                unit != "points"
                and GAME_TALLY_BEFORE.search(before)
                and not SEASON_RECORD_AFTER.match(sentence[unit_end:])
            )
        )
    ):
        return True  # "scoring 9 goals", "docked 12 points", "4 points from 16 games": the game's tally, no claim
    if unit in ("points", "pts") and _league_gap(sentence, before, unit_end):
        return True  # "4 points behind the leaders": a place in a table, told as a match score is
    if unit in ("games", "matches") and BAN_IN_GAMES_BEFORE.search(before[-60:]):
        return True  # "will miss the first 2 league games": a player's ban
    if unit in SOURCE_NOUNS and small and re.search(r"\baccording\s+to\s+$", before, re.I):
        return True  # "according to two diplomats who attended"
    # (a count of twenty or more, in words or digits, is a tally of those who came forward, not a report's sources:
    # "Seventy-one members have now told us they are owed money")
    if unit in SOURCE_NOUNS and not m.group("pct") and int(number_value(m) or 0) < 20:
        cue = SOURCE_CUE_AFTER.match(sentence[unit_end:])
        if cue and (unit != "people" or not re.search(r"(?:said|say|says|told|tell)$", cue.group(0))):
            return True
    return False


OWNER_BEFORE_WORD_NUMBER = re.compile(
    r"\b(?!(?:there|here|it|that|what|who|he|she|where|let)['’]s)[a-z]+['’]s\s+$", re.IGNORECASE
)
SUPERLATIVE_AFTER = re.compile(r"\s+(?:most\s+|least\s+)?[a-z]+est\b|\s+(?:biggest|best|worst)\b")

# What makes "the N things" a set the sentence names, so its N tells how many there are (tests/ingest_labelling.md,
# session 24), not a reference to parties the page has already named ("the two sides", "the two countries"): a name
# before the noun ("the three Hallan towers"), an adjective of place or a participle that picks them out ("the four
# eastern checkpoints", "the four inhabited islands"), where the things are ("the two treatment works in the old
# town", "The three villages above the pass") or a relative clause with its own subject ("the four men we lost", "the
# seven we have now"). Not a time ("the two sites in the year to September"), nor a rank ("the three main parties",
# "the two sharpest bends on the riverside"), which SUPERLATIVE_AFTER and RANK_AFTER keep out first.
_NOT_A_PLACE = (
    r"(?:year|month|week|day|night|morning|evening|weekend|season|quarter|period|past|time|election|vote|meeting|"
    rf"talks|run-up|end|start|middle|wake|face|case|event|way|same|first|last|next|{'|'.join(WEEKDAYS)})s?\b"
)
_DETERMINER = rf"(?:{DETERMINER})"
_PLACE_NOUN = (
    r"(?:town|village|city|suburb|street|road|lane|square|valley|hill|mountain|pass|river|coast|shore|bay|harbour|port|"
    r"island|district|county|province|region|state|country|area|estate|quarter|centre|center|park|ward|parish|"
    r"neighbourhood|neighborhood|border|north|south|east|west|capital|countryside|mainland|site|grounds?|campus|"
    r"building|station|airport|field|forest|woods?|lake|sea|floor|wing)s?\b"
)
SET_NAMED_AFTER = re.compile(
    r"(?:\s+(?-i:[A-Z][\w'’-]+)\s+(?:[a-z-]+\s+)?[a-z-]+s\b(?!['’])"
    # an adjective that picks the set out of a larger one by where they are or what was done to them: "the four
    # eastern checkpoints", "the four inhabited islands", "the six shortlisted books"
    # (not one that only points back to what the page has told: "the two named companies", "the three accused men")
    r"|\s+(?:(?:north|south)?(?:east|west)ern|northern|southern|central|coastal|inland|"
    r"(?!(?:named|mentioned|aforementioned|accused|affected|involved|concerned)\b)[a-z]{3,}ed)\s+[a-z-]+s\b(?!['’])"
    # the word before the place ends the plural noun phrase ("the two sides met on Monday" places no sides), and a
    # plural before it ended it already ("the two leaders held talks in Geneva" places no leaders)
    r"|(?:\s+(?![a-z-]+[^saui\W]s\b)[a-z-]+){0,2}?\s+[a-z-]+s\s+(?:in|at|on|above|below|beneath|beside|near|around|along|outside|inside|across|off)\s+"
    rf"(?!(?:{_DETERMINER}\s+)?(?:[a-z-]+\s+)?(?i:{_NOT_A_PLACE}|{_MONTHS}\b))(?:{_DETERMINER}\s+)?"
    # and what follows is a place, by its name or by its kind: not "the two sides in the dispute"
    rf"(?:[a-z-]+\s+)?(?:[A-Z][\w'’-]{{2,}}|{_PLACE_NOUN})"
    r"|(?:\s+[a-z-]+){0,2}?\s+(?-i:we|they|I|you)\s+(?!(?:said|say|says|told|think|believe)\b)[a-z]{2,}"
    # or a relative clause that says what they do: "the three firms that supply the plant" (not parties the page has
    # named, whatever the clause says of them: "The two sides that met on Monday")
    r"|(?:\s+[a-z-]+){0,2}?\s+(?!(?:sides|parties|countries)\s)[a-z-]+s\s+(?:that|which|who)\s+"
    r"(?!(?:is|are|was|were|be|been)\b)[a-z]{3,})"
)
RANK_AFTER = re.compile(r"\s+(?:main|top|leading|biggest|major|largest|principal|key|big)\b")


def _names_its_set(after: str) -> bool:
    """Whether "the N ..." goes on to name the set it counts (SET_NAMED_AFTER), not a rank of a larger one."""
    return (
        SET_NAMED_AFTER.match(after) is not None
        and SUPERLATIVE_AFTER.match(after) is None
        and RANK_AFTER.match(after) is None
    )


# An earthquake's strength, which the page may put on any scale: "The magnitude 6.8 quake", "an aftershock of
# magnitude 5.4", "put the aftershock's magnitude at 5.9", "measured 6.8 on the institute's scale", "a 7.1-magnitude
# tremor" (tests/ingest_labelling.md, session 25: the unit is `magnitude`)
MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:[- ]|\s+(?:of|at|was|is|of\s+about)\s+)$", re.IGNORECASE)
MAGNITUDE_AFTER = re.compile(r"[- ]magnitude\b", re.IGNORECASE)
QUAKE_MEASURED_BEFORE = re.compile(r"\bmeasur(?:ed|ing|es)\s+(?:about\s+|around\s+)?$")
# A measure's unit right after a bare "measured N": a plural noun ("2.5 metres", "112 micrograms", not "as" or
# "across") or a unit's abbreviation ("3 m", "4 ft"); a quake's magnitude has none ("measuring 4.2 hit the town")
MEASURE_UNIT_AFTER = re.compile(
    r"\s?(?:(?!(?:was|is|has|as|its|this|thus|plus|minus|us)\b)[a-z]*[a-rt-z]s|feet|foot|inch|[ckm]?m|kg|ft)\b"
)
ON_A_SCALE_AFTER = re.compile(r"\s+on\s+(?:the|a)\s+(?:[\w'’-]+\s+){0,3}?scale\b")
QUAKE = re.compile(r"\b(?:(?:earth)?quakes?|aftershocks?|tremors?|seismic|seismolog\w*)\b", re.IGNORECASE)


def magnitude_end(sentence: str, m: re.Match, context_before: str = "") -> int:
    """
    Where a quake's magnitude ``m`` ends, its scale's name included, or 0 when ``m`` is no magnitude: "magnitude"
    next to the figure says so; a bare "measured 6.8" or "6.8 on the ... scale" only in a sentence about a quake, or
    on a page about one (``context_before``: "Our array logged 2.6 on the institute's scale" after the tremors).
    """
    value = number_value(m)
    if value is None or value > 10 or m.group("pct") or m.group("cur"):
        return 0
    before = sentence[max(0, m.start() - 40) : m.start()]
    after = sentence[m.end() :]
    named = MAGNITUDE_AFTER.match(after)
    if named:
        return m.end() + named.end()
    scale = ON_A_SCALE_AFTER.match(after)
    if MAGNITUDE_BEFORE.search(before):
        return m.end() + (scale.end() if scale else 0)
    measured = QUAKE_MEASURED_BEFORE.search(before) and not MEASURE_UNIT_AFTER.match(after)
    if (scale or measured) and (QUAKE.search(sentence) or QUAKE.search(context_before)):
        return m.end() + (scale.end() if scale else 0)
    return 0


# "a sculpture measuring 4 by 6": the participle that gives a thing's size; not the verb of a reading taken, "we are
# measuring 130 centimetres at some sites", a claim
SIZE_MEASURING_BEFORE = re.compile(r"(?<!\bare\s)(?<!\bis\s)(?<!\bwere\s)(?<!\bwas\s)(?<!\bam\s)\bmeasuring\s+$", re.I)

# "the price of a dozen eggs", "A dozen eggs cost 3.90": the dozen a price is given for, a measure of sale, not a count
PRICE_OF_BEFORE = re.compile(r"\b(?:price|cost)\s+of\s+$", re.IGNORECASE)
# (the price right after its verb, not a total the dozen cost someone: "A dozen new signings cost the club 40 million")
PRICED_AFTER = re.compile(
    r"(?:\s+[a-z]+){1,2}\s+(?:now\s+|then\s+)?(?:cost|costs|sells?\s+for|sold\s+for|fetch(?:es|ed)?)\s+"
    r"(?:(?:about|around|just|only|under|over|up\s+to|as\s+much\s+as|more\s+than|less\s+than)\s+)?[^\sA-Za-z]"
)

# "40 5g masts", "4g phones": a network's generation in lower case before the plural things it serves, not grams (a
# measure is "of" something, "5g of fat", or a pack's size, "200g bags", whose figure is no single digit)
NETWORK_IN_LOWER_CASE_AFTER = re.compile(r"(?-i:g)\s+(?!of\b)[a-z]+[^su\W]s\b")


# "She is 81 and ...", "who would have been 67": an age stated of a person; its cheap test, the last word each verb
# ends on, is derived from the same list, so the two stay in step
AGE_STATED_BEFORE = re.compile(rf"\b(?:he|she|who)\s+(?:{'|'.join(AGE_STATING_VERBS)})\s+$", re.IGNORECASE)
_AGE_STATED_ENDINGS = tuple(sorted({verb.split()[-1] for verb in AGE_STATING_VERBS}))
# "The average age was 41", "the median age of those who died was 41" (its cheap test derived as the one above)
_AVERAGE_AGE_VERB = "|".join(r"\s+".join(verb.split()) for verb in AVERAGE_AGE_VERBS)  # "stood\s+at"
AVERAGE_AGE_BEFORE = re.compile(
    rf"\b(?:average|median|mean|typical)\s+age\s+(?:of\s+[^.;:,\d]{{0,40}}?\s+)?(?:{_AVERAGE_AGE_VERB})\s+"
    r"(?:about\s+)?$",
    re.IGNORECASE,
)
_AVERAGE_AGE_ENDINGS = (*sorted({verb.split()[-1] for verb in AVERAGE_AGE_VERBS}), "about")
# "pupils aged four to 16", "patients aged 65": the lower age in words too
AGED_BEFORE = re.compile(
    r"\b(?:aged?|ages)\s+(?:between\s+|from\s+|of\s+|over\s+|under\s+)?"
    rf"(?:(?:\d{{1,3}}|one|{SMALL_NUMBER_WORDS})\s*(?:and|to|-|–)\s*)?$",
    re.IGNORECASE,
)
# "the best-selling phone under 200 sarns": the band a superlative is within
SUPERLATIVE_BAND_BEFORE = re.compile(
    rf"\b(?:best|worst|cheapest|dearest|biggest|largest|top)[\w-]*\s+(?:[a-z-]+\s+){{1,3}}?(?:{'|'.join(BAND_WORDS)})\s+"
    r"[$€£]?$"
)


def _ends_on_band_word(near: str) -> bool:
    """
    SUPERLATIVE_BAND_BEFORE's cheap test: the text ends on one of its band words, a currency sign after it at most
    (str.rstrip's whitespace is the pattern's \\s, and it also drops the newline "$" may match before).
    """
    tail = near.rstrip()
    if tail[-1:] in ("$", "€", "£"):
        tail = tail[:-1].rstrip()
    return tail.endswith(BAND_WORDS)


# "No. 4", "page 12", "type 2 diabetes", "#3": a thing numbered by its figure, the word right before it
NUMBERED_BY_BEFORE = re.compile(rf"(?:\b(?:{'|'.join(map(re.escape, NUMBERING_WORDS))})|#)\s*$", re.IGNORECASE)
# "under clause 4.3", "rule 12.4 of the code": a provision of a rule book by its number
PROVISION_BEFORE = re.compile(rf"\b({'|'.join(PROVISION_WORDS)})\s*$", re.IGNORECASE)
# their cheap test, derived from the same lists: the text's last word, in lower case, ends on one of them
_NUMBERING_ENDINGS = (*(word.lower() for word in NUMBERING_WORDS), "#")
_LONGEST_NUMBERING_WORD = max(map(len, NUMBERING_WORDS + PROVISION_WORDS))
# how much of the text's end not_a_count folds to test its last word: enough for the longest word any cheap test
# there looks for (the numbering and provision words, and "occurrence", the longest of the others)
_LAST_WORD_WIDTH = max(_LONGEST_NUMBERING_WORD, 10)

# The letters re.IGNORECASE matches to "i" and "s" that str.lower does not give as those
_FOLDED_LETTERS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
# The last words (of at most _LAST_WORD_WIDTH letters) every match of these patterns ends on, before its spaces
_PHONE_ENDINGS = ("text", "call", "phone", "ring", "dial", "message", "on", "emergency,")  # PHONE_BEFORE
_SAMPLED_ENDINGS = (  # SAMPLED_BEFORE ("interviewed" by its last ten letters)
    *("surveyed", "polled", "nterviewed", "questioned", "sampled"),
    *("about", "around", "some", "nearly", "almost", "than", "over"),
)
_REFERENCE_ENDINGS = (  # QUOTED_REFERENCE_BEFORE
    *("incident", "reference", "ref", "ref.", "log", "case", "occurrence", "report", "job"),
    *("number", "no", "no."),
)


def _folded_ending(near: str) -> str:
    """The last _LAST_WORD_WIDTH characters of ``near`` before its spaces, folded as IGNORECASE folds, in lower case."""
    return near.rstrip()[-_LAST_WORD_WIDTH:].translate(_FOLDED_LETTERS).lower()


def not_a_count(sentence: str, m: re.Match, value: Decimal, *, listed: bool = False, context_before: str = "") -> bool:
    """
    Whether the figure ``m`` is no count at all (a date, an age, a score, an identifier ...). ``listed``: the figure is
    an item of a list of results whose unit is given once ("Hugo Brannagh of the Labour Union 5,117"), so the name
    before it is the item's, not an identifier's. ``context_before``: the page before the sentence, as the unit reads
    it, so that a page about a quake makes "measuring 4.2" a magnitude here too.
    """
    after = sentence[m.end() :]
    before = sentence[: m.start()]
    near = before[-100:]  # the patterns that end at the figure need not scan a long sentence whole
    # the last word before the figure, in lower case: a pattern that must end on one of a few words is tried only
    # where the text ends on one (str.isspace's whitespace is the patterns' \s; the letters IGNORECASE also takes for
    # "i" and "s" folded first)
    # (one fold serves every cheap test below: a change to the folding is made in _folded_ending only)
    ending = _folded_ending(near)
    if m.group("num").lower() == "a dozen" and (PRICE_OF_BEFORE.search(near) or PRICED_AFTER.match(after)):
        return True  # "A dozen eggs cost 3.90 aurels": the measure a price is given for
    if m.group("num") in {"2", "3", "4", "5", "6"} and NETWORK_IN_LOWER_CASE_AFTER.match(after):
        return True  # "40 5g masts": a network's generation written small, as "5G" is, not five grams
    if (NOT_A_COUNT_AFTER.match(after) and not SPAN_OF_LIMIT_AFTER.match(after)) or re.match(
        r"-\s+(?:to|and|or)\s+\d+-years?-olds?\b", after
    ):
        return True  # "16- to 24-year-olds": an age band
    if len(m.group("num")) == 2 and re.search(r"\b\d{1,2}:$", near) and re.match(r"(?!\d)", after):
        return True  # the minutes of "the 07:42 service", "between 02:30 and 03:30": a time of day
    if STOPWATCH_HOURS_AFTER.match(after) or (m.group(0)[-1:] == "m" and STOPWATCH_MINUTES_BEFORE.search(near)):
        return True  # "1h 42m 17s", "from 3h 58m": a run's time read off a clock, a score; its "42m" is no million
    if value <= 10 and (
        (RATED_BEFORE.search(near) and RATING_BAND_AFTER.match(after))
        or (RATING_BAND_END_BEFORE.search(near) and GRADE_END_AFTER.match(after))
    ):
        return True  # "38 of them were rated 0 or 1", "rated 2 or below": a band of grades on a scale
    if near[-1:] == "." and DOTTED_VERSION_BEFORE.search(near):
        return True  # the last part of "1.0.2": a version's number, its parts no decimals
    if context_before.endswith("\n") and not before and CELL_BREAK.match(after) and _ranked_row(context_before, m):
        return True  # "1  Brine  1h 42m 17s" under "Rank  Runner  Time": a place in a ranking, no count
    day_like = m.group("num").isdigit() and int(m.group("num")) <= 31
    if day_like and (DATE_AROUND[0].search(near) or DATE_AROUND[1].match(after)):
        return True  # "October 13", "13 October": a date, read by ingest.dates
    if re.match(r"\s*,", after) and re.search(r"[A-Z][\w'’-]+,\s*$", near):
        return True  # "Ridder, 58, told reporters": an age
    if re.match(r"\s*\.", after) and re.search(r"\b(?:said|says)\s+(?:[A-Z][\w'’-]+\s+){0,3}?[A-Z][\w'’-]+,\s*$", near):
        return True  # "..., said Hilde Sandvik, 63.": the age of the speaker named last
    if re.match(r"\s*[.”\"]", after) and re.search(
        r"\b(?:said|says)\s+(?:the|its|their|his|her|a|an)\s+[a-z][\w\s'’-]{0,40},\s+(?:[A-Z][\w'’-]+\s+){0,3}"
        r"[A-Z][\w'’-]+,\s*$",
        near,
    ):
        return True  # "said its chairman, Henrik Dahl, 61.": the age of the speaker named after their title
    if (
        CLAUSE_NUMBER.fullmatch(m.group(0))
        and not before.strip()
        and CLAUSE_TEXT_AFTER.match(after)
        and (not context_before.strip() or context_before.endswith("\n"))
    ):
        return True  # "2.3 No forces shall enter the zone": the number of a document's clause, opening its line
    whole = m.group(0).strip()
    bare = len(whole) <= 3 and whole.isdecimal()  # "64 per cent" is read as one match
    if (
        bare
        and value <= 110
        and re.match(r"\s*\.(?:\s|$)", after)
        and re.search(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s*$", near)
    ):
        return True  # "..., with a late winner from Ossian Fairweather, 19.": the age of the one named last
    if bare and value <= 110 and AGE_REACHED_BEFORE.search(near) and re.match(r"\s*(?:[.,;]|and\b|because\b|$)", after):
        return True  # "stop working before they reach 60", "retire at 63", "until they are 67": an age
    if bare and value <= 120 and YOUNGEST_OLDEST_BEFORE.search(near) and re.match(r"\s*(?:[.,;”\"]|and\b|$)", after):
        return True  # "The youngest of his victims was 81 and the oldest was 97": ages that bound a group
    if re.search(r",\s*$", near) and re.match(r"\s*,\s*(?:who|whose|whom)\b", after) and value <= 120:
        return True  # "the company's supply chain director, 52, who has worked...": an age in apposition
    if bare and value <= 110 and PERSON_BEFORE_AGE.search(near) and re.match(r"\s*,", after):
        return True  # "A man, 44, from Oxtarn has been arrested": an age in apposition to a person unnamed
    if bare and value <= 110 and SUBJECT_BEFORE_AGE.search(near) and AGE_SET_OFF_AFTER.match(after):
        return True  # "The master, 54, has been questioned": the age of the one the sentence opens on
    if (
        re.match(r"\s*(?:[.,;]|and\b|$)", after)
        and ending.endswith(_AGE_STATED_ENDINGS)
        and AGE_STATED_BEFORE.search(near)
    ):
        return True  # "She is 81 and ...": an age
    if (
        ending.endswith(_AVERAGE_AGE_ENDINGS)
        and AVERAGE_AGE_BEFORE.search(near)  # "The average age was 41", "the median age of those who died was 41"
        and (not re.match(r"\s+years\b", after))
    ):
        return True  # "The average age was 41": an age, given as one; "rose to 44.1 years" is a statistic of ages
    if ending.endswith(("of", "aged")) and re.search(
        r"\b(?:boy|girl|child|baby|son|daughter|man|woman|toddler|infant|teenager)\s+(?:of|aged)\s+$", near, re.I
    ):
        return True  # "a boy of 2": an age
    # (tried only where the text has "ag" in it, as the pattern's every match does: most figures follow no age)
    if ("ag" in near.lower() and AGED_BEFORE.search(near)) or re.match(
        r"\s+(?:years?\s+(?:old|of age)|and (?:over|older|above|up|under|younger))\b", after
    ):
        return True  # "patients aged 65 and over", "73 years old": an age
    if re.match(
        r"\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Square|Lane|Quay|Boulevard|Way)\b", after
    ):
        return True  # "17 Market Street": an address
    if (
        ROUTE_NUMBER_AFTER.match(after)
        and m.group("num")[0].isdigit()
        and not m.group("scale")
        and re.search(r"\b(?:[Tt]he|[Nn]umber)\s+$", near)
    ):
        return True  # "runs the 7 bus between Marrick and Hallow Bridge": the route's number, not a count of buses
    if (m.group("num")[0].isdigit() and not m.group("scale")) and (
        (ROUTE_PAIR_AFTER.match(after) and re.search(r"\b[Tt]he\s+$", near))
        or (ROUTE_PLURAL_AFTER.match(after) and ROUTE_PAIR_BEFORE.search(near))
    ):
        return True  # "will review the 12 and 15 services next": the numbers of two routes
    if IDENTIFIER_LIST_AFTER.match(after) and LISTED_IDENTIFIERS_BEFORE.search(near) and not m.group("pct"):
        return True  # "routes 12 and 40 have been diverted", "wards 4B, 5A, 5C or 7": the names of places, no count
    if COURSE_POINT_AFTER.match(after) and re.search(r"\bthe\s+$", near):
        return True  # "at the 30-kilometre mark", "around the 25k point": a place on a course, not a distance run
    if (
        ending.endswith("top")
        and re.search(r"(?:\b(?:the|its|their|our|his|her)|\w['’]s)\s+top\s+$", near)
        and not m.group("scale")
    ):
        return True  # "one of the company's top 10 investors": a rank that picks out who is meant, not a count
    if (
        (
            ending.endswith(_PHONE_ENDINGS)
            and PHONE_BEFORE.search(near)
            and not re.match(r"\s+(?:occasions|times)\b", after)
        )
        or PHONE_LINE_AFTER.match(after)
        or (LINE_AFTER.match(after) and CALL_THE_BEFORE.search(near))
    ):
        return True  # "Text the newsroom on 81964": a number to call, not a count
    if PRICE_PER_PERIOD_AFTER.match(after) and (OFFER_BEFORE.search(near) or DONATION_BEFORE.search(near)):
        return True  # "Subscriptions from 29 zells a month": the page selling itself, not the article
    if re.match(r"\s+words\b", after) and LETTER_LENGTH_BEFORE.search(near):
        return True  # "Please keep them under 250 words": the letters page's note to its writers
    if "otices" in near and NOTICE_PRICE_BEFORE.search(near):
        return True  # "Family notices cost 35 pellars for up to 40 words": the notices page selling its space
    if "irst" in near and INTRO_OFFER_BEFORE.search(near):
        return True  # "first 3 months for 1 marret": the price of the page's introductory offer
    if PRICE_ENDS_AFTER.match(after) and (STOCKIST_PRICE_BEFORE.search(near) or ON_SALE_FROM_BEFORE.search(near)):
        return True  # "available from the Vine & Table shop, 24 solden.", "go on sale in April, from 190 dorvans."
    if "(" in near and RATE_NOTE_BEFORE.search(near) and (re.match(r"\s*[A-Za-z]*\s*=", after) or "=" in near[-30:]):
        return True  # "(1 tibber = 0.18 halvarns)", "($1 = 0.92 euros)": an exchange rate, not a claim
    rate_base = RATE_BASE_BEFORE.search(near) if ending.endswith(("every", "per")) else None
    if rate_base and rate_base.group("n").lower() not in ("1", "one"):
        return True  # "27 incidents of self-harm for every 100 prisoners": the base of a rate whose claim is the 27
    if PERIOD_BASE_AFTER.match(after) and PERIOD_BASE_BEFORE.search(near):
        return True
    if m.group("num") == "1" and not m.group("scale") and ONE_FOR_EVERY_AFTER.match(after):
        return True  # "1 surgeon for every 38,000 residents": the ratio's claim is the 38,000, the one its unit
    raw_digits = m.group("num")
    if len(raw_digits) > 1 and raw_digits[0] == "0" and raw_digits[1].isdigit():
        return True  # "call 0800 555 014", "case 0187": a count never begins with a zero
    if re.search(r"\b0(?:\d{2,4}|\s\d{3,4})\s(?:\d{3,4}\s)?$", near):
        return True  # the groups of a telephone number after its leading "0800" or "0 800"
    if near.endswith("0 ") and re.search(r"(?<![\d.,])\b0\s$", near) and re.match(r"\s\d{3,4}\b", after):
        return True  # the "800" of "call 0 800 4417": a group after a lone zero, with more groups after it
    if len(raw_digits) == 1 and POSTCODE_INWARD_AFTER.match(after) and re.search(r"\b[A-Z]{1,2}\d{1,2}[A-Z]?\s$", near):
        return True  # the "4" of "Harlsport HS1 4QT": the second half of a postcode, no count
    if ("+" in near and INTERNATIONAL_DIALLING_BEFORE.search(near)) or (
        near.endswith("+") and DIALLING_GROUPS_AFTER.match(after)
    ):
        return True  # "+44 20 7946 0958", "+00 555 0100": a telephone number with its country code, code included
    if (
        NEWSROOM_METHOD.match(sentence)
        and not QUOTE_MARK.search(sentence)
        and METHOD_VERB.search(before)
        and not POSTBAG_AFTER.match(after)
    ):
        return True  # "We obtained 14,112 complaint records", "We excluded 212 rows": the newsroom's method note
    if STUDY_BASE_BEFORE.search(near) or (ending.endswith("all") and OUR_EVIDENCE_BEFORE.search(near)):
        return True  # "records from 1,912 GP practices", "analysis of 36 contracts": the evidence, not a finding
    sampled = SAMPLED_BEFORE.search(near) if ending.endswith(_SAMPLED_ENDINGS) else None
    if sampled and (sampled.group("verb") in ("surveyed", "polled", "sampled") or not OF_OUR_OWN_AFTER.match(after)):
        # "The poll surveyed 2,100 voters", "We surveyed 1,400 of our members": the size of a poll's sample, not a
        # finding (but "she interviewed 300 of us in a single week": the speaker counting their own people)
        return True
    if re.search(r"\bof\s+the\s+$", near[-12:]) and SAMPLED_WHOLE_AFTER.match(after):
        return True  # "64 per cent of the 1,040 reefs surveyed": the sample a finding is a share of
    if RESPONDENTS_AFTER.match(after):
        return True  # "Of the 23 who responded, only four forecast a cut": the sources a poll counted
    if "/" in near[-2:] and re.search(r"(?:[A-Za-z]\d*|\d)/$", near):
        return True  # "case T2024/0187": the part of an identifier after a slash
    if near[-1:] in "-–" and re.search(r"(?<![\d,.])\b0\d*[-–]$", near):
        return True  # "quoting incident 0219-447": the group after a zero-led one (not "12,000-14,000", a range)
    if CALIBRE_AFTER.match(after):
        return True  # "stocks of 155mm artillery shells": the calibre of a kind of shell, not a count of them
    if KIND_BY_MEASURE_AFTER.match(after) and not DETERMINER_BEFORE.search(near):
        return True  # "drivers in 40-tonne lorries": a kind of lorry, not a count of tonnes
    if ending.endswith(_REFERENCE_ENDINGS) and QUOTED_REFERENCE_BEFORE.search(near):
        return True  # "call 101 quoting log 447 of 12 March": the number a caller is asked to give, a reference
    if ("vote" in after[:12] or "vote" in near) and _is_vote_tally(near, after, m.group(0)):
        return True  # "passed by 161 votes to 138, with 6 abstentions": the tally of a vote is its score
    against = re.match(r"\s+against\b", after)
    tally = TALLY_FOR_AFTER.match(after) or (against if against and TALLY_AGAINST_BEFORE.search(near[-30:]) else None)
    listed_tally = tally and (VOTE_WORDS_BEFORE.search(near) or TALLY_ABSTENTIONS_AFTER.match(after, tally.end()))
    if listed_tally and not VOTED_ELECTORATE.search(f"{near} {after}"):
        # "Carried, 39 for, 6 against": a vote's tally, its score; an electorate's ("In the referendum, residents
        # voted 4,120 for, 3,870 against") are claims, as _is_vote_tally reads "voted 4,120 to 3,870"
        return True
    if ABSTENTIONS_AFTER.match(after) and TALLY_CONTEXT_BEFORE.search(near):
        return True  # "39 for, 6 against, 2 abstentions": the abstentions of a vote's tally, its score
    grade = STAR_GRADE_AFTER.match(after) if "star" in after[:8].lower() else None
    whole_grade = value <= 10 and value == value.to_integral_value()  # "2.3 stars" is an average of many grades
    one_grade = grade is not None and whole_grade and not MANY_GRADES_NEAR.search(f"{near} {after[:80]}")
    if grade is not None and one_grade and (")" not in grade.group() or STAR_REVIEWER_BEFORE.search(near[-40:])):
        return True  # "@ormsey_dad (2 stars):", "3 stars out of 5": one reviewer's grade, a score
    scale = "out of" in near[-8:] and STAR_SCALE_BEFORE.search(near[-40:])
    if scale and not MANY_GRADES_NEAR.search(f"{near} {after[:80]}"):
        return True  # the 5 of "3 stars out of 5": the scale a grade is given on
    dash_end = "-" in near[-3:] or "–" in near[-3:]  # a dash within the last three characters ends every match
    paired = re.match(r"\s?[-–]\s?\d{1,3}\b", after) or (dash_end and re.search(r"\b\d{1,3}\s?[-–]\s?$", near))
    if paired and SCORE_CONTEXT.search(re.sub(r"\d{1,3}\s?[-–]\s?$", "", near)):
        return True  # "beat Lorca 3-1": a score
    age_bound = value <= 120 and AGE_BOUND_END.search(near[-14:]) is not None  # a cheap test before the two below
    if age_bound and AGE_BOUND_BEFORE.search(near) and not MEASURE_AFTER_AGE.match(after):
        # "children under 12 travel free", "Farmers under 40 carried": an age (not "groups over 20 people", "drivers
        # over 50 hours a week", a count or a measure)
        return True
    if (
        age_bound
        and bare
        and 16 <= value <= 110
        and AGE_BOUND_BE_BEFORE.search(near)
        and re.match(r"\s*(?:[.,;]|and\b|or\b)", after)
    ):
        return True  # "Applicants must be under 40 and ...", "who are, by definition, over 66 or disabled": an age
    if (
        value <= 120
        and ending.endswith("at")
        and re.search(r"\b(?i:people|men|women|adults|patients|everyone|anyone|those)\s+at\s+$", near)
        and re.match(r"\s*(?:[.,;]|and\b|or\b|from\b|onwards\b|$)", after)
    ):
        return True  # "sending kits to people at 50 from next year": an age
    if re.match(r"\s*(?:per\s*cent|percent|%)?\s*(?:[a-z]+\s+){0,2}?(?:bonds?|notes?|debentures|gilts)\s+due\b", after):
        return True  # "its 7.5 percent bonds due 2031": the coupon that names a bond
    if RACE_DISTANCE_AFTER.match(after) and RACE_BEFORE.search(near):
        return True  # "finished fourth in the 200 metres at the championships": a race named by its distance
    if (
        ending.endswith("measuring")
        and SIZE_MEASURING_BEFORE.search(near)
        and not magnitude_end(sentence, m, context_before)
    ):
        return True  # "a sculpture measuring 4 by 6": a measurement's scale, not a count (a quake's is its magnitude)
    if re.match(r"\s+(?:days|weeks|months|years)\b", after) and re.search(r"\b(?:period|window|spell)\s+of\s+$", near):
        return True  # "A consultation period of 45 days starts on Monday": the length of a period a plan sets
    if _ends_on_band_word(near) and SUPERLATIVE_BAND_BEFORE.search(near):
        return True  # "the best-selling phone under 200 sarns": the band a superlative is within, not a count
    if (
        ending.endswith("than")
        and re.search(r"\b(?:larger|bigger|smaller|longer|shorter|wider|heavier|taller)\s+than\s+$", near)
    ) and not (
        near.endswith("longer than ")
        and re.match(r"\s+(?:minutes|hours|days|weeks|months|years)\b", after)
        and STANDARD_SPAN_BEFORE.search(near[-120:])
    ):
        # "six fires larger than 10,000 hectares": a threshold that defines the count; not a limit a rule sets ("no
        # handover should take longer than 60 minutes")
        return True
    if not m.group("cur") and _is_identifier(before, m, listed=listed):
        return True
    raw = m.group("num")
    is_year = raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2100 and not m.group("pct") and not m.group("cur")
    if is_year and (YEAR_CONTEXT.search(near) or not UNIT_AFTER.match(after)):
        return True
    if is_year and DATE_AROUND[0].search(near):
        return True  # "by September 2029 unless ...": the year of a month, whatever word follows it
    if is_year and re.search(r"\w['’]s\s+$", near):
        return True  # "Sarvania's 2026 census", "Varrow's 2034 bonds": a year that dates its owner's noun
    if len(raw) == 2 and raw.isdigit() and re.search(r"\b(?:1[89]|20)\d\d[-–/]$", near):
        return True  # "the 2027-28 crop", "the 2021/22 season": the second year of a season, not a count
    if is_year and re.match(r"\s*(?:and|,|\.|;|\))|\s+(?:levels|prices|figures|rates|values|terms)\b", after):
        return True  # "up 40 per cent on 2022 levels": the year that dates a comparison
    singular = re.match(r"\s+([a-z]+)\b", after)
    if is_year and singular and not singular.group(1).endswith("s") and singular.group(1) not in COUNTED_WITHOUT_S:
        return True  # "the original 1962 steel", "the 2019 plan": a year that dates the noun after it
    word_number = not raw[0].isdigit()
    if word_number and re.search(r"\b(?:several|few|couple\s+of)\s+$", near, re.I):
        return True  # "a few hundred metres": the vague count's scale, which ingest.numbers read or left out
    if word_number and re.search(r"\bthe\s+big\s+$", near, re.I):
        return True  # "the big four houses": a name for the leaders of a trade, not a count
    if (
        word_number
        and re.search(r"\b(the|these|those|both)\s+$", near, re.I)
        # "Two of the nine trustees", "three of the five seats": the whole of a part is a claim of its own
        # (tests/ingest_labelling.md, session 21), not a reference; "two of the ten leakiest zones" picks out by rank
        and not (PART_OF_THE_BEFORE.search(near) and not SUPERLATIVE_AFTER.match(after))
        # "the three Hallan towers", "the two treatment works in the old town": a set the sentence names
        and not (re.search(r"\bthe\s+$", near, re.I) and _names_its_set(after))
    ):
        # "the two allies", "both three-year terms": a reference, not a count ("its three machines", "our eleven sites"
        # say how many a body has, which is; "all six lifts", "checks on all nine ports" stress that the count is the
        # whole, which is a claim of its size)
        return True
    if (
        word_number
        and re.search(
            r"(?:\b(?:the|these|those|its|their|his|her|our)|\w['’]s)\s+(?:last|first|remaining|other|next|same|final)"
            r"\s+$",
            near,
            re.I,
        )
        and not (near.endswith("other ") and REST_OF_A_WHOLE_AFTER.match(after))
        and not (near.endswith("first ") and FIRST_BATCH_AFTER.match(after))
        # "seven of his last nine games", "two of its last five safety checks": the whole a part is taken from
        and not PART_OF_LATEST_BEFORE.search(near)
    ):
        # "the last four stops", "The remaining three routes", "the valley's other two towns"; but "Two of the nine
        # trustees wrote ... The other seven did not": the rest of a whole, counted, its noun left out; and "the first
        # four homes are due by May": the first batch of a plan, counted
        return True
    if word_number and OWNER_BEFORE_WORD_NUMBER.search(near) and SUPERLATIVE_AFTER.match(after):
        # "the region's eight largest cities" picks out a few by rank; "the city's two terminals" says how many the
        # owner has, and "two of the valley's three passes" the whole a part is taken from (tests/ingest_labelling.md,
        # session 21), which are counts
        return True
    # every match is one of the words (none longer than 40 characters) and the space after it to the end
    if word_number and re.search(r"\b[Nn]o\.\s+$", near):
        return False  # "I said no. Half a dozen of my students": an answer that ends its sentence, not "No. 4"
    # and lower case, a kind by its number ("type 2 diabetes"), which never counts anything; each a whole word, since
    # "a prototype 3 metres long" or "the council will reschedule 300 bin collections" count
    tail = near[max(0, len(near.rstrip()) - 40) :]
    # (each pattern below tried only where the text ends on one of its words, as its every match does: ``ending``)
    if ending.endswith(_NUMBERING_ENDINGS) and NUMBERED_BY_BEFORE.search(tail):
        return True
    # The provisions of a rule book ("under clause 4.3", "rule 12.4 of the code", "Clause 4") only as a reference: the
    # word capitalised or the number with a sub-part; the words are common nouns too, and "Under military rule 3,000
    # people were detained", "behind schedule 412 times", "Under the regulation 12 firms were fined" count
    provision = PROVISION_BEFORE.search(tail) if ending.endswith(PROVISION_WORDS) else None
    return bool(provision and (provision.group(1)[0].isupper() or re.match(r"\.\d|\s*\([a-z\d]{1,3}\)", after)
                               or "." in m.group("num")))  # fmt: skip


# The plural counted after "the first N" (not a span of time: "the first three days"): the first batch of a plan or a
# delivery, counted as digits are ("the first 150 homes", "the first six hangers replaced")
FIRST_BATCH_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?!(?:" + "|".join(sorted(DURATION_UNITS)) + r")\b)[a-z-]+s\b")

# A verb right after "the other N": the rest of a whole the page divided, its noun left out ("the other three left
# theirs unchanged", "The other seven did not")
REST_OF_A_WHOLE_AFTER = re.compile(
    r"\s+(?:did|do|does|were|was|are|is|have|has|had|will|would|could|can|may|might|should|"
    rf"[a-z]{{3,}}ed|{'|'.join(sorted(IRREGULAR_PARTICIPLES))})\b"
    # but a participle before the clause's subject describes it ("the other three armed officers were unhurt"), and
    # the noun is given (not "the other three raised objections")
    r"(?!\s+[a-z]+s\s+(?:were|are|have|had|did|do|will|would|could|can|may|might|should)\b)"
)
# A part in figures or words, then "of the", before a whole in words: "Two of the nine", "11 of the"
_PART = (
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|most|all|none|"
    r"both|each|many|some))\s+of\s+"
)
PART_OF_THE_BEFORE = re.compile(_PART + r"the\s+$", re.IGNORECASE)
# ... or of the latest few of their kind: "seven of his last nine", "two of its last five" (not "one of the first three
# women", a ranking)
PART_OF_LATEST_BEFORE = re.compile(
    _PART + r"(?:the|its|their|his|her|our|\w+['’]s)\s+(?:last|final|past)\s+$", re.IGNORECASE
)
# Nouns counted without a plural -s, which a year never dates: "2000 staff", "1900 police", "2000 euro"
COUNTED_WITHOUT_S = {
    "staff", "police", "people", "personnel", "crew", "cattle", "sheep", "deer", "fish", "children", "men", "women",
    "more", "new", "other", "extra", "additional",
    # and units written in the singular: "2000 euro", "1500 metre"
    "euro", "dollar", "pound", "yen", "franc", "peso", "rand", "yuan", "metre", "meter", "km", "kg", "tonne", "ton",
    "litre", "liter", "mile", "feet", "foot", "hectare", "acre", "mw", "gw", "kw", "mph",
}  # fmt: skip


def _is_identifier(before: str, m: re.Match, *, listed: bool = False) -> bool:
    """
    'Local 1047', 'Post 7', 'HX-310', 'F-16': a name with a number in it, not a count. ``listed``: the figure is a list
    item whose name stands before it ("the Greens 1,388"), an identifier only by a code or an identifier's noun.
    """
    # "HX-", "F16-", "OD-2026-"; every match ends on a letter, a digit or a hyphen, never on a space
    # ("KestrelFan_88": a handle's digits after an underscore, a letter or digit before it; not the emphasis of
    # "_40 per cent_")
    if not before.endswith(" ") and re.search(
        r"\b[A-Z]{1,5}-$|[A-Za-z]\d*-?$|[A-Za-z0-9]_$|\b[A-Z]{1,5}-[\d.]*\d[.-]$", before
    ):
        return True
    if m.group("pct") or len((m.group("scale") or "").strip()) > 2:
        # "gave Korrigan 46.4 percent", "fined Morval Post 2.2 million drals": no name numbers a thing in per cent or
        # in millions written out, so the name before is the one the figure is given to or by ("Ward 4B" is a name)
        return False
    # (tried only where two capitals end the text, as its pattern must)
    capitals = before.rstrip()[-2:]
    code = re.search(r"\b([A-Z]{2,4})\s+$", before) if capitals.isascii() and capitals.isupper() else None
    if code and code.group(1).lower() not in CURRENCIES and m.group("num")[0].isdigit():
        return True  # "Flight SK 302", "COP 28"
    # "the phase three trial", "a category four storm", "its phase 3 trial": a number that names a rank; in digits not
    # a level ("raised to level 4", a warning's rating the page reports), nor where a plural counted follows ("a stage
    # 30 metres wide"), a measure
    # (tried only where a rank's noun ends the text, as its pattern must: most figures follow none)
    ranked = before.rstrip()[-8:].translate(_FOLDED_LETTERS).lower().endswith(RANK_NOUNS)
    rank = RANK_NOUN_BEFORE.search(before) if ranked else None
    if (
        rank
        and not rank.group("when")
        and not (m.group("scale") or m.group("pct"))
        and (
            m.group("num")[0].isalpha()
            or (rank.group("rank").lower() != "level" and not RANK_COUNTED_AFTER.match(m.string, m.end()))
        )
    ):
        return True
    if (
        m.group("num").isdigit()
        and DOCUMENT_PART_BEFORE.search(before[-12:])
        and not DOCUMENT_PART_COUNTED_AFTER.match(m.string, m.end())
    ):
        return True  # "in version 1 of this advice", "the staff figure on slide 12": the part of a document, no count
    if NUMBERED_LABEL_BEFORE.fullmatch(before) and m.group("num").isdigit() and re.match(r"\s*:", m.string[m.end() :]):
        return True  # "Claim 2: ...", "QUESTION 3:": the number of a labelled item of the page, no count
    word = re.search(r"\b([A-Z][a-z]+)\s+$", before)
    if not word or m.group("num")[0].isalpha():
        return False
    name = word.group(1)
    if name.lower() in IDENTIFIER_NOUNS and not SCALE_WORD.fullmatch(m.group("scale") or ""):
        return True  # "Ward 4B", "Post 7"; but "fined Morval Post 2.2 million drals" names a sum after the name
    if listed:
        return False
    if m.group("scale") or THOUSANDS_GROUPED.fullmatch(m.group("num")):
        # "has paid Ferrovane 702 million talens", "had sent Sevrany 86,000 shells": a name, then a sum or a count; no
        # identifier runs to millions or is written in groups of thousands
        return False
    at_start = LEADING_DETERMINER.search(before[: word.start()]) is not None
    if at_start or QUALIFIER_BEFORE.search(before) or name.lower() in UNITS_WORDS:
        return False  # "About 200 people", "Some 83 people": a sentence opening, not a name
    return name.lower() not in NOT_NAME_WORDS


# A noun that names a rank by the number after it, in any case: "phase 3", "Level 4", "category four"
# (not one of time or of choice: "At one stage 200 people were queuing", "In that category 12 of the bids")
RANK_NOUNS = ("phase", "stage", "level", "category", "grade", "tier", "division")
RANK_NOUN_BEFORE = re.compile(
    r"\b(?:(?P<when>one|that|this|which|some|every|each|any|same|early|earlier|late|later|final)\s+)?"
    rf"(?P<rank>{'|'.join(RANK_NOUNS)})\s+$",
    re.IGNORECASE,
)
RANK_COUNTED_AFTER = re.compile(
    r"\s+(?:(?!(?:is|was|has|does|means|remains)\b)[a-z]+s\b|(?:people|children|men|women|of)\b)"
)
# A page's label of one numbered item opening its sentence: "Claim 2:", "CLAIM 4:", "Question 3:"
NUMBERED_LABEL_BEFORE = re.compile(r"\W*[A-Z][A-Za-z]+\s+")
# A document's clause or paragraph number opening its line ("1.1 All hostilities shall cease", "3.2 Some operators have
# told us"): a section and its item, no decimal count; the clause's own text follows in sentence case (not "2.5 Million
# Tourists", a headline's figure, nor "4.6 per cent", "3.5 tonnes", a figure's unit, nor a unit after its adjective or
# scale: "2.5 Canadian dollars", "4.99 Varnholt marks", "4.5 Lakh people", "3.5 Degrees of frost")
CLAUSE_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}")
CLAUSE_TEXT_AFTER = re.compile(
    r"\s+(?!(?:Million|Billion|Thousand|Trillion|Per\b|Percent|Bn\b|M\b|Lakhs?\b|Crores?\b|Degrees?\b)\b)[A-Z][a-z'’-]*\s+"
    r"(?!(?:dollars?|euros?|pounds?|francs?|marks?|florins?|crowns?|kron[aeo]r?|rupees?|pesos?|shillings?|yen|yuan|"
    r"per|percent|degrees?)\b)[a-z]"
)
# A number written in groups of thousands ("86,000"), as a count is and an identifier is not
THOUSANDS_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
# A scale written out after a number ("2.2 million"), which no identifier has; a letter ("4B") may be a ward's name
SCALE_WORD = re.compile(r"\s*(?:thousand|million|billion|trillion)", re.IGNORECASE)
# Capitalised words that may stand before a count inside a sentence without naming it.
NOT_NAME_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "only", "just", "another", "all", "nearly", "almost", "about", "around", "some", "over", "under", "and", "but",
    "the", "to", "by", "with", "of", "in", "on", "at", "for", "from", "than",
}  # fmt: skip


# The words a shortfall is given in, which read as a figure's noun ("five short of a majority", "two shy of the 40 it
# needed"): no unit, but the gap in whatever the figure is short of counts
SHORTFALL_WORDS = frozenset({"short", "shy"})
MAJORITY_AFTER = re.compile(
    r"\s+(?:short|shy)\s+of\s+(?:an?|the|its|their|his|her|our)\s+(?:[a-z]+\s+){0,2}?majority\b"
    # not a majority of a company's shares ("20 short of a majority stake")
    r"(?![\s-]+(?:stake|stakes|share|shares|shareholding|shareholder|holding|interest|owner|ownership|control)\b)"
)
SHORTFALL_KINDS = frozenset({"seats", "votes", "members", "councillors", "delegates", "MPs"})
# a figure told as a shortfall ("five short", "3,000 shy"): a gap, never a level the count before it came to
SHORTFALL_FIGURE = re.compile(r"\b(?:short|shy)$")


# the words between a shortfall and the count it falls short of, given next: "two short of the 50 points it needs",
# "three short of its target of 40 councillors"
SHORTFALL_OF_NEXT = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our|an?)\s+)?(?:[a-z]+\s+)?(?:of\s+)?")


def shortfall_units(
    sentence: str,
    units: list[str],
    paragraph_unit: str,
    carried_unit: str,
    spans: list[tuple[int, int]] | None = None,
) -> list[str]:
    """
    The units of a sentence's figures, each read as "short" or "shy" given the unit of what it falls short of: the
    count it falls short of, told next ("two short of the 50 points it needs"), else the count the sentence or the
    text before it gave last ("won 84 seats, five short of a majority", "two shy of the 40 it needed"), else the seats
    a majority is of ("The coalition is six short of a majority"). ``spans`` are the figures' places in the sentence.
    """
    found: list[str] = []
    for i, unit in enumerate(units):
        if unit not in SHORTFALL_WORDS:
            found.append(unit)
            continue
        following = units[i + 1] if i + 1 < len(units) else ""
        told_next = following.isalpha() and following not in SHORTFALL_WORDS
        if told_next and spans is not None and SHORTFALL_OF_NEXT.fullmatch(sentence, spans[i][1], spans[i + 1][0]):
            found.append(following)
            continue
        before = [u for u in reversed(found) if u not in SHORTFALL_WORDS]
        candidates = [u for u in (*before, paragraph_unit, carried_unit) if u and u not in SHORTFALL_WORDS]
        # the majority this shortfall is of, not one another figure of the sentence falls short of
        majority = MAJORITY_AFTER.search(sentence, spans[i][0] if spans is not None else 0)
        if majority is not None and (spans is None or majority.start() < spans[i][1]):
            # a majority is of seats or votes, not of the share or the money the sentence gave before
            counted = next((u for u in candidates if u in SHORTFALL_KINDS), "seats")
        else:
            counted = candidates[0] if candidates else ""
        found.append(counted or unit)
    return found
