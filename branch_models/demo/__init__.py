"""Demo registry content: the JSON files beside this module (format: docs/demo-data-format.md).

Each item is translated into its record type's canonical import columns
(``branch_models.resources``) and written by ``branch_models.importing.import_rows``, the
registry's one writer of records from files (the admin's import, a plugin's data import and the
API's bulk import use it too), as the operator: no user, so every new record is published.
Records are matched by slug and rows that change nothing are skipped, so loading twice writes
nothing. Types are written in dependency order (actors before the models that name them, models
before credentials and offers), each from every file, because files refer to each other's actors.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError

from branch_models.importing import ImportReport, import_rows
from branch_models.models import (
    Actor,
    ChecklistTemplate,
    Competence,
    Credential,
    KomvuxOffer,
    Municipality,
    RegistryRecord,
    ValidationModel,
)
from branch_models.reference import load_reference_data
from branch_models.resources import resource_for
from branch_models.upsert import sync_record
from hub.groups import setup_regional_groups

__all__ = ["SECTIONS", "Section", "load"]

DEMO_DIR = Path(__file__).resolve().parent
COORDINATE_STEP = Decimal("0.000001")

Item = dict[str, Any]
Row = dict[str, Any]


@dataclass(frozen=True)
class Section:
    """How one list of the demo files becomes rows of a record type's import.

    Attributes:
        key: the list's name in the files.
        model: the record type written.
        columns: the import columns written, each with its value when an item has none.
            Columns not named here are left as they are (a file without the column).
        renames: import column -> the files' key, where the files name it differently.
        derive: fills columns computed from the item (after the plain ones), given each
            municipality's county code by municipality code.
    """

    key: str
    model: type[RegistryRecord]
    columns: Mapping[str, Any]
    renames: Mapping[str, str] = field(default_factory=dict)
    derive: Callable[[Item, Row, Mapping[str, str]], None] | None = None

    def row(self, item: Item, counties: Mapping[str, str]) -> Row:
        """Return the item as a row of the canonical import columns."""
        row = {
            column: item.get(self.renames.get(column, column), default)
            for column, default in self.columns.items()
        }
        if self.derive is not None:
            self.derive(item, row, counties)
        return row


def _coordinate(value: float | None) -> str:
    """Write a coordinate with the model's six decimals (the files may give more)."""
    return "" if value is None else str(Decimal(str(value)).quantize(COORDINATE_STEP))


def _derive_actor(item: Item, row: Row, counties: Mapping[str, str]) -> None:
    row["latitude"] = _coordinate(item.get("latitude"))
    row["longitude"] = _coordinate(item.get("longitude"))
    # Where the contact details were read; the website when the item names no page.
    row["source_url"] = item.get("source_url") or item.get("website", "")


def _derive_offer(item: Item, row: Row, counties: Mapping[str, str]) -> None:
    # An offer belongs to the county of its municipality.
    row["owner_region"] = counties.get(item.get("municipality", ""), "")


# Every record's provenance columns as the files give them.
PROVENANCE = {"last_reviewed": None, "is_demo": False}
DEMO_FLAG = {"is_demo": "demo"}

