"""The statistics pages under each language prefix (``/statistik/``, ``/en/statistics/``)."""

from __future__ import annotations

from django.urls import path
from django.utils.translation import gettext_lazy as _

from outcomes import calculator_views, views

app_name = "outcomes"

urlpatterns = [
    path(_("statistics/"), views.index, name="index"),
    path(_("statistics/data.csv"), views.open_data, name="open_data"),
    path(_("statistics/county/<str:code>/"), views.county, name="county"),
    path(_("statistics/municipality/<str:code>/"), views.municipality, name="municipality"),
    path(_("statistics/calculator/"), calculator_views.calculator, name="calculator"),
]
