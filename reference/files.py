"""Where the reference data files live, and one reader for them."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

__all__ = ["DATA_DIR", "rows"]

DATA_DIR = Path(__file__).resolve().parent / "data"


def rows(name: str) -> Iterator[dict[str, str]]:
    """Yield the rows of a CSV file in ``reference/data`` as dicts keyed by its header."""
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)
