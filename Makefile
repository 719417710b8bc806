# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-layouts test-scans install clean samples serve setup

# System programs: Tesseract with French reads scanned PDFs, LibreOffice reads .doc and .odt (the rest is Python).
# The tests also draw documents with Chromium, Ghostscript and poppler (pdftoppm), in fonts
# fontconfig must really have (tests/layouts/fonts.py): Liberation, DejaVu, Carlito, Caladea.
SYSTEM_PACKAGES := tesseract-ocr tesseract-ocr-fra tesseract-ocr-osd libreoffice-writer
TEST_PACKAGES := chromium chromium-driver ghostscript poppler-utils fontconfig \
	fonts-liberation fonts-crosextra-carlito fonts-crosextra-caladea fonts-dejavu-core

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

setup:
	@if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(SYSTEM_PACKAGES) $(TEST_PACKAGES); \
	else \
		if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx fra; then \
			echo "Tesseract with French is installed"; \
		else \
			echo "To read scanned PDFs, install Tesseract with French:"; \
			echo "  sudo apt-get install $(SYSTEM_PACKAGES)    (macOS: brew install tesseract tesseract-lang)"; \
		fi; \
		echo "The tests draw documents with these programs and fonts (tests skip, saying why, without them):"; \
		echo "  sudo apt-get install $(TEST_PACKAGES)"; \
	fi

demo: $(STAMP)
	$(BIN)/bilan convert samples/bilan-2006-2008.docx samples/bilan-2006-2008.pdf --out out
	@echo "See out/: actions.csv, followups.csv, coverage.csv, anomalies.csv, bilan.xlsx, rapport.html ..."

serve: $(STAMP)
	$(BIN)/bilan serve

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

test-layouts: $(STAMP)
	$(BIN)/python -m pytest -q -m layouts

test-scans: $(STAMP)
	$(BIN)/python -m pytest -q -m scans tests/test_scan_axis.py

samples: $(STAMP)
	$(BIN)/python samples/make_samples.py

clean:
	rm -rf $(VENV) out build *.egg-info
