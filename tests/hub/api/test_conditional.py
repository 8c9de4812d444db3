"""ETags on lists and details: an unchanged answer is a 304 without a body."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from branch_models.models import KomvuxOffer
from hub.models import Role
from tests.hub.api.helpers import client_with_token, token_for

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/komvux-offers/?municipality=1293",
        "/api/v1/komvux-offers/komvux-hassleholm-sfi-lager-truck/",
        "/api/v1/komvux-offers/komvux-hassleholm-sfi-lager-truck.jsonld",
        "/api/v1/komvux-offers/?format=csv",
        "/api/v1/pages/?locale=sv",
    ],
)
def test_an_unchanged_answer_is_304_and_a_change_gives_a_new_etag(path: str) -> None:
    client = APIClient()
    first = client.get(path)
    etag = first["ETag"]
    assert first.status_code == 200 and etag
    assert "Accept" in first["Vary"] and "Accept-Language" in first["Vary"]

    again = client.get(path, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""

    KomvuxOffer.objects.filter(slug="komvux-hassleholm-sfi-lager-truck").update(
        name="SFI och lager"
    )
    changed = client.get(path, HTTP_IF_NONE_MATCH=etag)
    if path.startswith("/api/v1/pages/"):
        assert changed.status_code == 304  # pages do not show registry records
    else:
        assert changed.status_code == 200
        assert changed["ETag"] != etag


def test_each_language_has_its_own_etag() -> None:
    client = APIClient()
    swedish = client.get("/api/v1/regions/12/", HTTP_ACCEPT_LANGUAGE="sv")
    english = client.get("/api/v1/regions/12/?lang=en")
    assert client.get("/api/v1/regions/12/", HTTP_IF_NONE_MATCH=swedish["ETag"]).status_code == 304
    assert swedish["ETag"] == english["ETag"]  # the same data: codes and both names
    offer = "/api/v1/credentials/iw-diplom.jsonld"
    assert (
        client.get(offer, HTTP_ACCEPT_LANGUAGE="sv")["ETag"]
        != (client.get(offer, HTTP_ACCEPT_LANGUAGE="en")["ETag"])
    )


def test_anonymous_answers_may_be_shared_token_answers_may_not() -> None:
    anonymous = APIClient().get("/api/v1/validation-models/")
    assert anonymous["Cache-Control"] == "public, max-age=60"
    assert "Authorization" in anonymous["Vary"]
    token = client_with_token(token_for("reader", "12", Role.DEVELOPER))
    assert token.get("/api/v1/validation-models/")["Cache-Control"] == "private, no-cache"
    # The route finder describes one person: never kept anywhere.
    routes = APIClient().get("/api/v1/routes/?text=kock&municipality=1293")
    assert routes.status_code == 200
    assert routes["Cache-Control"] == "no-store"
