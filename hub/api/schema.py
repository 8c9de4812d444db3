"""OpenAPI schema generation settings (drf-spectacular)."""

from __future__ import annotations

from typing import Any

__all__ = ["public_api_only"]

PUBLIC_API_PREFIX = "/api/v1/"


def public_api_only(
    endpoints: list[tuple[str, Any, str, Any]], **kwargs: Any
) -> list[tuple[str, Any, str, Any]]:
    """Keep only the versioned public API; Wagtail's admin APIs are internal and not documented."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith(PUBLIC_API_PREFIX)]
