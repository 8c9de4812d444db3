"""Figures written as the page's language writes them, on pages, in charts and their summaries.

One function for every public surface that shows a figure to a reader; the API and the
open-data CSV keep plain digits (``Cell.display``), which is what programs read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from django.utils import formats

__all__ = ["local_number"]


def local_number(text: object) -> str:
    """Write a figure as the page's language does ("13 960 000" in Swedish, "13,960,000" in
    English); a withheld one ("<5", "..") stays as it is."""
    text = str(text)
    if re.fullmatch(r"-?\d+(\.\d+)?", text):
        return formats.number_format(Decimal(text), force_grouping=True)
    return text
