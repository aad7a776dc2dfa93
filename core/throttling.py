"""
Rate limits of HTML forms anyone can post (readers' error reports, password-reset requests): so
many per client address (core.client_address, the one rule) per period, counted in the shared
cache like the API's throttle, so every worker on every machine counts an address together.
"""

from __future__ import annotations

import logging

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle

from core.client_address import client_address

logger = logging.getLogger(__name__)


class AddressRateThrottle(SimpleRateThrottle):
    """A limit per client address; ``rate_setting`` names the setting that holds the rate ("5/hour")."""

    rate_setting = ""
    cache_format = "factcheck:throttle:%(scope)s:%(ident)s"

    def get_rate(self) -> str:
        return getattr(settings, self.rate_setting)

    def get_ident(self, request) -> str:
        return client_address(request)

    def get_cache_key(self, request, view) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}

    def allow_request(self, request, view) -> bool:
        """Counts this request. When the cache does not answer, it goes through (logged), as the API's does."""
        try:
            return super().allow_request(request, view)
        except Exception:
            logger.warning("%s skipped: the cache did not answer.", type(self).__name__, exc_info=True)
            return True

    def minutes_to_wait(self) -> int:
        return max(1, round((self.wait() or 0) / 60))
