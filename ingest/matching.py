"""Matching what an article says to what the newsroom already has: speakers to actors, figures to claims."""

from __future__ import annotations

import operator
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache, reduce

from django.db import connections
from django.db.models import Q, QuerySet
from django.db.models.functions import Lower

from claims.models import Appearance, Claim
from claims.quantities import Quantity
from ingest.models import Suggestion
from sources.models import Actor

MATCH_THRESHOLD = 0.3  # share of the shorter text's content words the two must share (and at least two)

_TITLES = {
    "mr", "mrs", "ms", "dr", "sir", "president", "vice", "prime", "minister", "secretary", "spokesperson",
    "spokesman", "spokeswoman", "general", "gen", "admiral", "chief", "director", "ambassador",
    "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "chancellor", "king", "queen",
    "commander", "colonel", "col", "lieutenant", "lt", "sergeant", "official", "adviser", "advisor", "press",
}  # fmt: skip
_NAME_STOPWORDS = {"of", "the", "and", "for", "on", "in"}
_JOINT = re.compile(r"\s(?:and|&)\s|,")


def _name_key(name: str) -> str:
    name = re.sub(r"\([^)]*\)", " ", name)  # "National Intelligence Service (NIS)"
    name = re.sub(r"['’]s\b", "", name)  # "South Korea's"
    words = re.sub(r"[^\w\s-]", " ", name.casefold()).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _keys_asked(name: str) -> set[str]:
    """
    The keys a look-up of the name may ask for: its key and every ending of it ('south korea national
    intelligence service', ..., 'service'), also as the text writes them (the database folds case its own way).
    """
    written = re.sub(r"[^\w\s-]", " ", re.sub(r"['’]s\b", "", re.sub(r"\([^)]*\)", " ", name))).split()
    keys: set[str] = set()
    for words in (_name_key(name).split(), written):
        keys.update(" ".join(words[i:]) for i in range(len(words)))
    return keys


def _acronyms(name: str) -> set[str]:
    found = {a for a in re.findall(r"\(([A-Z][A-Za-z.]{1,9})\)", name)}
    words = [w for w in re.sub(r"\([^)]*\)", " ", name).replace("-", " ").split() if w.lower() not in _NAME_STOPWORDS]
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        found.add("".join(w[0] for w in words))
    return {a.replace(".", "").upper() for a in found}


def _acronym_asked(name: str) -> str | None:
    """The acronym a name is, when it is one: 'NIS', 'U.S.' -> 'US'."""
    bare = name.strip().replace(".", "")
    return bare if bare.isupper() and 2 <= len(bare) <= 10 else None


# What stands between the words of a key in a name: spaces, punctuation, a possessive, an aside in
# parentheses. Regexes here are written in the syntax PostgreSQL's and Python's (SQLite's) share.
_SEP = r"(?:['’]s|[^\w-]|\([^)]*\))"
_LINE_END = "(?:[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]|$)"  # where str.splitlines() ends an alias


def _actors_named_like(names: Iterable[str], *, vendor: str) -> list[Q]:
    """
    Which actors a SpeakerMatcher needs to match ``names``: every actor one of its look-ups could
    find, and few others, as one condition per query. An actor a look-up finds has a name whose key
    is one the look-ups ask for (the whole name or an ending of it, see _keys_asked), or is a person
    whose name ends with the last word (a last name), or has an alias line ending with it; or, for a
    name in capitals, is an organisation with that acronym (_acronym_patterns).

    The regexes are exact, case-insensitive and Unicode-aware (in PostgreSQL, and in Python's re, which
    SQLite calls), but cost a scan: on PostgreSQL, each is behind the words it needs, which the trigram
    indexes on upper(name) and upper(aliases) find (upper() folds as the regexes do). A word of fewer
    than three letters has no trigram, so names ending with one ('U.S.', 'Wang Yi') are a second query,
    which reads the table; acronyms another, behind the capitals they need.
    """
    names = {" ".join(n.split()) for n in names if n and n.strip()}
    by_last: dict[str, set[str]] = defaultdict(set)
    for name in names:
        for key in _keys_asked(name):
            by_last[key.split()[-1]].add(key)
    indexed = vendor == "postgresql"
    long = {last: keys for last, keys in by_last.items() if len(last) >= 3 or not indexed}
    short = {last: keys for last, keys in by_last.items() if last not in long}
    conditions = [_named_like(group, indexed=indexed) for group in (long, short) if group]
    acronyms = sorted({a for a in map(_acronym_asked, names) if a is not None})
    if acronyms:
        conditions.append(Q(kind=Actor.Kind.ORGANISATION) & reduce(operator.or_, map(_named_as_acronym, acronyms)))
    return conditions


