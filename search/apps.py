"""App configuration for the public search."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The `search` app; the package name is generic, so the label is explicit."""

    name = "search"
    label = "search"
    verbose_name = _("Search")
