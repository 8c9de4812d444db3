"""What Köping–Arboga–Kungsör computes: its checklists and how often workplaces tailored them.

What it states once (facts, routes, links, figures) is in ``content.py``.
"""

from __future__ import annotations

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from branch_models.models import ChecklistTemplate
from hub.plugins import RegionBlock, public_url


def hub_add_section_blocks() -> list[RegionBlock]:
    """List the industry checklists a workplace can tailor, with how often each was tailored."""
    templates = (
        ChecklistTemplate.objects.public()
        .filter(workplace="")
        .annotate(tailored=Count("copies", filter=Q(copies__live=True)))
        .order_by("name")
    )
    items = [
        {"name": template.name, "url": public_url(template), "copies": template.tailored}
        for template in templates
    ]
    return [
        RegionBlock(
            title=_("Checklists for work placements"),
            template="kak/checklists_block.html",
            context={"templates": items},
        )
    ]
