"""Seed each enabled region's section of the site from its plugin (``hub_seed_section``).

Pages live under a "Regions" page (slug ``regions``) below each home page, so a region's pages
and its plugin's own views share ``/regions/<slug>/``. Seeding creates missing pages and
translations only: once a page exists it belongs to the editors and is never overwritten, so
running it again (or at every deploy) is safe.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from branch_models.models import Region
from communication.models import ContentPage, HomePage, RegionSectionPage
from communication.seeding import PageTree, Tally, sync_page
from hub.plugins import contributions
from hub.plugins.areas import section_spec
from hub.plugins.config import RegionPlugin
from hub.plugins.registry import get_registry

__all__ = ["REGIONS_SLUG", "regions_page", "seed_region_sections"]

REGIONS_SLUG = "regions"


def _content(texts: Mapping[str, contributions.PageText]) -> dict[str, dict[str, Any]]:
    """A plugin's page texts as the seeder's fields per language."""
    return {
        code: {
            "title": text.title,
            "intro": text.intro,
            "body": list(text.body),
            **({"slug": text.slug} if text.slug else {}),
        }
        for code, text in texts.items()
    }


def _page_tree(
    spec: contributions.PageSpec,
    model: type[Page] = ContentPage,
    shared: dict[str, Any] | None = None,
) -> PageTree:
    """A plugin's section pages as the seeder's tree: every page below the section is a content
    page."""
    return PageTree(
        model=model,
        slug=spec.slug,
        content=_content(spec.texts),
        shared=shared or {},
        children=[_page_tree(child) for child in spec.children],
    )


def _regions_index(locales: dict[str, Locale]) -> PageTree:
    """The "Regions" page below the home page, in every language."""
    content = {}
    for code in locales:
        with translation.override(code):
            content[code] = {
                "title": _("Regions"),
                "intro": _(
                    "Regions and cooperation areas show how validation works where they are: "
                    "local routes, contacts, figures and maps."
                ),
                "slug": REGIONS_SLUG,
            }
    return PageTree(model=ContentPage, slug=REGIONS_SLUG, content=content, in_menu=True)


def _section(plugin: RegionPlugin) -> PageTree:
    region = Region.objects.get(code=plugin.home_region_code)
    return _page_tree(
        section_spec(plugin), RegionSectionPage, {"plugin": plugin.slug, "region": region}
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
    tally = Tally()
    with transaction.atomic():
        locales = {
            code: Locale.objects.get_or_create(language_code=code)[0]
            for code, _name in settings.LANGUAGES
        }
        home = HomePage.objects.filter(locale=locales["sv"]).first()
        if home is None:
            log("  region sections: no Swedish home page yet; run `manage.py load_demo` first")
            return
        index = sync_page(_regions_index(locales), home, locales, tally, keep_edits=True)
        for plugin in plugins:
            section = RegionSectionPage.objects.child_of(index).filter(plugin=plugin.slug).first()
            sync_page(_section(plugin), index, locales, tally, section, keep_edits=True)
    log(f"  region sections and pages: {len(plugins)} regions ({tally.written} written)")
