"""Regional items in shared lists: events and news that belong to one region's editors.

Every region's events hang below the one ``/evenemang/`` and its news below ``/nyheter/``, so a
visitor finds them in one place. Wagtail's page permissions follow the tree, which would make
every region's editors the keepers of every region's items; here the item's own region decides
instead (``RegionalItem``):

- the region's developers may edit, lock and submit it, its editors also publish and unlock
  (``RegionalPagePermissionTester``); permissions from the tree (national editors on the home
  page) still apply;
- submitting starts the region's workflow, approved by the region's editors
  (``RegionalItem.get_workflow``);
- a new item's region is the writer's own region when they write in exactly one
  (``RegionalItemForm``), and nobody may give an item a region they do not write in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import PagePermissionTester, Workflow

from hub.models import Role
from hub.permissions import ALL_REGIONS, User, regions_for
from hub.workflows import region_workflow

if TYPE_CHECKING:
    from branch_models.models import Region

__all__ = [
    "RegionalItem",
    "RegionalItemForm",
    "RegionalPagePermissionTester",
]

WRITER_ACTIONS = frozenset({"change", "lock"})
APPROVER_ACTIONS = frozenset({"change", "lock", "unlock", "publish"})


class RegionalPagePermissionTester(PagePermissionTester):
    """Page permissions from the tree plus those the user's roles give in the item's region."""

    def __init__(self, user: User, page: RegionalItem) -> None:
        super().__init__(user, page)
        if not user.is_active or user.is_superuser:
            return
        region_ids = [region.pk for region in page.item_regions()]
        if not region_ids:
            return
        writes = regions_for(user, (Role.DEVELOPER, Role.EDITOR))
        approves = regions_for(user, (Role.EDITOR,))
        if writes is ALL_REGIONS or set(region_ids) <= writes:
            self.permissions |= WRITER_ACTIONS
        if approves is ALL_REGIONS or set(region_ids) <= approves:
            self.permissions |= APPROVER_ACTIONS


class RegionalItem:
    """A page whose region (``item_regions()``) decides its editors and its workflow."""

    def item_regions(self) -> list[Region]:
        """Return the regions the item belongs to (empty: national)."""
        raise NotImplementedError

    def permissions_for_user(self, user: User) -> PagePermissionTester:
        return RegionalPagePermissionTester(user, self)

    def get_workflow(self) -> Workflow | None:
        """Return the workflow of the item's region, or the tree's (national) workflow."""
        regions = self.item_regions()
        if len(regions) == 1 and (workflow := region_workflow(regions[0])) is not None:
            return workflow
        return super().get_workflow()

    def has_workflow(self) -> bool:
        return self.get_workflow() is not None


class RegionalItemForm(WagtailAdminPageForm):
    """An item's admin form: region defaulted from the writer's group, limited to their regions.

    Subclasses name the region field (a foreign key or a many-to-many field to ``Region``).
    """

    region_field = "region"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields.get(self.region_field)
        user = self.for_user
        if field is None or user is None:
            return
        writes = regions_for(user, (Role.DEVELOPER, Role.EDITOR))
        if writes is ALL_REGIONS:
            return
        field.queryset = field.queryset.filter(pk__in=writes)
        field.required = True
        if self.instance.pk is None and len(writes) == 1 and not self.is_bound:
            (only,) = writes
            self.initial[self.region_field] = [only] if self._many else only

    @property
    def _many(self) -> bool:
        return isinstance(self.fields[self.region_field], forms.ModelMultipleChoiceField)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        user = self.for_user
        if user is None or self.region_field not in cleaned:
            return cleaned
        writes = regions_for(user, (Role.DEVELOPER, Role.EDITOR))
        value = cleaned[self.region_field]
        chosen = list(value) if self._many else [value] if value else []
        if writes is not ALL_REGIONS and (
            not chosen or any(region.pk not in writes for region in chosen)
        ):
            self.add_error(
                self.region_field,
                ValidationError(_("Choose your own region: its editors approve the item.")),
            )
        return cleaned
