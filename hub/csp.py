"""The site's Content-Security-Policy, with the one exception Wagtail's admin still needs.

Wagtail 8's admin and wagtail-localize render inline ``<script>`` blocks with per-widget data
(date pickers, inline panels, translation forms) and jQuery evaluates scripts in modal
responses, so under ``/admin/`` scripts may also be inline. Everywhere else (public site, API)
scripts come only from our origin. docs/security.md records this as a known gap.
"""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from django.http import HttpRequest
from django.http.response import HttpResponseBase

__all__ = ["SiteCSPMiddleware"]

ADMIN_PREFIX = "/admin/"


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, allowing inline scripts in Wagtail's admin only."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path.startswith(ADMIN_PREFIX):
            # A nonce in the header would make browsers ignore 'unsafe-inline'.
            parts.nonce = None
            parts.update = {**(parts.update or {}), "script-src": ["'unsafe-inline'"]}
        return parts
