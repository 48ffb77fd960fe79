"""Small helpers for French text: folding for matching, number words, dates, weekdays, times."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex
from text_to_num import text2num

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
        # « ` » (U+1FEF) decomposes to a grave accent, itself folded to an apostrophe: folding
        # twice must give what folding once gave.
        base = _APOSTROPHES.get(base, base)
        folded = base if len(base) == 1 else char
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case ``text``, strip its accents and straighten apostrophes, keeping its length.

    Keeping the length lets a match found in the folded text be cut out of the original.
    """
    if text.isascii():  # the table maps ASCII to its lower case, and « ` » to « ' »
        return text.lower().replace("`", "'")
    if len(text) <= _CACHED_LENGTH:
        return _fold_cached(text)
    return _fold_long(text)


def forget_long_folds() -> None:
    """Drop the folds of long texts: called when a text has been read, so that a large input is
    not kept alive after its parse."""
    _fold_long.cache_clear()


# Several stages fold the same line: short texts are folded once (8192 × 512 characters at
# most). The few long texts of a parse (the whole stream, a one-line page) are folded by the
# scan, the segmenter and several readers: they are kept too, a handful at a time, until
# :func:`forget_long_folds`. Folding a long text costs ~50 ns a character (a table lookup per
# character once it is not ASCII), so a megabyte folded twenty times was most of its parse.
_CACHED_LENGTH = 512
_LONG_FOLDS_KEPT = 16


@lru_cache(maxsize=8192)
def _fold_cached(text: str) -> str:
    return text.translate(_FOLD_TABLE)


@lru_cache(maxsize=_LONG_FOLDS_KEPT)
def _fold_long(text: str) -> str:
    return text.translate(_FOLD_TABLE)


def same_name(left: str, right: str) -> bool:
    """Compare two names ignoring case, accents, hyphens and spacing."""
    return name_key(left) == name_key(right)


def name_key(name: str) -> str:
    """The key under which two spellings of one name compare equal."""
    if len(name) <= _CACHED_LENGTH:
        return _name_key_cached(name)
    return _name_key(name)


# The checks compare every listed member with every other list: each name is keyed many times
# per extract. Bounded like the fold cache.
@lru_cache(maxsize=4096)
def _name_key_cached(name: str) -> str:
    return _name_key(name)


def _name_key(name: str) -> str:
    return " ".join(fold(name).replace("-", " ").split())


@dataclass(frozen=True, slots=True)
class FrenchDate:
    """A date found in text, with the weekday as written (lower case) if any."""

    date: dt.date
    weekday: str | None
    start: int
    end: int


def number_value(text: str) -> int | None:
    """« 23 », « vingt-trois », « deux mil vingt et un », « premier », « 1er » → the number.

    Words go through ``text2num``; anything it cannot read gives ``None``, never a guess.
    """
    words = " ".join(fold(text).split())
    if words.isdigit():
        return int(words)
    if words in {"premier", "1er", "1 er"}:
        return 1
    if not lexicon.NUMBER_WORDS_RE.match(words):
        return None
    try:
        return int(text2num(words, "fr"))
    except ValueError:
        return None


def find_date(text: str) -> FrenchDate | None:
    """Find the first date written in ``text``, in digits or in words.

    « [jeudi] 10 mars 2022 », « 1er avril 2021 », « 21/11/18 », « le vingt-deux mars deux mille
    dix-neuf », « L'an deux mille vingt et un, le huit avril ». Returns ``None`` when no
    well-formed calendar date is written: never a guess.
    """
    folded = fold(text)
    found = [date for date in _dates_in(folded) if date is not None]
    return min(found, key=lambda date: date.start) if found else None


def _dates_in(folded: str) -> list[FrenchDate | None]:
    """The first valid date each pattern finds (an impossible date is skipped, not guessed).

    A pattern is only run when the text holds what every one of its matches needs (a month's
    name, a separator): most lines have no date, and the written-date patterns are costly.
    """
    dates: list[FrenchDate | None] = []
    if any(month in folded for month in lexicon.MONTHS):
        dates += [
            _first_valid(lexicon.DATE.finditer(folded)),
            _first_valid(lexicon.WORDS_DATE.finditer(folded)),
            _first_valid(lexicon.YEAR_FIRST_DATE.finditer(folded)),
        ]
    if "/" in folded or "." in folded:
        dates.append(_first_valid(lexicon.NUMERIC_DATE.finditer(folded), numeric=True))
    return dates


