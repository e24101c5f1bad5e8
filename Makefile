# Borgerrådgiveren: `make run` starts the service with Copenhagen's defaults and demo data,
# `make test` runs the whole suite (SQLite, PostgreSQL and real-browser tests).
SHELL := /bin/bash
VENV := .venv
BR := $(VENV)/bin/borgerraad
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup lint bench messages vendor clean help

# The settings default to production (DJANGO_DEBUG=false); these targets run in development mode.
run test bench messages: export DJANGO_DEBUG ?= true

help:
	@echo "make run    - set up .venv, migrate, load defaults and demo data, serve http://$(HOST):$(PORT)"
	@echo "make test   - the whole test suite on SQLite and PostgreSQL, with browser tests"
	@echo "make bench  - the benchmarks in bench/"

$(VENV)/.synced: pyproject.toml uv.lock scripts/bootstrap
	@scripts/bootstrap
	@touch $@

setup: $(VENV)/.synced

run: setup
	@scripts/require-pdf-tools
	@mkdir -p var
	@$(BR) migrate --noinput -v 0
	@$(BR) demo_data
	@$(BR) ensure_staff --site http://$(HOST):$(PORT)
	@echo "Borgerrådgiveren runs on http://$(HOST):$(PORT)/ (staff: http://$(HOST):$(PORT)/medarbejder/, inbox: http://$(HOST):$(PORT)/medarbejder/indbakke/) - stop with Ctrl+C"
	@HOST=$(HOST) PORT=$(PORT) scripts/run

test: setup
	@scripts/require-chromium
	@scripts/require-dovecot
	@scripts/require-pdf-tools --tests
	@scripts/test

lint: setup
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/bandit -c pyproject.toml -r . -q
	@$(VENV)/bin/lint-imports

bench: setup
	@for script in bench/*.py; do echo "== $$script"; $(VENV)/bin/python $$script || exit 1; done

messages: setup
	@$(BR) makemessages -l en --ignore=.venv --ignore=node_modules
	@$(BR) compilemessages --ignore=.venv

vendor:
	@scripts/vendor-static

clean:
	rm -rf $(VENV) .uv
