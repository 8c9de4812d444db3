"""Keep the route finder's input out of the logs: it lives in the query string only.

A person's experience, home and Swedish level are personal data. The route finder stores
nothing, and the access logs must not store it either: this filter removes the query string
(and a referring route URL) from the request lines that Django's development server
(``django.server``) and gunicorn (``gunicorn.access``) write for the route finder's paths.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils import translation

__all__ = ["RouteQueryFilter", "install_log_filter", "is_route_path", "route_paths"]

LOGGERS = ("django.server", "gunicorn.access")
REDACTED = "?[route input removed]"
QUERY = re.compile(r"\?[^\s\"]*")


@functools.cache
def route_paths() -> tuple[str, ...]:
    """Return the route finder's path prefixes in every language, and the API's."""
    paths = {reverse("api:routes")}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.add(reverse("routes:finder"))
    return tuple(sorted(paths))


def is_route_path(path: str) -> bool:
    """Whether a path (with or without its query string) belongs to the route finder."""
    return path.split("?", 1)[0].startswith(route_paths())


def _redact(text: str) -> str:
    """Remove the query string from a request line or URL that points at the route finder."""
    if "?" not in text:
        return text
    parts = text.split(" ")
    return " ".join(
        QUERY.sub(REDACTED, part, count=1) if is_route_path(_path_of(part)) else part
        for part in parts
    )


def _path_of(value: str) -> str:
    value = value.strip('"')
    if "://" in value:
        value = "/" + value.split("://", 1)[1].partition("/")[2]
    return value


class RouteQueryFilter(logging.Filter):
    """Rewrite request log records of the route finder without their query string."""

    def filter(self, record: logging.LogRecord) -> bool:
        args: Any = record.args
        if isinstance(args, dict):  # gunicorn: named atoms
            if is_route_path(str(args.get("U", ""))):
                record.args = {
                    **args,
                    "q": "",
                    "r": _redact(str(args.get("r", ""))),
                }
            if "f" in args:
                record.args = {**record.args, "f": _redact(str(args["f"]))}  # type: ignore[dict-item]
        elif isinstance(args, tuple):  # django.server: ('"GET /path?x HTTP/1.1"', status, size)
            record.args = tuple(_redact(a) if isinstance(a, str) else a for a in args)
        if isinstance(record.msg, str):
            record.msg = _redact(record.msg)
        return True


def install_log_filter() -> None:
    """Attach the filter to the request loggers (once; called from ``RoutesConfig.ready``)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RouteQueryFilter) for f in logger.filters):
            logger.addFilter(RouteQueryFilter())
