"""
Search over the record: what readers type finds the claims it is about.

Each claim stores what search reads beyond its statement (``search_text``): its quotes, the
names and aliases of who said them, the titles and publishers of the sources, and its figures
written without separators ("12000" finds "12,000 troops"). On PostgreSQL a stored tsvector
(statement weighted above the rest) with a GIN index answers web-style queries ("kirby",
"north korea -russia", "\\"first tranche\\""), stemmed ("troop" finds "troops"). On SQLite, which has
no full-text search built in, every word must appear somewhere, with a crude plural rule.

refresh_search() is called by the services that change what a claim's search reads, and by
the admin; reindex_search (the command) rebuilds everything, in SQL on PostgreSQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection
from django.db.models import Q, QuerySet

from claims.models import Appearance, Claim
from claims.quantities import format_number

CONFIG = "english"
_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_WORD = re.compile(r"\w[\w'’,.-]*\w|\w", re.UNICODE)


def matching(queryset: QuerySet[Claim], text: str) -> QuerySet[Claim]:
    """The claims of ``queryset`` that match what a reader typed."""
    text = " ".join(text.split())
    if not text:
        return queryset
    if connection.vendor == "postgresql":
        return queryset.filter(search_vector=SearchQuery(text, search_type="websearch", config=CONFIG))
    condition = Q()
    for word in _WORD.findall(text):
        forms = {_crude_stem(word.casefold())}
        if _GROUPED_NUMBER.fullmatch(word):
            forms.add(word.replace(",", ""))  # "12,000" is stored plain too
        found = Q()
        for form in forms:
            found |= Q(statement__icontains=form) | Q(search_text__icontains=form)
        condition &= found
    return queryset.filter(condition)


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
    with connection.cursor() as cursor:
        cursor.execute(_REINDEX_SQL.format(only=f"AND c2.id IN ({ids_sql})"), params)
        count = cursor.rowcount
    Claim.objects.filter(pk__in=claims.values("pk")).update(search_vector=_vector())
    return count


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
_REINDEX_SQL = """
UPDATE claims_claim AS c
SET search_text = concat_ws(E'\\n', agg.words, nums.figures)
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
WHERE c.id = c2.id {only}
"""
