"""Identification: the deliberation number, its title and other references."""

from __future__ import annotations

from qpparse import lexicon
from qpparse.frenchtext import fold
from qpparse.model import NumberParts
from qpparse.normalise import TextLine
from qpparse.segment import Section

from .draft import Draft


def extract(section: Section, draft: Draft) -> None:
    """« CHL-025-11372/22/BM », then the title, then other numbers such as « 18621 »."""
    first, *rest = section.lines
    deliberation = draft.deliberation
    deliberation.number, deliberation.number_parts = parse_number(first.text)
    deliberation.line = first.number
    draft.claim("deliberation.number", first)
    for line in rest:
        if lexicon.OTHER_NUMBER.match(line.text):
            deliberation.other_numbers.append(line.text)
            draft.claim("deliberation.other_numbers", line)
        elif deliberation.title is None:
            deliberation.title = strip_title_prefix(line.text)
            deliberation.title_line = line.number
            draft.claim("deliberation.title", line)
        else:
            draft.reject(line)


def parse_number(text: str) -> tuple[str, NumberParts | None]:
    """The number as written and, for Métropole numbers, its parts."""
    match = lexicon.METROPOLE_NUMBER.match(text)
    if match is None:
        return text, None
    parts = NumberParts(
        commission=match["commission"],
        order=int(match["order"]),
        unique=int(match["unique"]),
        year=2000 + int(match["year"]),
        body=match["body"],
    )
    return match["number"], parts


def strip_title_prefix(text: str) -> str:
    """« Objet : Approbation … » → « Approbation … »."""
    match = lexicon.TITLE_PREFIX.match(fold(text))
    return text[match.end() :] if match else text


def is_identifier(line: TextLine) -> bool:
    """Whether a line is a deliberation identifier on its own."""
    return lexicon.METROPOLE_NUMBER.match(line.text) is not None
