"""Load the official reference data shipped in ``reference/data`` (SCB, SNI 2007, SSYK 2012)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from branch_models.models import Industry, Municipality, Occupation, Region
from branch_models.upsert import sync_record
from reference.files import rows as _rows

__all__ = ["load_reference_data"]


def load_reference_data(log: Callable[[str], object]) -> None:
    """Create or update regions, municipalities, SNI sections and SSYK occupations."""
    written = 0
    for row in _rows("regions.csv"):
        written += sync_record(
            Region, {"code": row["code"]}, {"name": row["name"], "name_en": row["name_en"]}
        )[1]
    regions = {region.code: region for region in Region.objects.all()}
    for row in _rows("municipalities.csv"):
        values = {
            "name": row["name"],
            "region": regions[row["region_code"]],
            "latitude": Decimal(row["latitude"]),
            "longitude": Decimal(row["longitude"]),
        }
        written += sync_record(Municipality, {"code": row["code"]}, values)[1]
    for model, filename in ((Industry, "sni_sections.csv"), (Occupation, "occupations.csv")):
        for row in _rows(filename):
            values = {"name": row["name"], "name_en": row["name_en"]}
            written += sync_record(model, {"code": row["code"]}, values)[1]
    log(
        f"  reference data: {Region.objects.count()} regions, "
        f"{Municipality.objects.count()} municipalities, {Industry.objects.count()} industries, "
        f"{Occupation.objects.count()} occupations ({written} written)"
    )
