"""
Search over the record: what readers type finds the claims it is about.

Each claim stores what search reads beyond its statement (``search_text``): its quotes, the
names and aliases of who said them, the titles and publishers of the sources, and its figures
written without separators ("12000" finds "12,000 troops"). On PostgreSQL a stored tsvector
(statement weighted above the rest) with a GIN index answers web-style queries ("kirby",
"north korea -russia", "\\"first tranche\\""), stemmed ("troop" finds "troops"). On SQLite, which has
no full-text search built in, every word must begin a word somewhere ("0" does not find "10"),
with a crude plural rule.

refresh_search() is called by the services that change what a claim's search reads, and by
the admin; reindex_search (the command) rebuilds everything, in SQL on PostgreSQL.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

import snowballstemmer
from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Q, QuerySet
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from claims.models import Appearance, Claim
from claims.quantities import format_number

CONFIG = "english"
_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_WORD = re.compile(r"\w[\w'’,.-]*\w|\w", re.UNICODE)


def search_limit() -> int:
    """
    Up to how many matches a search counts (settings.SEARCH_LIMIT). Below it, the matches are
    fetched from the search index and sorted; above it, the words are common and the newest
    claims are read in order until a page is full. Either way a page costs about the same
    whatever the archive holds, and every surface says when more than this many match.
    """
    return settings.SEARCH_LIMIT


@dataclass(frozen=True)
class ClaimSearch:
    """
    What a reader typed, and whether more claims match it than search_limit(): claim_search()
    finds that out once, for the filter and for the sentence that tells readers. Below the limit
    it also holds the ids of every match (``ids``), so the page reads them without searching again.
    """

    text: str
    published_only: bool
    more_than_limit: bool
    ids: tuple[int, ...] = ()

    def apply(self, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        """The claims of ``queryset`` that match (no query until the caller evaluates it)."""
        return queryset.filter(self.condition()) if self.text else queryset

    def condition(self, prefix: str = "") -> Q:
        """
        The condition on claims, or with ``prefix`` ("claim__") on rows that point to a claim.
        Common words: the caller's order walks its index (checked_at, created_at, id) and keeps the
        matching rows, so a page stops after about (page size / share of claims matching) rows.
        Rare words: the ids claim_search() already read from the GIN index, which the caller sorts:
        it never walks the archive looking for them.
        """
        if self.more_than_limit:
            return _condition(self.text, prefix)
        return Q(**{f"{prefix}pk__in": self.ids})


def claim_search(text: str, *, published_only: bool) -> ClaimSearch:
    """
    The search for ``text`` among published claims (``published_only``, the public's) or all claims
    (the newsroom's). One query, which stops at search_limit() + 1 matches: cheap however many
    there are. ``checked_at`` is set only while a verdict is published, so the public's count
    never includes an unpublished claim.
    """
    text = " ".join(text.split())
    if not text:
        return ClaimSearch("", published_only, more_than_limit=False)
    limit = search_limit()
    ids = tuple(_matching_ids(text, published_only=published_only, limit=limit + 1))
    if len(ids) > limit:
        return ClaimSearch(text, published_only, more_than_limit=True)
    return ClaimSearch(text, published_only, more_than_limit=False, ids=ids)


def matching(queryset: QuerySet[Claim], text: str, *, published_only: bool = False) -> QuerySet[Claim]:
    """The claims of ``queryset`` that match what a reader typed (one query to search, see claim_search())."""
    return claim_search(text, published_only=published_only).apply(queryset)


def _matching_ids(text: str, *, published_only: bool, limit: int) -> QuerySet[Claim, int]:
    """The ids of at most ``limit`` claims that match ``text`` (not empty), in no particular order."""
    found = Claim.objects.filter(_condition(text))
    if published_only:
        found = found.filter(checked_at__isnull=False)
    return found.order_by().values_list("pk", flat=True)[:limit]


def _condition(text: str, prefix: str = "") -> Q:
    if connection.vendor == "postgresql":
        return Q(**{f"{prefix}search_vector": SearchQuery(text, search_type="websearch", config=CONFIG)})
    condition = Q()
    for word in _WORD.findall(text):
        forms = {_crude_stem(word.casefold())}
        if _GROUPED_NUMBER.fullmatch(word):
            forms.add(word.replace(",", ""))  # "12,000" is stored plain too
        found = Q()
        for form in forms:
            starts_a_word = rf"\b{re.escape(form)}"  # Django gives SQLite a REGEXP function (Python's re)
            found |= Q(**{f"{prefix}statement__iregex": starts_a_word}) | Q(
                **{f"{prefix}search_text__iregex": starts_a_word}
            )
        condition &= found
    return condition


def refresh_search(claim_ids: Iterable[int]) -> None:
    """Rebuild the stored search text (and on PostgreSQL the vector) of these claims: two or three queries."""
    ids = sorted(set(claim_ids))
    if not ids:
        return
    claims = {c.pk: c for c in Claim.objects.filter(pk__in=ids).only("pk", "statement", "value", "lower", "upper")}
    pieces: dict[int, list[str]] = {pk: [] for pk in claims}
    appearances = Appearance.objects.filter(claim_id__in=ids).values_list(
        "claim_id",
        "quote",
        "speaker__name",
        "speaker__aliases",
        "source__title",
        "source__publisher__name",
    )
    for claim_id, *words in appearances:
        pieces[claim_id].extend(w for w in words if w)
    for pk, claim in claims.items():
        pieces[pk].extend(_plain_numbers(claim))
        claim.search_text = _joined(pieces[pk])
    Claim.objects.bulk_update(claims.values(), ["search_text"], batch_size=500)
    if connection.vendor == "postgresql":
        Claim.objects.filter(pk__in=ids).update(search_vector=_vector())


def reindex_search(claims: QuerySet[Claim] | None = None) -> int:
    """
    Rebuild the search text and vector of ``claims`` (all by default); returns how many.
    Set-based SQL on PostgreSQL (a million claims in minutes), batches of refresh_search() on SQLite.
    """
    claims = Claim.objects.all() if claims is None else claims
    if connection.vendor != "postgresql":
        ids = list(claims.values_list("pk", flat=True))
        for start in range(0, len(ids), 1000):
            refresh_search(ids[start : start + 1000])
        return len(ids)
    ids_sql, params = claims.values("pk").query.sql_with_params()
    # One UPDATE writes both columns: each claim gets one new row version, not two (on a million claims,
    # a second full-table UPDATE doubled the time and left a million more dead rows for VACUUM).
    with connection.cursor() as cursor:
        cursor.execute(_REINDEX_SQL.format(only=f"AND c2.id IN ({ids_sql})"), [CONFIG, CONFIG, *params])
        return cursor.rowcount


def reindex_search_of_actor(actor_id: int) -> None:
    """After an actor's name or aliases changed: the claims it said, published or was cited in."""
    said = Appearance.objects.filter(Q(speaker_id=actor_id) | Q(source__publisher_id=actor_id)).values("claim_id")
    reindex_search(Claim.objects.filter(pk__in=said))


def reindex_search_of_source(source_id: int) -> None:
    """After a source's title changed: the claims that appear in it."""
    reindex_search(Claim.objects.filter(pk__in=Appearance.objects.filter(source_id=source_id).values("claim_id")))


def _vector():
    return SearchVector("statement", weight="A", config=CONFIG) + SearchVector("search_text", weight="B", config=CONFIG)


def _plain_numbers(claim: Claim) -> list[str]:
    """Figures as a reader may type them: 12000 for 12,000 (from the quantity and the statement)."""
    found = {
        _GROUPED_NUMBER.sub(lambda m: m.group(0).replace(",", ""), n) for n in _GROUPED_NUMBER.findall(claim.statement)
    }
    for number in (claim.value, claim.lower, claim.upper):
        if number is not None:
            found.add(format_number(number).replace(",", ""))
    return sorted(found)


def _joined(words: list[str]) -> str:
    seen: dict[str, None] = {}
    for word in words:
        seen.setdefault(" ".join(word.split()), None)
    return "\n".join(seen)


def _crude_stem(word: str) -> str:
    """'troops' -> 'troop', 'regiments' -> 'regiment' (a substring search then finds both forms)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


# The same text as refresh_search() builds, for many claims at once (quotes, names, aliases,
# titles, publishers, and plain figures), in one statement. A str.format template: {only}
# restricts it to some claims, and the regular expression's braces are doubled.
# The search text as refresh_search() builds it, and the vector as _vector() weighs it (statement A,
# search text B), in one statement; tests/test_search.py checks the two paths agree.
_REINDEX_SQL = """
UPDATE claims_claim AS c
SET search_text = fresh.text,
    search_vector = setweight(to_tsvector(%s::regconfig, COALESCE(c.statement, '')), 'A')
        || setweight(to_tsvector(%s::regconfig, COALESCE(fresh.text, '')), 'B')
FROM (
SELECT c2.id, concat_ws(E'\\n', agg.words, nums.figures) AS text
FROM claims_claim AS c2
LEFT JOIN LATERAL (
    SELECT string_agg(
        DISTINCT concat_ws(E'\\n', a.quote, sp.name, NULLIF(sp.aliases, ''), s.title, pub.name), E'\\n'
    ) AS words
    FROM claims_appearance a
    JOIN sources_source s ON s.id = a.source_id
    LEFT JOIN sources_actor sp ON sp.id = a.speaker_id
    LEFT JOIN sources_actor pub ON pub.id = s.publisher_id
    WHERE a.claim_id = c2.id
) AS agg ON TRUE
LEFT JOIN LATERAL (
    SELECT string_agg(DISTINCT n, E'\\n') AS figures FROM (
        SELECT regexp_replace(m[1], ',', '', 'g') AS n
        FROM regexp_matches(c2.statement, '(\\d{{1,3}}(?:,\\d{{3}})+(?:\\.\\d+)?)', 'g') AS m
        UNION SELECT trim_scale(x)::text
        FROM unnest(ARRAY[c2.value, c2.lower, c2.upper]) AS x WHERE x IS NOT NULL
    ) AS numbers
) AS nums ON TRUE
WHERE TRUE {only}
) AS fresh
WHERE c.id = fresh.id
"""


# -- why a result matched ---------------------------------------------------------------------------

# The stemmer of PostgreSQL's "english" configuration (Snowball's Porter2): a word explains a match
# here exactly when the database's search would have stemmed it to the same lexeme.
_STEMMER = snowballstemmer.stemmer("english")
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[^\W\d_]+", re.UNICODE)
# Words PostgreSQL's english configuration leaves out of every vector and query (its stop list, abridged).
_STOP_WORDS = frozenset([
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have", "he", "her",
    "his", "i", "if", "in", "into", "is", "it", "its", "no", "not", "of", "on", "or", "our", "she", "so", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "was", "we", "were",
    "what", "when", "which", "who", "will", "with", "you",
])  # fmt: skip
_EXCERPT = 160  # characters of a long statement or quote shown around the first matched word


@dataclass(frozen=True)
class Match:
    """
    One reason a claim matched a search: which part of the record (``field``), its text (an
    excerpt when long) and the stretches of that text that matched, as (start, end) offsets.
    """

    field: str  # statement, quote, claimant, source, publisher, number
    text: str
    spans: tuple[tuple[int, int], ...]

    LABELS: ClassVar[dict[str, str]] = {
        "statement": "statement",
        "quote": "quote",
        "claimant": "claimant name",
        "source": "source title",
        "publisher": "publisher",
        "number": "number",
    }

    @property
    def label(self) -> str:
        return self.LABELS[self.field]

    @property
    def words(self) -> list[str]:
        return [self.text[start:end] for start, end in self.spans]

    def highlighted(self) -> SafeString:
        """The text, escaped, with each matched stretch in <mark>."""
        parts, at = [], 0
        for start, end in self.spans:
            parts.append(escape(self.text[at:start]))
            parts.append(format_html("<mark>{}</mark>", self.text[start:end]))
            at = end
        parts.append(escape(self.text[at:]))
        return mark_safe("".join(parts))  # every piece escaped above

    def as_dict(self) -> dict[str, object]:
        return {"field": self.field, "text": self.text, "words": self.words}


def search_terms(text: str) -> frozenset[str]:
    """
    The stems a reader's search asks for, in web syntax: words and "phrases" count, a -negated word
    and the operator "or" do not. Figures lose their thousands separators (12,000 and 12000 agree).
    """
    terms: set[str] = set()
    for piece in re.findall(r'-?"[^"]*"?|\S+', text):
        if piece.startswith("-") or piece.casefold() == "or":
            continue
        terms.update(_stem(token) for token in _TOKEN.findall(piece) if token.casefold() not in _STOP_WORDS)
    return frozenset(terms)


def explain_match(claim: Claim, terms: frozenset[str], *, limit: int = 4) -> list[Match]:
    """
    Why ``claim`` is among the results for ``terms`` (from search_terms()): the parts of its record
    that hold one of them, the statement first, then its figure, claimants, quotes, sources and
    publishers. No query: it reads what Claim.objects.for_display() prefetched.
    """
    if not terms:
        return []
    candidates: list[tuple[str, str]] = [("statement", claim.statement)]
    candidates += [("number", format_number(n)) for n in (claim.value, claim.lower, claim.upper) if n is not None]
    appearances = list(claim.appearances.all())
    for appearance in appearances:
        if appearance.speaker is not None:
            candidates.append(("claimant", appearance.speaker.name))
            candidates += [("claimant", alias) for alias in appearance.speaker.aliases.splitlines() if alias.strip()]
    candidates += [("quote", a.quote) for a in appearances]
    candidates += [("source", a.source.title) for a in appearances]
    candidates += [("publisher", a.source.publisher.name) for a in appearances if a.source.publisher is not None]
    found: list[Match] = []
    explained: set[str] = set()
    for field, text in candidates:
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text) if _stem(m.group()) in terms]
        if not spans:
            continue
        match = _excerpt(field, text.strip(), spans) if len(text) > _EXCERPT else Match(field, text, tuple(spans))
        stems = {_stem(word) for word in match.words}
        if stems <= explained:
            continue  # an earlier part already shows these words
        found.append(match)
        explained |= stems
        if len(found) >= limit or explained >= terms:
            break
    return found


@functools.lru_cache(maxsize=65536)
def _stem(token: str) -> str:
    """A word's Porter2 stem (figures without separators). Cached: the pure-Python stemmer takes
    about 0.2 ms a word, and a page of results explains the same names and words again and again."""
    token = token.casefold()
    if token[0].isdigit():
        return token.replace(",", "")
    return _STEMMER.stemWord(token)


def _excerpt(field: str, text: str, spans: list[tuple[int, int]]) -> Match:
    """About _EXCERPT characters of ``text`` from a little before its first matched word, on word boundaries."""
    first = spans[0][0]
    start = max(0, first - _EXCERPT // 4)
    if start:
        start = text.find(" ", start, first) + 1 or first
    end = min(len(text), start + _EXCERPT)
    if end < len(text):
        end = text.rfind(" ", spans[0][1], end) if text.rfind(" ", spans[0][1], end) > 0 else end
    prefix, suffix = ("…" if start else ""), ("…" if end < len(text) else "")
    shift = len(prefix) - start
    inside = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= end)
    return Match(field, prefix + text[start:end] + suffix, inside)
