"""Run a plugin's ``RecordMapping`` over a file: dry run by default, atomic, with a report.

Every row is mapped, given its owner region and handed to the registry's one writer of records
from files (``hub.plugins.writer``), which validates and writes them all in one transaction.
A dry run (the default) and any run with a row error write nothing, so nothing partial is ever
written and a dry run checks exactly what a real run would do. Records are owned by the
plugin's region: a row outside the plugin's area, or a record another region owns, is an
error, and with a user the registry's regional permissions apply too (the right to publish in
the region, since imported records are published).
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from hub.permissions import User
from hub.plugins.config import RegionPlugin
from hub.plugins.mapping import MappedRow, RecordMapping
from hub.plugins.registry import get_registry
from hub.plugins.writer import RecordWrite

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


def _outside_area(plugin: RegionPlugin, values: Mapping[str, Any]) -> list[str]:
    places = [values["municipality"]] if values.get("municipality") is not None else []
    places += list(values.get("municipalities") or [])
    if plugin.municipality_codes:
        return [m.name for m in places if m.code not in plugin.municipality_codes]
    return [m.name for m in places if m.region.code not in plugin.region_codes]


def _owner_region_code(plugin: RegionPlugin, values: Mapping[str, Any]) -> str:
    """The region that owns the record: the county of its municipality, else the plugin's home."""
    municipality = values.get("municipality")
    municipalities = values.get("municipalities") or []
    if municipality is None and municipalities:
        municipality = municipalities[0]
    return municipality.region.code if municipality is not None else plugin.home_region_code


def _claim(plugin: RegionPlugin, mapping: type[RecordMapping], values: dict[str, Any]) -> str:
    """Give the row its owner region; return why the plugin may not write it ("" when it may).

    A plugin writes its own area's records only: a place outside its area, or a record that
    another region owns, refuses the row (the registry's rules judge the user's rights after).
    """
    outside = _outside_area(plugin, values)
    if outside:
        return _("%(places)s lie outside %(plugin)s's area; the row belongs to another region.") % {
            "places": ", ".join(outside),
            "plugin": plugin.verbose_name,
        }
    values["owner_region"] = _owner_region_code(plugin, values)
    # A registry record: the mapping's model is one of the registry's record types.
    record: Any = mapping.model._default_manager.filter(slug=values.get("slug")).first()
    if record is not None and record.owner_region is not None:
        if record.owner_region.code != values["owner_region"]:
            return _("Record %(record)r belongs to %(region)s; %(plugin)s may not change it.") % {
                "record": str(record),
                "region": record.owner_region,
                "plugin": plugin.verbose_name,
            }
    return ""


def _collect_unmapped(report: ImportReport, mapped: MappedRow) -> None:
    for column, value, used_default in mapped.unmapped:
        entry = next(
            (u for u in report.unmapped_values if (u.column, u.value) == (column, value)), None
        )
        if entry is None:
            entry = UnmappedValue(column, value, used_default=used_default)
            report.unmapped_values.append(entry)
        entry.lines.append(mapped.line)


def _column(mapping: type[RecordMapping], target: str) -> str:
    """Name a model field by the source columns it was mapped from, as the file's user knows."""
    for spec in mapping.fields:
        if target in spec.targets:
            return ", ".join(spec.sources)
    return target


def run_import(
    plugin: RegionPlugin,
    mapping_class: type[RecordMapping],
    path: Path,
    *,
    commit: bool = False,
    user: User | None = None,
    demo: bool = False,
) -> ImportReport:
    """Import ``path`` with the mapping; write only when ``commit`` and every row is valid.

    The mapped rows go to the registry's record writer (``HubRegistry.get_record_writer``), the
    path every import of records from files takes; a dry run is that write rolled back.
    """
    report = ImportReport(plugin=plugin.slug, mapping=mapping_class.key, file=str(path))
    mapping = mapping_class()
    try:
        header, rows = _read(path, mapping_class)
    except ImportFileError as exc:
        report.errors.append(RowError(0, "", str(exc)))
        return report
    used = set(mapping_class.source_columns()) | set(mapping_class.ignored_columns)
    report.unmapped_columns = [name for name in header if name and name not in used]
    values: list[dict[str, Any]] = []
    lines: list[int] = []
    for line, row in enumerate(rows, start=2):
        report.rows += 1
        mapped = mapping.map_row(line, row)
        _collect_unmapped(report, mapped)
        if mapped.errors:
            report.errors += [RowError(line, col, msg) for col, msg in mapped.errors]
            continue
        refusal = _claim(plugin, mapping_class, mapped.values)
        if refusal:
            report.errors.append(RowError(line, "", refusal))
            continue
        if demo:
            mapped.values["is_demo"] = True
        values.append(mapped.values)
        lines.append(line)
    written = RecordWrite()
    if values:
        written = get_registry().get_record_writer()(
            mapping_class.model, values, user=user, commit=commit and report.ok
        )
    report.errors += [RowError(0, "", message) for message in written.errors]
    outcomes: dict[str, list[str]] = defaultdict(list)
    for entry in written.rows:
        line = lines[entry.index]
        report.errors += [
            RowError(line, _column(mapping_class, field_name), message)
            for field_name, message in entry.errors
        ]
        outcomes[entry.outcome].append(entry.slug)
    report.errors.sort(key=lambda error: error.line)
    report.committed = written.committed and report.ok
    report.created = outcomes["created"]
    report.updated = outcomes["updated"]
    report.unchanged = outcomes["unchanged"]
    return report
