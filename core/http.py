"""
HTTP helpers for the public site: canonical absolute URLs, cache headers and conditional GETs,
and the template context every page shares.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cache, wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template import RequestContext
from django.template.loader import get_template
from django.utils.cache import patch_cache_control
from django.views.decorators.http import condition

# Anonymous public responses: browsers keep them a minute; shared caches (a CDN) five minutes,
# and may serve a stale copy for a minute while they revalidate (a 304 from the app's cache).
# Within the app, a publish is visible at once: cached responses are keyed by the site version.
PUBLIC_CACHE = {"public": True, "max_age": 60, "s_maxage": 300, "stale_while_revalidate": 60}


@cache
def public_cache_control() -> str:
    """PUBLIC_CACHE as a Cache-Control value, for a response that has none yet (written once)."""
    response = HttpResponse()
    patch_cache_control(response, **PUBLIC_CACHE)
    return response["Cache-Control"]


def absolute(path: str) -> str:
    """A canonical absolute URL on the public site, the same whichever host name a request used."""
    return f"{settings.FACTCHECK_SITE_URL}{path}"


def site_scheme() -> str:
    """``https`` (or ``http`` on a demo) from FACTCHECK_SITE_URL."""
    return urlsplit(settings.FACTCHECK_SITE_URL).scheme


def site_host() -> str:
    """The host, with its port if it has one, from FACTCHECK_SITE_URL."""
    return urlsplit(settings.FACTCHECK_SITE_URL).netloc


def public_page(*, last_modified: Callable[..., datetime | None]):
    """
    Decorate a public view: Last-Modified from ``last_modified(request, *args, **kwargs)`` and a
    304 answer to If-Modified-Since before any rendering (ETags come from ConditionalGetMiddleware);
    shared caches may keep anonymous pages for a few minutes, never a logged-in member's.
    """

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        conditional = condition(last_modified_func=last_modified)(view)

        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            response = conditional(request, *args, **kwargs)
            set_cache_headers(request, response)
            return response

        return wrapped

    return decorator


def render_freed(request: HttpRequest, template_name: str, context: dict) -> HttpResponse:
    """
    django.shortcuts.render() for a page whose context holds thousands of objects (a figure's
    ledger), freed as soon as the page is written. A RequestContext points at itself (through the
    ContextDicts it pushes for the context processors), so render() leaves its context to the
    cycle collector, which then walks everything in it: for a ledger of ten thousand estimates,
    12 ms of its page. Here the cycle is cut after rendering and reference counting frees it all.
    """
    template = get_template(template_name).template  # type: ignore[attr-defined]  # Django's own backend
    request_context = RequestContext(request, context)
    try:
        return HttpResponse(template.render(request_context))
    finally:
        request_context.dicts.clear()


def site_context(request: HttpRequest) -> dict[str, str]:
    """Template context for every page: who publishes the site, and where."""
    return {"site_name": settings.FACTCHECK_ORGANISATION_NAME, "site_url": settings.FACTCHECK_SITE_URL}


def set_cache_headers(request: HttpRequest, response: HttpResponse) -> None:
    """Public and cacheable for anonymous readers; private and revalidated for members."""
    if getattr(request, "user", None) is not None and request.user.is_authenticated:
        patch_cache_control(response, private=True, no_cache=True)
    elif response.status_code == 200:
        patch_cache_control(response, **PUBLIC_CACHE)
