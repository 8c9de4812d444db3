"""API writes of registry records: authorised by region, saved through Wagtail's actions.

Every create, change and delete made through the API passes here. The rule is the admin's,
asked of ``hub.permissions``: a user writes records of the regions where they hold a role
(national records need a national role), and publishing, or deleting a published record,
takes an editor. Saving goes through Wagtail's ``CreateAction``/``EditAction``/``DeleteAction``,
so each write makes a revision and a log entry that the admin's history shows with the token's
user.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeVar

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Model
from django.utils.translation import gettext as _
from wagtail.actions.create import CreateAction
from wagtail.actions.delete import DeleteAction
from wagtail.actions.edit import EditAction

from branch_models.models import RegistryRecord
from hub.api.errors import Conflict
from hub.permissions import User, can_approve_in_region, can_write_in_region

__all__ = ["authorize", "delete_record", "save_record"]

R = TypeVar("R", bound=RegistryRecord)


def _denied(action: str, record: RegistryRecord) -> PermissionDenied:
    """Say what the user may not do, and where."""
    region = record.owner_region
    if region is None:
        messages = {
            "add": _("You may not create national records: that takes a national role."),
            "change": _("You may not change national records: that takes a national role."),
            "delete": _("You may not delete national records: that takes a national role."),
            "publish": _("You may not publish national records: that takes a national role."),
        }
        return PermissionDenied(messages[action])
    messages = {
        "add": _("You may not create records owned by %(region)s."),
        "change": _("You may not change records owned by %(region)s."),
        "delete": _(
            "You may not delete this record of %(region)s: deleting a published record "
            "takes an editor of the region."
        ),
        "publish": _(
            "You may not publish records owned by %(region)s: that takes an editor. "
            "Send publish=false to save a draft instead."
        ),
    }
    return PermissionDenied(messages[action] % {"region": region})


def authorize(user: User, action: str, record: RegistryRecord) -> None:
    """Raise ``PermissionDenied`` unless the user may take ``action`` on ``record``.

    Actions: ``add``, ``change``, ``delete`` and ``publish``. Publishing, and deleting a
    published record, take an editor; the others a developer or an editor of the region.
    """
    approves = action == "publish" or (action == "delete" and record.live)
    check = can_approve_in_region if approves else can_write_in_region
    if not check(user, record.owner_region):
        raise _denied(action, record)


def save_record(
    user: User,
    record: R,
    *,
    publish: bool,
    relations: Mapping[str, Iterable[Model]] | None = None,
) -> R:
    """Create or change ``record`` for ``user``, with its many-to-many ``relations``.

    A changed record is judged by the region it has in the database and, if that changes, by
    the region it is given, so nobody moves a record out of or into a region they do not write
    in. A new record is a draft unless published. A published record's change is published at
    once: a draft of it would leave its relations, which revisions do not hold, half-changed.
    """
    stored = type(record)._default_manager.filter(pk=record.pk).first() if record.pk else None
    if stored is None:
        authorize(user, "add", record)
    else:
        authorize(user, "change", stored)
        if stored.owner_region_id != record.owner_region_id:
            authorize(user, "change", record)
        if stored.live and not publish:
            raise Conflict(
                _(
                    "This record is published, so an API change to it is published too: "
                    "send publish=true (an editor's right), or save a draft in the admin."
                )
            )
    if publish:
        authorize(user, "publish", record)
    record.full_clean()
    action = CreateAction if stored is None else EditAction
    with transaction.atomic():
        saved = action(record, user=user, publish=publish).execute(skip_permission_checks=True)
        for name, values in (relations or {}).items():
            getattr(saved, name).set(values)
    return saved


def delete_record(user: User, record: RegistryRecord) -> None:
    """Delete ``record`` for ``user``; a published record takes an editor of its region."""
    authorize(user, "delete", record)
    DeleteAction(record, user=user).execute(skip_permission_checks=True)
