"""Wagtail admin registration for follow-up (Wagtail's own extension points only)."""

from __future__ import annotations

from typing import Any

from django.contrib.admin.utils import quote
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet

from branch_models.models import Region
from hub.dashboard import REMINDERS
from hub.permissions import ALL_REGIONS, regions_for
from outcomes.models import HalfYearPlan
from outcomes.reminders import region_status
from outcomes.viewsets import FollowUpGroup

register_snippet(FollowUpGroup)


class CyclePanel(Component):
    """The dashboard's reminder and roll-up: plans for this cycle, reports for the last one,
    in each county the user writes for."""

    template_name = "outcomes/admin/cycle_panel.html"
    order = REMINDERS

    def __init__(self, request: HttpRequest) -> None:
        self.request = request

    def get_context_data(self, parent_context: dict[str, Any] | None = None) -> dict[str, Any]:
        """Roll up the user's counties (every county with plans, for national roles)."""
        region_ids = regions_for(self.request.user)
        regions = Region.objects.filter(pk__in=HalfYearPlan.objects.values("owner_region"))
        if region_ids is not ALL_REGIONS:
            regions = regions.filter(pk__in=region_ids)
        viewset = HalfYearPlan.snippet_viewset
        statuses = []
        for region in regions.order_by("name"):
            status = region_status(region, timezone.localdate())
            status.report_links = [
                (plan, reverse(viewset.get_url_name("edit"), args=(quote(plan.pk),)))
                for plan in [*status.without_report, *status.due_now]
            ]
            statuses.append(status)
        return {"statuses": statuses, "list_url": reverse(viewset.get_url_name("list"))}


@hooks.register("construct_homepage_panels")
def add_cycle_panel(request: HttpRequest, panels: list[Any]) -> None:
    """Remind editors of the half-year plans and reports due in their counties."""
    panels.append(CyclePanel(request))
