"""Skåne Nordost: half-year cycles, OCN ranking, its map layer and the report's figures."""

from __future__ import annotations

import re
from datetime import date

import pytest

from hub.plugins.areas import adjust_route_ranking, map_layers
from hub.plugins.contributions import RouteCandidate, RouteQuery
from hub.plugins.registry import get_registry
from plugins.skane_nordost.hooks import current_cycle

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("today", "start", "end", "next_start"),
    [
        (date(2027, 1, 1), date(2027, 1, 1), date(2027, 6, 30), date(2027, 7, 1)),
        (date(2027, 6, 30), date(2027, 1, 1), date(2027, 6, 30), date(2027, 7, 1)),
        (date(2027, 7, 1), date(2027, 7, 1), date(2027, 12, 31), date(2028, 1, 1)),
        (date(2027, 12, 31), date(2027, 7, 1), date(2027, 12, 31), date(2028, 1, 1)),
    ],
)
def test_half_year_cycles(today, start, end, next_start):
    cycle, following = current_cycle(today)
    assert (cycle.start, cycle.end, following) == (start, end, next_start)


def test_section_shows_the_current_cycle(client):
    html = client.get("/regions/skane-nordost/").content.decode()
    assert "Validering i halvårscykler" in html
    assert "arbetsplan" in html


def test_ocn_routes_rank_higher_for_people_in_the_five_municipalities():
    candidates = [
        RouteCandidate(key="ocn", validation_model="ocn-lager"),
        RouteCandidate(key="industry", validation_model="truckforare-tlp10"),
    ]
    in_osby = adjust_route_ranking(RouteQuery(municipality_code="1273"), candidates)
    assert set(in_osby) == {"ocn"} and in_osby["ocn"].delta > 0
    assert any("Skåne Nordost" in reason for reason in in_osby["ocn"].reasons)
    assert adjust_route_ranking(RouteQuery(municipality_code="1280"), candidates) == {}


def test_map_layer_of_ocn_units():
    plugin = get_registry().get_plugin("skane_nordost")
    layer = next(layer for layer in map_layers(plugin) if layer.key == "ocn-units")
    cities = {feature["properties"]["city"] for feature in layer.geojson["features"]}
    assert cities == {"Bromölla", "Hässleholm", "Kristianstad", "Osby", "Broby"}


def test_figures_from_the_final_report(client):
    """The section shows the report's figures, now indicator values the plugin ships as data."""
    html = client.get("/regions/skane-nordost/").content.decode()
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    enrolled = "Inskrivna i validering (OCN-systemet) Skåne Nordost 2018-12-01 – 2021-11-30 227"
    assert enrolled in text
    assert "Kvinnor: 49; Män: 68" in text  # certificates: 42 % women, 58 % men
    assert "Slutrapport KompetensValidering, Osby kommun, 2021-11-30" in text
    assert "/statistik/lan/12/" in html
