"""One error format for every API response: ``{"error": {"code", "message", "fields"}}``.

DRF, Django and Wagtail's page API each raise their own exceptions; ``exception_handler`` turns
them all into the same body, with the message in the client's language (``Accept-Language``
or ``?lang=``), so a client needs one error parser. An unexpected exception is logged and
answered with the same format, never with a stack trace.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import InterfaceError, OperationalError
from django.db.models import ProtectedError
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework import exceptions, serializers, status
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.serializers import as_serializer_error
from rest_framework.views import exception_handler as drf_exception_handler
from wagtail.api.v2.utils import BadRequestError

from hub.errors import RETRY_AFTER_SECONDS

__all__ = ["Conflict", "ErrorSerializer", "api_error", "exception_handler"]

logger = logging.getLogger(__name__)


class Conflict(exceptions.APIException):
    """The request is valid but clashes with the record's state (409)."""

    status_code = status.HTTP_409_CONFLICT
    default_detail = gettext_lazy("The request clashes with the record's current state.")
    default_code = "conflict"


class ErrorDetailSerializer(serializers.Serializer):
    """What went wrong: a stable code for programs, a message for people, and field errors."""

    code = serializers.CharField(
        help_text="Stable machine-readable code, e.g. `invalid`, `not_found`, `throttled`."
    )
    message = serializers.CharField(help_text="What is wrong and how to fix it, translated.")
    # The error format's key "fields", which shadows Serializer.fields by design.
    fields = serializers.DictField(  # type: ignore[assignment]
        child=serializers.JSONField(),
        help_text="Field name -> list of messages (nested for nested fields); empty otherwise.",
    )


class ErrorSerializer(serializers.Serializer):
    """The body of every error response."""

    error = ErrorDetailSerializer()


def api_error(code: str, message: str, fields: dict[str, Any] | None = None) -> dict[str, Any]:
    """Return an error body in the API's one format."""
    return {"error": {"code": code, "message": message, "fields": fields or {}}}


def _as_api_exception(exc: Exception) -> Exception:
    """Translate Django's and Wagtail's exceptions into DRF's, which carry a status code."""
    if isinstance(exc, DjangoValidationError):
        return exceptions.ValidationError(as_serializer_error(exc))
    if isinstance(exc, BadRequestError):  # Wagtail's page API: unknown parameter or bad value
        return exceptions.ParseError(str(exc))
    if isinstance(exc, ProtectedError):
        used_by = sorted({str(obj) for obj in exc.protected_objects})[:5]
        return Conflict(
            _("The record is still used by %(records)s: change or delete those first.")
            % {"records": ", ".join(used_by)}
        )
    return exc


def _code(exc: exceptions.APIException) -> str:
    codes = exc.get_codes()
    return codes if isinstance(codes, str) else exc.default_code


def _field_errors(exc: exceptions.ValidationError) -> tuple[dict[str, Any], str]:
    """Split a validation error into per-field messages and a summary message."""
    detail = exc.detail if isinstance(exc.detail, dict) else {"non_field_errors": exc.detail}
    fields = dict(detail)
    general = fields.pop("non_field_errors", None)
    if general and not fields:
        return {}, " ".join(str(message) for message in general)
    if general:
        fields["non_field_errors"] = general
    return fields, _("Some values are invalid: see the fields for what to change.")


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response:
    """Answer any exception raised in an API view with the one error format."""
    exc = _as_api_exception(exc)
    request = context.get("request")
    if request is not None:  # errors are JSON, also when CSV or JSON-LD was asked for
        request.accepted_renderer = JSONRenderer()
        request.accepted_media_type = JSONRenderer.media_type
    response = drf_exception_handler(exc, context)
    if response is None and isinstance(exc, OperationalError | InterfaceError):
        logger.error("Database unreachable in the API", exc_info=exc)
        return Response(
            api_error(
                "service_unavailable",
                _("The service is temporarily unavailable. Try again in a minute."),
            ),
            status=status.HTTP_503_SERVICE_UNAVAILABLE,
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )
    if response is None:
        logger.error("Unexpected error in the API", exc_info=exc)
        return Response(
            api_error(
                "server_error",
                _("Something went wrong on our side. Try again later; it has been logged."),
            ),
            status=status.HTTP_500_INTERNAL_SERVER_ERROR,
        )
    if isinstance(exc, Http404) or (
        isinstance(exc, exceptions.NotFound) and exc.detail == exceptions.NotFound.default_detail
    ):
        body = api_error(
            "not_found", _("Nothing was found at this address: check the path and the identifier.")
        )
    elif isinstance(exc, DjangoPermissionDenied):
        body = api_error(
            "permission_denied", str(exc) or str(exceptions.PermissionDenied.default_detail)
        )
    elif isinstance(exc, exceptions.ValidationError):
        fields, message = _field_errors(exc)
        body = api_error("invalid", message, fields)
    elif isinstance(exc, exceptions.APIException):
        body = api_error(_code(exc), str(exc.detail))
    response.data = body
    return response
