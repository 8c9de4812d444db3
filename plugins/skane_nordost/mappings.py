"""Skåne Nordost's shared Komvux catalogue export, mapped to the registry's Komvux offers.

The five municipalities publish one catalogue from their school system: semicolon-separated,
one row per course start, with the town (not the municipality) and local school-form codes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.utils.translation import gettext_lazy as _

from branch_models.models import Actor, KomvuxOffer, OfferLevel, StudyForm
from hub.plugins import (
    Field,
    Lookup,
    MappingError,
    RecordMapping,
    Vocabulary,
    iso_dates,
    municipality_by_code,
    slug_from,
    yes_no,
)

SKANE_NORDOST = ["1272", "1293", "1290", "1273", "1256"]

# Town in the catalogue -> (municipality code, registry slug of its Komvux).
TOWNS = Vocabulary(
    {
        "Bromölla": ("1272", "komvux-bromolla"),
        "Hässleholm": ("1293", "komvux-hassleholm"),
        "Kristianstad": ("1290", "komvux-kristianstad"),
        "Osby": ("1273", "komvux-osby"),
        "Broby": ("1256", "komvux-ostra-goinge"),
        "Östra Göinge": ("1256", "komvux-ostra-goinge"),
    }
)
SCHOOL_FORMS = Vocabulary(
    {
        "GRUV": OfferLevel.BASIC,
        "GYVUX": OfferLevel.UPPER_SECONDARY,
        "SFI": OfferLevel.SFI,
        "YV": OfferLevel.VOCATIONAL,
    }
)
# Evening and other local variants are taught on site: imported as such, but reported.
STUDY_FORMS = Vocabulary(
    {
        "Närundervisning": StudyForm.ON_SITE,
        "Distans": StudyForm.DISTANCE,
        "Flex": StudyForm.FLEXIBLE,
        "Lärling": StudyForm.APPRENTICESHIP,
    },
    default=StudyForm.ON_SITE,
)
OPEN_TO = Vocabulary({"Skåne Nordost": SKANE_NORDOST, "Alla": []})
komvux_by_slug = Lookup(Actor, "slug")


def municipality_and_provider(value: tuple[str, str]) -> tuple[Any, Any]:
    """Turn a town's codes into the municipality and its Komvux in the registry."""
    code, provider = value
    return municipality_by_code(code), komvux_by_slug(provider)


class KomvuxCatalogue(RecordMapping):
    """One row per course in the catalogue; the catalogue's course id is the local code."""

    key = "komvux_catalogue"
    title = _("Komvux catalogue of Skåne Nordost (school system export)")
    model = KomvuxOffer
    delimiter = ";"
    encoding = "utf-8-sig"
    sample = "komvux_kurskatalog_2027.csv"
    ignored_columns = ("Platser",)
    fields = (
        Field("Kurs-id", "course_code"),
        Field("Benämning", "name"),
        Field("Ort", ("municipality", "provider"), TOWNS, municipality_and_provider),
        Field("Skolform", "level", SCHOOL_FORMS),
        Field("Studieform", "study_form", STUDY_FORMS),
        Field("Validering", "validation_offered", transform=yes_no),
        Field("SFI-kombination", "sfi_combination", transform=yes_no),
        Field("Modersmålsstöd", "mother_tongue_guidance", transform=yes_no, required=False),
        Field("Kursstart", "start_dates", transform=iso_dates, separator=","),
        Field("Anmälan", "application_url", required=False),
        Field("Öppen för", "open_to", OPEN_TO, municipality_by_code, required=False),
        Field("Kort beskrivning", "summary_easy", required=False),
    )

    def complete(self, values: dict[str, Any], row: Mapping[str, str]) -> dict[str, Any]:
        """Name the record after its Komvux and course id, so re-imports update it."""
        if not values["course_code"].startswith("SNO-"):
            raise MappingError(
                _("Course ids in this catalogue start with SNO-; got %(id)r.")
                % {"id": values["course_code"]}
            )
        values["slug"] = slug_from(values["provider"].slug, values["course_code"])
        return values


mappings = [KomvuxCatalogue]
