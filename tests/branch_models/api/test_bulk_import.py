"""``POST /api/v1/<records>/import/``: a file's rows through the registry's one writer, by token,
authorised by role and region as the admin's import is, all rows or none."""

from __future__ import annotations

import json

import pytest
from rest_framework.test import APIClient
from wagtail.models import APIToken, ModelLogEntry

from branch_models.models import KomvuxOffer
from branch_models.resources import IMPORT_LOG_ACTION
from hub.models import Role
from tests.hub.api.helpers import client_with_token, token_for

pytestmark = pytest.mark.django_db

URL = "/api/v1/komvux-offers/import/"
HEADER = "slug,name,owner_region,provider,municipality,level,study_form,sfi_combination,start_dates"
LAGER = (
    "api-lager-2031,Lager och logistik,12,komvux-hassleholm,1293,vocational,on_site,1,2031-08-18"
)
SFI = "api-sfi-2031,SFI på kvällstid,12,komvux-hassleholm,1293,sfi,on_site,0,2031-08-18"
SLUGS = ["api-lager-2031", "api-sfi-2031"]


def csv_body(*lines: str) -> bytes:
    return ("\n".join([HEADER, *lines]) + "\n").encode()


def post(client: APIClient, body: bytes, query: str = "", **headers: str):
    return client.post(URL + query, body, content_type="text/csv", **headers)


@pytest.fixture
def skane_editor() -> APIClient:
    return client_with_token(token_for("skane-editor", "12", Role.EDITOR))


def test_regional_editor_imports_offers_of_their_region(skane_editor):
    response = post(skane_editor, csv_body(LAGER, SFI))

    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["committed"], body["dry_run"]) == (True, False)
    assert body["totals"] == {"new": 2, "update": 0, "skip": 0}
    assert [(row["row"], row["slug"], row["result"]) for row in body["rows"]] == [
        (1, "api-lager-2031", "new"),
        (2, "api-sfi-2031", "new"),
    ]
    # An editor may publish in their region: the public API lists the new offers at once.
    public = APIClient().get("/api/v1/komvux-offers/", {"municipality": "1293", "page_size": 100})
    assert set(SLUGS) <= {offer["slug"] for offer in public.json()["results"]}
    lager = KomvuxOffer.objects.get(slug="api-lager-2031")
    assert (lager.owner_region.code, lager.sfi_combination, lager.start_dates) == (
        "12",
        True,
        ["2031-08-18"],
    )

    again = post(skane_editor, csv_body(LAGER, SFI))
    assert again.json()["totals"] == {"new": 0, "update": 0, "skip": 2}


def test_api_bulk_import_writes_through_the_registry_import(skane_editor):
    """The records' history shows the import, by the token's user."""
    post(skane_editor, csv_body(LAGER))
    offer = KomvuxOffer.objects.get(slug="api-lager-2031")
    entry = ModelLogEntry.objects.for_instance(offer).get()
    assert (entry.action, entry.user.username) == (IMPORT_LOG_ACTION, "skane-editor")
    assert offer.latest_revision.user.username == "skane-editor"


def test_json_body_in_the_same_columns(skane_editor):
    rows = [
        {
            "slug": "api-json-2031",
            "name": "Svets grund",
            "owner_region": "12",
            "provider": "komvux-hassleholm",
            "municipality": "1293",
            "level": "vocational",
            "study_form": "distance",
            "open_to": "1293,1290",
        }
    ]
    response = skane_editor.post(URL, json.dumps(rows), content_type="application/json")
    assert response.status_code == 200, response.content
    offer = KomvuxOffer.objects.get(slug="api-json-2031")
    assert sorted(offer.open_to.values_list("code", flat=True)) == ["1290", "1293"]


def test_editor_of_another_region_is_refused_and_nothing_is_written():
    kalmar_editor = client_with_token(token_for("kalmar-editor", "08", Role.EDITOR))
    response = post(kalmar_editor, csv_body(LAGER, SFI), "?lang=en")

    assert response.status_code == 403
    error = response.json()["error"]
    assert error["code"] == "permission_denied"
    assert "nothing was written" in error["message"]
    assert error["fields"]["rows"]["1"]["owner_region"] == [
        "You may not create records owned by Skåne County."
    ]
    assert set(error["fields"]["rows"]) == {"1", "2"}
    assert not KomvuxOffer.objects.filter(slug__in=SLUGS).exists()


def test_without_a_role_or_token_nothing_can_be_imported(django_user_model):
    assert post(APIClient(), csv_body(LAGER)).status_code == 401
    user = django_user_model.objects.create_user("no-role")
    _token, plaintext = APIToken.create_token(user=user, name="no role")
    refused = post(client_with_token(plaintext), csv_body(LAGER), "?lang=en")
    assert refused.status_code == 403
    assert refused.json()["error"]["message"] == "You may not import Komvux offers."
    assert not KomvuxOffer.objects.filter(slug__in=SLUGS).exists()


def test_a_bad_row_is_a_400_in_the_clients_language_and_nothing_is_written(skane_editor):
    bad = SFI.replace(",1293,", ",9999,")

    english = post(skane_editor, csv_body(LAGER, bad), "?lang=en", HTTP_ACCEPT_LANGUAGE="sv")
    swedish = post(skane_editor, csv_body(LAGER, bad), HTTP_ACCEPT_LANGUAGE="sv")

    assert english.status_code == swedish.status_code == 400
    assert english["Content-Language"] == "en"
    error = english.json()["error"]
    assert error["code"] == "invalid"
    assert error["message"] == (
        "1 of the 2 rows have errors: nothing was written. The fields say what to change in "
        "each row."
    )
    assert list(error["fields"]["rows"]) == ["2"]
    assert error["fields"]["rows"]["2"]["municipality"] == [
        "No municipality with SCB municipality code 9999."
    ]
    swedish_error = swedish.json()["error"]
    assert "inget skrevs" in swedish_error["message"].lower()
    assert "9999" in swedish_error["fields"]["rows"]["2"]["municipality"][0]
    assert swedish_error["fields"]["rows"]["2"] != error["fields"]["rows"]["2"]
    assert not KomvuxOffer.objects.filter(slug__in=SLUGS).exists()


def test_a_file_that_is_no_table_is_a_400(skane_editor):
    response = post(skane_editor, b"name\nNo slug column\n", "?lang=en")
    assert response.status_code == 400
    assert "slug" in response.json()["error"]["message"]
    broken = skane_editor.post(URL + "?lang=en", b"[{", content_type="application/json")
    assert broken.status_code == 400
    assert "This is not valid JSON" in broken.json()["error"]["message"]


def test_dry_run_writes_nothing(skane_editor):
    response = post(skane_editor, csv_body(LAGER, SFI), "?dry_run=1")

    assert response.status_code == 200
    body = response.json()
    assert (body["dry_run"], body["committed"]) == (True, False)
    assert body["totals"] == {"new": 2, "update": 0, "skip": 0}
    assert not KomvuxOffer.objects.filter(slug__in=SLUGS).exists()


def test_a_regional_developers_new_records_are_drafts():
    developer = client_with_token(token_for("skane-developer", "12", Role.DEVELOPER))
    assert post(developer, csv_body(LAGER)).status_code == 200
    offer = KomvuxOffer.objects.get(slug="api-lager-2031")
    assert not offer.live
    assert APIClient().get("/api/v1/komvux-offers/api-lager-2031/").status_code == 404
