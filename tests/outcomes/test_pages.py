"""Where the statistics show up outside /statistik/: search, the home page, the decision
makers' page and each region's section page."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_searching_statistik_finds_the_statistics(client):
    html = client.get("/sok/", {"q": "statistik"}).content.decode()
    assert re.search(r'href="/statistik/\?indicator=[a-z_]+"', html)
    html = client.get("/sok/", {"q": "statistik kompetensintyg"}).content.decode()
    assert 'href="/statistik/?indicator=competence_certificates"' in html
    english = client.get("/en/search/", {"q": "statistics"}).content.decode()
    assert re.search(r'href="/en/statistics/\?indicator=[a-z_]+"', english)


@pytest.mark.parametrize("path", ["/", "/beslutsfattare/"])
def test_home_and_decision_makers_show_key_figures_and_link_to_statistics(client, path):
    html = client.get(path).content.decode()
    text = _text(html)
    assert "Hur går det?" in text
    assert "227 Inskrivna i validering" in text  # seed 000
    assert "621 Inskrivna deltagare" in text  # seed 004
    assert 'href="/statistik/"' in html


def test_region_figures_say_something_about_each_region(client):
    pattern = re.compile(r"Valideringsmodeller med en utförare i området (\d+)")
    counts = {
        slug: pattern.search(_text(client.get(f"/regions/{slug}/").content.decode())).group(1)
        for slug in ("skane-nordost", "kak", "kalmar", "ostra-mellansverige")
    }
    assert len(set(counts.values())) > 1, counts
    kalmar = _text(client.get("/regions/kalmar/").content.decode())
    assert "Inskrivna deltagare Samverkan leder till arbete (åtta kommuner)" in kalmar
    assert "Statistik för Kalmar län" in kalmar
    # Each region shows its own project's figures, not a neighbour's in the same county.
    kak = _text(client.get("/regions/kak/").content.decode())
    assert "Total budget" not in kak
