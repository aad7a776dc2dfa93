"""
The rate limit of error reports: so many per client address per period (ERROR_REPORT_RATE,
default 5/hour), counted in the shared cache like the API's throttle, so every worker on every
machine counts the same address together.
"""

from __future__ import annotations

import logging

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle

from core.client_address import client_address

logger = logging.getLogger(__name__)


class ErrorReportThrottle(SimpleRateThrottle):
    scope = "error_reports"
    cache_format = "factcheck:throttle:%(scope)s:%(ident)s"

    def get_rate(self) -> str:
        return settings.ERROR_REPORT_RATE

    def get_ident(self, request) -> str:
        # The one rule (TRUSTED_PROXY_COUNT) that the API throttle and sign-in lockouts use too.
        return client_address(request)

    def get_cache_key(self, request, view) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}

    def allow_request(self, request, view) -> bool:
        """Counts this request. When the cache does not answer, it goes through (logged), as the API's does."""
        try:
            return super().allow_request(request, view)
        except Exception:
            logger.warning("Error report throttle skipped: the cache did not answer.", exc_info=True)
            return True
