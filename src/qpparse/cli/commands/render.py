"""``qpparse render``: the parse JSON back to extract text, in the canonical layout.

Reads what ``qpparse parse`` writes: one object, an array of objects, or JSON Lines. Every
object is validated against the model first; anything else is refused with one line, exit 2.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError

from qpparse.cli.errors import fail
from qpparse.cli.inputs import STDIN, STDIN_PATH, read_stdin
from qpparse.cli.options import DEFAULT_MAX_BYTES, MaxBytesOption, OutputOption
from qpparse.cli.output import emit
from qpparse.errors import QpparseError, UnreadableInputError
from qpparse.model import Extract


def render_command(
    files: Annotated[
        list[str],
        typer.Argument(
            metavar="FILE.json",
            help="Output of `qpparse parse` (JSON or JSON Lines); '-' reads standard input.",
            show_default=False,
        ),
    ],
    output: OutputOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
) -> None:
    """Write extracts back as text, in the canonical layout that `qpparse parse` reads.

    Several extracts are written one after the other, as a bundle.

    Example: qpparse parse extract.txt | qpparse render - -o canonical.txt
    """
    from qpparse.export.canonical import render_all

    try:
        extracts = [extract for file in files for extract in load(file, max_bytes)]
    except QpparseError as error:
        fail(str(error))
    emit(render_all(extracts), output)


def load(file: str, max_bytes: int) -> list[Extract]:
    """The extracts of one JSON file; :class:`UnreadableInputError` for anything else."""
    name = STDIN_PATH if file == STDIN else file
    text = _text(file, name, max_bytes)
    objects = _objects(text, name)
    if not objects:
        raise UnreadableInputError(f"{name}: no extract in this JSON")
    return [_extract(value, name, position) for position, value in enumerate(objects, 1)]


def _text(file: str, name: str, max_bytes: int) -> str:
    data = read_stdin(max_bytes) if file == STDIN else _read(Path(file), max_bytes)
    if len(data) > max_bytes:
        raise UnreadableInputError(f"{name}: too large (the limit is {max_bytes} bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableInputError(f"{name}: not UTF-8 JSON ({error.reason})") from None


def _read(path: Path, max_bytes: int) -> bytes:
    try:
        if path.stat().st_size > max_bytes:
            raise UnreadableInputError(f"{path}: too large (the limit is {max_bytes} bytes)")
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadableInputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UnreadableInputError(f"{path}: is a directory, not a file") from None
    except OSError as error:
        raise UnreadableInputError(f"{path}: cannot be read ({error.strerror})") from None


def _objects(text: str, name: str) -> list[Any]:
    """One JSON value (an object or an array of them), else JSON Lines."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg != "Extra data":
            raise UnreadableInputError(f"{name}: not JSON ({_where(error)})") from None
        return _json_lines(text, name)
    return value if isinstance(value, list) else [value]


def _json_lines(text: str, name: str) -> list[Any]:
    values = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                values.append(json.loads(line))
            except json.JSONDecodeError as error:
                message = f"not JSON Lines (line {number}: {error.msg})"
                raise UnreadableInputError(f"{name}: {message}") from None
    return values


def _where(error: json.JSONDecodeError) -> str:
    return f"line {error.lineno} column {error.colno}: {error.msg}"


def _extract(value: Any, name: str, position: int) -> Extract:
    try:
        return Extract.model_validate(value)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "top level"
        message = f"extract {position} is not a qpparse extract ({where}: {first['msg']})"
        raise UnreadableInputError(f"{name}: {message}") from None
