"""What every command reading extracts shares: arguments → inputs, and error reporting.

Whole documents (a JSON array, SARIF, JUnit, CSV) are all or nothing: when an input is
unusable nothing is written, so a partial document is never taken for the full one. Streams of
self-contained lines or blocks (``parse --format jsonl``, ``check`` text, github and jsonl,
``show``) keep what the usable inputs gave. Either way every unusable input gets its line on
stderr, after the output, and the command exits 2.
"""

from __future__ import annotations

from collections.abc import Sequence

import typer

from qpparse.errors import QpparseError

from .batch import Outcome
from .errors import EXIT_USAGE, error_line, fail
from .inputs import Input, expand


def gather(files: Sequence[str], globs: Sequence[str] | None, max_bytes: int) -> list[Input]:
    """The inputs named on the command line; a directory with nothing to read exits 2."""
    try:
        return expand(files, globs or (), max_bytes=max_bytes)
    except QpparseError as error:
        fail(str(error))


def usable(outcomes: Sequence[Outcome]) -> list[Outcome]:
    return [outcome for outcome in outcomes if outcome.error is None]


def exit_on_errors(outcomes: Sequence[Outcome]) -> None:
    """One stderr line per unusable input, in input order, then exit 2 if there was one."""
    failed = [outcome for outcome in outcomes if outcome.error is not None]
    for outcome in failed:
        error_line(outcome.error or "", outcome.trace)
    if failed:
        raise typer.Exit(EXIT_USAGE)
