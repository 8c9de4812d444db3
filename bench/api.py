"""API and page throughput: list and detail requests/s and p95 under gunicorn, against a static
file.

    apt-get install -y wrk                  # the load generator (Debian), not installed here
    eval "$(scripts/services.sh env)"       # or any DATABASE_URL holding the demo data
    .venv/bin/python manage.py load_demo    # if that database has no demo data yet
    .venv/bin/python bench/api.py --duration 15 --connections 16
    .venv/bin/python bench/api.py --smoke   # seconds: a fresh SQLite demo, 1 s per URL (CI)

It starts gunicorn on a free loopback port in production mode (``DEBUG=false``, whitenoise
serving collected static files from a temporary directory, throttling lifted for anonymous
clients and token holders alike), warms each URL,
then lets wrk load each one in turn: an API list page, an API detail, the HTML list and a model
page, and a static file served by whitenoise in the same gunicorn, the ceiling of what the server
stack can answer. It does this twice, side by side: as deployed, with whole anonymous answers
kept (hub.response_cache), and with every answer rendered afresh (``RESPONSE_CACHE_SECONDS=0``,
what a first visit after a publish costs). It prints requests/s and p95 latency per URL and each
one's share of the static ceiling (issue 18's targets: API list ≥ 10 %, detail ≥ 20 %, HTML
pages ≥ 150 req/s).
Nothing is installed and only 127.0.0.1 is contacted; every run is bounded by ``--duration``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

from _servers import ROOT, free_port, production_env, start_gunicorn, wait_until_up

TARGETS = [
    ("API list (20 Komvux offers)", "/api/v1/komvux-offers/?page_size=20"),
    ("API detail (validation model)", "/api/v1/validation-models/svets/"),
    ("API detail, JSON-LD", "/api/v1/credentials/iw-diplom.jsonld"),
    ("HTML list /valideringsmodeller/", "/valideringsmodeller/"),
    ("HTML detail (a model page)", "/valideringsmodeller/svets/"),
    ("static file (whitenoise)", "/static/hub/css/site.css"),
]
# Each URL twice: as deployed (whole anonymous answers kept, hub.response_cache) and rendered
# afresh for every request, the cost of a first visit after a publish.
MODES = [("kept answers (default)", "60"), ("rendered every time", "0")]
# wrk prints what its Lua ``done`` hook writes: p95 latency (µs) and requests/s.
WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format("p95_us=%d\\n", latency:percentile(95)))
  io.write(string.format("rps=%.1f\\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("errors=%d\\n", summary.errors.status + summary.errors.connect
    + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
"""


def run_wrk(url: str, duration: int, connections: int, threads: int, script: Path) -> dict:
    output = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{duration}s",
            "--timeout",
            "10s",
            "-s",
            str(script),
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures = dict(re.findall(r"^(\w+)=([\d.]+)$", output, flags=re.MULTILINE))
    return {
        "rps": float(figures["rps"]),
        "p95_ms": int(figures["p95_us"]) / 1000,
        "errors": int(figures["errors"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=15, help="seconds of load per URL")
    parser.add_argument("--connections", type=int, default=16, help="open connections")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="gunicorn")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="prove the benchmark runs: a fresh SQLite demo database, 1 worker, 1 s per URL",
    )
    args = parser.parse_args()
    if args.smoke:
        args.duration, args.connections, args.threads, args.workers = 1, 2, 1, 1
    if shutil.which("wrk") is None:
        raise SystemExit("This benchmark needs wrk: apt-get install -y wrk")
    if not args.smoke and not os.environ.get("DATABASE_URL"):
        print("DATABASE_URL is not set: using the embedded SQLite database (db.sqlite3).")

    with tempfile.TemporaryDirectory() as scratch:
        env = production_env()
        python = sys.executable
        if args.smoke:
            env |= {"DATABASE_URL": f"sqlite:///{scratch}/demo.sqlite3", "ELASTICSEARCH_URL": ""}
            for command in (["migrate", "--noinput", "-v0"], ["load_demo"]):
                subprocess.run(
                    [python, "manage.py", *command],
                    cwd=ROOT,
                    env=env,
                    check=True,
                    stdout=subprocess.DEVNULL,
                )
        subprocess.run(
            [python, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT,
            env=env,
            check=True,
        )
        runs = {
            mode: load_each_url(env | {"RESPONSE_CACHE_SECONDS": seconds}, args)
            for mode, seconds in MODES
        }

    print(
        f"\ngunicorn {args.workers} sync workers on {os.cpu_count()} CPUs; wrk "
        f"{args.threads} threads, {args.connections} connections, {args.duration} s per URL; "
        f"load average {os.getloadavg()[0]:.1f}\n"
    )
    header = "".join(f"{mode:>28}" for mode, _seconds in MODES)
    print(f"{'':<34}{header}")
    print(f"{'URL':<34}" + f"{'req/s':>10} {'p95 ms':>7} {'vs static':>9}" * len(MODES))
    for index, (title, _path) in enumerate(TARGETS):
        cells = ""
        for mode, _seconds in MODES:
            figures, share = runs[mode][index], runs[mode][index]["rps"] / runs[mode][-1]["rps"]
            cells += f"{figures['rps']:>10.0f} {figures['p95_ms']:>7.1f} {share:>9.1%}"
        print(f"{title:<34}{cells}")
    failed = [
        f"{title} ({mode})"
        for mode, _seconds in MODES
        for (title, _path), figures in zip(TARGETS, runs[mode], strict=True)
        if figures["errors"]
    ]
    if failed:
        raise SystemExit(f"Requests failed (non-2xx/3xx or socket errors): {', '.join(failed)}")


def load_each_url(env: dict[str, str], args: argparse.Namespace) -> list[dict]:
    """Start gunicorn with this environment and load each target URL in turn with wrk."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_gunicorn(env, port, args.workers)
    try:
        wait_until_up(f"{base}/health/")
        with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
            script.write(WRK_SCRIPT)
            script.flush()
            results = []
            for _title, path in TARGETS:
                for _ in range(20):  # warm caches, prove the URL answers 200
                    with urllib.request.urlopen(base + path, timeout=10) as response:  # noqa: S310
                        response.read()
                results.append(
                    run_wrk(
                        base + path,
                        args.duration,
                        args.connections,
                        args.threads,
                        Path(script.name),
                    )
                )
            return results
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