def _first_valid(
    matches: Iterable[regex.Match[str]], *, numeric: bool = False
) -> FrenchDate | None:
    for match in matches:
        date = _numeric_date(match) if numeric else _written_date(match)
        if date is not None:
            weekday = None if numeric else match["weekday"]
            return FrenchDate(date, weekday, match.start(), match.end())
    return None


def _written_date(match: regex.Match[str]) -> dt.date | None:
    month = lexicon.MONTHS.index(match["month"]) + 1
    day = match.groupdict().get("first_day") or match["day"]
    return _calendar(number_value(match["year"]), month, number_value(day))


def _numeric_date(match: regex.Match[str]) -> dt.date | None:
    year = int(match["year"])
    if year < 100:  # « 21/11/18 »: the century the pivot says
        year += 2000 if year < lexicon.CENTURY_PIVOT else 1900
    return _calendar(year, int(match["month"]), int(match["day"]))


def _calendar(year: int | None, month: int, day: int | None) -> dt.date | None:
    if year is None or day is None or not 1000 <= year <= 2999:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_compact_date(digits: str) -> dt.date | None:
    """« 20200615 » (the @CTES stamp's YYYYMMDD) → a date, or ``None``."""
    if len(digits) != 8 or not digits.isdigit():
        return None
    return _calendar(int(digits[:4]), int(digits[4:6]), int(digits[6:]))


def weekday_name(date: dt.date) -> str:
    """The French weekday of ``date``, lower case, without accent (« jeudi »)."""
    return lexicon.WEEKDAYS[date.weekday()]


def find_time(text: str) -> str | None:
    """Find « à 18 h 30 », « à 9 heures », « à dix-huit heures trente », « à 18h30 » in ``text``
    and return ``HH:MM``."""
    folded = fold(text)
    match = lexicon.TIME.search(folded) or lexicon.GLUED_TIME.search(folded)
    if match is None:
        return None
    hour = number_value(match["hour"])
    minute = number_value(match["minute"]) if match["minute"] else 0
    if hour is None or minute is None or hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def names_an_earlier_session(folded: str, position: int) -> bool:
    """Whether the session named at ``position`` of ``folded`` is an earlier one, whose minutes
    are approved (« Approbation du procès-verbal de la séance du 14 janvier », « 1) PROCES-VERBAL
    DE LA REUNION DU 20 MARS »)."""
    start = max(0, position - lexicon.PREVIOUS_SESSION_REACH)
    if lexicon.PREVIOUS_SESSION.search(folded[start:position]):
        return True
    minutes = lexicon.MINUTES_WORD.match(folded, position)
    end = minutes.end() if minutes else position
    return lexicon.MINUTES_ITEM.search(folded[start:end]) is not None


def split_sentences(text: str) -> list[str]:
    """``text`` cut after each full stop, question or exclamation mark that ends a sentence: one
    a capital follows, and that ends no abbreviation (« M. », « Mme. », an initial « J. »)."""
    sentences: list[str] = []
    start = 0
    for match in lexicon.SENTENCE_BREAK.finditer(text):
        if lexicon.ABBREVIATION_END.search(text, max(start, match.start() - 6), match.start()):
            continue
        sentences.append(text[start : match.start()].strip())
        start = match.end()
    sentences.append(text[start:].strip())
    return [sentence for sentence in sentences if sentence]


# A title is a heading, not a paragraph: a first sentence longer than this is no title.
MAX_TITLE_WORDS = 45
# A title that a colon ends, inside a sentence too long to be one, is this many words at most.
MAX_COLON_TITLE_WORDS = 16


def in_parentheses(text: str, position: int) -> bool:
    """Whether ``position`` is inside a parenthesis opened before it, not long before (« (dont
    pouvoirs) », « (arrivée à 10 h 35) - … »): a note, not a paragraph."""
    start = max(0, position - _NOTE_REACH)
    return text.rfind("(", start, position) > text.rfind(")", start, position)


