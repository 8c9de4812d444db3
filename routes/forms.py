"""The route finder's form: read from the query string, checked, and turned into a RouteInput.

Every error is attached to the field it concerns, in the reader's language, and the form keeps
what was typed, so the counsellor corrects one thing and tries again.
"""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from branch_models.models import Municipality, Occupation, StudyForm
from routes.choices import Pace, SwedishLevel
from routes.places import (
    Place,
    find_municipality,
    is_postcode,
    municipality_for_postcode,
    nearest_municipality,
    parse_coordinates,
    place_of,
)
from routes.reference import industry_choices
from routes.services import RouteInput

__all__ = ["MAX_TEXT_LENGTH", "RouteForm", "find_occupation"]

MAX_TEXT_LENGTH = 300
LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
LEADING_CODE = re.compile(r"^\s*(\d{4})\b")


def find_occupation(text: str) -> Occupation | None:
    """Return the occupation for "5120", "5120 Kockar och kallskänkor", its name or English name."""
    value = text.strip()
    match = LEADING_CODE.match(value)
    if match:
        return Occupation.objects.filter(code=match.group(1)).first()
    return (
        Occupation.objects.filter(name__iexact=value).first()
        or Occupation.objects.filter(name_en__iexact=value).first()
    )


class RouteForm(forms.Form):
    """What the counsellor knows about the person; all of it stays in the URL."""

    text = forms.CharField(
        label=_("Experience, in your own words"),
        help_text=_('For example "cooked in a restaurant for ten years".'),
        required=False,
        max_length=MAX_TEXT_LENGTH,
        widget=forms.TextInput(attrs={"list": "occupation-options", "autocomplete": "off"}),
    )
    # An SSYK code or name from a link or the API; the page asks in one free-text field and
    # shows this one only when a link filled it in.
    occupation = forms.CharField(
        label=_("Occupation (SSYK)"),
        help_text=_("Clear it to search by the experience alone."),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    municipality = forms.CharField(
        label=_("Municipality where the person lives"),
        help_text=_('The name, with or without å, ä and ö, or a postcode such as "281 31".'),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"list": "municipality-options", "autocomplete": "off"}),
    )
    near = forms.CharField(
        label=_("Or: postcode or coordinates"),
        help_text=_(
            'A postcode such as "281 31", or latitude and longitude such as "56.16, 13.77".'
        ),
        required=False,
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    swedish_level = forms.ChoiceField(
        label=_("Swedish"),
        choices=[("", _("Not given")), *SwedishLevel.choices],
        required=False,
        widget=forms.RadioSelect,
    )
    study_form = forms.ChoiceField(
        label=_("Preferred study form"),
        choices=[("", _("Any")), *StudyForm.choices],
        required=False,
    )
    pace = forms.ChoiceField(
        label=_("Pace"), choices=[("", _("No preference")), *Pace.choices], required=False
    )
    industry = forms.ChoiceField(label=_("Industry (optional)"), required=False)
    easy = forms.BooleanField(label=_("Show easy-to-read Swedish texts"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["industry"].choices = [("", _("Any")), *industry_choices()]
        self.resolved_occupation: Occupation | None = None
        self.resolved_place: Place | None = None
        self.resolved_municipality: Municipality | None = None
        self.given_municipality: Municipality | None = None

    def clean_text(self) -> str:
        text = " ".join(self.cleaned_data["text"].split())
        if text and len(LETTERS.findall(text)) < 2:
            raise forms.ValidationError(
                _('Describe the experience in words, for example "cook for ten years".'),
                code="no_words",
            )
        return text

    def clean_occupation(self) -> str:
        value = self.cleaned_data["occupation"].strip()
        if value:
            self.resolved_occupation = find_occupation(value)
            if self.resolved_occupation is None:
                raise forms.ValidationError(
                    _(
                        'There is no occupation "%(value)s" in the list. Choose one of the '
                        "suggestions, or leave the field empty and describe the experience."
                    ),
                    code="unknown_occupation",
                    params={"value": value},
                )
        return value

    def clean_municipality(self) -> str:
        value = self.cleaned_data["municipality"].strip()
        self.given_municipality = find_municipality(value) if value else None
        if value and self.given_municipality is None and is_postcode(value):
            raise forms.ValidationError(
                _(
                    "We cannot place the postcode %(value)s yet (only some areas are known). "
                    "Give the municipality instead."
                ),
                code="unknown_postcode",
                params={"value": value},
            )
        if value and self.given_municipality is None:
            raise forms.ValidationError(
                _(
                    'We do not know the municipality "%(value)s". Choose one of Sweden\'s 290 '
                    "municipalities from the list."
                ),
                code="unknown_municipality",
                params={"value": value},
            )
        return value

    def clean_near(self) -> str:
        value = self.cleaned_data["near"].strip()
        if not value:
            return value
        if is_postcode(value):
            municipality = municipality_for_postcode(value)
            if municipality is None:
                raise forms.ValidationError(
                    _(
                        "We cannot place the postcode %(value)s yet (only some areas are known). "
                        "Give the municipality instead."
                    ),
                    code="unknown_postcode",
                    params={"value": value},
                )
            self.resolved_place = place_of(municipality)
            return value
        coordinates = parse_coordinates(value)
        if coordinates is None:
            raise forms.ValidationError(
                _(
                    'Give a postcode of five digits ("281 31") or coordinates in Sweden as '
                    'latitude, longitude ("56.16, 13.77").'
                ),
                code="bad_place",
            )
        municipality = nearest_municipality(*coordinates)
        if municipality is not None:
            self.resolved_place = Place(municipality, *coordinates)
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        self._check_place(data)
        if not self.errors and not (
            data.get("text") or data.get("occupation") or data.get("industry")
        ):
            self.add_error(
                "text", _("Describe the experience, or choose an occupation or an industry.")
            )
        if data.get("pace") == Pace.ALONGSIDE_WORK and data.get("study_form") == (
            StudyForm.APPRENTICESHIP
        ):
            self.add_error(
                "pace",
                _(
                    "An apprenticeship is mostly spent at a workplace, so it cannot be studied "
                    "alongside work. Choose another study form or pace."
                ),
            )
        return data

    def _check_place(self, data: dict[str, Any]) -> None:
        if "municipality" not in data or "near" not in data:
            return  # already reported on the field
        given = self.given_municipality
        found = self.resolved_place.municipality if self.resolved_place else None
        if given is None and found is None:
            self.add_error(
                "municipality",
                _("Give the municipality where the person lives, or a postcode."),
            )
        elif given is not None and found is not None and given.pk != found.pk:
            self.add_error(
                "near",
                _(
                    "This place is in %(found)s, not in %(given)s. Correct one of them, or "
                    "clear one."
                )
                % {"found": found, "given": given},
            )
        self.resolved_municipality = given or found
        if self.resolved_place is None and given is not None:
            self.resolved_place = place_of(given)

    def route_input(self) -> RouteInput:
        """Return the checked input for ``find_routes`` (call after ``is_valid()``)."""
        assert self.resolved_municipality is not None  # noqa: S101 - is_valid() guarantees it
        data = self.cleaned_data
        return RouteInput(
            municipality=self.resolved_municipality,
            place=self.resolved_place,
            text=data["text"],
            occupations=(self.resolved_occupation,) if self.resolved_occupation else (),
            swedish_level=data["swedish_level"],
            study_form=data["study_form"],
            pace=data["pace"],
            industry=data["industry"],
        )
