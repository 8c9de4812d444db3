"""Where the statistics show up outside /statistik/: search, the home page, the decision
makers' page and each region's section page."""

from __future__ import annotations

import re

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from outcomes import views
from outcomes.suppression import Cell

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


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("ar", "المسجَّلون في التحقق من المهارات"),
        ("so", "Inta loo diiwaangeliyay xaqiijinta aqoonta"),
        ("ti", "ንምርግጋጽ ክእለት ዝተመዝገቡ"),
    ],
)
def test_indicator_names_in_the_readers_language(client, language, name):
    with translation.override(language):
        statistics = reverse("outcomes:index")
    home = client.get(f"/{language}/").content.decode()
    assert f'href="{statistics}"' in home, f"the {language} home page does not link there"
    html = client.get(statistics).content.decode()
    option = rf'<option lang="{language}" value="validation_enrolled"( selected)?>{name}</option>'
    assert re.search(option, html), f"no {language} name in the indicator choice"


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_charts_are_drawn_images_with_a_summary_and_their_table(client, language):
    with translation.override(language):
        statistics = reverse("outcomes:index")
        county = reverse("outcomes:county", kwargs={"code": "08"})
    home = client.get("/" if language == "sv" else f"/{language}/").content.decode()
    assert f'href="{statistics}"' in home
    assert f'href="{county}"' in client.get(statistics).content.decode()
    html = client.get(county).content.decode()
    figures = re.findall(r'<figure class="chart".*?</figure>', html, flags=re.S)
    assert len(figures) >= 3  # series, municipalities, progress against the plans
    for figure in figures:
        svg = re.search(r'<svg class="chart-svg" role="img"[^>]*aria-labelledby="([^"]+)"', figure)
        assert svg, "a chart is not an image with a name"
        for part in svg.group(1).split():
            assert re.search(rf'<(title|desc) id="{part}">[^<]+</\1>', figure), part
        assert '<table class="chart-table">' in figure
        assert "<script" not in figure
    # The progress chart's second series is hatched, not only another colour.
    assert 'id="progress-svg-h' in html and "url(#progress-svg-h" in html
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), "two elements share an id"
    rtl = 'direction="rtl"' in html
    assert rtl == (language == "ar")


@pytest.mark.parametrize(
    ("language", "written"),
    [("sv", "13\xa0960\xa0000"), ("en", "13,960,000"), ("ar", "13,960,000")],
)
def test_figures_are_grouped_in_thousands_as_the_language_writes_them(client, language, written):
    """Seed 007's budget on the statistics page; a large count in a chart, its table and summary."""
    with translation.override(language):
        statistics = reverse("outcomes:index")
    assert f"{written} kr" in client.get(statistics).content.decode()
    with translation.override(language):
        cells = [("Kalmar län", Cell(value=13960000)), ("Skåne län", Cell(value=621))]
        chart = views._chart("big", "Inskrivna", cells)
        html = render_to_string("outcomes/chart.html", {"chart": chart})
    assert f" {written}." in chart.summary
    assert f"<td>{written}</td>" in html
    assert f">{written}</text>" in str(chart.svg)
    assert "13960000" not in html
