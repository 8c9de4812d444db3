"""Serve the Swedish original, with a notice, when a page is not translated into the language
asked for, instead of a 404.

``/ar/vad-ar-validering/`` without an Arabic translation serves the Swedish page: the page is
rendered in Swedish (``<html lang="sv">``) and the base template shows a notice in Arabic,
marked ``lang="ar" dir="rtl"``, that the page is not yet translated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.views import serve as wagtail_serve

__all__ = ["LocaleFallbackMiddleware"]


def _default_language_route(request: HttpRequest, path: str) -> Any:
    """Route the path in the default language's page tree (the site's root page)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    try:
        return site.root_page.specific.route(request, components)
    except Http404:  # also a routable page's Resolver404: the page is not there either
        return None


class LocaleFallbackMiddleware:
    """Route untranslated pages to the default language and flag the request for the notice.

    Sets ``request.locale_fallback`` to the language asked for. It uses Wagtail's documented
    per-request route cache (``request._wagtail_route_for_request``) so Wagtail's own serve
    view, hooks and privacy checks run unchanged.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., HttpResponse],
        view_args: tuple[Any, ...],
        view_kwargs: dict[str, Any],
    ) -> None:
        requested = translation.get_language()
        if view_func is not wagtail_serve or requested == settings.LANGUAGE_CODE:
            return
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        route = Page.route_for_request(request, path)
        if route is not None and route[0].locale.language_code == requested:
            return
        fallback = _default_language_route(request, path)
        if fallback is None:
            return
        translation.activate(settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        # Attributes of our own (read by templates) and Wagtail's route cache: not in the stubs.
        request.locale_fallback = requested  # type: ignore[attr-defined]
        request._wagtail_route_for_request = fallback  # type: ignore[attr-defined]
