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
        """Import every app's ``indexes`` module, then connect signals for those models only."""
        from hub.signals import plugins_loaded
        from search import outbox

        autodiscover_modules("indexes")
        outbox.connect_signals()
        # A plugin enabled later brings its indexes: watch their models too.
        plugins_loaded.connect(outbox.connect_signals_for_plugins, dispatch_uid="search:plugins")
