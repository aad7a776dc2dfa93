# The README's commands. `make run` serves the demo; `make test` runs the whole suite.
# Both create the virtual environment and install the pinned requirements on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_PASSWORD ?= factcheck-demo

.PHONY: install run test lint format migrations-check reset-local-db ci

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed --demo-password $(DEMO_PASSWORD)
	@echo
	@echo "  factcheck is running at http://$(HOST):$(PORT)/"
	@echo "  Admin: http://$(HOST):$(PORT)/admin/  log in as editor / $(DEMO_PASSWORD)"
	@echo "  (also reporter / $(DEMO_PASSWORD) and chief / $(DEMO_PASSWORD))"
	@echo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# One pytest worker per CPU (PYTEST_WORKERS=0 runs in this process), with the coverage total at the end.
PYTEST_WORKERS ?= auto
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest --cov -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations-check: $(STAMP)
	$(BIN)/python manage.py makemigrations --check --dry-run

reset-local-db: $(STAMP)
	rm -f db.sqlite3
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed --demo-password $(DEMO_PASSWORD)

ci:
	.ci/run
