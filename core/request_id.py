"""
One id per request: on its response (``X-Request-ID``) and on every log line written while it runs.

A proxy that already gave the request an id keeps it, so one id follows a request through the
proxy's log, gunicorn's access log (which prints the response header) and Django's lines. An id
that is missing, longer than 64 characters or holds anything but letters, digits, ``.``, ``_``
and ``-`` is replaced by a new one: a client cannot write arbitrary text into the logs.

Hand-written rather than a library: django-log-request-id copies the incoming header into the
logs unchecked, and django-guid accepts only UUIDs and logs two lines of its own per request.
"""

from __future__ import annotations

import logging
import re
import uuid
from contextvars import ContextVar

from django.core.signals import request_finished

HEADER = "X-Request-ID"
NO_REQUEST = "-"  # on log lines written outside a request
_ACCEPTABLE = re.compile(r"[A-Za-z0-9._-]{1,64}")
_current: ContextVar[str] = ContextVar("request_id", default=NO_REQUEST)


def request_id_from(header: str | None) -> str:
    """The proxy's id when it is short and made of safe characters, otherwise a new one."""
    if header and _ACCEPTABLE.fullmatch(header):
        return header
    return uuid.uuid4().hex


def current_request_id() -> str:
    return _current.get()


class RequestIdMiddleware:
    """Sets ``request.request_id`` and the response header; first in MIDDLEWARE so every answer has one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request_id_from(request.headers.get(HEADER))
        # Kept until the response is closed, not reset on the way out: Django logs a 4xx or 5xx
        # answer ("Not Found: /x") after the last middleware has returned.
        _current.set(request.request_id)
        response = self.get_response(request)
        response[HEADER] = request.request_id
        return response


def _forget_request_id(**kwargs) -> None:
    _current.set(NO_REQUEST)


request_finished.connect(_forget_request_id, dispatch_uid="core.request_id.forget")


class RequestIdLogFilter(logging.Filter):
    """Puts ``request_id`` on every record (``-`` outside a request) for the log format to print."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = _current.get()
        return True
