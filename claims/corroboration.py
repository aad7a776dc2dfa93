"""
Independent origins of a claim, and the status they suggest.

Five articles repeating one intelligence briefing are one origin, not five. So every
appearance is followed back along its citation chain (the source, the citation it came
through, the source that one cites, ...) to the actor it started from, and actors under
one top-level organisation count as one origin: John Kirby and Lloyd Austin are both the
United States government. Claims this one is derived from or the same as lend it their
origins too ("two regiments of 6,000 each" backs "about 12,000").

The result is a suggestion for an editor, never a verdict: nothing here writes. Public pages and
anonymous API clients pass ``published_only=True``: only published claims then lend their origins,
so a claim in review is never named to readers.

claim_corroboration() runs a fixed number of queries, however many appearances there are:

1. the claims this one is derived from or the same as: one query per level of such
   relations, plus the one that finds no further level (1 for a claim without any);
2. the appearances of all those claims, with source, publisher, speaker and citation;
3. the organisations above the actors involved: one query per level of the hierarchy
   (2 for John Kirby -> The White House -> United States government, 0 if nobody belongs
   to an organisation);
4. the suggested status.
"""

from __future__ import annotations

import operator
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple, TypeVar

from django.db.models import Exists, Expression, OuterRef, Q, QuerySet

from claims.models import Appearance, Claim, ClaimRelation, Stance, Status
from claims.models.verification import published_verdict_of
from core.digests import digest_of, encoded
from sources.models import Actor, Source

# Relations whose target backs this claim. "Part of" does not: 3,000 in a first tranche
# says nothing about a 12,000 total. "Contradicts" obviously does not.
FOLLOWED_RELATIONS: dict[str, str] = {
    ClaimRelation.Kind.DERIVED_FROM: "derived claim",
    ClaimRelation.Kind.SAME_AS: "same claim",
}
AGAINST = {Stance.DISPUTES, Stance.DENIES}
T = TypeVar("T")


class StepKind(StrEnum):
    SOURCE = "source"
    CITATION = "citation"
    ACTOR = "actor"
    DERIVED_CLAIM = "derived-claim"


@dataclass(frozen=True)
class Step:
    kind: StepKind
    label: str
    obj: Source | Actor | Claim

    def __str__(self) -> str:
        return self.label

    @property
    def is_source(self) -> bool:
        return isinstance(self.obj, Source)

    @property
    def is_actor(self) -> bool:
        return isinstance(self.obj, Actor)


@dataclass(frozen=True)
class Chain:
    """One appearance followed from the source it stands in back to the actor it started from."""

    appearance: Appearance
    steps: list[Step]
    origin_actor: Actor | None  # who it started from; None when no one is named anywhere along the chain
    through_claim: Claim | None  # the related claim it came through; None for the claim's own appearances

    @property
    def label(self) -> str:
        return " → ".join(step.label for step in self.steps)

    @property
    def step_labels(self) -> list[str]:
        return [step.label for step in self.steps]

    def __str__(self) -> str:
        return self.label

    @property
    def trail(self) -> list[Step]:
        """The steps from the source the words stand in to the speaker, without the related claims before them."""
        return [step for step in self.steps if step.kind != StepKind.DERIVED_CLAIM]

    @property
    def related_claims(self) -> list[Claim]:
        """The claims this one is derived from or the same as that the chain came through, nearest first."""
        return [step.obj for step in self.steps if isinstance(step.obj, Claim)]

    @property
    def deepest_source(self) -> Source:
        return [step.obj for step in self.steps if isinstance(step.obj, Source)][-1]


