"""The ordering shared by the API's lists: the requested fields, relevance, the identifier.

Relevance is the ``RANK`` annotation that free text (``?q=``, ``search.api.filters``) puts on
its hits.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from rest_framework.filters import OrderingFilter
from rest_framework.request import Request

__all__ = ["RANK", "RegistryOrderingFilter"]

# The annotation a free-text search puts on its hits: 0 for the best match.
RANK = "search_rank"


class RegistryOrderingFilter(OrderingFilter):
    """``?ordering=``: the requested fields, relevance for a search, then the identifier.

    The identifier (slug or code) breaks ties, so the order, and so every cursor, is total.
    """

    def get_ordering(self, request: Request, queryset: QuerySet, view: Any) -> list[str]:
        tiebreaker = view.lookup_field
        requested = self.get_ordering_from_params(request, queryset, view)
        if requested:
            ordering = list(requested)
        elif RANK in queryset.query.annotations:
            ordering = [RANK]
        else:
            ordering = list(self.get_default_ordering(view) or [])
        if tiebreaker not in {field.lstrip("-") for field in ordering}:
            ordering.append(tiebreaker)
        return ordering

    def get_ordering_from_params(
        self, request: Request, queryset: QuerySet, view: Any
    ) -> list[str] | None:
        params = request.query_params.get(self.ordering_param)
        if not params:
            return None
        fields = [param.strip() for param in params.split(",") if param.strip()]
        valid = {
            name for name, _label in self.get_valid_fields(queryset, view, {"request": request})
        }
        unknown = [field for field in fields if field.lstrip("-") not in valid]
        if unknown:
            raise ValidationError(
                {
                    self.ordering_param: [
                        _("Unknown ordering %(unknown)s: use %(valid)s, with - for descending.")
                        % {"unknown": ", ".join(unknown), "valid": ", ".join(sorted(valid))}
                    ]
                }
            )
        return fields or None

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        fields = list(getattr(view, "ordering_fields", None) or [])
        return [
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": "Comma-separated fields to order by; `-` before a field "
                "reverses it. Ties are broken by the identifier.",
                "schema": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "enum": [v for f in fields for v in (f, f"-{f}")],
                    },
                },
                "style": "form",
                "explode": False,
            }
        ]
