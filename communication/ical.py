"""iCalendar (RFC 5545) files for events, built with the icalendar library."""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from icalendar import Calendar, Event

from hub.public_urls import page_full_url

if TYPE_CHECKING:
    from communication.models import EventPage

__all__ = ["event_ical"]


def event_ical(page: EventPage, request: HttpRequest | None = None) -> bytes:
    """Return one event as a calendar file; times are UTC, the page is the event's URL."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{settings.WAGTAIL_SITE_NAME}//{page.locale.language_code}//")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"event-{page.translation_key}-{page.locale.language_code}@valideringsnavet")
    event.add("summary", page.title)
    event.add("dtstart", page.start.astimezone(UTC))
    event.add("dtend", page.end.astimezone(UTC))
    event.add("dtstamp", (page.last_published_at or timezone.now()).astimezone(UTC))
    url = page_full_url(page, request)
    if url:
        event.add("url", url)
    description = "\n\n".join(part for part in (page.intro, page.online_url, url) if part)
    if description:
        event.add("description", description)
    location = page.place or page.online_url
    if location:
        event.add("location", location)
    calendar.add_component(event)
    return calendar.to_ical()
