"""The hub's own hook implementations: what every region gets without writing a hook.

The hub takes the same path as the plugins (dogfooding): facts, section pages, routes and links
from the plugin's ``content`` module (else from its declaration), the ``mappings`` and
``map_layers`` modules found by convention. The core apps add their own implementations the
same way, from their ``hooks`` module (the registry's map layers: ``branch_models.hooks``). A
region's figures are indicator values (the ``outcomes`` app), not a hook.
``firstresult`` defaults run last so a plugin's answer wins.
"""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from hub.plugins.config import RegionPlugin
from hub.plugins.contributions import (
    LocalProcess,
    MapLayer,
    NavigationItem,
    PageSpec,
    PageText,
    RegionContent,
    RegionFacts,
)
from hub.plugins.manager import hookimpl
from hub.plugins.mapping import RecordMapping
from hub.plugins.registry import get_registry

__all__ = [
    "default_region_facts",
    "hub_add_navigation_items",
    "hub_describe_processes",
    "hub_describe_region",
    "hub_provide_map_layers",
    "hub_provide_mappings",
    "hub_seed_section",
    "region_content",
]


def region_content(region: RegionPlugin) -> RegionContent:
    """Return what the plugin's ``content`` module states (nothing when it has none)."""
    content = getattr(get_registry().get_resources(region.slug).content, "content", None)
    return content if isinstance(content, RegionContent) else RegionContent()


def default_region_facts(region: RegionPlugin) -> RegionFacts:
    """Return facts from the plugin's content and declaration; a hook may extend them."""
    content = region_content(region)
    declared = (region.contact,) if region.contact else ()
    return RegionFacts(
        summary=content.summary,
        area=content.area or region.verbose_name,
        region_codes=tuple(region.region_codes),
        municipality_codes=tuple(region.municipality_codes),
        cooperation_bodies=content.cooperation_bodies,
        contacts=content.contacts or declared,
        sources=content.sources,
    )


@hookimpl(trylast=True)
def hub_describe_region(region: RegionPlugin) -> RegionFacts:
    """Describe a region from its declaration when its plugin says nothing more."""
    return default_region_facts(region)


@hookimpl(trylast=True)
def hub_seed_section(region: RegionPlugin) -> PageSpec:
    """Seed the content's section, else a page titled with the region's name in every language."""
    section = region_content(region).section
    if section is not None:
        return section
    texts = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            texts[code] = PageText(title=str(region.verbose_name))
    return PageSpec(slug=region.url_slug, texts=texts)


@hookimpl(tryfirst=True)
def hub_describe_processes(region: RegionPlugin) -> list[LocalProcess]:
    """Return the routes the plugin's content describes."""
    return list(region_content(region).processes)


@hookimpl
def hub_provide_mappings(region: RegionPlugin) -> list[type[RecordMapping]]:
    """Return the ``mappings`` list of the plugin's ``mappings`` module, if it has one."""
    module = get_registry().get_resources(region.slug).mappings
    return list(module.mappings) if module is not None else []


@hookimpl(tryfirst=True)
def hub_provide_map_layers(region: RegionPlugin) -> list[MapLayer]:
    """Return the layers of the plugin's ``map_layers`` module (the registry adds its own
    before them: ``branch_models.hooks``)."""
    module = get_registry().get_resources(region.slug).map_layers
    return [build(region) for build in module.map_layers] if module is not None else []


@hookimpl(trylast=True)
def hub_add_navigation_items(region: RegionPlugin) -> list[NavigationItem]:
    """Give the content's links, then the region's open data (facts, routes, figures as JSON)."""
    return [
        *region_content(region).navigation,
        NavigationItem(
            title=_("Open data about the region"),
            url=reverse("areas:detail", kwargs={"slug": region.url_slug}),
            description=_("Facts, validation routes, figures and map layers as JSON."),
        ),
    ]
