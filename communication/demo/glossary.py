"""The glossary's terms from ``data/glossary.yaml``: the schema, and writing them as rows.

Each term has a slug and, per language, the term, its plain-language definition and other
forms the word takes in text (``also_matches``). Swedish is required; the other languages are
translations of the Swedish row.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from wagtail.models import Locale

from communication.models import GlossaryTerm
from hub.datafiles import read_data_file

__all__ = ["Glossary", "sync_glossary"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TermText(_Strict):
    term: str = Field(min_length=1)
    definition: str = Field(min_length=1)
    also_matches: list[str] = []


class Term(_Strict):
    slug: str = Field(min_length=1)
    sv: TermText
    en: TermText | None = None
    ar: TermText | None = None
    so: TermText | None = None
    ti: TermText | None = None

    def languages(self) -> dict[str, TermText]:
        """The term's texts by language code, Swedish first."""
        codes = ("sv", "en", "ar", "so", "ti")
        return {code: text for code in codes if (text := getattr(self, code)) is not None}


class Glossary(_Strict):
    terms: list[Term]


def sync_glossary(path: Path, locales: dict[str, Locale]) -> int:
    """Create or update the glossary terms of ``path`` in every language they are given in."""
    written = 0
    for item in read_data_file(path, Glossary).terms:
        source = GlossaryTerm.objects.filter(slug=item.slug, locale=locales["sv"]).first()
        for code, text in item.languages().items():
            values = {
                "term": text.term,
                "definition": text.definition,
                "also_matches": "\n".join(text.also_matches),
            }
            if code == "sv" and source is None:
                source = GlossaryTerm.objects.create(slug=item.slug, locale=locales["sv"], **values)
                written += 1
                continue
            row = source if code == "sv" else source.get_translation_or_none(locales[code])
            if row is None:
                row = source.copy_for_translation(locales[code])
            elif all(getattr(row, key) == value for key, value in values.items()):
                continue
            for key, value in values.items():
                setattr(row, key, value)
            row.save()
            written += 1
    return written
