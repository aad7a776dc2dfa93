"""
The cues of attribution: reporting verbs by class with the stance each carries, the verbs whose
object is the listener, negation, the first person, and the nouns of anonymous and collective sources.

The lists come from the attribution literature, not from our corpus:

- Pareti, S. (2016). "PARC 3.0: A Corpus of Attribution Relations." LREC 2016; and Pareti, S.
  (2015), *Attribution: A Computational Approach*, PhD thesis, University of Edinburgh. An
  attribution relation is a source, a cue and a content; cues are mostly verbs, also prepositions
  ("according to"), nouns ("claim", "estimate") and adverbials ("in the words of"). The source
  is a whole noun phrase and may be unnamed ("officials familiar with the matter").
- Levin, B. (1993). *English Verb Classes and Alternations*, ch. 37 "Verbs of communication"
  (37.1 transfer of a message, 37.2 tell, 37.3 manner of speaking, 37.7 say, 37.8 complain) and
  29.4-29.5 (declare and conjecture verbs), from which the verb lists below are taken class by class.
- Bergler, S. (1992). *Evidential Analysis of Reported Speech*, PhD thesis, Brandeis University;
  Krestel, R., Bergler, S. and Witte, R. (2008). "Minding the Source: Automatic Tagging of
  Reported Speech in Newspaper Articles." LREC 2008. Reporting verbs carry the reporter's stance
  towards the content: neutral (say), confirming (confirm, acknowledge, admit), denying (deny),
  disputing (dispute, reject, question); a negated verb ("did not confirm") does not carry it.

Each verb is given once as a lemma; its inflections are generated.
"""

from __future__ import annotations

import functools
import re

# Levin 37.7 "say" verbs, 37.1 transfer of a message, 29.4 declare and 29.5 conjecture verbs used
# to report, 37.3 manner of speaking, 37.8 complain; plus the estimating verbs PARC marks as cues.
SAY_VERBS = (
    "say announce articulate assert claim confess declare disclose explain hint mention note observe proclaim "
    "propose recount reiterate relate remark repeat report reveal state suggest add comment affirm allege argue "
    "contend insist maintain stress emphasise emphasize underline write testify tweet post publish quote cite "
    "describe explain specify clarify indicate detail recall "
    "reply retort counter "  # Levin 37.7 verbs of responding, the speaker's turn in an exchange
    "accuse"  # Levin 33 (judgement verbs): "X accused the government of cutting the budget by 30%" reports a charge
)
TELL_VERBS = "tell inform brief advise assure notify warn caution remind promise"  # Levin 37.1/37.2: object = listener
TELL_VERBS += " email"  # Levin 37.4, instrument of communication: "Kristin, a teacher, emailed us: ..."
CONJECTURE_VERBS = "estimate predict forecast project calculate count reckon believe think expect assess find conclude"
# "the union has costed it at 12 million": an estimate of a cost, by its regular past only ("costs" is the price)
CONJECTURE_VERBS += " cost"
# Not from Levin: the verbs by which a body is the source of its own statistics ("the ministry recorded
# 1.3 million cases", "the scans showed 27,900"), which PARC annotates as attribution when the content
# is a reported figure.
RECORD_VERBS = "record log show"
# The words a sum of money is named by, as its price or its charge ("a refund of 79.99 sternes", "costs 12 fennets",
# "a fee of 260"): a unit a page writes after one of them is a currency, never a count of things
PRICE_WORDS = (
    "cost costs costing charge charges charged fee fees fine price prices priced refund refunds worth income revenue "
    "budget salary wage"
)
# Levin 14 (verbs of learning) and 29.5: the reporter's own sources, unnamed, stand behind "the Gazette has learned",
# "the Post understands that"; they report only with a that-clause or closing the sentence, as weak verbs do
LEARN_VERBS = "learn understand"
MANNER_VERBS = "shout whisper yell scream mutter murmur complain grumble lament protest object concede boast"
CONFIRM_VERBS = "confirm acknowledge admit concede verify corroborate"
DENY_VERBS = "deny"
DISPUTE_VERBS = "dispute reject dismiss refute contest challenge question doubt contradict rebut"
REVISE_VERBS = "raise lower cut revise increase reduce trim halve slash"  # a figure changed by whoever set it
# The verbs the numbers reader's patterns read a figure, an estimate or a target revised by ("raised its estimate to",
# "revised down from 2,600"): REVISE_VERBS and "update" ("updated its count to"), less the verbs of cutting it by a
# share ("trimmed", "halved", "slashed"), which those patterns have never read
FIGURE_REVISE_VERBS = [verb for verb in REVISE_VERBS.split() if verb not in {"trim", "halve", "slash"}] + ["update"]
# the participles that say the same as "up from" after a figure's comma or in its brackets ("34 scudi, raised from 32
# scudi", "27,560 (revised from 24,900)"): FIGURE_REVISE_VERBS less "update", which that rule has never read; and
# "amended", which a register or a notice prints the same way ("64 hectares (amended from 38 hectares)")
CHANGED_FROM_VERBS = [verb for verb in FIGURE_REVISE_VERBS if verb != "update"] + ["amend"]
# The participles of a set value changing to a new one from a date ("The fixed penalty is 100 marrels, rising to 150
# marrels from January"): the value set now is the one the new value replaces (numbers._earlier_values_folded)
CHANGING_TO_PARTICIPLES = ["rising", "increasing", "going up", "falling", "dropping", "going down", "doubling"]
# ... and the words that name a group or place the new value is only for, before the change ("2 marrels for children,
# rising to") or after its date ("rising to 120 dorns from January for repeat offenders", "from January in towns on
# the new network"): the old value still stands for the rest, two claims
CHANGING_FOR_GROUP_WORDS = ["for", "among", "in"]
# The words that join another figure's clause to a figure's own few words ("40 members and staff (2026: 30)", "2
# marrels for children, rising to"): a gap that holds one is no longer the figure's own
JOINING_WORDS = ["and", "or", "but"]
# ... and those that set one figure against another, past which a bracket is another figure's ("3 per cent faster than
# wages (2026: 2 per cent)"): with JOINING_WORDS, what tables.WORDS_BEFORE_BRACKET stops at
SETTING_APART_WORDS = ["than", "with", "against", "versus", "vs", "from", "to", "while", "whereas", "of which"]
# The plainest verbs of saying, past and present, as the speaker reader looks for them right after a name or before a
# colon ("Ingrid said its drivers", "Brandvik said: 140 jobs", "the trust has told doctors"): one alternation, each rule
# adding its own ("wrote", "warned")
PLAIN_SAYING = "said|says|told|tells|added|adds"
# The verbs a body gives out a document or its own figures by: "The Charity Commission published the summary", "issued
# by Pellbury City Council", "The union published its estimate of 3,000 leavers". One list; each rule takes the forms
# it reads (ISSUED, ISSUES)
ISSUING_VERBS = ["publish", "issue", "release"]
# ... less "release", which the rules reading a body's name before its verb (cleaning._REPORTS_AS_BODY) or after
# "issued by" (documents.ISSUED_BY_BODY) have never read
ISSUING_VERBS_LESS_RELEASE = [verb for verb in ISSUING_VERBS if verb != "release"]
# The part of a body that may publish its documents for it, named after the body's possessive: "Wexmoor Council's
# trading standards service publishes its court results" (cleaning._PUBLISHED_AFTER); not any group of the body's,
# "Ravenstow Council's opposition groups published a rival budget" (findings_owners43 MEDIUM 1)
PUBLISHING_PARTS = "service|department|team|office|unit|directorate|division|section"
# The verb a review site, a forum or a guest book stamps a post with, after its writer's name and before its date:
# "Petra V., Velleby | Reviewed 13 April 2027", "Kit Roe | Posted 3 May 2027" (cleaning.POST_SIGNED)
POSTING_VERBS = ("reviewed", "posted", "written", "commented", "submitted")
# The part of a business that signs its reply to a post for it, before the business's name: "Client Care Team,
# Garrowin Events Group", "Guest Services, Hotel Arvo" (cleaning.post_block_signer); a person's name signs for
# themselves ("Maria Lund, General Manager")
REPLYING_PARTS = f"{PUBLISHING_PARTS}|desk|services|support|care|management|owners?"
# The paper's own work, named by the paper's name in a box's heading or labels: "WHAT THE POST FOUND", "Journeys timed
# by Post reporters: 1,200", "Ledger analysis of the council's budget papers" (cleaning.OwnLines.work)
PAPER_WORK_NOUNS = r"analysis|reporters?|count|survey|investigation|research|calculations?|findings|data\s+team"
# The determiners a noun phrase opens with (articles, demonstratives, possessives): "in our three reception sites",
# "beating their record of"
DETERMINERS = "the a an this that these those my your his her its our their"
DETERMINER = "|".join(DETERMINERS.split())


def determiners_except(*left_out: str) -> str:
    """DETERMINERS less the words a rule leaves out, as a pattern's alternatives."""
    return "|".join(word for word in DETERMINERS.split() if word not in left_out)


