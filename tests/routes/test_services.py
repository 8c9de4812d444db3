"""The route finder on the demo data: what a counsellor sees ranked first, and why."""

from __future__ import annotations

import pytest
from django.utils import translation

from branch_models.models import Municipality, Occupation
from routes.places import place_of
from routes.services import RouteInput, find_routes, occupations_in_text

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def person(municipality: str, **values: object) -> RouteInput:
    home = Municipality.objects.get(name=municipality)
    return RouteInput(municipality=home, place=place_of(home), **values)


def test_cook_in_hassleholm_gets_hotel_and_restaurant_first_with_sfi_support():
    result = find_routes(person("Hässleholm", text="kock", swedish_level="sfi"))

    first = result.routes[0]
    assert first.model.slug == "hotell-och-restaurang"
    located = [stop.distance_km for stop in first.providers if stop.distance_km is not None]
    assert located == sorted(located)
    assert first.providers[0].actor.slug == "komvux-hassleholm"
    assert any(m.offer.sfi_combination and m.language_support for m in first.offers)
    reasons = [str(part.reason) for part in first.parts]
    assert "Matches occupation Cooks" in reasons
    assert "SFI combination available in Hässleholm" in reasons
    assert first.language_offers, "SFI courses nearby are listed for a person studying SFI"
    preparation = first.local_processes[0]
    assert preparation.region.slug == "skane_nordost"
    assert [step.key for step in preparation.steps] == ["foundation-course"]


def test_fluent_cook_is_not_sent_to_the_foundation_course():
    result = find_routes(person("Hässleholm", text="kock", swedish_level="fluent"))

    assert result.routes[0].local_processes == ()


def test_cook_chosen_by_occupation_ranks_the_same_way():
    cook = Occupation.objects.get(code="5120")
    result = find_routes(person("Hässleholm", occupations=(cook,)))

    assert result.routes[0].model.slug == "hotell-och-restaurang"


def test_welder_in_koping_gets_the_welding_model_with_kaks_local_steps():
    result = find_routes(person("Köping", text="svetsare"))

    first = result.routes[0]
    assert first.model.slug == "svets"
    kak = [local for local in first.local_processes if local.region.slug == "kak"]
    assert kak, "KAK's own process applies to every validation in its municipalities"
    assert [step.key for step in kak[0].steps][:2] == ["placement", "tailor-checklist"]
    assert first.providers[0].actor.slug == "komvux-koping"


def test_unknown_occupation_gets_honest_fallback_with_guidance():
    result = find_routes(person("Hässleholm", text="astronaut"))

    assert result.routes == ()
    guidance = result.guidance
    assert guidance is not None
    assert [m.slug for m in guidance.komvux_models] == ["komvux-validering-kursplan"]
    assert "komvux-hassleholm" in [stop.actor.slug for stop in guidance.contacts]
    assert guidance.region_contacts, "the region's contacts are named"


def test_an_occupation_no_model_validates_gets_the_model_of_a_related_one():
    # No model validates care aides (SSYK 5330); the assistant nurses (532) share their ISCO-08
    # group, and experience of care work counts towards the assistant nurses' model.
    result = find_routes(person("Kalmar", text="jobbat som vårdbiträde", swedish_level="sfi"))

    first = result.routes[0]
    assert first.model.slug == "underskoterska"
    reasons = [str(part.reason) for part in first.parts]
    assert "A related occupation: Personal care workers in health services" in reasons
    assert result.guidance is None
    # A model of the occupation itself: nothing related is looked for.
    assert find_routes(person("Hässleholm", text="kock")).input.related == ()


def test_route_far_from_providers_says_where_the_nearest_is():
    # Welding is taught at Komvux in Skåne Nordost and KAK, not in Stockholm.
    result = find_routes(person("Stockholm", text="svetsare"))

    first = result.routes[0]
    assert first.model.slug == "svets"
    assert any(item.startswith("No provider in your region: nearest in") for item in first.missing)


def test_plugin_adjustment_is_applied_and_explained():
    result = find_routes(person("Hässleholm", text="kock diskare"))

    ocn = [route for route in result.routes if route.model.method_family == "ocn"]
    assert ocn, "an OCN route is among the candidates for kitchen work"
    assert ocn[0].adjustment > 0
    assert any("Skåne Nordost" in reason for reason in ocn[0].adjustments)
    # A cook and dishwasher: both the industry's validation and the OCN kitchen programme.
    assert "hotell-och-restaurang" in [route.model.slug for route in result.routes]


def test_occupations_are_recognised_in_free_text():
    assert [o.code for o in occupations_in_text("Jag är kock")] == ["5120"]
    assert "7212" in [o.code for o in occupations_in_text("welder for ten years")]
    assert occupations_in_text("worked a lot") == []