@dataclass(frozen=True)
class Origin:
    """One independent origin: a top-level organisation, or a source in which nobody is named."""

    actor: Actor | None  # the top-level organisation (or a person who belongs to none)
    source: Source | None  # set only when no actor is known: the source the statement rests on
    actors: list[Actor]  # the actors the chains end at, e.g. Lloyd Austin and John Kirby
    appearances: list[Appearance]
    chains: list[Chain]  # the chains of those appearances, the claim's own first

    @property
    def label(self) -> str:
        if self.actor is None:
            return f"unknown (nobody named in “{self.source}”)"
        return self.actor.name

    @property
    def members(self) -> list[Actor]:
        """The actors the chains end at other than the origin itself: the NIS under South Korea's government."""
        return [actor for actor in self.actors if actor.pk != getattr(self.actor, "pk", None)]

    def __str__(self) -> str:
        others = [actor.name for actor in self.members]
        return f"{self.label} ({', '.join(others)})" if others else self.label


@dataclass(frozen=True)
class Suggestion:
    slug: str
    status: Status | None  # None when an administrator deleted or deactivated that status
    reason: str

    def __str__(self) -> str:
        return f"{self.status or self.slug}: {self.reason}"


@dataclass(frozen=True)
class Corroboration:
    origins: list[Origin]
    chains: list[Chain]
    suggestion: Suggestion

    @property
    def origin_count(self) -> int:
        return len(self.origins)

    def __str__(self) -> str:
        return str(self.suggestion)


def claim_corroboration(claim: Claim, *, published_only: bool = False) -> Corroboration:
    """
    Trace, group and suggest; the module docstring lists the queries this runs. With
    ``published_only``, related claims lend their origins only if they are published themselves.
    """
    chained = claims_chains([claim], published_only=published_only)
    chains, organisations = chained.chains[claim.pk], chained.organisations
    origins = _origins(chains, organisations)
    return Corroboration(origins=origins, chains=chains, suggestion=_suggestion(chains, origins, organisations))


@dataclass(frozen=True)
class ChainedClaims:
    """The chains of many claims at once (claims_chains), and the organisations they reach."""

    chains: dict[int, list[Chain]]  # by claim pk: its own appearances first, then those of the claims it follows
    organisations: dict[int, Actor]

    def origin_of(self, chain: Chain) -> tuple[str, str, Actor | None]:
        """The independent origin a chain comes from: a stable key, a label, and the top-level actor if any."""
        return _origin_key(chain, self.organisations)


def claims_chains(
    claims: Iterable[Claim], *, selected_by: QuerySet[Claim] | None = None, published_only: bool = False
) -> ChainedClaims:
    """
    The chains of every appearance of every claim, in the queries one claim costs (items 1 to 3
    of the module docstring), however many claims: the ledger of a figure reads thousands at once.
    ``selected_by``, a queryset of exactly these claims, lets the queries select them by subquery
    rather than by a list of ids (thousands of parameters, more than SQLite takes beyond 30,000).
    """
    roots = list(claims)
    root_ids = [claim.pk for claim in roots]
    among = selected_by.values("pk") if selected_by is not None else root_ids
    paths_of = _followed_claims(root_ids, among=among, published_only=published_only)
    reached = {claim_id for paths in paths_of.values() for claim_id in paths}
    appearances = _appearances(reached - set(root_ids), among=among)
    organisations = _organisations(_involved_actors(appearances))
    relayed: dict[tuple[int, int], list[Appearance]] = defaultdict(list)
    by_claim: dict[int, list[Appearance]] = defaultdict(list)
    for appearance in appearances:
        relayed[appearance.claim_id, appearance.source_id].append(appearance)
        by_claim[appearance.claim_id].append(appearance)

    chains: dict[int, list[Chain]] = {}
    for root in roots:
        paths = paths_of[root.pk]
        chains[root.pk] = []
        for claim_id, path in paths.items():  # the claim itself first, then in the order they were reached
            through = path[-1].obj if path else None  # a path is made of derived-claim steps: a Claim
            for appearance in by_claim[claim_id]:
                steps = path + _steps(appearance, relayed, organisations, seen_sources=frozenset())
                chains[root.pk].append(
                    Chain(
                        appearance=appearance,
                        steps=steps,
                        origin_actor=_origin_actor(steps),
                        through_claim=through if isinstance(through, Claim) else None,
                    )
                )
    return ChainedClaims(chains=chains, organisations=organisations)


