"""An admin panel that shows the readability (LIX) of an easy-to-read text while it is written."""

from __future__ import annotations

from typing import Any

from django import forms
from wagtail.admin.panels import FieldPanel

from communication.readability import EASY_TO_READ_MAX, readability

__all__ = ["ReadabilityPanel"]


class ReadabilityPanel(FieldPanel):
    """A text field with its current LIX below it, updated live by ``admin/lix.js``.

    The score shown on load is computed on the server from the saved (or just submitted) text,
    so it is right without JavaScript; the script only keeps it current while typing.
    """

    def __init__(self, field_name: str, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 4, "data-lix": ""}))
        super().__init__(field_name, *args, **kwargs)

    class BoundPanel(FieldPanel.BoundPanel):
        template_name = "communication/admin/readability_panel.html"

        def get_context_data(self, parent_context: dict[str, Any] | None = None) -> dict[str, Any]:
            context = super().get_context_data(parent_context)
            text = self.bound_field.value() if self.bound_field is not None else ""
            context["readability"] = readability(text or "")
            context["limit"] = EASY_TO_READ_MAX
            return context
