"""Turn command-line file arguments into :class:`~qpparse.model.Source` objects."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from qpparse.model import Source
from qpparse.source import read

STDIN = "-"


def sources(paths: list[str]) -> Iterator[Source]:
    """Read each argument in order; ``-`` reads standard input once."""
    for path in paths:
        if path == STDIN:
            yield read(sys.stdin.buffer.read(), path="<stdin>")
        else:
            yield read(Path(path), path=path)
