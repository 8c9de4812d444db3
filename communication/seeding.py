"""The one seeder of page trees: idempotent creation from declarative specs (``PageTree``).

The demo's page trees are data files (``communication.page_data`` reads them); a region's
section comes from its plugin (``communication.region_sections`` turns it into a ``PageTree``).
Pages are matched by slug under their parent and translations by locale. The demo's pages are
republished only when a field differs, so seeding twice writes nothing; with ``keep_edits``
(regions' sections) a page that exists belongs to the editors and is left as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.models import Locale, Page

from hub.streams import strip_block_ids

__all__ = ["PageTree", "Tally", "sync_page"]


@dataclass
class PageTree:
    """A page to seed: its type, slug, fields per language, shared fields and children.

    Attributes:
        content: language code → translated fields (title, intro, body, …; ``slug`` to differ
            from the Swedish slug). Swedish is required; other languages are translations.
        shared: fields that are the same in every language (audience, dates, region, …).
        form_fields: for form pages, language code → list of field definitions.
    """

    model: type[Page]
    slug: str
    content: dict[str, dict[str, Any]]
    shared: dict[str, Any] = field(default_factory=dict)
    children: list[PageTree] = field(default_factory=list)
    in_menu: bool = False
    form_fields: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


@dataclass
class Tally:
    """What a load did: pages seen and rows written."""

    pages: int = 0
    written: int = 0

    def add(self, written: int) -> None:
        self.written += written


def _stream(field_: StreamField, value: Any) -> StreamValue:
    if isinstance(value, StreamValue):
        return value
    block = field_.stream_block
    return StreamValue(block, [(name, block.child_blocks[name].normalize(v)) for name, v in value])


def _comparable(page: models.Model, name: str, value: Any) -> Any:
    model_field = page._meta.get_field(name)
    if isinstance(model_field, StreamField):
        stream = _stream(model_field, value)
        return strip_block_ids(stream.stream_block.get_prep_value(stream))
    if isinstance(model_field, ParentalManyToManyField):
        items = value.all() if hasattr(value, "all") else value
        return sorted(item.pk for item in items)
    return value


def _form_fields(page: Page, wanted: list[dict[str, Any]]) -> bool:
    """Replace a form page's fields when they differ; return whether they did."""
    keys = ("label", "field_type", "required", "choices", "help_text")
    current = [{key: getattr(f, key) for key in keys} for f in page.form_fields.all()]
    normalised = [
        {key: item.get(key, "" if key != "required" else True) for key in keys} for item in wanted
    ]
    if current == normalised:
        return False
    model = page.form_fields.model
    page.form_fields = [model(sort_order=i, **item) for i, item in enumerate(normalised)]
    return True


def _assign(page: Page, fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        model_field = page._meta.get_field(name)
        setattr(
            page,
            name,
            _stream(model_field, value) if isinstance(model_field, StreamField) else value,
        )


def _sync_fields(page: Page, fields: dict[str, Any], form_fields: list | None) -> bool:
    """Publish a new revision only when a field differs; return whether it did."""
    differing = {
        name: value
        for name, value in fields.items()
        if _comparable(page, name, getattr(page, name)) != _comparable(page, name, value)
    }
    _assign(page, differing)
    changed = bool(differing)
    if form_fields is not None:
        changed |= _form_fields(page, form_fields)
    if changed or not page.live:
        page.save_revision().publish()
        return True
    return False


def _translate(page: Page, locale: Locale, slug: str | None) -> Page:
    """Copy a page for translation, with its own slug from the start.

    Setting the slug on the fresh copy directly (it has no children and was never public)
    keeps Wagtail from recording a redirect from the Swedish slug, as a later rename would.
    """
    translation = page.copy_for_translation(locale)
    if slug and slug != translation.slug:
        translation.slug = slug
        translation.set_url_path(translation.get_parent())
        Page.objects.filter(pk=translation.pk).update(slug=slug, url_path=translation.url_path)
    return translation


def _parent_translated(page: Page, locale: Locale) -> bool:
    """Whether ``page``'s parent exists in ``locale`` (a root's children need none), as Wagtail
    requires before a page can be copied for translation."""
    parent = page.get_parent()
    return parent.is_root() or parent.get_translation_or_none(locale) is not None


def sync_page(
    spec: PageTree,
    parent: Page,
    locales: dict[str, Locale],
    tally: Tally,
    existing: Page | None = None,
    *,
    keep_edits: bool = False,
) -> Page:
    """Create or update a page, its translations and its children; return the Swedish page.

    With ``keep_edits`` only missing pages and translations are created: one that exists is
    the editors' and is not overwritten. A translation whose parent page is not translated into
    that language is left out.
    """
    sv = {k: v for k, v in spec.content["sv"].items() if k != "slug"}
    page = existing or parent.get_children().filter(slug=spec.slug).first()
    created = page is None
    if page is None:
        # Created as a draft: the sync below publishes its first revision.
        page = spec.model(
            slug=spec.slug, locale=locales["sv"], show_in_menus=spec.in_menu, live=False
        )
        _assign(page, {**spec.shared, **sv})
        parent.add_child(instance=page)
        tally.written += 1
    page = page.specific
    tally.pages += 1
    if created or not keep_edits:
        tally.written += _sync_fields(page, {**spec.shared, **sv}, spec.form_fields.get("sv"))
    for code, fields in spec.content.items():
        if code == "sv" or code not in locales or not _parent_translated(page, locales[code]):
            continue
        translation = page.get_translation_or_none(locales[code])
        created = translation is None
        if translation is None:
            translation = _translate(page, locales[code], fields.get("slug"))
            tally.written += 1
        tally.pages += 1
        if created or not keep_edits:
            tally.written += _sync_fields(
                translation.specific, {**spec.shared, **fields}, spec.form_fields.get(code)
            )
    for child in spec.children:
        sync_page(child, page, locales, tally, keep_edits=keep_edits)
    return page
