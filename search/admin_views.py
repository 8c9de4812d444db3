"""The editors' view of the week's searches that found nothing, each one step from a synonym.

A query that finds nothing usually names something the registry holds in other words
("rörmokare" for VVS-montör). The editor writes what it means and saves: a synonym is created
at once and works on the next search (synonyms are applied at query time). Only counts are
shown, never who searched (``search.analytics``).
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from search.analytics import flush, week_of
from search.forms import SynonymFromQueryForm
from search.models import QueryStat, Synonym

__all__ = ["ZeroResultQueriesView"]

ROWS_SHOWN = 200


class ZeroResultQueriesView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """List this week's zero-result queries with how often each was searched; turn one into
    a synonym in one step. Needs the permission to add synonyms (national editors)."""

    model = Synonym
    permission_required = "add"
    template_name = "search/admin/zero_results.html"
    form_class = SynonymFromQueryForm
    header_icon = "search"

    def get_page_title(self) -> str:
        return _("Searches without results")

    @property
    def week(self) -> Any:
        return week_of(timezone.localdate())

    def rows(self) -> list[dict[str, Any]]:
        """Return the week's zero-result queries, most frequent first, with their synonyms."""
        flush()
        stats = QueryStat.objects.filter(week=self.week, zero_results__gt=0).order_by(
            "-zero_results", "-searches", "query"
        )[:ROWS_SHOWN]
        known: dict[tuple[str, str], str] = {}
        for synonym in Synonym.objects.all():
            for term in synonym.term_list():
                known[synonym.language, " ".join(term.casefold().split())] = synonym.terms
        return [
            {"stat": stat, "synonym": known.get((stat.language, stat.query), "")} for stat in stats
        ]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(rows=self.rows(), week=self.week, action_url=self.request.path)
        return context

    def form_valid(self, form: SynonymFromQueryForm) -> HttpResponse:
        """Save the synonym and come back to the list, which now shows it."""
        with transaction.atomic():
            form.save()
        messages.success(
            self.request,
            _("“%(query)s” now finds what “%(means)s” finds.")
            % {"query": form.cleaned_data["query"], "means": form.cleaned_data["means"]},
        )
        return HttpResponseRedirect(reverse("search_zero_results"))

    def form_invalid(self, form: SynonymFromQueryForm) -> HttpResponse:
        """Show the list again with the error beside the query it concerns; nothing is saved."""
        messages.error(self.request, _("The synonym was not saved: see the message below."))
        response = self.render_to_response(self.get_context_data(form=form))
        response.status_code = 400
        return response
