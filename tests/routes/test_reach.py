"""Where validation is actually offered: OCN only where a municipality holds the licence, no
route to a validation nobody offers within reach, and a contact card that says how to reach
someone on every route a person in a demo region is shown."""

from __future__ import annotations

import pytest
from django.utils import translation

from branch_models.models import ActorKind, MethodFamily, Municipality
from hub.plugins.registry import get_registry
from routes.places import distance_km, place_of
from routes.scoring import DISTANCE_HORIZON_KM
from routes.services import RouteInput, find_routes

pytestmark = pytest.mark.django_db

# Words that bring up OCN programmes (warehouse, kitchen, shop, outdoor work) and others.
WORK = ("lager", "diskare kök", "butik", "svetsare", "kock", "trädgård")
# Seeds 000 and 004: the five Skåne Nordost municipalities and four in Kalmar län.
OCN_LICENSED = {"1272", "1293", "1290", "1273", "1256", "0862", "0881", "0834", "0883"}


@pytest.fixture(autouse=True)
def _swedish():
    with translation.override("sv"):
        yield


def demo_municipalities() -> list[Municipality]:
    """Every municipality an enabled demo region covers (named, or by whole county)."""
    codes: set[str] = set()
    counties: set[str] = set()
    for plugin in get_registry().get_plugins():
        if plugin.municipality_codes:
            codes.update(plugin.municipality_codes)
        else:
            counties.update(plugin.region_codes)
    return list(
        Municipality.objects.filter(code__in=codes)
        | Municipality.objects.filter(region__code__in=counties)
    )


def person(home: Municipality, text: str) -> RouteInput:
    return RouteInput(municipality=home, place=place_of(home), text=text)


def within_reach(actor, home: Municipality) -> bool:
    """Independently of the route finder: may the person turn to this OCN provider?"""
    if actor.kind == ActorKind.LABOUR_MARKET_UNIT:
        return home.pk in {m.pk for m in actor.municipalities.all()}
    if actor.latitude is None:
        return True
    point = place_of(home)
    distance = distance_km(
        point.latitude, point.longitude, float(actor.latitude), float(actor.longitude)
    )
    return distance <= DISTANCE_HORIZON_KM


@pytest.mark.parametrize("code", ["1293", "0862", "0821", "1983", "0180", "1280", "2584"])
def test_no_route_proposes_ocn_without_a_provider_within_reach(code: str):
    home = Municipality.objects.get(code=code)
    shown = []
    for text in WORK:
        for route in find_routes(person(home, text)).routes:
            if route.model.method_family == MethodFamily.OCN:
                shown.append(route.model.slug)
                providers = route.model.providers.all()
                assert any(within_reach(actor, home) for actor in providers), (
                    f"{route.model.slug} proposed in {home} with no OCN provider within reach"
                )
    if code in OCN_LICENSED:
        assert shown, f"a licensed municipality ({home}) is offered OCN"
    else:
        assert shown == [], f"{home} holds no OCN licence but was offered {shown}"


def test_ocn_out_of_reach_is_said_honestly():
    home = Municipality.objects.get(name="Högsby")  # Kalmar län, no OCN licence
    result = find_routes(person(home, "lager"))

    assert all(route.model.method_family != MethodFamily.OCN for route in result.routes)
    far = {item.model.slug: item for item in result.out_of_reach}
    assert "ocn-lager" in far
    assert far["ocn-lager"].nearest.actor.kind == ActorKind.LABOUR_MARKET_UNIT


def test_ocn_programmes_from_the_seeds_are_offered_in_skane_nordost():
    home = Municipality.objects.get(name="Hässleholm")
    kitchen = [r.model.slug for r in find_routes(person(home, "kök")).routes]
    outdoor = [r.model.slug for r in find_routes(person(home, "trädgårdsanläggare")).routes]

    assert "ocn-yrkeskompetens-kok" in kitchen
    assert "ocn-yrkeskompetens-utemiljo" in outdoor


def test_every_route_in_every_demo_region_has_a_contact_card_that_reaches_someone():
    municipalities = demo_municipalities()
    assert len(municipalities) > 40  # the four demo regions, Östra Mellansverige county-wide
    checked = 0
    for home in municipalities:
        for text in ("svetsare", "lager", "kock"):
            for route in find_routes(person(home, text)).routes:
                reachable = [
                    stop.actor
                    for stop in route.contacts
                    if stop.actor.has_contact_details and stop.actor.source_url
                ]
                assert reachable, f"{route.model} in {home}: no contact card says how to reach"
                checked += 1
    assert checked > 100
