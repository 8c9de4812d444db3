"""`GET /api/v1/search/`: the public search as JSON, for other services and apps."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from hub.api.views import PublicAPIMixin
from search.api.serializers import SearchParametersSerializer, SearchResponseSerializer
from search.backends import get_search_backend
from search.backends.base import FACETS, SearchQuery
from search.forms import SearchForm
from search.views import labelled_facets

__all__ = ["SearchAPIView"]


class SearchAPIView(PublicAPIMixin, APIView):
    """Search the registry and the pages: the same backend and answers as the search page."""

    permission_classes = [AllowAny]

    @extend_schema(
        parameters=[
            SearchParametersSerializer,
            *[
                OpenApiParameter(name, OpenApiTypes.STR, many=True, description=f"{name} codes")
                for name in FACETS
            ],
        ],
        responses=SearchResponseSerializer,
    )
    def get(self, request: Request) -> Response:
        """Return one page of hits with facet counts; bad parameters get a 400 with reasons."""
        parameters = SearchParametersSerializer(data=request.query_params)
        parameters.is_valid(raise_exception=True)
        data = parameters.validated_data
        form = SearchForm(request.query_params)  # the page's rules for facet values
        query = SearchQuery(
            text=data.get("q", ""),
            language=request.LANGUAGE_CODE,
            filters=form.filters,
            page=data["page"],
            per_page=data["page_size"],
        )
        result = get_search_backend().search(query)
        body = {
            "total": result.total,
            "page": query.page,
            "page_count": result.page_count,
            "suggestion": result.suggestion,
            "corrected": result.corrected,
            "degraded": result.degraded,
            "covered": result.covered if result.partial else [],
            "missing": result.missing if result.partial else [],
            "places": result.places,
            "related_occupations": [
                {"code": code, "name": name}
                for code, name in zip(result.related, result.related_names, strict=True)
            ],
            "hits": result.hits,
            "facets": labelled_facets(result),
        }
        return Response(SearchResponseSerializer(body).data)
