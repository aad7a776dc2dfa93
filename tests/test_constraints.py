"""
Every named database constraint refuses a violating row twice over: the database raises
IntegrityError when code bypasses validation, and full_clean() (what admin forms, the API
and commands call) raises a ValidationError with a message an editor can act on.
"""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from claims.models import (
    Appearance,
    Claim,
    ClaimRelation,
    ClaimRevision,
    ClaimSlugRedirect,
    Status,
    Topic,
    Verification,
)
from sources.models import Actor, Citation, Source
from tests.factories import (
    make_actor,
    make_appearance,
    make_claim,
    make_organisation,
    make_published_verification,
    make_source,
    make_topic,
    make_user,
    make_verification,
    status,
)

pytestmark = pytest.mark.django_db


def claim(**fields):
    fields.setdefault("statement", "North Korea sent troops.")
    fields.setdefault("slug", "north-korea-sent-troops")
    return Claim(
        **{k: Decimal(v) if k in {"value", "lower", "upper"} and v is not None else v for k, v in fields.items()}
    )


def actor_own_organisation():
    org = make_organisation()
    org.organisation_id = org.pk
    return org


def actor_of_unknown_kind():
    return Actor(name="Someone", slug="someone", kind="robot")


def duplicate_topic_slug():
    make_topic(slug="war")
    return Topic(name="The war", slug="war")


def duplicate_topic_name():
    make_topic(name="War")
    return Topic(name="War", slug="war-2")


def duplicate_status_label():
    return Status(slug="corroborated-2", label="Corroborated", rating_value=4)


def duplicate_actor_slug():
    make_actor(slug="kirby")
    return Actor(name="Another Kirby", slug="kirby")


def duplicate_source_slug():
    make_source(slug="briefing")
    return Source(title="Briefing", slug="briefing")


def duplicate_source_url():
    make_source(url="https://example.org/a")
    return Source(title="Same page", slug="same-page", url="https://example.org/a")


def duplicate_source_text():
    make_source(text="About 12,000 troops were committed.")
    return Source(title="The same words", slug="same-words", text="About 12,000 troops were committed.")


def source_own_snapshot():
    source = make_source()
    source.replaced_by = source
    return source


def unknown_source_kind():
    return Source(title="T", slug="t", kind="rumour")


def citation_with_two_targets():
    source = make_source()
    return Citation(source=source, cited_actor=make_actor(), cited_source=make_source())


def citation_without_target():
    return Citation(source=make_source())


def citation_of_itself():
    source = make_source()
    return Citation(source=source, cited_source=source)


def duplicate_actor_citation():
    source, actor = make_source(), make_actor()
    Citation.objects.create(source=source, cited_actor=actor)
    return Citation(source=source, cited_actor=actor)


def duplicate_source_citation():
    source, cited = make_source(), make_source()
    Citation.objects.create(source=source, cited_source=cited)
    return Citation(source=source, cited_source=cited)


def duplicate_claim_slug():
    make_claim(slug="twelve-thousand")
    return claim(slug="twelve-thousand")


def duplicate_appearance():
    appearance = make_appearance()
    return Appearance(claim=appearance.claim, source=appearance.source, quote=appearance.quote)


def appearance_with_one_offset():
    source = make_source(text="They said about 3,000 were trained.")
    return Appearance(claim=make_claim(), source=source, quote="about 3,000", start=10)


def appearance_offsets_not_spanning_quote():
    source = make_source(text="They said about 3,000 were trained.")
    return Appearance(claim=make_claim(), source=source, quote="about 3,000", start=10, end=12)


def appearance_without_quote():
    return Appearance(claim=make_claim(), source=make_source(), quote="")


def appearance_with_unknown_stance():
    return Appearance(claim=make_claim(), source=make_source(), quote="q", stance="shrugs")


def appearance_with_unknown_date_precision():
    return Appearance(
        claim=make_claim(),
        source=make_source(),
        quote="q",
        stated_on=datetime.date(2024, 10, 5),
        stated_precision="fortnight",
    )


def relation_to_itself():
    c = make_claim()
    return ClaimRelation(from_claim=c, to_claim=c, kind=ClaimRelation.Kind.SAME_AS)


