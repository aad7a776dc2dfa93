import hashlib
import logging
from typing import cast

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseNotModified, JsonResponse
from django.middleware.http import ConditionalGetMiddleware
from django.utils.http import parse_http_date_safe, quote_etag
from rest_framework.settings import api_settings
from rest_framework.throttling import BaseThrottle

from core.db_routers import has_written, read_scope
from core.freshness import followed_site_version, site_version
from core.http import public_cache_control

logger = logging.getLogger(__name__)

NUL = "\x00"


def static_release() -> str:
    """
    Which static files this process links to: the hash of collectstatic's manifest (hashed names),
    empty without one (DEBUG). Part of the response cache key, so that a release whose stylesheet
    has a new hashed name never serves a page cached by the release before it, which links a file
    that is gone, and two releases sharing one Redis during a rolling deploy keep apart.
    """
    return getattr(staticfiles_storage, "manifest_hash", "") or ""


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


class PublicResponseCacheMiddleware:
    """
    Serve anonymous GETs of public pages and API reads from the shared cache, keyed by the site
    version (core.freshness) and the request, before sessions, authentication or any view runs.
    A hit whose ETag the client already holds is a 304 with no body; as the ETag of a cached
    response is derived from the site version and the request, that 304 is answered from the
    version alone, without reading the entry: on Redis from the version this process follows
    (core.freshness.followed_site_version), with no round trip at all. A 304 does not count against
    the API's throttle, as on GitHub's API: it costs less than a static file, which none counts.

    Only responses a view marked ``Cache-Control: public`` are stored, only for requests that
    carry no session cookie and no Authorization header, and never with cookies of their own.
    """

    TIMEOUT = 600  # seconds; a new site version makes older entries unreachable anyway
    SKIPPED_HEADERS = {"set-cookie", "x-request-id", "date"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._anonymous_read(request):
            return self.get_response(request)
        try:
            # A client holding the current version's ETag: 304 before the cache is asked anything.
            followed = followed_site_version() if request.headers.get("If-None-Match") else None
            if followed is not None and self._client_holds(request, etag := self._etag(self._key(request, followed))):
                return self._not_modified_by_version(etag)
            key = self._key(request, site_version())
            etag = request.version_etag = self._etag(key)  # VersionETagMiddleware gives it to what is rendered
            if self._client_holds(request, etag):
                return self._not_modified_by_version(etag)
            entry = cache.get(key)
        except Exception:  # the cache is down: answer as if there were no cache
            logger.warning("Response cache skipped: the cache cannot be reached.", exc_info=True)
            return self.get_response(request)
        if entry is not None:
            status, headers, content = entry
            response: HttpResponse
            if status == 200 and self._not_modified(request, headers):
                response = HttpResponseNotModified()
                for name in ("ETag", "Last-Modified", "Cache-Control", "Vary"):
                    if name in headers:
                        response[name] = headers[name]
                return response
            if self._throttled(request):
                entry = None  # let the view answer, and throttle, as it would without a cache
        if entry is not None:
            response = HttpResponse(content, status=status)
            for name, value in headers.items():
                response[name] = value
            return response
        response = self.get_response(request)
        if self._storable(response):
            headers = {k: v for k, v in response.items() if k.lower() not in self.SKIPPED_HEADERS}
            try:
                cache.set(key, (response.status_code, headers, response.content), self.TIMEOUT)
            except Exception:
                logger.warning("Response not cached: the cache cannot be reached.", exc_info=True)
        elif response.get("ETag") == etag and not response.streaming:
            # Given the version's ETag, then a cookie on the way out (a session saved): not cached,
            # so a client holding that ETag must not be told 304 from the version. Its body's own, as Django gives.
            response["ETag"] = quote_etag(hashlib.md5(response.content, usedforsecurity=False).hexdigest())
        return response

    @staticmethod
    def _etag(key: str) -> str:
        """
        The ETag of what this request is answered with under this site version: whatever renders
        it within one version renders the same bytes (that is what the response cache relies on),
        so a client holding it can be told 304 before any entry is read or anything rendered.
        Views that set their own ETag (an API detail's, which If-Match compares) keep theirs.
        """
        return '"v' + key.rsplit(":", 1)[-1][:32] + '"'

    @staticmethod
    def _client_holds(request, etag: str) -> bool:
        sent = request.headers.get("If-None-Match")
        return bool(sent) and etag in {tag.strip().removeprefix("W/") for tag in sent.split(",")}

    @staticmethod
    def _not_modified_by_version(etag: str) -> HttpResponse:
        response = HttpResponseNotModified()
        response["ETag"] = etag
        response["Cache-Control"] = public_cache_control()  # only responses marked public get this ETag
        return response

    @staticmethod
    def _not_modified(request, headers: dict) -> bool:
        etag, since = request.headers.get("If-None-Match"), request.headers.get("If-Modified-Since")
        if etag:
            return bool(headers.get("ETag")) and etag == headers["ETag"]
        stored = parse_http_date_safe(headers.get("Last-Modified", ""))
        asked = parse_http_date_safe(since or "")
        return stored is not None and asked is not None and stored <= asked

    @staticmethod
    def _throttled(request) -> bool:
        """An API hit still counts against the anonymous throttle, like a request the view answers."""
        if not request.path.startswith("/api/"):
            return False
        request.user = AnonymousUser()  # the throttles ask; AuthenticationMiddleware sets it again on a miss
        throttles = cast("list[type[BaseThrottle]]", api_settings.DEFAULT_THROTTLE_CLASSES)
        # The anonymous throttles read no view: None stands for the view that would answer.
        return any(not throttle().allow_request(request, None) for throttle in throttles)  # type: ignore[arg-type]

    @staticmethod
    def _anonymous_read(request) -> bool:
        return (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "HTTP_AUTHORIZATION" not in request.META
            and not request.path.startswith(("/admin/", "/static/", "/healthz"))
        )

    @staticmethod
    def _key(request, version: str) -> str:
        parts = [
            version,
            static_release(),
            request.get_full_path(),
            request.META.get("HTTP_ACCEPT", ""),
            request.META.get("HTTP_ACCEPT_ENCODING", ""),
            # As sent: a host Django refuses never gets past CommonMiddleware, so never into the cache.
            request.META.get("HTTP_HOST", ""),
        ]
        return "factcheck:response:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()

    @staticmethod
    def _storable(response) -> bool:
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code in (200, 404)
            and not response.streaming
            and "public" in cache_control
            and "private" not in cache_control
            and not response.cookies
        )


class VersionETagMiddleware(ConditionalGetMiddleware):
    """
    Django's ConditionalGetMiddleware, which gives a response without an ETag the MD5 of its body:
    a public response rendered for an anonymous read gets the ETag of its site version instead
    (PublicResponseCacheMiddleware put it on the request), under which it is cached and later
    answered 304 before anything is rendered. Hashing the body first was wasted: twice over six
    megabytes for a big figure's ledger. A view's own ETag (an API detail's, which If-Match
    compares) is kept, and conditional requests are answered as Django answers them.
    """

    def process_response(self, request, response):
        etag = getattr(request, "version_etag", None)
        if (
            etag
            and response.status_code == 200
            and not response.has_header("ETag")
            and PublicResponseCacheMiddleware._storable(response)
        ):
            response["ETag"] = etag
        return super().process_response(request, response)


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
