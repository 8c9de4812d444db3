"""Compare stream fields by content: the stored form without Wagtail's random block ids."""

from __future__ import annotations

from typing import Any

__all__ = ["strip_block_ids"]


def strip_block_ids(data: Any) -> Any:
    """Drop the random block ids from a stream's stored form, so equal content compares equal.

    Used where two loads of the same content must look the same: the demo seeder (to write only
    what differs) and ``manage.py demo_fingerprint`` (to show that a change left the demo alone).
    """
    if isinstance(data, list):
        return [strip_block_ids(item) for item in data]
    if isinstance(data, dict):
        return {key: strip_block_ids(value) for key, value in data.items() if key != "id"}
    return data
