"""Public reads: each endpoint's shape, filters as on the public lists, search, expansion."""

from __future__ import annotations

import pytest
from django.test import Client
from rest_framework.test import APIClient

from branch_models.models import Credential, KomvuxOffer, ValidationModel
from tests.branch_models.pages import listed
from tests.hub.api.helpers import list_all

pytestmark = pytest.mark.django_db

RECORD_FIELDS = {
    "url",
    "slug",
    "page_url",
    "owner_region",
    "source_url",
    "last_reviewed",
    "review_overdue",
    "is_demo",
    "updated_at",
    "name",
}
# endpoint, one record's identifier, fields the record shows beyond the common ones
RECORDS = [
    (
        "validation-models",
        "svets",
        {"industry", "owner", "occupations", "competences", "steps", "credentials"},
    ),
    ("credentials", "iw-diplom", {"kind", "issuer", "validation_models", "can_do", "seqf_level"}),
    (
        "komvux-offers",
        "komvux-hassleholm-sfi-lager-truck",
        {"provider", "municipality", "level", "sfi_combination", "start_dates", "open_to"},
    ),
    ("actors", "komvux-kristianstad", {"kind", "municipalities", "languages", "roles"}),
    (
        "checklists",
        "valideringsunderlag-kulturtolk-forskola",
        {"industry", "workplace", "based_on", "sections"},
    ),
]
REFERENCE = [
    ("regions", "12", {"code": "12", "name": "Skåne län"}),
    ("municipalities", "1273", {"code": "1273", "name": "Osby", "region": "12"}),
    ("industries", "C", {"code": "C"}),
    ("occupations", "7212", {"code": "7212"}),
]


@pytest.fixture
def api() -> APIClient:
    return APIClient()


# --- Shapes --------------------------------------------------------------------------------


@pytest.mark.parametrize(("endpoint", "slug", "fields"), RECORDS)
def test_record_list_and_detail_shapes(api: APIClient, endpoint: str, slug: str, fields: set):
    page = api.get(f"/api/v1/{endpoint}/").json()
    assert set(page) == {"next", "previous", "results"}
    assert page["results"], "the demo data has records of every kind"
    assert RECORD_FIELDS | fields <= set(page["results"][0])

    detail = api.get(f"/api/v1/{endpoint}/{slug}/")
    assert detail.status_code == 200
    record = detail.json()
    assert record["slug"] == slug
    assert record["url"] == f"http://testserver/api/v1/{endpoint}/{slug}/"
    assert record["page_url"].startswith("http://testserver/")
    assert Client().get(record["page_url"]).status_code == 200


@pytest.mark.parametrize(("endpoint", "code", "expected"), REFERENCE)
def test_reference_data_by_official_code(api: APIClient, endpoint: str, code: str, expected):
    record = api.get(f"/api/v1/{endpoint}/{code}/").json()
    assert expected.items() <= record.items()
    assert api.get(f"/api/v1/{endpoint}/").json()["results"]


def test_competences_are_listed_with_their_esco_links(api: APIClient) -> None:
    competences = list_all(api, "/api/v1/competences/?page_size=100")
    assert competences and set(competences[0]) == {"name", "esco_uri"}


def test_a_model_shows_its_steps_in_order_and_identifiers_not_ids(api: APIClient) -> None:
    record = api.get("/api/v1/validation-models/svets/").json()
    model = ValidationModel.objects.get(slug="svets")
    assert [step["title"] for step in record["steps"]] == [
        step.title for step in model.steps.order_by("sort_order")
    ]
    assert set(record["steps"][0]) == {"kind", "title", "description", "duration"}
    assert record["industry"] == "C"
    assert "7212" in record["occupations"]
    assert record["owner"] == "svetskommissionen"
    assert {"iw-diplom", "svets-valideringsintyg"} <= set(record["credentials"])


def test_municipalities_filter_by_region_and_occupations_by_name(api: APIClient) -> None:
    codes = {m["code"] for m in list_all(api, "/api/v1/municipalities/?region=12&page_size=100")}
    assert {"1273", "1293"} <= codes and all(code.startswith("12") for code in codes)
    occupations = list_all(api, "/api/v1/occupations/?name=svets")
    assert "7212" in {o["code"] for o in occupations}


# --- Filters: exactly what the public list pages show ---------------------------------------

SAME_QUERIES = [
    ("/valideringsmodeller/", "validation-models", "occupation=7212"),
    ("/valideringsmodeller/", "validation-models", "industry=C"),
    ("/valideringsmodeller/", "validation-models", "municipality=1273"),
    ("/valideringsmodeller/", "validation-models", "region=19&method_family=industry"),
    ("/valideringsmodeller/", "validation-models", "credential_level=4"),
    ("/valideringsmodeller/", "validation-models", "language=ar"),
    ("/intyg/", "credentials", "seqf_level=4"),
    ("/intyg/", "credentials", "kind=certificate&industry=C"),
    ("/intyg/", "credentials", "issuer=svetskommissionen"),
    ("/komvux/", "komvux-offers", "municipality=1293&sfi_combination=true"),
    ("/komvux/", "komvux-offers", "region=08&level=sfi"),
    ("/komvux/", "komvux-offers", "model=svets&validation_offered=true"),
    ("/aktorer/", "actors", "kind=komvux&region=12"),
    ("/aktorer/", "actors", "role=assessment&language=en"),
    ("/aktorer/", "actors", "municipality=1290"),
    ("/checklistor/", "checklists", "industry=Q"),
    ("/valideringsmodeller/", "validation-models", ""),
    ("/komvux/", "komvux-offers", ""),
]


