"""The public search page, mounted under each language prefix (``/sok/``, ``/en/search/``).

The paths are translated here, in the search app's catalogue, so hub/urls.py includes this
module without a prefix of its own.
"""

from __future__ import annotations

from django.urls import path
from django.utils.translation import gettext_lazy as _

from search import views

app_name = "search"

urlpatterns = [
    path(_("search/"), views.search_page, name="search"),
    path(_("search/suggestions/"), views.suggest, name="suggest"),
]
