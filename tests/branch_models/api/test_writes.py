"""Token writes, authorised by region as in the admin, saved with a revision in its history."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient
from wagtail.models import ModelLogEntry

from branch_models.models import Credential, KomvuxOffer, ValidationModel
from hub.models import Role
from tests.hub.api.helpers import client_with_token, token_for

pytestmark = pytest.mark.django_db

SKANE_OFFER = "komvux-hassleholm-sfi-lager-truck"  # owned by Skåne (12)
KALMAR_OFFER = "komvux-emmaboda-svets"  # owned by Kalmar län (08)
NATIONAL_CREDENTIAL = "iw-diplom"  # national: no owner region


def new_offer(region: str = "12", municipality: str = "1293", slug: str = "ny-kurs") -> dict:
    provider = "komvux-hassleholm" if region == "12" else "komvux-emmaboda"
    return {
        "slug": slug,
        "name": "Lagerarbete med SFI",
        "owner_region": region,
        "provider": provider,
        "municipality": municipality,
        "level": "vocational",
        "study_form": "on_site",
        "sfi_combination": True,
        "start_dates": ["2031-01-20", "2030-08-18"],
        "open_to": [municipality],
    }


@pytest.fixture
def skane_editor() -> APIClient:
    return client_with_token(token_for("skane-editor", "12", Role.EDITOR))


@pytest.fixture
def skane_developer() -> APIClient:
    return client_with_token(token_for("skane-developer", "12", Role.DEVELOPER))


@pytest.fixture
def national_editor() -> APIClient:
    return client_with_token(token_for("national-editor", None, Role.EDITOR))


# --- Anonymous ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("post", "/api/v1/komvux-offers/"),
        ("patch", f"/api/v1/komvux-offers/{SKANE_OFFER}/"),
        ("put", f"/api/v1/komvux-offers/{SKANE_OFFER}/"),
        ("delete", f"/api/v1/komvux-offers/{SKANE_OFFER}/"),
    ],
)
def test_anonymous_writes_are_refused_with_401_naming_the_scheme(method: str, path: str) -> None:
    response = getattr(APIClient(), method)(path, {"name": "x"}, format="json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response.json()["error"]["code"] == "not_authenticated"
    assert KomvuxOffer.objects.get(slug=SKANE_OFFER).name != "x"


# --- A regional editor: their region only ---------------------------------------------------


def test_regional_editor_creates_a_published_record_in_their_region(skane_editor) -> None:
    response = skane_editor.post("/api/v1/komvux-offers/", new_offer(), format="json")
    assert response.status_code == 201, response.content
    offer = KomvuxOffer.objects.get(slug="ny-kurs")
    assert offer.live and offer.owner_region.code == "12"
    assert offer.start_dates == ["2030-08-18", "2031-01-20"]
    assert list(offer.open_to.values_list("code", flat=True)) == ["1293"]
    assert APIClient().get("/api/v1/komvux-offers/ny-kurs/").status_code == 200
    revision = offer.latest_revision
    assert revision is not None and revision.user.username == "skane-editor"
    actions = set(ModelLogEntry.objects.for_instance(offer).values_list("action", "user__username"))
    assert {("wagtail.create", "skane-editor"), ("wagtail.publish", "skane-editor")} <= actions


def test_regional_editor_cannot_create_in_another_region_or_nationally(skane_editor) -> None:
    other = skane_editor.post("/api/v1/komvux-offers/", new_offer("08", "0862"), format="json")
    assert other.status_code == 403
    assert "Kalmar" in other.json()["error"]["message"]
    national = skane_editor.post(
        "/api/v1/credentials/",
        {"slug": "nytt-intyg", "name": "Nytt intyg", "kind": "certificate", "issuer": "byn"},
        format="json",
    )
    assert national.status_code == 403
    assert national.json()["error"]["code"] == "permission_denied"
    assert not KomvuxOffer.objects.filter(slug="ny-kurs").exists()
    assert not Credential.objects.filter(slug="nytt-intyg").exists()


def test_regional_editor_changes_their_region_s_record_with_a_revision(skane_editor) -> None:
    offer = KomvuxOffer.objects.get(slug=SKANE_OFFER)
    revisions = offer.revisions.count()
    response = skane_editor.patch(
        f"/api/v1/komvux-offers/{SKANE_OFFER}/",
        {"course_code": "GYLLAG01", "validation_models": ["truck"]},
        format="json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["course_code"] == "GYLLAG01"
    offer.refresh_from_db()
    assert offer.course_code == "GYLLAG01" and offer.live
    assert [m.slug for m in offer.validation_models.all()] == ["truck"]
    assert offer.revisions.count() == revisions + 1
    assert offer.latest_revision.user.username == "skane-editor"
    assert APIClient().get(f"/api/v1/komvux-offers/{SKANE_OFFER}/").json()["course_code"] == (
        "GYLLAG01"
    )


@pytest.mark.parametrize("method", ["patch", "put", "delete"])
def test_regional_editor_cannot_touch_another_region_s_record(skane_editor, method) -> None:
    before = KomvuxOffer.objects.get(slug=KALMAR_OFFER)
    response = getattr(skane_editor, method)(
        f"/api/v1/komvux-offers/{KALMAR_OFFER}/", new_offer("08", "0862"), format="json"
    )
    assert response.status_code == 403
    assert "Kalmar" in response.json()["error"]["message"]
    after = KomvuxOffer.objects.get(slug=KALMAR_OFFER)
    assert (after.name, after.revisions.count()) == (before.name, before.revisions.count())


@pytest.mark.parametrize("method", ["patch", "delete"])
def test_regional_editor_cannot_touch_national_records(skane_editor, method) -> None:
    response = getattr(skane_editor, method)(
        f"/api/v1/credentials/{NATIONAL_CREDENTIAL}/", {"name": "x"}, format="json"
    )
    assert response.status_code == 403
    assert "nationell" in response.json()["error"]["message"]
    assert Credential.objects.get(slug=NATIONAL_CREDENTIAL).name != "x"


def test_regional_editor_cannot_move_a_record_out_of_their_region(skane_editor) -> None:
    response = skane_editor.patch(
        f"/api/v1/komvux-offers/{SKANE_OFFER}/", {"owner_region": "08"}, format="json"
    )
    assert response.status_code == 403
    assert KomvuxOffer.objects.get(slug=SKANE_OFFER).owner_region.code == "12"


def test_regional_editor_deletes_their_region_s_record(skane_editor) -> None:
    response = skane_editor.delete(f"/api/v1/komvux-offers/{SKANE_OFFER}/")
    assert response.status_code == 204
    assert not KomvuxOffer.objects.filter(slug=SKANE_OFFER).exists()
    assert ModelLogEntry.objects.filter(
        action="wagtail.delete", user__username="skane-editor"
    ).exists()


# --- A regional developer: drafts only --------------------------------------------------------


def test_regional_developer_saves_drafts_and_may_not_publish(skane_developer) -> None:
    published = skane_developer.post("/api/v1/komvux-offers/", new_offer(), format="json")
    assert published.status_code == 403
    assert published.json()["error"]["code"] == "permission_denied"
    draft = skane_developer.post("/api/v1/komvux-offers/?publish=false", new_offer(), format="json")
    assert draft.status_code == 201, draft.content
    assert not KomvuxOffer.objects.get(slug="ny-kurs").live
    assert APIClient().get("/api/v1/komvux-offers/ny-kurs/").status_code == 404
    changed = skane_developer.patch(
        "/api/v1/komvux-offers/ny-kurs/?publish=false", {"name": "Lager"}, format="json"
    )
    assert changed.status_code == 200
    assert KomvuxOffer.objects.get(slug="ny-kurs").name == "Lager"
    assert skane_developer.delete("/api/v1/komvux-offers/ny-kurs/").status_code == 204


def test_a_draft_change_to_a_published_record_stays_private_until_published(
    skane_developer, skane_editor
) -> None:
    offer = KomvuxOffer.objects.get(slug=SKANE_OFFER)
    open_to = {m.code for m in offer.open_to.all()}
    response = skane_developer.patch(
        f"/api/v1/komvux-offers/{SKANE_OFFER}/?publish=false",
        {"name": "Lager och truck, kvällstid", "open_to": ["1293", "1290"]},
        format="json",
    )
    assert response.status_code == 200, response.content
    public = APIClient().get(f"/api/v1/komvux-offers/{SKANE_OFFER}/").json()
    assert public["name"] == offer.name
    assert set(public["open_to"]) == open_to
    offer.refresh_from_db()
    assert offer.has_unpublished_changes
    draft = offer.get_latest_revision_as_object()
    assert draft.name == "Lager och truck, kvällstid"
    assert {m.code for m in draft.open_to.all()} == {"1293", "1290"}
    # A developer may not publish it; the region's editor publishes the draft as it stands.
    assert skane_developer.delete(f"/api/v1/komvux-offers/{SKANE_OFFER}/").status_code == 403
    published = skane_editor.patch(f"/api/v1/komvux-offers/{SKANE_OFFER}/", {}, format="json")
    assert published.status_code == 200, published.content
    public = APIClient().get(f"/api/v1/komvux-offers/{SKANE_OFFER}/").json()
    assert public["name"] == "Lager och truck, kvällstid"
    assert set(public["open_to"]) == {"1293", "1290"}


def test_drafts_of_other_regions_are_not_found_for_writes(skane_editor) -> None:
    KomvuxOffer.objects.filter(slug=KALMAR_OFFER).update(live=False)
    response = skane_editor.patch(f"/api/v1/komvux-offers/{KALMAR_OFFER}/", {"name": "x"})
    assert response.status_code == 404


# --- A national editor: everywhere ------------------------------------------------------------


def test_national_editor_changes_national_and_regional_records(national_editor) -> None:
    credential = national_editor.patch(
        f"/api/v1/credentials/{NATIONAL_CREDENTIAL}/", {"seqf_level": 4}, format="json"
    )
    offer = national_editor.patch(
        f"/api/v1/komvux-offers/{KALMAR_OFFER}/", {"course_code": "SVE01"}, format="json"
    )
    assert (credential.status_code, offer.status_code) == (200, 200)
    assert Credential.objects.get(slug=NATIONAL_CREDENTIAL).seqf_level == 4
    assert KomvuxOffer.objects.get(slug=KALMAR_OFFER).course_code == "SVE01"


def test_a_model_s_steps_are_replaced_in_the_order_given(national_editor) -> None:
    steps = [
        {"kind": "mapping", "title": "Kartläggning"},
        {"kind": "practical_test", "title": "Praktiskt prov", "duration": "1 dag"},
        {"kind": "certification", "title": "Intyg"},
    ]
    response = national_editor.patch(
        "/api/v1/validation-models/svets/", {"steps": steps}, format="json"
    )
    assert response.status_code == 200, response.content
    model = ValidationModel.objects.get(slug="svets")
    assert [s.title for s in model.steps.order_by("sort_order")] == [
        "Kartläggning",
        "Praktiskt prov",
        "Intyg",
    ]
    shown = APIClient().get("/api/v1/validation-models/svets/").json()["steps"]
    assert [s["title"] for s in shown] == ["Kartläggning", "Praktiskt prov", "Intyg"]


def test_deleting_a_record_still_in_use_is_a_409_naming_the_users(national_editor) -> None:
    response = national_editor.delete("/api/v1/actors/svetskommissionen/")
    assert response.status_code == 409
    assert "IW-diplom" in response.json()["error"]["message"]


# --- Validation ------------------------------------------------------------------------------


def test_invalid_values_are_a_400_with_a_message_per_field(skane_editor) -> None:
    offer = new_offer()
    offer.update(level="doctorate", start_dates=["20 jan"], municipality="0000")
    del offer["name"]
    response = skane_editor.post("/api/v1/komvux-offers/", offer, format="json")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert {"name", "level", "start_dates", "municipality"} <= set(error["fields"])


def test_a_non_komvux_provider_is_refused_by_the_model_s_rule(skane_editor) -> None:
    offer = new_offer()
    offer["provider"] = "arbetsmarknadsenheten-hassleholm"
    response = skane_editor.post("/api/v1/komvux-offers/", offer, format="json")
    assert response.status_code == 400
    assert "Komvux" in response.json()["error"]["fields"]["provider"][0]
