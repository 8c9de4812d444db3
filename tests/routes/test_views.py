"""The route finder page, its shared URL, its PDF and the API, as users and clients see them."""

from __future__ import annotations

import io
import logging
import re
from html import unescape

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

pytestmark = pytest.mark.django_db

COOK = "text=kock&municipality=H%C3%A4ssleholm&swedish_level=sfi"


def route_titles(html: str) -> list[str]:
    return re.findall(r'<h3 id="route-[^"]+-title"><a href="[^"]+">([^<]+)</a></h3>', html)


def test_empty_page_shows_the_form(client: Client):
    response = client.get("/vagar/")
    assert response.status_code == 200
    assert "Hitta en valideringsväg" in response.content.decode()


def test_cook_in_hassleholm_sees_hotel_and_restaurant_first(client: Client):
    response = client.get(f"/en/routes/?{COOK}")
    html = response.content.decode()
    assert response.status_code == 200
    assert route_titles(html)[0] == "Hotel and restaurant industry validation (UHR)"
    assert "SFI combination available in Hässleholm" in html
    assert response["Cache-Control"] == "no-store"
    assert response["Referrer-Policy"] == "no-referrer"


def test_shared_url_reproduces_the_same_routes(client: Client):
    first = client.get(f"/en/routes/?{COOK}").content.decode()
    share = re.search(r'id="route-share-url" type="text" readonly value="([^"]+)"', first).group(1)
    again = client.get(share.replace("&amp;", "&").removeprefix("http://testserver")).content
    assert route_titles(again.decode()) == route_titles(first)
    assert route_titles(first)


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("text=kock&municipality=Atlantis", "municipality", "We do not know the municipality"),
        ("text=kock&near=111%2022", "near", "We cannot place the postcode 111 22"),
        ("text=kock&municipality=Osby&near=281%2031", "near", "This place is in Hässleholm"),
        ("text=%21%21%21&municipality=Osby", "text", "Describe the experience in words"),
        ("text=" + "a" * 400 + "&municipality=Osby", "text", "at most 300 characters"),
        ("municipality=Osby", "text", "Describe the experience, or choose"),
        ("text=kock&municipality=Osby&occupation=Astronaut", "occupation", "no occupation"),
        (
            "text=kock&municipality=Osby&pace=alongside_work&study_form=apprenticeship",
            "pace",
            "apprenticeship",
        ),
        (
            "text=kock&municipality=Osby&swedish_level=klingon",
            "swedish_level",
            "Select a valid choice",
        ),
    ],
)
def test_bad_input_is_explained_next_to_the_field_and_kept(
    client: Client, query: str, field: str, message: str
):
    response = client.get(f"/en/routes/?{query}")
    html = response.content.decode()
    assert response.status_code == 400
    errors = re.search(rf'id="id_{field}_error">(.*?)</ul>', html, re.S)
    assert errors is not None
    assert message in unescape(errors.group(1))
    if field in ("municipality", "near", "text"):
        assert 'value="' in html  # typed input is kept


def test_error_is_in_the_users_language(client: Client):
    html = client.get("/vagar/?text=kock&municipality=Atlantis").content.decode()
    assert "Vi känner inte till kommunen" in html


def test_a_link_from_search_asks_for_the_municipality(client: Client):
    html = client.get("/vagar/?text=v%C3%A5rdbitr%C3%A4de").content.decode()
    assert "Lägg till kommunen där personen bor för att se vägarna." in html
    assert 'value="vårdbiträde"' in html
    assert "Lägg till kommunen" not in client.get("/vagar/").content.decode()


def test_a_care_aide_sees_the_assistant_nurses_route_and_why(client: Client):
    html = client.get("/vagar/?text=jobbat+som+v%C3%A5rdbitr%C3%A4de&municipality=Kalmar")
    page = html.content.decode()
    # The route's heading leads to the model's page.
    assert (
        '<a href="/valideringsmodeller/underskoterska/">'
        "Validering mot undersköterska (Vård- och omsorgscollege)</a></h3>"
    ) in page
    assert "Närliggande yrke: Undersköterskor" in page


def test_unknown_occupation_gets_honest_fallback(client: Client):
    html = client.get("/en/routes/?text=astronaut&municipality=H%C3%A4ssleholm").content.decode()
    assert "No validation route fits yet" in html
    assert "Komvux can validate knowledge against the syllabus" in html


def pdf_fonts(reader: PdfReader) -> set[str]:
    """Return the names of the fonts the PDF embeds (subset prefixes removed)."""
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


@pytest.mark.parametrize(
    ("language", "script_font"),
    [("sv", ""), ("en", ""), ("ar", "Arabic"), ("ti", "Ethiopic")],
)
def test_pdf_renders_the_steps(client: Client, language: str, script_font: str):
    with translation.override(language):
        url = reverse("routes:pdf")
    response = client.get(f"{url}?{COOK}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Självskattning" in text or "självskattning" in text  # a step of the UHR model
    assert "Hässleholm" in text
    # Arabic and Tigrinya headings are drawn with a font that has their script, not as boxes.
    assert any(script_font in name for name in pdf_fonts(reader)), pdf_fonts(reader)


def test_pdf_with_bad_input_returns_to_the_form(client: Client):
    response = client.get("/en/routes/pdf/?text=kock&municipality=Atlantis")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/routes/?")


def test_api_returns_ranked_routes_with_reasons(client: Client):
    response = client.get(
        "/api/v1/routes/?text=svetsare&municipality=1983", HTTP_ACCEPT_LANGUAGE="en"
    )
    body = response.json()
    assert response.status_code == 200
    first = body["routes"][0]
    assert first["validation_model"]["slug"] == "svets"
    assert any(p["region"] == "kak" for p in first["local_processes"])
    assert first["why"][0]["reason"] == "Matches occupation Welders and flame cutters"


def test_api_bad_input_uses_the_error_format(client: Client):
    response = client.get("/api/v1/routes/?text=kock&municipality=Atlantis")
    assert response.status_code == 400
    assert "municipality" in response.json()["error"]["fields"]


def test_no_route_input_is_stored(client: Client, caplog: pytest.LogCaptureFixture):
    marker = "Zyxwvutrafikkock"
    tables = connection.introspection.table_names()
    with caplog.at_level(logging.DEBUG):
        client.get(f"/en/routes/?text={marker}&municipality=H%C3%A4ssleholm")
        client.get(f"/api/v1/routes/?text={marker}&municipality=1293")
        client.get(f"/en/routes/pdf/?text={marker}&municipality=H%C3%A4ssleholm")
    assert marker not in caplog.text
    with connection.cursor() as cursor:
        for table in tables:
            columns = [
                c.name
                for c in connection.introspection.get_table_description(cursor, table)
                if c.type_code in (25, 1043, 114, 3802)  # text, varchar, json, jsonb
            ]
            for column in columns:
                cursor.execute(
                    f'SELECT 1 FROM "{table}" WHERE "{column}"::text ILIKE %s LIMIT 1',  # noqa: S608 - names from introspection
                    [f"%{marker}%"],
                )
                assert cursor.fetchone() is None, (table, column)
