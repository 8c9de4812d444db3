"""Bulk import by token: ``POST /api/v1/<records>/import/`` with a file in the import columns.

The body is a CSV, JSON (a list of objects) or XLSX file in the canonical columns of the admin's
import (docs/import-export.md), handed to ``branch_models.importing.run_import`` — the registry's
one writer of records from files — as the token's user. So the admin import's rules hold
unchanged: the record type's add or change permission to begin with, then every row judged by
its owner region (``branch_models.services.authorize_save``), new records published only with
the right to publish there. All rows are written or none; ``?dry_run=1`` writes none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO, Any

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.exceptions import ParseError, PermissionDenied
from rest_framework.parsers import BaseParser
from rest_framework.request import Request
from rest_framework.response import Response
from wagtail.permissions import policy_registry

from branch_models.importing import MAX_UPLOAD_BYTES, ImportReport, RowReport, run_import
from branch_models.resources import resource_for
from hub.api.errors import ErrorSerializer, api_error

__all__ = ["BulkImportMixin", "ImportReportSerializer"]


@dataclass(frozen=True)
class ImportFile:
    """A request body read as an import file: its format and bytes."""

    file_format: str
    data: bytes


class ImportFileParser(BaseParser):
    """Read the body as an import file of ``file_format``, refusing one over 20 MB."""

    file_format = ""

    def parse(
        self,
        stream: IO[bytes] | None,
        media_type: str | None = None,
        parser_context: dict[str, Any] | None = None,
    ) -> ImportFile:
        """Return the body's bytes with their format (the import reads and checks them)."""
        data = b"" if stream is None else stream.read(MAX_UPLOAD_BYTES + 1)
        if len(data) > MAX_UPLOAD_BYTES:
            raise ParseError(_("The file is larger than 20 MB: split it into smaller files."))
        return ImportFile(self.file_format, data)


class CSVImportParser(ImportFileParser):
    """A CSV body (comma or semicolon separated, UTF-8 or Windows-1252)."""

    media_type = "text/csv"
    file_format = "csv"


class JSONImportParser(ImportFileParser):
    """A JSON body: a list of objects, one per record."""

    media_type = "application/json"
    file_format = "json"


class XLSXImportParser(ImportFileParser):
    """An Excel workbook body (the first sheet)."""

    media_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    file_format = "xlsx"


class ImportRowSerializer(serializers.Serializer):
    """What happened, or would happen, to one row."""

    row = serializers.IntegerField(
        source="number", help_text="The row's number, from 1 for the first after the headings."
    )
    slug = serializers.CharField()
    result = serializers.ChoiceField(
        source="kind", choices=["new", "update", "skip"], help_text="Created, changed or unchanged."
    )
    changes = serializers.ListField(
        child=serializers.CharField(), help_text="The columns a changed record changes in."
    )


class ImportTotalsSerializer(serializers.Serializer):
    """How many rows create, change or leave a record unchanged."""

    new = serializers.IntegerField()
    update = serializers.IntegerField()
    skip = serializers.IntegerField()


class ImportReportSerializer(serializers.Serializer):
    """The outcome of an import that had no errors."""

    dry_run = serializers.BooleanField(help_text="True when nothing was written, as asked.")
    committed = serializers.BooleanField(help_text="True when the rows were written.")
    totals = ImportTotalsSerializer()
    ignored_columns = serializers.ListField(
        child=serializers.CharField(), help_text="Columns the record type has not (not read)."
    )
    rows = serializers.ListField(
        child=ImportRowSerializer(),
        source="preview",
        help_text="The first 100 rows, one by one.",
    )

    def to_representation(self, instance: ImportReport) -> dict[str, Any]:
        """Give every total, also those that are zero."""
        data = super().to_representation(instance)
        data["totals"] = {key: instance.totals[key] for key in ("new", "update", "skip")}
        return data


