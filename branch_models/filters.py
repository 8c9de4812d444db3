"""Filters of the public registry lists, defined once for the pages and the API.

Filter values are the registry's stable codes and slugs, never database ids, so a filtered URL
such as ``/komvux/?municipality=1293&sfi_combination=true`` stays readable and keeps working
after a re-import. Choice lists offer only values that published records use, so a visitor is
never led into an empty list by the form itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import django_filters
from django import forms
from django.db.models import Model, Q, QuerySet, TextField
from django.db.models.functions import Cast
from django.http import HttpRequest
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from branch_models.languages import language_name
from branch_models.models import (
    Actor,
    ActorKind,
    ChecklistTemplate,
    Credential,
    CredentialKind,
    Industry,
    KomvuxOffer,
    MethodFamily,
    Municipality,
    Occupation,
    OfferLevel,
    RecordStatus,
    Region,
    StudyForm,
    ValidationModel,
    ValidationRole,
)

__all__ = [
    "ActorFilter",
    "ChecklistFilter",
    "CredentialFilter",
    "KomvuxOfferFilter",
    "MunicipalityFilter",
    "OccupationFilter",
    "RegistryFilterSet",
    "ValidationModelFilter",
    "json_list_contains",
]

ALL = _("All")


def _level_label(level: int) -> str:
    return gettext("Level %(level)d") % {"level": level}


SEQF_LEVELS = [(level, lazy(_level_label, str)(level)) for level in range(1, 9)]


def json_list_contains(queryset: QuerySet, field: str, value: str) -> QuerySet:
    """Keep rows whose JSON list of codes holds ``value``.

    SQLite (the embedded default) has no JSON ``contains`` lookup, so this matches the quoted
    code in the JSON text, which is exact for the short letter codes these lists hold.
    """
    alias = f"{field}_as_text"
    return queryset.alias(**{alias: Cast(field, TextField())}).filter(
        **{f"{alias}__contains": json.dumps(value)}
    )


def _used_codes(queryset: QuerySet, field: str) -> list[str]:
    """Return the distinct codes in a JSON list field over ``queryset``, sorted."""
    codes: set[str] = set()
    for values in queryset.values_list(field, flat=True):
        codes.update(values or [])
    return sorted(codes)


def _language_choices(model: type[Model], field: str) -> Callable[[], list[tuple[str, str]]]:
    """Offer the languages published records use, named in the visitor's language."""

    def choices() -> list[tuple[str, str]]:
        codes = _used_codes(model.objects.public(), field)
        return sorted(((code, language_name(code)) for code in codes), key=lambda c: c[1])

    return choices


class CodedModelChoiceField(django_filters.fields.ModelChoiceField):
    """Show the official code before the name (SNI, SSYK), as counsellors look them up."""

    def label_from_instance(self, obj: Industry | Occupation) -> str:
        return f"{obj.code} {obj}"


class ChoiceFilter(django_filters.ChoiceFilter):
    """A single-choice filter whose empty option reads "All"."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("empty_label", ALL)
        super().__init__(*args, **kwargs)


class ModelChoiceFilter(django_filters.ModelChoiceFilter):
    """A filter on a related record by its code or slug, whose empty option reads "All"."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("empty_label", ALL)
        super().__init__(*args, **kwargs)


class CodedModelChoiceFilter(ModelChoiceFilter):
    """A related-record filter labelled with official codes."""

    field_class = CodedModelChoiceField


class YesNoFilter(django_filters.BooleanFilter):
    """A yes/no filter offered as All/Yes/No; it accepts ``true``/``false`` as the API does."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault(
            "widget", forms.Select(choices=[("", ALL), ("true", _("Yes")), ("false", _("No"))])
        )
        super().__init__(*args, **kwargs)


class FilterForm(forms.Form):
    """The filter form: labels without a trailing colon, as in a sidebar of choices."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class RegistryFilterSet(django_filters.FilterSet):
    """Base of the registry filters: without a queryset, filter published records only."""

    class Meta:
        form = FilterForm

    def __init__(
        self,
        data: object = None,
        queryset: QuerySet | None = None,
        *,
        request: HttpRequest | None = None,
        prefix: str | None = None,
    ) -> None:
        if queryset is None:
            queryset = self._meta.model.objects.public()
        super().__init__(data, queryset, request=request, prefix=prefix)


