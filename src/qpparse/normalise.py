"""Normalise: decoded text → numbered, cleaned lines, with every repair recorded.

Line numbers never move: a line that empties out stays as an empty line. Cosmetic changes
(spacing) are not reported; changes to content (markdown, HTML, bullets) are.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    for number, raw in enumerate(split_lines(text), start=1):
        cleaned, steps = clean_line(raw)
        lines.append(TextLine(number, cleaned))
        repairs.extend(
            Repair(line=number, kind=kind, before=before, after=after)
            for kind, before, after in steps
        )
    return lines, repairs


def clean_line(raw: str) -> tuple[str, list[tuple[str, str, str]]]:
    """Return the cleaned line and each content repair as (kind, before, after)."""
    text = _tidy(raw)
    steps: list[tuple[str, str, str]] = []
    joined = join_letter_spacing(lexicon.INVISIBLE_SPACES.sub(" ", raw).strip())
    if joined is not None:
        steps.append(("letter_spacing", text, joined))
        text = joined
    if lexicon.REPLACEMENT_CHARACTER in text:  # reported as is: the lost character is unknown
        steps.append(("replacement_character", text, text))
    for kind, pattern, replacement in lexicon.RESIDUE_REPAIRS:
        repaired, count = pattern.subn(replacement, text)
        if count and (repaired := _tidy(repaired)) != text:  # tidy only what changed: hot loop
            steps.append((kind, text, repaired))
            text = repaired
    return text, steps


def join_letter_spacing(text: str) -> str | None:
    """« V I L L E  D E  L A U Z E » → « VILLE DE LAUZE »; ``None`` when the line is not spaced.

    Every word must be letter-spaced and one at least three letters long, so that ordinary
    text with a stray double space (« à  M. X ») is never touched.
    """
    words = lexicon.WORD_GAP.split(text)
    if not all(lexicon.LETTER_SPACED_WORD.match(word) for word in words):
        return None
    if max(len(word) for word in words) < 7:  # « J P M » could be initials
        return None
    return " ".join(word.replace(" ", "") for word in words)


def _tidy(text: str) -> str:
    """Spacing only: invisible spaces made plain, runs collapsed, ends trimmed."""
    return lexicon.RUNS_OF_SPACES.sub(" ", lexicon.INVISIBLE_SPACES.sub(" ", text)).strip()