def _row_fields(rows: list[RowReport]) -> dict[str, Any]:
    """Each failed row's messages by column (``non_field_errors`` for the whole row)."""
    fields: dict[str, dict[str, list[str]]] = {}
    for row in rows:
        columns = fields.setdefault(str(row.number), {})
        for column, message in row.errors:
            columns.setdefault(column or "non_field_errors", []).append(message)
    return {"rows": fields} if fields else {}


def refusal(report: ImportReport) -> Response:
    """Answer an import with errors in the API's error format: 403 when the user may not write
    the rows, else 400; each row's messages under ``fields.rows.<row number>``."""
    if report.file_errors:
        return Response(
            api_error("invalid", " ".join(report.file_errors)), status=status.HTTP_400_BAD_REQUEST
        )
    counts = {"errors": report.totals["error"], "rows": report.rows}
    if report.denied:
        message = _(
            "You may not write %(errors)s of the %(rows)s rows: nothing was written. The fields "
            "say which rows and why."
        )
        return Response(
            api_error("permission_denied", message % counts, _row_fields(report.error_rows)),
            status=status.HTTP_403_FORBIDDEN,
        )
    message = _(
        "%(errors)s of the %(rows)s rows have errors: nothing was written. The fields say what "
        "to change in each row."
    )
    return Response(
        api_error("invalid", message % counts, _row_fields(report.error_rows)),
        status=status.HTTP_400_BAD_REQUEST,
    )


DRY_RUN = OpenApiParameter(
    "dry_run",
    OpenApiTypes.BOOL,
    default=False,
    description="Check every row and report what would happen, writing nothing.",
)


class BulkImportMixin:
    """The ``import`` action of a registry endpoint (mix into its view set)."""

    @extend_schema(
        summary="Import records from a file",
        description=(
            "Create and change records from a CSV, JSON (a list of objects) or XLSX body in the "
            "columns of the admin's import (docs/import-export.md), matched by `slug`. The "
            "token's user needs the admin import's rights: each row is checked against their "
            "regions, and new records are published only where they may publish. All rows are "
            "written or none: any error answers 400 (403 when the rows may not be written by "
            "this user) with each row's messages under `fields.rows.<row>`. `dry_run=1` "
            "reports what would happen and writes nothing."
        ),
        parameters=[DRY_RUN],
        request={
            "text/csv": OpenApiTypes.STR,
            "application/json": {"type": "array", "items": {"type": "object"}},
            XLSXImportParser.media_type: OpenApiTypes.BINARY,
        },
        responses={
            200: ImportReportSerializer,
            400: OpenApiResponse(ErrorSerializer, description="A bad file or rows with errors."),
            403: OpenApiResponse(ErrorSerializer, description="Rows this user may not write."),
        },
    )
    @action(
        detail=False,
        methods=["post"],
        url_path="import",
        url_name="import",
        parser_classes=[CSVImportParser, JSONImportParser, XLSXImportParser],
    )
    def import_file(self, request: Request) -> Response:
        """Import the body's rows (all or none) as the token's user; report every row."""
        model = self.serializer_class.Meta.model  # type: ignore[attr-defined]
        policy = policy_registry.get_by_type(model)
        if not policy.user_has_any_permission(request.user, ["add", "change"]):
            raise PermissionDenied(
                _("You may not import %(records)s.") % {"records": model._meta.verbose_name_plural}
            )
        upload = request.data
        if not isinstance(upload, ImportFile) or not upload.data.strip():
            raise ParseError(
                _(
                    "Send the file as the request body, with Content-Type text/csv, "
                    "application/json or the XLSX type."
                )
            )
        try:
            dry_run = serializers.BooleanField().to_internal_value(
                request.query_params.get("dry_run", "false")
            )
        except serializers.ValidationError as error:
            raise serializers.ValidationError({"dry_run": error.detail}) from error
        report = run_import(
            resource_for(model, request.user), upload.data, upload.file_format, dry_run=dry_run
        )
        if report.has_errors:
            return refusal(report)
        return Response(ImportReportSerializer(report).data)
