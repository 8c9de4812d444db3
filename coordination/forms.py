"""Public forms: an employer's placement offer and an event sign-up (no account needed)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from branch_models.models import Industry, Municipality
from communication.forms import SpamProtectedForm
from coordination.models import PlacementKind, Requirement

__all__ = ["PlacementOfferForm", "SignupForm"]


class PlacementOfferForm(SpamProtectedForm):
    """What an employer tells the region about a place they offer; no data on job seekers."""

    employer_name = forms.CharField(label=_("Workplace (company or organisation)"), max_length=200)
    municipality = forms.ModelChoiceField(
        label=_("Municipality"),
        queryset=Municipality.objects.order_by("name"),
        empty_label=_("Choose a municipality"),
    )
    name = forms.CharField(
        label=_("What work is the place for?"),
        max_length=200,
        help_text=_("For example: warehouse work, cleaning, care of the elderly."),
    )
    kind = forms.ChoiceField(label=_("Kind of place"), choices=PlacementKind.choices)
    industry = forms.ModelChoiceField(
        label=_("Industry"),
        queryset=Industry.objects.order_by("name"),
        required=False,
        empty_label=_("Don't know"),
    )
    places = forms.IntegerField(label=_("Number of places"), min_value=1, max_value=50, initial=1)
    description = forms.CharField(
        label=_("Describe the work"), widget=forms.Textarea(attrs={"rows": 4}), max_length=3000
    )
    requirements = forms.MultipleChoiceField(
        label=_("Requirements"),
        choices=Requirement.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    other_requirements = forms.CharField(
        label=_("Other requirements"), required=False, max_length=1000
    )
    supervisor_name = forms.CharField(label=_("Contact person (supervisor)"), max_length=200)
    supervisor_phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    supervisor_email = forms.EmailField(label=_("E-mail"))


class SignupForm(SpamProtectedForm):
    """Name, e-mail and (optionally) organisation: what the organiser's list needs."""

    name = forms.CharField(label=_("Name"), max_length=200)
    email = forms.EmailField(label=_("E-mail"))
    organisation = forms.CharField(label=_("Organisation"), max_length=200, required=False)
