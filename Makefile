# 仓库工作站 Warehouse Station
#   make run    start the station (embedded default: local SQLite, demo data,
#               simulated scale, PDF-folder printer)
#   make test   run the whole test suite
# Both create the virtual environment (.venv) and install pinned packages first.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
SYSTEM := $(VENV)/.system-stamp

.PHONY: run test lint translations system-deps bench bundle clean

$(SYSTEM): scripts/system-deps.sh
	bash scripts/system-deps.sh
	@mkdir -p $(VENV) && touch $@

system-deps: $(SYSTEM)

$(STAMP): requirements.txt requirements-dev.txt $(SYSTEM)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

translations: $(STAMP)
	$(PY) -c "from ui.i18n import compile_translations; compile_translations()"

run: $(STAMP) translations
	$(PY) main.py

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest benchmarks --benchmark-only

# A one-folder station bundle in dist/warehouse-station/ (PyInstaller).
bundle: $(STAMP) translations
	$(PY) -m pip install --quiet -r requirements-build.txt
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/out build/station.spec

clean:
	rm -rf $(VENV) resources/i18n/*.qm dist build/out
