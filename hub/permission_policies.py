"""Wagtail permission policies that add *where* (regional roles) to Django's *what* (permissions).

Django model permissions on a group say which actions its members may take on a model; the
group's ``RegionalRole`` says in which region. Wagtail's admin asks a model's registered policy
before every action, and our own write paths (``branch_models.services``) ask the same policy, so
the regional rule lives here and in ``hub.permissions`` only.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Model, Q, QuerySet
from wagtail.permission_policies import ModelPermissionPolicy

from hub.models import Role
from hub.permissions import (
    ALL_REGIONS,
    User,
    acts_nationally,
    can_approve_in_region,
    can_write_in_region,
    regions_for,
)

__all__ = ["NationalPermissionPolicy", "RegionalPermissionPolicy"]

# Publishing changes what the public sees: it takes an editor's (approver's) role.
APPROVE_ACTIONS = frozenset({"publish", "unpublish"})
READ_ACTIONS = frozenset({"view"})
# Users in a group with a national role (in one join: a group *without* a role must not match).
NATIONAL_ROLE = Q(groups__regional_role__isnull=False, groups__regional_role__region__isnull=True)


def _roles_for(action: str) -> tuple[str, ...]:
    return (Role.EDITOR,) if action in APPROVE_ACTIONS else (Role.DEVELOPER, Role.EDITOR)


def _roles_for_all(actions: set[str]) -> tuple[str, ...]:
    """Roles that allow at least one of ``actions``: writers unless all are approvals."""
    return (Role.EDITOR,) if actions <= APPROVE_ACTIONS else (Role.DEVELOPER, Role.EDITOR)


class RegionalPermissionPolicy(ModelPermissionPolicy):
    """Allow an action on a record when the user's groups have the Django permission for it
    and a role in the record's owner region.

    Rules, per instance:

    * ``view``: the Django permission alone; everybody with it may read every region's records.
    * ``add``, ``change``, ``delete``: a developer or editor role in the owner region.
    * ``publish``, ``unpublish``: an editor role in the owner region.
    * ``delete`` of a published record also needs the editor role, as Wagtail requires publish
      permission to delete live pages: removing public content is an editorial decision.
    * Records without owner region are national: only national roles (and superusers) act on them.

    Attributes:
        region_field: the name of the record's foreign key to ``branch_models.Region``.
    """

    def __init__(self, model: Any, region_field: str = "owner_region") -> None:
        super().__init__(model)
        self.region_field = region_field

    def user_has_permission(self, user: User, action: str) -> bool:
        """Whether the user may take ``action`` on some records (the model-level check)."""
        if not self._has_django_permission(user, action):
            return False
        if action in READ_ACTIONS:
            return True
        region_ids = regions_for(user, _roles_for(action))
        # ALL_REGIONS is an (empty) marker set: test it by identity, never by truth value.
        return region_ids is ALL_REGIONS or bool(region_ids)

    def user_has_permission_for_instance(self, user: User, action: str, instance: Model) -> bool:
        """Whether the user may take ``action`` on this record, judged by its owner region."""
        if not self._has_django_permission(user, action):
            return False
        if action in READ_ACTIONS:
            return True
        region = getattr(instance, self.region_field)
        if action in APPROVE_ACTIONS:
            return can_approve_in_region(user, region)
        if not can_write_in_region(user, region):
            return False
        if action == "delete" and getattr(instance, "live", False):
            return self.user_has_permission_for_instance(user, "publish", instance)
        return True

    def user_has_any_permission_for_instance(
        self, user: User, actions: Iterable[str], instance: Model
    ) -> bool:
        """Whether the user may take any of ``actions`` on this record."""
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def instances_user_has_any_permission_for(self, user: User, actions: Iterable[str]) -> QuerySet:
        """Return the records the user may take any of ``actions`` on (by region, not state)."""
        actions = {a for a in actions if self._has_django_permission(user, a)}
        manager = self.model._default_manager
        if not actions:
            return manager.none()
        if actions & READ_ACTIONS:
            return manager.all()
        region_ids = regions_for(user, _roles_for_all(actions))
        if region_ids is ALL_REGIONS:
            return manager.all()
        return manager.filter(**{f"{self.region_field}__in": region_ids})

    def users_with_any_permission(self, actions: Iterable[str]) -> QuerySet:
        """Return active users with the permission and a regional role somewhere."""
        return self._users_with_roles(actions, Q(groups__regional_role__isnull=False))

    def users_with_any_permission_for_instance(
        self, actions: Iterable[str], instance: Model
    ) -> QuerySet:
        """Return active users with the permission and a role in the record's region."""
        actions = set(actions)
        region_id = getattr(instance, f"{self.region_field}_id")
        where = NATIONAL_ROLE
        if region_id is not None:
            where |= Q(groups__regional_role__region_id=region_id)
        roles = Q(groups__regional_role__role__in=_roles_for_all(actions))
        return self._users_with_roles(actions, where & roles)

    def _has_django_permission(self, user: User, action: str) -> bool:
        return user.has_perm(self._get_permission_name(action))

    def _users_with_roles(self, actions: Iterable[str], roles: Q) -> QuerySet:
        permissions = self._get_users_with_any_permission_codenames_filter(
            self._get_permission_codenames(set(actions))
        )
        return (
            get_user_model()
            .objects.filter(permissions)
            .filter(Q(is_superuser=True) | roles)
            .distinct()
        )


class NationalPermissionPolicy(ModelPermissionPolicy):
    """Let everyone with the Django permission read, and only national roles change.

    For shared reference data (regions, municipalities, industries, occupations, competences):
    a regional editor who changed an SSYK name would change it for every region.
    """

    def user_has_permission(self, user: User, action: str) -> bool:
        """Whether the user may take ``action``: writes need a national role."""
        if not super().user_has_permission(user, action):
            return False
        return action in READ_ACTIONS or acts_nationally(user)

    def users_with_any_permission(self, actions: Iterable[str]) -> QuerySet:
        """Return active users with the permission (and a national role unless only viewing)."""
        users = super().users_with_any_permission(actions)
        if set(actions) <= READ_ACTIONS:
            return users
        return users.filter(Q(is_superuser=True) | NATIONAL_ROLE).distinct()
