"""Who may do what with transparency pages and error reports (granted by the roles in claims.roles)."""

from __future__ import annotations

from claims.permissions import User

HANDLE_REPORTS = "trust.change_errorreport"  # editors and chief editors: triage, resolve, reject, correct
EDIT_PAGES = ("trust.change_transparencypage", "trust.change_teammember")  # chief editors


def can_handle_reports(user: User) -> bool:
    return user.is_authenticated and user.is_active and user.has_perm(HANDLE_REPORTS)
