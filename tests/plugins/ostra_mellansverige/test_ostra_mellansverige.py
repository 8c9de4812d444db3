"""Östra Mellansverige: five whole counties, the Komvux survey and the project's figures."""

from __future__ import annotations

import pytest

from branch_models.models import Actor
from hub.plugins.areas import describe_region
from hub.plugins.registry import get_registry
from hub.testing import import_samples

pytestmark = pytest.mark.django_db


def test_covers_five_whole_counties():
    facts = describe_region(get_registry().get_plugin("ostra_mellansverige"))
    assert facts.region_codes == ("19", "04", "03", "18", "05")
    assert facts.municipality_codes == ()
    assert len(facts.contacts) == 5


def test_survey_maps_languages_and_areas_into_komvux_actors():
    (report,) = import_samples(get_registry().get_plugin("ostra_mellansverige"), commit=True)
    assert report.ok
    uppsala = Actor.objects.get(slug="komvux-uppsala")
    assert uppsala.languages == ["sv", "en"]  # "dari" has no ISO 639-1 code: reported, left out
    assert uppsala.owner_region.code == "03"
    assert "Restaurang och livsmedel" in uppsala.description
    norrkoping = Actor.objects.get(slug="komvux-norrkoping")
    assert "assessment" not in norrkoping.roles


def test_budget_figures(client):
    answer = client.get("/api/v1/statistics/reported/", {"area": "ostra_mellansverige"}).json()
    figures = {figure["indicator"]: int(figure["value"]) for figure in answer}
    assert figures["oms_budget"] == 13_960_000
    assert figures["oms_national_funding"] + 5 * figures["oms_regional_share"] == 13_960_000
    assert {figure["source"] for figure in answer} == {
        "Regionala strukturer för validering i Östra Mellansverige, projektbeskrivning "
        "(Dnr 22RS8988), Region Örebro län, Projektforum, 2022-11-14"
    }
