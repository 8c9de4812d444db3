"""Search API routes, mounted at ``/api/v1/search/``."""

from __future__ import annotations

from django.urls import path

from search.api.views import SearchAPIView

app_name = "search_api"

urlpatterns = [path("", SearchAPIView.as_view(), name="search")]
