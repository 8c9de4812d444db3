"""The retention command deletes the coordination tools' personal data when its time is up:
sign-ups 30 days after the event, resource requests a year after they were sent, employers'
offers no coordinator published within 90 days; a dry run only counts."""

from __future__ import annotations

import io
import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry, Revision

from communication.models import EventPage, ResourceRequestSubmission
from coordination.models import Placement, Registration, RequestFollowUp
from hub.retention import get_rules
from tests.coordination.conftest import form_fields
from tests.coordination.test_placements import offer_data
from tests.coordination.test_requests import send_request
from tests.coordination.test_signup import VASTMANLAND_EDITORS

pytestmark = pytest.mark.django_db


RULES = ("event_signups", "resource_requests", "unpublished_placement_offers")


def apply_retention(*args: str) -> dict[str, int]:
    """Run the command as an operator would; return the rows it reports per rule of these
    tools (the editors' sign-in records have rules of their own: tests/security)."""
    out = io.StringIO()
    call_command("apply_retention", *args, stdout=out)
    return {
        match["rule"]: int(match["rows"])
        for match in re.finditer(r"^(?P<rule>\w+): (?P<rows>\d+) ", out.getvalue(), re.M)
        if match["rule"] in RULES
    }


def counts() -> tuple[int, int, int, int]:
    return (
        Registration.objects.count(),
        ResourceRequestSubmission.objects.count(),
        RequestFollowUp.objects.count(),
        Placement.objects.filter(offered_by_employer=True).count(),
    )


def offer_a_placement(client) -> Placement:
    url = reverse("coordination:placement_offer")
    form = BeautifulSoup(client.get(url).content.decode(), "html.parser")
    nybro = form.find("option", string="Nybro")["value"]
    response = client.post(url, {**offer_data(), "municipality": nybro})
    assert "Tack för ditt erbjudande" in response.content.decode()
    return Placement.objects.get(name="Svetsning i verkstad")


def test_apply_retention_deletes_only_what_is_past_its_period(client, coordinator):
    now = timezone.now()
    event = EventPage.objects.get(slug="handledarutbildning-kak", locale__language_code="sv")
    client.post(
        reverse("coordination:event_signup", args=[event.pk]),
        {"name": "Handledare 1", "email": "h1@example.se", "organisation": ""},
    )
    # The organiser moves the sign-up to the waiting list: the admin's history names the person.
    client.force_login(coordinator(VASTMANLAND_EDITORS))
    edit = reverse(
        "wagtailsnippets_coordination_registration:edit", args=[Registration.objects.get().pk]
    )
    data = form_fields(client.get(edit).content.decode(), "form[data-edit-form]")
    assert client.post(edit, {**data, "status": "waiting"}).status_code == 302
    assert ModelLogEntry.objects.filter(label__contains="Handledare 1").exists()
    client.logout()
    send_request(client, "0881")
    send_request(client, "0880")
    old_request, recent_request = ResourceRequestSubmission.objects.order_by("pk")
    ResourceRequestSubmission.objects.filter(pk=old_request.pk).update(
        submit_time=now - timedelta(days=366)
    )
    ResourceRequestSubmission.objects.filter(pk=recent_request.pk).update(
        submit_time=now - timedelta(days=364)
    )
    offer = offer_a_placement(client)
    Placement.objects.filter(pk=offer.pk).update(created_at=now - timedelta(days=91))
    EventPage.objects.filter(pk=event.pk).update(
        start=now - timedelta(days=30), end=now - timedelta(days=29)
    )
    before = counts()
    assert before == (1, 2, 2, 1)

    expected = {"event_signups": 0, "resource_requests": 1, "unpublished_placement_offers": 1}
    assert apply_retention("--dry-run") == expected
    assert counts() == before  # a dry run deletes nothing

    EventPage.objects.filter(pk=event.pk).update(end=now - timedelta(days=31))
    expected["event_signups"] = 1
    assert apply_retention("--dry-run") == expected
    assert apply_retention() == expected
    assert counts() == (0, 1, 1, 0)
    assert not ModelLogEntry.objects.filter(label__contains="Handledare 1").exists()
    assert ResourceRequestSubmission.objects.get().pk == recent_request.pk
    revisions = Revision.objects.filter(base_content_type__model="placement")
    assert not revisions.filter(object_id=str(offer.pk)).exists()
    # Published placements (the demo's) stay, however old.
    assert Placement.objects.filter(live=True).exists()
    assert apply_retention() == dict.fromkeys(expected, 0)


def test_the_rules_say_what_is_kept_and_for_how_long_in_the_visitors_language():
    rules = {rule.name: rule for rule in get_rules()}
    assert {"event_signups", "resource_requests", "unpublished_placement_offers"} <= set(rules)
    with translation.override("sv"):
        assert str(rules["event_signups"].period) == "30 dagar efter evenemanget"
        assert "e-postadress" in str(rules["resource_requests"].data)
    with translation.override("ar"):
        assert str(rules["resource_requests"].period) != "one year after the request was sent"
