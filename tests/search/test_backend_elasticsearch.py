"""The backend contract on the real Elasticsearch node."""

from __future__ import annotations

import pytest

from search.backends.base import SearchQuery
from tests.search.contract import BackendContract


@pytest.mark.elasticsearch
class TestElasticsearch(BackendContract):
    backend_module = "search.backends.elasticsearch"


@pytest.mark.elasticsearch
@pytest.mark.django_db
@pytest.mark.parametrize(("replicas", "expected"), [("2", "2"), ("0-all", "0")])
def test_shards_and_replicas_are_settings(make_backend, settings, replicas, expected) -> None:
    settings.SEARCH_INDEX_SHARDS = 2
    settings.SEARCH_INDEX_REPLICAS = replicas
    backend = make_backend("search.backends.elasticsearch")
    (index,) = backend.client.indices.get_alias(name=backend.alias)
    found = backend.client.indices.get_settings(index=index)[index]["settings"]["index"]
    assert found["number_of_shards"] == "2"
    # A fixed number switches auto-expansion off; a range lets the one test node keep 0.
    assert found["number_of_replicas"] == expected
    assert found.get("auto_expand_replicas", "false") == (
        "false" if "-" not in replicas else replicas
    )
    assert backend.search(SearchQuery(text="svetsare")).hits


@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_a_dead_node_in_the_list_is_passed_over(make_backend, settings) -> None:
    live = settings.ELASTICSEARCH_URL
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:9,{live}"  # nothing listens on port 9
    backend = make_backend("search.backends.elasticsearch")
    results = [backend.search(SearchQuery(text="svetsare")) for _ in range(4)]
    assert not any(result.degraded for result in results)
    assert all(result.hits for result in results)


@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_a_failed_part_of_the_search_is_answered_from_the_database(make_backend) -> None:
    # The page and its counts go in one _msearch, whose answer is 200 even when a part failed:
    # here the live index is gone (an operator deleted it), and the node says so per part.
    backend = make_backend("search.backends.elasticsearch")
    (index,) = backend.client.indices.get_alias(name=backend.alias)
    backend.client.indices.delete(index=index)
    result = backend.search(SearchQuery(text="svetsare"))
    assert result.degraded
    assert "Validering av svetsare (Svetskommissionen)" in [hit.title for hit in result.hits]
