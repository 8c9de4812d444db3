"""Published Wagtail pages under ``/api/v1/pages/``: Wagtail's API v2, in the API's conventions.

Wagtail's page API already returns only live, public pages of the site and filters by
``?locale=``, ``?type=`` and ``?child_of=``. This subclass makes it follow the rest of the API:
JSON only, the one error format with translated messages for its parameters, and no
``?search=`` (public search goes through ``/api/v1/search/``, never Wagtail's admin search).
"""

from __future__ import annotations

from django.conf import settings
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.views import PagesAPIViewSet

from hub.api.views import PublicAPIMixin

__all__ = ["PublicPagesAPIViewSet"]

LIMIT_MAX = 20  # Wagtail's default WAGTAILAPI_LIMIT_MAX


class PageParametersSerializer(serializers.Serializer):
    """The page list's parameters, checked before Wagtail sees them (translated messages)."""

    locale = serializers.ChoiceField(
        choices=[code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES],
        required=False,
        help_text="Only pages in this language.",
    )
    type = serializers.CharField(
        required=False, help_text="Only pages of this type, e.g. `communication.ArticlePage`."
    )
    child_of = serializers.RegexField(
        r"^(root|\d+)$", required=False, help_text="Only children of this page id (or `root`)."
    )
    offset = serializers.IntegerField(min_value=0, required=False, default=0)
    limit = serializers.IntegerField(min_value=1, max_value=LIMIT_MAX, required=False, default=20)


class PageMetaSerializer(serializers.Serializer):
    type = serializers.CharField(help_text="The page type, e.g. `communication.ArticlePage`.")
    detail_url = serializers.URLField()
    html_url = serializers.CharField(allow_null=True, help_text="The public page.")
    slug = serializers.CharField()
    first_published_at = serializers.DateTimeField(allow_null=True)
    locale = serializers.CharField(help_text="Language code of the page.")


class PageSerializer(serializers.Serializer):
    """A published page: id, title and where it is; details carry the page type's fields."""

    id = serializers.IntegerField()
    meta = PageMetaSerializer()
    title = serializers.CharField()


class PageListMetaSerializer(serializers.Serializer):
    total_count = serializers.IntegerField()


class PageListSerializer(serializers.Serializer):
    """One page of published pages (``offset``/``limit``), with the total count."""

    meta = PageListMetaSerializer()
    items = PageSerializer(many=True)


class PublicPagesAPIViewSet(PublicAPIMixin, PagesAPIViewSet):
    """Wagtail's page endpoint without its search, answering in the API's format."""

    renderer_classes = [JSONRenderer]
    filter_backends = [f for f in PagesAPIViewSet.filter_backends if f is not SearchFilter]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.difference(
        {"search", "search_operator"}
    ).union({"lang"})

    @extend_schema(
        operation_id="pages_list",
        summary="List published pages",
        description="Published pages of the site, filtered by language and type.",
        parameters=[PageParametersSerializer],
        responses=PageListSerializer,
    )
    def listing_view(self, request: Request) -> Response:
        PageParametersSerializer(data=request.query_params).is_valid(raise_exception=True)
        return super().listing_view(request)

    @extend_schema(
        operation_id="pages_retrieve",
        summary="One published page",
        description="A published page with the fields its page type shows in the API.",
        parameters=[OpenApiParameter("id", int, OpenApiParameter.PATH)],
        responses=PageSerializer,
    )
    def detail_view(self, request: Request, pk: int) -> Response:
        return super().detail_view(request, pk)

    @extend_schema(exclude=True)
    def find_view(self, request: Request) -> Response:
        return super().find_view(request)

    def handle_exception(self, exc: Exception) -> Response:
        # Skip Wagtail's own {"message": …} answers: the API's handler formats every error.
        return APIView.handle_exception(self, exc)
