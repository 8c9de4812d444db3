"""Route finder benchmark: p50/p95 of the route page and API, end to end, at 100,000 documents.

    eval "$(scripts/services.sh env)"
    .venv/bin/python bench/routes.py --documents 100000
    .venv/bin/python bench/routes.py --smoke    # seconds: 500 documents, one run each (CI)

It reuses the synthetic registry of ``bench/search.py`` (same database and generator by default,
``--database``/``--index-prefix`` for separate ones: ``prepare`` tops it up to N documents,
about 6,000 validation models with occupations among them), rebuilds the Elasticsearch index
(skip with ``--no-rebuild`` when it already holds the corpus), and then times, in a fresh
process with production settings, a mix of route searches through Django's test client: the
route page (form, ranking, plugin hooks, template, map data) and the JSON API. Elasticsearch
answers the free text. Target: p95 < 150 ms.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import os
import sys
import time
from types import ModuleType

from _servers import ROOT, production_env

# (experience, municipality, Swedish level): the demo's people and some far from any provider.
SEARCHES = [
    ("kock", "Hässleholm", "sfi"),
    ("svetsare", "Köping", ""),
    ("undersköterska", "Kalmar", "basic"),
    ("truckförare", "Osby", "none"),
    ("lokalvårdare", "Mörbylånga", "sfi"),
    ("elektriker", "Stockholm", "fluent"),
    ("barnskötare", "Kristianstad", "basic"),
    ("astronaut", "Malmö", ""),  # the honest fallback
    ("lagat mat på restaurang i tio år", "Hässleholm", "none"),
    ("welder", "Arboga", "fluent"),
    # Free text as people type it: word forms, filler words, places without å/ä/ö or with
    # "kommun", postcodes, Arabic (the shared vocabulary in reference/).
    ("jobbat som svetsare i 8 år", "Hassleholm", ""),
    ("svetsat i 8 år", "Hässleholms kommun", ""),
    ("عملت لحّام في سوريا", "Hässleholm", "none"),
    ("لحام", "281 31", "sfi"),
    ("har kört truck på lager", "Kungsor", "basic"),
]
TARGET_P95_MS = 150.0


def _bench_search() -> ModuleType:
    """Load bench/search.py (not a package) to reuse its generator and helpers."""
    spec = importlib.util.spec_from_file_location("bench_search", ROOT / "bench" / "search.py")
    assert spec is not None and spec.loader is not None  # noqa: S101 - the file is ours
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure(repeat: int) -> None:
    """Time the route searches through the page and the API; print JSON."""
    bench = _bench_search()
    bench._setup()
    from django.core.management import call_command
    from django.test import Client

    call_command("load_reference_data", stdout=io.StringIO())  # municipality coordinates
    client = Client()

    def page(search: tuple[str, str, str]) -> None:
        text, municipality, level = search
        response = client.get(
            "/vagar/",
            {"text": text, "municipality": municipality, "swedish_level": level},
            HTTP_HOST="localhost",
        )
        assert response.status_code == 200  # noqa: S101 - a failed page is no timing

    def api(search: tuple[str, str, str]) -> None:
        text, municipality, level = search
        response = client.get(
            "/api/v1/routes/",
            {"text": text, "municipality": municipality, "swedish_level": level},
            HTTP_HOST="localhost",
        )
        assert response.status_code == 200  # noqa: S101

    results = {}
    for name, function in (("route page", page), ("route API", api)):
        samples = []
        for search in SEARCHES:
            function(search)  # warm up
            for _ in range(repeat):
                start = time.perf_counter()
                function(search)
                samples.append(time.perf_counter() - start)
        results[name] = bench._percentiles(samples)
    print(json.dumps(results))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=10, help="timed runs per search")
    parser.add_argument("--database", default="valideringsnavet_bench", help="PostgreSQL name")
    parser.add_argument("--index-prefix", default="bench_pg", help="Elasticsearch prefix")
    parser.add_argument(
        "--no-rebuild", action="store_true", help="the index already holds the corpus"
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="prove the benchmark runs: 500 documents in a database and index of their own",
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.smoke:
        args.documents, args.repeat = 500, 1
        args.database, args.index_prefix = "valideringsnavet_bench_smoke", "bench_smoke"
    if args.worker:
        measure(args.repeat)
        return
    bench = _bench_search()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres") or not os.environ.get("ELASTICSEARCH_URL"):
        raise SystemExit('Start the servers and run: eval "$(scripts/services.sh env)"')
    env = production_env(
        DATABASE_URL=url.rsplit("/", 1)[0] + "/" + args.database,
        SEARCH_BACKEND="search.backends.elasticsearch",
        SEARCH_INDEX_PREFIX=args.index_prefix,
    )
    bench._create_postgres_database(env["DATABASE_URL"])
    python = sys.executable
    bench_search = str(ROOT / "bench" / "search.py")
    output, *_ = bench._run(
        [python, bench_search, "--worker", "prepare", "--documents", str(args.documents)], env
    )
    print(f"corpus: {output.strip()} records ({args.documents} documents)", flush=True)
    if not args.no_rebuild:
        output, seconds, *_ = bench._run(
            [python, "manage.py", "search_rebuild", "--no-progress"], env
        )
        print(f"index rebuilt in {seconds:.0f} s: {output.strip()}", flush=True)
    output, _s, _rss, cpu = bench._run(
        [python, __file__, "--worker", "--repeat", str(args.repeat)], env
    )
    requests = 2 * len(SEARCHES) * (args.repeat + 1)  # page and API, with the warm-up runs
    print(f"\n{len(SEARCHES)} route searches × {args.repeat} runs, Swedish, Elasticsearch")
    print(
        f"Django process CPU: {cpu * 1000 / requests:.0f} ms per request on average "
        "(start-up included; PostgreSQL and Elasticsearch not counted)"
    )
    print(f"{'path':20} {'p50 ms':>8} {'p95 ms':>8}")
    for name, figures in json.loads(output.strip().splitlines()[-1]).items():
        verdict = "met" if figures["p95"] < TARGET_P95_MS else "NOT met"
        print(
            f"{name:20} {figures['p50']:8.2f} {figures['p95']:8.2f}"
            f"   (target p95 < {TARGET_P95_MS:.0f} ms: {verdict})"
        )


if __name__ == "__main__":
    main()