def _named_like(by_last: dict[str, set[str]], *, indexed: bool) -> Q:
    """Names whose key is one of the keys, people whose name ends with a last word, aliases ending with one."""
    keys = sorted({key for group in by_last.values() for key in group}, key=lambda k: (-len(k), k))
    whole = "|".join(f"{_SEP}+".join(map(re.escape, key.split())) for key in keys)
    last = "|".join(map(re.escape, sorted(by_last)))
    named = Q(name__iregex=f"^{_SEP}*(?:the{_SEP}+)?(?:{whole}){_SEP}*$") | Q(
        kind=Actor.Kind.PERSON, name__iregex=f"(?:^|[^\\w])(?:{last}){_SEP}*$"
    )
    aliased = Q(aliases__iregex=f"(?:^|[^\\w])(?:{last}){_SEP}*?{_LINE_END}")
    if indexed and all(len(word) >= 3 for word in by_last):
        # First the words, which the indexes find; then the regexes, on those rows alone.
        words = sorted({word.casefold() for word in by_last})
        named = reduce(operator.or_, (Q(name__icontains=word) for word in words)) & named
        aliased = reduce(operator.or_, (Q(aliases__icontains=word) for word in words)) & aliased
    return named | aliased


def _named_as_acronym(acronym: str) -> Q:
    """
    Organisation names _acronyms() gives this acronym, each regex behind a cheap test: the initials'
    capitals are in the name (in any order); an acronym in parentheses starts with '(' and its capital.
    """
    initials, *in_brackets = _acronym_patterns(acronym)
    capitals = reduce(operator.and_, (Q(name__contains=letter) for letter in sorted(set(acronym))))
    found = capitals & Q(name__regex=initials)
    if in_brackets:
        found |= Q(name__contains="(" + acronym[0]) & Q(name__regex=in_brackets[0])
    return found


# _acronyms() as case-sensitive regexes of the names it gives an acronym: words separated by spaces,
# hyphens, asides in parentheses and the stop words (any case), each starting with a capital.
_STOPWORDS_ANY_CASE = "|".join("".join(f"[{c.upper()}{c}]" for c in word) for word in sorted(_NAME_STOPWORDS))
_GAP = rf"(?:[\s-]|\([^)]*\)|(?:{_STOPWORDS_ANY_CASE})(?=[\s(-]|$))*"
_WORD_REST = r"(?:[^\s(-]|\((?![^)]*\)))*"  # a '(' that no ')' closes stays in the word


def _acronym_patterns(acronym: str) -> list[str]:
    """Regexes of the names whose _acronyms() hold ``acronym``: initials, and '(N.I.S.)' for letters."""
    patterns = ["^" + _GAP + _GAP.join(re.escape(letter) + _WORD_REST for letter in acronym) + _GAP + "$"]
    if acronym.isascii() and acronym.isalpha():
        rest = "".join(rf"\.*[{c}{c.lower()}]" for c in acronym[1:])
        patterns.append(rf"\({acronym[0]}{rest}\.*\)")
    return patterns


