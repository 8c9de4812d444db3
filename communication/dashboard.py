"""The editors' dashboard panel that lists their pages due for review."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from wagtail.admin.ui.components import Component

from communication.editorial import pages_due_for_review, reviewed_on
from hub.dashboard import REMINDERS

__all__ = ["ReviewRemindersPanel"]

# Enough to act on in one sitting; the panel says how many more there are.
SHOWN = 20


class ReviewRemindersPanel(Component):
    """Pages in the user's regions not reviewed (or changed) for 12 months, oldest first."""

    name = "review_reminders"
    template_name = "communication/admin/review_reminders.html"
    order = REMINDERS + 1

    def get_context_data(self, parent_context: Mapping[str, Any]) -> Mapping[str, Any]:
        due = pages_due_for_review(parent_context["request"].user)
        return {
            "rows": [(page, reviewed_on(page)) for page in due[:SHOWN]],
            "more": max(len(due) - SHOWN, 0),
            "total": len(due),
        }
