"""Create the editors' groups: a developers' and an editors' group per region, and national ones.

Which Django permissions a group gets follows from the Wagtail permission policy each model
registered (``hub.permission_policies``): regional records get write permissions (and publish for
editors), national reference data only view permission outside the national group. A model that
registers a policy later is picked up without changing this module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Model
from wagtail.models import Collection, GroupCollectionPermission
from wagtail.permissions import policy_registry

from hub.models import RegionalRole, Role
from hub.permission_policies import NationalPermissionPolicy, RegionalPermissionPolicy

__all__ = ["GroupSpec", "group_specs", "setup_regional_groups"]

NATIONAL_EDITORS = "Nationella redaktörer"
ROLE_SUFFIXES = {Role.DEVELOPER: "regionala utvecklare", Role.EDITOR: "regionala redaktörer"}
WRITE = ("add", "change", "delete", "view")
# Every editors' group may use the admin and ask for translations ("Translate this page"; which
# pages they may translate follows from their page permissions, see communication.editorial).
EVERY_GROUP = ("access_admin", "submit_translation")
APPS = ("wagtailadmin", "wagtail_localize")
# National editors must use a second factor when ADMIN_2FA_REQUIRED is on (hub.accounts);
# for a regional group it is the administrators' choice, which a re-run keeps.
SECOND_FACTOR = "require_second_factor"
# Editors choose and upload images (e.g. a credential's example image) in the root collection.
IMAGE_PERMISSIONS = ("add_image", "choose_image")


@dataclass(frozen=True)
class GroupSpec:
    """One group to keep: its name, where its role applies (None = national) and its role."""

    name: str
    region_id: int | None
    role: str


def group_specs() -> list[GroupSpec]:
    """Return the groups every installation has: two per region and the national editors."""
    region_model = apps.get_model("branch_models", "Region")
    specs = [
        GroupSpec(f"{region.name} – {ROLE_SUFFIXES[role]}", region.pk, role)
        for region in region_model.objects.order_by("code")
        for role in (Role.DEVELOPER, Role.EDITOR)
    ]
    specs.append(GroupSpec(NATIONAL_EDITORS, None, Role.EDITOR))
    return specs


def _permissions(models: Iterable[type[Model]], actions: Iterable[str]) -> set[Permission]:
    content_types = ContentType.objects.get_for_models(*models)
    wanted = {
        (content_types[model].pk, get_permission_codename(action, model._meta))
        for model in models
        for action in actions
    }
    candidates = Permission.objects.filter(
        content_type__in=content_types.values(), codename__in={c for _, c in wanted}
    )
    return {p for p in candidates if (p.content_type_id, p.codename) in wanted}


def _permissions_for(spec: GroupSpec) -> set[Permission]:
    regional: list[type[Model]] = []
    reference: list[type[Model]] = []
    for model in apps.get_models():
        policy = policy_registry.get_by_type(model, fallback=False)
        if isinstance(policy, RegionalPermissionPolicy):
            regional.append(model)
        elif isinstance(policy, NationalPermissionPolicy):
            reference.append(model)
    record_actions = (*WRITE, "publish") if spec.role == Role.EDITOR else WRITE
    reference_actions = WRITE if spec.region_id is None else ("view",)
    admin_codenames = (*EVERY_GROUP, SECOND_FACTOR) if spec.region_id is None else EVERY_GROUP
    return (
        _permissions(regional, record_actions)
        | _permissions(reference, reference_actions)
        | set(
            Permission.objects.filter(
                codename__in=admin_codenames, content_type__app_label__in=(*APPS, "hub")
            )
        )
    )


def _sync_group(spec: GroupSpec, root: Collection, image_permissions: set[Permission]) -> bool:
    group, created = Group.objects.get_or_create(name=spec.name)
    changed = created
    role, role_created = RegionalRole.objects.get_or_create(
        group=group, defaults={"region_id": spec.region_id, "role": spec.role}
    )
    if not role_created and (role.region_id, role.role) != (spec.region_id, spec.role):
        role.region_id, role.role = spec.region_id, spec.role
        role.save()
        changed = True
    wanted = _permissions_for(spec) | set(group.permissions.filter(codename=SECOND_FACTOR))
    if set(group.permissions.all()) != wanted:
        group.permissions.set(wanted)
        changed = True
    for permission in image_permissions:
        changed |= GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )[1]
    return changed


def setup_regional_groups(log: Callable[[str], object]) -> int:
    """Create or update every group, role and permission; return how many groups changed."""
    root = Collection.get_first_root_node()
    image_permissions = set(
        Permission.objects.filter(
            content_type__app_label="wagtailimages", codename__in=IMAGE_PERMISSIONS
        )
    )
    with transaction.atomic():
        specs = group_specs()
        written = sum(_sync_group(spec, root, image_permissions) for spec in specs)
    log(f"  regional groups: {len(specs)} groups ({written} written)")
    return written
