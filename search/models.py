"""Search's own tables: the database index, the outbox, synonyms, vocabulary and analytics."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

__all__ = [
    "OutboxEntry",
    "QueryStat",
    "SearchEntry",
    "SearchFacet",
    "Synonym",
    "VocabularyWords",
]


class SearchEntry(models.Model):
    """One document in the database index: stored text, analysed tokens, one row per language.

    The full-text structures are vendor-specific and live beside this table (migration 0002):
    an FTS5 table kept in step by triggers on SQLite, generated ``tsvector`` columns with GIN
    indexes on PostgreSQL. This table is also the Elasticsearch backend's fallback.
    """

    doc_id = models.CharField(max_length=200, unique=True)
    index_name = models.CharField(max_length=100)
    object_pk = models.CharField(max_length=64)
    language = models.CharField(max_length=10)
    title = models.CharField(max_length=500)
    url = models.CharField(max_length=500, blank=True)
    summary = models.TextField(blank=True)
    keywords = models.TextField(blank=True)
    body = models.TextField(blank=True)
    title_tokens = models.TextField(blank=True)
    keywords_tokens = models.TextField(blank=True)
    body_tokens = models.TextField(blank=True)
    prefix_tokens = models.TextField(blank=True)
    # Entries with one key are one hit (SearchDocument.group); most keys are the doc_id.
    group_key = models.CharField(max_length=700, default="")

    class Meta:
        db_table = "search_entry"
        indexes = [
            models.Index(fields=["index_name", "object_pk"], name="search_entry_object"),
            models.Index(fields=["language", "title"], name="search_entry_language"),
        ]

    def __str__(self) -> str:
        return self.doc_id


class SearchFacet(models.Model):
    """One facet value of an entry; facet counts are GROUP BY queries over this table."""

    # No database constraint: a rebuild writes about ten facet rows per entry, each of which
    # PostgreSQL would check against search_entry. Every delete of entries deletes their facets
    # too (the rebuild's SQL first, Django's cascade otherwise). No index of its own: the index
    # on (entry, name) serves every lookup by entry.
    entry = models.ForeignKey(
        SearchEntry,
        on_delete=models.CASCADE,
        related_name="facets",
        db_constraint=False,
        db_index=False,
    )
    name = models.CharField(max_length=40)
    value = models.CharField(max_length=100)

    class Meta:
        db_table = "search_facet"
        indexes = [
            models.Index(fields=["name", "value", "entry"], name="search_facet_value"),
            models.Index(fields=["entry", "name"], name="search_facet_entry"),
        ]

    def __str__(self) -> str:
        return f"{self.name}={self.value}"


class OutboxEntry(models.Model):
    """A change to apply to the search index, written in the editor's transaction.

    Applied right after the commit; when the engine is down it stays pending and
    `manage.py search_sync` retries it, so an outage delays an update but never loses it.
    Processed rows are kept for a day so a rebuild can replay changes made while it ran.
    """

    index_name = models.CharField(max_length=100)
    object_pk = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    processed_at = models.DateTimeField(null=True, blank=True, db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        db_table = "search_outbox"
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"{self.index_name}:{self.object_pk}"


def _content_languages() -> list[tuple[str, StrOrPromise]]:
    """Offer the site's languages; a callable keeps migrations free of the settings' list."""
    return list(settings.LANGUAGES)


class Synonym(models.Model):
    """Words or phrases that mean the same to searchers, kept by editors.

    Counsellors and job seekers use their own words ("usk", "truck"); the registry uses others
    ("undersköterska", "gaffeltruck"). Synonyms are expanded at query time, so an edit works at
    once, without a reindex.
    """

    terms = models.CharField(
        _("words that mean the same"),
        max_length=500,
        help_text=_(
            "Two or more words or phrases separated by commas, e.g. "
            "“truck, gaffeltruck” or “CE-körkort, tung lastbil”."
        ),
    )
    language = models.CharField(
        _("language"), max_length=10, choices=_content_languages, default="sv"
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["language", "terms"]
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms")

    def __str__(self) -> str:
        return self.terms

    def term_list(self) -> list[str]:
        """Return the separate words or phrases, without blanks."""
        return [term.strip() for term in self.terms.split(",") if term.strip()]

    def clean(self) -> None:
        """Require at least two different terms: one word alone has no synonym."""
        if len({term.casefold() for term in self.term_list()}) < 2:
            raise ValidationError(
                {"terms": _("Write at least two different words or phrases, separated by commas.")}
            )


class VocabularyWords(models.Model):
    """The words of our content in one language with their counts, for splitting and spelling.

    Rebuilt from every indexed document by `search_rebuild`; web processes cache it and reload
    when ``built_at`` changes.
    """

    language = models.CharField(max_length=10, primary_key=True)
    counts = models.JSONField(default=dict)
    built_at = models.DateTimeField()

    class Meta:
        db_table = "search_vocabulary"

    def __str__(self) -> str:
        return f"{self.language}: {len(self.counts)} words"


class QueryStat(models.Model):
    """How often a normalised query was searched in a week and locale, and how often it found
    nothing. Holds no personal data: no user, address, time of day or raw text is stored."""

    week = models.DateField(_("week starting"))
    language = models.CharField(_("language"), max_length=10)
    query = models.CharField(_("query"), max_length=200)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_results = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        db_table = "search_query_stat"
        ordering = ["-week", "-searches"]
        verbose_name = _("search statistic")
        verbose_name_plural = _("search statistics")
        constraints = [
            models.UniqueConstraint(fields=["week", "language", "query"], name="query_stat_unique")
        ]

    def __str__(self) -> str:
        return f"{self.week} {self.language} {self.query}"
