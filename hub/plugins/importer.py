"""Run a plugin's ``RecordMapping`` over a file: dry run by default, atomic, with a report.

Every row is mapped and validated (``full_clean``) and written inside one transaction. A dry run
(the default) and any run with a row error roll the whole transaction back, so nothing partial
is ever written and a dry run checks exactly what a real run would do. Records are owned by the
plugin's region: a row outside the plugin's area, or a record another region owns, is an error,
and with a user the registry's regional permissions apply too (``branch_models.services``:
the right to publish in the region, since imported records are published).
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, models, transaction
from django.utils.translation import gettext as _
from wagtail.actions import CreateAction, EditAction

from branch_models.services import authorize_save
from hub.plugins.config import RegionPlugin
from hub.plugins.mapping import MappedRow, RecordMapping

__all__ = ["ImportReport", "RowError", "UnmappedValue", "choose_mapping", "run_import"]


@dataclass(frozen=True)
class RowError:
    """A problem with one row (``line`` counts the header as line 1) or with the whole file."""

    line: int
    column: str
    message: str


@dataclass
class UnmappedValue:
    """A source value no vocabulary knows, with the lines it is on."""

    column: str
    value: str
    lines: list[int] = field(default_factory=list)
    used_default: bool = False


@dataclass
class ImportReport:
    """What an import did or would do."""

    plugin: str
    mapping: str
    file: str
    committed: bool = False
    rows: int = 0
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    unmapped_values: list[UnmappedValue] = field(default_factory=list)
    unmapped_columns: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether every row could be imported."""
        return not self.errors


class ImportFileError(Exception):
    """The file cannot be read at all (encoding, missing columns)."""


def _read(path: Path, mapping: type[RecordMapping]) -> tuple[list[str], Iterator[dict[str, str]]]:
    try:
        text = path.read_text(encoding=mapping.encoding)
    except UnicodeDecodeError:
        raise ImportFileError(
            _("The file is not encoded as %(encoding)s; export it again in that encoding.")
            % {"encoding": mapping.encoding}
        ) from None
    except OSError as exc:
        raise ImportFileError(
            _("The file cannot be read: %(error)s") % {"error": exc.strerror}
        ) from None
    reader = csv.DictReader(io.StringIO(text), delimiter=mapping.delimiter)
    header = [name.strip() for name in reader.fieldnames or []]
    reader.fieldnames = header
    missing = [name for name in mapping.source_columns() if name not in header]
    if missing:
        raise ImportFileError(
            _("Columns %(missing)s are missing (the file has: %(found)s). Is it the right file?")
            % {"missing": ", ".join(missing), "found": ", ".join(header) or "-"}
        )
    return header, reader


def choose_mapping(
    mappings: list[type[RecordMapping]], path: Path, key: str | None
) -> type[RecordMapping]:
    """Pick the mapping named ``key``, or the only one, or the one whose columns the file has."""
    if key:
        for mapping in mappings:
            if mapping.key == key:
                return mapping
        known = ", ".join(m.key for m in mappings) or "-"
        raise ImportFileError(
            _("No mapping %(key)r; this plugin has: %(known)s.") % {"key": key, "known": known}
        )
    if len(mappings) == 1:
        return mappings[0]
    fitting = []
    for mapping in mappings:
        try:
            _read(path, mapping)
        except ImportFileError:
            continue
        fitting.append(mapping)
    if len(fitting) == 1:
        return fitting[0]
    known = ", ".join(m.key for m in mappings) or "-"
    raise ImportFileError(
        _("Choose the mapping with --mapping (this plugin has: %(known)s).") % {"known": known}
    )


def _relation_fields(model: type[models.Model], values: Mapping[str, Any]) -> set[str]:
    return {name for name in values if model._meta.get_field(name).many_to_many}


def _owner_region(plugin: RegionPlugin, values: Mapping[str, Any]) -> Any:
    """The region that owns the record: the county of its municipality, else the plugin's home."""
    from branch_models.models import Region

    municipality = values.get("municipality")
    municipalities = values.get("municipalities") or []
    if municipality is None and municipalities:
        municipality = municipalities[0]
    code = municipality.region.code if municipality is not None else plugin.home_region_code
    return Region.objects.get(code=code)


def _outside_area(plugin: RegionPlugin, values: Mapping[str, Any]) -> list[str]:
    places = [values["municipality"]] if values.get("municipality") is not None else []
    places += list(values.get("municipalities") or [])
    if plugin.municipality_codes:
        return [m.name for m in places if m.code not in plugin.municipality_codes]
    return [m.name for m in places if m.region.code not in plugin.region_codes]


class _RowFailed(Exception):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


