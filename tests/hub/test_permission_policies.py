"""The regional policy also answers Wagtail's "who may act on this record" questions."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from wagtail.permissions import policy_registry

from branch_models.models import Actor, Region
from hub.groups import NATIONAL_EDITORS
from hub.permissions import ALL_REGIONS, regions_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(django_user_model):
    def user(name: str, *groups: str):
        person = django_user_model.objects.create_user(name, f"{name}@x.se", "pw")
        person.groups.add(*Group.objects.filter(name__in=groups))
        return person

    return {
        "skane developer": user("dev", "Skåne län – regionala utvecklare"),
        "skane editor": user("red", "Skåne län – regionala redaktörer"),
        "vastmanland editor": user("vred", "Västmanlands län – regionala redaktörer"),
        "national editor": user("nat", NATIONAL_EDITORS),
        "superuser": django_user_model.objects.create_superuser("root", "root@x.se", "pw"),
    }


def test_users_who_may_publish_a_record_are_its_regions_editors_and_national_ones(people):
    record = Actor(owner_region=Region.objects.get(code="12"))
    policy = policy_registry.get(record)
    publishers = set(policy.users_with_any_permission_for_instance(["publish"], record))
    assert publishers == {people["skane editor"], people["national editor"], people["superuser"]}
    writers = set(policy.users_with_any_permission_for_instance(["change"], record))
    assert people["skane developer"] in writers
    assert people["vastmanland editor"] not in writers


def test_the_set_of_every_region_is_told_apart_by_identity(people):
    assert regions_for(people["superuser"]) is ALL_REGIONS
    assert regions_for(people["national editor"]) is ALL_REGIONS
    assert regions_for(people["skane developer"]) == {Region.objects.get(code="12").pk}
    policy = policy_registry.get_by_type(Actor)
    assert policy.user_has_permission(people["superuser"], "add")  # ALL_REGIONS is an empty set
