"""The regional permission matrix, through the admin (real HTTP, logged in) and the code path.

Roles: a Skåne developer, a Skåne editor, a national editor, a superuser, and a user with all of
an editor's Django permissions but no regional role. Records: Skåne's (own), Västmanland's
(other) and national ones. Actions: create, edit, delete.
"""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.permissions import policy_registry

from branch_models.models import (
    Actor,
    ChecklistTemplate,
    Credential,
    KomvuxOffer,
    Region,
    ValidationModel,
)
from branch_models.services import delete_record, save_record
from tests.branch_models.conftest import ROLES, WHERE, may_publish, may_write

pytestmark = pytest.mark.django_db


def url(name: str, *args: object) -> str:
    return reverse(f"wagtailsnippets_branch_models_actor:{name}", args=args)


def actor_data(region: Region | None, **values: object) -> dict[str, object]:
    """The admin form's fields for an actor, as a browser posts them."""
    data = {
        "name": "Ny aktör",
        "slug": "ny-aktor",
        "kind": "other",
        "description": "",
        "languages": "sv\nar",
        "website": "",
        "email": "",
        "phone": "",
        "street_address": "",
        "postcode": "",
        "city": "",
        "latitude": "",
        "longitude": "",
        "owner_region": region.pk if region else "",
        "source_url": "",
        "last_reviewed": "2026-05-01",
    }
    data.update(values)
    return data


def denied_by_admin(response) -> bool:
    """Wagtail answers a refused admin view by sending the user to the dashboard."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


# --- Through the admin --------------------------------------------------------------------------


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("role", ROLES)
def test_admin_create(client, make_user, regions, role, where):
    client.force_login(make_user(role))
    slug = f"ny-{role}-{where}"
    response = client.post(url("add"), actor_data(regions[where], slug=slug))
    created = Actor.objects.filter(slug=slug).exists()
    assert created is may_write(role, where)
    if created:
        assert response.status_code == 302
    elif role == "no-role":
        assert denied_by_admin(response)
    else:
        # The form offers only the editor's regions and refuses any other value.
        assert response.status_code == 200
        assert response.context["form"].errors["owner_region"]


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("role", ROLES)
def test_admin_edit(client, make_user, actors, role, where):
    client.force_login(make_user(role))
    actor = actors[where]
    page = client.get(url("edit", actor.pk))
    response = client.post(
        url("edit", actor.pk), actor_data(actor.owner_region, name="Nytt namn", slug=actor.slug)
    )
    actor.refresh_from_db()
    changed = actor.get_latest_revision_as_object().name == "Nytt namn"
    assert changed is may_write(role, where)
    if changed:
        assert page.status_code == 200
    else:
        assert denied_by_admin(page)
        assert denied_by_admin(response)


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("role", ROLES)
def test_admin_delete_published(client, make_user, actors, role, where):
    client.force_login(make_user(role))
    actor = actors[where]
    response = client.post(url("delete", actor.pk))
    deleted = not Actor.objects.filter(pk=actor.pk).exists()
    assert deleted is may_publish(role, where)
    if not deleted:
        assert denied_by_admin(response)


def test_admin_developer_deletes_own_draft_but_not_published(client, make_user, actors):
    client.force_login(make_user("developer"))
    draft = actors["own"]
    draft.live = False
    draft.save()
    client.post(url("delete", draft.pk))
    assert not Actor.objects.filter(pk=draft.pk).exists()


def test_admin_developer_saves_drafts_even_when_asking_to_publish(client, make_user, regions):
    client.force_login(make_user("developer"))
    data = actor_data(regions["own"], slug="utkast", **{"action-publish": "1"})
    client.post(url("add"), data)
    assert Actor.objects.get(slug="utkast").live is False


def test_admin_editor_publishes_in_own_region(client, make_user, regions):
    client.force_login(make_user("editor"))
    client.post(
        url("add"), actor_data(regions["own"], slug="publicerad", **{"action-publish": "1"})
    )
    assert Actor.objects.get(slug="publicerad").live is True


def test_admin_publish_needs_the_editor_role_in_the_records_region(client, make_user, actors):
    """A developer in Skåne who edits in Västmanland may not publish Skåne's records."""
    user = make_user("developer", "Västmanlands län – regionala redaktörer")
    client.force_login(user)
    actor = actors["own"]
    page = client.get(url("edit", actor.pk))
    assert b'name="action-publish"' not in page.content
    data = actor_data(actor.owner_region, name="Ändrat", slug=actor.slug, **{"action-publish": "1"})
    client.post(url("edit", actor.pk), data)
    actor.refresh_from_db()
    assert actor.name == "Testaktör own"  # the published row is untouched
    assert actor.get_latest_revision_as_object().name == "Ändrat"  # the change is a draft
    assert actor.has_unpublished_changes