# What claims_origins() reads of every appearance to find its origin: the ids its citation chain
# follows, and the actors and sources that may end it (name, slug, organisation; slug, title, publisher).
_TRACE_FIELDS = (
    "pk", "claim_id", "source_id", "speaker_id", "via__cited_actor_id", "via__cited_source_id",
    "speaker__name", "speaker__slug", "speaker__organisation_id",
    "via__cited_actor__name", "via__cited_actor__slug", "via__cited_actor__organisation_id",
    "source__slug", "source__title", "source__publisher_id",
    "source__publisher__name", "source__publisher__slug", "source__publisher__organisation_id",
    "via__cited_source__slug", "via__cited_source__title", "via__cited_source__publisher_id",
    "via__cited_source__publisher__name", "via__cited_source__publisher__slug",
    "via__cited_source__publisher__organisation_id",
)  # fmt: skip
_PK, _CLAIM, _SOURCE, _SPEAKER, _CITED_ACTOR, _CITED_SOURCE = range(6)
# Where each actor's id stands in a row, and where its name, slug and organisation start.
_ACTOR_COLUMNS = ((_SPEAKER, 6), (_CITED_ACTOR, 9), (14, 15), (20, 21))


class TracedAppearance(NamedTuple):
    """An appearance read as plain values (claims_origins), with the independent origin it comes from."""

    appearance_id: int
    row: tuple  # the values of the fields asked for, in their order
    through_claim: Claim | None  # the related claim it came through; None for the claim's own appearances
    origin_key: str  # as ChainedClaims.origin_of: "actor:<slug>" or "source:<slug>"
    origin_label: str


@dataclass(frozen=True)
class TracedClaims:
    """claims_origins()'s answer: each claim's traced appearances, and a digest of everything read."""

    appearances: dict[int, list[TracedAppearance]]  # by claim pk, in the order of claims_chains
    digest: str  # changes whenever any value read changes: part of a cache key or a version


