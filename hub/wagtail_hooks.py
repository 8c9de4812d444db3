"""Wagtail admin extension points of the hub: plugin health and editors' accounts (two-step
sign-in, recovery codes, sign-in records)."""

from __future__ import annotations

import json

from django.contrib.auth.models import Permission
from django.db.models import QuerySet
from django.http import HttpRequest
from django.templatetags.static import static
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from hub.accounts import (
    SECOND_FACTOR_PERMISSION,
    EnrolView,
    RecoveryCodesView,
    SecondFactorView,
    account_viewsets,
)
from hub.csp import ADMIN_SCRIPT_FUNCTIONS
from hub.health_panel import PluginHealthPanel, PluginHealthView


@hooks.register("register_admin_urls")
def register_plugin_health_url() -> list[URLPattern]:
    """Serve the plugin health page at /admin/plugins/."""
    return [path("plugins/", PluginHealthView.as_view(), name="hub_plugin_health")]


@hooks.register("register_admin_urls")
def register_second_factor_urls() -> list[URLPattern]:
    """Serve the code prompt, enrolment and recovery codes under /admin/2fa/."""
    return [
        path("2fa/verify/", SecondFactorView.as_view(), name="hub_2fa_verify"),
        path("2fa/enrol/", EnrolView.as_view(), name="hub_2fa_enrol"),
        path("2fa/recovery-codes/", RecoveryCodesView.as_view(), name="hub_recovery_codes"),
    ]


@hooks.register("register_account_menu_item")
def register_two_step_menu_item(request: HttpRequest) -> dict[str, object]:
    """Offer two-step sign-in on the account page."""
    return {
        "url": reverse("hub_2fa_enrol"),
        "label": _("Two-step sign-in"),
        "help_text": _("Add an authenticator app, so that signing in also needs a code from it."),
    }


@hooks.register("register_account_menu_item")
def register_recovery_codes_menu_item(request: HttpRequest) -> dict[str, object]:
    """Offer recovery codes on the account page."""
    return {
        "url": reverse("hub_recovery_codes"),
        "label": _("Recovery codes"),
        "help_text": _("One-time codes for signing in when your authenticator app is lost."),
    }


@hooks.register("register_permissions")
def register_second_factor_permission() -> QuerySet[Permission]:
    """Show "must sign in with a second factor" on the group form, for regional groups."""
    app_label, codename = SECOND_FACTOR_PERMISSION.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)


@hooks.register("register_admin_viewset")
def register_sign_in_records() -> list[ModelViewSet]:
    """Settings › Sign-ins, Failed sign-ins, Lockouts and Authenticators, for superusers."""
    return account_viewsets()


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


@hooks.register("insert_global_admin_js")
def start_widgets_without_inline_scripts() -> str:
    """Load the starter of the widgets Wagtail would start with inline scripts (hub/csp.py)."""
    return format_html(
        '<script src="{}" data-functions="{}"></script>',
        static("hub/js/admin-script-calls.js"),
        json.dumps(sorted(ADMIN_SCRIPT_FUNCTIONS)),
    )
