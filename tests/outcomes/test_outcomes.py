"""Follow-up acceptance: regional writing and publishing of reports, suppression on every
public surface, import and export through the registry's machinery."""

from __future__ import annotations

import csv
import io
import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from branch_models.importing import run_import
from branch_models.resources import resource_for
from outcomes.models import HalfYearPlan, IndicatorValue
from outcomes.suppression import suppress_table

pytestmark = pytest.mark.django_db

KALMAR_DEVELOPERS = "Kalmar län – regionala utvecklare"
KALMAR_EDITORS = "Kalmar län – regionala redaktörer"


def _user(django_user_model, name: str, group: str):
    user = django_user_model.objects.create_user(name, f"{name}@example.se", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user


def _edit_url(plan: HalfYearPlan) -> str:
    return reverse(HalfYearPlan.snippet_viewset.get_url_name("edit"), args=(plan.pk,))


def _report_form(plan: HalfYearPlan, **report: object) -> dict[str, object]:
    data = {
        "municipality": plan.municipality_id,
        "year": plan.year,
        "half": plan.half,
        "programmes": plan.programmes,
        "assessors": plan.assessors or "",
        "arrangement": plan.arrangement,
        "planned_validations": plan.planned_validations,
        "completed_validations": "",
        "certificates": "",
        "outcome": "",
        "lessons": "",
        "source_url": "",
        "last_reviewed": "",
    }
    data.update(report)
    return data


def test_kalmar_developer_writes_nybro_report_not_osby_and_editor_publishes(
    client, django_user_model
):
    nybro = HalfYearPlan.objects.get(municipality__code="0881", year=2026, half=2)
    osby = HalfYearPlan.objects.get(municipality__code="1273", year=2026, half=2)
    developer = _user(django_user_model, "kalmar-dev", KALMAR_DEVELOPERS)
    client.force_login(developer)
    report = {
        "completed_validations": 17,
        "outcome": "Sjutton valideringar klara.",
        "lessons": "Tidiga samsynsmöten hjälpte.",
    }

    response = client.post(_edit_url(nybro), _report_form(nybro, **report))
    assert response.status_code == 302
    nybro.refresh_from_db()
    # A developer's change to a published plan is a draft: the public still sees the plan.
    assert nybro.has_unpublished_changes
    assert "Tidiga samsynsmöten" not in client.get("/statistik/kommun/0881/").content.decode()

    refused = client.post(_edit_url(osby), _report_form(osby, **report))
    assert refused.status_code in (302, 403)
    osby.refresh_from_db()
    assert osby.completed_validations is None and not osby.has_unpublished_changes

    editor = _user(django_user_model, "kalmar-editor", KALMAR_EDITORS)
    client.force_login(editor)
    draft = nybro.latest_revision.as_object()
    response = client.post(
        _edit_url(nybro),
        {**_report_form(draft, **report), "action-publish": "action-publish"},
    )
    assert response.status_code == 302
    client.logout()
    page = client.get("/statistik/kommun/0881/").content.decode()
    assert "Tidiga samsynsmöten hjälpte." in page
    assert "Sjutton valideringar klara." in page


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"(?<![\d.,-])\d+(?![\d.,])", text))


def test_small_values_never_public():
    small = IndicatorValue.objects.filter(value__gt=0, value__lt=5, indicator__unit="people")
    assert small.exists()  # the demo has small cells (e.g. seed 000's two "other")
    from django.test import Client

    client = Client()
    csv_text = client.get("/statistik/data.csv").content.decode()
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    assert rows and not {r["value"] for r in rows} & {"1", "2", "3", "4"}
    assert "<5" in {r["value"] for r in rows}
    api = client.get("/api/v1/statistics/values/").json()
    assert not {r["value"] for r in api} & {"1", "2", "3", "4"}
    reported = client.get("/api/v1/statistics/reported/").json()
    for figure in reported:
        if figure["indicator"] in {"validation_enrolled", "competence_certificates", "exited"}:
            assert figure["value"] not in {"1", "2", "3", "4"}
            assert not set(figure["breakdown"].values()) & {"1", "2", "3", "4"}
    for path in (
        "/statistik/",
        "/statistik/lan/08/",
        "/statistik/lan/12/",
        "/en/statistics/county/19/",
    ):
        page = client.get(path).content.decode()
        cells = re.findall(r"<td>([^<]*)</td>", page)
        assert not set(cells) & {"1", "2", "3", "4"}, path
        assert "&lt;5" in page


def test_secondary_suppression_protects_a_lone_small_cell():
    cells = suppress_table([[227, 101, 124, 2]], [[1, 2, 3]])[0]
    assert [c.display for c in cells] == ["227", "..", "124", "<5"]
    # A county of two municipalities: one small, so the other is hidden too.
    table = suppress_table([[13], [3], [10]], [])
    assert [row[0].display for row in table] == ["13", "<5", ".."]


def test_seed_figures_with_periods_and_sources():
    value = IndicatorValue.objects.get(
        indicator__key="validation_enrolled", owner_region__code="12", gender="all", is_demo=False
    )
    assert value.value == 227 and value.period_start.isoformat() == "2018-12-01"
    # The seed document: its title, who published it and when; no public address is known.
    assert value.source == "Slutrapport KompetensValidering, Osby kommun, 2021-11-30"
    assert value.source_url == ""
    kalmar = IndicatorValue.objects.get(indicator__key="participants", owner_region__code="08")
    assert kalmar.value == 621 and not kalmar.is_demo
    demo_places = set(
        IndicatorValue.objects.filter(is_demo=True).values_list("municipality__code", flat=True)
    )
    assert len(demo_places) >= 5


def test_export_imports_back_unchanged(django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.se", "pw")
    resource = resource_for(IndicatorValue)
    exported = resource.export(IndicatorValue.objects.filter(owner_region__code="08")).csv
    report = run_import(resource_for(IndicatorValue, user), exported.encode(), "csv", dry_run=False)
    assert not report.has_errors, report.error_rows
    assert report.totals["new"] == 0 and report.totals["update"] == 0
    assert report.totals["skip"] > 0


def test_bad_file_refused_with_nothing_written(django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.se", "pw")
    before = IndicatorValue.objects.count()
    header = ",".join(resource_for(IndicatorValue).get_export_headers())
    good = "ny-rad,validation_enrolled,0881,,,2026-07-01,2026-12-31,,,all,all,12,,,08,,,1"
    bad = "ny-rad-2,validation_enrolled,0881,,,2026-07-01,2026-12-31,,,all,all,tolv,,,08,,,1"
    report = run_import(
        resource_for(IndicatorValue, user),
        "\n".join([header, good, bad]).encode(),
        "csv",
        dry_run=False,
    )
    assert report.has_errors
    assert IndicatorValue.objects.count() == before
    assert any("tolv" in message for row in report.error_rows for _c, message in row.errors)


def test_calculator_page_and_api_have_no_invented_defaults(client):
    page = client.get("/en/statistics/calculator/?origin=forsorjningsstod&target=work")
    assert page.status_code == 200
    assert 'placeholder="enter a value"' in page.content.decode()
    missing = client.get("/api/v1/statistics/calculator/?origin=forsorjningsstod&target=work")
    assert missing.status_code == 400
    done = client.get(
        "/api/v1/statistics/calculator/?origin=forsorjningsstod&target=studies"
        "&forsorjningsstod=1000&study_grant=400"
    ).json()
    by_party = {r["party"]: r["change"] for r in done}
    assert by_party["municipality"] == 12000 and by_party["state"] == -4800
