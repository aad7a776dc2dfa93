"""
Rate limits of HTML forms anyone can post (readers' error reports, password-reset requests): so
many per client address (core.client_address, the one rule) per period, counted in the shared
cache, so every worker on every machine counts an address together. The API's anonymous throttle
(core.api) counts the same way: ``FixedWindowCount`` is the one rule for both.
"""

from __future__ import annotations

import logging

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle

from core.cache import count_in_window
from core.client_address import client_address

logger = logging.getLogger(__name__)


class FixedWindowCount:
    """
    For DRF throttles: count per client address (core.client_address: a spoofed X-Forwarded-For
    is not a new client) in fixed windows, a counter per client that starts again ``duration``
    seconds after its first request, in one round trip (DRF's own keeps the time of every request
    in a list read and written back whole). When the cache does not answer, the request goes
    through and the failure is logged: a rate limiter that is down must not turn requests into 500s.
    """

    num_requests: int  # set by DRF from the rate; the stubs do not declare them
    duration: int

    def get_ident(self, request) -> str:
        return client_address(request)

    def allow_request(self, request, view) -> bool:
        try:
            if self.rate is None or (key := self.get_cache_key(request, view)) is None:  # type: ignore[attr-defined]
                return True
            count, self.seconds_left = count_in_window(self.cache, key, self.duration)  # type: ignore[attr-defined]
        except Exception:  # any client error of any cache backend
            logger.warning("%s skipped: the cache did not answer.", type(self).__name__, exc_info=True)
            return True
        return count <= self.num_requests

    def wait(self) -> float:
        return getattr(self, "seconds_left", self.duration)


class AddressRateThrottle(FixedWindowCount, SimpleRateThrottle):
    """A limit per client address; ``rate_setting`` names the setting that holds the rate ("5/hour")."""

    rate_setting = ""
    cache_format = "factcheck:throttle:%(scope)s:%(ident)s"

    def get_rate(self) -> str:
        return getattr(settings, self.rate_setting)

    def get_cache_key(self, request, view) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}

    def minutes_to_wait(self) -> int:
        return max(1, round((self.wait() or 0) / 60))
