# Everything runs from the virtualenv in .venv/, created from pyproject.toml on first use.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SCALE_STAMP := $(VENV)/.installed-scale
HOST   ?= 127.0.0.1
PORT   ?= 7860
# Test processes (pytest-xdist); each test file runs whole in one of them, so a file's app server starts once.
TEST_WORKERS ?= 2

.PHONY: venv venv-scale index run test test-fast eval bench bench-latency browser clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

# The optional scale-out extra (Ray, Milvus): installed for the tests, not for `make run`.
$(SCALE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,scale]'
	@touch $(SCALE_STAMP)

venv: $(STAMP)

venv-scale: $(SCALE_STAMP)

# Builds the index when it is missing or the corpus/settings changed; otherwise does nothing.
index: venv
	$(PY) -m qa build

run: index
	$(PY) app.py --host $(HOST) --port $(PORT)

# Headless Chromium and CJK fonts for the browser tests (Debian packages), axe-core for the accessibility checks (npm).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing chromium and fonts-noto-cjk (apt)"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null) \
	  || echo "warning: could not install chromium; browser tests will be skipped"; }
	@test -f .cache/axe/node_modules/axe-core/axe.min.js || { \
	  echo "installing axe-core (npm) for the accessibility checks"; mkdir -p .cache/axe; \
	  (cd .cache/axe && npm install --no-audit --no-fund --silent axe-core@4 >/dev/null) \
	  || echo "warning: could not install axe-core; accessibility checks will be skipped"; }

test: venv-scale browser
	$(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadfile

test-fast: venv
	$(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadfile -m "not integration and not ui and not bench"

eval: index
	$(PY) -m qa eval eval/qa_set.jsonl --json eval/reports/latest.json

# Scale benchmark, 10^3 to 10^6 chunks (~30 min on 2 cores): bench/results/scale/{results.json,results.md,scale.png}
SIZES ?= 1000,10000,100000,1000000
bench: venv
	$(PY) -m bench --sizes $(SIZES) --out bench/results/scale

# Latency on the shipped report only (build, cold start, search/ask, chat first token).
bench-latency: index
	$(PY) -m bench.latency

clean:
	rm -rf $(VENV) index/manifest.json index/data-* .pytest_cache