def claims_origins(
    claim_ids: Iterable[int],
    *,
    fields: Sequence[str | Expression] = (),
    selected_by: QuerySet[Claim] | None = None,
    published_only: bool = False,
) -> TracedClaims:
    """
    The independent origin of every appearance of every claim, as claims_chains() finds it, in the
    same queries, but read as plain values, without the chains' steps and their labels: the ledger
    of a figure traces ten thousand appearances, and model instances and labels are most of the
    cost. ``fields`` are more columns of Appearance (``source__title``...) each row carries after
    the ones that trace it; TracedAppearance.row holds those only.
    """
    root_ids = list(claim_ids)
    among = selected_by.values("pk") if selected_by is not None else root_ids
    paths_of = _followed_claims(root_ids, among=among, published_only=published_only)
    reached = {claim_id for paths in paths_of.values() for claim_id in paths}
    # A field the trace reads already (the speaker's name, the source's title...) is read once.
    more = [field for field in dict.fromkeys(fields) if field not in _TRACE_FIELDS]
    rows = list(
        Appearance.objects.filter(Q(claim_id__in=list(reached - set(root_ids))) | Q(claim_id__in=among))
        .order_by("pk")
        .values_list(*_TRACE_FIELDS, *more)
    )
    columns = [*_TRACE_FIELDS, *more]
    own = _picker([columns.index(field) for field in fields])
    # Who may end a chain (speakers, cited actors, publishers) and the organisations above them:
    # each column's actors at once (an actor's name, slug and organisation are alike in every row).
    actors: dict[int, tuple] = {}  # name, slug, organisation id
    for id_at, at in _ACTOR_COLUMNS:
        actors.update({row[id_at]: row[at : at + 3] for row in rows if row[id_at] is not None})
    sources: dict[int, tuple] = {row[_SOURCE]: row[12:15] for row in rows}  # slug, title, publisher id
    sources.update({row[_CITED_SOURCE]: row[18:21] for row in rows if row[_CITED_SOURCE] is not None})
    # Each row's ids and own values, and each actor and source once: what was read, in a fifth of the text.
    digest = digest_of(
        (
            published_only,
            sorted(reached),
            [row[:6] + row[len(_TRACE_FIELDS) :] for row in rows],
            sorted(actors.items()),
            sorted(sources.items()),
        )
    )
    asked: set[int] = set()
    while missing := {a[2] for a in actors.values() if a[2] is not None} - actors.keys() - asked:
        asked |= missing
        found = list(
            Actor.objects.filter(pk__in=missing).order_by("pk").values_list("pk", "name", "slug", "organisation_id")
        )
        digest.update(encoded(found))
        actors.update((pk, (name, slug, above)) for pk, name, slug, above in found)
    steps = [
        (step.label, step.obj.pk, getattr(step.obj, "quantity", None))
        for paths in paths_of.values()
        for path in paths.values()
        for step in path
    ]
    digest.update(encoded(steps))

    relayed: dict[tuple[int, int], list[tuple]] = defaultdict(list)
    by_claim: dict[int, list[tuple]] = defaultdict(list)
    for row in rows:
        relayed[row[_CLAIM], row[_SOURCE]].append(row)
        by_claim[row[_CLAIM]].append(row)
    tops: dict[int, tuple[str, str]] = {}

    def top_of(actor_id: int) -> tuple[str, str]:
        """The key and label of the top-level organisation above an actor (as _lineage, cycles stopped)."""
        if actor_id not in tops:
            current, seen = actor_id, {actor_id}
            while (above := actors[current][2]) is not None and above not in seen and above in actors:
                seen.add(above)
                current = above
            name, slug, _above = actors[current]
            tops[actor_id] = (f"actor:{slug}", name)
        return tops[actor_id]

    origin_of_row: dict[int, tuple[str, str]] = {}

    def traced_rows(claim_id: int, through_claim: Claim | None) -> list[TracedAppearance]:
        found = []
        for row in by_claim[claim_id]:
            if row[_PK] not in origin_of_row:
                if row[_SPEAKER] is not None:  # the speaker ends every chain that names one
                    actor_id, deepest = row[_SPEAKER], row[_SOURCE]
                else:
                    actor_id, deepest = _origin_ids(row, relayed, frozenset())
                if actor_id is None:
                    actor_id = sources[deepest][2]  # the publisher of the deepest source, if any
                if actor_id is None:
                    slug, title, _publisher = sources[deepest]
                    origin_of_row[row[_PK]] = (f"source:{slug}", f"unknown (nobody named in “{title}”)")
                else:
                    origin_of_row[row[_PK]] = top_of(actor_id)
            key, label = origin_of_row[row[_PK]]
            # Positionally: keywords cost as much again over ten thousand appearances.
            found.append(TracedAppearance(row[_PK], own(row), through_claim, key, label))
        return found

    traced: dict[int, list[TracedAppearance]] = {}
    for root in root_ids:
        paths = paths_of[root]
        if len(paths) == 1:  # most claims follow no other: only their own appearances
            traced[root] = traced_rows(root, None)
            continue
        traced[root] = found_here = []
        for claim_id, path in paths.items():
            through = path[-1].obj if path else None
            found_here += traced_rows(claim_id, through if isinstance(through, Claim) else None)
    return TracedClaims(appearances=traced, digest=digest.hexdigest()[:32])


def _picker(positions: list[int]) -> Callable[[tuple], tuple]:
    """These positions of a row, as a tuple (operator.itemgetter gives a lone value for one)."""
    if len(positions) > 1:
        return operator.itemgetter(*positions)
    return lambda row: tuple(row[at] for at in positions)


