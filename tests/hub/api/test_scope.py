"""The open API's rates and error format are its own: the admin's DRF views keep DRF's defaults.

wagtail-localize's translation editor saves every string through DRF views; an editor
translating a page must never be answered 429 by the public API's allowance, nor get the API's
error format its JavaScript does not know.
"""

from __future__ import annotations

import pytest
from django.conf import LazySettings
from django.contrib.auth.models import User
from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from rest_framework.test import APIClient
from rest_framework.views import APIView
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from hub.api.views import PublicAPIMixin

pytestmark = pytest.mark.django_db


def api_views(patterns: list, prefix: str = "") -> dict[str, type]:
    """Return the DRF view class of every URL pattern under ``/api/v1/``, by route."""
    found = {}
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            found |= api_views(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern) and route.startswith("api/v1/"):
            view = getattr(pattern.callback, "cls", None)
            if view is not None and issubclass(view, APIView):
                found[route] = view
    return found


def test_every_drf_view_of_the_api_has_the_apis_rates_and_errors() -> None:
    views = api_views(get_resolver().url_patterns)
    assert {"api/v1/search/", "api/v1/routes/", "api/v1/schema/"} <= set(views)
    assert any(route.startswith("api/v1/areas/") for route in views)
    missing = sorted(route for route, view in views.items() if not issubclass(view, PublicAPIMixin))
    assert not missing, f"add hub.api.views.PublicAPIMixin to the views of {missing}"


@pytest.fixture
def spent_rates(settings: LazySettings) -> None:
    """One request a minute for everyone: the public API's allowance is spent at once."""
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "1/min", "user": "1/min"},
    }


def test_translation_editor_is_not_throttled_by_the_public_rates(spent_rates: None) -> None:
    public = APIClient()
    assert public.get("/api/v1/regions/").status_code == 200
    assert public.get("/api/v1/regions/").status_code == 429  # the rates are really spent

    source_page = Page.objects.get(url_path__endswith="/arbetsgivare/", locale__language_code="sv")
    source, _created = TranslationSource.get_or_create_from_instance(source_page.specific)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="ar")
    )
    segment = StringSegment.objects.filter(source=source).first()
    editor = Client()
    editor.force_login(User.objects.create_superuser("translator", password="x" * 20))
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    for word in ("أصحاب العمل", "لأصحاب العمل", "للعمل"):  # each string saved as it is typed
        response = editor.put(
            url, encode_multipart(BOUNDARY, {"value": word}), content_type=MULTIPART_CONTENT
        )
        assert response.status_code in (200, 201), response.content
        assert response.json()["data"] == word

    # An error there keeps DRF's own format, which wagtail-localize's editor expects.
    unknown = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, 0])
    response = editor.put(
        unknown, encode_multipart(BOUNDARY, {"value": "x"}), content_type=MULTIPART_CONTENT
    )
    assert response.status_code == 404
    assert "error" not in response.json()
    assert "detail" in response.json()
