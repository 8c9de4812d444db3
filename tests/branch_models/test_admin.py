"""The registry's admin pages: menus, forms, inspect and history, review flags, workplace copies."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from branch_models.forms import ChecklistSectionsField, LinesField, parse_language_code
from branch_models.models import (
    Actor,
    ChecklistTemplate,
    KomvuxOffer,
    Municipality,
    Region,
    ValidationModel,
)
from branch_models.services import copy_checklist_for_workplace

pytestmark = pytest.mark.django_db


def snippet_url(model: str, name: str, *args: object) -> str:
    return reverse(f"wagtailsnippets_branch_models_{model}:{name}", args=args)


def test_admin_menu_groups_registry_and_reference_data(client, make_user):
    client.force_login(make_user("developer"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    with translation.override("sv"):
        labels = [
            str(label)
            for label in (_("Registry"), _("Reference data"))
            + tuple(capfirst(m._meta.verbose_name_plural) for m in (ValidationModel, KomvuxOffer))
        ]
    for label in labels:
        assert label in html, label


def test_inspect_shows_other_regions_records_read_only(client, make_user, actors):
    client.force_login(make_user("developer"))
    other = actors["other"]
    response = client.get(snippet_url("actor", "inspect", other.pk))
    assert response.status_code == 200
    assert other.name in response.content.decode()
    assert snippet_url("actor", "edit", other.pk) not in response.content.decode()
    own = client.get(snippet_url("actor", "inspect", actors["own"].pk))
    assert snippet_url("actor", "edit", actors["own"].pk) in own.content.decode()


def test_validation_model_form_has_ordered_steps_and_grouped_panels(client, make_user):
    client.force_login(make_user("superuser"))
    model = ValidationModel.objects.get(slug="svets")
    html = client.get(snippet_url("validationmodel", "edit", model.pk)).content.decode()
    assert 'name="steps-TOTAL_FORMS"' in html
    assert f'value="{model.steps.count()}"' in html
    for heading in ("Innehåll", "Steg", "Var", "Ursprung"):
        assert heading in html, heading


def test_history_shows_who_changed_a_record(client, make_user, actors):
    user = make_user("editor")
    client.force_login(user)
    actor = actors["own"]
    data = {
        "name": "Omdöpt aktör",
        "slug": actor.slug,
        "kind": "other",
        "languages": "sv",
        "owner_region": actor.owner_region_id,
        "last_reviewed": "2026-06-01",
        "action-publish": "1",
    }
    client.post(snippet_url("actor", "edit", actor.pk), data)
    actor.refresh_from_db()
    assert actor.name == "Omdöpt aktör" and actor.live
    history = client.get(snippet_url("actor", "history", actor.pk)).content.decode()
    assert user.get_username() in history or user.email in history or "editor" in history
    assert "Publicerad" in history or "Published" in history


def test_a_draft_change_of_relations_stays_private_until_published_and_shows_in_history(
    client, make_user, actors
):
    client.force_login(make_user("editor"))
    actor = actors["own"]
    hassleholm = Municipality.objects.get(code="1293")
    data = {
        "name": actor.name,
        "slug": actor.slug,
        "kind": "other",
        "languages": "sv",
        "owner_region": actor.owner_region_id,
        "last_reviewed": "2026-06-01",
        "municipalities": [hassleholm.pk],
    }
    client.post(snippet_url("actor", "edit", actor.pk), data)
    actor.refresh_from_db()
    assert actor.has_unpublished_changes
    assert list(actor.municipalities.all()) == []
    assert hassleholm.name not in client.get(actor.get_absolute_url()).content.decode()
    draft = actor.get_latest_revision_as_object()
    assert list(draft.municipalities.all()) == [hassleholm]
    compare = client.get(snippet_url("actor", "revisions_compare", actor.pk, "live", "latest"))
    assert hassleholm.name in compare.content.decode()
    history = client.get(snippet_url("actor", "history", actor.pk)).content.decode()
    assert "Redigerad" in history and "editor-0" in history

    client.post(snippet_url("actor", "edit", actor.pk), {**data, "action-publish": "1"})
    actor.refresh_from_db()
    assert not actor.has_unpublished_changes
    assert list(actor.municipalities.all()) == [hassleholm]
    assert hassleholm.name in client.get(actor.get_absolute_url()).content.decode()


def test_form_offers_only_the_editors_regions(client, make_user):
    client.force_login(make_user("developer"))
    form = client.get(snippet_url("actor", "add")).context["form"]
    assert list(form.fields["owner_region"].queryset) == [Region.objects.get(code="12")]
    client.force_login(make_user("national"))
    form = client.get(snippet_url("actor", "add")).context["form"]
    assert form.fields["owner_region"].queryset.count() == 21
    assert not form.fields["owner_region"].required  # national editors keep national records


def test_list_fields_edited_one_item_per_line():
    field = LinesField(item=parse_language_code)
    assert field.clean("sv\n\n AR \nso") == ["sv", "ar", "so"]
    assert field.prepare_value(["sv", "ar"]) == "sv\nar"
    with pytest.raises(ValidationError, match="svenska"):
        field.clean("sv\nsvenska")


def test_checklist_sections_edited_as_headed_blocks():
    field = ChecklistSectionsField()
    sections = [
        {"title": "Hygien", "items": ["Tvättar händerna", "Byter förkläde"]},
        {"title": "Språk", "items": []},
    ]
    assert field.clean(field.prepare_value(sections)) == sections
    with pytest.raises(ValidationError, match="1"):
        field.clean("En punkt utan rubrik")


# --- Review flags -------------------------------------------------------------------------------


@pytest.fixture
def overdue(actors):
    for actor in actors.values():
        actor.last_reviewed = date(2020, 1, 1)
        actor.save()
    return actors


def test_dashboard_lists_the_users_records_due_for_review(client, make_user, overdue):
    client.force_login(make_user("developer"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Dags för granskning" in html
    assert overdue["own"].name in html
    assert overdue["other"].name not in html
    assert overdue["national"].name not in html


def test_dashboard_has_no_review_panel_for_a_user_without_region(client, make_user, overdue):
    client.force_login(make_user("no-role"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Dags för granskning" not in html


def test_list_filter_and_flag_records_due_for_review(client, make_user, overdue):
    client.force_login(make_user("developer"))
    response = client.get(snippet_url("actor", "list"), {"review_due": "true", "q": "Testaktör"})
    listed = set(response.context["object_list"])
    assert set(overdue.values()) == listed
    assert all(actor.review_overdue for actor in listed)
    assert "Dags att granska" in response.content.decode()
    fresh = client.get(snippet_url("actor", "list"), {"review_due": "false", "q": "Testaktör"})
    assert not set(overdue.values()) & set(fresh.context["object_list"])


# --- Copy for a workplace ----------------------------------------------------------------------


@pytest.fixture
def template():
    return ChecklistTemplate.objects.filter(workplace="").order_by("pk").first()


def test_listing_offers_copy_for_a_workplace(client, make_user, template):
    client.force_login(make_user("developer"))
    html = client.get(snippet_url("checklisttemplate", "list")).content.decode()
    assert snippet_url("checklisttemplate", "copy_for_workplace", template.pk) in html


def test_copy_for_a_workplace_through_the_admin(client, make_user, template):
    client.force_login(make_user("developer"))
    url = snippet_url("checklisttemplate", "copy_for_workplace", template.pk)
    region = Region.objects.get(code="12")
    response = client.post(url, {"workplace": "Restaurang Stortorget", "owner_region": region.pk})
    copy = ChecklistTemplate.objects.get(based_on=template, workplace="Restaurang Stortorget")
    assert response.status_code == 302
    assert response["Location"] == snippet_url("checklisttemplate", "edit", copy.pk)
    assert copy.owner_region == region
    assert copy.sections == template.sections
    assert copy.live is False
    assert str(copy) == f"{template.name} – Restaurang Stortorget"


def test_copy_for_a_workplace_refuses_another_region(client, make_user, template):
    client.force_login(make_user("developer"))
    url = snippet_url("checklisttemplate", "copy_for_workplace", template.pk)
    other = Region.objects.get(code="19")
    response = client.post(url, {"workplace": "Fel region", "owner_region": other.pk})
    assert response.status_code == 200
    assert response.context["form"].errors["owner_region"]
    assert not ChecklistTemplate.objects.filter(workplace="Fel region").exists()


def test_copy_for_a_workplace_in_code(make_user, template):
    copy = copy_checklist_for_workplace(make_user("developer"), template, "Bageri Osby")
    assert copy.based_on == template and copy.owner_region.code == "12"
    again = copy_checklist_for_workplace(make_user("editor"), template, "Bageri Osby")
    assert again.slug != copy.slug  # a second copy for the same workplace gets its own slug
    with pytest.raises(ValidationError):
        copy_checklist_for_workplace(make_user("national"), template, "Bageri Osby")


def test_actor_list_has_no_copy_for_workplace(client, make_user):
    client.force_login(make_user("developer"))
    html = client.get(snippet_url("actor", "list")).content.decode()
    assert "copy-for-workplace" not in html
    assert Actor.objects.exists()


def test_copying_a_record_starts_without_its_slug(client, make_user, actors):
    client.force_login(make_user("developer"))
    other = actors["other"]
    form = client.get(snippet_url("actor", "copy", other.pk)).context["form"]
    assert form.initial["name"] == other.name
    assert not form.initial.get("slug")


def test_the_review_queue_comes_before_the_reminders(client, make_user, overdue):
    """An editor opening the admin sees first what waits for their approval."""
    developer, editor = make_user("developer"), make_user("editor")
    actor = overdue["own"]
    actor.save_revision(user=developer)
    actor.get_workflow().start(actor, developer)
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    queue = html.index('id="awaiting-review-section"')
    assert actor.name in html[queue : html.index('id="half-year-cycle-section"')]
    assert queue < html.index('id="due-for-review-section"')
