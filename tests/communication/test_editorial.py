"""Editorial workflow through the Wagtail admin: a page's region decides who may write and publish.

Each test runs `setup_regional_groups` (a developers' and an editors' group per region and the
national editors), gives two regions a section page and runs `setup_editorial_workflows`, and
then acts as the editors would, with the Django test client against the real admin views.
"""

from __future__ import annotations

import io
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page, Revision, TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from branch_models.models import Region
from communication.editorial import (
    grant_region_page_access,
    pages_due_for_review,
    region_root_pages,
    setup_editorial_workflows,
)
from communication.models import ContentPage, HomePage
from hub.groups import setup_regional_groups
from hub.models import Role

pytestmark = pytest.mark.django_db


def _group(region: Region | None, role: str) -> Group:
    return Group.objects.get(regional_role__region=region, regional_role__role=role)


def _user(username: str, group: Group) -> User:
    user = User.objects.create_user(username, f"{username}@example.se", "pw")
    user.groups.add(group)
    return user


def _client(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def setup():
    """Two regions with their groups, users and section pages; national editors on top."""
    setup_regional_groups(lambda _message: None)
    skane, vastmanland = Region.objects.get(code="12"), Region.objects.get(code="19")
    home = HomePage.objects.get(locale__language_code="sv")
    sections = {}
    users = {}
    for key, region in (("a", skane), ("b", vastmanland)):
        users[f"developer_{key}"] = _user(f"developer_{key}", _group(region, Role.DEVELOPER))
        users[f"editor_{key}"] = _user(f"editor_{key}", _group(region, Role.EDITOR))
        section = home.add_child(instance=ContentPage(title=region.name, slug=f"region-{key}"))
        section.save_revision().publish()
        grant_region_page_access(section, region)
        sections[key] = section
    setup_editorial_workflows(lambda _message: None)
    users["national"] = _user("national", _group(None, Role.EDITOR))
    return SimpleNamespace(home=home, section_a=sections["a"], section_b=sections["b"], **users)


def _page_form(title: str, slug: str, **extra: object) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": "En text om validering i regionen.",
            "body": streamfield([]),
            "comments": inline_formset([]),
            **extra,
        }
    )


def _add_url(parent: Page) -> str:
    return reverse("wagtailadmin_pages:add", args=("communication", "contentpage", parent.pk))


