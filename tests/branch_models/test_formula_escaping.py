"""Spreadsheet formula injection: a record's text never reaches an export as a live formula."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from django.test import Client
from django.urls import reverse

from branch_models.models import KomvuxOffer

pytestmark = pytest.mark.django_db

# What a regional developer could name a record; each starts a formula in Excel or LibreOffice.
HOSTILE = [
    '=HYPERLINK("http://evil.example","Klicka")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
]


def _rename_offers() -> list[str]:
    """Give Skåne offers the hostile names, each with a marker to find its row by."""
    names = []
    offers = KomvuxOffer.objects.filter(municipality__region__code="12").order_by("pk")
    for number, (offer, hostile) in enumerate(zip(offers, HOSTILE, strict=False)):
        name = f"{hostile} formel{number}"
        KomvuxOffer.objects.filter(pk=offer.pk).update(name=name)
        names.append(name)
    assert len(names) == len(HOSTILE)
    return names


def _assert_neutralised(cells: list[str], names: list[str]) -> None:
    for name in names:
        assert f"'{name}" in cells, name
        assert name not in cells, name


def test_admin_csv_export_neutralises_formulae(client: Client, make_user) -> None:
    names = _rename_offers()
    client.force_login(make_user("superuser"))
    url = reverse("wagtailsnippets_branch_models_komvuxoffer:list")
    response = client.get(url, {"q": "formel", "export": "csv"})
    table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    _assert_neutralised([cell for row in table for cell in row], names)


def test_admin_xlsx_export_neutralises_formulae(client: Client, make_user) -> None:
    names = _rename_offers()
    client.force_login(make_user("superuser"))
    url = reverse("wagtailsnippets_branch_models_komvuxoffer:list")
    response = client.get(url, {"q": "formel", "export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    cells = [cell.value for row in sheet.iter_rows() for cell in row]
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)
    _assert_neutralised(cells, names)


def test_api_csv_neutralises_formulae(client: Client) -> None:
    names = _rename_offers()
    response = client.get("/api/v1/komvux-offers.csv", {"region": "12"})
    table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    _assert_neutralised([cell for row in table for cell in row], names)
