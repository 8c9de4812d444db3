"""Template tags shared by every public page: language links and navigation."""

from __future__ import annotations

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    """One entry of the language switcher."""

    code: str
    name: str
    url: str
    current: bool
    bidi: bool


def _page_translation_urls(page: object, request: object) -> dict[str, str]:
    """Map language code to the URL of each live translation of a Wagtail page."""
    urls = {}
    for translation in page.get_translations(inclusive=True).live().select_related("locale"):
        url = translation.get_url(request=request)
        if url:
            urls[translation.locale.language_code] = url
    return urls


@register.inclusion_tag("hub/language_switcher.html", takes_context=True)
def language_switcher(context: template.Context) -> dict[str, object]:
    """Offer the languages this page exists in (for Wagtail pages) or all UI languages."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    if page is not None and hasattr(page, "get_translations"):
        urls = _page_translation_urls(page, request)
    else:
        path = request.get_full_path() if request else "/"
        urls = {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
    links = []
    for code, _name in settings.LANGUAGES:
        if code not in urls:
            continue
        info = get_language_info(code)
        links.append(
            LanguageLink(code, info["name_local"], urls[code], code == current, info["bidi"])
        )
    return {"links": links}


@register.simple_tag(takes_context=True)
def main_menu_pages(context: template.Context) -> list[object]:
    """Return the live, in-menu children of the current site's home page in the active locale."""
    from wagtail.models import Site

    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    home = site.root_page.localized
    return list(home.get_children().live().in_menu().specific())
