"""App configuration for the public search."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from django.apps import AppConfig, apps
from django.db.models.signals import post_delete, post_save
from django.utils.module_loading import module_has_submodule
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from hub.plugins.registry import HubRegistry
    from search.index import IndexStore


class SearchConfig(AppConfig):
    """The `search` app; the package name is generic, so the label is explicit.

    ``ready()`` builds the one ``IndexStore`` (``indexes``) and keeps it on this instance.
    """

    name = "search"
    label = "search"
    verbose_name = _("Search")
    indexes: IndexStore

    def ready(self) -> None:
        """Import every app's ``indexes`` module, then connect signals for those models only;
        register who keeps synonyms."""
        from wagtail.permissions import register_permission_policy

        from hub.permission_policies import NationalPermissionPolicy
        from hub.plugins.config import RegionPlugin
        from hub.plugins.registry import get_registry
        from hub.signals import plugins_loaded
        from search import outbox
        from search.analysis.current import forget_synonyms
        from search.index import IndexStore
        from search.models import Synonym

        # Synonyms change every region's search: national editors keep them (hub.groups
        # gives that group the permissions), everyone with a role may read them.
        register_permission_policy(Synonym, NationalPermissionPolicy(Synonym), exact_class=True)
        post_save.connect(forget_synonyms, sender=Synonym, dispatch_uid="search:synonyms")
        post_delete.connect(forget_synonyms, sender=Synonym, dispatch_uid="search:synonyms")

        self.indexes = IndexStore()
        for app_config in apps.get_app_configs():
            # A plugin's indexes are its ``indexes`` resource, which the hub has loaded.
            if isinstance(app_config, RegionPlugin):
                continue
            if module_has_submodule(app_config.module, "indexes"):
                self.indexes.register_module(import_module(f"{app_config.name}.indexes"))
        self.add_plugin_indexes(get_registry())
        outbox.connect_signals()
        # A plugin enabled later brings its indexes: store them and watch their models too.
        plugins_loaded.connect(self.plugins_loaded, dispatch_uid="search:plugins")

    def add_plugin_indexes(self, registry: HubRegistry) -> None:
        """Store the indexes of the registry's plugins (their ``indexes`` resources)."""
        for plugin in registry.get_plugins():
            module = registry.get_resources(plugin.slug).indexes
            if module is not None:
                self.indexes.register_module(module)

    def plugins_loaded(self, sender: object, registry: HubRegistry, **kwargs: object) -> None:
        """Receive ``hub.signals.plugins_loaded``: store the plugins' indexes, connect them."""
        from search import outbox

        self.add_plugin_indexes(registry)
        outbox.connect_signals()
