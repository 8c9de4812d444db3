"""Import and export of registry records with django-import-export, keyed by natural keys.

One ``ModelResource`` per registry type. Records are matched by ``slug``; related records by
their slug, reference data by its official code (SCB, SNI, SSYK) and competences by name, so a
file exported from one installation imports into another.

Imports are written in bulk (django-import-export's ``use_bulk``): per row only parsing,
validation and the permission check run; records, many-to-many links, steps, revisions and log
entries are written a batch at a time (``hub.bulk``: COPY on PostgreSQL). Lookups of related
records are loaded once per import.
Each written record gets a Wagtail revision and a log entry, so its history shows the import.
Column formats: docs/import-export.md.
"""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, models, router
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from import_export import fields, resources, widgets
from import_export.instance_loaders import CachedInstanceLoader
from wagtail.models import ModelLogEntry, Revision

from branch_models.forms import parse_language_code, parse_start_date
from branch_models.models import (
    Actor,
    ActorKind,
    ChecklistTemplate,
    Competence,
    Credential,
    Industry,
    KomvuxOffer,
    Municipality,
    Occupation,
    Region,
    RegistryRecord,
    StepKind,
    ValidationModel,
    ValidationRole,
    ValidationStep,
)
from branch_models.services import authorize, authorize_save
from hub.bulk import insert_objects, insert_rows
from hub.parsing import parse_iso_date, parse_yes_no
from hub.permissions import User
from hub.signals import saved_in_bulk
from hub.spreadsheets import neutralise_formula, restore_formula

__all__ = [
    "RESOURCES",
    "ActorResource",
    "ChecklistTemplateResource",
    "CredentialResource",
    "KomvuxOfferResource",
    "RegistryResource",
    "ValidationModelResource",
    "register_resource",
    "resource_for",
]

IMPORT_LOG_ACTION = "branch_models.import"
CODE_SEPARATOR = ","
# Names and statements may contain commas, so lists of them have one item per line.
TEXT_SEPARATOR = "\n"