def test_admin_list_shows_every_region_but_links_only_editable_rows(client, make_user, actors):
    client.force_login(make_user("developer"))
    response = client.get(url("list"), {"q": "Testaktör"})
    html = response.content.decode()
    for where, actor in actors.items():
        assert actor.name in html
        assert (url("edit", actor.pk) in html) is (where == "own")
        assert url("inspect", actor.pk) in html
    assert html.count("Read only") + html.count("Endast läsning") == 2


def test_admin_list_filters_to_editable_records(client, make_user, actors):
    client.force_login(make_user("developer"))
    response = client.get(url("list"), {"editable": "true"})
    names = {str(row) for row in response.context["object_list"]}
    assert actors["own"].name in names
    assert actors["other"].name not in names
    assert actors["national"].name not in names
    assert all(
        row.owner_region_id == actors["own"].owner_region_id
        for row in response.context["object_list"]
    )


@pytest.mark.parametrize(("role", "allowed"), [("developer", False), ("national", True)])
def test_admin_reference_data_is_changed_by_national_editors_only(client, make_user, role, allowed):
    client.force_login(make_user(role))
    region = Region.objects.get(code="12")
    edit = reverse("wagtailsnippets_branch_models_region:edit", args=[region.pk])
    response = client.post(edit, {"code": "12", "name": "Region Skåne", "name_en": "Skåne"})
    region.refresh_from_db()
    assert (region.name == "Region Skåne") is allowed
    if not allowed:
        assert denied_by_admin(response)
        listing = client.get(reverse("wagtailsnippets_branch_models_region:list"))
        assert listing.status_code == 200  # reading is for everyone with a role


# --- In code (the path imports and the API take) -------------------------------------------------


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("role", ROLES)
def test_code_create(make_user, regions, role, where):
    user = make_user(role)
    actor = Actor(slug=f"kod-{role}-{where}", name="Kod", kind="other", owner_region=regions[where])
    if may_write(role, where):
        save_record(user, actor)
        assert Actor.objects.get(slug=actor.slug).live is False  # new records start as drafts
    else:
        with pytest.raises(PermissionDenied):
            save_record(user, actor)
        assert not Actor.objects.filter(slug=actor.slug).exists()


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("role", ROLES)
def test_code_edit(make_user, actors, role, where):
    user = make_user(role)
    actor = actors[where]
    actor.name = "Ändrat i kod"
    if may_write(role, where):
        save_record(user, actor)
        assert Actor.objects.get(pk=actor.pk).get_latest_revision_as_object().name == actor.name
    else:
        with pytest.raises(PermissionDenied):
            save_record(user, actor)
        assert Actor.objects.get(pk=actor.pk).latest_revision is None


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("role", ROLES)
def test_code_delete(make_user, actors, role, where):
    user = make_user(role)
    actor = actors[where]
    if may_publish(role, where):
        delete_record(user, actor)
    else:
        with pytest.raises(PermissionDenied):
            delete_record(user, actor)
    assert Actor.objects.filter(pk=actor.pk).exists() is not may_publish(role, where)


def test_code_cannot_move_a_record_out_of_reach(make_user, actors, regions):
    """Changing the owner region is judged by both the stored and the new region."""
    user = make_user("developer")
    own = actors["own"]
    own.owner_region = regions["other"]
    with pytest.raises(PermissionDenied, match="Västmanland"):
        save_record(user, own)
    other = Actor.objects.get(pk=actors["other"].pk)
    other.owner_region = regions["own"]
    with pytest.raises(PermissionDenied):
        save_record(user, other)


def test_code_publishing_takes_the_editor_role(make_user, regions):
    developer, editor = make_user("developer"), make_user("editor")
    draft = Actor(slug="kod-publicera", name="Kod", kind="other", owner_region=regions["own"])
    with pytest.raises(PermissionDenied, match="publicera|publish"):
        save_record(developer, draft, publish=True)
    save_record(editor, draft, publish=True)
    assert Actor.objects.get(slug="kod-publicera").live is True


@pytest.mark.parametrize(
    "model", [Actor, ValidationModel, Credential, KomvuxOffer, ChecklistTemplate]
)
def test_every_registry_type_follows_the_regional_rule(make_user, regions, model):
    developer = make_user("developer")
    policy = policy_registry.get_by_type(model)
    for where, region in regions.items():
        record = model(owner_region=region)
        assert policy.user_has_permission_for_instance(developer, "change", record) is (
            where == "own"
        )
        assert policy.user_has_permission_for_instance(developer, "view", record)
