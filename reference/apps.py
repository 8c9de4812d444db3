"""The reference app: data files and pure-Python lookups, no models of its own (yet)."""

from __future__ import annotations

from django.apps import AppConfig

__all__ = ["ReferenceConfig"]


class ReferenceConfig(AppConfig):
    """Registers the package so its data ships with the project; it has no start-up work."""

    name = "reference"
    label = "reference"
    verbose_name = "Reference data"
