"""App configuration for the hub core."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    """The project core; owns shared templates, static files, health and demo loading."""

    name = "hub"
    label = "hub"
    verbose_name = _("Hub")
