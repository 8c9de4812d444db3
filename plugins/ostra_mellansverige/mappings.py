"""Östra Mellansverige's survey of validation in Komvux, mapped to registry actors.

The project maps how Komvux validates across the five counties (challenge 2 of the project).
Each region sends a row per Komvux unit: county by name, municipality code, the occupational
areas it validates in (``|``-separated) and the languages it can guide in, by Swedish name.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.utils.translation import gettext_lazy as _

from branch_models.models import Actor, ActorKind, ValidationRole
from hub.plugins import (
    Field,
    MappingError,
    RecordMapping,
    Vocabulary,
    coordinates,
    municipality_by_code,
    slug_from,
)

COUNTIES = {
    "Västmanlands län": "19",
    "Södermanlands län": "04",
    "Uppsala län": "03",
    "Örebro län": "18",
    "Östergötlands län": "05",
}
# Guidance languages by Swedish name -> ISO 639-1. Dari has no ISO 639-1 code: it is left out of
# the record and reported, so the survey's wording can be settled.
LANGUAGES = Vocabulary(
    {
        "svenska": "sv",
        "engelska": "en",
        "arabiska": "ar",
        "somaliska": "so",
        "tigrinja": "ti",
        "persiska": "fa",
        "ukrainska": "uk",
    },
    default="",
)


class KomvuxSurvey(RecordMapping):
    """One row per Komvux unit in the five counties."""

    key = "komvux_survey"
    title = _("Survey of validation in Komvux, Östra Mellansverige")
    model = Actor
    delimiter = ";"
    sample = "kartlaggning_komvux_validering.csv"
    fields = (
        Field("Skolenhet", "name"),
        Field("Kommunkod", "municipalities", transform=municipality_by_code, separator=","),
        Field("Validerar inom", "description", separator="|", required=False),
        Field("Vägledning på", "languages", LANGUAGES, separator=","),
        Field("Ort", "city"),
        Field("Koordinater", ("latitude", "longitude"), transform=coordinates),
        Field("Webbplats", "website", required=False),
    )
    # "Län" is checked against the municipality in complete().
    ignored_columns = ("Län",)

    def complete(self, values: dict[str, Any], row: Mapping[str, str]) -> dict[str, Any]:
        """Check the county, and describe what the unit validates."""
        county = COUNTIES.get((row.get("Län") or "").strip())
        municipality = values["municipalities"][0]
        if county != municipality.region.code:
            raise MappingError(
                _("Län %(county)r does not match municipality %(code)s (%(name)s).")
                % {"county": row.get("Län"), "code": municipality.code, "name": municipality.name}
            )
        areas = values.get("description", [])
        values["description"] = (
            "Komvux med validering mot kursplan inom: " + ", ".join(areas) + "."
            if areas
            else "Komvux; ingen validering angiven i kartläggningen."
        )
        values["languages"] = [code for code in values["languages"] if code]
        values["kind"] = ActorKind.KOMVUX
        values["roles"] = [
            ValidationRole.GUIDANCE,
            ValidationRole.MAPPING,
            ValidationRole.COMPLEMENTARY_TRAINING,
            *([ValidationRole.ASSESSMENT, ValidationRole.ISSUING] if areas else []),
        ]
        values["slug"] = slug_from(values["name"])
        return values


mappings = [KomvuxSurvey]
