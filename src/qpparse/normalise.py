"""Normalise: decoded text → numbered, cleaned lines, with every repair recorded.

Line numbers never move: a line that empties out stays as an empty line. Cosmetic changes
(spacing) are not reported; changes to content (markdown, HTML, bullets) are.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from . import lexicon
from .model import Repair
from .source import split_lines


@dataclass(frozen=True, slots=True)
class TextLine:
    """One input line after normalisation: its 1-based number and its cleaned text."""

    number: int
    text: str


def normalise(text: str) -> tuple[list[TextLine], list[Repair]]:
    """Clean every line of ``text``; return the lines and the repairs made to them."""
    lines: list[TextLine] = []
    repairs: list[Repair] = []
    inline = _inline_bullets(text)
    for number, raw in enumerate(split_lines(text), start=1):
        cleaned, steps = clean_line(raw, keep_bullets=inline)
        lines.append(TextLine(number, cleaned))
        if steps:  # rare: skip building a generator for every line
            repairs.extend(
                Repair(line=number, kind=kind, before=before, after=after)
                for kind, before, after in steps
            )
    _restore_elisions_at_line_ends(lines, repairs)
    return lines, repairs


def _restore_elisions_at_line_ends(lines: list[TextLine], repairs: list[Repair]) -> None:
    """The apostrophe lost at a line break, decided as inside a line, so that where the line
    broke does not change the text read: « Marie-Paule D » / « HERBEMONT », and a line that
    starts with « L an … » or « D ELECTRICITE » read with the last word of the line before."""
    previous = ""  # the last word of the last non-blank line
    for index, (line, following) in enumerate(pairwise([*lines, TextLine(0, "")])):
        if line.text[:2] in _CAPITAL_STARTS and previous:
            _repair(lines, index, _elided_start(line.text, previous), repairs)
            line = lines[index]  # noqa: PLW2901 - the line as repaired
        if line.text:
            previous = line.text.rsplit(maxsplit=1)[-1]
        if not line.text or line.text[-1] not in "LDldsnjuU":  # most lines stop here
            continue
        start = lexicon.ELIDED_WORD_START.match(following.text)
        if start is None:
            continue
        lower = start["lower"]
        end = lexicon.ELISION_BEFORE_LOWER_CASE if lower else lexicon.ELISION_BEFORE_CAPITALS
        if end.search(line.text):
            _repair(lines, index, f"{line.text}'", repairs)


_CAPITAL_STARTS = frozenset(("L ", "D "))


def _elided_start(text: str, previous: str) -> str:
    """``text`` with the elision it starts with restored, when the word before allows it."""
    if lexicon.ELISION_AT_LINE_START.match(text) is None:
        return text
    context = f"{previous} "
    for pattern in lexicon.CAPITAL_ELISIONS:
        repaired = pattern.sub(r"\1'", context + text, count=1)
        if repaired != context + text:
            return repaired[len(context) :]
    return text


def _repair(lines: list[TextLine], index: int, repaired: str, repairs: list[Repair]) -> None:
    line = lines[index]
    if repaired == line.text:
        return
    repairs.append(Repair(line=line.number, kind="apostrophe", before=line.text, after=repaired))
    lines[index] = TextLine(line.number, repaired)


def _inline_bullets(text: str) -> frozenset[str]:
    """The bullets ``text`` writes inside its lines (« … communes ➢ Constitution … »): there
    they part entries, so one a line break puts at a line's start is kept too, and the text
    reads the same however its lines are broken."""
    return frozenset(match["bullet"] for match in lexicon.INLINE_BULLET.finditer(text))


def clean_line(
    raw: str, *, keep_bullets: frozenset[str] = frozenset()
) -> tuple[str, list[tuple[str, str, str]]]:
    """Return the cleaned line and each content repair as (kind, before, after); a bullet of
    ``keep_bullets`` at the line's start stays."""
    spaced = lexicon.INVISIBLE_SPACES.sub(" ", raw)
    text = _collapse_spaces(spaced)
    if not text:  # every repair needs a character to act on: a blank line has none
        return text, []
    steps: list[tuple[str, str, str]] = []
    joined = join_letter_spacing(spaced.strip())
    if joined is not None:
        steps.append(("letter_spacing", text, joined))
        text = joined
    if lexicon.REPLACEMENT_CHARACTER in text:  # reported as is: the lost character is unknown
        steps.append(("replacement_character", text, text))
    for kind, trigger, pattern, replacement in lexicon.RESIDUE_REPAIRS:
        # Most lines need no repair: the ``in`` test ("" is in every text) and ``search`` reject
        # them before ``subn``, which parses its replacement template even when nothing matches.
        if trigger not in text or (found := pattern.search(text)) is None:
            continue
        if kind == "bullet" and found.group().strip() in keep_bullets:
            continue
        repaired = _tidy(pattern.sub(replacement, text))  # tidy only what changed: hot loop
        if repaired != text:
            steps.append((kind, text, repaired))
            text = repaired
    return text, steps


def join_letter_spacing(text: str) -> str | None:
    """« V I L L E  D E  L A U Z E » → « VILLE DE LAUZE »; ``None`` when the line is not spaced.

    Every word must be letter-spaced and one at least three letters long, so that ordinary
    text with a stray double space (« à  M. X ») is never touched.
    """
    if text[1:2] != " ":  # the first word is not letter-spaced: most lines stop here
        return None
    words = lexicon.WORD_GAP.split(text)
    if not all(lexicon.LETTER_SPACED_WORD.match(word) for word in words):
        return None
    if max(len(word) for word in words) < 7:  # « J P M » could be initials
        return None
    return " ".join(word.replace(" ", "") for word in words)


def _tidy(text: str) -> str:
    """Spacing only: invisible spaces made plain, runs collapsed, ends trimmed."""
    return _collapse_spaces(lexicon.INVISIBLE_SPACES.sub(" ", text))


def _collapse_spaces(text: str) -> str:
    """Runs of plain spaces made one, ends trimmed (``regex`` is called only when there is a
    run: most lines have none)."""
    if "  " in text:
        text = lexicon.RUNS_OF_SPACES.sub(" ", text)
    return text.strip()
