"""Which editorial workflow a piece of content goes through: its region's, or the national one.

``setup_regional_groups`` creates one workflow per region (approved by the region's editors and
the national editors) and a national one. Pages in a region's section get theirs through the
page tree; items in the shared lists (events, news) and registry records ask by their region
here, so a record of Kalmar län always goes to Kalmar's editors.
"""

from __future__ import annotations

from typing import Protocol

from wagtail.models import Workflow

__all__ = ["NATIONAL_WORKFLOW", "region_workflow", "workflow_name"]

NATIONAL_WORKFLOW = "Nationellt: granskning och publicering"


class _Named(Protocol):
    name: str


def workflow_name(region: _Named | None) -> str:
    """Return the name of a region's workflow (None: the national workflow)."""
    return NATIONAL_WORKFLOW if region is None else f"{region.name}: granskning och publicering"


def region_workflow(region: _Named | None) -> Workflow | None:
    """Return the active workflow of a region (None: national), if the set-up made it."""
    return Workflow.objects.filter(name=workflow_name(region), active=True).first()