def _origin_ids(
    row: tuple, relayed: dict[tuple[int, int], list[tuple]], seen_sources: frozenset[int]
) -> tuple[int | None, int]:
    """
    _steps() and _origin_actor() on plain values: the actor a chain ends at (the speaker; failing
    that the last actor cited, followed into a cited source's own appearance), and its deepest source.
    """
    actor_id, deepest = None, row[_SOURCE]
    if row[_CITED_ACTOR] is not None:
        actor_id = row[_CITED_ACTOR]
    elif row[_CITED_SOURCE] is not None:
        cited = row[_CITED_SOURCE]
        upstream = _upstream(relayed.get((row[_CLAIM], cited), []), speaker_id=row[_SPEAKER], pk_of=_row_speaker)
        deepest = cited
        if upstream is not None and cited not in seen_sources | {row[_SOURCE]}:
            actor_id, deepest = _origin_ids(upstream, relayed, seen_sources | {row[_SOURCE]})
    if row[_SPEAKER] is not None:
        actor_id = row[_SPEAKER]
    return actor_id, deepest


def _row_speaker(row: tuple) -> int | None:
    return row[_SPEAKER]


def _upstream(candidates: list[T], *, speaker_id: int | None, pk_of: Callable[[T], int | None]) -> T | None:
    """The appearance in a cited source that a citation relays: the same speaker's words, else any."""
    same_speaker = [c for c in candidates if pk_of(c) and pk_of(c) == speaker_id]
    return next(iter(same_speaker or candidates), None)


def _followed_claims(
    roots: list[int], *, among: Iterable[int] | QuerySet, published_only: bool = False
) -> dict[int, dict[int, list[Step]]]:
    """
    For each root claim: the claim and every claim it is derived from or the same as,
    transitively, each with the steps that lead to it (none for the claim itself). One query
    per level of relations, for all roots together; ``among`` selects the roots in SQL. With
    ``published_only``, a relation is followed only to a published claim.
    """
    published = {
        "from_published": Exists(published_verdict_of(OuterRef("from_claim"))),
        "to_published": Exists(published_verdict_of(OuterRef("to_claim"))),
    }
    # Every relation met, by the claim it leads away from, in the order the query gave them.
    edges: dict[int, list[tuple[int, str, Claim]]] = defaultdict(list)
    expanded: set[int] = set()
    frontier = set(roots)
    selector: Iterable[int] | QuerySet = among
    while frontier:
        # "same as" is symmetric, so it is followed whichever way the editor recorded it.
        relations = (
            ClaimRelation.objects.filter(
                Q(from_claim_id__in=selector, kind__in=FOLLOWED_RELATIONS)
                | Q(to_claim_id__in=selector, kind=ClaimRelation.Kind.SAME_AS)
            )
            .select_related("from_claim", "to_claim")
            .annotate(**(published if published_only else {}))
            .order_by("pk")
        )
        expanded |= frontier
        frontier = set()
        for relation in relations:
            if relation.from_claim_id in expanded and relation.kind in FOLLOWED_RELATIONS:
                if published_only and not relation.to_published:  # type: ignore[attr-defined]  # annotated above
                    continue
                edges[relation.from_claim_id].append((relation.pk, relation.kind, relation.to_claim))
                frontier.add(relation.to_claim_id)
            if relation.to_claim_id in expanded and relation.kind == ClaimRelation.Kind.SAME_AS:
                if published_only and not relation.from_published:  # type: ignore[attr-defined]
                    continue
                edges[relation.to_claim_id].append((relation.pk, relation.kind, relation.from_claim))
                frontier.add(relation.from_claim_id)
        frontier -= expanded
        selector = frontier
    return {root: _paths_from(root, edges) for root in roots}


