"""Where command output goes: stdout, or the file named by ``--output``."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from .errors import fail


def emit(text: str, output: Path | None) -> None:
    """Write ``text`` as it is, line ends included (CSV keeps its CRLF)."""
    with writer(output) as stream:
        stream.write(text)


@contextmanager
def writer(output: Path | None) -> Iterator[TextIO]:
    """A text stream to stdout or to ``output``, which writes no line end of its own."""
    if output is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        stream = output.open("w", encoding="utf-8", newline="")
    except OSError as error:
        fail(f"{output}: cannot be written ({error.strerror})")
    with stream:
        yield stream
