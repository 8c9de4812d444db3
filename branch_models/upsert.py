"""Write rows by natural key, saving only what changed, so repeated loads change nothing.

For reference data and the feature apps' demo tables. Registry records from files are written
by ``branch_models.importing.import_rows`` only (the demo's registry records too).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from django.db import models
from modelcluster.models import ClusterableModel

__all__ = ["sync_m2m", "sync_record"]

M = TypeVar("M", bound=models.Model)


def sync_record(
    model: type[M], lookup: Mapping[str, Any], values: Mapping[str, Any]
) -> tuple[M, bool]:
    """Create or update one row; return it and whether anything was written."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        return model.objects.create(**lookup, **values), True
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.save()
    return obj, bool(changed)


def sync_m2m(obj: ClusterableModel, field: str, targets: Iterable[models.Model]) -> bool:
    """Set a parental many-to-many relation only when its members differ, and write it.

    Return whether it changed. A ``ParentalManyToManyField`` keeps a set relation in memory
    until committed, so this commits it (the record itself is already saved).
    """
    manager = getattr(obj, field)
    targets = list(targets)
    if set(manager.values_list("pk", flat=True)) == {target.pk for target in targets}:
        return False
    manager.set(targets)
    manager.commit()
    return True
