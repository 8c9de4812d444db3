"""Import and export: dry runs, atomic failure with row errors, idempotence, round trips,
regional permissions, and the admin's upload-preview-confirm flow."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import ProtectedError
from django.urls import reverse
from django.utils import translation
from import_export.formats.base_formats import CSV, JSON, XLSX
from wagtail.models import ModelLogEntry, Revision

from branch_models.importing import run_import
from branch_models.models import (
    Actor,
    ChecklistTemplate,
    Credential,
    KomvuxOffer,
    Municipality,
    ValidationModel,
)
from branch_models.resources import resource_for

pytestmark = pytest.mark.django_db

FORMATS = {"csv": CSV, "xlsx": XLSX, "json": JSON}
# Bookkeeping that an import rewrites by design (history, timestamps), not record content.
BOOKKEEPING = {
    "id",
    "created_at",
    "updated_at",
    "latest_revision",
    "live_revision",
    "first_published_at",
    "last_published_at",
    "has_unpublished_changes",
}


def export(model: type[models.Model], queryset: Any = None, file_format: str = "csv") -> bytes:
    dataset = resource_for(model).export(model.objects.all() if queryset is None else queryset)
    data = FORMATS[file_format]().export_data(dataset)
    return data.encode() if isinstance(data, str) else data


def natural_key(obj: models.Model) -> str:
    return getattr(obj, "slug", None) or getattr(obj, "code", None) or obj.name


def snapshot(record: models.Model) -> dict[str, Any]:
    """Every field of a record, relations by natural key, read from the database."""
    data: dict[str, Any] = {}
    for field in record._meta.concrete_fields:
        if field.name in BOOKKEEPING:
            continue
        value = getattr(record, field.name)
        data[field.name] = natural_key(value) if field.is_relation and value else value
    for field in record._meta.many_to_many:
        data[field.name] = sorted(natural_key(o) for o in getattr(record, field.name).all())
    if isinstance(record, ValidationModel):
        data["steps"] = list(
            record.steps.order_by("sort_order").values_list(
                "kind", "title", "description", "duration"
            )
        )
    return data


def delete_what_can_be_deleted(model: type[models.Model]) -> int:
    """Delete every record nothing protects (pages and other records may point to some)."""
    deleted = 0
    for record in model.objects.all():
        try:
            with transaction.atomic():
                record.delete()
        except ProtectedError:
            continue
        deleted += 1
    return deleted


def snapshots(model: type[models.Model]) -> dict[str, dict[str, Any]]:
    return {record.slug: snapshot(record) for record in model.objects.all()}


def rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def to_csv(table: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(table)
    return out.getvalue().encode()


def set_cell(table: list[list[str]], row: int, column: str, value: str) -> None:
    table[row][table[0].index(column)] = value


@pytest.fixture
def superuser(make_user):
    return make_user("superuser")


# --- Round trips and idempotence ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "file_format"),
    [
        (KomvuxOffer, "csv"),
        (Actor, "xlsx"),
        (ValidationModel, "json"),
        (Credential, "csv"),
        (ChecklistTemplate, "xlsx"),
    ],
)
def test_export_delete_import_gives_identical_records(superuser, model, file_format):
    before = snapshots(model)
    data = export(model, file_format=file_format)
    deleted = delete_what_can_be_deleted(model)
    assert deleted >= 3

    report = run_import(resource_for(model, superuser), data, file_format, dry_run=False)

    assert report.committed, report.error_rows[:3]
    assert report.totals["new"] == deleted
    assert report.totals["new"] + report.totals["skip"] == len(before)
    assert snapshots(model) == before


def test_an_imports_revision_holds_the_relations_it_wrote(superuser):
    offer = KomvuxOffer.objects.get(slug="komvux-hassleholm-sfi-lager-truck")
    table = rows(export(KomvuxOffer, KomvuxOffer.objects.filter(pk=offer.pk)))
    set_cell(table, 1, "open_to", "1293,1290")
    report = run_import(resource_for(KomvuxOffer, superuser), to_csv(table), "csv", dry_run=False)
    assert report.committed and report.totals == {"update": 1}
    offer.refresh_from_db()
    assert {m.code for m in offer.open_to.all()} == {"1290", "1293"}
    assert offer.live_revision == offer.latest_revision
    # History shows the relation as imported: the revision is what a revert would restore.
    restored = offer.latest_revision.as_object()
    assert {m.code for m in restored.open_to.all()} == {"1290", "1293"}


@pytest.mark.parametrize("file_format", ["csv", "xlsx", "json"])
@pytest.mark.parametrize(
    "model", [Actor, ValidationModel, Credential, KomvuxOffer, ChecklistTemplate]
)
def test_reimporting_an_export_changes_nothing(superuser, model, file_format):
    revisions = Revision.objects.count()
    report = run_import(
        resource_for(model, superuser),
        export(model, file_format=file_format),
        file_format,
        dry_run=False,
    )
    assert report.totals == {"skip": model.objects.count()}
    assert Revision.objects.count() == revisions


def test_semicolon_separated_windows_1252_csv_from_swedish_excel(superuser):
    table = rows(export(KomvuxOffer))
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows(table)
    data = out.getvalue().encode("cp1252")
    report = run_import(resource_for(KomvuxOffer, superuser), data, "csv", dry_run=False)
    assert report.totals == {"skip": KomvuxOffer.objects.count()}


# --- Dry run, atomicity, row errors ---------------------------------------------------------------


def test_dry_run_writes_nothing(superuser):
    table = rows(export(KomvuxOffer))
    changed_slug = table[1][0]
    set_cell(table, 1, "name", "Nytt kursnamn")
    new_row = list(table[1])
    set_cell([table[0], new_row], 1, "slug", "helt-ny-kurs")
    table.append(new_row)
    counts = (Revision.objects.count(), ModelLogEntry.objects.count(), KomvuxOffer.objects.count())

    report = run_import(resource_for(KomvuxOffer, superuser), to_csv(table), "csv", dry_run=True)

    assert report.totals["update"] == 1
    assert report.totals["new"] == 1
    assert report.preview[0].changes == ["name"]
    assert not report.committed
    assert KomvuxOffer.objects.get(slug=changed_slug).name != "Nytt kursnamn"
    assert not KomvuxOffer.objects.filter(slug="helt-ny-kurs").exists()
    assert counts == (
        Revision.objects.count(),
        ModelLogEntry.objects.count(),
        KomvuxOffer.objects.count(),
    )


def new_offer_rows(count: int) -> list[list[str]]:
    table = rows(export(KomvuxOffer, KomvuxOffer.objects.order_by("pk")[:1]))
    for number in range(1, count + 1):
        row = list(table[1])
        row[0] = f"ny-kurs-{number}"
        table.append(row)
    del table[1]
    return table


@pytest.mark.parametrize("chunk_size", [1000, 1])
def test_one_bad_row_writes_nothing_and_names_its_row_and_column(superuser, chunk_size):
    table = new_offer_rows(3)
    set_cell(table, 2, "municipality", "9999")

    report = run_import(
        resource_for(KomvuxOffer, superuser),
        to_csv(table),
        "csv",
        dry_run=False,
        chunk_size=chunk_size,
    )

    assert report.has_errors and not report.committed
    [bad] = report.error_rows
    assert bad.number == 2
    [(column, message)] = bad.errors
    assert column == "municipality"
    assert "9999" in message
    assert not KomvuxOffer.objects.filter(slug__startswith="ny-kurs-").exists()


def test_row_errors_are_in_swedish_for_swedish_editors(superuser):
    table = new_offer_rows(1)
    set_cell(table, 1, "municipality", "9999")
    set_cell(table, 1, "level", "doktorand")
    set_cell(table, 1, "validation_offered", "kanske")
    with translation.override("sv"):
        report = run_import(
            resource_for(KomvuxOffer, superuser), to_csv(table), "csv", dry_run=True
        )
    messages = dict(report.error_rows[0].errors)
    assert messages["municipality"] == "Det finns ingen kommun med SCB kommunkod 9999."
    assert "inte ja eller nej" in messages["validation_offered"]
    assert "doktorand" in messages["level"]


def test_a_slug_twice_in_one_file_is_an_error(superuser):
    table = new_offer_rows(2)
    set_cell(table, 2, "slug", "ny-kurs-1")
    report = run_import(resource_for(KomvuxOffer, superuser), to_csv(table), "csv", dry_run=True)
    [bad] = report.error_rows
    assert bad.number == 2
    assert bad.errors[0][0] == "slug"
    assert "1" in bad.errors[0][1]


def test_a_slug_the_api_uses_for_its_import_address_is_refused_in_swedish(superuser):
    """``/api/v1/komvux-offers/import/`` is the import: a record named so could not be read."""
    table = new_offer_rows(1)
    set_cell(table, 1, "slug", "import")
    with translation.override("sv"):
        report = run_import(
            resource_for(KomvuxOffer, superuser), to_csv(table), "csv", dry_run=False
        )
    [bad] = report.error_rows
    assert dict(bad.errors)["slug"] == (
        "”import” är ett ord som webbplatsens adresser använder: välj en annan slug."
    )
    assert not KomvuxOffer.objects.filter(slug="import").exists()


def test_a_file_without_a_slug_column_is_refused(superuser):
    table = [column[1:] for column in new_offer_rows(1)]
    report = run_import(resource_for(KomvuxOffer, superuser), to_csv(table), "csv", dry_run=True)
    assert report.file_errors and "slug" in report.file_errors[0]
    assert not report.rows


# --- Regional permissions ------------------------------------------------------------------------


def offer_in(region_code: str) -> KomvuxOffer:
    return KomvuxOffer.objects.filter(owner_region__code=region_code).order_by("pk").first()


def test_rows_of_other_regions_are_errors_and_stop_the_import(make_user):
    developer = make_user("developer")
    own, other = offer_in("12"), offer_in("19")
    table = rows(export(KomvuxOffer, KomvuxOffer.objects.filter(pk__in=[own.pk, other.pk])))
    for source in list(table[1:]):
        row = list(source)
        row[0] = f"ny-{row[0]}"
        table.append(row)
    # Rows 1-2 are unchanged copies (allowed), rows 3-4 new: Skåne's is allowed, Västmanland's not.
    report = run_import(resource_for(KomvuxOffer, developer), to_csv(table), "csv", dry_run=False)

    assert [(r.number, r.errors[0][0]) for r in report.error_rows] == [
        (
            table[1:].index(next(r for r in table[1:] if r[0] == f"ny-{other.slug}")) + 1,
            "owner_region",
        )
    ]
    assert "Västmanland" in report.error_rows[0].errors[0][1]
    assert not KomvuxOffer.objects.filter(slug__startswith="ny-").exists()

    allowed = [table[0], *[r for r in table[1:] if r[0] != f"ny-{other.slug}"]]
    report = run_import(resource_for(KomvuxOffer, developer), to_csv(allowed), "csv", dry_run=False)
    assert report.committed
    created = KomvuxOffer.objects.get(slug=f"ny-{own.slug}")
    assert created.live is False  # a developer's new records are drafts for an editor to publish


def test_changing_a_published_record_by_import_takes_the_editor_role(make_user):
    own = offer_in("12")
    table = rows(export(KomvuxOffer, KomvuxOffer.objects.filter(pk=own.pk)))
    set_cell(table, 1, "name", "Omdöpt kurs")
    data = to_csv(table)

    report = run_import(
        resource_for(KomvuxOffer, make_user("developer")), data, "csv", dry_run=False
    )
    assert report.error_rows[0].errors[0][0] == "owner_region"
    assert KomvuxOffer.objects.get(pk=own.pk).name != "Omdöpt kurs"

    editor = make_user("editor")
    report = run_import(resource_for(KomvuxOffer, editor), data, "csv", dry_run=False)
    assert report.committed
    own.refresh_from_db()
    assert own.name == "Omdöpt kurs"
    assert own.live and own.live_revision_id == own.latest_revision_id
    assert own.get_latest_revision_as_object().name == "Omdöpt kurs"
    entry = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(KomvuxOffer), object_id=str(own.pk)
    ).latest("timestamp")
    assert entry.action == "branch_models.import"
    assert entry.user == editor
    assert entry.data["columns"] == ["name"]


# --- Through the admin ---------------------------------------------------------------------------


def offers_url(name: str, *args: object) -> str:
    return reverse(f"wagtailsnippets_branch_models_komvuxoffer:{name}", args=args)


def test_admin_import_previews_then_writes_on_confirmation(client, make_user):
    editor = make_user("editor")
    client.force_login(editor)
    own = offer_in("12")
    table = rows(export(KomvuxOffer, KomvuxOffer.objects.filter(pk=own.pk)))
    set_cell(table, 1, "name", "Förhandsgranskad kurs")
    upload = io.BytesIO(to_csv(table))
    upload.name = "kurser.csv"

    preview = client.post(offers_url("import"), {"file": upload})

    assert preview.status_code == 200
    report = preview.context["report"]
    assert report.dry_run and report.totals == {"update": 1}
    assert "Förhandsgranskad kurs" not in KomvuxOffer.objects.values_list("name", flat=True)
    token = preview.context["token"]

    # Nobody else can confirm this preview.
    client.force_login(make_user("developer"))
    client.post(offers_url("import"), {"token": token})
    assert not KomvuxOffer.objects.filter(name="Förhandsgranskad kurs").exists()

    client.force_login(editor)
    done = client.post(offers_url("import"), {"token": token})
    assert done.status_code == 302 and done["Location"] == offers_url("list")
    assert KomvuxOffer.objects.get(pk=own.pk).name == "Förhandsgranskad kurs"


def test_admin_import_refuses_other_file_types(client, make_user):
    client.force_login(make_user("editor"))
    upload = io.BytesIO(b"%PDF-1.4")
    upload.name = "kurser.pdf"
    response = client.post(offers_url("import"), {"file": upload})
    assert response.status_code == 200
    assert response.context["form"].errors["file"]


def test_admin_export_is_exactly_the_filtered_list(client, make_user):
    client.force_login(make_user("developer"))
    municipality = Municipality.objects.get(code="1293")  # Hässleholm
    expected = set(
        KomvuxOffer.objects.filter(municipality=municipality).values_list("slug", flat=True)
    )
    assert expected
    response = client.get(offers_url("list"), {"municipality": municipality.pk, "export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    table = rows(response.content)
    assert table[0] == resource_for(KomvuxOffer).get_export_headers()
    assert {row[0] for row in table[1:]} == expected

    response = client.get(offers_url("list"), {"q": "SFI", "export": "json"})
    assert response.status_code == 200
    assert all("SFI" in item["name"] for item in __import__("json").loads(response.content))
