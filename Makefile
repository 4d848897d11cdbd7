# govpipeline: `make pipeline` builds data/warehouse.duckdb from data/raw; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
export DAGSTER_HOME ?= $(CURDIR)/data/dagster_home
# the run's console log at INFO: Dagster's DEBUG events (about 100 for a run) are in the UI's run view
QUIET_RUN := {"loggers": {"console": {"config": {"log_level": "INFO"}}}}

.PHONY: install pipeline test dev clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# setuptools boxes a reminder about editable installs in every mode; the install is what we want
	PYTHONWARNINGS="ignore:Editable installation:Warning" $(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

pipeline: install
	$(BIN)/dg launch --job govpipeline_everything --config-json '$(QUIET_RUN)'
	@echo "warehouse: $${GOVPIPELINE_DB:-data/warehouse.duckdb}"

test: install
	$(BIN)/pytest

dev: install
	$(BIN)/dg dev -w workspace.yaml

clean:
	rm -rf $(VENV) data/*.duckdb data/*.duckdb.wal data/*.duckdb.publishing data/*.duckdb.begin data/staging
