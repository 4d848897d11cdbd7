# govpipeline: `make pipeline` builds data/warehouse.duckdb from data/raw; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export DAGSTER_HOME ?= $(CURDIR)/data/dagster_home

.PHONY: install pipeline test dev clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

pipeline: install
	$(BIN)/dagster asset materialize -m govpipeline.definitions --select '*'
	@echo "warehouse: $${GOVPIPELINE_DB:-data/warehouse.duckdb}"

test: install
	$(BIN)/pytest

dev: install
	$(BIN)/dg dev -w workspace.yaml

clean:
	rm -rf $(VENV) data/*.duckdb data/*.duckdb.wal data/*.duckdb.publishing data/*.duckdb.begin data/staging
