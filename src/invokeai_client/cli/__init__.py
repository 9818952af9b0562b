"""The ``invokeai-client`` command line. Errors print one line and exit non-zero; never a traceback."""

from ._main import cli, main, run_script

__all__ = ["cli", "main", "run_script"]
