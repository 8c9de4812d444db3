"""Wagtail admin registration for the registry (Wagtail's own extension points only)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.contrib.admin.utils import quote
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import Button
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet

from branch_models.admin_views import DueForReviewPanel, MissingContactsPanel
from branch_models.models import (
    Actor,
    ChecklistTemplate,
    Competence,
    Municipality,
    Occupation,
    RegistryRecord,
    ValidationModel,
)
from branch_models.resources import IMPORT_LOG_ACTION
from branch_models.viewsets import ReferenceDataGroup, RegistryGroup, record_viewsets
from hub.widgets import SearchableCheckboxSelectMultiple

# Lists of hundreds (290 municipalities, the occupations, competences, actors and models) are
# chosen from searchable checkboxes in every admin form; short lists keep Wagtail's default.
LONG_LISTS = (Municipality, Occupation, Competence, Actor, ValidationModel)
register_form_field_override(
    ParentalManyToManyField,
    override=lambda field: (
        {"widget": SearchableCheckboxSelectMultiple} if field.related_model in LONG_LISTS else {}
    ),
)

register_snippet(RegistryGroup)
register_snippet(ReferenceDataGroup)


@hooks.register("construct_homepage_panels")
def add_due_for_review_panel(request: HttpRequest, panels: list[Any]) -> None:
    """Show editors the records of their regions that are due for review, and the actors
    whose contact cards lack a way to reach them."""
    viewsets = [viewset.model.snippet_viewset for viewset in record_viewsets]
    panels.append(DueForReviewPanel(request, viewsets))
    panels.append(MissingContactsPanel(request))


@hooks.register("construct_snippet_action_menu")
def hide_publishing_outside_approver_regions(
    menu_items: list[Any], request: HttpRequest, context: dict[str, Any]
) -> None:
    """Offer Publish and Unpublish only to editors of the record's region."""
    instance = context.get("instance")
    if not isinstance(instance, RegistryRecord) or instance.pk is None:
        return
    stored = type(instance)._default_manager.get(pk=instance.pk)
    policy = policy_registry.get(stored)
    if not policy.user_has_permission_for_instance(request.user, "publish", stored):
        menu_items[:] = [
            item for item in menu_items if item.name not in {"action-publish", "action-unpublish"}
        ]


@hooks.register("register_snippet_listing_buttons")
def copy_for_workplace_button(
    snippet: Any, user: Any, next_url: str | None = None
) -> Iterator[Button]:
    """Offer "Copy for a workplace" on industry checklist templates."""
    if not isinstance(snippet, ChecklistTemplate) or snippet.workplace:
        return
    viewset = ChecklistTemplate.snippet_viewset
    if policy_registry.get(snippet).user_has_permission(user, "add"):
        yield Button(
            _("Copy for a workplace"),
            url=reverse(viewset.get_url_name("copy_for_workplace"), args=(quote(snippet.pk),)),
            icon_name="copy",
            priority=25,
        )


@hooks.register("register_log_actions")
def register_import_log_action(actions: Any) -> None:
    """Name the history entry that file imports write."""
    actions.register_action(IMPORT_LOG_ACTION, _("Import"), _("Imported from a file"))
