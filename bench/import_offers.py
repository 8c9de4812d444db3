"""Benchmark: import N synthetic Komvux offers from CSV through the admin's import path.

    .venv/bin/python bench/import_offers.py --rows 10000
    .venv/bin/python bench/import_offers.py --rows 10000 --database-url postgres://u:p@host/db
    .venv/bin/python bench/import_offers.py --smoke    # seconds: 50 rows on SQLite (CI)

Builds a throwaway database (a temporary SQLite file, or a new database on the PostgreSQL server
named by ``--database-url``), migrates it and loads the demo data (real municipalities and Komvux
providers). It then writes CSV files of synthetic offers with Swedish names from the demo's
vocabulary and imports each, in a fresh process, with ``branch_models.importing.run_import`` and
``KomvuxOfferResource`` (exactly what the admin's import view runs), as a superuser so every row
is published with a revision and a log entry. Each size is imported twice: the second run must
find every row unchanged. As a baseline, the first rows of each file (``--baseline-rows``) are
also written one at a time through ``branch_models.services.save_record``, the path a save in
the admin takes (validation, permission check, revision, log entry, publishing). It prints rows
per second and peak memory (the most memory Python held, traced on a dry run) side by side, with
the speed-up over that baseline and ratios to the smallest size, so a flat memory profile is
visible. The database is dropped at the end.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from itertools import islice
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings")
# Figures are for production settings: no query log (DEBUG), no INFO chatter from the demo.
os.environ.setdefault("LOG_LEVEL", "WARNING")

USERNAME = "bench-importer"
SLUG_PREFIX = "bench-"
TERMS = ("vårterminen", "höstterminen", "sommarkurs")
VARIANTS = ("grupp A", "grupp B", "kvällstid", "dagtid", "distans med träffar", "intensiv")


def _django(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    import django

    django.setup()


# --- Child process: one measured import -------------------------------------------------------


def per_row(csv_path: Path, user: object, limit: int) -> float:
    """Write the file's first ``limit`` rows one by one as the admin would; return rows/s."""
    from django.db import transaction

    from branch_models.models import Actor, KomvuxOffer, Municipality, Region, ValidationModel
    from branch_models.services import save_record

    actors = {actor.slug: actor for actor in Actor.objects.all()}
    places = {place.code: place for place in Municipality.objects.all()}
    regions = {region.code: region for region in Region.objects.all()}
    models = {model.slug: model for model in ValidationModel.objects.all()}

    def split(value: str) -> list[str]:
        return [item for item in value.split(",") if item]

    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(islice(csv.DictReader(handle), limit))
    started = time.perf_counter()
    with transaction.atomic():
        for row in rows:
            offer = KomvuxOffer(
                slug=f"{row['slug']}-row",
                name=row["name"],
                provider=actors[row["provider"]],
                municipality=places[row["municipality"]],
                course_code=row["course_code"],
                level=row["level"],
                study_form=row["study_form"],
                sfi_combination=row["sfi_combination"] == "1",
                mother_tongue_guidance=row["mother_tongue_guidance"] == "1",
                validation_offered=row["validation_offered"] == "1",
                start_dates=split(row["start_dates"]),
                application_url=row["application_url"],
                summary_easy=row["summary_easy"],
                owner_region=regions[row["owner_region"]],
                last_reviewed=date.fromisoformat(row["last_reviewed"]),
                is_demo=True,
            )
            offer.validation_models = [models[slug] for slug in split(row["validation_models"])]
            offer.open_to = [places[code] for code in split(row["open_to"])]
            offer.full_clean()
            save_record(user, offer, publish=True)
    return len(rows) / (time.perf_counter() - started)


