# Valideringsnavet: the two commands are `make run` (embedded site) and `make test` (all tests).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint lock openapi services-start services-stop clean

$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

## Compile the UI translations (.po -> .mo); needs gettext's msgfmt.
install: $(VENV)/.installed
	@command -v msgfmt >/dev/null || (apt-get update -qq && apt-get install -y -qq gettext)
	$(PY) manage.py compilemessages --ignore=.venv --ignore=.cache --verbosity=0

## Set up and serve the site on the embedded default (SQLite, database search, demo data).
## search_rebuild builds the search vocabulary (compounds, typo corrections); saving does not.
## The admin's e-mails link to where this serves, unless WAGTAILADMIN_BASE_URL says otherwise.
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py search_rebuild
	@echo "Serving Valideringsnavet on http://$(HOST):$(PORT)/ (admin: /admin/, Ctrl-C stops)"
	WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)} $(PY) manage.py runserver $(HOST):$(PORT)

## Set up, start PostgreSQL and Elasticsearch, run lint and every test, stop the servers.
test: install
	scripts/test.sh

## Style, types (mypy on hub/, search/, plugins/) and the layers (import-linter contracts).
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

## Regenerate the committed OpenAPI schema after changing the API (a test checks it is current).
openapi: install
	$(PY) manage.py spectacular --lang en --file docs/openapi.yaml

lock: install
	$(PY) -m pip freeze --exclude-editable > requirements.lock

services-start:
	scripts/services.sh start

services-stop:
	scripts/services.sh stop

clean:
	rm -rf $(VENV) .cache staticfiles .pytest_cache .ruff_cache
