"""Demo registry content: the JSON files beside this module (format: docs/demo-data-format.md).

Records are matched by slug, so loading twice changes nothing. Actors are loaded from every file
before anything that refers to them, because files refer to each other's actors.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError

from branch_models.models import (
    Actor,
    ChecklistTemplate,
    Competence,
    Credential,
    Industry,
    KomvuxOffer,
    Municipality,
    Occupation,
    Region,
    ValidationModel,
    ValidationStep,
)
from branch_models.reference import load_reference_data
from branch_models.upsert import sync_m2m, sync_record
from hub.groups import setup_regional_groups

__all__ = ["load"]

DEMO_DIR = Path(__file__).resolve().parent
COORDINATE_STEP = Decimal("0.000001")


def _read_files() -> dict[str, list[dict[str, Any]]]:
    """Merge the lists of every JSON file in this folder, by section name."""
    merged: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(DEMO_DIR.glob("*.json")):
        for section, items in json.loads(path.read_text(encoding="utf-8")).items():
            merged.setdefault(section, []).extend(items)
    return merged


class _Lookup:
    """Resolve codes and slugs from the demo files to rows, failing with the unknown value."""

    def __init__(self) -> None:
        self.regions = {r.code: r for r in Region.objects.all()}
        self.municipalities = {m.code: m for m in Municipality.objects.all()}
        self.industries = {i.code: i for i in Industry.objects.all()}
        self.occupations = {o.code: o for o in Occupation.objects.all()}
        self.actors: dict[str, Actor] = {}
        self.models: dict[str, ValidationModel] = {}

    @staticmethod
    def one(table: dict[str, Any], key: str | None, what: str, where: str) -> Any:
        if key is None:
            return None
        try:
            return table[key]
        except KeyError:
            raise CommandError(f"Demo data: unknown {what} {key!r} in {where}.") from None

    def many(self, table: dict[str, Any], keys: Iterable[str], what: str, where: str) -> list[Any]:
        return [self.one(table, key, what, where) for key in keys]


def _coordinate(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(COORDINATE_STEP)


def _reviewed(item: dict[str, Any]) -> date | None:
    value = item.get("last_reviewed")
    return date.fromisoformat(value) if value else None


def _load_actors(items: list[dict[str, Any]], lookup: _Lookup) -> int:
    written = 0
    for item in items:
        where = f"actor {item['slug']}"
        values = {
            "name": item["name"],
            "kind": item["kind"],
            "description": item.get("description", ""),
            "owner_region": lookup.one(lookup.regions, item.get("owner_region"), "region", where),
            "website": item.get("website", ""),
            "email": item.get("email", ""),
            "phone": item.get("phone", ""),
            "street_address": item.get("street_address", ""),
            "postcode": item.get("postcode", ""),
            "city": item.get("city", ""),
            "opening_hours": item.get("opening_hours", ""),
            "for_whom": item.get("for_whom", ""),
            "latitude": _coordinate(item.get("latitude")),
            "longitude": _coordinate(item.get("longitude")),
            "languages": item.get("languages", []),
            "roles": item.get("roles", []),
            # Where the contact details were read; the website when the item names no page.
            "source_url": item.get("source_url") or item.get("website", ""),
            "last_reviewed": _reviewed(item),
            "is_demo": item.get("demo", False),
        }
        actor, changed = sync_record(Actor, {"slug": item["slug"]}, values)
        municipalities = lookup.many(
            lookup.municipalities, item.get("municipalities", []), "municipality", where
        )
        written += changed | sync_m2m(actor, "municipalities", municipalities)
        lookup.actors[actor.slug] = actor
    return written


def _sync_steps(model: ValidationModel, steps: list[dict[str, Any]]) -> bool:
    """Replace the steps only when their content differs, keeping repeated loads silent."""
    fields = ("kind", "title", "description", "duration")
    wanted = [tuple(step.get(name, "") for name in fields) for step in steps]
    current = list(model.steps.order_by("sort_order").values_list(*fields))
    if current == wanted:
        return False
    model.steps.all().delete()
    ValidationStep.objects.bulk_create(
        ValidationStep(
            validation_model=model, sort_order=index, **dict(zip(fields, values, strict=True))
        )
        for index, values in enumerate(wanted)
    )
    return True


def _load_models(items: list[dict[str, Any]], lookup: _Lookup) -> int:
    written = 0
    for item in items:
        where = f"validation model {item['slug']}"
        values = {
            "name": item["name"],
            "name_en": item.get("name_en", ""),
            "industry": lookup.one(lookup.industries, item["industry"], "SNI code", where),
            "owner": lookup.one(lookup.actors, item["owner"], "actor", where),
            "method_family": item["method_family"],
            "status": item.get("status", "active"),
            "summary": item["summary"],
            "summary_en": item.get("summary_en", ""),
            "summary_easy": item.get("summary_easy", ""),
            "description": item.get("description", ""),
            "assessment_languages": item.get("languages", []),
            "prerequisites": item.get("prerequisites", ""),
            "cost": item.get("cost", ""),
            "paid_by": item.get("paid_by", ""),
            "source_url": item.get("source_url", ""),
            "last_reviewed": _reviewed(item),
            "is_demo": item.get("demo", False),
        }
        model, changed = sync_record(ValidationModel, {"slug": item["slug"]}, values)
        competences = [
            Competence.objects.get_or_create(name=name)[0] for name in item.get("competences", [])
        ]
        changed |= sync_m2m(
            model,
            "occupations",
            lookup.many(lookup.occupations, item.get("occupations", []), "SSYK code", where),
        )
        changed |= sync_m2m(model, "competences", competences)
        changed |= sync_m2m(
            model,
            "providers",
            lookup.many(lookup.actors, item.get("providers", []), "actor", where),
        )
        changed |= sync_m2m(
            model, "regions", lookup.many(lookup.regions, item.get("regions", []), "region", where)
        )
        changed |= _sync_steps(model, item.get("steps", []))
        written += changed
        lookup.models[model.slug] = model
    return written


def _load_credentials(items: list[dict[str, Any]], lookup: _Lookup) -> int:
    written = 0
    for item in items:
        where = f"credential {item['slug']}"
        values = {
            "name": item["name"],
            "name_en": item.get("name_en", ""),
            "kind": item["kind"],
            "issuer": lookup.one(lookup.actors, item["issuer"], "actor", where),
            "summary_easy": item.get("summary_easy", ""),
            "can_do": item.get("can_do", []),
            "seqf_level": item.get("seqf_level"),
            "validity": item.get("validity", ""),
            "verification": item.get("verification", ""),
            "recognised_by": item.get("recognised_by", ""),
            "source_url": item.get("source_url", ""),
            "last_reviewed": _reviewed(item),
            "is_demo": item.get("demo", False),
        }
        credential, changed = sync_record(Credential, {"slug": item["slug"]}, values)
        models = lookup.many(lookup.models, item.get("models", []), "validation model", where)
        written += changed | sync_m2m(credential, "validation_models", models)
    return written


def _load_offers(items: list[dict[str, Any]], lookup: _Lookup) -> int:
    written = 0
    for item in items:
        where = f"Komvux offer {item['slug']}"
        municipality = lookup.one(
            lookup.municipalities, item["municipality"], "municipality", where
        )
        values = {
            "name": item["name"],
            "provider": lookup.one(lookup.actors, item["provider"], "actor", where),
            "municipality": municipality,
            "owner_region": municipality.region,
            "course_code": item.get("course_code", ""),
            "level": item["level"],
            "study_form": item["study_form"],
            "sfi_combination": item.get("sfi_combination", False),
            "mother_tongue_guidance": item.get("mother_tongue_guidance", False),
            "validation_offered": item.get("validation_offered", False),
            "start_dates": item.get("start_dates", []),
            "application_url": item.get("application_url", ""),
            "summary_easy": item.get("summary_easy", ""),
            "last_reviewed": _reviewed(item),
            "is_demo": item.get("demo", False),
        }
        offer, changed = sync_record(KomvuxOffer, {"slug": item["slug"]}, values)
        changed |= sync_m2m(
            offer,
            "validation_models",
            lookup.many(lookup.models, item.get("models", []), "validation model", where),
        )
        changed |= sync_m2m(
            offer,
            "open_to",
            lookup.many(lookup.municipalities, item.get("open_to", []), "municipality", where),
        )
        written += changed
    return written


def _load_checklists(items: list[dict[str, Any]], lookup: _Lookup) -> int:
    written = 0
    for item in items:
        where = f"checklist {item['slug']}"
        values = {
            "name": item["name"],
            "industry": lookup.one(lookup.industries, item["industry"], "SNI code", where),
            "intro": item.get("intro", ""),
            "sections": item.get("sections", []),
            "language_items": item.get("language_items", []),
            "owner_region": lookup.one(lookup.regions, item.get("owner_region"), "region", where),
            "last_reviewed": _reviewed(item),
            "is_demo": item.get("demo", False),
        }
        written += sync_record(ChecklistTemplate, {"slug": item["slug"]}, values)[1]
    return written


def load(log: Callable[[str], object]) -> None:
    """Load reference data and the editors' groups, then the demo files' records."""
    load_reference_data(log)
    setup_regional_groups(log)
    data = _read_files()
    lookup = _Lookup()
    steps: list[tuple[str, Callable[[list[dict[str, Any]], _Lookup], int]]] = [
        ("actors", _load_actors),
        ("validation_models", _load_models),
        ("credentials", _load_credentials),
        ("komvux_offers", _load_offers),
        ("checklists", _load_checklists),
    ]
    for section, loader in steps:
        items = data.get(section, [])
        written = loader(items, lookup)
        log(f"  {section}: {len(items)} in demo files ({written} written)")