# Each rule's own determiners, DETERMINERS less what it has never read: a coordinated clause's own subject
# (not_counts._NEW_SUBJECT, "and the roof was rebuilt"), not "these", "those", "your"
NEW_SUBJECT_DETERMINERS = determiners_except("these", "those", "your")
# the determiners of the whole one thing is of (numbers.SINGULAR_OF_BEFORE, "one of its two kilns"), no article, no
# "this", "that", "my", "your"
OF_WHOLE_DETERMINERS = determiners_except("a", "an", "this", "that", "my", "your")
# what turns a line opening on "From" into a headline's, not a letter's header (cleaning.LETTER_HEADER, "From The
# Archives"), no article, "that" or "those"
FROM_LABEL_DETERMINERS = determiners_except("a", "an", "that", "those")
# the speaker reader's (speakers._DETERMINERS), not "my", "your"
SPEAKER_DETERMINERS = set(DETERMINERS.split()) - {"my", "your"}

# The four letters re.IGNORECASE matches to ASCII ones that str.lower() does not turn into them (İ ı ſ K): a prefilter
# that looks for a pattern's words in a text's lower case must send a text holding one of them to the whole pattern
ODD_CASE_LETTERS = "\u0130\u0131\u017f\u212a"
ODD_CASE = re.compile(f"[{ODD_CASE_LETTERS}]")

_IRREGULAR = {
    "say": ["said", "says", "saying", "say"],
    "tell": ["told", "tells", "telling", "tell"],
    "write": ["wrote", "writes", "writing", "written", "write"],
    "find": ["found", "finds", "finding", "find"],
    "think": ["thought", "thinks", "thinking", "think"],
    "forecast": ["forecast", "forecasts", "forecasting", "forecasted"],
    "deny": ["denied", "denies", "denying", "deny"],
    "testify": ["testified", "testifies", "testifying", "testify"],
    "clarify": ["clarified", "clarifies", "clarifying", "clarify"],
    "specify": ["specified", "specifies", "specifying", "specify"],
    "notify": ["notified", "notifies", "notifying", "notify"],
    "verify": ["verified", "verifies", "verifying", "verify"],
    "log": ["logged", "logs", "logging", "log"],
    "learn": ["learned", "learnt", "learns", "learning", "learn"],
    "understand": ["understood", "understands", "understanding", "understand"],
    "reply": ["replied", "replies", "replying", "reply"],
    "email": ["emailed", "emails", "emailing"],  # not "email", far more often the noun
    "cut": ["cut", "cuts", "cutting"],
    "trim": ["trimmed", "trims", "trimming", "trim"],
    "cost": ["costed"],
}


