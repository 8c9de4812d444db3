"""Load the enabled plugins into a ``HubRegistry``: resources by convention, then hooks.

Called once from ``HubConfig.ready()``. Nothing here raises for a broken plugin: every problem
is recorded and ``hub.plugins.checks`` turns it into a start-up error naming the plugin and the fix.
"""

from __future__ import annotations

from importlib import import_module

from django.apps import apps
from django.utils.module_loading import module_has_submodule

from hub.plugins import default_hooks
from hub.plugins.config import RESOURCES, RegionPlugin
from hub.plugins.manager import build_plugin_manager
from hub.plugins.registry import HubRegistry, LoadProblem, PluginResources
from hub.signals import plugins_loaded

__all__ = ["load_plugins"]


def _load_resources(plugin: RegionPlugin, registry: HubRegistry) -> PluginResources:
    modules = {}
    for resource in RESOURCES:
        try:
            modules[resource] = plugin.load_resource(resource)
        except Exception as exc:  # noqa: BLE001 - any import failure is reported by the checks
            module_name = plugin.resource_module_name(resource)
            registry.register_problem(
                LoadProblem(
                    plugin.slug or plugin.name,
                    f"its {resource} module {module_name} failed to import "
                    f"({type(exc).__name__}: {exc}).",
                    f"Fix the module; `python -c 'import {module_name}'` shows the traceback.",
                )
            )
            modules[resource] = None
    return PluginResources(**modules)


def _core_hooks() -> list[tuple[str, object]]:
    """Return the ``hooks`` module of every installed app that is not a plugin, by label.

    The core apps implement hooks for every region the way plugins do (the registry's map
    layers), so the framework never imports them.
    """
    found: list[tuple[str, object]] = []
    for app_config in apps.get_app_configs():
        if isinstance(app_config, RegionPlugin) or app_config.name == "hub":
            continue
        if module_has_submodule(app_config.module, "hooks"):
            found.append((app_config.label, import_module(f"{app_config.name}.hooks")))
    return found


def load_plugins() -> HubRegistry:
    """Build the registry from the enabled plugins (``INSTALLED_APPS`` order = ``HUB_PLUGINS``)."""
    registry = HubRegistry()
    for app_config in apps.get_app_configs():
        if isinstance(app_config, RegionPlugin):
            registry.register_plugin(app_config)
    plugin_hooks = []
    for plugin in registry.get_plugins():
        resources = _load_resources(plugin, registry)
        registry.register_resources(plugin.slug, resources)
        if resources.hooks is not None:
            plugin_hooks.append((plugin.slug, resources.hooks))
    manager, problems = build_plugin_manager(default_hooks, plugin_hooks, _core_hooks())
    for problem in problems:
        registry.register_problem(
            LoadProblem(
                problem.owner,
                f"a hook implementation cannot be registered: {problem.message}",
                "Match the hook's signature in hub/plugins/hookspecs.py "
                "(docs/plugins.md lists them).",
            )
        )
    registry.register_plugin_manager(manager)
    plugins_loaded.send(sender=HubRegistry, registry=registry)
    return registry
