"""Work placements (issue 19): region-scoped for coordinators, public only when published and
marked public, offered by employers through a moderated public form."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse

from communication.forms import HONEYPOT_FIELD
from coordination.models import Placement
from tests.coordination.conftest import KALMAR_EDITORS, SKANE_EDITORS, form_fields

pytestmark = pytest.mark.django_db

LIST = reverse("wagtailsnippets_coordination_placement:list")
KALMAR_NOTE = "höga ljudnivåer och tidspress"  # the Västervik demo placement's note


def edit_url(placement: Placement) -> str:
    return reverse("wagtailsnippets_coordination_placement:edit", args=[placement.pk])


def test_a_kalmar_coordinator_sees_and_edits_kalmar_placements_and_their_notes(client, coordinator):
    client.force_login(coordinator(KALMAR_EDITORS))
    listing = client.get(LIST).content.decode()
    assert "Kök och disk i personalrestaurang" in listing  # Västervik, not public
    assert "Lagerarbete med plock och packning" in listing  # Nybro
    assert "Språkpraktik i förskola" not in listing  # Köping: another region's
    assert "Utemiljö och fastighetsskötsel" not in listing  # Hässleholm

    placement = Placement.objects.get(slug="demo-kok-vastervik")
    page = client.get(edit_url(placement))
    assert page.status_code == 200
    html = page.content.decode()
    assert KALMAR_NOTE in html
    data = form_fields(html, "form[data-edit-form]")
    data["suitability_notes"] = "Ny anteckning: handledaren byts i juni."
    data["action-publish"] = "1"
    response = client.post(edit_url(placement), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    placement.refresh_from_db()
    assert placement.suitability_notes == "Ny anteckning: handledaren byts i juni."


def test_a_skane_coordinator_sees_neither_kalmar_placements_nor_their_notes(client, coordinator):
    client.force_login(coordinator(SKANE_EDITORS))
    listing = client.get(LIST).content.decode()
    assert "Utemiljö och fastighetsskötsel" in listing  # Skåne's own
    assert "Kök och disk i personalrestaurang" not in listing
    assert "Lagerarbete med plock och packning" not in listing
    placement = Placement.objects.get(slug="demo-kok-vastervik")
    for view in ("edit", "inspect", "history", "usage", "delete"):
        url = reverse(f"wagtailsnippets_coordination_placement:{view}", args=[placement.pk])
        response = client.get(url)
        assert response.status_code in (302, 403), (view, response.status_code)
        assert KALMAR_NOTE not in response.content.decode()
    searched = client.get(LIST, {"q": "Kök"}).content.decode()
    assert "Kök och disk i personalrestaurang" not in searched


def test_anonymous_visitors_see_only_published_placements_marked_public(client):
    home = BeautifulSoup(client.get("/").content.decode(), "html.parser")
    link = home.find("a", string="Praktikplatser")
    listing = client.get(link["href"]).content.decode()
    assert "Lagerarbete med plock och packning" in listing
    assert "Språkpraktik i förskola" in listing
    assert "Kök och disk i personalrestaurang" not in listing  # published, not public
    assert "Utemiljö och fastighetsskötsel" not in listing
    hidden = Placement.objects.get(slug="demo-kok-vastervik")
    assert (
        client.get(reverse("coordination:placement_detail", args=[hidden.slug])).status_code == 404
    )
    public = client.get(reverse("coordination:placement_detail", args=["demo-lagerarbete-nybro"]))
    text = public.content.decode()
    assert "Truckkort" in text
    assert "handledaren har lång erfarenhet" not in text  # notes stay internal
    assert "Handledare på lagret" not in text  # and so does the supervisor contact


def offer_data() -> dict[str, object]:
    return {
        "employer_name": "Nybro Mekaniska (test)",
        "municipality": "",
        "name": "Svetsning i verkstad",
        "kind": "validation",
        "industry": "",
        "places": "1",
        "description": "Svetsning och montering under handledning.",
        "requirements": ["swedish_everyday"],
        "other_requirements": "",
        "supervisor_name": "Verkstadschefen",
        "supervisor_phone": "",
        "supervisor_email": "verkstad@example.se",
    }


def test_an_employers_offer_becomes_a_draft_that_a_coordinator_publishes(client, coordinator):
    listing = client.get(reverse("coordination:placement_list")).content.decode()
    offer_link = BeautifulSoup(listing, "html.parser").find(
        "a", string="Erbjud en praktikplats på din arbetsplats"
    )
    form_page = client.get(offer_link["href"])
    municipality = BeautifulSoup(form_page.content.decode(), "html.parser").find(
        "option", string="Nybro"
    )["value"]
    response = client.post(offer_link["href"], {**offer_data(), "municipality": municipality})
    assert response.status_code == 200
    assert "Tack för ditt erbjudande" in response.content.decode()
    offer = Placement.objects.get(name="Svetsning i verkstad")
    assert not offer.live and offer.offered_by_employer
    assert offer.owner_region.code == "08"
    assert (
        "Svetsning i verkstad"
        not in client.get(reverse("coordination:placement_list")).content.decode()
    )

    client.force_login(coordinator(KALMAR_EDITORS))
    assert "Svetsning i verkstad" in client.get(LIST).content.decode()
    data = form_fields(client.get(edit_url(offer)).content.decode(), "form[data-edit-form]")
    data["is_public"] = "on"
    data["action-publish"] = "1"
    assert client.post(edit_url(offer), data).status_code == 302
    offer.refresh_from_db()
    assert offer.live and offer.is_public
    client.logout()
    assert (
        "Svetsning i verkstad"
        in client.get(reverse("coordination:placement_list")).content.decode()
    )


def test_a_bad_offer_gets_clear_messages_and_stores_nothing(client):
    before = Placement.objects.count()
    response = client.post(
        reverse("coordination:placement_offer"),
        {**offer_data(), "supervisor_email": "inte-en-adress"},
    )
    assert response.status_code == 400
    summary = BeautifulSoup(response.content.decode(), "html.parser").find(class_="error-summary")
    text = summary.get_text()
    assert "Erbjudandet skickades inte" in text
    assert "Kommun: Det här fältet är obligatoriskt" in text
    assert "Ange en giltig mejladress." in text
    assert Placement.objects.count() == before

    spam = client.post(
        reverse("coordination:placement_offer"),
        {**offer_data(), "municipality": "1", HONEYPOT_FIELD: "http://spam.example"},
    )
    assert spam.status_code == 400
    assert Placement.objects.count() == before


@override_settings(FORM_SUBMISSIONS_PER_HOUR=2)
def test_offers_are_rate_limited_like_the_resource_request(client):
    cache.clear()
    url = reverse("coordination:placement_offer")
    for _ in range(2):
        client.post(url, offer_data())
    response = client.post(url, offer_data())
    assert response.status_code == 429
    assert "Du har skickat många förfrågningar på kort tid" in response.content.decode()
