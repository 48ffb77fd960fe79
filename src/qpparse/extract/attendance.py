"""Attendance: the lists of members present, represented, excused and absent."""

from __future__ import annotations

from qpparse import lexicon
from qpparse.frenchtext import fold
from qpparse.model import Person, Proxy
from qpparse.names import Piece, parse_person, split_list
from qpparse.normalise import TextLine
from qpparse.segment import Section

from .draft import Draft


def extract(section: Section, draft: Draft) -> None:
    """Read one attendance block: its heading line, then names separated by « - », « , », « ; »."""
    heading, *rest = section.lines
    role = section.role or "present"
    draft.claim(f"attendance.{role}.heading", heading)
    pieces = [_after_heading(heading)] + [Piece(line.text, line.number) for line in rest]
    names = split_list([piece for piece in pieces if piece.text])
    for piece in names:
        if not _add(role, piece, draft):
            draft.reject(TextLine(piece.line, piece.text))
    for line in rest:
        draft.claim(f"attendance.{role}", line)


def _after_heading(heading: TextLine) -> Piece:
    """The names written on the heading line itself, after « Présents : Mmes et MM. »."""
    folded = fold(heading.text)
    for _, pattern in lexicon.ATTENDANCE_HEADINGS:
        match = pattern.search(folded)
        if match is not None:
            rest = heading.text[match.end() :]
            rest = rest[lexicon.WORD_TAIL.match(rest).end() :].lstrip(" :")  # type: ignore[union-attr]
            tail = lexicon.HEADING_TAIL.match(fold(rest))
            rest = rest[tail.end() :] if tail else rest
            return Piece(rest.lstrip(" :"), heading.number)
    return Piece("", heading.number)


def _add(role: str, piece: Piece, draft: Draft) -> bool:
    attendance = draft.attendance
    proxy = parse_proxy(piece)
    if proxy is not None:
        attendance.represented.append(proxy)
        return True
    person = parse_person(piece.text, piece.line)
    if person is None or role == "represented":
        return _add_represented_without_holder(role, person, piece, draft)
    target: list[Person] = getattr(attendance, role)
    target.append(person)
    return True


def _add_represented_without_holder(
    role: str, person: Person | None, piece: Piece, draft: Draft
) -> bool:
    """Under a « représentés » heading a name without « par … » has an unknown holder."""
    if person is None:
        return False
    draft.attendance.represented.append(Proxy(member=person, holder=None, line=piece.line))
    return True


def parse_proxy(piece: Piece) -> Proxy | None:
    """« Roland GIBERTI représenté par Gerard GAZAY » → a :class:`Proxy`; else ``None``."""
    match = lexicon.PROXY.match(fold(piece.text))
    if match is None:
        return None
    member = parse_person(piece.text[: match.end("member")], piece.line)
    holder = parse_person(piece.text[match.start("holder") : match.end("holder")], piece.line)
    if member is None:
        return None
    return Proxy(member=member, holder=holder, line=piece.line)
