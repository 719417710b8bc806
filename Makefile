# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean samples serve

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/bilan convert samples/bilan-2006-2008.docx samples/bilan-2006-2008.pdf --out out
	@echo "See out/: actions.csv, followups.csv, coverage.csv, anomalies.csv, bilan.xlsx, rapport.html ..."

serve: $(STAMP)
	$(BIN)/bilan serve

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

samples: $(STAMP)
	$(BIN)/python samples/make_samples.py

clean:
	rm -rf $(VENV) out build *.egg-info
