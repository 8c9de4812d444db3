"""Event sign-up: places, then the waiting list; a confirmation mail; the organiser's region
reads the attendee list (their deletion after the event: test_retention)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from communication.models import EventPage
from coordination.models import Registration, RegistrationStatus
from tests.coordination.conftest import SKANE_EDITORS

pytestmark = pytest.mark.django_db

VASTMANLAND_EDITORS = "Västmanlands län – regionala redaktörer"


def training() -> EventPage:
    return EventPage.objects.get(slug="handledarutbildning-kak", locale__language_code="sv")


def sign_up(client, url: str, n: int):
    return client.post(
        url, {"name": f"Handledare {n}", "email": f"h{n}@example.se", "organisation": "Demo"}
    )


def test_sign_up_from_the_event_page_until_full_then_the_waiting_list(client):
    event = training()  # three places
    page = BeautifulSoup(client.get(event.url).content.decode(), "html.parser")
    url = page.find("a", string="Anmäl dig till evenemanget")["href"]
    for n in range(3):
        done = sign_up(client, url, n)
        assert "Du är anmäld" in done.content.decode()
    assert "Evenemanget är fullbokat" in client.get(url).content.decode()
    waiting = sign_up(client, url, 3)
    assert "Du står på reservlistan" in waiting.content.decode()
    statuses = list(event.registrations.values_list("status", flat=True))
    assert statuses == [RegistrationStatus.CONFIRMED] * 3 + [RegistrationStatus.WAITING]
    assert len(mail.outbox) == 4
    assert mail.outbox[0].subject == "Du är anmäld: Handledarutbildning i KAK"
    assert mail.outbox[3].subject == "På reservlistan: Handledarutbildning i KAK"
    assert mail.outbox[0].to == ["h0@example.se"]


def test_the_english_page_signs_up_for_the_same_list(client):
    english = EventPage.objects.get(
        translation_key=training().translation_key, locale__language_code="en"
    )
    sign_up(client, reverse("coordination:event_signup", args=[english.pk]), 1)
    assert training().registrations.count() == 1


def test_a_second_sign_up_with_the_same_address_is_refused_clearly(client):
    url = reverse("coordination:event_signup", args=[training().pk])
    sign_up(client, url, 1)
    again = sign_up(client, url, 1)
    assert again.status_code == 400
    assert "redan anmäld" in again.content.decode()
    assert Registration.objects.count() == 1


def test_bad_input_is_refused_with_a_message_and_nothing_is_stored(client):
    url = reverse("coordination:event_signup", args=[training().pk])
    response = client.post(url, {"name": "", "email": "nej"})
    assert response.status_code == 400
    assert "Du är inte anmäld ännu" in response.content.decode()
    assert Registration.objects.count() == 0


def test_an_event_without_sign_up_or_in_the_past_takes_none(client):
    event = training()
    event.start = timezone.now() - timedelta(days=2)
    event.end = event.start + timedelta(hours=3)
    event.save()
    url = reverse("coordination:event_signup", args=[event.pk])
    assert "Anmälan till evenemanget är stängd" in sign_up(client, url, 1).content.decode()
    assert Registration.objects.count() == 0


def test_the_attendee_list_is_read_by_the_organisers_region_only(client, coordinator):
    sign_up(client, reverse("coordination:event_signup", args=[training().pk]), 7)
    listing = reverse("wagtailsnippets_coordination_registration:list")
    client.force_login(coordinator(VASTMANLAND_EDITORS))
    assert "h7@example.se" in client.get(listing).content.decode()
    client.force_login(coordinator(SKANE_EDITORS))
    assert "h7@example.se" not in client.get(listing).content.decode()
    registration = Registration.objects.get()
    edit = reverse("wagtailsnippets_coordination_registration:edit", args=[registration.pk])
    assert client.get(edit).status_code in (302, 403)
