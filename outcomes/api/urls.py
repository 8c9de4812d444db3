"""Statistics endpoints under ``/api/v1/statistics/`` (wired by ``hub.api.urls``)."""

from __future__ import annotations

from django.urls import path

from outcomes.api import views

__all__ = ["urlpatterns"]

urlpatterns = [
    path("", views.IndicatorListView.as_view(), name="statistics"),
    path("values/", views.ValueListView.as_view(), name="statistics-values"),
    path("reported/", views.ReportedFigureListView.as_view(), name="statistics-reported"),
    path("calculator/", views.CalculatorView.as_view(), name="statistics-calculator"),
]
