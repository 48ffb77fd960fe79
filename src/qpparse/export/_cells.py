"""What every CSV export shares: spreadsheet-safe cells and the CSV dialect."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import TextIO

# A spreadsheet reads a cell starting with one of these as a formula (or, for tab and CR, as a
# cell boundary a formula can hide behind), even inside a quoted CSV field.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """Prefix a leading ``'`` to a cell a spreadsheet would execute (« =HYPERLINK(…) »).

    The quote is the spreadsheets' own « this is text » marker: the cell shows as written.
    """
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def text_cell(value: str | None) -> str:
    """A text cell: unknown is the empty string, never a placeholder."""
    return "" if value is None else neutralise(value)


def number_cell(value: int | None) -> str:
    return "" if value is None else str(value)


def write_rows(rows: Iterable[Mapping[str, str]], columns: tuple[str, ...], stream: TextIO) -> None:
    """Header then rows, comma-separated, CRLF line ends, quotes only where needed.

    ``stream`` should be opened with ``newline=""`` so that the CRLF is written as is.
    """
    writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
