"""Wagtail admin: synonyms as a snippet, the search statistics report and the week's searches
without results (each one step from a synonym)."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.admin_views import ZeroResultQueriesView
from search.models import Synonym
from search.views import SearchStatisticsView


class SynonymViewSet(SnippetViewSet):
    """Editors keep the searchers' words here; a change works on the next search."""

    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    menu_order = 900
    add_to_admin_menu = True
    list_display = ["terms", "language", "updated_at"]
    list_filter = ["language"]
    search_fields = ["terms"]


register_snippet(SynonymViewSet)


@hooks.register("register_admin_urls")
def register_statistics_url() -> list:
    return [
        path("search-statistics/", SearchStatisticsView.as_view(), name="search_statistics"),
        path("search-zero-results/", ZeroResultQueriesView.as_view(), name="search_zero_results"),
    ]


@hooks.register("register_reports_menu_item")
def register_statistics_menu_item() -> MenuItem:
    return MenuItem(
        _("Search statistics"), reverse("search_statistics"), icon_name="search", order=900
    )


class ZeroResultsMenuItem(MenuItem):
    """Shown to those who may add synonyms: the view is their tool."""

    def is_shown(self, request: HttpRequest) -> bool:
        return request.user.has_perm("search.add_synonym")


@hooks.register("register_reports_menu_item")
def register_zero_results_menu_item() -> MenuItem:
    return ZeroResultsMenuItem(
        _("Searches without results"), reverse("search_zero_results"), icon_name="search", order=901
    )
