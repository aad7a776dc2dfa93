"""
What every API endpoint shares: permissions, pagination, one error shape, and ETags with
If-Match for updates. Nothing here knows about claims; the apps' api.py modules do.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from typing import TYPE_CHECKING

from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError, transaction
from django.http import Http404
from django.utils.cache import patch_cache_control
from rest_framework import exceptions, permissions, serializers, status, throttling
from rest_framework.pagination import CursorPagination
from rest_framework.response import Response

from core.http import set_cache_headers
from core.services import ServiceError, constraint_violation
from core.throttling import FixedWindowCount

if TYPE_CHECKING:
    # The view mixins below always sit on a GenericViewSet. Not imported at run time: DRF's settings
    # import this module (DEFAULT_PERMISSION_CLASSES) while rest_framework.views is still loading.
    from rest_framework.viewsets import GenericViewSet as _ViewSet
else:
    _ViewSet = object
logger = logging.getLogger(__name__)


class ReadAnyoneWriteWithModelPermissions(permissions.DjangoModelPermissions):
    """Anyone may read (each view decides *what*); writes need a login and the model permission."""

    def has_permission(self, request, view):
        if request.method in permissions.SAFE_METHODS:
            return True
        return super().has_permission(request, view)


class FailOpenAnonRateThrottle(FixedWindowCount, throttling.AnonRateThrottle):
    """
    DRF's anonymous throttle, counting in the default cache (Redis in production, shared by every
    worker) per client address in fixed windows, and going through when the cache does not answer
    (core.throttling.FixedWindowCount).
    """


class Pagination(CursorPagination):
    """
    Cursor pagination: stable pages while newsrooms keep publishing. Strict about its parameters,
    as the schema says: a page_size outside 1..100 or a cursor this list did not make (one that
    does not decode, or whose position the ordering column cannot hold) is a 400 naming it.
    """

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100
    ordering = "-id"
    BAD_CURSOR = "Not a page cursor of this list: start again from the first page."
    CURSOR_PATTERN = r"^[A-Za-z0-9_=-]+$"  # URL-safe base64, as encode_cursor() writes it

    def paginate_queryset(self, queryset, request, view=None):
        self._model = queryset.model
        return super().paginate_queryset(queryset, request, view)

    def get_page_size(self, request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        if not raw.isascii() or not raw.isdigit() or not 1 <= int(raw) <= self.max_page_size:
            raise exceptions.ValidationError(
                {self.page_size_query_param: [f"A whole number from 1 to {self.max_page_size}."]}
            )
        return int(raw)

    def decode_cursor(self, request):
        raw = request.query_params.get(self.cursor_query_param)
        # base64 decoding skips characters outside its alphabet, so "@@@" would decode to nothing: the first page
        if raw and not re.fullmatch(self.CURSOR_PATTERN, raw):
            raise exceptions.ValidationError({self.cursor_query_param: [self.BAD_CURSOR]})
        try:
            cursor = super().decode_cursor(request)
        except exceptions.NotFound as exc:
            raise exceptions.ValidationError({self.cursor_query_param: [self.BAD_CURSOR]}) from exc
        if cursor is not None and cursor.position is not None:
            self._check_position(cursor.position)
        return cursor

    def _check_position(self, position: object) -> None:
        """The position is compared with the first ordering column in SQL: it must be a value that column holds."""
        try:
            field = self._model._meta.get_field(self.ordering[0].lstrip("-"))
        except FieldDoesNotExist:  # an annotation: the database is the judge
            return
        try:
            value = field.to_python(position)
        except (DjangoValidationError, ValueError, TypeError, OverflowError) as exc:
            raise exceptions.ValidationError({self.cursor_query_param: [self.BAD_CURSOR]}) from exc
        if isinstance(value, int) and not -(2**63) <= value < 2**63:  # beyond a bigint
            raise exceptions.ValidationError({self.cursor_query_param: [self.BAD_CURSOR]})

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.cursor_query_param:
                parameter["description"] = "The opaque cursor of a page, from a `next` or `previous` link."
                parameter["schema"] = {"type": "string", "pattern": self.CURSOR_PATTERN}
            elif parameter["name"] == self.page_size_query_param:
                parameter["description"] = (
                    f"Results per page, from 1 to {self.max_page_size} (default {self.page_size})."
                )
                parameter["schema"] = {"type": "integer", "minimum": 1, "maximum": self.max_page_size}
        return parameters


# -- errors -------------------------------------------------------------------------------------


class ErrorDetailSerializer(serializers.Serializer):
    status = serializers.IntegerField()
    code = serializers.CharField()
    message = serializers.CharField()
    fields = serializers.DictField(  # type: ignore[assignment]  # a declared field, not Serializer.fields
        child=serializers.ListField(child=serializers.CharField()), required=False
    )


class ErrorSerializer(serializers.Serializer):
    """The one error shape of the API."""

    error = ErrorDetailSerializer()


def error_response(status_code: int, code: str, message: str, fields: dict | None = None, headers=None) -> Response:
    body = {"status": status_code, "code": code, "message": message}
    if fields:
        body["fields"] = fields
    return Response({"error": body}, status=status_code, headers=headers)


def _field_errors(detail) -> dict[str, list[str]]:
    if isinstance(detail, dict):
        flat: dict[str, list[str]] = {}
        for key, value in detail.items():
            if isinstance(value, dict):
                for sub, messages in _field_errors(value).items():
                    flat[f"{key}.{sub}"] = messages
            elif isinstance(value, list) and value and isinstance(value[0], dict):
                for i, item in enumerate(value):
                    for sub, messages in _field_errors(item).items():
                        flat[f"{key}[{i}].{sub}"] = messages
            else:
                name = "non_field_errors" if key == "__all__" else str(key)
                flat[name] = [str(v) for v in (value if isinstance(value, list) else [value])]
        return flat
    return {"non_field_errors": [str(v) for v in (detail if isinstance(detail, list) else [detail])]}


def exception_handler(exc, context):
    """
    Every error as {"error": {status, code, message, fields?}}. Model validation errors become 400s,
    and so does a unique constraint that a concurrent writer won (core.services.constraint_violation).
    """
    # Imported here: DRF's views module reads the settings that name this module.
    from rest_framework.views import exception_handler as drf_exception_handler
    from rest_framework.views import set_rollback

    if isinstance(exc, ServiceError):  # a service's refusal: 403 for who, 409 for state
        return error_response(exc.http_status, exc.code, exc.message, exc.fields)
    if isinstance(exc, IntegrityError):  # a unique value a concurrent writer stored first: as full_clean says
        violation = constraint_violation(exc)
        if violation is None:
            return None
        set_rollback()
        exc = violation
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(exc.message_dict if hasattr(exc, "message_dict") else exc.messages)
    if isinstance(exc, Http404):
        return error_response(404, "not_found", "Not found.")
    if isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        fields = _field_errors(exc.detail)
        named = ", ".join(sorted(fields))
        return error_response(400, "invalid", f"Invalid input: {named}.", fields)
    detail = exc.detail if isinstance(exc, exceptions.APIException) else str(exc)
    code = exc.get_codes() if isinstance(exc, exceptions.APIException) else "error"
    headers = {k: v for k, v in response.items() if k in ("WWW-Authenticate", "Retry-After", "Allow")}
    return error_response(response.status_code, str(code), str(detail), headers=headers)


# -- ETags and If-Match -------------------------------------------------------------------------


def etag_of(data) -> str:
    """A strong ETag of a representation: it changes whenever anything the client sees changes."""
    body = json.dumps(data, sort_keys=True, default=str, separators=(",", ":"))
    return '"' + hashlib.sha256(body.encode()).hexdigest()[:32] + '"'


class PublicCacheMixin(_ViewSet):
    """Reads by anonymous clients are public and cacheable (core.http.PUBLIC_CACHE); the rest private."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method in permissions.SAFE_METHODS:
            set_cache_headers(request, response)
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response


