"""The registry lists' filters narrow the demo data as a counsellor expects, through the pages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from branch_models.filters import CredentialFilter, KomvuxOfferFilter, ValidationModelFilter
from branch_models.models import (
    Actor,
    ChecklistTemplate,
    Credential,
    KomvuxOffer,
    Region,
    ValidationModel,
)
from tests.branch_models.pages import get_page, listed

pytestmark = pytest.mark.django_db


# --- The questions the brief names ----------------------------------------------------------


def test_offers_in_hassleholm_combined_with_sfi(client: Client) -> None:
    assert listed(client, "/komvux/?municipality=1293&sfi_combination=true") == {
        "komvux-hassleholm-sfi-lager-truck",
        "komvux-hassleholm-sfi-restaurang",
    }


def test_models_for_welders_ssyk_7212(client: Client) -> None:
    assert listed(client, "/valideringsmodeller/?occupation=7212") == {"svets"}


def test_credentials_at_seqf_level_4(client: Client) -> None:
    assert listed(client, "/intyg/?seqf_level=4") == {
        "yrkesbevis-trarbetare",
        "sry-yrkesbevis-stadservice",
    }


# --- Every filter, checked against a plain-Python reading of the demo data -------------------


def _live_credentials(model: ValidationModel) -> list[Credential]:
    return [c for c in model.credentials.all() if c.live]


def _model_industries(credential: Credential) -> set[str]:
    return {m.industry.code for m in credential.validation_models.all() if m.live}


def _serves_region(actor: Actor, code: str) -> bool:
    owner = actor.owner_region.code if actor.owner_region else None
    return owner == code or any(m.region.code == code for m in actor.municipalities.all())


CASES: list[tuple[str, str, type, Callable[[object], bool]]] = [
    ("/valideringsmodeller/", "industry=Q", ValidationModel, lambda m: m.industry.code == "Q"),
    (
        "/valideringsmodeller/",
        "method_family=ocn",
        ValidationModel,
        lambda m: m.method_family == "ocn",
    ),
    (
        "/valideringsmodeller/",
        "language=en",
        ValidationModel,
        lambda m: "en" in m.assessment_languages,
    ),
    (
        "/valideringsmodeller/",
        "credential_kind=grade",
        ValidationModel,
        lambda m: any(c.kind == "grade" for c in _live_credentials(m)),
    ),
    (
        "/valideringsmodeller/",
        "credential_level=4",
        ValidationModel,
        lambda m: any(c.seqf_level == 4 for c in _live_credentials(m)),
    ),
    ("/valideringsmodeller/", "status=retired", ValidationModel, lambda m: m.status == "retired"),
    ("/intyg/", "kind=trade_certificate", Credential, lambda c: c.kind == "trade_certificate"),
    ("/intyg/", "industry=F", Credential, lambda c: "F" in _model_industries(c)),
    ("/intyg/", "issuer=byn", Credential, lambda c: c.issuer.slug == "byn"),
    ("/komvux/", "region=08", KomvuxOffer, lambda o: o.municipality.region.code == "08"),
    ("/komvux/", "municipality=1983", KomvuxOffer, lambda o: o.municipality.code == "1983"),
    ("/komvux/", "level=sfi", KomvuxOffer, lambda o: o.level == "sfi"),
    (
        "/komvux/",
        "study_form=apprenticeship",
        KomvuxOffer,
        lambda o: o.study_form == "apprenticeship",
    ),
    ("/komvux/", "sfi_combination=false", KomvuxOffer, lambda o: not o.sfi_combination),
    ("/komvux/", "validation_offered=true", KomvuxOffer, lambda o: o.validation_offered),
    (
        "/komvux/",
        "model=svets",
        KomvuxOffer,
        lambda o: "svets" in {m.slug for m in o.validation_models.all()},
    ),
    ("/aktorer/", "kind=komvux", Actor, lambda a: a.kind == "komvux"),
    ("/aktorer/", "region=12", Actor, lambda a: _serves_region(a, "12")),
    (
        "/aktorer/",
        "municipality=1290",
        Actor,
        lambda a: "1290" in {m.code for m in a.municipalities.all()},
    ),
    ("/aktorer/", "role=issuing", Actor, lambda a: "issuing" in a.roles),
    ("/aktorer/", "language=en", Actor, lambda a: "en" in a.languages),
    ("/checklistor/", "industry=Q", ChecklistTemplate, lambda c: c.industry.code == "Q"),
]


@pytest.mark.parametrize(
    ("path", "query", "model", "matches"), CASES, ids=[f"{p}?{q}" for p, q, _, _ in CASES]
)
def test_filter_shows_exactly_the_matching_published_records(
    client: Client, path: str, query: str, model: type, matches: Callable[[object], bool]
) -> None:
    published = list(model.objects.public())
    expected = {record.slug for record in published if matches(record)}
    shown = listed(client, f"{path}?{query}")
    assert shown == expected
    assert shown, "the demo data should have a match, or the test proves nothing"
    assert len(shown) < len(published), "the filter should narrow the list"


def test_place_filters_keep_nationwide_models_and_drop_other_regions(client: Client) -> None:
    handel = ValidationModel.objects.get(slug="handel")
    handel.regions.set([Region.objects.get(code="12")])
    handel.save()  # a parental relation is written with its record
    everything = listed(client, "/valideringsmodeller/")

    in_vastmanland = listed(client, "/valideringsmodeller/?region=19")
    assert in_vastmanland == everything - {"handel"}
    assert "handel" in listed(client, "/valideringsmodeller/?region=12")
    assert "handel" not in listed(client, "/valideringsmodeller/?municipality=1983")
    assert "handel" in listed(client, "/valideringsmodeller/?municipality=1293")


def test_place_filters_find_a_model_through_a_provider_in_the_municipality(
    client: Client,
) -> None:
    truck = ValidationModel.objects.get(slug="truck")
    truck.regions.set([Region.objects.get(code="08")])
    truck.save()
    assert "truck" not in listed(client, "/valideringsmodeller/?municipality=1983")

    truck.providers.add(Actor.objects.get(slug="komvux-koping"))  # serves Köping (1983)
    truck.save()
    assert "truck" in listed(client, "/valideringsmodeller/?municipality=1983")
    assert "truck" in listed(client, "/valideringsmodeller/?region=19")


# --- Combining, summarising, clearing -------------------------------------------------------


def test_filters_combine(client: Client) -> None:
    assert listed(client, "/komvux/?region=12&level=sfi&study_form=flexible") == {
        "komvux-kristianstad-sfi",
        "komvux-ostra-goinge-sfi",
    }
    assert listed(client, "/valideringsmodeller/?method_family=industry&language=en") == {
        "bygg",
        "fastighetsskotare",
    }


def test_result_count_and_active_filter_summary_with_links_to_drop_each(client: Client) -> None:
    page = get_page(client, "/komvux/?municipality=1293&sfi_combination=true")
    assert page.find(id="results-heading").get_text(strip=True) == "2 resultat"
    summary = [li.get_text(" ", strip=True) for li in page.select(".active-filters li")]
    assert summary == [
        "Kommun: Hässleholm Ta bort filter Kommun",
        "Kombineras med SFI: Ja Ta bort filter Kombineras med SFI",
    ]
    removes = [a["href"] for a in page.select(".active-filters li a")]
    assert removes == ["?sfi_combination=true", "?municipality=1293"]
    clear = page.find("a", string="Rensa filter")
    assert clear["href"] == "/komvux/"


def test_form_keeps_the_chosen_values(client: Client) -> None:
    page = get_page(client, "/komvux/?municipality=1293&sfi_combination=true")
    assert page.select_one("#id_municipality option[selected]")["value"] == "1293"
    assert page.select_one("#id_sfi_combination option[selected]")["value"] == "true"
    assert page.select_one("#id_level option[selected]")["value"] == ""


def test_empty_result_says_so_and_suggests_removing_filters(client: Client) -> None:
    page = get_page(client, "/komvux/?municipality=1293&level=sfi")
    assert page.select(".record") == []
    notice = page.select_one(".results .notice").get_text(" ", strip=True)
    assert "Inget matchar filtren" in notice
    assert "Ta bort ett filter" in notice
    assert page.select_one(".results .notice a")["href"] == "/komvux/"


# --- Bad input: a message, never a 500 -------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/valideringsmodeller/?industry=ZZ", "industry"),
        ("/valideringsmodeller/?occupation=0000", "occupation"),
        ("/valideringsmodeller/?language=<script>", "language"),
        ("/intyg/?seqf_level=9", "seqf_level"),
        ("/intyg/?issuer=finns-inte", "issuer"),
        ("/komvux/?level=doktorand", "level"),
        ("/komvux/?municipality=12%2093", "municipality"),
        ("/aktorer/?role=%00", "role"),
        ("/checklistor/?industry=%C3%85", "industry"),
    ],
)
def test_unknown_filter_value_is_explained_in_swedish(client: Client, url: str, field: str) -> None:
    page = get_page(client, url)
    assert "Vissa filtervärden kändes inte igen" in page.select_one('[role="alert"]').get_text()
    control = page.find(id=f"id_{field}")
    assert control["aria-invalid"] == "true"
    error = page.find(id=control["aria-describedby"].split()[-1])
    assert "Välj ett giltigt alternativ" in error.get_text()


def test_valid_filters_still_apply_beside_an_invalid_one(client: Client) -> None:
    assert listed(client, "/komvux/?municipality=1293&level=doktorand") == listed(
        client, "/komvux/?municipality=1293"
    )


def test_a_yes_no_filter_ignores_nonsense(client: Client) -> None:
    assert listed(client, "/komvux/?sfi_combination=kanske") == listed(client, "/komvux/")


# --- Pagination ----------------------------------------------------------------------------


def test_pagination_splits_the_list_and_keeps_the_filters(client: Client) -> None:
    total = ValidationModel.objects.public().count()
    assert total > 20
    first = get_page(client, "/valideringsmodeller/")
    assert len(first.select(".record")) == 20
    assert "Visar 1–20 av" in first.select_one(".results__range").get_text()
    current = first.select_one('.pagination a[aria-current="page"]')
    assert current.get_text(" ", strip=True) == "Sida 1"

    second = get_page(client, "/valideringsmodeller/?page=2")
    assert len(second.select(".record")) == total - 20
    first_links = {a["href"] for a in first.select(".record h3 a")}
    assert not first_links & {a["href"] for a in second.select(".record h3 a")}

    filtered = get_page(client, "/aktorer/?role=guidance")
    assert filtered.select_one('.pagination a[rel="next"]')["href"] == "?role=guidance&page=2"


@pytest.mark.parametrize(
    ("page", "expected"), [("abc", "Sida 1"), ("999", "Sida 2"), ("-1", "Sida 2")]
)
def test_a_bad_page_number_shows_the_nearest_page(client: Client, page: str, expected: str) -> None:
    shown = get_page(client, f"/valideringsmodeller/?page={page}")
    assert shown.select_one('.pagination a[aria-current="page"]').get_text(" ", strip=True) == (
        expected
    )


# --- Only published data, also in the choices and for the API -------------------------------


def test_choices_offer_only_values_of_published_records(client: Client) -> None:
    def industries() -> set[str]:
        page = get_page(client, "/valideringsmodeller/")
        return {option["value"] for option in page.select("#id_industry option")}

    assert "S" in industries()  # only the hairdresser model is in SNI S
    for model in ValidationModel.objects.filter(industry__code="S", live=True):
        model.unpublish()  # as an editor does: the cached filter form follows it
    assert "S" not in industries()


@pytest.mark.parametrize(
    ("filterset", "data"),
    [
        (ValidationModelFilter, {"method_family": "industry"}),
        (CredentialFilter, {}),
        (KomvuxOfferFilter, {"level": "vocational"}),
    ],
)
def test_a_filterset_without_queryset_filters_published_records_only(filterset, data) -> None:
    model = filterset._meta.model
    draft = model.objects.filter(**data).first()
    draft.live = False
    draft.save(update_fields=["live"])
    shown = filterset(data).qs
    assert shown.exists()
    assert draft not in shown


def test_a_link_skips_the_form_to_the_results(client: Client) -> None:
    page = get_page(client, "/komvux/?municipality=1293")
    skip = page.select_one(".skip-to-results a")
    assert skip.get_text(strip=True) == "Gå till de 3 resultaten"
    assert page.find(id=skip["href"][1:]).select_one("h2").get_text(strip=True) == "3 resultat"
