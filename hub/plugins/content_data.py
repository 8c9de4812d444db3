"""A region's content as data files: ``data/content.yaml``, ``data/section.yaml`` and
``data/map.yaml``.

A plugin's ``content`` module reads its file with ``read_region_content``; the file goes
through ``hub.datafiles``, so a mistake stops start-up with the file and line. The format is
documented in docs/plugins.md ('Content'). Text a reader sees is either one string (a proper
name, the same in every language) or a mapping of language code to text, Swedish (``sv``)
required as in the demo's data files: a language without its own text shows the Swedish, as
Django's catalogues fall back to the site's language.
The section's pages live in their own file, named by ``section`` (relative to this one), in
the page format of docs/page-data-format.md without ``model`` and ``shared``: the section is
the region's section page and every page below it a content page.
``data/map.yaml`` (``read_map_data``) names what a region's own map layers and ranking hooks
know besides: the actors they show and the municipalities where the OCN tool is at hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from django.utils.functional import Promise, lazy
from django.utils.translation import get_language
from pydantic import BaseModel, ConfigDict, Field, PlainValidator, field_validator, model_validator

from hub.datafiles import read_data_file
from hub.plugins.contributions import (
    Contact,
    CooperationBody,
    LocalProcess,
    NavigationItem,
    PageSpec,
    PageText,
    ProcessStep,
    ProcessStepKind,
    RegionContent,
    SourceRef,
)

__all__ = [
    "MapData",
    "MapUnitData",
    "RegionContentData",
    "SectionPage",
    "read_map_data",
    "read_region_content",
    "read_section",
    "translated_text",
]

Language = Literal["sv", "en", "ar", "so", "ti"]


LANGUAGES = ("sv", "en", "ar", "so", "ti")


def _text(value: object) -> str | dict[str, str]:
    """Accept one string, or Swedish and its translations (so a mistake gets one message)."""
    if isinstance(value, str):
        return value
    if not isinstance(value, dict) or not all(
        key in LANGUAGES and isinstance(text, str) for key, text in value.items()
    ):
        raise ValueError(
            f"write text as one string or as {{sv: …, en: …}} (languages: {', '.join(LANGUAGES)})"
        )
    if not value.get("sv"):
        raise ValueError("give the Swedish text (sv); other languages fall back to it")
    return value


# What a reader sees: one string for every language, or the text per language.
TextData = Annotated[str | dict[str, str], PlainValidator(_text)]


def _pick(texts: Mapping[str, str]) -> str:
    language = get_language()
    if language is None:  # translation deactivated: the untranslated text, as gettext gives
        return texts.get("en") or texts["sv"]
    return texts.get(language.split("-")[0]) or texts["sv"]


_lazy_pick = lazy(_pick, str)


def translated_text(value: TextData) -> str | Promise:
    """Return the text in the active language when it is shown (Swedish when it has none)."""
    return value if isinstance(value, str) else _lazy_pick(value)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# The block types of ``communication.blocks.BodyBlock`` a seeded page uses.
BLOCK_TYPES = ("heading", "text", "callout")


class SectionText(_Strict):
    title: str = Field(min_length=1)
    slug: str = ""
    intro: str = ""
    body: list[dict[str, Any]] = []

    @field_validator("body")
    @classmethod
    def _blocks(cls, value: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for item in value:
            if len(item) != 1 or next(iter(item)) not in BLOCK_TYPES:
                raise ValueError(f"a block is one 'type: value' pair, type one of {BLOCK_TYPES}")
        return value


class SectionPage(_Strict):
    """A page of the section: slug, content per language (Swedish required), children."""

    slug: str = Field(min_length=1)
    content: dict[Literal["sv", "en", "ar", "so", "ti"], SectionText]
    children: list[SectionPage] = []

    @model_validator(mode="after")
    def _swedish(self) -> SectionPage:
        if "sv" not in self.content:
            raise ValueError("Swedish content (sv) is required")
        return self

    def spec(self) -> PageSpec:
        return PageSpec(
            slug=self.slug,
            texts={
                code: PageText(
                    title=text.title,
                    intro=text.intro,
                    body=tuple(next(iter(item.items())) for item in text.body),
                    slug=text.slug,
                )
                for code, text in self.content.items()
            },
            children=tuple(child.spec() for child in self.children),
        )


def read_section(path: Path) -> PageSpec:
    """Read a region's section pages from ``path``."""
    return read_data_file(path, SectionPage).spec()


