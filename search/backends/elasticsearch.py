"""Elasticsearch backend for production and scale, through the official client."""

from __future__ import annotations

from django.conf import settings
from elasticsearch import ApiError, Elasticsearch, TransportError

from search.backends.base import BackendHealth, BaseSearchBackend

__all__ = ["SearchBackend"]


class SearchBackend(BaseSearchBackend):
    """Search on an Elasticsearch cluster named by ``ELASTICSEARCH_URL``."""

    name = "elasticsearch"

    def __init__(self) -> None:
        self.client = Elasticsearch(
            settings.ELASTICSEARCH_URL, request_timeout=5, retry_on_timeout=False, max_retries=0
        )

    def health(self) -> BackendHealth:
        """Report cluster status and server version, or ``down`` when the node does not answer."""
        try:
            # Node info rather than `GET /`: the root endpoint lives in a module (rest-root) that
            # minimal distributions leave out.
            nodes = self.client.nodes.info(node_id="_local", filter_path="nodes.*.version")
            cluster = self.client.cluster.health()
        except (ApiError, TransportError) as exc:
            return BackendHealth(self.name, "down", {"error": type(exc).__name__})
        (node,) = nodes["nodes"].values()
        return BackendHealth(
            self.name, "ok", {"version": node["version"], "cluster_status": cluster["status"]}
        )
