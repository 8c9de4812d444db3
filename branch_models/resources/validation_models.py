"""Import and export of validation models, with their steps as one JSON column."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from import_export import fields

from branch_models.forms import parse_language_code
from branch_models.models import (
    Actor,
    Competence,
    Industry,
    Occupation,
    Region,
    StepKind,
    ValidationModel,
    ValidationStep,
)
from branch_models.resources.base import RegistryResource
from branch_models.resources.widgets import (
    CODE_SEPARATOR,
    TEXT_SEPARATOR,
    JSONListWidget,
    KeysWidget,
    ListWidget,
    key_field,
    text,
)
from hub.bulk import insert_objects

__all__ = [
    "STEP_FIELDS",
    "StepsField",
    "ValidationModelResource",
]


STEP_FIELDS = ("kind", "title", "description", "duration")


def _check_steps(data: Any) -> list[dict[str, Any]]:
    ok = isinstance(data, list) and all(
        isinstance(s, dict) and isinstance(s.get("title"), str) and s.get("title") for s in data
    )
    if not ok:
        raise ValueError(
            _(
                'Write steps as [{"kind": "mapping", "title": "…", "description": "…", "duration": '
                '"…"}, …].'
            )
        )
    for step in data:
        if step.get("kind") not in StepKind.values:
            raise ValueError(
                _("Step kind “%(value)s” is not one of: %(choices)s.")
                % {"value": step.get("kind"), "choices": ", ".join(StepKind.values)}
            )
    return [{name: str(step.get(name) or "") for name in STEP_FIELDS} for step in data]


class StepsField(fields.Field):
    """A validation model's ordered steps as one JSON column."""

    def get_value(self, instance: Any) -> list[dict[str, Any]]:
        """Read the steps in order (from the prefetch cache when the queryset has one)."""
        if instance.pk is None:
            return []
        steps = sorted(instance.steps.all(), key=lambda step: step.sort_order or 0)
        return [{name: getattr(step, name) for name in STEP_FIELDS} for step in steps]

    def save(self, instance: Any, row: Any, is_m2m: bool = False, **kwargs: Any) -> None:
        """Set nothing on the record: steps are written after it, with the other relations
        (``RegistryResource.import_instance`` parses them)."""


class ValidationModelResource(RegistryResource):
    """Validation models: owner and providers by slug, codes for industry, occupations, regions;
    competences by name (one per line); steps as JSON."""

    relations = ("occupations", "competences", "providers", "regions", "steps")

    name = text("name")
    name_en = text("name_en")
    industry = key_field(Industry, "code", attribute="industry")
    owner = key_field(Actor, "slug", attribute="owner")
    method_family = text("method_family")
    status = text("status")
    summary = text("summary")
    summary_en = text("summary_en")
    summary_easy = text("summary_easy")
    description = text("description")
    occupations = fields.Field(
        attribute="occupations", widget=KeysWidget(Occupation, "code", CODE_SEPARATOR)
    )
    competences = fields.Field(
        attribute="competences", widget=KeysWidget(Competence, "name", TEXT_SEPARATOR)
    )
    steps = StepsField(attribute="steps", widget=JSONListWidget(_check_steps))
    assessment_languages = fields.Field(
        attribute="assessment_languages", widget=ListWidget(CODE_SEPARATOR, parse_language_code)
    )
    prerequisites = text("prerequisites")
    cost = text("cost")
    paid_by = text("paid_by")
    providers = fields.Field(
        attribute="providers", widget=KeysWidget(Actor, "slug", CODE_SEPARATOR)
    )
    regions = fields.Field(attribute="regions", widget=KeysWidget(Region, "code", CODE_SEPARATOR))

    class Meta(RegistryResource.Meta):
        model = ValidationModel
        # Spelt out, unlike the other types: the documented column order (docs/import-export.md)
        # puts steps after the competences and owner_region beside the providers and regions.
        fields = (
            "slug",
            "name",
            "name_en",
            "industry",
            "owner",
            "method_family",
            "status",
            "summary",
            "summary_en",
            "summary_easy",
            "description",
            "occupations",
            "competences",
            "steps",
            "assessment_languages",
            "prerequisites",
            "cost",
            "paid_by",
            "owner_region",
            "providers",
            "regions",
            "source_url",
            "last_reviewed",
            "is_demo",
        )
        import_order = export_order = fields

    def relation_key(self, attribute: str, value: Any) -> Any:
        """Steps compare by content and order; other relations by members."""
        if attribute == "steps":
            return value
        return super().relation_key(attribute, value)

    def stored_relation(self, stored: Any, attribute: str) -> Any:
        """Read stored steps as the same dictionaries the file gives."""
        if attribute == "steps":
            return self.fields["steps"].get_value(stored)
        return super().stored_relation(stored, attribute)

    def write_relation(self, attribute: str, instances: list[Any], *, created: bool) -> None:
        """Replace steps in order; other relations as many-to-many links."""
        if attribute != "steps":
            super().write_relation(attribute, instances, created=created)
            return
        if not instances:
            return
        for instance in instances:
            # The revision written next serialises the steps: not the prefetched old ones.
            getattr(instance, "_prefetched_objects_cache", {}).pop("steps", None)
        if not created:
            ValidationStep.objects.filter(validation_model__in=instances).delete()
        insert_objects(
            ValidationStep(validation_model=instance, sort_order=index, **step)
            for instance in instances
            for index, step in enumerate(instance._import_relations["steps"])
        )
