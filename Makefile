# Two commands do everything on a fresh machine:
#   make serve   create .venv, install, and preview the site with live reload
#   make test    install what the tests need, and run them all
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
SITE_DIR ?= site
# Material prints a banner about its end of life on every build; it is known (see README).
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.site-installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements-test.txt $(VENV)/.site-installed
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

## serve: preview on http://$(HOST):$(PORT) and reload the page on every edit
serve: $(VENV)/.site-installed
	$(BIN)/mkdocs serve --livereload --dev-addr $(HOST):$(PORT)

## build: the published site in site/ (strict: any warning fails); a failed build keeps the old site/
build: $(VENV)/.site-installed
	rm -rf $(SITE_DIR).new
	$(BIN)/mkdocs build --strict --site-dir $(SITE_DIR).new
	rm -rf $(SITE_DIR).old
	if [ -d $(SITE_DIR) ]; then mv $(SITE_DIR) $(SITE_DIR).old; fi
	mv $(SITE_DIR).new $(SITE_DIR)
	rm -rf $(SITE_DIR).old

lint: $(VENV)/.test-installed
	$(BIN)/ruff check hooks tests
	$(BIN)/ruff format --check hooks tests

## test: everything the tests need is installed first
test: $(VENV)/.test-installed
	$(BIN)/ruff check hooks tests
	$(BIN)/python -m pytest

clean:
	rm -rf $(SITE_DIR) $(SITE_DIR).new $(SITE_DIR).old .pytest_cache
