"""Where the apps' reminder panels stand on the admin dashboard, among Wagtail's own.

Wagtail orders its panels 210 (your pages in moderation), 220 (awaiting your review), 250 (your
recent edits) and 300 (locked pages). What an approver must act on comes first, so the apps'
reminders (plans and reports due, pages and records due for review, actors without contact
details) stand between the moderation queue and recent edits, in the order of these offsets.
"""

from __future__ import annotations

__all__ = ["REMINDERS"]

REMINDERS = 230
