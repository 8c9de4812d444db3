"""Turn hook contributions (frozen dataclasses with lazy strings) into JSON-ready values."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from typing import Any

from django.utils.encoding import force_str
from django.utils.functional import Promise

__all__ = ["jsonable"]


def jsonable(value: Any) -> Any:
    """Return ``value`` as dicts, lists, strings and numbers, translating lazy strings now."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Promise):
        return force_str(value)
    if isinstance(value, Mapping):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(item) for item in value]
    if isinstance(value, Decimal):
        return float(value)
    return value
