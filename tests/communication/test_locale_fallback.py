"""An untranslated page is served in Swedish with a notice in the language asked for."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.communication.conftest import soup


@pytest.mark.django_db
def test_untranslated_page_falls_back_to_swedish_with_an_arabic_notice(client: Client) -> None:
    html = soup(client.get("/ar/vad-ar-ocn/"))
    assert html.html["lang"] == "sv"
    assert html.html["dir"] == "ltr"
    assert html.h1.get_text() == "Vad är OCN-metoden?"
    notice = html.find(class_="notice--fallback")
    assert notice["lang"] == "ar"
    assert notice["dir"] == "rtl"
    assert (
        notice.get_text(strip=True) == "هذه الصفحة غير متوفرة بلغتك بعد. أنت تقرأ النسخة السويدية."
    )


@pytest.mark.django_db
def test_fallback_notice_in_somali(client: Client) -> None:
    html = soup(client.get("/so/vad-ar-ocn/"))
    notice = html.find(class_="notice--fallback")
    assert notice["lang"] == "so"
    assert notice["dir"] == "ltr"
    assert "Iswiidhishka" in notice.get_text()


@pytest.mark.django_db
def test_translated_page_has_no_notice(client: Client) -> None:
    html = soup(client.get("/ar/for-dig/"))
    assert html.find(class_="notice--fallback") is None
    assert html.html["lang"] == "ar"


@pytest.mark.django_db
def test_swedish_pages_have_no_notice(client: Client) -> None:
    assert soup(client.get("/vad-ar-validering/")).find(class_="notice--fallback") is None


@pytest.mark.django_db
def test_a_page_that_exists_in_no_language_is_still_404(client: Client) -> None:
    assert client.get("/ar/finns-inte/").status_code == 404


@pytest.mark.django_db
def test_the_next_request_is_served_in_its_own_language_again(client: Client) -> None:
    client.get("/ar/vad-ar-ocn/")
    assert soup(client.get("/ar/for-dig/")).html["lang"] == "ar"
