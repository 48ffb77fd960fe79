"""Read: bytes (or a path) → :class:`~qpparse.model.Source`, decoded text plus provenance."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from qpparse.errors import UnreadableInputError
from qpparse.model import Source
from qpparse.pdf import is_pdf, pdf_pages

# Share of control characters above which bytes are taken for a binary file, not text.
_MAX_CONTROL_SHARE = 0.05
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# charset-normalizer's names → the names qpparse reports in ``source.encoding``.
_WESTERN_ENCODINGS = {"cp1252": "cp1252", "latin_1": "latin-1", "iso8859_15": "iso-8859-15"}


def read(
    path_or_bytes: str | os.PathLike[str] | bytes,
    *,
    path: str | None = None,
    max_bytes: int | None = None,
) -> Source:
    """Read a file or raw bytes and decode them into a :class:`Source`.

    ``path`` names the origin of raw bytes (``"<stdin>"`` for example). ``max_bytes`` refuses a
    larger input (a file is measured before it is read, so a huge one never fills memory).
    Raises :class:`UnreadableInputError` for a missing file, a directory, an empty, binary or
    too large input.
    """
    if isinstance(path_or_bytes, bytes):
        data, origin = path_or_bytes, path
        _refuse_too_large(len(data), max_bytes, origin or "input")
    else:
        origin = path or os.fspath(path_or_bytes)
        data = _read_bytes(Path(path_or_bytes), max_bytes)
    return decode(data, path=origin)


def _refuse_too_large(size: int, max_bytes: int | None, where: str) -> None:
    if max_bytes is not None and size > max_bytes:
        raise UnreadableInputError(
            f"{where}: too large ({size:,} bytes; the limit is {max_bytes:,})".replace(",", " ")
        )


def decode(data: bytes, *, path: str | None = None) -> Source:
    """Decode bytes into a :class:`Source`: a PDF's text layer, or text in UTF-8 (with or
    without BOM), UTF-16 with BOM, or a Western single-byte encoding (Windows-1252, Latin-1).
    """
    where = path or "input"
    if not data.strip():
        raise UnreadableInputError(f"{where}: the file is empty")
    if is_pdf(data):
        return _from_pdf(data, path, where)
    text, encoding = _decode_text(data, where)
    if not text.strip():  # a byte-order mark alone, or spaces in UTF-16
        raise UnreadableInputError(f"{where}: the file is empty")
    _refuse_binary(text, where)
    return _source(data, text, encoding, path)


def _source(
    data: bytes, text: str, encoding: str, path: str | None, pages: list[int] | None = None
) -> Source:
    return Source(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        line_count=len(split_lines(text)),
        pages=pages,
        text=text,
    )


def _from_pdf(data: bytes, path: str | None, where: str) -> Source:
    """Join the pages' text; ``pages`` records the first line of each page."""
    texts = [split_lines(page) for page in pdf_pages(data, where)]
    starts, line = [], 1
    for lines in texts:
        starts.append(line)
        line += len(lines)
    text = "\n".join("\n".join(lines) for lines in texts)
    _refuse_binary(text, where)
    return _source(data, text, "pdf", path, starts)


def split_lines(text: str) -> list[str]:
    """Split on CRLF, CR or LF only (not on the exotic separators ``str.splitlines`` knows)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _read_bytes(file: Path, max_bytes: int | None = None) -> bytes:
    if file.is_dir():
        raise UnreadableInputError(f"{file}: is a directory, not a file")
    try:
        if max_bytes is not None:
            _refuse_too_large(file.stat().st_size, max_bytes, str(file))
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
        return _decode_single_byte(data)


def _decode_single_byte(data: bytes) -> tuple[str, str]:
    """Not UTF-8: let charset-normalizer choose among the encodings French offices produce.

    Detection is limited to Western encodings on purpose: on short texts an unrestricted guess
    often lands on a Central European code page and turns « é » into « ę ».
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_WESTERN_ENCODINGS)).best()
    encoding = _WESTERN_ENCODINGS.get(best.encoding, "latin-1") if best else "latin-1"
    # Latin-1 decodes every byte: it is the honest last resort, never an error.
    return data.decode(encoding), encoding


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
