"""Unpublished records never reach an API reader: not listed, not found, not expanded."""

from __future__ import annotations

import json

import pytest
from rest_framework.test import APIClient

from branch_models.models import Actor, Credential, KomvuxOffer, ValidationModel
from tests.hub.api.helpers import list_all

pytestmark = pytest.mark.django_db

DRAFTS = [
    (ValidationModel, "validation-models", "svets"),
    (Credential, "credentials", "iw-diplom"),
    (KomvuxOffer, "komvux-offers", "komvux-hassleholm-sfi-lager-truck"),
    (Actor, "actors", "svetskommissionen"),
]


@pytest.fixture
def api() -> APIClient:
    return APIClient()


def _unpublish(model: type, slug: str) -> None:
    # A queryset update skips the search index's signals: the API must not rely on them.
    model.objects.filter(slug=slug).update(live=False)


@pytest.mark.parametrize(("model", "endpoint", "slug"), DRAFTS)
def test_a_draft_is_not_listed_found_searched_or_exported(
    api: APIClient, model: type, endpoint: str, slug: str
) -> None:
    name = model.objects.get(slug=slug).name
    assert slug in {r["slug"] for r in list_all(api, f"/api/v1/{endpoint}/?page_size=100")}
    _unpublish(model, slug)
    assert slug not in {r["slug"] for r in list_all(api, f"/api/v1/{endpoint}/?page_size=100")}
    assert slug not in {r["slug"] for r in list_all(api, f"/api/v1/{endpoint}/?q={name}")}
    for suffix in ("/", ".jsonld", ".json"):
        response = api.get(f"/api/v1/{endpoint}/{slug}{suffix}")
        assert response.status_code == 404, suffix
        assert response.json()["error"]["code"] == "not_found"
    csv = api.get(f"/api/v1/{endpoint}/?format=csv").content.decode("utf-8-sig")
    assert f",{slug}," not in csv


def test_a_draft_issuer_reads_as_null_and_is_left_out_of_expansion_and_json_ld(
    api: APIClient,
) -> None:
    _unpublish(Actor, "svetskommissionen")
    plain = api.get("/api/v1/credentials/iw-diplom/").json()
    expanded = api.get("/api/v1/credentials/iw-diplom/?expand=issuer").json()
    json_ld = api.get("/api/v1/credentials/iw-diplom.jsonld").json()
    csv = api.get("/api/v1/credentials/?format=csv").content.decode("utf-8-sig")
    assert plain["issuer"] is None
    assert expanded["issuer"] is None
    assert "recognizedBy" not in json_ld
    assert "svetskommissionen" not in json.dumps([plain, expanded, json_ld]) + csv


def test_draft_related_records_are_left_out_of_lists_and_expansions(api: APIClient) -> None:
    _unpublish(Credential, "iw-diplom")
    _unpublish(KomvuxOffer, "komvux-kristianstad-svets")
    model = api.get("/api/v1/validation-models/svets/").json()
    expanded = api.get(
        "/api/v1/validation-models/svets/?expand=credentials,komvux_offers,providers"
    ).json()
    json_ld = api.get("/api/v1/validation-models/svets.jsonld").json()
    assert "iw-diplom" not in model["credentials"]
    assert "svets-valideringsintyg" in model["credentials"]
    assert "komvux-kristianstad-svets" not in model["komvux_offers"]
    text = json.dumps([model, expanded, json_ld])
    assert "iw-diplom" not in text and "komvux-kristianstad-svets" not in text
    assert {c["slug"] for c in expanded["credentials"]} == set(model["credentials"])


def test_expanded_records_never_show_their_own_draft_relations(api: APIClient) -> None:
    _unpublish(ValidationModel, "svets")
    expanded = api.get("/api/v1/credentials/iw-diplom/?expand=validation_models").json()
    assert "svets" not in {m["slug"] for m in expanded["validation_models"]}
    offer = api.get("/api/v1/komvux-offers/komvux-kristianstad-svets/?expand=validation_models")
    assert "svets" not in json.dumps(offer.json()["validation_models"])