def inflections(lemma: str) -> list[str]:
    """say -> said, says, saying; confirm -> confirmed, confirms, confirming, confirm."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
    past = lemma + "d" if lemma.endswith("e") else lemma + "ed"
    if re.search(r"[^aeiou][aeiou][bdgmnpt]$", lemma) and lemma in {"admit", "regret", "omit", "commit"}:
        past, stem = lemma + lemma[-1] + "ed", lemma + lemma[-1]
    return [lemma, third, past, stem + "ing"]


def forms(verbs: str) -> set[str]:
    return {form for lemma in verbs.split() for form in inflections(lemma)}


def form_alternation(lemmas: list[str], ending: str) -> str:
    """
    Each lemma's form with an ending, as a pattern's alternatives: "raised|cut|revised" of raise, cut, revise and "ed"
    (a verb with no -ed form, "cut", gives its own past); "s" and "ing" likewise, "" the lemmas themselves.
    """
    if not ending:
        return "|".join(lemmas)
    # the lemma itself is never the form sought ("focus" is no -s form); an irregular verb lists its past first
    return "|".join(
        next((form for form in inflections(lemma) if form != lemma and form.endswith(ending)), lemma)
        for lemma in lemmas
    )


ISSUED = form_alternation(ISSUING_VERBS, "ed")  # "published|issued|released"
ISSUES = form_alternation(ISSUING_VERBS, "s")  # "publishes|issues|releases"


STANCE_OF: dict[str, str] = {}
for _verbs, _stance in (
    (SAY_VERBS, "asserts"),
    (TELL_VERBS, "asserts"),
    (CONJECTURE_VERBS, "asserts"),
    (RECORD_VERBS, "asserts"),
    (LEARN_VERBS, "asserts"),
    (MANNER_VERBS, "asserts"),
    (CONFIRM_VERBS, "confirms"),
    (DENY_VERBS, "denies"),
    (DISPUTE_VERBS, "disputes"),
):
    for _form in forms(_verbs):
        STANCE_OF.setdefault(_form, _stance)
RECORD_FORMS = forms(RECORD_VERBS)  # "recorded", "showed": statistics kept, weaker than a statement about them
LISTENER_VERBS = forms(TELL_VERBS)  # "told Reuters": Reuters is the listener, never the speaker
# Verbs whose subject PARC would not take as a source when they stand alone ("found" a body,
# "counted" votes, "posted" a loss, "wrote 7.9 million prescriptions"): they report only with a that-clause or a
# quotation. Not "written", a participle before its noun ("1,100 written objections") or a passive's.
# "boast" too: "The stadium boasts 40,000 seats" has them ("boasts that 26,000 homes" says so)
WEAK_VERBS = forms(
    "find count post publish add think believe describe detail quote cite assess admit learn understand write boast"
) - {"written"}

# What a figure is called when it is said to be untrue: "wrong", "invented", "pure speculation", "not credible"
UNTRUE_WORDS = (
    r"wrong|untrue|false|invented|made-up|nonsense|fantasy|fiction|speculation|speculative|scaremongering|"
    r"misleading|inaccurate|exaggerated|inflated|absurd|ridiculous|not\s+credible|implausible|fabricated|fabrication|"
    r"fairy[\s-]tale"
)
# "has asked us to make clear", "asked us to point out": a request to the paper to say something (PHRASE_CUE), which
# on a corrections page adds to a printed figure rather than calling it wrong (numbers.revises_figure_before)
ASKED_US_TO_SAY = r"ask(?:s|ed)?\s+(?:us|me)\s+to\s+(?:make\s+(?:it\s+)?clear|point\s+out|clarify|explain|note|stress)"
# Cues of more than one word: "according to", "put the toll at", "put deaths at 14" (or "a shortfall the sector
# puts at", its object before it), and an estimate revised, which is an estimate given ("raised its estimate",
# "cut its sales forecast", "revised the burned area to").
# A time's figures are not a source's: "by last year's figures", "on Monday's figures", "by 2024's audit"
_WHEN = r"(?:(?:this|last|next|that) (?:year|month|week|quarter)|today|yesterday|tonight|\w+day|\d{4})"
# whose reckoning it is, before it: "by its", "under the ministry's", "on Orla Finn's" (not a time's)
_OWNER = rf"(?:his|her|its|their|our|my|(?!{_WHEN}['’])(?:the )?[\w-]+(?: [\w-]+)?['’]s?)"
# The cues whose source follows them: "according to the ministry", "in the words of its author", "by the reckoning of
# the Institute for Security Studies" (not "on the count of fraud", a charge), "on estimates from the IMF"
SOURCE_FOLLOWS = (
    r"[Aa]ccording to|in the words of|"
    r"(?:[Bb]y|[Uu]nder|[Oo]n) the (?:calculations?|estimates?|reckoning|tally|arithmetic|projections?|"
    r"forecasts?) of\b|[Ii]n the reckoning of\b|(?:[Oo]n|[Bb]y) (?:the )?estimates? (?:from|by)\b"
)
SOURCE_FOLLOWS_CUE = re.compile(SOURCE_FOLLOWS)  # that cue, as find_cues gives it
# An estimate revised, which is an estimate given ("raised its estimate", "upgraded its forecast"): REVISE_VERBS less
# "halve" and "slash", which it has never read, with "update", "upgrade", "downgrade", "double", in the past
_ESTIMATE_REVISED = form_alternation(
    [verb for verb in REVISE_VERBS.split() if verb not in {"halve", "slash"}]
    + ["update", "upgrade", "downgrade", "double"],
    "ed",
)
PHRASE_CUE = re.compile(
    # (every phrase opens on a letter: the lookahead turns away the boundaries before a space or a digit at once,
    # instead of trying each phrase there; a third of the time the pattern took)
    rf"\b(?=[A-Za-z])(?:{SOURCE_FOLLOWS}|(?:[Bb]y|[Uu]nder) {_OWNER} "
    r"(?:own |latest |new |seat |central |preliminary |rough )?(?:calculations?|estimates?|count|reckoning|measure|"
    r"tally|arithmetic|sums|maths|projections?|forecasts?|model|scenario|figures|audit|records)\b|"
    # "on the Institute's estimate" only opening its clause and only with a word for a reckoning: "vote on their own
    # measure", "rely on its records" are no source's figures
    rf"(?:(?<=^)|(?<=[,;(—–.!?] ))[Oo]n {_OWNER} "
    r"(?:own |latest |new |central |preliminary |rough )?(?:calculations?|estimates?|count|reckoning|tally|"
    r"arithmetic|figures)\b|"
    # and a poll's standing: "The poll puts the Civic Party on 36%", "put the No side on 51 per cent"
    r"puts? (?:the|its|their|[A-Z][\w'’-]*['’]s?) (?:[\w-]+ ){0,6}?(?:at|on(?= (?:about |around |some |)\d))|"
    # or gives a party its seats or its share: "Our projection now gives the Green Alliance 31 seats"
    r"(?:gives?|gave) (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3} "
    r"(?=(?:about |around |some |)\d[\d.]*(?: seats\b| per ?cent\b|%))|"
    r"(?<=\w )puts? at(?= (?:about |around |some |)\d)|"
    # a longer object when a figure follows "at": "put the average wait for a porter after a bed was found at 52"
    r"puts? (?:the|its|their) (?:[\w-]+ ){7,10}?at(?= (?:about |around |some |nearly |roughly |)\d)|"
    # "put first-year deaths at 14 per cent": an object without a determiner, when a figure follows "at"
    r"puts? (?:[a-z][\w-]* ){1,4}?at(?= (?:about |around |some |nearly |roughly |)\d)|"
    # "A reader ... pointed out that 631 cattle were forward": to point out what is so is to say it (Levin 37.7, say
    # verbs), only with its that-clause ("pointed out the error" reports nothing)
    r"(?:points?|pointed|pointing)\s+out(?=\s+that\b)|"
    # "Penwick's has asked us to make clear that this includes ...": a request to the paper to say something is the
    # requester's report of it, as "told us" is (Levin 37.9, advise verbs, with what is to be said): only with what is
    # to be said, a that-clause or the words before it closing the sentence ("..., the board has asked us to point
    # out."); "asked us to explain why", "to clarify whether" ask a question and report nothing
    rf"{ASKED_US_TO_SAY}(?=\s+that\b|\s*(?:[.;!]|$))|"
    # "Kessel called that figure \"wildly wrong\"", "a figure Vossberg called \"invented\"": a figure called untrue
    # in the caller's own scare quotes is disputed
    # "Corvane has called an estimate that it overcharged customers by 40 million \"wildly inflated\"": the figure
    # named inside the object, however long the clause that names it
    # ('The union called that figure "a lunchtime guess"': a figure called a guess is not taken as true either)
    rf"called(?=\s+(?:(?:that|this|the|its|their|an?)\b[^.;“\"]{{0,120}})?[“\"](?:[a-z]+\s+){{0,2}}"
    rf"(?:{UNTRUE_WORDS}|guess|guesswork)\b)|"
    # "The union published its estimate of 3,000 leavers": a body giving out its own estimate or count states it
    rf"(?:{ISSUED}|{ISSUES}|unveiled)\s+(?:its|their|his|her|an?)\s+"
    r"(?:(?:own|latest|new|first|revised|updated|official)\s+)?(?:estimate|forecast|projection|count|tally)\s+(?=of\b)|"
    # Levin 37.5 (talk verbs) with what is talked of: "Health officials have talked about a price of around 40"
    r"(?:talk|talks|talked|talking|spoke|speak|speaks|spoken|speaking)\s+(?:about|of)\b(?=\s+(?:a|an|the)\s)|"
    # "In Weller's view, the 6 per cent rise is too much": an opinion given, its holder the source
    r"[Ii]n (?:his|her|its|their|our|my|(?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?['’]s?) (?:own )?"
    r"(?:view|opinion|estimation|judgement|judgment)\b|"
    # "Vandermolen shot back", "the minister hit back": a reply in an exchange, as "retorted" is
    r"(?<=\w )(?:shot|hit|fired|snapped)\s+back\b(?!\s+(?:at|in|with|from|to)\b)|"
    # "did not accept that figure", "I don't recognise the figure of 60": refusing to take a figure as true disputes
    # it (Bergler's disputing class); the verbs report nothing unnegated ("accepted a 4% offer"), nor refusing ahead
    # ("will not accept that" a plan)
    r"(?:did|does|do|could|can|would)(?:\s+not|n['’]t)\s+(?:accept|recogni[sz]e)\b|"
    # "The operator put the figure lower": a figure given before put otherwise, with no figure of its own, disputes it
    r"puts?\s+(?:the|that|this|its|their)\s+(?:[\w-]+\s+){0,2}?(?:figure|number|estimate|toll|count|total|tally|"
    r"cost|bill)s?\s+(?:(?:much|far|considerably|significantly|substantially|slightly|somewhat|rather)\s+)?"
    r"(?:lower|higher)\b(?!\s*,?\s+(?:at|to)\b|\s+(?:still|yet)\b)|"
    rf"(?:{_ESTIMATE_REVISED})"
    r"(?: (?:its|their|the|his|her|that|this) (?:[\w-]+ ){0,2}?(?:estimate|forecast|projection|figure|count|tally|toll|"
    r"outlook|guidance)s?\b| the \w+ (?:\w+ )?to\b))\b"
)
# The verbs that state a person's age right before it ("She is 81", "who would have been 67"), as written, and those
# that give an average age ("The average age was 41", "the median age stood at 44"): ingest.not_counts builds its
# patterns from these and derives from them the last words its cheap tests look for
AGE_STATING_VERBS = ("is", "was", "turned", "will be", "would have been")
AVERAGE_AGE_VERBS = ("was", "is", "of", "stood at")
# The words that bound a band of prices or sizes a superlative is within: "the best-selling phone under 200 sarns"
BAND_WORDS = ("under", "below", "over", "above")
# The nouns a thing is numbered by, right before its number ("No. 4", "page 12", "type 2 diabetes", "room 101"), which
# then counts nothing; and the provisions of a rule book ("clause 4.3", "rule 12.4 of the code")
NUMBERING_WORDS = (
    *("No.", "number", "page", "chapter", "article", "section"),
    *("type", "route", "highway", "room", "flight"),
)
PROVISION_WORDS = ("clause", "rule", "regulation", "paragraph", "schedule", "annex")

_LOWER_WORD = re.compile(r"\b[a-z]+\b")
PUT_OTHERWISE = re.compile(r"puts?\s.*\s(?:lower|higher)")  # that cue, as find_cues gives it
NOT_ACCEPTED = re.compile(r"\w+(?:\s+not|n['’]t)\s+(?:accept|recogni[sz]e)")  # that cue, as find_cues gives it


# A scare quote of a few words that ends with the word: '"wishful thinking"', '"so-called"'
_SCARE_QUOTE_BEFORE = re.compile(r"[“\"‘](?:[\w'’-]+\s+){0,2}$")


def _is_verb(text: str, match: re.Match[str]) -> bool:
    """
    Whether a cue word stands as a verb: not either half of a compound ("smoke-related visits",
    "weather-related damage", "self-reported", "state-owned Madrachem", "a claim-free year") nor the noun of a
    short scare quote ('"wishful thinking"').
    """
    start, end = match.start(), match.end()
    if (start and text[start - 1] == "-") or (end < len(text) and text[end] == "-"):
        return False
    scare_quoted = end < len(text) and text[end] in '”"’'
    return not (scare_quoted and _SCARE_QUOTE_BEFORE.search(text, max(0, start - 40), start))


def find_cues(text: str) -> list[tuple[int, int, str]]:
    """(start, end, words) of every cue in ``text``, in order. A set lookup per word: a regular
    expression alternating several hundred verb forms costs more than the rest of the engine."""
    found = [
        (m.start(), m.end(), m.group())
        for m in _LOWER_WORD.finditer(text)
        if m.group() in STANCE_OF and _is_verb(text, m)
    ]
    phrases = [(m.start(), m.end(), m.group()) for m in PHRASE_CUE.finditer(text) if _phrase_holds(text, m)]
    return sorted(found + phrases) if phrases else found


# (the story's rules ask it again of the same words before a figure)
@functools.lru_cache(maxsize=4096)  # page-scoped: see ingest.speakers.clear_page_caches
def has_cue(text: str) -> bool:
    return any(m.group() in STANCE_OF and _is_verb(text, m) for m in _LOWER_WORD.finditer(text)) or any(
        _phrase_holds(text, m) for m in PHRASE_CUE.finditer(text)
    )


# What gives a party its seats or its share as a report of them: a poll, a projection, a forecast or a model ("Our
# projection, based on 40 of 60 districts, now gives the Green Alliance 31 seats", "The Ipsos poll for the Herald gives
# Labour 36 per cent"), right before the verb; anything else that "gives" a party a share ("The new boundaries give the
# Civic Party 36 per cent of the seats", "The deal gives Halden Energy 45 per cent") is a state of affairs, no report
POLL_GIVES = re.compile(
    r"\b(?i:polls?|surveys?|projections?|forecasts?|models?|estimates?)"
    r"(?:\s+(?:for|by|of|from)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})?(?:,[^,.;:]{1,80},)?"
    r"\s+(?:(?:now|also|still|again|currently)\s+)?$"
)


def _phrase_holds(text: str, cue: re.Match[str]) -> bool:
    """Whether a phrase cue reports: "gives <party> N seats" only with a poll or a projection giving them."""
    if not cue.group().startswith(("give", "gave")):
        return True
    return POLL_GIVES.search(text, max(0, cue.start() - 160), cue.start()) is not None


# "did not confirm", "declined to confirm", "would not say": the verb is negated; and "didn't confirm", "has not yet
# confirmed", "has yet to confirm", "was unable to confirm", "stopped short of confirming", "neither confirmed nor
# denied", and a negated passive ("could not be confirmed by the agency"), which no reader takes for a confirmation
NEGATION_BEFORE = re.compile(
    r"(?:\b(?:not|never|neither)|n['’]t|\b(?:declined to|refused to|failed to|unable to|yet to|short of|would not|"
    r"could not|cannot|can['’]t|no longer))\s+(?:yet\s+)?(?:\w+ly\s+)?(?:be\s+able\s+to\s+|be\s+|been\s+)?$",
    re.IGNORECASE,
)

# The stance of a figure told by the words right around it, whatever reports the sentence (Bergler's disputing and
# denying classes, PARC's negated cues; tests/ingest_labelling.md, "Denials and disputes"). Each is read only in a short
# window at a figure, never over the text.
# A figure named as the object of a withheld acceptance or of a gainsaying verb: "did not accept the 1,240 figure",
# "I do not recognise the figure of 40 per cent", "could not verify the Alliance's figure of 85,000", "contradicting
# the Red Cross's 6,500", "rejected the 4,820 figure". The object is short and determined: not "rejected a proposal to
# raise pay by 12 percent", whose figure is a plan's
GAINSAID_BEFORE = re.compile(
    r"(?:(?:\bnot|n['’]t|\bnever|\bneither)\s+(?:yet\s+)?(?:accept|recogni[sz]e|confirm|verify|corroborate)(?:s|d|ed)?|"
    r"\b(?:contradict|dispute|reject|refute|rebut|challenge|question|(?P<deny>den(?:y|ied|ies|ying)))(?:s|d|ed|ing)?)\s+"
    r"(?:the|that|this|its|their|his|her|our|my|an?)\s+(?:[A-Za-z][\w.'’-]*\s+){0,3}?"
    r"(?:(?:figure|estimate|number|count|total|tally|toll|claim)s?\s+of\s+(?:about\s+|around\s+|some\s+)?)?$"
)
# A figure said not to have been confirmed, or not to be one its speaker recognises: "the figure of 14 has not been
# confirmed to us", "The figure of 85,000 is simply not one we recognise"
UNCONFIRMED_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s+(?:(?:has|have|had|was|were|is|are)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:confirmed|verified|accepted|recogni[sz]ed|corroborated)|is\s+(?:simply\s+|just\s+)?not\s+"
    r"(?:one|a\s+(?:figure|number))\s+(?:that\s+)?(?:we|I|it|they)\s+(?:recogni[sz]e|accept))\b"
)
# A figure whose very existence is denied: "There were not 85,000 people", "There was never an offer of 9.80 lira",
# "There was never a deal on the table for 200 people", "There is no decision on 75 million"; and one for which there
# are said to be no grounds, which disputes it: "There is no evidence for 25,000 lost jobs", "There is no basis for a
# figure of 300". Not "There were no deaths among the 40 passengers" (no "of", "for" or "on" ties the noun to the
# figure), nor "not more than 40" or "not enough" (a bound, no denial)
THERE_DENIED = re.compile(
    r"\b[Tt]here\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:not|never)\s+|(?:no|never)\s+"
    r"(?:an?\s+)?(?:(?P<grounds>evidence|basis|sign|proof|indication)|"
    # what can be denied is a thing offered or decided, not any noun ("There were no tickets for 3,000 fans")
    r"(?:offer|deal|decision|agreement|plan|proposal|bid|promise|pledge|commitment|order|contract|settlement)s?"
    r"(?:\s+on\s+the\s+table)?)\s+(?:of|for|on)\s+(?:(?:a|the)\s+(?:figure|number|total)\s+of\s+)?)$"
)


# The verbs of a body's background, what it has or does as a matter of course, for a subject in the singular or the
# plural: "employs 610 people", "runs four observation posts", "has about 90 monitors" (a thing or a figure, not "has
# more than doubled" or "has over the past year cut"), "is home to", and that it was founded or built (not "It built
# 212 homes last year", an act)
def background_verb(*, plural: bool) -> str:
    """The alternation for a subject in the singular ("employs", "has", "is"), or in either number with ``plural``."""
    s, has, be = ("s?", "(?:has|have)", "(?:is|are|was|were)") if plural else ("s", "has", "(?:is|was)")
    return (
        rf"(?:(?:employ{s}|own{s}|run{s}|operate{s}|serve{s}|cover{s})\b|"
        # a venue's capacity: "The hall holds 1,480 people" (not "The mart holds a sale every second Tuesday")
        rf"hold{s}(?=\s+(?:(?:about|around|some|up\s+to|nearly|almost|more\s+than|over)\s+)?\d)|"
        rf"{has}\s+(?:an?\s|(?:(?:about|around|some|roughly|more\s+than|over|nearly|almost)\s+)?\d)|"
        rf"is\s+home\s+to\b|{be}\s+(?:owned|run|based|founded|established|formed|built)\b)"
    )


# Words that name a body, not a person: "the health ministry", "Harbour Board", "two other water companies"
ORGANISATION_WORDS = {
    "ministry", "department", "directorate", "agency", "service", "office", "council", "government",
    "police", "army", "navy", "force", "forces", "command", "committee", "commission", "bureau", "authority",
    "administration", "institute", "university", "company", "corporation", "bank", "union", "party",
    "parliament", "court", "board", "embassy", "ministry's", "association", "federation", "group", "team",
    "organisation", "organization", "centre", "center", "hospital", "network", "agency's", "inc", "ltd",
    "news", "times", "post", "reuters", "yonhap", "house", "kremlin", "pentagon", "municipality", "cabinet",
}  # fmt: skip


def singular(word: str) -> str:
    """A plural noun's singular, lower case, by its ending: "companies" company, "firms" firm (not "press")."""
    word = word.lower()
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# What a span "within" counts from when it is a deadline or a measured response: "within 28 days of receiving their
# letters", "within 7 days of the signing", "within 24 hours of this alert", "within 2 hours of the fault being found"
# (tests/ingest_labelling.md, session 25: a limit, or a measured time); a place is not one ("within five minutes of a
# station", "of the beach")
SPAN_START_EVENTS = (
    "signing end start date alert notice letter letters request fault complaint report decision application order "
    "call referral diagnosis warning incident breach receipt"
)
# ... of which these are points in a story, not a notice one answers: a span from them told in the past is how long a
# past event took, background ("sold the site within six months of the end of the war", "scored within 10 minutes of
# the start", "left the cabinet within 48 hours of the decision"), unless the clause holds a rule's cue
SPAN_TIME_POINTS = "signing end start date decision"
# ... and the verbs a span counts from in the same way: "within 48 hours of being told" (a notice one answers),
# "... of being asked" (a request, no notice: a point in a story), "within 28 days of receiving their letters"
SPAN_NOTICE_PASSIVES = "told notified informed alerted"
SPAN_REQUEST_PASSIVES = "asked contacted"
SPAN_START_VERBS = "receiving getting signing"
# A rule's, an order's or a body's undertaking, or a practice, in a clause told in the past: "had to do so within 28
# days of receiving", "agreed to open a crossing ... within 7 days of the signing", "paid every milk cheque within 15
# days of the end of the month"
SPAN_RULE_CUE = re.compile(
    r"\b(?:must|shall|had\s+to|has\s+to|have\s+to|(?:agreed|required|obliged|ordered|bound|due)\s+to|deadline|"
    r"every|each)\b",
    re.IGNORECASE,
)
# The first person, a speaker's own voice: a reader's in the paragraphs of a letter ("My mother paid a deposit ..."),
# the one interviewed in a Q&A's answers ("We enrolled 800 patients"), a speaker's in a quotation ("We lost 9,000")
FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|[Mm]e|[Uu]s)\b")
# ... the object of a preposition or a verb, which owns nothing counted: "drivers like me", "in our region"
FIRST_PERSON_OBJECTS = "me us"
# Prepositions a noun phrase follows: "in our region", "like me", "On Sunday I counted"
PREPOSITIONS = (
    "in on at by for from like to with of across over under around near among within throughout since during after "
    "before until into onto about against than"
)
# The words a pronoun subject "I" follows, opening its clause or the sentence ("When I visited", "Yesterday I
# counted"); after any other capitalised word "I" is a Roman numeral ("World War I", "Phase I", "Charles I")
BEFORE_PRONOUN_I = (
    "when whenever as if once since while where then now today tonight yesterday here there so and but yet still "
    "later earlier again because though although until after before that what how why who which or nor"
)
# What a colon's printed or spoken words follow, besides the reporting verbs: "Her entry for Sunday reads:", "Ivo
# Lenz put it simply:"
WORDS_FOLLOW = re.compile(r"\b(?:reads?|read\s+out|put\s+it)\b")


