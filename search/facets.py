"""Facet names and value labels in the reader's language, for the search page and the API.

Backends store codes ("12", "C", "5120"); people read names ("Skåne", "Tillverkning", "Kockar").
The app that declares a facet over its own models registers how its values are labelled
(``register_reference_labels`` in its ``AppConfig.ready()``), so search imports no domain app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.apps import apps
from django.db import models
from django.utils.translation import get_language, get_language_info, gettext_lazy, override
from django.utils.translation import gettext as _

from hub import content_version
from reference.audiences import Audience

__all__ = [
    "FACET_LABELS",
    "Labeller",
    "reference_labels",
    "register_reference_labels",
    "value_labels",
]

LABEL_SECONDS = 600
Labeller = Callable[[Iterable[str]], dict[str, str]]

FACET_LABELS = {
    "type": gettext_lazy("Type"),
    "region": gettext_lazy("Region"),
    "municipality": gettext_lazy("Municipality"),
    "industry": gettext_lazy("Industry"),
    "occupation": gettext_lazy("Occupation"),
    "level": gettext_lazy("Qualification level"),
    "language": gettext_lazy("Language"),
    "audience": gettext_lazy("Written for"),
}


def _types(codes: Iterable[str]) -> dict[str, str]:
    labels = {}
    for code in codes:
        try:
            model = apps.get_model(code)
        except (LookupError, ValueError):
            continue
        labels[code] = str(model._meta.verbose_name).capitalize()
    return labels


def reference_labels(model: type[models.Model], language: str | None = None) -> dict[str, str]:
    """Return code -> name of every object of a reference model (regions, occupations …) in
    the model's order and ``language`` (default: the active one), cached with the content
    version: search pages and the route finder's form show them on every request, and they
    change a few times a year. The dictionary is shared: do not change it."""
    language = language or get_language()

    def build() -> dict[str, str]:
        with override(language):
            return {
                obj.serializable_value("code"): str(obj) for obj in model._default_manager.all()
            }

    key = f"search:facet-labels:{model._meta.label_lower}:{language}"
    return content_version.cached(key, build, LABEL_SECONDS)


def _by_code(model: type[models.Model]) -> Labeller:
    """Label a facet's codes with the model's cached names."""

    def labels(codes: Iterable[str]) -> dict[str, str]:
        every = reference_labels(model)
        return {code: every[code] for code in codes if code in every}

    return labels


def register_reference_labels(facet: str, model: type[models.Model]) -> None:
    """Label ``facet``'s codes with ``model``'s names (its ``code`` field); a change of one of
    its rows starts a new content version, which the cached names are keyed by. Called by the
    app that owns the model."""
    _LABELLERS[facet] = _by_code(model)
    content_version.watch(model)


def _levels(codes: Iterable[str]) -> dict[str, str]:
    return {code: _("SeQF level %(level)s") % {"level": code} for code in codes}


def _languages(codes: Iterable[str]) -> dict[str, str]:
    labels = {}
    for code in codes:
        try:
            labels[code] = get_language_info(code)["name_translated"]
        except KeyError:
            continue
    return labels


def _audiences(codes: Iterable[str]) -> dict[str, str]:
    names = dict(Audience.choices)
    return {code: str(names[code]) for code in codes if code in names}


# Facets whose values search itself can name; the apps add theirs at start-up.
_LABELLERS: dict[str, Labeller] = {
    "type": _types,
    "level": _levels,
    "language": _languages,
    "audience": _audiences,
}


def value_labels(facet: str, codes: Iterable[str]) -> dict[str, str]:
    """Return code -> label for a facet's values; unknown codes are shown as they are."""
    codes = list(codes)
    labels = _LABELLERS[facet](codes) if facet in _LABELLERS else {}
    return {code: labels.get(code, code) for code in codes}
