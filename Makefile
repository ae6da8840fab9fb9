# The README's commands. Each target sets up what it needs (virtual environment, install) first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

BENCH  := .venv-bench/bin

.PHONY: setup report test lab lint format clean bench-env

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

## main job: analyse the bundled corpus, write tables and rendered notebooks under build/
report: setup
	$(BIN)/newskit analyze corpus --out build/tables
	$(BIN)/newskit export build/tables --format csv --out build/csv
	$(BIN)/newskit export build/tables --format timelinejs --out build/timeline.json
	$(BIN)/newskit report build/tables --out build/report
	$(BIN)/newskit notebooks notebooks --out build/notebooks

## the whole test suite (executes every notebook)
test: setup
	$(BIN)/python -m pytest

## JupyterLab on notebooks/
lab: setup
	$(BIN)/jupyter lab notebooks/

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## a separate environment for benchmarks: the toolkit plus the peers it is compared with
bench-env: $(BENCH)/.installed-stamp

$(BENCH)/.installed-stamp: pyproject.toml benchmarks/requirements.txt
	$(PYTHON) -m venv .venv-bench
	$(BENCH)/python -m pip install --quiet --upgrade pip
	$(BENCH)/python -m pip install --quiet -e '.[test,train]' -r benchmarks/requirements.txt
	touch $@

clean:
	rm -rf build .pytest_cache
