"""Session: « Séance du jeudi 10 mars 2022 » and « … a ouvert la séance … présents 23 membres »."""

from __future__ import annotations

from qpparse import lexicon
from qpparse.frenchtext import find_date, find_time, fold
from qpparse.names import parse_person
from qpparse.normalise import TextLine
from qpparse.segment import Kind, Section

from .draft import Draft


def extract(section: Section, draft: Draft) -> None:
    """Dispatch the session-date section and the opening sentence."""
    first, *rest = section.lines
    if section.kind is Kind.SESSION:
        read_date_line(first, draft)
    else:
        read_opening(first, draft)
    for line in rest:
        draft.reject(line)


def read_date_line(line: TextLine, draft: Draft) -> None:
    """« Séance du jeudi 10 mars 2022 [à 9 h 30] »: date, weekday and time as written."""
    found = find_date(line.text)
    if found is None:
        draft.reject(line)
        return
    session = draft.session
    session.date, session.weekday, session.line = found.date, found.weekday, line.number
    session.time = find_time(line.text[found.end :])
    draft.claim("session.date", line)


def read_opening(line: TextLine, draft: Draft) -> None:
    """The opening sentence: who presided, in what role, and the declared number present."""
    folded = fold(line.text)
    session = draft.session
    president = lexicon.OPENING_PRESIDENT.search(folded)
    if president is not None:
        who = line.text[president.start("who") : president.end("who")]
        session.president = parse_person(who, line.number)
        session.president_role = line.text[president.start("role") : president.end("role")]
    count = lexicon.OPENING_COUNT.search(folded)
    if count is not None:
        session.counts.present = int(count["count"])
        session.counts.line = line.number
    if president is None and count is None:
        draft.reject(line)
        return
    draft.claim("session.opening", line)
