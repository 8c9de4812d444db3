#!/usr/bin/env bash
# Run the whole test suite against real servers: PostgreSQL and Elasticsearch are started here
# (scripts/services.sh) and stopped on exit, whatever happens. Called by `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/services.sh start
trap 'scripts/services.sh stop' EXIT
eval "$(scripts/services.sh env)"

.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python -m pytest "$@"