def _paths_from(root: int, edges: dict[int, list[tuple[int, str, Claim]]]) -> dict[int, list[Step]]:
    """Breadth first from root over the relations met, level by level and in relation order."""
    paths: dict[int, list[Step]] = {root: []}
    if root not in edges:  # most claims follow none: the ledger of a figure asks for thousands
        return paths
    level = [root]
    while level:
        following = sorted(
            ((edge, near) for near in level for edge in edges.get(near, [])), key=lambda e: (e[0][0], e[1])
        )
        level = []
        for (_pk, kind, far), near in following:
            if far.pk in paths:  # already reached: a cycle or a second route
                continue
            label = f"via {FOLLOWED_RELATIONS[kind]} “{far.statement}”"
            paths[far.pk] = [*paths[near], Step(StepKind.DERIVED_CLAIM, label, far)]
            level.append(far.pk)
    return paths


def _appearances(claim_ids: Iterable[int], *, among: Iterable[int] | QuerySet = ()) -> list[Appearance]:
    """All appearances of these claims and of those ``among`` selects, in order of pk. One query."""
    appearances = (
        Appearance.objects.filter(Q(claim_id__in=list(claim_ids)) | Q(claim_id__in=among))
        .select_related("source__publisher", "speaker", "via__cited_actor", "via__cited_source__publisher")
        # The snapshots can be whole articles, and one source is joined once per appearance.
        .defer("source__text", "via__cited_source__text")
    )
    return sorted(appearances, key=lambda appearance: appearance.pk)


def _involved_actors(appearances: Iterable[Appearance]) -> list[Actor]:
    actors = []
    for appearance in appearances:
        actors += [appearance.speaker, appearance.source.publisher]
        if appearance.via is not None:
            actors.append(appearance.via.cited_actor)
            if appearance.via.cited_source is not None:
                actors.append(appearance.via.cited_source.publisher)
    return [actor for actor in actors if actor is not None]


def _organisations(actors: Iterable[Actor]) -> dict[int, Actor]:
    """The actors and every organisation above them, by pk. One query per level of the hierarchy."""
    known = {actor.pk: actor for actor in actors}
    asked: set[int] = set()
    while missing := {a.organisation_id for a in known.values() if a.organisation_id} - known.keys() - asked:
        asked |= missing
        known.update((organisation.pk, organisation) for organisation in Actor.objects.filter(pk__in=missing))
    return known


def _lineage(actor: Actor, organisations: dict[int, Actor]) -> list[Actor]:
    """Like Actor.lineage(), but from the organisations already fetched: no query."""
    chain, seen = [], set()
    current: Actor | None = actor
    while current is not None and current.pk not in seen:
        chain.append(current)
        seen.add(current.pk)
        current = organisations.get(current.organisation_id) if current.organisation_id else None
    return chain


def _actor_label(actor: Actor, organisations: dict[int, Actor]) -> str:
    above = [organisation.name for organisation in _lineage(actor, organisations)[1:]]
    return f"{actor.name} ({', '.join(above)})" if above else actor.name


def _source_label(source: Source) -> str:
    return f"{source.publisher.name}: “{source.title}”" if source.publisher else f"“{source.title}”"


