"""Demo content of the coordination tools, from the YAML files in ``coordination/data/``.

Library documents (the seed reports' metadata), demo work placements, events of the new kinds
with sign-up, and the supervisor support section. Matched by slug: loading twice writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict
from wagtail.models import Locale

from branch_models.models import Industry, Municipality, Region
from branch_models.upsert import sync_m2m, sync_record
from communication.models import EventIndexPage, EventPage, HomePage
from communication.page_data import read_page_tree
from communication.seeding import PageTree, Tally, sync_page
from coordination.models import LibraryDocument, Placement
from hub.datafiles import read_data_file

__all__ = ["load"]

DATA_DIR = Path(__file__).resolve().parent / "data"
STOCKHOLM = ZoneInfo("Europe/Stockholm")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Document(_Strict):
    slug: str
    name: str
    kind: str
    year: int
    organisation: str
    regions: list[str]
    owner_region: str
    audiences: list[str]
    topics: list[str]
    summary_easy: str
    url: str = ""


class Library(_Strict):
    documents: list[Document]


class PlacementData(_Strict):
    slug: str
    name: str
    kind: str
    employer_name: str
    municipality: str
    industry: str
    places: int
    requirements: list[str]
    description: str
    supervisor_name: str
    is_public: bool
    live: bool
    suitability_notes: str


class Placements(_Strict):
    placements: list[PlacementData]


class EventText(_Strict):
    title: str
    slug: str = ""
    intro: str = ""


class Event(_Strict):
    slug: str
    kind: str
    region: str
    start: str
    end: str
    place: str
    signup_capacity: int
    content: dict[Literal["sv", "en", "ar", "so", "ti"], EventText]


class Events(_Strict):
    events: list[Event]


def _library(regions: dict[str, Region]) -> int:
    written = 0
    for item in read_data_file(DATA_DIR / "library.yaml", Library).documents:
        values = item.model_dump(
            include={"name", "kind", "year", "organisation", "audiences", "topics", "url"}
        )
        values["summary_easy"] = item.summary_easy.strip()
        values["owner_region"] = regions[item.owner_region]
        values["live"] = True
        document, changed = sync_record(LibraryDocument, {"slug": item.slug}, values)
        changed |= sync_m2m(document, "regions", [regions[code] for code in item.regions])
        written += changed
    return written


def _placements() -> int:
    municipalities = {m.code: m for m in Municipality.objects.select_related("region")}
    industries = {i.code: i for i in Industry.objects.all()}
    written = 0
    for item in read_data_file(DATA_DIR / "placements.yaml", Placements).placements:
        municipality = municipalities[item.municipality]
        values = item.model_dump(exclude={"slug", "municipality", "industry"})
        values.update(
            municipality=municipality,
            owner_region=municipality.region,
            industry=industries[item.industry],
            is_demo=True,
        )
        written += sync_record(Placement, {"slug": item.slug}, values)[1]
    return written


def _when(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=STOCKHOLM)


def _events(regions: dict[str, Region]) -> list[PageTree]:
    return [
        PageTree(
            EventPage,
            item.slug,
            {code: text.model_dump(exclude_unset=True) for code, text in item.content.items()},
            shared={
                "kind": item.kind,
                "region": regions[item.region],
                "start": _when(item.start),
                "end": _when(item.end),
                "place": item.place,
                "signup_capacity": item.signup_capacity,
                "is_demo": True,  # dates and places are invented (events.yaml): the page says so
            },
        )
        for item in read_data_file(DATA_DIR / "events.yaml", Events).events
    ]


def load(log: Callable[[str], object]) -> None:
    """Create or update the coordination demo content."""
    regions = {r.code: r for r in Region.objects.all()}
    written = _library(regions) + _placements()
    log(f"  library and placements ({written} written)")
    locales = {code: Locale.objects.get(language_code=code) for code in ("sv", "en", "ar")}
    home = HomePage.objects.get(locale=locales["sv"])
    tally = Tally()
    sync_page(read_page_tree(DATA_DIR / "supervisor_support.yaml"), home, locales, tally)
    events = EventIndexPage.objects.get(locale=locales["sv"])
    for spec in _events(regions):
        sync_page(spec, events, locales, tally)
    log(f"  supervisor support and events: {tally.pages} pages ({tally.written} written)")