def introduces_words(clause: str) -> bool:
    """Whether a clause before a colon introduces another's printed or spoken words: "Her entry for Sunday reads",
    "In it she writes", "Ivo Lenz, a guard, put it simply". By its words alone: one of WORDS_FOLLOW, or any lower-case
    word that is a form of a stance's verb (STANCE_OF: saying, telling, estimating, recording, learning, confirming,
    denying, disputing), wherever it stands and as whatever part of speech ("The count" has "count")."""
    return WORDS_FOLLOW.search(clause) is not None or any(word in STANCE_OF for word in re.findall(r"[a-z]+", clause))


# Nouns a source is named by when it has no name: "a senior official", "people familiar with the matter".
ANONYMOUS_HEADS = (
    "officials?|sources?|diplomats?|executives?|aides?|insiders?|persons?|people|individuals?|"
    "employees?|staffers?|members?|advisers?|advisors?|officers?|analysts?|experts?|economists?|"
    "investigators?|lawmakers?|legislators?|residents?|witnesses?|authorities|observers?|negotiators?|"
    "spokes(?:man|men|woman|women|person|people)|representatives?|someone|colleagues?|scientists?|doctors?|parents|"
    "groups|campaigners|activists|organisers|organizers|researchers|monitors|outlets|media|newspapers|broadcasters|"
    "workers?|nurses?|teachers?|soldiers?|survivors?|relatives?|volunteers?|rescuers?|medics?|paramedics?|"
    "firefighters?|pilots?|lawyers?|traders?|farmers?|locals|villagers?|leaders?|managers?|owners?|forecasters|"
    "criminologists|inspectors|engineers?|curators?|economists"
)
# The pronouns a clause withholding an unnamed source's own name takes the source up by, as the clause's subject, as
# the verb's object and as the name's owner: "who cannot be identified", "on condition he was not named", "asked us
# not to name her", "asked that his name not be used". Any other noun there is someone else's ("whose son cannot be
# identified", "on condition his employer not be named", "not to name her hospital", "his boat's name")
WITHHELD_SUBJECTS = "who he she they I we"
WITHHELD_OBJECTS = "him her them"
WITHHELD_OWNERS = "his her their"
# The verbs a paper withholds a name by, with their participles: "asked us not to print her name", "asked that her
# name not be published"
NAME_PUBLISH_VERBS = {"print": "printed", "use": "used", "publish": "published", "give": "given"}
ANONYMOUS_POSTMODIFIER = (
    r"(?:familiar with|with (?:direct |first-hand )?knowledge of|briefed on|close to|involved in|"
    r"aware of|privy to|knowledgeable about|who\b|"
    r"speaking on|not authori[sz]ed|in the (?:capital|region|city|room|government|ministry))"
)
ANONYMOUS_SOURCE = re.compile(
    r"^(?:(?:a|an|one|two|three|four|several|some|many|most|other|more|the|few|\d+)\s+)?"
    r"(?:(?:of\s+the\s+)?[\w.'’-]+\s+){0,4}?"
    rf"(?:{ANONYMOUS_HEADS})\b(?:\s+(?:{ANONYMOUS_POSTMODIFIER}|at|in|from|for|with|of)\b.*)?$",
    re.IGNORECASE,
)

