# The two set-up commands are `make site` and `make test`; both create .venv and install what they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test test-fast serve build check lint clean gold browser quality reference

site: $(VENV)/.installed  ## Build briefings/ from seeds/, then the static site in site/
	$(BIN)/briefings build
	$(BIN)/mkdocs build --strict

test: lint browser  ## Lint, type-check, then the whole test suite (unit, property, golden, end-to-end, browser)
	$(BIN)/python -m pytest -q

test-fast: $(VENV)/.installed-test  ## Unit and property tests only: no spaCy model, no MkDocs build, no browser
	$(BIN)/python -m pytest -q -m "not slow and not browser and not build"

browser:  ## Debian's Chromium for the browser tests (Playwright drives it; nothing is downloaded at run time)
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "note: install Debian's chromium (apt-get install chromium); the browser tests skip without it"; fi; }

serve: $(VENV)/.installed  ## Preview on http://127.0.0.1:8000; edits to seeds/ or templates/ rebuild live
	$(BIN)/mkdocs serve

build: $(VENV)/.installed
	$(BIN)/briefings build

lint: $(VENV)/.installed-test  ## Formatting, lint and types
	$(BIN)/ruff format --check generator tests benchmarks
	$(BIN)/ruff check generator tests benchmarks
	$(BIN)/mypy

check: test

reference: $(VENV)/.installed  ## Rewrite docs/configuration-reference.md and docs/cli-reference.md from the code
	$(BIN)/python -m generator.docs

quality: $(VENV)/.installed  ## Issue 21's labelled set: kept and present per section, dev and test (needs ../shared/data)
	$(BIN)/python benchmarks/quality.py ../shared/data

gold: $(VENV)/.installed  ## Score the bundled seed against ../shared/gold (development only)
	$(BIN)/python benchmarks/gold.py ../shared/gold/kim-putin-train.yml briefings/data/kim-putin-summit.json

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf site .pytest_cache .mypy_cache .ruff_cache
