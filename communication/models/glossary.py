"""Glossary terms and the page that lists them."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from communication.models.base import SitePage, intro_field

__all__ = [
    "GlossaryPage",
    "GlossaryTerm",
    "SWEDISH_LAST",
]


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """A word of the field with its plain explanation, one row per language.

    ``also_matches`` lists other forms of the word (e.g. "valideringen") so that the glossary
    linking finds them in text.
    """

    term = models.CharField(_("term"), max_length=100)
    slug = models.SlugField(
        _("anchor"),
        max_length=100,
        help_text=_("The same in every language; used in links to the glossary."),
    )
    definition = models.TextField(_("explanation"), help_text=_("Plain words, one or two lines."))
    also_matches = models.TextField(
        _("other forms"),
        blank=True,
        help_text=_("Other forms of the word to explain in text, one per line."),
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("slug"),
        FieldPanel("definition"),
        FieldPanel("also_matches"),
    ]
    search_fields = [index.SearchField("term"), index.SearchField("definition")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self) -> str:
        return self.term

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self.slug:
            self.slug = slugify(self.term)
        super().save(*args, **kwargs)

    def forms(self) -> list[str]:
        """Return every form of the word to look for in text, longest first."""
        forms = [self.term, *(line.strip() for line in self.also_matches.splitlines())]
        return sorted({form for form in forms if form}, key=len, reverse=True)


# Å, Ä and Ö come after Z in Swedish: map them past "z" for sorting.
SWEDISH_LAST = str.maketrans({"å": "{", "ä": "|", "ö": "}"})


class GlossaryPage(SitePage, Page):
    """The glossary (ordlista): every term of the page's language, A to Z."""

    page_description = _("The glossary: the words of validation explained.")

    intro = intro_field()

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    schema_type = "DefinedTermSet"

    class Meta:
        verbose_name = _("glossary page")
        verbose_name_plural = _("glossary pages")

    def terms(self) -> list[GlossaryTerm]:
        """Return the terms of the page's language in dictionary order (Swedish å, ä, ö last)."""
        terms = GlossaryTerm.objects.filter(locale_id=self.locale_id)
        return sorted(terms, key=lambda term: term.term.casefold().translate(SWEDISH_LAST))

    def search_text(self) -> str:
        lines = [f"{term.term}: {term.definition}" for term in self.terms()]
        return "\n".join([super().search_text(), *lines])

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        letters: dict[str, list[GlossaryTerm]] = {}
        for term in self.terms():
            letters.setdefault(term.term[:1].upper(), []).append(term)
        context["letters"] = letters
        return context