# The legal forms that end a company's registered name: "Brinmoor Minerals plc", "NORREL SMELTING LIMITED", "Harrow &
# Vane LLP", "Orrin Data LLC"; the one list the cleaner, the documents reader and the speaker reader take them from
LEGAL_FORMS = "plc|ltd|limited|llp|llc|inc|incorporated|corp"
# The ending of a company's name in capitals, which says the line is a body's whatever its other words: a legal form,
# or "HOLDINGS", no legal form but only ever a company's ("ORRAN HOLDINGS")
COMPANY_SUFFIXES = f"{LEGAL_FORMS}|holdings"
# The last word of a newspaper's name, which it calls itself by ("the Post", "the Harnmouth Echo", "told the Courier").
# Not "Courant": the speaker reader would take a columnist's note ("writes a column for the Courant") for the paper's
# own work (speakers.OWN_PUBLICATION), as it would for any word here
NEWSPAPER_WORDS = (
    "post|echo|courier|herald|star|times|gazette|standard|sentinel|tribune|journal|chronicle|mail|express|"
    "observer|guardian|telegraph|argus|advertiser|examiner|globe|inquirer|enquirer|clarion|mercury|citizen|recorder|"
    "register|ledger|dispatch|review|monitor|independent|leader|messenger|bulletin|record|mirror|sun|press|news"
)
# The words that say a name is a news outlet's wherever they stand in it: how often it comes out or where ("Local
# Government Daily", "Housing Association Today", "Kestlow Online"), an agency's ("Meridian Press Agency"), a
# broadcaster's or a wire's ("Vale Channel Five", "Vessorian Broadcasting Service", "KNS Wire")
NEWS_MEDIUM_WORDS = (
    "news|press|newswire|wire|daily|weekly|today|online|channel|radio|tv|television|broadcasting|broadcaster|magazine"
)
# A site's sections, a link of its menu: "Home | Opinion | Sport | Weather", one a line "NEWS", "SPORT"
SITE_SECTIONS = (
    "news|sports?|weather|video|puzzles|entertainment|lifestyle|travel|culture|obituaries|jobs|property|motoring|"
    "podcasts?|business"
)
# What a strap over a page's menu names, a section or the page's state, never the site ("SPORT   Football | Cricket",
# "LIVE   Scores | Fixtures | Tables", "MARKETS   Stocks | Bonds")
SECTION_STRAPS = (
    f"{SITE_SECTIONS}|live|breaking|latest|updated?|watch|markets?|money|opinion|comment|world|politics|tech|"
    "technology|science|health|football|cricket|rugby|tennis|golf|racing|scores|results|arts|books|food|homes|finance|"
    "economy"
)
# The words of a publisher's or its owner's legal name, no part of the name its titles print ("Klaxon Media Group Ltd",
# "Tessel Holdings plc"): the one list the cleaner reads a paper's owner by
PUBLISHER_WORDS = "group|media|holdings|publishing|publications|newspapers|press"
# Every word of a news outlet's name: the one list the cleaner and the speaker reader tell a paper's name by
NEWS_OUTLET_WORDS = f"{NEWSPAPER_WORDS}|{NEWS_MEDIUM_WORDS}"
# The kind of a cultural or civic institution, a body whose own site goes by a name holding no ORG_HEADS word:
# "Aldermoor Playhouse", "National Gallery of Lauvria", "Kestelborg Philharmonic Orchestra", "Orrish Hearing Trust"
INSTITUTION_HEADS = (
    "playhouse|theatre|theater|orchestra|philharmonic|gallery|museum|library|opera|choir|zoo|hospice|trust|society|"
    "association"
)
# The kind of an event that runs its own site and press office, a body in all but name: "Pellbury Food Festival",
# "Arlenne International Motor Show", "Keld Book Fair" (ingest.cleaning.site_owner)
# (not "games", a product's kind as much as an event's: a games site's own reviews are a paper's, "Pocket Games")
EVENT_HEADS = "festival|show|fair|expo|exhibition|carnival|regatta|marathon|championships|congress|convention"
# The last word of the title a body gives its own regular figures, set after its name in a masthead line in capitals:
# "VOLTWAY NETWORK STATUS REPORT", "ORRIN WATER LEAKAGE INDEX", "KELD AIRPORT TRAFFIC FIGURES" (ingest.cleaning
# .masthead_issuer): what the body publishes about itself, not a kind of body
OWN_REPORT_KINDS = (
    "report|index|survey|tracker|update|review|results|figures|statistics|data|dashboard|bulletin|factsheet|"
    "scorecard|barometer|monitor|snapshot|summary|returns|kit"
)
# The words that say which figures of a series a source's are, never whose: "(Provisional figures)", "the latest
# figures" (ingest.story.find_bracketed_makers, beside a month's or a quarter's name)
FIGURES_QUALIFIERS = (
    "new|latest|official|provisional|preliminary|final|revised|estimated|annual|quarterly|monthly|weekly|interim|"
    "early|full|published|unofficial|recent|current|previous|updated|headline|seasonally"
)
# The head words of a body's name ("Harl District Council", "the regional health board"): the one list the speaker
# reader (ingest.speakers) and the cleaner's document heads (ingest.cleaning) both read a body by
ORG_HEADS = (
    "department|ministry|service|agency|office|council|committee|army|forces?|police|bank|fund|organi[sz]ation|"
    "union|institute|university|commission|assembly|parliament|government|cent(?:er|re)|command|corporation|company|"
    "group|bureau|board|authority|administration|party|network|observatory|guard|mission|directorate|federation|"
    "consortium|alliance|coalition|broadcaster|contractor|research|statistics|court|regulator|watchdog|campaign|"
    "secretariat|tribunal|ombudsman|inspectorate|embassy|navy|military|airline|carrier|firm|operator|hospital|"
    "coastguard|school|club|insurer|lender|utility|league|forum|charity|foundation|station|newspaper|channel|"
    "chain|retailer|supermarket|manufacturer|carmaker|producer|developer|supplier|exporter|shipbuilder|grocer|panel|"
    "guild|municipality|cabinet|customs"
)


