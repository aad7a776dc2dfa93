"""
Who may do what: the one place the newsroom's policy is written.

Roles (claims.roles) grant model permissions; these predicates combine them with the row when
the row matters (own work, workflow state). Querysets, filters, DRF permissions, the admin and
the services all ask here, so a rule changes in one place.
"""

from __future__ import annotations

from typing import Any, Protocol

from django.contrib.auth import models as auth

# Whoever asks, as request.user is: an account of the project's user model, or an anonymous visitor.
User = auth.User | auth.AnonymousUser


class WorkflowRow(Protocol):
    """What the policy reads of a verification or a claim revision (this module sits below the models)."""

    state: str
    author_id: Any


class ClaimRow(Protocol):
    """What the policy reads of a claim: its owner, and whether a verdict on it was ever published."""

    created_by_id: Any
    first_published_at: Any


# Seeing unpublished work: every newsroom role has these, and nobody outside the newsroom does.
NEWSROOM_VIEW = (
    "sources.view_source",
    "sources.view_actor",
    "claims.view_claim",
    "claims.view_appearance",
    "claims.view_verification",
)
ADD_VERIFICATION = "claims.add_verification"
CHANGE_VERIFICATION = "claims.change_verification"
PUBLISH = "claims.publish_verification"
WITHDRAW = "claims.withdraw_verification"
CHANGE_CLAIM = "claims.change_claim"
RENAME_PUBLISHED_CLAIM = "claims.rename_published_claim"
DECIDE_SUGGESTIONS = ("claims.add_claim", "claims.add_appearance")
IMPORT_ARTICLES = ("sources.add_source", *DECIDE_SUGGESTIONS)


def is_newsroom_member(user: User | None) -> bool:
    """A member sees drafts and work in review; everyone else sees the published record only."""
    return bool(user and user.is_authenticated and user.is_active and user.has_perms(NEWSROOM_VIEW))


def can_publish(user: User) -> bool:
    """Editors: review, publish and send back others' verifications."""
    return user.has_perm(PUBLISH)


def can_withdraw(user: User) -> bool:
    """Chief editors: withdraw a published verdict."""
    return user.has_perm(WITHDRAW)


def can_write_verifications(user: User) -> bool:
    return user.has_perm(ADD_VERIFICATION)


def can_edit_verification(user: User, verification: WorkflowRow) -> bool:
    """Drafts are edited by their author or an editor; work in review only by an editor; published never."""
    if not user.has_perm(CHANGE_VERIFICATION):
        return False
    if verification.state == "draft":
        return verification.author_id == user.pk or can_publish(user)
    if verification.state == "in_review":
        return can_publish(user) and verification.author_id != user.pk
    return False


def can_edit_claim(user: User, claim: ClaimRow) -> bool:
    """
    Editors edit any claim; reporters only their own, and only until a verdict on it is published.
    A claim's appearances follow the same rule. On a claim on the record even an editor changes the
    public wording only through a reviewed revision, and the slug only by a chief editor's rename
    (claims.services says which fields).
    """
    if not user.has_perm(CHANGE_CLAIM):
        return False
    if can_publish(user):
        return True
    return claim.created_by_id == user.pk and claim.first_published_at is None


def can_propose_wording(user: User) -> bool:
    """Anyone who may edit claims may draft a change of a published claim's wording; another editor publishes it."""
    return user.has_perm(CHANGE_CLAIM)


def can_rename_published_claim(user: User) -> bool:
    """Chief editors: give a published claim a new slug; the old address keeps answering with a redirect."""
    return user.has_perm(RENAME_PUBLISHED_CLAIM)


def can_decide_suggestions(user: User) -> bool:
    """Reporters and above: accept, merge or reject what extraction found."""
    return user.is_authenticated and user.has_perms(DECIDE_SUGGESTIONS)


def can_import_articles(user: User) -> bool:
    return user.is_authenticated and user.has_perms(IMPORT_ARTICLES)
