"""The socio-economic calculator's form: the move, then the monthly amounts it involves."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from outcomes.calculator import ORIGINS, TARGETS, flows_for, method

__all__ = ["CalculatorForm"]


class CalculatorForm(forms.Form):
    """Ask for the move and its length; once both ends are chosen, ask for each flow's amount.

    No amount has an initial value: the seed gives none, so the user enters them from a source
    of their own ("ange värde").
    """

    origin = forms.ChoiceField(
        label=_("From"), choices=list(ORIGINS.items()), widget=forms.RadioSelect
    )
    target = forms.ChoiceField(
        label=_("To"), choices=list(TARGETS.items()), widget=forms.RadioSelect
    )
    months = forms.IntegerField(
        label=_("Months"),
        min_value=1,
        max_value=120,
        required=False,
        initial=method()["months"]["default"],
        help_text=_("Seed 004 counts a new-start job of 12 months."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        origin, target = self.data.get("origin"), self.data.get("target")
        self.flows = flows_for(origin, target) if origin in ORIGINS and target in TARGETS else []
        for flow in self.flows:
            self.fields[flow.key] = forms.IntegerField(
                label=flow.label,
                min_value=0,
                max_value=10_000_000,
                help_text=_("Kronor per month. Enter a value from your own source."),
                widget=forms.NumberInput(attrs={"placeholder": _("enter a value")}),
            )

    def clean_months(self) -> int:
        """Take seed 004's 12 months when none is given."""
        return self.cleaned_data.get("months") or method()["months"]["default"]

    @property
    def amount_fields(self) -> list[forms.BoundField]:
        """The amount fields, in the data file's order."""
        return [self[flow.key] for flow in self.flows]

    @property
    def ready(self) -> bool:
        """Whether the move is chosen, so the amounts can be asked for."""
        return bool(self.flows)
