"""
Independent origins of a claim, and the status they suggest.

Five articles repeating one intelligence briefing are one origin, not five. So every
appearance is followed back along its citation chain (the source, the citation it came
through, the source that one cites, ...) to the actor it started from, and actors under
one top-level organisation count as one origin: John Kirby and Lloyd Austin are both the
United States government. Claims this one is derived from or the same as lend it their
origins too ("two regiments of 6,000 each" backs "about 12,000").

The result is a suggestion for an editor, never a verdict: nothing here writes.

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

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from django.db.models import Q, QuerySet

from claims.models import Appearance, Claim, ClaimRelation, Stance, Status
from sources.models import Actor, Source

# Relations whose target backs this claim. "Part of" does not: 3,000 in a first tranche
# says nothing about a 12,000 total. "Contradicts" obviously does not.
FOLLOWED_RELATIONS: dict[str, str] = {
    ClaimRelation.Kind.DERIVED_FROM: "derived claim",
    ClaimRelation.Kind.SAME_AS: "same claim",
}
AGAINST = {Stance.DISPUTES, Stance.DENIES}


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
    def deepest_source(self) -> Source:
        return [step.obj for step in self.steps if isinstance(step.obj, Source)][-1]


@dataclass(frozen=True)
class Origin:
    """One independent origin: a top-level organisation, or a source in which nobody is named."""

    actor: Actor | None  # the top-level organisation (or a person who belongs to none)
    source: Source | None  # set only when no actor is known: the source the statement rests on
    actors: list[Actor]  # the actors the chains end at, e.g. Lloyd Austin and John Kirby
    appearances: list[Appearance]

    @property
    def label(self) -> str:
        if self.actor is None:
            return f"unknown (nobody named in “{self.source}”)"
        return self.actor.name

    def __str__(self) -> str:
        others = [actor.name for actor in self.actors if actor.pk != getattr(self.actor, "pk", None)]
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


def claim_corroboration(claim: Claim) -> Corroboration:
    """Trace, group and suggest; the module docstring lists the queries this runs."""
    chained = claims_chains([claim])
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


def claims_chains(claims: Iterable[Claim], *, selected_by: QuerySet[Claim] | None = None) -> ChainedClaims:
    """
    The chains of every appearance of every claim, in the queries one claim costs (items 1 to 3
    of the module docstring), however many claims: the ledger of a figure reads thousands at once.
    ``selected_by``, a queryset of exactly these claims, lets the queries select them by subquery
    rather than by a list of ids (thousands of parameters, more than SQLite takes beyond 30,000).
    """
    roots = list(claims)
    root_ids = [claim.pk for claim in roots]
    among = selected_by.values("pk") if selected_by is not None else root_ids
    paths_of = _followed_claims(root_ids, among=among)
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


def _followed_claims(roots: list[int], *, among: Iterable[int] | QuerySet) -> dict[int, dict[int, list[Step]]]:
    """
    For each root claim: the claim and every claim it is derived from or the same as,
    transitively, each with the steps that lead to it (none for the claim itself). One query
    per level of relations, for all roots together; ``among`` selects the roots in SQL.
    """
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
            .order_by("pk")
        )
        expanded |= frontier
        frontier = set()
        for relation in relations:
            if relation.from_claim_id in expanded and relation.kind in FOLLOWED_RELATIONS:
                edges[relation.from_claim_id].append((relation.pk, relation.kind, relation.to_claim))
                frontier.add(relation.to_claim_id)
            if relation.to_claim_id in expanded and relation.kind == ClaimRelation.Kind.SAME_AS:
                edges[relation.to_claim_id].append((relation.pk, relation.kind, relation.from_claim))
                frontier.add(relation.from_claim_id)
        frontier -= expanded
        selector = frontier
    return {root: _paths_from(root, edges) for root in roots}


def _paths_from(root: int, edges: dict[int, list[tuple[int, str, Claim]]]) -> dict[int, list[Step]]:
    """Breadth first from root over the relations met, level by level and in relation order."""
    paths: dict[int, list[Step]] = {root: []}
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
        # The same speaker's words in the cited source are what this source relays; any will do otherwise.
        same_speaker = [c for c in candidates if c.speaker_id and c.speaker_id == appearance.speaker_id]
        upstream = next(iter(same_speaker or candidates), None)
        if upstream is None or cited.pk in seen_sources:  # nothing recorded there, or sources citing in a circle
            steps.append(Step(StepKind.CITATION, _source_label(cited), cited))
        else:
            inner = _steps(upstream, relayed, organisations, seen_sources)
            steps += [Step(StepKind.CITATION, inner[0].label, cited), *inner[1:]]
    speaker = appearance.speaker
    if speaker is not None and not (isinstance(steps[-1].obj, Actor) and steps[-1].obj.pk == speaker.pk):
        steps.append(Step(StepKind.ACTOR, _actor_label(speaker, organisations), speaker))
    return steps


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
        origin = groups.setdefault(key, Origin(actor=top, source=source, actors=[], appearances=[]))
        if chain.origin_actor is not None and chain.origin_actor.pk not in {a.pk for a in origin.actors}:
            origin.actors.append(chain.origin_actor)
        origin.appearances.append(chain.appearance)
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
