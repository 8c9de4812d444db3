"""The permission matrix: role × region × kind of record or page type × action, through the
admin, the file import and the API.

Nothing here lists record kinds, page types or endpoints by hand: they come from what the
project registers (the permission policies, the snippet viewsets, the page models, the import
resources, the API's URL patterns). A new kind, page type or endpoint is in the matrix the moment
it exists, and the guard tests fail when it was registered without region-aware authorisation.
The one list to extend is ``MADE_AS_A_VISITOR``: how to make a record of a kind ``load_demo``
has none of (personal data the demo never invents), through the site's own forms.

The rule under test (``tests.branch_models.conftest``): regional developers and editors write in
their own region, national editors and superusers everywhere, a user with an editor's Django
permissions but no regional role nowhere; removing or changing published content takes an
editor. Regions: the user's own (Skåne) and another (Kalmar län, as the issue's example).

Actions: the admin's edit and delete; the import's create (a row under a new slug, for kinds
where the slug is the only unique key) and change (of a published record, which an import
publishes); the API's change (a draft) and delete, and refusal of both without a token. Creating
through the admin and the API is not in the matrix (it needs a form or a body per kind); the
import's create runs the same check (``branch_models.services.authorize_save``). Pages of every
type, placed in a region's part of the tree (or, for events and news in the shared lists, given
the region), through the admin: edit (writers) and unpublish (editors). Pages have no import, and
the API writes no page (the endpoint guard below).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db.models import Model
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from rest_framework.test import APIClient
from wagtail.models import APIToken, Page, get_page_models
from wagtail.permissions import policy_registry
from wagtail.snippets.models import get_snippet_models

from branch_models.api.urls import ENDPOINTS
from branch_models.api.views import RegionalWritePermission, RegistryRecordViewSet
from branch_models.importing import run_import
from branch_models.models import Region
from branch_models.resources import RESOURCES, resource_for
from communication.editorial import region_root_pages, setup_editorial_workflows
from communication.models import EventPage, HomePage, RegionSectionPage
from communication.regional import RegionalItem
from hub.api.authentication import APITokenAuthentication
from hub.permission_policies import NationalPermissionPolicy, RegionalPermissionPolicy
from tests.branch_models import conftest as registry_conftest
from tests.branch_models.conftest import may_publish, may_write
from tests.coordination.test_requests import send_request
from tests.coordination.test_signup import sign_up

pytestmark = pytest.mark.django_db

make_user = registry_conftest.make_user  # the roles' users, in setup_regional_groups' groups
ROLES = ("developer", "editor", "national", "no-role")
WHERE = {"own": "12", "other": "08"}  # Skåne (the users' region), Kalmar län
OUR_APPS = {
    "hub",
    "branch_models",
    "communication",
    "coordination",
    "outcomes",
    "routes",
    "search",
    "reference",
}
UNSAFE = {"post", "put", "patch", "delete"}
# Kinds editable in the admin without a regional role by design, and why. The guard below
# checks the claim: no group that setup_regional_groups keeps holds a permission on them.
SITE_WIDE = {
    "communication.GlossaryTerm": "the site's glossary: superusers and groups given it by hand",
}


def _policy(model: type[Model]) -> object:
    return policy_registry.get_by_type(model, fallback=False)


def _ours(model: type[Model]) -> bool:
    return model._meta.app_label in OUR_APPS or model.__module__.startswith("plugins.")


REGIONAL = sorted(
    (m for m in apps.get_models() if isinstance(_policy(m), RegionalPermissionPolicy)),
    key=lambda m: m._meta.label,
)
ADMIN_KINDS = [m for m in REGIONAL if m in set(get_snippet_models())]
API_KINDS = {
    viewset.serializer_class.Meta.model: prefix
    for prefix, viewset, _basename in ENDPOINTS
    if issubclass(viewset, RegistryRecordViewSet)
}
IMPORT_KINDS = sorted(RESOURCES, key=lambda m: m._meta.label)
PAGE_TYPES = sorted(
    (m for m in get_page_models() if m is not Page and m is not HomePage),
    key=lambda m: m._meta.label,
)
CASES = [(role, where) for role in ROLES for where in WHERE]


def _sign_up_for_an_event() -> None:
    """A visitor signs up for the first upcoming event that takes sign-ups."""
    upcoming = EventPage.objects.live().filter(start__gt=timezone.now(), signup_capacity__gt=0)
    event = upcoming.order_by("start").first()
    assert event is not None, "load_demo has no event that takes sign-ups"
    response = sign_up(Client(), reverse("coordination:event_signup", args=[event.pk]), 1)
    assert response.status_code == 200, response.content


def _send_a_resource_request() -> None:
    """A municipality's staff send a resource request (its follow-up is the record)."""
    send_request(Client(), "0881")  # Nybro, Kalmar län


# Kinds load_demo has no record of (personal data), made through the site's own forms.
MADE_AS_A_VISITOR = {
    "coordination.Registration": _sign_up_for_an_event,
    "coordination.RequestFollowUp": _send_a_resource_request,
}


