"""URL configuration: fixed paths first, then language-prefixed public pages served by Wagtail."""

from __future__ import annotations

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from communication.views import contact, regions_index, robots_txt, sitemap
from hub.api.regions import RegionDetail, RegionList, RegionMapLayer
from hub.health import health
from hub.plugins.urls import api_patterns, page_patterns
from hub.views import accessibility_statement, favicon, privacy, security_txt

# Error pages in the site's design and the URL's language (hub/errors.py).
handler400 = "hub.errors.bad_request"
handler403 = "hub.errors.permission_denied"
handler404 = "hub.errors.page_not_found"
handler500 = "hub.errors.server_error"

# What the hub serves about each plugin's area: facts, routes, figures, map layers.
area_patterns = [
    path("", RegionList.as_view(), name="list"),
    path("<slug:slug>/", RegionDetail.as_view(), name="detail"),
    path("<slug:slug>/map-layers/<slug:key>/", RegionMapLayer.as_view(), name="map-layer"),
]

urlpatterns = [
    path("health/", health, name="health"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
    path(".well-known/security.txt", security_txt, name="security_txt"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/areas/", include((area_patterns, "areas"))),
    *api_patterns(),
    path("api/v1/", include("hub.api.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Swedish is served without a prefix, other languages under /<code>/. The regions' pages
# (hub/plugins/urls.py), the registry's pages and the search come before Wagtail's catch-all,
# which would otherwise answer their paths.
urlpatterns += i18n_patterns(
    path("tillganglighet/", accessibility_statement, name="accessibility_statement"),
    path("personuppgifter/", privacy, name="privacy"),
    path("kontakt/", contact, name="contact"),
    path("regions/", regions_index, name="regions"),
    *page_patterns(),
    path("", include("branch_models.urls")),
    path("", include("search.urls")),
    path("", include("routes.urls")),
    path("", include("coordination.urls")),
    path("", include("outcomes.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