def _submit_new_page(client: Client, parent: Page, slug: str, **extra: object) -> ContentPage:
    response = client.post(
        _add_url(parent),
        _page_form("Validering i regionen", slug, **{"action-submit": "1", **extra}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return ContentPage.objects.get(slug=slug, locale__language_code="sv")


def _workflow_action(client: Client, page: Page, action: str) -> object:
    task_state = TaskState.objects.get(
        workflow_state__base_content_type__isnull=False,
        workflow_state__object_id=str(page.pk),
        status=TaskState.STATUS_IN_PROGRESS,
    )
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    return client.post(url, {"comment": ""})


def _refused(response: object) -> bool:
    """Wagtail's admin answers a forbidden action with 403 or a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def test_developer_writes_and_submits_in_own_region(setup):
    client = _client(setup.developer_a)
    assert client.get(_add_url(setup.section_a)).status_code == 200

    page = _submit_new_page(client, setup.section_a, "ny-sida")

    assert not page.live
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Skåne län: granskning och publicering"


def test_developer_cannot_publish_even_in_own_region(setup):
    client = _client(setup.developer_a)
    client.post(
        _add_url(setup.section_a), _page_form("Direkt", "direkt", **{"action-publish": "1"})
    )

    page = ContentPage.objects.get(slug="direkt")
    assert not page.live
    assert Client().get(page.url).status_code == 404


def test_developer_cannot_write_in_another_region(setup):
    client = _client(setup.developer_a)

    assert _refused(client.get(_add_url(setup.section_b)))
    response = client.post(_add_url(setup.section_b), _page_form("Intrång", "intrang"))
    assert _refused(response)
    assert not ContentPage.objects.filter(slug="intrang").exists()
    edit = reverse("wagtailadmin_pages:edit", args=(setup.section_b.pk,))
    assert _refused(client.get(edit))


def test_editor_of_the_region_approves_and_the_page_goes_live(setup):
    page = _submit_new_page(_client(setup.developer_a), setup.section_a, "godkand")

    response = _workflow_action(_client(setup.editor_a), page, "approve")

    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert Client().get(page.url).status_code == 200


def test_editor_of_another_region_can_neither_approve_nor_publish(setup):
    page = _submit_new_page(_client(setup.developer_a), setup.section_a, "granskas")
    client = _client(setup.editor_b)

    assert _refused(_workflow_action(client, page, "approve"))
    edit = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    assert _refused(client.get(edit))
    assert _refused(
        client.post(edit, _page_form("Publicerad av B", "granskas", **{"action-publish": "1"}))
    )

    page.refresh_from_db()
    assert not page.live
    assert page.title == "Validering i regionen"
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == "in_progress"
    assert Client().get(page.url).status_code == 404


def test_national_editor_approves_in_every_region(setup):
    page = _submit_new_page(_client(setup.developer_a), setup.section_a, "nationellt")

    _workflow_action(_client(setup.national), page, "approve")

    page.refresh_from_db()
    assert page.live


def test_scheduled_page_goes_live_with_publish_scheduled(setup):
    go_live = timezone.now() + timedelta(days=2)
    page = _submit_new_page(
        _client(setup.developer_a),
        setup.section_a,
        "senare",
        go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
    )
    _workflow_action(_client(setup.editor_a), page, "approve")

    page.refresh_from_db()
    revision = Revision.page_revisions.filter(object_id=str(page.pk)).latest("created_at")
    assert not page.live
    assert revision.approved_go_live_at is not None

    call_command("publish_scheduled", stdout=io.StringIO())
    page.refresh_from_db()
    assert not page.live  # not yet time

    # Two days pass: the revision's go-live time is now in the past.
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled", stdout=io.StringIO())
    page.refresh_from_db()
    assert page.live


def test_translation_gets_the_access_of_its_source(setup):
    article = setup.section_a.add_child(instance=ContentPage(title="Artikel", slug="artikel"))
    english = Locale.objects.get(language_code="en")

    translation = article.copy_for_translation(english, copy_parents=True)

    assert translation.permissions_for_user(setup.developer_a).can_edit()
    assert not translation.permissions_for_user(setup.developer_b).can_edit()
    assert translation.permissions_for_user(setup.editor_a).can_publish()
    assert translation.get_workflow().name == "Skåne län: granskning och publicering"


def test_setup_is_idempotent(setup):
    assert setup_editorial_workflows(lambda _message: None) == 0


def test_home_pages_are_national(setup):
    assert setup.home.permissions_for_user(setup.national).can_publish()
    assert not setup.home.permissions_for_user(setup.editor_a).can_edit()
    assert setup.section_a.permissions_for_user(setup.national).can_publish()


def test_region_root_pages_are_the_top_pages_with_a_region():
    roots = region_root_pages()
    for page, region in roots:
        assert page.region == region
        assert not any(
            getattr(ancestor.specific, "region", None) == region
            for ancestor in page.get_ancestors()
        )


def _age(page: Page, days: int) -> None:
    old = timezone.now() - timedelta(days=days)
    Page.objects.filter(pk=page.pk).update(latest_revision_created_at=old)


def test_pages_not_updated_for_a_year_are_due_for_review_in_own_region(setup):
    old_a = setup.section_a.add_child(instance=ContentPage(title="Gammal A", slug="gammal-a"))
    old_b = setup.section_b.add_child(instance=ContentPage(title="Gammal B", slug="gammal-b"))
    fresh = setup.section_a.add_child(instance=ContentPage(title="Färsk", slug="farsk"))
    for page in (old_a, old_b, fresh):
        page.save_revision().publish()
    _age(old_a, 400)
    _age(old_b, 400)
    _age(fresh, 30)

    due_a = pages_due_for_review(setup.editor_a)
    assert old_a.pk in [page.pk for page in due_a]
    assert old_b.pk not in [page.pk for page in due_a]
    assert fresh.pk not in [page.pk for page in due_a]
    assert {old_a.pk, old_b.pk} <= {page.pk for page in pages_due_for_review(setup.national)}

    dashboard = _client(setup.editor_a).get(reverse("wagtailadmin_home")).content.decode()
    assert "Gammal A" in dashboard
    assert "Gammal B" not in dashboard


def test_translate_this_page_makes_a_draft_only_an_editor_can_publish(setup):
    article = setup.section_a.add_child(instance=ContentPage(title="Artikel", slug="artikel"))
    article.save_revision().publish()
    english = Locale.objects.get(language_code="en")
    submit = reverse("wagtail_localize:submit_page_translation", args=(article.pk,))

    response = _client(setup.developer_a).post(submit, {"locales": [english.pk]})

    assert response.status_code == 302
    translation = article.get_translation(english)
    assert not translation.live  # untranslated text never goes public on its own
    assert not translation.permissions_for_user(setup.developer_a).can_publish()
    assert translation.permissions_for_user(setup.editor_a).can_publish()


def test_nobody_translates_another_regions_page(setup):
    article = setup.section_a.add_child(instance=ContentPage(title="Artikel", slug="artikel"))
    article.save_revision().publish()
    english = Locale.objects.get(language_code="en")
    submit = reverse("wagtail_localize:submit_page_translation", args=(article.pk,))

    assert _refused(_client(setup.developer_b).get(submit))
    assert _refused(_client(setup.developer_b).post(submit, {"locales": [english.pk]}))
    assert article.get_translation_or_none(english) is None


def test_pages_with_a_region_are_editable_by_that_region_only(setup):
    roots = region_root_pages()
    if not roots:
        pytest.skip("no page with a region in the demo data")
    for page, region in roots:
        assert page.permissions_for_user(setup.developer_a).can_edit() == (region.code == "12")
        assert page.permissions_for_user(setup.developer_b).can_edit() == (region.code == "19")
        assert page.permissions_for_user(setup.national).can_publish()
        assert page.get_workflow().name == f"{region.name}: granskning och publicering"


def test_a_recent_review_date_keeps_an_old_page_off_the_reminders(setup):
    reviewed = setup.section_a.add_child(
        instance=ContentPage(title="Granskad", slug="granskad", last_reviewed=timezone.localdate())
    )
    overdue = setup.section_a.add_child(
        instance=ContentPage(
            title="Försenad",
            slug="forsenad",
            last_reviewed=timezone.localdate() - timedelta(days=400),
        )
    )
    for page in (reviewed, overdue):
        page.save_revision().publish()
    _age(reviewed, 400)  # changed long ago, but checked recently

    due = {page.pk for page in pages_due_for_review(setup.editor_a)}

    assert overdue.pk in due  # changed today, but its content was last checked 400 days ago
    assert reviewed.pk not in due
