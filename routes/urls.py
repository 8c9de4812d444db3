"""The route finder's pages under each language prefix (``/vagar/``, ``/en/routes/``)."""

from __future__ import annotations

from django.urls import path
from django.utils.translation import gettext_lazy as _

from routes import views

app_name = "routes"

urlpatterns = [
    path(_("routes/"), views.finder, name="finder"),
    path(_("routes/pdf/"), views.pdf, name="pdf"),
]
