"""
/healthz: can this process serve? For load balancers, orchestrators and uptime monitors.

Checks the database (a query) and the cache (a key written and read back) and answers 200 with
``{"database": "ok", "cache": "ok"}``, or 503 with ``"failed"`` against what failed; the reason
goes to the log, not to the (anonymous) caller. Never cached, no login, no session, exempt from
the HTTPS redirect (settings.SECURE_REDIRECT_EXEMPT). The probe must still send a Host header
that ALLOWED_HOSTS accepts.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def database_answers() -> None:
    """One query on the default database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def cache_answers() -> None:
    """Writes, reads back and deletes a key of its own (concurrent probes never share one)."""
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=30)
    if cache.get(key) != "ok":
        raise RuntimeError("the cache did not return the value just written to it")
    cache.delete(key)


CHECKS: dict[str, Callable[[], None]] = {"database": database_answers, "cache": cache_answers}


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:
            logger.exception("Health check failed: %s", name)
            results[name] = "failed"
        else:
            results[name] = "ok"
    healthy = all(result == "ok" for result in results.values())
    return JsonResponse(results, status=200 if healthy else 503)
