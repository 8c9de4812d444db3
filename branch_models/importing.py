"""Run a file import atomically, a chunk at a time, and report every row in the user's language.

The admin's import view, the benchmark and tests all call ``run_import``. The file is read as a
stream of rows (CSV and XLSX are never loaded whole), handed to the resource a chunk at a time
inside one transaction, and rolled back entirely when any row fails or on a dry run: a file
with one bad row writes nothing. Only counts, the rows with errors and a short preview are kept,
so memory does not grow with the number of rows.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import PurePath
from typing import IO, Any

import tablib
from django.core.exceptions import NON_FIELD_ERRORS
from django.db import transaction
from django.utils.translation import gettext as _
from import_export.results import RowResult

from branch_models.resources import (
    KeysWidget,
    KeyWidget,
    RegistryResource,
    resource_for,
)
from hub.permissions import User
from hub.plugins.writer import RecordWrite, WrittenRow

__all__ = [
    "FORMATS",
    "MAX_UPLOAD_BYTES",
    "ImportFileError",
    "ImportReport",
    "RowReport",
    "format_for",
    "import_rows",
    "read_rows",
    "run_import",
    "write_mapped_rows",
]

FORMATS = ("csv", "xlsx", "json")
# The largest file the admin's upload and the API's bulk import accept.
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
CHUNK_SIZE = 1000
PREVIEW_ROWS = 100
ERROR_ROWS = 500


class ImportFileError(Exception):
    """The file cannot be read as a table; the message says why and what to do."""


@dataclass
class RowReport:
    """What happened, or would happen, to one row (numbered from the first row after the
    column headings). ``denied``: the row failed only because the user may not write it."""

    number: int
    kind: str
    title: str = ""
    slug: str = ""
    changes: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    denied: bool = False


@dataclass
class ImportReport:
    """The outcome of an import: totals, rows with errors, and the first rows as a preview."""

    dry_run: bool
    headers: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    totals: Counter = field(default_factory=Counter)
    preview: list[RowReport] = field(default_factory=list)
    error_rows: list[RowReport] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)

    @property
    def rows(self) -> int:
        """Return how many data rows the file had."""
        return sum(self.totals.values())

    @property
    def has_errors(self) -> bool:
        """Whether anything failed (and so nothing was written)."""
        return bool(self.file_errors or self.totals["error"])

    @property
    def denied(self) -> bool:
        """Whether the only errors are rows the user may not write (a question of rights, not
        of the file's content)."""
        return (
            bool(self.error_rows)
            and not self.file_errors
            and all(row.denied for row in self.error_rows)
        )

    @property
    def committed(self) -> bool:
        """Whether the import was written to the database."""
        return not self.dry_run and not self.has_errors


def format_for(filename: str) -> str:
    """Return the format named by a file's extension, or raise ``ImportFileError``."""
    suffix = PurePath(filename).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ImportFileError(
            _("Upload a CSV, XLSX or JSON file (the file name ends in .%(suffix)s).")
            % {"suffix": suffix or "?"}
        )
    return suffix


def _text_stream(source: IO[bytes]) -> io.TextIOWrapper:
    """Read UTF-8 (with or without BOM), or Windows-1252, which older Excel versions write.

    The encoding is judged from the first 64 kB, so the file is never read whole.
    """
    head = source.read(65536)
    source.seek(0)
    try:
        head.decode("utf-8-sig")
        encoding = "utf-8-sig"
    except UnicodeDecodeError as error:
        # A multi-byte character may be cut at the end of the sample: that is still UTF-8.
        encoding = "utf-8-sig" if error.start >= len(head) - 3 else "cp1252"
    return io.TextIOWrapper(source, encoding=encoding, newline="")


def _csv_rows(source: IO[bytes]) -> tuple[list[str], Iterator[list[Any]]]:
    text = _text_stream(source)
    first_line = text.readline()
    text.seek(0)
    # Swedish Excel separates with semicolons (the comma is the decimal sign); the heading
    # line, which holds no quoted text, tells which separator the file uses.
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(text, csv.excel, delimiter=delimiter)
    headers = next(reader, [])
    return headers, reader


def _xlsx_rows(source: IO[bytes]) -> tuple[list[str], Iterator[list[Any]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(source, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many types for a file that is not XLSX
        raise ImportFileError(_("This is not an Excel (XLSX) file that can be read.")) from None
    rows = workbook.worksheets[0].iter_rows(values_only=True)
    headers = [str(cell or "").strip() for cell in next(rows, ())]
    values = (["" if cell is None else cell for cell in row] for row in rows)
    return headers, (row for row in values if any(str(cell).strip() for cell in row))


def _json_rows(source: IO[bytes]) -> tuple[list[str], Iterator[list[Any]]]:
    try:
        items = json.load(_text_stream(source))
    except json.JSONDecodeError as error:
        raise ImportFileError(
            _("This is not valid JSON (line %(line)s: %(error)s).")
            % {"line": error.lineno, "error": error.msg}
        ) from None
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise ImportFileError(_("The JSON file must hold a list of objects, one per record."))
    headers = list(dict.fromkeys(key for item in items for key in item))
    return headers, ([item.get(key, "") for key in headers] for item in items)


def read_rows(source: IO[bytes], file_format: str) -> tuple[list[str], Iterator[list[Any]]]:
    """Return a file's column headings and an iterator over its rows (read as they come)."""
    readers = {"csv": _csv_rows, "xlsx": _xlsx_rows, "json": _json_rows}
    headers, rows = readers[file_format](source)
    return [str(h).strip() for h in headers], rows


def _chunks(rows: Iterator[list[Any]], size: int) -> Iterator[list[list[Any]]]:
    while chunk := list(islice(rows, size)):
        yield chunk


def _row_errors(resource: RegistryResource, row: Any) -> list[tuple[str, str]]:
    """Return (column, message) pairs for a failed row, columns named as in the file."""
    labels = {f.attribute: f.column_name for f in resource.get_import_fields()}
    errors = []
    if row.validation_error is not None:
        error = row.validation_error
        pairs = (
            error.message_dict.items()
            if hasattr(error, "error_dict")
            else [(NON_FIELD_ERRORS, error.messages)]
        )
        for name, messages in pairs:
            column = "" if name == NON_FIELD_ERRORS else labels.get(name, name)
            errors += [(column, str(message)) for message in messages]
    errors += [("", _("Unexpected error: %(error)s") % {"error": e.error}) for e in row.errors]
    return errors


def _only_denied(row: Any) -> bool:
    """Whether a failed row's one error is the permission check (``RegistryResource.authorize``,
    which runs only when everything else in the row is valid)."""
    error = row.validation_error
    if row.errors or error is None or not hasattr(error, "error_dict"):
        return False
    return [e.code for errors in error.error_dict.values() for e in errors] == ["permission"]


KINDS = {
    RowResult.IMPORT_TYPE_NEW: "new",
    RowResult.IMPORT_TYPE_UPDATE: "update",
    RowResult.IMPORT_TYPE_SKIP: "skip",
    RowResult.IMPORT_TYPE_INVALID: "error",
    RowResult.IMPORT_TYPE_ERROR: "error",
}


def _check_headers(
    resource: RegistryResource, headers: Sequence[str], report: ImportReport
) -> None:
    known = {f.column_name for f in resource.get_import_fields()}
    report.ignored_columns = [h for h in headers if h and h not in known]
    if "slug" not in headers:
        report.file_errors.append(
            _("The file has no “slug” column: every row needs the record's slug to match it.")
        )
    elif not set(headers) & (known - {"slug"}):
        report.file_errors.append(
            _("None of the columns are known. Export a list first to see the columns expected.")
        )


def run_import(
    resource: RegistryResource,
    source: bytes | IO[bytes],
    file_format: str,
    *,
    dry_run: bool,
    chunk_size: int = CHUNK_SIZE,
) -> ImportReport:
    """Import a file with ``resource`` (which knows the user); return the report.

    Everything happens in one transaction, rolled back on a dry run or when any row fails.
    """
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    try:
        headers, rows = read_rows(source, file_format)
    except (ImportFileError, csv.Error, UnicodeDecodeError) as error:
        report = ImportReport(dry_run=dry_run)
        report.file_errors.append(_file_error(error))
        return report
    return import_rows(resource, headers, rows, dry_run=dry_run, chunk_size=chunk_size)


def _file_error(error: Exception) -> str:
    if isinstance(error, ImportFileError):
        return str(error)
    return _("The file cannot be read as CSV (%(error)s). Save it as CSV UTF-8 and try again.") % {
        "error": error
    }


def import_rows(
    resource: RegistryResource,
    headers: list[str],
    rows: Iterator[list[Any]],
    *,
    dry_run: bool,
    chunk_size: int = CHUNK_SIZE,
    preview_rows: int = PREVIEW_ROWS,
) -> ImportReport:
    """Write rows in the canonical import columns: the registry's one writer of records from
    files (the admin's import, a plugin's data import and the demo loader all end here).

    Everything happens in one transaction, rolled back on a dry run or when any row fails.
    ``preview_rows`` bounds how many rows the report describes one by one.
    """
    report = ImportReport(dry_run=dry_run)
    report.headers = headers
    try:
        _check_headers(resource, headers, report)
        if not report.file_errors:
            _import_chunks(resource, rows, report, chunk_size, preview_rows)
    except (ImportFileError, csv.Error, UnicodeDecodeError) as error:
        report.file_errors.append(_file_error(error))
    return report


def _import_chunks(
    resource: RegistryResource,
    rows: Iterator[list[Any]],
    report: ImportReport,
    chunk_size: int,
    preview_rows: int,
) -> None:
    """Import every chunk in one transaction; roll it back on a dry run or any error."""
    headers = report.headers
    with transaction.atomic():
        offset = 0
        for chunk in _chunks(rows, chunk_size):
            width = len(headers)
            dataset = tablib.Dataset(
                *[(list(row) + [""] * width)[:width] for row in chunk], headers=headers
            )
            result = resource.import_data(
                dataset,
                use_transactions=True,
                rollback_on_validation_errors=True,
                row_offset=offset,
            )
            for error in result.base_errors:
                report.file_errors.append(str(error.error))
            _add_rows(report, resource, result.rows, offset, preview_rows)
            offset += len(chunk)
        if report.dry_run or report.has_errors:
            transaction.set_rollback(True)


def _add_rows(
    report: ImportReport, resource: RegistryResource, rows: Any, offset: int, preview_rows: int
) -> None:
    for number, row in enumerate(rows, start=offset + 1):
        kind = KINDS.get(row.import_type, "error")
        report.totals[kind] += 1
        slug = str(row.row_values.get("slug", ""))
        entry = RowReport(
            number=number,
            kind=kind,
            title=row.object_repr or slug,
            slug=slug,
            changes=getattr(row, "changes", []),
        )
        if kind == "error":
            entry.errors = _row_errors(resource, row)
            entry.denied = _only_denied(row)
            if len(report.error_rows) < ERROR_ROWS:
                report.error_rows.append(entry)
        if len(report.preview) < preview_rows:
            report.preview.append(entry)


# --- Plugins' data imports ------------------------------------------------------------------

OUTCOMES = {"new": "created", "update": "updated", "skip": "unchanged", "error": "error"}


def _cell(resource: RegistryResource, name: str, value: Any) -> Any:
    """Render a mapped field value as its canonical column's cell (natural keys, joined lists)."""
    field = next((f for f in resource.get_import_fields() if f.attribute == name), None)
    if field is None:
        raise ImportFileError(
            _("The mapping writes %(field)s, which the registry's import has no column for.")
            % {"field": name}
        )
    widget = field.widget
    if isinstance(value, str) and isinstance(widget, KeyWidget):
        return value
    if isinstance(widget, KeysWidget):
        return widget.separator.join(str(getattr(item, widget.field)) for item in value)
    return widget.render(value)


def write_mapped_rows(
    model: type[Any],
    rows: Sequence[Mapping[str, Any]],
    *,
    user: User | None,
    commit: bool,
) -> RecordWrite:
    """Write a plugin's mapped rows through ``import_rows``, every record published.

    The values are rendered as the canonical import columns, so a plugin's file is read by the
    same widgets, validation and regional rules as the admin's import. A column a row lacks is
    empty in it, as in a file.
    """
    resource = resource_for(model, user, publish=True)
    try:
        cells = [
            {name: _cell(resource, name, value) for name, value in row.items()} for row in rows
        ]
    except ImportFileError as error:
        return RecordWrite(errors=[str(error)])
    headers = list(dict.fromkeys(name for row in cells for name in row))
    report = import_rows(
        resource,
        headers,
        iter([[row.get(name, "") for name in headers] for row in cells]),
        dry_run=not commit,
        preview_rows=len(cells),
    )
    labels = {f.column_name: f.attribute for f in resource.get_import_fields()}
    written = [
        WrittenRow(
            index=entry.number - 1,
            outcome=OUTCOMES[entry.kind],
            slug=entry.slug,
            errors=tuple((labels.get(column, column), message) for column, message in entry.errors),
        )
        for entry in report.preview
    ]
    return RecordWrite(rows=written, errors=report.file_errors, committed=report.committed)