# How far back a parenthesis may open and still hold a note.
_NOTE_REACH = 120


def glued_heading_start(text: str) -> int | None:
    """Where a heading glued after a member's name starts, a line break lost: in capitals
    (« Mr Didier X CREATION D'UN POSTE DE SECRETARIAT ») or in sentence case (« Mme Anne NOIR
    Tarifs de la cantine scolaire »); ``None`` when none ends ``text``."""
    match = lexicon.HEADING_AFTER_NAME.search(text)
    if match is not None and lexicon.HEADING_FUNCTION_WORD.search(match["heading"]):
        return match.start("heading")
    match = lexicon.HEADING_AFTER_NAME_SENTENCE_CASE.search(text)
    if match is None or not _reads_as_heading(match["heading"]):
        return None
    return match.start("heading")


def _reads_as_heading(heading: str) -> bool:
    """A heading in sentence case, not what a list writes after a name: a role, a note on the
    member's time or absence, a proxy, another member (a civility, or a family name in
    capitals: « Richard LESOT pouvoir à … »)."""
    folded = fold(heading)
    return (
        lexicon.COMMON_LOWER_WORD.search(heading) is not None
        and lexicon.MEMBER_NOTE_START.match(folded) is None
        and lexicon.CIVILITY_INSIDE.search(heading) is None
        and lexicon.CAPITALS_WORD.search(heading) is None
    )


def split_heading(text: str) -> tuple[str, str]:
    """(the title ``text`` opens with, what follows it): a title in capitals ends where the
    capitals end, any other with its first sentence or before a word that opens one; a first
    sentence too long for a title gives no title. A title in a list ends with its item
    (« désignation du secrétaire ; - Information : … »)."""
    item_end = lexicon.NEXT_LIST_ITEM.search(text)
    if item_end is not None:
        # What follows the title inside its item stays with the rest, never dropped.
        title, rest = split_heading(text[: item_end.start()])
        return title, f"{rest} {text[item_end.start() :].lstrip(' ;')}".strip()
    words = text.split()
    capitals = 0
    while capitals < len(words) and lexicon.NO_LOWER_CASE.fullmatch(words[capitals]):
        capitals += 1
    lettered = sum(any(char.isalpha() for char in word) for word in words[:capitals])
    # « ADMINISTRATION GENERALE / Installation d'un nouveau conseiller … »: a field in capitals,
    # then a separator and its subject in sentence case, is one title.
    joined = 0 < capitals < len(words) and words[capitals - 1] in lexicon.HEADING_JOINERS
    if (
        not joined
        and (
            lettered >= 2
            # « ACCUEIL Monsieur le Président accueille … », « TRAVAUX 2016 Comme abordé … »: one
            # word in capitals (maybe with a year), then a sentence.
            or (
                lettered == 1
                and words[0].isalpha()
                and len(words) > capitals
                and opens_sentence(" ".join(words[capitals : capitals + 2]))
            )
        )
    ):
        end = _end_of_words(text, capitals)
    else:
        sentences = split_sentences(text)
        first = sentences[0] if sentences else ""
        end = text.find(first) + len(first)
        opener = lexicon.SENTENCE_OPENER.search(text, 0, end)
        end = opener.start() if opener else end
        if len(text[:end].split()) > MAX_TITLE_WORDS:
            colon = lexicon.TITLE_BEFORE_COLON.match(text)
            if colon is None or len(colon["title"].split()) > MAX_COLON_TITLE_WORDS:
                return "", text
            end = colon.end("title")
    return _tidy(text[:end]), text[end:].strip()


def opens_sentence(words: str) -> bool:
    """Whether ``words`` (a capitalised word and what follows it) open a sentence."""
    return words[:1].isupper() and (
        lexicon.SENTENCE_START.match(fold(words) + " ") is not None
        or lexicon.SENTENCE_OPENER_START.match(words) is not None
    )


def _end_of_words(text: str, count: int) -> int:
    """Where the first ``count`` words of ``text`` end."""
    position = 0
    for word in text.split()[:count]:
        position = text.index(word, position) + len(word)
    return position


def _tidy(title: str) -> str:
    return title.strip().rstrip(" :;,.-–—").strip()
