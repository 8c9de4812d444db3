"""Search benchmark: latency of one query mix on every path, rebuild time and peak memory.

    eval "$(scripts/services.sh env)"
    .venv/bin/python bench/search.py --documents 100000            # PostgreSQL + ES + SQLite
    .venv/bin/python bench/search.py --documents 20000,100000      # rebuild memory at two sizes
    .venv/bin/python bench/search.py --documents 1000000 --skip-sqlite --elasticsearch-only
    .venv/bin/python bench/search.py --smoke       # seconds: 500 documents, one run each (CI)

It builds a synthetic registry in its own databases (PostgreSQL ``valideringsnavet_<name>`` and
``.cache/<name>.sqlite3``; Elasticsearch indexes ``<name>_pg_*``; ``--name`` defaults to
``bench``): validation models, actors and
Komvux offers whose names and texts are recombined from the seed documents' own sentences and
the official occupation and municipality names. Each record is indexed once per site language,
so with five languages ``--documents 100000`` means 20,000 records. It runs with production
settings (``DEBUG=false``). Then, per database, it measures in fresh processes:
``manage.py search_rebuild`` (wall time, peak RSS), and p50/p95 of the same query mix through
(a) the search page with the Elasticsearch backend, (b) the raw Elasticsearch requests that
backend sends, (c) the database backend, (d) a naive ORM ``icontains`` search; the paths take
turns on every run of a query (the Elasticsearch ones, then the database ones). It prints the
figures, each query's median on every path (which queries set the p95), and the ratios the issue
sets as targets.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _servers import ROOT, production_env

QUERIES = [
    "kock",
    "kockar",
    "svetsare",
    "undersköterska",
    "lokalvårdare",
    "yrkesbevis",
    "validering kalmar",
    "truck",
    "usk",
    "elektriker",
    "barnskötare",
    "restaurang och storhushåll",
    "valdering",
    "bussförare",
    "CE-körkort",
    "måleri",
    "hotell",
    "kompetensintyg",
    "industri",
    "vård och omsorg",
    # Natural questions, as counsellors and job seekers type them (issue 13): filler words,
    # places, occupation names people use.
    "validering av svetsare i Kalmar",
    "svetsare utan papper",
    "hur verifierar jag ett intyg",
    "min klient har jobbat som kock i Syrien",
    "lastbilschaufför hässleholm",
    "jag har arbetat som undersköterska i hemlandet",
]


UNIT_NAMES = ["arbetsmarknadsenhet", "vuxenutbildning", "valideringscentrum", "lärcentrum"]


# --- Worker side (runs inside Django) ---------------------------------------------------------


def _setup() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings")
    import django

    django.setup()


def _sentences() -> list[str]:
    """Sentences of the seed-derived demo texts: the vocabulary of the synthetic corpus."""
    texts: list[str] = []
    for path in sorted((ROOT / "branch_models" / "demo").glob("*.json")):
        for items in json.loads(path.read_text(encoding="utf-8")).values():
            for item in items:
                for key in ("description", "summary", "summary_easy", "intro", "prerequisites"):
                    if isinstance(item.get(key), str):
                        texts.append(item[key])
    sentences = [s.strip() for text in texts for s in re.split(r"(?<=[.!?])\s+", text)]
    return [s for s in sentences if len(s) > 20]


def prepare(documents: int) -> None:
    """Migrate, load the demo data and top the synthetic registry up to about N documents."""
    _setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import transaction

    from branch_models.models import (
        Actor,
        ActorKind,
        Industry,
        KomvuxOffer,
        Municipality,
        Occupation,
        OfferLevel,
        StudyForm,
        ValidationModel,
    )

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    if not Actor.objects.filter(slug="komvux-hassleholm").exists():
        call_command("load_demo", stdout=io.StringIO())
    records = documents // len(settings.LANGUAGES)  # each record: one document per language
    existing = Actor.objects.filter(slug__startswith="bench-").count()
    existing += ValidationModel.objects.filter(slug__startswith="bench-").count()
    existing += KomvuxOffer.objects.filter(slug__startswith="bench-").count()
    rng = random.Random(existing)  # noqa: S311 - reproducible test data, not security
    sentences = _sentences()
    occupations = list(Occupation.objects.all())
    municipalities = list(Municipality.objects.all())
    industries = list(Industry.objects.all())
    owner = Actor.objects.filter(kind=ActorKind.INDUSTRY_BODY).first()
    komvux = Actor.objects.filter(kind=ActorKind.KOMVUX).first()

    def text(low: int, high: int) -> str:
        return " ".join(rng.choice(sentences) for _ in range(rng.randint(low, high)))

    batch = 2000
    for start in range(existing, records, batch):
        actors, models, offers = [], [], []
        for n in range(start, min(records, start + batch)):
            occupation = rng.choice(occupations)
            place = rng.choice(municipalities)
            kind = n % 10
            if kind < 4:
                actors.append(
                    Actor(
                        slug=f"bench-actor-{n}",
                        name=f"{place.name} {rng.choice(UNIT_NAMES)} {n}",
                        kind=rng.choice(ActorKind.values),
                        description=text(2, 5),
                        city=place.name,
                        languages=rng.sample(["sv", "en", "ar", "so", "ti", "fa"], 2),
                        live=True,
                    )
                )
            elif kind < 7:
                models.append(
                    ValidationModel(
                        slug=f"bench-model-{n}",
                        name=f"Validering av {occupation.name.lower()} {n}",
                        industry=rng.choice(industries),
                        owner=owner,
                        method_family="industry",
                        summary=text(1, 2),
                        description=text(3, 8),
                        assessment_languages=["sv"],
                        live=True,
                    )
                )
            else:
                offers.append(
                    KomvuxOffer(
                        slug=f"bench-offer-{n}",
                        name=f"Yrkesvux: {occupation.name} ({place.name})",
                        provider=komvux,
                        municipality=place,
                        level=OfferLevel.VOCATIONAL,
                        study_form=rng.choice(StudyForm.values),
                        summary_easy=text(1, 3),
                        live=True,
                    )
                )
        with transaction.atomic():
            Actor.objects.bulk_create(actors)
            created = ValidationModel.objects.bulk_create(models)
            KomvuxOffer.objects.bulk_create(offers)
            through = ValidationModel.occupations.through
            through.objects.bulk_create(
                through(validationmodel_id=model.pk, occupation_id=rng.choice(occupations).pk)
                for model in created
            )
            served = Actor.municipalities.through
            served.objects.bulk_create(
                served(actor_id=actor.pk, municipality_id=rng.choice(municipalities).pk)
                for actor in Actor.objects.filter(slug__in=[a.slug for a in actors])
            )
    print(json.dumps({"records": records}))


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50": statistics.median(ordered) * 1000,
        "p95": ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] * 1000,
    }


def _timed(paths: dict[str, Callable[[str], object]], repeat: int) -> dict[str, dict[str, Any]]:
    """Percentiles of each path over the whole mix, and each query's median on it.

    The paths take turns on every run of a query, in an order rotated from run to run, so a
    drift while the benchmark runs (Elasticsearch's JIT warming up after a start, the load of
    other processes) falls on every path alike and the ratios compare like with like.
    """
    names = list(paths)
    if not names:
        return {}
    samples: dict[str, list[float]] = {name: [] for name in names}
    medians: dict[str, dict[str, float]] = {name: {} for name in names}
    for query in QUERIES:
        runs: dict[str, list[float]] = {name: [] for name in names}
        for name in names:
            paths[name](query)  # warm up this query once
        for run in range(repeat):
            shift = run % len(names)
            for name in names[shift:] + names[:shift]:
                start = time.perf_counter()
                paths[name](query)
                runs[name].append(time.perf_counter() - start)
        for name in names:
            samples[name] += runs[name]
            medians[name][query] = statistics.median(runs[name]) * 1000
    return {name: {**_percentiles(samples[name]), "queries": medians[name]} for name in names}


def measure(repeat: int, with_elasticsearch: bool, database_paths: bool = True) -> None:
    """Time the query mix on every path this database supports; print JSON.

    Without ``database_paths`` only the Elasticsearch paths are timed: at a million documents
    the database backend and ``icontains`` take seconds a query, and no target compares them.
    """
    _setup()
    from django.db.models import Q
    from django.test import Client
    from django.utils import translation

    # The site as a gunicorn worker runs it: hub.wsgi also takes what start-up loaded out of the
    # garbage collector's full passes, which would otherwise land inside timed requests.
    import hub.wsgi  # noqa: F401
    from branch_models.models import Actor, KomvuxOffer, ValidationModel
    from search.backends import database
    from search.backends.base import SearchQuery

    # Two groups, each timed side by side: the search page and what it is compared with, then the
    # database paths. A database path's queries take up to half a second of CPU, which left the
    # next path's caches cold: the search page, the largest of them, paid most for a path that
    # never runs while Elasticsearch is up.
    paths: dict[str, Callable[[str], object]] = {}
    db_paths: dict[str, Callable[[str], object]] = {}
    translation.activate("sv")
    db = database.SearchBackend()
    if database_paths:
        db_paths["database backend"] = lambda q: db.search(SearchQuery(q))

    fields = {
        ValidationModel: ("name", "summary", "description"),
        Actor: ("name", "description"),
        KomvuxOffer: ("name", "summary_easy"),
    }

    def icontains(text: str) -> None:
        for model, names in fields.items():
            condition = Q()
            for word in text.split():
                any_field = Q()
                for name in names:
                    any_field |= Q(**{f"{name}__icontains": word})
                condition &= any_field
            queryset = model.objects.filter(condition, live=True)
            queryset.count()
            list(queryset[:10])

    if database_paths:
        db_paths["ORM icontains"] = icontains
    if with_elasticsearch:
        from search.backends import elasticsearch

        es = elasticsearch.SearchBackend()
        client = Client()

        def view(text: str) -> None:
            response = client.get("/sok/", {"q": text}, HTTP_HOST="localhost")
            assert response.status_code == 200  # noqa: S101 - a failed page is no timing

        # Raw: the very requests the backend sends for a query (the page and the counts, the
        # group members, a typo's retry), recorded once and replayed, so only the round trips
        # are timed, not building or reading them.
        recorded: dict[str, list[dict[str, Any]]] = {}
        perform = es.client.perform_request

        def record(method: str, path: str, **options: Any) -> Any:
            recorded[current].append({"method": method, "path": path, **options})
            return perform(method, path, **options)

        es.client.perform_request = record  # type: ignore[method-assign]
        for current in QUERIES:
            recorded[current] = []
            es.search(SearchQuery(current))
        es.client.perform_request = perform  # type: ignore[method-assign]

        def send(text: str) -> None:
            for request in recorded[text]:
                perform(**request)

        paths["search page (Elasticsearch)"] = view
        paths["Elasticsearch backend"] = lambda q: es.search(SearchQuery(q))
        paths["raw Elasticsearch requests"] = send
    print(json.dumps(_timed(paths, repeat) | _timed(db_paths, repeat)))


# --- Driver side ------------------------------------------------------------------------------


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _processes(marker: str, prefix: str = "") -> list[int]:
    """Process ids whose command line starts with prefix and contains marker."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except (OSError, UnicodeDecodeError):
                continue
            if command.startswith(prefix) and marker in command:
                found.append(int(entry.name))
    return found


