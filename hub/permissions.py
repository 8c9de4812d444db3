"""Regional permissions: the one place that decides whether a user may change a region's content.

The admin, the API and management commands all ask these functions, so a rule changes once.
Superusers and members of a national group (a ``RegionalRole`` without region) may act on every
region; everyone else only on the regions of their groups. National records (no owner region)
are reserved for national roles.

A user's regions are read once per user object (one request) and cached on it, as Django caches
model permissions; a role granted mid-request shows on the next request.
"""

from __future__ import annotations

from typing import Protocol

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as AccountUser

from hub.models import RegionalRole, Role

__all__ = [
    "ALL_REGIONS",
    "acts_nationally",
    "can_approve_in_region",
    "can_write_in_region",
    "regions_for",
]


class _AllRegions(frozenset):
    """Marker for 'every region', distinct from any finite set of region ids."""


ALL_REGIONS: frozenset[int] = _AllRegions()


class _HasRegion(Protocol):
    pk: int | None


#: Who asks: the project keeps Django's own user model (no AUTH_USER_MODEL).
User = AccountUser | AnonymousUser

_CACHE_ATTRIBUTE = "_hub_regions_cache"


def regions_for(
    user: User, roles: tuple[str, ...] = (Role.DEVELOPER, Role.EDITOR)
) -> frozenset[int]:
    """Return the region ids where the user holds one of ``roles``, or ``ALL_REGIONS``."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    if user.is_superuser:
        return ALL_REGIONS
    cache: dict[tuple[str, ...], frozenset[int]] = user.__dict__.setdefault(_CACHE_ATTRIBUTE, {})
    key = tuple(sorted(roles))
    if key not in cache:
        held = set(
            RegionalRole.objects.filter(group__user=user, role__in=roles).values_list(
                "region_id", flat=True
            )
        )
        cache[key] = ALL_REGIONS if None in held else frozenset(held)
    return cache[key]


def acts_nationally(user: User) -> bool:
    """Whether the user holds a national role (or is a superuser): every region is theirs."""
    return regions_for(user) is ALL_REGIONS


def _allowed(region: _HasRegion | None, region_ids: frozenset[int]) -> bool:
    if region_ids is ALL_REGIONS:
        return True
    return region is not None and region.pk in region_ids


def can_write_in_region(user: User, region: _HasRegion | None) -> bool:
    """Whether the user may create or change content owned by ``region`` (None = national)."""
    return _allowed(region, regions_for(user))


def can_approve_in_region(user: User, region: _HasRegion | None) -> bool:
    """Whether the user may approve and publish content owned by ``region`` (None = national)."""
    return _allowed(region, regions_for(user, roles=(Role.EDITOR,)))
