#!/usr/bin/env bash
# Run the whole test suite against real servers: PostgreSQL and Elasticsearch are started here
# (scripts/services.sh) and stopped on exit, whatever happens. Called by `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."

# The browser tests drive Debian's chromium through Playwright (never a downloaded browser);
# Noto fonts render Arabic and Tigrinya text.
if ! command -v chromium >/dev/null; then
    apt-get update -qq && apt-get install -y -qq chromium fonts-noto-core
fi
# bench/api.py loads gunicorn with wrk; tests/bench runs every benchmark in its smoke mode.
if ! command -v wrk >/dev/null; then
    apt-get update -qq && apt-get install -y -qq wrk
fi

scripts/services.sh start
trap 'scripts/services.sh stop' EXIT
eval "$(scripts/services.sh env)"

.venv/bin/ruff check .
.venv/bin/ruff format --check .
# Types and layers, as `make lint` checks them (configured in pyproject.toml).
.venv/bin/mypy
.venv/bin/lint-imports
# Known vulnerabilities in the pinned versions (pip-audit); says "NOT AUDITED" and passes when
# the vulnerability service is unreachable, unless AUDIT_REQUIRED=true (docs/security.md).
.venv/bin/python scripts/audit_dependencies.py
.venv/bin/python -m pytest "$@"
# Search relevance: the judged queries on SQLite, PostgreSQL and Elasticsearch, each in fresh
# databases loaded with the demo; fails below the floor in bench/data/relevance_floor.json.
.venv/bin/python bench/relevance.py
# The embedded default once more: the search tests on SQLite (FTS5) with the database backend,
# its other dialect. The Elasticsearch and browser tests ran above (a live server cannot share
# SQLite's in-memory test database).
DATABASE_URL="sqlite:///$PWD/.cache/embedded-test.sqlite3" ELASTICSEARCH_URL="" \
    .venv/bin/python -m pytest tests/search -m "not elasticsearch and not browser" -q
