"""Turn command-line arguments (files, directories, ``-``) into the list of inputs to read.

- a file is read as given, even when its name matches no ``--glob`` (naming it is a choice);
- a directory is searched recursively for the ``--glob`` patterns (``*.txt`` and ``*.pdf`` by
  default, any case), in sorted order so that output is stable; hidden files and directories
  (``.git``, ``.venv``, macOS ``._x.pdf`` files) are skipped, and symbolic links to directories
  are not followed, so a link loop cannot trap the walk;
- ``-`` is standard input, read here once, by the parent process.

Arguments keep the order they were given in. A directory holding no matching file, or the
root of the file system, is refused: nothing useful can come of either.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from qpparse.errors import UnreadableInputError

STDIN = "-"
STDIN_PATH = "<stdin>"
DEFAULT_GLOBS = ("*.txt", "*.pdf")


@dataclass(frozen=True, slots=True)
class Input:
    """One input to read: a path, or standard input's bytes under the name ``<stdin>``."""

    path: str
    data: bytes | None = None


def expand(arguments: Sequence[str], globs: Sequence[str] = (), *, max_bytes: int) -> list[Input]:
    """Every input the arguments name, in order. Raises :class:`UnreadableInputError` for a
    directory with nothing to read."""
    patterns = tuple(globs) or DEFAULT_GLOBS
    inputs: list[Input] = []
    for argument in arguments:
        if argument == STDIN:
            inputs.append(Input(STDIN_PATH, read_stdin(max_bytes)))
        elif Path(argument).is_dir():
            inputs.extend(Input(path) for path in directory_files(argument, patterns))
        else:
            inputs.append(Input(argument))
    return inputs


def read_stdin(max_bytes: int) -> bytes:
    # One byte past the limit is enough to know it is too large, without reading it all.
    return sys.stdin.buffer.read(max_bytes + 1)


def directory_files(directory: str, patterns: Sequence[str]) -> list[str]:
    """The files under ``directory`` matching a pattern, as paths starting with ``directory``."""
    root = Path(directory)
    if root.resolve() == Path(root.resolve().anchor):
        raise UnreadableInputError(
            f"{directory}: will not search the whole file system; name a directory below it"
        )
    found = sorted(_matching(root, patterns))
    if not found:
        wanted = " or ".join(patterns)
        raise UnreadableInputError(f"{directory}: no file matching {wanted} in this directory")
    # normpath, not resolve(): the paths stay as relative as the argument was (« ./a » → « a »).
    return [os.path.normpath(root / relative) for relative in found]


def _matching(root: Path, patterns: Sequence[str]) -> Iterator[str]:
    for current, directories, files in os.walk(root):
        directories[:] = [name for name in directories if not name.startswith(".")]
        for name in files:
            relative = Path(current, name).relative_to(root).as_posix()
            if not name.startswith(".") and any(matches(relative, pattern) for pattern in patterns):
                yield relative


def matches(relative: str, pattern: str) -> bool:
    """A pattern with a ``/`` matches the path below the directory, otherwise the file name."""
    subject = relative if "/" in pattern else relative.rsplit("/", 1)[-1]
    return fnmatchcase(subject.lower(), pattern.lower())