def _text(value: Any) -> str:
    """Return a cell as stripped text (spreadsheets give numbers, JSON gives anything)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _split(value: Any, separator: str) -> list[str]:
    if isinstance(value, list | tuple):
        return [_text(item) for item in value if _text(item)]
    return [item.strip() for item in _text(value).split(separator) if item.strip()]


# --- Widgets: parse a cell, or raise ValueError with a message the editor can act on --------


class TextWidget(widgets.Widget):
    """Text cells, whatever the file gives (a spreadsheet may give a postcode as a number)."""

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> str:
        """Return the cell as text, as written (less our formula guard); empty is empty text."""
        return restore_formula(value) if isinstance(value, str) else _text(value)

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        """Write the text, never as a live spreadsheet formula."""
        return neutralise_formula(value or "")


def text(attribute: str) -> fields.Field:
    """Return a resource field for a text attribute."""
    return fields.Field(attribute=attribute, widget=TextWidget())


class BooleanWidget(widgets.Widget):
    """Yes/no cells: 1/0, true/false, yes/no, ja/nej (empty is no)."""

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> bool:
        """Parse a yes/no cell."""
        if isinstance(value, bool):
            return value
        return parse_yes_no(_text(value))

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        """Write 1 or 0."""
        return "1" if value else "0"


class DateWidget(widgets.Widget):
    """ISO dates (YYYY-MM-DD); spreadsheets may also give a date value."""

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> date | None:
        """Parse a date cell; empty means no date."""
        if isinstance(value, date):
            return value if not hasattr(value, "date") else value.date()
        text = _text(value)
        if not text:
            return None
        # A spreadsheet's date-and-time cell ("2026-03-31 00:00:00"): the date counts. A cell
        # that is no date is parsed whole, so the message quotes all of it.
        try:
            return parse_iso_date(text.split(" ")[0].split("T")[0])
        except ValueError:
            return parse_iso_date(text)

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        """Write the date as YYYY-MM-DD."""
        return value.isoformat() if value else ""


class IntegerWidget(widgets.Widget):
    """Whole numbers; empty means none."""

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> int | None:
        """Parse a whole number."""
        text = _text(value)
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            raise ValueError(_("“%(value)s” is not a whole number.") % {"value": value}) from None

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        """Write the number."""
        return "" if value is None else str(value)


class DecimalWidget(widgets.Widget):
    """Decimal numbers with a point or a (Swedish) decimal comma; empty means none."""

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> Decimal | None:
        """Parse a decimal number."""
        text = _text(value).replace(",", ".")
        if not text:
            return None
        try:
            return Decimal(text)
        except InvalidOperation:
            raise ValueError(_("“%(value)s” is not a number.") % {"value": value}) from None

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        """Write the number with a decimal point."""
        return "" if value is None else str(value)


class ListWidget(widgets.Widget):
    """A list kept in a JSON field, written as separated items; ``item`` checks each one."""

    def __init__(self, separator: str, item: Callable[[str], str] | None = None) -> None:
        super().__init__()
        self.separator = separator
        self.item = item

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> list[str]:
        """Split the cell and check each item."""
        items = _split(value, self.separator)
        if self.item is None:
            return items
        try:
            return [self.item(item) for item in items]
        except ValidationError as error:
            raise ValueError(" ".join(error.messages)) from None

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        """Join the items."""
        return self.separator.join(value or [])


def _choice(choices: type[models.TextChoices]) -> Callable[[str], str]:
    def check(value: str) -> str:
        if value not in choices.values:
            raise ValidationError(
                _("“%(value)s” is not one of: %(choices)s.")
                % {"value": value, "choices": ", ".join(choices.values)}
            )
        return value

    return check


class KeyWidget(widgets.ForeignKeyWidget):
    """A related record named by a natural key (slug or code), looked up in a per-import cache."""

    def __init__(
        self, model: type[models.Model], field: str, queryset: models.QuerySet | None = None
    ) -> None:
        super().__init__(model, field=field)
        self.queryset = queryset if queryset is not None else model._default_manager.all()
        self._by_key: dict[str, models.Model] | None = None

    def lookup(self) -> dict[str, models.Model]:
        """Return every candidate by key, read from the database once."""
        if self._by_key is None:
            self._by_key = {str(getattr(obj, self.field)): obj for obj in self.queryset}
        return self._by_key

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> models.Model | None:
        """Return the record named in the cell; empty means none."""
        key = _text(value)
        if not key:
            return None
        try:
            return self.lookup()[key]
        except KeyError:
            raise ValueError(self.unknown([key])) from None

    def unknown(self, keys: Sequence[str]) -> str:
        """Say which keys name nothing, naming the key field as editors know it."""
        return _("No %(model)s with %(field)s %(values)s.") % {
            "model": self.model._meta.verbose_name,
            "field": self.model._meta.get_field(self.field).verbose_name,
            "values": ", ".join(keys),
        }

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        """Write the related record's key."""
        return "" if value is None else str(getattr(value, self.field))


class KeysWidget(widgets.ManyToManyWidget):
    """Many related records named by natural keys, separated, looked up in a per-import cache."""

    def __init__(self, model: type[models.Model], field: str, separator: str) -> None:
        super().__init__(model, separator=separator, field=field)
        self.keys = KeyWidget(model, field)

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> list[models.Model]:
        """Return the records named in the cell, refusing unknown names all at once."""
        keys = _split(value, self.separator)
        lookup = self.keys.lookup()
        missing = [key for key in keys if key not in lookup]
        if missing:
            raise ValueError(self.keys.unknown(missing))
        return list(dict.fromkeys(lookup[key] for key in keys))

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        """Join the related records' keys (from the prefetch cache)."""
        if value is None:
            return ""
        return self.separator.join(str(getattr(item, self.field)) for item in value.all())


class JSONListWidget(widgets.Widget):
    """Structured lists (checklist sections, model steps) as JSON, checked against a shape."""

    def __init__(self, check: Callable[[Any], list[dict[str, Any]]]) -> None:
        super().__init__()
        self.check = check

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> list[dict[str, Any]]:
        """Parse the JSON and check its shape."""
        if isinstance(value, list):
            data = value
        else:
            text = _text(value)
            if not text:
                return []
            try:
                data = json.loads(text)
            except json.JSONDecodeError as error:
                raise ValueError(
                    _("This is not valid JSON (%(error)s).") % {"error": error.msg}
                ) from None
        return self.check(data)

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        """Write compact JSON that keeps Swedish letters readable."""
        return json.dumps(value or [], ensure_ascii=False)


