# The README's commands. `make run` serves the demo; `make test` runs the whole suite; `make serve`
# runs the production stack (gunicorn, PostgreSQL, Redis, DEBUG off) on this machine.
# Each creates the virtual environment and installs the pinned requirements it needs on first use:
# `run` and `serve` only the runtime ones (requirements.txt), the others the dev ones too.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
RUNTIME_STAMP := $(VENV)/.runtime-$(shell cat requirements.txt | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_PASSWORD ?= factcheck-demo

.PHONY: install run serve test lint typecheck format migrations-check reset-local-db ci

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	@rm -f $(VENV)/.installed-* $(VENV)/.runtime-* && touch $(STAMP) $(RUNTIME_STAMP)

$(RUNTIME_STAMP): requirements.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements.txt
	@rm -f $(VENV)/.runtime-* && touch $(RUNTIME_STAMP)

install: $(STAMP)

run: $(RUNTIME_STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed --demo-password $(DEMO_PASSWORD)
	@echo
	@echo "  factcheck is running at http://$(HOST):$(PORT)/"
	@echo "  Admin: http://$(HOST):$(PORT)/admin/  log in as editor / $(DEMO_PASSWORD)"
	@echo "  (also reporter / $(DEMO_PASSWORD) and chief / $(DEMO_PASSWORD))"
	@echo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# DEBUG off on PostgreSQL and Redis, as in production but over plain HTTP on this machine
# (LOCAL_HTTP=1). Every variable can be given on the command line or in the environment:
#   make serve DATABASE_URL=postgres://... REDIS_URL=redis://... PORT=8001 WEB_CONCURRENCY=2
# Without SECRET_KEY, one is generated once and kept in .secret-key (ignored by git).
serve: $(RUNTIME_STAMP)
	@test -n "$$SECRET_KEY" || test -s .secret-key || \
		(umask 077 && $(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(64))' > .secret-key)
	@export DEBUG=0 LOCAL_HTTP="$${LOCAL_HTTP:-1}" \
		SECRET_KEY="$${SECRET_KEY:-$$(cat .secret-key)}" \
		DATABASE_URL="$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/factcheck}" \
		REDIS_URL="$${REDIS_URL:-redis://127.0.0.1:6379/0}" \
		ALLOWED_HOSTS="$${ALLOWED_HOSTS:-$(HOST),localhost}" \
		FACTCHECK_SITE_URL="$${FACTCHECK_SITE_URL:-http://$(HOST):$(PORT)}" \
		GUNICORN_BIND="$${GUNICORN_BIND:-$(HOST):$(PORT)}" && \
	set -e && \
	$(BIN)/python manage.py collectstatic --noinput -v 0 && \
	$(BIN)/python manage.py create_database && \
	$(BIN)/python manage.py migrate --noinput -v 0 && \
	echo && \
	echo "  factcheck (production stack, DEBUG off) is starting at http://$$GUNICORN_BIND/" && \
	echo "  health check: http://$$GUNICORN_BIND/healthz   admin: http://$$GUNICORN_BIND/admin/" && \
	echo "  database: $$(echo "$$DATABASE_URL" | sed -E 's#//([^:/@]*):[^@]*@#//\1:***@#')" \
		"cache: $$(echo "$$REDIS_URL" | sed -E 's#//([^:/@]*):[^@]*@#//\1:***@#')" && \
	echo "  a first user: DATABASE_URL=<that database> $(BIN)/python manage.py createsuperuser" && \
	echo "  or the demo content: DATABASE_URL=<that database> $(BIN)/python manage.py seed --demo-password PW" && \
	echo && \
	exec $(BIN)/gunicorn factcheck.wsgi -c gunicorn.conf.py

# One pytest worker per CPU (PYTEST_WORKERS=0 runs in this process), with the coverage total at the end.
PYTEST_WORKERS ?= auto
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest --cov -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations-check: $(STAMP)
	$(BIN)/python manage.py makemigrations --check --dry-run

reset-local-db: $(RUNTIME_STAMP)
	rm -f db.sqlite3
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed --demo-password $(DEMO_PASSWORD)

ci:
	.ci/run

# The read-replica tests against a throwaway primary and its hot standby (.ci/standby), removed
# afterwards whatever the result. Ports: STANDBY_PRIMARY_PORT (5441) and STANDBY_PORT (5442).
.PHONY: test-replicas
test-replicas: $(STAMP)
	@trap '.ci/standby down' EXIT; .ci/standby up && \
	primary=postgres://postgres@127.0.0.1:$${STANDBY_PRIMARY_PORT:-5441}/postgres && \
	standby=postgres://postgres@127.0.0.1:$${STANDBY_PORT:-5442}/postgres && \
	DATABASE_URL=$$primary DATABASE_REPLICA_URLS=$$standby FACTCHECK_TEST_REPLICA_URL=$$standby \
		$(BIN)/python -m pytest tests/test_replicas.py tests/test_replica_settings.py $(PYTEST_ARGS)
