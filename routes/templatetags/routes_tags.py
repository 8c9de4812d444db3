"""Links into the route finder from other pages (menu, audience pages, registry, search)."""

from __future__ import annotations

from urllib.parse import urlencode

from django import template
from django.db.models import Model
from django.urls import reverse
from django.utils.translation import get_language

from branch_models.models import Occupation
from reference.places import PlaceKind, match_places
from routes.services import occupation_codes_in_text
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
def route_offer(query: str) -> dict[str, str] | None:
    """Return the routes to offer for a search query that names an occupation, with the place
    if the query names one ("svetsare Hässleholm"), or None.

    Only the words are read; nothing of the query is kept (see ``routes.privacy``).
    """
    if not query:
        return None
    # The name from the cached labels: the search page asks on every search, and a query
    # to the database here cost as much as the rest of the tag.
    codes = occupation_codes_in_text(query, get_language())
    names = reference_labels(Occupation) if codes else {}
    occupation = next((names[code] for code in codes if code in names), "")
    if not occupation:
        return None
    place = next(
        (match.name for match in match_places(query) if match.kind == PlaceKind.MUNICIPALITY),
        "",
    )
    return {
        "occupation": occupation,
        "place": place,
        "url": route_finder_url(text=query, place=place),
    }
