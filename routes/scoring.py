"""How routes are ranked: every weight named here, in one place, and nothing ranked elsewhere.

A route's score is the sum of its ``ScorePart``s; each part names its weight and carries the
sentence the counsellor reads ("matches occupation Kock"). Plugins then move routes through
``hub_adjust_route_ranking`` (summed in ``hub.plugins.areas.adjust_route_ranking``). To tune the
ranking, change ``WEIGHTS``; the tests pin the order the demo data must produce.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils.functional import Promise
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from branch_models.models import StudyForm
from reference.occupations import ssyk_group
from routes.choices import Pace

if TYPE_CHECKING:
    from branch_models.models import ValidationModel
    from routes.services import LocalSteps, OfferMatch, RouteInput, Stop

__all__ = [
    "DISTANCE_HORIZON_KM",
    "FITTING",
    "WEIGHTS",
    "ScorePart",
    "Weights",
    "distance_factor",
    "kilometres",
    "score_route",
    "text_factor",
    "total",
]

# Study forms that let a person study alongside work.
FLEXIBLE_FORMS = (StudyForm.DISTANCE, StudyForm.FLEXIBLE)
# Beyond this distance a provider no longer counts as "nearby" (about 1.5 hours by bus).
DISTANCE_HORIZON_KM = 150.0


@dataclass(frozen=True)
class Weights:
    """The ranking's weights; a route's score is the sum of the weights that apply to it.

    Attributes:
        occupation: the model validates an occupation the person has (chosen or recognised in
            their words). Strongest: it is what the person did.
        related_occupation: no model validates the person's occupation, and this one validates
            an occupation next to it in SSYK (``RouteInput.related``): a care aide's experience
            counts towards the assistant nurses' model.
        text: the search engine found the model for the words typed; scaled by the hit's rank.
        industry: the model belongs to the industry the counsellor chose.
        local_process: the person's region names the model in its own validation process.
        nearby: a provider or complementing Komvux offer is close; scaled by distance.
        open_offer: a Komvux offer that complements the model is open to the person's residence.
        language_support: an offer gives the language support the person's Swedish level needs
            (SFI combination, mother-tongue study guidance).
        study_form: an offer has the study form the person prefers.
        pace: an offer suits the pace the person wants (validation shortens it, or it can be
            studied alongside work).
    """

    occupation: float = 3.0
    related_occupation: float = 2.0
    text: float = 1.5
    industry: float = 0.5
    local_process: float = 1.0
    nearby: float = 1.0
    open_offer: float = 0.5
    language_support: float = 0.75
    study_form: float = 0.25
    pace: float = 0.25


WEIGHTS = Weights()
# The parts that make a route worth offering: a reason of its own, not only nearness.
FITTING = frozenset({"occupation", "related_occupation", "text", "industry"})


@dataclass(frozen=True)
class ScorePart:
    """One reason a route ranks where it does: the weight applied and what the person reads."""

    weight: str
    points: float
    reason: str | Promise


def distance_factor(distance_km: float | None) -> float:
    """Return 1 for a provider on the spot, falling linearly to 0 at the horizon."""
    if distance_km is None:
        return 0.0
    return max(0.0, 1.0 - distance_km / DISTANCE_HORIZON_KM)


def text_factor(position: int) -> float:
    """Return 1 for the best search hit, then 1/2, 1/3, ... (the engine's order, not its score)."""
    return 1.0 / (position + 1)


def total(parts: list[ScorePart]) -> float:
    """Return the score of a route: the sum of its parts, rounded for stable display."""
    return round(sum(part.points for part in parts), 3)


def kilometres(distance: float) -> str:
    """Return a distance as a reason says it ("12 km"), rounded to whole kilometres."""
    return ngettext("%(km)d km", "%(km)d km", round(distance)) % {"km": round(distance)}


def score_route(
    model: ValidationModel,
    route_input: RouteInput,
    positions: dict[int, int],
    local: tuple[LocalSteps, ...],
    places: list[Stop | OfferMatch],
    offers: list[OfferMatch],
) -> list[ScorePart]:
    """Apply the weights to one model's route, each with the reason the counsellor reads."""
    parts: list[ScorePart] = []
    chosen = {o.code for o in route_input.occupations}
    for occupation in model.occupations.all():
        if occupation.code in chosen:
            parts.append(
                ScorePart(
                    "occupation",
                    WEIGHTS.occupation,
                    _("Matches occupation %(name)s") % {"name": occupation},
                )
            )
            break
    else:
        related = dict(route_input.related)
        for occupation in model.occupations.all():
            group = ssyk_group(related.get(occupation.code, ""))
            if group:
                parts.append(
                    ScorePart(
                        "related_occupation",
                        WEIGHTS.related_occupation,
                        _("A related occupation: %(group)s")
                        % {"group": group.name_in(get_language())},
                    )
                )
                break
    if model.pk in positions:
        parts.append(
            ScorePart(
                "text",
                WEIGHTS.text * text_factor(positions[model.pk]),
                _("Found for the experience described"),
            )
        )
    if route_input.industry and model.industry.code == route_input.industry:
        parts.append(
            ScorePart(
                "industry",
                WEIGHTS.industry,
                _("In the industry %(name)s") % {"name": model.industry},
            )
        )
    for steps in local:
        if steps.names_model:
            parts.append(
                ScorePart(
                    "local_process",
                    WEIGHTS.local_process,
                    _("Part of %(region)s's own process: %(process)s")
                    % {"region": steps.region.verbose_name, "process": steps.process.title},
                )
            )
            break
    located = [place for place in places if place.distance_km is not None]
    if located:
        nearest = min(located, key=lambda place: place.distance_km or 0.0)
        actor = nearest.actor
        factor = distance_factor(nearest.distance_km)
        if factor > 0:
            if route_input.municipality.pk in {m.pk for m in actor.municipalities.all()}:
                reason = _("Offered in your municipality, in %(city)s") % {"city": actor.city}
            else:
                reason = _("Offered %(distance)s away in %(city)s") % {
                    "distance": kilometres(nearest.distance_km or 0.0),
                    "city": actor.city,
                }
            parts.append(ScorePart("nearby", WEIGHTS.nearby * factor, reason))
    if offers:
        parts.append(
            ScorePart(
                "open_offer",
                WEIGHTS.open_offer,
                _("Komvux course open to residents of %(municipality)s: %(offer)s")
                % {"municipality": route_input.municipality, "offer": offers[0].offer.name},
            )
        )
    supported = [match for match in offers if match.language_support]
    if supported:
        offer = supported[0].offer
        reason = (
            _("SFI combination available in %(city)s")
            if offer.sfi_combination
            else _("Study guidance in the mother tongue available in %(city)s")
        )
        parts.append(
            ScorePart(
                "language_support",
                WEIGHTS.language_support,
                reason % {"city": offer.provider.city or offer.municipality},
            )
        )
    if route_input.study_form and any(
        match.offer.study_form == route_input.study_form for match in offers
    ):
        parts.append(
            ScorePart(
                "study_form",
                WEIGHTS.study_form,
                _("Offered in the study form you prefer: %(form)s")
                % {"form": StudyForm(route_input.study_form).label},
            )
        )
    if route_input.pace == Pace.FAST and any(m.offer.validation_offered for m in offers):
        parts.append(ScorePart("pace", WEIGHTS.pace, _("Validation can shorten the Komvux course")))
    if route_input.pace == Pace.ALONGSIDE_WORK and any(
        m.offer.study_form in FLEXIBLE_FORMS for m in offers
    ):
        parts.append(ScorePart("pace", WEIGHTS.pace, _("Can be studied alongside work")))
    return parts
