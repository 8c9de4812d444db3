"""`load_demo` fills the site from the seeds, and running it again changes nothing."""

from __future__ import annotations

import io

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page, Revision

from branch_models.models import Actor, Credential, Municipality, Region, ValidationModel

SEED_MUNICIPALITIES = {
    "1272": "Bromölla",
    "1293": "Hässleholm",
    "1290": "Kristianstad",
    "1273": "Osby",
    "1256": "Östra Göinge",
    "1983": "Köping",
    "1984": "Arboga",
    "1960": "Kungsör",
    "0880": "Kalmar",
    "0882": "Oskarshamn",
}


def snapshot() -> dict[str, object]:
    """Row counts of every model plus the newest modification times of registry records."""
    counts = {model._meta.label: model.objects.count() for model in apps.get_models()}
    stamps = sorted(Actor.objects.values_list("slug", "updated_at"))
    return {"counts": counts, "actor_stamps": stamps, "revisions": Revision.objects.count()}


@pytest.mark.django_db
def test_load_demo_twice_changes_nothing() -> None:
    before = snapshot()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert snapshot() == before
    assert "(0 written)" in out.getvalue()
    assert "written)" in out.getvalue()
    assert all(
        line.endswith("(0 written)") for line in out.getvalue().splitlines() if "written" in line
    )


@pytest.mark.django_db
def test_demo_has_every_region_and_the_seed_municipalities_with_scb_codes() -> None:
    assert Region.objects.count() == 21
    assert Municipality.objects.count() == 290
    for code, name in SEED_MUNICIPALITIES.items():
        assert Municipality.objects.get(code=code).name == name
    assert Municipality.objects.get(code="1273").region.name == "Skåne län"


@pytest.mark.django_db
def test_demo_names_the_actors_of_the_seeds() -> None:
    names = " ".join(Actor.objects.values_list("name", flat=True))
    for expected in (
        "Arbetsförmedlingen",
        "Försäkringskassan",
        "Samordningsförbund",
        "Nordiskt Valideringsforum",
    ):
        assert expected.lower() in names.lower(), expected
    regions = set(Actor.objects.filter(kind="region").values_list("name", flat=True))
    for region in (
        "Region Västmanland",
        "Region Sörmland",
        "Region Uppsala",
        "Region Örebro län",
        "Region Östergötland",
    ):
        assert region in regions


@pytest.mark.django_db
def test_demo_has_a_home_page_and_pages_in_both_languages() -> None:
    live = Page.objects.live().filter(depth__gte=2)
    assert live.filter(locale__language_code="sv").count() >= 4
    assert live.filter(locale__language_code="en").count() >= 4


@pytest.mark.django_db
def test_every_industry_model_and_credential_names_its_source_and_review_date() -> None:
    for model in (ValidationModel, Credential):
        undated = model.objects.filter(last_reviewed__isnull=True).values_list("slug", flat=True)
        unsourced = model.objects.filter(source_url="").values_list("slug", flat=True)
        assert not undated and not unsourced, (model.__name__, list(undated), list(unsourced))
    for credential in Credential.objects.select_related("issuer"):
        # The issuing organisation's own site is where an employer confirms a credential.
        assert credential.source_url == credential.issuer.website, credential.slug
