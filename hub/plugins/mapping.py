"""Declarative mappings from a region's own files into the registry's models.

A region's data comes in its own shape: a semicolon CSV from a school system, an Excel export
in Windows-1252, local codes for school forms. A ``RecordMapping`` subclass says, field by
field, which source column becomes which model field, through which vocabulary and transform.
``hub.plugins.importer`` runs it atomically and reports row errors and unmapped values.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

from django.apps import apps
from django.db import models
from django.utils.functional import Promise
from django.utils.text import slugify
from django.utils.translation import gettext as _

from hub.parsing import parse_iso_date, parse_yes_no

__all__ = [
    "Field",
    "Lookup",
    "MappingError",
    "RecordMapping",
    "Vocabulary",
    "coordinates",
    "iso_dates",
    "municipality_by_code",
    "municipality_by_name",
    "slug_from",
    "yes_no",
]


class MappingError(ValueError):
    """A value cannot be mapped; the message says what is wrong and how to fix it."""


NOT_SET: Any = object()


@dataclass(frozen=True)
class Vocabulary:
    """Translate a source system's codes or words into registry values.

    Unknown values are reported as unmapped. With a ``default`` they still import (with the
    default); without one the row fails, so nothing is guessed silently.
    """

    values: Mapping[str, Any]
    default: Any = NOT_SET
    case_sensitive: bool = False

    def lookup(self, raw: str) -> tuple[Any, bool]:
        """Return ``(value, known)`` for a source value."""
        table = (
            self.values
            if self.case_sensitive
            else {key.casefold(): value for key, value in self.values.items()}
        )
        key = raw if self.case_sensitive else raw.casefold()
        if key in table:
            return table[key], True
        return (None if self.default is NOT_SET else self.default), False


@dataclass(frozen=True)
class Field:
    """One source column (or several) mapped to one model field (or several).

    Attributes:
        source: the column name, or a tuple of names whose values reach ``transform`` as a dict.
        target: the model field, or a tuple of fields that ``transform`` returns values for.
        vocabulary: codes to registry values, applied to each item before ``transform``.
        transform: turns the (vocabulary-mapped) value into the field value; raises
            ``MappingError`` for a bad value.
        separator: splits a cell holding several values (e.g. ``"Halmstad, Falkenberg"``).
        required: an empty cell is a row error; otherwise the field keeps its model default.
    """

    source: str | tuple[str, ...]
    target: str | tuple[str, ...]
    vocabulary: Vocabulary | None = None
    transform: Callable[[Any], Any] | None = None
    separator: str = ""
    required: bool = True

    @property
    def sources(self) -> tuple[str, ...]:
        """Every column this field reads."""
        return self.source if isinstance(self.source, tuple) else (self.source,)

    @property
    def targets(self) -> tuple[str, ...]:
        """Every model field this field writes."""
        return self.target if isinstance(self.target, tuple) else (self.target,)


@dataclass
class MappedRow:
    """The outcome of mapping one source row: field values, errors and unmapped values."""

    line: int
    values: dict[str, Any] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)
    unmapped: list[tuple[str, str, bool]] = field(default_factory=list)


class RecordMapping:
    """Base of a plugin's mapping of one local file format into one registry model.

    Attributes:
        key: identifier used by ``manage.py plugin_import --mapping``.
        title: what the file is, in words (translated).
        model: the registry model written (``Actor``, ``KomvuxOffer``, ``ChecklistTemplate``…).
        fields: the ``Field`` declarations.
        ignored_columns: columns known to carry nothing the registry keeps (not reported).
        delimiter, encoding: how the file is written.
        sample: file name of the sample in the plugin's ``fixtures/`` folder.

    Records are matched by ``slug``, the registry's natural key, so a mapping gives every row
    one. Override ``complete()`` for values derived from several fields (a slug, a provider).
    """

    key: ClassVar[str] = ""
    title: ClassVar[str | Promise] = ""
    model: ClassVar[type[models.Model]]
    fields: ClassVar[tuple[Field, ...]] = ()
    ignored_columns: ClassVar[tuple[str, ...]] = ()
    delimiter: ClassVar[str] = ","
    encoding: ClassVar[str] = "utf-8-sig"
    sample: ClassVar[str] = ""

    @classmethod
    def source_columns(cls) -> tuple[str, ...]:
        """Every column the mapping reads, in declaration order."""
        return tuple(name for spec in cls.fields for name in spec.sources)

    def complete(self, values: dict[str, Any], row: Mapping[str, str]) -> dict[str, Any]:
        """Add values derived from several fields; raise ``MappingError`` when impossible."""
        return values

    def map_row(self, line: int, row: Mapping[str, str]) -> MappedRow:
        """Map one source row; collect every problem instead of stopping at the first."""
        result = MappedRow(line=line)
        for spec in self.fields:
            self._map_field(spec, row, result)
        if not result.errors:
            try:
                result.values = self.complete(result.values, row)
            except MappingError as exc:
                result.errors.append(("", str(exc)))
        return result

    def _map_field(self, spec: Field, row: Mapping[str, str], result: MappedRow) -> None:
        column = ", ".join(spec.sources)
        cells = {name: (row.get(name) or "").strip() for name in spec.sources}
        if not any(cells.values()):
            if spec.required:
                result.errors.append((column, _("The column is empty; it needs a value.")))
            return
        value: Any = cells if isinstance(spec.source, tuple) else cells[spec.source]
        if spec.separator and isinstance(value, str):
            items: list[Any] = [part.strip() for part in value.split(spec.separator)]
            value = [item for item in items if item]
        if spec.vocabulary is not None:
            value = self._translate(spec, column, value, result)
            if value is NOT_SET:
                return
        if spec.transform is not None:
            try:
                value = spec.transform(value)
            except MappingError as exc:
                result.errors.append((column, str(exc)))
                return
        if isinstance(spec.target, tuple):
            result.values.update(zip(spec.target, value, strict=True))
        else:
            result.values[spec.target] = value

    @staticmethod
    def _translate(spec: Field, column: str, value: Any, result: MappedRow) -> Any:
        vocabulary = spec.vocabulary
        assert vocabulary is not None  # noqa: S101 - checked by the caller
        raw_items = value if isinstance(value, list) else [value]
        mapped = []
        for raw in raw_items:
            translated, known = vocabulary.lookup(raw)
            if not known:
                has_default = vocabulary.default is not NOT_SET
                result.unmapped.append((column, raw, has_default))
                if not has_default:
                    message = _("Unknown value %(value)r; known values: %(known)s.") % {
                        "value": raw,
                        "known": ", ".join(sorted(vocabulary.values)),
                    }
                    result.errors.append((column, message))
                    return NOT_SET
            mapped.append(translated)
        return mapped if isinstance(value, list) else mapped[0]


# --- Transforms -----------------------------------------------------------------------------


def yes_no(value: str) -> bool:
    """Read the yes/no spellings Swedish exports use (Ja/Nej, J/N, X/blank, 1/0)."""
    try:
        return parse_yes_no(value)
    except ValueError as exc:
        raise MappingError(str(exc)) from None


@dataclass(frozen=True)
class Lookup:
    """Find a row of a model by a field; each miss is a row error naming the value.

    ``model`` may be a label (``"branch_models.Municipality"``) so that mappings can be declared
    in modules imported before Django's models are loaded.
    """

    model: type[models.Model] | str
    field: str = "code"
    case_insensitive: bool = False

    def __call__(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self(item) for item in value]
        model = apps.get_model(self.model) if isinstance(self.model, str) else self.model
        condition = f"{self.field}__iexact" if self.case_insensitive else self.field
        found = model._default_manager.filter(**{condition: value}).first()
        if found is None:
            raise MappingError(
                _("No %(what)s with %(field)s %(value)r.")
                % {"what": model._meta.verbose_name, "field": self.field, "value": value}
            )
        return found


municipality_by_code = Lookup("branch_models.Municipality", "code")
municipality_by_name = Lookup("branch_models.Municipality", "name", case_insensitive=True)


def iso_dates(value: str | Sequence[str]) -> list[str]:
    """Validate dates written as YYYY-MM-DD and return them as ISO strings."""
    items = [value] if isinstance(value, str) else list(value)
    try:
        return [parse_iso_date(item).isoformat() for item in items]
    except ValueError as exc:
        raise MappingError(str(exc)) from None


def coordinates(value: str) -> tuple[Decimal, Decimal]:
    """Read ``"latitude, longitude"`` in decimal degrees (WGS 84), as map services copy them."""
    parts = [part.strip() for part in value.replace(";", ",").split(",")]
    try:
        latitude, longitude = (Decimal(part).quantize(Decimal("0.000001")) for part in parts)
    except (ValueError, InvalidOperation):
        raise MappingError(
            _("Coordinates must be 'latitude, longitude' in decimal degrees; got %(value)r.")
            % {"value": value}
        ) from None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise MappingError(_("Coordinates %(value)r are outside the globe.") % {"value": value})
    return latitude, longitude


def slug_from(*parts: str) -> str:
    """Build a registry slug from readable parts (``å``/``ä`` become ``a``, ``ö`` ``o``)."""
    text = " ".join(parts).translate(str.maketrans("åäöÅÄÖéÉ", "aaoAAOeE"))
    return slugify(text)[:120]
