"""The open API's URL wiring under ``/api/v1/``: every app's endpoints, schema and docs.

Apps declare their endpoints in ``<app>/api/urls.py``; this module mounts them, Wagtail's page
endpoint, the OpenAPI schema with its Swagger UI and Redoc pages, and a JSON 404 for any other
path below ``/api/v1/``.
"""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from wagtail.api.v2.router import WagtailAPIRouter

from branch_models.api.urls import ENDPOINTS
from hub.api.pages import PublicPagesAPIViewSet
from hub.api.views import APIRootView, NotFoundView, PublicAPIMixin
from routes.api.views import RouteFinderView


class SchemaView(PublicAPIMixin, SpectacularAPIView):
    """The OpenAPI schema, built per request: rated like every other endpoint."""


class SwaggerView(PublicAPIMixin, SpectacularSwaggerView):
    """Swagger UI over the schema."""


class RedocView(PublicAPIMixin, SpectacularRedocView):
    """Redoc over the schema."""


pages_router = WagtailAPIRouter("api_pages")
pages_router.register_endpoint("pages", PublicPagesAPIViewSet)

api_patterns: list[URLPattern | URLResolver] = [
    path(
        "",
        APIRootView.as_view(
            endpoints=[
                *((prefix, f"api:{basename}-list") for prefix, _v, basename in ENDPOINTS),
                ("pages", "api_pages:pages:listing"),
                ("search", "search_api:search"),
                ("areas", "areas:list"),
                ("routes", "api:routes"),
                ("statistics", "api:statistics"),
            ]
        ),
        name="root",
    ),
    path("schema/", SchemaView.as_view(), name="schema"),
    path("docs/", SwaggerView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", RedocView.as_view(url_name="api:schema"), name="redoc"),
    path("routes/", RouteFinderView.as_view(), name="routes"),
    path("statistics/", include("outcomes.api.urls")),
    path("", include("branch_models.api.urls")),
]

urlpatterns = [
    path("", pages_router.urls),
    path("search/", include("search.api.urls")),
    path("", include((api_patterns, "api"))),
    re_path(r"^", NotFoundView.as_view()),
]
