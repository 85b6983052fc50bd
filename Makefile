# The two commands a newcomer runs: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bundle clean translations translations-update screenshots

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

# The interface translations: each resources/translations/*.ts compiled into the ui package
# (ui/translations/*.qm, committed so that a wheel or bundle ships them; a test checks they
# are up to date with their sources).
QM := $(patsubst resources/translations/%.ts,ui/translations/%.qm,$(wildcard resources/translations/*.ts))
translations: $(QM)

# After changing interface strings: merge them into the .ts files, then translate the new ones.
translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -tr-function-alias translate+=_t $$(find ui -name '*.py' | sort) \
		-ts resources/translations/*.ts

ui/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Opens the window on a demo database (built once, then reused).
DEMO_DB ?= $(CURDIR)/demo.sqlite3
run: $(STAMP) $(QM)
	test -f "$(DEMO_DB)" || $(BIN)/accountdesk demo --clients 2000 --db "sqlite:///$(DEMO_DB)"
	$(BIN)/accountdesk --db "sqlite:///$(DEMO_DB)"

test: $(STAMP) $(QM)
	$(BIN)/ruff check app ui tests bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check app ui tests bench


bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

# The README's pictures of the real app, rendered offscreen into docs/ (look at them after a change).
screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/screenshots.py
	QT_QPA_PLATFORM=offscreen ACCOUNTDESK_SCREENSHOT_LANGUAGE=fr $(BIN)/python docs/screenshots.py cancel-subscription.png
	QT_QPA_PLATFORM=offscreen ACCOUNTDESK_SCREENSHOT_LANGUAGE=fr $(BIN)/python docs/screenshots.py connect-dialog.png
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/screenshots_deactivation.py
	QT_QPA_PLATFORM=offscreen PYTHONPATH=$(CURDIR) $(BIN)/python docs/account_screenshots.py docs

clean:
	rm -rf $(VENV) build dist *.egg-info demo.sqlite3

# A self-contained application folder in dist/ (see packaging/README.md).
bundle: $(STAMP) $(QM)
	$(BIN)/python -m pip install -q pyinstaller
	$(BIN)/pyinstaller --noconfirm packaging/accountdesk.spec

