# Two commands on a fresh machine with Python 3.11+:  make report  |  make test
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: report test lab dask

report: $(VENV)/.installed  ## full analysis of the seed article, report under reports/
	$(PY) -m analysis

test: $(VENV)/.installed  ## the whole test suite, notebooks included
	$(PY) -m pytest -q

lab: $(VENV)/.installed  ## JupyterLab on the notebooks, the package importable
	$(VENV)/bin/jupyter lab notebooks/

dask: $(VENV)/.installed  ## optional extra: Dask for analyze_many(client=...)
	$(PY) -m pip install --quiet -r requirements-dask.txt

$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@
