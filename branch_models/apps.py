"""App configuration for the registry."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BranchModelsConfig(AppConfig):
    """The registry app; the package name is generic, so the label is explicit."""

    name = "branch_models"
    label = "branch_models"
    verbose_name = _("Registry")

    def ready(self) -> None:
        """Register the permission policies before Wagtail builds any fallback policy, the
        names that label the search facets over the registry's reference data, and the writer
        of plugins' data imports.

        Registry records are edited per owner region; reference data is shared by every region,
        so only national roles change it.
        """
        from wagtail.permissions import register_permission_policy

        from branch_models.importing import write_mapped_rows
        from branch_models.models import (
            Competence,
            Industry,
            Municipality,
            Occupation,
            Region,
            RegistryRecord,
        )
        from hub.content_version import watch
        from hub.permission_policies import NationalPermissionPolicy, RegionalPermissionPolicy
        from hub.plugins.registry import get_registry
        from search.facets import register_reference_labels

        for model in self.get_models():
            if issubclass(model, RegistryRecord):
                register_permission_policy(model, RegionalPermissionPolicy(model), exact_class=True)
        for model in (Region, Municipality, Industry, Occupation, Competence):
            register_permission_policy(model, NationalPermissionPolicy(model), exact_class=True)
        labelled = {
            "region": Region,
            "municipality": Municipality,
            "industry": Industry,
            "occupation": Occupation,
        }
        for facet, model in labelled.items():
            register_reference_labels(facet, model)
        # Records and reference data are all public content.
        watch(*self.get_models())
        # Plugins' data imports write records through the registry's one import path.
        get_registry().register_record_writer(write_mapped_rows)
