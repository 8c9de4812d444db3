"""Relevance benchmark: judged queries through the public search, on every backend.

    eval "$(scripts/services.sh env)"
    .venv/bin/python bench/relevance.py                  # SQLite, PostgreSQL, Elasticsearch
    .venv/bin/python bench/relevance.py --queries FILE   # another judged-query file
    .venv/bin/python bench/relevance.py --database URL   # a given database, as it is
    .venv/bin/python bench/relevance.py --smoke          # a few queries on SQLite only
    .venv/bin/python bench/relevance.py --raise-floor    # store better figures as the new floor

By default it loads the demo into fresh databases of its own (``.cache/relevance.sqlite3`` and
PostgreSQL ``valideringsnavet_relevance``, Elasticsearch indexes ``relevance_*``), rebuilds the
search index, and asks every query of ``bench/data/relevance_queries.yaml`` (the format is
described at the top of that file) through the public search interface (``SearchQuery`` →
``SearchResult``, what the search page and the API use) in the query's language. Per backend it
prints recall@3 (the share of a query's wanted records among its first three hits, averaged),
MRR (1 / rank of the first wanted record among the first ten hits, averaged) and the
zero-result rate, then the share of queries whose top hit is the same on every backend, the top
hits of each query where they differ, and every query that misses.

With the judged queries of this repository (and no ``--queries``) the figures are checked
against the floor in ``bench/data/relevance_floor.json``: the command exits 1 when any backend is
below it. ``--raise-floor`` writes the figures reached where they are better than the floor, so
the floor only goes up. CI runs the full suite (scripts/test.sh); ``--smoke`` only proves it runs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _servers import ROOT, production_env

DATA = ROOT / "bench" / "data"
QUERIES = DATA / "relevance_queries.yaml"
FLOOR = DATA / "relevance_floor.json"
TOP = 3  # a wanted record counts when it is among the first TOP hits
DEPTH = 10  # hits read per query: the first results page
SMOKE_QUERIES = 8
LANGUAGES = ("sv", "en", "ar", "so", "ti")


# --- The judged queries -----------------------------------------------------------------------


@dataclass(frozen=True)
class Judgement:
    """One judged query: what a person types, in which site language, and what must come first.

    ``expect`` lists the wanted records; each is a tuple of keys of which any one will do (a
    course given in several places, say). A key is ``<type>:<slug>``: the model name of a
    registry record and its slug (``validationmodel:svets``), or ``page:<slug>`` for a page.
    """

    query: str
    language: str
    expect: tuple[tuple[str, ...], ...]
    category: str


def load_judgements(path: Path) -> list[Judgement]:
    """Read and check a judged-query file; a mistake names the entry and what to write."""
    import yaml

    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(entries, list) or not entries:
        raise SystemExit(f"{path}: expected a list of queries (see the format at its top)")
    judgements = []
    for number, entry in enumerate(entries, start=1):
        where = f"{path}, query {number}"
        if not isinstance(entry, dict) or not str(entry.get("query", "")).strip():
            raise SystemExit(f"{where}: each entry needs a non-empty 'query'")
        language = entry.get("language", "sv")
        if language not in LANGUAGES:
            raise SystemExit(f"{where}: language {language!r} is not one of {LANGUAGES}")
        wanted = entry.get("expect")
        if not isinstance(wanted, list) or not wanted:
            raise SystemExit(f"{where}: 'expect' must list at least one record key")
        expect = []
        for item in wanted:
            keys = tuple(item) if isinstance(item, list) else (item,)
            if not keys or not all(isinstance(k, str) and ":" in k for k in keys):
                raise SystemExit(f"{where}: {item!r} is not a key like validationmodel:svets")
            expect.append(keys)
        judgements.append(
            Judgement(
                str(entry["query"]),
                language,
                tuple(expect),
                str(entry.get("category", "")),
            )
        )
    return judgements


# --- Worker side (runs inside Django) ---------------------------------------------------------


def _setup() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings")
    import django

    django.setup()


def prepare() -> None:
    """Migrate, load the demo and rebuild the search index of the configured backend."""
    import io

    _setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=io.StringIO(), stderr=io.StringIO())
    call_command("search_rebuild", "--no-progress", stdout=io.StringIO())


def evaluate(path: Path, limit: int) -> None:
    """Ask every judged query through the public search; print each one's hit keys as JSON."""
    _setup()
    from django.apps import apps
    from django.utils import translation
    from wagtail.models import Page

    from search.backends import get_search_backend
    from search.backends.base import SearchHit, SearchQuery

    backend = get_search_backend()
    keys: dict[tuple[str, str], str] = {}

    def key(hit: SearchHit) -> str:
        if (hit.index, hit.pk) not in keys:
            model = apps.get_model(hit.index)
            obj = model._default_manager.filter(pk=hit.pk).first()
            if isinstance(obj, Page):
                keys[hit.index, hit.pk] = f"page:{obj.slug}"
            else:
                slug = getattr(obj, "slug", None) or hit.pk
                keys[hit.index, hit.pk] = f"{model._meta.model_name}:{slug}"
        return keys[hit.index, hit.pk]

    answers = []
    for judgement in load_judgements(path)[:limit]:
        with translation.override(judgement.language):
            result = backend.search(
                SearchQuery(text=judgement.query, language=judgement.language, per_page=DEPTH)
            )
        # A grouped hit (one course in several places) stands for every record it lists.
        answers.append(
            {
                "total": result.total,
                "degraded": result.degraded,
                "hits": [[key(hit), *(key(other) for other in hit.also)] for hit in result.hits],
            }
        )
    print(json.dumps(answers))


