"""The socio-economic calculator's page (nothing entered is stored)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from outcomes.calculator import calculate, method
from outcomes.forms import CalculatorForm

__all__ = ["calculator"]


def calculator(request: HttpRequest) -> HttpResponse:
    """Ask for the move, then its amounts; once all are given, show each party's yearly change.

    The amounts' errors are shown only after they were submitted: choosing the move is the
    first step, and its amounts are not missing yet.
    """
    form = CalculatorForm(request.GET or None)
    submitted = form.ready and any(f.name in request.GET for f in form.amount_fields)
    results = None
    if submitted and form.is_valid():
        data = form.cleaned_data
        amounts = {flow.key: data[flow.key] for flow in form.flows}
        results = calculate(data["origin"], data["target"], amounts, data["months"])
    context = {"form": form, "submitted": submitted, "results": results, "method": method()}
    return render(request, "outcomes/calculator.html", context)
