"""The retention registry: every kind of personal data the site keeps, for how long, and how
it is deleted.

Apps register their rules from their ``AppConfig.ready()``, so the hub imports no domain app.
A rule does not delete by itself: it selects the rows whose time is up (``expired``), and
``manage.py apply_retention`` deletes them. One selection serves both the dry run and the
deletion, so what ``--dry-run`` reports is what a real run deletes. The privacy page lists the
same rules (``get_rules``) with their human description and period.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db import models, transaction
from django.utils import timezone
from django.utils.functional import Promise
from wagtail.models import ModelLogEntry

__all__ = ["RetentionResult", "RetentionRule", "apply_rules", "get_rules", "register"]


@dataclass(frozen=True)
class RetentionRule:
    """One kind of personal data and its retention.

    ``name`` is a stable key (shown by the command), ``data`` says what is kept and
    ``period`` how long, both translatable for the privacy page; ``expired(now)`` returns the
    rows whose retention has run out at ``now``.
    """

    name: str
    data: str | Promise
    period: str | Promise
    expired: Callable[[datetime], models.QuerySet]


@dataclass(frozen=True)
class RetentionResult:
    """How many rows of one rule were deleted (or would be, in a dry run)."""

    rule: RetentionRule
    rows: int


_rules: dict[str, RetentionRule] = {}
# Ids per query when deleting history (SQLite limits the parameters of one statement).
_HISTORY_BATCH = 500


def register(rule: RetentionRule) -> RetentionRule:
    """Add a rule; registering the same rule again (a second ``ready()``) changes nothing."""
    existing = _rules.get(rule.name)
    if existing is not None and existing != rule:
        raise ImproperlyConfigured(f"Two retention rules are named {rule.name!r}.")
    _rules[rule.name] = rule
    return rule


def get_rules() -> tuple[RetentionRule, ...]:
    """Return the registered rules, ordered by name (for the privacy page and the command)."""
    return tuple(_rules[name] for name in sorted(_rules))


def apply_rules(now: datetime | None = None, *, dry_run: bool = False) -> list[RetentionResult]:
    """Delete every rule's expired rows (count them when ``dry_run``), one transaction a rule.

    The number reported is the rule's own rows; rows that depend on them (a request's
    follow-up) go with them through the models' ``on_delete``. The admin's history of the
    deleted rows goes too: its entries are labelled with the row's name (a person's name).
    """
    now = now or timezone.now()
    results = []
    for rule in get_rules():
        expired = rule.expired(now)
        if dry_run:
            rows = expired.count()
        else:
            with transaction.atomic():
                _delete_history(expired)
                _total, by_model = expired.delete()
            rows = by_model.get(expired.model._meta.label, 0)
        results.append(RetentionResult(rule, rows))
    return results


def _delete_history(rows: models.QuerySet) -> None:
    """Delete the admin's log entries (history) of the rows about to be deleted."""
    content_type = ContentType.objects.get_for_model(rows.model, for_concrete_model=False)
    ids = [str(pk) for pk in rows.values_list("pk", flat=True)]
    for start in range(0, len(ids), _HISTORY_BATCH):
        ModelLogEntry.objects.filter(
            content_type=content_type, object_id__in=ids[start : start + _HISTORY_BATCH]
        ).delete()
