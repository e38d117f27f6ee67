# Everything a fresh machine with python3 and make needs: a local .venv with the project.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench fixtures clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(PY) run_bot.py

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .

bench: $(STAMP)
	$(PY) run_bot.py bench

fixtures: $(STAMP)
	$(PY) tests/fixtures/make_fixtures.py

clean:
	rm -rf $(VENV) data/jixiao.db* data/.cache
