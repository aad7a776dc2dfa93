"""
Small factories for test data. Each builds a valid row with sensible defaults and saves it;
pass keyword arguments to set what the test is about. Tests never rely on the seed data.
"""

import itertools
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from claims.models import Appearance, Claim, ClaimRelation, Status, Topic, Verification
from claims.search import refresh_search
from figures.models import Estimate, Figure
from sources.models import Actor, Citation, Source

_seq = itertools.count(1)


def _n() -> int:
    return next(_seq)


def make_user(username: str | None = None, **fields):
    return get_user_model().objects.create_user(
        username=username or f"user{_n()}", password=fields.pop("password", "pw"), **fields
    )


def make_member(username: str, role: str | None):
    """A staff user in one of the newsroom's role groups (claims.roles), or in none."""
    user = make_user(username, is_staff=True, first_name=username.replace("_", " ").title())
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


def make_actor(**fields) -> Actor:
    n = _n()
    fields.setdefault("name", f"Actor {n}")
    fields.setdefault("slug", f"actor-{n}")
    return Actor.objects.create(**fields)


def make_organisation(**fields) -> Actor:
    return make_actor(kind=Actor.Kind.ORGANISATION, **fields)


def make_source(**fields) -> Source:
    n = _n()
    fields.setdefault("title", f"Source {n}")
    fields.setdefault("slug", f"source-{n}")
    fields.setdefault("published_at", timezone.now())
    return Source.objects.create(**fields)


def make_citation(source: Source, **fields) -> Citation:
    if "cited_source" not in fields and "cited_actor" not in fields:
        fields["cited_actor"] = make_organisation()
    return Citation.objects.create(source=source, **fields)


def make_topic(**fields) -> Topic:
    n = _n()
    fields.setdefault("name", f"Topic {n}")
    fields.setdefault("slug", f"topic-{n}")
    return Topic.objects.create(**fields)


def confirmer():
    """Who confirmed factory claims' statements, as a person does when writing one (claims.checklist asks for it)."""
    user, _ = get_user_model().objects.get_or_create(username="factory_confirmer")
    return user


def make_claim(**fields) -> Claim:
    """A claim as a person writes it: its statement confirmed, with a short claim_reviewed text."""
    n = _n()
    fields.setdefault("statement", f"Claim number {n} is checkable.")
    fields.setdefault("slug", f"claim-{n}")
    fields.setdefault("claim_reviewed", f"Claim number {n}")
    if "statement_confirmed_by" not in fields:
        fields["statement_confirmed_by"] = confirmer()
    for key in ("value", "lower", "upper"):
        if fields.get(key) is not None:
            fields[key] = Decimal(str(fields[key]))
    claim = Claim.objects.create(**fields)
    refresh_search([claim.pk])  # as claim_create does
    return claim


def make_checkable_claim(**fields) -> Claim:
    """
    A claim a verdict may be published on (claims.checklist): make_claim's confirmed statement and
    'claim reviewed' text, and an appearance that names its claimant.
    """
    claim = make_claim(**fields)
    make_appearance(claim, speaker=make_actor())
    return claim


def make_appearance(claim: Claim | None = None, source: Source | None = None, **fields) -> Appearance:
    claim = claim or make_claim()
    quote = fields.setdefault("quote", f"words number {_n()}")
    source = source or make_source(text=f"Before the quote, {quote}, after the quote.")
    appearance = Appearance.objects.create(claim=claim, source=source, **fields)
    refresh_search([claim.pk])  # as appearance_create does
    return appearance


def status(slug: str = "corroborated") -> Status:
    """A status of the default vocabulary, which a data migration creates."""
    return Status.objects.get(slug=slug)


def make_verification(claim: Claim | None = None, **fields) -> Verification:
    fields.setdefault("status", status())
    fields.setdefault("rationale", "Because the evidence says so.")
    if "author" not in fields:
        fields["author"] = make_user()
    return Verification.objects.create(claim=claim or make_claim(), **fields)


def make_published_verification(claim: Claim | None = None, **fields) -> Verification:
    """A published verdict, and its claim's place in the public record, as verification_publish leaves them."""
    fields.setdefault("reviewer", make_user())
    fields.setdefault("published_at", timezone.now())
    fields.setdefault("submitted_at", fields["published_at"])
    verification = make_verification(claim, state=Verification.State.PUBLISHED, **fields)
    claim = verification.claim
    claim.checked_at = verification.published_at
    claim.first_published_at = claim.first_published_at or verification.published_at
    Claim.objects.filter(pk=claim.pk).update(checked_at=claim.checked_at, first_published_at=claim.first_published_at)
    Appearance.objects.filter(claim=claim).update(claim_checked_at=claim.checked_at)  # its copy, likewise
    return verification


def make_relation(from_claim: Claim, to_claim: Claim, kind=ClaimRelation.Kind.PART_OF) -> ClaimRelation:
    return ClaimRelation.objects.create(from_claim=from_claim, to_claim=to_claim, kind=kind)


def make_figure(**fields) -> Figure:
    """A figure to track (figures.models.Figure), in troops unless told otherwise."""
    n = _n()
    fields.setdefault("name", f"Figure {n}")
    fields.setdefault("slug", f"figure-{n}")
    fields.setdefault("unit", "troops")
    return Figure.objects.create(**fields)


def make_estimate(
    figure, *, speaker: Actor | None = None, value=None, day=None, published: bool = True, **fields
) -> Claim:
    """
    A claim of ``value`` troops (about, unless ``qualifier`` says otherwise) said by ``speaker`` on
    ``day``, published unless told not to, attached to ``figure``. Extra fields go to the claim
    (``lower``, ``upper``, ``unit``, ``multiplier``, ``statement``) or the appearance (``stance``).
    """
    appearance_fields = {key: fields.pop(key) for key in ("stance", "date_note", "source") if key in fields}
    fields.setdefault("qualifier", "approximately")
    fields.setdefault("unit", figure.unit)
    claim = make_claim(value=value, **fields)
    make_appearance(claim, speaker=speaker or make_actor(), stated_on=day, **appearance_fields)
    if published:
        make_published_verification(claim)
    Estimate.objects.create(claim=claim, figure=figure)
    return claim
