# Two commands for a newcomer: `make demo` runs the main job on the bundled sample,
# `make test` installs what the tests need and runs them. `.ci/run` calls `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install test-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/kg build data/
	$(BIN)/kg query programmes-by-institution --format table

test-deps: install
	bash scripts/install-test-deps.sh

test: test-deps
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .kg tests/neo4j/target
