"""Every API error has one format, in the client's language; throttling answers 429."""

from __future__ import annotations

import pytest
from django.conf import LazySettings
from rest_framework.test import APIClient

from hub.models import Role
from tests.hub.api.helpers import client_with_token, database_unreachable, token_for

pytestmark = pytest.mark.django_db


def assert_error(response, status: int, code: str) -> dict:
    """Check the one error format and return the error."""
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"code", "message", "fields"}
    assert error["code"] == code
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["fields"], dict)
    return error


def test_400_names_each_invalid_field() -> None:
    response = APIClient().get("/api/v1/credentials/?seqf_level=9&kind=diploma")
    error = assert_error(response, 400, "invalid")
    assert set(error["fields"]) == {"seqf_level", "kind"}


def test_401_for_a_write_without_a_token_and_for_an_unknown_token() -> None:
    assert_error(APIClient().post("/api/v1/actors/", {}), 401, "not_authenticated")
    unknown = APIClient()
    unknown.credentials(HTTP_AUTHORIZATION="Bearer wagtail_notarealtoken")
    assert_error(unknown.get("/api/v1/actors/"), 401, "authentication_failed")


def test_403_says_whose_record_it_is() -> None:
    client = client_with_token(token_for("kalmar", "08", Role.EDITOR))
    response = client.patch(
        "/api/v1/komvux-offers/komvux-hassleholm-sfi-lager-truck/", {"name": "x"}, format="json"
    )
    error = assert_error(response, 403, "permission_denied")
    assert "Skåne" in error["message"]


@pytest.mark.parametrize(
    "path", ["/api/v1/credentials/no-such-credential/", "/api/v1/no-such-endpoint/", "/api/v1/x"]
)
def test_404_for_unknown_records_and_paths(path: str) -> None:
    assert_error(APIClient().get(path), 404, "not_found")


def test_405_for_a_method_the_endpoint_does_not_have() -> None:
    token = client_with_token(token_for("national", None, Role.EDITOR))
    assert_error(token.delete("/api/v1/regions/12/"), 405, "method_not_allowed")
    assert_error(APIClient().post("/api/v1/competences/", {}), 405, "method_not_allowed")


def test_406_and_415_for_formats_the_api_does_not_speak() -> None:
    assert_error(
        APIClient().get("/api/v1/credentials/", HTTP_ACCEPT="application/xml"),
        406,
        "not_acceptable",
    )
    token = client_with_token(token_for("national", None, Role.EDITOR))
    form = token.post("/api/v1/actors/", {"name": "x"}, format="multipart")
    assert_error(form, 415, "unsupported_media_type")


def test_errors_stay_json_when_csv_was_asked_for() -> None:
    response = APIClient().get("/api/v1/credentials/?format=csv&seqf_level=9")
    assert_error(response, 400, "invalid")


def test_429_when_the_anonymous_rate_is_spent(settings: LazySettings) -> None:
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/min", "user": "5/min"},
    }
    client = APIClient()
    for _ in range(3):
        assert client.get("/api/v1/regions/").status_code == 200
    error = assert_error(client.get("/api/v1/regions/"), 429, "throttled")
    assert "seconds" in error["message"] or "sekunder" in error["message"]
    # A token holder has their own, separate allowance.
    token = client_with_token(token_for("developer", "12", Role.DEVELOPER))
    for _ in range(5):
        assert token.get("/api/v1/regions/").status_code == 200
    assert_error(token.get("/api/v1/regions/"), 429, "throttled")


def test_anonymous_clients_are_counted_by_the_anonymous_rate_only(
    settings: LazySettings,
) -> None:
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "6/min", "user": "2/min"},
    }
    client = APIClient()
    for _ in range(6):
        assert client.get("/api/v1/regions/").status_code == 200
    assert_error(client.get("/api/v1/regions/"), 429, "throttled")


def test_messages_follow_accept_language_and_lang() -> None:
    client = APIClient()
    swedish = client.get("/api/v1/nothing/", HTTP_ACCEPT_LANGUAGE="sv")
    english = client.get("/api/v1/nothing/", HTTP_ACCEPT_LANGUAGE="en")
    chosen = client.get("/api/v1/nothing/?lang=en", HTTP_ACCEPT_LANGUAGE="sv")
    assert "Inget" in swedish.json()["error"]["message"]
    assert "Nothing" in english.json()["error"]["message"]
    assert chosen.json()["error"]["message"] == english.json()["error"]["message"]
    field = client.get("/api/v1/credentials/?kind=diploma", HTTP_ACCEPT_LANGUAGE="sv")
    assert "Välj" in field.json()["error"]["fields"]["kind"][0]
    assert "ogiltiga" in field.json()["error"]["message"]


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/v1/komvux-offers/"),
        ("get", "/api/v1/validation-models/"),
        ("get", "/api/v1/regions/12/"),
        ("patch", "/api/v1/komvux-offers/komvux-hassleholm-sfi-lager-truck/"),
    ],
)
def test_503_asking_to_retry_while_the_database_is_unreachable(
    settings: LazySettings, method: str, path: str
) -> None:
    if "sqlite" in settings.DATABASES["default"]["ENGINE"]:
        pytest.skip("SQLite is a file: it cannot be unreachable")
    settings.DEBUG = False
    client = APIClient()
    token = token_for("skane", "12", Role.EDITOR)
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}", HTTP_ACCEPT_LANGUAGE="sv")
    with database_unreachable():
        if method == "patch":
            response = client.patch(path, {"name": "Nytt namn"}, format="json")
        else:
            response = client.get(path)
    error = assert_error(response, 503, "service_unavailable")
    assert response["Retry-After"] == "30"
    assert error["message"] == "Tjänsten är tillfälligt otillgänglig. Försök igen om en minut."
    # Nothing written: the record keeps its name once the database answers again.
    if method == "patch":
        record = APIClient().get(path).json()
        assert record["name"] != "Nytt namn"