class SpeakerMatcher:
    """
    Matches a speaker's name as the text gives it to an actor: the full name (case-insensitive,
    ignoring 'the' and possessives), the name ending the text's words ('White House spokesperson
    John Kirby'), a person's last name when only one person has it ('Kirby', 'Secretary Austin'),
    or an organisation's acronym ('NIS'). Ambiguous names, and several speakers named together
    ('Axios and The Hill'), match nobody.

    Built from the actors it may match: load(names) reads only those the names could match, so it
    answers for those names exactly as a matcher of every actor would.
    """

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.by_name: dict[str, list[Actor]] = defaultdict(list)
        self.by_last_name: dict[str, list[Actor]] = defaultdict(list)
        self.by_acronym: dict[str, list[Actor]] = defaultdict(list)
        for actor in actors:
            key = _name_key(actor.name)
            if not key:
                continue
            for name in {key, *(_name_key(alias) for alias in actor.aliases.splitlines())} - {""}:
                self.by_name[name].append(actor)
            if actor.kind == Actor.Kind.PERSON:
                self.by_last_name[key.split()[-1]].append(actor)
            else:
                for acronym in _acronyms(actor.name):
                    self.by_acronym[acronym].append(actor)

    @classmethod
    def load(cls, names: Iterable[str | None]) -> SpeakerMatcher:
        """
        A matcher for these names: reads the named actors (anonymous sources are never matched) whose
        name or alias could match one of them: one query, one more for names ending with a word of fewer
        than three letters and one more when a name may be an acronym; none without names. On PostgreSQL
        the names' words are looked up in the trigram indexes of names and aliases, so an archive of tens
        of thousands of actors costs about what the demo costs.
        """
        named = Actor.objects.exclude(kind=Actor.Kind.ANONYMOUS).only("pk", "name", "kind", "slug", "aliases")
        named = named.order_by()
        found: dict[int, Actor] = {}
        for condition in _actors_named_like((n for n in names if n), vendor=connections[named.db].vendor):
            found.update((actor.pk, actor) for actor in named.filter(condition))
        return cls(found[pk] for pk in sorted(found))

    def match(self, name: str | None) -> Actor | None:
        if not name or not name.strip():
            return None
        key = _name_key(name)
        if _JOINT.search(name):  # "Axios and The Hill": several speakers, so no single actor unless named so
            found = self.by_name.get(key, [])
            return found[0] if len(found) == 1 else None
        words = key.split()
        for i in range(len(words)):  # the whole name first, then ever shorter endings of it
            found = self.by_name.get(" ".join(words[i:]), [])
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                return None
        if words:
            people = self.by_last_name.get(words[-1], [])
            if len(people) == 1 and self._first_names_agree(words, people[0]):
                return people[0]
        bare = _acronym_asked(name)
        if bare is not None:
            found = self.by_acronym.get(bare, [])
            if len(found) == 1:
                return found[0]
        return None

    def match_name(self, name: str | None) -> Actor | None:
        """The one actor with exactly this name or alias (case, "the" and possessives aside), or None."""
        found = self.by_name.get(_name_key(name), []) if name and name.strip() else []
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _first_names_agree(words: list[str], person: Actor) -> bool:
        """'Kirby', 'Mr Kirby' and 'John Kirby' may be John Kirby; 'Jane Kirby' is not."""
        if len(words) == 1 or words[-2] in _TITLES:
            return True
        return words[-2] in _name_key(person.name).split()[:-1]


def speaker_match(name: str | None) -> Actor | None:
    """The actor the name means, if exactly one (SpeakerMatcher.match); see SpeakerMatcher.load for the queries."""
    return SpeakerMatcher.load([name]).match(name)


def publisher_match(name: str | None) -> Actor | None:
    """
    The actor a page's masthead or a release's issuer names exactly (SpeakerMatcher.match_name): a publisher is
    where independence of origins is read from, so no last name, acronym or shorter ending of the name will do.
    """
    return SpeakerMatcher.load([name]).match_name(name)


# -- matching suggestions to existing claims ------------------------------------------------------

