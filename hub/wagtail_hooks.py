"""Wagtail admin extension points of the hub: the plugin health page and dashboard panel."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from hub.health_panel import PluginHealthPanel, PluginHealthView


@hooks.register("register_admin_urls")
def register_plugin_health_url() -> list[URLPattern]:
    """Serve the plugin health page at /admin/plugins/."""
    return [path("plugins/", PluginHealthView.as_view(), name="hub_plugin_health")]


class SuperuserMenuItem(MenuItem):
    """A menu item only superusers see (plugin health concerns the operators)."""

    def is_shown(self, request: HttpRequest) -> bool:
        """Show the item to superusers only."""
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_plugin_health_menu_item() -> MenuItem:
    """Add "Regional plugins" to the Settings menu."""
    return SuperuserMenuItem(
        _("Regional plugins"), reverse("hub_plugin_health"), icon_name="site", order=900
    )


@hooks.register("construct_homepage_panels")
def add_plugin_health_panel(request: HttpRequest, panels: list[object]) -> None:
    """Warn superusers on the dashboard when a plugin is failing or invalid."""
    if request.user.is_superuser:
        panels.append(PluginHealthPanel(request))
