"""The one code path that writes registry records on behalf of a user.

Every write outside the Wagtail admin views (file imports, the API, management commands acting
for a person) goes through these functions; the admin views call ``authorize_save`` too. They
ask the Wagtail permission policy registered for the model (``hub.permission_policies``), so
the regional rule is the same everywhere, and they raise ``PermissionDenied`` with a message
that says what the user may not do and where.
"""

from __future__ import annotations

from typing import TypeVar

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.actions import CreateAction, DeleteAction, EditAction
from wagtail.permissions import policy_registry

from branch_models.models import ChecklistTemplate, Region, RegistryRecord
from hub.permissions import User, regions_for

__all__ = [
    "authorize",
    "authorize_save",
    "copy_checklist_for_workplace",
    "delete_record",
    "save_record",
]

R = TypeVar("R", bound=RegistryRecord)


def _denied(action: str, record: RegistryRecord) -> PermissionDenied:
    region = record.owner_region
    if region is None:
        messages = {
            "add": _("You may not create national records: that takes a national role."),
            "change": _("You may not change national records: that takes a national role."),
            "delete": _("You may not delete national records: that takes a national role."),
            "publish": _("You may not publish national records: that takes a national role."),
        }
        return PermissionDenied(messages.get(action, messages["change"]))
    messages = {
        "add": _("You may not create records owned by %(region)s."),
        "change": _("You may not change records owned by %(region)s."),
        "delete": _(
            "You may not delete this record of %(region)s: deleting a published record "
            "takes an editor of the region."
        ),
        "publish": _("You may not publish records owned by %(region)s: that takes an editor."),
    }
    return PermissionDenied(messages.get(action, messages["change"]) % {"region": region})


def authorize(user: User, action: str, record: RegistryRecord) -> None:
    """Raise ``PermissionDenied`` unless the user may take ``action`` on ``record``."""
    policy = policy_registry.get(record)
    if not policy.user_has_permission_for_instance(user, action, record):
        raise _denied(action, record)


def authorize_save(
    user: User,
    record: RegistryRecord,
    *,
    stored: RegistryRecord | None = None,
    publish: bool = False,
) -> None:
    """Check that the user may save ``record`` as it is now (and publish it, if asked).

    A changed record is judged twice: by the region it has in the database (``stored``, read
    when not given) and by the region it is being given, so nobody moves a record out of, or
    into, a region they do not write in.
    """
    if record.pk is None:
        authorize(user, "add", record)
    else:
        if stored is None:
            stored = type(record)._default_manager.get(pk=record.pk)
        authorize(user, "change", stored)
        if stored.owner_region_id != record.owner_region_id:
            authorize(user, "change", record)
    if publish:
        authorize(user, "publish", record)


def save_record(user: User, record: R, *, publish: bool = False) -> R:
    """Create or change a record for ``user``, with a revision and a log entry.

    As in the admin, a change to a published record is saved as a draft revision unless
    ``publish`` is true; a new record is a draft until published.
    """
    authorize_save(user, record, publish=publish)
    action = CreateAction if record.pk is None else EditAction
    return action(record, user=user, publish=publish).execute(skip_permission_checks=True)


def delete_record(user: User, record: RegistryRecord) -> None:
    """Delete a record for ``user``, logging who did it."""
    stored = type(record)._default_manager.get(pk=record.pk)
    authorize(user, "delete", stored)
    DeleteAction(stored, user=user).execute(skip_permission_checks=True)


def _unique_slug(base: str, model: type[RegistryRecord]) -> str:
    limit = model._meta.get_field("slug").max_length
    slug = base[:limit].strip("-")
    suffix = 2
    while model._default_manager.filter(slug=slug).exists():
        tail = f"-{suffix}"
        slug = f"{base[: limit - len(tail)].strip('-')}{tail}"
        suffix += 1
    return slug


def copy_checklist_for_workplace(
    user: User,
    template: ChecklistTemplate,
    workplace: str,
    owner_region: Region | None = None,
) -> ChecklistTemplate:
    """Create a draft copy of ``template`` tailored for ``workplace``, owned by the user's region.

    ``owner_region`` may be left out when the user writes in exactly one region. The copy keeps
    a link to its template (``based_on``) so updates to the template can be found from it.
    """
    workplace = workplace.strip()
    if not workplace:
        raise ValidationError(_("Name the workplace the copy is for."))
    if owner_region is None:
        regions = regions_for(user)
        if len(regions) != 1:
            raise ValidationError(_("Choose which of your regions owns the copy."))
        owner_region = Region.objects.get(pk=next(iter(regions)))
    copy = ChecklistTemplate(
        name=template.name,
        industry=template.industry,
        workplace=workplace,
        based_on=template,
        intro=template.intro,
        sections=template.sections,
        language_items=template.language_items,
        owner_region=owner_region,
        source_url=template.source_url,
        last_reviewed=timezone.localdate(),
        is_demo=template.is_demo,
        slug=_unique_slug(slugify(f"{template.slug}-{workplace}"), ChecklistTemplate),
    )
    with transaction.atomic():
        return save_record(user, copy)
