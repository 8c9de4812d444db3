"""Links into the route finder from other pages (menu, audience pages, registry, search)."""

from __future__ import annotations

from urllib.parse import urlencode

from django import template
from django.db.models import Model
from django.urls import reverse
from django.utils.translation import get_language

from branch_models.models import Occupation
from reference.places import PlaceKind
from routes.services import occupation_codes_in_text
from search.backends.base import SearchResult
from search.facets import reference_labels

__all__ = ["route_finder_url", "route_offer"]

register = template.Library()


@register.simple_tag
def route_finder_url(text: str = "", place: str = "", model: Model | str = "") -> str:
    """Return the route finder's URL in the active language, prefilled with what is known.

    A validation model's page prefills the name of the occupation it validates (the words a
    person would type), else the model's name. Without a place the page shows the form filled
    in, not an error: the person still has to say where they live.
    """
    if model and not text:
        occupation = model.occupations.first()
        text = occupation.name if occupation else model.name
    query = {key: value for key, value in (("text", text), ("municipality", place)) if value}
    url = reverse("routes:finder")
    return f"{url}?{urlencode(query)}" if query else url


@register.simple_tag
def route_offer(result: SearchResult) -> dict[str, str] | None:
    """Return the routes to offer for a search whose query names an occupation, with the place
    if it names one ("svetsare Hässleholm"), or None.

    What the search made of the query comes first: the occupations and places it found. Only
    when it found no occupation are the other site languages' names tried ("welder" on the
    Swedish page). Only the words are read; nothing of the query is kept (``routes.privacy``).
    """
    query = result.query.text
    if not query:
        return None
    codes = result.occupations or tuple(occupation_codes_in_text(query, get_language()))
    names = reference_labels(Occupation) if codes else {}
    occupation = next((names[code] for code in codes if code in names), "")
    if not occupation:
        return None
    place = next((p.name for p in result.places if p.kind == PlaceKind.MUNICIPALITY), "")
    return {
        "occupation": occupation,
        "place": place,
        "url": route_finder_url(text=query, place=place),
    }
