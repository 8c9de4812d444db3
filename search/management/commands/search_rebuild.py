"""`manage.py search_rebuild`: rebuild the public search index from the database."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from search.backends.base import SearchUnavailable
from search.index import ModelIndex, get_index, get_indexes
from search.rebuild import rebuild


class Command(BaseCommand):
    """Rebuild vocabulary and index in chunks; on Elasticsearch into a new index + alias swap."""

    help = (
        "Rebuild the public search index (vocabulary, then every document). Searches keep "
        "working meanwhile; changes saved during the rebuild are replayed at the end."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "models",
            nargs="*",
            metavar="app_label.Model",
            help="Rebuild only these types (e.g. branch_models.ValidationModel), keeping the "
            "others and the vocabulary as they are.",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Print only the summary (for cron and CI)."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        indexes = [self._index(label) for label in options["models"]]
        labels = {
            "vocabulary": "Reading vocabulary",
            "index": "Indexing documents",
            "partial": f"Indexing {', '.join(options['models'])}",
        }
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            disable=bool(options["no_progress"]),
        ) as progress:
            tasks: dict[str, TaskID] = {}

            def advance(stage: str, total: int) -> None:
                if stage not in tasks:
                    tasks[stage] = progress.add_task(labels[stage], total=total)
                progress.advance(tasks[stage])

            try:
                report = rebuild(advance, indexes)
            except SearchUnavailable as exc:
                raise CommandError(str(exc)) from exc
        if indexes:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Indexed {report.documents} documents of {', '.join(options['models'])} "
                    f"({report.replayed} changes replayed)."
                )
            )
            return
        words = ", ".join(
            f"{language}: {count}" for language, count in sorted(report.words.items())
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Indexed {report.documents} documents (vocabulary {words or 'empty'}; "
                f"{report.replayed} changes replayed)."
            )
        )

    @staticmethod
    def _index(label: str) -> ModelIndex:
        try:
            return get_index(label.lower())
        except KeyError:
            known = ", ".join(sorted(index.name for index in get_indexes()))
            raise CommandError(f"No search index for {label!r}. Indexed types: {known}.") from None
