"""API tokens: Wagtail's hashed tokens, sent as a Bearer header, refused clearly when wrong."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from rest_framework.test import APIClient
from wagtail.models import APIToken

from hub.models import Role
from tests.hub.api.helpers import client_with_token, token_for

pytestmark = pytest.mark.django_db

PATH = "/api/v1/komvux-offers/komvux-hassleholm-sfi-lager-truck/"


def patch(client: APIClient):
    return client.patch(PATH, {"course_code": "LAG1"}, format="json")


def test_a_token_acts_as_its_user_and_records_its_use() -> None:
    token = token_for("skane", "12", Role.EDITOR)
    assert patch(client_with_token(token)).status_code == 200
    stored = APIToken.objects.get(user__username="skane")
    assert stored.last_used_at is not None
    assert token not in stored.key_hash  # only a digest is kept


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("Bearer", "one word"),
        ("Bearer two words", "one word"),
        ("Bearer wagtail_short", "malformed"),
    ],
)
def test_malformed_headers_are_explained(header: str, words: str) -> None:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=header, HTTP_ACCEPT_LANGUAGE="en")
    response = patch(client)
    assert response.status_code == 401
    assert words in response.json()["error"]["message"]


def test_revoked_tokens_and_inactive_users_are_refused() -> None:
    token = token_for("skane", "12", Role.EDITOR)
    APIToken.objects.get(user__username="skane").revoke()
    assert patch(client_with_token(token)).status_code == 401

    other = token_for("kalmar", "08", Role.EDITOR)
    User.objects.filter(username="kalmar").update(is_active=False)
    response = patch(client_with_token(other))
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "authentication_failed"


def test_other_schemes_are_ignored_and_leave_the_client_anonymous() -> None:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Basic dXNlcjpwYXNz")
    assert client.get(PATH).status_code == 200
    assert patch(client).status_code == 401


def test_editors_manage_tokens_in_the_admin(client) -> None:
    User.objects.create_superuser("admin", "admin@example.se", "pw")
    client.force_login(User.objects.get(username="admin"))
    assert client.get("/admin/api-tokens/").status_code == 200
