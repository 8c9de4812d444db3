"""`manage.py search_sync`: apply pending search-index changes (run it every minute or so)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from search.analysis.current import build_vocabularies
from search.models import SearchEntry
from search.outbox import apply_pending, purge_processed


class Command(BaseCommand):
    """Retry outbox entries that could not be applied, e.g. while Elasticsearch was down."""

    help = (
        "Apply pending search-index changes from the outbox and drop old processed ones. "
        "With --vocabulary, also rebuild the word list used for compound splitting."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--vocabulary",
            action="store_true",
            help="Rebuild the vocabulary from the indexed text (new words split from then on).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        applied, failed = apply_pending()
        purged = purge_processed()
        message = f"Applied {applied} pending changes, {failed} still failing, {purged} purged."
        if options["vocabulary"]:
            words = build_vocabularies(SearchEntry.objects.iterator(chunk_size=1000))
            message += f" Vocabulary: {words}."
        self.stdout.write(
            self.style.SUCCESS(message) if not failed else self.style.WARNING(message)
        )
        if failed:
            raise SystemExit(1)