def duplicate_relation():
    a, b = make_claim(), make_claim()
    ClaimRelation.objects.create(from_claim=a, to_claim=b, kind=ClaimRelation.Kind.PART_OF)
    return ClaimRelation(from_claim=a, to_claim=b, kind=ClaimRelation.Kind.PART_OF)


def relation_of_unknown_kind():
    return ClaimRelation(from_claim=make_claim(), to_claim=make_claim(), kind="rhymes_with")


def status_with_inverted_scale():
    return Status(slug="odd", label="Odd", rating_value=3, best_rating=3, worst_rating=3)


def status_value_outside_scale():
    return Status(slug="odd", label="Odd", rating_value=9, best_rating=5, worst_rating=1)


def duplicate_status_slug():
    return Status(slug="corroborated", label="Corroborated again", rating_value=4)


def second_published_verdict():
    published = make_published_verification()
    return Verification(
        claim=published.claim,
        status=status(),
        rationale="r",
        author=make_user(),
        reviewer=make_user(),
        state=Verification.State.PUBLISHED,
        published_at=timezone.now(),
    )


def published_without_reviewer():
    return Verification(
        claim=make_claim(),
        status=status(),
        rationale="r",
        author=make_user(),
        state=Verification.State.PUBLISHED,
        published_at=timezone.now(),
    )


def withdrawn_without_time():
    return Verification(
        claim=make_claim(), status=status(), rationale="r", author=make_user(), state=Verification.State.WITHDRAWN
    )


def reviewed_by_author():
    user = make_user()
    return Verification(claim=make_claim(), status=status(), rationale="r", author=user, reviewer=user)


def correction_without_note():
    previous = make_published_verification()
    return Verification(claim=previous.claim, status=status(), rationale="r", author=make_user(), supersedes=previous)


def verification_without_rationale():
    return Verification(claim=make_claim(), status=status(), rationale="", author=make_user())


def verification_with_unknown_state():
    return Verification(claim=make_claim(), status=status(), rationale="r", author=make_user(), state="lost")


def verification_superseding_itself():
    v = make_verification()
    v.supersedes_id = v.pk
    v.correction_note = "note"
    return v


