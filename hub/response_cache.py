"""Whole anonymous answers kept in the cache, keyed by the content version.

Most requests are anonymous reads of pages and API answers that change only when something a
visitor can see changes. Rendering a model page or serialising an API answer costs tens of
milliseconds; handing back a kept answer costs about one (docs/performance.md, "Throughput").

An answer is kept when the inner middleware marked it ``public`` (``hub.http_cache`` for pages,
``hub.api.middleware`` for the API): a ``GET``/``HEAD`` of status 200 that sets no cookie. It is
served again only to requests without a session cookie or ``Authorization`` header, so an editor
or a token holder (who may see drafts) always gets a fresh answer. The key is made of the content
version current when the request started, the method, the full URL, the language the request
will be answered in (from the path, the language cookie or ``Accept-Language``, as
``LocaleMiddleware`` chooses it: this runs before it) and ``Accept`` (the API's formats).
Django's own cache middleware cannot run this early: it keys by the language ``LocaleMiddleware``
has set. Every change a visitor could
see starts a new content version, and so do the search index's writes (``search.outbox``), so a
kept answer is never older than the last publish; ``RESPONSE_CACHE_SECONDS`` bounds how long one
is kept in any case, and 0 turns the cache off.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.utils import translation
from django.utils.cache import get_conditional_response

from hub import content_version

__all__ = ["ResponseCacheMiddleware"]


class ResponseCacheMiddleware:
    """Answer anonymous reads from the cache; keep the public answers the site gives them."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        seconds = settings.RESPONSE_CACHE_SECONDS
        if seconds <= 0 or not _anonymous_read(request):
            return self.get_response(request)
        key = _key(request, content_version.current())
        kept = cache.get(key)
        if kept is not None:
            return get_conditional_response(request, etag=kept.get("ETag"), response=kept) or kept
        response = self.get_response(request)
        if _public(response):
            cache.set(key, _bytes_and_headers(response), seconds)
        return response


def _key(request: HttpRequest, version: str) -> str:
    parts = (
        version,
        request.method or "",
        request.build_absolute_uri(),
        translation.get_language_from_request(request, check_path=True),
        request.headers.get("Accept", ""),
    )
    return "hub:answer:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _bytes_and_headers(response: HttpResponseBase) -> HttpResponse:
    """What the client receives, without the rest: an API answer's serialised data alone
    took longer to unpickle than the whole answer to send."""
    kept = HttpResponse(response.content, status=response.status_code)  # type: ignore[attr-defined]
    for name, value in response.items():
        kept[name] = value
    return kept


def _anonymous_read(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "Authorization" not in request.headers
    )


def _public(response: HttpResponseBase) -> bool:
    return (
        response.status_code == 200
        and not getattr(response, "streaming", False)
        and not response.cookies
        and "public" in response.get("Cache-Control", "")
    )
