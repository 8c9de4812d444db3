"""Helpers for the communication tests: HTML parsing and a snapshot of every table."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.apps import apps


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def row_counts() -> dict[str, int]:
    """Row counts of every model: a request that stores nothing leaves them all unchanged."""
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


@pytest.fixture
def parse():
    return soup
