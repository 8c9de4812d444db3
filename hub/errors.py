"""Error pages in the site's design and in the language of the URL.

Django's own 400 and 500 views render their template without a request, so they could not show
the site's header or know the visitor's language; these handlers take the language from the URL
prefix (``/ar/…``) instead of whatever a middleware had activated. The 500 page must render when
the database is down: its template leaves out the database-built main menu.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation

__all__ = ["bad_request", "csrf_failure", "page_not_found", "permission_denied", "server_error"]


def _render(request: HttpRequest, template: str, status: int) -> HttpResponse:
    """Render an error template in the URL's language (Swedish without a prefix)."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        return render(request, template, {"status": status}, status=status)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """400: a malformed request or an unknown host name."""
    return _render(request, "hub/errors/400.html", 400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """403: the visitor may not see this page."""
    return _render(request, "hub/errors/403.html", 403)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """403 for a form posted without a valid CSRF token, e.g. after the form page went stale."""
    return _render(request, "hub/errors/403_csrf.html", 403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """404: no page at this address."""
    return _render(request, "hub/errors/404.html", 404)


def server_error(request: HttpRequest) -> HttpResponse:
    """500: rendered without touching the database, which may be the cause."""
    return _render(request, "hub/errors/500.html", 500)
