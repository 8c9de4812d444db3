"""App configuration for the coordination tools (issue 19)."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoordinationConfig(AppConfig):
    """Work placements, event sign-up, request follow-up and the knowledge library."""

    name = "coordination"
    label = "coordination"
    verbose_name = _("Coordination")

    def ready(self) -> None:
        """Register the region-scoped permission policies before Wagtail builds fallbacks, the
        retention rules of sign-ups and employers' offers, and the follow-up of new requests.

        Placements and sign-ups are read only by the region's own roles (unlike registry
        records, which every editor may read), so ``setup_regional_groups`` gives the regional
        groups their permissions and the policy limits them to the group's region.
        """
        from wagtail.permissions import register_permission_policy

        from coordination.models import LibraryDocument, Placement, Registration, RequestFollowUp
        from coordination.permissions import RegionScopedPermissionPolicy
        from hub.content_version import watch
        from hub.permission_policies import RegionalPermissionPolicy

        register_permission_policy(
            LibraryDocument, RegionalPermissionPolicy(LibraryDocument), exact_class=True
        )
        register_permission_policy(
            Placement, RegionScopedPermissionPolicy(Placement), exact_class=True
        )
        for model in (Registration, RequestFollowUp):
            register_permission_policy(
                model, RegionScopedPermissionPolicy(model, region_field="region"), exact_class=True
            )
        # Public content (a sign-up changes an event's free seats); follow-ups are internal.
        watch(LibraryDocument, Placement, Registration)
        from django.db.models.signals import post_save

        from communication.models import ResourceRequestSubmission
        from coordination.requests import follow_up_new_request
        from coordination.retention import RULES
        from hub.retention import register

        for rule in RULES:
            register(rule)

        post_save.connect(
            follow_up_new_request,
            sender=ResourceRequestSubmission,
            dispatch_uid="coordination.follow_up_new_request",
        )
