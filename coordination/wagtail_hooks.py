"""Wagtail admin registration of the coordination tools."""

from __future__ import annotations

from wagtail.snippets.models import register_snippet

from coordination.viewsets import CoordinationGroup

register_snippet(CoordinationGroup)
