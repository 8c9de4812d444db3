"""The public search page, its autocomplete endpoint and the editors' statistics report."""

from __future__ import annotations

from typing import Any

import django_filters
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from hub.text_language import LocalizedText
from search.analytics import flush, record_search
from search.backends import get_search_backend
from search.backends.base import SearchHit, SearchResult
from search.facets import FACET_LABELS, value_labels
from search.forms import MAX_QUERY_LENGTH, SearchForm
from search.index import get_index
from search.models import QueryStat

__all__ = ["SearchStatisticsView", "labelled_facets", "search_page", "suggest"]

FACET_VALUES_SHOWN = 12


def labelled_facets(result: SearchResult) -> list[dict[str, Any]]:
    """Return the facets with translated names and value labels, empty facets left out.

    A facet shows its most frequent values and every selected one.
    """
    facets = []
    for facet in result.facets:
        values = [v for i, v in enumerate(facet.values) if i < FACET_VALUES_SHOWN or v.selected]
        if not values:
            continue
        labels = value_labels(facet.name, [value.value for value in values])
        facets.append(
            {
                "name": facet.name,
                "label": str(FACET_LABELS[facet.name]),
                "values": [
                    {
                        "value": value.value,
                        "label": labels[value.value],
                        "count": value.count,
                        "selected": value.selected,
                    }
                    for value in values
                ],
            }
        )
    return facets


def _query_string(request: HttpRequest, **changes: str | int | None) -> str:
    params = request.GET.copy()
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    return params.urlencode()


def _page_links(request: HttpRequest, result: SearchResult) -> list[dict[str, Any]]:
    """Return links to the first, last and nearby pages, with gaps as ``None`` numbers."""
    pages = Paginator(range(result.page_count), per_page=1)
    return [
        {"number": None}
        if number == Paginator.ELLIPSIS
        else {"number": number, "query": _query_string(request, page=number)}
        for number in pages.get_elided_page_range(result.query.page, on_each_side=2, on_ends=1)
    ]


def _hit_items(result: SearchResult, language: str) -> list[dict[str, Any]]:
    """Return the page's hits for the template: what each is, where, and its grouped places.

    Offers of one course in several municipalities ("Yrkesvux: Svetsare") come from the
    backend as one hit (grouped before paginating); it lists the others' places, each linked
    to its own record.
    """
    every = [doc for hit in result.hits for doc in (hit, *hit.also)]
    types = value_labels("type", {hit.facets.get("type", ("",))[0] for hit in result.hits})
    places = value_labels(
        "municipality", {code for doc in every for code in doc.facets.get("municipality", ())[:1]}
    )

    def place(doc: SearchHit) -> str:
        return places.get(next(iter(doc.facets.get("municipality", ())), ""), "")

    return [
        {
            "hit": hit,
            "type": types.get(hit.facets.get("type", ("",))[0], ""),
            "municipality": place(hit),
            "also": [{"name": place(other), "url": other.url} for other in hit.also],
            "text": LocalizedText(hit.title, _text_language(hit.index, language)),
        }
        for hit in result.hits
    ]


def _text_language(index_name: str, language: str) -> str:
    """Return the language a hit's title and snippet are written in (see ModelIndex)."""
    try:
        return get_index(index_name).text_language(language)
    except KeyError:  # an index no longer enabled whose documents are not yet removed
        return language


@require_GET
def search_page(request: HttpRequest) -> HttpResponse:
    """Show the search form, and the results when there is something to search for."""
    form = SearchForm(request.GET)
    context: dict[str, object] = {"form": form, "max_length": MAX_QUERY_LENGTH}
    counted = False
    if form.is_valid() and form.has_search:
        query = form.to_query(language=get_language())
        result = get_search_backend().search(query)
        if query.page > result.page_count:  # an old link past the last page: show the last one
            return redirect(f"{request.path}?{_query_string(request, page=result.page_count)}")
        counted = bool(query.text) and query.page == 1
        if counted:
            record_search(query.text, query.language, result.total)
        context.update(
            result=result,
            hits=_hit_items(result, query.language),
            facets=labelled_facets(result),
            selected_filters=[
                {
                    "facet": str(FACET_LABELS[name]),
                    "label": label,
                    "query": _remove_value(request, name, value),
                }
                for name, values in form.filters.items()
                for value, label in value_labels(name, values).items()
            ],
            page_links=_page_links(request, result) if result.page_count > 1 else [],
            previous_query=_query_string(request, page=query.page - 1) if query.page > 1 else "",
            next_query=(
                _query_string(request, page=query.page + 1)
                if query.page < result.page_count
                else ""
            ),
            suggestion_query=(
                _query_string(request, q=result.suggestion, page=None) if result.suggestion else ""
            ),
            without_filters=_without_filters(request),
            anywhere_query=_query_string(request, anywhere="1", page=None),
        )
    response = render(request, "search/search.html", context)
    if counted:
        # Every search is counted for the editors' analytics: no shared cache may answer it.
        patch_cache_control(response, private=True, no_cache=True)
    return response


def _remove_value(request: HttpRequest, name: str, value: str) -> str:
    params = request.GET.copy()
    params.setlist(name, [v for v in params.getlist(name) if v != value])
    params.pop("page", None)
    return params.urlencode()


def _without_filters(request: HttpRequest) -> str:
    params = QueryDict(mutable=True)
    params["q"] = request.GET.get("q", "")
    return params.urlencode()


@require_GET
def suggest(request: HttpRequest) -> JsonResponse:
    """Return titles completing the typed words, for the search box's autocomplete."""
    text = request.GET.get("q", "")[:MAX_QUERY_LENGTH]
    suggestions = get_search_backend().suggest(text, get_language())
    return JsonResponse({"suggestions": [{"title": s.title, "url": s.url} for s in suggestions]})


class SearchStatisticsFilterSet(WagtailFilterSet):
    """Narrow the statistics to a week, a language or the searches that found nothing."""

    week = django_filters.DateFilter(label=_("Week starting"))
    language = django_filters.CharFilter(label=_("Language"))
    zero_only = django_filters.BooleanFilter(
        label=_("Only searches without results"), method="filter_zero"
    )

    class Meta:
        model = QueryStat
        fields = ["week", "language"]

    def filter_zero(
        self, queryset: QuerySet[QueryStat], name: str, value: bool
    ) -> QuerySet[QueryStat]:
        return queryset.filter(zero_results__gt=0) if value else queryset


class SearchStatisticsView(ReportView):
    """What people search for per week and language, and what finds nothing (no personal data).

    Zero-result queries tell editors where to add content or a synonym.
    """

    page_title = _("Search statistics")
    header_icon = "search"
    index_url_name = "search_statistics"
    index_results_url_name = "search_statistics"
    filterset_class = SearchStatisticsFilterSet
    model = QueryStat
    columns = [
        Column("query", label=_("Query")),
        Column("week", label=_("Week starting")),
        Column("language", label=_("Language")),
        Column("searches", label=_("Searches")),
        Column("zero_results", label=_("Searches without results")),
    ]
    list_export = ["query", "week", "language", "searches", "zero_results"]

    def get_queryset(self) -> object:
        flush()
        return QueryStat.objects.order_by("-week", "-zero_results", "-searches", "query")

    def get_filename(self) -> str:
        return "search-statistics"
