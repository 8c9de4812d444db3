"""App configuration for the communication pages."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunicationConfig(AppConfig):
    """The `communication` app; the package name is generic, so the label is explicit."""

    name = "communication"
    label = "communication"
    verbose_name = _("Communication")
