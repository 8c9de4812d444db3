"""Schemathesis fuzzes the API's read operations against the committed schema (no network).

Each GET operation of docs/openapi.yaml gets a bounded number of generated requests, sent to
the Django WSGI application in-process, against the demo data. Every answer must be a
documented status with a documented content type whose body matches the schema, and none may
be a server error.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from django.conf import LazySettings, settings
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from hub.wsgi import application

schema = schemathesis.openapi.from_path(Path(settings.BASE_DIR) / "docs" / "openapi.yaml")
schema.app = application
# Requests valid under the schema: the API may be more lenient than the schema (it ignores an
# unknown ?lang=, takes the last of repeated parameters), which negative fuzzing would report.
schema.config.generation.update(modes=["positive"])
reads = schema.include(method="GET")
# What the acceptance asks: no server errors, and answers as documented. Reads are public by
# design, so the checks that expect the documented (optional) token to be required are left out.
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.fixture
def wsgi_in_test_transaction(settings: LazySettings) -> Iterator[None]:
    """Serve requests inside the test's transaction, with rates fuzzing does not exhaust.

    Django's handler closes the database connection when a request ends; the test client
    turns that off, and so does this fixture, or the rolled-back test transaction would be
    lost. Throttling has its own test.
    """
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "100000/min", "user": "100000/min"},
    }
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@reads.parametrize()
@hypothesis_settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    # The database fixture is per test and rolled back; hypothesis runs the examples inside it.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_read_operations_conform_to_the_schema(
    case: schemathesis.Case, wsgi_in_test_transaction
) -> None:
    case.call_and_validate(checks=CHECKS)
