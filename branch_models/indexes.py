"""Search declarations for the registry: validation models, credentials, Komvux offers, actors.

Each record is indexed once per site language, with English names and summaries on English pages
where editors filled them in. Only published records (``live``) are indexed.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import get_language

from branch_models.models import (
    Actor,
    Credential,
    KomvuxOffer,
    Region,
    ValidationModel,
    ValidationStep,
)
from reference.audiences import Audience
from search.index import FacetField, ModelIndex, SearchField, register_index

__all__ = ["ActorIndex", "CredentialIndex", "KomvuxOfferIndex", "ValidationModelIndex"]


def _english_or(field: str) -> object:
    """Return a source reading ``<field>_en`` on English pages when filled in, else ``field``."""

    def source(obj: models.Model) -> str:
        english = getattr(obj, f"{field}_en", "") if get_language() == "en" else ""
        return english or getattr(obj, field)

    return source


_region_codes: list[str] = []


def _all_regions_if_empty(regions: list[str]) -> list[str]:
    """Treat "no region" as nationwide: the record is then found under every region."""
    if regions:
        return regions
    if not _region_codes:  # official reference data: read once per process, once it is loaded
        _region_codes.extend(Region.objects.values_list("code", flat=True))
    return list(_region_codes)


def _choice_label(field: str) -> object:
    """Return a source giving a choice field's label in the active language.

    The labels are translated once per language, not once per record (a rebuild reads tens of
    thousands of records in five languages).
    """
    labels: dict[str, dict[object, str]] = {}

    def source(obj: models.Model) -> str:
        language = get_language()
        if language not in labels:
            choices = obj._meta.get_field(field).flatchoices
            labels[language] = {value: str(label) for value, label in choices}
        value = getattr(obj, field)
        return labels[language].get(value, value)

    return source


class RegistryIndex(ModelIndex):
    """Shared behaviour of registry records: public records only, linked to their detail page
    (``get_absolute_url``, in the language being indexed)."""

    def get_queryset(self) -> models.QuerySet:
        return self.model.objects.public()

    def text_language(self, language: str) -> str:
        """Records are written in Swedish, some names and summaries also in English."""
        return language if language == "en" else settings.LANGUAGE_CODE


@register_index
class ValidationModelIndex(RegistryIndex):
    model = ValidationModel
    depends_on = {Actor: "owner", Credential: "credentials", ValidationStep: "steps"}
    fields = (
        SearchField(str, "title"),
        SearchField(_english_or("summary"), "summary"),
        SearchField("industry", "keywords"),
        SearchField("occupations", "keywords"),
        SearchField("owner.name", "keywords"),
        SearchField(_choice_label("method_family"), "keywords"),
        SearchField("competences.name"),
        SearchField("credentials", "body"),
        SearchField("summary_easy"),
        SearchField("description"),
        SearchField("prerequisites"),
        SearchField("steps.title"),
        SearchField("steps.description"),
        SearchField("providers.name"),
    )
    facets = (
        FacetField(
            "region",
            lambda obj: _all_regions_if_empty([region.code for region in obj.regions.all()]),
        ),
        FacetField("industry", "industry.code"),
        FacetField("occupation", "occupations.code"),
        FacetField("level", "credentials.seqf_level"),
        FacetField("language", "assessment_languages"),
        FacetField(
            "audience", lambda obj: [Audience.INDIVIDUALS, Audience.COUNSELLORS, Audience.EMPLOYERS]
        ),
    )

    def get_queryset(self) -> models.QuerySet:
        return (
            super()
            .get_queryset()
            .select_related("industry", "owner")
            .prefetch_related(
                "occupations", "competences", "credentials", "steps", "providers", "regions"
            )
        )


@register_index
class CredentialIndex(RegistryIndex):
    model = Credential
    depends_on = {Actor: "issuer", ValidationModel: "validation_models"}
    fields = (
        SearchField(str, "title"),
        SearchField("summary_easy", "summary"),
        SearchField(_choice_label("kind"), "keywords"),
        SearchField("issuer.name", "keywords"),
        SearchField("validation_models", "keywords"),
        SearchField("can_do"),
        SearchField("validity"),
        SearchField("verification"),
        SearchField("recognised_by"),
    )
    facets = (
        FacetField(
            "region",
            lambda obj: _all_regions_if_empty(
                [
                    region.code
                    for model in obj.validation_models.all()
                    for region in model.regions.all()
                ]
            ),
        ),
        FacetField("industry", "validation_models.industry.code"),
        FacetField("occupation", "validation_models.occupations.code"),
        FacetField("level", "seqf_level"),
        FacetField("audience", lambda obj: [Audience.EMPLOYERS, Audience.INDIVIDUALS]),
    )

    def get_queryset(self) -> models.QuerySet:
        return (
            super()
            .get_queryset()
            .select_related("issuer")
            .prefetch_related(
                "validation_models__industry",
                "validation_models__occupations",
                "validation_models__regions",
            )
        )


@register_index
class KomvuxOfferIndex(RegistryIndex):
    model = KomvuxOffer
    depends_on = {Actor: "provider", ValidationModel: "validation_models"}
    fields = (
        SearchField("name", "title"),
        SearchField("summary_easy", "summary"),
        SearchField("municipality.name", "keywords"),
        SearchField("provider.name", "keywords"),
        SearchField(_choice_label("level"), "keywords"),
        SearchField("course_code", "keywords"),
        SearchField("validation_models", "keywords"),
        SearchField(_choice_label("study_form")),
    )
    facets = (
        FacetField("region", "municipality.region.code"),
        FacetField("municipality", "municipality.code"),
        FacetField("industry", "validation_models.industry.code"),
        FacetField("occupation", "validation_models.occupations.code"),
        FacetField("audience", lambda obj: [Audience.INDIVIDUALS, Audience.COUNSELLORS]),
    )

    def get_queryset(self) -> models.QuerySet:
        return (
            super()
            .get_queryset()
            .select_related("municipality__region", "provider")
            .prefetch_related("validation_models__industry", "validation_models__occupations")
        )


@register_index
class ActorIndex(RegistryIndex):
    model = Actor
    fields = (
        SearchField("name", "title"),
        SearchField("description", "summary"),
        SearchField(_choice_label("kind"), "keywords"),
        SearchField("city", "keywords"),
        SearchField("municipalities.name", "keywords"),
    )
    facets = (
        FacetField(
            "region",
            lambda obj: sorted(
                {municipality.region.code for municipality in obj.municipalities.all()}
                | ({obj.owner_region.code} if obj.owner_region else set())
            ),
        ),
        FacetField("municipality", "municipalities.code"),
        FacetField("language", "languages"),
        FacetField(
            "audience", lambda obj: [Audience.COUNSELLORS, Audience.EMPLOYERS, Audience.INDIVIDUALS]
        ),
    )

    def get_queryset(self) -> models.QuerySet:
        return (
            super()
            .get_queryset()
            .select_related("owner_region")
            .prefetch_related("municipalities__region")
        )
