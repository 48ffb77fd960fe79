"""Exit codes and the one way the CLI reports unusable input: one line on stderr.

Exit codes follow ruff and ty: 0 success, 1 findings of error severity (``check``), 2 usage
error or unusable input. Click's own usage errors already exit 2.
"""

from __future__ import annotations

import sys
import traceback
from typing import NoReturn

import typer

from .literal import visible

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class State:
    """Options of the root command that every command reads (``--debug``)."""

    debug = False


def error_line(message: str, trace: str | None = None) -> None:
    """Write ``qpparse: error: message``; with ``--debug``, the traceback first.

    A message quotes file names and input text, which may hold a line break (it would forge a
    second error line) or terminal escapes: they are written as visible escapes.
    """
    if State.debug and trace:
        trace = visible(trace, keep="\n")
        sys.stderr.write(trace if trace.endswith("\n") else trace + "\n")
    sys.stderr.write(f"qpparse: error: {visible(message)}\n")


def fail(message: str) -> NoReturn:
    """One line on stderr and exit 2 (a traceback too with ``--debug``)."""
    trace = traceback.format_exc() if sys.exc_info()[0] is not None else None
    error_line(message, trace)
    raise typer.Exit(EXIT_USAGE)