_STOPWORD_TEXT = """
    a an the and or but nor of to in on at by for from with without as into onto over under about around
    approximately some nearly almost roughly more than less fewer least most up down just only also even
    is are was were be been being am has have had do does did it its it's this that these those there
    their they them he she his her him we our us you your i me my not no yes so if then than when where
    while after before since until during which who whom whose what why how all any each every both such
    very much many can could will would shall should may might must said says say saying told tell tells
    stated states according added noted reportedly claimed per via
"""
_STOPWORDS = set(_STOPWORD_TEXT.split())
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "dozen": "12", "hundred": "100",
}  # fmt: skip
_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[^\W\d_]+")


def content_words(text: str, *, unit: str = "") -> set[str]:
    """The words that carry meaning, lightly stemmed, numbers without separators; the unit left out."""
    words = {_content_word(token) for token in _TOKEN.findall(text.casefold())}
    words.discard("")
    return words - _unit_words(unit)


# Each token's word is cached, not each text's: the candidate claims are new texts as the archive grows, but
# their tokens are a newsroom's vocabulary, which repeats: an import at a million claims tokenizes the
# statements and quotes of up to MATCH_CANDIDATES claims, its largest single cost (issue 14).
@lru_cache(maxsize=65536)
def _content_word(token: str) -> str:
    """What a token of casefolded text counts as: a number without separators, a stem, or "" for no meaning."""
    if token[0].isdigit():
        return token.replace(",", "")
    if token in _NUMBER_WORDS:
        return _NUMBER_WORDS[token]
    if len(token) >= 3 and token not in _STOPWORDS:
        return _stem(token)
    return ""


@lru_cache(maxsize=1024)
def _unit_words(unit: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in unit.casefold().split())


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def similarity(a: set[str], b: set[str]) -> float:
    """The share of the smaller set's words the other has too; 0 unless at least two are shared."""
    shared = len(a & b)
    return 0.0 if shared < 2 else shared / min(len(a), len(b))


MATCH_CANDIDATES = 2000  # the most claims one extraction compares with: newest first


@dataclass(frozen=True)
class Figure:
    """A figure to find claims for: its unit and the interval of its total (None: open)."""

    unit: str
    lo: Decimal | None
    hi: Decimal | None

    @classmethod
    def of(cls, *, unit: str, value, lower, upper, multiplier) -> Figure:
        m = Decimal(multiplier) if multiplier and multiplier > 1 else Decimal(1)
        lo = lower if lower is not None else value
        hi = upper if upper is not None else value
        return cls(unit, None if lo is None else lo * m, None if hi is None else hi * m)


def newest_claims_overlapping(figures: Iterable[Figure]) -> QuerySet | None:
    """
    The ids of the newest MATCH_CANDIDATES claims with a quantity that a figure could repeat: of the
    figure's unit (in any case) and with bounds that overlap it, or groups that could make it up; None for
    no figure with a unit. Answered from the index of lower-cased unit and bounds alone.
    """
    bounds = {(f.unit.casefold(), f.lo, f.hi) for f in figures if f.unit}
    if not bounds:
        return None
    wanted = Q()
    for unit, lo, hi in bounds:
        overlap = Q(unit_key=unit)
        if hi is not None:
            overlap &= Q(lower__lte=hi) | Q(lower__isnull=True)
        if lo is not None:
            overlap &= Q(upper__gte=lo) | Q(upper__isnull=True)
        # A total ("2 regiments of 6,000"): its stored bounds are per group, of at least two groups, so
        # a group at most half the figure's top (an indexed range too, not every claim of the unit).
        groups = Q(unit_key=unit, multiplier__gt=1)
        if hi is not None:
            groups &= Q(lower__lte=hi / 2 if hi >= 0 else 0) | Q(lower__isnull=True)
        wanted |= overlap | groups
    # The units again as one list, so that the planner scans the index for those units only.
    return (
        Claim.objects.annotate(unit_key=Lower("unit"))
        .filter(Q(unit_key__in=sorted({unit for unit, _, _ in bounds})) & wanted)
        .exclude(qualifier="")
        .order_by("-pk")
        .values_list("pk", flat=True)[:MATCH_CANDIDATES]
    )


