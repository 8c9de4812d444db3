"""Kalmar's list of local workshops (verkstäder), mapped to registry actors.

The coordinator keeps one row per workshop: the municipalities it serves by name, target groups
as the project's short codes, whether it has the OCN tool, and coordinates copied from a map.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.utils.translation import gettext_lazy as _

from branch_models.models import Actor, ActorKind, ValidationRole
from hub.plugins import (
    Field,
    RecordMapping,
    Vocabulary,
    coordinates,
    municipality_by_name,
    slug_from,
    yes_no,
)

# The project's target-group codes; a code the project did not define is kept out of the
# description (and reported).
TARGET_GROUPS = Vocabulary(
    {
        "UNG": "unga 18–24 år",
        "NYA": "nyanlända",
        "LTA": "långtidsarbetslösa",
        "FN": "personer med funktionsnedsättning som sätter ned arbetsförmågan",
        "SJK": "personer som är eller har varit sjukskrivna",
    },
    default="",
)
# Whether the workshop validates with the OCN tool decides its roles in validation.
OCN_TOOL = Vocabulary(
    {
        "Ja": [ValidationRole.MAPPING, ValidationRole.ASSESSMENT, ValidationRole.GUIDANCE],
        "Nej": [ValidationRole.MAPPING, ValidationRole.GUIDANCE],
    },
    default=[ValidationRole.MAPPING, ValidationRole.GUIDANCE],
)


class Workshops(RecordMapping):
    """One row per local workshop of *Samverkan leder till arbete*."""

    key = "workshops"
    title = _("Local workshops of Samverkan leder till arbete (coordinator's list)")
    model = Actor
    delimiter = ","
    sample = "verkstader.csv"
    fields = (
        Field("Verkstad", "name"),
        Field("Kommuner", "municipalities", transform=municipality_by_name, separator="/"),
        Field("Målgrupper", "description", TARGET_GROUPS, separator=","),
        Field("OCN-verktyg", "roles", OCN_TOOL),
        Field("Sökandelots", "uses_job_seeker_pilot", transform=yes_no),
        Field("Ort", "city"),
        Field("Koordinater", ("latitude", "longitude"), transform=coordinates),
        Field("Webbplats", "website", required=False),
    )

    def complete(self, values: dict[str, Any], row: Mapping[str, str]) -> dict[str, Any]:
        """Describe the workshop in words and name it by slug."""
        groups = [group for group in values["description"] if group]
        pilot = values.pop("uses_job_seeker_pilot")
        ocn = ValidationRole.ASSESSMENT in values["roles"]
        sentences = [
            "Lokal verkstad i projektet Samverkan leder till arbete med coachning, vägledning, "
            "praktik och rådgivning."
        ]
        if groups:
            sentences.append(f"Målgrupper: {', '.join(groups)}.")
        if ocn:
            sentences.append("Validerar med OCN-verktyget och kan ge kompetensintyg.")
        if pilot:
            sentences.append(
                "Arbetar med sökandelots: en person stöttar både arbetsgivaren och den "
                "arbetssökande."
            )
        values["description"] = " ".join(sentences)
        values["kind"] = ActorKind.LABOUR_MARKET_UNIT
        values["languages"] = ["sv"]
        values["slug"] = slug_from("verkstad", values["name"])
        return values


mappings = [Workshops]
