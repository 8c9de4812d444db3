"""Know which language a piece of displayed text is actually in, so pages can mark it.

A page in Arabic, Somali or Tigrinya still shows text in other languages: a registry record's
Swedish name, a page kept in its original language, a UI string no catalogue translates yet
(Django then falls back to Swedish, ``LANGUAGE_CODE``). WCAG 2.1 SC 3.1.2 (Language of Parts)
asks for such text to carry its own ``lang``; templates do that with ``{% lang_attrs value %}``
(hub_tags), which asks :func:`language_of` and adds ``dir`` where the direction changes.

What a value is tells its language:

- a lazy translation (``gettext_lazy``): the active language if its catalogue translates it,
  otherwise the language Django fell back to (Swedish, or the English source text);
- :class:`LocalizedText`: the language it was chosen in (a record's Swedish or English field);
- a Wagtail page: its locale;
- any other text, or an object shown by its ``str()``: the registry's source language,
  Swedish, unless its ``str()`` is a :class:`LocalizedText`.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.functional import Promise
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, get_language_info, override

__all__ = ["LocalizedText", "lang_attributes", "language_of"]

SOURCE_LANGUAGE_OF_TEXT = "en"  # UI strings are written in English (the msgids)


class LocalizedText(str):
    """Text that knows its language: ``LocalizedText("Svets", "sv")``.

    A ``str`` subclass, so it goes everywhere text goes; ``lang`` survives until the text is
    changed (a filter such as ``truncatewords`` returns a plain ``str``, which counts as the
    source language, as record text does).
    """

    lang: str

    def __new__(cls, text: str, lang: str) -> LocalizedText:
        value = super().__new__(cls, text)
        value.lang = lang
        return value

    def __reduce__(self) -> tuple[type[LocalizedText], tuple[str, str]]:
        """Keep the language when pickled, e.g. in the cached main menu."""
        return (LocalizedText, (str(self), self.lang))


def _translated_language(value: Promise, active: str) -> str:
    """Return the language a lazy translation shows in: ``active`` unless it fell back."""
    shown = str(value)
    if active in (settings.LANGUAGE_CODE, SOURCE_LANGUAGE_OF_TEXT):
        return active  # Swedish has its own catalogue; English is the text of the msgids
    with override(settings.LANGUAGE_CODE):
        if str(value) == shown:
            return settings.LANGUAGE_CODE
    with override(SOURCE_LANGUAGE_OF_TEXT):
        if str(value) == shown:
            return SOURCE_LANGUAGE_OF_TEXT
    return active


def language_of(value: object) -> str:
    """Return the language code of ``value`` as it is displayed now (see the module doc)."""
    active = get_language() or settings.LANGUAGE_CODE
    if isinstance(value, Promise):
        return _translated_language(value, active)
    if isinstance(value, LocalizedText):
        return value.lang
    locale = getattr(value, "locale", None)
    if locale is not None and hasattr(locale, "language_code"):
        return locale.language_code
    if value is not None and not isinstance(value, str):
        shown = str(value)
        if isinstance(shown, LocalizedText):
            return shown.lang
    return settings.LANGUAGE_CODE


def _direction(language: str) -> str:
    try:
        return "rtl" if get_language_info(language)["bidi"] else "ltr"
    except KeyError:
        return "ltr"


def lang_attributes(value: object = None) -> SafeString:
    """Return `` lang="…" dir="…"`` for an element showing ``value``, or nothing.

    Nothing when the value is in the page's language; ``dir`` only when the direction differs
    from the page's, e.g. Swedish inside an Arabic page. Without a value, the text is taken to
    be record text in the registry's source language.
    """
    active = get_language() or settings.LANGUAGE_CODE
    language = language_of(value)
    if language == active:
        return mark_safe("")
    direction = _direction(language)
    if direction == _direction(active):
        return format_html(' lang="{}"', language)
    return format_html(' lang="{}" dir="{}"', language, direction)
