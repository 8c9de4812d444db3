"""Signals shared by the core apps, besides Django's and Wagtail's own."""

from __future__ import annotations

from django.dispatch import Signal

__all__ = ["plugins_loaded", "saved_in_bulk"]

# Sent after records were written in bulk (``hub.bulk``, ``bulk_update``), which sends no
# ``post_save`` (the registry's file imports write this way). Sent inside the writer's
# transaction. Arguments: ``sender`` (the model) and ``instances`` (the records, with primary
# keys). Receivers that must not act on rolled-back data use ``transaction.on_commit``.
saved_in_bulk = Signal()

# Sent when the plugin registry was built (``hub.plugins.loader.load_plugins``), also when a
# plugin is enabled at run time: the plugins' modules, such as their search indexes, are imported
# by then.
# Arguments: ``sender`` (the ``HubRegistry`` class) and ``registry`` (the new one).
plugins_loaded = Signal()