# The heads of an office that writes a body's report, ending its author's role ("Chief Executive", "Harbourmaster",
# "Director of Housing", "Treasurer", "Clerk to the Board"): ingest.documents reads a report's author by them
REPORT_OFFICE_HEADS = (
    r"executive|harbou?r\s?master|director|manager|engineer|officer|treasurer|clerk|secretary|controller|surveyor|"
    r"inspector|auditor|chief|head|chair(?:man|woman|person)?|president|commissioner|superintendent|warden|"
    r"registrar|coroner|planner|accountant|solicitor|adviser|advisor|commander|governor|mayor|leader|"
    r"ombuds(?:man|person)"
)
# The one words that open a sentence as its subject and are no sender's name: a pronoun ("It published the report
# below", "There was a notice"); ingest.documents reads any other one capitalised word there, before the verb that put a
# document out, as the name of the body that sent it ("Brevlink published the following notice"). The determiners and
# "The" never get that far (speakers.NOT_NAME_OPENERS, documents._names_in), nor do the plural common nouns an unnamed
# source is named by ("Researchers published the findings below": ANONYMOUS_HEADS, mendowners44 L1, L3)
NOT_SENDER_WORDS = frozenset({
    "i", "we", "you", "he", "she", "it", "they", "there", "here", "which", "who", "what", "a", "an", "someone",
    "everyone", "nobody", "prosecutors", "police",
})  # fmt: skip
# The one-word labels of a transcript's turns that name a role, a status, a page's furniture or kin, never a surname:
# "Update:" answering "Reader:" on a live page, "Verdict:" after "Claim:" on a fact check, "Witness:", "Clerk:",
# "Son:" (ingest.interviews reads a one-word answerer's label as their surname only when it is none of these)
LABEL_NOT_SURNAME_WORDS = frozenset(
    {
        "update",
        "updates",
        "alert",
        "latest",
        "live",
        "breaking",
        "correction",
        "clarification",
        "note",
        "editor",
        "verdict",
        "claim",
        "claims",
        "fact",
        "facts",
        "check",
        "finding",
        "findings",
        "ruling",
        "rating",
        "truth",
        "context",
        "background",
        "analysis",
        "summary",
        "explainer",
        "question",
        "answer",
        "reply",
        "response",
        "statement",
        "comment",
        "reader",
        "readers",
        "caller",
        "listener",
        "viewer",
        "audience",
        "guest",
        "panel",
        "panellist",
        "panelist",
        "narrator",
        "speaker",
        "voice",
        "presenter",
        "witness",
        "counsel",
        "judge",
        "juror",
        "jury",
        "defendant",
        "accused",
        "prosecutor",
        "prosecution",
        "defence",
        "defense",
        "claimant",
        "respondent",
        "appellant",
        "court",
        "clerk",
        "chair",
        "chairman",
        "chairwoman",
        "member",
        "members",
        "councillor",
        "mp",
        "minister",
        "expert",
        "doctor",
        "nurse",
        "patient",
        "teacher",
        "pupil",
        "student",
        "resident",
        "tenant",
        "voter",
        "candidate",
        "official",
        "source",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "officer",
        "police",
        "man",
        "woman",
        "boy",
        "girl",
        "child",
        "mother",
        "father",
        "son",
        "daughter",
        "brother",
        "sister",
        "husband",
        "wife",
        "parent",
        "partner",
        "grandfather",
        "grandmother",
        "grandson",
        "granddaughter",
        "uncle",
        "aunt",
        "cousin",
        "nephew",
        "niece",
        "mum",
        "mom",
        "dad",
        "friend",
        "neighbour",
        "neighbor",
        "host",
        "anchor",
        "reporter",
        "interviewer",
        "correspondent",
        "moderator",
        "all",
        "both",
    }
)
# The nouns of an office-holder, whom "the official" may take up when the source was introduced by one unnamed ("A
# senior civil servant at the ministry, who asked not to be named"): an office's heads, not a tenant, a resident or
# a nurse
OFFICIAL_HEADS = rf"official|servant|aide|staffer|bureaucrat|diplomat|spokes(?:man|woman|person)|{REPORT_OFFICE_HEADS}"
# The roles a result line's bracket may give instead of a party ("Mary Jones (Treasurer) 14", "(Club Captain)"):
# ingest.tables reads a club's or a society's vote by them. Not every office: a "(Mayor)" or a "(Group Leader)" in a
# council's results stands where a party does
RESULT_ROLE_HEADS = r"treasurer|captain|chair\w*|secretary|president|coach|manager|director|member"


# The hedges a figure may carry after a verb or a preposition ("was about 450", "valued at more than 2 million", "The
# rise was nearly a third"): the alternatives of a pattern, the one list the rules that let such a figure stand share
PLAIN_HEDGE_WORDS = [
    "about", "around", "roughly", "some", "nearly", "almost", "just", "over", "under", "more than", "less than",
]  # fmt: skip
PLAIN_HEDGES = "|".join(hedge.replace(" ", r"\s+") for hedge in PLAIN_HEDGE_WORDS)


def hedges(*, left_out: set[str], added: list[str]) -> str:
    """PLAIN_HEDGE_WORDS less a rule's own and with its own added, as alternatives whose words one space parts."""
    return "|".join([hedge for hedge in PLAIN_HEDGE_WORDS if hedge not in left_out] + added)


# Each rule's own hedges, PLAIN_HEDGE_WORDS less and more than it has read (the words of each parted by one space, as
# each wrote them): a figure after a field label's colon (speakers.FIGURE_AFTER_COLON, "Jobs promised: up to 140")
COLON_FIGURE_HEDGES = hedges(left_out={"roughly", "just", "more than", "less than"}, added=["up to"])
# a labelled figure's line (cleaning.DATA_LINE, "Households on the list: at least 148,300")
# (and the words a document's field gives its average or its usual figure by: "Drivers aged over 60: average 612
# marrens", "Celebrant: typically 220 merls")
DATA_LINE_HEDGES = hedges(left_out={"less than"}, added=["at least", "up to", "an average of", "average", "typically"])


# The heads of a public body's name, a government's, a council's, a regulator's or a court's, which issues official
# documents in its own name ("Velmarsh Sanctions Office", "Pellbury City Council", "Product Safety Office"): a subset of
# ORG_HEADS, without a company's or a club's
OFFICIAL_BODY_HEADS = (
    "department|ministry|office|council|committee|sub-committee|agency|commission|authority|court|tribunal|"
    "ombudsman|inspectorate|regulator|directorate|government|municipality|customs|secretariat|board|service"
)
# The heads of a private body's name, a company's, a club's or a society's, which a masthead part may end in beside an
# everyday "Customer Service" or "Club Committee": its page is no public body's own ("Acme Energy Ltd", "Marrow Chess
# Club"; findings_owners41a #5, #6)
PRIVATE_BODY_HEADS = f"{LEGAL_FORMS}|company|club|society|association|league|guild|firm|operator"
# The words before a period that an appeal right runs for ("A designated person may appeal within 21 days of this
# notice", "Any party may appeal to the magistrates' court within 21 days"): a rule's limit, no one's, on a body's page
# too (ingest_labelling.md, "A body's own act"); the line that closes a notice of decision (findings_owners41a #1, #3)
APPEAL_WINDOW = r"\b(?:may|can|could|ha(?:s|ve)\s+the\s+right\s+to)\s+appeal\b"
# The verbs a document uses to give another party's own reading or finding ("In its written submission the Harbour
# Residents' Association counted 212 households"): that paragraph is the party's, not the document's issuer's
# (findings_owners41a #2)
READING_VERBS = "counted|estimated|calculated|recorded|measured|surveyed|found|reported|submitted|said|told|says"
# The kind of an official document a public body issues and publishes as its own page or a paper prints whole:
# "Financial Sanctions Notice", "Notice of decision", "Inspection report", "Register entry", "Court results"
# (an order, a paper and a penalty only as a document names them, "Enforcement order", "Order of the committee",
# "Green Paper", "Penalty charge notice": not "Toilet paper prices soar", "In order to help", "Parking penalty row")
ORDER_KINDS = (
    r"enforcement|court|closure|banning|restraining|compulsory\s+purchase|traffic\s+regulation|preservation|"
    r"removal|prohibition|improvement|protection|demolition|stop|repair|planning|evacuation|detention|compliance"
)
# (a paper by its kind, or as the body that issued it names it: "The Communications Authority published the paper")
PAPER_KINDS = rf"consultation|white|green|(?:{ISSUED})\s+(?:the|its|this|a)"
OFFICIAL_DOCUMENT_KINDS = (
    rf"(?:notice|decision|(?:(?:{ORDER_KINDS})\s+order|order(?=\s+of\b))|determination|ruling|judg(?:e)?ment|"
    r"register(?:\s+entry)?|designation|(?:inspection|hygiene|investigation|inquiry)\s+report|statutory\s+inquiry|"
    rf"consultation|(?:{PAPER_KINDS})\s+paper|(?:court|prosecution)\s+result|penalty\s+charge|licen[cs]e)s?"
)


