# The newcomer's path: `make run` and `make test`. Each creates .venv on first use.
# Prefer the newest working python3.N >= 3.12 (PySide6 6.12 crashes CPython 3.11; on 3.11
# pyproject pins PySide6 below 6.12). A candidate counts only if it really starts: pyenv shims
# exist on PATH for versions that are not selected and fail when run.
PYTHON ?= $(shell for p in python3.14 python3.13 python3.12 python3 python; do \
	if $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then echo $$p; break; fi; done)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench package clean screenshots

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "rmdesk needs Python 3.11 or newer on PATH (python3)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/rmdesk $(ARGS)

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(VENV)/.installed-test
	$(BIN)/python bench/run_all.py

screenshots: $(VENV)/.installed-test
	LANG=en_GB.UTF-8 xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/python tools/take_screenshots.py

package: $(VENV)/.installed-run
	$(BIN)/python -m pip install --quiet pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean packaging/rmdesk.spec

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