CASES = [
    ("sources_actor_not_own_organisation", actor_own_organisation, "own organisation"),
    ("sources_actor_unique_slug", duplicate_actor_slug, "already exists"),
    ("sources_actor_kind_valid", actor_of_unknown_kind, "valid choice"),
    ("claims_topic_unique_slug", duplicate_topic_slug, "already exists"),
    ("claims_topic_unique_name", duplicate_topic_name, "already exists"),
    ("claims_status_unique_label", duplicate_status_label, "already exists"),
    ("sources_source_unique_slug", duplicate_source_slug, "already exists"),
    ("sources_source_unique_url", duplicate_source_url, "already exists"),
    ("sources_source_unique_text", duplicate_source_text, "exactly this text already exists"),
    ("sources_source_not_own_snapshot", source_own_snapshot, "earlier snapshot of itself"),
    ("sources_source_kind_valid", unknown_source_kind, "valid choice"),
    ("sources_citation_exactly_one_target", citation_with_two_targets, "not both or neither"),
    ("sources_citation_exactly_one_target", citation_without_target, "not both or neither"),
    ("sources_citation_not_self", citation_of_itself, "cannot cite itself"),
    ("sources_citation_unique_actor", duplicate_actor_citation, "already cites that actor"),
    ("sources_citation_unique_source", duplicate_source_citation, "already cites that source"),
    ("claims_claim_unique_slug", duplicate_claim_slug, "already exists"),
    ("claims_claim_statement_not_empty", lambda: claim(statement=""), "cannot be blank"),
    ("claims_claim_qualifier_valid", lambda: claim(value=3, unit="troops", qualifier="roughly"), "valid choice"),
    ("claims_claim_quantity_complete", lambda: claim(value=3000, unit="troops"), "how firmly"),
    ("claims_claim_quantity_complete", lambda: claim(value=3000, qualifier="approximately"), "what the figure counts"),
    ("claims_claim_quantity_complete", lambda: claim(multiplier=2), "needs a quantity to multiply"),
    (
        "claims_claim_lower_le_value",
        lambda: claim(value=3000, lower=3500, upper=4000, qualifier="approximately", unit="troops"),
        "lower bound cannot be above the value",
    ),
    (
        "claims_claim_value_le_upper",
        lambda: claim(value=3000, lower=2000, upper=2500, qualifier="approximately", unit="troops"),
        "value cannot be above the upper bound",
    ),
    (
        "claims_claim_bounds_ordered",
        lambda: claim(lower=5000, upper=4000, qualifier="range", unit="troops"),
        "lower bound cannot be above the upper bound",
    ),
    (
        "claims_claim_exact_bounds_equal_value",
        lambda: claim(value=3, lower=2, qualifier="exact", unit="sites"),
        "both bounds equal the value",
    ),
    (
        "claims_claim_qualifier_needs_value",
        lambda: claim(lower=10, upper=20, qualifier="approximately", unit="days"),
        "need a value",
    ),
    ("claims_claim_at_least_has_lower", lambda: claim(upper=10, qualifier="at_least", unit="days"), "'At least' needs"),
    ("claims_claim_range_has_bounds", lambda: claim(lower=10, qualifier="range", unit="days"), "both a lower"),
    ("claims_claim_at_most_has_upper", lambda: claim(lower=10, qualifier="at_most", unit="days"), "'At most' needs"),
    (
        "claims_claim_multiplier_positive",
        lambda: claim(value=6000, qualifier="exact", unit="soldiers", multiplier=0),
        "1 or more",
    ),
    ("claims_appearance_unique_quote", duplicate_appearance, "already recorded"),
    # Validation re-anchors offsets from the snapshot, so only code that bypasses it can break these two.
    ("claims_appearance_offsets_paired", appearance_with_one_offset, None),
    ("claims_appearance_offsets_match_quote", appearance_offsets_not_spanning_quote, None),
    ("claims_appearance_quote_not_empty", appearance_without_quote, "cannot be blank"),
    ("claims_appearance_stance_valid", appearance_with_unknown_stance, "valid choice"),
    ("claims_appearance_stated_precision_valid", appearance_with_unknown_date_precision, "valid choice"),
    ("claims_relation_not_self", relation_to_itself, "cannot be related to itself"),
    ("claims_relation_unique", duplicate_relation, "already related"),
    ("claims_relation_kind_valid", relation_of_unknown_kind, "valid choice"),
    ("claims_status_rating_scale_ordered", status_with_inverted_scale, "worst rating must be below"),
    ("claims_status_rating_in_scale", status_value_outside_scale, "must lie between"),
    ("claims_status_unique_slug", duplicate_status_slug, "already exists"),
    ("claims_verification_one_published_per_claim", second_published_verdict, "already has a published verdict"),
    ("claims_verification_published_reviewed", published_without_reviewer, "needs its reviewer"),
    ("claims_verification_withdrawn_explained", withdrawn_without_time, "withdrawal time and reason"),
    ("claims_verification_reviewer_not_author", reviewed_by_author, "their own"),
    ("claims_verification_correction_has_note", correction_without_note, "correction note"),
    ("claims_verification_rationale_not_empty", verification_without_rationale, "cannot be blank"),
    ("claims_verification_state_valid", verification_with_unknown_state, "Unknown workflow state"),
    ("claims_verification_not_superseding_self", verification_superseding_itself, "cannot replace itself"),
]


def revision(**fields):
    fields.setdefault("statement", "North Korea sent about 3,000 troops.")
    fields.setdefault("claim_reviewed", "North Korean troops sent")
    fields = {k: Decimal(v) if k in {"value", "lower", "upper"} and v is not None else v for k, v in fields.items()}
    return ClaimRevision(claim=fields.pop("claim", None) or make_claim(), author=make_user(), **fields)


def second_open_revision():
    first = revision()
    first.save()
    return revision(claim=first.claim)


def revision_published_without_reviewer():
    return revision(state=ClaimRevision.State.PUBLISHED, published_at=timezone.now())


def revision_reviewed_by_author():
    r = revision()
    r.reviewer = r.author
    return r


def duplicate_slug_redirect():
    ClaimSlugRedirect.objects.create(old_slug="old-address", claim=make_claim())
    return ClaimSlugRedirect(old_slug="old-address", claim=make_claim())


