"""
Who makes a statement: reporting verbs, "according to", pronouns and role nouns resolved to
the last person or organisation named, first person inside a quote given to the person
quoted, and no one for a passive without an agent. Names are expanded to the fullest form
the article used ("Kirby" -> "John Kirby", "NIS" -> "National Intelligence Service").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

VERBS = {
    "confirms": r"confirmed|confirms|confirm|acknowledged|acknowledges|admitted",
    "denies": r"denied|denies|deny|denying",
    "disputes": r"disputed|disputes|rejected|rejects|dismissed|dismisses|refuted|refutes|contested|contests|"
    r"challenged|questioned",
    "asserts": r"said|says|say|stated|states|told|tells|telling|reported|reports|announced|announces|noted|notes|"
    r"added|adds|warned|warns|claimed|claims|estimated|estimates|disclosed|revealed|insisted|explained|argued|argue|"
    r"argues|arguing|forecast|forecasts|predicted|mentioned|mentioning|wrote|writes|tweeted|posted|assured|"
    r"clarified|emphasized|emphasised|indicated|suggested|believes|assessed|assesses|assess|briefed|testified|"
    r"analyzed|analysed|adding|saying|noting|citing|describing|described|detailed|projected|projects|found|finds|"
    r"expects|expected|presented|verified|recorded|registered|counted|calculated|put the (?:figure|number|toll)|"
    r"informed|according to",
}
STANCE_OF = {verb: stance for stance, verbs in VERBS.items() for verb in verbs.split("|")}
VERB = re.compile(r"\b(" + "|".join(VERBS.values()).replace("according to", "(?i:according to)") + r")\b")
PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
NAME_WORD = r"(?:[A-Z][\w'’.-]*|of|the|for|and|de|al|bin|van|von|la|du)"
ENTITY_PATTERN = rf"[A-Z][\w'’.-]*(?:\s+{NAME_WORD})*(?:\s+\([A-Z]{{2,}}\))?"
ENTITY = re.compile(ENTITY_PATTERN)
OPENING_SUBJECT = re.compile(rf"^\W*(?:The\s+)?(He|She|They|We|It|{ENTITY_PATTERN})\b")
TITLES = {
    "president", "secretary", "minister", "spokesperson", "spokesman", "spokeswoman", "chancellor", "governor",
    "mayor", "general", "gen.", "colonel", "col.", "senator", "sen.", "representative", "rep.", "director", "chief",
    "commander", "ambassador", "prime", "deputy", "vice", "dr.", "mr.", "ms.", "mrs.", "prof.", "admiral", "king",
    "queen", "prince", "judge", "justice", "ceo", "chairman", "chairwoman", "chair", "leader", "officer",
    "inspector", "commissioner", "lieutenant", "lt.", "captain", "capt.", "sergeant", "sgt.", "major", "maj.",
}  # fmt: skip
ORG_HEADS = (
    "department|ministry|service|agency|office|council|committee|army|forces?|police|bank|fund|organi[sz]ation|"
    "union|institute|university|commission|assembly|parliament|government|cent(?:er|re)|command|corporation|company|"
    "group|bureau|board|authority|administration|party|network|observatory|guard|mission|directorate|federation|"
    "consortium|alliance|coalition|broadcaster|contractor|research|statistics|court|regulator|watchdog|campaign|"
    "secretariat|tribunal|ombudsman|inspectorate|embassy|navy|military"
)
ORG_WORDS = set(ORG_HEADS.replace("(?:er|re)", "er").replace("?", "").replace("[sz]", "s").split("|")) | {
    "house", "news", "hill", "diplomat", "times", "post", "press", "reuters", "nations", "red", "cross", "associated",
    "herald", "centre", "organization", "force",
}  # fmt: skip
ORG_REF = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?:[a-z-]+\s+){{0,2}}({ORG_HEADS})$")
PERSON_PRONOUNS = {"he", "she", "him", "her"}
PLURAL_PRONOUNS = {"they", "them"}
PLACE_WORDS = {"north", "south", "east", "west", "new", "united", "saint", "st.", "san", "los", "las", "upper", "lower"}
ROLE_BEFORE = re.compile(
    r"\b(spokesperson|spokesman|spokeswoman|minister|official|leader|envoy|chief|adviser|advisor|analyst|"
    r"president|secretary|director|commander|governor|mayor|said|told|auditor|head|chairman|chairwoman)[\s,]+$",
    re.IGNORECASE,
)
ROLE_NOUNS = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Ii]ts)\s+((?:[a-z]+\s+){0,2}(?:minister|spokesperson|spokesman|spokeswoman|official|"
    r"officer|president|governor|mayor|general|commander|ambassador|secretary|director|chief|envoy|senator|"
    r"leader|analyst|expert|source|auditor))$"
)
COMMON_SUBJECT = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+)*(?:[A-Z][\w.-]*['’]s\s+)?(?:[a-z-]+\s+){0,3}"
    r"(?:ministry|agency|department|service|government|army|military|police|office|officials|authorities|"
    r"outlets|media|analysts|experts|organisers|organizers|researchers|scientists|monitors|observers|diplomats|"
    r"lawmakers|prosecutors|investigators|officers|doctors|residents|witnesses|activists|campaigners))$"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
TRAILING_VERB_FILLER = re.compile(
    rf"(?:\s+(?:also|later|previously|publicly|earlier|again|then|now|repeatedly|officially|separately|further|"
    rf"quickly|\w+ly|has|have|had|was|were|is|are|would|will|did\s+not|not|never|on\s+{_WEEKDAY}|{_WEEKDAY}|"
    rf"yesterday|today|last\s+week|this\s+week|earlier\s+this\s+\w+|in\s+a\s+statement|in\s+a\s+report))*\s*,?\s*$"
)
RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose)\b[^,]*,\s*$")
AGE = re.compile(r",\s*\d{1,3}\s*,?\s*$")  # "Oskar Vael, 52, told reporters"
NOT_NAMES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday",
}  # fmt: skip


@dataclass
class SpeakerMemory:
    """What the article has named so far, to resolve short names, acronyms, pronouns and 'the agency'."""

    full_names: dict[str, str] = field(default_factory=dict)  # "kirby" -> "John Kirby", "nis" -> "...Service"
    organisations: dict[str, str] = field(default_factory=dict)  # "agency" -> "National Disaster Management Agency"
    last_person: str | None = None
    last_organisation: str | None = None
    last_speaker: str | None = None

    def learn(self, sentence: str, speaker: str | None = None) -> None:
        """Remember the names of a sentence once read; a person becomes 'he' or 'she' when titled or speaking."""
        for entity in ENTITY.finditer(sentence):
            raw = entity.group(0)
            name = _strip_titles(raw)
            acronym = re.search(r"(.+?)\s+\(([A-Z]{2,})\)$", name)
            if acronym:
                name = _strip_possessor(acronym.group(1))
                self.full_names[acronym.group(2).lower()] = name
            if _looks_like_organisation(name):
                name = _strip_possessor(name)
                for word in name.lower().split()[1:] or name.lower().split():
                    if re.fullmatch(ORG_HEADS, word):
                        self.organisations[word] = name
                self.last_organisation = name
            elif _looks_like_person(name):
                self.full_names.setdefault(name.split()[-1].lower(), name)
                titled = name != raw or ROLE_BEFORE.search(sentence[: entity.start()])
                if titled or name == speaker:
                    self.last_person = name
        if speaker and _looks_like_person(speaker):
            self.last_person = speaker
        elif speaker and _looks_like_organisation(speaker):
            self.last_organisation = speaker
        if speaker:
            self.last_speaker = speaker

    def resolve(self, name: str) -> str:
        name = _strip_titles(name.strip(" ,.;:"))
        acronym = re.search(r"(.+?)\s+\(([A-Z]{2,})\)$", name)
        if acronym:
            return _strip_possessor(acronym.group(1))
        return self.full_names.get(name.lower(), name)


@dataclass(frozen=True)
class _Report:
    position: int
    subject: str | None
    stance: str


def find_speaker(sentence: str, position: int, memory: SpeakerMemory) -> tuple[str | None, str, str | None]:
    """
    The speaker of the statement at ``position`` in ``sentence``, the stance of its reporting
    verb, and who relayed it. The verb nearest before the statement wins (the innermost report:
    "Reuters reported that Kirby said ..." is Kirby's, via Reuters); failing that the nearest
    after ("'...,' the minister said").
    """
    reports = _reports(sentence)
    if not reports:
        return None, "asserts", None
    ahead = [r for r in reports if r.position <= position]
    chosen = ahead[-1] if ahead else reports[0]
    if chosen.subject is None:
        return None, chosen.stance, None
    speaker = _name(chosen.subject, memory)
    outer = [_name(r.subject, memory) for r in ahead[:-1] if r.subject is not None]
    via = next((name for name in reversed(outer) if name and name != speaker), None)
    return speaker, chosen.stance, via


def _reports(sentence: str) -> list[_Report]:
    """Every reporting clause of the sentence, in order, with its subject as written."""
    reports: list[_Report] = []
    for verb in VERB.finditer(sentence):
        word = verb.group(1)
        stance = STANCE_OF.get(word.lower(), "asserts")
        if word.lower() == "according to":
            reports.append(_Report(verb.start(), _according_to(sentence[verb.end() :]), "asserts"))
            continue
        before = sentence[: verb.start()]
        if PASSIVE.search(before):
            agent = re.match(r"\s+by\s+(" + ENTITY_PATTERN + r"|the\s+[a-z]+)", sentence[verb.end() :])
            reports.append(_Report(verb.start(), agent.group(1) if agent else None, stance))
            continue
        if word.endswith("ing") and re.search(r",\s*$", before):
            # "X disputed the figure, saying ...": the participle reports for the clause's subject.
            if reports:
                previous = reports[-1]
                reports.append(_Report(verb.start(), previous.subject, previous.stance))
                continue
            opening = OPENING_SUBJECT.match(sentence)
            reports.append(_Report(verb.start(), opening.group(1) if opening else None, stance))
            continue
        subject = _subject_before(before)
        if subject is None:
            after = re.match(
                r"\s+(?:[a-z]+\s+){0,3}?(" + ENTITY_PATTERN + r")|\s+((?:the|a)\s+[a-z ]+?)(?=[,.;]|$)",
                sentence[verb.end() :],
            )
            subject = (after.group(1) or after.group(2)) if after else None
        if subject is not None and subject.lower() in NOT_NAMES:
            subject = None
        if subject is not None:
            if subject.lower() in {"it", "he", "she", "they"} and reports and reports[-1].subject:
                subject = reports[-1].subject  # "The mission said it had verified ..."
            reports.append(_Report(verb.start(), subject, stance))
    return reports


def _according_to(rest: str) -> str | None:
    phrase = re.match(r"\s+([^,.;:“”\"]+)", rest)
    if not phrase:
        return None
    text = phrase.group(1).strip()
    agent = re.search(r"\bby\s+(" + ENTITY_PATTERN + ")", text)
    if agent:  # "according to a poll published on Tuesday by Meridian Research"
        return agent.group(1)
    entity = ENTITY.search(text)
    if entity and not text[: entity.start()].strip(" the").strip():
        return entity.group(0)
    if entity and re.fullmatch(r"(?:the|a|an)(?:\s+[a-z-]+){0,2}\s*", text[: entity.start()]):
        return entity.group(0)  # "according to the independent Fiscal Council"
    return text if ORG_REF.search(text) or ROLE_NOUNS.search(text) else (entity.group(0) if entity else None)


def _subject_before(before: str) -> str | None:
    text = AGE.sub("", RELATIVE_CLAUSE.sub("", TRAILING_VERB_FILLER.sub("", before)))
    text = TRAILING_VERB_FILLER.sub("", text)
    text = re.sub(r"[”\"’']\s*,?\s*$", "", text).rstrip(" ,")
    last = re.search(r"(\b\w+)\s*$", text)
    if not last:
        return None
    word = last.group(1)
    if word.lower() in PERSON_PRONOUNS | PLURAL_PRONOUNS | {"we", "i", "it"}:
        return word
    role = ROLE_NOUNS.search(text)
    if role:
        return "the " + role.group(1)
    organisation = ORG_REF.search(text)
    if organisation:
        return "the " + organisation.group(1)
    entity = next((e.group(0) for e in ENTITY.finditer(text) if e.end() == len(text)), None)
    if entity:
        return entity
    common = COMMON_SUBJECT.search(text)
    if common and not re.search(r"\b(?:that|which|who)\s", common.group(1)):
        return common.group(1)
    return None


def _name(subject: str, memory: SpeakerMemory) -> str | None:
    text = subject.strip()
    lowered = text.lower()
    if lowered in {"i", "we"}:
        return memory.last_speaker or memory.last_person
    if lowered in PERSON_PRONOUNS:
        return memory.last_person
    if lowered in PLURAL_PRONOUNS or lowered == "it":
        return memory.last_speaker if lowered != "it" else (memory.last_organisation or memory.last_speaker)
    role = ROLE_NOUNS.search(text) if lowered.startswith(("the ", "a ", "an ", "her ", "his ", "its ")) else None
    if role:
        return memory.last_person or re.sub(r"^(the|a|an|her|his|its)\s+", "", text)
    organisation = ORG_REF.search(text) if lowered.startswith(("the ", "a ", "an ", "its ")) else None
    if organisation:
        head = organisation.group(1).lower()
        return memory.organisations.get(head) or memory.last_organisation or text[4:]
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE)
    return memory.resolve(text)


def _strip_titles(name: str) -> str:
    words = name.split()
    last_title = -1
    for i, word in enumerate(words[:-1]):
        if word.lower().rstrip(",") in TITLES:
            last_title = i
    return " ".join(words[last_title + 1 :]) if last_title >= 0 else name


def _strip_possessor(name: str) -> str:
    """ "South Korea's National Intelligence Service" -> "National Intelligence Service"."""
    return re.sub(r"^.*?['’]s\s+(?=[A-Z])", "", name)


def _looks_like_organisation(name: str) -> bool:
    words = [w.lower().strip(".,()") for w in name.split()]
    return (len(words) >= 1 and any(w in ORG_WORDS for w in words)) or bool(re.fullmatch(r"[A-Z]{2,6}", name))


def _looks_like_person(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 4 or any(w.lower().strip(".,") in ORG_WORDS for w in words):
        return False
    if words[0].lower() in PLACE_WORDS:
        return False
    return all(re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+|[A-Z]\.", w) for w in words)
