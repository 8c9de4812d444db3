"""Spreadsheet formula injection: text cells we export never start a formula.

Excel and LibreOffice run a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return as a formula (``=HYPERLINK(...)``). Such text is written with a leading apostrophe, which
spreadsheets show as plain text (OWASP's advice); our own import takes the apostrophe off again,
so an export imports back unchanged.
"""

from __future__ import annotations

__all__ = ["neutralise_formula", "restore_formula"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(text: str) -> str:
    """Return text that a spreadsheet shows as written instead of evaluating."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def restore_formula(text: str) -> str:
    """Undo ``neutralise_formula`` on a cell read back from one of our exports."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text
