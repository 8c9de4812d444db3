"""API writes of registry records: the registry's checked write path, plus relations.

Authorisation is ``branch_models.services``' (the admin's rule, by region and role). This
module adds what an API write has beyond a form: the many-to-many relations sent with the
record, and the rule that a published record's API change is published at once, because
revisions do not hold those relations, so a draft of them could not be kept apart from the
live record.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeVar

from django.db import transaction
from django.db.models import Model
from django.utils.translation import gettext as _
from wagtail.actions.create import CreateAction
from wagtail.actions.edit import EditAction

from branch_models.models import RegistryRecord
from branch_models.services import authorize_save
from hub.api.errors import Conflict
from hub.permissions import User

__all__ = ["save_record"]

R = TypeVar("R", bound=RegistryRecord)


def save_record(
    user: User,
    record: R,
    *,
    publish: bool,
    relations: Mapping[str, Iterable[Model]] | None = None,
) -> R:
    """Create or change ``record`` for ``user``, with its many-to-many ``relations``.

    A new record is a draft unless published; a published record's change is published.
    """
    stored = type(record)._default_manager.filter(pk=record.pk).first() if record.pk else None
    authorize_save(user, record, stored=stored, publish=publish)
    if stored is not None and stored.live and not publish:
        raise Conflict(
            _(
                "This record is published, so an API change to it is published too: "
                "send publish=true (an editor's right), or save a draft in the admin."
            )
        )
    record.full_clean()
    action = CreateAction if stored is None else EditAction
    with transaction.atomic():
        saved = action(record, user=user, publish=publish).execute(skip_permission_checks=True)
        for name, values in (relations or {}).items():
            getattr(saved, name).set(values)
    return saved
