"""Plugin health for administrators: ``manage.py plugins``, an admin page and a dashboard panel.

A plugin is *invalid* when the system checks find a problem, *failing* when one of its hooks
failed in the last 24 hours (``PluginIncident``), otherwise *ok*; installed plugins that
``HUB_PLUGINS`` leaves out are *not enabled*.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponseBase
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from hub.plugins.checks import check_plugins
from hub.plugins.config import RESOURCES, RegionPlugin
from hub.plugins.discovery import installed_plugins
from hub.plugins.registry import get_registry

__all__ = ["PluginHealthPanel", "PluginHealthView", "PluginStatus", "plugin_statuses"]

FAILING_WINDOW = timedelta(hours=24)
STATUS_LABELS = {
    "ok": _("OK"),
    "failing": _("Failing"),
    "invalid": _("Invalid"),
    "disabled": _("Not enabled"),
}


@dataclass(frozen=True)
class PluginStatus:
    """What an administrator needs to know about one installed plugin."""

    slug: str
    name: str
    version: str
    app: str
    distribution: str
    enabled: bool
    status: str
    resources: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    last_error: str = ""
    last_error_hook: str = ""
    last_error_at: datetime | None = None
    error_count: int = 0

    @property
    def status_label(self) -> str:
        """The status in words."""
        return str(STATUS_LABELS[self.status])

    def as_dict(self) -> dict[str, Any]:
        """Return the status as JSON-ready values."""
        data = asdict(self)
        data["last_error_at"] = self.last_error_at.isoformat() if self.last_error_at else None
        return data


def _problems_by_plugin() -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for message in check_plugins():
        owner = message.obj.slug if isinstance(message.obj, RegionPlugin) else message.obj
        grouped[str(owner)].append(f"{message.id}: {message.msg} {message.hint or ''}".strip())
    return grouped


def plugin_statuses(with_incidents: bool = True) -> list[PluginStatus]:
    """Return the status of every installed plugin, enabled ones first in their order."""
    from hub.models import PluginIncident

    registry = get_registry()
    enabled = {plugin.slug: plugin for plugin in registry.get_plugins()}
    incidents = (
        {incident.plugin: incident for incident in PluginIncident.objects.all()}
        if with_incidents
        else {}
    )
    problems = _problems_by_plugin()
    now = timezone.now()
    installed = installed_plugins()
    order = list(enabled) + [slug for slug in installed if slug not in enabled]
    statuses = []
    for slug in order:
        entry = installed.get(slug)
        plugin = enabled.get(slug)
        incident = incidents.get(slug)
        resources = registry.get_resources(slug)
        if plugin is None:
            status = "disabled"
        elif problems.get(slug):
            status = "invalid"
        elif incident is not None and now - incident.last_seen < FAILING_WINDOW:
            status = "failing"
        else:
            status = "ok"
        statuses.append(
            PluginStatus(
                slug=slug,
                name=str(plugin.verbose_name) if plugin else slug,
                version=plugin.version if plugin else "",
                app=entry.app if entry else f"{type(plugin).__module__}.{type(plugin).__name__}",
                distribution=entry.distribution if entry else "-",
                enabled=plugin is not None,
                status=status,
                resources=[name for name in RESOURCES if getattr(resources, name) is not None],
                problems=problems.get(slug, []),
                last_error=incident.message if incident else "",
                last_error_hook=incident.hook if incident else "",
                last_error_at=incident.last_seen if incident else None,
                error_count=incident.count if incident else 0,
            )
        )
    return statuses


class PluginHealthView(WagtailAdminTemplateMixin, TemplateView):
    """`/admin/plugins/`: every installed plugin with its status and latest error."""

    page_title = _("Regional plugins")
    header_icon = "site"
    template_name = "hub/admin/plugin_health.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        """Let superusers only in: plugin errors and configuration concern the operators."""
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        """Home › Regional plugins."""
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        """Add the statuses."""
        return {**super().get_context_data(**kwargs), "statuses": plugin_statuses()}


class PluginHealthPanel(Component):
    """Dashboard panel that appears only when an enabled plugin is failing or invalid."""

    name = "plugin_health"
    template_name = "hub/admin/plugin_health_panel.html"
    order = 90

    def __init__(self, request: HttpRequest) -> None:
        self.request = request

    def get_context_data(self, parent_context: Any) -> dict[str, Any]:
        """Add the plugins that need attention."""
        troubled = [s for s in plugin_statuses() if s.status in {"failing", "invalid"}]
        return {**super().get_context_data(parent_context), "troubled": troubled}
