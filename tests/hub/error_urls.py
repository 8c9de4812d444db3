"""The site's URLs plus three that fail on purpose, for the error-page tests only."""

from __future__ import annotations

import socket

from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import PermissionDenied
from django.db import connections
from django.http import HttpRequest, HttpResponse
from django.urls import path

from hub.urls import handler400, handler403, handler404, handler500
from hub.urls import urlpatterns as site_urlpatterns

__all__ = ["handler400", "handler403", "handler404", "handler500", "urlpatterns"]


def fail(request: HttpRequest) -> HttpResponse:
    """Raise an unexpected error, as a bug in a view would."""
    raise RuntimeError("forced server error")


def database_down(request: HttpRequest) -> HttpResponse:
    """Reach the database at a port nothing listens on, as a view does while PostgreSQL is
    stopped: the real client, refused (the shared test server is never stopped)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    database = connections.create_connection("default")
    database.settings_dict = {**database.settings_dict, "HOST": "127.0.0.1", "PORT": closed_port}
    database.ensure_connection()
    return HttpResponse("unreachable")


def forbid(request: HttpRequest) -> HttpResponse:
    """Refuse, as a view checking a permission would."""
    raise PermissionDenied


urlpatterns = [
    *i18n_patterns(
        path("test-fails/", fail),
        path("test-forbidden/", forbid),
        path("test-database-down/", database_down),
        prefix_default_language=False,
    ),
    *site_urlpatterns,
]
