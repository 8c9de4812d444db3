"""Find installed regional plugins by entry point, without importing them (used by settings).

Settings run before Django is set up, so this module reads only package metadata: each entry
point in the ``valideringsnavet.plugins`` group names a plugin (its slug) and the plugin's
``RegionPlugin`` class as ``package.module:Class``. Installed is not enabled: ``HUB_PLUGINS``
chooses which installed plugins run, in which order (as CKAN's ``ckan.plugins`` does).
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.metadata import entry_points

from django.core.exceptions import ImproperlyConfigured

__all__ = [
    "ENTRY_POINT_GROUP",
    "PluginEntry",
    "enabled_plugins",
    "installed_plugins",
    "plugin_settings_from_env",
]

ENTRY_POINT_GROUP = "valideringsnavet.plugins"


@dataclass(frozen=True)
class PluginEntry:
    """One installed plugin as its distribution announces it.

    Attributes:
        slug: the entry point's name; what ``HUB_PLUGINS`` lists.
        app: dotted path of the ``RegionPlugin`` class, as ``INSTALLED_APPS`` takes it.
        package: the plugin's top package (the Django app's ``name``).
        distribution: the name of the installed distribution that declares it.
    """

    slug: str
    app: str
    package: str
    distribution: str


def installed_plugins() -> dict[str, PluginEntry]:
    """Return every installed plugin by slug, in the order the distributions declare them.

    Two distributions declaring the same slug is a configuration error: only one plugin can
    own ``/regions/<slug>/``, so both are named and start-up stops.
    """
    found: dict[str, PluginEntry] = {}
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        distribution = entry.dist.name if entry.dist else "?"
        module, _, attr = entry.value.partition(":")
        if not attr:
            raise ImproperlyConfigured(
                f"Plugin entry point {entry.name!r} of distribution {distribution!r} points to "
                f"{entry.value!r}; it must name the plugin class as 'package.apps:ClassName'."
            )
        plugin = PluginEntry(
            slug=entry.name,
            app=f"{module.strip()}.{attr.strip()}",
            package=module.strip().rsplit(".", 1)[0],
            distribution=distribution,
        )
        other = found.get(entry.name)
        if other is not None and other.app != plugin.app:
            # Sorted: sys.path order decides which is found first, the message should not vary.
            first, second = sorted((other, plugin), key=lambda claimant: claimant.app)
            raise ImproperlyConfigured(
                f"Two installed plugins claim the slug {entry.name!r}: {first.app} (distribution "
                f"{first.distribution!r}) and {second.app} (distribution {second.distribution!r}). "
                "Uninstall one, or give one a different entry point name and slug."
            )
        found[entry.name] = plugin
    return found


def enabled_plugins(selection: Iterable[str] | None) -> list[PluginEntry]:
    """Return the plugins to run: all installed when ``selection`` is None, else those listed.

    A listed slug that is not installed, or whose package is missing although its entry point
    is still registered (a deleted folder before reinstalling), stops start-up with the fix.
    """
    installed = installed_plugins()
    slugs = list(installed) if selection is None else [s.strip() for s in selection if s.strip()]
    chosen = []
    for slug in slugs:
        plugin = installed.get(slug)
        if plugin is None:
            known = ", ".join(sorted(installed)) or "none"
            raise ImproperlyConfigured(
                f"HUB_PLUGINS lists {slug!r}, which is not installed (installed: {known}). "
                "Install its distribution or remove it from HUB_PLUGINS."
            )
        if importlib.util.find_spec(plugin.package) is None:
            raise ImproperlyConfigured(
                f"Plugin {slug!r} is registered by distribution {plugin.distribution!r} but its "
                f"package {plugin.package!r} cannot be found. Reinstall the distribution "
                "(`pip install -e .` for in-repo plugins) or leave it out of HUB_PLUGINS."
            )
        chosen.append(plugin)
    return chosen


def plugin_settings_from_env(
    slugs: Iterable[str], environ: Mapping[str, str] = os.environ
) -> dict[str, dict[str, str]]:
    """Collect ``HUB_<SLUG>_<KEY>`` variables into ``{slug: {key: value}}`` (keys lower case).

    Values stay strings here; ``get_plugin_setting`` converts them to the type of the plugin's
    default, because only the plugin class knows its settings and settings may not import it.
    """
    config: dict[str, dict[str, str]] = {}
    for slug in slugs:
        prefix = f"HUB_{slug.upper()}_"
        config[slug] = {
            name[len(prefix) :].lower(): value
            for name, value in environ.items()
            if name.startswith(prefix)
        }
    return config
