"""The route finder page, its print layout and its PDF; the input lives in the URL only.

Responses are marked ``Cache-Control: no-store`` and ``Referrer-Policy: no-referrer``: a shared
computer keeps no copy, and links followed from the page do not carry the input elsewhere.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import content_disposition_header
from django.utils.safestring import SafeString
from django.utils.text import slugify
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_GET

from routes.forms import RouteForm
from routes.maps import route_map
from routes.reference import municipality_options, occupation_options
from routes.services import RouteResult, find_routes

__all__ = ["finder", "pdf"]

FORM_FIELDS = frozenset(RouteForm.base_fields)
# What makes a query a search: a place. Without one the page shows the form filled in with what
# a link brought (``?text=svetsare`` from a model's page), not an error.
PLACE_FIELDS = frozenset({"municipality", "near"})
# The fields folded under "More about the person": open when one of them is filled in.
MORE_FIELDS = ("swedish_level", "near", "study_form", "pace", "industry", "easy")


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response


def _form(request: HttpRequest) -> RouteForm | None:
    """Bind the form to the query string when it names a place (a search)."""
    if PLACE_FIELDS.isdisjoint(request.GET):
        return None
    return RouteForm(request.GET)


def _prefilled(request: HttpRequest) -> RouteForm:
    """Return an unbound form showing what a link brought, such as an occupation's name."""
    return RouteForm(initial={name: request.GET[name] for name in FORM_FIELDS & set(request.GET)})


def _datalist(element_id: str, options: list[str]) -> SafeString:
    """Render an autocomplete list: hundreds of options cost far less here than in a template
    loop, which resolves and escapes each one through the template engine."""
    return format_html(
        '<datalist id="{}">{}</datalist>',
        element_id,
        format_html_join("", '<option value="{}"></option>', ((option,) for option in options)),
    )


def _context(request: HttpRequest, form: RouteForm, result: RouteResult | None) -> dict[str, Any]:
    query = request.GET.urlencode()
    return {
        "form": form,
        "result": result,
        "easy": bool(form.is_bound and form.is_valid() and form.cleaned_data["easy"]),
        "query": query,
        "share_url": request.build_absolute_uri(f"{reverse('routes:finder')}?{query}"),
        "pdf_url": f"{reverse('routes:pdf')}?{query}",
        "map": route_map(result) if result else None,
        "more_open": any(
            request.GET.get(name) or (form.is_bound and form.errors.get(name))
            for name in MORE_FIELDS
        ),
        "tile_url": settings.ROUTES_MAP_TILE_URL,
        "tile_attribution": settings.ROUTES_MAP_TILE_ATTRIBUTION,
        "municipality_datalist": _datalist("municipality-options", municipality_options()),
        "occupation_datalist": _datalist("occupation-options", occupation_options()),
    }


@require_GET
def finder(request: HttpRequest) -> HttpResponse:
    """Show the form and, for a valid input, the ranked routes with their map and list."""
    form = _form(request)
    result = None
    if form is not None and form.is_valid():
        result = find_routes(form.route_input(), language=get_language())
    status = 400 if form is not None and not form.is_valid() else 200
    context = _context(request, form or _prefilled(request), result)
    return _private(render(request, "routes/finder.html", context, status=status))


@require_GET
def pdf(request: HttpRequest) -> HttpResponse:
    """Render the routes as a PDF in the page's language; bad input goes back to the form."""
    from weasyprint import HTML  # heavy import: only when a PDF is asked for

    form = _form(request)
    if form is None or not form.is_valid():
        return _private(
            HttpResponseRedirect(f"{reverse('routes:finder')}?{request.GET.urlencode()}")
        )
    result = find_routes(form.route_input(), language=get_language())
    context = _context(request, form, result)
    html = render_to_string("routes/pdf.html", context, request=request)
    document = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf()
    response = HttpResponse(document, content_type="application/pdf")
    # The file is named in the person's language: "valideringsvägar.pdf", "مسارات-التحقق.pdf".
    name = slugify(gettext("validation-routes"), allow_unicode=True) or "validation-routes"
    filename = f"{name}.pdf"
    response["Content-Disposition"] = content_disposition_header(False, filename)
    return _private(response)
