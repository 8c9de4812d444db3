"""Conventions every ``/api/v1/`` response follows, whichever app's view answers it.

``?lang=`` (any site language) chooses the language of messages and labels, else
``Accept-Language`` does (``LocaleMiddleware`` alone would give every path without a language
prefix Swedish); no view chooses again (``tests/hub/api/test_language.py``). A
successful GET gets an ``ETag`` computed from its body, so a client that sends the tag back in
``If-None-Match`` receives ``304 Not Modified`` without the body. An anonymous answer may be
kept by a shared cache (a CDN or reverse proxy) for ``API_CACHE_SECONDS``; one to a token holder
only by that client, since it may show what only that holder may read. A view that sets its own
``Cache-Control`` (the route finder's ``no-store``) keeps it. Doing this here rather than in each
view keeps the registry, search and page endpoints alike.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.middleware.http import ConditionalGetMiddleware
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

from hub.api.schema import PUBLIC_API_PREFIX

__all__ = ["APIConventionsMiddleware"]


class APIConventionsMiddleware(ConditionalGetMiddleware):
    """Apply ``?lang=`` and conditional GET to the public API only (after LocaleMiddleware)."""

    def process_request(self, request: HttpRequest) -> None:
        if not request.path.startswith(PUBLIC_API_PREFIX):
            return
        language = request.GET.get("lang", "")
        if language not in dict(settings.LANGUAGES):
            language = translation.get_language_from_request(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if not request.path.startswith(PUBLIC_API_PREFIX):
            return response
        patch_vary_headers(response, ("Accept", "Accept-Language", "Authorization"))
        if response.status_code != 200:
            return response
        if request.method in ("GET", "HEAD") and not response.has_header("Cache-Control"):
            if "Authorization" in request.headers:
                patch_cache_control(response, private=True, no_cache=True)
            else:
                patch_cache_control(response, public=True, max_age=settings.API_CACHE_SECONDS)
        return super().process_response(request, response)
