"""Search statistics without personal data: normalised query, week, locale, counts.

No user, session, address or time of day is stored, and the query is stored as its normalised
words (case-folded, punctuation removed, at most 200 characters), so editors see what people look
for and where they find nothing, and nobody can be traced.

Counting a search does not wait for the database. Each process adds it to its own tally and
writes the tally in one transaction once it is ``SEARCH_STATS_FLUSH_SECONDS`` old (on the next
search), when an editor opens the statistics, and when the process exits. So a results page
costs no write, and searching keeps working while the database is away: a tally that cannot be
written is kept for the next try, up to ``MAX_PENDING`` distinct queries.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from datetime import date, timedelta

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from search.analysis.text import normalize, tokenize
from search.models import QueryStat

__all__ = ["flush", "record_search", "week_of"]

logger = logging.getLogger(__name__)

MAX_PENDING = 10_000  # distinct queries one process keeps while the database is away

_Key = tuple[date, str, str]  # week, language, query
_lock = threading.Lock()
_pending: dict[_Key, list[int]] = {}  # searches, searches without results
_since = time.monotonic()


def week_of(day: date) -> date:
    """Return the Monday of a day's week."""
    return day - timedelta(days=day.weekday())


def record_search(text: str, language: str, found: int) -> None:
    """Count one search of a query in this week and locale, and whether it found nothing."""
    query = " ".join(tokenize(normalize(text)))[:200].strip()
    if not query:
        return
    _add({(week_of(timezone.localdate()), language, query): [1, int(found == 0)]})
    if time.monotonic() - _since >= settings.SEARCH_STATS_FLUSH_SECONDS:
        flush()


def flush() -> None:
    """Write this process's tally to the database in one transaction (kept on failure)."""
    global _pending, _since
    with _lock:
        tally, _pending, _since = _pending, {}, time.monotonic()
    if not tally:
        return
    try:
        with transaction.atomic():
            for (week, language, query), (searches, zero_results) in tally.items():
                _write(week, language, query, searches, zero_results)
    except DatabaseError:
        logger.warning("Search statistics not written (kept for the next try)", exc_info=True)
        _add(tally)


def _add(counts: dict[_Key, list[int]]) -> None:
    with _lock:
        for key, (searches, zero_results) in counts.items():
            if key in _pending:
                _pending[key][0] += searches
                _pending[key][1] += zero_results
            elif len(_pending) < MAX_PENDING:
                _pending[key] = [searches, zero_results]


def _write(week: date, language: str, query: str, searches: int, zero_results: int) -> None:
    key = {"week": week, "language": language, "query": query}
    changes = {
        "searches": F("searches") + searches,
        "zero_results": F("zero_results") + zero_results,
    }
    if QueryStat.objects.filter(**key).update(**changes):
        return
    try:
        with transaction.atomic():
            QueryStat.objects.create(**key, searches=searches, zero_results=zero_results)
    except IntegrityError:  # another process created the row first
        QueryStat.objects.filter(**key).update(**changes)


atexit.register(flush)
