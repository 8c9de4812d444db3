"""RSS and Atom feeds per language, the sitemap with alternates, robots.txt and iCal files."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from communication.models import EventPage, NewsPage

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "language"), [("/nyheter/rss/", "sv"), ("/en/news/rss/", "en")])
def test_news_rss_is_valid_and_in_the_page_language(
    client: Client, url: str, language: str
) -> None:
    response = client.get(url)
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == language
    titles = [item.findtext("title") for item in channel.findall("item")]
    expected = NewsPage.objects.live().filter(locale__language_code=language).order_by("-date")
    assert titles == [page.title for page in expected]
    assert all(item.findtext("link").startswith("http") for item in channel.findall("item"))


@pytest.mark.django_db
def test_events_atom_is_valid_with_an_entry_per_event(client: Client) -> None:
    response = client.get("/evenemang/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    events = EventPage.objects.live().filter(locale__language_code="sv")
    assert len(entries) == events.count()
    assert all(entry.find(f"{ATOM}updated").text for entry in entries)
    hassleholm = next(e for e in entries if "basprogrammet" in e.findtext(f"{ATOM}title"))
    assert "2027-03-10 09:00" in hassleholm.findtext(f"{ATOM}summary")


@pytest.mark.django_db
def test_news_atom_and_events_rss_exist_too(client: Client) -> None:
    assert ET.fromstring(client.get("/nyheter/atom/").content).tag == f"{ATOM}feed"
    assert ET.fromstring(client.get("/en/events/rss/").content).find("channel") is not None


@pytest.mark.django_db
def test_sitemap_lists_every_language_with_alternates(client: Client) -> None:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    urlset = ET.fromstring(response.content)
    urls = {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in urlset.findall(f"{SITEMAP}url")
    }
    root = "http://testserver"  # the request's host, not the placeholder Site's localhost
    lesson = f"{root}/basprogram/samhallsinformation/sa-fungerar-sverige/"
    assert set(urls[lesson]) == {"sv", "en", "ar", "so", "ti"}
    assert urls[lesson]["ar"] == f"{root}/ar/basprogram/samhallsinformation/sa-fungerar-sverige/"
    assert f"{root}/en/what-is-validation/" in urls
    assert urls[f"{root}/om-valideringsnavet/"] == {
        "sv": f"{root}/om-valideringsnavet/",
        "en": f"{root}/en/about/",
        "ar": f"{root}/ar/om-valideringsnavet/",
        "so": f"{root}/so/om-valideringsnavet/",
        "ti": f"{root}/ti/om-valideringsnavet/",
    }


@pytest.mark.django_db
def test_sitemap_leaves_out_drafts(client: Client) -> None:
    page = NewsPage.objects.get(slug="basprogrammet-testas", locale__language_code="sv")
    page.unpublish()
    sitemap = client.get("/sitemap.xml").content.decode()
    # Neither as a page nor as the alternate of its translations, which stay published.
    assert f"http://testserver{page.url}<" not in sitemap
    assert f'"http://testserver{page.url}"' not in sitemap
    assert "http://testserver/nyheter/<" in sitemap
    assert "/en/news/foundation-course-being-tested/" in sitemap


@pytest.mark.django_db
def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(
    client: Client,
) -> None:
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


@pytest.mark.django_db
def test_ical_download_parses_and_has_the_event_times(client: Client) -> None:
    event = EventPage.objects.get(
        slug="kunskapsutbyte-praktiksamordning-koping", locale__language_code="sv"
    )
    response = client.get(event.url + "ical/")
    assert response["Content-Type"] == "text/calendar"
    assert "attachment" in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    (vevent,) = calendar.walk("VEVENT")
    assert vevent.decoded("dtstart") == event.start
    assert vevent.decoded("dtend") == event.end
    assert timezone.localtime(vevent.decoded("dtstart")).hour == 13
    assert str(vevent["summary"]) == event.title
    assert str(vevent["location"]) == "Köpings kommunhus, Köping"
    assert str(vevent["url"]) == f"http://testserver{event.url}"
