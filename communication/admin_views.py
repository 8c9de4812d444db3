"""Admin views that add the region rule to views of Wagtail add-ons."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from wagtail_localize.views.submit_translations import SubmitPageTranslationView

__all__ = ["RegionalSubmitPageTranslationView"]


class RegionalSubmitPageTranslationView(SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", for those who may edit the page only.

    wagtail-localize checks only its model-wide ``submit_translation`` permission, so any editor
    could create (draft) translations of another region's pages.
    """

    def dispatch(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        page = self.get_object()
        if not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
