"""Registry endpoints under ``/api/v1/`` (wired by ``hub.api.urls``), with format suffixes.

``.json``, ``.jsonld`` and ``.csv`` after a path choose the format as ``Accept`` would:
``/api/v1/credentials/iw-diplom.jsonld``.
"""

from __future__ import annotations

from rest_framework.routers import SimpleRouter
from rest_framework.urlpatterns import format_suffix_patterns

from branch_models.api import views

__all__ = ["ENDPOINTS", "urlpatterns"]

# (URL prefix, viewset, basename): the basename is the model name, as serializers link by it.
ENDPOINTS = [
    ("validation-models", views.ValidationModelViewSet, "validationmodel"),
    ("credentials", views.CredentialViewSet, "credential"),
    ("komvux-offers", views.KomvuxOfferViewSet, "komvuxoffer"),
    ("actors", views.ActorViewSet, "actor"),
    ("checklists", views.ChecklistViewSet, "checklisttemplate"),
    ("regions", views.RegionViewSet, "region"),
    ("municipalities", views.MunicipalityViewSet, "municipality"),
    ("industries", views.IndustryViewSet, "industry"),
    ("occupations", views.OccupationViewSet, "occupation"),
    ("competences", views.CompetenceViewSet, "competence"),
]

router = SimpleRouter()
for prefix, viewset, basename in ENDPOINTS:
    router.register(prefix, viewset, basename=basename)

urlpatterns = format_suffix_patterns(router.urls, allowed=["json", "jsonld", "csv"])
