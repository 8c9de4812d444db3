"""Absolute addresses of public pages, for canonical links, social cards and structured data.

Wagtail's ``get_full_url`` takes the host from the page's Site record, and the Site that the
first migration creates is ``localhost:80``: a site served anywhere else would announce
``http://localhost/…`` as its canonical address, and search engines and link previews would
follow it. ``PUBLIC_BASE_URL`` names the public address outright (behind a proxy that does not
tell the app its scheme); without it a Site configured for the request's host name is used, and
otherwise the address the request came to, which ``ALLOWED_HOSTS`` has vetted.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest

__all__ = ["page_full_url", "public_base_url"]


def public_base_url(request: HttpRequest | None, site_root_url: str = "") -> str:
    """Return the scheme and host of the public site, without a trailing slash.

    ``site_root_url`` is the Wagtail Site's root URL (``http://localhost``), used when the
    request came to that host and port.
    """
    configured = getattr(settings, "PUBLIC_BASE_URL", "")
    if configured:
        return configured.rstrip("/")
    if request is None:
        return site_root_url.rstrip("/")
    host = request.get_host()
    if site_root_url and urlsplit(site_root_url).netloc == host:
        return site_root_url.rstrip("/")
    return f"{request.scheme}://{host}"


def page_full_url(page: Any, request: HttpRequest | None) -> str:
    """Return a Wagtail page's absolute URL on the public site (see the module docstring)."""
    parts = page.get_url_parts(request)
    if parts is None or parts[2] is None:
        return ""
    _site_id, root_url, path = parts
    return public_base_url(request, root_url or "") + path
