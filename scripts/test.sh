#!/usr/bin/env bash
# Set up and run every check: lint (ruff), types (mypy), then the test suite (pytest).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
.venv/bin/python -m ruff check .
.venv/bin/python -m mypy
.venv/bin/python -m pytest -q "$@"
