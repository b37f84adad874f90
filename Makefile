# Two commands do everything on a fresh machine:
#   make serve   create .venv, install, and preview the site with live reload
#   make test    install what the tests need, and run them all
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Another article's folder (make new-article): make serve ARTICLE=../rivers, make build ARTICLE=../rivers.
ARTICLE ?= .
SITE_DIR ?= $(if $(filter .,$(ARTICLE)),site,$(ARTICLE)/site)
CONFIG := $(ARTICLE)/mkdocs.yml
# The PDF needs Pango (WeasyPrint's text layout) and a serif face that covers pinyin
# tone marks and Cyrillic: Charis SIL. Debian packages, installed when missing.
PDF_SYSTEM_PACKAGES := fonts-sil-charis libpango-1.0-0 libpangoft2-1.0-0 fontconfig
# The browser tests drive Debian's Chromium; the PDF tests read the PDF back with poppler (pdftotext, pdfinfo).
TEST_SYSTEM_PACKAGES := chromium poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Builds of one commit are byte-identical: the sitemap's dates come from the commit, not the clock.
ifneq ($(shell git log -1 --format=%ct 2>/dev/null),)
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct)
endif
# Material prints a banner about its end of life on every build; it is known (see README).
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build pdf test lint clean system-pdf system-test new-article FORCE

# apt-get install the packages of $(1) that are not installed yet.
define apt_install
	@missing=""; for package in $(1); do dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
endef

system-pdf:
	$(call apt_install,$(PDF_SYSTEM_PACKAGES))

system-test: system-pdf
	$(call apt_install,$(TEST_SYSTEM_PACKAGES))

# The pins need Python 3.11 or newer. Said before pip lists every version it cannot install,
# and again for a .venv an older Python made, which make would keep.
IS_PYTHON_3_11 := -c 'import sys; sys.exit(sys.version_info < (3, 11))'

$(BIN)/python:
	@if ! $(PYTHON) $(IS_PYTHON_3_11) 2>/dev/null; then \
	  version=$$($(PYTHON) --version 2>&1) || version="not found"; \
	  echo "make: $(PYTHON) is $$version, and the site needs Python 3.11 or newer." >&2; \
	  echo "Install one and name it: make $(or $(MAKECMDGOALS),serve) PYTHON=python3.12" >&2; exit 1; fi
	@# --clear: a .venv left without a Python that runs (an install interrupted, the Python that
	@# made it removed) is made again, not kept as it is, where venv itself would stop.
	$(PYTHON) -m venv --clear $(VENV)

# Whether .venv's Python runs. When the Python that made it is removed, its links lead nowhere:
# the venv is made again (--clear, below), and its install stamp must not count, though make
# read it before the venv was made again.
VENV_RUNS := $(shell $(BIN)/python -c '' 2>/dev/null && echo yes)

$(VENV)/.site-installed: requirements.txt $(if $(VENV_RUNS),,FORCE) | $(BIN)/python
	@if ! $(BIN)/python $(IS_PYTHON_3_11) 2>/dev/null; then \
	  version=$$($(BIN)/python --version 2>&1) || version="a Python that no longer runs"; \
	  echo "make: $(VENV) was made with $$version, and the site needs Python 3.11 or newer." >&2; \
	  echo "Delete it and make it again: rm -rf $(VENV) && make $(or $(MAKECMDGOALS),serve) PYTHON=python3.12" >&2; \
	  exit 1; fi
	@# A venv killed while it was made has its Python but no pip: put pip back, as venv would have.
	@$(BIN)/python -m pip --version >/dev/null 2>&1 || $(BIN)/python -m ensurepip --upgrade --default-pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements-test.txt $(VENV)/.site-installed
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

# ProperDocs in a venv of its own: the same site must build with it (tests/test_properdocs.py).
# Made by the same Python as .venv, it loses it with it: made again then, as .venv is.
PROPERDOCS_RUNS := $(shell .venv-properdocs/bin/python -c '' 2>/dev/null && echo yes)

