"""App configuration for the registry."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BranchModelsConfig(AppConfig):
    """The registry app; the package name is generic, so the label is explicit."""

    name = "branch_models"
    label = "branch_models"
    verbose_name = _("Registry")
