"""JSON-LD from the API: valid JSON-LD (pyld expands it) with the properties tools rely on."""

from __future__ import annotations

from typing import Any

import pytest
from pyld import jsonld
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db

SCHEMA = "https://schema.org/"
# The tests run without network: schema.org's context is given locally as what it amounts to
# for these documents, a vocabulary mapping every term to https://schema.org/<term>.
SCHEMA_CONTEXT = {"@context": {"@vocab": SCHEMA}}


def offline_loader(url: str, options: dict[str, Any]) -> dict[str, Any]:
    assert url.rstrip("/") in {"https://schema.org", "http://schema.org"}, url
    return {"contextUrl": None, "documentUrl": url, "document": SCHEMA_CONTEXT}


def expand(document: dict) -> dict:
    """Expand a document as a JSON-LD processor does; raises on invalid JSON-LD."""
    expanded = jsonld.expand(document, {"documentLoader": offline_loader})
    assert len(expanded) == 1
    return expanded[0]


def values(node: dict, term: str) -> list:
    return [v.get("@value", v.get("@id")) for v in node.get(SCHEMA + term, [])]


RECORDS = [
    ("credentials", "iw-diplom", "EducationalOccupationalCredential"),
    ("validation-models", "svets", "EducationalOccupationalProgram"),
    ("komvux-offers", "komvux-hassleholm-sfi-lager-truck", "Course"),
    ("actors", "komvux-kristianstad", "Organization"),
]


@pytest.mark.parametrize(("endpoint", "slug", "schema_type"), RECORDS)
def test_every_described_record_is_json_ld_by_accept_header_and_by_suffix(
    endpoint: str, slug: str, schema_type: str
) -> None:
    api = APIClient()
    by_header = api.get(f"/api/v1/{endpoint}/{slug}/", HTTP_ACCEPT="application/ld+json")
    by_suffix = api.get(f"/api/v1/{endpoint}/{slug}.jsonld")
    assert by_header["Content-Type"].startswith("application/ld+json")
    assert by_header.json() == by_suffix.json()
    node = expand(by_suffix.json())
    assert SCHEMA + schema_type in node["@type"]
    assert node["@id"].endswith(f"/{slug}/")
    assert values(node, "name")


def test_a_credential_names_its_issuer_and_competencies() -> None:
    node = expand(APIClient().get("/api/v1/credentials/iw-diplom.jsonld").json())
    issuer = node[SCHEMA + "recognizedBy"][0]
    assert values(issuer, "name") == ["Svetskommissionen"]
    competencies = node[SCHEMA + "competencyRequired"]
    assert competencies and all(values(c, "name") for c in competencies)
    assert values(node, "credentialCategory") or node[SCHEMA + "credentialCategory"]


def test_a_model_lists_its_ordered_steps_occupations_and_credentials() -> None:
    node = expand(APIClient().get("/api/v1/validation-models/svets.jsonld").json())
    assert len(node[SCHEMA + "step"]) >= 2
    occupations = node[SCHEMA + "occupationalCategory"]
    assert "7212" in {values(o, "codeValue")[0] for o in occupations}
    assert node[SCHEMA + "educationalCredentialAwarded"]


def test_lists_are_not_json_ld_and_say_so() -> None:
    response = APIClient().get("/api/v1/credentials/", HTTP_ACCEPT="application/ld+json")
    assert response.status_code == 406
    assert response.json()["error"]["code"] == "not_acceptable"
