"""Wagtail admin extensions: registry choosers, the glossary snippet, readability (LIX) warnings,
the review reminders on the dashboard and the region rule for "Translate this page"."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest
from django.templatetags.static import static
from django.urls import URLPattern, path
from django.utils.html import format_html, json_script
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from communication.admin_views import RegionalSubmitPageTranslationView
from communication.choosers import registry_choosers
from communication.dashboard import ReviewRemindersPanel
from communication.models import GlossaryTerm
from communication.readability import EASY_TO_READ_MAX, readability

EASY_TO_READ_FIELDS = ("summary_easy",)


class GlossaryTermViewSet(SnippetViewSet):
    """The glossary in the admin: one row per term and language."""

    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossary")
    list_display = ["term", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["term", "definition"]


register_snippet(GlossaryTermViewSet)


@hooks.register("register_admin_viewset")
def register_registry_choosers() -> list[ViewSet]:
    return list(registry_choosers)


def warn_if_hard_to_read(request: HttpRequest, instance: Any) -> None:
    """Warn the editor when an easy-to-read text they saved scores above the LIX limit."""
    for name in EASY_TO_READ_FIELDS:
        text = getattr(instance, name, "")
        if not text:
            continue
        score = readability(text)
        if score.too_hard:
            messages.warning(
                request,
                _(
                    "The easy-to-read text scores LIX %(score)s (%(label)s). Easy-to-read Swedish "
                    "should stay at %(limit)s or below: use shorter sentences and shorter words."
                )
                % {"score": score.score, "label": score.label, "limit": EASY_TO_READ_MAX},
            )


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_page_readability(request: HttpRequest, page: Any) -> None:
    warn_if_hard_to_read(request, page.specific)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def warn_snippet_readability(request: HttpRequest, instance: Any) -> None:
    warn_if_hard_to_read(request, instance)


@hooks.register("insert_global_admin_js")
def readability_js() -> SafeString:
    """Load the live LIX counter on every admin form with an easy-to-read text."""
    strings = {
        "score": _("Readability (LIX): %(score)s, %(label)s."),
        "tooHard": _("Above %(limit)s: use shorter sentences and shorter words.")
        % {"limit": EASY_TO_READ_MAX},
        "limit": EASY_TO_READ_MAX,
        "labels": [_("very easy"), _("easy"), _("medium"), _("difficult"), _("very difficult")],
    }
    # json_script escapes for a <script> element; format_html would HTML-escape the quotes
    # and break JSON.parse. No inline code: the strings are data, the script a static file.
    return format_html(
        '{}<script src="{}" defer></script>',
        json_script(strings, "lix-strings"),
        static("communication/js/lix.js"),
    )


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
