#!/usr/bin/env bash
# Sets up everything on a fresh machine and runs the whole suite: lint, format check, mypy on
# the package, pytest (unit, sandbox, contract, UI offscreen, real OBS under Xvfb), the frozen
# build and its self-test, and a quick benchmark run. This is the README's test command; .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${VENV:-.venv}"
PY="${PYTHON:-python3}"

# System packages for the real-OBS tests (Debian). Needs root; CI runs as root.
if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    bash tests/integration/install-deps.sh
    # The second OBS generation (the newest OBS in Debian's archive), a chroot cached outside
    # the repo; built once (~2 min, ~1 GB), then reused. OBS_GENERATIONS=host skips it.
    case " ${OBS_GENERATIONS:-host newest} " in
      *newest*) bash tests/integration/newer-obs.sh >/dev/null ;;
    esac
  else
    echo "note: not root, skipping apt; real-OBS tests skip if OBS/Xvfb are missing" >&2
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
"$VENV/bin/python" -m pip install -q -e '.[test,package]'

echo "== ruff"
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .

echo "== mypy --strict (the package, window included, and the test doubles; strict in pyproject)"
"$VENV/bin/mypy"

echo "== actionlint (the release workflow; runs shellcheck on its scripts when installed)"
"$VENV/bin/actionlint" .github/workflows/*.yml

echo "== pytest"
export QT_QPA_PLATFORM=offscreen
"$VENV/bin/python" -m pytest -q -p no:cacheprovider "$@"

if [ "${SKIP_PACKAGING:-0}" != 1 ]; then
  echo "== frozen build (PyInstaller) and its self-test"
  bash packaging/build.sh
  bash packaging/smoke_test.sh dist/fastpix-desktop
fi

if [ "${SKIP_BENCH:-0}" != 1 ] && [ -f bench/run.py ]; then
  echo "== benchmarks (quick: proves they run; figures in bench/README.md)"
  "$VENV/bin/python" bench/run.py --quick
fi
