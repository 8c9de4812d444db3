"""KAK's checklist export: one row per checklist tailored for a workplace.

The working group keeps its checklists in a spreadsheet saved as CSV from Excel: Windows-1252,
semicolons, the items of each section in one cell separated by ``|``, and the national
template it started from by a short local name.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.utils.translation import gettext_lazy as _

from branch_models.models import ChecklistTemplate, Industry
from hub.plugins import Field, Lookup, MappingError, RecordMapping, Vocabulary, slug_from

SECTION_COLUMNS = ("Arbetsuppgifter", "Säkerhet och arbetsmiljö", "Samarbete och bemötande")
MUNICIPALITIES = ("Köping", "Arboga", "Kungsör")

# Local short names of the national checklists; one without a national template imports with
# no template (and is reported, so someone can add it).
BASES = Vocabulary(
    {
        "Restaurang": "valideringsunderlag-restaurang-och-kok",
        "Vård": "valideringsunderlag-vard-och-omsorg",
        "Lager": "valideringsunderlag-lager-och-logistik",
        "Lokalvård": "valideringsunderlag-lokalvard",
        "Butik": "valideringsunderlag-butik-och-handel",
        "Kulturtolk": "valideringsunderlag-kulturtolk-forskola",
    },
    default=None,
)
checklist_by_slug = Lookup(ChecklistTemplate, "slug")


def template(slug: str | None) -> ChecklistTemplate | None:
    """Find the national template, if the local name has one."""
    return None if slug is None else checklist_by_slug(slug)


def sections(cells: dict[str, str]) -> list[dict[str, Any]]:
    """Build the checklist's sections from one column per section, items split on ``|``."""
    built = []
    for title, cell in cells.items():
        items = [item.strip() for item in cell.split("|") if item.strip()]
        if items:
            built.append({"title": title, "items": items})
    if not built:
        raise MappingError(_("A checklist needs at least one item."))
    return built


class TailoredChecklists(RecordMapping):
    """Checklists tailored for one workplace each, copied from a national template."""

    key = "tailored_checklists"
    title = _("KAK's checklists tailored per workplace (spreadsheet export)")
    model = ChecklistTemplate
    delimiter = ";"
    encoding = "cp1252"
    sample = "valideringsunderlag_kak.csv"
    # "Kommun" is read by complete(). "Senast ändrad" is the spreadsheet's own bookkeeping;
    # it is left out on purpose and shows in the report as a column not used.
    ignored_columns = ("Kommun",)
    fields = (
        Field("Underlag", "name"),
        Field("Bransch (SNI)", "industry", transform=Lookup(Industry, "code")),
        Field("Arbetsplats", "workplace"),
        Field("Bygger på", "based_on", BASES, template),
        Field(SECTION_COLUMNS, "sections", transform=sections),
        Field("Språk", "language_items", separator="|", required=False),
    )

    def complete(self, values: dict[str, Any], row: Mapping[str, str]) -> dict[str, Any]:
        """Check the municipality and write the introduction from where the list is used."""
        municipality = (row.get("Kommun") or "").strip()
        if municipality not in MUNICIPALITIES:
            raise MappingError(
                _("Kommun must be Köping, Arboga or Kungsör; got %(value)r.")
                % {"value": municipality}
            )
        values["slug"] = slug_from("valideringsunderlag", municipality, values["workplace"])
        base = values["based_on"]
        values["intro"] = (
            f"Checklista för praktik på {values['workplace']}, skräddarsydd av "
            f"praktiksamordnaren och arbetsplatsens handledare"
            + (f" utifrån {base.name}." if base else ".")
        )
        return values


mappings = [TailoredChecklists]