SECTIONS = (
    Section(
        "actors",
        Actor,
        {
            "slug": "",
            "name": "",
            "kind": "",
            "description": "",
            "owner_region": None,
            "municipalities": [],
            **dict.fromkeys(Actor.contact_fields, ""),
            "languages": [],
            "roles": [],
            "source_url": "",  # derived: the website when the item names no source
            **PROVENANCE,
        },
        DEMO_FLAG,
        _derive_actor,
    ),
    Section(
        "validation_models",
        ValidationModel,
        {
            "slug": "",
            "name": "",
            "name_en": "",
            "industry": "",
            "owner": "",
            "method_family": "",
            "status": "active",
            "summary": "",
            "summary_en": "",
            "summary_easy": "",
            "description": "",
            "occupations": [],
            "competences": [],
            "steps": [],
            "assessment_languages": [],
            "prerequisites": "",
            "cost": "",
            "paid_by": "",
            "providers": [],
            "regions": [],
            "source_url": "",
            **PROVENANCE,
        },
        {**DEMO_FLAG, "assessment_languages": "languages"},
    ),
    Section(
        "credentials",
        Credential,
        {
            "slug": "",
            "name": "",
            "name_en": "",
            "kind": "",
            "issuer": "",
            "validation_models": [],
            "summary_easy": "",
            "can_do": [],
            "seqf_level": None,
            "validity": "",
            "verification": "",
            "recognised_by": "",
            "source_url": "",
            **PROVENANCE,
        },
        {**DEMO_FLAG, "validation_models": "models"},
    ),
    Section(
        "komvux_offers",
        KomvuxOffer,
        {
            "slug": "",
            "name": "",
            "provider": "",
            "municipality": "",
            "course_code": "",
            "level": "",
            "study_form": "",
            "sfi_combination": False,
            "mother_tongue_guidance": False,
            "validation_offered": False,
            "validation_models": [],
            "start_dates": [],
            "application_url": "",
            "open_to": [],
            "summary_easy": "",
            "owner_region": "",  # derived from the municipality
            **PROVENANCE,
        },
        {**DEMO_FLAG, "validation_models": "models"},
        _derive_offer,
    ),
    Section(
        "checklists",
        ChecklistTemplate,
        {
            "slug": "",
            "name": "",
            "industry": "",
            "intro": "",
            "sections": [],
            "language_items": [],
            "owner_region": None,
            **PROVENANCE,
        },
        DEMO_FLAG,
    ),
)


def _read_files() -> dict[str, list[Item]]:
    """Merge the lists of every JSON file in this folder, by section name."""
    merged: dict[str, list[Item]] = {}
    for path in sorted(DEMO_DIR.glob("*.json")):
        for section, items in json.loads(path.read_text(encoding="utf-8")).items():
            merged.setdefault(section, []).extend(items)
    return merged


def _load_competences(models: list[Item]) -> int:
    """Add the competences the models name: a vocabulary, matched by name like reference data."""
    names = dict.fromkeys(name for item in models for name in item.get("competences", []))
    return sum(sync_record(Competence, {"name": name}, {})[1] for name in names)


def _failure(section: Section, report: ImportReport) -> CommandError:
    """Say which rows of the demo files are wrong and why, as the import reported them."""
    lines = [*report.file_errors]
    for entry in report.error_rows:
        for column, message in entry.errors:
            lines.append(
                f"{section.key} item {entry.number} ({entry.slug}): "
                f"{column + ': ' if column else ''}{message}"
            )
    return CommandError("Demo data cannot be loaded:\n" + "\n".join(lines))


def _write(section: Section, items: list[Item], counties: Mapping[str, str]) -> int:
    """Write one section through the registry's import; return how many records it wrote."""
    rows = [section.row(item, counties) for item in items]
    headers = list(section.columns)
    report = import_rows(
        resource_for(section.model),
        headers,
        iter([[row[column] for column in headers] for row in rows]),
        dry_run=False,
        preview_rows=0,
    )
    if report.has_errors:
        raise _failure(section, report)
    return report.totals["new"] + report.totals["update"]


def load(log: Callable[[str], object]) -> None:
    """Load reference data and the editors' groups, then the demo files' records."""
    load_reference_data(log)
    setup_regional_groups(log)
    data = _read_files()
    counties = dict(Municipality.objects.values_list("code", "region__code"))
    for section in SECTIONS:
        items = data.get(section.key, [])
        if section.model is ValidationModel:
            written = _load_competences(items)
            log(f"  competences: named by {len(items)} models ({written} written)")
        written = _write(section, items, counties)
        log(f"  {section.key}: {len(items)} in demo files ({written} written)")
