"""Import and export of checklist templates, with their sections as one JSON column."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from import_export import fields

from branch_models.models import (
    ChecklistTemplate,
    Industry,
)
from branch_models.resources.base import RegistryResource
from branch_models.resources.widgets import (
    TEXT_SEPARATOR,
    JSONListWidget,
    ListWidget,
    key_field,
    text,
)

__all__ = [
    "ChecklistTemplateResource",
]


def _check_sections(data: Any) -> list[dict[str, Any]]:
    ok = isinstance(data, list) and all(
        isinstance(s, dict)
        and isinstance(s.get("title"), str)
        and isinstance(s.get("items", []), list)
        and all(isinstance(i, str) for i in s.get("items", []))
        for s in data
    )
    if not ok:
        raise ValueError(_('Write sections as [{"title": "…", "items": ["…", "…"]}, …].'))
    return [{"title": s["title"], "items": list(s.get("items", []))} for s in data]


class ChecklistTemplateResource(RegistryResource):
    """Checklists: industry by SNI code, template by slug, sections as JSON."""

    name = text("name")
    industry = key_field(Industry, "code", attribute="industry")
    workplace = text("workplace")
    based_on = key_field(ChecklistTemplate, "slug", attribute="based_on")
    intro = text("intro")
    sections = fields.Field(attribute="sections", widget=JSONListWidget(_check_sections))
    language_items = fields.Field(attribute="language_items", widget=ListWidget(TEXT_SEPARATOR))

    class Meta(RegistryResource.Meta):
        model = ChecklistTemplate
        fields = ("slug", *ChecklistTemplate.content_fields, *ChecklistTemplate.provenance_fields)
        import_order = export_order = fields