class SourceData(_Strict):
    title: TextData
    url: str = ""
    date: str = ""

    def build(self) -> SourceRef:
        return SourceRef(title=translated_text(self.title), url=self.url, date=self.date)


class ContactData(_Strict):
    organisation: TextData
    role: TextData = ""
    email: str = ""
    phone: str = ""
    url: str = ""

    def build(self) -> Contact:
        return Contact(
            organisation=translated_text(self.organisation),
            role=translated_text(self.role),
            email=self.email,
            phone=self.phone,
            url=self.url,
        )


class CooperationBodyData(_Strict):
    name: TextData
    description: TextData = ""
    members: list[TextData] = []
    url: str = ""

    def build(self) -> CooperationBody:
        return CooperationBody(
            name=translated_text(self.name),
            description=translated_text(self.description),
            members=tuple(translated_text(member) for member in self.members),
            url=self.url,
        )


class StepData(_Strict):
    key: str = Field(min_length=1)
    title: TextData
    kind: ProcessStepKind
    description: TextData = ""
    validation_models: list[str] = []
    actors: list[str] = []
    duration: TextData = ""

    def build(self) -> ProcessStep:
        return ProcessStep(
            key=self.key,
            title=translated_text(self.title),
            kind=self.kind,
            description=translated_text(self.description),
            validation_models=tuple(self.validation_models),
            actors=tuple(self.actors),
            duration=translated_text(self.duration),
        )


class ProcessData(_Strict):
    key: str = Field(min_length=1)
    title: TextData
    summary: TextData
    steps: list[StepData] = Field(min_length=1)
    audience: TextData = ""
    source: SourceData | None = None
    language_support: bool = False

    def build(self) -> LocalProcess:
        return LocalProcess(
            key=self.key,
            title=translated_text(self.title),
            summary=translated_text(self.summary),
            steps=tuple(step.build() for step in self.steps),
            audience=translated_text(self.audience),
            source=self.source.build() if self.source else None,
            language_support=self.language_support,
        )


class NavigationData(_Strict):
    title: TextData
    url: str = Field(min_length=1)
    description: TextData = ""

    def build(self) -> NavigationItem:
        return NavigationItem(
            title=translated_text(self.title),
            url=self.url,
            description=translated_text(self.description),
        )


class RegionContentData(_Strict):
    """What a region states about itself (the fields of ``RegionContent``)."""

    summary: TextData = ""
    area: TextData = ""
    cooperation_bodies: list[CooperationBodyData] = []
    contacts: list[ContactData] = []
    sources: list[SourceData] = []
    section: str = Field("", description="the section pages' file, relative to this one")
    processes: list[ProcessData] = []
    navigation: list[NavigationData] = []

    def build(self, folder: Path) -> RegionContent:
        return RegionContent(
            summary=translated_text(self.summary),
            area=translated_text(self.area),
            cooperation_bodies=tuple(body.build() for body in self.cooperation_bodies),
            contacts=tuple(contact.build() for contact in self.contacts),
            sources=tuple(source.build() for source in self.sources),
            section=read_section(folder / self.section) if self.section else None,
            processes=tuple(process.build() for process in self.processes),
            navigation=tuple(item.build() for item in self.navigation),
        )


def read_region_content(path: Path) -> RegionContent:
    """Read a region's content from ``path`` (and its section pages from the file it names)."""
    return read_data_file(path, RegionContentData).build(path.parent)


class MapUnitData(_Strict):
    """An actor a region's own map layer shows: its slug and, if not its own, the name shown."""

    actor: str = Field(min_length=1, pattern=r"^[-a-z0-9]+$")
    name: TextData = ""


class MapData(_Strict):
    """What a region's own map layers and hooks know besides its content (``data/map.yaml``).

    Attributes:
        units: the actors the region's map layer shows, in order.
        ocn_municipalities: SCB codes of the municipalities where the OCN tool is at hand.
    """

    units: list[MapUnitData] = []
    ocn_municipalities: list[Annotated[str, Field(pattern=r"^[0-9]{4}$")]] = []

    @property
    def unit_slugs(self) -> list[str]:
        """Return the slugs of the actors the map layer shows."""
        return [unit.actor for unit in self.units]

    def unit_name(self, slug: str) -> str | Promise:
        """Return the name a unit is shown by, in the reader's language (empty: its own)."""
        return translated_text(next(unit.name for unit in self.units if unit.actor == slug))


def read_map_data(path: Path) -> MapData:
    """Read what a region's map layers and hooks know from ``path`` (validated, file and line
    named on error)."""
    return read_data_file(path, MapData)
