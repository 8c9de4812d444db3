"""The API's output formats besides JSON: JSON-LD for linked data and CSV for spreadsheets.

Both are chosen by ``Accept`` (``application/ld+json``, ``text/csv``), by a URL suffix
(``.jsonld``, ``.csv``) or by ``?format=``. CSV is written with tablib, which the registry's
import and export already use.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import tablib
from rest_framework.renderers import BaseRenderer, JSONRenderer

from hub.spreadsheets import neutralise_formula

__all__ = ["CSVRenderer", "JSONLDRenderer"]


class JSONLDRenderer(JSONRenderer):
    """Render schema.org JSON-LD (the view builds it with ``branch_models.linked_data``)."""

    media_type = "application/ld+json"
    format = "jsonld"


def _cell(value: Any) -> str | int | float | bool | None:
    """Flatten a value into one spreadsheet cell.

    Lists of plain values (codes, slugs, languages) are joined with "; ", which reads well and
    splits easily; anything nested (a model's steps, an expanded record) is kept as JSON text.
    """
    if isinstance(value, str):
        return neutralise_formula(value)
    if value is None or isinstance(value, int | float | bool):
        return value
    if isinstance(value, Sequence) and all(isinstance(item, str | int | float) for item in value):
        return neutralise_formula("; ".join(str(item) for item in value))
    return neutralise_formula(json.dumps(value, ensure_ascii=False))


class CSVRenderer(BaseRenderer):
    """Render a list of records as CSV: one row per record, one column per field.

    Columns follow the fields of the list's serializer (``header`` in the renderer context),
    so every export of a type has the same header, even an empty one. Errors are never CSV:
    the exception handler answers them in JSON.
    """

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(
        self,
        data: Any,
        accepted_media_type: str | None = None,
        renderer_context: Mapping[str, Any] | None = None,
    ) -> bytes:
        renderer_context = renderer_context or {}
        rows: list[Mapping[str, Any]] = data if isinstance(data, list) else [data]
        header = list(renderer_context.get("header") or (rows[0].keys() if rows else []))
        dataset = tablib.Dataset(headers=header)
        for row in rows:
            dataset.append([_cell(row.get(column)) for column in header])
        # A byte-order mark lets spreadsheet programs recognise UTF-8 (å, ä, ö).
        return ("\ufeff" + dataset.export("csv")).encode(self.charset)
