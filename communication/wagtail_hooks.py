"""Wagtail admin extensions of the communication pages."""

from __future__ import annotations

from django.http import HttpRequest
from wagtail import hooks

from communication.dashboard import ReviewRemindersPanel


@hooks.register("construct_homepage_panels")
def add_review_reminders(request: HttpRequest, panels: list[object]) -> None:
    """Remind editors of their region's pages that need a review."""
    panels.append(ReviewRemindersPanel())
