"""``?q=`` on the API's lists: free text through the public search interface.

It goes through ``search.backends``, the same engine and analysis as the search page, so the API
never queries the database's or Elasticsearch's full text itself and works on either backend.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError
from rest_framework.filters import BaseFilterBackend
from rest_framework.request import Request

from hub.api.filters import RANK
from search.backends import get_search_backend
from search.backends.base import SearchQuery
from search.forms import MAX_QUERY_LENGTH

__all__ = ["FreeTextFilter"]

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
        # The search page shows a course given in several places as one hit; the API lists each
        # record, the group's others right after the one that ranked.
        keys = [record.pk for hit in result.hits for record in (hit, *hit.also)]
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