def _steps(
    appearance: Appearance,
    relayed: dict[tuple[int, int], list[Appearance]],
    organisations: dict[int, Actor],
    seen_sources: frozenset[int],
) -> list[Step]:
    """The source, the citation it came through (followed into a cited source's own appearance), the speaker."""
    steps = [Step(StepKind.SOURCE, _source_label(appearance.source), appearance.source)]
    seen_sources |= {appearance.source_id}
    citation = appearance.via
    if citation is not None and citation.cited_actor is not None:
        steps.append(Step(StepKind.CITATION, _actor_label(citation.cited_actor, organisations), citation.cited_actor))
    elif citation is not None and citation.cited_source is not None:
        cited = citation.cited_source
        candidates = relayed.get((appearance.claim_id, cited.pk), [])
        upstream = _upstream(candidates, speaker_id=appearance.speaker_id, pk_of=_speaker_id)
        if upstream is None or cited.pk in seen_sources:  # nothing recorded there, or sources citing in a circle
            steps.append(Step(StepKind.CITATION, _source_label(cited), cited))
        else:
            inner = _steps(upstream, relayed, organisations, seen_sources)
            steps += [Step(StepKind.CITATION, inner[0].label, cited), *inner[1:]]
    speaker = appearance.speaker
    if speaker is not None and not (isinstance(steps[-1].obj, Actor) and steps[-1].obj.pk == speaker.pk):
        steps.append(Step(StepKind.ACTOR, _actor_label(speaker, organisations), speaker))
    return steps


def _speaker_id(appearance: Appearance) -> int | None:
    return appearance.speaker_id


def _origin_actor(steps: list[Step]) -> Actor | None:
    """The speaker; failing that the last actor cited; failing that the publisher of the deepest source."""
    actors = [step.obj for step in steps if isinstance(step.obj, Actor)]
    if actors:
        return actors[-1]  # the speaker when there is one: _steps puts it last
    sources = [step.obj for step in steps if isinstance(step.obj, Source)]
    return sources[-1].publisher


def _origins(chains: list[Chain], organisations: dict[int, Actor]) -> list[Origin]:
    """Group the chains of supporting appearances by top-level organisation; unnamed ones by source."""
    groups: dict[str, Origin] = {}
    for chain in chains:
        if chain.appearance.stance in AGAINST:  # a denial is not a second origin of the claim
            continue
        key, _label, top = _origin_key(chain, organisations)
        source = chain.deepest_source if top is None else None
        origin = groups.setdefault(key, Origin(actor=top, source=source, actors=[], appearances=[], chains=[]))
        if chain.origin_actor is not None and chain.origin_actor.pk not in {a.pk for a in origin.actors}:
            origin.actors.append(chain.origin_actor)
        origin.appearances.append(chain.appearance)
        origin.chains.append(chain)
    return sorted(groups.values(), key=lambda origin: (origin.actor is None, origin.label.casefold()))


def _origin_key(chain: Chain, organisations: dict[int, Actor]) -> tuple[str, str, Actor | None]:
    """
    Which independent origin a chain comes from: the top-level organisation above the actor it
    started from, or, when nobody is named along it, the deepest source. A key that stays the
    same across requests ("actor:<slug>", "source:<slug>"), a label, and the top-level actor.
    """
    if chain.origin_actor is None:
        source = chain.deepest_source
        return f"source:{source.slug}", f"unknown (nobody named in “{source}”)", None
    top = _lineage(chain.origin_actor, organisations)[-1]
    return f"actor:{top.slug}", top.name, top


def _suggestion(chains: list[Chain], origins: list[Origin], organisations: dict[int, Actor]) -> Suggestion:
    """Runs one query, for the status."""
    # Only the claim's own appearances: a dispute of the regimental structure is no dispute of the total.
    against = [
        chain.appearance for chain in chains if chain.through_claim is None and chain.appearance.stance in AGAINST
    ]
    if against:
        slug = "disputed"
        reason = "; ".join(
            f"{_actor_label(a.speaker, organisations) if a.speaker else 'an unnamed speaker'} "
            f"{a.get_stance_display()} it in “{a.source.title}”"
            for a in against
        )
    elif len(origins) >= 2:
        slug = "corroborated"
        reason = f"{len(origins)} independent origins: {', '.join(origin.label for origin in origins)}"
    elif origins:
        slug = "single-source"
        reason = f"1 origin: {origins[0].label}"
    else:
        slug = "unverified"
        reason = "No appearance asserts, relays or confirms it."
    return Suggestion(slug=slug, status=Status.objects.active().filter(slug=slug).first(), reason=reason)
