"""OpenAPI schema generation (drf-spectacular): what every operation documents the same way.

``HubAutoSchema`` adds to each operation what the API's conventions add to each response: the
``lang`` parameter, ``expand`` where related records can be expanded, the JSON-LD and CSV
variants of a response, and the error responses in the one error format. The extensions teach
drf-spectacular our token scheme and expandable related fields.
"""

from __future__ import annotations

from typing import Any, Literal

from django.conf import settings
from django.utils.module_loading import import_string
from drf_spectacular.extensions import (
    OpenApiAuthenticationExtension,
    OpenApiSerializerFieldExtension,
)
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import build_basic_type
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter
from rest_framework.relations import ManyRelatedField

__all__ = ["PUBLIC_API_PREFIX", "HubAutoSchema", "public_api_only"]

PUBLIC_API_PREFIX = "/api/v1/"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
READ_ERRORS = ("400", "401", "404", "406", "429")
WRITE_ERRORS = ("400", "401", "403", "404", "409", "415", "429")
JSON_LD_MEDIA_TYPE = "application/ld+json"
CSV_MEDIA_TYPE = "text/csv"
JSON_LD_SCHEMA = {
    "type": "object",
    "description": "A schema.org description of the record (JSON-LD, context https://schema.org).",
    "properties": {
        "@context": {"type": "string"},
        "@type": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
        "@id": {"type": "string", "format": "uri"},
        "name": {"type": "string"},
    },
    "required": ["@context", "@type", "@id", "name"],
}
CSV_SCHEMA = {
    "type": "string",
    "description": "Every matching record as one CSV row (UTF-8 with byte-order mark); lists "
    "of codes are joined with '; ', nested values are JSON text.",
}


def _error_example(status: str, code: str, message: str, fields: dict | None = None) -> Any:
    return OpenApiExample(
        code,
        value={"error": {"code": code, "message": message, "fields": fields or {}}},
        response_only=True,
        status_codes=[status],
    )


ERROR_EXAMPLES = [
    _error_example(
        "400",
        "invalid",
        "Some values are invalid: see the fields for what to change.",
        {"municipality": ["Select a valid choice. That choice is not one of the available."]},
    ),
    _error_example("401", "not_authenticated", "Authentication credentials were not provided."),
    _error_example(
        "403", "permission_denied", "You may not change records owned by another county."
    ),
    _error_example(
        "404",
        "not_found",
        "Nothing was found at this address: check the path and the identifier.",
    ),
    _error_example(
        "409",
        "conflict",
        "The record is still used by IW-diplom (International Welder): change or delete "
        "those first.",
    ),
    _error_example("429", "throttled", "Request was throttled. Expected available in 42 seconds."),
]


def public_api_only(
    endpoints: list[tuple[str, Any, str, Any]], **kwargs: Any
) -> list[tuple[str, Any, str, Any]]:
    """Keep only the versioned public API; Wagtail's admin APIs are internal and not documented."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith(PUBLIC_API_PREFIX)]


class HubAutoSchema(AutoSchema):
    """Document the API's shared parameters, output formats and error responses."""

    def get_override_parameters(self) -> list[Any]:
        parameters = [
            *super().get_override_parameters(),
            OpenApiParameter(
                "lang",
                OpenApiTypes.STR,
                enum=[code for code, _name in settings.LANGUAGES],
                description="Language of messages and labels; overrides Accept-Language.",
            ),
        ]
        if self.method in SAFE_METHODS and (names := self._expandable_names()):
            parameters.append(
                OpenApiParameter(
                    "expand",
                    {"type": "array", "items": {"type": "string", "enum": names}},
                    style="form",
                    explode=False,
                    description="Comma-separated related fields to show as full (published) "
                    "records instead of identifiers, e.g. `expand=" + ",".join(names[:2]) + "`.",
                )
            )
        return parameters

    def get_examples(self) -> list[OpenApiExample]:
        return [*super().get_examples(), *ERROR_EXAMPLES]

    def _expandable_names(self) -> list[str]:
        from hub.api.fields import expandable_fields

        get_serializer_class = getattr(self.view, "get_serializer_class", None)
        if get_serializer_class is None or not hasattr(self.view, "expand"):
            return []
        return expandable_fields(get_serializer_class()())

    def _get_response_bodies(
        self, direction: Literal["request", "response"] = "response"
    ) -> dict[str, Any]:
        responses = super()._get_response_bodies(direction)
        for code, response in responses.items():
            content = response.get("content", {})
            if not code.startswith("2"):
                continue
            if JSON_LD_MEDIA_TYPE in content:
                content[JSON_LD_MEDIA_TYPE] = {"schema": JSON_LD_SCHEMA}
            if CSV_MEDIA_TYPE in content:
                content[CSV_MEDIA_TYPE] = {"schema": CSV_SCHEMA}
        from hub.api.errors import ErrorSerializer

        for code in READ_ERRORS if self.method in SAFE_METHODS else WRITE_ERRORS:
            if code not in responses:
                responses[code] = self._get_response_for_code(
                    ErrorSerializer, code, media_types=["application/json"]
                )
        return responses


class APITokenScheme(OpenApiAuthenticationExtension):
    """Document Wagtail API tokens sent as ``Authorization: Bearer``."""

    target_class = "hub.api.authentication.APITokenAuthentication"
    name = "apiToken"

    def get_security_definition(self, auto_schema: AutoSchema) -> dict[str, Any]:
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "A Wagtail API token (wagtail_…), created in the admin under "
            "Settings → Users → API tokens. Needed for writes only.",
        }


class RelatedRecordFieldExtension(OpenApiSerializerFieldExtension):
    """A related record is its identifier, or the record itself when expanded."""

    target_class = "hub.api.fields.RelatedRecordField"
    match_subclasses = True

    def map_serializer_field(
        self, auto_schema: AutoSchema, direction: Literal["request", "response"]
    ) -> dict[str, Any]:
        field = self.target
        identifier: dict[str, Any] = build_basic_type(OpenApiTypes.STR) or {}
        identifier["description"] = f"The related record's {field.slug_field}."
        if direction == "request" or not field.expand_with:
            schema = identifier
        else:
            component = auto_schema.resolve_serializer(import_string(field.expand_with), direction)
            schema = {"oneOf": [identifier, component.ref]}
        # A draft related record reads as null (and is left out of lists).
        model = field.queryset.model if field.queryset is not None else None
        has_drafts = model is None or hasattr(model, "live")
        single = not isinstance(field.parent, ManyRelatedField)
        if direction == "response" and single and has_drafts:
            schema["nullable"] = True
        return schema