def _api_routes(
    patterns: list[URLPattern | URLResolver], prefix: str = ""
) -> Iterator[tuple[str, Any]]:
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _api_routes(pattern.url_patterns, route)
        elif route.startswith(("api/", "^api/")):
            yield route, pattern.callback


def _unsafe_methods(callback: Any) -> set[str]:
    view_class = getattr(callback, "cls", None) or getattr(callback, "view_class", None)
    if view_class is None:
        return set()
    actions = getattr(callback, "actions", None)
    if actions is not None:  # a DRF viewset: only the methods its router mapped
        return UNSAFE & set(actions)
    allowed = {m for m in getattr(view_class, "http_method_names", []) if hasattr(view_class, m)}
    return UNSAFE & allowed


# --- Guards: nothing is registered without region-aware authorisation -------------------------


def test_every_kind_editors_can_reach_has_a_region_aware_policy() -> None:
    reachable = {m for m in get_snippet_models() if _ours(m)} | set(RESOURCES) | set(API_KINDS)
    unguarded = {
        m._meta.label
        for m in reachable
        if not isinstance(_policy(m), RegionalPermissionPolicy | NationalPermissionPolicy)
    }
    assert unguarded == set(SITE_WIDE), "register a Regional/National policy for the new kind"


def test_site_wide_kinds_are_granted_to_no_regional_or_national_group() -> None:
    role_groups = Group.objects.filter(regional_role__isnull=False)
    for label in SITE_WIDE:
        model = apps.get_model(label)
        granted = Permission.objects.filter(
            content_type__app_label=model._meta.app_label,
            content_type__model=model._meta.model_name,
            group__in=role_groups,
        )
        assert not granted.exists(), f"{label} is writable by a role: give it a policy"


def test_every_api_endpoint_that_writes_takes_a_token_and_the_regional_check() -> None:
    writers = [
        (route, callback)
        for route, callback in _api_routes(get_resolver().url_patterns)
        if _unsafe_methods(callback)
    ]
    assert writers, "the API's write endpoints were not found: the walk above is broken"
    for route, callback in writers:
        view = callback.cls
        assert view.authentication_classes == [APITokenAuthentication], route
        assert any(issubclass(p, RegionalWritePermission) for p in view.permission_classes), route
        assert view.serializer_class.Meta.model in REGIONAL, route


def test_the_matrix_covers_every_regional_kind() -> None:
    assert {m._meta.label for m in REGIONAL} == {m._meta.label for m in ADMIN_KINDS}
    assert set(API_KINDS) <= set(REGIONAL)
    assert set(IMPORT_KINDS) <= set(REGIONAL)


# --- The matrix ---------------------------------------------------------------------------------


def _record_in(model: type[Model], where: str) -> Model:
    """A stored record of the kind, moved into the region under test (rolled back after)."""
    field = _policy(model).region_field
    region = Region.objects.get(code=WHERE[where])
    live = {"live": True} if any(f.name == "live" for f in model._meta.fields) else {}
    records = model._default_manager.filter(**live).order_by("pk")
    if not records.exists() and model._meta.label in MADE_AS_A_VISITOR:
        MADE_AS_A_VISITOR[model._meta.label]()
    # One already there keeps what goes with its region (a plan's municipality) consistent.
    record = records.filter(**{field: region}).first() or records.first()
    assert record is not None, f"load_demo has no {model._meta.label}: add it to MADE_AS_A_VISITOR"
    model._default_manager.filter(pk=record.pk).update(**{field: region})
    record.refresh_from_db()
    return record


def _unique_beyond_slug(model: type[Model]) -> bool:
    """Whether a copy under a new slug would clash anyway (a plan per municipality and half)."""
    fields = [f for f in model._meta.fields if f.unique and f.name not in {"id", "slug"}]
    return bool(fields or model._meta.unique_together or model._meta.constraints)


def _may_delete(role: str, where: str, record: Model) -> bool:
    published = getattr(record, "live", False)
    return may_write(role, where) and (not published or may_publish(role, where))


def _denied_in_admin(response: Any) -> bool:
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


@pytest.mark.parametrize(("role", "where"), CASES)
@pytest.mark.parametrize("model", ADMIN_KINDS, ids=lambda m: m._meta.label)
def test_admin(client, make_user, model: type[Model], role: str, where: str) -> None:
    record = _record_in(model, where)
    client.force_login(make_user(role))
    viewset = model.snippet_viewset

    edit = client.get(reverse(viewset.get_url_name("edit"), args=[record.pk]))
    assert (edit.status_code == 200) is may_write(role, where)
    if not may_write(role, where):
        assert _denied_in_admin(edit)

    delete = client.post(reverse(viewset.get_url_name("delete"), args=[record.pk]))
    gone = not model._default_manager.filter(pk=record.pk).exists()
    if _may_delete(role, where, record):
        assert not _denied_in_admin(delete)
    else:
        assert _denied_in_admin(delete)
        assert not gone


