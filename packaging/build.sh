#!/usr/bin/env bash
# Build the frozen app from a clean venv with one command: `bash packaging/build.sh`.
# Output: dist/fastpix-desktop/ (Linux, Windows) or "dist/FastPix Desktop.app" (macOS).
# Options go to build.py (--build-dir, --dist-dir, --python); PYTHON picks the interpreter.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python="${PYTHON:-}"
if [ -z "$python" ]; then
  # Git Bash on Windows usually has `python`, not `python3`.
  python="$(command -v python3 || command -v python)"
fi
exec "$python" "$here/build.py" "$@"
