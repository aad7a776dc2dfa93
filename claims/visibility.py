"""
What the public may see of sources and actors: the one place that decides it.

A source or an actor has no publishing state of its own. It becomes public through published
claims: a source when a published claim appears in it or a published verdict rests on it; an
actor when published material names it (speaker, publisher, cited actor), and the organisations
above such an actor. Claims decide what is published, so this sits in claims, above sources.
Every condition is an Exists() subquery, never ``IN`` inside ``OR``, so each stays an index probe.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.expressions import RawSQL

from claims.models import Appearance, Claim, ClaimRelation, Verification
from claims.permissions import User, is_newsroom_member
from sources.models import Actor, Citation, Source

# How far up the organisation tree a named actor makes its organisations public
# (John Kirby -> the White House -> the U.S. government).
ORGANISATION_LEVELS = 3


def public_sources() -> QuerySet[Source]:
    """Sources that published claims appear in, or that published verdicts rest on."""
    return Source.objects.filter(_source_is_public("pk"))


def public_actors() -> QuerySet[Actor]:
    """
    Actors named in published material (speakers, publishers, cited actors) and the
    organisations above them, up to ORGANISATION_LEVELS; nothing only drafts mention.
    """
    condition = _actor_is_named("pk")
    members = "organisation"
    for _ in range(ORGANISATION_LEVELS):
        condition |= Q(Exists(Actor.objects.filter(_actor_is_named("pk"), **{members: OuterRef("pk")})))
        members = f"organisation__{members}"
    return Actor.objects.filter(condition)


def is_public_actor(actor_id: int) -> bool:
    """
    Whether one actor is public (as public_actors() decides) in one query that PostgreSQL plans
    in a few milliseconds: the actor, or a member of it down to ORGANISATION_LEVELS, is named.
    Filtering public_actors() by pk nests four copies of every condition instead (51 subqueries,
    60 ms to plan at any size), and an OR over the organisation joins scans every actor.
    """
    table, column = Actor._meta.db_table, Actor._meta.get_field("organisation").column
    below = RawSQL(
        f"""WITH RECURSIVE below (id, depth) AS (
              SELECT CAST(%s AS BIGINT), 0
              UNION ALL
              SELECT a.id, b.depth + 1 FROM "{table}" a JOIN below b ON a."{column}" = b.id WHERE b.depth < %s
            ) SELECT id FROM below""",
        [actor_id, ORGANISATION_LEVELS],
    )
    return Actor.objects.filter(pk__in=below).filter(_actor_is_named("pk")).exists()


def sources_visible_to(user: User | None) -> QuerySet[Source]:
    return Source.objects.all() if is_newsroom_member(user) else public_sources()


def actors_visible_to(user: User | None) -> QuerySet[Actor]:
    return Actor.objects.all() if is_newsroom_member(user) else public_actors()


def _source_is_public(ref: str) -> Q:
    appears = Appearance.objects.public().filter(source=OuterRef(ref))
    evidence = Verification.objects.public().filter(evidence=OuterRef(ref))
    return Q(Exists(appears)) | Q(Exists(evidence))


def _actor_is_named(ref: str) -> Q:
    speaks = Appearance.objects.public().filter(speaker=OuterRef(ref))
    publishes = Source.objects.filter(_source_is_public("pk"), publisher=OuterRef(ref))
    cited = Citation.objects.filter(_source_is_public("source"), cited_actor=OuterRef(ref))
    return Q(Exists(speaks)) | Q(Exists(publishes)) | Q(Exists(cited))


def touches_public_record(instance: object) -> bool:
    """
    Whether saving or deleting ``instance`` changes what readers can see, so that the site version
    and the public Last-Modified (core.freshness) must move. Drafts, verdicts in review and claims
    never published are not public, and neither are sources and actors only they mention: saving
    them must not hint at unpublished work. Costs a query for a claim, an appearance, a relation,
    a source, an actor or a citation; none for a verification; statuses and topics are public.
    """
    if isinstance(instance, Verification):
        return instance.published_at is not None  # published, superseded or withdrawn: in the record
    if isinstance(instance, Claim):
        return _ever_published(instance.pk)
    if isinstance(instance, Appearance):
        return _ever_published(instance.claim_id)
    if isinstance(instance, ClaimRelation):
        return _ever_published(instance.from_claim_id) or _ever_published(instance.to_claim_id)
    if isinstance(instance, Source):
        return public_sources().filter(pk=instance.pk).exists()
    if isinstance(instance, Actor):
        return is_public_actor(instance.pk)
    if isinstance(instance, Citation):
        return public_sources().filter(pk=instance.source_id).exists()
    return True


def _ever_published(claim_id: int | None) -> bool:
    """A verdict of the claim was published once: the claim, or its withdrawal, is in the public record."""
    if claim_id is None:
        return False
    return Verification.objects.filter(claim_id=claim_id, published_at__isnull=False).exists()
