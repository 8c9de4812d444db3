"""Names of the languages registry records list by ISO 639-1 code (assessment, spoken).

Django names most languages in every UI language; a few that the people validation serves
speak (Somali, Tigrinya, Amharic, Kurdish) are missing there and are named here.
"""

from __future__ import annotations

from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

__all__ = ["language_name"]

EXTRA_LANGUAGES = {
    "am": _("Amharic"),
    "ku": _("Kurdish"),
    "so": _("Somali"),
    "ti": _("Tigrinya"),
}


def language_name(code: str) -> str:
    """Return the language's name in the active UI language, or the code if unknown."""
    if code in EXTRA_LANGUAGES:
        return str(EXTRA_LANGUAGES[code])
    try:
        return str(get_language_info(code)["name_translated"]).capitalize()
    except KeyError:
        return code
