import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponseBadRequest, JsonResponse

from core.db_routers import has_written, read_scope

NUL = "\x00"


class RejectNulBytesMiddleware:
    """
    Refuse a NUL character in the path or the query string with a 400 before any view runs.
    PostgreSQL cannot compare text with NUL in it, so such a lookup would otherwise end in a
    database error (a 500) wherever a slug or a filter reaches a query.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL in request.path or any(NUL in key or NUL in value for key, value in request.GET.items()):
            message = "NUL characters are not allowed in URLs."
            if request.path.startswith("/api/"):
                return JsonResponse({"error": {"status": 400, "code": "invalid", "message": message}}, status=400)
            return HttpResponseBadRequest(message)
        return self.get_response(request)


PRIMARY_READS_COOKIE = "primary_reads"
READ_ONLY_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class ReadYourOwnWritesMiddleware:
    """
    Each request is one read scope of core.db_routers, so its reads go to a read replica until it
    writes. It reads from the primary from the start when it is itself a write (POST, PUT, PATCH,
    DELETE: what it changes is read where it is changed) or when its client wrote less than
    REPLICA_PIN_SECONDS ago, so a replica that has not replayed that write yet cannot hide it.
    A request that wrote marks its client: a browser by a cookie, an API client, which may keep
    no cookies, by a cache entry under a hash of its Authorization header. Goes before
    SessionMiddleware, so a session just written is read from the primary too.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.REPLICA_DATABASES:
            with read_scope(on_primary=True):
                return self.get_response(request)
        marker = _client_marker(request)
        on_primary = (
            request.method not in READ_ONLY_METHODS
            or PRIMARY_READS_COOKIE in request.COOKIES
            or (marker is not None and cache.get(marker) is not None)
        )
        with read_scope(on_primary=on_primary):
            response = self.get_response(request)
            wrote = has_written()
        if wrote:
            seconds = settings.REPLICA_PIN_SECONDS
            response.set_cookie(
                PRIMARY_READS_COOKIE,
                "1",
                max_age=seconds,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
            if marker is not None:
                cache.set(marker, 1, timeout=seconds)
        return response


def _client_marker(request) -> str | None:
    """The cache key that marks an API client by its credentials, which are never stored as such."""
    credentials = request.headers.get("Authorization")
    if not credentials:
        return None
    return "primary-reads:" + hashlib.sha256(credentials.encode()).hexdigest()
