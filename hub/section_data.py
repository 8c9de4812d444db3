"""A region's section pages as a data file (``plugins/<name>/data/section.yaml``).

The file holds the section page and the pages below it, in the page format of
docs/page-data-format.md without ``model`` and ``shared``: the section is the region's section
page and every page below it a content page. It is read with ``hub.datafiles``, so a mistake
stops start-up with the file and line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from hub.datafiles import read_data_file
from hub.plugins.contributions import PageSpec, PageText

__all__ = ["SectionPage", "read_section"]

# The block types of ``communication.blocks.BodyBlock`` a seeded page uses.
BLOCK_TYPES = ("heading", "text", "callout")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


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
