"""Load the official reference data shipped in ``reference/data`` (SCB, SNI 2007, SSYK 2012)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from branch_models.models import Industry, Municipality, Occupation, Region
from branch_models.upsert import sync_record
from reference.files import rows as _rows
from reference.occupations import ssyk_groups

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
    for row in _rows("sni_sections.csv"):
        values = {"name": row["name"], "name_en": row["name_en"]}
        written += sync_record(Industry, {"code": row["code"]}, values)[1]
    for group in ssyk_groups().values():
        if group.level == 4:  # the registry's occupations are unit groups
            values = {"name": group.name, "name_en": group.name_en}
            written += sync_record(Occupation, {"code": group.code}, values)[1]
    log(
        f"  reference data: {Region.objects.count()} regions, "
        f"{Municipality.objects.count()} municipalities, {Industry.objects.count()} industries, "
        f"{Occupation.objects.count()} occupations ({written} written)"
    )
