"""API token authentication that django-axes watches, as it watches the admin's password form."""

from __future__ import annotations

from axes.handlers.proxy import AxesProxyHandler
from django.contrib.auth.signals import user_login_failed
from rest_framework import exceptions, status
from rest_framework.authentication import TokenAuthentication, get_authorization_header

from accounts.lockout import TOKEN_CREDENTIALS, lockout_minutes, token_attempt


class LockedOut(exceptions.APIException):
    """429 in the API's error shape, with Retry-After: too many wrong tokens from this address."""

    status_code = status.HTTP_429_TOO_MANY_REQUESTS
    default_code = "locked_out"

    def __init__(self) -> None:
        minutes = lockout_minutes()
        super().__init__(
            f"Too many failed sign-ins from this address: token authentication is locked for {minutes} minutes "
            "from the last failure. Check the token you send, or ask an administrator to unlock the address."
        )
        self.wait = minutes * 60  # DRF's exception handler turns it into Retry-After


class LockoutTokenAuthentication(TokenAuthentication):
    """
    DRF's ``Authorization: Token <key>``, refused while the client's address is locked out, and
    with each wrong or malformed token counted as a failed sign-in (settings.AXES_FAILURE_LIMIT).
    The lockout is checked before the key, so a right key found by guessing is refused too.

    Costs one query on axes' attempts table per request that sends a token.
    """

    def authenticate(self, request):
        header = get_authorization_header(request).split()
        if not header or header[0].lower() != self.keyword.lower().encode():
            return None  # no token: nothing to count
        attempt = token_attempt(request._request)
        if not AxesProxyHandler.is_allowed(attempt, TOKEN_CREDENTIALS):
            raise LockedOut()
        try:
            return super().authenticate(request)
        except exceptions.AuthenticationFailed:
            user_login_failed.send(sender=type(self), credentials=TOKEN_CREDENTIALS, request=attempt)
            if getattr(attempt, "axes_locked_out", False):
                raise LockedOut() from None
            raise