# --- Driver side ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """One backend's figures over a judged-query file."""

    recall: float
    mrr: float
    zero: float

    def as_dict(self) -> dict[str, float]:
        return {"recall_at_3": self.recall, "mrr": self.mrr, "zero_result_rate": self.zero}


def _rank(hits: list[list[str]], keys: tuple[str, ...]) -> int:
    """Return the 1-based rank of the first hit holding any of keys, or 0."""
    for rank, group in enumerate(hits, start=1):
        if set(group) & set(keys):
            return rank
    return 0


def score(judgements: list[Judgement], answers: list[dict[str, Any]]) -> Figures:
    """Compute recall@3, MRR and the zero-result rate of one backend's answers."""
    recall = mrr = zero = 0.0
    for judgement, answer in zip(judgements, answers, strict=True):
        ranks = [_rank(answer["hits"], keys) for keys in judgement.expect]
        recall += sum(1 for rank in ranks if 0 < rank <= TOP) / len(ranks)
        found = [rank for rank in ranks if rank]
        mrr += 1 / min(found) if found else 0.0
        zero += answer["total"] == 0
    count = len(answers) or 1
    return Figures(recall / count, mrr / count, zero / count)


def _top(answer: dict[str, Any]) -> str:
    return answer["hits"][0][0] if answer["hits"] else ""


