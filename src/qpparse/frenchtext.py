"""Small helpers for French text: folding for matching, dates, weekdays and times."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from . import lexicon

_APOSTROPHES = {"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"}


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table built on demand: each character is folded once per process.

    Folding runs on every line several times; a C-level table lookup is many times faster than
    normalising character by character in Python.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        base = _APOSTROPHES.get(char) or unicodedata.normalize("NFD", char)[0].lower()
        folded = base if len(base) == 1 else char
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case ``text``, strip its accents and straighten apostrophes, keeping its length.

    Keeping the length lets a match found in the folded text be cut out of the original.
    """
    return text.translate(_FOLD_TABLE)


def same_name(left: str, right: str) -> bool:
    """Compare two names ignoring case, accents, hyphens and spacing."""
    return name_key(left) == name_key(right)


def name_key(name: str) -> str:
    """The key under which two spellings of one name compare equal."""
    return " ".join(fold(name).replace("-", " ").split())


@dataclass(frozen=True, slots=True)
class FrenchDate:
    """A date found in text, with the weekday as written (lower case) if any."""

    date: dt.date
    weekday: str | None
    start: int
    end: int


def find_date(text: str) -> FrenchDate | None:
    """Find the first « [jeudi] 10 mars 2022 » / « 1er avril 2021 » date in ``text``.

    Returns ``None`` when no well-formed calendar date is written: never a guess.
    """
    for match in lexicon.DATE.finditer(fold(text)):
        month = lexicon.MONTHS.index(match["month"]) + 1
        try:
            date = dt.date(int(match["year"]), month, int(match["day"]))
        except ValueError:
            continue
        return FrenchDate(date, match["weekday"], match.start(), match.end())
    return None


def weekday_name(date: dt.date) -> str:
    """The French weekday of ``date``, lower case, without accent (« jeudi »)."""
    return lexicon.WEEKDAYS[date.weekday()]


def find_time(text: str) -> str | None:
    """Find « à 18 h 30 » / « à 9 heures » in ``text`` and return ``HH:MM``."""
    match = lexicon.TIME.search(fold(text))
    if match is None:
        return None
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    return f"{hour:02d}:{minute:02d}" if hour < 24 else None
