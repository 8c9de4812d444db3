"""Public views of the hub core: the list of regions, the favicon, security.txt, and the pages
the law and visitors expect of a public website (accessibility statement, privacy, contact)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language

from hub.models import Organisation
from hub.plugins.areas import describe_region
from hub.plugins.config import RegionPlugin
from hub.plugins.contributions import RegionFacts
from hub.plugins.registry import get_registry
from hub.region_pages import regions_page
from hub.retention import get_rules

__all__ = [
    "accessibility_statement",
    "contact",
    "favicon",
    "privacy",
    "regions_index",
    "security_txt",
]

# When the accessibility statement was last assessed and revised (DIGG's model asks for both);
# change them with the statement's text in hub/templates/hub/pages/accessibility.html.
STATEMENT_ASSESSED_ON = date(2026, 12, 5)
STATEMENT_UPDATED_ON = date(2026, 12, 5)


def favicon(request: HttpRequest) -> HttpResponse:
    """Send browsers that ask for ``/favicon.ico`` by habit to the static icon."""
    return redirect(static("hub/icons/favicon.ico"), permanent=True)


# RFC 9116 wants an expiry under a year ahead; a served file is renewed by every deployment.
SECURITY_TXT_LIFETIME = timedelta(days=180)


def security_txt(request: HttpRequest) -> HttpResponse:
    """``/.well-known/security.txt`` (RFC 9116): where to report a vulnerability.

    The contact is the operator's: ``SECURITY_CONTACT``, else the site's sender address
    ``DEFAULT_FROM_EMAIL`` (never an address made up here).
    """
    contacts = settings.SECURITY_CONTACT or [f"mailto:{settings.DEFAULT_FROM_EMAIL}"]
    expires = (timezone.now() + SECURITY_TXT_LIFETIME).replace(microsecond=0)
    lines = [
        *(f"Contact: {contact}" for contact in contacts),
        f"Expires: {expires.strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: sv, en",
        f"Canonical: {request.build_absolute_uri(reverse('security_txt'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@dataclass(frozen=True)
class RegionEntry:
    """One region in the list: its plugin, facts, municipalities and section page."""

    plugin: RegionPlugin
    facts: RegionFacts
    municipalities: list[Any]
    counties: list[Any]
    section: Any


def regions_index(request: HttpRequest) -> HttpResponse:
    """List the enabled regions with their area and a link to each region's section.

    It answers ``/regions/``, where the seeded "Regions" page sits in the page tree: that
    page's title and introduction (editable) head the list, which is always current.
    """
    from branch_models.models import Municipality, Region
    from communication.models import RegionSectionPage

    # By language code, not Locale.get_active(), so a site without locales still lists regions.
    in_language = RegionSectionPage.objects.live().filter(locale__language_code=get_language())
    sections = {page.plugin: page for page in in_language}
    entries = []
    for plugin in get_registry().get_plugins():
        facts = describe_region(plugin)
        entries.append(
            RegionEntry(
                plugin=plugin,
                facts=facts,
                municipalities=list(Municipality.objects.filter(code__in=facts.municipality_codes)),
                counties=list(Region.objects.filter(code__in=facts.region_codes)),
                section=sections.get(plugin.slug),
            )
        )
    return render(request, "hub/regions.html", {"index": regions_page(), "entries": entries})


def accessibility_statement(request: HttpRequest) -> HttpResponse:
    """The accessibility statement that the Act on accessibility to digital public service
    (2018:1937) requires, in the structure of DIGG's model, linked from every page's footer."""
    return render(
        request,
        "hub/pages/accessibility.html",
        {
            "organisation": Organisation.for_request(request),
            "assessed_on": STATEMENT_ASSESSED_ON,
            "updated_on": STATEMENT_UPDATED_ON,
        },
    )


def privacy(request: HttpRequest) -> HttpResponse:
    """What personal data the site keeps, why, on what basis, how long, and visitors' rights.

    The periods are the retention registry's rules, the ones ``apply_retention`` enforces, so
    the page cannot promise a period that the deletion does not keep.
    """
    context = {"organisation": Organisation.for_request(request), "retention_rules": get_rules()}
    return render(request, "hub/pages/privacy.html", context)


def _resource_request_url(request: HttpRequest) -> str:
    """Return the URL of the resource-request form in the active language (else Swedish)."""
    from communication.models import ResourceRequestFormPage

    forms = ResourceRequestFormPage.objects.live().public().order_by("path")
    form = forms.filter(locale__language_code=get_language()).first() or forms.first()
    return form.get_url(request=request) if form is not None else ""


def contact(request: HttpRequest) -> HttpResponse:
    """Whom to contact about what: the site's organisation, or the actors near a person."""
    return render(
        request,
        "hub/pages/contact.html",
        {
            "organisation": Organisation.for_request(request),
            "resource_request_url": _resource_request_url(request),
        },
    )