# A measure's abbreviation set on its figure with no space, as a spec sheet prints it: "214g", "5,200mAh", "6.7in",
# "120Hz", "50MP", "20GB", "500L", "400V", "60W" (lower case or not, which the word reader after a space does not
# take: "g" is one letter, "mAh" and "MP" are no words). One list for the figure reader (ingest.numbers), for a labelled
# figure's line (ingest.cleaning.DATA_LINE) and for what a postcode's second half is not ("Q3 40MW", "B2 12TB":
# ingest.not_counts); power and energy ("900MW", "18.5TWh") are ENERGY_UNIT's to name.
GLUED_UNIT = r"mAh|MP|[kKMGT]B|[kMG]?Hz|[kMGT]Wh?|[LVW]|in|g"
# The words that set figures listed "N for, N against, N abstentions" in a vote of a council, a committee or a
# parliament, whose tally is its score: "Carried, 39 for, 6 against", "The Senate approved the budget with 1
# abstention" (not an election's abstentions nor a survey's split, claims: tests/ingest_labelling.md, "Election count")
VOTE_WORDS = r"vote[sd]?|voting|motion|resolution|amendment|carried|approved|passed|rejected|defeated|adopted"
# An average of many grades in stars, not one reviewer's grade: "the average rating ... is 4 stars out of 5", "rated 4
# stars out of 5 by 1,200 diners", "across 3,000 reviews"
MANY_GRADES = r"\b(?:average|mean|overall)\b|\b(?:by|across|from)\s+[\d,]*\d\b"
# The times "twice" can count two occasions in: "twice this year", "twice that night"
OCCASION_TIMES = (
    "year|month|week|weekend|day|morning|afternoon|evening|night|season|winter|spring|summer|autumn|term|quarter"
)
# ... but a time set against another after it compares: "twice that day a year ago", "twice that day last year",
# "twice this season what it managed"
OTHER_TIME_AFTER = r"\s+(?:(?:a|an|one|two|three|\d+)\s+\w+\s+(?:ago|before|earlier)|last|what|than)\b"


# Measures and sums a count names in the singular as they stand ("five euro", "six feet", "fifty quid", "two pair",
# "a dozen", "ten head of cattle"), besides not_counts.COUNTED_WITHOUT_S and numbers.CURRENCY_WORDS: never a verb
SINGULAR_MEASURES = {
    "dozen", "hundred", "thousand", "million", "billion", "head", "score", "percent", "cent", "pence", "quid", "grand",
    "stone", "pair", "kilo", "gram", "gramme", "inch", "yard", "kilometre", "kilometer", "ounce", "pint", "gallon",
    "degree", "point",
}  # fmt: skip
# Words that open a clause's verb phrase straight after its subject: a count in words before one is the subject and
# the word between them its noun ("Three youth were arrested"), not its verb
FINITE_AFTER_SUBJECT = {
    "are", "were", "is", "was", "have", "had", "has", "will", "would", "could", "should", "may", "might", "can", "must",
    "did", "do",
}  # fmt: skip
# A plural verb straight after a count in digits that opens its sentence and leaves its noun out: "I rang 30 owners.
# Only 4 said conifers.", "... 38,200 members ... About 14,500 are already drawing a pension" (none singular: "18 is
# the minimum age", "2019 was a record" are an age and a year, not a part of a count)
PART_VERBS = {
    "are", "were", "have", "had", "did", "do", "will", "would", "could", "can", "said", "say", "told", "left",
    "stayed", "remain", "remained", "went", "came", "died", "survived", "signed", "voted", "agreed", "replied",
    "answered", "chose", "wanted",
}  # fmt: skip
# What a count's verb takes straight after it ("only four survive largely unaltered", "five charge more", "two want to
# start", "twenty past ten"): a word after the word after a count that makes that word a verb
VERB_TAKES = {"to", "more", "less", "the", "a", "an", "their", "them", "it", "that"}
# Words after a count in words that are never what it counts ("an hour or two either side"), as a verb is not
NOT_COUNTED_AFTER = {"either", "neither", "apiece", "together", "alone", "each", "both"}
# The words a count in words may stand after and still open its clause, its subject ("only four survive"):
# PLAIN_HEDGE_WORDS less "roughly" and the comparisons ("over", "more than"), which it has never read, with its own
CLAUSE_OPENING_HEDGES = set(
    hedges(
        left_out={"roughly", "over", "under", "more than", "less than"}, added=["only", "all", "perhaps", "another"]
    ).split("|")
)
# Plural owners that are measures or spans, counted as they stand before a noun they own ("two miles' walk", "three
# games' suspension"), as a span of time is ("14 weeks' pay"; not_counts.DURATION_UNITS)
MEASURE_OWNERS = {
    "miles", "metres", "meters", "kilometres", "kilometers", "yards", "feet", "inches", "pounds", "dollars", "euros",
    "games", "matches", "rounds", "innings", "laps", "stages", "steps", "paces",
}  # fmt: skip
# Heads that are a body made up of the figure's count, so "the programme of 38 races" or "a team of 45 testers" is
# itself that many and what a passive revision after it cuts (numbers.SUBJECT_REVISED_TO_GAP); not an attribute of
# the counted things ("salaries of 4,000 nurses", "fees of 300 courses"), which is what is revised instead
BODY_OF_COUNT_HEADS = {
    "programme", "program", "team", "teams", "fleet", "squad", "crew", "workforce", "staff", "panel", "roster",
    "network", "estate", "stock", "list", "field", "total", "number", "force", "army", "herd", "flock", "calendar",
    "schedule", "timetable", "budget", "sum", "figure", "target", "cap", "limit", "ceiling", "quota", "allocation",
}  # fmt: skip
# Nouns a plural owner has many of each ("30 firms' workers", "12 companies' shares", "500 parents' views"): the count
# is of the owners, not of the owned
OWNED_MANY_EACH = {
    "workers", "workforces", "employees", "staff", "members", "shares", "stakes", "views", "opinions", "fans",
    "supporters", "fields", "customers", "clients", "savings", "assets", "funds", "data",
    "pupils", "students", "patients", "tenants", "residents", "voters", "families", "children", "animals", "crops",
}  # fmt: skip
# Singular nouns in -us or -is, which a compound's head may stand after ("two campus bus routes"); every other word in
# -us or -is after a count is a plural ("taxis", "rabbis", "gurus", "menus"), and a word in -ss or -sis a singular
SINGULAR_IN_US_OR_IS = {
    "bus", "virus", "campus", "census", "status", "bonus", "focus", "surplus", "consensus", "stimulus", "corpus",
    "genus", "onus", "circus", "fungus", "cactus", "chorus", "radius", "prospectus", "syllabus", "apparatus", "nexus",
    "octopus", "walrus", "citrus", "abacus", "sinus", "lotus", "axis", "iris", "tennis", "trellis",
    "chassis", "pelvis", "mantis", "marquis", "debris", "penis", "clitoris", "metropolis", "acropolis", "aegis",
}  # fmt: skip
SINGULAR_ENDINGS_IN_S = ("ss", "sis")
# What a verb of cost or payment may govern that is no sum ("cost 140 jobs", "cost them 3 points", "paid 40 visits"):
# the unit of such a figure is never taken for the article's currency
NOT_SUMS_PAID = {
    "jobs", "lives", "points", "votes", "seats", "places", "visits", "goals", "wickets", "runs", "games", "matches",
    "homes", "houses", "customers", "members", "times", "tickets", "items", "units", "calories",
}  # fmt: skip

