"""Pages invented for the demo say so, as registry records do; pages from the seeds do not."""

from __future__ import annotations

import pytest
from django.test import Client

from communication.models import AudienceLandingPage, EventPage, NewsPage

pytestmark = pytest.mark.django_db

NOTICE = "Sidan är påhittad för att visa hur webbplatsen fungerar."


@pytest.mark.parametrize("model", [NewsPage, EventPage])
def test_invented_news_and_events_are_marked_and_say_so(client: Client, model):
    pages = model.objects.live().filter(locale__language_code="sv")
    assert pages and all(page.is_demo for page in pages)
    html = client.get(pages[0].url, follow=True).content.decode()
    assert NOTICE in html


def test_other_pages_carry_no_demo_notice(client: Client):
    page = AudienceLandingPage.objects.live().filter(locale__language_code="sv").first()
    assert not page.is_demo
    assert NOTICE not in client.get(page.url, follow=True).content.decode()


def test_the_notice_is_in_the_readers_language(client: Client):
    news = NewsPage.objects.live().filter(locale__language_code="ar").first()
    html = client.get(news.url, follow=True).content.decode()
    assert "هذه الصفحة مختلَقة لتوضيح طريقة عمل الموقع." in html
