"""``/api/v1/routes/``: the route finder as JSON, from the same form and service as the page.

Read-only and public. The input is read from the query string and stored nowhere; errors use
the API's one format with the same messages as the page, in the client's language.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import get_language
from drf_spectacular.utils import extend_schema
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from hub.api.views import PublicAPIMixin
from hub.plugins.geo import public_url
from routes.api.serializers import RouteQuerySerializer, RouteResultSerializer
from routes.forms import RouteForm
from routes.services import OfferMatch, Route, RouteResult, Stop, find_routes

__all__ = ["RouteFinderView"]


def _stop(stop: Stop) -> dict[str, Any]:
    return {
        "slug": stop.actor.slug,
        "name": stop.actor.name,
        "kind": stop.actor.kind,
        "city": stop.actor.city,
        "distance_km": None if stop.distance_km is None else round(stop.distance_km, 1),
        "url": public_url(stop.actor),
    }


def _offer(match: OfferMatch) -> dict[str, Any]:
    offer = match.offer
    return {
        "slug": offer.slug,
        "name": offer.name,
        "municipality": offer.municipality.code,
        "provider": offer.provider.slug,
        "level": offer.level,
        "study_form": offer.study_form,
        "sfi_combination": offer.sfi_combination,
        "mother_tongue_guidance": offer.mother_tongue_guidance,
        "language_support": match.language_support,
        "distance_km": None if match.distance_km is None else round(match.distance_km, 1),
        "url": public_url(offer),
    }


def _route(route: Route, rank: int) -> dict[str, Any]:
    model = route.model
    return {
        "rank": rank,
        "score": route.score,
        "validation_model": {"slug": model.slug, "name": str(model), "url": public_url(model)},
        "why": [
            {"weight": part.weight, "points": round(part.points, 3), "reason": str(part.reason)}
            for part in route.parts
        ]
        + [{"weight": "plugin", "points": None, "reason": reason} for reason in route.adjustments],
        "plugin_adjustment": route.adjustment,
        "missing": list(route.missing),
        "local_processes": [
            {
                "region": local.region.url_slug,
                "title": str(local.process.title),
                "steps": [
                    {"key": step.key, "kind": step.kind.value, "title": str(step.title)}
                    for step in local.steps
                ],
            }
            for local in route.local_processes
        ],
        "steps": [
            {"kind": step.kind, "title": step.title, "duration": step.duration}
            for step in route.steps
        ],
        "providers": [_stop(stop) for stop in route.providers],
        "komvux_offers": [_offer(match) for match in route.offers],
        "language_offers": [_offer(match) for match in route.language_offers],
        "credentials": [
            {"slug": c.slug, "name": str(c), "url": public_url(c)} for c in route.credentials
        ],
        "contacts": [_stop(stop) for stop in route.contacts],
    }


def _body(result: RouteResult) -> dict[str, Any]:
    guidance = result.guidance
    return {
        "municipality": result.input.municipality.code,
        "regions": [region.url_slug for region in result.regions],
        "routes": [_route(route, rank) for rank, route in enumerate(result.routes, start=1)],
        "fallback": None
        if guidance is None
        else {
            "komvux_models": [
                {"slug": m.slug, "name": str(m), "url": public_url(m)}
                for m in guidance.komvux_models
            ],
            "contacts": [_stop(stop) for stop in guidance.contacts],
        },
    }


class RouteFinderView(PublicAPIMixin, APIView):
    """Rank validation routes for a person's experience, home and Swedish level."""

    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="routes_find",
        parameters=[RouteQuerySerializer],
        responses=RouteResultSerializer,
        summary="Validation routes for a person",
        description=(
            "Ranked validation routes: the region's local steps, the model's steps, providers "
            "with distance, Komvux offers open to residents, credentials and contacts, each "
            "route with why it ranks where it does and what is missing. `fallback` is filled "
            "when nothing fits. Nothing of the input is stored."
        ),
    )
    def get(self, request: Request) -> Response:
        form = RouteForm(request.query_params)
        if not form.is_valid():
            raise ValidationError({name: list(errors) for name, errors in form.errors.items()})
        result = find_routes(form.route_input(), language=get_language())
        response = Response(_body(result))
        response["Cache-Control"] = "no-store"
        return response