def _check_sections(data: Any) -> list[dict[str, Any]]:
    ok = isinstance(data, list) and all(
        isinstance(s, dict)
        and isinstance(s.get("title"), str)
        and isinstance(s.get("items", []), list)
        and all(isinstance(i, str) for i in s.get("items", []))
        for s in data
    )
    if not ok:
        raise ValueError(_('Write sections as [{"title": "…", "items": ["…", "…"]}, …].'))
    return [{"title": s["title"], "items": list(s.get("items", []))} for s in data]


STEP_FIELDS = ("kind", "title", "description", "duration")


def _check_steps(data: Any) -> list[dict[str, Any]]:
    ok = isinstance(data, list) and all(
        isinstance(s, dict) and isinstance(s.get("title"), str) and s.get("title") for s in data
    )
    if not ok:
        raise ValueError(
            _(
                'Write steps as [{"kind": "mapping", "title": "…", "description": "…", "duration": '
                '"…"}, …].'
            )
        )
    for step in data:
        if step.get("kind") not in StepKind.values:
            raise ValueError(
                _("Step kind “%(value)s” is not one of: %(choices)s.")
                % {"value": step.get("kind"), "choices": ", ".join(StepKind.values)}
            )
    return [{name: str(step.get(name) or "") for name in STEP_FIELDS} for step in data]


class StepsField(fields.Field):
    """A validation model's ordered steps as one JSON column."""

    def get_value(self, instance: Any) -> list[dict[str, Any]]:
        """Read the steps in order (from the prefetch cache when the queryset has one)."""
        if instance.pk is None:
            return []
        steps = sorted(instance.steps.all(), key=lambda step: step.sort_order or 0)
        return [{name: getattr(step, name) for name in STEP_FIELDS} for step in steps]

    def save(self, instance: Any, row: Any, is_m2m: bool = False, **kwargs: Any) -> None:
        """Set nothing on the record: steps are written after it, with the other relations
        (``RegistryResource.import_instance`` parses them)."""


# --- Resources --------------------------------------------------------------------------------


def _key(model: type[models.Model], field: str, **kwargs: Any) -> dict[str, Any]:
    return {"attribute": kwargs.pop("attribute", None), "widget": KeyWidget(model, field, **kwargs)}


