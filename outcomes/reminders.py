"""Who still has to write a half-year plan or report, for the dashboard and the e-mails.

A municipality takes part when it had a plan in one of the two cycles before: it is then
expected to plan the current cycle, and to report on the previous one once it has ended.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.db.models import QuerySet

from branch_models.models import Municipality, Region
from outcomes.models import HalfYear, HalfYearPlan

__all__ = ["REMINDER_DAYS", "RegionStatus", "recipients", "region_status", "reminder_kind"]

# A reminder goes out in the first (plans) and the last (reports) this many days of a cycle.
REMINDER_DAYS = 14


@dataclass
class RegionStatus:
    """A county's roll-up: plans for the current cycle, reports for the previous one."""

    region: Region
    cycle: HalfYear
    taking_part: list[Municipality] = field(default_factory=list)
    without_plan: list[Municipality] = field(default_factory=list)
    without_report: list[HalfYearPlan] = field(default_factory=list)
    due_now: list[HalfYearPlan] = field(default_factory=list)
    plans: int = 0
    reports: int = 0
    previous_plans: int = 0

    @property
    def previous(self) -> HalfYear:
        """The cycle whose reports are due."""
        return self.cycle.previous()


def region_status(region: Region, today: date) -> RegionStatus:
    """Roll up a county's plans and reports (drafts count: they are being written).

    In a cycle's last days the reports of the cycle itself are due too (``due_now``).
    """
    cycle = HalfYear.containing(today)
    previous = cycle.previous()
    earlier = previous.previous()
    plans = HalfYearPlan.objects.filter(owner_region=region).select_related("municipality")
    status = RegionStatus(region, cycle)
    recent = [p for p in plans if p.cycle in (previous, earlier)]
    status.taking_part = sorted({p.municipality for p in recent}, key=lambda m: m.name)
    current = [p for p in plans if p.cycle == cycle]
    planned = {p.municipality_id for p in current}
    status.plans = len(current)
    status.without_plan = [m for m in status.taking_part if m.pk not in planned]
    previous_plans = [p for p in plans if p.cycle == previous]
    status.previous_plans = len(previous_plans)
    status.reports = sum(p.reported for p in previous_plans)
    status.without_report = [p for p in previous_plans if not p.reported]
    if reminder_kind(today) == "end":
        status.due_now = [p for p in current if not p.reported]
    return status


def reminder_kind(today: date) -> str:
    """``start`` early in a cycle, ``end`` late in it, else empty."""
    cycle = HalfYear.containing(today)
    if today < cycle.start + timedelta(days=REMINDER_DAYS):
        return "start"
    if today > cycle.end - timedelta(days=REMINDER_DAYS):
        return "end"
    return ""


def recipients(region: Region) -> QuerySet:
    """Active users with a developer's or editor's role in the county and an e-mail address."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__regional_role__region=region)
        .exclude(email="")
        .distinct()
    )