CASES += [
    ("claims_claimrevision_state_valid", lambda: revision(state="lost"), "Unknown revision state"),
    ("claims_claimrevision_one_open_per_claim", second_open_revision, "already has a wording change waiting"),
    ("claims_claimrevision_published_reviewed", revision_published_without_reviewer, "needs its reviewer"),
    ("claims_claimrevision_reviewer_not_author", revision_reviewed_by_author, "their own"),
    ("claims_claimrevision_statement_not_empty", lambda: revision(statement=""), "cannot be blank"),
    ("claims_slugredirect_unique_old_slug", duplicate_slug_redirect, "already redirects"),
    # A revision stores a quantity as a claim does (QuantityFields), under the same named constraints.
    ("claims_claimrevision_qualifier_valid", lambda: revision(value=3, unit="troops", qualifier="roughly"), "valid"),
    ("claims_claimrevision_quantity_complete", lambda: revision(value=3000, unit="troops"), "how firmly"),
    (
        "claims_claimrevision_lower_le_value",
        lambda: revision(value=3000, lower=3500, upper=4000, qualifier="approximately", unit="troops"),
        "lower bound cannot be above the value",
    ),
    (
        "claims_claimrevision_value_le_upper",
        lambda: revision(value=3000, lower=2000, upper=2500, qualifier="approximately", unit="troops"),
        "value cannot be above the upper bound",
    ),
    (
        "claims_claimrevision_bounds_ordered",
        lambda: revision(lower=5000, upper=4000, qualifier="range", unit="troops"),
        "lower bound cannot be above the upper bound",
    ),
    (
        "claims_claimrevision_exact_bounds_equal_value",
        lambda: revision(value=3, lower=2, qualifier="exact", unit="sites"),
        "both bounds equal the value",
    ),
    (
        "claims_claimrevision_qualifier_needs_value",
        lambda: revision(lower=10, upper=20, qualifier="approximately", unit="days"),
        "need a value",
    ),
    ("claims_claimrevision_at_least_has_lower", lambda: revision(upper=10, qualifier="at_least", unit="d"), "At least"),
    ("claims_claimrevision_range_has_bounds", lambda: revision(lower=10, qualifier="range", unit="d"), "both a lower"),
    ("claims_claimrevision_at_most_has_upper", lambda: revision(lower=10, qualifier="at_most", unit="d"), "At most"),
    (
        "claims_claimrevision_multiplier_positive",
        lambda: revision(value=6000, qualifier="exact", unit="soldiers", multiplier=0),
        "1 or more",
    ),
]
IDS = [f"{name}-{build.__name__ if build.__name__ != '<lambda>' else i}" for i, (name, build, _) in enumerate(CASES)]


@pytest.mark.parametrize(("constraint", "build", "message"), CASES, ids=IDS)
def test_it_refuses_the_row_in_the_database(constraint, build, message):
    row = build()
    with pytest.raises(IntegrityError) as excinfo, transaction.atomic():
        row.save()
    if connection.vendor == "postgresql" or "CHECK" in str(excinfo.value):
        assert constraint in str(excinfo.value)


@pytest.mark.parametrize(
    ("constraint", "build", "message"),
    [c for c in CASES if c[2]],
    ids=[i for c, i in zip(CASES, IDS, strict=True) if c[2]],
)
def test_it_refuses_the_row_with_a_clear_message(constraint, build, message):
    row = build()
    with pytest.raises(ValidationError) as excinfo:
        row.full_clean()
    assert message in " ".join(excinfo.value.messages)


@pytest.mark.parametrize("build", [appearance_with_one_offset, appearance_offsets_not_spanning_quote])
def test_it_repairs_inconsistent_offsets_from_the_snapshot_on_validation(build):
    appearance = build()
    appearance.full_clean()
    appearance.save()
    assert (appearance.start, appearance.end) == (10, 21)
    assert appearance.source.text[appearance.start : appearance.end] == "about 3,000"


def test_it_names_every_constraint_it_declares():
    """A new constraint without a case above fails here, so none goes untested."""
    from django.apps import apps

    declared = {
        c.name
        for app in ("sources", "claims")
        for model in apps.get_app_config(app).get_models()
        for c in model._meta.constraints
    }
    assert declared == {name for name, _, _ in CASES}


def test_it_refuses_nul_bytes_in_text_with_a_field_error():
    source = Source(title="Clean", slug="clean", text="before\x00after")
    with pytest.raises(ValidationError) as excinfo:
        source.full_clean()
    assert "text" in excinfo.value.message_dict
