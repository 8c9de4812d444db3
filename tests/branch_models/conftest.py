"""Editors in each role, and records in their own region, another region and nationally."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from django.contrib.auth.models import Group

from branch_models.models import Actor, Region
from hub.groups import NATIONAL_EDITORS

OWN = "12"  # Skåne län: the editors' own region in these tests
OTHER = "19"  # Västmanlands län
ROLE_GROUPS = {
    "developer": ["Skåne län – regionala utvecklare"],
    "editor": ["Skåne län – regionala redaktörer"],
    "national": [NATIONAL_EDITORS],
}
ROLES = ("developer", "editor", "national", "superuser", "no-role")
WHERE = ("own", "other", "national")


def may_write(role: str, where: str) -> bool:
    """The rule under test: writers act in their region; national roles everywhere."""
    return role in {"national", "superuser"} or (role in {"developer", "editor"} and where == "own")


def may_publish(role: str, where: str) -> bool:
    """Publishing, unpublishing and deleting published records take an editor's role."""
    return role in {"national", "superuser"} or (role == "editor" and where == "own")


@pytest.fixture
def regions() -> dict[str, Region | None]:
    return {
        "own": Region.objects.get(code=OWN),
        "other": Region.objects.get(code=OTHER),
        "national": None,
    }


@pytest.fixture
def make_user(django_user_model) -> Callable[..., object]:
    """Return a factory: a user holding a role (or several groups), with a known password."""

    def make(role: str, *groups: str) -> object:
        username = f"{role}-{len(groups)}"
        if role == "superuser":
            return django_user_model.objects.create_superuser(username, f"{username}@x.se", "pw")
        user = django_user_model.objects.create_user(username, f"{username}@x.se", "pw")
        if role == "no-role":
            # Every Django permission a regional editor has, but no regional role: the role,
            # not the permissions alone, must be what lets someone write.
            editors = Group.objects.get(name=ROLE_GROUPS["editor"][0])
            group = Group.objects.create(name="Behörigheter utan region")
            group.permissions.set(editors.permissions.all())
            user.groups.add(group)
        else:
            user.groups.add(*Group.objects.filter(name__in=[*ROLE_GROUPS[role], *groups]))
        return user

    return make


@pytest.fixture
def actors(regions) -> dict[str, Actor]:
    """A published actor in each place, referenced by nothing (so it can be deleted)."""
    return {
        where: Actor.objects.create(
            slug=f"testaktor-{where}",
            name=f"Testaktör {where}",
            kind="other",
            owner_region=region,
            last_reviewed=date(2026, 1, 1),
        )
        for where, region in regions.items()
    }
