"""What every registry type's import and export shares: ``RegistryResource``."""

from __future__ import annotations

import copy
import uuid
from datetime import datetime
from typing import Any, ClassVar

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, models, router
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from import_export import fields, resources
from import_export.instance_loaders import CachedInstanceLoader
from wagtail.models import ModelLogEntry, Revision

from branch_models.models import (
    Region,
    RegistryRecord,
)
from branch_models.resources.widgets import BooleanWidget, DateWidget, cell_text, key_field, text
from branch_models.services import authorize, authorize_save
from hub.bulk import insert_objects, insert_rows
from hub.permissions import User
from hub.signals import saved_in_bulk

__all__ = [
    "IMPORT_LOG_ACTION",
    "RegistryResource",
]


IMPORT_LOG_ACTION = "branch_models.import"


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
    owner_region = key_field(Region, "code", attribute="owner_region")
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
        slug = cell_text(row.get("slug"))
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
