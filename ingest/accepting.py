"""
What the accept screen proposes for a suggestion, before an editor confirms it: who the speaker is
(a matching actor, a new actor guessed from the phrase, or an anonymous source) and a short
neutral statement, slug and 'claim reviewed' text built from the figure, not the sentence.

    SpeakerChoice                          -> what the editor decided about the speaker
    guess_new_actor(phrase)                -> NewActor(name, kind, role, organisation, organisation_name)
    similar_actors(phrase, limit=5)        -> existing actors whose name or an alias is close (bounded)
    suggested_statement(suggestion)        -> "About 1,100 soldiers sent in a first group, according to the directorate"
    suggested_claim_reviewed(statement)    -> the statement cut to 75 characters at a word
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from django.db.models import Q
from django.utils.text import Truncator

from ingest.cues import ORGANISATION_WORDS
from ingest.matching import SpeakerMatcher
from ingest.models import Suggestion
from ingest.speakers import DATELINE, ROLE_BEFORE
from sources.models import Actor


@dataclass(frozen=True)
class SpeakerChoice:
    """
    The editor's decision about who made the statement:

    - ``actor``: an existing actor (``actor``);
    - ``create``: a new actor (``name``, ``kind``, optional ``organisation`` and ``role``); a person's
      organisation that is not an actor yet is named by ``organisation_name`` and created with them;
    - ``anonymous``: an unnamed source, recorded as an actor of kind anonymous with ``name`` as
      its description ("a senior Ukrainian official");
    - ``none``: the editor says nobody is named; the claim then has no claimant on this appearance.
    """

    ACTOR = "actor"
    CREATE = "create"
    ANONYMOUS = "anonymous"
    NONE = "none"
    CHOICES = (
        (ACTOR, "An existing actor"),
        (CREATE, "Create a new actor"),
        (ANONYMOUS, "An anonymous source"),
        (NONE, "No speaker"),
    )

    choice: str
    actor: Actor | None = None
    name: str = ""
    kind: str = Actor.Kind.PERSON
    organisation: Actor | None = None
    role: str = ""
    organisation_name: str = ""


@dataclass(frozen=True)
class NewActor:
    name: str
    kind: str
    role: str = ""
    organisation: Actor | None = None
    # the organisation the role names when no actor is it yet: offered for creation with the person
    organisation_name: str = ""


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_ROLE_PLACE = re.compile(r"\b(?:of|at|for|from|with)\s+(?:the\s+)?(.+)$", re.IGNORECASE)
# "Northern Rail's chief executive", "the Health Ministry's spokeswoman": the role's owner before it
_ROLE_OWNER = re.compile(r"^(?:the\s+)?(?P<owner>.+?)['’]s?\s+\S", re.IGNORECASE)


def _looks_like_name(text: str) -> bool:
    words = [w for w in text.replace("-", " ").split() if w[:1].isalpha()]
    return bool(words) and all(w[:1].isupper() for w in words) and text[:1].isupper()


def guess_new_actor(phrase: str, *, matcher: SpeakerMatcher | None = None, text: str = "") -> NewActor:
    """
    An actor guessed from the speaker phrase: the name, whether a person or an organisation, the
    role an apposition gives (else, given the article's ``text``, the role it gives where it first names
    the person), and the organisation the role names when it is a known actor.
    "Lida Voss, a deputy health minister" -> person Lida Voss, role "deputy health minister";
    "the Health Ministry" -> organisation Health Ministry. Reads the actors only when ``matcher`` is None
    and the role names a place to look up (SpeakerMatcher.load).
    """
    phrase = " ".join(phrase.split()).strip(" ,.;:")
    name, role = phrase, ""
    if "," in phrase:
        first, rest = (p.strip() for p in phrase.split(",", 1))
        if _looks_like_name(first) and not _looks_like_name(rest):
            name, role = first, rest
        elif _looks_like_name(rest) and not _looks_like_name(first):
            name, role = rest, first  # "Ostrava's foreign minister, Lida Voss"
    role = _ARTICLE.sub("", role).strip(" ,.")
    bare = _ARTICLE.sub("", name)
    words = {w.casefold().strip(".,'’") for w in bare.split()}
    is_org = bool(words & ORGANISATION_WORDS) or (bare.isupper() and len(bare) <= 10)
    name = bare[:1].upper() + bare[1:] if bare else phrase
    if not role and not is_org and text and _looks_like_name(name):
        role = role_in_text(text, name)
    organisation, organisation_name = None, ""
    owner = _role_organisation(role) if role and not is_org else ""
    if owner:
        organisation = (matcher or SpeakerMatcher.load([owner])).match(owner)
        if organisation is not None and organisation.kind != Actor.Kind.ORGANISATION:
            organisation = None
        if organisation is None and _looks_like_organisation(owner):
            organisation_name = owner[:200]  # "Northern Rail", not yet an actor: offered to create with the person
    kind = Actor.Kind.ORGANISATION if is_org else Actor.Kind.PERSON
    return NewActor(
        name=name[:200], kind=kind, role=role[:200], organisation=organisation, organisation_name=organisation_name
    )


def _looks_like_organisation(name: str) -> bool:
    """A capitalised name of two words or more, or with a body's word ("Northern Rail", "Kessa Council"): one
    word alone is as often a country or a city ("Ostrava's foreign minister") as a company."""
    words = name.split()
    return _looks_like_name(name) and (len(words) >= 2 or words[0].casefold().strip(".,'’") in ORGANISATION_WORDS)


def _role_organisation(role: str) -> str:
    """
    The organisation a role names: after "of", "at", "for" ("spokeswoman for Northern Rail") or as the role's
    owner ("Northern Rail's chief executive"); "" when it names none. A place the editor corrects is cheap; an
    organisation retyped for every new person is not.
    """
    place = _ROLE_PLACE.search(role)
    if place is not None:
        return place.group(1).strip(" ,.")
    owner = _ROLE_OWNER.match(role)
    return owner.group("owner").strip(" ,.") if owner is not None else ""


# "Anouk Feldhaven, the chain's chief executive, said ...": the apposition after a name's first mention
_APPOSITION_AFTER = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?P<role>[^,.;:()\"“”\n]{3,80}?)(?=\s*[,.;:)]|\s+(?:said|says|told)\b)"
)
# tried only where a run of spaces begins (a match inside a run is never the leftmost one), so a long run of spaces
# is read once, not once from each of its characters
_ROLE_PLACE_SPLIT = re.compile(r"(?<!\s)\s+(?:of|at|for|from|with|in)\s+", re.IGNORECASE)
# words that end a title read backwards from the name: "... said. Chief executive Anouk Feldhaven"
_NOT_TITLE = {"the", "a", "an", "said", "says", "and", "or", "by", "to", "of", "with", "as", "from", "told"}
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_TITLE_WORDS = 2  # before the role's head: "Chief executive", "deputy finance minister"


def role_in_text(text: str, name: str) -> str:
    """
    The role an article gives a person where it first names them: an apposition after the name ("Anouk
    Feldhaven, the chain's chief executive,") or a title before it ("Chief executive Anouk Feldhaven");
    "" when neither names a role (the role words are the speaker finder's, ROLE_BEFORE).
    """
    at = text.find(name)
    if at < 0:
        return ""
    apposition = _APPOSITION_AFTER.match(text, at + len(name))
    if apposition is not None:
        role = apposition.group("role").strip()
        head = _ROLE_PLACE_SPLIT.split(role)[0]
        if _is_role(head):
            return role
    before = text[max(0, at - 80) : at]
    title = ROLE_BEFORE.search(before)
    if title is None or not _is_role(title.group(1)):
        return ""
    words = [title.group(1)]
    for word in reversed(before[: title.start(1)].split()[-_TITLE_WORDS:]):
        if not _TITLE_WORD.fullmatch(word) or word.lower() in _NOT_TITLE:
            break
        words.insert(0, word)
    return " ".join(words)


def _is_role(words: str) -> bool:
    """Whether the words end in a role's head ("chief executive", not "said")."""
    head = ROLE_BEFORE.search(words.strip() + " ")
    return head is not None and head.group(1).lower() not in {"said", "told"}


SIMILAR_LIMIT = 5
_CANDIDATE_POOL = 200  # the most actors a fuzzy comparison reads: bounded whatever the table's size


def similar_actors(phrase: str, *, limit: int = SIMILAR_LIMIT) -> list[Actor]:
    """
    Named actors whose name or an alias looks like the phrase, best first: those sharing a word of
    three letters or more with it (an indexed-enough query, at most 200 rows), ranked by difflib's
    ratio. One query; anonymous sources are never proposed.
    """
    words = [w for w in re.findall(r"[^\W\d_]{3,}", phrase) if w.casefold() not in {"the", "and", "said"}]
    if not words:
        return []
    match = Q()
    for word in words[:6]:
        match |= Q(name__icontains=word) | Q(aliases__icontains=word)
    pool = list(
        Actor.objects.exclude(kind=Actor.Kind.ANONYMOUS)
        .filter(match)
        .only("pk", "name", "slug", "kind", "aliases")
        .order_by("pk")[:_CANDIDATE_POOL]
    )
    target = phrase.casefold()

    def score(actor: Actor) -> float:
        names = [actor.name, *actor.aliases.splitlines()]
        return max(difflib.SequenceMatcher(None, target, n.casefold()).ratio() for n in names if n.strip())

    ranked = sorted(((score(a), a.name, a) for a in pool), key=lambda t: (-t[0], t[1]))
    return [a for s, _, a in ranked if s >= 0.3][:limit]


# A body's name that English gives its article: "the Ministry of Housing", "the Bank of Quarnel"
_TAKES_THE = frozenset(
    {"ministry", "department", "bank", "office", "board", "council", "court", "commission", "institute", "agency"}
    | {"authority", "federation", "association", "union", "society", "trust", "service", "directorate", "bureau"}
)
# Words that already determine a speaker's noun: "the council", "a spokesman", "its board", "two officials"
_DETERMINERS = frozenset(
    {
        *("the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those"),
        *("one", "two", "three", "some", "several", "many", "most", "all", "each", "every", "another", "other"),
    }
)


def _speaker_phrase(suggestion: Suggestion, speaker: Actor | None) -> str:
    if speaker is not None:
        return speaker.name
    name = " ".join(suggestion.speaker_name.split())
    if suggestion.speaker_anonymous:
        # "An engineer who inspected the wall, who asked not to be named because ...": the description's head,
        # before its set-off clauses, with its article ("according to an engineer who inspected the wall")
        name = name.split(",", 1)[0].strip()
    elif "," in name:  # "Lida Voss, a deputy health minister": the name is enough in a statement
        guess = guess_new_actor(name, matcher=SpeakerMatcher([]))
        name = guess.name
    first_word, *rest = name.split(" ")
    proper = any(word[:1].isupper() for word in rest)  # "Ministry of Housing", not "Health officials"
    if first_word in ("The", "A", "An") or (name[:1].isupper() and not proper and not _looks_like_name(name)):
        name = name[:1].lower() + name[1:]  # "The directorate" -> "the directorate", "Health ministry" -> "health ..."
    elif first_word.casefold() in _TAKES_THE and proper:
        name = f"the {name}"  # "Ministry of Housing" -> "the Ministry of Housing"; "Roads Agency" stays
    first, last = name.split(" ", 1)[0], name.rsplit(" ", 1)[-1]
    if name[:1].islower() and first not in _DETERMINERS and not last.endswith("s"):
        name = f"the {name}"  # "council", as the text goes on naming it -> "the council"; "officials" stays
    return name


def suggested_statement(suggestion: Suggestion, *, speaker: Actor | None = None) -> str:
    """
    A short neutral statement for the editor to confirm or reword: the figure in neutral words, what
    it counts (the words after the figure in the quote, to the end of its clause), and who says so.
    'About 1,100 soldiers sent in a first group, according to the directorate'. Without a
    quantity, the sentence itself.
    """
    # a dateline is not what the figure is said of ("KESSA, 3 March - Northern Rail will run ...")
    sentence = DATELINE.sub("", " ".join(suggestion.quote.split()).strip("\"'“”‘’«»„ "))
    quantity = suggestion.quantity
    if quantity is None:
        return Truncator(sentence).chars(300)
    figure = _with_change_word(quantity.words, suggestion.figure, quantity.unit)
    if suggestion.previous_value is not None:
        figure = f"{figure} (revised from {_plain(suggestion.previous_value)})"
    lead = _lead_to_figure(sentence, suggestion.figure)
    statement = f"{lead} {figure}" if lead else figure
    statement = statement[:1].upper() + statement[1:]
    detail = _detail_after_figure(sentence, suggestion.figure)
    if detail:
        statement += f" {detail}"
    who = _speaker_phrase(suggestion, speaker)
    if who:
        statement += f", according to {who}"
    return Truncator(statement).words(30)


# Words between a figure and its unit that make it a difference, not a level: "1.5 million fewer journeys" is
# not "1.5 million journeys", so a statement keeps them
_CHANGE_WORDS = ("fewer", "more", "less", "extra", "additional", "further", "lower", "higher")


def _with_change_word(words: str, written: str, unit: str) -> str:
    """The figure's words with the change word the page wrote before its unit ("about 1.5 million fewer journeys")."""
    if not unit or not words.endswith(unit):
        return words
    change = re.search(rf"\b({'|'.join(_CHANGE_WORDS)})\s+{re.escape(unit)}\b", written, re.IGNORECASE)
    if change is None:
        return words
    return f"{words[: -len(unit)]}{change.group(1).lower()} {unit}"


def _plain(number) -> str:
    text = format(number.normalize(), ",f")
    return text


DETAIL_WORDS = 12
# Where a long clause can stop and still say what the figure counts: before a relative clause or a further
# phrase ("... on high streets | where banks had closed", "... to the front | which the ministry ...")
_DETAIL_BREAK = re.compile(r"^(?:where|which|who|whose|that|when|while|because|after|before|with|as)$", re.I)
_CLAUSE_END = re.compile(r"[,;:.!?()\"“”]|\b(?:said|says|according|told|officials?|reported)\b", re.IGNORECASE)
_FIGURE_VERBS = re.compile(
    r"^(?:were|was|are|is|have been|had been|has been|will be|had|have|has)\s+(?:being\s+)?", re.IGNORECASE
)


# Where what a figure is said of begins, before it: after a report's cue ("writes that", "says"), or a break
_LEAD_START = re.compile(
    r"(?:^|[,;:]\s+|\b(?:that|says|said|say|writes|wrote|told\s+\w+|estimates|believes|thinks)\s+)"
)
LEAD_WORDS = 8
# A lead that cannot open a neutral statement: a pronoun with its referent elsewhere, or a conjunction with none
_NO_SUBJECT = frozenset(
    {"it", "its", "he", "she", "they", "them", "his", "her", "their", "this", "that", "these", "those", "there"}
    | {"but", "and", "or", "so", "yet", "which", "who", "while", "although", "because", "if", "when", "then"}
)
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|we|my|our|us|me|you|your)\b", re.IGNORECASE)
# Words that make the words before a figure part of its noun phrase, not a clause about it
_PART_OF_FIGURE = frozenset(
    {"of", "about", "around", "some", "nearly", "almost", "roughly", "than", "least", "the", "a"}
)


def _lead_to_figure(sentence: str, figure: str) -> str:
    """
    What the figure is said of, when its clause names it before the figure: 'crossings were full on' in "..., writes
    that crossings were full on 61 days last winter"; '' when the figure opens its clause or the words before it are
    more than a short clause, or hold a quotation or a source ("according to").
    """
    at = sentence.find(figure) if figure else -1
    if at <= 0:
        return ""
    before = sentence[:at]
    starts = [found.end() for found in _LEAD_START.finditer(before)]
    lead = before[starts[-1] :].strip() if starts else ""
    words = lead.split()
    if not 2 <= len(words) <= LEAD_WORDS or re.search(r"[\"“”‘’()]|\baccording\b", lead, re.IGNORECASE):
        return ""
    if words[-1].lower() in _PART_OF_FIGURE:
        return ""  # "a first group of about 1,100 soldiers": the figure is what the words before it are made of
    if words[0].lower() in _NO_SUBJECT or _FIRST_PERSON_WORD.search(lead):
        return ""  # "It had", "But will now support", "I reckon I have": not a statement that stands on its own
    return lead


def _detail_after_figure(sentence: str, figure: str) -> str:
    """The words after the figure to the end of its clause: 'were sent in a first group' -> 'sent in a first group'."""
    if not figure:
        return ""
    at = sentence.find(figure)
    if at < 0:
        return ""
    rest = sentence[at + len(figure) :]
    cut = _CLAUSE_END.search(rest)
    rest = (rest[: cut.start()] if cut else rest).strip()
    rest = _FIGURE_VERBS.sub("", rest)
    words = rest.split()
    if len(words) > DETAIL_WORDS:
        # cut at the last break that keeps at least three words, else at the limit
        breaks = [i for i, word in enumerate(words[: DETAIL_WORDS + 1]) if i >= 3 and _DETAIL_BREAK.match(word)]
        words = words[: breaks[-1] if breaks else DETAIL_WORDS]
    return " ".join(words)


def suggested_claim_reviewed(statement: str) -> str:
    """The statement as ClaimReview's short 'claim reviewed' text: at most 75 characters, cut at a word."""
    return Truncator(statement).chars(75)
