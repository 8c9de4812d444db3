"""Template tags of the communication pages: glossary linking, record cards, schema.org."""

from __future__ import annotations

import json
from typing import Any

from django import template
from django.db.models import Model
from django.urls import NoReverseMatch, reverse
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Locale

from communication.glossary import GlossaryEntry, GlossaryLinker

register = template.Library()

JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _linker() -> GlossaryLinker:
    """Build a linker over the active language's glossary terms and glossary page."""
    from communication.models import GlossaryPage, GlossaryTerm

    locale = Locale.get_active()
    glossary = GlossaryPage.objects.live().filter(locale=locale).first()
    if glossary is None:
        return GlossaryLinker(entries=(), glossary_url="")
    entries = [
        GlossaryEntry(term.slug, term.term, term.definition, tuple(term.forms()))
        for term in GlossaryTerm.objects.filter(locale=locale)
    ]
    return GlossaryLinker(entries=entries, glossary_url=glossary.url)


@register.simple_tag(takes_context=True)
def glossary(context: template.Context, value: object) -> SafeString:
    """Render rich text with glossary words linked and explained, once per word per page.

    The linker lives on the request, so all the blocks of one page share what was linked.
    """
    html = value.__html__() if hasattr(value, "__html__") else str(value)
    request = context.get("request")
    linker = getattr(request, "glossary_linker", None)
    if linker is None:
        linker = _linker()
        if request is not None:
            request.glossary_linker = linker
    return mark_safe(linker.link(html))  # noqa: S308 - rich text from the editor, already safe


@register.simple_tag
def record_url(record: Model) -> str:
    """Return a registry record's public URL, or "" where the registry pages are not mounted."""
    try:
        return record.get_absolute_url()
    except NoReverseMatch:
        return ""


@register.inclusion_tag("communication/includes/record_card.html")
def record_card(record: Model | None, heading_level: int = 3) -> dict[str, Any]:
    """Render a card for a published registry record; drafts and deleted records show nothing."""
    visible = record is not None and getattr(record, "live", False)
    return {
        "record": record if visible else None,
        "kind": record._meta.model_name if visible else "",
        "url": record_url(record) if visible else "",
        "heading_level": heading_level,
    }


@register.simple_tag(takes_context=True)
def schema_org(context: template.Context, page: Any) -> SafeString:
    """Render the page's schema.org description as a JSON-LD script element."""
    data = page.schema_org(context.get("request"))
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308


# The guidance article that answers an individual's first question, by its Swedish slug (its
# translations share the page tree position, not the slug).
WHAT_IS_VALIDATION_SLUG = "vad-ar-validering"


def _what_is_validation_url(request: Any) -> str:
    """Return the "What is validation?" article in the active language, else the Swedish one
    under the language's prefix (served with the untranslated-page notice), else ""."""
    from communication.models import GuidanceArticlePage

    original = (
        GuidanceArticlePage.objects.live()
        .filter(slug=WHAT_IS_VALIDATION_SLUG, locale__language_code="sv")
        .first()
    )
    if original is None:
        return ""
    translation = original.get_translation_or_none(Locale.get_active())
    if translation is not None and translation.live:
        return translation.get_url(request=request)
    site = original.get_site()
    relative = original.url_path[len(site.root_page.url_path) :]
    return reverse("wagtail_serve", args=[relative])


@register.inclusion_tag("communication/includes/home_actions.html", takes_context=True)
def home_actions(context: template.Context) -> dict[str, Any]:
    """The home page's one main action per audience: what validation is for individuals, the
    route finder for counsellors, credential look-up for employers."""
    return {
        "what_is_validation_url": _what_is_validation_url(context.get("request")),
        "route_finder_url": reverse("routes:finder"),
        "credentials_url": reverse("branch_models:credential_list"),
    }
