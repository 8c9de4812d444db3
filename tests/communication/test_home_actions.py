"""The home page offers one main action per audience, in every language, and each leads to a
page that answers: what validation is, the route finder, the credentials."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("prefix", ["/", "/en/", "/ar/", "/so/", "/ti/"])
def test_one_main_action_per_audience(client: Client, prefix: str) -> None:
    home = BeautifulSoup(client.get(prefix).content, "html.parser")
    actions = home.select(".home-actions .home-action")
    assert len(actions) == 3
    for action in actions:
        assert action.find("h3").get_text(strip=True)
        buttons = action.select("a.button")
        assert len(buttons) == 1  # one clear action each
        target = client.get(buttons[0]["href"])
        assert target.status_code == 200, buttons[0]["href"]
        assert buttons[0]["href"].startswith(prefix)  # in the visitor's language
    with translation.override(prefix.strip("/") or "sv"):
        finder = reverse("routes:finder")
    assert actions[1].select_one("a.button")["href"] == finder


def test_the_swedish_home_page_names_the_route_finder(client: Client) -> None:
    home = BeautifulSoup(client.get("/").content, "html.parser")
    labels = [a.get_text(strip=True) for a in home.select(".home-action a.button")]
    assert labels == ["Vad är validering?", "Hitta en valideringsväg", "Slå upp ett intyg"]
