"""One parser per value type for values read from files and forms: yes/no and ISO dates.

The admin's import (``branch_models.resources``), the registry's forms and API
(``branch_models.forms``) and the plugins' mappings (``hub.plugins.mapping``) read these values
the same way, with the same message in the reader's language when a value is wrong.
"""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _

__all__ = ["NO", "YES", "parse_iso_date", "parse_yes_no"]

# The spellings Swedish exports and spreadsheets use (Ja/Nej, J/N, X/blank, 1/0, sant/falskt).
YES = frozenset({"1", "true", "yes", "y", "ja", "j", "sant", "x"})
NO = frozenset({"0", "false", "no", "n", "nej", "falskt", "-", ""})


def parse_yes_no(value: str) -> bool:
    """Read a yes/no cell (an empty cell is no); raise ``ValueError`` saying how to write it."""
    folded = value.strip().casefold()
    if folded in YES:
        return True
    if folded in NO:
        return False
    raise ValueError(
        _("“%(value)s” is not yes or no: write 1 or 0 (or ja/nej).") % {"value": value}
    )


def parse_iso_date(value: str) -> date:
    """Read a date written as YYYY-MM-DD; raise ``ValueError`` with an example."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(
            _("“%(value)s” is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31.")
            % {"value": value}
        ) from None
