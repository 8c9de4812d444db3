"""HTTP caching of the public pages: ``Cache-Control`` and ``ETag`` for anonymous visitors.

An anonymous ``GET`` of a public page that sets no cookie may be kept by a shared cache (a
reverse proxy, a CDN) for ``PAGE_CACHE_SECONDS`` while browsers revalidate it each time, and
carries an ``ETag`` computed from its body: a client that sends it back in ``If-None-Match``
gets a bodiless ``304 Not Modified``. Publishing changes the body, so it changes the tag;
Wagtail's frontend-cache module purges the page's URLs from a proxy at that moment
(docs/operations.md).

Never shared: anything asked for with a session cookie (a signed-in editor may see what
visitors may not, and Wagtail's previews of drafts are served to them only), anything that sets
a cookie (a form's CSRF token), the admin, and answers whose view chose its own
``Cache-Control`` (the route finder's ``no-store``). Those get ``private, no-cache`` unless the
view chose. The public API has its own rules (hub.api.middleware).
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.middleware.http import ConditionalGetMiddleware
from django.utils.cache import patch_cache_control

from hub.api.schema import PUBLIC_API_PREFIX

__all__ = ["PageCacheMiddleware"]

ADMIN_PREFIX = "/admin/"


class PageCacheMiddleware(ConditionalGetMiddleware):
    """Mark anonymous public pages cacheable with an ETag; everything else private."""

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        path = request.path
        if path.startswith(PUBLIC_API_PREFIX) or request.method not in ("GET", "HEAD"):
            return response
        if response.has_header("Cache-Control"):
            return response
        shared = (
            response.status_code == 200
            and not path.startswith(ADMIN_PREFIX)
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not response.cookies
            and not getattr(response, "streaming", False)
        )
        if not shared:
            patch_cache_control(response, private=True, no_cache=True)
            return response
        # Browsers revalidate every time (a cheap 304), so a visitor sees a publish at once;
        # shared caches keep the page, and the frontend-cache module purges it on publish.
        patch_cache_control(response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_SECONDS)
        return super().process_response(request, response)
