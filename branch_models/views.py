"""Public registry pages: filtered lists and detail pages, published records only.

Every queryset here starts from ``.public()``, and related records are shown only when they are
published too, so a draft never reaches a visitor, neither directly nor through a link.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from django.core.paginator import Page, Paginator
from django.db.models import Model, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView
from django_filters.constants import EMPTY_VALUES
from django_filters.views import FilterView

from branch_models import filters, linked_data
from branch_models.models import (
    Actor,
    ChecklistTemplate,
    Credential,
    KomvuxOffer,
    RegistryRecord,
    ValidationModel,
)

__all__ = [
    "SECTIONS",
    "ActorDetailView",
    "ActorListView",
    "ChecklistDetailView",
    "ChecklistListView",
    "CredentialDetailView",
    "CredentialListView",
    "KomvuxOfferDetailView",
    "KomvuxOfferListView",
    "ValidationModelDetailView",
    "ValidationModelListView",
]


@dataclass(frozen=True)
class Section:
    """One registry list, as the main menu and the breadcrumbs name it."""

    url_name: str
    title: Promise


@dataclass(frozen=True)
class Crumb:
    """One breadcrumb; the last one (the current page) has no URL."""

    title: str
    url: str | None = None


@dataclass(frozen=True)
class ActiveFilter:
    """A filter in use, as the summary above the results shows it, with a link to drop it."""

    label: str
    value: str
    remove_url: str


MODELS = Section("branch_models:model_list", _("Validation models"))
CREDENTIALS = Section("branch_models:credential_list", _("Credentials"))
OFFERS = Section("branch_models:offer_list", _("Komvux offers"))
ACTORS = Section("branch_models:actor_list", _("Actors"))
CHECKLISTS = Section("branch_models:checklist_list", _("Checklists"))
SECTIONS = (MODELS, CREDENTIALS, OFFERS, ACTORS, CHECKLISTS)


def _home_crumb() -> Crumb:
    return Crumb(gettext("Home"), reverse("wagtail_serve", args=[""]))


class RegistryListView(FilterView):
    """A filtered, paginated list of published records of one kind.

    Invalid filter values are reported beside their field and left out, while the valid ones
    still apply (``strict = False``). Out-of-range page numbers show the nearest page.
    """

    section: ClassVar[Section]
    paginate_by = 20
    strict = False

    def get_queryset(self) -> QuerySet:
        return self.model.objects.public()

    def paginate_queryset(
        self, queryset: QuerySet, page_size: int
    ) -> tuple[Paginator, Page, QuerySet, bool]:
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()

    def active_filters(self) -> list[ActiveFilter]:
        """Describe each valid filter in use, with the URL of the list without it."""
        form = self.filterset.form
        if not self.filterset.is_bound:
            return []
        active = []
        for name, value in form.cleaned_data.items():
            if value in EMPTY_VALUES:
                continue
            field = form.fields[name]
            if isinstance(value, Model):
                shown = field.label_from_instance(value)
            elif isinstance(value, bool):
                shown = gettext("Yes") if value else gettext("No")
            else:
                labels = {str(key): str(label) for key, label in field.choices}
                shown = labels.get(str(value), str(value))
            query = self.request.GET.copy()
            query.pop(name, None)
            query.pop(self.page_kwarg, None)
            remove_url = f"?{query.urlencode()}" if query else self.request.path
            active.append(ActiveFilter(str(field.label), shown, remove_url))
        return active

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "section": self.section,
                "breadcrumbs": [_home_crumb(), Crumb(str(self.section.title))],
                "active_filters": self.active_filters(),
                "filter_errors": self.filterset.is_bound and bool(self.filterset.errors),
                "filters_used": any(key != self.page_kwarg for key in self.request.GET),
                "result_count": context["paginator"].count,
                "page_range": context["paginator"].get_elided_page_range(
                    context["page_obj"].number, on_each_side=2, on_ends=1
                ),
            }
        )
        return context


class RegistryDetailView(DetailView):
    """One published record; drafts and unknown slugs are a 404."""

    section: ClassVar[Section]
    # A function of ``linked_data`` building the record's JSON-LD, if the record has one.
    build_json_ld: ClassVar[Callable[[Any, HttpRequest], dict[str, Any]] | None] = None

    def get_queryset(self) -> QuerySet:
        return self.model.objects.public()

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        section = self.section
        context["breadcrumbs"] = [
            _home_crumb(),
            Crumb(str(section.title), reverse(section.url_name)),
            Crumb(str(self.object)),
        ]
        if self.build_json_ld is not None:
            context["json_ld"] = linked_data.render(self.build_json_ld(self.object, self.request))
        return context


def _live(record: RegistryRecord) -> RegistryRecord | None:
    """Return a related record only if it is published."""
    return record if record.live else None


# --- Validation models ---------------------------------------------------------------------


class ValidationModelListView(RegistryListView):
    model = ValidationModel
    filterset_class = filters.ValidationModelFilter
    template_name = "branch_models/validationmodel_list.html"
    section = MODELS

    def get_queryset(self) -> QuerySet:
        return (
            super()
            .get_queryset()
            .select_related("industry")
            .prefetch_related("occupations", "regions")
        )


class ValidationModelDetailView(RegistryDetailView):
    model = ValidationModel
    template_name = "branch_models/validationmodel_detail.html"
    section = MODELS
    build_json_ld = staticmethod(linked_data.validation_model)

    def get_queryset(self) -> QuerySet:
        return (
            super()
            .get_queryset()
            .select_related("industry", "owner")
            .prefetch_related("occupations", "competences", "regions", "steps")
        )

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        record = self.object
        context.update(
            {
                "owner": _live(record.owner),
                "credentials": record.credentials.public().select_related("issuer"),
                "providers": record.providers.public(),
                "offers": record.komvux_offers.public().select_related("municipality"),
                "checklists": ChecklistTemplate.objects.public().filter(
                    industry=record.industry, based_on__isnull=True
                ),
            }
        )
        return context


# --- Credentials ---------------------------------------------------------------------------


class CredentialListView(RegistryListView):
    model = Credential
    filterset_class = filters.CredentialFilter
    template_name = "branch_models/credential_list.html"
    section = CREDENTIALS

    def get_queryset(self) -> QuerySet:
        return super().get_queryset().select_related("issuer")


class CredentialDetailView(RegistryDetailView):
    model = Credential
    template_name = "branch_models/credential_detail.html"
    section = CREDENTIALS
    build_json_ld = staticmethod(linked_data.credential)

    def get_queryset(self) -> QuerySet:
        return super().get_queryset().select_related("issuer", "example_image")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "issuer": _live(self.object.issuer),
                "models": self.object.validation_models.public().select_related("industry"),
            }
        )
        return context


# --- Komvux offers -------------------------------------------------------------------------


class KomvuxOfferListView(RegistryListView):
    model = KomvuxOffer
    filterset_class = filters.KomvuxOfferFilter
    template_name = "branch_models/komvuxoffer_list.html"
    section = OFFERS

    def get_queryset(self) -> QuerySet:
        return super().get_queryset().select_related("municipality", "provider")


class KomvuxOfferDetailView(RegistryDetailView):
    model = KomvuxOffer
    template_name = "branch_models/komvuxoffer_detail.html"
    section = OFFERS
    build_json_ld = staticmethod(linked_data.komvux_offer)

    def get_queryset(self) -> QuerySet:
        return (
            super()
            .get_queryset()
            .select_related("provider", "municipality__region")
            .prefetch_related("open_to")
        )

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "provider": _live(self.object.provider),
                "models": self.object.validation_models.public(),
            }
        )
        return context


# --- Actors --------------------------------------------------------------------------------


class ActorListView(RegistryListView):
    model = Actor
    filterset_class = filters.ActorFilter
    template_name = "branch_models/actor_list.html"
    section = ACTORS


class ActorDetailView(RegistryDetailView):
    model = Actor
    template_name = "branch_models/actor_detail.html"
    section = ACTORS
    build_json_ld = staticmethod(linked_data.actor)

    def get_queryset(self) -> QuerySet:
        return super().get_queryset().prefetch_related("municipalities")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        actor = self.object
        context.update(
            {
                "provided_models": actor.provided_models.public(),
                "owned_models": actor.owned_models.public(),
                "issued_credentials": actor.issued_credentials.public(),
                "offers": actor.komvux_offers.public().select_related("municipality"),
            }
        )
        return context


# --- Checklists ----------------------------------------------------------------------------


class ChecklistListView(RegistryListView):
    model = ChecklistTemplate
    filterset_class = filters.ChecklistFilter
    template_name = "branch_models/checklisttemplate_list.html"
    section = CHECKLISTS

    def get_queryset(self) -> QuerySet:
        return super().get_queryset().select_related("industry")


class ChecklistDetailView(RegistryDetailView):
    model = ChecklistTemplate
    template_name = "branch_models/checklisttemplate_detail.html"
    section = CHECKLISTS

    def get_queryset(self) -> QuerySet:
        return super().get_queryset().select_related("industry", "based_on")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        checklist = self.object
        based_on = checklist.based_on
        context.update(
            {
                "based_on": based_on if based_on is not None and based_on.live else None,
                "copies": checklist.copies.public(),
                "models": ValidationModel.objects.public().filter(industry=checklist.industry),
            }
        )
        return context
