"""Page trees written as data files: the schema, and reading a file into a ``PageTree`` tree.

The format is documented in docs/page-data-format.md. A file holds one page and its children;
a child may be ``include: other.yaml`` (relative to the file), whose page takes its place.
Registry records are named by slug (regions by code) and looked up when the file is read, so a
file names no database key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page

from communication.seeding import PageTree
from hub.datafiles import DataFileError, read_data_file

__all__ = ["PageData", "read_page_tree"]

Language = Literal["sv", "en", "ar", "so", "ti"]
# Keys of a language's content that are no model field of their own.
SHORTHANDS = ("slug", "paragraphs", "questions")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Question(_Strict):
    """A self-test question; each answer is ``[text, correct, feedback]``."""

    question: str
    answers: list[tuple[str, bool, str]] = Field(min_length=2)


class PageText(BaseModel):
    """A page's fields in one language, besides the shorthands ``paragraphs`` and ``questions``."""

    model_config = ConfigDict(extra="allow")

    title: str = Field(min_length=1)
    slug: str = ""
    paragraphs: list[str] | None = None
    questions: list[Question] | None = None

    @field_validator("paragraphs")
    @classmethod
    def _no_html(cls, value: list[str] | None) -> list[str] | None:
        if value and any("<p>" in item for item in value):
            raise ValueError("write paragraphs as plain text: each item becomes one <p>")
        return value


class FormField(_Strict):
    label: str
    field_type: str
    required: bool = True
    choices: str = ""
    help_text: str = ""


class Include(_Strict):
    include: str


class PageData(_Strict):
    """One page of a tree: its type, slug, fields per language and children."""

    model: str = Field(description="app_label.ModelName of a Wagtail page type")
    slug: str = Field(min_length=1)
    in_menu: bool = False
    shared: dict[str, Any] = {}
    content: dict[Language, PageText]
    form_fields: dict[Language, list[FormField]] = {}
    children: list[PageData | Include] = []

    @model_validator(mode="after")
    def _known_fields(self) -> PageData:
        """Name the page type and the fields that do not exist, so a typo is caught on load."""
        try:
            model = apps.get_model(self.model)
        except (LookupError, ValueError) as exc:
            raise ValueError(f"unknown page type {self.model!r}") from exc
        if not issubclass(model, Page):
            raise ValueError(f"{self.model!r} is not a page type")
        if "sv" not in self.content:
            raise ValueError("Swedish content (sv) is required")
        names = set(self.shared)
        for code, text in self.content.items():
            extra = set(text.model_extra or {})
            if text.paragraphs and "body" in extra:
                raise ValueError(f"{code}: give either paragraphs or body, not both")
            names |= extra | ({"body"} if text.paragraphs else set())
            names |= {"questions"} if text.questions else set()
        for name in sorted(names):
            try:
                model._meta.get_field(name)
            except FieldDoesNotExist:
                raise ValueError(f"{model.__name__} has no field {name!r}") from None
        return self


def _natural_key(model: type[models.Model]) -> str:
    return "slug" if any(f.name == "slug" for f in model._meta.fields) else "code"


def _record(model: type[models.Model], key: Any, where: str) -> models.Model:
    field = _natural_key(model)
    record = model._default_manager.filter(**{field: key}).first()
    if record is None:
        raise DataFileError(f"{where}: no {model._meta.verbose_name} with {field} {key!r}")
    return record


def _block_value(block: blocks.Block, value: Any, where: str) -> Any:
    """Resolve the records named in a stream's value (chooser blocks) to rows."""
    if isinstance(block, blocks.ChooserBlock) and isinstance(value, str | int):
        return _record(block.target_model, value, where)
    if isinstance(block, blocks.StreamBlock):
        return [_stream_item(block, item, where) for item in value]
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        return {
            name: _block_value(block.child_blocks[name], item, where)
            if name in block.child_blocks
            else item
            for name, item in value.items()
        }
    if isinstance(block, blocks.ListBlock) and isinstance(value, list):
        return [_block_value(block.child_block, item, where) for item in value]
    return value


def _stream_item(block: blocks.StreamBlock, item: dict[str, Any], where: str) -> tuple[str, Any]:
    if not isinstance(item, dict) or len(item) != 1:
        raise DataFileError(f"{where}: a block is one 'type: value' pair, not {item!r}")
    ((name, value),) = item.items()
    if name not in block.child_blocks:
        choices = ", ".join(block.child_blocks)
        raise DataFileError(f"{where}: unknown block {name!r} (one of: {choices})")
    return name, _block_value(block.child_blocks[name], value, where)


def _value(model: type[Page], name: str, value: Any, where: str) -> Any:
    """A field's value from the file, with the records it names looked up."""
    field = model._meta.get_field(name)
    if isinstance(field, StreamField):
        return _block_value(field.stream_block, value, where)
    if field.many_to_many and isinstance(value, list):
        return [_record(field.related_model, key, where) for key in value]
    if field.many_to_one and value is not None:
        return _record(field.related_model, value, where)
    return value


def _fields(model: type[Page], text: PageText, where: str) -> dict[str, Any]:
    """A language's fields, with the shorthands turned into the page's stream fields."""
    extra = text.model_extra or {}
    fields = {"title": text.title, **{k: _value(model, k, v, where) for k, v in extra.items()}}
    if text.slug:
        fields["slug"] = text.slug
    if text.paragraphs:
        fields["body"] = [("text", "".join(f"<p>{p}</p>" for p in text.paragraphs))]
    if text.questions:
        fields["questions"] = [
            (
                "question",
                {
                    "question": q.question,
                    "answers": [{"text": t, "correct": c, "feedback": f} for t, c, f in q.answers],
                },
            )
            for q in text.questions
        ]
    return fields


def _spec(data: PageData, path: Path) -> PageTree:
    model = apps.get_model(data.model)
    where = f"{path}: page {data.slug!r}"
    children = []
    for child in data.children:
        if isinstance(child, Include):
            children.append(read_page_tree(path.parent / child.include))
        else:
            children.append(_spec(child, path))
    return PageTree(
        model,
        data.slug,
        {code: _fields(model, text, where) for code, text in data.content.items()},
        shared={k: _value(model, k, v, where) for k, v in data.shared.items()},
        children=children,
        in_menu=data.in_menu,
        form_fields={
            code: [item.model_dump() for item in items] for code, items in data.form_fields.items()
        },
    )


def read_page_tree(path: Path) -> PageTree:
    """Read a page tree from ``path``, its includes and the records it names."""
    return _spec(read_data_file(path, PageData), path)
