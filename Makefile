# The README's commands. Each target sets up what it needs (virtual environment, install) first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup report test lab lint format clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

## main job: analyse the bundled corpus, write tables and rendered notebooks under build/
report: setup
	$(BIN)/newskit analyze corpus --out build/tables
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

clean:
	rm -rf build .pytest_cache
