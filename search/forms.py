"""The search form: what a person may ask, checked before any engine sees it."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from search.backends.base import FACETS, SearchQuery
from search.models import Synonym

__all__ = ["MAX_QUERY_LENGTH", "SearchForm", "SynonymFromQueryForm"]

MAX_QUERY_LENGTH = 200
MAX_PAGE = 100
# Facet values are codes: letters, digits, dots, underscores, hyphens.
_FACET_VALUE = re.compile(r"[\w.-]{1,100}")


class SearchForm(forms.Form):
    """Query text, page and facet filters from a GET request.

    Facet values are read with ``getlist`` (``?region=12&region=13``); values that cannot be
    codes are dropped rather than refused, since they can only come from an edited URL.
    """

    q = forms.CharField(
        label=_("Search for"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _(
                "Your search is too long. Use at most %(limit_value)d characters – a few "
                "words work best."
            )
        },
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)
    # Set by the place chip's remove link: the places named in the query no longer order hits.
    anywhere = forms.BooleanField(required=False)

    def __init__(self, data: QueryDict | None = None, **kwargs: Any) -> None:
        super().__init__(data, **kwargs)
        self.filters: dict[str, tuple[str, ...]] = {}
        if data is not None:
            for name in FACETS:
                values = [value for value in data.getlist(name) if _FACET_VALUE.fullmatch(value)]
                if values:
                    self.filters[name] = tuple(dict.fromkeys(values))[:20]

    def clean_page(self) -> int:
        """Treat a missing page as the first."""
        return self.cleaned_data.get("page") or 1

    @property
    def has_search(self) -> bool:
        """Whether there is anything to search for: words or at least one filter."""
        return bool(self.cleaned_data.get("q") or self.filters)

    def to_query(self, language: str, per_page: int = 10) -> SearchQuery:
        """Return the validated search as a backend query."""
        return SearchQuery(
            text=self.cleaned_data.get("q") or "",
            language=language,
            filters=self.filters,
            page=self.cleaned_data["page"],
            per_page=per_page,
            places=not self.cleaned_data.get("anywhere"),
        )


class SynonymFromQueryForm(forms.Form):
    """A zero-result query and the words it means, saved as one editor-managed synonym."""

    query = forms.CharField(max_length=200, widget=forms.HiddenInput)
    language = forms.ChoiceField(choices=(), widget=forms.HiddenInput)
    means = forms.CharField(
        label=_("Means the same as"),
        max_length=300,
        help_text=_("The word or words the registry uses, e.g. “VVS-montör”."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from django.conf import settings

        super().__init__(*args, **kwargs)
        language = self.fields["language"]
        assert isinstance(language, forms.ChoiceField)  # noqa: S101 - declared above
        language.choices = list(settings.LANGUAGES)

    def clean(self) -> dict[str, Any]:
        """Check the synonym as the synonym form does (two different words at least)."""
        cleaned = super().clean() or {}
        if self.errors:
            return cleaned
        self.synonym = Synonym(
            terms=f"{cleaned['query']}, {cleaned['means']}", language=cleaned["language"]
        )
        try:
            self.synonym.full_clean()
        except forms.ValidationError as error:
            raise forms.ValidationError(
                _("Write a word or phrase different from the query itself.")
            ) from error
        return cleaned

    def save(self) -> Synonym:
        """Store the synonym; it applies to the next search in its language."""
        self.synonym.save()
        return self.synonym
