"""
Who makes a statement: reporting verbs, "according to", pronouns and role nouns resolved to
the last person named, first person inside a quote given to the person quoted, and no one
for a passive without an agent. Names are expanded to the fullest form the article used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

VERBS = {
    "confirms": r"confirmed|confirms|confirm|acknowledged|acknowledges|verified|admitted",
    "denies": r"denied|denies|deny",
    "disputes": r"disputed|disputes|rejected|rejects|dismissed|dismisses|refuted|refutes|contested|contests|"
    r"challenged|questioned",
    "asserts": r"said|says|say|stated|states|told|tells|reported|reports|announced|announces|noted|notes|added|adds|"
    r"warned|warns|claimed|claims|estimated|estimates|disclosed|revealed|insisted|explained|argued|argue|argues|"
    r"forecast|forecasts|predicted|mentioned|mentioning|wrote|writes|tweeted|posted|assured|clarified|"
    r"emphasized|emphasised|indicated|suggested|believes|assessed|assesses|assess|briefed|testified|"
    r"analyzed|analysed|adding|saying|noting|citing|describing|described|detailed|projected|projects|"
    r"put the (?:figure|number|toll)|informed|according to",
}
STANCE_OF = {verb: stance for stance, verbs in VERBS.items() for verb in verbs.split("|")}
VERB = re.compile(r"\b(" + "|".join(VERBS.values()).replace("according to", "(?i:according to)") + r")\b")
PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
NAME_WORD = r"(?:[A-Z][\w'’.-]*|of|the|for|and|de|al|bin|van|von|la|du)"
ENTITY_PATTERN = rf"[A-Z][\w'’.-]*(?:\s+{NAME_WORD})*(?:\s+\([A-Z]{{2,}}\))?"
ENTITY = re.compile(ENTITY_PATTERN)
PARTICIPLE_SUBJECT = re.compile(rf"^\W*(He|She|They|We|{ENTITY_PATTERN})\b")
TITLES = {
    "president", "secretary", "minister", "spokesperson", "spokesman", "spokeswoman", "chancellor", "governor",
    "mayor", "general", "gen.", "colonel", "col.", "senator", "sen.", "representative", "rep.", "director", "chief",
    "commander", "ambassador", "prime", "deputy", "vice", "dr.", "mr.", "ms.", "mrs.", "prof.", "admiral", "king",
    "queen", "prince", "judge", "justice", "ceo", "chairman", "chairwoman", "chair", "leader", "officer",
    "inspector", "commissioner", "lieutenant", "lt.", "captain", "capt.", "sergeant", "sgt.", "major", "maj.",
}  # fmt: skip
ORG_WORDS = {
    "department", "ministry", "service", "agency", "office", "house", "news", "council", "committee", "army",
    "force", "forces", "police", "bank", "fund", "organization", "organisation", "union", "institute", "university",
    "commission", "assembly", "parliament", "government", "center", "centre", "command", "corporation", "company",
    "group", "hill", "diplomat", "times", "post", "press", "reuters", "nations", "court", "bureau", "board",
    "authority", "administration", "party", "red", "cross", "network", "associated", "observatory", "guard",
}  # fmt: skip
PERSON_PRONOUNS = {"he", "she", "him", "her"}
PLACE_WORDS = {"north", "south", "east", "west", "new", "united", "saint", "st.", "san", "los", "las", "upper", "lower"}
ROLE_BEFORE = re.compile(r"\b(spokesperson|spokesman|spokeswoman|minister|official|leader|envoy|chief|adviser|"
                         r"advisor|analyst|president|secretary|director|commander|governor|mayor|said|told)\s+$",
                         re.IGNORECASE)  # fmt: skip
PLURAL_PRONOUNS = {"they", "them"}
ROLE_NOUNS = re.compile(
    r"\b(?:the|a|an)\s+((?:[a-z]+\s+){0,2}(?:minister|spokesperson|spokesman|spokeswoman|official|officer|president|"
    r"governor|mayor|general|commander|ambassador|secretary|director|chief|envoy|senator|leader|"
    r"analyst|expert|source))$"
)
COMMON_SUBJECT = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+)*(?:[A-Z][\w.-]*['’]s\s+)?(?:[a-z-]+\s+){0,3}"
    r"(?:ministry|agency|department|service|government|army|military|police|office|officials|authorities|"
    r"spokesperson|spokesman|spokeswoman|outlets|media|agency|analysts|experts|organisers|organizers|"
    r"researchers|scientists|monitors|observers|diplomats|lawmakers|prosecutors|investigators|officers|"
    r"company|council|committee|commission|group|coalition|union|board|court|regulator|watchdog|campaign))$"
)
TRAILING_VERB_FILLER = re.compile(
    r"(?:\s+(?:also|later|previously|publicly|earlier|again|then|now|repeatedly|officially|separately|further|"
    r"quickly|\w+ly|has|have|had|was|were|is|are|would|will|had\s+earlier|did\s+not|not|never|reportedly))*\s*$"
)


@dataclass
class SpeakerMemory:
    """What the article has named so far, to resolve short names, acronyms and pronouns."""

    full_names: dict[str, str] = field(default_factory=dict)  # "kirby" -> "John Kirby", "nis" -> "...Service"
    last_person: str | None = None
    last_speaker: str | None = None

    def learn(self, sentence: str, speaker: str | None = None) -> None:
        """Remember the names of a sentence once read; a person becomes 'he' or 'she' when titled or speaking."""
        for entity in ENTITY.finditer(sentence):
            raw = entity.group(0)
            name = _strip_titles(raw)
            acronym = re.search(r"(.+?)\s+\(([A-Z]{2,})\)$", name)
            if acronym:
                self.full_names[acronym.group(2).lower()] = _strip_possessor(acronym.group(1))
                continue
            if _looks_like_person(name):
                self.full_names.setdefault(name.split()[-1].lower(), name)
                titled = name != raw or ROLE_BEFORE.search(sentence[: entity.start()])
                if titled or name == speaker:
                    self.last_person = name
        if speaker and _looks_like_person(speaker):
            self.last_person = speaker
        if speaker:
            self.last_speaker = speaker

    def resolve(self, name: str) -> str:
        name = _strip_titles(name.strip(" ,.;:"))
        acronym = re.search(r"(.+?)\s+\(([A-Z]{2,})\)$", name)
        if acronym:
            return _strip_possessor(acronym.group(1))
        return self.full_names.get(name.lower(), name)


def find_speaker(sentence: str, position: int, memory: SpeakerMemory) -> tuple[str | None, str, str | None]:
    """
    The speaker of the statement at ``position`` in ``sentence``, the stance of its reporting
    verb, and who relayed it. The verb nearest before the statement wins (the innermost report:
    "Reuters reported that Kirby said ..." is Kirby's, via Reuters); failing that the nearest
    after ("'...,' the minister said").
    """
    candidates = []
    for verb in VERB.finditer(sentence):
        verb_text = verb.group(1)
        if verb_text.lower() == "according to":
            target = ENTITY.match(sentence, verb.end() + 1) or _lower_subject_after(sentence, verb.end())
            if target:
                candidates.append((verb.start(), "according", target, "asserts"))
            continue
        before = sentence[: verb.start()]
        if PASSIVE.search(before):
            agent = re.match(r"\s+by\s+(" + ENTITY.pattern + ")", sentence[verb.end() :])
            candidates.append((verb.start(), "passive", agent.group(1) if agent else None, STANCE_OF.get(verb_text)))
            continue
        subject = _subject_before(before)
        if subject is None and verb_text.endswith("ing"):
            # "He later gave details, mentioning ...": the clause's subject opens the sentence.
            opening = PARTICIPLE_SUBJECT.match(sentence)
            subject = opening.group(1) if opening else None
        if subject is None:
            after = re.match(r"\s+(" + ENTITY.pattern + r"|(?:the|a)\s+[a-z ]+?)(?=[,.;]|$)", sentence[verb.end() :])
            subject = after.group(1) if after else None
        if subject is not None:
            candidates.append((verb.start(), "verb", subject, STANCE_OF.get(verb_text, "asserts")))
    if not candidates:
        return None, "asserts", None
    ahead = sorted((c for c in candidates if c[0] <= position), key=lambda c: c[0])
    # "According to Yonhap, the agency reported ...": the reporting clause nearest the statement wins.
    chosen = ahead[-1] if ahead else min(candidates, key=lambda c: c[0])
    subject, stance = chosen[2], chosen[3]
    if subject is None:
        return None, stance or "asserts", None
    speaker = _name(subject, memory)
    outer = [_name(c[2], memory) for c in ahead[:-1] if c[2] is not None]
    via = next((name for name in reversed(outer) if name and name != speaker), None)
    return speaker, stance or "asserts", via


def _subject_before(before: str) -> str | None:
    text = TRAILING_VERB_FILLER.sub("", before)
    text = re.sub(r"[”\"’']?\s*,?\s*[”\"’']?\s*$", "", text) if text.rstrip().endswith(("”", '"', ",")) else text
    last = re.search(r"(\b\w+)\s*$", text)
    if not last:
        return None
    word = last.group(1)
    if word.lower() in PERSON_PRONOUNS | PLURAL_PRONOUNS | {"we", "i"}:
        return word
    role = ROLE_NOUNS.search(text)
    if role:
        return "the " + role.group(1)
    entity = None
    for found in ENTITY.finditer(text):
        if found.end() == len(text.rstrip()):
            entity = found.group(0)
    if entity:
        return entity
    common = COMMON_SUBJECT.search(text.rstrip())
    if common and not re.search(r"\b(?:that|which|who)\s", common.group(1)):
        return common.group(1)
    return None


def _lower_subject_after(sentence: str, index: int):
    return re.match(r"\s+((?:the\s+)?[a-z][a-z ]+?)(?=,)", sentence[index:])


def _name(subject, memory: SpeakerMemory) -> str | None:
    text = (subject.group(1) if subject.re.groups else subject.group(0)) if hasattr(subject, "group") else subject
    text = text.strip()
    lowered = text.lower()
    if lowered in PERSON_PRONOUNS or lowered in {"i", "we"}:
        return memory.last_speaker if lowered in {"i", "we"} and memory.last_speaker else memory.last_person
    if lowered in PLURAL_PRONOUNS:
        return memory.last_speaker
    if lowered.startswith(("the ", "a ")) and ROLE_NOUNS.search(text):
        return memory.last_person or re.sub(r"^(the|a)\s+", "", text)
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


def _looks_like_person(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 4 or any(w.lower().strip(".,") in ORG_WORDS for w in words):
        return False
    if words[0].lower() in PLACE_WORDS:
        return False
    return all(re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+|[A-Z]\.", w) for w in words)
