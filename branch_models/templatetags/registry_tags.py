"""Template helpers of the public registry pages: menu, translated fields, labels."""

from __future__ import annotations

from django import template
from django.db.models import Model
from django.urls import reverse

from branch_models.languages import language_name as _language_name
from branch_models.models import ValidationRole, _localized
from branch_models.views import SECTIONS

register = template.Library()


@register.inclusion_tag("branch_models/includes/menu_items.html", takes_context=True)
def registry_menu(context: template.Context) -> dict[str, object]:
    """List the registry's sections for the main menu, marking the one the visitor is in."""
    request = context.get("request")
    current_path = request.path if request else ""
    items = []
    for section in SECTIONS:
        url = reverse(section.url_name)
        current = "page" if current_path == url else "true" if current_path.startswith(url) else ""
        items.append({"title": section.title, "url": url, "current": current})
    return {"items": items}


@register.filter
def localized(record: Model, field: str) -> str:
    """Return the field's English variant on English pages when there is one, knowing its
    language (``{% lang_attrs record|localized:"summary" %}``)."""
    return _localized(record, field)


@register.filter
def language_name(code: str) -> str:
    """Name a language code in the visitor's language."""
    return _language_name(code)


@register.filter
def role_name(value: str) -> str:
    """Name a role in validation, keeping unknown values as they are."""
    try:
        return str(ValidationRole(value).label)
    except ValueError:
        return value
