"""
What django-axes counts and locks, for passwords and API tokens alike, and the log line an operator
reads when it locks someone out.

A failed password counts against its (user name, client address) pair: a typing newsroom behind one
address does not lock its colleagues out, and one account cannot be guessed from one address. A
wrong API token names no account, so it counts against the address alone. Both are rows of axes'
AccessAttempt table (settings.AXES_HANDLER), shared by every worker.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from axes.signals import user_locked_out
from django.conf import settings
from django.contrib import admin
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

logger = logging.getLogger(__name__)

# The credentials a token attempt reports to axes: no user name, so the address alone is counted.
TOKEN_CREDENTIALS: dict[str, str | None] = {"username": None}


def lockout_parameters(request_or_attempt, credentials: dict | None = None) -> list:
    """settings.AXES_LOCKOUT_PARAMETERS: the pair for a password, the address for a token."""
    # Without credentials axes asks about an AccessAttempt row, which has its user name.
    username = credentials.get("username") if credentials is not None else getattr(request_or_attempt, "username", None)
    return [["username", "ip_address"]] if username else ["ip_address"]


def lockout_minutes() -> int:
    cool_off: timedelta = settings.AXES_COOLOFF_TIME
    return max(1, int(cool_off.total_seconds() // 60))


def token_attempt(request: HttpRequest) -> HttpRequest:
    """
    The request as axes should record a token attempt: its address, headers and path, without its
    body. Axes logs a failed attempt's form fields, and an API body is no sign-in form: reading it
    here could parse a large upload, or fail on a malformed one, before the 401 is sent. A separate
    object also keeps AxesMiddleware from replacing the API's JSON error with the admin's lockout page.
    """
    attempt = HttpRequest()
    attempt.META = request.META
    attempt.method = request.method
    attempt.path = request.path
    attempt.path_info = request.path_info
    return attempt


def lockout_response(request: HttpRequest, original_response=None, credentials: dict | None = None) -> HttpResponse:
    """settings.AXES_LOCKOUT_CALLABLE: the admin's "Sign-in locked" page, a 429, in the admin's frame."""
    context = {
        **admin.site.each_context(request),
        "username": (credentials or {}).get("username") or "",
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": lockout_minutes(),
    }
    return render(request, "registration/locked_out.html", context, status=429)


@receiver(user_locked_out)
def log_lockout(sender, request=None, username=None, ip_address=None, **kwargs) -> None:
    """One line that says who is locked out, from where, until when, and how to unlock them."""
    how = f"axes_reset_username {username}" if username else f"axes_reset_ip {ip_address}"
    logger.warning(
        "Locked out %s from %s for %d minutes after %d failed sign-ins; to unlock now: manage.py %s",
        f"user {username!r}" if username else "API token authentication",
        ip_address,
        lockout_minutes(),
        settings.AXES_FAILURE_LIMIT,
        how,
    )
