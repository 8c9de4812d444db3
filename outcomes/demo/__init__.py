"""Follow-up demo data: the indicator definitions, each plugin's figures, and invented cycles.

* ``outcomes/data/indicators.json``: the hub's indicator definitions (real, not demo).
* ``<plugin>/data/indicators.json``: a regional plugin's own figures from its seed document,
  with their periods and the seed's wording (real figures, ``is_demo`` false), and any
  indicator only that region counts.
* ``values.csv`` and ``plans.csv`` beside this module: invented half-year values, plans and
  reports for nine municipalities in three counties (``is_demo`` true, and their notes say so),
  so series and comparisons have something to show. Both files are in the admin's import
  format (docs/outcomes.md).

Rows are matched by slug (values) or key (indicators), so loading twice changes nothing.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError
from django.utils.text import slugify

from branch_models.models import Municipality, Region
from branch_models.upsert import sync_record
from hub.plugins.registry import get_registry
from outcomes.models import HalfYearPlan, Indicator, IndicatorValue

__all__ = ["load", "plugin_data_file", "source_text"]

DEMO_DIR = Path(__file__).resolve().parent
DEFINITIONS = DEMO_DIR.parent / "data" / "indicators.json"
DATA_FILE = Path("data") / "indicators.json"


def plugin_data_file(plugin_path: str) -> Path:
    """Where a regional plugin keeps its figures (``data/indicators.json`` in its package)."""
    return Path(plugin_path) / DATA_FILE


def _indicators(items: list[dict[str, Any]]) -> int:
    written = 0
    for item in items:
        values = {k: v for k, v in item.items() if k != "key"}
        written += sync_record(Indicator, {"key": item["key"]}, values)[1]
    return written


class _Lookup:
    """Resolve codes and keys from the data files, failing with the unknown value."""

    def __init__(self) -> None:
        self.regions = {r.code: r for r in Region.objects.all()}
        self.municipalities = {m.code: m for m in Municipality.objects.all()}
        self.indicators = {i.key: i for i in Indicator.objects.all()}

    def get(self, table: dict[str, Any], key: str, where: str) -> Any:
        try:
            return table[key]
        except KeyError:
            raise CommandError(f"{where}: unknown code or key “{key}”.") from None


def source_text(document: dict[str, str]) -> str:
    """Name a seed document as the figures cite it: its title, who published it and when."""
    return f"{document['title']}, {document['publisher']}, {document['date']}"


def _plugin_values(path: Path, lookup: _Lookup) -> int:
    data = json.loads(path.read_text(encoding="utf-8"))
    source = source_text(data["source"])
    written = _indicators(data.get("indicators", []))
    lookup.indicators = {i.key: i for i in Indicator.objects.all()}
    region = lookup.get(lookup.regions, data["region"], str(path))
    for item in data["values"]:
        municipality = (
            lookup.get(lookup.municipalities, item["municipality"], str(path))
            if item.get("municipality")
            else None
        )
        value = IndicatorValue(
            indicator=lookup.get(lookup.indicators, item["indicator"], str(path)),
            owner_region=municipality.region if municipality else region,
            municipality=municipality,
            workshop=item.get("workshop", ""),
            period_start=date.fromisoformat(item["period_start"]),
            period_end=date.fromisoformat(item["period_end"]),
            programme=item.get("programme", ""),
            gender=item.get("gender", "all"),
            exit_status=item.get("exit_status", "all"),
        )
        fields = {
            "indicator": value.indicator,
            "owner_region": value.owner_region,
            "municipality": municipality,
            "workshop": value.workshop,
            "period_start": value.period_start,
            "period_end": value.period_end,
            "programme": value.programme,
            "gender": value.gender,
            "exit_status": value.exit_status,
            "value": item["value"],
            "note": item.get("note", ""),
            "source": source,
            "source_url": data.get("source_url", ""),
            "is_demo": False,
        }
        written += sync_record(IndicatorValue, {"slug": value.natural_slug()}, fields)[1]
    return written


def _rows(name: str) -> list[dict[str, str]]:
    with (DEMO_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _demo_values(lookup: _Lookup) -> int:
    written = 0
    for row in _rows("values.csv"):
        municipality = lookup.get(lookup.municipalities, row["municipality"], "values.csv")
        fields = {
            "indicator": lookup.get(lookup.indicators, row["indicator"], "values.csv"),
            "owner_region": municipality.region,
            "municipality": municipality,
            "period_start": date.fromisoformat(row["period_start"]),
            "period_end": date.fromisoformat(row["period_end"]),
            "gender": row["gender"],
            "exit_status": row["exit_status"],
            "value": int(row["value"]),
            "note": row["note"],
            "is_demo": True,
        }
        written += sync_record(IndicatorValue, {"slug": row["slug"]}, fields)[1]
    return written


def _demo_plans(lookup: _Lookup) -> int:
    written = 0
    numbers = ("assessors", "planned_validations", "completed_validations", "certificates")
    for row in _rows("plans.csv"):
        municipality = lookup.get(lookup.municipalities, row["municipality"], "plans.csv")
        fields: dict[str, Any] = {
            "municipality": municipality,
            "owner_region": municipality.region,
            "year": int(row["year"]),
            "half": int(row["half"]),
            "is_demo": True,
            **{k: row[k] for k in ("programmes", "arrangement", "outcome", "lessons")},
            **{k: int(row[k]) if row[k] else None for k in numbers},
        }
        written += sync_record(HalfYearPlan, {"slug": slugify(row["slug"])}, fields)[1]
    return written


def load(log: Callable[[str], object]) -> None:
    """Load the definitions, every enabled plugin's figures and the demo cycles."""
    written = _indicators(json.loads(DEFINITIONS.read_text(encoding="utf-8"))["indicators"])
    lookup = _Lookup()
    for plugin in get_registry().get_plugins():
        path = plugin_data_file(plugin.path)
        if path.exists():
            written += _plugin_values(path, lookup)
    lookup.indicators = {i.key: i for i in Indicator.objects.all()}
    written += _demo_values(lookup)
    written += _demo_plans(lookup)
    log(f"  follow-up: indicators, values, plans and reports ({written} written)")
