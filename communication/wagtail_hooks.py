"""Wagtail admin extensions of the communication pages."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import URLPattern, path
from wagtail import hooks

from communication.admin_views import RegionalSubmitPageTranslationView
from communication.dashboard import ReviewRemindersPanel


@hooks.register("construct_homepage_panels")
def add_review_reminders(request: HttpRequest, panels: list[object]) -> None:
    """Remind editors of their region's pages that need a review."""
    panels.append(ReviewRemindersPanel())


@hooks.register("register_admin_urls")
def guard_page_translation() -> list[URLPattern]:
    """Answer wagtail-localize's "Translate this page" URL with the region-checking view.

    This app comes before wagtail_localize in INSTALLED_APPS, so this pattern is matched first;
    ``reverse("wagtail_localize:submit_page_translation")`` still gives the same path.
    """
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            RegionalSubmitPageTranslationView.as_view(),
            name="communication_submit_page_translation",
        )
    ]
