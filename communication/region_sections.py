"""Seed each enabled region's section of the site from its plugin (``hub_seed_section``).

Pages live under a "Regions" page (slug ``regions``) below each home page, so a region's pages
and its plugin's own views share ``/regions/<slug>/``. Seeding creates missing pages and
translations only: once a page exists it belongs to the editors and is never overwritten, so
running it again (or at every deploy) is safe.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from branch_models.models import Region
from communication.models import ContentPage, HomePage, RegionSectionPage
from hub.plugins.areas import section_spec
from hub.plugins.config import RegionPlugin
from hub.plugins.contributions import PageSpec, PageText
from hub.plugins.registry import get_registry

__all__ = ["REGIONS_SLUG", "regions_page", "seed_region_sections"]

REGIONS_SLUG = "regions"


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _fill(page: Page, text: PageText) -> None:
    page.title = text.title
    page.intro = text.intro
    page.body = list(text.body)


def _translate(page: Page, locale: Locale, text: PageText) -> bool:
    """Create the page's translation in ``locale`` unless it exists; return whether it did."""
    if page.get_translation_or_none(locale) is not None:
        return False
    translated = page.copy_for_translation(locale).specific
    _fill(translated, text)
    translated.slug = text.slug or page.slug
    _publish(translated)
    return True


def _regions_index(home: Page, locales: dict[str, Locale]) -> tuple[Page, int]:
    """Return the "Regions" page under the Swedish home page, creating it in every language."""
    written = 0
    index = home.get_children().filter(slug=REGIONS_SLUG).specific().first()
    texts = {}
    for code in locales:
        with translation.override(code):
            texts[code] = PageText(
                title=_("Regions"),
                intro=_(
                    "Regions and cooperation areas show how validation works where they are: "
                    "local routes, contacts, figures and maps."
                ),
                slug=REGIONS_SLUG,
            )
    if index is None:
        index = ContentPage(slug=REGIONS_SLUG, locale=home.locale, show_in_menus=True)
        _fill(index, texts["sv"])
        home.add_child(instance=index)
        _publish(index)
        written += 1
    for code, locale in locales.items():
        if code != "sv" and home.get_translation_or_none(locale) is not None:
            written += _translate(index, locale, texts[code])
    return index, written


def _seed_tree(
    parent: Page,
    spec: PageSpec,
    locales: dict[str, Locale],
    page: Page | None,
    new_page: Callable[[], Page],
) -> int:
    """Create ``page`` from ``new_page`` unless it exists, then its translations and children."""
    written = 0
    if page is None:
        page = new_page()
        _fill(page, spec.texts["sv"])
        parent.add_child(instance=page)
        _publish(page)
        written += 1
    written += _seed_translations(page, spec, locales)
    for child in spec.children:
        written += _seed_page(page, child, locales)
    return written


def _seed_page(parent: Page, spec: PageSpec, locales: dict[str, Locale]) -> int:
    page = parent.get_children().filter(slug=spec.slug).specific().first()
    return _seed_tree(
        parent, spec, locales, page, lambda: ContentPage(slug=spec.slug, locale=parent.locale)
    )


def _seed_translations(page: Page, spec: PageSpec, locales: dict[str, Locale]) -> int:
    written = 0
    for code, text in spec.texts.items():
        locale = locales.get(code)
        parent = page.get_parent()
        if code == "sv" or locale is None or parent.get_translation_or_none(locale) is None:
            continue
        written += _translate(page, locale, text)
    return written


def _seed_section(index: Page, plugin: RegionPlugin, locales: dict[str, Locale]) -> int:
    spec = section_spec(plugin)
    section = RegionSectionPage.objects.child_of(index).filter(plugin=plugin.slug).first()
    return _seed_tree(
        index,
        spec,
        locales,
        section,
        lambda: RegionSectionPage(
            slug=spec.slug,
            locale=index.locale,
            plugin=plugin.slug,
            region=Region.objects.get(code=plugin.home_region_code),
        ),
    )


def regions_page() -> Page | None:
    """Return the live "Regions" page in the active language, if it has been seeded."""
    pages = Page.objects.live().filter(slug=REGIONS_SLUG, depth=3)
    return pages.filter(locale__language_code=get_language()).specific().first()


def seed_region_sections(log: Callable[[str], object]) -> None:
    """Create each enabled plugin's section and pages that are missing, in every language."""
    plugins = get_registry().get_plugins()
    if not plugins:
        log("  region sections: no plugins enabled")
        return
    with transaction.atomic():
        locales = {
            code: Locale.objects.get_or_create(language_code=code)[0]
            for code, _name in settings.LANGUAGES
        }
        home = HomePage.objects.filter(locale=locales["sv"]).first()
        if home is None:
            log("  region sections: no Swedish home page yet; run `manage.py load_demo` first")
            return
        index, written = _regions_index(home, locales)
        for plugin in plugins:
            written += _seed_section(index, plugin, locales)
    log(f"  region sections and pages: {len(plugins)} regions ({written} written)")
