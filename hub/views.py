"""Public views of the hub core: the favicon, security.txt, and the pages the law expects of a
public website (accessibility statement, privacy)."""

from __future__ import annotations

from datetime import date, timedelta

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone

from hub.models import Organisation
from hub.retention import get_rules

__all__ = [
    "accessibility_statement",
    "favicon",
    "privacy",
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
