# Build graph of the editions. `make` sets up .venv and builds every edition;
# `make test` runs the tests; `make bench` the benchmark. Targets are real files,
# so a second `make` with nothing changed does no work. `make eval` scores the readers
# against the development corpus and the seeds' gold (EVALUATION.md).

PYTHON ?= python3

# every edition builds in parallel with the others: use the cores there are (JOBS=1 to not)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
MAKEFLAGS += --jobs=$(JOBS) --output-sync=target
VENV   := .venv
BIN    := $(VENV)/bin
EDITION := $(BIN)/edition
PYTEST := $(BIN)/pytest
INSTALLED := $(VENV)/.installed

# the official TEI schema, fetched once at setup with a pinned checksum
TEI_ALL := $(VENV)/share/tei/tei_all.rng

# seed names make can handle: letters, digits, '.', '_', '-' (a space, '$' or ':' would break
# every rule); others are skipped with a warning, and the rest still build
ALL_SEED_NAMES := $(shell cd seeds 2>/dev/null && for f in *.toml; do [ -e "$$f" ] && printf '%s\n' "$${f%.toml}"; done | LC_ALL=C grep -E '^[A-Za-z0-9._-]+$$')
BAD_SEED_NAMES := $(shell cd seeds 2>/dev/null && for f in *.toml; do [ -e "$$f" ] && printf '%s\n' "$$f"; done | LC_ALL=C grep -vE '^[A-Za-z0-9._-]+\.toml$$' | sed 's/.*/"&"/')
ifneq ($(strip $(BAD_SEED_NAMES)),)
$(warning skipping seeds whose file names make cannot handle (rename them to letters, digits, '.', '_', '-'): $(BAD_SEED_NAMES))
endif
SEEDS := $(sort $(ALL_SEED_NAMES:%=seeds/%.toml))
IDS   := $(patsubst seeds/%.toml,%,$(SEEDS))
TEI   := $(IDS:%=tei/%.xml)
VALID := $(IDS:%=build/valid/%.ok)
SITE  := build/html/index.html

REGISTERS := $(wildcard tei/registers/*.xml)
SCHEMA    := $(wildcard schema/*)
CONVERTER := $(wildcard edition/*.py edition/readers/*.py edition/layout/*.py edition/tei/*.py edition/enrich/*.py edition/data/*/*.toml)
XSLT_COMMON := $(wildcard xslt/common/*.xsl xslt/common/*.xml)
XSLT_HTML := $(XSLT_COMMON) $(wildcard xslt/html/*.xsl xslt/html/assets/*)
XSLT_TYPST := $(XSLT_COMMON) $(wildcard xslt/typst/*.xsl xslt/typst/*.typ)
XSLT_EPUB := $(XSLT_HTML) $(wildcard xslt/epub/*.xsl xslt/epub/*.css) xslt/dc/citation.xsl
XSLT_DC   := $(wildcard xslt/dc/*.xsl)
RENDER    := $(wildcard edition/render/*.py edition/xmlsafe.py edition/fileio.py)
DEPOSIT_PY := $(wildcard edition/deposit*.py) edition/header_facts.py edition/zipfiles.py

# the per-edition outputs (pdf, epub, deposit, ...): their variables, targets and pattern rules
# come from the one table of outputs, edition/outputs.py (`edition outputs --make`)
OUTPUTS_MK := build/outputs.mk
ifeq ($(filter clean distclean,$(MAKECMDGOALS)),)
include $(OUTPUTS_MK)
endif
$(OUTPUTS_MK): edition/outputs.py | $(INSTALLED)
	@mkdir -p $(@D)
	$(EDITION) outputs --make > $@.tmp && mv $@.tmp $@

.PHONY: all setup check tei validate html test bench eval clean distclean
.DELETE_ON_ERROR:

all: tei validate html $(PER_EDITION_OUTPUTS)

setup: $(INSTALLED) $(TEI_ALL)

# a broken environment (a module removed, a venv from another machine) is noticed here:
# the stamp is removed so that the installation is made again
ifneq ($(wildcard $(INSTALLED)),)
ifneq ($(shell $(BIN)/python -m edition.envcheck >/dev/null 2>&1 && echo ok),ok)
$(warning the environment in $(VENV) is broken ($(shell $(BIN)/python -m edition.envcheck 2>&1 | tail -n 1)); installing it again)
$(shell rm -f $(INSTALLED))
endif
endif

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test,bench,cluster]'
	$(BIN)/python -m edition.schemas fetch $(TEI_ALL)
	$(BIN)/python -m edition.envcheck
	touch $@

tei: $(TEI)
validate: $(VALID) build/valid/registers.ok
html: $(SITE)

tei/%.xml: seeds/%.txt seeds/%.toml $(REGISTERS) $(CONVERTER) | $(INSTALLED)
	$(EDITION) convert $< -o $@ --quiet

build/valid/%.ok: tei/%.xml $(SCHEMA) edition/validate.py | $(INSTALLED)
	$(EDITION) validate $< --no-tei-all --quiet
	@mkdir -p $(@D) && touch $@

build/valid/registers.ok: $(REGISTERS) $(SCHEMA) edition/validate.py | $(INSTALLED)
	$(EDITION) validate $(REGISTERS) --no-tei-all --quiet
	@mkdir -p $(@D) && touch $@

$(SITE): $(VALID) $(SITE_DOWNLOADS) $(XSLT_HTML) $(RENDER) | $(INSTALLED)
	$(EDITION) html $(TEI) -o build/html --jobs $(JOBS) --quiet

$(TEI_ALL): | $(INSTALLED)
	$(BIN)/python -m edition.schemas fetch $@

# checkers the tests run: the Nu HTML checker and axe-core, pinned in tests/package-lock.json
NODE_DEPS := tests/node_modules/.installed
$(NODE_DEPS): tests/package.json tests/package-lock.json
	npm ci --prefix tests --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

# lint and types: ruff and mypy over the whole tree (configured in pyproject.toml)
check: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/mypy

test: check all $(TEI_ALL) $(NODE_DEPS)
	$(PYTEST) -q

# BENCH_ARGS: e.g. --no-volumes, --volumes 4, --no-peers, --no-make, or
# "--only scale,peers --stages pdf" for the PDF alone (bench/run.py)
bench: $(INSTALLED)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# the evaluation: converts every corpus text and both seeds, scores them, writes EVALUATION.md;
# then checks the readers' consistency on the corpus PDFs' other pages (eval/corpus/unseen/),
# renders each real TEI file of eval/corpus/tei/ in every output and measures the words kept
eval: $(INSTALLED)
	$(BIN)/python eval/run.py
	$(BIN)/python eval/consistency.py
	$(BIN)/python eval/outputs.py
	$(BIN)/python eval/entities.py

clean:
	rm -rf build

distclean: clean
	rm -rf $(VENV) tests/node_modules
