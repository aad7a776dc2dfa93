"""
The one rule for who a request comes from: the address that the API throttles count and that
sign-in lockouts (django-axes, ``AXES_CLIENT_IP_CALLABLE``) record.

With ``TRUSTED_PROXY_COUNT`` = 0 (the default) it is ``REMOTE_ADDR``, and X-Forwarded-For is
ignored: anyone can send that header. Behind N proxies that each append the address they were
called from, it is the N-th address from the right of X-Forwarded-For, the one the outermost
trusted proxy saw; whatever a client wrote to the left of it is ignored. This is DRF's rule for
``NUM_PROXIES``, which the settings set to the same number.
"""

from __future__ import annotations

import ipaddress

from django.http import HttpRequest
from rest_framework.throttling import BaseThrottle

_KEPT_AS = "factcheck.client_address"  # namespaced, as WSGI asks of keys a server or app adds


def client_address(request: HttpRequest) -> str:
    """
    The client's IP address by DRF's ``NUM_PROXIES`` rule (settings.TRUSTED_PROXY_COUNT). A value
    that is not an IP address (a misconfigured proxy count reaching into what the client wrote)
    falls back to REMOTE_ADDR, the proxy itself, rather than letting the client name its bucket.

    Worked out once per request and kept in its WSGI environ, which a DRF request shares with the
    Django request it wraps: the response cache, the throttles and the lockouts each ask.
    """
    meta = request.META
    if (known := meta.get(_KEPT_AS)) is not None:
        return known
    found = BaseThrottle().get_ident(request) or ""  # type: ignore[arg-type]  # reads the headers only
    try:
        address = str(ipaddress.ip_address(found.strip()))
    except ValueError:
        address = meta.get("REMOTE_ADDR") or ""
    meta[_KEPT_AS] = address
    return address
