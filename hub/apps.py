"""App configuration for the hub core."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from hub.plugins.registry import HubRegistry


class HubConfig(AppConfig):
    """The project core: shared templates, static files, health, demo loading and plugins.

    ``ready()`` builds the plugin registry and hook manager once and keeps them on this
    instance (``registry``), so there is no module-level plugin state.
    """

    name = "hub"
    label = "hub"
    verbose_name = _("Hub")
    registry: HubRegistry

    def ready(self) -> None:
        """Load the enabled plugins, register the system checks and the signal receivers;
        start the admin's choosers without inline scripts (``hub.csp``)."""
        from hub.accounts import register_accounts
        from hub.content_version import connect_signals
        from hub.csp import move_chooser_scripts_to_data
        from hub.plugins.checks import check_plugins, check_shared_cache
        from hub.plugins.loader import load_plugins

        connect_signals()
        register_accounts()
        move_chooser_scripts_to_data()

        self.registry = load_plugins()
        checks.register(check_plugins, "plugins")
        checks.register(check_shared_cache, checks.Tags.caches, deploy=True)
