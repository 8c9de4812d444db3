"""Public pages: placements marked public, the employer's offer form, event sign-up, the
supervisors' fillable checklists and the knowledge library.

Only published rows reach these views (placements also only when marked public); nothing a
visitor fills in on a checklist is sent to the server.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from branch_models.models import ChecklistTemplate, Region
from communication.forms import rate_limit_exceeded
from communication.models import EventPage
from coordination.forms import PlacementOfferForm, SignupForm
from coordination.models import DocumentKind, LibraryDocument, Placement, PlacementKind, Topic
from coordination.signup import AlreadySignedUp, SignupClosed, sign_up, source_event
from reference.audiences import Audience

__all__ = [
    "ChecklistFillView",
    "LibraryDetailView",
    "LibraryListView",
    "PlacementDetailView",
    "PlacementListView",
    "event_signup",
    "offer_placement",
]

OFFER_FORM_SCOPE = "placement-offer"


class PlacementListView(ListView):
    """Placements a region has published and marked public, filterable by kind."""

    template_name = "coordination/placement_list.html"
    paginate_by = 50

    def get_queryset(self) -> Any:
        placements = (
            Placement.objects.public()
            .select_related("workplace", "municipality", "industry")
            .order_by("municipality__name", "name")
        )
        kind = self.request.GET.get("kind")
        if kind in PlacementKind.values:
            placements = placements.filter(kind=kind)
        return placements

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["kinds"] = PlacementKind.choices
        context["kind"] = self.request.GET.get("kind", "")
        return context


class PlacementDetailView(DetailView):
    """One public placement: never its supervisor contact or the coordinators' notes."""

    template_name = "coordination/placement_detail.html"
    context_object_name = "placement"

    def get_queryset(self) -> Any:
        return Placement.objects.public()


def offer_placement(request: HttpRequest) -> HttpResponse:
    """An employer offers a placement: stored as a draft for the region's coordinators."""
    template = "coordination/placement_offer.html"
    if request.method != "POST":
        return render(request, template, {"form": PlacementOfferForm()})
    form = PlacementOfferForm(request.POST)
    if rate_limit_exceeded(request, OFFER_FORM_SCOPE):
        form.is_valid()
        form.add_error(None, form.rate_limit_message)
        return render(request, template, {"form": form}, status=429)
    if not form.is_valid():
        return render(request, template, {"form": form}, status=400)
    data = form.cleaned_data
    placement = Placement(
        name=data["name"],
        kind=data["kind"],
        employer_name=data["employer_name"],
        municipality=data["municipality"],
        owner_region=data["municipality"].region,
        industry=data["industry"],
        places=data["places"],
        description=data["description"],
        requirements=list(data["requirements"]),
        other_requirements=data["other_requirements"],
        supervisor_name=data["supervisor_name"],
        supervisor_phone=data["supervisor_phone"],
        supervisor_email=data["supervisor_email"],
        offered_by_employer=True,
        live=False,
        slug=f"{slugify(data['name'])[:100]}-{get_random_string(8).lower()}",
    )
    with transaction.atomic():
        placement.save()
        placement.save_revision(log_action=True)
    return render(request, "coordination/placement_offer_thanks.html", {"placement": placement})


def event_signup(request: HttpRequest, pk: int) -> HttpResponse:
    """Sign up for an event: a place while they last, then the waiting list."""
    event = get_object_or_404(EventPage.objects.live().public(), pk=pk)
    source = source_event(event)
    confirmed = source.registrations.filter(status="confirmed").count()
    context: dict[str, Any] = {
        "event": event,
        "places_left": max((source.signup_capacity or 0) - confirmed, 0),
        "open": source.signup_capacity is not None and source.start > timezone.now(),
    }
    if request.method != "POST" or not context["open"]:
        context["form"] = SignupForm()
        return render(request, "coordination/event_signup.html", context)
    form = SignupForm(request.POST)
    context["form"] = form
    if rate_limit_exceeded(request, f"signup-{source.pk}"):
        form.is_valid()
        form.add_error(None, form.rate_limit_message)
        return render(request, "coordination/event_signup.html", context, status=429)
    if not form.is_valid():
        return render(request, "coordination/event_signup.html", context, status=400)
    try:
        registration = sign_up(
            event,
            form.cleaned_data["name"],
            form.cleaned_data["email"],
            form.cleaned_data["organisation"],
        )
    except AlreadySignedUp:
        form.add_error("email", _("This e-mail address is already signed up for the event."))
        return render(request, "coordination/event_signup.html", context, status=400)
    except SignupClosed:
        context["open"] = False
        return render(request, "coordination/event_signup.html", context, status=400)
    context["registration"] = registration
    return render(request, "coordination/event_signup_done.html", context)


class ChecklistFillView(DetailView):
    """A published checklist to fill in on screen and print or save as PDF on the device.

    The page has no form submission: what the supervisor types stays in the browser.
    """

    template_name = "coordination/checklist_fill.html"
    context_object_name = "checklist"

    def get_queryset(self) -> Any:
        return ChecklistTemplate.objects.public().select_related("industry")


class LibraryListView(ListView):
    """The knowledge library: published documents, filterable by kind, region, audience and
    topic (each filter a choice from the URL; an unknown value is ignored)."""

    template_name = "coordination/library_list.html"

    def _chosen(self) -> dict[str, str]:
        region_codes = set(self._regions().values_list("code", flat=True))
        allowed = {
            "kind": set(DocumentKind.values),
            "region": region_codes,
            "audience": set(Audience.values),
            "topic": set(Topic.values),
        }
        chosen = {name: self.request.GET.get(name, "") for name in allowed}
        return {name: value for name, value in chosen.items() if value in allowed[name]}

    def _regions(self) -> Any:
        public = LibraryDocument.objects.public()
        return Region.objects.filter(pk__in=public.values("regions")).order_by("name")

    def get_queryset(self) -> Any:
        documents = LibraryDocument.objects.public().prefetch_related("regions")
        chosen = self._chosen()
        if "kind" in chosen:
            documents = documents.filter(kind=chosen["kind"])
        if "region" in chosen:
            documents = documents.filter(regions__code=chosen["region"]).distinct()
        # Audiences and topics are lists of values: filtered here, the library is small.
        for name, attribute in (("audience", "audiences"), ("topic", "topics")):
            if name in chosen:
                keep = [d.pk for d in documents if chosen[name] in getattr(d, attribute)]
                documents = documents.filter(pk__in=keep)
        return documents

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        chosen = self._chosen()
        context["filters"] = [
            ("kind", _("Kind of document"), _("All kinds"), DocumentKind.choices),
            (
                "region",
                _("Region"),
                _("All regions"),
                [(r.code, r.name) for r in self._regions()],
            ),
            ("audience", _("Written for"), _("All audiences"), Audience.choices),
            ("topic", _("Topic"), _("All topics"), Topic.choices),
        ]
        context["chosen"] = chosen
        context["filtered"] = bool(chosen)
        return context


class LibraryDetailView(DetailView):
    """One library document with its easy-to-read summary and, when public, its link."""

    template_name = "coordination/library_detail.html"
    context_object_name = "document"

    def get_queryset(self) -> Any:
        return LibraryDocument.objects.public().prefetch_related("regions")
