"""The cached lists and layers stay true to the registry, and the page's queries stay few."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from branch_models.models import Actor, ValidationModel

pytestmark = pytest.mark.django_db

COOK = "text=kock&municipality=H%C3%A4ssleholm&swedish_level=sfi"
# What a search costs once the reference lists are cached (the demo data, the cook in
# Hässleholm): form, candidates and their prefetches, contacts, SFI courses, the
# plugins' ranking. Raise it only for a query the page really needs.
PAGE_QUERIES = 17
API_QUERIES = 17


def industry_options(html: str) -> list[str]:
    select = re.search(r'<select name="industry".*?</select>', html, re.S)
    assert select is not None
    return re.findall(r'<option value="([^"]*)"', select.group(0))


def test_route_page_query_count_is_pinned(client: Client, django_assert_max_num_queries):
    client.get(f"/vagar/?{COOK}")  # fills the caches, as the first search after a change does
    with django_assert_max_num_queries(PAGE_QUERIES):
        response = client.get(f"/vagar/?{COOK}")
    assert response.status_code == 200


def test_route_api_query_count_is_pinned(client: Client, django_assert_max_num_queries):
    client.get(f"/api/v1/routes/?{COOK}")
    with django_assert_max_num_queries(API_QUERIES):
        response = client.get(f"/api/v1/routes/?{COOK}")
    assert response.status_code == 200


def test_industry_leaves_the_form_when_its_last_model_is_unpublished(client: Client):
    industry = ValidationModel.objects.filter(live=True).first().industry.code
    assert industry in industry_options(client.get("/vagar/").content.decode())

    for model in ValidationModel.objects.filter(live=True, industry__code=industry):
        model.live = False
        model.save()

    assert industry not in industry_options(client.get("/vagar/").content.decode())


def test_map_follows_an_unpublished_workshop(client: Client):
    url = "/en/routes/?text=svetsare&municipality=Nybro"
    assert "Workshop Nybro" in client.get(url).content.decode()

    unit = Actor.objects.get(slug="arbetsmarknadsenheten-nybro")
    unit.live = False
    unit.save()

    assert "Workshop Nybro" not in client.get(url).content.decode()
