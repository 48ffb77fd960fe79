"""Visas (« Vu … ») and considérants (« Considérant … »): lists of citations with their lines."""

from __future__ import annotations

from qpparse import lexicon
from qpparse.frenchtext import fold
from qpparse.model import Citation
from qpparse.normalise import TextLine
from qpparse.segment import Section

from .draft import Draft

_HEADINGS = {"visas": lexicon.VISA_HEADING, "considerants": lexicon.CONSIDERANT_HEADING}


def extract(section: Section, draft: Draft, field: str) -> None:
    """Read a « Vu » / « Considérant » block into ``draft.visas`` or ``draft.considerants``.

    Either a heading alone on its line followed by « - » items, or one citation per line that
    starts with the keyword. A line that does not start an item continues the item above it.
    """
    target: list[Citation] = getattr(draft, field)
    first = section.lines[0]
    items = section.lines
    if _HEADINGS[field].match(fold(first.text)):
        draft.claim(f"{field}.heading", first)
        items = section.lines[1:]
    count_before = len(target)
    parts: list[str] = []  # the texts of the last item's lines, joined once it is complete
    for line in items:
        text = citation_text(line.text)
        if len(target) == count_before or is_item(line):
            _close(target, parts)
            target.append(Citation(text=text, line=line.number))
            parts = [text]
        else:  # a wrapped item: its text goes on under the bullet above
            parts.append(text)
        draft.claim(field, line)
    _close(target, parts)


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
