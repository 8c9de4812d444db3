"""Template tags shared by every public page: language links and navigation."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import get_urlconf, reverse, translate_url
from django.utils.safestring import SafeString
from django.utils.translation import get_language, get_language_info, override
from wagtail.models import Page, Site

from hub import content_version as content_versions
from hub import menu
from hub.public_urls import page_full_url
from hub.text_language import LocalizedText, lang_attributes

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    """One entry of the language switcher."""

    code: str
    name: str
    url: str
    current: bool
    bidi: bool


def _page_translation_urls(page: Page, request: HttpRequest | None) -> dict[str, str]:
    """Map language code to the URL of each live translation of a Wagtail page."""
    urls = {}
    for translation in page.get_translations(inclusive=True).live().select_related("locale"):
        url = translation.get_url(request=request)
        if url:
            urls[translation.locale.language_code] = url
    return urls


@lru_cache(maxsize=1024)
def _translated_paths(path: str, language: str, urlconf: object) -> tuple[tuple[str, str], ...]:
    """Return the path in every UI language, from a page in ``language`` under ``urlconf``
    (which resolving it depends on). Resolving and reversing for each language is the
    switcher's cost on every page outside Wagtail, the search page's too: done once per path
    in a process."""
    return tuple((code, translate_url(path, code)) for code, _name in settings.LANGUAGES)


@register.inclusion_tag("hub/language_switcher.html", takes_context=True)
def language_switcher(context: template.Context) -> dict[str, object]:
    """Offer the languages this page exists in (for Wagtail pages) or all UI languages."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    if page is not None and hasattr(page, "get_translations"):
        urls = _page_translation_urls(page, request)
    else:
        path, mark, query = (request.get_full_path() if request else "/").partition("?")
        urlconf = get_urlconf() or settings.ROOT_URLCONF
        translated = _translated_paths(path, current, urlconf)
        urls = {code: url + mark + query for code, url in translated}
    links = []
    for code, _name in settings.LANGUAGES:
        if code not in urls:
            continue
        info = get_language_info(code)
        links.append(
            LanguageLink(code, info["name_local"], urls[code], code == current, info["bidi"])
        )
    return {"links": links}


@register.simple_tag
def lang_attrs(value: object = None) -> SafeString:
    """Add ``lang`` (and ``dir``) to an element whose text is not in the page's language.

    ``<p{% lang_attrs record.description %}>{{ record.description }}</p>``: see
    hub.text_language for how the value's language is known (WCAG 2.1 SC 3.1.2).
    """
    return lang_attributes(value)


@dataclass(frozen=True)
class MenuItem:
    """One entry of the main menu; the title knows its language (the original's, if the page
    is not translated)."""

    title: LocalizedText
    url: str
    current: bool


def _fallback_url(page: Page, site: Site, language: str) -> str:
    """Return the URL under ``language``'s prefix that serves the untranslated original."""
    relative = page.url_path[len(site.root_page.url_path) :]
    with override(language):
        return reverse("wagtail_serve", args=[relative])


@dataclass(frozen=True)
class _MenuEntry:
    """A menu item as cached: what every request in one site and language shares."""

    title: LocalizedText
    url: str
    page_pks: tuple[int, ...]  # the pages this entry stands for, to mark the current one


@register.simple_tag(takes_context=True)
def site_nav(context: template.Context) -> SafeString:
    """Return the main menu's HTML, rendered once per host, language, path and page and kept
    with the content version (hub.content_version): every page shows it, with the visitor's
    place in it marked, and it changes only when the content does. Error pages render it
    afresh (hub/errors/error.html): a mistyped address must not take a place in the cache."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return SafeString("")

    def build() -> SafeString:
        return render_to_string("hub/includes/site_nav.html", {"page": page}, request)

    where = f"{request.get_host()}:{get_language()}:{request.path}:{getattr(page, 'pk', '')}"
    digest = hashlib.blake2b(where.encode(), digest_size=16).hexdigest()  # paths may be long
    return content_versions.cached(f"hub:site-nav:{digest}", build, menu.MENU_SECONDS)


@register.simple_tag(takes_context=True)
def main_menu_items(context: template.Context) -> list[MenuItem]:
    """Return the main menu: the home page's in-menu children, in the active language.

    A page not translated yet is still listed, in its original language, and links to the
    active language's URL, which serves the original with a notice (hub.middleware). The menu
    is on every page: it is built once per site and language and cached until a page changes
    (hub.menu).
    """
    request = context.get("request")
    if request is None:
        return []
    current = getattr(context.get("page"), "pk", None)
    entries = menu.cached(request.get_host(), get_language(), lambda: _menu_entries(request))
    return [MenuItem(entry.title, entry.url, current in entry.page_pks) for entry in entries]


def _menu_title(page: Page) -> str:
    """Return the page's short menu title (communication.SitePage), else its title."""
    return getattr(page, "menu_title", "") or page.title


def _menu_entries(request: HttpRequest) -> list[_MenuEntry]:
    from wagtail.models import Locale, Site

    site = Site.find_for_request(request)
    if site is None:
        return []
    language = get_language()
    locale = Locale.get_active()
    entries = []
    for page in site.root_page.get_children().live().in_menu().specific():
        translation = page.get_translation_or_none(locale)
        if translation is not None and translation.live:
            url = translation.get_url(request=request)
            entries.append(
                _MenuEntry(
                    LocalizedText(_menu_title(translation), locale.language_code),
                    url,
                    (translation.pk, page.pk),
                )
            )
        else:
            title = LocalizedText(_menu_title(page), page.locale.language_code)
            entries.append(_MenuEntry(title, _fallback_url(page, site, language), (page.pk,)))
    return entries


@register.simple_tag(takes_context=True)
def public_page_url(context: template.Context, page: object) -> str:
    """Return the page's absolute public URL, for ``canonical`` and ``og:url``
    (hub.public_urls: never the placeholder Site's ``http://localhost/``)."""
    return page_full_url(page, context.get("request"))


@dataclass(frozen=True)
class FooterLink:
    """A footer link to a page: its title knows its language (the original's, untranslated)."""

    title: LocalizedText
    url: str


@register.simple_tag(takes_context=True)
def about_page_link(context: template.Context) -> FooterLink | None:
    """Return the footer's link to the About page chosen in Settings › Organisation, in the
    active language, or to the original with the untranslated-page notice (cached as the
    main menu is, since every page shows it)."""
    request = context.get("request")
    if request is None:
        return None
    return menu.cached(
        request.get_host(), get_language(), lambda: _about_link(request), name="footer"
    )


def _about_link(request: HttpRequest) -> FooterLink | None:
    from wagtail.models import Locale, Site

    from hub.models import Organisation

    site = Site.find_for_request(request)
    about = Organisation.for_request(request).about_page if site is not None else None
    if about is None or not about.live:
        return None
    locale = Locale.get_active()
    translation = about.get_translation_or_none(locale)
    if translation is not None and translation.live:
        return FooterLink(
            LocalizedText(translation.title, locale.language_code),
            translation.get_url(request=request),
        )
    return FooterLink(
        LocalizedText(about.title, about.locale.language_code),
        _fallback_url(about, site, get_language()),
    )


@register.simple_tag
def content_version() -> str:
    """Return the public content's version, the key of cached fragments that any edit renews
    (hub.content_version): ``{% cache 300 name LANGUAGE_CODE version %}``."""
    return content_versions.current()
