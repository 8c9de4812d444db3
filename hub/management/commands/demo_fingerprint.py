"""`manage.py demo_fingerprint`: what the loaded demo holds, to prove a change leaves it alone.

Run it after ``manage.py load_demo`` on a fresh database, before and after the change, and
compare the two outputs (``diff``). It lists every page (path, locale, type, title and a hash
of all its fields) and, for every other model, the row count and a hash of the rows' fields.
Primary keys, random ids (translation keys, stream block ids) and timestamps are left out, and
foreign keys are written as what they point to, so only a change of content shows::

    export DATABASE_URL=sqlite:////tmp/demo.sqlite3 ELASTICSEARCH_URL=
    manage.py migrate && manage.py load_demo && manage.py demo_fingerprint > before.json
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import models
from wagtail.fields import StreamField
from wagtail.models import Page

from hub.streams import strip_block_ids

# Rows that record when and by whom, not what: they differ between any two loads.
SKIPPED_MODELS = {
    "admin.logentry",
    "sessions.session",
    "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.referenceindex",
    "wagtailsearch.indexentry",
    "search.outboxentry",
}
SKIPPED_FIELDS = {
    "translation_key",
    "path",
    "latest_revision",
    "live_revision",
    "latest_revision_created_at",
    "first_published_at",
    "last_published_at",
    "draft_title",
    "content_type",
    "object_id",
    "content",  # a revision's stored page: holds primary keys and timestamps
    "created_at",
}


def _name(obj: models.Model | None) -> str:
    """What a foreign key points to, without its primary key."""
    if obj is None:
        return ""
    if isinstance(obj, Page):
        return f"page:{obj.locale.language_code}:{obj.url_path}"
    for attr in ("language_code", "slug", "code", "username", "name"):
        if hasattr(obj, attr):
            return f"{obj._meta.label_lower}:{getattr(obj, attr)}"
    return f"{obj._meta.label_lower}:{obj}"


def _row(obj: models.Model) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for field in obj._meta.concrete_fields:
        if field.primary_key or field.name in SKIPPED_FIELDS:
            continue
        if isinstance(field, models.DateTimeField) and (field.auto_now or field.auto_now_add):
            continue
        if isinstance(field, models.ForeignKey):
            row[field.name] = _name(getattr(obj, field.name))
        elif isinstance(field, StreamField):
            row[field.name] = strip_block_ids(field.get_prep_value(getattr(obj, field.name)))
        else:
            row[field.name] = field.value_to_string(obj)
    for field in obj._meta.many_to_many:
        row[field.name] = sorted(_name(item) for item in getattr(obj, field.name).all())
    return row


def _hash(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def fingerprint() -> dict[str, Any]:
    """Every page in tree order, and each other table's row count and hash."""
    pages = []
    for page in Page.objects.order_by("path").specific():
        pages.append(
            [
                page.locale.language_code,
                page.url_path,
                page.specific_class.__name__,
                page.title,
                page.live,
                _hash(_row(page)),
            ]
        )
    tables = {}
    for model in apps.get_models():
        label = model._meta.label_lower
        if label in SKIPPED_MODELS or issubclass(model, Page) or model._meta.proxy:
            continue
        rows = sorted(_hash(_row(obj)) for obj in model._default_manager.all())
        if rows:
            tables[label] = [len(rows), _hash(rows)]
    return {"pages": pages, "tables": tables}


class Command(BaseCommand):
    help = "Print a fingerprint of the loaded demo (pages, row counts and hashes) as JSON."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(json.dumps(fingerprint(), indent=1, ensure_ascii=False))