class ClaimMatcher:
    """
    Finds the existing claim a suggestion most likely repeats: the same unit (case-insensitive),
    overlapping bounds (totals, so '2 regiments of 6,000' meets '12,000'), and the most similar
    words, comparing the quote with the claim's statement and each of its appearances' quotes.
    """

    def __init__(self, claims: Iterable[Claim], quotes: Mapping[int, list[str]] | None = None) -> None:
        """``quotes``: each claim's appearances' quotes by the claim's pk; left out, read from each claim."""
        self.by_unit: dict[str, list[tuple[Claim, Quantity, list[set[str]]]]] = defaultdict(list)
        for claim in claims:
            quantity = claim.quantity
            if quantity is None:
                continue
            said = quotes.get(claim.pk, []) if quotes is not None else [a.quote for a in claim.appearances.all()]
            texts = [claim.statement, *said]
            words = [content_words(t, unit=claim.unit) for t in texts]
            self.by_unit[claim.unit.casefold()].append((claim, quantity.total, words))

    @classmethod
    def load(cls, figures: Iterable[Figure]) -> ClaimMatcher:
        """
        The claims a figure could repeat, with their appearances' quotes: three queries, none without
        figures. Only claims of the same unit whose bounds overlap one of the figures are read, the newest
        MATCH_CANDIDATES at most, so an archive of a million claims costs about what the demo costs: their
        ids are found in the index of lower-cased unit and bounds alone (it holds every column the search
        tests, so no table row is read for the thousands of claims of a common unit), then only the
        claims kept are read.
        """
        newest = newest_claims_overlapping(figures)
        if newest is None:
            return cls([])
        claims = list(
            Claim.objects.filter(pk__in=list(newest))
            .only("pk", "slug", "statement", "value", "lower", "upper", "unit", "qualifier", "multiplier")
            .order_by("-pk")
        )
        # The quotes as plain rows: a prefetch would build a queryset and a model per claim and quote.
        quotes: dict[int, list[str]] = defaultdict(list)
        said = Appearance.objects.filter(claim_id__in=[c.pk for c in claims]).order_by("pk")
        for claim_id, quote in said.values_list("claim_id", "quote") if claims else []:
            quotes[claim_id].append(quote)
        return cls(claims, quotes)

    def match(self, suggestion: Suggestion) -> Claim | None:
        quantity = suggestion.quantity
        if quantity is None or not quantity.unit:
            return None
        total = quantity.total
        words = content_words(suggestion.quote, unit=suggestion.unit)
        best, best_score = None, MATCH_THRESHOLD
        for claim, claim_total, claim_words in self.by_unit.get(quantity.unit.casefold(), []):
            if not total.overlaps(claim_total):
                continue
            score = max(similarity(words, w) for w in claim_words)
            if score >= best_score and (best is None or score > best_score):
                best, best_score = claim, score
        return best


# -- the words around a figure, for matching it to tracked figures ------------------------------------

_CLAUSE_BOUNDARY = re.compile(r"[;:!?()\"“”]|[,.](?=\s)|\s[-–—]\s")


def figure_clause(quote: str, figure: str) -> str:
    """
    The clause of ``quote`` the figure's words stand in, between punctuation: in "North Korea has
    committed 12,000 troops, with around 1,500 soldiers already deployed" the 1,500 is "with around
    1,500 soldiers already deployed". The whole quote when the figure is not found in it.
    """
    at = quote.find(figure) if figure else -1
    if at < 0:
        return quote
    start = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(quote, 0, at)), default=0)
    after = _CLAUSE_BOUNDARY.search(quote, at + len(figure))
    return quote[start : after.start() if after else len(quote)].strip()