.venv-properdocs/.installed: requirements-properdocs.txt requirements.txt $(if $(PROPERDOCS_RUNS),,FORCE)
	.venv-properdocs/bin/python -c '' 2>/dev/null || $(PYTHON) -m venv --clear .venv-properdocs
	@.venv-properdocs/bin/python -m pip --version >/dev/null 2>&1 || .venv-properdocs/bin/python -m ensurepip --upgrade --default-pip
	.venv-properdocs/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-properdocs.txt
	touch $@

## serve: preview on http://$(HOST):$(PORT) and reload the page on every edit
##   make serve PORT=8001 previews on another port, when 8000 is taken
##   make serve ARTICLE=../rivers previews another article (make new-article)
serve: $(VENV)/.site-installed
	@# MkDocs would build the site, then stop on a taken port with a traceback.
	@if (exec 3<>/dev/tcp/$(HOST)/$(PORT)) 2>/dev/null; then \
	  echo "make serve: port $(PORT) on $(HOST) is already in use, perhaps by another make serve." >&2; \
	  echo "Stop that one, or preview on another port: make serve PORT=$$(( $(PORT) + 1 ))" >&2; exit 1; fi
	$(BIN)/mkdocs serve --livereload --config-file $(CONFIG) --dev-addr $(HOST):$(PORT)

## build: the published site in site/ with its PDF (strict: any warning fails); a failed build keeps the old site/
##   make build ARTICLE=../rivers builds another article into ../rivers/site
build: $(VENV)/.site-installed system-pdf
	rm -rf $(SITE_DIR).new
	$(BIN)/mkdocs build --strict --config-file $(CONFIG) --site-dir $(SITE_DIR).new || { rm -rf $(SITE_DIR).new; exit 1; }
	rm -rf $(SITE_DIR).old
	if [ -d $(SITE_DIR) ]; then mv $(SITE_DIR) $(SITE_DIR).old; fi
	mv $(SITE_DIR).new $(SITE_DIR)
	rm -rf $(SITE_DIR).old

## pdf: the site and the PDF of the whole article, in site/
pdf: build
	@echo "PDF: $$(ls $(SITE_DIR)/*.pdf)"

## new-article: a new article's folder that builds as it is, to fill in (see README, "Another article"):
##   make new-article DIR=../rivers TITLE="Rivers Between States" AUTHOR="Ana Exemplar" [LANGUAGE=fr]
new-article: $(VENV)/.site-installed
	@if [ -z "$$DIR" ] || [ -z "$$TITLE" ] || [ -z "$$AUTHOR" ]; then \
	  echo 'Usage: make new-article DIR=../rivers TITLE="Rivers Between States" AUTHOR="Ana Exemplar" [LANGUAGE=fr]'; exit 2; fi
	@PYTHONPATH=hooks $(BIN)/python -m explainer.new_article "$$DIR" --title "$$TITLE" --author "$$AUTHOR" --language "$${LANGUAGE:-en}"

lint: $(VENV)/.test-installed
	$(BIN)/ruff check hooks tests benchmarks
	$(BIN)/ruff format --check hooks tests benchmarks

## test: everything the tests need is installed first
test: $(VENV)/.test-installed .venv-properdocs/.installed system-test
	$(BIN)/ruff check hooks tests benchmarks
	$(BIN)/python -m pytest

clean:
	rm -rf $(SITE_DIR) $(SITE_DIR).new $(SITE_DIR).old .pytest_cache .artifacts

## bench: time the hooks against plain MkDocs and mkdocs-bibtex, check the budget (about 10 minutes; see benchmarks/README.md)
# BENCH_ARGS passes options to benchmarks/run.py, e.g. BENCH_ARGS="--quick" or "--only article x1".
.PHONY: bench
bench: $(VENV)/.site-installed system-pdf
	$(call apt_install,time)
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)
