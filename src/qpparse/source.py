"""Read: bytes (or a path) → :class:`~qpparse.model.Source`, decoded text plus provenance."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .errors import UnreadableInputError
from .model import Source

# Share of control characters above which bytes are taken for a binary file, not text.
_MAX_CONTROL_SHARE = 0.05
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


def read(path_or_bytes: str | os.PathLike[str] | bytes, *, path: str | None = None) -> Source:
    """Read a file or raw bytes and decode them into a :class:`Source`.

    ``path`` names the origin of raw bytes (``"<stdin>"`` for example). Raises
    :class:`UnreadableInputError` for a missing file, a directory, an empty or binary input.
    """
    if isinstance(path_or_bytes, bytes):
        data, origin = path_or_bytes, path
    else:
        origin = path or os.fspath(path_or_bytes)
        data = _read_bytes(Path(path_or_bytes))
    return decode(data, path=origin)


def decode(data: bytes, *, path: str | None = None) -> Source:
    """Decode bytes into a :class:`Source`: UTF-8 (with or without BOM), else Windows-1252."""
    where = path or "input"
    if not data.strip():
        raise UnreadableInputError(f"{where}: the file is empty")
    text, encoding = _decode_text(data, where)
    _refuse_binary(text, where)
    return Source(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        line_count=len(split_lines(text)),
        text=text,
    )


def split_lines(text: str) -> list[str]:
    """Split on CRLF, CR or LF only (not on the exotic separators ``str.splitlines`` knows)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _read_bytes(file: Path) -> bytes:
    if file.is_dir():
        raise UnreadableInputError(f"{file}: is a directory, not a file")
    try:
        return file.read_bytes()
    except FileNotFoundError:
        raise UnreadableInputError(f"{file}: no such file") from None
    except OSError as error:
        raise UnreadableInputError(f"{file}: cannot be read ({error.strerror})") from None


def _decode_text(data: bytes, where: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", where), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", where), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # The five bytes cp1252 leaves undefined are C1 controls in Latin-1.
        return data.decode("latin-1"), "latin-1"


def _strict(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UnreadableInputError(f"{where}: not valid {encoding} ({error.reason})") from None


def _refuse_binary(text: str, where: str) -> None:
    if "\x00" in text:
        raise UnreadableInputError(f"{where}: binary data, not text")
    controls = sum(1 for char in text if char < " " and char not in _ALLOWED_CONTROLS)
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise UnreadableInputError(f"{where}: binary data, not text")
