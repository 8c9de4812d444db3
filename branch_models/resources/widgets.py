"""Cells of an import file: parse one, or raise ValueError with a message the editor can act on.

The widgets of every registry type's columns, and ``text`` and ``key_field`` to declare a column.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from import_export import fields, widgets

from hub.parsing import parse_iso_date, parse_yes_no
from hub.spreadsheets import neutralise_formula, restore_formula

__all__ = [
    "CODE_SEPARATOR",
    "TEXT_SEPARATOR",
    "BooleanWidget",
    "DateWidget",
    "DecimalWidget",
    "IntegerWidget",
    "JSONListWidget",
    "KeyWidget",
    "KeysWidget",
    "ListWidget",
    "TextWidget",
    "cell_text",
    "choice",
    "key_field",
    "text",
]


CODE_SEPARATOR = ","
# Names and statements may contain commas, so lists of them have one item per line.
TEXT_SEPARATOR = "\n"


def cell_text(value: Any) -> str:
    """Return a cell as stripped text (spreadsheets give numbers, JSON gives anything)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _split(value: Any, separator: str) -> list[str]:
    if isinstance(value, list | tuple):
        return [cell_text(item) for item in value if cell_text(item)]
    return [item.strip() for item in cell_text(value).split(separator) if item.strip()]


class TextWidget(widgets.Widget):
    """Text cells, whatever the file gives (a spreadsheet may give a postcode as a number)."""

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> str:
        """Return the cell as text, as written (less our formula guard); empty is empty text."""
        return restore_formula(value) if isinstance(value, str) else cell_text(value)

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
        return parse_yes_no(cell_text(value))

    def render(self, value: Any, obj: Any = None, **kwargs: Any) -> str:
        """Write 1 or 0."""
        return "1" if value else "0"


class DateWidget(widgets.Widget):
    """ISO dates (YYYY-MM-DD); spreadsheets may also give a date value."""

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> date | None:
        """Parse a date cell; empty means no date."""
        if isinstance(value, date):
            return value if not hasattr(value, "date") else value.date()
        text = cell_text(value)
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
        text = cell_text(value)
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
        text = cell_text(value).replace(",", ".")
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


def choice(choices: type[models.TextChoices]) -> Callable[[str], str]:
    """Return a parser that accepts only the values of ``choices``."""

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
        key = cell_text(value)
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
            text = cell_text(value)
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


def key_field(model: type[models.Model], field: str, **kwargs: Any) -> fields.Field:
    """Return a resource field for a foreign key written as the related record's natural key."""
    return fields.Field(
        attribute=kwargs.pop("attribute", None), widget=KeyWidget(model, field, **kwargs)
    )
