"""The hub's one closed, typed registry of enabled plugins, their resources and load problems.

It is built once in ``HubConfig.ready()`` and hangs on that app config, not on a module: when
tests change ``INSTALLED_APPS`` Django builds a new one and restores the old one afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, cast

import pluggy
from django.apps import apps

from hub.plugins.config import RegionPlugin
from hub.plugins.writer import RecordWriter

if TYPE_CHECKING:
    from hub.apps import HubConfig

__all__ = ["HubRegistry", "LoadProblem", "PluginResources", "get_registry", "hub_config"]


@dataclass(frozen=True)
class PluginResources:
    """The optional modules a plugin provides by convention (``None`` when it has none)."""

    content: ModuleType | None = None
    hooks: ModuleType | None = None
    mappings: ModuleType | None = None
    map_layers: ModuleType | None = None
    urls: ModuleType | None = None
    api_urls: ModuleType | None = None
    indexes: ModuleType | None = None


@dataclass(frozen=True)
class LoadProblem:
    """Something wrong with an enabled plugin found while loading it (reported by
    ``hub.plugins.checks``)."""

    plugin: str
    message: str
    hint: str


@dataclass(slots=True)
class HubRegistry:
    """Enabled plugins in ``HUB_PLUGINS`` order, their resources, problems, hook manager and
    the registry app's record writer."""

    _plugins: dict[str, RegionPlugin] = field(default_factory=dict)
    _resources: dict[str, PluginResources] = field(default_factory=dict)
    _problems: list[LoadProblem] = field(default_factory=list)
    _plugin_manager: pluggy.PluginManager | None = None
    _record_writer: RecordWriter | None = None

    def register_plugin(self, plugin: RegionPlugin) -> bool:
        """Add an enabled plugin; return False (keeping the first) when its slug is taken.

        ``hub.plugins.checks`` reports the duplicate (hub.E006), so the site does not start with it.
        """
        if not isinstance(plugin, RegionPlugin):
            raise TypeError(f"{plugin!r} is not a RegionPlugin.")
        if plugin.slug in self._plugins:
            return False
        self._plugins[plugin.slug] = plugin
        return True

    def get_plugin(self, slug: str) -> RegionPlugin | None:
        """Return the enabled plugin with this slug, or None."""
        return self._plugins.get(slug)

    def get_plugins(self) -> list[RegionPlugin]:
        """Return the enabled plugins in ``HUB_PLUGINS`` order."""
        return list(self._plugins.values())

    def get_plugin_by_url_slug(self, url_slug: str) -> RegionPlugin | None:
        """Return the enabled plugin whose URL slug (``-`` for ``_``) this is, or None."""
        return next((p for p in self._plugins.values() if p.url_slug == url_slug), None)

    def register_resources(self, slug: str, resources: PluginResources) -> None:
        """Record the resource modules found for a plugin."""
        if not isinstance(resources, PluginResources):
            raise TypeError(f"{resources!r} is not PluginResources.")
        self._resources[slug] = resources

    def get_resources(self, slug: str) -> PluginResources:
        """Return a plugin's resources (empty for an unknown slug)."""
        return self._resources.get(slug, PluginResources())

    def register_problem(self, problem: LoadProblem) -> None:
        """Record a problem for the system checks."""
        if not isinstance(problem, LoadProblem):
            raise TypeError(f"{problem!r} is not a LoadProblem.")
        self._problems.append(problem)

    def get_problems(self) -> list[LoadProblem]:
        """Return every load problem, in the order found."""
        return list(self._problems)

    def register_plugin_manager(self, manager: pluggy.PluginManager) -> None:
        """Set the hook manager built from the hub's defaults and the plugins' hooks."""
        if not isinstance(manager, pluggy.PluginManager):
            raise TypeError(f"{manager!r} is not a pluggy PluginManager.")
        self._plugin_manager = manager

    def get_plugin_manager(self) -> pluggy.PluginManager:
        """Return the hook manager (built in ``HubConfig.ready()``)."""
        if self._plugin_manager is None:
            raise RuntimeError("The plugin manager is built in HubConfig.ready(); apps not ready.")
        return self._plugin_manager

    def register_record_writer(self, writer: RecordWriter) -> None:
        """Set the registry app's one writer of records from files (from its ``ready()``)."""
        if not callable(writer):
            raise TypeError(f"{writer!r} is not a RecordWriter.")
        self._record_writer = writer

    def get_record_writer(self) -> RecordWriter:
        """Return the writer that plugins' data imports hand their mapped rows to."""
        if self._record_writer is None:
            raise RuntimeError(
                "No record writer: the registry app (branch_models) registers it in its ready(); "
                "is it in INSTALLED_APPS?"
            )
        return self._record_writer


def get_registry() -> HubRegistry:
    """Return the registry of the running hub (``apps.get_app_config("hub").registry``)."""
    return hub_config().registry


def hub_config() -> HubConfig:
    """Return the hub's app config, which holds the registry."""
    return cast("HubConfig", apps.get_app_config("hub"))