class RegistryResource(resources.ModelResource):
    """Shared behaviour: natural keys, bulk writing, regional permissions, history.

    ``user`` is who imports: each row that would create or change a record is checked with
    ``branch_models.services.authorize_save``; a row the user may not write is an error on
    the ``owner_region`` column. New records are published when the user may publish in their
    region, otherwise saved as drafts; existing records keep their state, and changing a
    published record takes the right to publish it (as in the admin, where a developer's
    change to a published record is a draft). With ``publish`` (a plugin's data import, whose
    records are public at once) every written record is published, which takes the right to
    publish it. Without a user the import is the operator's, at the command line (as
    ``load_demo``): no role applies and records are published as with every right.

    Attributes:
        relations: many-to-many fields written after the records, by attribute name.
        prefetch: lookups to prefetch when reading records (for comparing and exporting).
    """

    relations: ClassVar[tuple[str, ...]] = ()
    prefetch: ClassVar[tuple[str, ...]] = ()

    slug = text("slug")
    owner_region = fields.Field(**_key(Region, "code", attribute="owner_region"))
    source_url = text("source_url")
    last_reviewed = fields.Field(attribute="last_reviewed", widget=DateWidget())
    is_demo = fields.Field(attribute="is_demo", widget=BooleanWidget())

    class Meta:
        import_id_fields = ("slug",)
        instance_loader_class = CachedInstanceLoader
        use_bulk = True
        batch_size = 1000
        # The resource compares with a snapshot of the stored record itself (``skip_row``),
        # which is cheaper than import-export's deep copy and HTML diff per row.
        skip_diff = True
        skip_unchanged = True
        report_skipped = True
        store_instance = True
        store_row_values = True
        clean_model_instances = True

    def __init__(self, user: User | None = None, *, publish: bool = False, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.user = user
        self.publish = publish
        self.uuid = uuid.uuid4()
        self.seen: dict[str, int] = {}
        self.attnames = {f.name: f.attname for f in self._meta.model._meta.concrete_fields}
        self._import_fields: list[fields.Field] | None = None
        for name, field in self.fields.items():
            if field.column_name is None:
                field.column_name = name
            if field.attribute is None:
                field.attribute = name

    def get_import_fields(self) -> list[fields.Field]:
        """Return the import fields, worked out once (import-export recomputes them per call,
        several times per row)."""
        if self._import_fields is None:
            self._import_fields = super().get_import_fields()
        return self._import_fields

    # Reading ---------------------------------------------------------------------------------

    def get_queryset(self) -> models.QuerySet:
        """Read records with their owner region and relations in few queries."""
        return (
            self._meta.model._default_manager.select_related("owner_region")
            .prefetch_related(*self.relations, *self.prefetch)
            .order_by("pk")
        )

    def filter_export(self, queryset: models.QuerySet, **kwargs: Any) -> models.QuerySet:
        """Export the given records with their relations prefetched."""
        return queryset.select_related("owner_region").prefetch_related(
            *self.relations, *self.prefetch
        )

    # Importing row by row --------------------------------------------------------------------

    def before_import_row(self, row: dict[str, Any], **kwargs: Any) -> None:
        """Refuse a slug that appears twice in the file: the second row would silently win."""
        slug = _text(row.get("slug"))
        number = kwargs["row_number"] + kwargs.get("row_offset", 0)
        if slug in self.seen:
            raise ValidationError(
                {"slug": _("This slug is also in row %(row)s.") % {"row": self.seen[slug]}}
            )
        self.seen[slug] = number

    def after_init_instance(self, instance: Any, new: bool, row: Any, **kwargs: Any) -> None:
        """Keep a snapshot of the stored record to compare with and to judge permission by."""
        instance._import_stored = None if new else copy.copy(instance)
        instance._import_relations = {}

    def import_instance(self, instance: Any, row: dict[str, Any], **kwargs: Any) -> None:
        """Set the fields the file has a column for and keep relations aside (written later, in
        bulk), collecting every cell's error.

        One loop over plain attributes instead of django-import-export's per-field save path
        (attribute chains, read-only fields, many-to-many managers), which the resources here
        do not use and which cost a fifth of the parsing.
        """
        errors: dict[str, Any] = {}
        for field in self.get_import_fields():
            if field.column_name not in row:
                continue
            try:
                value = field.clean(row, **kwargs)
            except ValueError as error:
                errors[field.attribute] = ValidationError(str(error), code="invalid")
                continue
            if field.attribute in self.relations:
                instance._import_relations[field.attribute] = value
            elif value is not None or field.saves_null_values:
                setattr(instance, field.attribute, value)
        if errors:
            raise ValidationError(errors)

    def changed_columns(self, instance: Any) -> list[str]:
        """Return the columns whose value differs from the stored record (all, when new)."""
        stored = instance._import_stored
        names = []
        for field in self.get_import_fields():
            if field.attribute in self.relations:
                if field.attribute not in instance._import_relations:
                    continue
                new = self.relation_key(
                    field.attribute, instance._import_relations[field.attribute]
                )
                old = (
                    None
                    if stored is None
                    else self.relation_key(
                        field.attribute, self.stored_relation(stored, field.attribute)
                    )
                )
                if new != old:
                    names.append(field.column_name)
            elif stored is None or self.stored_value(instance, field) != self.stored_value(
                stored, field
            ):
                names.append(field.column_name)
        return names

    def stored_value(self, obj: Any, field: fields.Field) -> Any:
        """Return a field's value as stored: foreign keys by id, so no related row is read."""
        attname = self.attnames.get(field.attribute, field.attribute)
        return getattr(obj, attname)

    def relation_key(self, attribute: str, value: Any) -> Any:
        """Return a comparable form of a relation's value (a set of primary keys)."""
        return {item.pk for item in value}

    def stored_relation(self, stored: Any, attribute: str) -> Any:
        """Return the stored value of a relation (prefetched)."""
        return list(getattr(stored, attribute).all())

    def skip_row(
        self, instance: Any, original: Any, row: Any, import_validation_errors: Any = None
    ) -> bool:
        """Skip rows that change nothing; note what changes for the preview."""
        if import_validation_errors:
            return False
        instance._import_changes = self.changed_columns(instance)
        return not instance._import_changes

    def validate_instance(
        self, instance: Any, import_validation_errors: Any = None, validate_unique: bool = True
    ) -> None:
        """Validate the record, then check the user may write (and, if needed, publish) it.

        Foreign keys and uniqueness are not re-checked by the database here: the widgets
        looked related records up, and the slug is the key rows are matched by.
        """
        errors = dict(import_validation_errors or {})
        exclude = set(errors) | {f.name for f in instance._meta.concrete_fields if f.is_relation}
        try:
            instance.full_clean(exclude=exclude, validate_unique=False)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if not errors:
            try:
                self.authorize(instance)
            except PermissionDenied as denied:
                errors["owner_region"] = ValidationError(str(denied), code="permission")
        if errors:
            raise ValidationError(errors)

    def authorize(self, instance: RegistryRecord) -> None:
        """Check the row against the user's regions; decide whether it is published."""
        stored = instance._import_stored
        if self.user is None:
            instance.live = self.publish or stored is None or stored.live
            instance._import_publish = instance.live
            return
        authorize_save(self.user, instance, stored=stored, publish=self.publish)
        if self.publish:
            instance.live = True
        elif stored is None:
            policy_allows = True
            try:
                authorize(self.user, "publish", instance)
            except PermissionDenied:
                policy_allows = False
            instance.live = policy_allows
        elif stored.live:
            try:
                authorize(self.user, "publish", instance)
            except PermissionDenied:
                raise PermissionDenied(
                    _(
                        "The record is published: only an editor of %(region)s may change it by "
                        "import. Change it in the admin instead, where it is saved as a draft."
                    )
                    % {"region": instance.owner_region or _("the national registry")}
                ) from None
        instance._import_publish = instance.live

    def after_import_row(self, row: Any, row_result: Any, **kwargs: Any) -> None:
        """Give the preview the changed columns; drop the snapshot."""
        instance = row_result.instance
        row_result.changes = getattr(instance, "_import_changes", [])
        if instance is not None:
            instance._import_stored = None

    def after_import(self, dataset: Any, result: Any, **kwargs: Any) -> None:
        """Do nothing: import-export resets id sequences here, but rows never carry ids."""

    # Writing in bulk -------------------------------------------------------------------------

    def get_bulk_update_fields(self) -> list[str]:
        """Update the imported model fields (not relations, not the key) and the timestamp."""
        names = [
            f.attribute
            for f in self.get_import_fields()
            if f.attribute not in self.relations and f.attribute != "slug"
        ]
        return [*names, "updated_at"]

    def bulk_create(
        self,
        using_transactions: bool,
        dry_run: bool,
        raise_errors: bool,
        batch_size: int | None = None,
        result: Any = None,
    ) -> None:
        """Insert new records (by COPY on PostgreSQL), then write their relations and history."""
        instances = list(self.create_instances)
        self.create_instances.clear()
        if not instances or (dry_run and not using_transactions):
            return
        for instance in instances:
            instance.has_unpublished_changes = not instance.live
        try:
            insert_objects(instances)
        except Exception as error:  # noqa: BLE001 - reported on the import's result, as
            # django-import-export's own bulk_create does
            self.handle_import_error(result, error, raise_errors)
            return
        self.write_related(instances, created=True)

    def bulk_update(
        self,
        using_transactions: bool,
        dry_run: bool,
        raise_errors: bool,
        batch_size: int | None = None,
        result: Any = None,
    ) -> None:
        """Update changed records, then write their relations and history."""
        instances = list(self.update_instances)
        now = timezone.now()
        for instance in instances:
            instance.updated_at = now
        super().bulk_update(using_transactions, dry_run, raise_errors, batch_size, result)
        if instances:
            self.write_related(instances, created=False)

    def write_related(self, instances: list[Any], *, created: bool) -> None:
        """Write relations, then one revision and log entry per record, in a few queries."""
        for attribute in self.relations:
            self.write_relation(
                attribute,
                [i for i in instances if attribute in i._import_relations],
                created=created,
            )
        model = self._meta.model
        now = timezone.now()
        content_type = ContentType.objects.get_for_model(model)
        base_content_type = instances[0].get_base_content_type()
        revisions = insert_objects(
            Revision(
                content_type=content_type,
                base_content_type=base_content_type,
                object_id=str(instance.pk),
                created_at=now,
                user=self.user,
                object_str=str(instance)[:255],
                content=instance.serializable_data(),
            )
            for instance in instances
        )
        entries = []
        pairs = list(zip(instances, revisions, strict=True))
        for instance, revision in pairs:
            instance.latest_revision = revision
            if instance._import_publish:
                instance.live_revision = revision
                instance.has_unpublished_changes = False
                instance.last_published_at = now
                instance.first_published_at = instance.first_published_at or now
            else:
                instance.has_unpublished_changes = True
            entries.append(
                ModelLogEntry(
                    content_type=content_type,
                    label=str(instance)[:255],
                    action=IMPORT_LOG_ACTION,
                    timestamp=now,
                    # New records: every column is new, so only changes list their columns.
                    data={
                        "created": created,
                        "published": instance._import_publish,
                        "columns": [] if created else instance._import_changes,
                    },
                    user=self.user,
                    uuid=self.uuid,
                    object_id=str(instance.pk),
                    revision=revision,
                    content_changed=True,
                )
            )
        insert_objects(entries)
        self.point_to_revisions(pairs, now)
        saved_in_bulk.send(sender=model, instances=instances)

    def point_to_revisions(self, pairs: list[tuple[Any, Revision]], now: datetime) -> None:
        """Point each record at its new revision (publishing it if decided) in one statement.

        ``bulk_update`` builds a CASE expression per row in Python (slower than the rest of the
        import together) and a correlated subquery falls to sequential scans on tables that
        grew within the transaction, so this is one ``UPDATE … FROM``: over three arrays on
        PostgreSQL (psycopg would otherwise split and quote three parameters per record), over
        ``VALUES`` on SQLite (3.33+).
        """
        model = self._meta.model
        quote = connection.ops.quote_name
        table = quote(model._meta.db_table)
        stamp = connection.ops.adapt_datetimefield_value(now)
        columns = [
            [instance.pk for instance, _ in pairs],
            [revision.pk for _, revision in pairs],
            [instance._import_publish for instance, _ in pairs],
        ]
        if connection.vendor == "postgresql":
            source = (
                "unnest(%s::bigint[], %s::bigint[], %s::boolean[]) AS v(column1, column2, column3)"
            )
            params = columns
        else:
            source = "(VALUES " + ", ".join(["(%s, %s, %s)"] * len(pairs)) + ") AS v"
            params = [value for row in zip(*columns, strict=True) for value in row]
        # Only quoted model identifiers are interpolated; every value is a parameter.
        sql = (
            f"UPDATE {table} SET "  # noqa: S608
            f"{quote('latest_revision_id')} = v.column2, "
            f"{quote('live_revision_id')} = CASE WHEN v.column3 THEN v.column2 "
            f"ELSE {table}.{quote('live_revision_id')} END, "
            f"{quote('has_unpublished_changes')} = NOT v.column3, "
            f"{quote('last_published_at')} = CASE WHEN v.column3 THEN %s "
            f"ELSE {table}.{quote('last_published_at')} END, "
            f"{quote('first_published_at')} = CASE WHEN v.column3 "
            f"THEN COALESCE({table}.{quote('first_published_at')}, %s) "
            f"ELSE {table}.{quote('first_published_at')} END "
            f"FROM {source} WHERE {table}.{quote('id')} = v.column1"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [stamp, stamp, *params])

    def write_relation(self, attribute: str, instances: list[Any], *, created: bool) -> None:
        """Replace a many-to-many relation of ``instances`` with the imported members (new
        records have none to replace)."""
        if not instances:
            return
        descriptor = getattr(self._meta.model, attribute)
        through = descriptor.through
        source = descriptor.field.m2m_column_name()
        target = descriptor.field.m2m_reverse_name()
        if not created:
            through._default_manager.filter(**{f"{source}__in": [i.pk for i in instances]}).delete()
        insert_rows(
            router.db_for_write(through),
            through._meta.db_table,
            [source, target],
            [
                (instance.pk, member.pk)
                for instance in instances
                for member in instance._import_relations[attribute]
            ],
        )
        for instance in instances:
            # The relation is parental: its value in memory is what the revision written next
            # holds (rather than the stale prefetched members, or a query per record).
            setattr(instance, attribute, instance._import_relations[attribute])


class ActorResource(RegistryResource):
    """Actors: municipalities by SCB code, roles and languages as codes."""

    relations = ("municipalities",)

    name = text("name")
    kind = text("kind")
    description = text("description")
    municipalities = fields.Field(
        attribute="municipalities", widget=KeysWidget(Municipality, "code", CODE_SEPARATOR)
    )
    website = text("website")
    email = text("email")
    phone = text("phone")
    street_address = text("street_address")
    postcode = text("postcode")
    city = text("city")
    latitude = fields.Field(attribute="latitude", widget=DecimalWidget())
    longitude = fields.Field(attribute="longitude", widget=DecimalWidget())
    languages = fields.Field(
        attribute="languages", widget=ListWidget(CODE_SEPARATOR, parse_language_code)
    )
    roles = fields.Field(
        attribute="roles", widget=ListWidget(CODE_SEPARATOR, _choice(ValidationRole))
    )

    class Meta(RegistryResource.Meta):
        model = Actor
        # Spelt out, unlike the other types: the documented column order (docs/import-export.md)
        # puts owner_region among the content columns, beside the municipalities served.
        fields = (
            "slug",
            "name",
            "kind",
            "description",
            "owner_region",
            "municipalities",
            *Actor.contact_fields,
            "languages",
            "roles",
            "source_url",
            "last_reviewed",
            "is_demo",
        )
        import_order = export_order = fields


class ValidationModelResource(RegistryResource):
    """Validation models: owner and providers by slug, codes for industry, occupations, regions;
    competences by name (one per line); steps as JSON."""

    relations = ("occupations", "competences", "providers", "regions", "steps")

    name = text("name")
    name_en = text("name_en")
    industry = fields.Field(**_key(Industry, "code", attribute="industry"))
    owner = fields.Field(**_key(Actor, "slug", attribute="owner"))
    method_family = text("method_family")
    status = text("status")
    summary = text("summary")
    summary_en = text("summary_en")
    summary_easy = text("summary_easy")
    description = text("description")
    occupations = fields.Field(
        attribute="occupations", widget=KeysWidget(Occupation, "code", CODE_SEPARATOR)
    )
    competences = fields.Field(
        attribute="competences", widget=KeysWidget(Competence, "name", TEXT_SEPARATOR)
    )
    steps = StepsField(attribute="steps", widget=JSONListWidget(_check_steps))
    assessment_languages = fields.Field(
        attribute="assessment_languages", widget=ListWidget(CODE_SEPARATOR, parse_language_code)
    )
    prerequisites = text("prerequisites")
    cost = text("cost")
    paid_by = text("paid_by")
    providers = fields.Field(
        attribute="providers", widget=KeysWidget(Actor, "slug", CODE_SEPARATOR)
    )
    regions = fields.Field(attribute="regions", widget=KeysWidget(Region, "code", CODE_SEPARATOR))

    class Meta(RegistryResource.Meta):
        model = ValidationModel
        # Spelt out, unlike the other types: the documented column order (docs/import-export.md)
        # puts steps after the competences and owner_region beside the providers and regions.
        fields = (
            "slug",
            "name",
            "name_en",
            "industry",
            "owner",
            "method_family",
            "status",
            "summary",
            "summary_en",
            "summary_easy",
            "description",
            "occupations",
            "competences",
            "steps",
            "assessment_languages",
            "prerequisites",
            "cost",
            "paid_by",
            "owner_region",
            "providers",
            "regions",
            "source_url",
            "last_reviewed",
            "is_demo",
        )
        import_order = export_order = fields

    def relation_key(self, attribute: str, value: Any) -> Any:
        """Steps compare by content and order; other relations by members."""
        if attribute == "steps":
            return value
        return super().relation_key(attribute, value)

    def stored_relation(self, stored: Any, attribute: str) -> Any:
        """Read stored steps as the same dictionaries the file gives."""
        if attribute == "steps":
            return self.fields["steps"].get_value(stored)
        return super().stored_relation(stored, attribute)

    def write_relation(self, attribute: str, instances: list[Any], *, created: bool) -> None:
        """Replace steps in order; other relations as many-to-many links."""
        if attribute != "steps":
            super().write_relation(attribute, instances, created=created)
            return
        if not instances:
            return
        for instance in instances:
            # The revision written next serialises the steps: not the prefetched old ones.
            getattr(instance, "_prefetched_objects_cache", {}).pop("steps", None)
        if not created:
            ValidationStep.objects.filter(validation_model__in=instances).delete()
        insert_objects(
            ValidationStep(validation_model=instance, sort_order=index, **step)
            for instance in instances
            for index, step in enumerate(instance._import_relations["steps"])
        )


class CredentialResource(RegistryResource):
    """Credentials: issuer and models by slug, statements one per line."""

    relations = ("validation_models",)

    name = text("name")
    name_en = text("name_en")
    kind = text("kind")
    issuer = fields.Field(**_key(Actor, "slug", attribute="issuer"))
    validation_models = fields.Field(
        attribute="validation_models", widget=KeysWidget(ValidationModel, "slug", CODE_SEPARATOR)
    )
    summary_easy = text("summary_easy")
    can_do = fields.Field(attribute="can_do", widget=ListWidget(TEXT_SEPARATOR))
    seqf_level = fields.Field(attribute="seqf_level", widget=IntegerWidget())
    validity = text("validity")
    verification = text("verification")
    recognised_by = text("recognised_by")

    class Meta(RegistryResource.Meta):
        model = Credential
        fields = ("slug", *Credential.content_fields, *Credential.provenance_fields)
        import_order = export_order = fields


class KomvuxOfferResource(RegistryResource):
    """Komvux offers: provider and models by slug, municipalities by SCB code."""

    relations = ("validation_models", "open_to")

    name = text("name")
    provider = fields.Field(
        **_key(
            Actor,
            "slug",
            attribute="provider",
            queryset=Actor.objects.filter(kind=ActorKind.KOMVUX),
        )
    )
    municipality = fields.Field(**_key(Municipality, "code", attribute="municipality"))
    course_code = text("course_code")
    level = text("level")
    study_form = text("study_form")
    sfi_combination = fields.Field(attribute="sfi_combination", widget=BooleanWidget())
    mother_tongue_guidance = fields.Field(
        attribute="mother_tongue_guidance", widget=BooleanWidget()
    )
    validation_offered = fields.Field(attribute="validation_offered", widget=BooleanWidget())
    validation_models = fields.Field(
        attribute="validation_models", widget=KeysWidget(ValidationModel, "slug", CODE_SEPARATOR)
    )
    start_dates = fields.Field(
        attribute="start_dates", widget=ListWidget(CODE_SEPARATOR, parse_start_date)
    )
    application_url = text("application_url")
    open_to = fields.Field(
        attribute="open_to", widget=KeysWidget(Municipality, "code", CODE_SEPARATOR)
    )
    summary_easy = text("summary_easy")

    class Meta(RegistryResource.Meta):
        model = KomvuxOffer
        fields = ("slug", *KomvuxOffer.content_fields, *KomvuxOffer.provenance_fields)
        import_order = export_order = fields


class ChecklistTemplateResource(RegistryResource):
    """Checklists: industry by SNI code, template by slug, sections as JSON."""

    name = text("name")
    industry = fields.Field(**_key(Industry, "code", attribute="industry"))
    workplace = text("workplace")
    based_on = fields.Field(**_key(ChecklistTemplate, "slug", attribute="based_on"))
    intro = text("intro")
    sections = fields.Field(attribute="sections", widget=JSONListWidget(_check_sections))
    language_items = fields.Field(attribute="language_items", widget=ListWidget(TEXT_SEPARATOR))

    class Meta(RegistryResource.Meta):
        model = ChecklistTemplate
        fields = ("slug", *ChecklistTemplate.content_fields, *ChecklistTemplate.provenance_fields)
        import_order = export_order = fields


RESOURCES: dict[type[RegistryRecord], type[RegistryResource]] = {
    Actor: ActorResource,
    ValidationModel: ValidationModelResource,
    Credential: CredentialResource,
    KomvuxOffer: KomvuxOfferResource,
    ChecklistTemplate: ChecklistTemplateResource,
}


def register_resource(model: type[RegistryRecord], resource: type[RegistryResource]) -> None:
    """Let another core app's record type use this import and export (from its ``ready()``)."""
    if not issubclass(resource, RegistryResource):
        raise TypeError(f"{resource!r} is not a RegistryResource")
    RESOURCES[model] = resource


def resource_for(
    model: type[RegistryRecord], user: User | None = None, *, publish: bool = False
) -> RegistryResource:
    """Return a fresh resource (with empty lookup caches) for one import or export."""
    return RESOURCES[model](user=user, publish=publish)
