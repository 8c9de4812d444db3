"""Test helpers for plugins: enable an installed plugin, or add a hook, for one block of a test.

Like CKAN's ``use_plugin`` and Wagtail's ``register_temporarily``. Plugin authors use them in
their own tests; the hub's tests use them with the dummy plugin (tests/fixtures/dummy_plugin).
"""

from __future__ import annotations

import importlib
import io
import itertools
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any

from django.apps import AppConfig, apps
from django.conf import settings
from django.core.checks import CheckMessage
from django.core.management import call_command
from django.core.signals import setting_changed
from django.test import signals as _test_signals  # noqa: F401 - connects the cache resets
from django.test.utils import override_settings
from django.urls import clear_url_caches

from hub.plugins.areas import data_mappings
from hub.plugins.checks import check_plugins
from hub.plugins.config import RegionPlugin
from hub.plugins.discovery import installed_plugins
from hub.plugins.importer import ImportReport, run_import
from hub.plugins.loader import load_plugins
from hub.plugins.manager import register_hooks
from hub.plugins.registry import get_registry, hub_config

__all__ = [
    "enable_plugin",
    "import_samples",
    "plugin_errors",
    "register_hookimpl_temporarily",
    "seed_sections",
]

_counter = itertools.count(1)


def _reload_urlconf() -> None:
    """Rebuild the URL patterns from the current registry (plugin URLs are mounted at import)."""
    clear_url_caches()
    importlib.reload(importlib.import_module(settings.ROOT_URLCONF))
    clear_url_caches()


def _apps_changed() -> None:
    """Reset what Django caches per installed app (templates, static finders, translations)."""
    apps.clear_cache()
    setting_changed.send(
        sender=type(settings), setting="INSTALLED_APPS", value=settings.INSTALLED_APPS, enter=True
    )


@contextmanager
def enable_plugin(slug: str, config: Mapping[str, str] | None = None) -> Iterator[RegionPlugin]:
    """Enable an installed plugin inside the block, as if ``HUB_PLUGINS`` listed it.

    The plugin is found by its entry point (it must be installed), its app config is added to
    the running app registry, the hub's plugin registry is rebuilt and its URLs are mounted.
    ``config`` stands in for its ``HUB_<SLUG>_<KEY>`` environment variables. (Overriding
    ``INSTALLED_APPS`` would re-run every app's ``ready()``, which Wagtail's apps refuse.) A
    plugin that is enabled already stays as it is; only ``config`` applies inside the block.
    """
    plugin_config = dict(settings.HUB_PLUGINS_CONFIG)
    if config is not None:
        plugin_config[slug] = dict(config)
    enabled_already = get_registry().get_plugin(slug)
    if enabled_already is not None:
        with override_settings(HUB_PLUGINS_CONFIG=plugin_config):
            yield enabled_already
        return
    entry = installed_plugins().get(slug)
    if entry is None:
        raise LookupError(f"Plugin {slug!r} is not installed; install its distribution first.")
    hub_app = hub_config()
    previous_registry = hub_app.registry
    plugin = AppConfig.create(entry.app)
    if not isinstance(plugin, RegionPlugin):
        raise LookupError(f"Plugin {slug!r} points to {entry.app}, which is not a RegionPlugin.")
    plugin.apps = apps
    plugin.import_models()
    enabled = [*settings.HUB_PLUGINS, slug]
    try:
        with override_settings(HUB_PLUGINS=enabled, HUB_PLUGINS_CONFIG=plugin_config):
            apps.app_configs[plugin.label] = plugin
            _apps_changed()
            plugin.ready()
            registry = load_plugins()
            # The core apps registered their contributions in ready(), which does not run again.
            registry.register_record_writer(previous_registry.get_record_writer())
            hub_app.registry = registry
            _reload_urlconf()
            yield plugin
    finally:
        apps.app_configs.pop(plugin.label, None)
        _apps_changed()
        hub_app.registry = previous_registry
        _reload_urlconf()


@contextmanager
def register_hookimpl_temporarily(owner: str, **functions: Callable[..., Any]) -> Iterator[None]:
    """Register hook functions for ``owner`` (a plugin slug or ``"hub"``) inside the block.

    ``register_hookimpl_temporarily("norra_halland", hub_add_navigation_items=broken)`` makes
    ``broken`` one of that plugin's hooks: it runs guarded, like the plugin's own hooks, and its
    failures are reported as the plugin's.
    """
    manager = get_registry().get_plugin_manager()
    name = f"{owner}.temporary.{next(_counter)}"
    hooks = register_hooks(manager, owner, SimpleNamespace(**functions), name)
    try:
        yield
    finally:
        manager.unregister(hooks)


def plugin_errors(plugin: RegionPlugin) -> list[CheckMessage]:
    """Return the system-check errors that concern this plugin (an empty list when valid)."""
    return [
        message
        for message in check_plugins()
        if message.obj is plugin or message.obj == plugin.slug
    ]


def import_samples(plugin: RegionPlugin, commit: bool = False) -> list[ImportReport]:
    """Import the sample file of each of the plugin's mappings (a dry run unless ``commit``)."""
    return [
        run_import(plugin, mapping, plugin.fixtures_dir / mapping.sample, commit=commit)
        for mapping in data_mappings(plugin)
    ]


def seed_sections() -> None:
    """Create the enabled plugins' section pages, as ``manage.py seed_region_sections`` does."""
    call_command("seed_region_sections", stdout=io.StringIO())
