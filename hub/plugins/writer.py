"""The contract between a plugin's data import and the registry's one writer of records.

A plugin's ``RecordMapping`` turns rows of the region's own file into model field values; the
registry app (``branch_models.importing``) registers the writer that renders those values as
its canonical import columns and writes them the way the admin's file import does (validation,
regional permissions, revisions, the search outbox). The hub only knows this contract, so the
plugin framework imports no domain app.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    # Only for the signatures: settings import the plugin framework before auth is loaded.
    from django.db import models

    from hub.permissions import User

__all__ = ["RecordWrite", "RecordWriter", "WrittenRow"]


@dataclass(frozen=True)
class WrittenRow:
    """What happened, or would happen, to one row handed to the writer.

    Attributes:
        index: the row's position in the rows handed over (from 0).
        outcome: ``created``, ``updated``, ``unchanged`` or ``error``.
        slug: the record's slug.
        errors: ``(model field, message)`` pairs; an empty field names the whole row.
    """

    index: int
    outcome: str
    slug: str
    errors: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class RecordWrite:
    """The outcome of one write: every row's, problems with the whole set, and whether it was
    committed (only when asked and nothing failed)."""

    rows: list[WrittenRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    committed: bool = False


class RecordWriter(Protocol):
    """Write records of ``model`` from field values, matched by ``slug``, all or nothing.

    Every record written is published: a plugin's data is public at once. With a ``user``
    the registry's regional rules apply (creating, changing and publishing in the owner
    region); without one the import is the operator's, from the command line.
    """

    def __call__(
        self,
        model: type[models.Model],
        rows: Sequence[Mapping[str, Any]],
        *,
        user: User | None,
        commit: bool,
    ) -> RecordWrite:
        """Write (or, without ``commit``, try and roll back) the rows."""
        ...