def _export(model: type[Model], record: Model) -> list[list[str]]:
    data = resource_for(model).export(model._default_manager.filter(pk=record.pk)).csv
    return list(csv.reader(io.StringIO(data)))


def _csv(table: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(table)
    return out.getvalue().encode()


@pytest.mark.parametrize(("role", "where"), CASES)
@pytest.mark.parametrize("model", IMPORT_KINDS, ids=lambda m: m._meta.label)
def test_import(make_user, model: type[Model], role: str, where: str) -> None:
    record = _record_in(model, where)
    user = make_user(role)
    table = _export(model, record)
    slug = table[0].index("slug")

    if not _unique_beyond_slug(model):  # creating: the same row under a new slug
        created = [table[0], list(table[1])]
        created[1][slug] = f"matris-{record.slug}"[:100]
        report = run_import(resource_for(model, user), _csv(created), "csv", dry_run=False)
        exists = model._default_manager.filter(slug=created[1][slug]).exists()
        assert exists is may_write(role, where), report.error_rows or report.file_errors
        assert report.committed is exists

    changed = [table[0], list(table[1])]
    changed[1][table[0].index("last_reviewed")] = "2020-02-02"
    report = run_import(resource_for(model, user), _csv(changed), "csv", dry_run=False)
    record.refresh_from_db()
    allowed = may_write(role, where) and may_publish(role, where)  # imports publish changes
    assert (str(record.last_reviewed) == "2020-02-02") is allowed
    assert report.committed is allowed


def _api_client(user: Any) -> APIClient:
    _token, plaintext = APIToken.create_token(user=user, name="matrix")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    return client


@pytest.mark.parametrize(("role", "where"), CASES)
@pytest.mark.parametrize("model", sorted(API_KINDS, key=str), ids=lambda m: m._meta.label)
def test_api(make_user, model: type[Model], role: str, where: str) -> None:
    record = _record_in(model, where)
    url = f"/api/v1/{API_KINDS[model]}/{record.slug}/"
    client = _api_client(make_user(role))

    anonymous = APIClient()
    assert anonymous.patch(f"{url}?publish=false", {}, format="json").status_code == 401
    assert anonymous.delete(url).status_code == 401

    change = client.patch(f"{url}?publish=false", {}, format="json")
    assert change.status_code == (200 if may_write(role, where) else 403), change.content

    delete = client.delete(url)
    still_there = model._default_manager.filter(pk=record.pk).exists()
    if _may_delete(role, where, record):
        assert delete.status_code != 403, delete.content
    else:
        assert delete.status_code == 403, delete.content
        assert still_there


def _region_root(region: Region) -> Page:
    """The top of the region's part of the Swedish tree; a region section page made for it,
    with the editorial set-up run as an operator would, when the demo has none."""
    roots = [page for page, owner in region_root_pages() if owner == region]
    root = next((page for page in roots if page.locale.language_code == "sv"), None)
    if root is None:
        home = HomePage.objects.get(locale__language_code="sv")
        section = RegionSectionPage(title=region.name, slug=f"matris-{region.code}", region=region)
        root = home.add_child(instance=section)
        root.save_revision().publish()
        setup_editorial_workflows(lambda _message: None)
    return root


def _page_in(model: type[Page], where: str) -> Page:
    """A live page of the type in the region under test (rolled back after): an event or news
    item given the region, any other type moved into the region's part of the tree."""
    region = Region.objects.get(code=WHERE[where])
    pages = model.objects.live().filter(locale__language_code="sv").order_by("pk")
    if issubclass(model, RegionalItem):
        page = pages.first()
        assert page is not None, f"load_demo has no live {model._meta.label}: the matrix needs one"
        if any(f.name == "region" for f in model._meta.fields):
            model.objects.filter(pk=page.pk).update(region=region)
        else:  # several regions (news): a parental relation, stored when the page is saved
            page.regions.set([region])
            page.save(clean=False)
        return model.objects.get(pk=page.pk)
    root = _region_root(region)
    page = pages.exclude(pk__in=[root.pk, *root.get_ancestors().values_list("pk", flat=True)])
    page = page.first()
    assert page is not None, f"load_demo has no live {model._meta.label}: the matrix needs one"
    model.objects.filter(pk=page.pk).update(slug=f"matris-{where}-{page.slug}")  # no clash
    page.refresh_from_db()
    page.move(root, pos="last-child")
    if any(f.name == "region" for f in model._meta.fields):
        model.objects.filter(pk=page.pk).update(region=region)
    return model.objects.get(pk=page.pk)


@pytest.mark.parametrize(("role", "where"), CASES)
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m._meta.label)
def test_pages(client, make_user, model: type[Page], role: str, where: str) -> None:
    page = _page_in(model, where)
    client.force_login(make_user(role))

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert (edit.status_code == 200) is may_write(role, where), edit.status_code
    if not may_write(role, where):
        assert _denied_in_admin(edit)

    unpublish = client.get(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    assert (unpublish.status_code == 200) is may_publish(role, where), unpublish.status_code
    if not may_publish(role, where):
        assert _denied_in_admin(unpublish)
