"""Resource requests followed through: every region may ask, the municipality's region follows
the request up (received → planned → held → closed) and links the event that answered it."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from communication.models import EventPage, ResourceRequestFormPage
from coordination.models import RequestFollowUp, RequestStatus
from tests.coordination.conftest import KALMAR_EDITORS, SKANE_EDITORS, form_fields

pytestmark = pytest.mark.django_db

LIST = reverse("wagtailsnippets_coordination_requestfollowup:list")


def send_request(client, municipality: str) -> None:
    """Open the form from a region section page, as a municipality's staff would, and send it."""
    section = BeautifulSoup(client.get("/regions/kalmar/").content.decode(), "html.parser")
    link = section.find("a", string="Be om en workshop eller annat stöd för er kommun")
    form_page = client.get(link["href"])
    data = form_fields(form_page.content.decode(), "main form")
    page = ResourceRequestFormPage.objects.get(locale__language_code="sv")
    answers = iter(["En tematräff om ergonomi", "Två träffar", "Tio deltagare", "Kim", "k@x.se"])
    for field in page.get_form_fields():
        data[field.clean_name] = next(answers)
    data["municipality"] = municipality
    response = client.post(link["href"], data)
    assert "Tack, vi har tagit emot din förfrågan" in response.content.decode()


def test_a_request_is_followed_up_by_the_municipalitys_region(client, coordinator):
    send_request(client, "0881")  # Nybro, Kalmar län
    follow_up = RequestFollowUp.objects.get()
    assert follow_up.status == RequestStatus.RECEIVED
    assert (follow_up.municipality.name, follow_up.region.code) == ("Nybro", "08")

    client.force_login(coordinator(SKANE_EDITORS))
    assert "En tematräff om ergonomi" not in client.get(LIST).content.decode()

    client.force_login(coordinator(KALMAR_EDITORS))
    assert "En tematräff om ergonomi" in client.get(LIST).content.decode()
    edit = reverse("wagtailsnippets_coordination_requestfollowup:edit", args=[follow_up.pk])
    data = form_fields(client.get(edit).content.decode(), "form[data-edit-form]")
    event = EventPage.objects.get(slug="tematraff-ergonomi-nybro", locale__language_code="sv")
    data.update(status=RequestStatus.PLANNED, event=str(event.pk))
    assert client.post(edit, data).status_code == 302
    follow_up.refresh_from_db()
    assert (follow_up.status, follow_up.event) == (RequestStatus.PLANNED, event)


def test_the_form_is_open_to_every_region(client):
    send_request(client, "1293")  # Hässleholm, Skåne län
    assert RequestFollowUp.objects.get().region.code == "12"