class ServerCPU:
    """CPU the servers spend while a child runs: the PostgreSQL backends of one database
    (sampled until they exit) and the Elasticsearch node (its total: other clients of a shared
    node count too, so that figure is an upper bound)."""

    def __init__(self, database: str) -> None:
        self.marker = f" {database} "
        self.backends: dict[int, float] = {}
        # Connections open before the child started count only with what they use from now on.
        self.before = {pid: _cpu_seconds(pid) for pid in _processes(self.marker, "postgres:")}
        self.node = next(iter(_processes("org.elasticsearch.bootstrap")), 0)
        self.node_start = _cpu_seconds(self.node) if self.node else 0.0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self.done.wait(0.2):
            for pid in _processes(self.marker, prefix="postgres:"):
                self.backends[pid] = max(self.backends.get(pid, 0.0), _cpu_seconds(pid))

    def __enter__(self) -> ServerCPU:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        self.thread.join()
        self.postgres = sum(cpu - self.before.get(pid, 0.0) for pid, cpu in self.backends.items())
        self.elasticsearch = _cpu_seconds(self.node) - self.node_start if self.node else 0.0


def _run(args: list[str], env: dict[str, str]) -> tuple[str, float, float, float]:
    """Run a child process; return its output, wall seconds, peak RSS in MB and CPU seconds.

    CPU time (user + system, of the child only: not of PostgreSQL or Elasticsearch) is what
    the child costs whatever else the machine is doing; wall time depends on the load.
    """
    start = time.perf_counter()
    child = subprocess.Popen(args, env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    _pid, status, usage = os.wait4(child.pid, 0)
    output = child.stdout.read() if child.stdout else ""
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(args)} failed")
    return output, elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", default="100000", help="sizes, comma-separated")
    parser.add_argument("--repeat", type=int, default=10, help="timed runs per query")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument(
        "--name",
        default="bench",
        help="names the databases and indexes, so corpora of different sizes can be kept apart",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="prove the benchmark runs: 500 documents, one run per query, own databases",
    )
    parser.add_argument("--worker", choices=["prepare", "measure"], help=argparse.SUPPRESS)
    parser.add_argument(
        "--elasticsearch-only",
        action="store_true",
        help="time only the search page, the Elasticsearch backend and raw Elasticsearch",
    )
    parser.add_argument("--with-elasticsearch", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.smoke:
        args.documents, args.repeat, args.name = "500", 1, "smoke"
    if args.worker == "prepare":
        prepare(int(args.documents))
        return
    if args.worker == "measure":
        measure(args.repeat, args.with_elasticsearch, not args.elasticsearch_only)
        return

    python = sys.executable
    base = production_env()
    postgres_url = base.get("DATABASE_URL", "")
    if not postgres_url.startswith("postgres") or not base.get("ELASTICSEARCH_URL"):
        raise SystemExit('Start the servers and run: eval "$(scripts/services.sh env)"')
    setups = [
        (
            "PostgreSQL + Elasticsearch",
            {
                **base,
                "DATABASE_URL": postgres_url.rsplit("/", 1)[0] + f"/valideringsnavet_{args.name}",
                "SEARCH_BACKEND": "search.backends.elasticsearch",
                "SEARCH_INDEX_PREFIX": f"{args.name}_pg",
            },
            True,
        )
    ]
    if not args.skip_sqlite:
        (ROOT / ".cache").mkdir(exist_ok=True)
        setups.append(
            (
                "SQLite (embedded)",
                {
                    **base,
                    "DATABASE_URL": f"sqlite:///{ROOT / '.cache' / f'{args.name}.sqlite3'}",
                    "SEARCH_BACKEND": "search.backends.database",
                    "ELASTICSEARCH_URL": "",
                },
                False,
            )
        )
    _create_postgres_database(setups[0][1]["DATABASE_URL"])
    sizes = [int(size) for size in args.documents.split(",")]
    report: list[str] = []
    latencies: dict[str, dict[str, Any]] = {}
    for name, env, with_es in setups:
        for size in sizes:
            _run([python, __file__, "--worker", "prepare", "--documents", str(size)], env)
            load = os.getloadavg()[0]
            with ServerCPU(env["DATABASE_URL"].rsplit("/", 1)[1]) as servers:
                output, seconds, rss, cpu = _run(
                    [python, "manage.py", "search_rebuild", "--no-progress"], env
                )
            server_cpu = (
                f", PostgreSQL {servers.postgres:.1f} s CPU"
                + (f", Elasticsearch ≤ {servers.elasticsearch:.1f} s CPU" if with_es else "")
                if env["DATABASE_URL"].startswith("postgres")
                else ""
            )
            report.append(
                f"{name:28} rebuild {size:>7} docs: {seconds:6.1f} s wall, {cpu:6.1f} s CPU"
                f"{server_cpu}, peak RSS {rss:5.0f} MB, load {load:.1f} → "
                f"{os.getloadavg()[0]:.1f}  ({output.strip()})"
            )
            print(report[-1], flush=True)
        load = os.getloadavg()[0]
        output, _seconds, _rss, _cpu = _run(
            [python, __file__, "--worker", "measure", "--repeat", str(args.repeat)]
            + (["--with-elasticsearch"] if with_es else [])
            + (["--elasticsearch-only"] if args.elasticsearch_only else []),
            env,
        )
        for path, figures in json.loads(output).items():
            label = (
                path
                if path.startswith(("search page", "raw", "Elasticsearch"))
                else (f"{path} ({name.split(' ')[0]})")
            )
            latencies[label] = figures
        report.append(f"{name:28} latencies measured at load {load:.1f} → {os.getloadavg()[0]:.1f}")
    print(
        f"\nQuery mix: {len(QUERIES)} queries (single words and natural questions) "
        f"× {args.repeat} runs, Swedish, first page"
    )
    print(f"{'path':40} {'p50 ms':>8} {'p95 ms':>8}")
    for label, figures in latencies.items():
        print(f"{label:40} {figures['p50']:8.2f} {figures['p95']:8.2f}")
    print(f"\nMedian ms per query: {', '.join(latencies)}")
    for query in QUERIES:
        medians = " ".join(f"{figures['queries'][query]:8.2f}" for figures in latencies.values())
        print(f"{query:48} {medians}")
    print()
    for line in report:
        print(line)
    view = latencies.get("search page (Elasticsearch)")
    raw = latencies.get("raw Elasticsearch requests")
    backend = latencies.get("Elasticsearch backend")
    naive = latencies.get("ORM icontains (PostgreSQL)")
    if view and raw:
        budget = 1.5 * raw["p95"] + 5
        print(
            f"\nview p95 / raw p95 = {view['p95'] / raw['p95']:.2f}× "
            f"(target: view p95 ≤ 1.5 × raw + 5 ms = {budget:.1f} ms: "
            f"{'met' if view['p95'] <= budget else 'NOT met'})"
        )
    if backend and naive:
        print(
            f"icontains p50 / Elasticsearch backend p50 = {naive['p50'] / backend['p50']:.1f}× "
            f"(target ≥ 10×), p95: {naive['p95'] / backend['p95']:.1f}×"
        )


def _create_postgres_database(url: str) -> None:
    """Create the benchmark's PostgreSQL database if it does not exist."""
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


if __name__ == "__main__":
    main()
