"""Search declaration for the knowledge library; placements and sign-ups are never indexed."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from coordination.models import LibraryDocument
from search.index import FacetField, ModelIndex, SearchField, register_index

__all__ = ["LibraryDocumentIndex"]


@register_index
class LibraryDocumentIndex(ModelIndex):
    """Published library documents, in every site language (their text is Swedish)."""

    model = LibraryDocument
    fields = (
        SearchField("name", "title"),
        SearchField("summary_easy", "summary"),
        SearchField("organisation", "keywords"),
        SearchField(lambda obj: obj.get_kind_display(), "keywords"),
        SearchField(lambda obj: obj.topic_labels(), "keywords"),
    )
    facets = (
        FacetField("region", "regions.code"),
        FacetField("audience", "audiences"),
    )

    def get_queryset(self) -> models.QuerySet:
        return LibraryDocument.objects.public().prefetch_related("regions")

    def text_language(self, language: str) -> str:
        """The documents and their summaries are Swedish."""
        return settings.LANGUAGE_CODE
