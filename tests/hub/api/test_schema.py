"""The committed OpenAPI schema is the code's, and its documentation page works offline."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import Client

pytestmark = pytest.mark.django_db

COMMITTED = Path(settings.BASE_DIR) / "docs" / "openapi.yaml"


def test_the_committed_schema_matches_the_code(tmp_path: Path) -> None:
    generated = tmp_path / "openapi.yaml"
    call_command("spectacular", "--lang", "en", "--file", str(generated), stderr=io.StringIO())
    assert generated.read_text() == COMMITTED.read_text(), (
        "docs/openapi.yaml is out of date: run `make openapi` and commit the result."
    )


def test_the_schema_documents_every_registry_endpoint_with_errors_and_examples() -> None:
    schema = yaml.safe_load(COMMITTED.read_text())
    paths = schema["paths"]
    for endpoint in (
        "validation-models",
        "credentials",
        "komvux-offers",
        "actors",
        "checklists",
        "regions",
        "municipalities",
        "industries",
        "occupations",
    ):
        listing = paths[f"/api/v1/{endpoint}/"]["get"]
        assert listing["description"] and listing["summary"]
        assert {"200", "400", "429"} <= set(listing["responses"])
        assert "text/csv" in listing["responses"]["200"]["content"]
    assert (
        "application/ld+json"
        in (paths["/api/v1/credentials/{slug}/"]["get"]["responses"]["200"]["content"])
    )
    assert "apiToken" in schema["components"]["securitySchemes"]
    examples = [
        operation
        for path in paths.values()
        for operation in path.values()
        if any(
            "examples" in c
            for r in operation["responses"].values()
            for c in r.get("content", {}).values()
        )
    ]
    assert examples, "the schema shows example responses"


def test_the_schema_is_served_and_the_docs_page_needs_no_cdn(client: Client) -> None:
    assert client.get("/api/v1/schema/").status_code == 200
    page = client.get("/api/v1/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in html
    assert "cdn" not in html.lower()
    asset = html.split('src="', 2)[1].split('"', 1)[0]
    assert finders.find(asset.removeprefix(settings.STATIC_URL)), f"{asset} is shipped locally"
    assert client.get("/api/v1/redoc/").status_code == 200
