"""Filter backends shared by the API's lists: free text through ``search`` and ordering.

Free text (``?q=``) goes through the public search interface (``search.backends``), the same
engine and analysis as the search page, so the API never queries the database's or
Elasticsearch's full text itself and works on either backend.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from rest_framework.filters import BaseFilterBackend, OrderingFilter
from rest_framework.request import Request

from search.backends import get_search_backend
from search.backends.base import SearchQuery

__all__ = ["RANK", "FreeTextFilter", "RegistryOrderingFilter"]

# The annotation a free-text search puts on its hits: 0 for the best match.
RANK = "search_rank"
MAX_QUERY_LENGTH = 200
# The best this many hits are kept: more than anyone reads, few enough for one query.
MAX_HITS = 1000


class FreeTextFilter(BaseFilterBackend):
    """``?q=``: keep the records the public search finds for the words, best first."""

    def filter_queryset(self, request: Request, queryset: QuerySet, view: Any) -> QuerySet:
        text = request.query_params.get("q", "").strip()
        if not text:
            return queryset
        if len(text) > MAX_QUERY_LENGTH:
            raise ValidationError(
                {"q": [_("Use at most %(count)d characters.") % {"count": MAX_QUERY_LENGTH}]}
            )
        result = get_search_backend().search(
            SearchQuery(
                text=text,
                language=get_language(),
                filters={"type": (queryset.model._meta.label_lower,)},
                per_page=MAX_HITS,
            )
        )
        keys = [hit.pk for hit in result.hits]
        if not keys:
            return queryset.none()
        rank = Case(
            *(When(pk=key, then=Value(position)) for position, key in enumerate(keys)),
            output_field=IntegerField(),
        )
        return queryset.filter(pk__in=keys).annotate(**{RANK: rank})

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        return [
            {
                "name": "q",
                "required": False,
                "in": "query",
                "description": "Free text, searched as on the site's search page (Swedish "
                "stemming, synonyms, typo tolerance); without `ordering`, best match first.",
                "schema": {"type": "string", "maxLength": MAX_QUERY_LENGTH},
            }
        ]


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
