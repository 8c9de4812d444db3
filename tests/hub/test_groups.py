"""`setup_regional_groups`: two groups per region and a national one, with roles and permissions."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from hub.groups import NATIONAL_EDITORS
from hub.models import RegionalRole, Role

pytestmark = pytest.mark.django_db


def codenames(group_name: str) -> set[str]:
    return set(Group.objects.get(name=group_name).permissions.values_list("codename", flat=True))


def test_every_region_has_developers_and_editors_and_there_is_a_national_group():
    roles = RegionalRole.objects.select_related("group", "region")
    assert roles.filter(role=Role.DEVELOPER).count() == 21
    assert roles.filter(role=Role.EDITOR, region__isnull=False).count() == 21
    skane = roles.get(group__name="Skåne län – regionala utvecklare")
    assert (skane.region.code, skane.role) == ("12", Role.DEVELOPER)
    national = roles.get(group__name=NATIONAL_EDITORS)
    assert national.region is None and national.role == Role.EDITOR


def test_permissions_follow_the_role():
    developers = codenames("Skåne län – regionala utvecklare")
    editors = codenames("Skåne län – regionala redaktörer")
    national = codenames(NATIONAL_EDITORS)
    for model in ("actor", "validationmodel", "credential", "komvuxoffer", "checklisttemplate"):
        assert {f"add_{model}", f"change_{model}", f"delete_{model}", f"view_{model}"} <= developers
        assert f"publish_{model}" not in developers
        assert f"publish_{model}" in editors
    # Reference data: everyone reads, only national editors change it.
    assert "view_municipality" in developers and "change_municipality" not in editors
    assert {"add_occupation", "change_occupation", "change_region"} <= national
    assert all(
        "access_admin" in codenames(g.name)
        for g in Group.objects.filter(regional_role__isnull=False)
    )


def test_running_again_changes_nothing_and_repairs_what_was_changed():
    out = io.StringIO()
    call_command("setup_regional_groups", stdout=out)
    assert "43 groups (0 written)" in out.getvalue()

    group = Group.objects.get(name="Skåne län – regionala utvecklare")
    group.permissions.add(Permission.objects.get(codename="publish_actor"))
    group.regional_role.delete()
    call_command("setup_regional_groups", stdout=out)
    assert "(1 written)" in out.getvalue()
    assert "publish_actor" not in codenames(group.name)
    assert RegionalRole.objects.get(group=group).region.code == "12"
