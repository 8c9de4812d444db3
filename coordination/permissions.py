"""A permission policy for data only the owner region's roles may read.

Registry records are public knowledge, so every editor reads every region's records. Work
placements (with the coordinators' notes on suitability) and event sign-ups (personal data)
are not: reading them takes a role in their region too, as writing does.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Model, QuerySet

from hub.permission_policies import RegionalPermissionPolicy
from hub.permissions import ALL_REGIONS, User, can_write_in_region, regions_for

__all__ = ["RegionScopedPermissionPolicy", "visible_to"]


class RegionScopedPermissionPolicy(RegionalPermissionPolicy):
    """``RegionalPermissionPolicy`` whose ``view`` also needs a role in the owner region.

    ``hub.groups`` gives every regional group the Django permissions of models registered with
    a ``RegionalPermissionPolicy`` (this subclass included): the regional developers and editors
    are the region's coordinators.
    """

    def user_has_permission_for_instance(self, user: User, action: str, instance: Model) -> bool:
        """Judge ``view`` by region too; every other action as registry records are judged."""
        if action == "view":
            return self._has_django_permission(user, action) and can_write_in_region(
                user, getattr(instance, self.region_field)
            )
        return super().user_has_permission_for_instance(user, action, instance)

    def instances_user_has_any_permission_for(self, user: User, actions: Iterable[str]) -> QuerySet:
        """Return only the rows of the user's regions, whatever the actions."""
        actions = {a for a in actions if self._has_django_permission(user, a)}
        manager = self.model._default_manager
        if not actions:
            return manager.none()
        region_ids = regions_for(user)
        if region_ids is ALL_REGIONS:
            return manager.all()
        return manager.filter(**{f"{self.region_field}__in": region_ids})


def visible_to(user: User, model: type[Model]) -> QuerySet:
    """Return the rows of ``model`` the user may read (through its registered policy)."""
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(model)
    return policy.instances_user_has_any_permission_for(user, ["view"])