def _run(args: list[str], env: dict[str, str]) -> str:
    result = subprocess.run(  # noqa: S603 - our own interpreter and script
        args, env=env, cwd=ROOT, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args[1:])} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def _fresh_postgres(url: str) -> None:
    """Drop and create the benchmark's own PostgreSQL database."""
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def setups(args: argparse.Namespace, base: dict[str, str]) -> list[tuple[str, dict[str, str]]]:
    """Return (backend label, environment) pairs, after preparing their databases."""
    python = sys.executable
    es_url = base.get("ELASTICSEARCH_URL", "")
    if args.database:
        env = {**base, "DATABASE_URL": args.database}
        found = [("database", {**env, "SEARCH_BACKEND": "search.backends.database"})]
        if es_url and not args.smoke:
            es = {**env, "SEARCH_BACKEND": "search.backends.elasticsearch"}
            es["SEARCH_INDEX_PREFIX"] = f"{args.name}_given"
            _run([python, "manage.py", "search_rebuild", "--no-progress"], es)
            found.append(("elasticsearch", es))
        return found
    (ROOT / ".cache").mkdir(exist_ok=True)
    sqlite = ROOT / ".cache" / f"{args.name}.sqlite3"
    sqlite.unlink(missing_ok=True)
    found = []
    lite = {
        **base,
        "DATABASE_URL": f"sqlite:///{sqlite}",
        "SEARCH_BACKEND": "search.backends.database",
        "ELASTICSEARCH_URL": "",
    }
    _run([python, __file__, "--worker", "prepare"], lite)
    found.append(("sqlite", lite))
    postgres = base.get("DATABASE_URL", "")
    if args.smoke or not postgres.startswith("postgres"):
        return found
    if not es_url:
        raise SystemExit('Start the servers and run: eval "$(scripts/services.sh env)"')
    url = postgres.rsplit("/", 1)[0] + f"/valideringsnavet_{args.name}"
    _fresh_postgres(url)
    # Loaded and rebuilt with Elasticsearch, which writes the database index (its fallback) too.
    es = {
        **base,
        "DATABASE_URL": url,
        "SEARCH_BACKEND": "search.backends.elasticsearch",
        "SEARCH_INDEX_PREFIX": f"{args.name}_pg",
    }
    _run([python, __file__, "--worker", "prepare"], es)
    found.append(("postgresql", {**es, "SEARCH_BACKEND": "search.backends.database"}))
    found.append(("elasticsearch", es))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--queries", type=Path, default=QUERIES, help="a judged-query file")
    parser.add_argument("--database", default="", help="search this database as it is")
    parser.add_argument("--name", default="relevance", help="names its databases and indexes")
    parser.add_argument("--smoke", action="store_true", help="a few queries, SQLite only")
    parser.add_argument(
        "--raise-floor", action="store_true", help="store better figures as the new floor"
    )
    parser.add_argument("--worker", choices=["prepare", "evaluate"], help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker == "prepare":
        prepare()
        return
    if args.worker == "evaluate":
        evaluate(args.queries, args.limit or None)  # type: ignore[arg-type]
        return

    judgements = load_judgements(args.queries)
    limit = SMOKE_QUERIES if args.smoke else len(judgements)
    judgements = judgements[:limit]
    base = production_env()
    results: dict[str, list[dict[str, Any]]] = {}
    for label, env in setups(args, base):
        output = _run(
            [sys.executable, __file__, "--worker", "evaluate", "--queries", str(args.queries)]
            + ["--limit", str(limit)],
            env,
        )
        results[label] = json.loads(output)
    report(judgements, results, args)


def report(
    judgements: list[Judgement], results: dict[str, list[dict[str, Any]]], args: argparse.Namespace
) -> None:
    """Print the figures, the misses and the floor check; exit 1 below the floor."""
    print(f"{len(judgements)} judged queries from {args.queries}")
    figures = {label: score(judgements, answers) for label, answers in results.items()}
    print(f"{'backend':15} {'recall@3':>9} {'MRR':>6} {'zero-result':>12}")
    for label, found in figures.items():
        print(f"{label:15} {found.recall:9.3f} {found.mrr:6.3f} {found.zero:12.1%}")
    agreement = sum(
        len({_top(answers[i]) for answers in results.values()}) == 1 for i in range(len(judgements))
    ) / (len(judgements) or 1)
    if len(results) > 1:
        print(f"same top hit on {' / '.join(results)}: {agreement:.1%} of queries")
        for i, judgement in enumerate(judgements):
            tops = {label: _top(answers[i]) or "no hits" for label, answers in results.items()}
            if len(set(tops.values())) > 1:
                shown = ", ".join(f"{label} {top}" for label, top in tops.items())
                print(f"  differ {judgement.language} {judgement.query!r}: {shown}")
    for label, answers in results.items():
        for judgement, answer in zip(judgements, answers, strict=True):
            ranks = [_rank(answer["hits"], keys) for keys in judgement.expect]
            if all(0 < rank <= TOP for rank in ranks):
                continue
            wanted = ", ".join(
                f"{'|'.join(keys)} at {rank or '-'}"
                for keys, rank in zip(judgement.expect, ranks, strict=True)
            )
            got = ", ".join(group[0] for group in answer["hits"][:TOP]) or "no hits"
            print(
                f"  miss [{label}] {judgement.language} {judgement.query!r}: {wanted}; top: {got}"
            )
    if args.smoke or args.queries.resolve() != QUERIES or args.database:
        return
    check_floor(figures, agreement if len(results) > 1 else None, raise_floor=args.raise_floor)


def check_floor(figures: dict[str, Figures], agreement: float | None, *, raise_floor: bool) -> None:
    """Fail below the stored floor; with raise_floor, keep the better of floor and figures."""
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    failures = []
    reached = dict(floor)
    for label, found in figures.items():
        if found.recall < floor["recall_at_3"]:
            failures.append(f"{label}: recall@3 {found.recall:.3f} < {floor['recall_at_3']}")
        if found.mrr < floor["mrr"]:
            failures.append(f"{label}: MRR {found.mrr:.3f} < {floor['mrr']}")
        if found.zero > floor["zero_result_rate"]:
            failures.append(
                f"{label}: zero-result rate {found.zero:.3f} > {floor['zero_result_rate']}"
            )
    if agreement is not None and agreement < floor["top_hit_agreement"]:
        failures.append(f"same top hit {agreement:.3f} < {floor['top_hit_agreement']}")
    if raise_floor and figures:
        worst = {
            "recall_at_3": min(f.recall for f in figures.values()),
            "mrr": min(f.mrr for f in figures.values()),
            "zero_result_rate": max(f.zero for f in figures.values()),
        }
        reached["recall_at_3"] = max(floor["recall_at_3"], _down(worst["recall_at_3"]))
        reached["mrr"] = max(floor["mrr"], _down(worst["mrr"]))
        reached["zero_result_rate"] = min(floor["zero_result_rate"], _up(worst["zero_result_rate"]))
        if agreement is not None:
            reached["top_hit_agreement"] = max(floor["top_hit_agreement"], _down(agreement))
        FLOOR.write_text(json.dumps(reached, indent=2) + "\n", encoding="utf-8")
        print(f"floor now {reached}")
    if failures:
        print("BELOW THE FLOOR (bench/data/relevance_floor.json):\n  " + "\n  ".join(failures))
        raise SystemExit(1)
    print(f"floor met: {floor}")


def _down(value: float) -> float:
    """Round down to three decimals: a floor the same run meets again."""
    return int(value * 1000) / 1000


def _up(value: float) -> float:
    return -int(-value * 1000) / 1000


if __name__ == "__main__":
    main()
