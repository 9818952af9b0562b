# invokeai-client: every task is a target here; README.md explains the two that matter (demo, test).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
SERVER := $(PYTHON) scripts/invokeai-server

.PHONY: help install wheel server-install test test-unit test-recorded test-live test-faults record regenerate \
        check-generated openapi compat lint format typecheck docs demo bench clean

help:
	@echo "make demo             run the main job against a local InvokeAI server it starts itself"
	@echo "make test             install everything, start a real server, run every test tier"
	@echo "make test-unit | test-recorded | test-live | test-faults | record | regenerate | check-generated | compat | lint | typecheck | docs | bench"

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[images,mcp]' --group dev
	touch $@

install: $(VENV)/.installed

# The wheel users install (dist/invokeai_client-<version>-py3-none-any.whl): the facade and the generated layer.
wheel: install
	$(BIN)/python -m pip wheel --no-deps -q -w dist .

server-install:
	$(SERVER) install

# All tiers in one run: unit (pure), recorded (cassettes of each server version, offline), live (the
# session fixture starts a real server of each supported version on 127.0.0.1, one after the other, and
# stops it by PID), faults (a server of their own per version, behind a loopback fault proxy; frozen,
# killed and restarted). pytest's exit 5 (no tests ran) fails the target.
test: install server-install
	$(BIN)/pytest tests codegen/tests

test-unit: install
	$(BIN)/pytest tests/unit codegen/tests

test-recorded: install
	$(BIN)/pytest tests/recorded

test-live: install server-install
	$(BIN)/pytest tests/live

test-faults: install server-install
	$(BIN)/pytest tests/faults

record: install server-install
	$(BIN)/pytest tests/recorded --record-mode=rewrite

# Code generation: openapi/ (one document per server version) -> codegen/ -> generated/invokeai_api/v<M>_<m>.
openapi: install server-install
	$(SERVER) openapi

# The upgrade report between the two newest documents, written into docs/compatibility.md.
compat: install
	$(BIN)/python scripts/compat_report.py

regenerate: install
	$(BIN)/python codegen/regenerate.py

check-generated: install
	$(BIN)/python codegen/check_generated.py

lint: install
	$(BIN)/ruff check src tests scripts codegen examples
	$(BIN)/ruff format --check src tests scripts codegen examples

format: install
	$(BIN)/ruff check --fix src tests scripts codegen examples
	$(BIN)/ruff format src tests scripts codegen examples

# The facade (strict), the examples, and every Python block of README.md and docs/ (scripts/check_snippets.py).
typecheck: install
	$(BIN)/mypy
	MYPYPATH=scripts $(BIN)/mypy --strict examples
	$(BIN)/python scripts/check_snippets.py

demo: install server-install
	$(BIN)/python examples/demo.py

# The documentation site (mkdocs.yml): guides, the API reference from the docstrings, the method -> endpoint
# table from the code; --strict: any warning (a broken link, a bad docstring) fails the build.
docs: install
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

bench: install server-install
	$(BIN)/python scripts/bench/import_time.py
	$(BIN)/python scripts/bench/workflow_build.py
	$(BIN)/python scripts/bench/jobs_run.py
	$(BIN)/python scripts/bench/job_memory.py
	$(BIN)/python scripts/bench/model_jobs.py
	$(BIN)/python scripts/bench/rows_plan.py
	$(BIN)/python scripts/bench/runs_bench.py
	$(BIN)/python scripts/bench/graphs_bench.py
	$(BIN)/python scripts/bench/as_completed_latency.py
	$(BIN)/python scripts/bench/scale_bench.py --rows 10000 100000 --servers 8
	$(BIN)/python scripts/bench/scale_bench.py --rows 10000 --servers 2 32

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache out
