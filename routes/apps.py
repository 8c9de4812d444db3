"""App configuration for the route finder."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RoutesConfig(AppConfig):
    """The route finder app; the package name is generic, so the label is explicit."""

    name = "routes"
    label = "routes"
    verbose_name = _("Route finder")

    def ready(self) -> None:
        """Keep the person's input out of the request logs (it lives in the query string)."""
        from routes.privacy import install_log_filter

        install_log_filter()
