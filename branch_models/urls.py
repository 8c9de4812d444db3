"""Public registry pages under stable Swedish paths (the same under /en/ for English)."""

from __future__ import annotations

from django.urls import path

from branch_models import views

app_name = "branch_models"

urlpatterns = [
    path("valideringsmodeller/", views.ValidationModelListView.as_view(), name="model_list"),
    path(
        "valideringsmodeller/<slug:slug>/",
        views.ValidationModelDetailView.as_view(),
        name="model_detail",
    ),
    path("intyg/", views.CredentialListView.as_view(), name="credential_list"),
    path("intyg/<slug:slug>/", views.CredentialDetailView.as_view(), name="credential_detail"),
    path("komvux/", views.KomvuxOfferListView.as_view(), name="offer_list"),
    path("komvux/<slug:slug>/", views.KomvuxOfferDetailView.as_view(), name="offer_detail"),
    path("aktorer/", views.ActorListView.as_view(), name="actor_list"),
    path("aktorer/<slug:slug>/", views.ActorDetailView.as_view(), name="actor_detail"),
    path("checklistor/", views.ChecklistListView.as_view(), name="checklist_list"),
    path("checklistor/<slug:slug>/", views.ChecklistDetailView.as_view(), name="checklist_detail"),
]
