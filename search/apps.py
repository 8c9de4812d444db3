"""App configuration for the public search."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The `search` app; the package name is generic, so the label is explicit."""

    name = "search"
    label = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        """Import every app's ``indexes`` module, then connect signals for those models only;
        register who keeps synonyms."""
        from wagtail.permissions import register_permission_policy

        from hub.permission_policies import NationalPermissionPolicy
        from hub.signals import plugins_loaded
        from search import outbox
        from search.models import Synonym

        # Synonyms change every region's search: national editors keep them (hub.groups
        # gives that group the permissions), everyone with a role may read them.
        register_permission_policy(Synonym, NationalPermissionPolicy(Synonym), exact_class=True)

        autodiscover_modules("indexes")
        outbox.connect_signals()
        # A plugin enabled later brings its indexes: watch their models too.
        plugins_loaded.connect(outbox.connect_signals_for_plugins, dispatch_uid="search:plugins")