# Nouns of a sum of money: "40,000 profit", "the 14 million contingency", "our reserves stood at 9.4 million" are
# sums in the article's currency, not counts of profits or reserves
MONEY_NOUNS = {
    "profit", "profits", "contingency", "budget", "revenue", "revenues", "turnover", "deficit", "surplus",
    "subsidy", "bonus", "overrun", "shortfall", "reserves", "savings", "payout", "takings", "earnings",
    "overspend", "windfall", "bailout",
}  # fmt: skip
# Plural nouns of sums asked or paid: "cut its prices to five", "wages fall to 400" give an amount of money with its
# currency left out, not a count of prices or wages
CHARGE_NOUNS = {
    "prices", "fees", "fares", "charges", "rates", "rents", "wages", "duties", "tariffs", "salaries", "tolls", "grants",
    "bills", "pensions", "premiums", "benefits", "receipts",
}  # fmt: skip
# ... so a table's column headed by either ("| Profits |", "| Salaries |") or a list's lead-in of a rate of either
# ("Charges per hour:", "Rents per month:") gives sums in the page's currency, never a count of the noun
# (ingest/tables.py)
SUM_HEADS = MONEY_NOUNS | CHARGE_NOUNS
# Other plural nouns of sums of money, owed, paid or given, which a list's heading or a row's label may open on
# ("Expenses claimed by councillors", "Donations received by party", "Bills in each council tax band", "Debts owed by
# the clubs"): its figures are sums in the page's currency, never a count of expenses or bills (ingest/tables.py)
SUM_PLURALS = {
    "expenses", "donations", "bills", "debts", "payments", "loans", "allowances", "bonuses", "pensions", "refunds",
    "subsidies", "arrears", "proceeds", "funds", "costs", "takings", "earnings", "payouts", "wages", "contributions",
}  # fmt: skip
# The participles of a list's row that count sums of money raised, given or owed ("Raised for the hospice", "Donated
# by sponsors"), which no row above that counts tickets or fires gives its noun to (ingest/tables.py, _part_of_first)
MONEY_PARTICIPLES = r"raised|donated|earned|invested|spent|owed|banked|refunded|paid|pledged|funded|allocated|saved"
# The words a row's label names people by, by what befell them ("Killed: 9", "Seriously injured: 88", "Rescued: 37",
# "Affected: 14,000"): people counted, never a part of the fires or crashes the row above counts (ingest/tables.py)
CASUALTY_WORDS = (
    r"killed|dead|died|deaths|injured|hurt|wounded|displaced|rescued|evacuated|affected|stranded|treated|"
    r"hospitali[sz]ed|arrested|casualties|victims|fatalities"
)
# The words of a column's head or a caption that say its figures are sums of money, besides SUM_HEADS' nouns: "Cost",
# "Funding", "Allocated", "Paid" (ingest/tables.py, MONEY_HEADS: the figures are in the page's currency)
MONEY_HEAD_WORDS = (
    r"cost|costs|saving|savings|price|prices|yield|budget|spend|spending|funding|required|funded|"
    r"allocated|pledged|paid|fee|fees|rent"
)

# The measures a rate's unit is given per in a table's caption or a list's lead-in ("merks a tonne", "marrens a
# litre", "micrograms per cubic metre"): ingest/tables.py, LEAD_IN_RATE
RATE_MEASURES = (
    r"(?:cubic\s+|square\s+)?(?:tonne|ton|litre|liter|kilo|kilogram|kg|gram|hour|day|week|month|year|night|head|"
    r"person|metre|meter)"
)
# The plural nouns before "a litre" or "per year" in a caption that name what the figures are, not their unit:
# "prices a litre" is no unit ("Average prices a litre" gives the page's currency, which the caption does not name)
NOT_RATE_UNITS = r"prices|figures|rates|costs|fees|totals|averages|results|levels|values|numbers|readings|means"
# The first words of a bracket that closes a list's lead-in and says what its figures are not, or which part of them
# a second figure gives: "Department: meetings (of which with business)" names no unit in its bracket
NOT_UNIT_OPENINGS = (
    r"of|which|with|without|for|from|the|a|an|in|incl|including|excluding|except|see|per|as|to|and|or|not"
)
# The plural nouns a table's column header may be that name no unit of its figures: a league table's or a match's
# scores, a timetable's, a ranking's or a table of contents' columns, a time's, or a money or measure head another
# rule reads (ingest/tables.py, HEADER_NOUN)
HEADER_NOT_UNITS = (
    r"points|pts|goals|wins|draws|losses|defeats|runs|wickets|tries|laps|sets|frames|games|matches|scores|caps|"
    r"assists|apps|appearances|saves|shots|fouls|yards|marks|odds|grades|ranks|rankings|places|positions|times|"
    r"departs|arrives|arrivals|departures|stops|platforms|pages|chapters|notes|results|figures|totals|changes|"
    r"rates|prices|sales|costs|fees|savings|earnings|takings|years|months|weeks|days|hours|minutes|seconds|dates|"
    r"terms|sizes|numbers|details|ratings|levels|averages|"
    # a column of the numbers that name things, not count them: a route's, a gate's, a phone extension's, a room's
    r"routes|gates|extensions|rooms|codes|stands|berths|bays|channels"
)
# The plural words a bracket that closes a list's lead-in may hold that name no unit of its figures but a note on
# them ("Kessel Bridge (key facts):", "Confirmed cases (last week in brackets):") or the days a timetable runs on
# ("First sailings from Skelmory (weekdays):"); besides HEADER_NOT_UNITS (ingest/tables.py, _lead_in_unit)
NOT_BRACKET_UNITS = (
    r"facts|brackets|highlights|weekdays|weekends|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|"
    r"sundays|mornings|afternoons|evenings|holidays"
)
# A list's lead-in of a timetable: its rows' "7.15" are clock times, no claims (ingest/tables.py, _lead_in_lists)
TIMETABLE_WORDS = (
    r"sailings?|departures?|departs|arrivals?|arrives|times?|timetables?|trains?|buses|bus|ferry|ferries|services?|"
    r"tides?|opens|opening|closes|closing|kick-?offs?|starts?|first|last|flights?"
)
# A list's lead-in over a restaurant's or a café's dishes, whose prices are a menu's, no claims ("Lunch at the Anchor
# this week (zorins):"), as "Menu" is ...
MENU_WORDS = (
    r"menus?|lunch(?:es)?|dinners?|breakfasts?|brunch|suppers?|starters?|desserts?|puddings?|dishes|specials|"
    r"snacks|takeaways?"
)
# ... and the words of a dish a row's label names ("Crab soup: 7.50", "Lemon tart: 6.50"): a list most of whose rows
# name one is a menu, whatever its lead-in says
DISH_WORDS = (
    r"soups?|tarts?|salads?|pies?|cakes?|roast|stew|curry|pudding|sandwich(?:es)?|burgers?|pizzas?|pasta|risotto|"
    r"steak|chips|fries|omelette|crumble|sorbet|ice\s+cream|coffee|latte|cappuccino|tea|wine|lager|ale|pint|"
    r"cheesecake|brownie|scones?|toastie|platter|starter|dessert|mains?\s+course"
)
# The verbs in -s of where a thing comes from or goes, which a phrase of origin follows ("of which 1.9 million talders
# comes from the national grant", "of which 40 per cent goes to the schools"); after any other -s word such a phrase
# is the noun's ("A team of 14 customs officers from the port")
VERBS_OF_ORIGIN_IN_S = {
    "comes", "goes", "arrives", "derives", "stems", "translates", "departs", "sails", "feeds",
}  # fmt: skip

# What an earlier event of the same kind is called: "the opening sale", "the equivalent Kestrel poll", "the previous
# by-election" (ingest/numbers.py, EARLIER_PERIOD); after "last" in a bracket, the event whose figure it gives ("9.8
# (last count 8.1)", ingest/tables.py, EARLIER_CUE)
EARLIER_EVENT_NOUN = (
    r"sale|auction|poll|survey|round|election|by-election|vote|ballot|referendum|count|census|test|exam|season|"
    r"report|fair|show|festival|match|game|race|meeting|tournament|contest|inspection|audit|review|tally|edition"
)
# The singular nouns of a sum asked or paid: a figure before one, or before a singular modifier of one, is a sum in the
# page's currency ("the full 6,000 hire fee", "the 4.50 cloakroom charge", "a 1,500 fine"), never a count of the noun
# (ingest/numbers.py, SUM_NOUN_AFTER and _sum_named)
SUM_NOUNS = {
    "bonus", "grant", "fee", "fine", "payment", "payout", "loan", "rebate", "levy", "charge", "subsidy", "allowance",
    "reward", "donation", "gift", "deposit", "bill", "price", "fare", "rent", "wage", "salary", "budget",
}  # fmt: skip
# The nouns a number labels rather than counts: "2,210 category 2 calls", "40 size-12 dresses", "300 grade 4
# pupils" count the calls, the dresses and the pupils, whose kind the label and its number name
NUMBER_LABEL_NOUNS = {
    "category", "size", "grade", "level", "type", "class", "stage", "band", "tier", "phase", "year", "group",
}  # fmt: skip
# Plurals in -a and -i, which name a count as plurals in -s do ("38 council crematoria", "12 research criteria")
PLURALS_IN_A_OR_I = {
    "crematoria", "sanatoria", "auditoria", "symposia", "criteria", "phenomena", "bacteria", "fungi", "cacti",
    "stimuli", "nuclei", "alumni", "memoranda", "curricula", "referenda", "stadia",
}  # fmt: skip
# The hedges that size a share: "about a third do it", "roughly a quarter pay", "closer to a third" (not "split over a
# seventh book", "only a third time"). Some can stand before an ordinal ("nearly a third time", "almost a fifth
# consecutive win"), a time of day or a measure ("about half past seven", "roughly a quarter mile"); numbers.py
# _hedged_share and the checks beside it keep those out, not this list
SHARE_SIZING_HEDGES = (
    "about", "around", "roughly", "approximately", "nearly", "almost", "barely", "more than", "less than", "just over",
    "just under", "well over", "well under", "close to", "closer to", "nearer to", "nearer", "at least", "up to",
    "no more than",
)  # fmt: skip
