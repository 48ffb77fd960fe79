"""Visas (« Vu … ») and considérants (« Considérant … »): lists of citations with their lines."""

from __future__ import annotations

from itertools import pairwise

from qpparse import lexicon
from qpparse.frenchtext import fold
from qpparse.model import Citation
from qpparse.normalise import TextLine
from qpparse.segment import Section

from .draft import Draft

_HEADINGS = {"visas": lexicon.VISA_HEADING, "considerants": lexicon.CONSIDERANT_HEADING}


def extract(section: Section, draft: Draft, field: str) -> None:
    """Read a « Vu » / « Considérant » block into ``draft.visas`` or ``draft.considerants``.

    Either a heading followed by « - » items (on its line or below), or one citation per piece
    that starts with the keyword. A part that does not start an item continues the item above.
    """
    target: list[Citation] = getattr(draft, field)
    count_before = len(target)
    parts: list[str] = []  # the texts of the last item's parts, joined once it is complete
    for index, line in enumerate(section.lines):
        text = line.text
        words = None  # the line's words that went into the items, when not all of them did
        if index == 0 and (heading := lexicon.CITATION_HEADING.match(fold(text))):
            text = text[heading.end() :]
            draft.claim(f"{field}.heading", line, words=line.text[: heading.end()].strip() or None)
            if not text.strip():
                continue
            words = text.strip()
        for bulleted, item in split_items(text):
            if len(target) == count_before or bulleted:
                _close(target, parts)
                target.append(Citation(text=citation_text(item), line=line.number))
                parts = [citation_text(item)]
            else:  # a wrapped item: its text goes on under the bullet above
                parts.append(citation_text(item))
        draft.claim(field, line, words=words)
    _close(target, parts)


def split_items(text: str, *, decision: bool = False) -> list[tuple[bool, str]]:
    """``text`` cut before each bullet that opens a list item: (bulleted, part) in order.

    In a ``decision``, a dash opens an item after the verb or before a lower-case word too.
    """
    bullet = lexicon.DECISION_ITEM_BULLET if decision else lexicon.ITEM_BULLET
    starts = [match.start() for match in bullet.finditer(text)]
    bounds = [0, *(start for start in starts if start > 0), len(text)]
    parts = [text[start:end].strip() for start, end in pairwise(bounds)]
    return [(part.startswith(lexicon.BULLETS), part) for part in parts if part]


def _close(target: list[Citation], parts: list[str]) -> None:
    """Give the last item the text of all its lines (joined once: long items stay linear)."""
    if len(parts) > 1:
        target[-1].text = " ".join(parts)


def citation_text(text: str) -> str:
    """An item without its list bullet and its list punctuation (« - … ; » → « … »)."""
    return lexicon.ITEM_END.sub("", lexicon.ITEM_START.sub("", text))


def is_item(line: TextLine) -> bool:
    """Whether a line starts a new list item."""
    return line.text.startswith(lexicon.BULLETS)
