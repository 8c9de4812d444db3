"""Admin form widgets shared by the apps."""

from __future__ import annotations

from typing import Any

from django import forms

__all__ = ["SearchableCheckboxSelectMultiple"]


class SearchableCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Checkboxes with a search box that narrows them, for lists of hundreds (municipalities).

    A native ``<select multiple>`` of 290 items is hard to use by keyboard and easy to clear by
    mistake; checkboxes are plain HTML that every assistive technology knows. The search box
    (``hub/js/admin-picker.js``, a static file: no inline script) folds diacritics, so "malmo"
    finds Malmö; without JavaScript the box stays hidden and the list still works. Chosen items
    come first, so they are in view when the form opens.
    """

    template_name = "hub/widgets/searchable_checkboxes.html"

    class Media:
        js = ("hub/js/admin-picker.js",)
        css = {"all": ("hub/css/admin-picker.css",)}

    def optgroups(self, name: str, value: list[Any], attrs: dict[str, Any] | None = None) -> list:
        groups = super().optgroups(name, value, attrs)
        # Stable: chosen first, each part in the list's own order.
        return sorted(groups, key=lambda group: not any(o["selected"] for o in group[1]))