@pytest.mark.parametrize(("page", "endpoint", "query"), SAME_QUERIES)
def test_api_filters_list_what_the_public_page_lists(
    client: Client, api: APIClient, page: str, endpoint: str, query: str
) -> None:
    on_page = listed(client, f"{page}?{query}")
    assert on_page, "each query finds demo records, so an empty answer cannot pass"
    in_api = {r["slug"] for r in list_all(api, f"/api/v1/{endpoint}/?{query}&page_size=7")}
    assert in_api == on_page


def test_an_invalid_filter_value_is_a_400_naming_the_field(api: APIClient) -> None:
    response = api.get("/api/v1/komvux-offers/?municipality=9999&level=sfi")
    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"municipality"}


# --- Ordering and cursor pages ----------------------------------------------------------------


def test_cursor_pages_walk_every_record_once_in_the_asked_order(api: APIClient) -> None:
    walked = list_all(api, "/api/v1/komvux-offers/?ordering=-name&page_size=3")
    names = [r["name"] for r in walked]
    assert len(walked) == KomvuxOffer.objects.public().count()
    assert len({r["slug"] for r in walked}) == len(walked)
    assert names == sorted(names, reverse=True)
    first = api.get("/api/v1/komvux-offers/?page_size=3").json()
    assert "cursor=" in first["next"] and first["previous"] is None


def test_unknown_ordering_is_refused_with_the_valid_choices(api: APIClient) -> None:
    response = api.get("/api/v1/credentials/?ordering=pk")
    assert response.status_code == 400
    assert "name" in response.json()["error"]["fields"]["ordering"][0]


# --- Free text through the search app -------------------------------------------------------


def test_free_text_finds_records_through_search_best_first(api: APIClient) -> None:
    results = list_all(api, "/api/v1/validation-models/?q=svetsare")
    assert results[0]["slug"] == "svets"


def test_free_text_combines_with_filters(api: APIClient) -> None:
    everywhere = {r["slug"] for r in list_all(api, "/api/v1/komvux-offers/?q=truck")}
    in_hassleholm = {
        r["slug"] for r in list_all(api, "/api/v1/komvux-offers/?q=truck&municipality=1293")
    }
    assert in_hassleholm == {"komvux-hassleholm-sfi-lager-truck"}
    assert in_hassleholm < everywhere


def test_free_text_without_hits_is_an_empty_list(api: APIClient) -> None:
    assert api.get("/api/v1/credentials/?q=qwxzyv").json()["results"] == []


# --- Expansion ---------------------------------------------------------------------------------


def test_expand_shows_related_records_as_their_endpoints_do(api: APIClient) -> None:
    plain = api.get("/api/v1/credentials/iw-diplom/").json()
    expanded = api.get("/api/v1/credentials/iw-diplom/?expand=issuer,validation_models").json()
    assert plain["issuer"] == "svetskommissionen"
    assert expanded["issuer"] == api.get("/api/v1/actors/svetskommissionen/").json()
    assert {m["slug"] for m in expanded["validation_models"]} == set(plain["validation_models"])
    # One level only: the expanded model names its own relations by identifier.
    assert all(isinstance(m["industry"], str) for m in expanded["validation_models"])


def test_expand_of_an_unknown_field_is_a_400_naming_the_choices(api: APIClient) -> None:
    response = api.get("/api/v1/credentials/?expand=owner")
    assert response.status_code == 400
    message = response.json()["error"]["fields"]["expand"][0]
    assert "issuer" in message and "validation_models" in message


# --- CSV -------------------------------------------------------------------------------------


def test_csv_exports_the_whole_filtered_list(api: APIClient, client: Client) -> None:
    for request in (
        {"path": "/api/v1/komvux-offers/", "data": {"region": "12", "format": "csv"}},
        {"path": "/api/v1/komvux-offers.csv", "data": {"region": "12"}},
        {"path": "/api/v1/komvux-offers/", "data": {"region": "12"}, "HTTP_ACCEPT": "text/csv"},
    ):
        response = api.get(**request)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        lines = response.content.decode("utf-8-sig").splitlines()
        assert lines[0].startswith("url,slug,page_url,owner_region")
        slugs = {line.split(",")[1] for line in lines[1:]}
        assert slugs == listed(client, "/komvux/?region=12")


def test_csv_joins_codes_and_keeps_an_empty_list_s_header(api: APIClient) -> None:
    text = api.get("/api/v1/credentials/?format=csv&seqf_level=4").content.decode("utf-8-sig")
    header, *rows = text.splitlines()
    assert "validation_models" in header.split(",")
    empty = api.get("/api/v1/credentials/?format=csv&q=qwxzyv").content.decode("utf-8-sig")
    assert empty.splitlines() == [header]
    assert len(rows) == Credential.objects.public().filter(seqf_level=4).count()


def test_the_counsellor_example_of_docs_api_md(api: APIClient) -> None:
    models = list_all(
        api, "/api/v1/validation-models/?occupation=7212&municipality=1273&expand=credentials"
    )
    assert "svets" in {m["slug"] for m in models}
    svets = next(m for m in models if m["slug"] == "svets")
    assert svets["steps"] and all("seqf_level" in c for c in svets["credentials"])
    offers = list_all(api, "/api/v1/komvux-offers/?region=12&sfi_combination=true")
    assert offers and all(o["sfi_combination"] for o in offers)
