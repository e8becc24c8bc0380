"""The ``curate`` command line: a thin layer over the library, one module a stage."""

from curate.cli.base import main

# Importing a command module registers its commands on ``main`` (in pipeline order).
from curate.cli import cmd_ingest  # noqa: F401  isort: skip
from curate.cli import cmd_annotate  # noqa: F401  isort: skip
from curate.cli import cmd_eval  # noqa: F401  isort: skip
from curate.cli import cmd_studio  # noqa: F401  isort: skip
from curate.cli import cmd_validate  # noqa: F401  isort: skip
from curate.cli import cmd_export  # noqa: F401  isort: skip
from curate.cli import cmd_run  # noqa: F401  isort: skip

__all__ = ["main"]
