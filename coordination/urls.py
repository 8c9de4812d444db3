"""Public coordination pages under Swedish paths (the same under /en/, /ar/, …)."""

from __future__ import annotations

from django.urls import path

from coordination import views

app_name = "coordination"

urlpatterns = [
    path("praktikplatser/", views.PlacementListView.as_view(), name="placement_list"),
    path("praktikplatser/erbjud/", views.offer_placement, name="placement_offer"),
    path(
        "praktikplatser/<slug:slug>/",
        views.PlacementDetailView.as_view(),
        name="placement_detail",
    ),
    path("anmalan/<int:pk>/", views.event_signup, name="event_signup"),
    path(
        "handledarstod/checklistor/<slug:slug>/",
        views.ChecklistFillView.as_view(),
        name="checklist_fill",
    ),
    path("kunskapsbank/", views.LibraryListView.as_view(), name="library"),
    path("kunskapsbank/<slug:slug>/", views.LibraryDetailView.as_view(), name="document_detail"),
]
