# Two commands on a fresh machine with Python 3.11+:
#   make run   - create the virtualenv, install, migrate, load the standards, serve on :8000
#   make test  - create the virtualenv, install, run the whole test suite
#   make serve - the production configuration: gunicorn, DEBUG off, collected static files
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
CLIENT_DIR := clients/python
# Parallel test workers (pytest-xdist); "0" runs in one process.
TEST_WORKERS ?= auto

.DEFAULT_GOAL := help
.PHONY: help install run serve worker test lint schema schema-check client client-check migrations-check bench

help:
	@echo "make run               install, migrate, load the standards and serve on http://$(HOST):$(PORT)"
	@echo "make serve             the production configuration on http://$(HOST):$(PORT): gunicorn,"
	@echo "                       DEBUG off, static files collected (needs SECRET_KEY)"
	@echo "make worker            run a webhook worker with the periodic sweep (make run starts one)"
	@echo "make test              install and run the whole test suite"
	@echo "make install           create .venv and install the project, its dev tools and the client"
	@echo "make lint              ruff check"
	@echo "make schema            regenerate openapi/schema.yaml"
	@echo "make schema-check      fail if the committed schema drifts or is not valid OpenAPI"
	@echo "make client            regenerate the Python client in clients/python from openapi/schema.yaml"
	@echo "make client-check      fail if the committed client drifts from the schema"
	@echo "make migrations-check  fail if a model change has no migration"
	@echo "make bench             the API's speed against PostgreSQL's (DATABASE_URL), ratios side by side"

# The virtualenv is rebuilt when pyproject.toml or the client's package files change; otherwise
# installing is a no-op. The generated client is installed too (editable), for its tests.
$(VENV)/.installed: pyproject.toml $(CLIENT_DIR)/setup.py $(CLIENT_DIR)/pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "Installing epa, its dependencies and the client into $(VENV) (a minute the first time)"
	$(PY) -m pip install --upgrade pip
	$(PY) -m pip install -e ".[dev]" -e $(CLIENT_DIR)
	touch $@

install: $(VENV)/.installed

run: export DEBUG ?= 1
run: export WEBHOOK_ALLOW_PRIVATE_URLS ?= 1
run: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_standards
	$(PY) manage.py load_assessment_plans
	@$(PY) scripts/port_free.py $(HOST) $(PORT)
	@echo ""
	@echo "epa is serving on http://$(HOST):$(PORT)/"
	@echo "  API:          http://$(HOST):$(PORT)/api/v1/standards/"
	@echo "  API docs:     http://$(HOST):$(PORT)/api/docs/ (Swagger UI), http://$(HOST):$(PORT)/api/redoc/ (ReDoc)"
	@echo "  Schema:       http://$(HOST):$(PORT)/api/schema/"
	@echo "  Admin:        http://$(HOST):$(PORT)/admin/ (create a user: $(PY) manage.py createsuperuser)"
	@echo "  Webhooks:     a worker runs beside the server (make worker runs one alone)"
	@echo ""
	@$(WORKER) --loglevel=WARNING & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(PY) manage.py runserver $(HOST):$(PORT)

# A Celery worker delivering webhooks, with the periodic sweep (celery beat) embedded: one is
# enough on one machine; production runs workers without --beat and one `celery beat`.
WORKER = $(PY) -m celery -A config worker --beat --concurrency=2 \
	--schedule=$(VENV)/celerybeat-schedule
worker: export DEBUG ?= 1
worker: export WEBHOOK_ALLOW_PRIVATE_URLS ?= 1
worker: install
	$(PY) manage.py migrate --no-input
	$(WORKER) --loglevel=INFO

# gunicorn (config/gunicorn.conf.py: WEB_CONCURRENCY workers, default 2 per CPU + 1) with DEBUG
# off; whitenoise serves the collected static files; metrics summed over the workers.
serve: export DEBUG = 0
serve: export HOST := $(HOST)
serve: export PORT := $(PORT)
serve: export PROMETHEUS_MULTIPROC_DIR ?= $(abspath $(VENV))/prometheus
serve: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py collectstatic --no-input --verbosity 0
	$(VENV)/bin/gunicorn -c config/gunicorn.conf.py

test: install
	$(PY) -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .

schema: install
	DEBUG=1 $(PY) manage.py spectacular --validate --fail-on-warn --file openapi/schema.yaml

# Fails when the committed schema differs from what the code generates, or is not valid
# OpenAPI 3.0 for a strict validator (openapi-spec-validator; drf-spectacular's own check is
# looser). tests/api/test_schema_valid.py also checks every default against its own schema.
schema-check: install
	DEBUG=1 $(PY) manage.py spectacular --validate --fail-on-warn --file $(VENV)/schema.check.yaml
	diff -u openapi/schema.yaml $(VENV)/schema.check.yaml
	$(VENV)/bin/openapi-spec-validator openapi/schema.yaml

# The typed Python client (openapi-python-client, settings in clients/openapi-python-client.yaml),
# generated into an emptied directory. Its post-processing runs ruff: the virtualenv's, so the
# output is the same on every machine.
GENERATE_CLIENT = PATH="$(abspath $(VENV))/bin:$$PATH" $(VENV)/bin/openapi-python-client generate \
	--path openapi/schema.yaml --config clients/openapi-python-client.yaml --meta setup \
	--fail-on-warning --overwrite --output-path
# The generated README starts with this note (.gitattributes marks the directory generated).
CLIENT_NOTE := > Generated from openapi/schema.yaml by `make client` (openapi-python-client, \
settings in clients/openapi-python-client.yaml); `make client-check` fails on any difference. \
Do not edit: change the API, then run `make schema client`.
MARK_GENERATED = printf '%s\n\n' '$(CLIENT_NOTE)' | cat - $(1)/README.md > $(1)/README.tmp \
	&& mv $(1)/README.tmp $(1)/README.md
# Left in the client directory by ruff, Python and the editable install; not part of the client.
CLIENT_NOT_GENERATED := -x .ruff_cache -x __pycache__ -x '*.egg-info' -x build

client: install
	rm -rf $(CLIENT_DIR)
	$(GENERATE_CLIENT) $(CLIENT_DIR)
	$(call MARK_GENERATED,$(CLIENT_DIR))
	rm -rf $(CLIENT_DIR)/.ruff_cache

# Fails when the committed client differs from what openapi/schema.yaml generates.
client-check: install
	rm -rf $(VENV)/client.check
	$(GENERATE_CLIENT) $(VENV)/client.check
	$(call MARK_GENERATED,$(VENV)/client.check)
	diff -ru $(CLIENT_NOT_GENERATED) $(CLIENT_DIR) $(VENV)/client.check

# The ratios of issue 14 against the configured PostgreSQL (DATABASE_URL), a few minutes:
# BENCH_ARGS="--rounds 3" for a shorter run (see bench/ratios.py).
bench: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_standards
	$(PY) bench/ratios.py $(BENCH_ARGS)

migrations-check: install
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run
