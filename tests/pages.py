"""Which demo page stands for a page type or a view, for tests that visit one page of each."""

from __future__ import annotations

from collections import deque
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client
from django.urls import Resolver404, resolve
from django.utils import translation
from wagtail.models import Page

__all__ = ["first_live_page", "linked_paths"]


def first_live_page(model: type[Page], language: str) -> Page | None:
    """Return the first live, public page of exactly ``model`` in ``language``, if any."""
    return (
        model.objects.live()
        .public()
        .exact_type(model)
        .filter(locale__language_code=language)
        .order_by("path")
        .first()
    )


def linked_paths(wanted: set[str], limit: int = 400) -> dict[str, str]:
    """Follow links from the Swedish home page, as a visitor would, until a page of each view
    in ``wanted`` (``namespace:name``) is found; return the first path found for each.

    Views that take a parameter (a county, a document, an event's sign-up) have no address of
    their own: the one a visitor reaches is the one to check. One page per view is fetched,
    besides Wagtail's pages, which are read for their links; at most ``limit`` in all.
    """
    client = Client()
    found: dict[str, str] = {}

    def view_name(path: str) -> str | None:
        """The view a Swedish path leads to (the other languages' paths are left out)."""
        if translation.get_language_from_path(path):
            return None
        with translation.override(settings.LANGUAGE_CODE):
            try:
                return resolve(path).view_name
            except Resolver404:
                return None

    queue, queued, fetched = deque(["/"]), {"/"}, 0
    while queue and fetched < limit and not wanted <= found.keys():
        path = queue.popleft()
        name = view_name(path)
        if name is None or name in found:
            continue
        response = client.get(path)
        fetched += 1
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        if name != "wagtail_serve":
            found[name] = path
        for link in BeautifulSoup(response.content, "html.parser").find_all("a", href=True):
            target = urlsplit(link["href"])
            if target.scheme or target.netloc or not target.path.startswith("/"):
                continue
            if target.path in queued or target.path.startswith(("/admin/", "/documents/")):
                continue
            queued.add(target.path)
            queue.append(target.path)
    return {name: found[name] for name in wanted if name in found}
