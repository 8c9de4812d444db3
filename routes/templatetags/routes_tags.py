"""Links into the route finder from other pages (menu, audience pages, registry, search)."""

from __future__ import annotations

from urllib.parse import urlencode

from django import template
from django.db.models import Model
from django.urls import reverse

__all__ = ["route_finder_url"]

register = template.Library()


@register.simple_tag
def route_finder_url(text: str = "", place: str = "", model: Model | None = None) -> str:
    """Return the route finder's URL in the active language, prefilled with what is known.

    A validation model's page prefills the name of the occupation it validates (the words a
    person would type), else the model's name. Without a place the page shows the form filled
    in, not an error: the person still has to say where they live.
    """
    if model is not None and not text:
        occupation = model.occupations.first()
        text = occupation.name if occupation else model.name
    query = {key: value for key, value in (("text", text), ("municipality", place)) if value}
    url = reverse("routes:finder")
    return f"{url}?{urlencode(query)}" if query else url
