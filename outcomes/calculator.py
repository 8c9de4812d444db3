"""Seed 004's socio-economic calculation: who gains and who pays, per year, when a person goes
from unemployment (försörjningsstöd or etableringsersättning) to work (a new-start job) or to
studies financed by CSN.

The calculation is a set of monthly money flows between the individual, the municipality, the
state and the employer (``outcomes/data/calculator.json``): the flows of the situation before
stop, those of the situation after start, and each party's yearly change is what it receives
less what it pays, times the months. Only the length (12 months, from seed 004) has a default:
every amount is the user's to enter, with its own source, because the seed gives none and a
figure without a source would be invented.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

__all__ = [
    "ORIGINS",
    "PARTIES",
    "TARGETS",
    "Flow",
    "PartyResult",
    "calculate",
    "flows_for",
    "method",
]

DATA = Path(__file__).resolve().parent / "data" / "calculator.json"
PARTIES = {
    "individual": _("The individual"),
    "municipality": _("The municipality"),
    "state": _("The state"),
    "employer": _("The employer"),
}
ORIGINS = {
    "forsorjningsstod": _("Income support (försörjningsstöd)"),
    "etableringsersattning": _("Establishment allowance (etableringsersättning)"),
}
TARGETS = {"work": _("Work (new-start job)"), "studies": _("Studies financed by CSN")}


@dataclass(frozen=True)
class Flow:
    """A monthly amount one party pays another in one situation."""

    key: str
    situation: str
    payer: str
    receiver: str
    name: str
    name_en: str

    @property
    def label(self) -> str:
        """The name in the reader's language (English for every language but Swedish)."""
        return self.name if (get_language() or "sv").startswith("sv") else self.name_en

    @property
    def before(self) -> bool:
        """Whether the flow belongs to the situation before (it stops)."""
        return self.situation.startswith("from:")


@dataclass(frozen=True)
class PartyResult:
    """A party's money per year before and after, and the change."""

    party: str
    label: str
    before: int
    after: int

    @property
    def change(self) -> int:
        """After less before: positive is a gain."""
        return self.after - self.before


@cache
def _data() -> dict[str, Any]:
    return json.loads(DATA.read_text(encoding="utf-8"))


def method() -> dict[str, Any]:
    """The method's source and the default length with its source."""
    data = _data()
    return {"method": data["method"], "months": data["months"]}


def flows_for(origin: str, target: str) -> list[Flow]:
    """The flows that stop (from ``origin``) and start (to ``target``)."""
    wanted = {f"from:{origin}", f"to:{target}"}
    return [Flow(**f) for f in _data()["flows"] if f["situation"] in wanted]


def calculate(origin: str, target: str, amounts: dict[str, int], months: int) -> list[PartyResult]:
    """Each party's yearly money before and after the move (amounts per month, in kronor)."""
    totals = {party: [0, 0] for party in PARTIES}
    for flow in flows_for(origin, target):
        amount = amounts[flow.key] * months
        index = 0 if flow.before else 1
        if flow.receiver:
            totals[flow.receiver][index] += amount
        if flow.payer:
            totals[flow.payer][index] -= amount
    return [
        PartyResult(party, str(PARTIES[party]), before, after)
        for party, (before, after) in totals.items()
    ]
