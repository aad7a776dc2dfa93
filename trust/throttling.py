"""The rate limit of error reports: so many per client address per period (ERROR_REPORT_RATE, default 5/hour)."""

from __future__ import annotations

from core.throttling import AddressRateThrottle


class ErrorReportThrottle(AddressRateThrottle):
    scope = "error_reports"
    rate_setting = "ERROR_REPORT_RATE"
