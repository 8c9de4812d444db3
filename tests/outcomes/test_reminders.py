"""Half-year reminders (issue 15): by e-mail when a cycle starts and ends, once per cycle and
county, to the county's own people; on the dashboard, each county's roll-up with the reports
to write. The people are in the groups ``setup_regional_groups`` made; the plans are
``load_demo``'s (2025-1 … 2026-2, the reports of 2026-2 not written)."""

from __future__ import annotations

import io
import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from branch_models.models import Region
from outcomes.models import HalfYearPlan
from outcomes.reminders import region_status

pytestmark = pytest.mark.django_db

KALMAR_MUNICIPALITIES = ("Emmaboda", "Mörbylånga", "Nybro", "Västervik")


def _person(django_user_model, name: str, group: str):
    user = django_user_model.objects.create_user(name, f"{name}@example.se", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user


def _remind(day: str) -> str:
    out = io.StringIO()
    call_command("remind_cycles", "--date", day, stdout=out)
    return out.getvalue()


def _to(address: str) -> list[mail.EmailMessage]:
    return [message for message in mail.outbox if address in message.to]


def test_reminders_by_mail_when_a_cycle_ends_and_starts(django_user_model):
    _person(django_user_model, "kalmar-dev", "Kalmar län – regionala utvecklare")
    _person(django_user_model, "skane-ed", "Skåne län – regionala redaktörer")

    assert "No reminder due" in _remind("2026-10-01")  # the middle of a cycle: nothing
    assert mail.outbox == []

    _remind("2026-12-20")  # the last fortnight of 2026-2: write the reports
    (ending,) = _to("kalmar-dev@example.se")
    assert "2026, andra halvåret" in ending.subject and "Kalmar län" in ending.subject
    assert "rapport" in ending.subject.lower()
    for municipality in KALMAR_MUNICIPALITIES:
        assert f"- {municipality}\n" in ending.body  # its 2026-2 report is not written
    assert "Osby" not in ending.body  # Skåne's plans go to Skåne's people
    (skane,) = _to("skane-ed@example.se")
    assert "Osby" in skane.body and "Nybro" not in skane.body

    _remind("2026-12-21")  # once per cycle and county, however often cron runs it
    assert len(_to("kalmar-dev@example.se")) == 1

    _remind("2027-01-02")  # a new cycle: write the plans; last cycle's reports still due
    starting = _to("kalmar-dev@example.se")[-1]
    assert "Skriv arbetsplanerna för 2027, första halvåret (Kalmar län)" in starting.subject
    plans, reports = starting.body.split("Inte rapporterat ännu för 2026, andra halvåret:")
    assert "Ingen plan ännu:" in plans
    for municipality in KALMAR_MUNICIPALITIES:
        assert f"- {municipality}\n" in plans and f"- {municipality}\n" in reports


def test_the_dashboard_rolls_up_each_county_the_person_writes_for(client, django_user_model):
    client.force_login(
        _person(django_user_model, "kalmar-dev", "Kalmar län – regionala utvecklare")
    )
    html = client.get("/admin/").content.decode()
    panel = re.search(r'<section[^>]*id="half-year-cycle-section".*?</section>', html, re.S)
    assert panel, "no half-year panel on the dashboard"
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", panel.group(0)))
    assert "Kalmar län" in text and "Skåne län" not in text
    status = region_status(Region.objects.get(code="08"), timezone.localdate())
    assert f"Planer för {status.cycle}: {status.plans}" in text
    assert f"Rapporter för {status.previous}: {status.reports} av {status.previous_plans}" in text
    for plan in [*status.without_report, *status.due_now]:
        assert f"/admin/snippets/outcomes/halfyearplan/edit/{plan.pk}/" in panel.group(0)
    assert "Alla planer och rapporter" in text


def test_progress_against_the_plans_is_public_per_county_and_municipality(client):
    html = client.get("/statistik/lan/08/").content.decode()
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert "Utfall mot planerna" in text and "Planerade valideringar" in text
    municipality = client.get("/statistik/kommun/0881/").content.decode()
    assert 'id="progress-caption"' in municipality


def test_demo_reports_for_two_cycles_in_five_municipalities_are_marked_demo(client):
    reported = HalfYearPlan.objects.filter(
        is_demo=True, live=True, completed_validations__isnull=False
    )
    cycles: dict[str, set[tuple[int, int]]] = {}
    for plan in reported.select_related("municipality"):
        cycles.setdefault(plan.municipality.code, set()).add((plan.year, plan.half))
    places = [code for code, done in cycles.items() if len(done) >= 2]
    assert len(places) >= 5, cycles
    for code in places:
        html = client.get(f"/statistik/kommun/{code}/").content.decode()
        reports = re.findall(r'<article class="plan">.*?</article>', html, re.S)
        assert len(reports) >= 2 and all("Demodata" in report for report in reports), code
