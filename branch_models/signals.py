"""Signals the registry sends besides Django's and Wagtail's own."""

from __future__ import annotations

from django.dispatch import Signal

__all__ = ["records_imported"]

# Sent inside the import's transaction after each batch of records is written in bulk (bulk
# writes send no ``post_save``). Arguments: ``sender`` (the model), ``instances`` (the records,
# with primary keys) and ``created`` (whether they are new). Receivers that must not act on
# rolled-back data (a dry run, a failed import) should use ``transaction.on_commit``.
records_imported = Signal()
