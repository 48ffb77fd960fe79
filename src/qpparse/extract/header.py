"""Header: « EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU DE LA MÉTROPOLE … »."""

from __future__ import annotations

from qpparse import lexicon
from qpparse.frenchtext import fold
from qpparse.model import Named
from qpparse.normalise import TextLine
from qpparse.segment import Section

from .draft import Draft
from .writing import written_form


def extract(section: Section, draft: Draft, all_lines: list[TextLine]) -> None:
    """Fill ``authority`` and ``body`` from the header line; other header lines are kept aside."""
    first, *rest = section.lines
    found = parse_header(first.text, first.number, all_lines)
    if found is None:
        draft.reject(first)
    else:
        draft.authority, draft.body = found
        draft.claim("header", first)
    for line in rest:
        draft.reject(line)


def parse_header(text: str, line: int, context: list[TextLine]) -> tuple[Named, Named] | None:
    """Return (authority, body) named in a header line, in the spelling the text uses best."""
    folded = fold(text)
    match = lexicon.HEADER_BODY_AUTHORITY.search(folded)
    if match is None:
        return None
    authority_text = text[match.start("authority") : match.end("authority")].strip(" .,")
    authority_name = written_form(authority_text, context) or _tidy(authority_text)
    authority = Named(
        name=authority_name, kind=_kind(authority_text, lexicon.AUTHORITIES), line=line
    )
    body_kind = _kind(match["body"], lexicon.BODIES)
    link = text[match.end("body") : match.start("authority")].lower()
    candidate = f"{text[match.start('body') : match.end('body')]}{link}{authority_name.split()[0]}"
    body_name = written_form(candidate, context) or _tidy(candidate)
    return authority, Named(name=body_name, kind=body_kind, line=line)


def _kind(text: str, table: tuple[tuple[str, lexicon.Pattern, str], ...]) -> str | None:
    folded = fold(text)
    return next((kind for kind, pattern, _ in table if pattern.search(folded)), None)


def _tidy(text: str) -> str:
    """Upper-case header words in sentence case, when the text never writes them otherwise."""
    return text if not text.isupper() else text[:1] + text[1:].lower()
