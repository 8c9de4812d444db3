"""Search statistics without personal data: normalised query, week, locale, counts.

No user, session, address or time of day is stored, and the query is stored as its normalised
words (case-folded, punctuation removed, at most 200 characters), so editors see what people look
for and where they find nothing, and nobody can be traced.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from search.analysis.text import normalize, tokenize
from search.models import QueryStat

__all__ = ["record_search", "week_of"]


def week_of(day: date) -> date:
    """Return the Monday of a day's week."""
    return day - timedelta(days=day.weekday())


def record_search(text: str, language: str, found: int) -> None:
    """Count one search of a query in this week and locale, and whether it found nothing."""
    query = " ".join(tokenize(normalize(text)))[:200].strip()
    if not query:
        return
    key = {"week": week_of(timezone.localdate()), "language": language, "query": query}
    changes = {"searches": F("searches") + 1, "zero_results": F("zero_results") + int(found == 0)}
    if QueryStat.objects.filter(**key).update(**changes):
        return
    try:
        with transaction.atomic():
            QueryStat.objects.create(**key, searches=1, zero_results=int(found == 0))
    except IntegrityError:  # another request created the row first
        QueryStat.objects.filter(**key).update(**changes)
