# Newsroom: `make run` to try it, `make test` to test it. See README.md.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
HOST ?= 127.0.0.1
PORT ?= 8000

# Settings for local development and for the test suite; production sets its own.
DEV_ENV := DJANGO_DEBUG=1
TEST_ENV := DJANGO_SECRET_KEY=test-only-secret-key DJANGO_ALLOWED_HOSTS=localhost,127.0.0.1,testserver

.PHONY: assets fonts run serve check-deploy install install-dev browser test test-fast lint format migrations-check check backup restore bench varnish postgres wrk loadtest

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

run: install
	$(DEV_ENV) $(PY) manage.py migrate --noinput
	$(DEV_ENV) $(PY) manage.py createcachetable
	$(DEV_ENV) $(PY) manage.py seed_demo
	$(DEV_ENV) $(PY) manage.py ensure_admin
	@echo "Newsroom: http://$(HOST):$(PORT)/  (editors: http://$(HOST):$(PORT)/admin/)"
	$(DEV_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

# Production-style: gunicorn with WEB_CONCURRENCY workers (default 2), after
# migrate and collectstatic; it serves uploads too unless DJANGO_SERVE_MEDIA=0.
# Needs DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS.
serve: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable
	$(PY) manage.py collectstatic --noinput
	DJANGO_SERVE_MEDIA=$${DJANGO_SERVE_MEDIA:-1} $(VENV)/bin/gunicorn newsroom.wsgi --bind $(HOST):$(PORT) --workers $${WEB_CONCURRENCY:-2}

# A consistent snapshot of the database and the uploaded media in one archive
# under backups/; `make restore FILE=backups/newsroom-….tar.gz` brings it back
# into an empty database (FORCE=1 replaces what is there). They run with the
# same environment as `make serve` (DATABASE_URL, DJANGO_SECRET_KEY…).
backup: install
	$(PY) manage.py backup

restore: install
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=backups/newsroom-YYYYmmdd-HHMMSS.tar.gz [FORCE=1]"; exit 2; }
	$(PY) manage.py restore "$(FILE)" $(if $(FORCE),--force)

# `check --deploy` under the production settings the README documents.
DEPLOY_ENV := DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-check-deploy-$$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')} \
	DJANGO_ALLOWED_HOSTS=$${DJANGO_ALLOWED_HOSTS:-news.example.org} DJANGO_SECURE_SSL_REDIRECT=1 \
	DJANGO_SECURE_HSTS_SECONDS=31536000 DJANGO_SECURE_HSTS_PRELOAD=1 DJANGO_SECURE_COOKIES=1 DJANGO_SECURE_PROXY_SSL_HEADER=1
check-deploy: install
	$(DEPLOY_ENV) $(PY) manage.py check --deploy --fail-level WARNING

# Debian's Chromium when we are root (Playwright cannot download browsers on
# every machine), else Playwright's own build.
browser: install-dev
	@if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then \
		echo "Browser: $$(command -v chromium || echo /usr/bin/chromium)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else \
		$(PY) -m playwright install chromium; \
	fi

# Varnish for tests/system/test_varnish.py (a real cache in front of gunicorn):
# Debian's package when we are root; otherwise that test fails saying so.
varnish:
	@if command -v varnishd >/dev/null 2>&1 || [ -x /usr/sbin/varnishd ]; then \
		echo "Varnish: $$(command -v varnishd || echo /usr/sbin/varnishd)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish; \
	else \
		echo "Varnish is missing: apt-get install varnish (tests/system/test_varnish.py needs it)" >&2; \
	fi

# PostgreSQL for tests/system/test_replicas.py (a primary and a streaming
# replica of its own): Debian's package when we are root; otherwise that test
# fails saying so.
postgres:
	@if ls /usr/lib/postgresql/*/bin/pg_basebackup >/dev/null 2>&1; then \
		echo "PostgreSQL: $$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; \
	else \
		echo "PostgreSQL is missing: apt-get install postgresql (tests/system/test_replicas.py needs it)" >&2; \
	fi

# The web fonts in static/fonts/ and their @font-face rules at the top of
# static/css/site.css, cut from fonts-src/ (scripts/subset_fonts.py).
fonts: install-dev
	$(PY) scripts/subset_fonts.py

lint: install-dev
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/djhtml --check templates articles/templates

format: install-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/djhtml templates articles/templates

check: install-dev
	$(TEST_ENV) $(PY) manage.py check
	$(TEST_ENV) $(PY) manage.py makemigrations --check --dry-run

migrations-check: check

test: install-dev browser varnish postgres lint check
	$(TEST_ENV) $(PY) -m pytest $(PYTEST_ARGS)

# The inner loop: unit, database and web tests; no browser, no real servers
# (tests/browser/, tests/system/), no lint.
test-fast: install-dev
	$(TEST_ENV) $(PY) -m pytest tests/unit tests/db tests/web $(PYTEST_ARGS)

# The article change page's stylesheet and script bundles, written from the
# files Django and our templates ask for (articles/admin/bundles.py); a test
# fails when they are stale.
assets: install
	$(DEV_ENV) $(PY) manage.py migrate --noinput -v0
	$(DEV_ENV) $(PY) manage.py bundle_admin_assets

# The benchmark (README, "Performance and caching"): 10,000 articles in a
# temporary database, gunicorn with 2 workers, wrk for BENCH_SECONDS (default
# 5) a page, cold and warm; writes bench/results.json. With SCALE=N, each page
# in-process at 10,000 and at N articles instead, failing when one grows past
# issue 18's limits; writes bench/results-scale.json. SCALE=N with a PostgreSQL
# BENCH_DATABASE_URL (or DATABASE_URL) builds both on that server instead:
#   BENCH_DATABASE_URL=postgres://user@host/newsroom make bench SCALE=100000
# writes bench/results-scale-postgresql.json.
bench: install-dev browser
	@[ -n "$(SCALE)" ] || command -v wrk >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; \
		else echo "make bench needs wrk: apt-get install wrk" >&2; exit 1; fi; }
	SCALE="$(SCALE)" $(PY) bench/run.py

wrk:
	@command -v wrk >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; \
		else echo "make loadtest needs wrk: apt-get install wrk" >&2; exit 1; fi; }

# The load test (README, "Performance and caching"): wrk with 64 connections
# for LOAD_SECONDS (default 60) on an article and the home page while an
# editor publishes and edits through the admin; fails on any error.
loadtest: install-dev wrk
	$(PY) bench/loadtest.py
