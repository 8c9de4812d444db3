"""The site's URLs plus two that fail on purpose, for the error-page tests only."""

from __future__ import annotations

from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import path

from hub.urls import handler400, handler403, handler404, handler500
from hub.urls import urlpatterns as site_urlpatterns

__all__ = ["handler400", "handler403", "handler404", "handler500", "urlpatterns"]


def fail(request: HttpRequest) -> HttpResponse:
    """Raise an unexpected error, as a bug in a view would."""
    raise RuntimeError("forced server error")


def forbid(request: HttpRequest) -> HttpResponse:
    """Refuse, as a view checking a permission would."""
    raise PermissionDenied


urlpatterns = [
    *i18n_patterns(
        path("test-fails/", fail),
        path("test-forbidden/", forbid),
        prefix_default_language=False,
    ),
    *site_urlpatterns,
]
