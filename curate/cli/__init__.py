"""The ``curate`` command line: a thin layer over the library (one module a stage)."""

from curate.cli.base import main

# Importing a command module registers its commands on ``main``.
from curate.cli import cmd_ingest  # noqa: E402,F401  isort: skip

__all__ = ["main"]