class ServiceViewMixin(_ViewSet):
    """
    Input serializer -> service -> output serializer. ``read_serializer_class`` renders (or
    ``get_read_serializer_class()``, to choose per action or user), ``write_serializer_class``
    validates input, and ``perform_create``/``perform_update`` call the app's service with
    ``by=self.acting_user`` and return the saved instance (DRF's own return nothing).
    """

    read_serializer_class: type[serializers.Serializer]
    write_serializer_class: type[serializers.Serializer] | None = None

    def get_read_serializer_class(self) -> type[serializers.Serializer]:
        return self.read_serializer_class

    def get_serializer_class(self):
        if self.write_serializer_class is not None and self.action in ("create", "update", "partial_update"):
            return self.write_serializer_class
        return self.get_read_serializer_class()

    @property
    def acting_user(self) -> User:
        """Who a write is recorded against: the permission classes let only signed-in users write."""
        user = self.request.user
        if isinstance(user, AnonymousUser):
            raise exceptions.NotAuthenticated()
        return user

    def perform_create(self, serializer):
        """Call the app's create service and return the saved instance."""
        raise NotImplementedError

    def represent(self, instance) -> dict:
        """The read representation, re-fetched through get_queryset() so it costs what a detail GET costs."""
        fresh = self.get_queryset().get(pk=instance.pk)
        return self.get_read_serializer_class()(fresh, context=self.get_serializer_context()).data

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with transaction.atomic():
            instance = self.perform_create(serializer)
        data = self.represent(instance)
        return Response(data, status=status.HTTP_201_CREATED, headers={"ETag": etag_of(data)})


class ConditionalUpdateMixin(ServiceViewMixin):
    """
    Detail responses carry an ETag. PUT and PATCH must send it back in If-Match: without one
    the answer is 428, with a stale one 412, and nothing is written. The row is locked while
    the current representation is compared, so a concurrent writer cannot slip in between.
    """

    def perform_update(self, serializer):
        """Call the app's update service and return the saved instance."""
        raise NotImplementedError

    def retrieve(self, request, *args, **kwargs):
        data = self.get_read_serializer_class()(self.get_object(), context=self.get_serializer_context()).data
        return Response(data, headers={"ETag": etag_of(data)})

    def update(self, request, *args, **kwargs):
        if_match = request.headers.get("If-Match")
        if not if_match:
            return error_response(
                status.HTTP_428_PRECONDITION_REQUIRED,
                "precondition_required",
                "Send the ETag of the version you are changing in an If-Match header (GET the resource first).",
            )
        with transaction.atomic():
            instance = self.get_object()
            type(instance)._default_manager.select_for_update().filter(pk=instance.pk).first()
            current = etag_of(self.represent(instance))
            sent = {tag.strip().removeprefix("W/") for tag in if_match.split(",")}
            if current not in sent and "*" not in sent:
                return error_response(
                    status.HTTP_412_PRECONDITION_FAILED,
                    "precondition_failed",
                    "This resource has changed since you read it; GET it again and reapply your change.",
                    headers={"ETag": current},
                )
            serializer = self.get_serializer(instance, data=request.data, partial=kwargs.get("partial", False))
            serializer.is_valid(raise_exception=True)
            instance = self.perform_update(serializer)
        data = self.represent(instance)
        return Response(data, headers={"ETag": etag_of(data)})
