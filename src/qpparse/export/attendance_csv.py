"""Attendance as a table: one row per member per deliberation, for attendance statistics.

Columns: ``extract_id`` (deliberation number, else ``path#record``), ``session_date`` (ISO),
``body``, ``member``, ``given_name``, ``family_name``, ``status`` (``present``, ``represented``,
``excused``, ``absent``) and ``holder`` (the proxy holder of a represented member). People
attending without a vote (staff, guests) are not members and get no row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TextIO

from qpparse.model import Extract, Person

from ._cells import text_cell, write_rows
from ._identity import extract_id

COLUMNS = (
    "extract_id",
    "session_date",
    "body",
    "member",
    "given_name",
    "family_name",
    "status",
    "holder",
)


def to_rows(extracts: Iterable[Extract]) -> list[dict[str, str]]:
    """Rows in document order: present, then represented, excused and absent members."""
    return [row for extract in extracts for row in _rows(extract)]


def write_csv(extracts: Iterable[Extract], stream: TextIO) -> None:
    """Write the header and the rows of :func:`to_rows` as CSV (open ``stream`` with
    ``newline=""`` and ``encoding="utf-8"``)."""
    write_rows(to_rows(extracts), COLUMNS, stream)


@dataclass(frozen=True, slots=True)
class Member:
    """One member as the attendance lists name them."""

    status: str
    person: Person
    holder: Person | None = None
    scope: str | None = None


def members(extract: Extract) -> Iterator[Member]:
    """Every member the attendance names, in the order of the lists."""
    attendance = extract.attendance
    yield from (Member("present", person) for person in attendance.present)
    for proxy in attendance.represented:
        yield Member("represented", proxy.member, proxy.holder, proxy.scope)
    yield from (Member("excused", person) for person in attendance.excused)
    yield from (Member("absent", person) for person in attendance.absent)


def _rows(extract: Extract) -> Iterator[dict[str, str]]:
    common = {
        "extract_id": text_cell(extract_id(extract)),
        "session_date": extract.session.date.isoformat() if extract.session.date else "",
        "body": text_cell(extract.body.name if extract.body else None),
    }
    for member in members(extract):
        person, holder = member.person, member.holder
        yield {
            **common,
            "member": text_cell(person.name),
            "given_name": text_cell(person.given_name),
            "family_name": text_cell(person.family_name),
            "status": member.status,
            "holder": text_cell(holder.name if holder else None),
        }
