#!/usr/bin/env bash
# Install curate with the embedded Label Studio server into .venv and run the main job on
# seeds/: ingest, annotate, validate, push to Label Studio, pull, export a dataset version.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3

[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[server]'
exec .venv/bin/curate run seeds/ --project seeds --dataset seeds "$@"
