"""The coordination links of the main menu: placements, supervisor support, library, requests."""

from __future__ import annotations

from django import template
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from communication.models import ResourceRequestFormPage
from hub import menu
from reference.audiences import Audience

register = template.Library()

SUPERVISOR_SECTION_SLUG = "handledarstod"


def _localized_page(page: Page | None) -> Page | None:
    """Return the page in the active language when translated and live, else the page."""
    if page is None:
        return None
    translation = page.get_translation_or_none(Locale.get_active())
    return translation if translation is not None and translation.live else page


def resource_request_page() -> Page | None:
    """Return the (one, open to every region) resource request form in the active language."""
    default = ResourceRequestFormPage.objects.live().filter(locale=Locale.get_default()).first()
    return _localized_page(default)


def supervisor_section() -> Page | None:
    """Return the supervisors' section (a content page under the home page)."""
    default = (
        Page.objects.live()
        .filter(slug=SUPERVISOR_SECTION_SLUG, locale=Locale.get_default())
        .first()
    )
    return _localized_page(default)


def _page_urls(request: HttpRequest | None) -> dict[str, str]:
    """Return the supervisors' section's and the request form's URLs ('' when absent).

    They are in the main menu of every page, so they are cached with it (hub.menu) instead of
    costing four queries per request.
    """

    def build() -> dict[str, str]:
        supervisors = supervisor_section()
        form = resource_request_page()
        return {
            "supervisors": supervisors.get_url(request=request) if supervisors else "",
            "form": form.get_url(request=request) if form else "",
        }

    host = request.get_host() if request is not None else ""
    return menu.cached(host, get_language(), build, name="coordination")


@register.inclusion_tag("branch_models/includes/menu_items.html", takes_context=True)
def coordination_menu(context: template.Context) -> dict[str, object]:
    """List the coordination links, marking the one the visitor is in."""
    request = context.get("request")
    current_path = request.path if request else ""
    urls = _page_urls(request)
    links = [(_("Work placements"), reverse("coordination:placement_list"))]
    if urls["supervisors"]:
        links.append((_("Supervisor support"), urls["supervisors"]))
    links.append((_("Knowledge library"), reverse("coordination:library")))
    if urls["form"]:
        links.append((_("Request a resource"), urls["form"]))
    items = []
    for title, url in links:
        current = "page" if current_path == url else "true" if current_path.startswith(url) else ""
        items.append({"title": title, "url": url, "current": current})
    return {"items": items}


@register.simple_tag(takes_context=True)
def audience_links(context: template.Context, audience: str) -> list[dict[str, str]]:
    """Return the coordination tools an audience's landing page points to (none for the rest).

    Employers offer places and supervise; counsellors find places, ask for support and read
    the reports; decision makers and education providers read the reports.
    """
    request = context.get("request")
    offer = (_("Offer a work placement"), reverse("coordination:placement_offer"))
    placements = (_("Work placements"), reverse("coordination:placement_list"))
    library = (_("Knowledge library"), reverse("coordination:library"))
    urls = _page_urls(request)
    support = [(_("Supervisor support"), urls["supervisors"])] if urls["supervisors"] else []
    ask = (
        [(_("Request a workshop or other support for your municipality"), urls["form"])]
        if urls["form"]
        else []
    )
    links = {
        Audience.EMPLOYERS: [offer, *support],
        Audience.COUNSELLORS: [placements, *ask, library],
        Audience.DECISION_MAKERS: [library, *ask],
        Audience.EDUCATION_PROVIDERS: [library],
    }.get(audience, [])
    return [{"title": str(title), "url": url} for title, url in links]


@register.simple_tag(takes_context=True)
def resource_request_url(context: template.Context) -> str:
    """Return the resource request form's URL in the active language ('' when there is none)."""
    return _page_urls(context.get("request"))["form"]
