"""Find validation routes for a person: candidates, their parts, score, plugin adjustments.

``find_routes`` is the one entry point for the page, the PDF and the API. It reads the registry
and the plugins and writes nothing: the person's input stays in the request (see
``routes.privacy``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch, Q, TextChoices
from django.utils.translation import gettext_lazy as _

from branch_models.models import (
    Actor,
    ActorKind,
    Credential,
    KomvuxOffer,
    MethodFamily,
    Municipality,
    Occupation,
    OfferLevel,
    RecordStatus,
    StudyForm,
    ValidationModel,
)
from hub.plugins.areas import adjust_route_ranking, describe_processes, describe_region
from hub.plugins.config import RegionPlugin
from hub.plugins.contributions import (
    Contact,
    LocalProcess,
    ProcessStep,
    ProcessStepKind,
    RouteCandidate,
    RouteQuery,
)
from hub.plugins.registry import get_registry
from reference.occupations import match_occupations, related_unit_groups
from routes.choices import LANGUAGE_SUPPORT_LEVELS
from routes.places import Place, distance_km, place_of
from routes.scoring import (
    DISTANCE_HORIZON_KM,
    FITTING,
    ScorePart,
    kilometres,
    score_route,
    total,
)
from search.backends import get_search_backend
from search.backends.base import SearchQuery, SearchUnavailable

__all__ = [
    "MAX_ROUTES",
    "Guidance",
    "LocalSteps",
    "OfferMatch",
    "OutOfReach",
    "Route",
    "RouteInput",
    "RouteResult",
    "Stop",
    "find_routes",
    "occupation_codes_in_text",
    "occupations_in_text",
    "regions_of",
]

MAX_ROUTES = 5
# Routes are built for at most this many models (each costs queries), chosen from a pool.
MAX_CANDIDATES = 12
CANDIDATE_POOL = 200
SEARCH_HITS = 10
NEARBY_LANGUAGE_OFFERS = 3
LOCAL_KINDS = (ActorKind.LABOUR_MARKET_UNIT, ActorKind.KOMVUX, ActorKind.EMPLOYMENT_SERVICE)


def _choice_label(choices: type[TextChoices], value: str) -> str:
    """Return what ``get_FOO_display`` returns, without its cost: it translates every choice
    on each call, and a route page shows a hundred actors and courses."""
    return str(choices(value).label) if value in choices.values else value


@dataclass(frozen=True)
class RouteInput:
    """What the counsellor entered, resolved to registry rows (nothing of it is stored)."""

    municipality: Municipality
    place: Place | None = None
    text: str = ""
    occupations: tuple[Occupation, ...] = ()
    swedish_level: str = ""
    study_form: str = ""
    pace: str = ""
    industry: str = ""
    # Set by the finder when no model validates the occupations: the unit groups next to them
    # that one does, each with the SSYK group it was found in (`related_unit_groups`).
    related: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Stop:
    """A place on the route (provider, Komvux, contact) and how far it is from the person."""

    actor: Actor
    distance_km: float | None

    @property
    def distance_label(self) -> str:
        """Return the distance rounded to whole kilometres, as people say it."""
        return "" if self.distance_km is None else f"{round(self.distance_km)}"

    @property
    def kind_label(self) -> str:
        """Return the actor's kind in the reader's language."""
        return _choice_label(ActorKind, self.actor.kind)


@dataclass(frozen=True)
class OfferMatch:
    """A Komvux offer on the route, with its distance and the support it gives."""

    offer: KomvuxOffer
    distance_km: float | None
    language_support: bool

    @property
    def distance_label(self) -> str:
        """Return the distance rounded to whole kilometres."""
        return "" if self.distance_km is None else f"{round(self.distance_km)}"

    @property
    def actor(self) -> Actor:
        """Return who gives the course (a ``Stop`` has its actor too)."""
        return self.offer.provider

    @property
    def study_form_label(self) -> str:
        """Return the offer's study form in the reader's language."""
        return _choice_label(StudyForm, self.offer.study_form)


@dataclass(frozen=True)
class LocalSteps:
    """A region's own process as it applies to a route.

    ``preparation_only``: the process belongs to other validations, but its preparation (e.g.
    Skåne Nordost's foundation course, written for readers with little Swedish) is offered to
    a person who needs language support.
    """

    region: RegionPlugin
    process: LocalProcess
    names_model: bool
    preparation_only: bool = False

    @property
    def steps(self) -> tuple[ProcessStep, ...]:
        """Return the steps that apply, in order."""
        if self.preparation_only:
            return tuple(s for s in self.process.steps if s.kind == ProcessStepKind.PREPARATION)
        return self.process.steps


@dataclass(frozen=True)
class Route:
    """One ranked validation route with everything the counsellor and the person need.

    ``providers`` are the places the person can turn to (nearest first); ``far_providers``
    the others, shown on request ("show more further away"). ``contacts`` holds the nearest
    actor of each kind.
    """

    key: str
    model: ValidationModel
    local_processes: tuple[LocalSteps, ...]
    providers: tuple[Stop, ...]
    far_providers: tuple[Stop, ...]
    offers: tuple[OfferMatch, ...]
    language_offers: tuple[OfferMatch, ...]
    credentials: tuple[Credential, ...]
    contacts: tuple[Stop, ...]
    parts: tuple[ScorePart, ...]
    adjustments: tuple[str, ...]
    adjustment: float
    missing: tuple[str, ...]

    @property
    def score(self) -> float:
        """Return the score after the plugins' adjustments."""
        return round(total(list(self.parts)) + self.adjustment, 3)

    @property
    def steps(self) -> list[Any]:
        """Return the validation model's own steps, in order."""
        return list(self.model.steps.all())


@dataclass(frozen=True)
class OutOfReach:
    """A validation that fits the person but that nobody offers within reach: said honestly
    instead of proposed. ``nearest`` is the closest place that offers it, if any has an address.
    """

    model: ValidationModel
    nearest: Stop | None


@dataclass(frozen=True)
class Guidance:
    """Where to turn when no route fits: Komvux validation, local contacts, the region's ways."""

    komvux_models: tuple[ValidationModel, ...]
    contacts: tuple[Stop, ...]
    region_contacts: tuple[Contact, ...]
    local_processes: tuple[LocalSteps, ...]


@dataclass(frozen=True)
class RouteResult:
    """The routes for one input, best first, or the guidance when none fits."""

    input: RouteInput
    routes: tuple[Route, ...]
    regions: tuple[RegionPlugin, ...]
    guidance: Guidance | None = None
    search_degraded: bool = field(default=False)
    out_of_reach: tuple[OutOfReach, ...] = ()
    understood: tuple[str, ...] = ()


def regions_of(municipality: Municipality) -> tuple[RegionPlugin, ...]:
    """Return the enabled regions that cover the municipality (named, or by whole county)."""
    county = municipality.code[:2]
    return tuple(
        plugin
        for plugin in get_registry().get_plugins()
        if municipality.code in plugin.municipality_codes
        or (not plugin.municipality_codes and county in plugin.region_codes)
    )


def occupation_codes_in_text(text: str, language: str = "sv") -> list[str]:
    """Return the SSYK codes of the occupations the text names, through the shared vocabulary
    (``reference``).

    The names people use and their word forms count ("jobbat som svetsare", "svetsat i 8 år"),
    in Swedish and in every site language whatever the page's ("عملت لحّام"), the page's own
    first. The search engine covers the rest of the text; this keeps a named occupation
    decisive.
    """
    codes: list[str] = []
    for code in (language, *(code for code, _name in settings.LANGUAGES if code != language)):
        for match in match_occupations(text, code):
            if match.code not in codes:
                codes.append(match.code)
    return codes


def occupations_in_text(text: str, language: str = "sv") -> list[Occupation]:
    """Return the registry's occupations the text names (`occupation_codes_in_text`)."""
    codes = occupation_codes_in_text(text, language)
    if not codes:
        return []
    found = {o.code: o for o in Occupation.objects.filter(code__in=codes)}
    return [found[code] for code in codes if code in found]


def _search_positions(text: str, language: str) -> tuple[dict[int, int], bool]:
    """Return validation-model pk -> hit position for the words, and whether search failed."""
    if not text.strip():
        return {}, False
    query = SearchQuery(
        text=text,
        language=language,
        filters={"type": (ValidationModel._meta.label_lower,)},
        per_page=SEARCH_HITS,
    )
    try:
        result = get_search_backend().search(query)
    except SearchUnavailable:
        return {}, True
    positions: dict[int, int] = {}
    for position, hit in enumerate(result.hits):
        positions.setdefault(int(hit.pk), position)
    return positions, result.degraded


def _distance(place: Place | None, actor: Actor) -> float | None:
    if place is None or actor.latitude is None or actor.longitude is None:
        return None
    return distance_km(
        place.latitude, place.longitude, float(actor.latitude), float(actor.longitude)
    )


def _by_distance(item: Stop | OfferMatch) -> tuple[bool, float]:
    return (item.distance_km is None, item.distance_km or 0.0)


def _reachable(stop: Stop, municipality: Municipality) -> bool:
    """Whether the person can turn to this place for the validation.

    A municipal labour-market unit serves its own residents only (OCN is offered where the
    municipality holds the licence); anyone else within ``DISTANCE_HORIZON_KM``, or anywhere
    when it has no address (a national provider assessing where the person is).
    """
    if stop.actor.kind == ActorKind.LABOUR_MARKET_UNIT:
        return municipality.pk in {m.pk for m in stop.actor.municipalities.all()}
    return stop.distance_km is None or stop.distance_km <= DISTANCE_HORIZON_KM


def _nearest_per_kind(stops: Iterable[Stop]) -> tuple[Stop, ...]:
    """Keep the nearest actor of each kind: one card per role, the one to call first."""
    nearest: dict[str, Stop] = {}
    for stop in sorted(stops, key=_by_distance):
        nearest.setdefault(stop.actor.kind, stop)
    return tuple(nearest.values())


def _open_to(offer: KomvuxOffer, municipality: Municipality) -> bool:
    residents = [m.pk for m in offer.open_to.all()]
    return not residents or municipality.pk in residents


def _needs_language_support(route_input: RouteInput) -> bool:
    return route_input.swedish_level in LANGUAGE_SUPPORT_LEVELS


def _offer_match(offer: KomvuxOffer, route_input: RouteInput) -> OfferMatch:
    support = _needs_language_support(route_input) and (
        offer.sfi_combination or offer.mother_tongue_guidance
    )
    return OfferMatch(offer, _distance(route_input.place, offer.provider), support)


def _models(candidate_filter: Q) -> list[ValidationModel]:
    offers = (
        KomvuxOffer.objects.public()
        .select_related("provider", "municipality")
        .prefetch_related("open_to", "provider__municipalities")
    )
    return list(
        ValidationModel.objects.public()
        .filter(candidate_filter, status=RecordStatus.ACTIVE)
        .select_related("industry", "owner")
        .prefetch_related(
            "occupations",
            "steps",
            Prefetch(
                "providers", queryset=Actor.objects.public().prefetch_related("municipalities")
            ),
            Prefetch("credentials", queryset=Credential.objects.public().order_by("name")),
            Prefetch("komvux_offers", queryset=offers),
        )
        .distinct()
    )


def _contacts(route_input: RouteInput, named: set[str]) -> tuple[list[Stop], dict[str, Actor]]:
    """Return the municipality's own contacts (labour-market unit, Komvux,
    Arbetsförmedlingen) and the actors the region's steps name by slug, in one query.

    Where no local office of Arbetsförmedlingen is registered, its national customer service
    (an employment service serving no particular municipality) stands in: everyone can call it.
    """
    links = Actor.municipalities.through.objects
    serves = links.filter(actor=OuterRef("pk"), municipality=route_input.municipality)
    actors = (
        Actor.objects.public()
        .annotate(serves=Exists(serves), local=Exists(links.filter(actor=OuterRef("pk"))))
        .filter(
            Q(kind__in=LOCAL_KINDS, serves=True)
            | Q(kind=ActorKind.EMPLOYMENT_SERVICE, local=False)
            | Q(slug__in=named)
        )
    )
    local, national, by_slug = [], [], {}
    for actor in actors:
        if actor.kind in LOCAL_KINDS and actor.serves:
            local.append(Stop(actor, _distance(route_input.place, actor)))
        elif actor.kind == ActorKind.EMPLOYMENT_SERVICE and not actor.local:
            national.append(Stop(actor, None))
        if actor.slug in named:
            by_slug[actor.slug] = actor
    if not any(stop.actor.kind == ActorKind.EMPLOYMENT_SERVICE for stop in local):
        local.extend(national)
    local.sort(key=lambda stop: (LOCAL_KINDS.index(stop.actor.kind), stop.actor.name))
    return local, by_slug


def _language_offers(route_input: RouteInput) -> tuple[OfferMatch, ...]:
    """Return the nearest SFI courses open to the person, when their Swedish level needs one."""
    if route_input.swedish_level not in LANGUAGE_SUPPORT_LEVELS - {"basic"}:
        return ()
    offers = (
        KomvuxOffer.objects.public()
        .filter(level=OfferLevel.SFI)
        .filter(Q(open_to=None) | Q(open_to=route_input.municipality))
        .select_related("provider", "municipality")
        .distinct()
    )
    matches = [
        OfferMatch(offer, _distance(route_input.place, offer.provider), True) for offer in offers
    ]
    nearby = [m for m in matches if m.distance_km is None or m.distance_km <= DISTANCE_HORIZON_KM]
    return tuple(sorted(nearby, key=_by_distance)[:NEARBY_LANGUAGE_OFFERS])


def _processes(regions: Sequence[RegionPlugin]) -> list[tuple[RegionPlugin, LocalProcess]]:
    return [(region, process) for region in regions for process in describe_processes(region)]


def _named_models(process: LocalProcess) -> set[str]:
    return {slug for step in process.steps for slug in step.validation_models}


def _local_steps(
    model: ValidationModel,
    processes: Iterable[tuple[RegionPlugin, LocalProcess]],
    needs_support: bool,
) -> tuple[LocalSteps, ...]:
    """Return the region's processes that apply to a route.

    A process applies whole when it names the model or names no model at all (a way of working
    for any validation); a process for other models lends its preparation steps to a person
    who needs language support, and a process for language learners (``language_support``)
    applies only to them.
    """
    applying = []
    for region, process in processes:
        if process.language_support and not needs_support:
            continue
        named = _named_models(process)
        if model.slug in named or not named:
            applying.append(LocalSteps(region, process, names_model=model.slug in named))
        elif needs_support:
            preparation = LocalSteps(region, process, names_model=False, preparation_only=True)
            if preparation.steps:
                applying.append(preparation)
    # The region's preparation comes first, as on the route itself.
    return tuple(sorted(applying, key=lambda local: not local.preparation_only))


def _missing(
    model: ValidationModel,
    route_input: RouteInput,
    places: list[Stop | OfferMatch],
    offers: list[OfferMatch],
) -> list[str]:
    """Say what the route lacks for this person, so nobody has to guess."""
    missing = []
    county = route_input.municipality.region_id
    located = sorted((p for p in places if p.distance_km is not None), key=_by_distance)
    in_county = [
        p for p in located if any(m.region_id == county for m in p.actor.municipalities.all())
    ]
    if not located:
        missing.append(
            str(
                _("No place with an address is registered for this validation: ask %(owner)s.")
                % {"owner": model.owner}
            )
        )
    elif not in_county:
        nearest = located[0]
        actor = nearest.actor
        missing.append(
            str(
                _("No provider in your region: nearest in %(city)s (%(distance)s).")
                % {"city": actor.city, "distance": kilometres(nearest.distance_km or 0.0)}
            )
        )
    if not offers:
        missing.append(
            str(_("No Komvux course linked to this validation is open to residents here."))
        )
    elif _needs_language_support(route_input) and not any(m.language_support for m in offers):
        missing.append(str(_("No Komvux course on this route comes with SFI or study guidance.")))
    if route_input.study_form and not any(
        m.offer.study_form == route_input.study_form for m in offers
    ):
        missing.append(
            str(
                _("No course on this route in the study form you prefer (%(form)s).")
                % {"form": StudyForm(route_input.study_form).label}
            )
        )
    return missing


def _route(
    model: ValidationModel,
    route_input: RouteInput,
    positions: dict[int, int],
    processes: list[tuple[RegionPlugin, LocalProcess]],
    local_contacts: list[Stop],
    language_offers: tuple[OfferMatch, ...],
    process_actors: dict[str, Actor],
) -> tuple[Route, RouteCandidate]:
    offers = sorted(
        (
            _offer_match(offer, route_input)
            for offer in model.komvux_offers.all()
            if _open_to(offer, route_input.municipality)
        ),
        # Language support first when the person needs it, then the nearest.
        key=lambda m: (not m.language_support, *_by_distance(m)),
    )
    providers: dict[int, Stop] = {}
    for actor in model.providers.all():
        providers[actor.pk] = Stop(actor, _distance(route_input.place, actor))
    # Komvux units that validate count as places where it is done, even when their courses
    # are for residents of other municipalities: "nearest in Malmö" is worth knowing.
    for offer in model.komvux_offers.all():
        if offer.validation_offered:
            actor = offer.provider
            providers.setdefault(actor.pk, Stop(actor, _distance(route_input.place, actor)))
    ordered = sorted(providers.values(), key=_by_distance)
    stops = [stop for stop in ordered if _reachable(stop, route_input.municipality)]
    far = [stop for stop in ordered if not _reachable(stop, route_input.municipality)]
    local = _local_steps(model, processes, _needs_language_support(route_input))
    places: list[Stop | OfferMatch] = [*stops, *offers]
    parts = score_route(model, route_input, positions, local, places, offers)
    named = {slug for steps in local for step in steps.steps for slug in step.actors}
    contacts = {stop.actor.pk: stop for stop in local_contacts}
    for slug in sorted(named & set(process_actors)):
        actor = process_actors[slug]
        contacts.setdefault(actor.pk, Stop(actor, _distance(route_input.place, actor)))
    owner = model.owner
    if owner.live:
        contacts.setdefault(owner.pk, Stop(owner, _distance(route_input.place, owner)))
    route = Route(
        key=model.slug,
        model=model,
        local_processes=local,
        providers=tuple(stops),
        far_providers=tuple(far),
        offers=tuple(offers),
        language_offers=language_offers,
        credentials=tuple(model.credentials.all()),
        contacts=_nearest_per_kind(contacts.values()),
        parts=tuple(parts),
        adjustments=(),
        adjustment=0.0,
        missing=tuple(_missing(model, route_input, places, offers)),
    )
    candidate = RouteCandidate(
        key=model.slug,
        validation_model=model.slug,
        providers=tuple(stop.actor.slug for stop in stops),
        municipality_codes=tuple(sorted({m.offer.municipality.code for m in offers})),
        score=total(parts),
    )
    return route, candidate


def _guidance(
    route_input: RouteInput,
    regions: Sequence[RegionPlugin],
    processes: list[tuple[RegionPlugin, LocalProcess]],
    local_contacts: list[Stop],
) -> Guidance:
    komvux = ValidationModel.objects.public().filter(
        method_family=MethodFamily.KOMVUX, occupations=None, status=RecordStatus.ACTIVE
    )
    region_contacts = tuple(
        contact for region in regions for contact in describe_region(region).contacts
    )
    return Guidance(
        komvux_models=tuple(komvux),
        contacts=tuple(local_contacts),
        region_contacts=region_contacts,
        local_processes=tuple(LocalSteps(r, p, names_model=False) for r, p in processes),
    )


def _candidate_ids(
    route_input: RouteInput, occupations: set[str], positions: dict[int, int]
) -> list[int]:
    """Return the models worth building a route for, at most ``MAX_CANDIDATES``.

    Models for the person's occupation come first, then the search's best hits; an industry
    alone lists its models. Building a route costs queries, so a long tail is cut here.
    """
    published = ValidationModel.objects.public().filter(status=RecordStatus.ACTIVE)
    if route_input.industry:
        published = published.filter(industry__code=route_input.industry)
    by_occupation = set(
        published.filter(occupations__code__in=occupations)
        .values_list("pk", flat=True)
        .distinct()[:CANDIDATE_POOL]
        if occupations
        else ()
    )
    pool = by_occupation | set(
        published.filter(pk__in=list(positions)).values_list("pk", flat=True)
    )
    if not pool and route_input.industry and not route_input.text:
        pool = set(published.values_list("pk", flat=True)[:CANDIDATE_POOL])
    ranked = sorted(
        pool, key=lambda pk: (pk not in by_occupation, positions.get(pk, SEARCH_HITS), pk)
    )
    return ranked[:MAX_CANDIDATES]


def _related(occupations: set[str], industry: str) -> tuple[tuple[str, str], ...]:
    """Return the unit groups next to ``occupations`` that a published model validates, each
    with its SSYK group, from the nearest step that has any; none when a model validates one
    of ``occupations`` itself. A care aide (5330) is offered the assistant nurses' model."""
    published = ValidationModel.objects.public().filter(status=RecordStatus.ACTIVE)
    if industry:
        published = published.filter(industry__code=industry)
    if not occupations or published.filter(occupations__code__in=occupations).exists():
        return ()
    for groups in related_unit_groups(occupations):
        units = {unit: group for group, found in groups.items() for unit in found}
        validated = set(
            published.filter(occupations__code__in=units).values_list(
                "occupations__code", flat=True
            )
        )
        if validated & set(units):
            return tuple((unit, units[unit]) for unit in sorted(validated & set(units)))
    return ()


def find_routes(route_input: RouteInput, language: str = "sv") -> RouteResult:
    """Return the best routes for the person (at most ``MAX_ROUTES``), or guidance if none fits."""
    chosen = {o.code: o for o in route_input.occupations}
    for occupation in occupations_in_text(route_input.text, language):
        chosen.setdefault(occupation.code, occupation)
    route_input = replace(
        route_input,
        occupations=tuple(chosen.values()),
        place=route_input.place or place_of(route_input.municipality),
        related=_related(set(chosen), route_input.industry),
    )
    occupations = set(chosen) | {unit for unit, _group in route_input.related}
    positions, degraded = _search_positions(route_input.text, language)
    models = _models(Q(pk__in=_candidate_ids(route_input, occupations, positions)))
    regions = regions_of(route_input.municipality)
    processes = _processes(regions)
    named = {slug for _r, process in processes for step in process.steps for slug in step.actors}
    local_contacts, process_actors = _contacts(route_input, named)
    language_offers = _language_offers(route_input)
    built = [
        _route(
            model,
            route_input,
            positions,
            processes,
            local_contacts,
            language_offers,
            process_actors,
        )
        for model in models
    ]
    # Only routes with a reason of their own (`FITTING`) are offered, and
    # only where someone offers them within reach; the others are named as out of reach.
    fitting = [
        (route, candidate)
        for route, candidate in built
        if any(p.weight in FITTING for p in route.parts)
    ]
    relevant = [(r, c) for r, c in fitting if r.providers or not r.far_providers]
    out_of_reach = tuple(
        OutOfReach(route.model, next((s for s in route.far_providers if s.distance_km), None))
        for route, _candidate in fitting
        if not route.providers and route.far_providers
    )
    query = RouteQuery(
        municipality_code=route_input.municipality.code,
        region_code=route_input.municipality.code[:2],
        occupation_codes=tuple(sorted(chosen)),
        swedish_level=route_input.swedish_level,
    )
    adjustments = adjust_route_ranking(query, [candidate for _route, candidate in relevant])
    routes = []
    for route, _candidate in relevant:
        adjustment = adjustments.get(route.key)
        if adjustment is not None:
            route = replace(route, adjustment=adjustment.delta, adjustments=adjustment.reasons)
        routes.append(route)
    routes.sort(key=lambda r: (-r.score, str(r.model)))
    routes = routes[:MAX_ROUTES]
    guidance = None if routes else _guidance(route_input, regions, processes, local_contacts)
    return RouteResult(
        input=route_input,
        routes=tuple(routes),
        regions=regions,
        guidance=guidance,
        search_degraded=degraded,
        out_of_reach=out_of_reach[:MAX_ROUTES],
        understood=tuple(str(occupation) for occupation in route_input.occupations),
    )
