"""Search declaration for Wagtail pages: every live, public page of every locale and type.

Page types need nothing to be found: their title, search description, introduction and the text
of their rich-text and StreamField fields are indexed generically. A page type that knows better
implements the `SearchablePage` protocol below; page types added later are indexed without any
change to `search/`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Protocol, runtime_checkable

from django.db import models
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, get_page_models
from wagtail.rich_text import get_text_for_indexing

from search.backends.base import SearchDocument
from search.index import ModelIndex, register_index

__all__ = ["PageIndex", "SearchablePage", "page_text"]

# Plain text fields a page model adds; slugs, addresses and choice codes are not prose.
_NOT_PROSE = (models.SlugField, models.URLField, models.EmailField)


@runtime_checkable
class SearchablePage(Protocol):
    """Optional methods a page type may define to control how it is found.

    ``search_text()`` returns the page's searchable prose, replacing the generic extraction.
    ``search_facets()`` returns facet codes, e.g. ``{"audience": ["employer"],
    "region": ["12"]}``; they are added to ``type`` and ``language``, which every page gets.
    A page type with ``search_indexed = False`` is left out of the search entirely.
    """

    def search_text(self) -> str: ...

    def search_facets(self) -> Mapping[str, Sequence[str]]: ...


def page_text(page: Page) -> str:
    """Return the prose of a page's own fields: text, rich text and StreamField content."""
    texts: list[str] = []
    for field in page._meta.get_fields():
        if getattr(field, "model", None) in (Page, None) or not field.concrete:
            continue  # Page's own fields (title, slug, …) are handled by the index
        value = getattr(page, field.attname, None)
        if not value:
            continue
        if isinstance(field, StreamField):
            texts.extend(str(text) for text in field.get_searchable_content(value))
        elif isinstance(field, RichTextField):
            texts.append(get_text_for_indexing(value))
        elif isinstance(field, models.TextField | models.CharField) and not (
            isinstance(field, _NOT_PROSE) or field.choices
        ):
            texts.append(str(value))
    return "\n".join(strip_tags(text) for text in texts if text)


@register_index
class PageIndex(ModelIndex):
    """Every live page that needs no login, in its own locale; the site root is not a page."""

    model = Page

    def watched_models(self) -> tuple[type[models.Model], ...]:
        return tuple(get_page_models())

    def get_queryset(self) -> models.QuerySet:
        return Page.objects.live().public().filter(depth__gt=1).select_related("locale")

    def get_languages(self, obj: Page) -> Sequence[str]:
        return [obj.locale.language_code]

    def count_documents(self) -> int:
        return self.get_queryset().count()

    def get_url(self, obj: Page) -> str:
        return obj.get_url() or ""

    def iter_documents(self, chunk_size: int = 200) -> Iterator[SearchDocument]:
        # Specific pages are fetched per chunk: one query per page type and chunk, not per page.
        pks = list(self.get_queryset().values_list("pk", flat=True))
        for start in range(0, len(pks), chunk_size):
            chunk = self.get_queryset().filter(pk__in=pks[start : start + chunk_size]).specific()
            for page in chunk:
                if getattr(page, "search_indexed", True):
                    yield from self.documents(page)

    def documents(self, obj: Page) -> list[SearchDocument]:
        page = obj.specific
        if not getattr(page, "search_indexed", True):
            return []
        language = page.locale.language_code
        with translation.override(language):
            return [self.to_document(page, language)]

    def to_document(self, obj: Page, language: str, *_shared: object) -> SearchDocument:
        page = obj.specific
        translations = Page.objects.live().filter(translation_key=page.translation_key)
        facets: dict[str, list[str]] = {
            "type": [page.specific_class._meta.label_lower],
            "language": sorted(translations.values_list("locale__language_code", flat=True)),
        }
        if hasattr(page, "search_facets"):
            for name, values in page.search_facets().items():
                facets.setdefault(name, []).extend(str(value) for value in values)
        text = page.search_text() if hasattr(page, "search_text") else page_text(page)
        return SearchDocument(
            index=self.name,
            pk=str(page.pk),
            language=language,
            title=page.title,
            url=self.get_url(page),
            summary=page.search_description or getattr(page, "intro", "") or "",
            body=text,
            facets={name: tuple(dict.fromkeys(values)) for name, values in facets.items()},
        )
