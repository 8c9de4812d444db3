"""Template helpers of the public registry pages: menu, translated fields, labels."""

from __future__ import annotations

from django import template
from django.db.models import Model
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from branch_models.languages import language_name as _language_name
from branch_models.models import ValidationRole, _localized
from branch_models.views import SECTIONS

register = template.Library()

SOURCE_LANGUAGE = "sv"


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
    """Return the field's English variant on English pages when there is one."""
    return _localized(record, field)


@register.simple_tag
def source_lang() -> SafeString:
    """Mark text kept only in Swedish as Swedish on pages in other languages (WCAG 3.1.2)."""
    if get_language() == SOURCE_LANGUAGE:
        return mark_safe("")
    return format_html(' lang="{}"', SOURCE_LANGUAGE)


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
