"""
Who makes a statement: the attribution layer.

A reporting clause (a cue from ``ingest.cues``, after the PARC 3.0 notion of an attribution
relation: source, cue, content) is found with its source as a whole noun phrase: its modifiers,
titles and appositions ("Ostrava's foreign minister, Lida Voss", "Two officials with knowledge
of the talks"), read before the cue or, inverted, after it ("said Mr Dale, the mayor's
spokesman"). The listener of "told Reuters" is never the source. Named sources are resolved to
the fullest name the article gave ("Kirby" -> "John Kirby", "NIS" -> "National Intelligence
Service"); pronouns and definite descriptions ("he", "the minister", "the agency") to the person
or organisation last named; anonymous and collective sources ("a senior official", "people
familiar with the matter", "U.S. officials") stay as written and are marked anonymous. A
negated cue ("did not confirm") carries no stance of its own.

Each figure takes the reporting clause that governs it (the nearest before it, else the one
after it), so two figures of one sentence may have two speakers.
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from ingest.cleaning import normalise_line, release_mark
from ingest.cues import (
    ANONYMOUS_HEADS,
    ANONYMOUS_POSTMODIFIER,
    ANONYMOUS_SOURCE,
    BEFORE_PRONOUN_I,
    COLON_FIGURE_HEDGES,
    ISSUED,
    LISTENER_VERBS,
    NAME_PUBLISH_VERBS,
    NEGATION_BEFORE,
    NEWSPAPER_WORDS,
    NOT_ACCEPTED,
    OFFICIAL_HEADS,
    ORG_HEADS,
    PLAIN_HEDGES,
    PLAIN_SAYING,
    PREPOSITIONS,
    PUT_OTHERWISE,
    RECORD_FORMS,
    REVISE_VERBS,
    SOURCE_FOLLOWS_CUE,
    SPEAKER_DETERMINERS,
    STANCE_OF,
    WEAK_VERBS,
    WITHHELD_OBJECTS,
    WITHHELD_OWNERS,
    WITHHELD_SUBJECTS,
    background_verb,
    find_cues,
    forms,
    has_cue,
    singular,
)
from ingest.dates import MONTH_NAME, MONTH_SHORT, RELATIVE, WEEKDAY_NAME
from ingest.sentences import FORM_BOX_NUMBER, split_sentences

T = TypeVar("T")  # what a reader of another sentence than the one being read finds (SpeakerMemory._reading)

# "is now forecast at", "were already reported": an adverb of time may stand between the auxiliary and the participle;
# so may "once", "always", "often", "sometimes", which TRAILING_VERB_FILLER skips before a verb, or "The levy is often
# said to raise" would lose its "is" to the filler and read "The levy" as the speaker
PASSIVE = re.compile(
    r"(?:\b(?:was|were|is|are|am|been|being|be)|\w['’]m)\s+(?:not\s+)?"
    r"(?:\w+ly\s+|now\s+|still\s+|already\s+|also\s+|once\s+|always\s+|often\s+|sometimes\s+)?$",
    re.IGNORECASE,
)

# a particle is a whole word: "Lena Morrow-Haig defended" does not run on into the "de" of "defended"
NAME_WORD = r"(?:[A-Z][\w'’.-]*|(?:of|the|for|and|de|al|bin|van|von|la|du)\b|&(?=\s+[A-Z]))"  # "Hartwell & Lyle"
# A group of people a sentence may open on, another party than the body a paragraph quoted: "Members of the nurses'
# union", "Nurses on the picket line", "Residents", "Police"
_PARTY_OPENING = re.compile(
    r"\b(?:members|staff|workers|employees|nurses|doctors|teachers|drivers|pilots|crew|residents|tenants|parents|"
    r"pupils|students|patients|passengers|customers|protesters|campaigners|strikers|pickets?|officers|officials|"
    r"councillors|ministers?|lawyers|claimants|unions?|police|people|families|villagers|neighbours|fans|investors|"
    r"shareholders|farmers|fishermen|shopkeepers|traders|locals|critics|opponents|inspectors|regulators?)\b"
)
# A body named in lower case by its kind and what it is of: "ministry of health and care", "department of transport"
# (what it is of names which body: not the people it is made of, "board of directors", "council of ministers", "union of
# students", which name a kind of organ that any body may have)
_KIND_OF_WHAT = re.compile(
    rf"(?:{ORG_HEADS})\s+of\s+(?!(?:the\s+)?(?:[a-z]+(?:ors|ers|ees|ents|ists|ians|ives)|deputies|members|staff)\b)"
    r"[a-z][a-z ,&-]*"
)
# a preposition or subordinator capitalised as it opens the sentence is no word of the name after it: "For Strandholm
# Construction,", "When Ines Broadbury landed ..., she said"
# (the prepositions and subordinators that open both such a phrase and one set off before the subject, OPENING_SET_OFF)
_OPENERS = r"For|In|At|Under|After|Before|During|Since|By|On|As|When|While|Once|Until"
OPENING_PREPOSITION = rf"(?:{_OPENERS}|From|With|Despite|Among|To|Whilst|Although|Though|If|Unless|Because)\s"
ENTITY_PATTERN = rf"(?=[A-Z])(?!{OPENING_PREPOSITION})[A-Z][\w'’.-]*(?:\s+{NAME_WORD})*(?:\s+\([A-Z]{{2,}}\))?"
ENTITY = re.compile(ENTITY_PATTERN)
OPENING_SUBJECT = re.compile(rf"^\W*(?:The\s+)?(He|She|They|We|It|{ENTITY_PATTERN})\b")
TITLES = {
    "president", "secretary", "minister", "spokesperson", "spokesman", "spokeswoman", "chancellor", "governor",
    "mayor", "general", "gen.", "colonel", "col.", "senator", "sen.", "representative", "rep.", "director", "chief",
    "commander", "ambassador", "prime", "deputy", "vice", "dr.", "mr.", "ms.", "mrs.", "prof.", "admiral", "king",
    "queen", "prince", "judge", "justice", "ceo", "chairman", "chairwoman", "chair", "leader", "officer",
    "inspector", "commissioner", "lieutenant", "lt.", "captain", "capt.", "sergeant", "sgt.", "major", "maj.",
    "executive", "mr", "ms", "mrs", "dr", "prof", "sir", "dame", "rev.", "father", "sister", "brigadier", "lt",
    "brig.", "adm.", "cmdr.", "superintendent", "constable", "marshal", "field", "councillor", "councilor", "alderman",
    "reporter", "correspondent", "editor", "professor",
    # titles of address and rank as house styles abbreviate them, with or without the full stop: "Mx Lind", "Cllr
    # Pell", "Supt Hale", "Det Insp Roe", "the Rev Amos", "Lt Col Dunn", "Gov Ames"
    "mx", "mx.", "cllr", "cllr.", "supt", "supt.", "insp", "insp.", "det", "det.", "rev", "reverend", "col", "gen",
    "sen", "rep", "gov", "gov.", "capt", "sgt", "maj", "brig", "adm", "cmdr", "councilman", "councilwoman",
    "councilmember", "assemblyman", "assemblywoman", "congressman", "congresswoman", "cfo", "coo", "cto",
}  # fmt: skip
TITLED_SURNAME = re.compile(r"[A-Z][a-z'’-]{2,}")
PERSON_TITLES = {
    "mr",
    "mrs",
    "ms",
    "mx",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "judge",
    "lord",
    "lady",
    "cllr",
}
ORG_WORDS = set(ORG_HEADS.replace("(?:er|re)", "er").replace("?", "").replace("[sz]", "s").split("|")) | {
    "house", "news", "hill", "diplomat", "times", "post", "press", "reuters", "nations", "red", "cross", "associated",
    "herald", "centre", "organization", "force", "pharma", "inc", "ltd", "corp", "co", "plc", "holdings", "airlines",
    "motors", "energy", "grid", "hospital", "clinic", "school", "club", "forum", "crescent", "daily", "standard",
    "air", "airways", "airline", "rail", "railways", "capital", "league", "bureau", "partners", "media", "telecom",
    "association", "confederation", "society", "trust", "chamber", "syndicate", "cooperative", "co-operative",
    "treasury",
}  # fmt: skip
# A body named by its kind, up to two words before it ("regional health board"), the kind its group 1
_BODY_KIND = rf"(?:[a-z-]+\s+){{0,2}}({ORG_HEADS})"
ORG_REF = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+{_BODY_KIND}$")
PERSON_PRONOUNS = {"he", "she", "him", "her"}
SUBJECT_PRONOUNS = {"it", "he", "she", "they"}  # a subject that stands for one named before
# An obituary's lead: "Elna Varrick, who has died aged 88, was ...", "Dr Ana Roy, who died on Sunday, ...", "Ana Roy,
# who ran the yard for 30 years, has died"
OBITUARY_LEAD = re.compile(
    r"(?:^|\n)(?P<name>(?:[A-Z][\w'’.-]+ ){1,4}?[A-Z][\w'’-]+), (?:the [^,\n]{1,60}, )?who\s+"
    # "..., who built one of the largest pearl farms ..., has died at her home"
    r"(?:(?:has\s+)?died\b|[^.\n]{1,250}?,\s+has\s+died\b)"
)
OBITUARY_LEAD_WITHIN = 1500  # characters from the top
OBITUARY_OPENING = 1500  # characters of the story from its lead, to read the subject's pronoun in
PLURAL_PRONOUNS = {"they", "them"}
PLACE_WORDS = {
    "north", "south", "east", "west", "new", "united", "saint", "st.", "san", "los", "las", "upper", "lower", "port",
    "fort", "mount", "lake", "cape", "point",
}  # fmt: skip
ROLE_BEFORE = re.compile(
    r"\b(spokesperson|spokesman|spokeswoman|minister|official|leader|envoy|chief|adviser|advisor|analyst|"
    r"president|secretary|director|commander|governor|mayor|said|told|auditor|head|chairman|chairwoman|officer|"
    r"ambassador|senator|prosecutor|judge|professor|registrar|coroner|inspector|executive|manager|founder|coach|"
    r"economist|scientist|engineer|researcher|lawyer|barrister|attorney|"
    r"son|daughter|wife|husband|widow|widower|mother|father|brother|sister|grandson|granddaughter|partner)[\s,]+$",
    re.IGNORECASE,
)
ROLE_WORDS = (
    "minister|spokesperson|spokesman|spokeswoman|official|officer|president|governor|mayor|general|commander|"
    "ambassador|secretary|director|chief|envoy|senator|leader|analyst|expert|source|auditor|lawyer|attorney|"
    "prosecutor|judge|professor|economist|"
    # kin, by whom family members are named in obituaries and human-interest stories: "her son said"
    "son|daughter|wife|husband|widow|widower|mother|father|brother|sister|grandson|granddaughter|partner"
)
_ROLE_HEADS = set(ROLE_WORDS.split("|"))
ROLE_NOUNS = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Ii]ts)\s+((?:[a-z]+\s+){{0,2}}(?:{ROLE_WORDS}))$")
# Nouns in -ly, which end a subject ("The local assembly said", "the rebels' ally said"), not an adverb before its verb;
# not "family": an obituary's "Her family said she died ..." read as "Her" keeps the one who died the "her" of what
# follows, which "Her family" would take (a right speaker lost in the dev sets)
_LY_NOUNS = sorted(
    {w for w in ORG_WORDS if w.endswith("ly")}
    | {"ally", "supply", "rally", "monopoly", "anomaly", "reply", "tally", "bully", "daily", "weekly"}
    | {"monthly", "quarterly", "assembly", "homily", "oligopoly", "belly", "lily", "folly", "italy"}
)
# an adverb in -ly, lower case and not after a determiner nor one of those nouns: "the family said", "Tessaly said"
_ADVERB_LY = (
    r"(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bour\s)(?<!\ba\s)(?<!\ban\s)"
    rf"(?!(?:{'|'.join(_LY_NOUNS)})\b)[a-z]\w*ly\b"
)
# the heads of a title, which a person holds: "The Home Secretary", "The Chief Constable", "The Prime Minister"
_TITLE_HEADS = _ROLE_HEADS | TITLES | {"constable", "justice", "chancellor", "speaker", "premier", "officer"}
_THE_NAMED = re.compile(r"The(?:\s+[A-Z][a-z'’-]+){2,4}")  # "The Ardle Symphony Orchestra", not "The BBC"
TRAILING_VERB_FILLER = re.compile(
    rf"(?:\s+(?:also|later|previously|just|already|still|publicly|earlier|again|then|now|repeatedly|officially|separately|further|first|once|always|often|sometimes|"
    rf"quickly|{_ADVERB_LY}|has|have|had|was|were|is|are|been|would|will|can|could|may|might|must|did\s+not|not|never|both|all|each|themselves|itself|declined\s+to|refused\s+to|would\s+not|could\s+not|does\s+not|did|would|could|on\s+{WEEKDAY_NAME}|{WEEKDAY_NAME}|"
    rf"yesterday|today|last\s+week|this\s+week|earlier\s+this\s+\w+|in\s+a\s+statement|in\s+a\s+report))*\s*,?\s*$"
)
NOT_NAMES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday",
}  # fmt: skip


# "Maud Elling, 84, has been ...", "In Oskley, Maud Elling ...", "For the defence, Ada Roe said": a short
# adverbial of place or side may stand before the subject
OPENING_PERSON = re.compile(
    rf"^\W*(?:(?:(?:In|At|For|From|Outside|Inside|Near|On\s+behalf\s+of)\s+[^,;:\"“”]{{1,40}},\s+|"
    # "A few miles away at Cobbet's Farm, Jenna Ashwell runs ...": a longer adverbial of place or time, no clause
    rf"(?:A\s+few|Across|Along|Back|Down|Up|Further|Elsewhere|Nearby|Just|Over|Miles|Hours|Days)\b"
    rf"[^,;:\"“”]{{0,60}},\s+)"
    # "At Dunmere School, which has 870 pupils, ...": a relative clause set off after the place
    rf"(?:(?:which|where)\s[^,;:\"“”]{{1,60}},\s+)?"
    # "At Kelmscote Academy, headteacher Agnes Blom has advertised ...": a role in lower case before the name
    rf"(?:[a-z][a-z-]+\s+){{0,2}}(?=[A-Z]))?"
    rf"({ENTITY_PATTERN})(?=,|\s+[a-z])"
)
# "The judge sided with ...": a person named by a role the article gave them
OPENING_ROLE = re.compile(r"^\W*[Tt]he\s+([a-z]+)\s+(?!of\b)[a-z]")
# "The club's finance director at the time, Colette Imbert, left in 2024", "Its president, the physicist
# Agnes Moravec, 57, spoke to ...": a description in apposition with the name of the subject that opens the
# sentence; the name is whom the next "he" or "she" means.
OPENING_APPOSITION = re.compile(
    rf"^\W*(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’-]*['’]s?)\s[^,;:\"“”]{{0,60}},\s+"
    # "The stadium's operator, the National Stadium Company,": a name after "the" alone as well
    rf"(?:(?:the|a|an|its|his|her|their)\s+(?:[a-z-]+\s+){{0,3}})?({ENTITY_PATTERN})(?=,)"
)
# A name set off by a comma before a clause in the first or second person, or a greeting: a vocative, the one
# addressed ("Madam Speaker, I want to begin", "Chair, we have", "Mr Okafor, you said"), never the subject
VOCATIVE_AFTER = re.compile(r",\s+(?:I|I'm|I’m|we|We|you|You|let|Let|thank|Thank|may|May|can|Can|please)\b")
OPENING_NAME_DESCRIBED = re.compile(rf"^\W*({ENTITY_PATTERN}),\s+(?:the|a|an)\s+[a-z]")
POSSESSOR = re.compile(r"((?:[A-Z][\w.-]*\s+){1,5}[A-Z][\w-]*)['’]s\s")


# The noun phrase that opens a sentence, before its verb or its possessive: "The group employs", "TCC cut",
# "The environment ministry has raised", "The authority's revenue fell". Its words before the head are bounded (a
# body's name has five at most on the development sets): the lazy run over a long line of capitalised words took
# time superlinear in its length (36 ms for 40 KB of "Word ", 10 ms for 20 KB); and a head noun is tried only where
# a lower-case word starts, not at each of a long run of spaces
OPENING_BODY = re.compile(
    r"\W*(?P<np>(?:[Tt]he\s+)?(?:(?:[A-Z][\w'’.-]*|of|and|the)\s+){0,16}?"
    rf"(?:[A-Z][\w.-]*|(?=[a-z-])(?:[a-z-]+\s+)?(?:{ORG_HEADS})))"
    # not "Castlebry" of "Castlebry and Wold Police spent", nor "bank" of "The bank details of 180,000 customers" (a
    # noun before the head of the subject, which "of" follows)
    r"(?:['’]s\s+|\s+(?![a-z]+\s+of\s))(?!and\s+[A-Z])[a-z]"
)
# A subject whose own verb phrase gives it "its": "Stenmark Aggregates wants to extend its quarry" (the verb no verb of
# saying, whose "its" is the content's), with no noun phrase or clause between that "its" could mean ("Maria Lind runs
# the village cafe and wants to double its seats": the cafe's)
OPENING_ITS = re.compile(
    rf"\s+(?!(?:{'|'.join(sorted(STANCE_OF))})\b)[a-z]+\s+"
    r"(?:(?!(?:the|a|an|this|that|these|those|their|his|her|our|and|or|but)\b)[a-z]+\s+){0,4}?its\b"
)
# A document named by the kind of place or body that keeps it: "port data", "harbour records", "the club accounts"
# The papers a body keeps, by the word for what they are: "Council papers", "police figures", "the ministry's data"
_KEPT_PAPERS = ("papers", "figures", "data", "records", "documents")
BODY_KIND_PAPERS = re.compile(r"\b(?P<kind>[A-Za-z]{4,})['’]?s?\s+(?P<noun>papers|figures|data|records|documents)\b")
# Head words that name no keeper of papers: "research papers", "statistics", "court papers" (a party files them)
_NOT_PAPER_KEEPERS = frozenset({"research", "statistics", "court"})
# Papers a sentence names as filed or obtained by someone: "Court papers filed by the workers' lawyers"
_PAPERS_FILED_BY = re.compile(r"\s+(?:(?:filed|lodged|submitted|seen|obtained)\b|by\b)")
KIND_DOCUMENT = re.compile(
    r"(?:the\s+)?(?:latest\s+|official\s+|new\s+)?([a-z]{3,})\s+(?:data|records|figures|statistics|accounts|bulletin)"
)
# A definite description of one common noun opening a sentence as its subject: "The zoo now holds"
_OPENING_DEFINITE = re.compile(r"\W*([Tt]he\s+[a-z]+)(?:['’]s)?\s+[a-z]")
_DEFINITE_HEAD = re.compile(r"[Tt]he\s+([a-z]{3,})")
# Places and structures, which no name of a body ends with: "the bridge", "the reef" name no one who speaks
_PLACE_HEADS = {
    "bridge", "road", "street", "river", "tunnel", "reef", "dam", "lake", "bay", "valley", "island", "canal", "square",
    "glacier", "forest", "motorway", "highway", "avenue", "harbour", "harbor", "sea", "strait", "mountain", "hill",
    "estate", "coast", "plain", "moor", "marsh", "beach", "peninsula", "field", "stadium", "tower", "building",
}  # fmt: skip
# A wire dateline with its agency: "CASTELVAR, Montavia, Feb. 9 (Calder Press) -"
_WIRE_DATELINE = re.compile(
    r"(?:[A-Z][A-Z .'’-]+,[^()—–]{0,40}|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}(?:,[^()—–:]{0,40})?\s*)"
    r"\(([A-Z][\w'’ .-]+)\)\s*[—–-]"
)
# Compiled once for SpeakerMemory.learn, which reads every sentence
# a full stop after a word, and the apostrophe of a plural possessive: "Halden Ferries' routes" names Halden Ferries
_FULL_STOP_END = re.compile(r"(?<=[a-z]{2})\.$|(?<=[a-z]s)['’]$")
_ACRONYM_AFTER = re.compile(r"(.+?)\s+\(([A-Z]{2,})\)$")
ORG_HEAD_WORD = re.compile(ORG_HEADS)
_POSSESSOR_PREFIX = re.compile(r"^.*?['’]s\s+(?=[A-Z])")
# A possessive inside a name, not an owner before it: people of a trade ("Fishermen's", "Children's"), a saint's
_NAME_POSSESSIVE = re.compile(r"(?:men|ren|[Pp]eople|\bSt\.?\s+[A-Z][\w-]*)['’]s\s+$")
_ACRONYM_NAME = re.compile(r"[A-Z]{2,6}")
SUBJECT_PRONOUN = re.compile(r"(?:It|They)\s")
# A description of a body, its history or what it has, told as background after the pronoun that stands for it ("It
# employs about 900 people", "It has 260 monitors on the ground", "It is owned by the province"): no one's figures, even
# right after the body spoke (tests/ingest_labelling.md, session 24); not its acts ("It has tested 410 horses") nor a
# level it has now reached ("It now has 3,140 officers, against a target of 3,400")
BODY_BACKGROUND = re.compile(r"(?:It|They)\s+(?:also\s+|still\s+|today\s+)?" + background_verb(plural=True))
# "According to the finance office:", "Key facts, according to the council:": a lead-in that a list completes
LEAD_IN = re.compile(r"[^:\"“”]{3,120}:\s")
PERSON_SUBJECT = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


_FIGURE_AFTER = re.compile(r"\s?\d")
UNNAMED_SUBJECT = re.compile(r"(?P<np>(?:A|An)\s+(?:[a-z-]+\s+)?[a-z-]+)\s+(?:who|with|from|at|in|on|based)\s")
_AGE_AFTER = re.compile(r",\s*\d{1,3},")
_QUOTE_MARK = re.compile(r"[“”\"]")
_OPENS_QUOTATION = re.compile(r"\s*[“\"]")
_QUOTED_SPAN = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)|^[^“”\"]*”")  # a quotation, or the end of one begun before


def _role_mentions(role: str, sentence: str) -> list[re.Match[str]]:
    """
    "the coroner", "the returning officer": the role the article gave a person, named again as someone; not
    "the director's recommendation" (a thing of theirs) nor a role inside a quotation (another's words).
    """
    if role not in sentence:
        return []
    found = re.finditer(rf"\b[Tt]he\s+(?:[a-z-]+\s+){{0,2}}{re.escape(role)}\b(?!['’])", sentence)
    return [m for m in found if len(re.findall(r"[“”\"]", sentence[: m.start()])) % 2 == 0]


# A state told in the present, its figure right after the verb or in what it has "of": "The city has 74,000 social
# homes", "A single journey now costs 3.10", "Each permit carries a fee of 40 marks": background, which no analysis
# finds, nor what any one of a kind needs ("A party needs 76 seats to govern alone", a threshold); not "The pension
# age is already 67", "has the longest list", nor what a report finds a family, the average buyer or each school
# needs ("A family of four now needs 2,400 lintas a month", "Each school needs about 40,000 marks")
STANDING_STATE = re.compile(
    r"\W*(?:(?:The|A|An|Each|Every)\s+(?:[\w'’-]+\s+){0,4}?(?:now\s+)?"
    r"(?:has|have|is|are|costs?|employs?|carry|carries)|(?:A|An)\s+[\w'’-]+\s+needs)\s+"
    r"(?:an?\s+(?:[a-z-]+\s+){0,2}?of\s+)?(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over)\s+)?[\d$€£]"
)
# "The government's target"; not a place's after a preposition, which owns nothing ("Lorries on Corvenia's roads")
_OWNED_OPENING = re.compile(r"\W*(?:[Tt]he\s+)?(?:(?!(?:on|in|at|across|around)\s)[\w-]+\s+){0,3}?[\w-]+['’]s\s")


def tells_a_finding(sentence: str) -> bool:
    """
    Whether a sentence no clause reports may go on telling the findings of the analysis or survey a story leads with:
    not a standing state ("The city has 41,000 social homes") nor a figure whose owner it names ("The central bank's
    policy rate is 5.25 per cent").
    """
    text = DATELINE.sub("", sentence)
    return not _OWNED_OPENING.match(text) and not STANDING_STATE.match(text)


# The source's own "its" right after its verb of saying: "said its profit fell", "said 23 of its 31 cranes"
_SPEAKS_OF_ITS = re.compile(
    r"^\W*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s+(?:said|says|reported|reports|announced|confirmed)\s+"
    r"(?:that\s+)?(?:(?:about|some|nearly|almost|all|most|half|none|[\d,.]+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s+of\s+)?its\s"
)


_SAYS_ITS = r",?\s+(?:said|says|reported|reports|announced|confirmed)\s+(?:that\s+)?its\s"
# The heads of a company officer's role ("Chief Executive", "Managing Director" ... "Founder"): the one list both rules
# of a person's role below add to their own
_OFFICER_HEADS = {"executive", "manager", "founder", "chairman", "chairwoman", "chair"}
# The head of a person's role, which sets off one who speaks for a body, not the body: "Its chief executive, Edda
# Marrin,"; not "leader" or "partner", which a body may be ("The market leader, Harlow Freight,")
_PERSON_ROLE_HEADS = (_ROLE_HEADS - {"leader", "partner", "general", "source"}) | _OFFICER_HEADS | {
    "head", "boss", "ceo", "cfo", "adviser", "advisor", "spokesperson",
}  # fmt: skip


def _speaks_of_its(speaker: str, sentence: str) -> bool:
    """
    Whether the sentence's speaker says "its" of what it has: opening the sentence ("Verrin Gateway Terminals said 23
    of its 31 cranes stopped") or after what it is ("The operator on most routes, Brenn Valley Coaches, said its
    contract runs until 2029").
    """
    if _SPEAKS_OF_ITS.search(sentence):
        return True
    says = re.search(rf"\b{re.escape(speaker)}{_SAYS_ITS}", sentence) if " its " in sentence else None
    if says is None:
        return False
    # what sets the speaker off, back to the clause's comma: "The chief executive of Harlow Freight", "Its chief
    # executive"; a person's role there makes "its" the employer's ("Its chief executive, Edda Marrin, said its fleet
    # was full"), a body's kind the speaker's own ("The operator on most routes")
    what = re.split(r"[,;:(]", sentence[: says.start()].rstrip(" ,"))[-1]
    head = re.split(r"\s+(?:of|at|for|in|on|with|from)\s+", what.strip(), maxsplit=1)[0].split()
    return not head or head[-1].lower() not in _PERSON_ROLE_HEADS


# "I spoke to a paramedic in the capital yesterday who did not want to be named": an unnamed person the writer spoke to,
# up to a relative clause or an adverb of time
CONTACTED_UNNAMED = re.compile(
    r"\b(?:I|we|We)\s+(?:have\s+|had\s+|also\s+)?(?:spoke|spoken)\s+(?:to|with)\s+"
    r"(?P<np>(?:an?|one)\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,6}?)"
    r"(?=\s+(?:who|yesterday|today|earlier|last|this)\b|\s*[,.;:]|$)"
)


# An unnamed person a sentence tells of after a preposition, with the relative clause that ends the sentence: "One
# letter came from a reader in Skerrin who works in the licensing office and asked us not to print her name."
_WITHHELD_MENTION = re.compile(
    # (set off by a comma, the clause runs to the sentence's end: "from a nurse at the hospital, who asked ...", not
    # "A statement from a dock master, whose name was withheld, was read": a subject's clause, closed by a comma)
    r"\b(?:from|to|with|by)\s+(?P<np>(?:an?|one)\s+[a-z][\w'’-]*(?:\s+(?!who)[\w'’-]+){0,6}?"
    r"(?:\s+who(?:se)?\s[^.;:“”\"]*|,\s+who(?:se)?\s[^.;:“”\",]*))"
    r"[.;]?\s*$"
)


# what stands before a place's name ("at Calvetti International", "the Ketch Garden") or a byline's ("By Ann Roe")
_OWNER_S = re.compile(r"['’]s$")
_NOT_A_PERSON_BEFORE = re.compile(r"(?:\b(?:of|from|in|at|near|to|into|off|the)\s+|^\W*By\s+)$")


@dataclass
class SpeakerMemory:
    """What the article has named so far, to resolve short names, acronyms, pronouns and 'the agency'."""

    full_names: dict[str, str] = field(default_factory=dict)  # "kirby" -> "John Kirby", "nis" -> "...Service"
    organisations: dict[str, str] = field(default_factory=dict)  # "agency" -> "National Disaster Management Agency"
    last_person: str | None = None
    last_organisation: str | None = None
    organisation_names: set[str] = field(default_factory=set)  # every body named in full so far
    topic_organisation: str | None = None  # the organisation the article opens with: what it is about
    read_any: bool = False
    # organisations that have spoken, with how often: "the company" is the one the article keeps quoting
    speaking_organisations: dict[str, int] = field(default_factory=dict)
    sentence: str = ""  # the sentence being read
    # opening_body() is under way (it names a phrase, which may ask for it again): the reading's state, no memory
    _reading_opening: bool = field(default=False, init=False, repr=False, compare=False)

    # organisations introduced by what they are ("the contractor, Dorn Kessel,", "bus operator Velloway"), the
    # last one last: the name alone may look like a person's, and "the company" after it means it
    introduced_organisations: list[str] = field(default_factory=list)
    # bodies_named()'s reading of introduced_organisations so far: how many it has read, and their names without
    # their article, first met first (the reading's state, no memory)
    _introduced_read: int = field(default=0, init=False, repr=False, compare=False)
    _introduced_bodies: dict[str, None] = field(default_factory=dict, init=False, repr=False, compare=False)
    introduced_heads: dict[str, str] = field(default_factory=dict)  # "Clean Brack" -> "group"
    # every name of more than one word, by the noun it ends with, which "the" and that noun may take it up by:
    # "festival" -> {"Ostby Fiddle Festival"}, whether or not its words read as a body's
    names_by_end: dict[str, set[str]] = field(default_factory=dict)
    wires: set[str] = field(default_factory=set)  # the agencies datelines name: "(Calder Press)"

    def sentence_organisations(self) -> list[str]:
        """The organisations the sentence being read names ("... visited by the Red Crescent")."""
        # what a quotation names is what its speaker talks about: '"Our data shows the Merle Star was ...," the
        # company said' is not the Merle Star's word
        unquoted = _QUOTED_SPAN.sub(" ", self.sentence) if _QUOTE_MARK.search(self.sentence) else self.sentence
        # not the place a dateline puts the story in: "BRISCA - Lena Holt, the founder of Holt Yarns, ..., the company
        # said" (findings_speakers43 H4)
        dateline = _PLACE_DATELINE.match(unquoted)
        entities = ENTITY.finditer(unquoted, dateline.end() if dateline is not None else 0)
        # "EUR 412 million": a code before a figure is its currency, not a body
        named = [
            _strip_possessor(e.group(0))
            for e in entities
            if _looks_like_organisation(e.group(0))
            and not _FIGURE_AFTER.match(unquoted, e.end())
            # "a 50MP camera", "20GB of data": a measure set on its figure, no body
            and not unquoted[e.start() - 1 : e.start()].isdigit()
            and not (" " not in e.group(0) and self._common_opening(e.group(0), unquoted))
        ]
        introduced = [m.group("name") for m in INTRODUCED_ORGANISATION.finditer(unquoted)]
        return named + [name for name in introduced if name not in named and name.lower() not in NOT_NAMES]

    last_speaker: str | None = None
    last_speaker_anonymous: bool = False
    # the organisation the sentence before was about, as its subject or as the body reporting it: whom an "It"
    # opening the next sentence means (centering: a subject pronoun continues the subject before it); worked out
    # from the sentence, its speaker and whether it was anonymous only when asked, as few sentences need it
    _subject: str | None = None
    _subject_unread: tuple[str, str | None, bool] | None = None
    last_author: str | None = None  # the unnamed author of a document a sentence introduced: "the daughter of ..."
    paragraph_source: Speaker | None = None  # "According to the finance office:" speaks for the paragraph after it
    named_since_speaker: bool = False  # a person was named, not speaking, after the last speaker spoke
    last_group: str | None = None  # a plural group a sentence opened with since the last speaker spoke
    spokesperson_for: str | None = None  # the body a bare "a spokesman" spoke for, read from the sentence before
    # "he" or "she" as the spokesperson for that body was written ("a spokeswoman": "she"), None for "spokesperson"
    spokesperson_pronoun: str | None = None
    # bodies the article names only by a description, which have spoken, by their head: "union" -> "union that
    # represents most of the plant's workers"; "a spokesman for the union" later speaks for it
    described_bodies: dict[str, str] = field(default_factory=dict)
    # bodies the article names in lower case by their kind and what they do, by that kind: "ministry" -> {"health
    # ministry"} from "the health ministry" or "Pelmora's health ministry"; "the ministry" means the one of them
    lower_bodies: dict[str, set[str]] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # "judge" -> "Arvid Holmquist", from "Judge Arvid Holmquist"
    # the unnamed sources that have spoken, the last last: "the official said" paragraphs later still means
    # "a senior official at the ministry" when no official was named, whoever spoke in between
    anonymous_speakers: list[str] = field(default_factory=list)
    # the documents a source was said to speak in: "said in its annual immunisation report" -> "report": the agency
    documents: dict[str, str] = field(default_factory=dict)
    document_before: str | None = None  # the owner of a document the sentence before named: "StraitLink's accounts"
    voice: str | None = None  # whose answer or turn the sentence being read is in (a Q&A's, a transcript's)
    asking: bool = False  # the sentence being read is in a Q&A's question, put to the one interviewed
    # the last unnamed single source who spoke in a turn's own words, whom "he" or "she" there means, not the turn's
    # voice (which speaks as "I"): "One engineer ... said ... . 'In the pilot it was 1 in 3,' he said."
    unnamed_in_turn: str | None = None
    # the last unnamed single source who spoke, while no person has been named or has spoken since: whom "he" or "she"
    # still means past a body speaking in between ("A Corvet captain, who spoke on condition of anonymity, said ...
    # Corvet would not comment. It costs 6,000 a time, he said."), as a body is no "he"
    unnamed_person: str | None = None
    # an obituary's subject ("Elna Varrick, who has died aged 88, ...") and the pronoun the story gives them ("she")
    story_subject: str | None = None
    story_subject_pronoun: str | None = None
    paragraph_before: str = ""  # the paragraph being read, up to the sentence being read
    # the one the paragraph being read last gave a figure or a word to, by name, while no other party is named after
    # it (_turns_from); forgotten with the paragraph (end_paragraph) and with a brief's item or a corrections entry,
    # which may open inside a paragraph, after its headline line (new_item, new_entry)
    paragraph_speaker: str | None = None
    own_analysis: bool = False  # the lead rests on the paper's own analysis
    own_analysis_phrase: str | None = None  # how the lead names it: "our analysis", "herald analysis"
    _text: str = ""
    _places: dict[str, bool] = field(default_factory=dict)  # whether the text has a word "in", "at" ... a place
    _place_names: dict[str, bool] = field(default_factory=dict)  # names_place(), once a name
    _inside: dict[str, bool] = field(default_factory=dict)  # whether the text capitalises a word inside a sentence
    _read_as_body: dict[str, bool] = field(default_factory=dict)  # reads_as_body(), once a name
    # bodies named by their place (PLACE_NAMED_BODY), by where each starts: (its end, body, place, kind); the text is
    # read for them once, up to _places_read, as far as the sentences asked about have gone
    _place_bodies: dict[int, tuple[int, str, str, str]] = field(default_factory=dict, repr=False, compare=False)
    _places_read: int = field(default=0, repr=False, compare=False)
    # where the sentence met last stands in the text, -1 when the text does not hold it; sentences are met in order,
    # so a sentence repeated (a standfirst again in the body) is found where it is read, not at its first copy
    _met: str = field(default="", repr=False, compare=False)
    _met_at: int = field(default=-1, repr=False, compare=False)
    _met_end: int = field(default=0, repr=False, compare=False)
    _publication: str | None = None  # the paper the article names itself by: "the Post"
    named_publication: str | None = None  # that name as the text gives it, not its masthead's (once read)
    masthead_voice: bool = True  # whether the page is in the outlet's voice, not a columnist's, a Q&A's or letters'
    # whether the page is readers' signed letters to the outlet, whose "Your live page said" is the outlet's
    letters_voice: bool = False
    # the writer of a column, a review or a readers' editor's column, whose page is in their voice: never the "he" or
    # "she" or the role the page reports ("..., he writes" is the book's author, the person named before)
    own_voice_writer: str | None = None
    masthead: str | None = None  # the outlet whose page it is, by its masthead (read_publication is told it)
    # whether the page prints a meeting's minutes (a "Resolved:" line): each role they minute is an attendee of its own
    minutes: bool = False
    _publication_unread: bool = True

    @property
    def mid_paragraph(self) -> bool:
        """Whether the sentence being read goes on a paragraph: something stands before it in its paragraph."""
        return self.paragraph_before.strip() != ""

    def learn(self, sentence: str, speaker: str | None = None, anonymous: bool = False) -> None:
        """Remember the names of a sentence once read; a person becomes 'he' or 'she' when titled or speaking."""
        if speaker is not None and not self._publication_unread and speaker == self._publication:
            speaker = None  # the paper's own voice is no one "it", "the company" or "she" may mean
        if ("elease" in sentence or "ELEASE" in sentence) and release_mark(sentence):
            return  # a release's "PRESS RELEASE" line, kept to mark the page, names no one "its" may mean
        person_before = self.last_person
        if not self.read_any:  # the organisation the article opens with is what it is about
            self.read_any = True
            text = DATELINE.sub("", sentence)
            lead = OPENING_BODY.match(text)
            if lead and _looks_like_organisation(lead.group("np")) and lead.group("np")[:1].isupper():
                self.topic_organisation = _ARTICLE.sub("", lead.group("np"))
            elif lead and _looks_like_person(lead.group("np")) and OPENING_ITS.match(text, lead.end("np")):
                # a name that looks like a person's, which the page's first sentence gives "its", is a body: nothing
                # before it is what "its" could mean ("Stenmark Aggregates wants to extend its quarry")
                self.introduced_organisations.append(_ARTICLE.sub("", lead.group("np")))
        for entity in ENTITY.finditer(sentence):
            if sentence[entity.start() - 1 : entity.start()].isdigit():
                continue  # "a 50MP camera", "20GB of data": a measure set on its figure, no body "it" stands for
            # both patterns end where the entity starts and span a few words: search that window only
            window = max(0, entity.start() - 40)
            if LISTENER_BEFORE.search(sentence, window, entity.start()):
                continue  # "told Reuters": the listener is not who "the agency" will refer to
            # "suing Northgate Mutual for 48.5 million": the name ends before a function word that ends the match
            raw = _TRAILING_NAME_WORDS.sub("", _FULL_STOP_END.sub("", entity.group(0)))
            name = strip_titles(raw)
            acronym = _ACRONYM_AFTER.search(name) if ")" in name else None
            if acronym:
                name = _strip_possessor(acronym.group(1))
                self.full_names[acronym.group(2).lower()] = name
            if " " in name:
                whole = _OWNER_S.sub("", name)
                self.names_by_end.setdefault(whole.rsplit(" ", 1)[1].lower(), set()).add(whole)
            member = _OF_THE_BODY.match(name) if " of the " in name else None
            if member is not None and _looks_like_person(member.group(1)):
                # "Bjorn Tangen of the Workers' Party": a person of a body, whom "Tangen" names later
                self.full_names.setdefault(member.group(1).split()[-1].lower(), member.group(1))
            # "Castelmor District Heating (CDH)": a name given its initials to be called by is a body's, as no
            # person's is
            if _looks_like_organisation(name) or acronym:
                name = _strip_possessor(name)
                for word in name.lower().split():
                    if ORG_HEAD_WORD.fullmatch(word):
                        self.organisations[word] = name
                for kind in NAME_END_KINDS.get(name.rsplit(" ", 1)[-1].lower(), ()):
                    self.organisations[kind] = name  # "Veyla Airways" is "the airline", "Corrabel Mutual" "the insurer"
                self.last_organisation = name
                self.organisation_names.add(name)
            elif _looks_like_person(name) and name not in self.introduced_heads:
                self.full_names.setdefault(name.split()[-1].lower(), name)
                role_before = ROLE_BEFORE.search(sentence, window, entity.start())
                titled = name != raw or role_before
                title = raw[: len(raw) - len(name)].split()
                role = title[-1].lower().rstrip(".") if title else role_before.group(1).lower() if role_before else ""
                if role in TITLES or (role and role not in ("said", "told")):
                    self.roles[role] = name  # "Judge Arvid Holmquist", "The environment minister, Lukas Brandt"
                # "Among the first scholars is Dorit Vaskeld, 20, who ...": a person given an age is introduced
                aged = _AGE_AFTER.match(sentence, entity.end()) is not None
                if titled or name == speaker or aged:
                    self.last_person = name
                elif name.rsplit(None, 1)[-1].lower() in _STREET_ENDS and _PLACE_PREPOSITION_BEFORE.search(
                    sentence, window, entity.start()
                ):
                    pass  # "a hole on Ferrier Street", "lives in Mill Road": a street, though its words read as a name
                elif self._named_as_person(sentence, entity.start(), name):
                    self.last_person = _OWNER_S.sub("", name)  # "Mirjam Oste's daughter": Mirjam Oste
            elif _THE_NAMED.fullmatch(raw) and (head := raw.rsplit(None, 1)[1].lower()) not in _TITLE_HEADS:
                # "The Ardle Symphony Orchestra": a name the article writes with "the" is a body's, no person's; "the
                # orchestra" after it takes it up by the noun it ends with, and "it said" may mean it (not a title's
                # holder, "The Home Secretary")
                body = raw.split(None, 1)[1]
                if self.organisations.setdefault(head, body) == body:
                    self.introduced_heads.setdefault(body, head)
            elif entity.start() < 3 and " " in self.full_names.get(name.lower(), ""):
                self.last_person = self.full_names[name.lower()]  # "Selby, 52, has led ...": the subject
            elif name != raw and TITLED_SURNAME.fullmatch(name) and raw.split()[0].rstrip(".").lower() in PERSON_TITLES:
                # "Mrs Justice Harrow said ... She noted": a surname after a title of address is a person
                self.last_person = self.full_names.get(name.lower(), name)
        possessive = "'s" in sentence or "’s" in sentence  # what every POSSESSOR match ends with: most have none
        # "Prime Minister Anton Velic's party": a person named
        for possessor in POSSESSOR.finditer(sentence) if possessive else ():
            name = strip_titles(possessor.group(1))
            if _looks_like_person(name):
                self.full_names.setdefault(name.split()[-1].lower(), name)
        # "Dara Finnick of the Rail Drivers' Guild" is a person, whatever body the post-modifier names
        person = _POSTMODIFIER.sub("", speaker) if speaker else ""
        if speaker and not anonymous and _looks_like_person(person) and _speaks_of_its(speaker, sentence):
            # "Verrin Gateway Terminals said 23 of its 31 cranes stopped": a source that says "its" of what it has is
            # a body, whatever its name looks like, and "the company" after it means it
            self.as_body(speaker, "company", person_before)
            self.organisation_names.add(speaker)
        if speaker and not anonymous and _looks_like_person(person) and speaker not in self.introduced_heads:
            # (a column's writer is never the "he" of its pages: the person before them still is)
            self.last_person = speaker if speaker != self.own_voice_writer else self.last_person
        elif (
            speaker
            and not anonymous
            and re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+", speaker)
            and not _looks_like_organisation(speaker)
            and " " in self.resolve(speaker)
        ):
            self.last_person = self.resolve(speaker)  # "Velic, 61, dismissed the findings": a surname speaking
        elif (
            speaker and not anonymous and re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+", speaker) and _given_name(speaker, sentence)
        ):
            self.last_person = speaker  # "A reader, Hilde, emails to say she ...": a person known by a given name
        elif (
            speaker
            and not anonymous
            and (
                _looks_like_organisation(speaker)
                or (
                    re.fullmatch(r"[A-Z][\w'’-]+", speaker)
                    and not self._common_opening(speaker, sentence)
                    and not _given_name(speaker, sentence)
                )
                or speaker in self.introduced_heads
            )
        ):
            # a single name that is no known person's surname speaks for an organisation: "Lumenet disputed that"
            self.last_organisation = speaker
            self.speaking_organisations[speaker] = self.speaking_organisations.get(speaker, 0) + 1
            # a body speaking is introduced again, after any the article described before it: "Rival maker Bellamy
            # Dairies said ... the company said" means Bellamy, not the research firm two paragraphs up; not the
            # wire the dateline names, which reports and is no "company" of the story
            if speaker not in self.wires:
                self.introduced_organisations.append(speaker)
        goes_on = SUBJECT_PRONOUN.match(DATELINE.sub("", sentence)) is not None
        if goes_on:
            self._subject = self.subject_organisation  # "It ..." goes on with what the sentence before was about
        self._subject_unread = None if goes_on and not speaker else (sentence, speaker, anonymous)
        if speaker and LEAD_IN.match(sentence) and has_cue(sentence[: sentence.index(":")]):
            self.paragraph_source = Speaker(speaker, "asserts", None, anonymous)
        if speaker and not anonymous and ("in " in sentence or "In " in sentence):
            for document in SPOKEN_IN.finditer(sentence):
                self.documents[document.group(1).lower()] = speaker
        # "..., according to a Tallis Research survey for Harlund Today": "the poll" after it is the pollster's
        if speaker and not anonymous and "ccording to " in sentence and ACCORDING_TO_SURVEY.search(sentence):
            self.documents.setdefault("survey", speaker)
            self.documents.setdefault("poll", speaker)
        authored_by: tuple[str, bool] | None = None  # a person whose document the sentence says was read or found
        if " from " in sentence or " by " in sentence:
            for authored in AUTHORED_DOCUMENT.finditer(sentence):
                # "A statement from the museum's director, Helle Brandvold, was read to the court": "the statement"
                # after it is hers
                author = subject_phrase(authored.group("author"))
                author_name, author_unnamed = name_of(author, self) if author else (None, False)
                if author_name:
                    self.documents[authored.group(1).lower()] = author_name
                    if not speaker and not looks_like_body(author_name) and not self.is_organisation(author_name):
                        authored_by = (author_name, author_unnamed)
        self.document_before = None
        tied = any(noun in sentence for noun in _TIED_DOCUMENTS)  # "Weston Trust sent a memo": ISSUED_TIED_DOCUMENT
        if possessive or " by " in sentence or tied or any(verb in sentence for verb in _PUTS_OUT):
            self._learn_producers(sentence)
        if any(noun in sentence for noun in _KEPT_PAPERS):
            self._learn_kept_papers(sentence)
        for lower in LOWER_CASE_BODY.finditer(sentence) if LOWER_CASE_HEAD.search(sentence) else ():
            if any(word not in BROAD_MODIFIERS for word in lower.group("modifiers").split()):
                self.lower_bodies.setdefault(lower.group("head"), set()).add(lower.group("body"))
        if speaker and anonymous and SINGLE_SOURCE.match(speaker):
            self.anonymous_speakers.append(speaker)
        unnamed = UNNAMED_SUBJECT.match(sentence) if not speaker else None
        if unnamed and _ANONYMOUS_HEAD.fullmatch(unnamed.group("np").split()[-1]):
            # "A firefighter who has been on the line since Tuesday ... described the conditions." The next "he
            # said" means them, as if they had spoken unnamed
            speaker, anonymous = unnamed.group("np"), True
        spokesperson = _opening_subject(sentence) if not speaker and "spokes" in sentence[:120] else None
        spoken_for = self.note_spokesperson(spokesperson) if spokesperson else None
        if spoken_for:
            # "A spokeswoman for Northsound would not discuss the talks. She said ...": the body she speaks for is
            # whom the next "she" means, as if it had spoken
            speaker, anonymous = spoken_for, False
        unspoken = not speaker or speaker == self.voice  # the turn's own voice tells of whom it spoke to
        contacted = CONTACTED_UNNAMED.search(sentence) if unspoken and " spoke" in sentence else None
        placed = UNNAMED_PERSON_AT.match(contacted.group("np")) if contacted else None
        if contacted and (placed or ANONYMOUS_SOURCE.match(contacted.group("np"))):
            # "And I spoke to a paramedic in the capital yesterday who did not want to be named. She told me": the
            # unnamed person the writer spoke to is whom the next "she" means
            speaker, anonymous = contacted.group("np"), True
        withheld = _WITHHELD_MENTION.search(sentence) if not speaker and _NAME_WITHHELD.search(sentence) else None
        if withheld and _NAME_WITHHELD.search(withheld.group("np")):
            # "One letter came from a reader in Skerrin who works in the licensing office and asked us not to print
            # her name. She writes that ...": one the sentence tells of, whose name it withholds, is whom the next
            # "she" means, named by the whole description
            speaker, anonymous = withheld.group("np"), True
        if authored_by is not None and not speaker:
            # "A statement from the club's captain, Ilse Brandvik, was read to the court. '...,' she wrote": the
            # author of the document the sentence introduces is whom the next "she" means, named or not
            if authored_by[1]:
                speaker, anonymous = authored_by
                self.last_author = speaker
            elif _looks_like_person(authored_by[0]):
                self.last_person = authored_by[0]
        group = PLURAL_GROUP_OPENING.match(sentence) if not speaker else None
        if group:
            # "Several deputies from the Farmers' Party ... voted against the bill. Two of them said": the group the
            # sentence opens with is whom "of them" takes up next
            self.last_group = group.group("np")
        described_body = _DESCRIBED_BODY.match(speaker) if speaker and not anonymous and " " in speaker else None
        if speaker and described_body is not None:
            self.described_bodies.setdefault(described_body.group(1).lower(), speaker)
        if speaker and anonymous and SINGLE_SOURCE.match(speaker):
            self.unnamed_person = speaker
        elif (speaker and not anonymous and not self.is_organisation(speaker)) or self.last_person != person_before:
            self.unnamed_person = None  # a person named, or one speaking who is no body, is whom "he" means next
        if speaker:
            self.last_speaker, self.last_speaker_anonymous = speaker, anonymous
            self.paragraph_speaker = None if anonymous else speaker
            self.named_since_speaker = False
            self.last_group = None
            if speaker != self.voice:
                self.unnamed_in_turn = speaker if anonymous and SINGLE_SOURCE.match(speaker) else None
        else:
            if self.last_person != person_before:
                self.named_since_speaker = True  # "Education Minister Karin Sollen defended the policy."
            if self.paragraph_speaker is not None and (
                self.last_person != person_before or self._turns_from(self.paragraph_speaker, sentence)
            ):
                # "Kelbrook Health Trust said ... Members of the nurses' union gathered outside": the paragraph has
                # turned to another party, and "a spokesman said" after it no longer goes on with the trust's account
                self.paragraph_speaker = None

    def _turns_from(self, body: str, sentence: str) -> bool:
        """
        Whether a sentence no one speaks in names a party other than ``body``: a group of people or a body it opens
        on ("Members of the nurses' union gathered", "Nurses on the picket line were angry", "The police closed the
        road"), or another body by name anywhere in it; not the body's own things ("The first boxes should reach
        shops") nor a body by its kind alone ("The company expects ...", which may be the body itself).
        """
        opening = _first_clause_subject(sentence)
        # (a verb no subject is read before, "Nurses on the picket line were angry": the sentence's first words)
        if _PARTY_OPENING.search((opening or " ".join(sentence.split()[:4])).lower()):
            return True
        return any(self.resolve(_ARTICLE.sub("", named)) != body for named in self.sentence_organisations())

    def note_spokesperson(self, phrase: str) -> str | None:
        """
        The body the spokesperson ``phrase`` names speaks for ("a spokeswoman for Northsound"), or None; when there is
        one, it is recorded as the body spoken for, with the pronoun that takes the spokesperson up ("she"), for "the
        spokeswoman" or "she" later in the article.
        """
        spoken_for = _spokesperson_body(phrase, self)
        if spoken_for is not None:
            self.spokesperson_for, self.spokesperson_pronoun = spoken_for, spokesperson_pronoun(phrase)
        return spoken_for

    def _learn_producers(self, sentence: str) -> None:
        """
        The body or person whose document a sentence names, by its owner ("the club's annual accounts", "the
        agency's surveys") or its maker ("The count, carried out by the wildlife service,"): whom "the accounts"
        or "the count" means later, a document speaking for the one that produced it.
        """
        unquoted = _QUOTED_SPAN.sub(" ", sentence) if _QUOTE_MARK.search(sentence) else sentence
        puts_out = any(verb in unquoted for verb in _PUTS_OUT)
        published = (*PUBLISHED_BY_SUBJECT.finditer(unquoted), *PUT_OUT_BY.finditer(unquoted)) if puts_out else ()
        issued = ISSUED_TIED_DOCUMENT.finditer(unquoted) if any(noun in unquoted for noun in _TIED_DOCUMENTS) else ()
        owned = OWNED_KIND.finditer(unquoted) if "'s" in unquoted or "’s" in unquoted else ()
        for found in (*owned, *MADE_BY.finditer(unquoted), *published, *issued):
            owner = found.group("owner")
            core = _POSTMODIFIER.sub("", owner)
            person = _looks_like_person(strip_titles(core)) or " " in self.full_names.get(core.lower(), "")
            if not (looks_like_body(core) or person or self.is_organisation(_ARTICLE.sub("", core))):
                continue  # "the island's survey", "Tuesday's report": no one who produces a document
            name, anonymous = name_of(owner, self)
            if name and not anonymous:
                self.documents[found.group("noun").lower().removesuffix("s")] = name
                if found.re is PUBLISHED_BY_SUBJECT or found.re is PUT_OUT_BY:
                    # what a body puts out is, later in the article, "the release" or "the report"
                    self.documents.setdefault("release", name)
                    self.documents.setdefault("report", name)
                self.document_before = name

    def _learn_kept_papers(self, sentence: str) -> None:
        """
        The body whose papers a sentence names by its kind ("Council papers for the meeting put ...", "police
        figures"): whom "the papers" or "the figures" later means, whether or not that sentence reports a figure.
        """
        for found in BODY_KIND_PAPERS.finditer(sentence):
            kind = found.group("kind").lower()
            if kind in _NOT_PAPER_KEEPERS or _PAPERS_FILED_BY.match(sentence, found.end()):
                # "Research papers" name no body; "Court papers filed by the workers' lawyers" are a party's, not
                # the court's
                continue
            if ORG_HEAD_WORD.fullmatch(kind):
                name, anonymous = name_of("the " + found.group("kind").lower(), self)
                if name and not anonymous:
                    self.documents[found.group("noun").lower().removesuffix("s")] = name

    def as_body(self, name: str, head: str, person_before: str | None = None) -> None:
        """
        Read a name that looked like a person's as a body's from here on ("Halvard Glass ..., the company said"):
        no "he" or "she" means it, and its last word alone ("Glass is why this town exists") names no one.
        """
        self.introduced_heads.setdefault(name, head)
        if self.last_person == name:
            self.last_person = person_before
        for key in [k for k, full in self.full_names.items() if full == name]:
            del self.full_names[key]

    def new_item(self) -> None:
        """
        A new item of a page of briefs or bulletins, opened by its own dateline ("CORLISHAM, 4 March - "): each item
        stands alone, so no speaker, person or body carries into it from the item before (names given in full stay
        known, to read a short name).
        """
        self.last_person = self.last_organisation = self.last_speaker = self.paragraph_speaker = None
        self.last_speaker_anonymous = False
        self._subject = None
        self._subject_unread = None
        self.named_since_speaker = False
        self.last_group = None
        self.last_author = None
        self.document_before = None
        self.unnamed_in_turn = None
        self.unnamed_person = None
        self.anonymous_speakers = []
        self.spokesperson_for = None
        self.spokesperson_pronoun = None

    def new_entry(self) -> None:
        """
        A corrections page's next entry: no one who spoke in the entry before, nor the person it named, speaks in
        this one ("She counted ..." is not the last entry's source); the bodies named stay known, to read "the
        airline" by the name the page gave it.
        """
        self.last_person = self.last_speaker = self.paragraph_speaker = None
        self.last_speaker_anonymous = False
        self._subject = self._subject_unread = None
        self.named_since_speaker = False
        self.unnamed_person = None
        self.anonymous_speakers = []

    def new_paragraph(self) -> None:
        """A lead-in's list ends with its paragraph."""
        self.paragraph_source = None
        self.paragraph_before = ""
        self.paragraph_speaker = None

    def read_obituary(self, text: str) -> None:
        """
        The subject of an obituary, named as its lead opens ("Elna Varrick, who has died aged 88, was ..."), and the
        pronoun the story calls them by: the one of "she" and "he" its opening paragraphs use, outside quotations.
        """
        lead = OBITUARY_LEAD.search(text[:OBITUARY_LEAD_WITHIN])
        if lead is None:
            return
        opening = _QUOTED_SPAN.sub(" ", text[lead.start() : lead.start() + OBITUARY_OPENING])
        she = len(re.findall(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b", opening))
        he = len(re.findall(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\b", opening))
        if she == he:
            return
        self.story_subject = strip_titles(lead.group("name"))
        self.story_subject_pronoun = "she" if she > he else "he"

    def subject_meant(self, pronoun: str) -> str | None:
        """
        The obituary's subject as whom a subject pronoun means ("she told the Courier in 1998"), when it is the
        pronoun the story calls them by and its paragraph has named no one before it: across a paragraph break the
        pronoun takes up the one the story is about, not the last person quoted on them.
        """
        if self.story_subject is None or pronoun != self.story_subject_pronoun:
            return None
        before = self.paragraph_before + re.split(rf"\b{pronoun}\b", self.sentence, maxsplit=1, flags=re.I)[0]
        before = _QUOTED_SPAN.sub(" ", before) if _QUOTE_MARK.search(before) else before
        named = [n for n in people_named(before) if n != self.story_subject]
        return None if named else self.story_subject

    def unreported_source(self, sentence: str) -> Speaker | None:
        """
        Who gives a figure no reporting clause governs: the source whose lead-in ("According to the finance
        office:") the paragraph completes, else the organisation the sentence before was about when this
        one goes on with it as "It" ("It plans to spend 60 million"), not to tell its background ("It employs 900
        people").
        """
        if self.paragraph_source is not None:
            return self.paragraph_source
        text = DATELINE.sub("", sentence)
        if self.subject_organisation and SUBJECT_PRONOUN.match(text) and not BODY_BACKGROUND.match(text):
            return Speaker(self.subject_organisation)
        if self.own_analysis and tells_a_finding(text):
            # a story the paper's own analysis leads: its figures are the paper's, by the name it gives itself, else
            # as the lead names the analysis ("according to our analysis" on a page whose masthead was furniture);
            # not one whose owner the sentence names ("The central bank's policy rate is 5.25 per cent")
            return Speaker(self.publication or self.own_analysis_phrase)
        return None

    def read_publication(self, text: str, *, masthead: str | None = None) -> None:
        """
        Whether the article's lead rests on the paper's own analysis of data ("according to our analysis", "a
        Herald analysis ... has found"): data journalism, whose figures no one else is said to give are the paper's
        findings. The paper's name is read from the text only when asked for.
        """
        self._text = text
        self._met_at, self._met_end = -1, 0
        self.masthead = masthead
        lead_end = text.find("\n", len(text) - len(text.lstrip()))
        own = OWN_ANALYSIS.search(text, 0, lead_end if lead_end >= 0 else len(text))
        self.own_analysis = own is not None
        self.own_analysis_phrase = own.group(0).lower() if own is not None else None

    @property
    def publication(self) -> str | None:
        """The paper the article names itself by ("an analysis by the Post", "told the Echo")."""
        if self._publication_unread:
            self._publication_unread = False
            named = OWN_PUBLICATION.search(self._text) if NEWSPAPER_WORD.search(self._text) else None
            self._publication = (named.group("name") or named.group("own") or named.group("owner")) if named else None
            # the name its masthead gives it, which the caller tells: "The Wexley Courier", the "Courier" it calls
            # itself; not when the page names another paper as its own ("a survey by the Post" on a site's page)
            # (a column, a Q&A, a transcript or letters speak in their writers' voices, not the masthead's)
            self.named_publication = self._publication
            masthead = self.masthead if self.masthead_voice else None
            short = (self._publication or "").lower()
            if masthead and (not short or masthead.lower().rsplit(" ", 1)[-1] == short):
                self._publication = masthead
        return self._publication

    @property
    def subject_organisation(self) -> str | None:
        if self._subject_unread is not None:
            sentence, speaker, anonymous = self._subject_unread
            self._subject_unread = None
            reading, self.sentence = self.sentence, sentence
            self._subject = self._subject_organisation(sentence, speaker, anonymous)
            self.sentence = reading
        return self._subject

    def _subject_organisation(self, sentence: str, speaker: str | None, anonymous: bool) -> str | None:
        """The organisation a sentence is about: the body reporting it, else the subject that opens it."""
        if speaker and not anonymous and self.is_organisation(speaker):
            return speaker
        text = DATELINE.sub("", sentence)
        if SUBJECT_PRONOUN.match(text):
            return self._subject  # "It said ...": the subject before, unless it speaks for a body
        set_off = SET_OFF_OPENING.match(text)  # "Brunel, founded in 1911, makes ...": the name before what is set off
        verb = _FIRST_VERB.search(text) if set_off is None else None
        opening = set_off.group(1) if set_off else text[: verb.start()].strip() if verb else ""
        if not opening or re.search(r"[,;:]", opening) or not _valid_np(opening):
            return None
        name, anonymous = name_of(opening, self)
        if name and not anonymous and self.is_organisation(name):
            return name
        # "The agency's budget was already under pressure. Last year it cut ...": the body whose thing the sentence
        # opens on is what the sentence is about
        return self.opening_body() if _OPENING_POSSESSIVE.match(text) else None

    def opening_body(self) -> str | None:
        """
        The organisation that opens the sentence being read as its subject, or as the owner of its subject
        ("The authority's revenue fell ..., its annual report showed"): whom an "it" or "its" later in the
        same sentence means, before any body of the sentences before (binding within the clause).
        """
        if self._reading_opening:
            # naming the opening phrase asked for the opening body again ("Morning Post Data is free to read": a
            # paper's figures are the sentence's opening body, which is that phrase): it names no body
            return None
        self._reading_opening = True
        try:
            return self._opening_body()
        finally:
            self._reading_opening = False

    def _opening_body(self) -> str | None:
        # "But the club lost 3.2 million, its accounts show": the subject after a conjunction opening the sentence
        text = _LEADING_CONJUNCTION.sub("", DATELINE.sub("", self.sentence))
        apposed = OPENING_APPOSITION.match(text) or OPENING_NAME_DESCRIBED.match(text)
        if apposed and not _looks_like_person(strip_titles(apposed.group(1))):
            # "The government's flood reinsurance scheme, Floodsure, covers ..., according to its annual report":
            # the subject is the name in apposition, not the owner before it; "Marsk Water, the utility that ...,
            # lost ..., according to figures it filed": the name its description follows
            return apposed.group(1)
        definite = _OPENING_DEFINITE.match(text)
        if definite is None and text[:4] == "The ":
            # "The zoo, which is run as a charity, had 412,000 visitors": the description before what is set off
            definite = SET_OFF_OPENING.match(text)
        body = self.definite_body(definite.group(1)) if definite else None
        if body is not None:
            return body  # "The zoo now holds 3,412 animals, it said": "Hallberg Zoo", named before
        opening = OPENING_BODY.match(text)
        if opening is None:
            return None
        phrase = opening.group("np")
        if _bare_count_head(phrase, text, opening.start("np")):
            # "School visits fell by a third", "Council tax rose": a singular common noun without a determiner
            # modifies the noun after it; it names no body ("Police recruited 312", "Parliament approved" do)
            return None
        if not (looks_like_body(phrase) or self.is_organisation(self.resolve(_ARTICLE.sub("", phrase)))):
            return None
        name, anonymous = name_of(phrase, self)
        return name if name and not anonymous else None

    def opening_short_name(self) -> str | None:
        """
        "Halvane will invest 9.6 billion in the plant, which it says will employ 2,400": a one-word name opening the
        sentence as its subject, the first word of a longer name the article gave before ("Halvane Semiconductor"),
        is the thing an "it" in the sentence means; no person is an "it". Not a person's surname.
        """
        opening = _SHORT_NAME_OPENING.match(_LEADING_CONJUNCTION.sub("", DATELINE.sub("", self.sentence)))
        if opening is None:
            return None
        word = opening.group(1)
        if word.lower() in self.full_names or self._common_opening(word, self.sentence):
            return None
        before = self._text.split(self.sentence, 1)[0] if self.sentence in self._text else ""
        longer = {e.group(0) for e in re.finditer(rf"\b{word}(?:\s+[A-Z][\w'’-]*)+", before)}
        # "Halvane Semi" in a ticker, "Halvane Semiconductor" in the story: one name, cut short
        longest = max(longer, key=len, default=None)
        return longest if longest is not None and all(longest.startswith(n) for n in longer) else None

    def definite_body(self, phrase: str) -> str | None:
        """
        The named body a definite description takes up by the head noun its name ends with: "the zoo" for
        "Hallberg Zoo", "the reef" for "Kerru Reef" (a strict head match). A name the article also calls "the
        zoo" is no person's, whatever it looks like, so it is remembered as a body introduced by its kind.
        """
        definite = _DEFINITE_HEAD.fullmatch(phrase.strip())
        if definite is None:
            return None
        head = definite.group(1)
        if head in _PLACE_HEADS:
            return None  # "the bridge" for "Aubrin Strait Bridge": a structure, which its operator speaks for
        name = self.full_names.get(head)
        name = name or self._the_named(head)  # "the orchestra", for "The Ardle Symphony Orchestra"
        if name is None or " " not in name or name.rsplit(" ", 1)[1] != head.capitalize():
            # "the trust" for "Rovers Supporters' Trust": the one body named in full whose name ends with the noun
            ending = [n for n in self.organisation_names if " " in n and n.rsplit(" ", 1)[1] == head.capitalize()]
            return ending[0] if len(ending) == 1 else None
        self.introduced_heads.setdefault(name, head)
        return name

    def named_with(self, noun: str) -> str | None:
        """The one body the article named with ``noun`` as a word of its name: "port" -> "Port of Grellin"."""
        word = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
        names = {
            _ARTICLE.sub("", n) for n in (*self.organisation_names, *self.introduced_organisations) if word.search(n)
        }
        if not names:
            # "prices on the Vell Power Exchange ..., exchange data show": a name that would do for a person's, ending
            # with the noun, in the sentence or named before
            head = " " + noun.capitalize()
            named = [e.group(0) for e in ENTITY.finditer(self.sentence)] if head in self.sentence else []
            names = {n for n in (*named, self.full_names.get(noun.lower(), "")) if n.endswith(head)}
        return names.pop() if len(names) == 1 else None

    def body_spoken_for(self, *, known_only: bool = False) -> str | None:
        """
        The body the sentence being read is about, whose spokesperson speaks in it: the organisation it opens with
        as its subject ("Fennair will hire", "OstroCargo employs") or as the owner of its subject ("Its own estimate
        of the cost is"), or None. ``known_only`` leaves out a name opening the sentence that is not known as a
        body's ("Fees fell to 0.2 per cent, the report showed" is not Fees's report).
        """
        text = DATELINE.sub("", self.sentence)
        if re.match(r"\W*(?:Its|It)\s", text):
            return name_of("it", self)[0]
        body = self.opening_body()
        if body is not None or known_only:
            return body
        verb = _FIRST_VERB.search(text)
        opening = text[: verb.start()].strip() if verb else ""
        if not ENTITY.fullmatch(opening) or _looks_like_person(strip_titles(opening)):
            return None
        name = self.resolve(opening)
        return None if _looks_like_person(name) or name.lower() in NOT_NAMES else name

    def _sentence_before(self, within: int) -> str | None:
        """
        The last sentence of the paragraph before the one being read, from the paragraph's last ``within`` characters
        (a bound, so a long paragraph is never split whole); None when the sentence being read opens its paragraph.
        """
        before = self.paragraph_before[-within:].rstrip()
        spans = split_sentences(before) if before else []
        return before[spans[-1][0] : spans[-1][1]] if spans else None

    def _reading(self, sentence: str, reader: Callable[[], T]) -> T:
        """What ``reader`` finds with ``sentence`` as the sentence being read, the one being read restored after."""
        reading = self.sentence
        try:
            self.sentence = sentence
            return reader()
        finally:
            self.sentence = reading

    def body_of_sentence_before(self) -> str | None:
        """
        The body a known name opens the sentence before the one being read with, in its paragraph, as its subject
        ("The ministry has offered 1.6 million ..."), or None.
        """
        last = self._sentence_before(400)
        if last is None:
            return None
        body = self._reading(last, lambda: self.body_spoken_for(known_only=True))
        if body is None or _looks_like_person(body):
            return None
        if body[:1].islower():
            # "The ministry rejected that. A spokeswoman said": the one body of that kind the article named, by name, in
            # lower case by what it does ("the agriculture ministry") or by its place ("Fallowmere council"); a body
            # known only by a description ("the borough council") leaves the spokeswoman as described
            named = self.named_body_of_kind(body.split()[-1])
            opening = _first_clause_subject(last) if named is None else None
            of_what = _KIND_OF_WHAT.fullmatch(_PLAIN_DROP.sub("", opening)) if opening else None
            # but a kind with what it is of ("The ministry of health and care disputed that") names which one it is,
            # in lower case as in capitals
            return of_what.group(0) if of_what is not None else named
        return body

    def name_opening_sentence_before(self) -> str | None:
        """
        The name the sentence before the one being read, in its paragraph, opens with as its subject or as the owner
        of its subject ("Skyvane's stand is the busiest in the hall"), when the page may mean a body by it
        (_may_be_named_body); None when the sentence being read opens its paragraph.
        """
        last = self._sentence_before(1000)  # a sentence's length at most, never the whole paragraph
        if last is None:
            return None
        owner = _OPENING_OWNER.match(DATELINE.sub("", last))

        def opening_name() -> str | None:
            name = _opening_name_as_body(self)
            if name is None and owner is not None and self.capitalised_inside(owner.group(1)):
                name = owner.group(1)  # "Skyvane's stand": the owner, a name the text writes inside a sentence too
            return name

        name = self._reading(last, opening_name)
        return self.resolve(name) if name is not None and self._may_be_named_body(name) else None

    def _may_be_named_body(self, name: str) -> bool:
        """
        Whether a name the sentence before opens with may be the body "the company" means: no wire, time, place or
        person. findings_speakers43 H1-H3: "Monday's announcement", "January's letter" (a time); "Orvandy's biggest
        bicycle maker", "Harrowmouth has lost three factories" (a place the page puts things in, or its dateline's);
        "Quillon's eight years", "Druce's plan" (a surname the page gave a person in full, or the person a role names);
        a name that reads as a person's counts only where the page treats it as a body ("Maria Lind runs the village
        cafe and wants to double its seats": the cafe's "its").
        """
        words = name.split()
        if name in self.wires or name.lower() in NOT_NAMES or words[0].lower() in NOT_NAME_OPENERS:
            return False
        if any(word.lower().strip(".,") in NOT_NAMES for word in words) or self.names_place(name):
            return False
        full = self.resolve(name)
        if full in self.roles.values() or name in self.roles.values():
            return False  # "the chief executive, Ansel Druce" ... "Druce's plan"
        if self.is_organisation(full) or self.reads_as_body(full):
            return True
        # "Quillon" for "Marta Quillon": the full name the page gave decides, not the surname alone
        return not _looks_like_person(full)

    def names_place(self, name: str) -> bool:
        """
        Whether the page treats a name as a place's: a place word opens it ("Port Rell"), it stands in the page's
        dateline ("HARROWMOUTH - "), or the text puts something in, near or across it ("sales in Orvandy"); not "at"
        it, as jobs and prices are "at Skyvane".
        """
        if name not in self._place_names:
            dateline = rf"(?:^|\n)\W*{re.escape(name.upper())}{_PLACE_DATELINE_AFTER}"
            placed = rf"\b(?:in|near|around|across|outside|throughout)\s+{re.escape(name)}\b(?!['’])"
            self._place_names[name] = (
                name.split()[0].lower() in PLACE_WORDS
                or re.search(dateline, self._text) is not None
                or re.search(placed, self._text) is not None
            )
        return self._place_names[name]

    def most_quoted_body(self) -> str | None:
        """The organisation the article has quoted most, the later of two quoted as often."""
        bodies = {n: c for n, c in self.speaking_organisations.items() if looks_like_body(n) or " " in n}
        return max(reversed(list(bodies)), key=bodies.__getitem__) if bodies else None

    def made_here(self, noun: str) -> str | None:
        """The maker the sentence being read gives the document it names: "The survey, carried out by the ...,"."""
        made = MADE_BY.search(self.sentence) if " by " in self.sentence else None
        if made is None or made.group("noun").removesuffix("s") != noun.removesuffix("s"):
            return None
        name, anonymous = name_of(made.group("owner"), self)
        return name if name and not anonymous else None

    def body_by_head(self, head: str) -> str | None:
        """
        The one body the article named whose name has ``head`` as a word: "the association" for "Banking Association
        of Ostreval", "Police" for "Orvane Police", named before or in the sentence being read; a bare kind of body
        names no actor an editor would accept.
        """
        word = head.capitalize()
        known = self.bodies_named()
        if word in self.sentence:  # "Testers from the Halvanian Anti-Doping Agency (HADA) ..., the agency said"
            known.update(self.resolve(_ARTICLE.sub("", n)) for n in self.sentence_organisations())
        return _one_body({n for n in known if word in n.split()})

    def named_body_of_kind(self, head: str) -> str | None:
        """
        The one body of kind ``head`` the article named: by a name ending in it ("Orvane Police"), in lower case by
        what it does ("the agriculture ministry") or by its place ("Fallowmere council"). The one place both "A
        spokeswoman said" after "The council rejected that" and "a council spokeswoman" look it up.
        """
        return self.body_by_head(head) or self.lower_body(head) or self.body_by_place(head)

    def body_by_place(self, head: str) -> str | None:
        """
        The one body the article named before by its place and, in lower case, its kind: "Fallowmere council" or
        "Norrick city council" for "a council spokeswoman"; None for none or two. The place is a name the text
        writes inside a sentence too, not a word that only opens one ("The council", "Several council officers"), nor
        one that opens a determiner phrase ("My council tax").
        """
        end = self._start_of(self.sentence) if self.sentence else -1  # the text before the sentence
        if end > self._places_read:
            # only the text not read yet: a page's every "a council spokesman" would scan all of it before
            for m in PLACE_NAMED_BODY.finditer(self._text, self._places_read, end):
                self._place_bodies[m.start()] = (m.end(), m.group("body"), m.group("place"), m.group("head"))
            self._places_read = end
        named = {
            body
            for stop, body, place, kind in self._place_bodies.values()
            if stop <= end
            and kind == head
            and (opening := place.split()[0]).lower() not in NOT_NAME_OPENERS
            and self.capitalised_inside(opening)
        }
        return named.pop() if len(named) == 1 else None

    def told_of_survey(self) -> bool:
        """Whether the article told of a survey or poll up to the end of the sentence being read."""
        start = self._start_of(self.sentence) if self.sentence else -1
        end = start + len(self.sentence) if start >= 0 else len(self._text)
        return _SURVEY_WORD.search(self._text, 0, end) is not None

    def _start_of(self, sentence: str) -> int:
        """Where ``sentence`` stands in the text: where it was met when it is the one met last, else its first copy."""
        if sentence == self._met and self._met_at >= 0:
            return self._met_at
        return self._text.find(sentence)

    def text_through(self, sentence: str) -> str:
        """The article's text up to the end of ``sentence``; the sentence alone when the text does not hold it."""
        start = self._start_of(sentence)
        return self._text[: start + len(sentence)] if start >= 0 else sentence

    def body_by_word(self, word: str) -> str | None:
        """The one body named in full whose name begins or ends with ``word``: "Corrabel" for "Corrabel Mutual"."""
        return _one_body({n for n in self.bodies_named() if word in (n.split()[0], n.split()[-1])})

    def lower_body(self, head: str) -> str | None:
        """
        The one body of kind ``head`` the article named in lower case, by what it does ("the health ministry"), by its
        longest form ("national statistics office" for "the statistics office" too); the one the sentence being read
        names, if it names one; None for none or two.
        """
        names = self.lower_bodies.get(head, set())
        if head in self.sentence:
            # "The finance ministry cut its estimate ..., the ministry said": the one the sentence itself names
            here = {m.group("body") for m in LOWER_CASE_BODY.finditer(self.sentence) if m.group("head") == head}
            names = here or names
        longest = max(names, key=len, default=None)
        if longest is None or not all(set(n.split()) <= set(longest.split()) for n in names):
            return None
        return longest

    def bodies_named(self) -> set[str]:
        """The bodies the article has named so far, without their article."""
        # introduced_organisations takes a body again each time it is introduced or speaks ("Police said" in each of
        # 800 posts of a live page), so reading the whole list for each sentence made a long page quadratic: its
        # names are read once, the list only ever growing, kept in the order first met (the set built is the same)
        introduced = self.introduced_organisations
        for name in introduced[self._introduced_read :]:
            self._introduced_bodies.setdefault(_ARTICLE.sub("", name))
        self._introduced_read = len(introduced)
        named = {_ARTICLE.sub("", n) for n in self.organisation_names}
        named.update(name for name in self._introduced_bodies)  # one by one, as the comprehension before added them
        named.update(_ARTICLE.sub("", n) for n in self.speaking_organisations)
        return named

    def _named_as_person(self, sentence: str, start: int, name: str) -> bool:
        """
        "Maja Aasen is already out on her boat": a person named in the narrative, not only titled or quoted, is
        whom a "she said" after it means; not a place with a name's form ("landed at Calvetti International").
        """
        return not _NOT_A_PERSON_BEFORE.search(sentence, max(0, start - 12), start) and not any(
            self.is_place(word) for word in name.split()
        )

    def is_place(self, word: str) -> bool:
        """Whether the text puts something in, at, near ... ``word``: "at Carrowmond" is a place, not a body's name."""
        if word not in self._places:
            self._places[word] = (
                re.search(rf"\b(?:in|at|near|around|across|outside)\s+{word}\b", self._text) is not None
            )
        return self._places[word]

    def _common_opening(self, word: str, sentence: str) -> bool:
        """
        "Walkers say ...", "Daily demand": one word with the form of a plural or an adverb, capitalised only as it opens
        the sentence and nowhere inside one, is a common word, no body "the company" may later mean ("Brakmoor said"
        in a short text may be).
        """
        common = _COMMON_FORM.fullmatch(word) is not None
        return common and DATELINE.sub("", sentence).startswith(word) and not self.capitalised_inside(word)

    def capitalised_inside(self, name: str) -> bool:
        """Whether the text writes ``name`` inside a sentence, not only opening one: a name, not a common noun."""
        if name not in self._inside:
            self._inside[name] = re.search(rf"[a-z,]\s+{re.escape(name)}\b", self._text) is not None
        return self._inside[name]

    def reads_as_body(self, name: str) -> bool:
        """
        Whether the page treats a name of two or more words, which may read as a person's, as a body's: it takes it up
        with "which" ("Skerrow Seafoods, which has processed prawns since 1974,"), as no person is; or it shortens it
        to its first word and never to its last ("Brinmoor Minerals" to "Brinmoor"), as a person is shortened to a
        surname ("Desmond Crale" to "Crale").
        """
        words = name.split()
        if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() in NOT_NAME_OPENERS:
            return False
        if name not in self._read_as_body and f"{name}, which " in self._text:
            self._read_as_body[name] = True
        if name not in self._read_as_body:
            first = re.compile(rf"\b{re.escape(words[0])}\b(?!\s+{re.escape(words[1])})")
            # alone: neither the rest of its name after it nor another name before it ("Lorcan Skerrow")
            alone = any(
                _NAME_WORD_BEFORE.search(self._text, max(0, m.start() - 30), m.start()) is None
                for m in first.finditer(self._text)
            )
            last = re.compile(rf"(?<!{re.escape(words[-2])}\s){re.escape(words[-1])}\b")
            # features call ordinary people by a given name ("Ingrid has driven trains since 2019"), so the first
            # word alone says "body" only with a body's word in the name or an "its" in a clause it opens ("Brinmoor
            # has cut its output"); not after a verb of saying, whose "its" is the content's ("Ingrid said its
            # drivers were tired")
            saying = rf"\s+(?:{PLAIN_SAYING})\b"
            rest = r"\s+".join(map(re.escape, words[1:]))
            its = re.compile(rf"\b{re.escape(words[0])}\b(?!{saying})(?!\s+{rest}{saying})[^.;:,\"“”]*?\bits\b")
            body = _looks_like_organisation(name) or its.search(self._text) is not None
            self._read_as_body[name] = alone and body and last.search(self._text) is None
        return self._read_as_body[name]

    def is_organisation(self, name: str) -> bool:
        """A body the article named as one: introduced as a company, already speaking, or named as a body."""
        if name in self.introduced_heads or name in self.speaking_organisations or looks_like_body(name):
            return True
        # "Ferrovane employs ...": the first word of a body the article named in full ("Ferrovane Construction")
        known = (*self.organisation_names, *self.speaking_organisations, *self.introduced_organisations)
        return " " not in name and name[:1].isupper() and any(_ARTICLE.sub("", k).split()[0] == name for k in known)

    def _introduce(self, sentence: str) -> None:
        """The organisations a sentence introduces by what they are: "operator Velloway", "Corrabel, the insurer"."""
        for introduced in INTRODUCED_ORGANISATION.finditer(sentence):
            name = introduced.group("name")
            if _SPEAKS_FOR_BEFORE.search(sentence, 0, introduced.start()) and _looks_like_person(name):
                continue  # "Counsel for the company, Viktor Brandes, said": one who speaks for it, not its name
            if name.lower() not in NOT_NAMES:
                self.introduced_organisations.append(name)
                self.introduced_heads[name] = introduced.group(0).split()[0].rstrip(",").lower()
        for apposed in APPOSED_ORGANISATION.finditer(sentence):
            name = _strip_possessor(apposed.group("name"))
            if name.lower() not in NOT_NAMES and name.split()[0] not in ("The", "A", "An"):
                self.introduced_organisations.append(name)
                self.introduced_heads[name] = apposed.group("head").lower()

    def _introduce_kind(self, sentence: str) -> None:
        """
        The bodies a sentence names and then, in apposition, says what kind they are, by a noun a name often leaves
        unsaid: "Valsby Falcons, the oldest speedway club in Estmarra,", "Norbeck Cycles, the bike maker based in
        Oskeby,"; "the club" or "the company" later means it.
        """
        for apposed in APPOSED_KIND.finditer(sentence):
            name = _strip_possessor(apposed.group("name"))
            if name.lower() not in NOT_NAMES and name.split()[0] not in ("The", "A", "An"):
                noun = apposed.group("head")
                self.introduced_organisations.append(name)
                self.as_body(name, APPOSED_KINDS.get(noun, noun))
                # "the club", "the distillery": the one body so described; not another club described in passing
                # after the page named its own ("Orrin Golf Club said ... It will merge with Kelby Links, a club in
                # the next valley. The club said": Orrin Golf Club)
                self.organisations.setdefault(noun, name)

    def meet(self, sentence: str) -> None:
        """
        A person who opens the sentence as its subject is whom its "he" or "she" means ("Piet Hessan, 58,
        walked a field that he said would give 400 tonnes"), before the sentence is read.
        """
        self.sentence = sentence
        wire = _WIRE_DATELINE.match(sentence) if "(" in sentence[:60] else None
        if wire is not None:
            # "CASTELVAR, Montavia, Feb. 9 (Calder Press) - ...": the agency filing the story, known here, before its
            # first sentence's "the company" is read (learn() comes after), and nowhere else
            self.wires.add(wire.group(1))
        self._met, self._met_at = sentence, self._text.find(sentence, self._met_end) if sentence else -1
        self._met_end = self._met_at + len(sentence) if self._met_at >= 0 else self._met_end
        if GENERIC_ORG_HEAD.search(sentence):  # most sentences name no company: one search spares two
            self._introduce(sentence)
        if APPOSED_KIND_HEAD.search(sentence):  # as few sentences say of a name what kind of body it is
            self._introduce_kind(sentence)
        for kind in KIND_BEFORE_NAME.finditer(sentence):
            # "the shop workers' union Unishop": a body of a kind no "company" is, whatever its name looks like
            self.introduced_heads.setdefault(kind.group("name"), kind.group("head"))
        owner = NAME_WITH_ITS.match(sentence) if " its " in sentence else None
        if owner is not None and " " in owner.group("name") and owner.group("verb") not in STANCE_OF:
            name = owner.group("name")
            common = name.split()[0] in ("The", "A", "An") or name.lower() in NOT_NAMES
            if not common and name not in self.roles.values():
                self.introduced_organisations.append(name)  # "its" is said of no person: a body, however it looks
        role = OPENING_ROLE.match(sentence)
        if role and role.group(1).lower() in self.roles:
            person = self.roles[role.group(1).lower()]  # "The judge sided with the authority. ... he said"
            self.named_since_speaker = self.named_since_speaker or self.last_person != person
            self.last_person = person
        pronoun = PERSON_SUBJECT.search(sentence)
        if pronoun and self.roles:
            # "A note from the coroner: 41 had died, she said": the role named before the pronoun is its antecedent
            named = [(m.end(), person) for key, person in self.roles.items() for m in _role_mentions(key, sentence)]
            named = [(end, person) for end, person in named if end <= pronoun.start()]
            if named:
                self.last_person = max(named)[1]
        if _OPENS_QUOTATION.match(sentence):
            return  # '"Mr Hollis lent him money ...," he said': whom a quotation opens with is talked about
        for opening in (OPENING_PERSON.match(sentence), OPENING_APPOSITION.match(sentence)):
            if opening is not None and VOCATIVE_AFTER.match(sentence, opening.end()):
                continue  # '"Madam Speaker, I want to begin": whom the speaker addresses, not who speaks'
            before = sentence[: opening.start(1)].strip(" ,") if opening is not None else ""
            if opening is not None and _TITLED_DOCUMENT.search(before):
                continue  # "Her 1996 report, Empty Desks, predicted": a title, no person
            if opening is not None and _ANY_DOCUMENT.match(_IN_DOCUMENT.sub("", before, count=1)):
                continue  # "In a memoir, Long Shifts, he wrote": the title names no one the pronoun points to
            # "Lorna Fiske's son has been absent": the owner is the person the paragraph is about
            name = re.sub(r"['’]s$", "", strip_titles(opening.group(1))) if opening else ""
            # "Professor Kasimir Ulland of the University of Norrvik, who ...": the person, not where they work
            name = _POSTMODIFIER.sub("", name) if " of " in name else name
            if _looks_like_person(name):
                break
            if " " in self.full_names.get(name.lower(), ""):  # "Moorhouse called that ..., she said"
                name = self.full_names[name.lower()]
                break
        else:
            return
        self.full_names.setdefault(name.split()[-1].lower(), name)
        self.named_since_speaker = self.named_since_speaker or self.last_person != name
        self.last_person = name

    def resolve(self, name: str) -> str:
        name = strip_titles(name.strip(" ,.;:"))
        acronym = _ACRONYM_AFTER.search(name) if ")" in name else None
        if acronym:
            return _strip_possessor(acronym.group(1))
        return self.full_names.get(name.lower()) or self._the_named(name.lower()) or name

    def _the_named(self, head: str) -> str | None:
        """The body the article named with "the" and ``head`` ends ("The Ardle Symphony Orchestra"), or None."""
        named = self.organisations.get(head)
        return named if named is not None and self.introduced_heads.get(named) == head else None


@dataclass(frozen=True)
class Report:
    """One reporting clause: where its cue stands, its source as written, its stance."""

    position: int
    subject: str | None
    stance: str
    negated: bool = False
    postposed: bool = False  # "..., the minister said." after what it reports
    end: int = 0
    subject_start: int = -1  # where the source stands before its cue, when it does
    object_before: bool = False  # "..., a figure the opposition disputes": the figure disputed comes first
    of_figure: bool = False  # "the 3,100 reported by the statistics office": a participle modifying the figure
    relative: bool = False  # "..., which said": a relative clause's report, of what follows its cue only
    # "put the figure lower", "did not accept that figure": its stance is of the figure its object names, not of one
    # in a clause after it ("..., saying that only 140 posts would go")
    object_figure: bool = False


@dataclass(frozen=True)
class Speaker:
    name: str | None
    stance: str = "asserts"
    via: str | None = None
    anonymous: bool = False


NOBODY = Speaker(None)
# Bodies a trading name often leaves unsaid ("Brackenford United" is a club): "the club" may mean it
NAMED_BY_KIND = {
    "club", "school", "hospital", "museum", "trust", "charity", "university", "college", "foundation", "festival",
}  # fmt: skip
# those of them ORG_HEADS lacks, as a bare source: "the festival said" ("The Merrow Gathering" is a festival)
_BARE_KINDS = sorted(kind for kind in NAMED_BY_KIND if not ORG_HEAD_WORD.fullmatch(kind))
_BARE_NAMED_KIND = re.compile(rf"[Tt]he\s+({'|'.join(_BARE_KINDS)})")
# "the company" may be any organisation named before; "the hospital" only one the article called a hospital.
GENERIC_ORG_HEADS = {
    "company", "firm", "airline", "carrier", "operator", "group", "contractor", "consortium", "insurer", "lender",
    "utility", "organisation", "organization", "corporation", "network", "alliance", "coalition", "chain", "retailer",
    "supermarket", "manufacturer", "carmaker", "producer", "developer", "supplier", "exporter", "shipbuilder", "grocer",
    "broadcaster",
}  # fmt: skip
SPECIFIC_HEADS = {w for w in ORG_WORDS if re.fullmatch(ORG_HEADS, w) and w not in GENERIC_ORG_HEADS}
GENERIC_ORG_HEAD = re.compile(rf"\b(?:{'|'.join(sorted(GENERIC_ORG_HEADS))})\b")
# What "the company" may call a business introduced by a narrower noun ("Corrabel Mutual, the largest insurer")
COMMERCIAL_HEADS = {
    "company", "firm", "operator", "contractor", "insurer", "lender", "airline", "carrier", "utility", "chain",
    "retailer", "supermarket", "manufacturer", "carmaker", "producer", "developer", "supplier", "exporter",
    "shipbuilder", "grocer",
}  # fmt: skip

# The nouns that may take up any business, however the page introduced it ("Corrabel Mutual, the insurer" is "the
# company"); a narrower one ("the operator", "the airline") takes up only a body introduced as that kind
ANY_BUSINESS_HEADS = {"company", "firm"}
# A place of work named by its -ery, a business: "distillery", "brewery", "bakery"; by a closed list, as many a word
# in -ery names no business ("gallery", "surgery", "cemetery", "battery", "delivery", "robbery")
PLACE_OF_TRADE = re.compile(
    r"(?:brew|distill|bak|cream|win|cid|fish|tann|pott|join|refin|cann|hatch|roast|eat|butch|confection|perfum)ery"
)


def is_commercial(head: str | None) -> bool:
    """Whether a body introduced as ``head`` is a business "the company" may mean: an insurer, a distillery."""
    return head is not None and (head in COMMERCIAL_HEADS or PLACE_OF_TRADE.fullmatch(head) is not None)


# The form of a plural noun or an adverb: "Walkers", "Residents", "Daily"
# One capitalised word opening a sentence as its subject, before a verb in lower case: "Halvane will invest"
_SHORT_NAME_OPENING = re.compile(r"\W*([A-Z][a-z]{2,})\s+(?:will|has|had|is|was|would|plans|says|said|[a-z]+ed)\b")
_COMMON_FORM = re.compile(r"[A-Z][a-z]+(?:[^s]s|ly)")
# A body's name of up to four capitalised words, "&" joining two of them as in "Hartwell & Lyle"
_ORG_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:&\s+)?[A-Z][\w'’.-]*){0,3}"
# "Corrabel Mutual, the largest home and motor insurer in Tessary,": a name and, in apposition, what it is
APPOSED_ORGANISATION = re.compile(
    # "Fennick Stores, Harlund's second-largest grocer": a possessor as the determiner
    rf"(?P<name>{_ORG_NAME}),\s+(?:the|a|an|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){{0,5}}?"
    rf"(?P<head>{'|'.join(sorted(GENERIC_ORG_HEADS))})\b"
    # "... will fall in Ardmere, the company said": a reporting clause closing the sentence, whose subject takes up a
    # body named before; no apposition to the name its comma follows
    rf"(?!\s+(?:(?:has|had|have|also|later|then)\s+)?(?:{'|'.join(sorted(STANCE_OF))})\b)"
)
# The kinds of body that are a body's own organ, through which it acts: "the board" of a company or a trust
BODYS_ORGANS = {"board"}
# The kinds of body an apposition may name that a name often leaves unsaid, and the kind "the ..." later takes up by:
# a club, a school, a charity (NAMED_BY_KIND), and a business by what it makes ("the bike maker" is "the company");
# a place of work by its -ery (PLACE_OF_TRADE: "the family-owned distillery") is "the distillery" and "the company"
APPOSED_KINDS = {kind: kind for kind in NAMED_BY_KIND} | {"maker": "company", "makers": "company"}
_APPOSED_HEAD = rf"{'|'.join(sorted(APPOSED_KINDS))}|{PLACE_OF_TRADE.pattern}"
APPOSED_KIND_HEAD = re.compile(rf"\b(?:{_APPOSED_HEAD})\b")
# "Valsby Falcons, the oldest speedway club in Estmarra,": a name, then in apposition a description the kind ends,
# with no function word inside it (not "Piet Aldovar, the owner of the club") and nothing after it but a comma, a
# full stop or a modifier of place or of what it does (not "Marit Oyelund, the club chairman")
APPOSED_KIND = re.compile(
    rf"(?P<name>{_ORG_NAME}),\s+(?:the|an?)\s+"
    r"(?:(?!(?:of|in|at|for|to|and|or|with|who|whose|by|on)\s)[\w'’-]+\s+){0,4}?"
    rf"(?P<head>{_APPOSED_HEAD})"
    r"(?=[,.;]|\s+(?:in|of|on|at|by|beside|outside|from|for|with|based|near|that|which)\b)"
)
_SPEAKS_FOR_BEFORE = re.compile(r"\bfor\s+(?:the|its|their)\s+$")  # "Counsel for the company, Viktor Brandes"
INTRODUCED_ORGANISATION = re.compile(
    rf"\b(?:{'|'.join(sorted(GENERIC_ORG_HEADS))})"
    # "For the company, Viktor Alm said": a name after the comma that opens a reporting clause is its subject, who
    # speaks for the company, not the company's name
    rf"(?:,\s+(?!{_ORG_NAME}\s+(?:(?:has|had|have|also|then)\s+)?(?:{'|'.join(sorted(STANCE_OF))})\b)|\s+)"
    rf"(?P<name>{_ORG_NAME})(?=[,.;:]|\s+[a-z])"
)
# A name opening the sentence, set off by what it is or does, as the subject of a clause that gives it "its", which no
# person has: "Halvec Therapeutics, which makes the drug, raised its estimate", "Greyweir Spirits, the family-owned
# distillery, has applied to build a visitor centre beside its warehouses" (not a verb of saying, whose "its" is the
# content's). What sets it off says it is a body: a clause of what it does, or a body's kind, or a place of work by
# its -ery ("distillery", "brewery"); not a person's role ("Anna Berg, a local farmer, sold its barley", "Mara Lind,
# the chief executive of the company, defended its pay policy")
_BODY_APPOSITION = (
    r"(?:which|that)\s[^;:\"“”]{1,150}?"
    r"|(?:the|a|an)\s+(?:(?!(?:of|in|at|for|to)\s)[\w'’-]+\s+){0,4}?"
    rf"(?:{ORG_HEADS}|[a-z]+ery)(?=,|\s+(?:in|of|on|at|from|for|with|based|near)\s)[^;:\"“”]{{0,100}}?"
)
NAME_WITH_ITS = re.compile(
    rf"\W*(?P<name>{_ORG_NAME}),\s+(?:{_BODY_APPOSITION}),\s+"
    r"(?:(?:has|had|have|also|now|will|would)\s+)*(?P<verb>[a-z]+)\s[^;:.\"“”]{0,100}?\bits\b"
)
# A name after the kind of body it is, a kind that is no business: "the shop workers' union Unishop"
KIND_BEFORE_NAME = re.compile(
    rf"\b(?P<head>union|association|federation|society|charity|party|institute|regulator|watchdog)(?:,\s+|\s+)"
    rf"(?P<name>{_ORG_NAME})(?=[,.;:]|\s+[a-z])"
)
LISTENER_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(LISTENER_VERBS)) + r")\s+(?:the\s+)?$")
_NOUN_USE = re.compile(
    r"(?:\b(?:a|an|the|this|these|those|whose|any|no|on|in|at|of|for|from|with|into)|['’]s|"
    r"\b(?:its|his|her|their|our)(?:\s+[a-z]+)?|"
    # "its Hollow Bank project": a name as the modifier of the possessed noun
    r"\b(?:its|his|her|their|our)(?-i:(?:\s+[A-Z][\w'’-]*){2,3})|"
    r"\b(?:a|an|the)\s+(?:original|latest|new|initial|earlier|previous|own|revised|first|final|"
    r"preliminary|morning|updated|independent|separate|rough|conservative|upper|lower))\s+$",
    re.I,
)
_CLAUSE_BOUNDARY = re.compile(
    r"(?:^|[.;:!?][\"”’]?\s+|[\"“”]\s*|,’\s*|’,\s*|\s[—–]\s|\s--\s|\)\s+[—–-]+\s+|"
    r"\bthat\s+(?=(?:(?:the|a|an|he|she|they|it|its|his|her|their|we|two|three|"
    rf"several|some|many|{ANONYMOUS_HEADS})\b|[A-Z]|\d))|"
    r"\b(?:while|but|whereas|because|although|though|when|after|if|where)\s+|"
    # "When the county council announced last week that ...": a subordinate clause opening the sentence
    r"^\W*(?:While|Whereas|Because|Although|Though|When|After|Once|Since|As|If)\s+(?=(?:the|a|an|[A-Z]))|"
    r"\band\s+(?=(?:the|a|an|he|she|they|it|its|his|her|their|we)\b))"
)
_PREPOSITION_START = re.compile(
    r"^(?:in|on|at|after|before|during|for|from|with|by|as|since|under|over|to|of|into|about|without|"
    r"against|among|through|despite|following|according|earlier|later|meanwhile|also|however|yesterday|today|"
    r"up|down|instead|while|when|where|what|there|here|this|that|these|those|including|such|like)\b",
    re.IGNORECASE,
)
_OBJECT_THEN_COLON = re.compile(
    r"\s+(?:its|their|the|a|an)\s+[^.;:,“”\"]{0,60}?(?:figures?|data|results?|count|estimate)\b[^.;:,]{0,30}:\s"
)
_REPORTER_CONTACT = re.compile(
    r"\s+(?:that\s+|whom\s+)?(?:we|I)\s+(?:have\s+|had\s+|['’]ve\s+)?(?:spoke|spoken|talked)\s+(?:to|with)$"
    r"|\s+(?:we|I)\s+(?:have\s+|had\s+|['’]ve\s+)?interviewed$"
)
_COMPARED_QUANTITY = re.compile(r"\b(?:with|of|for|in)\s+(?:more|less|fewer)\s+than\b")
_CLAUSE_WORDS = re.compile(
    r"\b(?:is|are|was|were|be|been|being|had|has|have|will|would|could|can|may|might|should|must|did|do|does|"
    r"not|which|who|whom|whose|that|then|than|if|because|while)\b"
)
_ADJECTIVE_ED = {
    "senior", "unnamed", "unidentified", "retired", "elected", "informed", "concerned", "affected", "displaced",
    "armed", "united", "appointed", "designated", "qualified", "licensed", "registered", "independent", "detained",
    "injured", "striking", "leading", "ruling", "governing", "opposing", "acting", "visiting", "outgoing", "incoming",
    "neighbouring", "neighboring", "organised", "organized", "accredited", "disgruntled",
}  # fmt: skip
# a person's full name before the body they belong to: "Ingvild Hauge of the Greens"
_OF_THE_BODY = re.compile(r"([A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+of\s+the\s+[A-Z]")
_POSTMODIFIER = re.compile(
    r"\s+(?:familiar with|with (?:direct |first-hand )?knowledge of|briefed on|close to|involved in|aware of|"
    r"at|for|from|in|of|with|on)\s+\S.*$"
)
# What may follow a cue that closes its sentence: "..., the minister said on Monday.", "..., she told reporters."
# A phrase of place, time or medium that opens a sentence before its subject, with no clause of its own
_OPENING_ADVERBIAL = re.compile(
    r"\W*(?:In|At|On|For|From|After|Before|During|Since|Under|Later|Earlier|Separately|Meanwhile|However|Yesterday|"
    r"Today)\b(?!\s+(?:least|most|first|last)\b)[^,;:.\"“”\d]{0,50},\s*"
)
_SHORT_TAIL = re.compile(r"(?:\s+[^\s,.;:“\"]+){0,6}?\s*(?:[.!?;]\s*[”\"’]?\s*$|,)")
# The cues news writing inverts ("..., said Ana Belic"); "X, a spokesman, disputed ..." is an apposition.
INVERSION_VERBS = {
    "said", "says", "added", "adds", "wrote", "writes", "noted", "explained", "continued", "recalled", "replied",
    "asked", "insisted", "warned", "argued", "observed", "remarked", "stated", "tweeted", "posted",
}  # fmt: skip
# "the deepest, which the board rejected, would have cut": the relative pronoun is the object of the verb,
# whose subject stands between them; what it rejects stands before
OBJECT_RELATIVE = re.compile(r",\s*(?:which|whom)\s+(?P<subject>(?:the|its|their|[A-Z])[^,]{0,60}?)\s+$")
_ANTECEDENT_FIGURE = re.compile(r"\d[^,;:]*$")  # "the 2,000 estimate, which the union disputes"
DISPUTED_BEFORE = re.compile(
    r",\s*(?:a|the|which|that)\s+(?:[a-z]+\s+)?(?:figure|number|estimate|claim|count|toll|total|tally|account|"
    r"assertion|allegation)s?\s+(?:that\s+|which\s+)?(?P<subject>[^,]+?)\s+(?:has\s+|have\s+|had\s+)?"
    # "a figure the department says it cannot verify": the department, not "the department says it"
    r"(?:(?:says|said)\s+(?:it|they|he|she)\s+)?"
    r"(?:(?:did|does|do|has|have|had|would|could)\s+not\s+|(?:did|does|do|has|have|had|ca)n['’]t\s+|cannot\s+)?"
    r"(?:\w+ly\s+)?$"
)
_NP_START = re.compile(r"(?:[A-Z]|(?:the|a|an|one|two|three|several|its|his|her|their)\s)")
_IRREGULAR_PAST = {"said", "told", "wrote", "found", "thought", "forecast", "says", "tells", "writes"}
_DETERMINERS = SPEAKER_DETERMINERS
_FUNCTION_WORDS = {"and", "but", "or", "so", "yet", "then", "most", "many", "some", "none", "all", "which", "who"}
_VERB_CONTINUATION = _DETERMINERS | {
    "home", "to", "from", "in", "on", "at", "away", "back", "out", "up", "down", "into", "through", "with", "for",
}  # fmt: skip
_HANDED_OVER = {"released", "given", "supplied", "provided", "sent", "passed", "disclosed", "leaked"}
_REDUCED_RELATIVE = {"in", "on", "by", "at", "last", "this", "earlier", "alongside", "with", "since"}
_PLAIN_DROP = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


# What follows a cue's -s form when it is a plural noun: the end of a clause, or a verb of its own.
# a finite verb right after the -s form makes it a plural noun, the verb's subject: "flood claims cost insurers",
# "Insurance claims rose to 1.6 billion" (a verb of saying takes a clause or an object, never a verb, after it)
# "..., he adds.", "..., she notes.": a personal pronoun is no determiner, the -s word after it its verb
_SINGULAR_PRONOUN_BEFORE = re.compile(r"(?:^|[,;:”\"’]\s*|\s)(?:[Hh]e|[Ss]he)\s+$")
PLURAL_NOUN_AFTER = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:began|begin|were|are|have|had|show|showed|suggest|suggested|from|of|for|and|or|by|"
    r"cost|rose|fell|grew|jumped|dropped|climbed|doubled|halved|reached|totalled|totaled|topped|hit|increased|"
    r"decreased|declined|soared|surged|slumped|amounted|remained|remain)\b"
    # "Fraud reports now make up 40 per cent", "Crowd estimates put it at": a plural verb, an adverb perhaps before it
    r"|\s+(?:(?:now|still|also|already)\s+)?(?:make|made|account|accounted|put)\b"
)


# A determiner and one to three singular modifiers before a cue's base or -s form make it a noun
# ("the average state pension", "its most recent report"): a verb there needs a plural subject
# ("the officials say") or a collective one ("the police say").
# "the previous league record", "the Ostermere Marathon course record": names may modify, a common noun comes last
_MODIFIED_NOUN = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his)((?:\s+[A-Z][\w'’-]*){0,3}(?:\s+[a-z][a-z-]*){1,3})\s+$"
)
# adverbs that stand between a subject and its verb, never between a modifier and its noun
_VERB_ADVERBS = {"also", "now", "still", "already", "again", "too", "further", "themselves", "itself"}
_COLLECTIVE = {"police", "people", "public", "media", "military", "staff", "government", "majority", "clergy"}


# Conjecture and commissive verbs before a to-infinitive state a plan ("expected to borrow"), not a report.
INTENTION_FORMS = forms("expect project promise propose predict")


# "The average " before a participle and " claim was" after it: the participle modifies the noun of the subject
_DETERMINER_AND_MODIFIER = re.compile(r"(?:^|[,;:]\s*)(?:The|the|An?|an?|Each|each|Every|every)\s+([a-z]+)\s+$")
_NOUN_THEN_VERB = re.compile(r"\s+[a-z]+\s+(?:was|were|is|are|has|had|will|would)\b")


def _attributive_participle(before: str, cue: str, after: str) -> bool:
    """
    A past participle between a determiner's modifier and a noun with a verb of its own ("The average rejected
    claim was worth"): an adjective. Not when the word before is a body, a title or an unnamed source, which is
    the subject of the verb ("The company reported sales were up").
    """
    if not cue.endswith("ed") or not _NOUN_THEN_VERB.match(after):
        return False
    modifier = _DETERMINER_AND_MODIFIER.search(before)
    if modifier is None:
        return False
    word = modifier.group(1)
    return word not in ORG_WORDS and word not in TITLES and not _ANONYMOUS_HEAD.fullmatch(word)


def _noun_after_modifiers(before: str, cue: str, after: str) -> bool:
    if cue.endswith(("ed", "ing")) or cue in _IRREGULAR_PAST or " " in cue:
        return False
    if re.match(r"\s+(?:was|is|has|had|were|are|of|for|from|by)\b", after) and not cue.endswith("s"):
        return True  # "the previous league record was", "a report to parliament"
    modifiers = _MODIFIED_NOUN.search(before)
    if modifiers is None:
        return False
    words = modifiers.group(1).split()
    if words[-1] in _VERB_ADVERBS or RELATIVE.fullmatch(modifiers.group(0).rstrip()):
        # "The figures also show", "the data now show": an adverb stands before a verb, not a noun; so does a time
        # phrase ("Police figures out this week show")
        return False
    if cue.endswith("s") and cue != "says":
        return False  # "the ministry estimates that": a verb after a singular subject
    last = words[-1]
    plural = (last.endswith("s") and not last.endswith(("ss", "us", "is"))) or last in _COLLECTIVE
    if _plural_head_before(before[: modifiers.start()]):
        return False  # "People close to the council say", "Officials at the ministry say": the verb of a plural head
    return not plural and not any(w in _CLAUSE_VERBS for w in words)


def _head_of_subject(before: str, cue: str, after: str) -> bool:
    """
    "The avalanche warning for the range had stood", "the average forecast for job losses among them was": a cue in
    -ing or an unmarked past after a determiner, whose prepositional phrase runs on to the clause's finite verb, is
    the noun heading its subject (not "The council warned for years that the bridge was unsafe"); so is a cue in -ing
    that the finite verb follows at once ("an amber warning was in force").
    """
    if not (cue.endswith("ing") or cue in _IRREGULAR_PAST) or " " in cue:
        return False
    if not _DETERMINER_BEFORE.search(before):
        return False
    if cue.endswith("ing") and _FINITE_VERB_NEXT.match(after):
        return True  # "when only an amber warning was in force": the noun, its clause's verb right after it
    phrase = _PHRASE_THEN_VERB.match(after)
    # "the fire service said on Friday it had used": a clause of its own, with its own subject, follows the verb
    return phrase is not None and not _CLAUSE_INSIDE.search(phrase.group(0))


_CLAUSE_INSIDE = re.compile(r"\b(?:that|it|he|she|they|we|I|who|which)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+){0,2}$")
# The noun a cue in -ing modifies, then the clause's finite verb: "The flood warning level is", "the reporting period
# was"
_COMPOUND_HEAD_THEN_VERB = re.compile(
    r"\s+(?!that\b|it\b|its\b|the\b|a\b|an\b|of\b|on\b|in\b|for\b|to\b)[a-z]{3,}\s+"
    r"(?:is|was|are|were|has|had|have|stands|stood|remains|remained)\b"
)
_FINITE_VERB_NEXT = re.compile(r"\s+(?:was|were|is|are|had|has|have|stood|remained)\b")
_PHRASE_THEN_VERB = re.compile(
    r"\s+(?:for|of|on|in|from|over)\s+[^,;:.()\"“”]{1,60}?\s+(?:was|were|is|are|had|has|have|stood|remained)\b"
)


# A plural head with a prepositional post-modifier ends just before the determiner: "People close to",
# "Officials at", "Residents of".
_PLURAL_HEAD_PREPOSITION = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|but)\s+)[\"“]?(?:[A-Z][\w'’-]*\s+)?(?P<head>[A-Za-z][a-z'’-]+)\s+"
    r"(?:close to|familiar with|at|in|from|of|for|with|on|near|inside|across)\s+$"
)


def _plural_head_before(text: str) -> bool:
    head = _PLURAL_HEAD_PREPOSITION.search(text)
    if head is None:
        return False
    word = head.group("head").lower()
    return word in _COLLECTIVE or (word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3)


_CLAUSE_VERBS = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does"}
# A past participle right after a common noun and followed, past a few adverbial words, by the finite
# verb of the clause is a reduced relative clause on that noun ("the cases reported each week had
# risen", "half of the jobs counted will be"), not a reporting verb with the noun as its source.
_NOUN_BEFORE_PARTICIPLE = re.compile(r"\b(?![A-Z])(?P<noun>[a-z][a-z-]{2,})\s+$")
_FINITE_AFTER_PARTICIPLE = re.compile(
    r"(?:\s+(?:each|every|a|an|per|this|last|so|far|to|date|in|on|by|at|since|the|its|their|day|week|month|year|"
    r"quarter|daily|weekly|monthly|annually|nationally|officially|there|here|now|nationwide|worldwide|"
    # what the participle says of them: "the number of people reported missing now stands at 212"
    r"missing|dead|killed|injured|hurt|ill|sick|wounded|displaced|homeless|safe)){0,5}\s+"
    r"(?:had|has|have|was|were|is|are|will|would|could|may|might|must|should|rose|fell|remained|remains|stood|stands|"
    r"reached|increased|decreased|doubled|dropped|climbed|jumped|totalled|totaled)\b"
)
# A message and its sender before a participle of saying: "a message from a local farmer, who asked not to be named,
# saying ...", "an email from the agency saying ..."
SENT_FROM = re.compile(
    r"\b(?:message|e-?mail|letter|text|note|statement)s?\s+from\s+"
    r"(?P<sender>(?:an?|the|one)\s+[^,.;:()]{1,60}?|[A-Z][^,.;:()]{1,60}?)"
    r"\s*(?:,\s*(?:who|which)\b[^,.;]*)?,\s*$"
)
# "a fee reported to be", "a sum said to have been": hearsay told by a participle after its noun, with no one saying it
_HEARSAY_PARTICIPLES = {"reported", "said", "believed", "thought", "understood", "rumoured", "rumored", "alleged"}
_NOT_NOUNS = _CLAUSE_VERBS | _FUNCTION_WORDS | _DETERMINERS | {"they", "we", "also", "not", "never", "been", "be"}


_TIME_AFTER_BY = re.compile(
    rf"(?:{WEEKDAY_NAME}|{MONTH_NAME}|"
    r"the\s+(?:end|start|beginning|middle|time|weekend|autumn|spring|summer|winter|deadline|close)\b)"
)
_FIGURE_BEFORE_PARTICIPLE = re.compile(r"\b(?:the|a|an)\s+\d[\d.,]*(?:\s+(?:[a-z-]+|per\s+cent)){0,2}\s+$")
_AGENT_AFTER = re.compile(rf"\s+by\s+((?:the\s+)?(?:[a-z-]+\s+){{0,2}}(?:{ORG_HEADS})\b|{ENTITY_PATTERN})")


# The subject of a relative clause without "that" after a figure: "the company" in "the 145,000 the company had
# reported" (here and in ingest.disputes.SET_AGAINST)
CONTACT_SUBJECT = r"(?P<subject>the\s+(?:[a-z-]+\s+){0,2}?[a-z-]+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
# "the 145,000 the company had reported": a figure and the subject of a relative clause without "that" after it
_CONTACT_RELATIVE_BEFORE = re.compile(
    r"\bthe\s+\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion))?\s+"
    rf"{CONTACT_SUBJECT}\s+(?:had\s+|has\s+|have\s+|first\s+)*$"
)


def _figure_participle_agent(before: str, cue: str, after: str) -> str | None:
    """The agent of a reporting participle that modifies a figure: "the 3,100 reported by the statistics office"."""
    if not cue.endswith("ed") or not _FIGURE_BEFORE_PARTICIPLE.search(before):
        return None
    agent = _AGENT_AFTER.match(after)
    return agent.group(1) if agent else None


# What a listener was told about, after a passive participle of telling: "briefed on the talks", "informed about it"
_TOLD_ABOUT = re.compile(r"\s+(?:on|about)\s+(?:the|its|their|a|an)\s")
# "the finds reported under the new law rose": a prepositional phrase between the participle and its clause's verb
_PHRASE_BEFORE_FINITE = re.compile(
    r"\s+(?:under|within|across|through|during|over|to|in|on|at|from|for)\s+(?!(?:that|it|he|she|they|we|who|which)\b)"
    r"(?:[a-z][\w'’-]*\s+){1,4}?(?:rose|fell|remained|stood|reached|increased|decreased|doubled|dropped|climbed|"
    r"jumped|totalled|totaled|grew|declined|halved|tripled)\b"
)


def _reduced_relative(before: str, cue: str, after: str) -> bool:
    if not (cue.endswith("ed") or cue in ("found", "shown", "written", "forecast")):
        return False
    noun = _NOUN_BEFORE_PARTICIPLE.search(before)
    if noun is None or noun.group("noun") in _NOT_NOUNS or noun.group("noun").endswith("ly"):
        return False
    if _FINITE_AFTER_PARTICIPLE.match(after) is not None:
        return True
    if cue in LISTENER_VERBS and _TOLD_ABOUT.match(after):
        return True  # "officials briefed on the talks said": told, as a listener, about what they then report
    # a verb of change after the phrase needs a subject, which the noun before the participle heads; not when that
    # noun is a body or an unnamed source, who reported it ("the agency reported in May rose" is no English)
    word = noun.group("noun")
    source = word in ORG_WORDS or _ANONYMOUS_HEAD.fullmatch(word) is not None
    return not source and _PHRASE_BEFORE_FINITE.match(after) is not None


# "inspectors found one in four prisoners had ...": a clause without "that", its subject then its finite verb
_BELIEF_FORMS = {"believes", "believe", "believed", "thinks", "think", "thought"}  # a that-less clause may follow
# the clause a belief verb takes without "that", its subject perhaps counted: "as many as 8,000 valuations could"
# (kept apart: a count in the subject of another verb's that-less clause costs a right speaker in the dev sets)
_BELIEVED_CLAUSE = re.compile(r"\s+(?:[\w'’-]+(?:,\d{3})*\s+){1,6}?(?:had|has|have|was|were|is|are|would|could)\s")
_THATLESS_CLAUSE = re.compile(r"\s+(?:[\w'’-]+\s+){1,6}?(?:had|has|have|was|were|is|are|would|could)\s")


_PARENTHETICAL_BEFORE = re.compile(r"\w,\s+(?:the|a|an)\s+(?:[a-z'’-]+\s+){0,3}[a-z'’-]+\s+$")
_CONJUNCTION_COMMA = re.compile(r"\b(?:and|but|or)\s*,\s*$")
# The charges a defendant denies in court ("denies 11 counts of fraud", "denied three charges of bribery"): a plea
# What the intransitive "argue" of a quarrel takes: what it is over or about, whom it is with, after any time it took
_QUARREL_AFTER = re.compile(r"\s+(?:(?:since|for)\s+\S+(?:\s+\S+)?\s+)?(?:over|about|with)\s")
_CHARGES_PLEADED = re.compile(r"\s+(?:all\s+)?(?:\d+|[a-z]+)\s+(?:counts?|charges?)\s+of\b")
# What the intransitive "show" of a thing seen in figures takes: where it shows ("The sanctions show clearly in the
# data", "The strike shows up in the figures"), not what it reports
_SHOWN_IN_FIGURES = re.compile(
    r"\s+(?:(?:up|clearly|plainly|already|most|also)\s+){0,2}in\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?:data|figures|numbers|statistics|results)\b"
)
_DOCUMENT_CUES = {"report", "estimate", "forecast", "count", "survey", "statement", "projection", "review"}
_POSSESSED_MODIFIED = re.compile(r"['’]s\s+(?:own\s+)?[a-z]+\s+$")


_PLACE_BEFORE = re.compile(r"\b(?:of|from|in|at|near)\s+$")
_RELATIVE_VERB_BEFORE = re.compile(r"\b(?:that|which|who)\s+[a-z]{3,}[^s\W]s\s+$")


HAVING_BEFORE = re.compile(r"\bhaving\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


# "has since" (or "have since", a plural body's) before a verb that tells a listener: the time after the story the
# telling came
_SINCE_BEFORE = re.compile(r"(?:(?<=\s(?:has|had))|(?<=\shave))\s+since(?=\s*$)")


# A passive estimate of a value: "..., costed at 180 million", "was estimated at 40,000"; only a verb that values,
# with a figure straight after "at" (not a time): "The union, which opposed it, estimated at the weekend that ..." and
# "Police, who were called, reported at the scene that ..." are active reports whose subject stands before the comma
PASSIVE_VALUED = re.compile(r"(?:,|\b(?:is|are|was|were|be|been|being))\s*$")
VALUING_PARTICIPLES = {"estimated", "costed", "forecasted", "projected", "calculated", "reckoned", "assessed"}
VALUED_AT = re.compile(
    rf"\s+at\s+(?:(?:{PLAIN_HEDGES}|up\s+to|"
    r"at\s+least|close\s+to)\s+)?(?=[$£€¥]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|"
    r"forty|fifty|a\s+(?:hundred|thousand|million|billion))\b)(?!\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m|p\.m|o['’]clock)\b)",
    re.IGNORECASE,
)


# A field's label ending in its participle, "Jobs promised", "Daily crossings expected", with its figure after the colon
# (or its year and a bracket the cue stands in: "Revenue 2026 (expected): 2.6 billion tallers")
# (or after a form's box by its number: "Box 7. Grant claimed this year (crenns): 1,190,400", its time and its unit in
# brackets between the cue and the colon)
FIELD_LABEL_CUE = re.compile(
    rf"^\W*(?:{FORM_BOX_NUMBER}\s+)?[A-Z][\w'-]*(?:\s+(?:[a-z][\w'-]*|\d{{4}})){{0,3}}\s*(?:\(\s*)?$"
)
# a form's box by its number opening a label: "Box 7. Grant claimed this year (crenns): "
FORM_BOX_LABEL = re.compile(rf"^\W*{FORM_BOX_NUMBER}\s+")
FIGURE_AFTER_COLON = re.compile(
    # (past the agent a participle's label may name, "Craters confirmed by the science team: 19,870", or the body it
    # was told to: "Incidents reported to the agency: 23 hose failures")
    r"(?:\s+(?:by|to)\s+(?:the\s+|its\s+|our\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?){0,2}"
    r"(?P<when>\s+(?:this|last|next)\s+(?:year|month|week|quarter|season))?(?:\s+\((?P<bracket>[a-z ]{1,20})\))?"
    rf"\s*\)?\s*:\s+(?:(?:{COLON_FIGURE_HEDGES})\s+)?[$€£]?\d"
)
# a label in which someone speaks: "What we found: 17 of the 44 wells ..."
LABEL_SPEAKS = re.compile(r"\b(?:what|how|who|we|I|they|he|she|you|it|our|my)\b", re.IGNORECASE)
# the verbs that do speak before their colon ("Brandvik said: 140 jobs will come")
SPEECH_BEFORE_COLON = set(PLAIN_SAYING.split("|")) | {"wrote", "writes", "stated", "states"}


def find_reports(sentence: str) -> list[Report]:
    """Every reporting clause of the sentence, in order, with its source as written."""
    reports: list[Report] = []
    for cue_start, cue_end, word in find_cues(sentence):
        lowered = word.lower()
        before = sentence[:cue_start]
        after = sentence[cue_end:]
        if SOURCE_FOLLOWS_CUE.fullmatch(word):
            # "by the reckoning of the Institute": its source after it, as "according to" has it
            reports.append(
                Report(cue_start, _with_description_after(after, _according_to(after)), "asserts", end=cue_end)
            )
            continue
        field_label = FIELD_LABEL_CUE.match(before) and not LABEL_SPEAKS.search(before)
        colon_figure = FIGURE_AFTER_COLON.match(after)
        if colon_figure and (colon_figure.group("when") or colon_figure.group("bracket")):
            # a time or a bracket between the cue and the colon makes a field's label only in a form's numbered box
            # or where the bracket names the unit: "Box 7. Grant claimed this year (crenns): 1,190,400", not "Grant
            # claimed last year: 40 jobs would be cut" nor "Okafor claimed (in court): 40 jobs had been cut"
            bracket = colon_figure.group("bracket") or ""
            unit_bracket = bool(re.fullmatch(r"[a-z]+s|per cent", bracket))
            if not FORM_BOX_LABEL.match(before) and not unit_bracket:
                colon_figure = None
        if field_label and colon_figure and lowered not in SPEECH_BEFORE_COLON:
            # a field's label, "Jobs promised: 140", "Cost estimated: £12 million": its noun is what is counted, no
            # one who speaks (findings_bare38 F1)
            continue
        if lowered in VALUING_PARTICIPLES and PASSIVE_VALUED.search(before) and VALUED_AT.match(after):
            # "A rail link, costed at 180 million, was dropped": a passive participle's subject is the thing valued,
            # no one who values it
            continue
        if HAVING_BEFORE.search(before):
            # "sees the deficit at 3.8 per cent, having forecast 2.9 per cent": a perfect participle has no subject of
            # its own ("having" is none); the main clause's tells who acts
            continue
        if NOT_ACCEPTED.fullmatch(lowered):
            # "The prosecution did not accept that figure", "I don't recognise that figure": its subject disputes
            subject = subject_phrase(before)
            if subject is not None and subject.lower() in SUBJECT_PRONOUNS and reports:
                subject = reports[-1].subject  # "The department said it did not recognise that figure"
            if subject is not None and subject.lower() not in NOT_NAMES:
                reports.append(
                    Report(
                        cue_start,
                        subject,
                        "disputes",
                        end=cue_end,
                        subject_start=before.rfind(subject),
                        object_figure=True,
                    )
                )
            continue
        if PUT_OTHERWISE.fullmatch(lowered):
            # "The operator, OrsRail, put the figure lower": its subject disputes the figure the report's object names
            subject = subject_phrase(before)
            if subject is not None and subject.lower() not in NOT_NAMES:
                verb = cue_start + len(lowered.split()[0])
                reports.append(
                    Report(
                        cue_start,
                        subject,
                        "disputes",
                        end=verb,
                        subject_start=before.rfind(subject),
                        object_figure=True,
                    )
                )
            continue
        if lowered.startswith(("by ", "under ", "in ", "on ")):
            # "By her calculation, the reduction was 2.1 points", "Under the institute's seat projection, ...": the
            # possessor's, as "according to" would give it
            owner = re.match(r"\w+\s+(.+?)['’]s?\s+\S+(?:\s+\S+)?$", word)
            possessor = owner.group(1) if owner else ""
            pronoun = {"his": "he", "her": "she", "its": "it", "their": "they"}
            determiner = word.split()[1].lower()
            # "By our count": the paper's own calculation, as "our analysis found" is
            # "By my arithmetic": a column's writer, whose voice is the paper's as "our" is
            owned = determiner in ("our", "my")
            owner_subject = determiner + " " + word.split()[-1] if owned else pronoun.get(determiner, possessor)
            if owner_subject:
                reports.append(Report(cue_start, owner_subject, "asserts", end=cue_end))
            continue
        # "His ministry estimates that"; "our analysis found", "its figures show": a possessed document before a
        # verb that documents speak by
        verb_of_possessed = bool(POSSESSED_SUBJECT.search(before) and re.match(r"\s+that\b", after)) or bool(
            (lowered in DOCUMENT_VERBS or (lowered.endswith("s") and not PLURAL_NOUN_AFTER.match(after)))
            and POSSESSED_DOCUMENT.search(before)
        )  # "Its report estimates the true list at 790,000": the verb of the document, in its present tense
        figure_agent = _figure_participle_agent(before, lowered, after)
        if figure_agent is not None:
            # "higher than the 774,000 published by the health ministry": the figure's own reduced passive names
            # who gave it
            stance = STANCE_OF.get(lowered, "asserts")
            reports.append(Report(cue_start, figure_agent, stance, end=cue_end, of_figure=True))
            continue
        contact = _CONTACT_RELATIVE_BEFORE.search(before) if lowered.endswith(("ed", "aid")) else None
        if contact is not None:
            # "not the 10,000 the council claimed": a relative clause without "that", of its figure alone
            stance = STANCE_OF.get(lowered, "asserts")
            subject = contact.group("subject")
            reports.append(
                Report(cue_start, subject, stance, end=cue_end, subject_start=contact.start("subject"), of_figure=True)
            )
            continue
        # the words right before the cue, for the patterns that end at it and span a few words
        if (
            _NOUN_USE.search(sentence, max(0, cue_start - 60), cue_start)
            and not lowered.startswith(("put ", "puts "))
            and not verb_of_possessed
            and not (
                lowered in _SPEAKING_VERBS and _POSSESSED_PERSON.search(sentence, max(0, cue_start - 40), cue_start)
            )
        ):
            continue  # "an estimated 14,000", "the union's claim", "its report"; not "His ministry estimates that"
        if lowered in _DOCUMENT_CUES and _POSSESSED_MODIFIED.search(before) and re.match(r"\s*(?:[.,;:)]|$)", after):
            continue  # "according to the bee unit's annual report.": a possessed document, no one reporting
        if _attributive_participle(before, lowered, after):
            continue  # "The average rejected claim was worth 36,800": a participle before its noun, no one rejecting
        if lowered.startswith("claim") and (_CLAIMING_MONEY.match(after) or _ENTITLED_TO_CLAIM.search(before)):
            # "The companies claimed refunds on goods worth 83 million", "drivers can claim a voucher worth 150",
            # "claimed 2.7 million in expenses": claiming money is an act, not saying something
            continue
        if lowered.startswith("conced") and _CONCEDED_IN_PLAY.match(after):
            continue  # "The side conceded 11 league goals all season": goals let in, a side's play, not an admission
        if _noun_after_modifiers(before, lowered, after):
            continue  # "The average state pension", "its most recent report", "the previous league record was"
        if _head_of_subject(before, lowered, after):
            continue  # "The avalanche warning for the range had stood at", "the average forecast for job losses was"
        if _COMPOUND_HEAD_THEN_VERB.match(after) and lowered.endswith("ing") and _DETERMINER_BEFORE.search(before):
            continue  # "The flood warning level is 4.50 metres": an -ing cue modifying the subject's head noun
        closing = _closing_clause(before, after)
        # "heating oil and, the treasury estimates, 6 per cent to the gas bill": a reporting clause set off by commas
        # inside the sentence (PARC's parenthetical attribution), a verb whatever follows it
        parenthetical = after.startswith(",") and _PARENTHETICAL_BEFORE.search(before) is not None
        if (
            lowered.endswith("s")
            and lowered not in ("says", "tells")
            and PLURAL_NOUN_AFTER.match(after)
            and not closing
            and not parenthetical
            and not _SINGULAR_PRONOUN_BEFORE.search(before)
            and not verb_of_possessed  # "Its forecast shows temperatures rising": a possessed document's verb
        ):
            continue  # "since records began", "tax and school records.": a plural noun, not a verb
        if _reduced_relative(before, lowered, after):
            continue  # "the number of new cases reported each week had risen": a participle after its noun
        if lowered.endswith("s") and _RELATIVE_VERB_BEFORE.search(before):
            continue  # "a company that monitors objects in orbit": the object of the relative clause's verb
        if lowered.startswith("relat") and re.match(r"\s+to\b", after):
            continue  # "files relating to 61,000 residents": about them, not a narration
        if lowered.startswith("argu") and _QUARREL_AFTER.match(after):
            continue  # "The two governments have argued since 2023 over the dam": a quarrel, no report of its content
        if lowered.startswith("show") and _SHOWN_IN_FIGURES.match(after):
            continue  # "The sanctions show clearly in the data": a thing seen in the figures, no source of them
        if lowered.startswith("den") and _CHARGES_PLEADED.match(after):
            continue  # "Hollis, of Quay Lane, denies 11 counts of fraud": a plea to the charges, no figure disputed
        if lowered in INTENTION_FORMS and re.match(r"\s+to\s+[a-z]", after) and not OBJECT_RELATIVE.search(before):
            continue  # "Port Calloway expected to borrow $300 million": a plan, not a report
        if lowered in _HEARSAY_PARTICIPLES and re.match(r"\s+to\s+(?:be|have)\b", after):
            noun = _NOUN_BEFORE_PARTICIPLE.search(before)
            if noun is not None and noun.group("noun") not in _NOT_NOUNS:
                # "for a fee reported to be about 250,000 sarns": a reduced passive that names no one who said it
                reports.append(Report(cue_start, None, "asserts", end=cue_end))
                continue
        # "called that figure \"wildly wrong\"": the cue is only found before a word saying the figure is untrue
        stance = "disputes" if lowered == "called" else STANCE_OF.get(lowered, "asserts")
        negated = bool(NEGATION_BEFORE.search(sentence, max(0, cue_start - 60), cue_start))
        progressive = lowered.endswith("ing") and before.endswith("been ")  # "have been telling people that"
        if (
            PASSIVE.search(sentence, max(0, cue_start - 60), cue_start)
            and not re.search(r"\bto\s+be\s+$", before)
            and not progressive
        ):
            agent = re.match(r"\s+by\s+(" + ENTITY_PATTERN + r"|the\s+[a-z]+)", after) or _unnamed_agent(after)
            if agent and _TIME_AFTER_BY.match(agent.group(1)):
                agent = None  # "Another 6 were expected by Friday": a deadline, not an agent
            if agent:
                reports.append(Report(cue_start, agent.group(1), stance, negated, end=cue_end))
            elif not reports:  # "About 200 people were reported missing": nobody said it
                reports.append(Report(cue_start, None, "asserts", end=cue_end))
            continue
        # the clause closes on a comma or a closing mark ('"...," said the minister'); str.rstrip's whitespace is the
        # \\s* a pattern would take, and a suffix test reads the end alone where a search tries every position
        inverted_context = before.rstrip()[-1:] in (",", "”", '"', "’")
        if lowered in WEAK_VERBS and not (
            (inverted_context and lowered in INVERSION_VERBS)
            or closing
            or re.match(r"\s*(?:that\b|:|,?\s*[“\"]|[.!?]?\s*$)|\s+(?:on|in|last|this)\s+\w+\s+that\b", after)
            or _OBJECT_THEN_COLON.match(after)  # "has just published its last turnout figure before polls closed: 48.6"
        ):
            belief = lowered in _BELIEF_FORMS  # "The league believes as many as 8,000 could be wrong": a stance
            subject = subject_phrase(before) if lowered in DOCUMENT_VERBS or belief else None
            if subject is None and verb_of_possessed:
                subject = _possessed_document(before)
            clause = (
                subject is not None
                and (_BELIEVED_CLAUSE.match(after) if belief else _THATLESS_CLAUSE.match(after))
                and (belief or ANONYMOUS_SOURCE.match(subject))
            )
            owned = verb_of_possessed and subject is not None  # "Its forecast shows temperatures rising to 11C"
            if subject is None or not (DOCUMENT_SOURCE.search(subject) or clause or owned):
                continue  # "found 6.2 million residents": no report without a that-clause or a quotation
            if belief and subject is not None and subject.lower() in ("i", "we"):
                continue  # "I think the town would gain 300 jobs": the voice the story gives, not a report
            if belief and subject.lower() in SUBJECT_PRONOUNS and reports and reports[-1].subject:
                subject = reports[-1].subject  # "The agency said that it now believed 310 more had died"
            # "A survey by Nordmeter found 61% of voters ...": a document is the source of what it finds
            reports.append(Report(cue_start, subject, stance, negated, False, cue_end, before.rfind(subject)))
            continue
        if lowered.endswith("ing") and re.search(r",\s*$", before):
            if WRITERS_INFERENCE_PARTICIPLE.fullmatch(lowered):
                continue  # "Shares jumped 11 per cent, suggesting ...": the writer reads the figure, no one reports it
            # "X disputed the figure, saying ...": the participle reports for the clause's subject.
            previous = reports[-1] if reports else None
            subject = previous.subject if previous else _opening_subject(sentence)
            sent = SENT_FROM.search(before)
            if sent:
                # "I have had a message from a council engineer, who ..., saying ...": the message says it, for its
                # sender, not for the one who received it
                subject = sent.group("sender")
            # not the stance of a report on the figure its object names ("put the figure lower, saying only 140 posts
            # would go": 140 is the company's own), nor of one that gainsays what was said before ("rejected that,
            # saying only 3.5 million had arrived", "denied the report, saying 40 had died": its own figure, asserted)
            gainsaid = previous is not None and (previous.object_figure or _gainsaying(previous))
            inherited = previous.stance if previous and not gainsaid else stance
            own = stance if stance != "asserts" else inherited
            reports.append(Report(cue_start, subject, own, negated, end=cue_end))
            continue
        disputing = stance in ("disputes", "denies") or (stance == "confirms" and negated)  # "did not confirm"
        relative = DISPUTED_BEFORE.search(before) if disputing else None
        object_relative = OBJECT_RELATIVE.search(before) if disputing and not relative else None
        if object_relative and not _ANTECEDENT_FIGURE.search(before[: object_relative.start()]):
            continue  # "the deepest, which the board rejected, would have cut": an aside on no figure
        relative = relative or object_relative
        if relative:  # "300 people died, a figure the opposition disputes"
            subject = relative.group("subject")
            start = relative.start("subject")
            reports.append(Report(cue_start, subject, stance, negated, False, cue_end, start, object_before=True))
            continue
        withheld = withheld_source(before) if _NAME_WITHHELD.search(before) else None
        described_at = before.rfind(withheld) if withheld is not None else -1
        if withheld is not None and any(r.position < described_at for r in reports):
            withheld = None  # a source the sentence reported before the description began
        if withheld is not None and not withheld.startswith(subject_phrase(before) or "\0"):
            # "who spoke on condition of anonymity because the trust has told doctors not to discuss staffing said":
            # a cue inside the description reports nothing
            reports.clear()
            # "..., two agency officials who asked not to be named because the matter is sensitive said": a source
            # whose description says its name is withheld, however long, runs up to its verb (where the subject read
            # back from the verb is not its own noun phrase: "Several traders we spoke to, who ..." is "Several
            # traders")
            reports.append(Report(cue_start, withheld, stance, negated, False, cue_end, described_at))
            continue
        # "Officials at the board, who asked not to be named, said ...": the subject stands before its relative
        # clause, and the cue is not inverted
        # "Its president, Urs Kalbermatt, said the season ...": a name in apposition with the subject before it
        apposed = APPOSED_SUBJECT.search(before) is not None or NAME_APPOSED_SUBJECT.match(before) is not None
        inverted = (
            inverted_context and lowered not in LISTENER_VERBS and not SET_OFF_CLAUSE.search(before) and not apposed
        )
        # "..., said Ana Belic": a cue right after the comma has its source after it
        subject = inverted_subject(after) if inverted and re.search(r",\s*[”\"’]?\s*$", before) else None
        if subject is not None and lowered in INVERSION_VERBS and _NP_START.match(subject):
            reports.append(Report(cue_start, _with_description_after(after, subject), stance, negated, True, cue_end))
            continue
        described_person = _DESCRIBED_PERSON.match(before) if not reports and ", " in before else None
        if (
            described_person is not None
            and not SET_OFF_CLAUSE.search(before)
            and _looks_like_person(strip_titles(described_person.group("name")))
        ):
            # "The director Kasimir Lendl, whose debut won the top prize, the Silver Lantern, in 2019, said", "Fintan
            # Ogilvie, elected on Thursday after a campaign fought over the plant, said": a person the sentence opens
            # with, described by a set-off clause of their own up to the verb, is its subject, not a name in the clause
            reports.append(
                Report(cue_start, described_person.group("name"), stance, negated, False, cue_end,
                       described_person.start("name"))
            )  # fmt: skip
            continue
        which_who = "which" in before or "who" in before  # every _RELATIVE_CONTACT and _RELATIVE_PRONOUN_SUBJECT match
        contact = _RELATIVE_CONTACT.search(before) if which_who else None
        antecedent = _RELATIVE_PRONOUN_SUBJECT.search(before) if contact is None and which_who else None
        if antecedent is None and contact is None and lowered in DOCUMENT_VERBS:
            # "It cited a study by Dovrecourt University which found that rents had risen": a restrictive relative
            # on a document its author names
            antecedent = _DOCUMENT_BY_RELATIVE.search(before)
        if antecedent is not None:
            # "follows advice from the marine research council, which said the stock had fallen": the relative
            # pronoun is the subject, standing for the noun before it; the report is of the clause after it only
            subject = antecedent.group("np")
            placed = _PLACE_BEFORE.search(before, 0, antecedent.start("np"))
            if placed and " who" in before[antecedent.end("np") :] and reports and reports[-1].subject:
                # "said Giorgio Abate, a farmer from the village of Sella, who said": "who" is a person, not the
                # place the apposition names; the one the apposition describes
                subject = reports[-1].subject
            reports.append(
                Report(cue_start, subject, stance, negated, False, cue_end, antecedent.start("np"), relative=True)
            )
            continue
        # "a rise in steel prices, which it said had added 31 million": the relative clause's own subject
        subject = contact.group("subject") if contact else subject_phrase(before)
        if (
            subject is None
            and lowered in LISTENER_VERBS | _SPEAKING_VERBS
            and _SINCE_BEFORE.search(before)
            # not one that "has since said nothing about the 1,200": it gave no figure
            and not re.match(r"\s+(?:little|nothing|no\s+more)\b", after)
        ):
            # "The council has since told us the figure is 14 per cent", "That estimate is 10,500, the ministry has
            # since said": what a body told the paper after the story ran, as a readers' editor's correction gives it,
            # is that body's word
            subject = subject_phrase(_SINCE_BEFORE.sub("", before))
        participle = _PARTICIPLE_PRONOUN.fullmatch(subject or "")
        if participle:  # "..., saying it expected the cost to be below 120 million": "it", not "saying it"
            subject = participle.group(1)
        coordinated = subject is None and re.search(r"\b(?:and|but)\s*$", _strip_trailing_filler(before))
        if coordinated and reports:
            # "X said ..., but did not confirm ...": the same subject, standing where it stood
            reports.append(Report(cue_start, reports[-1].subject, stance, negated, False, cue_end))
            continue
        if coordinated:
            # "The club sold 33,400 tickets, and says it expects ...", 'Kessel called that figure "wildly wrong" and
            # said job losses would be fewer than 150': the subject of the sentence's first verb
            opening = _first_clause_subject(sentence, lowered in _SPEAKING_VERBS)
            if opening is None:
                # "Kessel called that figure ... and said": a surname alone opening the sentence, whose second verb
                # of speaking makes it someone who speaks
                alone = _OPENING_SURNAME.match(DATELINE.sub("", sentence))
                opening = alone.group(1) if alone else None
            if opening is not None and opening.lower() not in NOT_NAMES:
                reports.append(Report(cue_start, opening, stance, negated, False, cue_end))
            continue
        preceding_subject = subject is not None
        postposed = False
        if subject is None and inverted:
            subject = _with_description_after(
                after, inverted_subject(after)
            )  # "..., said Mr Dale, the mayor's spokesman."
            postposed = subject is not None
        elif subject is not None:
            start_of_subject = before.rstrip().rfind(subject.split()[0]) if subject.split() else -1
            preceding = before[:start_of_subject] if start_of_subject >= 0 else before
            postposed = (
                bool(re.search(r"[,”\"’]\s*$", preceding) and _SHORT_TAIL.match(after))
                and not apposed
                and not _OPENING_ADVERBIAL.fullmatch(preceding)  # "In a press release, Nordline said the ..."
                and not (parenthetical and _CONJUNCTION_COMMA.search(preceding))  # "and, the treasury estimates,"
            )
        if subject is not None and subject.lower() in NOT_NAMES:
            subject = None
        if subject is not None:
            at = max(before.rfind(subject), 0)
            leading = _CONDITION_OPENING.match(subject)
            prior = None if leading else _CONDITION_BEFORE.search(before[:at])
            conditional = leading or prior
            if conditional and before[: at if prior is None else prior.start()].strip():
                # "..., unless the airline can show the cause was ...", "..., except where the airline can show":
                # what one would have to show for a rule not to apply, not a report
                continue
            if conditional:
                # "Unless the government steps in the union warns that ...": a condition opening the sentence with no
                # comma to end it runs into the real subject, after it
                after_condition = _AFTER_CONDITION.match(subject)
                if after_condition is None:
                    continue
                subject = after_condition.group("name") or after_condition.group("rest")
        if subject is not None and _OBLIGED_BEFORE.search(before):
            continue  # "You must claim within 28 days": what one is obliged to do, not what they say
        if postposed and subject is not None and lowered.endswith("ed") and FIGURE_ENDS.search(subject):
            continue  # ", well up on the 139.10 recorded at Sellick": a participle qualifying a figure reports nothing
        if subject is not None and WRITERS_INFERENCE_PARTICIPLE.match(subject.split()[0]):
            continue  # "..., suggesting some investors doubt the deal": the writer's inference, told of its subject
        if subject is None and lowered in DOCUMENT_VERBS:
            # "A survey carried out for the agency in January found that": the document the sentence opens with
            document = OPENING_DOCUMENT.match(before)
            subject = document.group(1) if document else None
            set_off = _SET_OFF_ADJUNCT.search(before) if subject is None else None
            if set_off is not None:
                # "The co-op's last accounts, for the year to June, show a loss of 8.2 million": a phrase set off
                # between a body's document and its verb is no part of the subject, whose owner the figure is
                held = subject_phrase(before[: set_off.start()])
                subject = held if held is not None and _OWNED_DOCUMENT.fullmatch(held) else None
            if subject is None and verb_of_possessed:
                subject = _possessed_document(before)
        if not inverted and not reports and (subject is None or " and " in before or " or " in before):
            # "Two people familiar with the talks between the company and the regional government, who spoke on
            # condition of anonymity, said": an unnamed source's description, not the last party of a coordination in it
            described = described_source(before)
            inside = subject is not None and described is not None and subject in described[1:]
            subject = described if subject is None or inside else subject
        if subject is None:
            continue
        subject_start = -1 if postposed and not preceding_subject else before.rfind(subject)
        if subject_start >= 0:
            subject = _with_description(before, subject, subject_start)
        # "Soil samples showed oil at 12 times the limit, he told the court": a person closing the sentence is not the
        # document whose findings he tells
        of_document = reports and sentence[reports[-1].position : reports[-1].end].lower() in DOCUMENT_VERBS
        person_closing = postposed and subject.lower() in PERSON_PRONOUNS and of_document
        # "Tests confirmed the strain in 37 samples, it said": a singular "it" closing the sentence never stands for the
        # bare plural noun whose finding it tells, but for whom the article has been quoting
        document_closed = (
            postposed and subject.lower() == "it" and bool(reports) and BARE_PLURAL.fullmatch(reports[-1].subject or "")
        )
        if (
            subject.lower() in SUBJECT_PRONOUNS
            and reports
            and reports[-1].subject
            and not (person_closing or document_closed)
        ):
            subject = reports[-1].subject  # "The mission said it had verified ..."
        elif _PRONOUN_OWNED.match(subject) and reports and reports[-1].subject and not reports[-1].postposed:
            subject = reports[-1].subject  # "The ministry said that its own survey showed ...": the ministry's
        reports.append(Report(cue_start, subject, stance, negated, postposed, cue_end, subject_start))
    return reports


# "I am told by someone who sits on the board that", "was told by two officials at the ministry that": an unnamed
# agent of a passive cue, up to its that-clause
_UNNAMED_AGENT = re.compile(
    r"\s+by\s+((?:someone|somebody|(?:an?|one|two|three|four|several)\s+[a-z][\w'’-]*)(?:\s+[^,;:“”\"]*?)?)"
    r"(?=\s+that\b)"
)


def _unnamed_agent(after: str) -> re.Match[str] | None:
    """The agent of a passive cue that is an unnamed source ("told by someone who sits on the board that")."""
    agent = _UNNAMED_AGENT.match(after)
    if agent is None:
        return None
    placed = UNNAMED_PERSON_AT.match(agent.group(1))
    unnamed = placed is not None and not ORG_HEAD_WORD.fullmatch(placed["head"])
    return agent if unnamed or ANONYMOUS_SOURCE.match(agent.group(1)) else None


def _possessed_document(before: str) -> str | None:
    """The document a possessive names before its verb, "Its forecast shows": a word that is also a verb."""
    possessed = POSSESSED_DOCUMENT.search(before)
    return possessed.group(0).strip() if possessed is not None else None


# "..., the Harbour Board estimates.", "..., the Tribune found from court records.": a named source and its
# verb closing the sentence after a comma, the reporting clause PARC finds after its content.
CLOSING_SOURCE = re.compile(
    r"[,”\"’]\s+(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,4}"
    # "..., the company's annual environmental return shows.": a body's document, named by its owner
    r"|(?:the\s+|our\s+(?:[a-z]+\s+)?)?(?:[A-Z][\w'’-]*|[a-z]+)['’]s\s+(?:[a-z-]+\s+){0,3}(?:report|accounts|return|figures|"
    r"data|records|"
    r"statistics|filing|survey|census|analysis)s?"
    # "..., its accounts show.", "..., the report shows.", "..., central bank data shows.": a document named by its
    # owner's pronoun, as one named before, or by the kind of body that makes it
    r"|(?:its|their|the)\s+(?:own\s+)?(?:latest\s+|annual\s+|new\s+)?(?:report|accounts|figures|data|records|survey|"
    r"analysis|table)"
    rf"|(?:[a-z]+\s+)?(?:{ORG_HEADS})\s+(?:report|accounts|figures|data|records|statistics|survey)"
    # "..., the chief inspector of prisons has found", "..., inspectors found": an office or a body named in
    # lower case, by the noun of what it is
    rf"|(?:the\s+)?(?:[a-z-]+\s+){{0,3}}?(?:{ORG_HEADS}|{ANONYMOUS_HEADS}|inspector|auditors?|coroner|ombudsman|"
    r"inspectorate|association|society|trust|cooperative|co-operative|chamber)(?:\s+(?:of|for)\s+(?:the\s+)?[a-z-]+)?"
    # "About 96,000 are killed on roads each year, it estimates.": the body or document just named, by its pronoun
    r"|it)"
    r"(?:\s+(?:has|have|had))?\s+$"  # "..., the Revenue Service has admitted."
)


def _closing_clause(before: str, after: str) -> bool:
    return CLOSING_SOURCE.search(before) is not None and _SHORT_TAIL.match(after) is not None


# ", suggesting some investors doubt the deal", ", indicating demand has peaked": a participle by which the writer
# reads what the figures before mean; neither its own subject nor the sentence's reports them
WRITERS_INFERENCE_PARTICIPLE = re.compile(r"suggesting|indicating|implying|signalling|signaling")
# "His ministry", "Its board": a possessive and a noun, the subject of a verb with a that-clause after it
POSSESSED_SUBJECT = re.compile(r"(?:^|[.;:]\s+|,\s*)(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)\s+[a-z]+\s+$")
# "In her annual report, the chief inspector, Miriam Oyelaran-Hoff, said": after an opening phrase of place or time;
# the owner may be a name of several words ("Southern Grid's operations director, Hamid Vance, says")
APPOSED_SUBJECT = re.compile(
    rf"(?:^|[.;:]\s+)(?:{_OPENING_ADVERBIAL.pattern})?\W*"
    rf"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,3}}['’]s?)\s[^,;:\"“”]{{0,60}},\s+"
    rf"(?:(?:the|a|an|its|his|her|their)\s+(?:[a-z-]+\s+){{1,3}})?{ENTITY_PATTERN},\s*$"
)
# "Skellmouth Homes, the council-owned landlord, said", "Jon Berg, of the estate agents Berg & Co, said": a name
# opening the sentence with its description set off after it; the cue after the second comma is not inverted
NAME_APPOSED_SUBJECT = re.compile(
    rf"^\W*{ENTITY_PATTERN},\s+(?:the|a|an|of|from|at|its|his|her|their)\s[^,;:\"“”]{{1,80}},\s*$"
)
# A reporting aside set off inside a source's description: ", she said," in "who asked not to be named because, she
# said, Winifred never liked seeing names in print"; the one pattern of it SET_OFF_CLAUSE, _DESCRIBING_PART and
# _REPORTING_ASIDE read
_SAID_ASIDE = r",\s*(?:he|she|they)\s+said,"
# "A welfare adviser who works for a council, and who asked not to be named because ..., said": one set-off clause
# or more, joined by "and"
# ("..., whose statement was read to the court but whose name was withheld, said"); an aside of its own inside one
# ("who asked not to be named because, she said, Winifred disliked fuss") stays in it
SET_OFF_CLAUSE = re.compile(
    r"^\W*(?:[A-Z][\w'’.-]*|[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal)\b[^,]*"
    rf"(?:,\s*(?:and\s+)?(?:who|whose|which|speaking|citing)\b[^,]*(?:{_SAID_ASIDE}[^,]*)?)+,\s*$"
)
# A person's name opening the sentence (after "The" and a role, "The director Kasimir Lendl"), then a set-off clause
# describing them, by a relative ("whose debut won ...") or a participle ("elected on Thursday as ..."), that may hold
# commas of its own, up to the comma before their verb; no quotation and no clause of a new subject in it (", and the
# council's lawyer, Anna Berg," adds a second subject). The words between "The" and the name are a role or an
# adjective, never a preposition: "The lawyer for Tom Hale, appointed by the court, said" is the lawyer speaking
_NOT_A_TITLE_WORD = r"(?:of|for|to|by|led|representing|from|at|with|on|in|and|or|behind|against)"
_DESCRIBED_PERSON = re.compile(
    r"^\W*(?:[Tt]he\s+(?:(?!" + _NOT_A_TITLE_WORD + r"\s)[a-z-]+\s+){1,3})?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+"
    r"(?:who|whose|(?!said\b|told\b)[a-z]{3,}(?:ed|en))\b(?:(?!,\s+and\s)[^;:\"“”()]){0,200},\s*$"
)
# A plural common noun with no determiner, opening a sentence as its subject: "Tests", "Samples"
BARE_PLURAL = re.compile(r"[A-Z][a-z]+s")
# PARC annotates documents as sources ("the report found", "a survey showed"): the nouns they are named by.
DOCUMENT_SOURCE = re.compile(
    r"\b(?:survey|poll|study|report|audit|review|analysis|census|data|figures|statistics|research|investigation|"
    r"inquiry|assessment|trial|results|records|index|ranking|tally|count|papers|documents)s?\b",
    re.IGNORECASE,
)
DOCUMENT_VERBS = {"found", "finds", "find", "show", "shows", "showed", "shown"}
# A document its owner names in the possessive, an acronym, a name or "the" and a noun: "The co-op's last accounts"
_OWNED_DOCUMENT = re.compile(
    r"(?:[Tt]he\s+[a-z-]+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})['’]s\s+(?:[a-z-]+\s+){0,2}[a-z]+s"
)
# A phrase of time, scope or origin set off between a subject and its verb: ", for the year to June,", ", published
# on Sunday,", ", produced to the inquiry in October,"
_SET_OFF_ADJUNCT = re.compile(
    r",\s+(?:for|from|in|on|at|to|of|covering|published|dated|released|produced|filed|compiled)\s[^,;:\"“”]{1,60},\s*$"
)
POSSESSED_DOCUMENT = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:own\s+)?(?:survey|poll|study|report|audit|review|analysis|census|data|figures|"
    r"statistics|research|investigation|count|records|accounts|calculations?|forecasts?|estimates?)\s+$"
)
# The subject of an active clause that opens a sentence, for a figure no reporting clause governs, when
# its verb is a speech act that gives a figure (Searle's commissives and directives: offer, promise, demand,
# propose), an announced decision on one (raise, cut, revise, set, put) or a gift it makes (give, donate):
# "The union is demanding a 9% rise", "The Bank of Corvenia raised its main rate to 5.25%", "The Orvessan Lottery
# Fund gave 45,000 skellars towards it". Stative verbs ("has 9 hospitals", "employs", "serves") state background
# and take no source.
_ACTS = (
    "offer|promise|pledge|demand|propose|request|seek|sought|bid|urge|ask|raise|lower|cut|revise|increase|"
    "reduce|trim|double|halve|hike|slash|set|put|allocate|earmark|award|count|post|widen|extend|release|issue|"
    "contribute|kept|keep|grant|charge|want|gave|give|donate|withdraw|withdrew|recall"
)
# "is raising", "is revising": the present participle of an act whose lemma ends in a silent e drops it
_ACTS_E = "|".join(act[:-1] for act in _ACTS.split("|") if act.endswith("e"))
# "kept its rate at 5 per cent" holds a figure at a level; "who keeps 1,100 ewes", with the count its object, tells what
# one owns, which is background
KEEPS_STOCK = r"(?!(?:keeps?|kept)\s+(?:(?:about|around|some|nearly|more\s+than)\s+)?(?:\d|$))"
# A relative clause on a source whose verb is such an act: "The unions, which had demanded 11 lira an hour,"
RELATIVE_ACT = re.compile(
    r",\s*(?:which|who)\s+(?:(?:had|has|have|also|originally|initially|first)\s+)*"
    rf"{KEEPS_STOCK}(?:(?:{_ACTS})(?:s|es|d|ed)?|agreed\s+to\s+\w+|sought)\b[^,]*$"
)
# A body that speaks for members, whom it represents, in a relative clause on the source itself: "The union, which
# represents about 21,000 staff, said"; not on a body in a phrase after the source ("Conor Madden of the union, which
# represents about 3,500 doctors, said"). Each side is bounded (the longest on the development sets is 62 characters),
# for it is matched once for each figure after the source: unbounded, a long line took each figure its whole length
RELATIVE_MEMBERS = re.compile(r"(?:(?!\bof\b)[^,]){0,200},\s*which\s+(?:now\s+)?represents\b[^,]{0,200}$")
# An object relative clause whose subject, a pronoun, acts on the figure: ", which it raised on Monday to"
OBJECT_RELATIVE_ACT = re.compile(
    r",\s*which\s+(?P<pronoun>it|they|he|she)\s+(?:(?:had|has|have|then|later|now|also|on\s+\w+day)\s+)*"
    rf"(?:{_ACTS})(?:s|es|d|ed)?\b[^,;:]*$"
)
_BODY_ACTS = (
    # an appeal or bid it launches, or what it has set going, named by a bare plural: "has launched checks at 40 firms"
    r"launch(?:es|ed|ing)?(?=\s+(?:(?:an?|its|their)\s+(?:[a-z-]+\s+)?(?:appeal|bid)|[a-z]+s\s))|"
    r"appl(?:y|ies|ied|ying)(?=\s+(?:to|for)\s)|"
    r"sue[sd]?|suing|impos(?:e|es|ed|ing)|requir(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|fine[sd]|"
    # a claim it brings: "The company has brought a separate claim for 8 million", "lodged a claim for"
    r"(?:br(?:ing|ings|inging|ought)|lodg(?:e|es|ed|ing)|fil(?:e|es|ed|ing))(?=\s+(?:an?|its|their)\s+(?:[a-z-]+\s+)?claim)"
)
_BODY_ACT = re.compile(_BODY_ACTS)
# what a body will be, have or undergo, not what it will do: no act of its own
_FUTURE_STATES = (
    r"(?:be|have|need|remain|stay|face|lose|see|get|receive|become|take|hold|cost|employ|serve|continue|struggle|"
    r"depend|suffer|fall|rise|grow|reach|end|last|mean|feel|find|know|want|like|seem|say|tell)\b"
)
ACTING_VERB = re.compile(
    r"\s(?:(?:has|have|had|is|are|was|were|will|would|also|then|now|again|first|initially|originally|later|"
    r"previously|earlier|formally|officially|since|on\s+\w+day)\s+)*"
    # and a plan or an aim of its own: "plans to add 80 staff", "aims to issue warnings at least 24 hours ahead"
    # "put" values a figure ("put the cost at 4 million", "puts Yes on 51 per cent"); "put 60 million into the budget"
    # spends it, which is no act
    # here, as "spent" is none
    r"(?!put(?:s|ting)?\s(?![^;.]*\s(?:at|on)\s))"
    rf"((?:{_ACTS})(?:s|es|d|ed|ing)?|(?:{_ACTS_E})ing|cutting|setting|putting|sought|(?:plan|aim)(?:s|ned|ed)?(?=\s+to\s+[a-z])|"
    # a body's own measurement: "The weather service measured hailstones of up to 6 cm", "The service recorded 3,870",
    # and a reporter's: "The Post's Tom Lind timed the queue at 35 minutes"
    r"measure[sd]|recorded|logged|tallied|surveyed|timed|"
    # an order it gives, for goods or to another: "ordered 400 buses", "ordered Stenmark to pay"; not one it is given
    # ("was fined 40,000 and ordered to pay")
    r"order(?:s|ed)?(?!\s+to\b)|"
    # what it hands out, and a service it has opened or is running now: "The agency has handed out several thousand
    # sandbags", "Ulverby council has opened three rest centres", "The council is running a shuttle bus every 15
    # minutes" (not what it runs as background, "The company runs 14 routes", nor "the station opened in 1961")
    # and what it is spending or investing now on a scheme of its own ("The agency is spending 340,000 on signs")
    r"hand(?:s|ed|ing)\s+out|(?:(?<=has\s)|(?<=have\s))opened|(?:(?<=is\s)|(?<=are\s))(?:running|spending|investing)|"
    # a body's own act with its own figure: an appeal it launches, an application it makes, a claim it sues for, a
    # limit or fine it imposes, a budget it approves ("The charity has launched an appeal to raise 1.6 million",
    # "X has applied to raise its licence to", "The regulator requires repairs within 24 hours")
    rf"{_BODY_ACTS}|"
    # a rate a body pays others, a price it sets: to whom ("The company pays growers 41 a tonne", "The ministry pays
    # the airline 14 million a year") or for each unit ("pays 1,800 for each sheep killed"), or agrees to pay ("agreed
    # in 2025 to pay 148 a megawatt hour"); not its own outgoings, a price another sets ("pays 410,000 a year in
    # rent", "pays 11.40 a kilo for hydrogen")
    r"pays(?=\s+(?:[a-z]+\s+){1,3}?[^\s\d]*\d|\s+\S*\d[^,;.]{0,40}?\s(?:per|for\s+(?:each|every))\s)|"
    r"agreed(?:\s+(?:in|on|last|this)\s+\w+)?\s+to\s+pay|"
    # a decision a body takes with its own figure: "The council voted on Thursday to spend 80,000", "The board agreed
    # to set aside 5 million", "decided to cut 40 posts"
    # (a tally or a time between: "voted 7-4 on Tuesday to raise", "voted on Thursday evening to raise")
    r"(?:voted|decided|resolved|agreed)(?:\s+\d+-\d+)?(?:\s+(?:on\s+\w+day(?:\s+(?:morning|evening|night))?|"
    r"unanimously|last\s+\w+|this\s+\w+))?\s+to\s+(?!(?:allow|let|permit|approve|back|reject)\b)[a-z]+|"
    # a body's commitment in the future: "The company will pay a dividend of", "Halvane will invest"
    r"(?<=will\s)(?:invest|spend|pay|hire|recruit|build|close|open|create|add)\b|"
    # and whatever else it will do to a figure it gives as its object ("The company will run 8 night routes", "The
    # museum is to return 212 objects"); not a state it will be in or what will happen to it ("will have", "will
    # need", "will receive", "will lose")
    rf"(?P<future>(?<=will\s)(?!{_FUTURE_STATES})[a-z]{{3,}}(?<!ed)|"
    rf"(?:(?<=\sis\s)|(?<=\sare\s))to\s+(?!{_FUTURE_STATES})[a-z]{{3,}}(?<!ed)))\b"
)
# What a body took in, paid out or counted over a period now closed, in the simple past or the perfect: its own
# tally of that period ("The fund received 214 applications", "The party spent 540,000 velts", "The airport listed 20
# departures as cancelled"); not what it "spent", which the labels give as often to the reporter ("The Green Alliance
# spent the most, 6.2 million crowns"). The present of such a verb is the body's background, told in the reporter's
# voice ("The company employs 1,900 people", "The council spends 11.6 million a year"), and so is a person's record.
TALLY_VERB = re.compile(
    r"\s(?:(?:has|have|had|also|then|now|again|first|later|previously|earlier|on\s+\w+day)\s+)*"
    r"(received|collected|sold|earned|made|took|listed|rated|examined|welcomed)\b"
)
# Any other act a body did on a figure it names as the verb's object, in the simple past or the perfect: "The council
# placed tubes at 34 schools", "The central bank left its rate unchanged at 3.25 per cent", "The club signed 12
# players" (tests/ingest_labelling.md, "A body's own act with its own figure"). The verb is found by its form, a
# regular past or an irregular past of doing, after the sentence's subject; a past of being, having, holding or
# undergoing ("employed", "owned", "housed", "faced") tells the body's background and is none, and a tally's verb
# ("sold", "took", "received") is TALLY_VERB's.
_IRREGULAR_ACTS = (
    "cut|set|put|paid|bought|gave|sent|built|brought|kept|left|ran|shut|sought|froze|drew|began|laid|"
    "wrote|struck|withdrew|lent|chose"
)
_STATES_ED = (
    "employed|owned|housed|served|contained|included|covered|totall?ed|numbered|needed|faced|suffered|experienced|"
    "reached|remained|stayed|seemed|appeared|lasted|used|attracted|expected|estimated|claimed|stated|reported|"
    "described|named|called|based|founded|opened|looked|wanted|hoped|feared|warned|insisted|argued|admitted|denied|"
    "confirmed|announced|revealed|disclosed|acknowledged|noted|added|explained|suggested|believed|planned|aimed|"
    "continued|started|finished|managed|operated|controlled|oversaw|counted|recorded|listed|rated|examined|welcomed|"
    "received|collected|earned|handled|carried|processed|hosted|gained|moved|"
    # a permission is another's act ("allowed the nine water companies to raise their charges"), and a vote is told by
    # ACTING_VERB, with what a vote may decide
    "allowed|permitted|authori[sz]ed|licensed|voted"
)
OWN_ACT_VERB = re.compile(
    r"\s(?:(?:has|have|had|also|then|now|again|first|later|previously|earlier|already|since|on\s+\w+day)\s+)*"
    rf"((?!(?:{_STATES_ED})\b)[a-z]{{2,}}ed|(?:{_IRREGULAR_ACTS}))\b"
)


# A subject named after the kind it is, in lower case: "The egg packer Brightyolk", "the house builder Carrow Homes"
_KIND_THEN_NAME = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+){1,3}(?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})")


def acting_subject(
    sentence: str,
    position: int,
    people: dict[str, str] | None = None,
    bodies: Collection[str] = (),
    verbs: re.Pattern[str] = ACTING_VERB,
    names_by_end: Mapping[str, Collection[str]] | None = None,
) -> str | None:
    """
    The named actor (an organisation, a person, "the board") whose active clause opens the sentence
    and holds the figure at ``position``, or None: a figure an actor gives by acting on it. ``people`` maps
    the surnames the article has given in full ("quillan" -> "Tom Quillan"): "Quillan counted 9 dogs".
    ``bodies`` are the organisations named in full so far: "Moorwind cut the number of turbines to 38" after
    "Moorwind Energy". ``verbs`` finds the verb of the act (TALLY_VERB: a body's tally of a period). ``names_by_end``
    maps a noun to the names the article gave that end with it: "The festival sold 23,600 tickets" after "the Ostby
    Fiddle Festival".
    """
    text = DATELINE.sub("", sentence)
    opening_time = OPENING_TIME.match(text)  # "Last year it cut the planned number of launches to 5"
    if opening_time:
        text = text[opening_time.end() :]
        text = re.sub(r"^the\s", "The ", text)  # "From June the company will charge": "The company" opens the clause
    elif verbs is ACTING_VERB:
        # (only before an act of the kind ACTING_VERB names: what a body did in the past, a tally or a deed, told
        # after such a phrase is its history, "By the time he retired, the company made 1.2 billion biscuits a year")
        set_off = OPENING_SET_OFF.match(text)
        if set_off is not None and _AS_ATTRIBUTION.match(set_off.group(0)):
            set_off = None  # "As reported by the Post,", "As the mayor pointed out,": an attribution, no set-off phrase
        if set_off is not None and _SUBJECT_START.match(text, set_off.end()):
            # "In its first package, in March, the council froze 30 accounts", "When he began breeding them, the breed
            # society counted 40 sows": a phrase or clause set off before the subject is no part of it
            text = text[set_off.end() :]
            text = re.sub(r"^the\s", "The ", text)
    offset = len(sentence) - len(text)
    verb = verbs.search(text)
    if verb is None or offset + verb.start() >= position or PASSIVE.search(text[: verb.end(1)] + " "):
        return None
    if re.search(r"\b(?:was|were|is|are|been|being|be)\s+$", text[: verb.start(1)]) and verb.group(1).endswith("ed"):
        return None  # "Hundreds of homes were swept away"
    if verb.groupdict().get("future") and not _FUTURE_OBJECT.fullmatch(sentence, offset + verb.end(), position):
        return None  # "The club will play in front of a crowd of 14,200": the figure is not what it will do
    if _BODY_ACT.fullmatch(verb.group(1)) and _SUBORDINATE.search(sentence, offset + verb.end(), position):
        return None  # "approved a budget ..., after a session in which members clashed over a 4% tax rise"
    head = text[: verb.start()].strip(" ,")
    subordinate = _SUBORDINATE_BODY.search(head)
    if (
        subordinate is not None
        and looks_like_body(subordinate.group("body").split(",")[0])
        and ACTING_VERB.match(text, verb.start())
    ):
        # "Farmers are angry after the Eastern Rivers Authority cut irrigation licences by 40 per cent", "after Pellam
        # Group, the engineering conglomerate, offered 5.65 marrels a share": a body acting in a clause of time or
        # cause, whose subject stands after its subordinator; only by an act on a figure it sets, pays, cuts, raises,
        # approves or asks for (not "Residents were angry after the Water Board flooded 300 homes": what befell others)
        head = subordinate.group("body")
    if verb.group(1).startswith("order") and _COURT_OR_JUDGE.match(head):
        # "Judge Amund Rosseland ordered Steen to repay", "An employment tribunal has ordered": a court report's order,
        # which the report gives its court by the name it goes by (tests/ingest_labelling.md, "Court report")
        return None
    # "The bureau did, however, revise its figure": a parenthetical adverb and the emphatic "did" are no subject
    head = _EMPHATIC_DO.sub("", _PARENTHETICAL_ADVERB.sub("", head))
    # "The union, whose branch is ..., is", "Westwater, which handles waste water for 900,000 people, released": a
    # figure's thousands comma is no end of the clause
    head = re.sub(r",\s*(?:whose|which|who)\b(?:[^,]|,(?=\d{3}))*,?$", "", head).strip(" ,")
    if re.search(r"\s(?:and|then)$", head) and not re.search(r"[,;:]", head):
        # "President Kusuma flew over the province on Sunday and promised $45 million": the first verb's subject
        return _first_clause_subject(text)
    if "," in head and not re.search(r"[;:]|\d", head) and len(head.split()) <= _SET_OFF_SUBJECT_WORDS:
        named = subject_phrase(head)
        # "The Courier's Ola Brenning, at the count, counted": a person by name after the owner they work for
        named = _strip_possessor(named) if named is not None else None
        if named is not None and _looks_like_person(strip_titles(named)):
            # "Our reporter on the quay, Jonas Pirelli, counted 14 ambulances", "Teo Marsh, at the quayside,
            # counted": a person the clause opens with, an apposition or an adjunct set off before the verb
            return named
        apposed = re.fullmatch(rf"(?:[Tt]he|[Ii]ts|[Aa]n?)\s+([a-z -]+),\s+(?:the\s+)?({ENTITY_PATTERN})", head)
        if apposed is not None and (
            _looks_like_organisation(apposed.group(2)) or ORG_HEAD_WORD.fullmatch(apposed.group(1).split()[-1])
        ):
            # "The national regulator, the Office of Water Standards, sets a target of 20%", "A smaller developer,
            # Hollin Bay Power, withdrew a bid for 90 megawatts": the name, whose kind the description gives
            return apposed.group(2)
        described = _NAME_THEN_DESCRIPTION.fullmatch(head)
        if described is not None and described.group("name").lower() not in NOT_NAMES:
            # "Kettle Press, of Harrowfield, cut its claim to 184,000", "Nordgaard, the country's biggest creamery
            # group, will raise the price": a body's name set off by where it is or what kind of body it is, then its
            # own act (tests/ingest_labelling.md, "A body's own act with its own figure")
            kind = described.group("kind").split(",")[0].split()[-1]
            if ORG_HEAD_WORD.search(kind):
                return described.group("name")
            if verbs is not TALLY_VERB and _looks_like_organisation(_ARTICLE.sub("", described.group("name"))):
                # and a body by its name, whatever the description calls it, acting: "The Castran Transport Authority,
                # Skarra's biggest customer, ordered 400 buses"; not a period's tally, which the labels give to the
                # body only as the plain subject ("The University of Tarvik, the oldest in the country, took 3,950
                # first-year students" has no speaker)
                return described.group("name")
            if described.group("kind").startswith("of "):
                head = described.group("name")
    if not head or re.search(r"[,;:]|\d", head) or len(head.split()) > 8:
        return None
    described = _DESCRIBED_ACTOR.fullmatch(head)
    if described is not None and described.group("kind") in ORG_WORDS:
        # "The trust that runs the town museum has launched an appeal": the body, by its kind (as the article takes
        # it up after, "the trust")
        return described.group("body")
    if re.match(r"(?:[Yy]ou|[Yy]our)\b", head):
        return None  # "Your authority has cut 300 posts?": the one addressed, whose act the question puts to them
    phrase = subject_phrase(head)
    if phrase is None or phrase not in (head, head.removeprefix("The ").removeprefix("the ")):
        return None
    core = _POSTMODIFIER.sub("", phrase)
    if _PLACE_RECORDING.fullmatch(core):
        return None  # "The capital region recorded the highest growth": where it happened, whatever its words
    organ = _ORGAN_OF_BODY.fullmatch(core)
    if organ is not None and (ORG_REF.search(organ.group("body")) or _looks_like_organisation(organ.group("body"))):
        # "The council's markets committee voted to raise stall rents by 12 per cent": a body's committee, cabinet or
        # board acting in its name is the body acting (ingest_labelling.md, "A body's own act")
        return organ.group("body")
    if _COUNCILLORS.fullmatch(core):
        return "the council"  # "Councillors agreed to set aside 5 million": the council the article named, acting
    kinded = _KIND_THEN_NAME.fullmatch(core)
    if kinded is not None and kinded.group("name").lower() not in NOT_NAMES:
        return kinded.group("name")  # "The egg packer Brightyolk will raise its price by 9 per cent": the name
    # "The ASA had asked for 60 million": an acronym after its article is a body's
    organisation = _looks_like_organisation(core) or _looks_like_organisation(_ARTICLE.sub("", core))
    # "The Port of Kelvaig Authority has applied to reclaim 340 hectares": a body's name that runs on past an "of"
    organisation = organisation or bool(ENTITY.fullmatch(phrase) and _looks_like_organisation(_ARTICLE.sub("", phrase)))
    if ORG_REF.search(core) or organisation or _looks_like_person(strip_titles(core)):
        return phrase
    owned = _strip_possessor(core)
    if owned != core and _looks_like_person(strip_titles(owned)):
        return owned  # "The Post's Tom Lind timed the queue": the person by name, after the owner they work for
    if COLLECTIVE_BODIES.fullmatch(core):
        return phrase  # "Unions are demanding 12.50 korbs": bodies of a kind, acting together
    if THE_DOCUMENT.fullmatch(core.lower()) and _COUNTING_VERB.match(verb.group(1)):
        return phrase  # "The census counted 1,870 speakers": the count of whoever carried out the census
    if INVESTIGATORS.fullmatch(core):
        # "The auditors counted 300 patients a week on trolleys": those whose count it is; "Researchers at the Orlen
        # Institute in Vask counted": the body they count for
        employer = _INVESTIGATORS_AT.match(phrase, len(core))
        if employer is not None and _looks_like_organisation(employer.group(1)):
            return employer.group(1)
        return phrase
    # a plan is the body's own commitment, whatever else the article tells of it: "Northgate plans to add 80 staff"
    aiming = verb.group(1).startswith(("plan", "aim"))
    committing = _REVISING.fullmatch(verb.group(1)) or aiming or "will " in verb.group(0)
    # and so is any act of its own not told as a dispute's background in the past perfect: "Gravetide offered 120,000
    # towards the clean-up", "Brenholt withdrew 14 products"
    committing = committing or _PAST_PERFECT.search(verb.group(0)) is None
    # but a surname the article gave a person in full is hers, and so is an act on "her" or "his" own things: "Anna
    # Holt founded Holt Engineering ... Holt sold 4,000 of her shares"
    personal = (people and " " in people.get(core.lower(), "")) or _PERSONAL_OWNER.search(
        sentence, offset + verb.start(), position
    )
    members = _MEMBERS_OF_NAMED.fullmatch(core)
    if members is not None:
        # "The Greens want a carbon price of 45 dorrins" after "the Green Coast Party": a body's members, named by the
        # plural of the word its name opens with, acting as it
        # (each of two bodies named together, "Vessany's Commonwealth Party and the Green Coast Party", on its own)
        parts = (part for body in bodies for part in _NAMES_TOGETHER.split(body))
        member_of = {part for part in parts if part.startswith(members.group(1) + " ")}
        if len(member_of) == 1:
            return member_of.pop()
    short = _SHORT_NAME.fullmatch(core) and committing and not personal
    # the shortest name the short one opens ("Moorwind Energy", not "Moorwind Energy Holdings"), before the short name
    # itself; ``bodies`` is a set, so the pick must not depend on its order (the same page, the same speaker)
    fuller = sorted((body for body in bodies if body.startswith(core + " ")), key=len) if short else []
    full = fuller[0] if fuller and (len(fuller) == 1 or len(fuller[1]) > len(fuller[0])) else None
    full = full or (core if short and not fuller and core in bodies else None)
    if full is not None:
        # "Northgate raised its provision to 12 million" after "Northgate Mutual": the body's short name, revising
        # a figure of its own (not "Skyline had offered a rise of 4 per cent", told as the dispute's background)
        return full
    definite = _DEFINITE_HEAD.fullmatch(core)
    if definite is not None and definite.group(1) not in _PLACE_HEADS:
        # "The zoo plans to spend 4.5 million" after "Hallberg Zoo": the one body named in full with that head noun
        head = definite.group(1).capitalize()
        # a name that reads as a person's ("Hallberg Zoo") is known by its last word, as a surname would be
        named = (people or {}).get(definite.group(1), "")
        ending = {body for body in (*bodies, named) if body.endswith(" " + head)}
        if not ending:
            # or the one name of any kind ending with it, which the article takes up as a body by "the" and its noun
            ending = set((names_by_end or {}).get(definite.group(1), ()))
        if len(ending) == 1:
            return ending.pop()
    if people and " " in people.get(core.lower(), ""):
        # "Quillan counted 9 loose dogs": a surname the article gave in full; not "Orr asked for a recount after
        # 1,900 ballots were found ...", whose figure stands in a clause of its own
        subordinate = _SUBORDINATE.search(sentence, offset + verb.end(), position)
        return people[core.lower()] if subordinate is None else None
    return None


_PERSONAL_OWNER = re.compile(r"\b(?:[Hh]er|[Hh]is)\b")
# A plural of a capitalised word, after "the": "The Greens", "the Liberals"
_MEMBERS_OF_NAMED = re.compile(r"[Tt]he\s+([A-Z][a-z]{2,})s")
_NAMES_TOGETHER = re.compile(r"\s+and\s+(?:the\s+)?(?=[A-Z])")  # "Commonwealth Party and the Green Coast Party"
# The subject of a clause of time or cause that ends where the act's verb begins: "after the Eastern Rivers Authority"
_SUBORDINATE_BODY = re.compile(r"\s(?:after|when|because|since|until|before|once)\s+(?P<body>[^;:\d]+)$")
# A body the page names only by what it does, in a restrictive relative: "The trust that runs the town museum"
_DESCRIBED_ACTOR = re.compile(
    r"(?P<body>[Tt]he\s+(?:[a-z-]+\s+){0,2}?(?P<kind>[a-z]+))\s+(?:that|which)\s+[a-z]+s\s+\S.*"
)
# A body's own organ, which acts in its name: "The council's markets committee", "the trust's board of directors"
_ORGAN_OF_BODY = re.compile(
    r"(?P<body>(?:[Tt]he\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)['’]s\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:committee|cabinet|board(?:\s+of\s+(?:trustees|directors|governors))?|executive|trustees|directors|governors)"
)
# What may stand between a future act's verb and the figure that is its object: "will run 8 night routes", "is to
# return 212 objects", "will charge hauliers up to 3.40"
_FUTURE_OBJECT = re.compile(
    r"\s+(?:(?:its|their|a\s+further|an\s+extra|another|only|just|up\s+to|about|around|some|nearly|almost|"
    r"more\s+than|at\s+least|[a-z]+\s+of|[A-Z]?[a-z]+s)\s+){0,3}"
)
_COUNCILLORS = re.compile(r"(?:[Tt]he\s+)?[Cc]ouncillors")  # not "Opposition councillors", who act for themselves
_PARENTHETICAL_ADVERB = re.compile(r",\s*(?:however|though|meanwhile|in\s+fact|indeed|too)\s*,?$")
_EMPHATIC_DO = re.compile(r"\s+(?:did|does|do)$")
# A body's name and a short description set off after it, where it is or what kind of body it is: "Kettle Press, of
# Harrowfield", "Nordgaard, the country's biggest creamery group", "The Castran Transport Authority, Skarra's biggest
# customer"
_NAME_THEN_DESCRIPTION = re.compile(
    r"(?P<name>(?:The\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|&))*?)"
    r",\s+(?P<kind>of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|(?:the|a|an|[A-Z][\w-]*['’]s)\s+[^,;:\d\"“”]{3,60})"
)
_SET_OFF_SUBJECT_WORDS = 16  # a subject and what is set off in it: a short apposition or adjunct, not a clause
_TRAILING_NAME_WORDS = re.compile(r"(?:\s+(?:of|the|for|and|de|al|bin|van|von|la|du))+$")
_SHORT_NAME = re.compile(r"[A-Z][a-z]{3,}")
_PAST_PERFECT = re.compile(r"\bhad\s")
# A court or its judge: "Judge Amund Rosseland", "District Judge Halla Strand", "An employment tribunal in Saltmere"
_COURT_OR_JUDGE = re.compile(r"(?:[A-Z][a-z]+\s+)?Judge\s|(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}(?:court|tribunal)\b")
_REVISING_VERB = "|".join(sorted(forms(REVISE_VERBS), key=lambda w: (-len(w), w)))  # "raised", "cut", "trimming"
_REVISING = re.compile(_REVISING_VERB)
# A clause revising a figure that ends at it: "it cut the planned number of launches to", "who raised her price
# target to", "the coastguard had revised it to"; its subject is a pronoun, a relative "who" or a definite body
_REVISER_ADVERBS = "had|has|have|then|later|also|now|again|since|subsequently"  # "the council has now cut"
REVISING_CLAUSE = re.compile(
    rf"(?:^|[\s,])(?P<subject>[Ii]t|[Hh]e|[Ss]he|[Tt]hey|who|[Tt]he\s+(?:[a-z-]+\s+)?(?!(?:{_REVISER_ADVERBS})\b)[a-z]+)\s+"
    rf"(?:(?:{_REVISER_ADVERBS})\s+)*"
    rf"(?P<verb>{_REVISING_VERB})\s+"
    r"(?P<object>[^.;:!?\"“”]{0,80}?)\s+to\s+(?:about\s+|around\s+|roughly\s+)?$"
)
_FROM_AFTER = re.compile(r"\S+(?:[^,;.]|[.,]\d){0,40}?\sfrom\s+\S*\d")  # "58,000 marrens from 95,000"


# A party's own claim, offer or bid, which it revises: "their claim", "its offer", "her asking price"
_OWN_CLAIM = re.compile(
    r"(?:its|their|his|her)\s+(?:[a-z-]+\s+)?(?:claims?|offers?|bids?|demands?|asking\s+price|price|fees?)"
)


def revising_subject(sentence: str, position: int, *, told: bool = False) -> tuple[str, int] | None:
    """
    Who revises the figure at ``position``, a pronoun, "who" or a definite body as written, and where it stands,
    or None: the one
    revising a figure gives its new value ("Last year it cut the planned number of launches to 5 from 8").
    A pronoun or "who" is left to the caller to resolve. Only a change told with its earlier value, or one
    named a revision ("had revised it to 31"), is taken: not "raised the policing part of tax by 4.99 per cent".
    ``told`` says the earlier value was read elsewhere ("first figure was 8 dead; by 14:20 it had raised that to 24").
    """
    clause = REVISING_CLAUSE.search(sentence, max(0, position - 160), position)
    if clause is None or "," in clause.group("object"):
        return None
    if not told and not clause.group("verb").startswith("revis") and not _FROM_AFTER.match(sentence, position):
        return None
    subject = clause.group("subject")
    if subject[0] in "Tt" and subject.lower().startswith("the "):
        core = _POSTMODIFIER.sub("", subject)
        own_claim = _OWN_CLAIM.fullmatch(clause.group("object")) is not None
        body = ORG_REF.search(core) or COLLECTIVE_BODIES.fullmatch(core) or INVESTIGATORS.fullmatch(core)
        if not (body or own_claim):
            # "the bank raised", but not "the storm cut output to"; whoever revises its own claim or offer gives it
            # ("The couples raised their claim to 186,000", a party's own claim in court)
            return None
    return subject, clause.start("subject")


# Bodies of one kind named together, which act as one body does: "Unions", "The unions", "Employers' groups"
COLLECTIVE_BODIES = re.compile(
    r"(?:the\s+)?(?:[a-z'’-]+\s+)?(?:unions|employers|employers['’]\s+groups|councils)", re.IGNORECASE
)
# The people whose work is to count and measure, acting as a group the article has introduced: "The auditors",
# "Researchers", "The inspectors"
INVESTIGATORS = re.compile(
    r"(?:[Tt]he\s+)?(?:[Aa]uditors|[Ii]nspectors|[Rr]esearchers|[Ss]cientists|[Ii]nvestigators|[Mm]onitors|[Ss]urveyors|"
    r"[Ss]tatisticians|[Ee]numerators|[Ee]xaminers|[Aa]nalysts)"
)
# Those who count for a body, by its possessive: "the league's match analysts", "the ministry's statisticians"
BODYS_INVESTIGATORS = re.compile(rf"(?P<body>.+?)['’]s?\s+(?:[a-z-]+\s+)?{INVESTIGATORS.pattern}")
_COUNTING_VERB = re.compile(r"count|measure|record|logged|tallied")
_INVESTIGATORS_AT = re.compile(rf"\s+(?:at|from|with|of)\s+(?:the\s+)?({ENTITY_PATTERN})")
# A condition opening what reads as a reporting verb's subject: "unless the airline", "if the council"
_IF_WORDS = r"unless|if"  # a condition, as a subordinate clause opens on it (_SUBORDINATE)
_CONDITIONS = rf"{_IF_WORDS}|except\s+(?:where|when|if)|provided(?:\s+that)?|(?:so|as)\s+long\s+as|only\s+if"
_CONDITION_OPENING = re.compile(rf"(?:{_CONDITIONS})\s", re.IGNORECASE)
_CONDITION_BEFORE = re.compile(rf"\b(?:{_CONDITIONS})\s+$", re.IGNORECASE)
# The subject after a condition that opens the sentence with no comma: "If ministers refuse Harnby Steel", "Unless the
# government steps in the union" (the last phrase a determiner opens)
_AFTER_CONDITION = re.compile(
    r".*\b[a-z][\w'’-]*\s(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$|.+\s(?P<rest>(?:[Tt]he|[Ii]ts|[Tt]heir)\s.+)$"
)
# An obligation right before a reporting verb: "You must claim", "Firms must declare"
_OBLIGED_BEFORE = re.compile(r"\bmust\s+$")
_SUBORDINATE = re.compile(rf"\b(?:after|before|because|since|although|though|while|when|{_IF_WORDS})\s")


# The periods a time adverbial names relative to now: "Last year", "next season", "This spring"
PERIOD_WORDS = r"year|month|week|spring|summer|autumn|winter|season"
# A time adverbial opening a sentence before its subject: "Last year", "In 2024,", "On Monday", "Earlier this month,"
OPENING_TIME = re.compile(
    rf"(?:(?:Last|This|Next|Earlier\s+this|Later\s+this)\s+(?:{PERIOD_WORDS})|"
    r"In\s+(?:\d{4}|" + MONTH_NAME + ")|"
    r"On\s+\w+day|A\s+year\s+(?:ago|earlier)|"
    # when a body's own act takes effect: "From June the company will charge 3.40 a metre", "From next year it will"
    r"From\s+(?:(?:\d{1,2}\s+)?" + MONTH_NAME + rf"(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|next\s+(?:{PERIOD_WORDS})|"
    r"\w+day|today|tomorrow)|"
    # a sentence adverb set off by no comma: "Meanwhile the health ministry reported 12 cases"
    r"Meanwhile|Separately|Elsewhere|Yesterday|Today)\s*,?\s+"
)


# A phrase of place, time or occasion, or a clause of time, set off by commas before a sentence's subject (one or
# two of them): "In its first package, in March 2026,", "When he began breeding them in 1961,", "Over the past 20
# winters". Each is short and holds no other clause's end.
_SET_OFF_OPENERS = rf"(?:{_OPENERS}|Within|Over|Across|Through|Throughout|Between)"
# ... but an "As" clause that holds a reporting verb attributes what follows: "As reported by the Post last week,", "As
# the mayor pointed out,"
_AS_ATTRIBUTION = re.compile(
    rf"\W*As\s(?:[^,]*\s)?(?:{'|'.join(sorted(STANCE_OF))}|pointed\s+out|according\s+to)\b", re.IGNORECASE
)
_SUBJECT_START = re.compile(r"(?:[Tt]he\s|[Ii]ts\s|[Tt]heir\s|[Hh]e\s|[Ss]he\s|[Ii]t\s|[Tt]hey\s|[A-Z])")
OPENING_SET_OFF = re.compile(
    rf"\W*{_SET_OFF_OPENERS}\s[^,;:.\"“”]{{2,60}}(?:,\s+(?i:{_SET_OFF_OPENERS})\s[^,;:.\"“”]{{2,40}})?,\s+|"
    rf"\W*Over\s+the\s+(?:past|last)\s+(?:\w+\s+){{1,2}}?(?:{PERIOD_WORDS})s\s+"
)


# "The office's published response rate was 91%", "The bank's own forecast is 2%": a body's statistic names
# its source, as "the ministry's figures" do after a reporting verb.
POSSESSED_STATISTIC = re.compile(
    r"^\W*(?:(?P<owner>(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,4}?[\w-]+)['’]s?|(?P<pronoun>Its|Their))\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:rate|figures?|estimates?|count|forecasts?|projections?|total|tally|data|statistics|survey|poll|model|"
    # a limit the body imposes on others: "The board's target is that nobody should wait more than 18 months", "The
    # regulator's target for the company is 15 percent", "Its cap is" (a named owner's "target is 30,000" is found
    # before this, by engine._setter: tests/ingest_labelling.md, "Settled in session 27")
    r"targets?(?=\s+(?:for\s|is\s+that\b))|caps?|limits?)\b"
)


_BARE_COUNT_HEAD = re.compile(rf"(?=[A-Z])(?i:{ORG_HEADS})")
# Heads a body may be named by bare, with no determiner, as the subject of a sentence
_BARE_BODIES = _COLLECTIVE | {"parliament", "congress", "research", "statistics", "army", "navy", "forces"}


def _one_body(names: set[str]) -> str | None:
    """
    The body a set of names found for one word means: names of more than one word, not a clause a subject ran on
    into ("... (NASL) said its members in rural areas"), all one body by its shorter and its full name ("Marrowfield
    Society" and "Marrowfield Society of Beekeepers"); None when they are two bodies or none.
    """
    names = {n for n in names if " " in n and ENTITY.fullmatch(n)}
    longest = max(names, key=len, default=None)
    return longest if longest and all(longest.startswith(n) for n in names) else None


def _bare_count_head(word: str, sentence: str, start: int) -> bool:
    """
    "School", "Council" at ``start`` in ``sentence``: a singular common noun for a kind of body, which names none
    without a determiner; not before a document ("Agency records show"), which is named by the kind of body keeping it.
    """
    if _BARE_COUNT_HEAD.fullmatch(word) is None or word.lower() in _BARE_BODIES:
        return False
    return KIND_DOCUMENT.match(sentence.lower(), start) is None


@functools.lru_cache(maxsize=4096)  # page-scoped: see clear_page_caches
def looks_like_body(name: str) -> bool:
    """ "the National Statistics Bureau", "the board": an organisation, not a person."""
    core = _POSTMODIFIER.sub("", name)
    bare = core.removeprefix("the ").removeprefix("The ")
    return bool(ORG_REF.search("the " + bare) or _looks_like_organisation(core))


def looks_like_person(name: str) -> bool:
    """ "Maren Ostlake", "Ina Roe KC": a person's name, not an organisation's."""
    return _looks_like_person(name)


def possessed_statistic_owner(sentence: str, position: int, full_names: dict[str, str] | None = None) -> str | None:
    """
    The owner of the statistic that opens the sentence and holds the figure at ``position``: an organisation or
    person by name ("The ministry's estimate is", "Weller's forecast is", a short name looked up in ``full_names``,
    the memory's map of the full names the article gave people and bodies by their last word or acronym), or "it"
    or "they" for a possessive pronoun ("Its latest figure is 41,000"), which the caller resolves.
    """
    text = DATELINE.sub("", sentence)
    found = POSSESSED_STATISTIC.match(text)
    if found is None or len(sentence) - len(text) + found.end() > position:
        return None
    if found.group("pronoun"):
        return "it" if found.group("pronoun") == "Its" else "they"  # "Its latest figure is 41,000": whom "it" means
    owner = found.group("owner")
    core = _POSTMODIFIER.sub("", owner)
    if ORG_REF.search(core) or _looks_like_organisation(core) or _looks_like_person(strip_titles(core)):
        return owner
    if full_names and " " in full_names.get(core.lower(), ""):
        return full_names[core.lower()]  # "Weller's forecast is 3 per cent": a surname the article gave in full
    return None


def speaker_at(sentence: str, reports: list[Report], position: int, memory: SpeakerMemory) -> Speaker:
    """
    The speaker of the statement at ``position`` in ``sentence``: the nearest reporting clause
    before it (the innermost report: "Reuters reported that Kirby said ..." is Kirby's, via
    Reuters), or failing that the first after it ("'...,' the minister said").
    """
    if not reports:
        return NOBODY
    reports = [r for r in reports if not r.object_before]
    if not reports:
        return NOBODY
    # "Traffic has fallen by a fifth, according to the ports authority, and Sundry Line has cut its crossings to 8":
    # an "according to" set off after its clause is not the source of a new clause with a subject of its own
    source_closes = any(r.postposed and r.subject is not None and r.position > position for r in reports)
    ahead = [
        r
        for r in reports
        if r.position <= position
        and not r.postposed
        and not _closed_before(sentence, r, position, source_closes)
        and not _relative_closed(sentence, r, position)
        and not _subordinate_closed(sentence, r, position)
    ]
    behind = [r for r in reports if (r.position > position or r.postposed) and _may_govern(sentence, r, position)]
    if not ahead and not behind:
        return NOBODY
    # "Tens of thousands are believed to be sheltering there, according to people who have fled": a
    # passive cue says nobody, a later source says who
    named_behind = [r for r in behind if r.subject is not None]
    # "31 per cent full, the lowest level recorded since 1995, Wend Valley Water said": the clause closing the
    # sentence reports all before it, a cue standing between them within it
    closing_behind = [r for r in named_behind if r.postposed]
    if ahead and closing_behind and _SENTENCE_BREAK.search(sentence, ahead[-1].end, position):
        ahead = []  # "... below Kessock's. Corrant will build ..., the ministry said": a full stop the split missed
    chosen = ahead[-1] if ahead else closing_behind[-1] if closing_behind else (named_behind or behind)[0]
    if (
        ahead
        and named_behind
        and (
            chosen.subject is None
            or _records(sentence, chosen)
            or _closes_a_view(sentence, chosen, named_behind)
            or _according_after(sentence, chosen, named_behind, position)
        )
    ):
        # "Barley output is forecast at 1.1 million, the ministry said": an agentless passive names nobody;
        # "Tolvane recorded 88 homicides ..., the commissioner said": the record is the content of the report
        # that closes the sentence
        closing = [r for r in named_behind if r.postposed or re.search(r",\s*$", sentence[: _source_start(r)])]
        chosen = closing[0] if closing else chosen if chosen.subject is not None else named_behind[0]
    narrated = len(ahead) > 1 and chosen is ahead[-1] and ahead[-2].subject is not None
    narrated = narrated and chosen.subject_start >= ahead[-2].end  # its subject in the content of the report before
    # (not a clause of its own after a semicolon or a conjunction: "X puts the bill at 18 million; one of her officials
    # has said it could be 30 million" is the official's, a second source, not what X narrates); a past perfect after
    # one ("told reporters that the river had peaked, and engineers had counted 300 flooded homes") is the backshift
    # of what the first source told, still narrated
    own_clause = _OWN_CLAUSE.search(sentence, ahead[-2].end, chosen.subject_start + 1) if narrated else None
    narrated = narrated and not (own_clause and not _HAD_BEFORE.search(sentence, 0, chosen.position))
    owned = narrated and _OWNED_BY_PRONOUN.match(chosen.subject or "") is not None
    if narrated and (owned or _NARRATED_BEFORE.search(sentence, 0, chosen.position)):
        # "A hospital source told the paper that the hospital had declared a major incident and called in dozens":
        # what a source narrates in the past perfect is an event it tells of, not a report of someone else's; nor
        # is what "her own scales showed" in what she said anyone's but hers
        chosen = ahead[-2]
        ahead = ahead[:-1]
    stance = _stance(chosen)
    if (
        (chosen.object_figure or _gainsaying(chosen))
        and chosen.end <= position
        and _OBJECT_CLOSED.search(sentence, chosen.end, position)
        and not (_gainsaying(chosen) and _NAMED_FIGURE_AT.match(sentence, position))
    ):
        # "The company put the figure lower, saying only 140 posts would go", "disputed the Treasury's estimate and put
        # the cost nearer 1.7 billion": a figure in a clause after the gainsaid object is the disputer's own
        stance = "asserts"
    if chosen.subject is None or (_records(sentence, chosen) and _PLACE_RECORDING.fullmatch(chosen.subject)):
        # "The capital region recorded the highest growth": where the statistic was recorded, not who recorded it
        return Speaker(None, stance)
    name, anonymous = name_of(chosen.subject, memory)
    outer = [name_of(r.subject, memory)[0] for r in ahead[:-1] if r.subject is not None]
    via = next((n for n in reversed(outer) if n and n != name), None)
    return Speaker(name, stance, via, anonymous)


def _gainsaying(report: Report) -> bool:
    """ "X rejected", "X denied", "X did not confirm": a report that gainsays what it takes up."""
    return report.stance in ("disputes", "denies") or (report.stance == "confirms" and report.negated)


# Between a disputing cue and a figure, the end of its object: a clause of its own follows ("put the figure lower,
# saying", "did not accept that figure and said")
_OBJECT_CLOSED = re.compile(r"[,;:]|\b(?:and|but|saying|while|adding|as)\b")
# A figure read again as the one gainsaid, wherever it stands: "denied that any troops had been deployed, calling the
# 500 figure \"a provocation\""
_NAMED_FIGURE_AT = re.compile(
    r"[\d.,]+(?:\s+(?:million|billion))?(?:[\s-][a-z]+)?[\s-](?:figure|estimate|number|count|total|tally)\b"
)


_OWNED_BY_PRONOUN = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s")
_NARRATED_BEFORE = re.compile(r"\s(?:had|have|has)\s+(?:[a-z]+ly\s+)?$")
_HAD_BEFORE = re.compile(r"\shad\s+(?:[a-z]+ly\s+)?$")  # a past perfect's "had", reported speech's backshift
_NEXT_CLAUSE = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s")
# A clause joined with a subject of its own, not one more "that" clause of the same report ("..., and that it had")
_OWN_CLAUSE = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s+(?!that\b)")


def _may_govern(sentence: str, report: Report, position: int) -> bool:
    """
    Whether a report after the statement at ``position``, or closing an earlier clause, may be its source.
    "The airport is licensed for 26 million, and officials have warned that ...": a cue whose content
    follows it reports that content, not the clause before its subject; "31 were killed, officials said,
    and rescuers were racing to reach 17 men": a postposed cue reports the clause it closes, not the next.
    """
    if report.relative:
        return False  # "Prices rose 4 per cent after a warning from the bank, which said": the clause after it only
    if report.postposed and report.end <= position:
        joined = _NEXT_CLAUSE.search(sentence[report.end : position])
        # "..., the ministry said, and the average borrower would save 1,200 crowns": a forecast joined to a
        # report goes on with it, for a reporter narrates what happens and does not forecast
        if joined is None:
            return True
        clause = sentence[report.end + joined.end() : position]
        # "..., he told parliament, and 85 per cent of the money went to ...", "..., the institute said, and
        # overnight temperatures did not fall below 29 degrees": a figure that opens the joined clause, or the
        # change of a statistic, goes on with the report; "and rescuers were racing to reach 17 men" is narrated
        # "Testers collected 42 samples, the agency said, and found the drug in 3 of them": a verb with no subject
        # of its own goes on with the subject of the reported clause, and so with its report
        subjectless = _SUBJECTLESS_VERB.match(clause) is not None
        # "..., the fund said, while its property portfolio lost 9.3 per cent": "while" sets the other half of the
        # reported comparison against the first; "..., she said, while rents had risen by 18 per cent": the past
        # perfect is reported speech's backshifted tense; "..., the council said, and it hopes to reach 90,000": the
        # body goes on about itself as "it"
        contrast = joined.group(0).lstrip(", ").startswith(("while", "whereas"))
        backshifted = _BACKSHIFTED_PERFECT.match(clause) is not None
        itself = _IT_SUBJECT.match(clause) is not None
        # "..., the authority said, and every million lost journeys costs it 2.5 million": the joined clause speaks
        # of the reporting body as "it" after a verb or preposition, as the body's own account of itself does
        of_itself = _OBJECT_IT.search(clause) is not None
        goes_on = bool(
            _MODAL.search(clause)
            or _FIGURE_OPENS.fullmatch(clause)
            or _JOINED_CHANGE.search(clause)
            or subjectless
            or of_itself
            or contrast
            or backshifted
            or itself
        )
        # "..., the report said, and second-home costs for another 31 per cent", "..., she said, and enforcement
        # staff cost about 400,000 a year": a clause joined to a report goes on with what it reports, unless the
        # writer narrates a scene ("and rescuers were racing to reach 17 men"), the clause names its own agent
        # ("and were immediately docked 20 points by the league") or opens on a time of its own ("and in 2003 the
        # workforce was cut to 28")
        whole = _CLAUSE_REST.match(sentence, report.end + joined.end()).group(0)  # type: ignore[union-attr]
        own_account = _PROGRESSIVE.search(whole) or _OWN_AGENT.search(whole) or _DATED_OPENING.match(clause)
        return goes_on or own_account is None
    # a report opening a clause joined after the figure, with its source of its own ("and, she later said,", "and by
    # her own count"), reports that clause, not the one before; not a second verb of the subject ("and said")
    opening = report.subject_start if report.subject_start > position else report.position
    own_source = report.subject_start > position or _SOURCE_PHRASE.match(sentence, report.position) is not None
    if own_source and position < opening and _NEW_CLAUSE_OPENS.search(sentence, position, opening):
        # "she received hundreds of letters, and by her own count she spoke to ...", "She came back with an order
        # worth 19 million marks, and, she later said, a bad cold"; but a clause that goes on with the first one's
        # subject, opening on its verb, is what the report covers: "Output fell 3 per cent in March and, officials
        # said, was the lowest since 2009", "The ferry carried 41,000 passengers and, its operator said, will add ..."
        closed = _REPORT_CLOSES.match(sentence, report.end)
        if closed is None or _SAME_SUBJECTS_VERB.match(sentence, closed.end()) is None:
            return False
    second_verb = 0 <= report.subject_start < position < report.position
    if second_verb and _JOINED_CUE.search(sentence, position, report.position):
        # "The contractor, Lumora Services, employs 86 people and has said no jobs will go": a figure in the clause
        # before the subject's second verb, the cue, is told by the writer, not reported by the subject
        return False
    if not report.postposed and report.subject_start > position and report.subject is not None:
        if _LEADING_CONJUNCTION.fullmatch(sentence[position : report.subject_start]):
            return True  # "But a housing officer, who ..., said": the subject opens the sentence after its conjunction
        if _CONJUNCTION_COMMA.search(sentence, 0, report.subject_start) and sentence.startswith(",", report.end):
            return False  # "9 cents on oil and, the treasury estimates, 6 per cent on gas": its own conjunct only
        if re.search(r"(?:,\s*|\s)(?:and|but|while|whereas)\s+$", sentence[: report.subject_start]):
            return False  # "Thousands filled in the form, and officials said it had saved 6 million": a new clause
        if re.search(r"[,”\"]\s*$", sentence[: report.subject_start]):
            return True  # "..., Commissioner Yvette Sandor said Wednesday as she released the report."
        return _CLOSING_TAIL.match(sentence[report.end :]) is not None
    return True


# A clause joined after a comma, right before a report that opens it: ", and ", ", and, ", ", but ", or " and, "
_NEW_CLAUSE_OPENS = re.compile(r"(?:,\s*(?:and|but)\s*,?|\s(?:and|but)\s*,)\s*$")
# The rest of a report set off by commas, up to its closing comma: " on Monday, "
_REPORT_CLOSES = re.compile(r"[^,;:.!?\"“”]{0,40},\s+")
# A verb that opens a clause with no subject of its own: "was the lowest", "will add a second boat"
_SAME_SUBJECTS_VERB = re.compile(
    r"(?:(?:also|then|later|still|now)\s+)?(?:was|is|were|are|will|would|could|can|may|might|should|has|had|have|"
    r"[a-z]{3,}ed)\s"
)
# A report's cue that names its source after it: "by her own count", "according to the union"
_SOURCE_PHRASE = re.compile(r"(?:[Bb]y|[Aa]ccording\s+to|[Ii]n)\s")
_JOINED_CUE = re.compile(r"\s(?:and|but)\s+(?:(?:has|have|had|also|since|now)\s+)*$")
# What one claims by asking for money: "refunds", "a voucher", "back 25 per cent", "2.7 million dorins in expenses"
_CLAIMING_MONEY = re.compile(
    r"\s+(?:back\s|(?:(?:an?|the|their|its|his|her)\s+)?(?:[a-z-]+\s+)?(?:refunds?|vouchers?|expenses|compensation|"
    r"damages|benefits?|grants?|allowances?|rebates?|relief)\b|[^,;:.]{0,30}?\d[^,;:]{0,30}?\sin\s+(?:expenses|"
    r"allowances|benefits|compensation|damages|refunds)\b|"
    # the sum as the claim's own object, what it is in after it ("claimed 2.4 million crowns in travel and meeting
    # costs"); not a sum inside a reported clause ("claimed that 3 million pounds in legal costs had been wasted",
    # "claimed the council spent 2 million pounds in consultancy costs"), which is saying
    r"(?:(?:about|almost|nearly|over|some|more\s+than)\s+)?[£$€]?\d[\d,.]*(?:\s+[a-z]+){0,2}\s+in\s+"
    r"(?:[a-z-]+\s+(?:and\s+)?){0,3}?(?:expenses|allowances|benefits|compensation|damages|refunds|costs)\b|"
    # "claim for a second home", "claimed for their travel": claiming against a cost; not "claimed for the first time"
    # nor a phrase a that-clause follows, which says something ("claimed for a decade that", "for her part that")
    r"for\s+(?:an?|their|his|her|its)\s+(?![a-z]+\s+time\b)(?![^,;:.]*\bthat\b))"
)
# What a side concedes in play: "conceded 11 league goals", "conceded two late tries", "conceded a penalty"
_CONCEDED_IN_PLAY = re.compile(
    r"\s+(?:(?:only|just|about|around|nearly|more\s+than|fewer\s+than|a|an|the)\s+)?(?:[\d,]+|[a-z]+)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:goals?|points?|runs?|tries|try|penalt(?:y|ies)|wickets?|sets?|frames?|fouls?|corners?)\b"
)
_ENTITLED_TO_CLAIM = re.compile(r"\b(?:can|could|may|might|to|cannot|will\s+be\s+able\s+to)\s+$")
_CLAUSE_REST = re.compile(r"[^,;:—–()\"“”]*")  # a joined clause, up to what sets off the next
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were)\s+(?:still\s+)?[a-z]{2,}ing\b")
_OWN_AGENT = re.compile(
    r"\b(?:is|are|was|were|been|be)\s+(?:[a-z]+ly\s+)?[a-z]{2,}(?:ed|en)\b.*\sby\s+(?:the\s+)?[A-Za-z]"
)
_DATED_OPENING = re.compile(r"(?:in|by|since)\s+(?:1[89]|20)\d\d\b")
_BACKSHIFTED_PERFECT = re.compile(
    r"^(?:[\w'’-]+\s+){1,6}?had\s+(?:(?:already|since|now|also)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn)\s"
)  # "while rents had risen by 18 per cent"
_IT_SUBJECT = re.compile(r"^it\s+(?:(?:also|now|still)\s+)?[a-z]+s\s")  # "and it hopes", "and it expects"
_OBJECT_IT = re.compile(r"\s(?!says\s)[a-z]{2,}s\s+it\s")  # "costs it", "gives it", not "says it"
_FIGURE_OPENS = re.compile(r"\W*(?:(?:about|around|nearly|almost|roughly|some|more\s+than|another|only|just)\s+)?")
_JOINED_CHANGE = re.compile(
    r"\b(?:rose|fell|dropped|climbed|increased|decreased|declined|grew|jumped|slipped|plunged|surged|dipped|stood|"
    r"reached|totalled|totaled|narrowed|widened|(?:did|does|do|has|have|had)\s+not\s+(?:fall|rise|drop|exceed|reach))\b"
)
_MODAL = re.compile(r"^(?:[\w'’-]+\s+){1,5}?(?:would|could|will|may|might)\s")
_SUBJECTLESS_VERB = re.compile(
    r"(?:also\s+|then\s+|later\s+)?(?:[a-z]{3,}ed|found|made|took|saw|gave|paid|sold|held|kept|spent|lost|won|"
    r"has|had|have)\s"
)
_CLOSING_TAIL = re.compile(
    r"(?!\s+(?:that|it|he|she|they|there)\b)(?:\s+[^\s,.;:“\"]+){0,6}?\s*(?:[.!?;]\s*[”\"’]?\s*$|,(?!\d))"
)


# (its perfect's auxiliary after the subject, not in it: ", which the union has costed at 12 million" is the union's,
# and a name's "of" inside it: ", which the Federation of Locomotive Staff has costed")
_RELATIVE_CONTACT = re.compile(
    r",\s*(?:which|whom)\s+(?P<subject>it|he|she|they|we|(?:the|its|their)\s+[a-z]+(?:\s+(?!ha[sd]\b|have\b)[a-z]+){0,2}|"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,3})(?:\s+(?:has|have|had))?\s+$"
)
_PRONOUN_OWNED = re.compile(
    r"(?:its|their)\s+(?:own\s+)?(?:latest\s+|new\s+)?(?:survey|figures|data|report|count|estimate|analysis|records|study)s?$"
)
# "Its spokesman said", "Its administrators say": a possessed noun before a verb that only speaks, never a noun
_SPEAKING_VERBS = forms("say tell") | {"added", "adds", "warned", "warns", "insisted", "insists"}
_POSSESSED_PERSON = re.compile(r"\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+[a-z]+\s+$")
_ITS_PEOPLE = re.compile(
    r"its\s+(?:own\s+)?(spokes(?:man|woman|person)|trustees|directors?|board|owners?|operator|management|officials|"
    r"chief\s+executive|chairman|chairwoman|chair)"
)
# A noun phrase run on into the that-less relative clause after it: "a result its director said reflected a swing",
# whose subject is the possessed role that speaks, not the noun the clause describes
_CONTACT_RELATIVE = re.compile(r"(?:an?|the)\s+(?:[a-z-]+\s+){1,2}?(?=its\s+(?:own\s+)?[a-z]+$)")
_OPENING_POSSESSIVE = re.compile(r"\W*(?:[Tt]he\s+)?(?:[\w-]+\s+){0,4}?[\w-]+['’]s?\s")
# "the spring budget documents", "the latest quarterly figures": what the words before say is the kind or the
# date, not a body that made them ("the ministry's figures", "council data" name one)
BARE_FIGURES = re.compile(
    rf"(?:the\s+)?(?:latest\s+|new\s+|official\s+)?(?:(?!(?:{ORG_HEADS})\s)[a-z]+\s+){{0,2}}"
    r"(?:figures|data|records|statistics|papers|documents|accounts)"
)
# Words that say what kind of document it is, not which body issued it: "an internal ministry audit"
DOCUMENT_ADJECTIVES = {
    "internal",
    "annual",
    "latest",
    "new",
    "own",
    "official",
    "confidential",
    "draft",
    "leaked",
    "final",
}
# "a council report", "council figures", "central bank data": a document a kind of body issues is that body's
BODY_DOCUMENT = re.compile(
    rf"(?:(?:a|an|the)\s+)?((?:(?!(?:a|an|the|its|their|his|her|our)\s)[a-z]+\s+)?(?:{ORG_HEADS}))\s+"
    r"(?:report|survey|study|review|audit|analysis|statement|figures|data|statistics|records|accounts|estimates?|"
    r"papers|documents)"
)

UNNAMED_GROUP = re.compile(
    r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Ss]ome|[Mm]any|[Aa]\s+few)\s+[a-z]+s\b"
)
# A group told by how many it is, whatever its head ("Two staff at a large mortgage lender", "Several shop owners")
COUNTED_GROUP = re.compile(r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Ss]ome|[Mm]any|[Aa]\s+few)\s+[a-z]")
_PARTICIPLE_PRONOUN = re.compile(r"[a-z]+ing\s+(it|he|she|they|we)")
_SENTENCE_BREAK = re.compile(r"[a-z’'][.!?][”\"’]?\s+[A-Z]")
_SAYING_CUES = forms("say tell announce state report write add") | {"according to"}
_SENTENCE_CLOSE = re.compile(r"\s*[.!?]?\s*[”\"’]?\s*$")


def _closes_a_view(sentence: str, inner: Report, behind: list[Report]) -> bool:
    """
    "Forecasters expect the water to cool by 1C, the bureau said", "The agency had put the chance at 12 per
    cent, Brandvold said": a view, an estimate or a rejection reported by a clause that closes the sentence is
    that clause's content, given on the closing source's word; a statement ("X said that ..., Y said") is not.
    """
    last = behind[-1]
    if not last.postposed or last.subject is None or not _SENTENCE_CLOSE.fullmatch(sentence[last.end :]):
        return False
    if not re.search(r",\s*$", sentence[: last.position if last.subject_start < 0 else last.subject_start]):
        return False
    return sentence[inner.position : inner.end].lower() not in _SAYING_CUES


def _closed_before(sentence: str, report: Report, position: int, source_closes: bool = False) -> bool:
    """
    An "according to" set off after its clause, with a new named subject's clause begun before ``position``; or with
    any new clause begun when a source of its own closes the sentence ("..., according to counts by the council, and
    around 130 trains a day pass through, the operator said": the trains are the operator's).
    """
    if not sentence.startswith("according", report.position) or not re.search(r",\s*$", sentence[: report.position]):
        return False
    if source_closes and _NEXT_CLAUSE.search(sentence, report.end, position):
        return True
    return _NEW_SUBJECT_CLAUSE.search(sentence, report.end, position) is not None


_NEW_SUBJECT_CLAUSE = re.compile(
    r",\s*(?:and|but|while)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:has|have|had|is|was|were|will|[a-z]+ed)\s"
)


# "for a fee that Rovers put at 2.4 million": a relative clause on a noun, whose own subject reports
_OBJECT_RELATIVE_BEFORE = re.compile(r"\b(?![A-Z])[a-z]{3,}\s+(?:that|which)\s+$")


def _relative_closed(sentence: str, report: Report, position: int) -> bool:
    """
    A report inside a relative clause on a noun, closed by a comma before ``position``: "Oyelaran, signed ... for a
    fee that Rovers put at 2.4 million rossets, now has 16 goals" reports the fee, not the goals.
    """
    if report.subject_start <= 0 or not _OBJECT_RELATIVE_BEFORE.search(sentence, 0, report.subject_start):
        return False
    return "," in sentence[report.end : position]


_OPENING_SUBORDINATOR = re.compile(r"\W*(?:While|Whereas|Because|Although|Though|When|After|Once|Since|As|If)\s+$")


def _subordinate_closed(sentence: str, report: Report, position: int) -> bool:
    """
    A report in a subordinate clause opening the sentence, closed by a comma before ``position``: "When the government
    proposed demolishing the estate, residents collected 22,000 signatures" reports no figure of the main clause.
    """
    if report.subject_start <= 0 or not _OPENING_SUBORDINATOR.fullmatch(sentence, 0, report.subject_start):
        return False
    return "," in sentence[report.end : position]


def _source_start(report: Report) -> int:
    """Where a report's source, or its cue when the source follows ("according to X"), begins."""
    return report.subject_start if report.subject_start >= 0 else report.position


# A relative clause stating a level, between a report's verb and a figure: "would add to a backlog that already
# stood at 38,600 cases": background the speaker did not give, whose source may close the sentence
_LEVEL_RELATIVE = re.compile(
    # "a backlog that already stood at", "the Blue line, where it had reached"
    r"(?:\b[a-z]{3,}\s+(?:that|which)|,\s*where\s+(?:it|they))\s+(?:[a-z]+ly\s+|already\s+|still\s+|now\s+|then\s+)?"
    r"(?:stood|stands|was|were|is|are|had|has|have|reached|totalled|totaled|numbered|rose|fell)\b"
)


_BODY_OWNED = re.compile(rf"(?:the\s+)?(?:[a-z-]+\s+)?(?:{ORG_HEADS})['’]s\s")


_REPORTED_FORMS = {"reported", "report", "reports", "reporting"}
# What "reported" takes as an object when it tells an occurrence: a figure, a gerund, a noun phrase with a quantifier
_REPORTED_OBJECT = re.compile(
    r"\s+(?:\d|[a-z]+ing\b|(?:about|around|some|nearly|almost|more\s+than|fewer\s+than|over|a|an|no|dozens|hundreds|"
    r"thousands|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
)


def _according_after(sentence: str, inner: Report, behind: list[Report], position: int = -1) -> bool:
    """
    "Members of the Assembly claimed 31.2 million ..., according to figures released by the Standards Office",
    "Monitors have recorded 1,340 violations ..., according to a report by the Mission": an "according to" set
    off after the clause gives its whole content, an act or a record, on that source's word; a statement
    ("X said ..., according to Y") keeps its speaker.
    """
    cue = sentence[inner.position : inner.end].lower()
    # "Swimmers reported 17 cases of illness, according to the health authority": "reported" with an object, not a
    # clause, is an occurrence reported to the source, which records it; not a statement
    occurrence = cue in _REPORTED_FORMS and _REPORTED_OBJECT.match(sentence, inner.end) is not None
    if (
        cue in _SAYING_CUES
        and not occurrence
        and not (
            # "Lawyers said the delays would add to a backlog that already stood at 38,600 cases ..., according to
            # the Courts Service": the level in the relative clause is the closing source's, not the speaker's
            position > inner.end and _LEVEL_RELATIVE.search(sentence, inner.end, position)
        )
    ):
        return False
    return any(
        sentence.startswith("according", r.position)
        and re.search(r",\s*$", sentence[: r.position])
        # a body named, or a body's own document ("the authority's surveys"), not "a filing" the acting company made
        and (_CAPITAL.search(r.subject or "") or _BODY_OWNED.match(r.subject or ""))
        for r in behind
    )


def _records(sentence: str, report: Report) -> bool:
    """A cue of the record class ("recorded", "showed"): a body's statistics, not a statement."""
    return sentence[report.position : report.end].lower() in RECORD_FORMS


def _stance(report: Report) -> str:
    if report.negated:  # "did not confirm", "declined to deny": the speaker only passes the figure on
        return "relays"
    return report.stance


# A dateline opening the first paragraph: "VARNOTH, Velmora, Dec 7 (QNW) - ", "PORTVILLE — "; in the house styles that
# write the place in title case, the agency in brackets or the date shows it is one ("Portville, May 3 (WNS) — ",
# "Portville (WNS) – ", "Portville, 3 May: "), which a sentence's opening name and a dash alone do not
_TITLE_PLACE = r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}"
_DATELINE_DATE = r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?"
# A timeline's entry opens on its date alone, then a dash or a colon, and its actor starts after it ("12 June 2028 -
# Harwick Pharma tells the agency ...", "10 July - Harwick says ...", "March 2021: The council ...", "2019 - The
# mill closes"): the date is when the entry happened, no figure of its own, and each entry names its own actor, as a
# brief under its dateline does. The month is named, so "12 Officers - " opens no entry; a year's dash needs the
# space before it, so a span ("2019-20 was ...") is no date. Timelines also write the month short and the weekday
# before the day ("Jan 12, 2028 - ", "Sept 3 - ", "Oct. 2028 - ", "Monday 12 June - ").
_ENTRY_MONTH = rf"(?:{MONTH_NAME}\.?|{MONTH_SHORT})"
_ENTRY_DATE = (
    rf"(?:{WEEKDAY_NAME},?\s+)?(?:\d{{1,2}}\s+{_ENTRY_MONTH}|{_ENTRY_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?"
    rf"|{_ENTRY_MONTH}\s+\d{{4}}|(?:19|20)\d\d"
)
_ENTRY_SEPARATOR = r"(?:\s+[—–-]+|\s*[—–]+|:)(?=\s+[A-Z\"“])"
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'’-]+(?:,[^—–]{0,40})?(?:\s*\([^)]*\))?\s*[—–-]+"
    rf"|{_TITLE_PLACE}(?:,[^—–():]{{0,40}})?\s*\([A-Z][\w'’ .-]{{0,30}}\)\s*[—–-]+"
    rf"|{_TITLE_PLACE},(?:\s+{_TITLE_PLACE},)?\s+{_DATELINE_DATE}(?:\s+[—–-]+|\s*[—–]+|:)"
    rf"|(?:{_ENTRY_DATE}){_ENTRY_SEPARATOR})\s*"
)
# A dateline's place in capitals and its date, up to the dash set off by spaces (not a hyphen inside a name, "Ravelock
# Dairies Co-operative", as DATELINE may take): "BRISCA - ", "DUNNOCK CROSS, 15 November - "
# What follows a place in capitals that opens a story ("HARROWMOUTH - ", "BRISCA, Orvandy (KNS) - "): an optional
# region after a comma, an optional agency in brackets, then a dash between spaces
_PLACE_DATELINE_AFTER = r"(?:,[^—–\n]{0,40}?)?(?:\s*\([^)]*\))?\s+[—–-]+\s"
_PLACE_DATELINE = re.compile(rf"\W*[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*)*{_PLACE_DATELINE_AFTER}")
# A timeline's entry alone of the datelines: a story's own dated line ("1 September: The bridge shuts.") or key-dates
# box is read as one, but the story's speaker resumes after it, and a dated paragraph that reports by pronoun ("March
# 2027: The council will raise tax by 4.9 per cent, he said.") is the story's, no entry
ENTRY_DATELINE = re.compile(rf"(?:{_ENTRY_DATE}){_ENTRY_SEPARATOR}")
# (not _PRONOUN_SAID, which reads a pronoun of either case before any of PLAIN_SAYING, with no comma before it)
PRONOUN_REPORT = re.compile(r",\s+(?:he|she)\s+(?:said|says|added|adds|told)\b")


# a phrase that ends on a figure ("the 139.10"), which a past participle after it qualifies: "the 139.10 recorded at X"
FIGURE_ENDS = re.compile(r"(?<![\w,.])(?!(?:19|20)\d\d$)\d[\d,.]*$")


def _opening_subject(sentence: str) -> str | None:
    """The subject that opens the sentence, for a participle that reports for it ("X ..., saying ...")."""
    text = DATELINE.sub("", sentence)
    verb = re.search(r"\s(?:have|has|had|is|are|was|were|will|would|can|could|did|does|do|[a-z]+ed)\b", text)
    phrase = subject_phrase(text[: verb.start()]) if verb else None
    if phrase:
        return phrase
    opening = OPENING_SUBJECT.match(text)
    if opening is None or opening.group(1).lower() in _DETERMINERS:
        return None  # "A group of ...": an article is no subject of its own
    return opening.group(1)


# Common irregular pasts, the verbs a clause's subject may be cut at
_IRREGULAR_PASTS = (
    "sold", "paid", "spent", "took", "made", "gave", "won", "lost", "set", "put", "began", "rose", "fell", "grew",
    "bought", "built", "brought", "kept", "held", "got", "saw", "ran", "drew", "chose", "hit", "left", "met", "sent",
    "lent", "led", "sought", "went", "came", "became", "cut", "flew", "spoke", "stood", "told", "said", "wrote",
)  # fmt: skip
# The finite verb of a clause that opens a sentence: an auxiliary, a regular past, or a common irregular past.
_FIRST_VERB = re.compile(
    # an adverb between the subject and its verb is no word of the subject: "The chain now runs 186 shops"
    r"\s(?:(?:now|also|still|already|alone|then|later|recently|previously|currently|again|too)\s+)?"
    rf"(?:have|has|had|is|are|was|were|will|would|can|could|did|does|do|[a-z]{{2,}}ed|{'|'.join(_IRREGULAR_PASTS)}|"
    # the present of the verbs a body or its document states a figure by: "The utility's annual report gives"
    r"gives|says|puts|shows|sets|estimates|counts|lists|reports|finds|expects|forecasts|employs|owns|runs|"
    # and those it states its plans by: "The council wants every bar to close at 1am"
    r"wants|plans|aims|intends|proposes|hopes)\b"
)


# A relative pronoun standing as the subject of a cue, after the noun phrase it takes up: "..., which said",
# "..., who has warned"; the noun phrase is a determiner's or a name, after a preposition or a verb
_DOCUMENT_BY_RELATIVE = re.compile(
    r"(?P<np>\b(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:study|report|survey|review|analysis|audit|poll|census|"
    rf"investigation|assessment)\s+(?:by|from)\s+(?:the\s+)?{ENTITY_PATTERN})\s+(?:which|that)\s+$"
)
_RELATIVE_PRONOUN_SUBJECT = re.compile(
    rf"(?:^|\s)(?P<np>(?:the|a|an|its|their)\s+(?:(?!(?:of|from|at|in|on|for|by|with|to)\s)[\w'’-]+\s+){{0,4}}?[\w'’-]+|"
    # or a participle's agent with no article: "Asked by reporters, who pointed out that ..."
    rf"{ENTITY_PATTERN}|(?<=\bby\s)[a-z][\w'’-]+),\s*(?:which|who)\s+"
    r"(?:(?:has|have|had|also|later|previously|then|now|earlier)\s+)*$"
)
_OPENING_SURNAME = re.compile(
    r"(?!(?:The|This|That|These|Those|Its|His|Her|Their|Our|But|And|Some|Many|Most|All|Both|Each|Other|Others)\b)"
    r"([A-Z][a-z'’-]{2,})\s+[a-z]+\s"
)


def _first_clause_subject(sentence: str, speaking: bool = False) -> str | None:
    """
    "The club sold 33,400 tickets, and says ...": the noun phrase before the sentence's first verb; a body's proper
    name, whatever its head noun, where the verb coordinated with that one is of speaking (``speaking``): "The National
    Livestock Show has checked its records and says he won 12" (no event speaks, the body running it does).
    """
    text = DATELINE.sub("", sentence)
    verb = _FIRST_VERB.search(text)
    if verb is None or re.search(r"[,;:]", text[: verb.start()]):
        return None
    phrase = subject_phrase(text[: verb.start()])
    if not phrase or phrase != text[: verb.start()].strip() or not _valid_np(phrase):
        return None
    core = _POSTMODIFIER.sub("", phrase)
    source = ORG_REF.search(core) or _looks_like_organisation(core) or _looks_like_person(strip_titles(core))
    named = speaking and _PROPER_NAME.fullmatch(re.sub(r"^[Tt]he\s+", "", core)) is not None
    return phrase if source or named or ANONYMOUS_SOURCE.match(phrase) else None


def _opening_name_as_body(memory: SpeakerMemory) -> str | None:
    """
    The name the sentence's clause opens with, when nothing says it is a person's: it does not read as a person's
    name ("Skyvane will switch on 85 sites"), the page knows it as a body, the clause gives it "its" ("Norrel Smelting
    will cut 340 jobs at its smelter") or the page reads it as a body's elsewhere ("Brinmoor Minerals, which"). Not
    the wire a dateline names, and not a surname of a person the page named in full. (SpeakerMemory.opening_body, no
    twin of this, reads the opening noun phrase, an apposition's name or a description, "The zoo", "The agency's
    budget", and takes it only with a body's word or a body the page knows; this takes a bare name unless it reads as
    a person's.)
    """
    clause = DATELINE.sub("", memory.sentence).split(",", 1)[0]
    # "its" in the clause says the name it opens with is a body's, though the page writes it nowhere else; a name of
    # two words or more, as one word opening a sentence may be a common noun or a pronoun ("Passengers made 612
    # million journeys on its trains", "It has raised its fares")
    its = re.search(r"\bits\b", clause) is not None
    phrase = _opening_phrase(memory.sentence) if its else None
    name = _opening_name(memory.sentence, memory) or (phrase if phrase and " " in phrase else None)
    if not name or name in memory.wires or name.lower() in NOT_NAMES or name.split()[0].lower() in NOT_NAME_OPENERS:
        return None
    if " " in memory.full_names.get(name.lower(), ""):
        return None
    if not _looks_like_person(name) or memory.is_organisation(name) or memory.reads_as_body(name):
        return name
    return name if its else None


def _opening_phrase(sentence: str) -> str | None:
    """The name alone before the sentence's first verb, however it looks: "Vantra" of "Vantra is recalling"."""
    opening = DATELINE.sub("", sentence)
    verb = _FIRST_VERB.search(opening)
    phrase = opening[: verb.start()].strip() if verb else ""
    return phrase if ENTITY.fullmatch(phrase) else None


def _opening_name(sentence: str, memory: SpeakerMemory) -> str | None:
    """
    The name alone before the sentence's first verb, however it looks ("Vantra" of "Vantra is recalling"), when the
    article capitalises it inside a sentence too: a common noun ("Output was") is capitalised only where it opens one.
    """
    phrase = _opening_phrase(sentence)
    return phrase if phrase and memory.capitalised_inside(phrase) else None


def introducing_subject(sentence: str) -> str | None:
    """
    Who a sentence that ends in a colon introduces as the voice of the quotation after it, when it has no
    reporting verb ("The fire chief, Ada Lenz, has just given an update:"): the subject that opens it.
    """
    apposed = OPENING_APPOSITION.match(sentence) or _INDEFINITE_APPOSITION.match(sentence)
    if apposed and _looks_like_person(strip_titles(apposed.group(1))):
        return apposed.group(1)
    return _first_clause_subject(sentence)


# A person named after what they are, as a live page or a letters column brings in a reader: "A passenger, Oskar Lind,"
# (not a document, whose apposed name is its addressee: "A letter to the minister, Ida Voss, from the dockers")
_INDEFINITE_APPOSITION = re.compile(
    r"^\W*(?:An?|One)\s(?!(?:[a-z-]+\s)?(?:letter|e-?mail|message|note|statement|petition|report|memo|post)s?\b)"
    rf"[^,;:\"“”]{{0,60}},\s+({ENTITY_PATTERN})(?=,)"
)


# "representing Brennik", "briefing journalists on condition of anonymity"
APPOSED_PARTICIPLE = re.compile(
    r"[a-z]{2,}ing\s+(?:[A-Z]|(?:the|a|an|its|his|her|their)\s|[a-z]+s\s+(?:on|in|at|about|from|to|for|with|after)\s)"
)  # not "shipping agents", a noun after its modifier
PARENTHETICALS = {
    "however", "meanwhile", "though", "too", "also", "in turn", "for their part", "for its part", "for his part",
    "for her part", "in contrast", "by contrast", "instead", "nevertheless", "in a statement", "separately",
}  # fmt: skip


_APPOSED_PARTICIPLES = (
    r"carried\s+out|conducted|published|released|issued|commissioned|compiled|produced|prepared|led|run|funded|"
    r"written|drawn\s+up|paid\s+for|seen|obtained|reviewed"
)


SET_OFF_RELATIVE = re.compile(
    r",\s*(?:and\s+(?:who|whose)|(?:and|but)\s+(?:asked|declined|requested|refused|spoke|did\s+not)|(?:several|some|many|most|one|two|three|all|none|both|each|few)\s+of\s+(?:whom|which))\b"
    r"(?:[^,]|,(?=\d))*,?\s*$"
)
# What describes an unnamed source between its noun and its reporting verb, which PARC keeps in the source: a
# restrictive relative ("who worked on the site"), then set-off clauses ("who asked not to be named", "and asked not
# to be named", "speaking on condition of anonymity", "whose name was withheld by order of the judge")
_DESCRIBING_PART = (
    r"(?:,\s*(?:(?:and|but)\s+)?(?:who|whose|speaking|briefing|asked|declined|requested|refused|spoke|did\s+not|"
    r"(?:several|some|many|most|one|two|three|all|none|both|each|few)\s+of\s+whom)\b[^,;:“”\"]*"
    rf"(?:{_SAID_ASIDE}[^,;:“”\"]*)?)"  # "who asked not to be named because, she said, Winifred ..."
)
DESCRIBING_TAIL = re.compile(rf"(?:\s+(?:who|whose|that)\s[^,;:“”\"]*?)?{_DESCRIBING_PART}*\s*,?\s*$")
# How far such a description runs from where it starts, greedily; it is the whole tail when only a comma and spaces
# are left after it (DESCRIBING_TAIL's end)
_DESCRIBING_RUN = re.compile(rf"(?:\s+(?:who|whose|that)\s[^,;:“”\"]*)?{_DESCRIBING_PART}*")
_TAIL_END = re.compile(r"\s*,?\s*")
_DESCRIPTION_BREAK = re.compile(r"\s+(?:who|whose|that)\s|,")
_RESTRICTIVE_BREAK = re.compile(r"\s+(?:who|whose|that)\s")
# An adverb of manner after a verb of speaking, which belongs to it: "not authorised to speak publicly", "speaking
# privately"
_SPOKEN_MANNER = re.compile(r"\b(?:speak|speaking|talk|talking|comment|commenting)\s+[a-z]+ly$")
# An unnamed source opening its sentence, counted or indefinite, with its description up to the verb: "A member of
# the credit union for 20 years, who asked not to be named, said", "Three diplomats from countries that fund it said"
DESCRIBED_OPENING = re.compile(
    r"\W*(?:(?:And|But)\s+)?(?P<np>(?:An?|One|Two|Three|Four|Five|Six|Several|Some|Another)\s+[^,;:“”\"]{1,80}?)"
    r"(?=\s+(?:who|whose|that)\s|,)"
)


# A body named by its kind and a restrictive relative: "union that represents the workers"
_RESTRICTIVE_RELATIVE = r"(?=\s+(?:that|which|who)\s)"
_DESCRIBED_BODY = re.compile(rf"(?:[Tt]he\s+)?{_BODY_KIND}{_RESTRICTIVE_RELATIVE}")
# A body the sentence opens with, so described: "The union that represents the workers"
DESCRIBED_BODY_OPENING = re.compile(rf"\W*(?:(?:And|But)\s+)?(?P<np>The\s+{_BODY_KIND}){_RESTRICTIVE_RELATIVE}")


# A group named by what its members are doing or where they are: "Workers leaving the afternoon shift",
# "Passengers waiting at the terminal": a present participle after the anonymous head (a reduced relative)
ANONYMOUS_PARTICIPLE = re.compile(
    rf"^(?:(?:the|some|many|several|two|three|four|dozens\s+of)\s+)?(?:[a-z][\w'’-]*\s+){{0,2}}?(?:{ANONYMOUS_HEADS})"
    r"\s+[a-z]+ing\s+[^,;:]+$",
    re.IGNORECASE,
)

# The pieces subject_phrase strips off the words before a cue, compiled once: it runs for nearly every cue
# The words of a negated cue between its subject and its verb: "declined to", "was unable to", "has yet to", "has not
# yet", "neither" (confirmed nor denied), "didn't"
_DECLINED_TO = re.compile(r"\s*(?:\b(?:declined|refused|failed|unable|yet)\s+to|\b(?:neither|yet)|\b[a-z]+n['’]t)\s*$")


def _without_declined_to(text: str) -> str:
    """_DECLINED_TO.sub("", text), tried only on a text that ends on one of its last words, as few subjects do."""
    return _DECLINED_TO.sub("", text) if text.rstrip().endswith(("to", "neither", "yet", "n't", "n’t")) else text


# When and for what a body's papers came out, after their noun, which names no one: "Council papers for the cabinet
# meeting on 8 May", "Police figures out this week"
_PAPERS_OCCASION = re.compile(
    r"\b(?P<doc>papers|figures|data|records|documents|accounts|statistics)\s+"
    # "papers for next week's meeting", "papers for Tuesday's meeting": a day's is as much an occasion as "the"
    r"(?:for\s+(?:the|a|its|their|(?:next|last|this)\s+week['’]s|[A-Za-z]+day['’]s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|session|hearing|debate)"
    r"(?:\s+on\s+(?:\d{1,2}\s+)?[A-Za-z]+)?|out(?:\s+(?:this|last)\s+(?:week|month)|\s+on\s+[A-Za-z]+)?)$"
)
_DOCUMENT_PARTICIPLE_END = re.compile(
    r"\s+(?:published|released|issued|conducted|carried\s+out|commissioned|unveiled|presented)$"
)
_CLOSING_QUOTE_END = re.compile(r"[”\"’']\s*,?\s*$")
_SET_OFF_END = re.compile(r",\s*(?:who|which|whose|speaking|citing|briefed)\b(?:[^,]|,(?=\d))*,?\s*$")
# "..., where the first cases were reported in September, said": a relative of place closed by its comma
_SET_OFF_WHERE = re.compile(r",\s*where\b(?:[^,]|,(?=\d))*,\s*$")
# "Your report on house prices (4 October) said": the day of the paper's piece, in brackets as a letter to the paper
# cites it, is no part of who says it
_BRACKETED_DAY_END = re.compile(r"\s*\((?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\)\s*$")
# ", carried out by the wildlife service,", ", produced to the inquiry in October,": set off, whatever follows it
_APPOSED_PARTICIPLE_END = re.compile(rf",\s*(?:{_APPOSED_PARTICIPLES})\s(?:[^,]|,(?=\d))*,?\s*$")
# A document named with the sample it was taken of: "A survey of 1,050 homeowners in flood-risk areas"
_SAMPLED_DOCUMENT = re.compile(
    r"(?:An?|The)\s+(?:[a-z-]+\s+)?(?:survey|poll|study|census|review|audit|analysis)\s+of\s+"
    r"(?:some\s+|about\s+|more\s+than\s+|nearly\s+)?[\d,.]+\s+[a-z-]+(?:\s+[a-z-]+){0,5}"
)
_APPOSED_AUTHOR = re.compile(
    r"^,\s*(?:carried\s+out|conducted|published|released|issued|compiled|produced|prepared|written|drawn\s+up)\b"
    r"[^,]*?\bby\s+((?:the\s+)?(?:[A-Z][\w'’-]*|[a-z][\w'’-]*)(?:\s+(?!(?:with|in|on|at|for|and|last|this|after)\b)[\w'’-]+){0,5})"
    r"\s*(?:,\s*)?$"
)
# What a document is based on, or the sample it was taken of, set off between it and its verb: "The report, based on an
# inspection in September, found", "The association's quarterly survey, of 412 firms, found"
_BASED_ON_END = re.compile(
    r",\s*(?:(?:based|drawn|built)\s+(?:on|from|upon)|of\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?\d[\d,]*)\b"
    r"(?:[^,]|,(?=\d))*,?\s*$"
)
_COMMA = re.compile(r",(?!\d{3})\s*")
_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|or|yet|so|And|But|Yet|So|Now|Still|Instead|Then|Also|Already)\s+")
_SET_OFF_PART = re.compile(r"(?:who|which|whose|speaking|citing|according|itself|himself|herself)\b")
_AGE = re.compile(r"\d{1,3}")
_RESTRICTIVE = re.compile(r"(.+?)\s+(?:who|whose)\s+[a-z]")


_WORDS = re.compile(r"[\w-]+")
_OPENING_PARTICIPLE_CLAUSE = re.compile(r"(?:[A-Z][a-z]+ing|Asked|Pressed|Questioned|Interviewed)\s+(?:[a-z]|[A-Z])")
_DESCRIBED_NAME_BEFORE = re.compile(rf"{ENTITY_PATTERN},\s+(?:the|a|an|its|his|her|their)\s[^,;:\"“”]*\s$")


# TRAILING_VERB_FILLER strips a run of its words (each one to three tokens: "also", "did not", "earlier this week")
# from the end of a text, and searching every position of the text for where the run starts was most of its cost.
# Searched for from the fourth-last token on, a match that starts after the space before the last token is the
# leftmost one: a run starting earlier has a word of it start at one of the first three tokens searched, and a match
# with it. The checksum keeps this to the pattern it reasons about: once the pattern changes, the whole text is
# searched again.
_FILLER_SHORTCUT = zlib.crc32(TRAILING_VERB_FILLER.pattern.encode()) == 0x7A0E1428


# (a subject is stripped again for each figure its clause governs)
@functools.lru_cache(maxsize=4096)  # page-scoped: see clear_page_caches
def _strip_trailing_filler(text: str) -> str:
    """TRAILING_VERB_FILLER.sub("", text), read from near the end of a long text."""
    tokens = text.rsplit(None, 4) if _FILLER_SHORTCUT else []
    if len(tokens) == 5:
        window = len(tokens[0])  # where the space before the fourth-last token starts
        past = len(text.rsplit(None, 1)[0])  # and the space before the last
        found = TRAILING_VERB_FILLER.search(text, window)
        if found is not None and found.start() > past and found.end() == len(text):
            return text[: found.start()]
    return TRAILING_VERB_FILLER.sub("", text)


def described_source(before: str) -> str | None:
    """
    An unnamed source opening the sentence, whose description up to its verb is too long to read as one noun phrase:
    "Three diplomats from countries that fund the mission said", "A member of the union for 20 years, who asked not
    to be named, said". name_of keeps to its noun phrase where a description is set off after it.
    """
    opening = DESCRIBED_OPENING.match(before)
    if opening is None:
        body = DESCRIBED_BODY_OPENING.match(before)
        if body is not None and DESCRIBING_TAIL.fullmatch(before, body.end("np")):
            # "The union that represents most of the plant's workers says": a body the page names only by what it does
            return before[body.start("np") :].rstrip(" ,")
        return None
    # "A tenant of the estate for 30 years": someone the article places but does not name, whatever the noun
    placed = UNNAMED_PERSON_AT.match(opening.group("np"))
    if not (ANONYMOUS_SOURCE.match(opening.group("np")) or (placed and not ORG_HEAD_WORD.fullmatch(placed["head"]))):
        return None
    tail = before[opening.end("np") :].rstrip()
    if "," in tail and not tail.endswith(","):
        return None  # "..., who asked not to be named because they had been told": a verb inside the aside
    return before[opening.start("np") :].rstrip(" ,") if DESCRIBING_TAIL.fullmatch(before, opening.end("np")) else None


# An unnamed source opening the sentence or a clause after a comma, counted or indefinite, up to what describes it
_UNNAMED_OPENING = re.compile(
    r"(?:^\W*|,\s+)(?:(?:[Aa]nd|[Bb]ut)\s+)?"
    r"(?P<np>(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Ss]ome|[Aa]nother)\s+[^,;:“”\"]{1,80}?"
    r"(?:,\s+an?\s+[^,;:“”\"]{1,80}?)?)"  # "One resident, a retired lorry driver who ...": a description in apposition
    r"(?=\s+(?:who|whose)\s|,\s*(?:and\s+)?(?:who|whose)\s)"
)


def withheld_source(before: str) -> str | None:
    """
    An unnamed source whose description up to its verb says that its name is withheld, whatever its noun and however
    long the description ("A hunter who has stalked deer in the forest for 40 years and asked not to be named because
    lynx are a sore subject in his village said"; "..., two officials who asked not to be named because the matter is
    sensitive said"): the whole description names it (tests/ingest_labelling.md, session 21). A comma inside the
    description is its own only when the description is closed by one before the verb ("A river keeper, who asked not
    to be named because his employer, an estate, had not approved, said").
    """
    text = before.rstrip()
    stripped = _strip_trailing_filler(text).rstrip()
    if stripped.endswith(","):
        text = stripped  # "..., who asked not to be named, also said"; not the "again" of "to be booked again said"
    closed = text.endswith(",")
    text = text.rstrip(",").rstrip()
    last = text.rsplit(None, 1)[-1].lower() if text else ""
    if not last or last in _DETERMINERS | _REDUCED_RELATIVE | _CLAUSE_VERBS | {"of", "to", "for", "from", "not"}:
        # "because his employer had not approved his comments": the cue is a noun, no verb; "because the trust has
        # told doctors": the verb of a clause inside the description
        return None
    for opening in _UNNAMED_OPENING.finditer(text):
        tail = text[opening.end("np") :]
        if not _NAME_WITHHELD.search(tail) or (("," in tail.lstrip(",")) and not closed):
            continue
        # the noun it is introduced by, not one that places it: "A consultant in the emergency department"
        head = _anonymous_head(opening.group("np")) or opening.group("np").split()[-1].lower()
        if ORG_HEAD_WORD.fullmatch(head) or _DOCUMENT_HEADS.fullmatch(head):
            continue
        return text[opening.start("np") :]
    return None


def _with_description(before: str, subject: str, start: int) -> str:
    """
    An unnamed source with the description between it and its verb: "A nurse at a clinic in Varlenne province, who
    asked not to be named because ..., said" is the whole phrase up to "said", set-off clauses included; a named or
    definite source is the noun phrase alone. name_of keeps the whole only where its noun phrase reads as unnamed.
    """
    end = start + len(subject)
    text = before.rstrip()
    closed = text.endswith(",")  # "..., who asked not to be named, said": the aside closed before the verb
    if closed:
        text = text[:-1]
    elif not _SPOKEN_MANNER.search(text):  # "who is not authorised to speak publicly said": the adverb is the aside's
        text = _strip_trailing_filler(_without_declined_to(_strip_trailing_filler(text))).rstrip()
        closed = before[len(text) :].lstrip().startswith(",")  # "..., who asked not to be named, also said"
        text = text.rstrip(",")
    tail = text[end:]
    if not tail.strip(" ,") or not DESCRIBING_TAIL.fullmatch(text, end):
        return subject
    if "," in tail and not closed:
        return subject  # "..., who asked not to be named because they had been told": a verb inside the aside
    if not (_unnamed_described(subject, tail) or tail.startswith(",")):
        return subject
    return text[start:].rstrip(" ,")


def _unnamed_described(subject: str, description: str) -> bool:
    """A source its noun phrase leaves unnamed, or whose ``description`` says its name is withheld."""
    placed = UNNAMED_PERSON_AT.match(subject)
    unnamed = ANONYMOUS_SOURCE.match(subject) or UNNAMED_GROUP.match(subject) or UNNAMED_ONE.match(subject)
    unnamed_head = unnamed is not None or unnamed_by_grammar(subject)
    # "A contractor who ..., and who asked that his name be withheld": unnamed, whatever its noun
    withheld = _NAME_WITHHELD.search(description) is not None
    return bool(unnamed_head or withheld or (placed and not ORG_HEAD_WORD.fullmatch(placed["head"])))


# The set-off description after a source that follows its cue, up to the end of its clause: "..., according to two
# people familiar with the deal, who asked not to be named because the talks were private."
_SET_OFF_AFTER = re.compile(rf"{_DESCRIBING_PART}+(?=\s*(?:[.;!?]\s*[”\"’]?\s*$|,|$))")


# A set-off clause that makes a claim of its own, by a figure or a verb of reporting, which describes no source ("she
# said" inside a description, as _DESCRIBING_PART allows, tells whose words the reason is)
_DESCRIPTION_REPORTS = re.compile(r"\d|(?<!he )(?<!she )(?<!they )\b(?:said|says|told|tells|added|estimated|warned)\b")


def _with_description_after(after: str, subject: str | None) -> str | None:
    """
    An unnamed source after its cue ("said a senior official, who asked not to be named"; "according to two nurses,
    who spoke on condition of anonymity") with the set-off description that follows it, as _with_description keeps
    one between a source and its verb; a named source, or one with nothing set off after it, as it is.
    """
    at = after.find(subject) if subject else -1
    if subject is None or at < 0 or "," not in after[at + len(subject) :][:3]:
        return subject
    described = _SET_OFF_AFTER.match(after, at + len(subject))
    if described is None or not _unnamed_described(subject, described.group(0)):
        return subject
    if _DESCRIPTION_REPORTS.search(described.group(0)):
        return subject  # "according to two officials, who said 300 more could go by 2027": a claim, not a description
    return after[at : described.end()].rstrip(' .;!?”"’')


def _described_core(subject: str) -> str | None:
    """
    A source's noun phrase without the description set off after it: "One engineer" of "One engineer who worked on
    the pilot, and asked not to be named". A restrictive relative alone is part of the phrase ("two people who saw
    the results").
    """
    if "," not in subject:
        return None
    reached = 0
    for found in _DESCRIPTION_BREAK.finditer(subject):
        start = found.start()
        if start == 0 or start < reached:
            # a break inside a description already run over ends where that one ended, short of the end: each
            # character is read once, not once for each break before it (26 s on 20 KB of ", who a" before)
            continue
        run = _DESCRIBING_RUN.match(subject, start)
        if run is not None and _TAIL_END.fullmatch(subject, run.end()):
            return subject[:start]
        reached = run.end() if run is not None else start
    return None


def _restricted_core(subject: str) -> str | None:
    """A source's noun phrase without the restrictive relative after it: "Two people" of "Two people who saw it"."""
    found = _RESTRICTIVE_BREAK.search(subject)
    if found is None or found.start() == 0 or not DESCRIBING_TAIL.fullmatch(subject, found.start()):
        return None
    return subject[: found.start()]


# (a reporting aside, _SAID_ASIDE, before a space: removed from a source's description)
_REPORTING_ASIDE = re.compile(rf"{_SAID_ASIDE}(?=\s)")


# "Rupert Glassey, Chief Executive, said", "Ada Roe, Managing Director of Pell Foods, said": a person's name opening the
# sentence with their role set off after it in capitals, as a release writes it; the name is the subject, not the role
_CAPITAL_ROLE_HEADS = _TITLE_HEADS | _OFFICER_HEADS | {"editor"}
NAME_CAPITAL_ROLE = re.compile(
    # findings_firstperson38 #4: a sentence adverb opening the sentence is no part of the name ("Separately Ada Roe")
    r"(?:^|[.;:]\s+)\W*(?:(?:Separately|Meanwhile|However|Also|Elsewhere|Additionally|Similarly|Likewise|Instead|Later|"
    r"Earlier|Today|Yesterday|Now|Then|But|And|So|Still|Finally|Previously|Nonetheless|Nevertheless|Moreover|"
    r"Furthermore|Indeed|Recently|Overall|Again),?\s+)?"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+(?:[A-Z][a-z]+\s+){0,2}"
    r"(?P<head>[A-Z][a-z]+)(?:\s+(?:of|for|at)\s+[^,;:\"“”]{1,60})?,\s*$"
)


def subject_phrase(before: str) -> str | None:
    """
    The noun phrase that is the subject of a reporting verb, read back from the verb: with its
    determiner, modifiers, titles and post-modifiers; an apposition yields the name it gives.
    """
    role = NAME_CAPITAL_ROLE.search(before) if ", " in before else None
    if role is not None and role.group("head").lower() in _CAPITAL_ROLE_HEADS and looks_like_person(role.group("name")):
        return role.group("name")
    # "BRISCA, 4 December 2026 - The health service today announced": a dateline opening the sentence is no source
    text = _strip_trailing_filler(_SET_OFF_WHERE.sub("", DATELINE.sub("", before, count=1)))
    text = _without_declined_to(text)
    yours = ")" in text and YOUR_DOCUMENT.match(text) is not None
    text = _strip_trailing_filler(_BRACKETED_DAY_END.sub("", text) if yours else text)
    # "A survey by Verax published on Sunday found": the participle modifies the document
    text = _DOCUMENT_PARTICIPLE_END.sub("", text)
    text = _PAPERS_OCCASION.sub(r"\g<doc>", text) if " for " in text or " out" in text else text
    text = _CLOSING_QUOTE_END.sub("", text).rstrip(" ,")
    if "said," in text:  # "who asked not to be named because, she said, Winifred ...": an aside inside the description
        text = _REPORTING_ASIDE.sub("", text)
    text = _SET_OFF_END.sub("", text).rstrip(" ,")
    # "Two nurses who work nights, and who asked not to be named because ..., said"; "Anglers, several of whom
    # asked not to be named, said": a set-off relative clause, joined or partitive, is no part of the source
    text = SET_OFF_RELATIVE.sub("", text).rstrip(" ,")
    # "Several buyers we spoke to": the reporter's contact with them is no part of the source
    text = _REPORTER_CONTACT.sub("", text)
    # "The survey, carried out by the wildlife service with two universities, found": a participle in apposition
    apposed = _APPOSED_PARTICIPLE_END.search(text)
    if apposed is not None:
        # "The first official count, issued that afternoon by the coastguard, put ...": a document is its author's
        # word, and the author the participle names is the source
        author = _APPOSED_AUTHOR.search(apposed.group(0))
        document = text[: apposed.start()].split()
        sampled = _SAMPLED_DOCUMENT.fullmatch(text, 0, apposed.start())  # "A survey of 1,050 homeowners in ..."
        if author is not None and document and (_DOCUMENT_HEADS.fullmatch(document[-1].lower()) or sampled):
            return author.group(1)
        text = text[: apposed.start()].rstrip(" ,")
    # "The report, based on an unannounced inspection in September, found": a participle phrase in apposition
    text = _BASED_ON_END.sub("", text).rstrip(" ,")
    if not text:
        return None
    # "Jana Weller, the agency's chief economist and a former adviser to the ministry, said": an "and" joining two
    # descriptions in apposition to a name starts no clause
    clause_start = max(
        (
            b.end()
            for b in _CLAUSE_BOUNDARY.finditer(text)
            # nor a "that" relative in it: "Stellwatch, a private company that monitors objects in orbit, estimates"
            if not (b.group(0).startswith(("and", "that")) and _DESCRIBED_NAME_BEFORE.search(text, 0, b.start()))
        ),
        default=0,
    )
    clause = text[clause_start:]
    opening_time = OPENING_TIME.match(clause)
    if opening_time is not None and clause[opening_time.end() :].strip():
        clause = clause[opening_time.end() :]  # "Last month it raised that forecast": a time adverbial is no source
    parts = [p.strip() for p in _COMMA.split(clause)]
    parts = [_LEADING_CONJUNCTION.sub("", p) for p in parts]  # "..., and business groups said"
    # "Gunnar Fisk, representing Brennik, told": a participle phrase in apposition is no source
    parts = [p for i, p in enumerate(parts) if i == 0 or not APPOSED_PARTICIPLE.match(p)]
    parts = [p for p in parts if p.lower() not in PARENTHETICALS]  # "Pilots' union leaders, however, said"
    if len(parts) > 1 and _OPENING_PARTICIPLE_CLAUSE.match(parts[0]):
        parts = parts[1:]  # "Speaking to Kulturbladet in her office above the Great Hall, she said": an adverbial
    while parts and (not parts[-1] or _SET_OFF_PART.match(parts[-1])):
        parts.pop()  # ", who spoke on condition of anonymity,"
    parts = [p for p in parts if p and not _AGE.fullmatch(p)]  # "Selby, 52,"
    if not parts:
        return None
    turn_opens = clause_start == 0 or text[:clause_start].rstrip().endswith(":")  # "OLLY DRENNAN: Hanna, ..."
    addressed_at_turn = (
        len(parts) == 2
        and _VOCATIVE_NAME.fullmatch(parts[0]) is not None
        and not _SET_OFF_BEFORE_VERB.search(before)
        and _BODY_OR_DOCUMENT_END.search(parts[1]) is not None
        and not looks_like_body(parts[0])
    )
    if (
        len(parts) > 1
        and turn_opens
        and (_VOCATIVE.fullmatch(parts[0]) or addressed_at_turn)
        and _DETERMINED.match(parts[1])
    ):
        # "Councillor, the residents' forum says ...", "Minister, your own survey found ...": whom the speaker turns
        # to, addressed by a title, is no part of the subject after it; nor a person's name opening a turn before a
        # body or a document, which no apposition makes of a person ("Hanna, the agency says 41,000 ...")
        parts = parts[1:]
    restrictive = _RESTRICTIVE.match(parts[-1])
    if restrictive and not _valid_np(parts[-1]) and _valid_np(restrictive.group(1)):
        parts[-1] = restrictive.group(1)  # "Two members of the coalition who voted for the bill said"
    contact = CONTACT_CLAUSE.match(parts[-1]) or FIGURE_CONTACT.search(parts[-1])
    if contact:  # "a levy it says", "a figure the city's own auditors say": the relative clause's own subject
        return contact.group("subject") or contact.group("body")
    if not _valid_np(parts[-1]) and ANONYMOUS_PARTICIPLE.match(parts[-1]) and len(parts[-1].split()) <= 8:
        return parts[-1]
    if len(parts) == 2 and _TITLED_DOCUMENT.search(parts[0]) and _final_entity(parts[1]) == parts[1]:
        # "Her 1996 report, Empty Desks, predicted": a document's title in apposition names no one; the document
        # speaks for whoever wrote it
        return parts[0]
    if len(parts) > 1 and parts[-1].lower() in SUBJECT_PRONOUNS and _pronoun_subject(parts):
        return parts[-1]
    if len(parts) > 1 and BARE_DOCUMENT.fullmatch(parts[-1]):
        # "..., the highest share in the Calder Accord, the report says": a document named by its kind alone is the
        # subject after the clause before it, which describes a figure, not the document
        return parts[-1]
    if len(parts) > 1:  # an apposition: "Ostrava's foreign minister, Lida Voss", "Dale, the mayor's spokesman"
        valid = [_valid_np(p) for p in parts]
        if valid[-1] and not all(valid):
            # "The insurer, Hallam Mutual, has paid out 11 million, the prosecutor": a clause ends the apposition
            parts = parts[len(parts) - valid[::-1].index(False) :]
            valid = [True] * len(parts)
        named = [p for p, np in zip(parts, valid, strict=True) if np and _ends_with_name(p) and not _office(p)]
        whole = [
            p
            for p in named
            if _final_entity(p) == p or (p.startswith("the ") and _final_entity(p) == p[4:] and looks_like_body(p[4:]))
        ]  # "the capital, Ostvar, the Kaldoran Road Hauliers' Association": a body's name after its article
        if whole:
            # "Corrabel Mutual, the largest insurer in Tessary": the name, not a description ending in a place
            return whole[-1]
        if named:
            return named[-1]
        return parts[-1] if valid[-1] else None
    return parts[0] if _valid_np(parts[0]) else _last_name_in(parts[0])


# the preposition opening a document's part, anywhere in the sentence: "In his memoir", "In 1998, in his memoir"
_IN_DOCUMENT = re.compile(r"^(?:[Ii]n|[Oo]n|[Tt]hrough)\s+")
# before a pronoun only, a document need not be owned: "In a memoir, Long Shifts, he wrote", "In the book, ..., she"
_ANY_DOCUMENT = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}(?:report|study|book|paper|review|survey|memoir|thesis|pamphlet)$"
)
# a name that is only a preposition's object ("mostly in Ostra", "mostly to pensioners in the Ostra region") is where
# or whom a figure concerns, not a subject a pronoun points back to
_PLACE_OBJECT = re.compile(r"\b(?:in|at|on|of|from|to|near|across|like|around|throughout)\s+(?:the\s+)?$")
# a description set off after a name ("Ivo Marren, the previous chairman,"): the name is the clause's subject
_APPOSITIVE = re.compile(r"(?:the|a|an|its|his|her|their)\s")


def _names_alone(part: str) -> bool:
    """
    A part that is a person or body by name, with or without a description before it ("Ada Roe", "the economist Ada
    Roe", "the late Ivo Marren"), not a phrase that only ends in a place ("mostly in Ostra").
    """
    if not _valid_np(part) or not _ends_with_name(part):
        return False
    final = _final_entity(part)
    return final == part or (final is not None and not _PLACE_OBJECT.search(part[: len(part) - len(final)]))


def _pronoun_subject(parts: list[str]) -> bool:
    """
    A pronoun ending the comma-separated parts before a verb is its subject, no name standing in apposition to it
    ("Refunds, it said, should ...", "..., mostly in the north, it said"), unless a name alone before it is the
    subject of a clause it points back to ("When the minister, Ada Roe, stood up, she said"). A document's title is no
    such name: "In his memoir, Long Shifts, he wrote" is the one who wrote it.
    """
    if len(parts) == 2:
        return True
    document = _IN_DOCUMENT.sub("", parts[-3], count=1)
    if _TITLED_DOCUMENT.match(document) or _ANY_DOCUMENT.match(document):
        return True
    if _APPOSITIVE.match(parts[1]) and _final_entity(parts[0]) == parts[0]:
        return False  # "When Ivo Marren, the previous chairman, retired, he said": parts[0] alone is a name
    # parts[0] itself is left out otherwise: "Refunds, mostly to pensioners in Ostra, it said" opens with a capital
    return not any(_names_alone(p) for p in parts[1:-1])


# A term of address opening a turn: a title alone ("Minister", "Councillor", "Doctor"), which no apposition names
# ("Mr Dale, the mayor's spokesman, said" is one)
_VOCATIVE = re.compile(
    r"Minister|Councillor|Doctor|Professor|Senator|Mayor|Chair|Chairman|Chairwoman|Sir|Madam|Governor|Judge"
)
_DETERMINED = re.compile(r"(?:the|your|our|their|its|his|her|a|an)\s", re.IGNORECASE)
_VOCATIVE_NAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")  # "Hanna", "Mr Orrin-Tal"
_SET_OFF_BEFORE_VERB = re.compile(r",\s*$")
_BODY_OR_DOCUMENT_END = re.compile(rf"\b(?:{ORG_HEADS}|survey|report|figures|data|accounts|study)$")


# A document a title may follow in apposition, owned or dated: "Her 1996 report", "the agency's review"
_TITLED_DOCUMENT = re.compile(
    r"^(?:[Hh]er|[Hh]is|[Ii]ts|[Tt]heir|[Tt]he\s+[\w'’ -]+['’]s?)\s+(?:[\w-]+\s+){0,2}"
    r"(?:report|study|book|paper|review|survey|memoir|thesis|pamphlet)$"
)


# A relative clause without "that" after the noun it modifies ("a figure the ministry says", "figures it filed"):
# its subject is the source, not the noun with it. The noun before is a plain common noun, no preposition.
_NOUN_WORD = (
    r"(?!(?:of|at|in|for|from|with|on|by|to|and|or|but|than|as|about|over|under|after|before|who|which)\s)[a-z-]+"
)
CONTACT_CLAUSE = re.compile(
    rf"^(?:a|an|the|this|that|these|those)\s+(?:{_NOUN_WORD}\s+){{0,2}}(?:of\s+(?:{_NOUN_WORD}\s+){{1,2}})?"
    r"(?P<subject>it|they|he|she|we|the\s+[a-z-]+['’]s\s+[a-z -]+)$"
    # "at a cost the company put at 1.8 million": a preposition's object, the relative clause's subject a body by its
    # head noun (a pronoun there may point back past the nearer subject of the sentence, so is left to the report)
    rf"|^(?:(?:at|for|with)\s+)?(?:a|an|the)\s+(?:{_NOUN_WORD}\s+){{0,2}}(?P<body>the\s+(?:[a-z-]+\s+)?(?:{ORG_HEADS}))$"
)


# "above the 221 gigawatt-hours the company had forecast": a figure, then a relative clause without "that" whose
# subject is a body
FIGURE_CONTACT = re.compile(
    rf"\b(?:the|a|an)\s+[\d.,]+\s+(?:[a-z-]+\s+){{0,2}}(?P<subject>the\s+(?:[a-z-]+\s+)?(?:{ORG_HEADS})|it|they)$"
)


def _last_name_in(text: str) -> str | None:
    """Failing a whole phrase, a pronoun or a name that ends the text ("... as Kirby")."""
    last = re.search(r"\b(he|she|they|we|it|I)$", text, re.IGNORECASE)
    if last:
        return last.group(1)
    entity = _final_entity(text)
    return entity if entity and _valid_np(entity) else None


def _office(part: str) -> bool:
    """
    "Harrow Foods' CEO", "CEO of Harrow Foods": an apposition naming an office by its capitalised abbreviation, which
    reads as a name though it describes the one named beside it.
    """
    words = part.split()
    return (words[-1].lower() in TITLES and words[-1].isupper()) or bool(
        len(words) > 2 and words[0].isupper() and words[0].lower() in TITLES and words[1] == "of"
    )


def _final_entity(text: str) -> str | None:
    return next((e.group(0) for e in ENTITY.finditer(text) if e.end() == len(text)), None)


def _ends_with_name(text: str) -> bool:
    final = _final_entity(text)
    # "... on Wednesday", "... in July and August": days and months, alone or joined, end with no name
    return final is not None and not all(w.lower() in NOT_NAMES for w in final.split() if w[:1].isupper())


# "A survey of 1,200 adults by the polling firm Verax": a document named with its sample is one noun phrase
DOCUMENT_SAMPLE = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Ii]ts|(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*['’]s)\s+(?:[a-z]+\s+)?(?:survey|poll|study|census|review|audit|analysis)\s+"
    # "of 1,200 households in the north carried out for": a place in the sample
    r"of\s+(?:some\s+|about\s+|more\s+than\s+)?[\d,.]+\s+[a-z]+(?:\s+(?:[a-z]+|[A-Z][\w'’-]*)){0,4}\s+"
    r"(?:by|from|for|conducted|commissioned|carried|published|signed|filed|held)\b"
    # "an Estervale Now analysis of more than 48,000 rental listings": its maker named before it, the sample after
    r"|(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:survey|poll|study|census|review|audit|analysis)\s+"
    r"of\s+(?:some\s+|about\s+|more\s+than\s+|nearly\s+)?[\d,.]+\s+[a-z-]+(?:\s+[a-z-]+){0,2}$"
)


COUNTED_MEMBERS = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?(?:group|coalition|panel|team|alliance|association|network|union|body|class)\s+"
    r"of\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?\d[\d,]*\s+[a-z]+"
)
SHARE_OF = re.compile(r"\d[\d.]*\s*(?:%|per\s*cent|percent)\s+of\s+(?:the|those|all)\b")


# Irregular pasts that open a predicate, never a noun phrase: "..., Low Water, sold 1.1 million tickets, its ...";
# not those that open a noun phrase as often, as a participle or a noun ("lost jobs", "set fees", "left wing", "cut
# rates", "led walks"), nor "stood", which lost a speaker on a development set
_OPENING_PAST = (set(_IRREGULAR_PASTS) - {"lost", "set", "put", "hit", "left", "met", "led", "cut", "stood"}) | {"shed"}


@functools.lru_cache(maxsize=4096)  # page-scoped: see clear_page_caches
def _valid_np(phrase: str) -> bool:
    """A noun phrase, not a clause or a fragment ("Russia and", "city had underestimated its bill")."""
    words = phrase.split()
    if not words or len(words) > 14 or _PREPOSITION_START.match(phrase):
        return False
    if len(words) == 1 and words[0].lower() in _FUNCTION_WORDS:
        return False
    figures = re.sub(r"\b(?:19|20)\d\d\b", "", phrase)  # "A 2019 report by the audit office": a year names it
    # "71 per cent of the 402 prisoners": a share of those counted; "A group of 1,316 homeowners in the valley": a
    # collective noun and its members counted
    share = SHARE_OF.match(phrase) is not None or COUNTED_MEMBERS.match(phrase) is not None
    if len(words) > 6 and re.search(r"\d", figures) and not DOCUMENT_SAMPLE.match(phrase) and not share:
        return False  # "The death toll from the 7.1 earthquake rose to 412": a clause with its figure
    if words[-1].lower() in {"and", "or", "of", "the", "a", "an", "to", "for", "with", "by", "on", "in", "at", "from"}:
        return False
    core = _POSTMODIFIER.sub("", phrase)
    finite = [
        w
        for i, w in enumerate(core.split())
        if w in STANCE_OF
        and (w.endswith("ed") or w in _IRREGULAR_PAST)
        and not (i > 0 and i + 1 < len(words) and words[i + 1].lower() in _REDUCED_RELATIVE)  # "data published in"
    ]
    # "An officer with more than a decade in the service": a comparison of quantity is no clause
    compared = _COMPARED_QUANTITY.sub("", phrase) if "than" in phrase else phrase
    if _CLAUSE_WORDS.search(compared) or finite:  # "The mission said it": a clause; "state media": a phrase
        return False
    core_words = core.split()
    for i, word in enumerate(core_words):
        bare = word.strip(",.").lower()
        if not word[:1].islower() or bare in _ADJECTIVE_ED:
            continue
        following = words[i + 1].lower() if i + 1 < len(words) else ""  # core is a prefix of the phrase
        if bare.endswith("ed") and following in _REDUCED_RELATIVE and i > 0:
            continue  # "A fleet audit released in March", "figures published on Tuesday": a postmodifier
        if bare in _HANDED_OVER and following == "to" and i > 0:
            continue  # "figures released to BTV North under freedom of information rules": a postmodifier
        if bare.endswith("ed") or (bare.endswith("ing") and following in _DETERMINERS):
            return False  # "city had underestimated its bill", "cross the ageing bridge"; not "housing officer"
    if words[0].lower() in PERSON_PRONOUNS | PLURAL_PRONOUNS | {"we", "i", "it"} and words[0].lower() != "her":
        return len(words) == 1  # "her" is also a determiner: "her son", "her department"
    # "walking home from school in Pelang": a participle clause, not a noun phrase ("shipping agents" is one)
    first = words[0].lower()
    if first in _OPENING_PAST and words[0][:1].islower() and len(words) > 1:
        return False  # "sold about 1.1 million tickets": a predicate after its subject, no apposition
    return not (
        first.endswith("ing")
        and first not in _ADJECTIVE_ED
        and words[0][:1].islower()
        and len(words) > 1
        and words[1].lower() in _VERB_CONTINUATION
    )


APPOSITION_THEN_VERB = re.compile(
    r",\s+(?:[^,.;:!?“”\"]|(?<=\d)[,.](?=\d))+,\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|should|must|did|does)\b"
)


def inverted_subject(after: str) -> str | None:
    """The source after an inverted cue: "said Mr Rafe Dale, the interior minister's spokesman"."""
    after = re.sub(
        r"\b(Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|St|Lt|Col|Maj|Capt|Sgt|Brig|Adm|Cmdr|Supt|Insp)\.", r"\1", after
    )
    words = re.match(r"\s+([^,.;:!?“”\"]+)", after)
    if not words or after[words.end() : words.end() + 1] in ("“", '"'):
        return None  # 'said the institute's figures "overstate the danger"': the content, not a source
    if APPOSITION_THEN_VERB.match(after, words.end()):
        # "said the eligibility threshold, a household income of 21,000 a year, had been frozen": the noun phrase
        # has a verb of its own after its apposition, so it is the subject of the content, not the source
        return None
    apposition = re.match(r",\s+([^,.;:!?“”\"]+?)\s*(?:[.;!?]\s*$|,|$)", after[words.end() :])
    if (
        apposition
        and re.search(r"\b[a-z]{3,}", words.group(1))  # a role ("Ulmek's chief negotiator"), not a name
        and len(words.group(1).split()) <= 8
        and _valid_np(words.group(1))
        and _final_entity(apposition.group(1)) == apposition.group(1)
    ):
        named = strip_titles(apposition.group(1))  # "said the mission's chief monitor, Brigadier Henrike Solvang"
        if _looks_like_person(named):
            return named
    described = _unnamed_after_cue(words.group(1))
    if described is not None:
        return described  # "said a senior official at the ministry", "said two people briefed on the talks"
    phrase = re.sub(r"\s+(?:on|in|at|last|this|earlier|yesterday|today)\b.*$", "", words.group(1)).strip()
    if not phrase or not _valid_np(phrase) or re.search(r"\d", phrase):
        return None  # "said its riders made 31 million trips": the content, not a source after its verb
    if " " in phrase and _CONTENT_VERB_END.search(phrase):
        return None  # "said the venue took at least 11 bookings": a noun phrase and its verb, the content's clause
    if _verb_after_noun(words.group(1)[len(phrase) :]):
        return None  # "said a computer at the depot had delayed 3,000 payments": the clause goes on past the cut
    return phrase


# Where a source's noun phrase ends and what places or describes it begins: "a senior official | at the ministry",
# "two people | briefed on the talks", "a diplomat | who was not authorised to speak"
_DESCRIPTION_START = re.compile(
    rf"\s+(?:{ANONYMOUS_POSTMODIFIER}|who|whose|that|at|in|on|from|for|with|of|inside|near|across)\b"
)
# When or where a source said it, closing an inverted report: "said a senior official on Tuesday", "... in a statement",
# "... at a news conference", "... last week"
_SAID_WHEN = re.compile(
    rf"\s+(?:(?:late|early)\s+)?(?:(?:on|in|at|during|by|earlier|later)\s+)?(?:{WEEKDAY_NAME}|{MONTH_NAME}|yesterday|"
    r"today|tonight|(?:this|last|that)\s+[a-z]+|earlier|later|recently|(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|interview|briefing|conference|call|e-?mail|letter|message|speech|hearing|post)s?|"
    # "after the meeting", "before the vote": when, by what came before or after it
    r"(?:after|before)\s+(?:a|an|the|its|their)\s+[\w-]+)\b.*$"
)


def _unnamed_after_cue(words: str) -> str | None:
    """
    An unnamed source after its cue with what places or describes it ("said a senior official at the ministry",
    "said two people briefed on the talks"), which is part of its name as it is before a verb; not when or where it
    was said ("on Tuesday", "in a statement"). None for a named source, or one with nothing after its noun phrase.
    """
    start = _DESCRIPTION_START.search(words)
    if start is None:
        return None
    core = words[: start.start()]
    unnamed = ANONYMOUS_SOURCE.match(core) is not None or unnamed_by_grammar(core)  # a source by its head noun
    if not unnamed or not _valid_np(core) or _ends_with_name(core):
        return None  # "said a loaf that cost 1.20 last week now sells for 1.45": the content, not a source
    described = _SAID_WHEN.sub("", words).strip()
    if re.search(r"\d", described) or _verb_after_noun(described):
        # "The company, however, said two engineers from the firm had inspected 300 homes": a figure or a finite verb
        # outside a relative makes it the content's clause, its subject no source
        return None
    return described or None


# A finite verb in what follows a source's noun, outside a relative clause ("who had seen it")
_FINITE_IN_DESCRIPTION = re.compile(rf"\s(?:{'|'.join(sorted(_CLAUSE_VERBS))}|{'|'.join(_IRREGULAR_PASTS)})(?![\w-])")
_RELATIVE_REST = re.compile(r"\s(?:who|whose|that)\s.*$")


def _verb_after_noun(words: str) -> bool:
    """ "a computer at the depot had delayed": the noun phrase is the subject of a clause of its own."""
    return _FINITE_IN_DESCRIPTION.search(_RELATIVE_REST.sub("", words)) is not None


# A noun phrase ending on a past verb of its own: the subject and verb of a reported clause, not a source
_CONTENT_VERB_END = re.compile(
    rf"(?<!\swho)(?<!\sthat)\s(?:{'|'.join(_IRREGULAR_PASTS)}|had|was|were)(?:\s+(?:out|up|off|down|back|away))?$"
)
# A document the sentence gives as the own of the body "it" takes up: "its own parking tariff", "Its own survey"
ITS_OWN = re.compile(r"[Ii]ts\s+own\s+(?:[a-z-]+\s+){0,2}?[a-z-]+$")
# The nouns of what a body publishes or keeps, by which its figures are given: "the trust's records", "its accounts"
DOCUMENT_NOUNS = (
    r"bulletin|report|figures|data|statistics|statement|list|accounts|results|return|filing|records|review|"
    r"study|analysis|survey|counts?|tally|website|newsletter|reasons|findings|ruling|"
    r"judgment|judgement|decision|letter|submission|minutes|forecasts?|projections?|estimates?|monitoring|release|"
    r"surveys|studies|reports|reviews|assessments?|register|census|update|case|papers?|documents|calculations?|"
    r"evaluation|appraisal|sheets?|"
    # what a body measures or applies for by: "the agency's school measurement programme found", "the office's index
    # showed", "the company's application puts"
    r"programme|program|index|series|tables?|application|logs"
)
# A document of the one who speaks: "Our records", "my own figures", "our research"
_FIRST_PERSON_DOCUMENT = re.compile(
    rf"(?:[Oo]ur|[Mm]y)\s+(?:own\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{DOCUMENT_NOUNS}|research)"
)
# what the document is of or for is no other source: "the club's accounts for last season"
_DOCUMENT_OF = r"(?:\s+(?:of|for|on)\s+[^,;:\"“”]+)?"
OWNED_DOCUMENT = re.compile(
    # the month it is of goes with its kind: "the finance committee's March report"; a possessive inside the owner's
    # name stays with it: "the Tarreland Manufacturers' Association's quarterly survey"
    rf"((?:[Tt]he\s+)?[\w '’-]+?)['’]s?\s+(?:(?:[a-z]+|{MONTH_NAME})\s+){{0,2}}"
    rf"(?P<noun>{DOCUMENT_NOUNS}){_DOCUMENT_OF}$"
)
# An owner that is a place named by its kind ("the city's census"): no one who speaks for itself
_UNNAMED_PLACE_OWNER = re.compile(r"(?:city|town|country|region|province|county|state|nation|island|district)")
# A place by its kind, with what tells which ("the capital region", "the northern province"), which keeps no records
# and does no act; not "the state" nor "the country", which stand for their governments
_PLACE_RECORDING = re.compile(
    rf"(?:[Tt]he\s+)?(?:[a-z-]+\s+){{0,2}}(?!state$|nation$|country$)(?:{_UNNAMED_PLACE_OWNER.pattern})"
)
DOCUMENT_FROM = re.compile(
    r"(?:(?:the|new|latest|official|provisional|preliminary|monthly|annual)\s+)*(?:figures|data|statistics|numbers|"
    r"estimates)\s+(?:from|by|(?:published|released|issued|compiled)\s+by)\s+(.+)$",
    re.IGNORECASE,
)
# "A 2019 report by the state audit office", "a study from the university": the document's author
DOCUMENT_BY = re.compile(
    r"(?:an?|the)\s+(?:(?:19|20)\d\d\s+)?(?:[a-z-]+\s+){0,2}(?:report|study|review|audit|analysis|survey|poll|"
    r"assessment|investigation|inquiry|evaluation)\s+(?:by|from)\s+(?!\d)(.+)$",
    re.IGNORECASE,
)
PRONOUN_DOCUMENT = re.compile(
    r"(?:its|their|his|her)\s+(?:[a-z\d]+\s+){0,2}?(?:bulletin|report|figures|data|statistics|results|"
    r"statement|accounts|filing|records|review|study|analysis|survey|count|tally|website|newsletter|paper|document|"
    r"minutes|submission|forecast|estimate|projection|appraisal|assessment|evaluation|calculation|research|index|"
    r"series|register|table)s?\b",
    re.IGNORECASE,
)
OUR_DOCUMENT = re.compile(
    r"(?:[Oo]ur|[Mm]y)\s+(?:own\s+)?(?:[a-z]+\s+)?(?:survey|poll|study|report|audit|review|analysis|research|"
    r"investigation|count|calculations?|arithmetic|sums|maths|reckoning|tally|projections?|forecasts?|estimates?)"
    r"(?:\s+of\s+[^,;:\"“”]{1,60})?"  # "our analysis of ambulance logs": what it analysed is no other source
)
# The paper's own piece as a reader writing to it names it: "Your poll", "Your report on the Kestrel deal", "Your
# report (10 March)", "Your report on house prices (4 October)", "Your front-page story", "Your live page"
YOUR_DOCUMENT = re.compile(
    r"[Yy]our\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:poll|survey|report|article|story|editorial|leader|analysis|piece|"
    r"investigation|headline|correspondent|reporter|coverage|page|website|bulletin)"
    r"(?:\s+(?:on|about|of)\s+[^,;:\"“”()]{1,80})?(?:\s+\([^()]{1,30}\))?"
)
# A document named only by what it is, whose issuer the article has named already: "the statement", "the census"
ISSUED_DOCUMENT = re.compile(
    # "the letter says": a letter or memo a body sent, which its sender signs
    r"the\s+(?:latest\s+|new\s+|written\s+)?(?:statement|census|filing|accounts|press\s+release|letter|memo)"
)
# "said in its annual immunisation report", "set out in their written statement": the source's own document
_DOCUMENT_NOUNS = r"(report|survey|study|review|audit|statement|census|bulletin|analysis|assessment|submission|release)"
SPOKEN_IN = re.compile(rf"\b[Ii]n\s+(?:its|their|his|her|a|an)\s+(?:[\w-]+\s+){{0,3}}?{_DOCUMENT_NOUNS}\b")
# A survey or poll the sentence's figures are given by, whose maker is the sentence's source (a poll is a survey)
ACCORDING_TO_SURVEY = re.compile(r"\b[Aa]ccording\s+to\s+(?:a|an|the)\s+[^,.;:]*?\b(?:survey|poll)\b")
# A document introduced with its author, up to the verb of the clause it opens: "A statement from the museum's
# director, Helle Brandvold, was read", "a report by the audit office found"
AUTHORED_DOCUMENT = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){{0,2}}?{_DOCUMENT_NOUNS}\s+(?:from|by)\s+"
    r"(?P<author>(?:the\s+)?[^.;:\"“”]{2,80}?),?\s+(?:was|were|is|has|had|found|said|says|shows|showed)\b"
)
# A body's internal paper, introduced as one of its kind with no author of its own: "a paper presented to board
# members", "a contract obtained by the paper", "an internal memo seen by"
INTERNAL_PAPER = re.compile(
    r"an?\s+(?:internal\s+|confidential\s+|leaked\s+)?(?:paper|contract|memo|memorandum|letter|document|briefing)"
    r"(?:\s+(?:presented|obtained|seen|sent|leaked|shown|given|released)\b.*)?$"
)
# "a report to the committee", "a report presented to councillors": one the body's officers put to its members
REPORT_TO = re.compile(
    r"(?:an?\s+report\s+(?:(?:presented|submitted|sent|given)\s+)?to|(?:the\s+)?papers\s+(?:(?:presented|put)\s+)?(?:to|for))"
    r"\s+.*"
)
# The part of a body a report is put to, and whose it is: "to the council's environment committee", "to the meeting"
_BODYS_ORGAN = re.compile(r"\b(?:committee|meeting|cabinet)\b")
_COMMITTEE_OWNER = re.compile(
    # "papers for Tuesday's meeting", "a report to next week's cabinet": a day's, no body's
    r"\b(?:to|for)\s+(?!(?:next|last|this)\b|[A-Z][a-z]+day\b|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)"
    r"((?:the\s+)?[\w -]+?)['’]s?\s+(?:[\w-]+\s+){0,2}(?:committee|meeting|cabinet)"
)
THE_DOCUMENT = re.compile(rf"the\s+(?:latest\s+|new\s+|annual\s+|full\s+|written\s+)?{_DOCUMENT_NOUNS}")
# The last word of a newspaper's name ("the Post", "the Harnmouth Echo"), and the paper naming itself: "an analysis
# by the Post", "a Herald analysis", "An Echo investigation", "told the Courier", "which the Echo has seen"
_NEWSPAPER = "|".join(word.capitalize() for word in NEWSPAPER_WORDS.split("|"))
_PAPER_NAME = rf"(?:[A-Z][a-z]+\s+)?(?:{_NEWSPAPER})"  # "Post", "Meridian Post"
NEWSPAPER_WORD = re.compile(rf"\b(?:{_NEWSPAPER})\b")
OWN_PUBLICATION = re.compile(
    r"\b(?:(?:analysis|investigation|request|survey|count)\s+(?:of\s+[^,.;]{1,80}?\s+)?by\s+the(?:\s+[A-Z][a-z]+)?|"
    # not a body's name the word begins: "according to the Post and Broadband Authority"
    rf"(?:told|to|for|which)\s+the)\s+(?P<name>{_NEWSPAPER})\b(?!['’]|\s+[A-Z]|\s+(?:and|&)\s+[A-Z])"
    rf"|\b[Aa]n?\s+(?P<own>{_NEWSPAPER})\s+(?:analysis|investigation|survey|reporter)\b"
    rf"|\bthe\s+(?:[A-Z][a-z]+\s+)?(?P<owner>{_NEWSPAPER})['’]s\s+(?:own\s+)?(?:analysis|investigation)\b"
)
# What a paper's name may own as its own work: "Courier analysis of harbour logs", "Post's own survey"
PAPERS_DOCUMENT = re.compile(
    r"(?:['’]s)?\s+(?:own\s+)?(?:analysis|investigation|survey|count|review|poll)\b(?:\s+of\s+[^,;:\"“”]{1,100})?$"
)
OWN_ANALYSIS = re.compile(
    rf"\b(?:[Oo]ur\s+(?:own\s+)?(?:analysis|investigation)|(?:analysis|investigation)\s+(?:of\s+[^,.;]{{1,80}}?\s+)?by\s+the\s+"
    # "an analysis by the Meridian Post", "the Ledger's analysis": the paper by its full name, or as the owner
    rf"{_PAPER_NAME}|{_PAPER_NAME}(?:['’]s\s+(?:own\s+)?|\s+)(?:analysis|investigation))\b"
)
# A group of people counted or quantified opening a sentence: "Several deputies from the Farmers' Party, ..., voted"
PLURAL_GROUP_OPENING = re.compile(
    r"(?P<np>(?:Several|Some|Many|Most|Two|Three|Four|Five|Six|A\s+few|Dozens\s+of|Hundreds\s+of)\s+"
    r"(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*s(?:\s+(?:from|at|in|of|on)\s+[^,;:\"“”]{1,60}?)?)"
    r"(?=,|\s+(?:[a-z]+ed|have|had|were|are|say|said)\b)"
)
ELLIPTIC_QUANTIFIERS = {"several", "some", "many", "most", "others", "a few", "both", "all of them"}
SINGLE_SOURCE = re.compile(r"(?:a|an|one)\s", re.IGNORECASE)
# The noun an unnamed single source is introduced by: "consultant" of "A consultant in the emergency department who ..."
_ANONYMOUS_HEAD_NOUN = re.compile(
    r"(?:an?|one)\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-z-]+)(?=\s+(?:at|in|from|of|with|on|for|who|whose)\b|,|$)",
    re.IGNORECASE,
)


def _anonymous_head(source: str) -> str | None:
    found = _ANONYMOUS_HEAD_NOUN.match(source)
    return found.group("head").lower() if found is not None else None


ONE_OF_THEM = re.compile(r"(?:one|two|some|several|most|many|none|all)\s+of\s+(?:them|those|these)$")
SAME_SOURCE = re.compile(r"(?:the\s+same|these|those)\s+(?:[a-z]+\s+)?(?:" + ANONYMOUS_HEADS + r")$")


# The kinds of body a name may end with or hold ("the association", "Police"), not a paper's name ("Herald", "Post")
BODY_KINDS = {w for w in ORG_WORDS if ORG_HEAD_WORD.fullmatch(w)} | {
    "association", "confederation", "society", "trust", "chamber", "syndicate", "cooperative", "clinic",
}  # fmt: skip


# A source and the verb it is the subject of, with what follows the verb: a reporting verb after any source, a
# verb in the past after a name
_RAN_ON_SUBJECT = re.compile(
    # (not a perfect inside the description: "who spoke on condition of anonymity because the trust has told doctors")
    rf"(?P<source>\S.*?)(?<!\shas)(?<!\shad)(?<!\shave)\s+(?:{PLAIN_SAYING}|warned|warns)\s+\S.*"
    rf"|(?P<name>{ENTITY_PATTERN})\s+[a-z]{{3,}}ed\s+(?:the|a|an|its|their|his|her)\s.*"  # not "People briefed on"
)


_SINGLE_NAME = re.compile(r"[A-Z][a-z][\w'’-]*")


# Compiled once for name_of, which resolves every source
_POSSESSED_NOUN = re.compile(r"(?:his|her|its|their|our)\s+([a-z]+)")
_DEFINITE = re.compile(r"(?:the|his|her|its)\s")
_ARTICLE = re.compile(r"^(?:The|A|An)\s+")
_CAPITAL = re.compile(r"\b[A-Z]")
_ANONYMOUS_HEAD = re.compile(ANONYMOUS_HEADS, re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+(?:in|at|from|with|on)\s+[A-Z].*$")


# A description that says its source is not named: "who did not want to be named", "who would not give his name",
# "whose name was withheld", "speaking anonymously", "on condition of anonymity", "not authorised to speak", "asked us
# not to print her name"
_SUBJECT = "|".join(WITHHELD_SUBJECTS.split())
_OWNER = "|".join(WITHHELD_OWNERS.split())
_PUBLISH = "|".join(NAME_PUBLISH_VERBS)
_PUBLISHED = "|".join(NAME_PUBLISH_VERBS.values())
# "her" as the object, not the owner of a noun after it ("not to name her hospital"): the clause ends there, or goes on
# with a preposition or a word that opens a clause ("not to name her because she fears losing her job")
_CLAUSE_GOES_ON = "|".join(sorted(set(PREPOSITIONS.split()) | set(BEFORE_PRONOUN_I.split())))
_OBJECT = "|".join(
    rf"{pronoun}\b(?!['’]|\s+(?!(?:{_CLAUSE_GOES_ON})\b)[A-Za-z])" for pronoun in WITHHELD_OBJECTS.split()
)
_NAME_WITHHELD = re.compile(
    # "n't" inside its word ("doesn't want us to use her name"), so no word boundary before it
    r"\b(?:not\s+to\s+be\s+(?:named|identified)|name\s+(?:was|is|be|were)\s+withheld|"
    # "who cannot be identified", "who, for legal reasons, cannot be named", not "whose son cannot be identified"
    rf"(?:(?:{_SUBJECT})\s+|,\s+)cannot\s+be\s+(?:named|identified)|"
    # "on condition he was not named", "on condition that they not be named", "on condition of not being named", not
    # "on condition that his employer not be named"
    rf"on\s+condition\s+(?:that\s+)?(?:{_SUBJECT})\s+(?:[a-z]+\s+){{0,2}}?not\s+(?:be\s+)?name[ds]?|"
    r"on\s+condition\s+of\s+not\s+being\s+(?:named|identified)|"
    # "asked me not to name her", "asked that her name not be used", not "his boat's name"
    rf"not\s+to\s+name\s+(?:{_OBJECT})|(?:{_OWNER})\s+name\s+not\s+be\s+(?:{_PUBLISHED})|"
    rf"anonymously|anonymity|not\s+authori[sz]ed|not\s+to\s+(?:{_PUBLISH})\s+(?:{_OWNER})\s+(?:full\s+)?name)\b"
    r"|(?:\bnot|n['’]t)\s+(?:(?:want|wish)\s+(?:to\s+be\s+(?:named|identified)\b|"
    rf"(?:us\s+to\s+(?:{_PUBLISH})\s+)?(?:{_OWNER})\s+name\b)|give\s+(?:{_OWNER})\s+(?:full\s+)?name\b)"
)
# A noun phrase with an article and a common noun first, a definite one with what places it after: "A contractor",
# "A Tellarch call-centre worker" (a body's or a place's name set on its noun as a modifier), "The owner of a
# campsite", not "Ola Rud", nor "The officials" (a group taken up from before)
_COMMON_NOUN_PHRASE = re.compile(
    r"\W*(?:(?:[Aa]n?|[Oo]ne)\s+(?:[A-Z][\w'’&-]*\s+){0,3}[a-z]|[Tt]he\s+[a-z][^,]{0,60}?\s(?:of|at|in|on|from|for|near|with|who)\s)"
)


# One unnamed source, by a definite description that withholds its name: "The owner of a campsite on the shore,
# who did not want to be named" (a singular head before what places it or sets it off)
_ONE_WITHHELD = re.compile(
    r"(?:[Tt]he\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]*[^s\W](?:\s+(?:of|at|in|on|from|for|near)\s[^,]{0,80})?,\s*who\s"
    r"(?:[^,]{0,80}?)(?:not\s+to\s+be\s+named|not\s+want\s+to\s+be\s+named)"
)
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’-]+")
# The subject form of a pronoun that takes up a person ("him" is "he")
_SUBJECT_FORM = {"he": "he", "him": "he", "she": "she", "her": "she"}
# The pronouns of the other sex, in a source's own description
_OTHER_SEX = {
    "he": re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE),
    "she": re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE),
}
_OTHER_SEX_PRONOUN = {pronoun: _OTHER_SEX[subject] for pronoun, subject in _SUBJECT_FORM.items()}
# "he said", "she added": the pronoun a paragraph gives whoever it quotes
_PRONOUN_SAID = re.compile(rf"\b(he|she)\s+(?:{PLAIN_SAYING})\b", re.IGNORECASE)
_OFFICIAL_HEAD = re.compile(OFFICIAL_HEADS)


def _said_by_other_sex(pronoun: str, since: str) -> bool:
    """Whether ``since`` (a paragraph past its unnamed source, with no person named) quotes someone by the other sex's
    pronoun than ``pronoun``: '"We are exhausted," he said', which makes the source "he", no later "she"."""
    return any(found.lower() != _SUBJECT_FORM[pronoun] for found in _PRONOUN_SAID.findall(since))


def _withheld(subject: str, core: str, name: str | None, anonymous: bool) -> tuple[str | None, bool]:
    """
    "The owner of a campsite on the shore, who did not want to be named": whatever its noun, a source whose
    description says its name is withheld is unnamed, and named by the whole description.
    """
    if not anonymous and _COMMON_NOUN_PHRASE.match(core) and _NAME_WITHHELD.search(subject, len(core)):
        return _FULL_STOP_END.sub("", subject.strip(" ,;:")), True
    return name, anonymous


# A law, a rule, a standard or a policy, named by no body that set it: "National rules", "The law", "Current
# guidelines", "The national standard" (not "the Standard", a paper)
# A rule by the body that set it: "The board's own standard", "the council's parking policy"
_BODYS_RULE = re.compile(
    r"(?P<owner>(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)['’]s\s+(?:own\s+)?(?:[a-z-]+\s+)?"
    r"(?:rules?|standards?|targets?|guidelines|guidance|polic(?:y|ies)|regulations|directives?)",
    re.IGNORECASE,
)
_LAW_OR_RULE = re.compile(
    r"(?:(?:the|these|such|national|new|current|existing|federal|international|local|regional)\s+){0,2}"
    r"(?:rules|laws?|regulations|legislation|guidelines|guidance|polic(?:y|ies)|directives?|(?-i:standards?))",
    re.IGNORECASE,
)


# A document its owner's pronoun names: "its budget", "their own accounts", "its published statement of accounts"
_OWNERS_DOCUMENT = re.compile(
    rf"(?:its|their)\s+(?:own\s+)?(?:[a-z-]+\s+){{0,2}}(?:budget|filings?|returns?|{DOCUMENT_NOUNS}){_DOCUMENT_OF}",
    re.IGNORECASE,
)
# A body's document whose noun was read as a verb ("The council's annual report lists"): the owner and an adjective
_DOCUMENT_CUT_AT_VERB = re.compile(
    r"(?P<owner>(?:[Tt]he\s+)?[\w -]+?)['’]s\s+(?:annual|monthly|quarterly|weekly|latest|own|final|interim)"
)
# A document a person's pronoun names: "her diary", "his own figures"
_PERSONS_DOCUMENT = re.compile(
    rf"(?:his|her)\s+(?:own\s+)?(?:[a-z-]+\s+){{0,2}}(?:budget|diary|diaries|{DOCUMENT_NOUNS}){_DOCUMENT_OF}",
    re.IGNORECASE,
)


_PROPER_NAME = re.compile(r"(?!(?:The|This|That|According|But|And|In|On|At)\s)[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+)+")


# A subject phrase read back from its verb that opens on what is not its subject: a sentence adverb in -ly before a
# definite body ("Nationally the inspectorate"), or an opener of a word or three before a subject pronoun ("Nationally
# it", "Last night it", "Last time we", "Has he"); capitalised, as only a sentence's first word is
_OPENER_BEFORE_SUBJECT = re.compile(
    r"[A-Z][a-z]{3,}ly\s+(?P<body>the\s+\S.*)|[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s+(?P<pronoun>it|he|she|they|we|I)"
)
# A participle clause, as a subject read back from a verb within it would begin: "saying most school shops",
# "removing about 1,500", "having"; lower case, as a clause set off after its sentence's subject is. The participle
# governs what follows it, or is the auxiliary of the participle that does ("having first put"): a bare -ing word
# before its verb is a gerund that is a subject of its own ("and polling shows 60 per cent oppose it")
_PARTICIPLE_CLAUSE = re.compile(
    r"having|being|"
    r"[a-z]{3,}ing\s+(?:most|many|some|all|about|around|nearly|almost|more|fewer|the|a|an|its|his|her|their|our|"
    r"first|also|or|and|that|up|out|off)\b.*"
)


def _is_participle_clause(subject: str, sentence: str) -> bool:
    """
    Whether a subject phrase read back from its verb is a participle clause set off by a comma after a finished clause
    ("She put the figure at the top end, saying most school shops charged"), not a subject of a clause of its own
    ("..., and modelling shows", "while spending shows").
    """
    phrase = subject.strip(" ,;:.")
    if not _PARTICIPLE_CLAUSE.fullmatch(phrase):
        return False
    # an adverb may stand between the comma and the participle: ", then saying"
    return re.search(rf",\s+(?:(?:then|also|again|later|so)\s+)?{re.escape(phrase)}", sentence) is not None


_INVERTED_AUXILIARY = re.compile(r"(?:Has|Have|Had|Did|Does|Do|Is|Are|Was|Were|Will|Would|Can|Could)\s")


def name_of(subject: str, memory: SpeakerMemory) -> tuple[str | None, bool]:
    """
    The speaker's name for a subject phrase, and whether it is an anonymous or collective source. A spokesperson's
    phrase ("a spokeswoman for Northsound", "a spokesman") also records in ``memory`` the body spoken for
    (SpeakerMemory.note_spokesperson), which "the spokeswoman" or "she" later in the article takes up.
    """
    if memory.sentence and _is_participle_clause(subject, memory.sentence):
        # "She put the figure at the top end, saying most school shops charged 60 to 80", "The academy is forecasting
        # a deficit, having first put it at 260,000": a participle clause read back from a verb after it is no
        # subject; the subject the sentence opens on, of which the participle speaks, is, else no one
        opening = _opening_subject(memory.sentence)
        if opening is None or _PARTICIPLE_CLAUSE.fullmatch(opening):
            # read to a verb inside the participle clause: the word or name the sentence opens on ("She put ...")
            first = OPENING_SUBJECT.match(DATELINE.sub("", memory.sentence))
            opening = first.group(1) if first is not None and first.group(1).lower() not in _DETERMINERS else None
        return name_of(opening, memory) if opening else (None, False)
    opened = _OPENER_BEFORE_SUBJECT.fullmatch(subject.strip(" ,;:."))
    if opened is not None and _INVERTED_AUXILIARY.match(subject.strip()):
        return None, False  # "Has he now revised his figure?": a question asks, and no one it asks about says
    if opened is not None:
        # "Nationally it recorded 47", "Last night it raised": a sentence adverb or a time read back with the subject is
        # no one; the pronoun or the body after it speaks (an inverted auxiliary has asked, and returned, above)
        return name_of(opened.group("body") or opened.group("pronoun"), memory)
    if _LAW_OR_RULE.fullmatch(subject.strip(" ,;:.")):
        return None, False  # "National rules say patients must be treated within 18 weeks": a rule is no speaker
    set_by = _BODYS_RULE.fullmatch(subject.strip(" ,;:."))
    if set_by is not None and looks_like_body(set_by.group("owner")):
        # "The board's own standard says patients should be treated within 26 weeks": the body that set the rule
        # speaks, not the rule (tests/ingest_labelling.md, "A body's own act with its own figure")
        return name_of(set_by.group("owner"), memory)
    if _OWNERS_DOCUMENT.fullmatch(subject.strip(" ,;:.")) and memory.sentence:
        # "The Transport Authority pays the company 8.7 million a year, according to its budget": the body "its"
        # means is the one the sentence opens on, whose document it is
        # the subject before the clause's first verb ("The council held"), else before the first past or auxiliary
        opening = _first_clause_subject(memory.sentence) or _opening_subject(memory.sentence)
        owner = _POSTMODIFIER.sub("", opening) if opening else ""
        # "its" means no person: a name the sentence opens on is a body's, whatever its words look like
        named = subject.strip().lower().startswith("its") and _PROPER_NAME.fullmatch(owner) is not None
        # "Its own survey of members suggested": a document opening the sentence is no owner of another
        mine = _OWNERS_DOCUMENT.match(owner) is not None
        owned = OWNED_DOCUMENT.match(owner) if owner and not mine else None
        if owned is not None and looks_like_body(owned.group(1)):
            # "The council's annual report lists ..., according to its own figures": the report's owner's
            return name_of(owned.group(1), memory)
        # "The unions have 14,000 members, according to their own figures": bodies of a kind the sentence opens on
        plural = re.fullmatch(r"[Tt]he\s+(?:[A-Z][\w-]*\s+)?([a-z]+)s", owner) if owner else None
        named = named or (
            subject.strip().lower().startswith("their") and plural is not None and plural.group(1) in BODY_KINDS
        )
        if owner and not mine and (ORG_REF.search(owner) or _looks_like_organisation(owner) or named):
            return name_of(opening or "", memory)
    cut = _DOCUMENT_CUT_AT_VERB.fullmatch(subject.strip(" ,;:."))
    if cut is not None and looks_like_body(cut.group("owner")):
        # "The council's annual report lists ...": "report" read as the verb leaves the owner and its adjective
        return name_of(cut.group("owner"), memory)
    if _PERSONS_DOCUMENT.fullmatch(subject.strip(" ,;:.")):
        # "according to her diary", "according to his own figures": the person the pronoun means, else no one
        return memory.last_person, False
    spokesperson = _FULL_STOP_END.sub("", subject.strip(" ,;:")) if "spokes" in subject else ""
    spoken_for = memory.note_spokesperson(spokesperson) if spokesperson else None
    if spoken_for is not None:
        # session-24 rule: one who speaks for a body on the record is that body speaking, by the name the article gave
        # it, else as the phrase describes it; "the spokeswoman" or "she" after it is the same one
        return spoken_for, False
    core = _described_core(subject)
    if core is not None:
        # "A Treasury official, speaking anonymously": the source is the noun phrase its description is about, and
        # when that is unnamed as written, the whole description up to its verb names it
        name, anonymous = name_of(core, memory)
        if anonymous and name == _FULL_STOP_END.sub("", core.strip(" ,;:")):
            return _FULL_STOP_END.sub("", subject.strip(" ,;:")), True
        return _withheld(subject, core, name, anonymous)
    restricted = _restricted_core(subject) if " wh" in subject or " that " in subject else None
    if restricted is not None:
        # "Two people who have seen the draft": unnamed as its noun phrase reads, and named by the whole of it
        name, anonymous = name_of(restricted, memory)
        if not anonymous and _NAME_WITHHELD.search(subject, len(restricted)):
            return _withheld(subject, restricted, name, anonymous)
        if anonymous and name == _FULL_STOP_END.sub("", restricted.strip(" ,;:")):
            whole = _FULL_STOP_END.sub("", subject.strip(" ,;:"))
            # "A DSA official who spoke on condition of anonymity said the agency": read on past its own verb
            ran_on = _RAN_ON_SUBJECT.match(whole)
            return (ran_on.group("source") if ran_on and ran_on.group("source") else whole), True
    paper = memory.publication if NEWSPAPER_WORD.search(subject) else None
    bare = re.sub(r"^(?:the|an?)\s+", "", subject.strip(" ,;:."), flags=re.I)
    bare = PAPERS_DOCUMENT.sub("", bare) if paper else bare  # "a Courier analysis of harbour logs": the Courier
    if paper and bare.lower() in (paper.lower(), paper.rsplit(" ", 1)[-1].lower()):
        return paper, False  # "a survey by the Post", "the Post found": the paper, by the name its masthead gives it
    name, anonymous = _name_of(subject, memory)
    if anonymous and name and " name " in memory.sentence:
        # "One man, who gave his name only as Josep, told us": the name they gave is what the article calls them by
        known_as = re.search(re.escape(subject.strip(" ,")) + r",\s+who\s+" + _KNOWN_AS.pattern, memory.sentence)
        if known_as is not None:
            return known_as.group("name"), False
    # a source taken up from before ("One said" after a group described at length) was read to its verb then
    ran_on = _RAN_ON_SUBJECT.match(name) if name and " " in name and name in subject else None
    if ran_on is not None:
        # "People familiar with the matter said the ministry", "Norvaine Federation of Small Employers welcomed the
        # expansion but": a subject read on past its own verb into the clause after it; the source ends at the verb
        source = ran_on.group("source") or ran_on.group("name")
        acronym = _ACRONYM_AFTER.search(source) if source.endswith(")") else None  # "... Leaders (NASL) said its"
        return acronym.group(1) if acronym else source, anonymous
    if (
        name is not None
        and not anonymous
        and _SINGLE_NAME.fullmatch(name)
        and name.lower().removesuffix("s") not in BODY_KINDS  # "Unions said": bodies of a kind, not a name
        and _ARTICLE.sub("", subject.strip(" ,;:.")) == name  # not "a former Northgate claims handler"
        and not memory.is_place(name)
    ):
        # "Corrabel said", "the Tribune found": one word of the one body the article named in full
        return memory.body_by_word(name) or name, False
    if name is None or anonymous or " " in name or name.lower() not in BODY_KINDS:
        return name, anonymous
    if not subject.rstrip(" ,;:.").lower().endswith(name.lower()):
        return name, anonymous  # "Agency records show": the kind modifies the document that speaks
    return memory.body_by_head(name) or name, False


# A name after "The" opening a sentence ("The Falcons confirmed"): no person's, whatever its words look like
_DEFINITE_NAME_OPENING = re.compile(rf"\W*The\s+({ENTITY_PATTERN})\s+[a-z]")


# A pronoun opening a sentence as the subject of a verb documents speak by: "They show a profit of", "It found that"
_PRONOUN_DOCUMENT_VERB = re.compile(r"\W*(?:They|It)\s+(?:also\s+)?(?:show|shows|showed|found|finds|find)\b")


# The parties to something taken up together by their number: "the two sides", "both governments"
_PARTIES_TOGETHER = re.compile(r"(?:the\s+two|both)\s+[a-z]+s")
# A reflexive standing after a noun phrase to stress it, no part of whom it names
_INTENSIFIER = re.compile(r"\s+(?:itself|themselves|himself|herself)$")
# A definite description whose one modifier says only where the body is based or listed or who owns it ("the
# Brennock-based chain", "the Oslo-listed firm", "the family-owned company"): the same body as the bare kind ("the
# chain") would take up, as the page has already named it; the modifier is no part of a name
_LOCATED_KIND = re.compile(
    r"(?P<the>[Tt]he)\s+[A-Za-z]+-(?:based|listed|owned|run|registered|headquartered)\s+"
    rf"(?P<head>{'|'.join(sorted(GENERIC_ORG_HEADS))})"
)


def _definite_name_opening(memory: SpeakerMemory) -> str | None:
    """The body a name with "The" opening the sentence being read means, by the full name the article gave it."""
    found = _DEFINITE_NAME_OPENING.match(_LEADING_CONJUNCTION.sub("", DATELINE.sub("", memory.sentence)))
    if found is None or memory.is_place(found.group(1)):
        return None
    name, anonymous = name_of(found.group(1), memory)
    return name if name and not anonymous else None


# The outlet's page, website or bulletin as "your" names it: the outlet's only in a letter to it; elsewhere the one the
# page speaks to, as a Q&A's question puts the interviewee's own figure to them ("Your website says 180 branches")
_YOUR_PAGE = re.compile(r"[Yy]our\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:page|website|bulletin)\b")


# A person named with a role after the name: "Karin Oddvar, the environment minister,"
_NAME_THEN_ROLE = r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}}),\s+(?:the|an?|its)\s+(?:[\w'’-]+\s+){{0,3}}?{head}\b"


def _named_in_role(head: str, memory: SpeakerMemory) -> str | None:
    """The one person the page named, before the sentence being read, with the role ``head`` after the name."""
    before = memory.text_through(memory.sentence)[: -len(memory.sentence) or None]
    names = set()
    for found in re.finditer(_NAME_THEN_ROLE.format(head=re.escape(head)), before):
        words = found.group(1).split()
        # "Yesterday Karin Oddvar, the minister,": the name the page gives in full, not the word before it
        names.add(
            " ".join(words[1:])
            if len(words) == 3 and " ".join(words[1:]) in memory.full_names.values()
            else found.group(1)
        )
    return next(iter(names)) if len(names) == 1 else None


def _name_of(subject: str, memory: SpeakerMemory) -> tuple[str | None, bool]:
    text = _FULL_STOP_END.sub("", subject.strip(" ,;:"))
    text = _INTENSIFIER.sub("", text)  # "The observer mission itself": the mission
    located = _LOCATED_KIND.fullmatch(text)
    text = f"{located.group('the')} {located.group('head')}" if located is not None else text
    if memory.masthead and YOUR_DOCUMENT.fullmatch(text) and (memory.letters_voice or not _YOUR_PAGE.match(text)):
        # "Your poll said 68 per cent", "Your report (10 March) said": a reader writing to the paper whose page it is
        # names the paper's own report, which the paper gave, by its masthead
        return memory.masthead, False
    text = RECEIVED_BY.sub("", text)  # "An internal ministry audit seen by RTP": the ministry's, not the reader's
    if " of " in text:  # "The Courier's analysis of 52 contracts signed since 2023": the Courier's
        text = OWNED_SAMPLE_TAIL.sub(r"\1", text)
    lowered = text.lower()
    if lowered in {"i", "we"}:
        return memory.last_speaker or memory.last_person, memory.last_speaker_anonymous
    voice = memory.voice
    if voice and (OUR_DOCUMENT.fullmatch(text) or _FIRST_PERSON_DOCUMENT.fullmatch(text)) and _looks_like_person(voice):
        # in a person's answer, turn or letter, "Our research shows", "our records show" is the one whose turn it is
        # speaking by their own document, as "we" is; not the publication, nor the document as if it spoke. A body's
        # document printed on the page keeps its "our" for the publication: the paper's notes set in it say "By our
        # calculation" as the paper
        return voice, False
    if lowered in PERSON_PRONOUNS:
        spoke = memory.last_speaker or ""
        if (
            spoke
            and spoke == memory.spokesperson_for
            and not memory.named_since_speaker
            and memory.spokesperson_pronoun in (None, _SUBJECT_FORM[lowered])
        ):
            return spoke, False  # "A spokesman for the company said ... '...,' he said": the body he speaks for
        single = memory.last_speaker_anonymous and (
            SINGLE_SOURCE.match(spoke) or spoke == memory.last_author or _ONE_WITHHELD.match(spoke) is not None
        )
        # "One fisherman, who did not want his name used, said ... . 'A storm tore away my lines,' she says": the
        # source's own description tells its sex, and a pronoun of the other cannot mean it
        other_sex = _OTHER_SEX_PRONOUN[lowered].search(spoke) if single and "," in spoke else None
        if other_sex is not None:
            # "For Aasen, the bigger worry is the weather. '...,' she says": the person its paragraph names before it
            before = re.split(rf"\b{lowered}\b", memory.sentence, maxsplit=1, flags=re.IGNORECASE)[0]
            before = memory.paragraph_before[-300:] + " " + before  # its paragraph so far, bounded
            before = _QUOTED_SPAN.sub(" ", before) if _QUOTE_MARK.search(before) else before
            known = [memory.full_names.get(word.lower(), "") for word in _CAPITALISED_WORD.findall(before)]
            known = [name for name in known if " " in name]
            if known:
                return known[-1], False
        if (
            memory.minutes
            and spoke
            and not memory.last_speaker_anonymous
            and spoke in memory.paragraph_before
            and not (memory.named_since_speaker and memory.last_person not in (None, spoke))
        ):
            # minutes: "The Director of Nursing reported that ... The average handover had taken 47 minutes, she
            # said": the officer minuted in the same item speaks on, past the places and offices the item named; not
            # past a person named since ("Cllr Ada Roe called that unfair. It would hit 400 families, she said")
            return spoke, False
        # an obituary's pronoun for its subject, opening a paragraph, takes up the subject, not the source before
        obituary_subject = memory.subject_meant(lowered) if single and not memory.mid_paragraph else None
        if single and not memory.named_since_speaker and other_sex is None and obituary_subject is None:
            return memory.last_speaker, True  # "A senior official said ... . Some 400 were registered, he said."
        if (
            memory.voice is not None
            and spoke == memory.voice
            and memory.unnamed_in_turn
            and not memory.named_since_speaker
        ):
            return memory.unnamed_in_turn, True  # in a reporter's turn: the unnamed source the turn quoted last
        quoted_unnamed = memory.unnamed_person
        if (
            quoted_unnamed
            and spoke
            and spoke != quoted_unnamed
            and not memory.last_speaker_anonymous
            and memory.is_organisation(spoke)
            and quoted_unnamed in memory.paragraph_before
            and _OTHER_SEX_PRONOUN[lowered].search(quoted_unnamed) is None
            and not _said_by_other_sex(lowered, memory.paragraph_before.rsplit(quoted_unnamed, 1)[-1])
        ):
            # "A Corvet captain, who spoke on condition of anonymity, said ... . Corvet would not comment. Diverting
            # costs 6,000 a time, he said.": a body spoke in between, and "he" is no body; the unnamed source its
            # paragraph quoted, with no person named since, is whom the pronoun means
            return quoted_unnamed, True
        return memory.subject_meant(lowered) or memory.last_person, False
    if ONE_OF_THEM.match(lowered) and memory.last_group:
        return memory.last_group, True
    if ONE_OF_THEM.match(lowered) or SAME_SOURCE.match(lowered):
        # "One of them said", "according to the same people": the source last quoted, still unnamed
        return memory.last_speaker, memory.last_speaker_anonymous
    if lowered in ELLIPTIC_QUANTIFIERS and memory.last_speaker_anonymous:
        # "Witnesses at the landing described the scene. Several said they saw dozens in the water": a quantifier
        # standing for a group takes up the unnamed group that spoke last
        return memory.last_speaker, True
    if (
        lowered in ("one", "another")
        and (memory.last_speaker_anonymous or COUNTED_GROUP.match(memory.last_speaker or ""))
        and not SINGLE_SOURCE.match(memory.last_speaker or "")
    ):
        # "Several former managers ... said ... . One said her branch sold 150": one of the group that spoke, even
        # one placed by a name ("Two shop owners on Kirkegata, who did not want to be named")
        return memory.last_speaker, True
    if _PARTIES_TOGETHER.fullmatch(lowered):
        # "The government of Tervane has agreed to pay Halvane 2.8 billion, the two sides said": the parties the
        # sentence named, by the first of them, the subject of its clause
        opening = _first_clause_subject(memory.sentence)
        if opening is not None and not _PARTIES_TOGETHER.fullmatch(opening.lower()):
            party, party_unnamed = name_of(opening, memory)
            party_kind = ORG_HEAD_WORD.search(opening.lower())
            if party is not None and party_kind is not None and party_kind.group(0) not in party.lower():
                # "The government of Tervane": the body by its kind and its place, not the place alone, which "the
                # company" might later take up
                return _PLAIN_DROP.sub("", opening), False
            return party, party_unnamed
    made_by = MADE_BY.search(text) if " by " in text or " for " in text else None
    if made_by is not None and made_by.start() < 20 and not re.match(r",?\s+[A-Z]", text[made_by.end() :]):
        # "A survey carried out for the agency in January": the agency's; not "by the polling firm Nordmeter"
        maker, unnamed_maker = name_of(made_by.group("owner"), memory)
        if maker and not unnamed_maker:
            return maker, False
    placed_at = SPOKESPERSON_AT_KIND.fullmatch(lowered)
    if BARE_SPOKESPERSON.fullmatch(lowered) or placed_at:
        # "Fennair will hire 85 more staff, a spokeswoman said": one who speaks for no body named speaks for the body
        # the sentence is about; so does one at or for a bare kind of body ("a spokesman at the company") that the
        # page named no body of by that word, when the body it is about is of that kind
        body = memory.body_spoken_for()
        if body is None:
            # "The agency did not confirm that. A spokesman said ...": the body the sentence before, in the same
            # paragraph, opened with as its subject, the one responding
            body = memory.body_of_sentence_before()
        if body is None and memory.mid_paragraph:
            # "Valsby airport handled 612,000, its operator, Valsby Airports, said. A spokesperson said ...": the body
            # the sentence before, in the same paragraph, was about as its reporter or its subject however set off
            about = memory.subject_organisation
            body = about if about and about[:1].isupper() else None  # a body named, not "the ministry" as such
        last = memory.paragraph_speaker if memory.mid_paragraph else None
        in_paragraph = False
        if body is None and last and last[:1].isupper() and last not in memory.wires and memory.is_organisation(last):
            # "Velisse Cosmetics will restart ..., the company said. ... The first boxes should reach shops in six
            # weeks. Refunds so far total 17,200, a spokesman said": the body its paragraph last quoted by name, whose
            # account the paragraph goes on with, no other party named since (SpeakerMemory._turns_from)
            body, in_paragraph = last, True
        opened_before = memory.name_opening_sentence_before() if body is None else None
        if opened_before is not None and _named_as_body(opened_before, memory):
            # "Hopla has responded. A spokeswoman said ...": last, the name the sentence before opens with, which a
            # spokesperson speaks for as a body: one the page or its name shows is a body, never a name that only
            # may be one ("Lisbon has been hit by strikes", "Easter is the busiest time", a storm or a person)
            body = opened_before
        if body is not None and placed_at and not _of_kind(body, placed_at["kind"]):
            body = None  # "Kessby council runs the depot ... a spokeswoman at the ministry": another body
        # "The spokesperson said" later in the article is the same one; one read from its paragraph alone is no one a
        # later paragraph's spokesperson can be taken for
        memory.spokesperson_for = None if in_paragraph else body
        if body is not None:
            return body, False
    spoken_in = THE_DOCUMENT.fullmatch(lowered)
    if spoken_in and spoken_in.group(1) in memory.documents:
        return memory.documents[spoken_in.group(1)], False  # "..., the report said": the agency that issued it
    if spoken_in or REPORT_TO.fullmatch(lowered):
        # "Its repair budget is 11.2 million, the report shows", "The council collected 1.1 million, according to a
        # report to the committee": a report no maker was named for speaks for the body the sentence is about
        body = memory.body_spoken_for(known_only=True)
        if body is not None:
            return body, False
    if REPORT_TO.fullmatch(lowered) and _BODYS_ORGAN.search(lowered):
        # "A report to the council's environment committee says", "according to a report to the meeting": a report
        # to a body's committee or meeting is its officers' work, the body's own; "the report" after it means it
        organ = _COMMITTEE_OWNER.search(text)
        body = name_of(organ.group(1), memory)[0] if organ else memory.most_quoted_body() or memory.last_organisation
        if body and (organ is not None or not body[:1].islower()):
            memory.documents.setdefault("paper" if "papers" in lowered else "report", body)
            return body, False
    tied = memory.documents.get(lowered.rsplit(None, 1)[-1]) if lowered.endswith(("filing", "memo")) else None
    if tied is not None and ISSUED_DOCUMENT.fullmatch(lowered):
        return tied, False  # "The Pilots Association's filing was lodged on Monday. ... the filing says": theirs
    if ISSUED_DOCUMENT.fullmatch(lowered):
        # "..., the statement said": the statement of the body the article was quoting, which issued it
        body = memory.last_speaker if memory.last_speaker and not memory.last_speaker_anonymous else None
        issuer = body if body and memory.is_organisation(body) else memory.subject_organisation
        if issuer:
            return issuer, False
    if INTERNAL_PAPER.match(lowered):
        # "It has 31 posts, according to a paper presented to board members": a body's own working paper, which no
        # one else signs, speaks for the body the sentence is about
        body = memory.body_spoken_for() or memory.subject_organisation
        if body:
            return body, False
    if lowered in ("they", "it") and memory.document_before and _PRONOUN_DOCUMENT_VERB.match(memory.sentence):
        # "I have read StraitLink's accounts. They show a profit of 61 million": a pronoun that shows or finds what
        # the sentence tells is the document the sentence before named, and speaks for its owner
        return memory.document_before, False
    if lowered in PLURAL_PRONOUNS or lowered == "it":
        if lowered == "it":
            opening = memory.opening_body()
            if opening is not None:  # "The group employs about 6,400 people, it said": the sentence's own subject
                return opening, False
            clause_body = _clause_body_before_it(memory)
            if clause_body is not None:
                # "At Brellow the park has shut and the council has moved 45 caravans, it said", "If your bank refuses,
                # the Financial Ombudsman upholds about 40 per cent, it says": the body subject of the clause "it
                # said" closes (binding within the sentence), before anyone who spoke in the sentences before
                return clause_body, False
            short = memory.opening_short_name()
            if short is not None:
                return short, False
            about = memory.subject_organisation
            if about and _PLAIN_DROP.sub("", memory.last_organisation or "") != about:
                return about, False  # "The company said ... . It now puts leakage at": the subject before
            # the agency a wire dateline names files the story; no "it" of the story means it
            last = memory.last_organisation if memory.last_organisation not in memory.wires else None
            return last or memory.last_speaker, False
        return memory.last_speaker, memory.last_speaker_anonymous
    if ITS_OWN.match(text) and not ORG_HEAD_WORD.fullmatch(lowered.rsplit(" ", 1)[-1]):
        # "yet its own parking tariff puts the charge at 2.40", "Its own survey found 31 schools": the document of the
        # body "it" takes up, speaking for it (not "its own finance office", a body of its own that speaks)
        return name_of("it", memory)
    owned = OWNED_DOCUMENT.match(text)
    if owned:  # "the ministry's bulletin", "the museum's figures": the body whose document it is
        owner, owner_unnamed = name_of(owned.group(1), memory)
        if owner is not None and owner in BODY_KINDS and _DEFINITE_HEAD.fullmatch(owned.group(1).strip()):
            # "The Falcons confirmed ..., and the club's accounts show": a bare kind the article named no body by is
            # the body its sentence opens with (binding within the sentence), by its full name
            opening = memory.opening_body() or _definite_name_opening(memory)
            kinds = {w for w in opening.lower().split() if w in BODY_KINDS} if opening is not None else set()
            if opening is not None and opening != owner and kinds <= {owner}:
                return opening, False
        if owner is None or not _UNNAMED_PLACE_OWNER.fullmatch(owner):
            return owner, owner_unnamed
        # "the city's census, published by the housing department": a place speaks through the maker the sentence
        # gives its document, else the one body the article named for it (its council), else as written
        return memory.made_here(owned.group("noun")) or memory.named_with(owner) or owner, False
    made = MAKER_NAMED_DOCUMENT.fullmatch(text)
    if made:  # "an Estervale Now analysis", "a Home Office review": the maker named before its document
        return name_of(made.group("maker"), memory)
    if BARE_FIGURES.fullmatch(_HANDED_TO_TAIL.sub("", REDUCED_RELATIVE_TAIL.sub("", lowered))):
        # "Osterby Police recruited 312 officers ..., figures released on Wednesday show": figures no one is said
        # to own are those of the body the sentence is about
        # "It lost 17.4 million, according to accounts filed at the registry": "it" opening the sentence is the body
        opening = memory.body_spoken_for(known_only=True)
        acting = opening is not None and not _OPENING_POSSESSIVE.match(memory.sentence)
        if acting and opening is not None:  # the body acting, not a statistic of it ("The bank's reserves fell ...")
            memory.documents["figures"] = opening
            return opening, False
        if lowered in ("the figures", "the data") and "figures" in memory.documents:
            # "Osterby Police recruited 312 officers, figures show. The figures show 40 left": the figures a body
            # was given before
            return memory.documents["figures"], False
        kept = memory.documents.get(lowered.removeprefix("the ").removesuffix("s")) if " " in lowered else None
        if kept is not None and lowered.startswith("the "):
            # "Council papers put journeys at 41,300. ..., the papers show": the body whose papers they were named as
            return kept, False
        last = memory.last_speaker
        quoted_body = last and not memory.last_speaker_anonymous and memory.is_organisation(last)
        if lowered in ("the figures", "the data") and quoted_body:
            # "The rate was 13.2 percent, according to the office. ..., the figures showed": the figures of the body
            # just quoted, not a speaker called "figures"
            return last, False
    issued_by = BODY_DOCUMENT.fullmatch(_PAPERS_OCCASION.sub(r"\g<doc>", lowered))
    if issued_by:  # "a council report", "the ministry survey": the body named before the document
        words = issued_by.group(1).split()
        if words[0] in DOCUMENT_ADJECTIVES:  # "an internal ministry audit": the ministry's, whatever kind it is
            words = words[1:]
        # the kind alone, as the document names it: "Agency records" are the records, not a body the article named
        return _name_of("the " + " ".join(words), memory)
    kind_document = KIND_DOCUMENT.fullmatch(lowered)
    issuer = memory.named_with(kind_document.group(1)) if kind_document else None
    if issuer is not None:
        return issuer, False  # "port data", "harbour records show": the port the article named, whose data they are
    possessed = _POSSESSED_NOUN.fullmatch(lowered)
    if possessed and ORG_HEAD_WORD.fullmatch(possessed.group(1)):
        # "His ministry estimates that": the ministry the article named, else the ministry as such
        return memory.organisations.get(possessed.group(1), possessed.group(1)), False
    sourced = DOCUMENT_FROM.match(text) or DOCUMENT_BY.match(text)
    if sourced:  # "figures from the national admissions service", "data published by the bureau": its source
        staff = BODYS_INVESTIGATORS.fullmatch(sourced.group(1))
        # "Figures from the league's match analysts": those who count for a body give its figures
        return name_of(staff.group("body") if staff else sourced.group(1), memory)
    if OUR_DOCUMENT.fullmatch(text):
        # "our analysis found": the publication's own voice, by the name it gave itself, else as written; a writer's
        # own reckoning that no named voice owns ("by my maths" on a page whose writer is not named) is no one's
        if memory.publication is None and lowered.startswith("my "):
            return None, False
        return memory.publication or _PLAIN_DROP.sub("", text.lower()), False
    if PRONOUN_DOCUMENT.match(text):  # "Its own survey of members", "their latest report": the body last named
        if lowered.startswith("their") and memory.voice and memory.last_speaker == memory.voice:
            # answering, "Their own appraisal put the cost at 1.9 million": one who speaks of their own says "our";
            # "their" is the body the answer is about
            return (_PLAIN_DROP.sub("", memory.last_organisation or "") or None), False
        # "her own figures put it at 9.4 per cent": the person "her" means, as "its" is the body
        pronoun = {"its": "it", "his": "he", "her": "she"}.get(lowered.split()[0], "they")
        owner, owner_unnamed = name_of(pronoun, memory)
        one_person = owner is not None and not owner_unnamed and _looks_like_person(owner)
        if (owner is None or one_person) and pronoun == "they" and memory.last_organisation:
            # "Teams from the Ellaroth Institute surveyed 212 sites. Their report found": no one has spoken yet (or
            # only one person, whom "their" does not mean), and the report is that of the body the article last named
            return memory.last_organisation, False
        return owner, owner_unnamed
    anonymous = ANONYMOUS_SOURCE.match(text) or unnamed_by_grammar(text)  # read once: a pattern slow to fail
    final = _final_entity(text) if anonymous else None  # asked of the name only when the text reads as anonymous
    named = final is not None and not ANONYMOUS_SOURCE.match(final.lower())  # "Sources said": no name
    if anonymous and not _DEFINITE.match(lowered) and not named:
        return text, True  # "a senior official", "people familiar with the matter", "U.S. officials"
    core = _ARTICLE.sub("", _POSTMODIFIER.sub("", text))
    lowered_core = not _CAPITAL.search(core) or _ANONYMOUS_HEAD.fullmatch(core) is not None
    if anonymous and _POSTMODIFIER.search(text) and lowered_core:
        # "Analysts at Kessel Bank", "Parents in the hill town of Orm" (capital only as the sentence opens),
        # not "the Union of Dock Workers"
        return text, True
    if ANONYMOUS_PARTICIPLE.match(text) and not _CAPITAL.search(core[1:]):
        return text, True  # "Workers leaving the afternoon shift"
    if UNNAMED_GROUP.match(text) and not _CAPITAL.search(core[1:]):
        return text, True  # "Three heads in the north of the county": people counted, not named
    unnamed = UNNAMED_PERSON_AT.match(text)
    head_word = unnamed.group("head") if unnamed else ""
    if unnamed and not _DOCUMENT_HEADS.fullmatch(head_word) and not ORG_HEAD_WORD.fullmatch(head_word):
        # "A dispatcher at the Skellbridge ambulance control room", "One head teacher in Norhaven": someone the
        # article places but does not name, whatever names the place has
        return text, True
    owned_role = _ITS_PEOPLE.fullmatch(_CONTACT_RELATIVE.sub("", lowered, count=1))
    if owned_role and owned_role.group(1) not in memory.roles:
        # "Its spokesman said", "its trustees said": the people who speak for the body "it" means
        return name_of("it", memory)
    if lowered.startswith("the ") and lowered.count(" ") == 1 and memory.anonymous_speakers:
        # "A consultant in the emergency department who spoke on condition of anonymity said ... The consultant put
        # the wait at 52 minutes": the unnamed source the article introduced by that noun, still unnamed
        noun = lowered.split()[1]
        earlier = next((a for a in reversed(memory.anonymous_speakers) if _anonymous_head(a) == noun), None)
        person = not (_DOCUMENT_HEADS.fullmatch(noun) or ORG_HEAD_WORD.fullmatch(noun))  # not "the survey"
        if earlier is not None and noun not in memory.roles and person:
            return earlier, True
    role = ROLE_NOUNS.search(text) if lowered.startswith(("the ", "a ", "an ", "her ", "his ", "its ")) else None
    if role and not _ends_with_name(text):
        if lowered.startswith(("a ", "an ")):
            return text, True  # "an agency spokeswoman": unnamed, and stays so
        head = lowered.split()[-1]
        if memory.last_speaker_anonymous and memory.last_speaker and head in memory.last_speaker.lower():
            return memory.last_speaker, True  # "a senior official ... the official added": still unnamed
        if head not in memory.roles and lowered.startswith("the "):
            # "A federation official, speaking on condition of anonymity, said ... costs, which the official put at
            # 85,000": the indefinite the sentence introduced the source by is what the definite takes up
            indefinite = re.search(rf"\b(?:An?|an?)\s+(?:[a-z][\w-]*\s+){{0,3}}?{re.escape(head)}\b", memory.sentence)
            if indefinite and indefinite.start() < memory.sentence.find(text):
                return indefinite.group(0), True
        earlier = next((a for a in reversed(memory.anonymous_speakers) if head in _WORDS.findall(a.lower())), None)
        if earlier and head not in memory.roles and lowered.startswith("the "):
            return earlier, True  # "A senior official said ... The ministry rejected that. ..., the official said"
        last = memory.last_speaker or ""
        if (
            lowered == "the official"
            and head not in memory.roles
            and memory.last_speaker_anonymous
            and SINGLE_SOURCE.match(last)
            and last in memory.paragraph_before
            and _named_in_role(head, memory) is None
            and _OFFICIAL_HEAD.fullmatch(_anonymous_head(last) or "") is not None
        ):
            # "A senior civil servant at the ministry, who asked not to be named, said ... '...,' the official said":
            # "the official" takes up the unnamed one its paragraph just quoted, when a noun of office introduced them
            # (not "A tenant, who asked not to be named") and the page named no official
            return last, True
        if memory.spokesperson_for and THE_SPOKESPERSON.fullmatch(lowered):
            return memory.spokesperson_for, False  # "A spokesman said ... The spokesman added": the body spoken for
        if head in memory.roles:
            return memory.roles[head], False
        if memory.asking:
            # "The minister says you promised 95 per cent. Did you?": a role a Q&A's question names, whom the page gave
            # no name, is another's than the one it asks (who is "you") or the one who answered last; the one person
            # the page named in it before ("Karin Oddvar, the environment minister, told MPs ...") where it did
            return _named_in_role(head, memory) or _PLAIN_DROP.sub("", text), False
        if memory.minutes and lowered.startswith("the "):
            # "P. Ferrier asked whether ... The fundraising director proposed a target of 2 million": minutes name
            # each speaker by name or by office, so an office the page tied to no name is someone of its own
            return _PLAIN_DROP.sub("", text), False
        other_role = any(person == memory.last_person and key in _ROLE_HEADS for key, person in memory.roles.items())
        speaker = memory.last_speaker if not memory.last_speaker_anonymous else None
        # (never the writer of the column the page is: their voice spoke last, but no role of the page's is theirs)
        writer = speaker is not None and speaker == memory.own_voice_writer
        if speaker and _looks_like_person(speaker) and memory.last_person != speaker and not other_role and not writer:
            # "Imogen Farr-Castell said ... phone records showed calls between Mr Voskuijlen and Mr Pettermann ...,
            # the prosecutor said": a role speaks as the person who spoke, not one the content named
            return speaker, False
        if memory.last_person and not other_role:
            return memory.last_person, False
        # "the mayor" when the last person named was given another role ("the union's general secretary, Tomas
        # Brink"): someone the article has not named, not them
        return _PLAIN_DROP.sub("", text), False
    organisation = ORG_REF.search(text) if lowered.startswith(("the ", "a ", "an ", "its ")) else None
    bare_kind = _BARE_NAMED_KIND.fullmatch(text) if organisation is None and lowered.startswith("the ") else None
    opening = _first_clause_subject(memory.sentence, speaking=True) if bare_kind is not None else None
    # (a name of words in capitals, or one the text capitalises inside a sentence too: not "Researchers" opening one)
    named = opening is not None and (" " in opening or memory.capitalised_inside(opening))
    # (and one that may be the kind, no other body nor a person, unless the page has named a body of the kind)
    named = named and bare_kind is not None and bare_kind.group(1) not in memory.organisations
    named = named and opening is not None and ENTITY.fullmatch(opening) is not None
    named = named and opening is not None and opening.lower() not in NOT_NAMES
    if bare_kind is not None and opening and named and _of_bare_kind(opening, bare_kind.group(1)):
        # "The Harrowgate Weekender sold 45,000 tickets, the festival said": a kind a trading name leaves unsaid, which
        # ORG_HEADS lacks (a festival or a museum is as often the event or the building), is the proper name the clause
        # it reports opens with, and "the festival" means it from here on
        memory.as_body(opening, bare_kind.group(1))
        memory.organisations[bare_kind.group(1)] = opening
        return opening, False
    if organisation and not _ends_with_name(text):
        head = organisation.group(1).lower()
        if head in memory.organisations and _may_describe(lowered, head, memory.organisations[head]):
            return memory.organisations[head], False
        staffed = _staffing_body(memory, head) if lowered == "the " + head and head in _STAFFED_HEADS else None
        if staffed is not None:
            # "Lantern Society volunteers handed out 2,600 blankets, the charity said": the body whose people the
            # clause opens on is the one its kind takes up, whatever its name ends with (binding within the sentence)
            return staffed, False
        if re.fullmatch(r"(?:the|its)\s+" + head, lowered) and head in GENERIC_ORG_HEADS:
            speaking = memory.speaking_organisations
            in_sentence = memory.sentence_organisations()
            opening = _first_clause_subject(memory.sentence)
            first = OPENING_SUBJECT.match(DATELINE.sub("", memory.sentence))
            if first and first.group(1) in speaking:
                return first.group(1), False  # "Greyspan employs 230 people ..., the company said": it spoke before
            called = memory.body_by_word(first.group(1)) if first and " " not in first.group(1) else None
            if called is not None and may_be_called(called, head):
                # "Helion has agreed to pay ..., the company said": the first word of a body named in full before
                return called, False
            if opening and opening in in_sentence:
                # "Northmarch Energy has shut 38 turbines at its Greyholm Bank farm ..., the company said": the
                # organisation the sentence opens with is its subject, whatever else it names
                return opening, False
            opening_body = _opening_name_as_body(memory)
            if opening_body is not None:
                # "Skyvane will switch on 85 new sites ..., the company said": the name the clause opens with, which
                # nothing says is a person, is the company, before any the page quoted or introduced earlier
                memory.as_body(opening_body, head)
                memory.introduced_organisations.append(opening_body)
                return opening_body, False
            described = _DEFINITE_HEAD.fullmatch(opening) if opening else None
            if opening and described and described.group(1) != head and {described.group(1), head} <= COMMERCIAL_HEADS:
                # "The airline raised its pay offer to 6 percent, the company said": the business the clause opens
                # with, described by one word for what it is, is the one the reporting clause describes by another
                described_name = name_of(opening, memory)[0]
                if described_name and described_name.lower() != _PLAIN_DROP.sub("", opening.lower()):
                    return described_name, False
            set_off = SET_OFF_OPENING.match(DATELINE.sub("", memory.sentence)) if opening is None else None
            subject = _ARTICLE.sub("", set_off.group(1)) if set_off else ""
            # a name that reads as a person's is still the company when the clause after what sets it off gives it
            # "its", as no person has: "Dunnock Mill, the last wool spinner in the valley, is to cut 118 of its 260
            # jobs, the company said"
            undated = DATELINE.sub("", memory.sentence) if set_off is not None else ""
            its_after = set_off is not None and _its_is_the_set_off_names(undated, set_off)
            if (
                subject[:1].isupper()
                and subject.lower() not in NOT_NAMES
                and (not _looks_like_person(subject) or (its_after and subject not in memory.roles.values()))
            ):
                # "Lumo, owned by the media group Castellan, has 900,000 subscribers, the company says": the name the
                # sentence opens with, not the owner its set-off clause names
                return memory.resolve(subject), False
            # the wire a dateline names files the story and is no body of it: "ULLERTHWAITE, Sept 17 (MPA) - ..."
            in_sentence = [name for name in in_sentence if name not in memory.wires]
            if in_sentence:  # "... visited by the Red Crescent ..., the group said"
                return in_sentence[-1], False
            about = memory.subject_organisation
            named = about is not None and " " in about and about[:1].isupper() and about not in memory.wires
            if about and named and may_be_called(about, head) and _looks_like_organisation(about):
                # "Carra Bay Ferries has suspended all crossings. The company says ...": the body the sentence before
                # was about, named in full, is what the definite description takes up (not the wire that files it)
                return about, False
            # "The contractor, Hallam Build, blamed ... the company said"; not "the campaign group Clean Brack"
            # for "the company", which names a different kind of body
            introduced = [
                name
                for name in memory.introduced_organisations
                if (name in memory.introduced_heads and memory.introduced_heads[name] == head)
                or (name not in memory.introduced_heads and may_be_called(name, head) and head in COMMERCIAL_HEADS)
                or (is_commercial(memory.introduced_heads.get(name)) and head in ANY_BUSINESS_HEADS)
            ]
            if introduced:
                return introduced[-1], False
            last = memory.last_speaker
            if (
                last
                and not memory.last_speaker_anonymous
                and (memory.is_organisation(last) or memory.reads_as_body(last))
                and last not in memory.wires
                and may_be_called(last, head)
            ):
                # 'The agency, Clearword Language Services, denied that. "...," the company said': the body that
                # has just spoken, before the one the article quotes most
                return last, False
            speaking = {n: c for n, c in speaking.items() if may_be_called(n, head) and n not in memory.wires}
            if speaking:  # "the company": the organisation the article quotes most, else the one last named
                return max(reversed(list(speaking)), key=speaking.__getitem__), False
            last_named = memory.last_organisation
            if last_named and last_named not in memory.wires and may_be_called(last_named, head):
                return last_named, False  # not "the national health institute" for "the company"
            opening = opening or _opening_name(memory.sentence, memory)  # "Vantra is recalling ...": one word, any look
            if opening and ENTITY.fullmatch(opening) and opening.lower() not in NOT_NAMES:
                # "Halvard Glass will close its oldest furnace, the company said": with no body named before, the
                # name the clause opens with is the company, whatever its name looks like; so it stays for "the group"
                memory.as_body(opening, head)
                memory.introduced_organisations.append(opening)
                return opening, False
            before = memory.name_opening_sentence_before() if head in ANY_BUSINESS_HEADS else None
            if before is not None and may_be_called(before, head):
                # "Velisse Cosmetics will restart production after the regulator approved its new regime. Every batch
                # will be tested three times, the company said": with no body the page knows, the name the sentence
                # before in the paragraph opened with, which nothing says is a person's, is the company
                memory.as_body(before, head)
                memory.introduced_organisations.append(before)
                return before, False
        named_by_kind = lowered == "the " + head and head in NAMED_BY_KIND
        opening = _first_clause_subject(memory.sentence) if named_by_kind else None
        if opening and ENTITY.fullmatch(opening) and opening.lower() not in NOT_NAMES and may_be_called(opening, head):
            # "Castellan Rovers will raise ..., the club said": a club or a school never named as one is the name the
            # clause it reports opens with, and "the club" means it from here on
            memory.as_body(opening, head)
            memory.organisations[head] = opening
            return opening, False
        placed = _PLACE_OF_KIND.search(memory.sentence.split(text, 1)[0]) if named_by_kind else None
        if placed is not None and placed.group("name").lower() not in NOT_NAMES:
            # "the emergency department at Skellmouth General had treated 14 people, the hospital said": the place the
            # sentence names, whose part it tells of, is the hospital, the school or the museum that reports
            return placed.group("name"), False
        belongs = _MEMBERS_BODY.search(memory.paragraph_before) if named_by_kind else None
        if belongs is not None and belongs.group("name").split()[0].lower() not in NOT_NAMES | NOT_NAME_OPENERS:
            # "Hollin Cross Harriers' Annie Dowd won the title. She finished 9 seconds ahead, the club said": the name
            # that owns the person its paragraph is about is the club, the school or the hospital they belong to
            return belongs.group("name"), False
        topic = memory.topic_organisation
        if named_by_kind and topic and may_be_called(topic, head):
            # "Brackenford United will play ... after the authority ordered the club to close ...": a club, a museum
            # or a hospital never named as one is the body the article opens with
            return topic, False
        lower = memory.lower_body(head) if lowered == "the " + head else None
        if lower is not None:
            return lower, False  # "the ministry said" after "the health ministry": the health ministry
        about = memory.subject_organisation if lowered == "the " + head and head in BODYS_ORGANS else None
        if about is not None and about[:1].isupper():
            # "Marrisham Coaches Group returned to profit ... The board proposed a dividend": no body named as a board,
            # the board is that of the body the sentence before was about, which acts through it
            return about, False
        return _PLAIN_DROP.sub("", text), False  # "the border police", "the civil defence ministry"
    entity = _final_entity(_PLACE_AFTER.sub("", text))
    if entity:
        name = entity
        if re.search(r"['’]s$", text[: len(text) - len(entity)].strip()) and _looks_like_organisation(entity):
            name = entity  # "Ostria's Interior Ministry" -> "Interior Ministry"
        name = _strip_possessor(name)
        resolved = memory.resolve(_ARTICLE.sub("", name))
        return resolved, False
    if UNNAMED_ONE.match(text) and not DOCUMENT_SOURCE.search(text.split(" ", 2)[1]):
        # "A manager at one of the terminal operators", "a geologist who worked on the report": an indefinite
        # person the article does not name is an unnamed source, and "he said" after it still means them
        return text, True
    body = memory.definite_body(text)
    if body is not None:
        return body, False  # "the zoo said": "Hallberg Zoo", a body, though its name would do for a person's
    bare = BARE_DOCUMENT.fullmatch(lowered)
    if bare is not None:
        # "the study found", "according to the same accounts", "The latest version says": a document stands for the
        # body that produced it, which the article named with it, else the body it quotes most, else the last named
        kind = bare.group(2)
        producer = memory.documents.get(kind.removesuffix("s")) or memory.made_here(kind)
        if producer is not None:
            return producer, False
        # (not a notice, a filing, a memo or records no one was named for: those are as often a regulator's notice
        # served on the company the story quotes, or the claimants' filing against it, as the company's own)
        guessed = kind.removesuffix("s") not in _TIED_DOCUMENTS
        producer = (memory.most_quoted_body() or memory.last_organisation) if guessed else None
        if producer is not None and not producer[:1].islower():  # a body named, not "the ministry" as such
            return producer, False
        if bare.group("ranked"):
            # "according to the first full survey of school buildings", "the largest survey of the birds": a document
            # told by its rank among others names neither its maker nor itself; no speaker rather than "largest survey"
            return None, False
    text = REDUCED_RELATIVE_TAIL.sub("", text)  # "A fleet audit released in March" -> "fleet audit"
    if _SAMPLED_DOCUMENT.match(text):
        text = text[: text.index(" of ")]  # "A survey of 2,400 fans carried out for the report": the survey
    return memory.resolve(_PLAIN_DROP.sub("", text)), False


# A document opening the sentence as the subject of what it found: "A survey carried out for the agency in January"
OPENING_DOCUMENT = re.compile(
    r"\W*((?:An?|The)\s+(?:[a-z-]+\s+){0,2}(?:survey|study|report|review|audit|analysis|poll|census)\b[^,;:\"“”]*?)\s*$"
)
# "its" as the first noun phrase after the subject's verb: "is to cut 118 of its 260 jobs", not "bought the island
# ferry service in 2019 and has doubled its fleet" (the service's); the clause ends at a comma
_ITS_IN_VERB_PHRASE = re.compile(
    r"(?:(?!(?:the|a|an|this|that|these|those|their|his|her|our|my|your|which|who)\b)[^,;:\"“”\s]+\s+){1,12}?its\b"
)
# What an apposition says a person is, or another body it names: "the founder of Holt Yarns", "a Brisca entrepreneur",
# "chief executive at Norrel" (not "the last wool spinner in the Kestle Valley", a body's description and its place)
_PERSON_APPOSITION = re.compile(
    rf"\b(?:{'|'.join(sorted(_TITLE_HEADS))}|founder|co-founder|owner|co-owner|entrepreneur|businessman|businesswoman"
    r"|boss|investor|heir|heiress|tycoon|proprietor|chairman|chairwoman|landlord|landlady)\b"
    r"|\b(?:of|at|for|with|from)\s+(?:the\s+)?[A-Z]"
)


def _its_is_the_set_off_names(sentence: str, set_off: re.Match[str]) -> bool:
    """
    Whether the "its" of the clause after a name and what sets it off can only be that name's: the clause's verb phrase
    reaches "its" past no other noun phrase, and the set-off part neither says the name is a person's (a role, an
    owner) nor names another body "its" could be ("Lena Holt, the founder of Holt Yarns, has agreed to sell 60 per cent
    of its shares": Holt Yarns'). findings_speakers43 H4.
    """
    if _PERSON_APPOSITION.search(sentence, set_off.end(1), set_off.end()):
        return False
    return _ITS_IN_VERB_PHRASE.match(sentence, set_off.end()) is not None


# A single name owning the noun a sentence opens with: "Skyvane's stand is the busiest in the hall", after a live
# page's time ("11:10 - ")
_OPENING_OWNER = re.compile(r"\W*(?:\d{1,2}[:.]\d{2}\s+[-–—]\s+)?([A-Z][\w-]+)['’]s\s+[a-z]")
# A name opening a sentence with a participle or a description set off after it: "Brunel, founded in 1911, makes"
SET_OFF_OPENING = re.compile(
    # "The coastguard, which operates 11 vessels, has ...": a definite description set off the same way
    r"\W*((?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}|The\s+[a-z]{3,}),\s+(?:founded|based|owned|set\s+up|"
    r"formed|created|"
    # the comma inside a figure ("about 2,300 kilometres") sets nothing off
    r"which|the|a|an)\b(?:[^,;:\"“”]|(?<=\d),(?=\d{3}\b)){0,80},\s+(?=[a-z])"
)
# One who speaks for a body the phrase names: "a ministry spokeswoman", "A spokesman for the company that runs the
# works", "a Keldmar spokesman" (not "the opposition's spokeswoman", a post its holder speaks in for themselves)
SPOKESPERSON_OF = re.compile(
    r"(?:an?\s+(?P<kind>(?:[\w&.-]+\s+){0,3}?[\w&.-]+)\s+spokes(?:man|woman|person)"
    r"|(?:an?|the)\s+spokes(?:man|woman|person)\s+(?:for|at)\s+(?P<body>\S.*))",
    re.IGNORECASE,
)
# One who speaks for a body, with no word of which: "a spokeswoman", not "a ministry spokesman" nor "a spokesman for"
BARE_SPOKESPERSON = re.compile(r"an?\s+spokes(?:man|woman|person)")
# A survey or poll told of, whose sample "many" of a group may be
_SURVEY_WORD = re.compile(r"\b(?:survey|poll|questionnaire)(?:s|ed)?\b", re.IGNORECASE)
# One who speaks at or for a body named by its bare kind: "a spokesman at the company", "a spokeswoman for the council"
SPOKESPERSON_AT_KIND = re.compile(rf"an?\s+spokes(?:man|woman|person)\s+(?:at|for)\s+the\s+(?P<kind>{ORG_HEADS})")
# The kinds a business's own name seldom carries: "Orvel Foods" is "the company" or "the firm"
_UNWRITTEN_KINDS = frozenset({"company", "firm", "group", "business"})


def _of_kind(body: str, kind: str) -> bool:
    """
    Whether ``body`` can be "the <kind>": its name has that word, or the kind is one a business's name leaves out and
    the name ends in no other kind ("Orvel Foods" the company, not "the Workers' Federation").
    """
    words = body.lower().split()
    return kind in words or (kind in _UNWRITTEN_KINDS and not ORG_HEAD_WORD.fullmatch(words[-1]))


THE_SPOKESPERSON = re.compile(r"the\s+spokes(?:man|woman|person)")
# A definite document named by its kind alone, whose producer the article leaves to be understood
BARE_DOCUMENT = re.compile(
    r"the\s+(?P<ranked>(?:first|second|third|last|largest|biggest|most\s+[a-z]+|(?!latest\b)[a-z]+est)\s+)?"
    r"(?:same\s+|latest\s+|new\s+|annual\s+|full\s+|final\s+|draft\s+|original\s+|published\s+)?"
    r"(reports?|surveys?|polls?|study|studies|paper|review|audit|analysis|assessment|accounts|version|findings|count|index|"
    r"census|letters|list|release|table|notice|return|memo|filing|records?|sheet|tracker|logs)"
    # or the people who wrote it, who speak for it as it does: "the report's authors say", "the study's researchers"
    r"(?:['’]s?\s+(?:authors?|writers|researchers))?"
)
# The documents a page names as often for the one they are served on, filed against or leaked about as for the one
# that wrote them: "the notice" (a regulator's, on the firm it fines), "the filing" (the claimants', against the firm
# they sue); they speak for a body only when the page ties them to it (ISSUED_TIED_DOCUMENT, OWNED_KIND)
_TIED_DOCUMENTS = ("notice", "filing", "memo", "record")
_TIED_DOCUMENT = r"notices?|filings?|memos?|records"
# A body that issues, sends or files such a document as the subject of its verb: "The Water Services Regulator issued
# a penalty notice on Friday", "Harland Council sent a memo to staff" (not "served a notice on the firm": whose it is
# the page leaves to "the notice" itself)
ISSUED_TIED_DOCUMENT = re.compile(
    rf"(?P<owner>(?:[Tt]he\s+)?(?:(?:(?!the\s)[a-z-]+\s+){{0,3}}?(?:{ORG_HEADS})\b|{ENTITY_PATTERN}))"
    # (what sets the body off: "Pell Tessendra & Co, the administrators of Garrowin Events Group, filed the notice")
    r"(?:,\s+(?:the|its|a|an)\s[^,;:\"“”]{1,80},)?\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:issued|sent|filed|lodged|published|released|posted|circulated)\s+"
    rf"(?:a|an|its|their|the|new)\s+(?:[a-z-]+\s+){{0,3}}?(?P<noun>{_TIED_DOCUMENT})\b"
)
# The documents a body makes, whose owner or maker a sentence may name
_MADE_DOCUMENT = (
    r"reports?|surveys?|polls?|study|studies|paper|reviews?|audits?|analysis|assessments?|counts?|census|lists?|tables?|"
    r"index"
)
# Whose a document is: "the club's annual accounts", "the agency's own surveys", "Harlan Water's draft report"
OWNED_KIND = re.compile(
    r"(?P<owner>(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,4}?[\w-]+)['’]s\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}?"
    rf"(?P<noun>{_MADE_DOCUMENT}|accounts|documents|{_TIED_DOCUMENT})\b"
)
# A body that puts a document out as the subject of its verb: "The ministry published a report on Monday", "The
# statistics office released its annual count": "the report" (and "the release") after it are that body's
_PUT_OUT_VERBS = ("published", "publishes", "released", "issued", "put out", "produced")
_PUT_OUT = "|".join(verb.replace(" ", r"\s+") for verb in _PUT_OUT_VERBS)
PUBLISHED_BY_SUBJECT = re.compile(
    # (its words are the body's own, from its article on: not "Every spring the transport ministry publishes")
    rf"(?P<owner>(?:[Tt]he\s+)?(?:(?:(?!the\s)[a-z-]+\s+){{0,3}}?(?:{ORG_HEADS})\b|{ENTITY_PATTERN}))\s+(?:has\s+|have\s+)?"
    rf"(?:{_PUT_OUT})\s+(?:a|an|its|their|the|new)\s+"
    rf"(?:[a-z-]+\s+){{0,3}}?(?P<noun>{_MADE_DOCUMENT}|releases?|figures|statistics|data)\b"
)
# A document put out by the body named after it: "figures released yesterday by the statistics office", "a report
# published on Monday by the audit office": "the release" and "the report" after it are that body's
PUT_OUT_BY = re.compile(
    rf"\b(?P<noun>{_MADE_DOCUMENT}|releases?|figures|statistics|data)\s+(?:{_PUT_OUT})\s+(?:[\w-]+\s+){{0,3}}?by\s+"
    # "by the national health statistics office": a kind of body ends at its last head word, not at "statistics"
    rf"(?P<owner>(?:the\s+)?(?:(?:[a-z-]+\s+){{0,3}}?(?:{ORG_HEADS})\b(?:\s+(?!(?:statistics|research)\b)(?:{ORG_HEADS})\b)?|{ENTITY_PATTERN}))"
)
_PUTS_OUT = tuple(f" {verb} " for verb in _PUT_OUT_VERBS)  # PUBLISHED_BY_SUBJECT, PUT_OUT_BY tried only then
# Who made a document: "The survey, carried out by the wildlife service", "a count conducted by the agency"
# "A survey carried out for the agency": who commissioned it, whose document it is
# Sampled nouns a bare "for" after belongs to, not to the survey: "applicants for the police service"
_SAMPLE_TAKES_FOR = (
    "applicants", "applications", "candidates", "bids", "claims", "places", "requests", "tenders", "nominations",
    "vacancies", "orders", "permits", "licences", "grants", "referrals", "appeals", "bookings", "tickets",
)  # fmt: skip
MADE_BY = re.compile(
    # "A survey of 2,400 adults carried out for the institute", "a survey of 1,500 customers for the utility": what
    # it sampled may come between; then a participle or "for" names its maker, not a bare "by" ("of homes hit by"); a
    # bare "for" only after a survey or poll's sample, not one that takes it ("a study of applicants for the police")
    rf"\b(?:(?P<polled>(?=(?:survey|poll)s?\b))|(?!(?:survey|poll)s?\b))(?P<noun>{_MADE_DOCUMENT})"
    r"(?P<sample>\s+of(?:\s+[\w,.-]+){1,6}?)?,?\s+"
    r"(?:(?:carried\s+out|conducted|commissioned|compiled|produced|written|prepared|published|run)\s+(?:by|for)|"
    rf"(?(sample)(?(polled){''.join(f'(?<!{noun} )' for noun in _SAMPLE_TAKES_FOR)}for|(?!))|by))\s+"
    # "by the wildlife service", "by the Housing Department"
    rf"(?P<owner>(?:the\s+)?(?:(?:[a-z-]+\s+){{0,3}}?(?:{ORG_HEADS})\b|{ENTITY_PATTERN}))"
)


# An indefinite source with no name in it: "A manager at one of the operators", "One engineer"; the head noun is
# checked against the documents PARC names as sources ("A fleet audit released in March" is no person)
UNNAMED_PERSON_AT = re.compile(
    r"(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][a-z-]+\s+){0,2}(?P<head>[a-z][a-z-]+(?<!ed))\s+(?:at|in|from|of|with|on|for)\s+\S.*$"
)
# What a document is called, which no person is: "A written statement from a former claims handler"
_DOCUMENT_HEADS = re.compile(
    r"report|survey|study|review|audit|statement|census|bulletin|analysis|assessment|submission|letter|note|memo|"
    r"filing|document|poll|data|figures|estimate|forecast|study|paper|record|records|tally|count|email|message"
)
UNNAMED_ONE = re.compile(r"(?:[Aa]n?|[Oo]ne)\s+[a-z][a-z-]+(?:\s+(?:(?![A-Z])[\w'’-]+|[A-Z][\w-]*['’]s))*$")
# A source its determiner counts or leaves indefinite, by the grammar of its noun phrase, whatever its head noun: the
# determiner, up to three modifiers (a place or a body as an adjective: "French", "bank"), a common noun as its head,
# then what places or describes it ("a western French banker familiar with the talks", "two local bankers at the
# ministry", "one nurse who asked not to be named")
_COUNTED_OR_INDEFINITE = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Ss]ome|[Mm]any|[Aa]\s+few)\s+"
    r"(?:(?!(?:at|in|on|of|from|for|with|by|to|the|and|or|who|whose|that|its|his|her|their|our|my)\s)[A-Za-z][\w'’-]*\s+)"
    r"{0,3}?(?P<head>[a-z][a-z-]+)"
    rf"(?:,?\s+(?:{ANONYMOUS_POSTMODIFIER}|at|in|on|from|for|with|of)\b.*)?"
)


def unnamed_by_grammar(text: str) -> bool:
    """
    A source its noun phrase counts or leaves indefinite and whose head names a person, not a body or a document: "a
    western French banker familiar with the talks" (an ANONYMOUS_HEADS noun or not), not "a report" or "two companies".
    """
    found = _COUNTED_OR_INDEFINITE.fullmatch(text)
    if found is None:
        return False
    head = singular(found["head"])
    if _DOCUMENT_HEADS.fullmatch(head) or ORG_HEAD_WORD.fullmatch(head) or head in _NOT_PERSON_HEADS:
        return False
    return _ANONYMOUS_HEAD.fullmatch(found["head"]) is not None or _AGENT_NOUN.search(head) is not None


# A noun for one who does something, by its ending (the agent nouns of the attribution literature's sources): "banker",
# "dispatcher", "investigator", "economist", "technician", "consultant", "auctioneer", "spokeswoman"; not an act or a
# thing ("a payment", "a statement", "a loaf")
_AGENT_NOUN = re.compile(r"(?:er|or|ist|ian|eer|(?<!m)ant|(?<!m)ent|man|woman|person)$")
# Common nouns with an agent's ending that name no one who speaks: "a third", "one quarter", "some number"; things
# that hold or measure ("Many computers estimated the cost"), places, events and lists
_NOT_PERSON_HEADS = frozenset({
    "quarter", "number", "order", "matter", "water", "paper", "letter", "centre", "chapter", "computer", "printer",
    "server", "register", "newsletter", "poster", "banner", "counter", "meter", "sensor", "indicator", "tracker",
    "list", "shortlist", "playlist", "plant", "restaurant", "patent", "event", "incident", "accident",
})  # fmt: skip


# A document its maker's name stands before, as a possessor would: "an Estervale Now analysis"
MAKER_NAMED_DOCUMENT = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?P<maker>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})\s+(?:(?:new|latest|annual|own)\s+)?"
    r"(?:analysis|survey|poll|study|investigation|review|audit)"
)
# The sample after a possessed document, with no author after it: "analysis of 52 contracts signed since 2023"; or
# after one its maker's name stands before: "an Estervale Now analysis of more than 48,000 rental listings"
OWNED_SAMPLE_TAIL = re.compile(
    r"((?:(?P<possessed>['’]s)|(?<=[A-Z])[\w'’-]*)\s+(?:[a-z]+\s+)?(?:survey|poll|study|census|review|audit|analysis))"
    # not a tail that names its maker: "A survey of 2,400 adults carried out for the institute"; after an owner's
    # "'s", a bare "for" is a period or a purpose ("the bank's survey of 3,000 households for the third quarter")
    r"\s+of\s+(?:some\s+|about\s+|more\s+than\s+)?\d[\d,.]*\s"
    r"(?:(?!\b(?:by|from)\b|(?(possessed)\b(?:carried\s+out|conducted|commissioned)\s+for\b|\bfor\b)).)*$"
)
# A document's reduced relative that names who received it, not who wrote it: "seen by RTP", "obtained by the Post"
RECEIVED_BY = re.compile(
    r"(?<=[a-z])\s+(?:seen|obtained|reviewed|examined|viewed|leaked|shared|passed|given|sent|shown)"
    r"\s+(?:by|to|with)\s+[^,;]*$"
)
# "figures released to BTV North under freedom of information rules": to whom, not by whom ("released to this
# newspaper by the council" names its owner)
_HANDED_TO_TAIL = re.compile(rf"\s+(?:{'|'.join(sorted(_HANDED_OVER))})\s+to\s+(?!.*\bby\s).*$")
REDUCED_RELATIVE_TAIL = re.compile(r"\s+[a-z]+ed\s+(?:in|on|at|last|this|earlier|alongside|with|since)\b.*$")


DOCUMENT_OF_PRONOUN = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}?(?:figures|data|report|statement|accounts|records|estimates?|filings?|"
    r"returns?|submission)\s+(it|they|the\s+(?:[a-z-]+\s+)?(?:" + ORG_HEADS + r"))\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:[a-z]+(?:ed|t)|laid|gave|sent|put)\b"  # "figures it filed", "figures the ministry laid before the Assembly"
)


_POSSESSIVE_END = re.compile(r"['’]s?$")


_LOWER_ASIDE = re.compile(r"\s+\([a-z\d][^)]*\)?\s*$")


# "Harrow Foods chief executive Jane Roe": a body, a title in lower case, the name of whoever holds it
_BODY_TITLE_NAME = re.compile(
    rf"(?:the\s+)?{ENTITY_PATTERN}\s+(?P<title>(?:[a-z-]+\s+){{1,3}})(?P<name>{ENTITY_PATTERN})"
)


_CONTACT_WITHIN = re.compile(
    r"\s+(?:that\s+|whom\s+)?(?:we|I)\s+(?:have\s+|had\s+)?(?:spoke|spoken|talked)\s+(?:to|with)\b"
)
# A relative clause describing a person ("two drivers who did not want to be named"); one describing a body may open
# with "that" or "which" as well ("the trust that runs the county's care homes")
_PERSON_RELATIVE = r"who|whose"
_RELATIVE_TAIL = re.compile(rf"\s+(?:{_PERSON_RELATIVE})\s.*$")
_BODY_RELATIVE = re.compile(rf"\s+(?:that|which|{_PERSON_RELATIVE})\s.*$")


def spokesperson_pronoun(phrase: str) -> str | None:
    """The pronoun that takes up a spokesperson: "she" a spokeswoman, "he" a spokesman, either a spokesperson."""
    word = phrase.lower().split(" for ")[0]
    return "she" if word.endswith("woman") else "he" if word.endswith("man") else None


# "..., it said" closing a sentence, and the subject of a clause before it that names a body by its kind or by name
# ("the council has moved", "the Financial Ombudsman upholds"), where a clause opens: the sentence's start, a comma, a
# semicolon or a coordinator
_POSTPOSED_IT = re.compile(r",\s+it\s+(?:said|says|added|adds|reported|reports|estimated|estimates)\b")
# (a kind's verb is an auxiliary or a past, never a word in -s, which may be a noun it modifies: "The bank details")
_CLAUSE_SUBJECT_BODY = re.compile(
    r"(?:^|[,;]\s+|\s(?:and|but|while)\s+)(?:(?P<name>(?:[Tt]he\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){1,4})"
    r"\s+(?:has|have|had|is|was|will|would|[a-z]{3,}(?:s|ed))"
    rf"|(?P<kind>[Tt]he\s+(?:[a-z-]+\s+){{0,2}}?(?:{ORG_HEADS}))\s+(?:has|had|is|was|will|would|[a-z]{{3,}}ed))\b"
)


def _of_bare_kind(name: str, kind: str) -> bool:
    """
    Whether a name a clause opens with may be the body "the museum", "the trust" or "the festival" means: a name with
    the kind in it ("Kalder Trust", "The Harbour Museum"), or a definite title ("The Merrow Gathering") whose words
    name no body of another kind ("The Arts Council", "The Saint Aldric School") and no person; never a bare name,
    which may be a person's ("Greta Holm", "Director Anna Berg"), a storm's ("Storm Dara") or another body's ("Thames
    Valley Police"), nor a possessive ("Sunday's Merrow Gathering").
    """
    if not any(word[:1].isupper() for word in name.split()[1:]):
        return False  # "The museum said it drew 80,000": the kind itself, no name
    words = [word.lower() for word in name.split()]
    if kind in words:
        return True
    if words[0] != "the" or any("'" in word or "’" in word for word in words):
        return False
    if any(ORG_HEAD_WORD.fullmatch(word) or word in NAMED_BY_KIND for word in words[1:]):
        return False
    return not (looks_like_body(name) or _looks_like_person(name))


def _named_as_body(name: str, memory: SpeakerMemory) -> bool:
    """Whether the page or the name itself shows a name is a body's (not a place's, a time's or a person's)."""
    return memory.is_organisation(name) or memory.reads_as_body(name) or looks_like_body(name)


# A verb by which the body a sentence opens with is the source of what follows: it says, tells, estimates or gives out
# a document ("Dunmore Council published its budget", "The Met Office issued a warning", "The airline said")
_SOURCE_VERB = re.compile(
    rf"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:{'|'.join(sorted(STANCE_OF, key=len, reverse=True))}|{ISSUED})\b"
)


def _reporter_before(memory: SpeakerMemory) -> bool:
    """
    Whether the sentence before, in the paragraph, opens with a body as the source of what it says ("The Met Office
    issued a warning on Sunday."): the body "it said" goes on quoting, not a body the next sentence reports on.
    """
    last = memory._sentence_before(1000)
    opened = _first_clause_subject(last, speaking=True) if last is not None else None
    if last is None or opened is None or not (looks_like_body(opened) or memory.is_organisation(opened)):
        return False
    at = last.find(opened)
    return at >= 0 and _SOURCE_VERB.match(last, at + len(opened)) is not None


def _clause_body_before_it(memory: SpeakerMemory) -> str | None:
    """
    The body the clause before a closing "it said" has as its subject, when the sentence's opening gives none: the
    last clause subject before the cue that is a body the page knows or that reads as one, not a person nor a place.
    None when the sentence before opens with a body that is its source (_reporter_before), whose report "it" goes on
    with: "Dunmore Council published its budget. ... the Highways Agency has spent 3 million pounds, it said."
    """
    closing = _POSTPOSED_IT.search(memory.sentence)
    if closing is None or _reporter_before(memory):
        return None
    subjects = list(_CLAUSE_SUBJECT_BODY.finditer(memory.sentence, 0, closing.start()))
    if not subjects:
        return None
    phrase = subjects[-1].group("name") or subjects[-1].group("kind")
    name, anonymous = name_of(phrase, memory)
    if not name or anonymous or _looks_like_person(name) or memory.names_place(name):
        return None
    if not (memory.is_organisation(name) or looks_like_body(name) or ORG_REF.search(phrase)):
        return None
    return name


def _spokesperson_body(text: str, memory: SpeakerMemory) -> str | None:
    """
    The body a spokesperson the phrase names speaks for: "a ministry spokeswoman" the one ministry the article named,
    "a spokesman for the company that operates the works" the company as described, "a Keldmar spokesman" the body
    the article named Keldmar. None for one who speaks for a person ("a spokesman for the prime minister") or for no
    body ("for the race"), and for a kind the article named no body of ("a ministry spokesman" with no ministry
    named), who stay as written.
    """
    found = SPOKESPERSON_OF.fullmatch(text)
    if found is None:
        return None
    if found.group("body") is not None:
        body = _FULL_STOP_END.sub("", found.group("body").strip())
        head = _POSTMODIFIER.sub("", _BODY_RELATIVE.sub("", body))
        if ROLE_NOUNS.search(head) or _looks_like_person(_ARTICLE.sub("", head)):
            return None  # "for the prime minister", "for Anna Berg": a person's spokesperson
        definite = re.fullmatch(r"the\s+((?:[a-z-]+\s+){0,2}[a-z-]+)", head, re.IGNORECASE)
        if definite is not None and ORG_HEAD_WORD.fullmatch(definite.group(1).split()[-1].lower()):
            # "for the union", "for the trust that runs the county's care homes": the one body of that kind the
            # article named, else the body as the page describes it; a bare kind ("for the company") describes none
            bare = body == head and " " not in definite.group(1)
            described = None if bare else re.sub(r"^the\s+", "", body, flags=re.IGNORECASE)
            return _body_of_kind(definite.group(1), memory) or described
        if not (_looks_like_organisation(head) or memory.is_organisation(_ARTICLE.sub("", head))):
            return None
        name, anonymous = name_of(body, memory)
        return None if anonymous or not name else name
    kind = found.group("kind")
    words = kind.split()
    if words[-1][:1].islower():
        placed = PLACE_AND_KIND.fullmatch(kind)
        if placed is not None and not _looks_like_person(placed.group("place")):
            return placed.group("body")  # "a Harlund family ministry spokeswoman": the body so named
        if any(w[:1].isupper() for w in words):
            return None  # "a Labour finance spokesman": one who speaks on a subject
        return _body_of_kind(kind, memory)
    if not all(w[:1].isupper() for w in words):
        return None
    name, anonymous = name_of(kind, memory)  # "a Keldmar spokesman": the body the article named so
    return None if anonymous or not name or name == kind or _looks_like_person(name) else name


def _body_of_kind(kind: str, memory: SpeakerMemory) -> str | None:
    """The one body the article named that is of ``kind`` ("health ministry"): its head and every word before it."""
    words = kind.lower().split()
    if not ORG_HEAD_WORD.fullmatch(words[-1]):
        return None
    body = memory.body_by_head(words[-1]) or memory.definite_body("the " + words[-1])
    body = body or memory.described_bodies.get(words[-1]) or memory.named_body_of_kind(words[-1])
    if body is None or not all(word in body.lower().split() for word in words[:-1]):
        return None
    return body


def _according_to(rest: str) -> str | None:
    # "the U.N., ...", "a survey of 4,200 passengers carried out by ...": no comma of a figure ends the source; a
    # dash set off by spaces does ("according to the agency - about 7 per cent of ...")
    phrase = re.match(r"\s+((?:(?!\s[-–—]\s)[^,.;:“”\"]|\.(?=[A-Z]|,)|(?<=\d),(?=\d{3}))+)", rest)
    if not phrase:
        return None
    # "a report to the committee (item 7 on the agenda, ...)": an aside on the source, not a part of it
    text = _LOWER_ASIDE.sub("", phrase.group(1)).strip()
    # "according to two drivers I spoke to who did not want to be named": the reporter's contact is no part of them
    text = _CONTACT_WITHIN.sub("", text) if " to" in text or " with" in text else text
    if UNNAMED_GROUP.fullmatch(_RELATIVE_TAIL.sub("", text)):
        return text  # "two drivers who did not want to be named"
    agent = re.search(r"(?<!seen )(?<!obtained )(?<!reviewed )\bby\s+(?:the\s+)?(" + ENTITY_PATTERN + ")", text)
    if agent:  # "according to a poll published on Tuesday by Meridian Research"
        # "figures compiled by Halden Analytics for the company": whom they are for is no part of the compiler
        return re.sub(r"\s+for(?:\s+the)?$", "", agent.group(1))
    agent = re.search(
        r"(?<!seen )(?<!obtained )(?<!reviewed )\bby\s+(the\s+[a-z][\w'’ -]*?)(?:\s+(?:on|in|at|last|this)\b.*)?$", text
    )
    if agent:  # "according to figures published by the regional health board on Monday"
        return agent.group(1)
    author = DOCUMENT_OF_PRONOUN.match(text)
    if author:  # "according to figures it filed with the regulator": the body "it" means
        return author.group(1)
    if _OWNERS_DOCUMENT.fullmatch(text) or _PERSONS_DOCUMENT.fullmatch(text):
        return text  # "according to its published statement of accounts": whose it is, name_of reads; no participle
    # "a document seen by X", "a council report published this week"
    text = re.sub(
        r"\s+(?:seen|obtained|reviewed|filed|sent|prepared|cited|published|released|issued|presented|"
        r"circulated)\b.*$",
        "",
        text,
    )
    named = re.match(r"\s*,\s*(" + ENTITY_PATTERN + r")\s*(?:[,.;]|$)", rest[phrase.end() :])
    if named and not ENTITY.match(text) and named.group(1).lower() not in NOT_NAMES:
        return named.group(1)  # "according to the inquiry's lawyer, Simone Achebe, ...", "the manufacturer, BioNova"
    if (ANONYMOUS_SOURCE.match(text) or unnamed_by_grammar(text)) and not _ends_with_name(text):
        return text  # "according to U.S. officials briefed on the situation", "according to a French banker"
    placed = PLACE_AND_KIND.fullmatch(text)
    if placed is not None and not _looks_like_person(placed.group("place")):
        return placed.group("body")  # "according to the Mardessan trade ministry", "to Quarnel's statistics office"
    entity = next((e for e in ENTITY.finditer(text) if e.group(0).lower() not in NOT_NAMES), None)
    # "according to the Harlow Motor Club's annual review": the body whose document it is, not its possessive
    owner = _POSSESSIVE_END.sub("", entity.group(0)) if entity else ""
    titled = _BODY_TITLE_NAME.fullmatch(text) if entity else None
    if titled and any(word in TITLES for word in titled.group("title").split()):
        return titled.group("name")  # "according to Harrow Foods chief executive Jane Roe": the person so titled
    if entity and not text[: entity.start()].strip(" the").strip():
        return owner
    if entity and re.fullmatch(r"(?:the|a|an)(?:\s+[a-z-]+){0,2}\s*", text[: entity.start()]):
        return owner  # "according to the independent Fiscal Council"
    if ORG_REF.search(text) or ROLE_NOUNS.search(text) or OWNED_DOCUMENT.match(text):
        return text  # "according to the national bee unit's annual report": the unit's, as name_of reads it
    plain = re.match(
        r"(?:(?:the|a|an)\s+)?[a-z'’-]+(?:\s+[a-z'’-]+){0,3}?(?=\s+(?:with|in|on|at|from|for|of|by)\b|$)", text
    )
    if plain and not entity and plain.group(0).rsplit(" ", 1)[-1] in BODY_KINDS and text[plain.end() :][:4] == " of ":
        return text  # "according to the town's chamber of commerce": a body's kind and what it is of name the body
    if plain and not entity:  # "according to preliminary results with 96 percent of ballots counted"
        return plain.group(0)
    if entity:
        return entity.group(0)
    if re.fullmatch(r"the\s+[a-z'’ -]+", text) and ORG_HEAD_WORD.fullmatch(text.rsplit(" ", 1)[-1]):
        return text  # "according to the relief agencies' joint coordination office": a body as the page describes it
    return text if re.match(r"(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+){0,2}$", text) else None


@functools.lru_cache(maxsize=4096)  # page-scoped: see clear_page_caches
def strip_titles(name: str) -> str:
    """ "Prime Minister Anton Velic" -> "Anton Velic"; "Celia Moorhouse KC" -> "Celia Moorhouse"."""
    words = name.split()
    while len(words) > 2 and words[-1].strip(".,") in POST_NOMINALS:
        words = words[:-1]
    last_title = -1
    for i, word in enumerate(words[:-1]):
        if word.lower().rstrip(",") in TITLES:
            last_title = i
    if last_title < 0 or not words[last_title + 1][:1].isupper():
        return " ".join(words)  # "Chief Inspector of Prisons": the office is the name
    return " ".join(words[last_title + 1 :])


def _strip_possessor(name: str) -> str:
    """ "South Korea's National Intelligence Service" -> "National Intelligence Service"."""
    owner = _POSSESSOR_PREFIX.match(name)
    if owner is None or _NAME_POSSESSIVE.search(owner.group(0)):
        return name  # "Harlund Fishermen's Federation", "St Ottilie's Hospital": the possessive is the name's own
    return name[owner.end() :]


def _may_describe(phrase: str, head: str, name: str) -> bool:
    """
    Whether "the education ministry" may take up the body named ``name``: a word narrowing the kind names which one,
    and "Ministry of Public Works" is another ministry; "the national statistics office" may still be "Office for
    National Statistics", and "the state ministry" any ministry.
    """
    # the words of the last noun phrase: "a rate the guild" (says) is "the guild"
    words = re.split(r"\b(?:the|an?|its)\s+", phrase)[-1].split()[:-1] if phrase.endswith(" " + head) else []
    named = name.lower()
    return all(w in BROAD_MODIFIERS or w[:5] in named for w in words)


# Words before a kind of body that say nothing of which one it is: "the national ministry", "the new agency"
BROAD_MODIFIERS = {
    "national", "state", "federal", "regional", "local", "central", "city", "county", "provincial", "municipal",
    "district", "government", "new", "same", "main", "top", "own", "public", "private", "state-owned", "independent",
    "official", "country's", "nation's", "city's", "government's", "two", "big", "largest", "biggest", "former",
    # what it is like or where it stands, not which one: "the old ministry building", "the head office in Kelbridge"
    "old", "head",
}  # fmt: skip
# A body named by its place (or its people) and then, in lower case, its kind: "the Mardessan trade ministry",
# "Quarnel's statistics office", "the Drennland health board"; the place alone is not the body
PLACE_AND_KIND = re.compile(
    r"(?:[Tt]he\s+)?(?P<body>(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?:['’]s)?\s+"
    rf"(?:[a-z][a-z-]+\s+){{0,3}}(?:{ORG_HEADS}))"
)
# The kinds of public body an article may name in lower case by what it does: "the health ministry", "the county
# roads department", "the national statistics office"; not a company or a club, which a description only describes
_LOWER_CASE_HEADS = (
    "ministry|department|agency|office|board|authority|service|commission|directorate|inspectorate|bureau|regulator|"
    "institute|tribunal|watchdog|secretariat|administration"
)
LOWER_CASE_HEAD = re.compile(rf"[a-z]\s+(?:{_LOWER_CASE_HEADS})\b")
# A word in lower case that may say which body it is: no function word or verb ("the report said the ministry")
_NAMING_WORD = (
    r"(?!(?:the|a|an|of|and|or|but|for|to|in|on|at|by|with|from|that|which|who|its|their|his|her|this|these|those|"
    r"is|was|are|were|has|had|have|will|would|said|says|told|not)\b)(?![a-z-]+ed\b)[a-z][a-z-]+"
)
# One so named, after "the" or a possessor, with the place it is of ("Pelmora's health ministry", "the Harlund family
# ministry") or not ("the country's health ministry"): up to three words in lower case before its kind
LOWER_CASE_BODY = re.compile(
    r"(?:\b[Tt]he\s+(?=[A-Z][\w-]*\s+[a-z])|\b(?=[A-Z][\w-]*['’]s\s)|\b[Tt]he\s+|['’]s\s+)"
    rf"(?P<body>(?:[A-Z][\w-]*(?:['’]s)?\s+)?(?P<modifiers>(?:{_NAMING_WORD}\s+){{1,3}}?)(?P<head>{_LOWER_CASE_HEADS})\b"
    # the head ends the noun phrase: not "the old ministry building", a place
    r"(?!\s+(?:buildings?|blocks?|sites?|premises|compound|complex|grounds|headquarters|car\s+park)\b)"
    r"(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?![\w'’]))?)"  # "the port authority of Estravel"
)


# A body named by its place and then its kind in lower case, with no article: "Fallowmere council", "Norrick city
# council"; the words between are the kind's modifiers, no function word or verb. Not after an article, which makes
# the place an adjective of a description ("the Kaspiran club Port Elmshaw")
PLACE_NAMED_BODY = re.compile(
    r"(?<![Tt]he\s)(?<![Aa]\s)(?<![Aa]n\s)\b(?P<body>(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+"
    rf"(?:{_NAMING_WORD}\s+){{0,2}}(?P<head>{ORG_HEADS}))\b"
)


# A name in the possessive before a person's full name: the body that person belongs to ("Hollin Cross Harriers' Annie
# Dowd", "Tarnmouth Athletic's Bethan Cole")
_MEMBERS_BODY = re.compile(
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?:['’]s|(?<=s)['’])\s+(?=[A-Z][a-z]+\s+[A-Z][a-z]+\b)"
)


# The people of a body a clause opens on as its subject, by the body's name before them: "Lantern Society volunteers",
# "Lantern House outreach workers", "Norrline engineers"; not a name of a kind ("Brackwater council workers")
_BODYS_PEOPLE = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})\s+(?:(?P<modifier>[a-z-]+)\s+)?"
    r"(?:volunteers|workers|staff|engineers|crews|officers|researchers|scientists|inspectors|teams|employees|"
    r"nurses|doctors|rangers|surveyors|fundraisers|caseworkers|wardens|drivers|divers|counters)"
    r"\s+(?=[a-z])"
)


# What "the <head>" closing a clause on a body's people may call that body by: a business or a charitable body; never
# the union, the regulator, the council or the agency, which speak of another's people ("Hadley Rail drivers rejected
# the offer, the union said")
_STAFFED_HEADS = GENERIC_ORG_HEADS | {
    "charity", "trust", "society", "foundation", "hospice", "hospital", "university", "institute",
}  # fmt: skip
# A word for a people capitalised as an adjective ("the Scottish government"), no body's name: "Scottish volunteers"
_DEMONYM = re.compile(
    r"(?:British|English|Scottish|Welsh|Irish|Cornish|Manx|French|Dutch|Flemish|German|Swiss|Austrian|Italian|Spanish|"
    r"Portuguese|Danish|Swedish|Norwegian|Finnish|Icelandic|Polish|Czech|Slovak|Hungarian|Romanian|Bulgarian|Greek|"
    r"Turkish|Russian|Ukrainian|Belarusian|Serbian|Croatian|Bosnian|Albanian|Lithuanian|Latvian|Estonian|European|"
    r"American|Canadian|Mexican|Brazilian|Argentine|Argentinian|Chilean|Peruvian|Colombian|Venezuelan|Cuban|"
    r"Australian|Kiwi|African|Nigerian|Kenyan|Ugandan|Ghanaian|Ethiopian|Somali|Sudanese|Egyptian|Moroccan|Algerian|"
    r"Tunisian|Libyan|Syrian|Lebanese|Jordanian|Iraqi|Iranian|Israeli|Palestinian|Saudi|Yemeni|Kuwaiti|Afghan|"
    r"Pakistani|Indian|Bangladeshi|Nepali|Sri\s+Lankan|Chinese|Japanese|Korean|Vietnamese|Thai|Filipino|Indonesian|"
    r"Malaysian|Burmese|Asian|Arab|Kurdish|Jewish|Muslim|Catholic|Christian)"
)


def _staffing_body(memory: SpeakerMemory, head: str) -> str | None:
    """
    The body the sentence being read opens on by its people ("Lantern Society volunteers handed out ...") that "the
    <head>" reporting it may mean: not a person the page named, a place or a body of another kind.
    """
    people = _BODYS_PEOPLE.match(_LEADING_CONJUNCTION.sub("", DATELINE.sub("", memory.sentence)))
    if people is None or (people.group("modifier") or "") in ORG_WORDS:
        return None
    word = _OWNER_S.sub("", people.group("name"))  # "Tom Hale's volunteers": the name, without its "'s"
    if " " not in word and not (memory.capitalised_inside(word) or memory.body_by_word(word)):
        # "Newly qualified nurses earn", "Rescue crews pulled": one word capitalised only as it opens the sentence is
        # a common word, no name ("Norrline engineers" after "the Norrline outage" is)
        return None
    if _DEMONYM.fullmatch(word):
        return None  # "Scottish volunteers" after "the Scottish government": a people, no body
    name = memory.resolve(word)
    if name.split()[0].lower() in NOT_NAMES | NOT_NAME_OPENERS or memory.is_place(name):
        return None
    if name != people.group("name") and _looks_like_person(name) and name not in memory.bodies_named():
        # "Harwick engineers" after "Tom Harwick", "Tom Hale's volunteers": a person the page named, or one in the
        # possessive, whose people they are not
        return None
    return name if may_be_called(name, head) else None


# A body named as the place a part of it is in: "the emergency department at Skellmouth General", "the library of
# Vessel College"
_PLACE_OF_KIND = re.compile(
    r"\b(?:department|ward|unit|wing|clinic|library|laboratory|lab|staff|pupils|students|doctors|nurses|teachers|"
    r"curators|players)\s+(?:at|of)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
)


def may_be_called(name: str, head: str) -> bool:
    """Whether "the company" may mean the body so named: not "the regional weather office" nor a ministry."""
    return not any(w in SPECIFIC_HEADS and w != head for w in name.lower().split())


@functools.lru_cache(maxsize=4096)  # page-scoped: see clear_page_caches
def _looks_like_organisation(name: str) -> bool:
    if _FIRMS_AMPERSAND.search(name):
        return True  # "Grieve & Tallow", "Holm & Berry": a firm's style; two people are "Grieve and Tallow"
    words = [w.lower().strip(".,()") for w in name.split()]
    if len(words) > 1 and words[-1] in BUSINESS_NAME_ENDS:
        return True  # "Wend Valley Water", "Castmere Line": a trading name ends with what the business is
    if len(words) > 1 and _ends_with_trade(name) and name[:1].isupper():
        return True  # "Brightwell Opticians": a chain's name, its first word a name's too
    return (len(words) >= 1 and any(w in ORG_WORDS for w in words)) or bool(_ACRONYM_NAME.fullmatch(name))


# Two capitalised words joined by an ampersand, as a firm or a partnership is styled: "Grieve & Tallow"
_FIRMS_AMPERSAND = re.compile(r"[A-Z][\w'’-]*\s+&\s+[A-Z]")


# The words a company's or a body's trading name ends with, which would read as a given name or a surname
# elsewhere ("Line Voss", "Ellen Water" is no one): the utility, the shipping line, the insurer, the paper
BUSINESS_NAME_ENDS = {
    "water", "power", "line", "lines", "ferries", "mutual", "securities", "chemicals", "biologics", "tribune", "star",
    "survey", "constabulary", "guild", "airport", "museum", "college", "united", "pharmaceuticals", "shipping",
    "logistics", "mining", "minerals", "foods", "steel", "insurance", "tramways", "buses", "mills", "brewery", "books",
    "publishing", "studios", "farms", "hotels", "bakeries", "construction", "engineering", "contractors", "services",
    "solutions", "systems", "technologies", "consulting", "enterprises", "industries", "airways", "airlines",
    "assurance", "dairies", "insights", "holdings", "partners", "brands", "labs", "laboratories", "motors",
    "telecom", "media", "capital", "energy", "electric", "railways", "petroleum", "pharma", "homes", "dairy",
    "broadcasting",
    # what a maker makes, in the plural no given name or surname takes: "Velisse Cosmetics" (findings_speakers43 M2)
    "cosmetics", "textiles", "plastics", "electronics", "fashions", "furnishings", "beverages", "drinks", "packaging",
    "instruments", "aerospace", "automotive", "robotics", "fisheries", "seafoods", "distillers", "brewers",
}  # fmt: skip
# A shop's or a practice's trade, in the plural a chain's trading name ends with, capitalised as a name's word is:
# "Brightwell Opticians", "Calloway Chemists" (not "Staff at two chemists", nor "two stores": no name ends there)
TRADE_NAME_ENDS = {"Opticians", "Chemists", "Pharmacies", "Grocers", "Jewellers", "Stores", "Vets"}


def _ends_with_trade(name: str) -> bool:
    """Whether a name ends with a trade in the plural, capitalised (TRADE_NAME_ENDS): a body's name, no person's."""
    words = name.split()
    return bool(words) and words[-1].strip(".,()") in TRADE_NAME_ENDS


# What a business is, by the word its trading name ends with: the kind "the airline" or "the insurer" takes up
NAME_END_KINDS = {
    "airways": ("airline", "carrier"),
    "airlines": ("airline", "carrier"),
    "mutual": ("insurer",),
    "insurance": ("insurer",),
    "assurance": ("insurer",),
    "water": ("utility",),
    "power": ("utility",),
    "motors": ("carmaker", "manufacturer"),
    "police": ("force",),  # a police service is "the force"
    "constabulary": ("force",),
    "broadcasting": ("broadcaster",),  # "Morval Broadcasting" is "the broadcaster"
}


# A person the sentence names by a given name alone, after what they are: "A reader, Hilde, emails ...", "one
# passenger, Tomas, said", "a man who gave his name only as Josep"
_GIVEN_NAME_AFTER = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<head>[a-z][\w-]*),\s+$"
    r"|\bgave\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+$"
)


_KNOWN_AS = re.compile(
    r"\bgave\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def _given_name(name: str, sentence: str) -> bool:
    """Whether a one-word name is a person's given name, by what the sentence says they are before it."""
    for found in re.finditer(rf"\b{re.escape(name)}\b", sentence):
        before = _GIVEN_NAME_AFTER.search(sentence[max(0, found.start() - 60) : found.start()])
        if before and (before.group("head") or "").lower() not in ORG_WORDS | GENERIC_ORG_HEADS:
            return True
    return False


@functools.lru_cache(maxsize=4096)  # page-scoped: see clear_page_caches
def _looks_like_person(name: str) -> bool:
    words = name.split()
    while len(words) > 2 and words[-1].strip(".,") in POST_NOMINALS:
        words = words[:-1]  # "Celia Moorhouse KC", "Ana Roy MP": the name before the letters after it
    if not 2 <= len(words) <= 4 or any(w.lower().strip(".,") in ORG_WORDS for w in words):
        return False
    if words[-1].lower() in BUSINESS_NAME_ENDS or _ends_with_trade(" ".join(words)):
        return False
    if words[0].lower() in PLACE_WORDS or words[0] == "The":  # "The Lantern Fox" is a title, not a person
        return False
    if words[0].lower() in NOT_NAME_OPENERS or any(w.lower().strip(".,") in NOT_NAMES for w in words):
        return False  # "In March", "For Ferrovane", "This Tuesday": a phrase opening a sentence, not a person
    return all(PERSON_NAME_WORD.fullmatch(w) for w in words)


# A capitalised word right before a word, which makes it part of a longer name: "Lorcan Skerrow"
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")
# A preposition of place right before a name: "a hole on Ferrier Street", "in Mill Road", "near Carr Lane"
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|at|near|along|off)\s+$")
# What ends a street's name: "Ferrier Street", "Mill Road", "Carr Lane"
_STREET_ENDS = {"street", "road", "lane", "avenue", "square", "terrace", "crescent", "boulevard"}


# Letters after a person's name: a rank, an honour, a degree ("Celia Moorhouse KC", "Tom Hale MP")
POST_NOMINALS = {"KC", "QC", "SC", "MP", "MEP", "MSP", "AM", "OBE", "MBE", "CBE", "KBE", "DBE", "Jr", "Sr", "PhD", "MD"}


# Capitalised words that open a sentence's adverbial or determiner phrase, never a given name: "In Oskley",
# "For Ferrovane", "This March", "After Halden"
NOT_NAME_OPENERS = {
    "in", "for", "at", "on", "by", "from", "to", "of", "with", "without", "after", "before", "during", "since",
    "under", "over", "across", "near", "inside", "outside", "until", "like", "unlike", "despite", "among", "this",
    "that", "these", "those", "last", "next", "every", "each", "as", "when", "while", "if", "but", "and", "so", "yet",
    "our", "their", "his", "her", "its", "my", "your", "some", "many", "most", "all", "both", "one", "two", "three",
}  # fmt: skip


# "Ines", "Corrado-Veldt", "McAllister", "O'Neill", "J.": a double-barrelled or prefixed surname is a name too
PERSON_NAME_WORD = re.compile(r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*|[A-Z]\.")


PREPOSITION_BEFORE = re.compile(r"\b(?:[Bb]y|in|at|to|from|near|for|with|on|of)\s+$")
# "the Tarrow Saddle hut", "has run the Kessmouth Community Pantry": a name the article sets "the" before is a place's,
# a body's or a thing's; a person's is never so set, unless a title stands between ("the Rev Ana Roy")
DETERMINER_BEFORE = re.compile(r"\b[Tt]he\s+$")


SENTENCE_BREAK_IN_ENTITY = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])|\s*\n\s*")
# "I'm Jonas Wiik", a presenter naming themselves: the contraction opens the capitalised run, and is no part of the name
# (only "I'm" introduces a name: "I'd Say Yes" is a band's)
SELF_INTRODUCTION = re.compile(r"^I['’]m\s+")


def people_named(text: str) -> list[str]:
    """
    The people a passage names, titles dropped, in text order ("Dr Ana Roy" -> "Ana Roy"). A name after a
    preposition is left out: "Interview by Tom Hale" is the one asking, "in Port Rell" and "spoke to the
    Daily Post" name a place and a paper, which look like names.
    """
    people = []
    for entity in ENTITY.finditer(text):
        # "... up from 7 million in September. Signe Varhol, 52, ...", "Professor Mirela Osgood.\n\nCHAIR": a name
        # runs on over a full stop or a paragraph break; each part names on its own, and only the first comes
        # after the preposition before the run
        for i, words in enumerate(SENTENCE_BREAK_IN_ENTITY.split(entity.group(0))):
            if i == 0 and PREPOSITION_BEFORE.search(text[max(0, entity.start() - 6) : entity.start()]):
                continue
            bare = SELF_INTRODUCTION.sub("", re.sub(r"['’]s$|(?<=[a-z]{2})\.$", "", words))
            name = strip_titles(bare)
            if i == 0 and name == bare and DETERMINER_BEFORE.search(text[max(0, entity.start() - 5) : entity.start()]):
                continue
            if _looks_like_person(name):
                people.append(name)
    return people


# The name tests a page asks of the same words many times over (each sentence's subject, each candidate speaker): their
# answers are kept for one page, as ingest.cleaning keeps is_prose's, so a page pays for each phrase once
_PAGE_CACHED = (
    *(_looks_like_person, _looks_like_organisation, strip_titles, _valid_np, looks_like_body),
    _strip_trailing_filler,
)
# ingest.cleaning.normalise_line keeps its lines until clean() has read a page; a page read by ingest.page_head alone (a
# headline, a masthead, never cleaned) would leave its lines kept into the next page's: forgotten here too
_PAGE_CACHED_ELSEWHERE = (normalise_line, has_cue)


def clear_page_caches() -> None:
    """Forget the answers kept for the page before; ingest.engine.find_mentions calls this as it starts a page."""
    for cached in _PAGE_CACHED:
        cached.cache_clear()
    for kept in _PAGE_CACHED_ELSEWHERE:
        kept.cache_clear()