def _write(
    plugin: RegionPlugin,
    mapping: RecordMapping,
    values: dict[str, Any],
    user: User | None,
    demo: bool,
) -> tuple[str, str]:
    """Create or update one record; return ``(outcome, slug)``."""
    model = mapping.model
    outside = _outside_area(plugin, values)
    if outside:
        raise _RowFailed(
            "",
            _("%(places)s lie outside %(plugin)s's area; the row belongs to another region.")
            % {"places": ", ".join(outside), "plugin": plugin.verbose_name},
        )
    owner = _owner_region(plugin, values)
    relations = {name: values.pop(name) for name in _relation_fields(model, values)}
    lookup = {name: values[name] for name in mapping.lookup_fields}
    # A registry record: the mapping's model is one of the registry's record types.
    record: Any = model._default_manager.filter(**lookup).first()
    outcome = "created"
    if record is not None:
        if record.owner_region_id not in (None, owner.pk):
            raise _RowFailed(
                "",
                _("Record %(record)r belongs to %(region)s; %(plugin)s may not change it.")
                % {
                    "record": str(record),
                    "region": record.owner_region,
                    "plugin": plugin.verbose_name,
                },
            )
        current = {name: getattr(record, name) for name in values}
        current_relations = {
            name: {item.pk for item in getattr(record, name).all()} for name in relations
        }
        wanted_relations = {name: {item.pk for item in items} for name, items in relations.items()}
        if current == values and current_relations == wanted_relations:
            return "unchanged", ", ".join(str(value) for value in lookup.values())
        outcome = "updated"
    else:
        record = model(**lookup)
    # Many-to-many relations are parental: set in memory, they go into the revision published
    # below, with the other fields.
    for name, value in {**values, **relations}.items():
        setattr(record, name, value)
    record.owner_region = owner
    if demo:
        record.is_demo = True
    try:
        record.full_clean(exclude=list(relations))
    except ValidationError as exc:
        problems = "; ".join(
            f"{name}: {' '.join(messages)}" for name, messages in exc.message_dict.items()
        )
        raise _RowFailed("", problems) from None
    # Imported records are published at once: a user needs the right to publish in the
    # region, asked of the registry's one write path (the same rule as in the admin and API).
    if user is not None:
        try:
            authorize_save(user, record, publish=True)
        except PermissionDenied as exc:
            raise _RowFailed("", str(exc)) from None
    action = CreateAction if record.pk is None else EditAction
    action(record, user=user, publish=True).execute(skip_permission_checks=True)
    return outcome, str(getattr(record, "slug", record.pk))


def _collect_unmapped(report: ImportReport, mapped: MappedRow) -> None:
    for column, value, used_default in mapped.unmapped:
        entry = next(
            (u for u in report.unmapped_values if (u.column, u.value) == (column, value)), None
        )
        if entry is None:
            entry = UnmappedValue(column, value, used_default=used_default)
            report.unmapped_values.append(entry)
        entry.lines.append(mapped.line)


def run_import(
    plugin: RegionPlugin,
    mapping_class: type[RecordMapping],
    path: Path,
    *,
    commit: bool = False,
    user: User | None = None,
    demo: bool = False,
) -> ImportReport:
    """Import ``path`` with the mapping; write only when ``commit`` and every row is valid."""
    report = ImportReport(plugin=plugin.slug, mapping=mapping_class.key, file=str(path))
    mapping = mapping_class()
    try:
        header, rows = _read(path, mapping_class)
    except ImportFileError as exc:
        report.errors.append(RowError(0, "", str(exc)))
        return report
    used = set(mapping_class.source_columns()) | set(mapping_class.ignored_columns)
    report.unmapped_columns = [name for name in header if name and name not in used]
    outcomes: dict[str, list[str]] = defaultdict(list)
    with transaction.atomic():
        for line, row in enumerate(rows, start=2):
            report.rows += 1
            mapped = mapping.map_row(line, row)
            _collect_unmapped(report, mapped)
            if mapped.errors:
                report.errors += [RowError(line, col, msg) for col, msg in mapped.errors]
                continue
            try:
                with transaction.atomic():
                    outcome, name = _write(plugin, mapping, mapped.values, user, demo)
            except _RowFailed as exc:
                report.errors.append(RowError(line, exc.column, exc.message))
                continue
            except DatabaseError as exc:
                report.errors.append(RowError(line, "", str(exc).strip().splitlines()[0]))
                continue
            outcomes[outcome].append(name)
        report.committed = commit and report.ok
        if not report.committed:
            transaction.set_rollback(True)
    report.created = outcomes["created"]
    report.updated = outcomes["updated"]
    report.unchanged = outcomes["unchanged"]
    return report
