"""The backend contract on the real Elasticsearch node."""

from __future__ import annotations

import pytest

from tests.search.contract import BackendContract


@pytest.mark.elasticsearch
class TestElasticsearch(BackendContract):
    backend_module = "search.backends.elasticsearch"
