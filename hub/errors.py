"""Error pages in the site's design and in the language of the URL.

Django's own 400 and 500 views render their template without a request, so they could not show
the site's header or know the visitor's language; these handlers take the language from the URL
prefix (``/ar/…``) instead of whatever a middleware had activated. The 500 page must render when
the database is down: its template leaves out the database-built main menu. When the error *is*
the database being unreachable, the answer is a 503 with ``Retry-After``: the visitor (and a
proxy or monitor) learns it is temporary, not a fault in the page.
"""

from __future__ import annotations

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
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


# Seconds a client is asked to wait while the database is unreachable (a restart, a fail-over).
RETRY_AFTER_SECONDS = 30


def server_error(request: HttpRequest) -> HttpResponse:
    """500, or 503 when the database cannot be reached; rendered without touching it.

    Django calls this inside its ``except`` block, so the exception being handled tells the two
    apart.
    """
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        response = _render(request, "hub/errors/503.html", 503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return _render(request, "hub/errors/500.html", 500)
