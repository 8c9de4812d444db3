"""Find the public views other apps add, so browser tests cover them once they are merged."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, get_resolver


def parameterless_url_names(namespace: str) -> list[str]:
    """Return the names (``namespace:name``) of a namespace's URLs that take no parameters."""
    names = []

    def walk(patterns: list, current: str | None) -> None:
        for entry in patterns:
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, entry.namespace or current)
            elif isinstance(entry, URLPattern) and current == namespace and entry.name:
                if not entry.pattern.regex.groups:
                    names.append(f"{namespace}:{entry.name}")

    walk(get_resolver().url_patterns, None)
    return names