# --- Choice lists: only values that published records use ------------------------------------
# Querysets are lazy and cloned for every form, so each request sees current data.

MODEL_INDUSTRIES = Industry.objects.filter(validation_models__live=True).distinct()
MODEL_OCCUPATIONS = (
    Occupation.objects.filter(validation_models__live=True).distinct().order_by("code")
)
ISSUERS = Actor.objects.public().filter(issued_credentials__live=True).distinct()
CREDENTIAL_INDUSTRIES = Industry.objects.filter(
    validation_models__live=True, validation_models__credentials__live=True
).distinct()
OFFER_MUNICIPALITIES = Municipality.objects.filter(komvux_offers__live=True).distinct()
OFFER_REGIONS = Region.objects.filter(municipalities__komvux_offers__live=True).distinct()
OFFER_MODELS = ValidationModel.objects.public().filter(komvux_offers__live=True).distinct()
ACTOR_REGIONS = Region.objects.filter(
    Q(municipalities__actors__live=True) | Q(pk__in=Actor.objects.public().values("owner_region"))
).distinct()
ACTOR_MUNICIPALITIES = Municipality.objects.filter(actors__live=True).distinct()
CHECKLIST_INDUSTRIES = Industry.objects.filter(checklists__live=True).distinct()


# --- Filter sets --------------------------------------------------------------------------


