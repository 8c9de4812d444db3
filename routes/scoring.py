"""How routes are ranked: every weight named here, in one place, and nothing ranked elsewhere.

A route's score is the sum of its ``ScorePart``s; each part names its weight and carries the
sentence the counsellor reads ("matches occupation Kock"). Plugins then move routes through
``hub_adjust_route_ranking`` (summed in ``hub.regions.adjust_route_ranking``). To tune the
ranking, change ``WEIGHTS``; the tests pin the order the demo data must produce.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise

__all__ = [
    "DISTANCE_HORIZON_KM",
    "WEIGHTS",
    "ScorePart",
    "Weights",
    "distance_factor",
    "text_factor",
    "total",
]

# Beyond this distance a provider no longer counts as "nearby" (about 1.5 hours by bus).
DISTANCE_HORIZON_KM = 150.0


@dataclass(frozen=True)
class Weights:
    """The ranking's weights; a route's score is the sum of the weights that apply to it.

    Attributes:
        occupation: the model validates an occupation the person has (chosen or recognised in
            their words). Strongest: it is what the person did.
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
    text: float = 1.5
    industry: float = 0.5
    local_process: float = 1.0
    nearby: float = 1.0
    open_offer: float = 0.5
    language_support: float = 0.75
    study_form: float = 0.25
    pace: float = 0.25


WEIGHTS = Weights()


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
