"""`manage.py search_rebuild`: rebuild the public search index from the database."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from search.backends.base import SearchUnavailable
from search.indexing import rebuild


class Command(BaseCommand):
    """Rebuild vocabulary and index in chunks; on Elasticsearch into a new index + alias swap."""

    help = (
        "Rebuild the public search index (vocabulary, then every document). Searches keep "
        "working meanwhile; changes saved during the rebuild are replayed at the end."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--no-progress", action="store_true", help="Print only the summary (for cron and CI)."
        )

    def handle(self, *args: object, **options: object) -> None:
        labels = {"vocabulary": "Reading vocabulary", "index": "Indexing documents"}
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            disable=bool(options["no_progress"]),
        ) as progress:
            tasks: dict[str, int] = {}

            def advance(stage: str, total: int) -> None:
                if stage not in tasks:
                    tasks[stage] = progress.add_task(labels[stage], total=total)
                progress.advance(tasks[stage])

            try:
                report = rebuild(advance)
            except SearchUnavailable as exc:
                raise CommandError(str(exc)) from exc
        words = ", ".join(
            f"{language}: {count}" for language, count in sorted(report.words.items())
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Indexed {report.documents} documents (vocabulary {words or 'empty'}; "
                f"{report.replayed} changes replayed)."
            )
        )