class ValidationModelFilter(RegistryFilterSet):
    """Validation models by industry, place, occupation, method, language and credential."""

    industry = CodedModelChoiceFilter(
        queryset=MODEL_INDUSTRIES, to_field_name="code", label=_("Industry")
    )
    region = ModelChoiceFilter(
        queryset=Region.objects.all(),
        to_field_name="code",
        method="filter_region",
        label=_("Region"),
        help_text=_("Includes models offered nationwide."),
    )
    municipality = ModelChoiceFilter(
        queryset=Municipality.objects.all(),
        to_field_name="code",
        method="filter_municipality",
        label=_("Municipality"),
        help_text=_("Includes models offered nationwide."),
    )
    occupation = CodedModelChoiceFilter(
        field_name="occupations",
        queryset=MODEL_OCCUPATIONS,
        to_field_name="code",
        distinct=True,
        label=_("Occupation (SSYK)"),
    )
    method_family = ChoiceFilter(choices=MethodFamily.choices, label=_("Method"))
    language = ChoiceFilter(
        choices=_language_choices(ValidationModel, "assessment_languages"),
        method="filter_language",
        label=_("Assessment language"),
    )
    credential_kind = ChoiceFilter(
        choices=CredentialKind.choices,
        method="filter_credential_kind",
        label=_("Leads to credential of kind"),
    )
    credential_level = ChoiceFilter(
        choices=SEQF_LEVELS,
        method="filter_credential_level",
        label=_("Leads to credential at SeQF level"),
    )
    status = ChoiceFilter(choices=RecordStatus.choices, label=_("Status"))

    class Meta(RegistryFilterSet.Meta):
        model = ValidationModel
        fields: list[str] = []

    def filter_region(self, queryset: QuerySet, name: str, value: Region) -> QuerySet:
        """Models offered in the region: listed for it, nationwide, or by a provider there."""
        return queryset.filter(
            Q(regions=value)
            | Q(regions__isnull=True)
            | Q(providers__live=True, providers__municipalities__region=value)
        ).distinct()

    def filter_municipality(self, queryset: QuerySet, name: str, value: Municipality) -> QuerySet:
        """Models offered in the municipality's region, nationwide, or by a provider there."""
        return queryset.filter(
            Q(regions=value.region_id)
            | Q(regions__isnull=True)
            | Q(providers__live=True, providers__municipalities=value)
        ).distinct()

    def filter_language(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return json_list_contains(queryset, "assessment_languages", value)

    def filter_credential_kind(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(credentials__live=True, credentials__kind=value).distinct()

    def filter_credential_level(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(credentials__live=True, credentials__seqf_level=value).distinct()


class CredentialFilter(RegistryFilterSet):
    """Credentials by kind, SeQF level, industry (through their models) and issuer."""

    kind = ChoiceFilter(choices=CredentialKind.choices, label=_("Kind"))
    seqf_level = ChoiceFilter(choices=SEQF_LEVELS, label=_("SeQF level"))
    industry = CodedModelChoiceFilter(
        queryset=CREDENTIAL_INDUSTRIES,
        to_field_name="code",
        method="filter_industry",
        label=_("Industry"),
    )
    issuer = ModelChoiceFilter(queryset=ISSUERS, to_field_name="slug", label=_("Issued by"))

    class Meta(RegistryFilterSet.Meta):
        model = Credential
        fields: list[str] = []

    def filter_industry(self, queryset: QuerySet, name: str, value: Industry) -> QuerySet:
        return queryset.filter(
            validation_models__live=True, validation_models__industry=value
        ).distinct()


class KomvuxOfferFilter(RegistryFilterSet):
    """Komvux offers by place, level, study form, language support, validation and model."""

    region = ModelChoiceFilter(
        field_name="municipality__region",
        queryset=OFFER_REGIONS,
        to_field_name="code",
        label=_("Region"),
    )
    municipality = ModelChoiceFilter(
        queryset=OFFER_MUNICIPALITIES, to_field_name="code", label=_("Municipality")
    )
    level = ChoiceFilter(choices=OfferLevel.choices, label=_("Level"))
    study_form = ChoiceFilter(choices=StudyForm.choices, label=_("Study form"))
    sfi_combination = YesNoFilter(label=_("Combined with SFI"))
    validation_offered = YesNoFilter(label=_("Validation against the syllabus"))
    model = ModelChoiceFilter(
        field_name="validation_models",
        queryset=OFFER_MODELS,
        to_field_name="slug",
        distinct=True,
        label=_("Complements validation model"),
    )

    class Meta(RegistryFilterSet.Meta):
        model = KomvuxOffer
        fields: list[str] = []


class ActorFilter(RegistryFilterSet):
    """Actors by kind, place, role in validation and language spoken."""

    kind = ChoiceFilter(choices=ActorKind.choices, label=_("Kind"))
    region = ModelChoiceFilter(
        queryset=ACTOR_REGIONS, to_field_name="code", method="filter_region", label=_("Region")
    )
    municipality = ModelChoiceFilter(
        field_name="municipalities",
        queryset=ACTOR_MUNICIPALITIES,
        to_field_name="code",
        distinct=True,
        label=_("Municipality served"),
    )
    role = ChoiceFilter(
        choices=ValidationRole.choices, method="filter_role", label=_("Role in validation")
    )
    language = ChoiceFilter(
        choices=_language_choices(Actor, "languages"),
        method="filter_language",
        label=_("Language spoken"),
    )

    class Meta(RegistryFilterSet.Meta):
        model = Actor
        fields: list[str] = []

    def filter_region(self, queryset: QuerySet, name: str, value: Region) -> QuerySet:
        """Actors the region keeps or that serve one of its municipalities."""
        return queryset.filter(Q(owner_region=value) | Q(municipalities__region=value)).distinct()

    def filter_role(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return json_list_contains(queryset, "roles", value)

    def filter_language(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return json_list_contains(queryset, "languages", value)


class ChecklistFilter(RegistryFilterSet):
    """Assessment checklists by industry."""

    industry = CodedModelChoiceFilter(
        queryset=CHECKLIST_INDUSTRIES, to_field_name="code", label=_("Industry")
    )

    class Meta(RegistryFilterSet.Meta):
        model = ChecklistTemplate
        fields: list[str] = []


# --- Reference data (API lists) ---------------------------------------------------------------


class MunicipalityFilter(django_filters.FilterSet):
    """Municipalities of a county, by its SCB code."""

    region = django_filters.ModelChoiceFilter(
        queryset=Region.objects.all(), to_field_name="code", label=_("Region")
    )

    class Meta:
        model = Municipality
        fields: list[str] = []


class OccupationFilter(django_filters.FilterSet):
    """Occupations whose Swedish or English name contains the words, to find an SSYK code."""

    name = django_filters.CharFilter(method="filter_name", max_length=100, label=_("Name"))

    class Meta:
        model = Occupation
        fields: list[str] = []

    def filter_name(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(Q(name__icontains=value) | Q(name_en__icontains=value))