def measure(csv_path: Path, database_url: str, baseline_rows: int) -> dict[str, object]:
    """Measure one file: traced memory of a dry run, then the import, then the same file again.

    Memory is measured with tracemalloc on a dry run (which does all the work of the import and
    then rolls it back), so the timed runs are not slowed by tracing.
    """
    _django(database_url)
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from branch_models.importing import run_import
    from branch_models.models import KomvuxOffer
    from branch_models.resources import resource_for

    settings.DEBUG = False  # as in production: Django keeps no log of every query
    user = get_user_model().objects.get(username=USERNAME)

    def run(dry_run: bool) -> tuple[float, float, float, dict[str, int], list[object]]:
        # The outer transaction holds back what runs after the commit (the search index update,
        # see search.outbox) so the import and the indexing are timed apart.
        with transaction.atomic():
            started, cpu = time.perf_counter(), time.process_time()
            with csv_path.open("rb") as handle:
                report = run_import(resource_for(KomvuxOffer, user), handle, "csv", dry_run=dry_run)
            elapsed = (time.perf_counter() - started, time.process_time() - cpu)
            committed = time.perf_counter()
        indexing = time.perf_counter() - committed
        problems = [*report.file_errors, *[(r.number, r.errors) for r in report.error_rows[:5]]]
        return *elapsed, indexing, dict(report.totals), problems

    tracemalloc.start()
    *_, problems = run(dry_run=True)
    figures: dict[str, object] = {"traced_peak_kb": tracemalloc.get_traced_memory()[1] // 1024}
    tracemalloc.stop()
    for name in ("first", "again"):
        if problems:
            figures["errors"] = problems
            break
        seconds, cpu, indexing, totals, problems = run(dry_run=False)
        figures.update(
            {
                f"{name}_seconds": seconds,
                f"{name}_cpu": cpu,
                f"{name}_indexing": indexing,
                f"{name}_totals": totals,
            }
        )
    if not problems:
        figures["per_row_speed"] = per_row(csv_path, user, baseline_rows)
    figures["rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return figures


# --- Parent process: database, files, table ---------------------------------------------------


def _throwaway_database(database_url: str | None, workdir: Path) -> tuple[str, str]:
    """Return (url of the throwaway database, its name) for the given server or a SQLite file."""
    if database_url is None:
        path = workdir / "bench.sqlite3"
        return f"sqlite:///{path}", str(path)
    parts = urlsplit(database_url)
    name = f"{parts.path.lstrip('/') or 'valideringsnavet'}_bench_{os.getpid()}"
    return urlunsplit(parts._replace(path=f"/{name}")), name


def _offers(count: int, seed: int) -> list[dict[str, str]]:
    """Return ``count`` synthetic offers built from the demo's offers, providers and places."""
    from branch_models.models import Actor, ActorKind, KomvuxOffer, ValidationModel
    from branch_models.resources import resource_for

    rng = random.Random(seed)  # noqa: S311 - repeatable test data, not security
    providers = list(
        Actor.objects.filter(kind=ActorKind.KOMVUX).prefetch_related("municipalities__region")
    )
    providers = [p for p in providers if p.municipalities.all()]
    names = sorted(set(KomvuxOffer.objects.values_list("name", flat=True)))
    models = list(ValidationModel.objects.values_list("slug", flat=True))
    columns = resource_for(KomvuxOffer).get_export_headers()
    start = date(2027, 1, 11)
    rows = []
    for number in range(1, count + 1):
        provider = rng.choice(providers)
        served = list(provider.municipalities.all())
        municipality = rng.choice(served)
        neighbours = [m for m in served if m.region_id == municipality.region_id]
        base = rng.choice(names)
        row = {
            "slug": f"{SLUG_PREFIX}{seed}-{number:06d}",
            "name": f"{base}, {rng.choice(VARIANTS)} ({rng.choice(TERMS)})",
            "provider": provider.slug,
            "municipality": municipality.code,
            "course_code": f"{rng.choice(('GRN', 'GY', 'SFI', 'YRK'))}{rng.randint(100, 999)}",
            "level": rng.choice(("basic", "upper_secondary", "sfi", "vocational")),
            "study_form": rng.choice(("on_site", "distance", "flexible", "apprenticeship")),
            "sfi_combination": rng.choice("01"),
            "mother_tongue_guidance": rng.choice("01"),
            "validation_offered": rng.choice("01"),
            "validation_models": ",".join(rng.sample(models, rng.randint(0, 2))),
            "start_dates": ",".join(
                (start + timedelta(weeks=rng.randint(0, 60))).isoformat()
                for _ in range(rng.randint(1, 3))
            ),
            "application_url": f"{provider.website or 'https://example.se'}",
            "open_to": ",".join(m.code for m in rng.sample(neighbours, min(4, len(neighbours)))),
            "summary_easy": "Du läser i din egen takt. Du kan få stöd på ditt modersmål.",
            "owner_region": municipality.region.code,
            "source_url": "",
            "last_reviewed": (date(2026, 9, 1) + timedelta(days=rng.randint(0, 60))).isoformat(),
            "is_demo": "1",
        }
        rows.append({column: row.get(column, "") for column in columns})
    return rows


def _write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def _remove_bench_offers() -> None:
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry, Revision

    from branch_models.models import KomvuxOffer

    offers = KomvuxOffer.objects.filter(slug__startswith=SLUG_PREFIX)
    ids = [str(pk) for pk in offers.values_list("pk", flat=True)]
    content_type = ContentType.objects.get_for_model(KomvuxOffer)
    KomvuxOffer.objects.filter(pk__in=ids).update(latest_revision=None, live_revision=None)
    Revision.objects.filter(content_type=content_type, object_id__in=ids).delete()
    ModelLogEntry.objects.filter(content_type=content_type, object_id__in=ids).delete()
    offers.delete()


def main() -> None:
    """Set up, run one child per size, print the table, drop the database."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=10000, help="largest file (default 10000)")
    parser.add_argument("--database-url", help="PostgreSQL server to create the database on")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--baseline-rows",
        type=int,
        default=100,
        help="rows of each file also written one by one, as the baseline (default 100)",
    )
    parser.add_argument(
        "--smoke", action="store_true", help="prove the benchmark runs: 50 rows on SQLite"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.smoke:
        args.rows, args.baseline_rows, args.database_url = 50, 5, None
    if args.child:
        print(json.dumps(measure(Path(args.child), args.database_url, args.baseline_rows)))
        return

    sizes = sorted({max(1, args.rows // 5), max(1, args.rows // 2), args.rows})
    with tempfile.TemporaryDirectory(prefix="vn-bench-") as tmp:
        workdir = Path(tmp)
        url, name = _throwaway_database(args.database_url, workdir)
        _django(url)
        from django.contrib.auth import get_user_model
        from django.core.management import call_command
        from django.db import connection

        connection.settings_dict["TEST"]["NAME"] = name
        print(f"Creating throwaway database {name} and loading the demo data…", flush=True)
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
        try:
            call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
            get_user_model().objects.create_superuser(USERNAME, "bench@example.se", None)
            results = []
            for size in sizes:
                path = workdir / f"offers-{size}.csv"
                _write_csv(path, _offers(size, args.seed))
                connection.close()
                child = subprocess.run(
                    [sys.executable, __file__, "--child", str(path), "--database-url", url]
                    + ["--baseline-rows", str(args.baseline_rows)],
                    check=True,
                    capture_output=True,
                    text=True,
                    cwd=ROOT,
                )
                figures = json.loads(child.stdout.strip().splitlines()[-1])
                if "errors" in figures:
                    raise SystemExit(f"Import of {size} rows failed: {figures}")
                results.append((size, figures))
                _remove_bench_offers()
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
    _print_table(results, connection.vendor)


def _print_table(results: list[tuple[int, dict[str, object]]], vendor: str) -> None:
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(
        f"\nKomvux offer import ({vendor}, {_search()}, {os.cpu_count()} CPUs, load average "
        f"{load}): new rows, then the same file again"
    )
    print(
        f"{'rows':>7} {'import s':>9} {'rows/s':>8} {'rows/CPU-s':>11} {'again rows/s':>13} "
        f"{'per-row rows/s':>15} {'x per-row':>10} {'peak MB':>8} {'rows/s ratio':>13} "
        f"{'memory ratio':>13} {'indexing s':>11}"
    )
    base_speed = base_memory = None
    for size, figures in results:
        speed = size / figures["first_seconds"]
        memory = figures["traced_peak_kb"] / 1024
        base_speed = base_speed or speed
        base_memory = base_memory or memory
        print(
            f"{size:>7} {figures['first_seconds']:>9.2f} {speed:>8.0f} "
            f"{size / figures['first_cpu']:>11.0f} {size / figures['again_seconds']:>13.0f} "
            f"{figures['per_row_speed']:>15.0f} {speed / figures['per_row_speed']:>10.1f} "
            f"{memory:>8.1f} {speed / base_speed:>13.2f} {memory / base_memory:>13.2f} "
            f"{figures['first_indexing']:>11.1f}"
        )
    print(
        "rows/CPU-s: rows per second of this process's own CPU time (the database server's is\n"
        "not included), steadier than rows/s when other work shares the CPUs. again: the same\n"
        "file imported a second time, every row unchanged. per-row: the baseline, the file's\n"
        "first rows written one at a time as a save in the admin does; x per-row: the import's\n"
        "speed-up over it. peak MB: the most memory Python held during an import (tracemalloc,\n"
        "on a dry run). ratios: to the smallest file. indexing s: updating the search index\n"
        "after the commit (search.outbox, in batches of 500), not part of the import figures.\n"
        f"Largest process: {_max_rss(results)} MB."
    )


def _search() -> str:
    from django.conf import settings

    return settings.SEARCH_BACKEND.rsplit(".", 1)[-1] + " search"


def _max_rss(results: list[tuple[int, dict[str, object]]]) -> int:
    return max(figures["rss_kb"] for _, figures in results) // 1024


if __name__ == "__main__":
    main()
