"""
Who may do what with figures: the newsroom's roles (claims.roles) and claims.permissions' row rules.

Editors create and change figures, attach any claim and acknowledge findings. Reporters attach
and detach only claims they may edit (their own, until a verdict is published): attaching a
published claim changes the published record, which is an editor's call.
"""

from __future__ import annotations

from claims.permissions import ClaimRow, User, can_edit_claim

ADD_FIGURE = "figures.add_figure"
CHANGE_FIGURE = "figures.change_figure"
ADD_ESTIMATE = "figures.add_estimate"
DELETE_ESTIMATE = "figures.delete_estimate"
ACKNOWLEDGE_FINDING = "figures.change_finding"


def can_create_figure(user: User) -> bool:
    return user.has_perm(ADD_FIGURE)


def can_change_figure(user: User) -> bool:
    return user.has_perm(CHANGE_FIGURE)


def can_attach_estimate(user: User, claim: ClaimRow) -> bool:
    """Attach a claim as an estimate: editors any claim, reporters the claims they may still edit."""
    return user.has_perm(ADD_ESTIMATE) and can_edit_claim(user, claim)


def can_detach_estimate(user: User, claim: ClaimRow) -> bool:
    return user.has_perm(DELETE_ESTIMATE) and can_edit_claim(user, claim)


def can_acknowledge_finding(user: User) -> bool:
    return user.has_perm(ACKNOWLEDGE_FINDING)
