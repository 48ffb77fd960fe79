"""Segment: numbered lines → sections (header, session, attendance, …, signature).

Each non-blank line is classified by the marker it carries (a heading, « Vu », « Article 2 : »…).
A marker opens a new section only where the document's order allows it: extracts run from the
header to the signature, so a marker of an earlier stage met later (« adopté » inside a report,
« Article 3 » quoted in a visa) is ordinary text of the current section. Lines without a marker
belong to the section above them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from . import lexicon
from .frenchtext import fold
from .normalise import TextLine


class Kind(str, Enum):
    """What a section is, and the marker that opens it."""

    PREAMBLE = "preamble"
    HEADER = "header"
    SESSION = "session"
    OPENING = "opening"
    ATTENDANCE = "attendance"
    PROPOSAL = "proposal"
    IDENTIFICATION = "identification"
    REPORT = "report"
    CONCLUSION = "conclusion"
    BODY_DECLARATION = "body_declaration"
    VISAS = "visas"
    REPORT_HEARD = "report_heard"
    CONCLUSIONS_HEARD = "conclusions_heard"
    CONSIDERANTS = "considerants"
    DECISION = "decision"
    ARTICLE = "article"
    VOTE = "vote"
    SIGNATURE = "signature"


# The stage of the document each kind belongs to; a marker may open a section only at its own
# stage or a later one.
_STAGE: dict[Kind, int] = {
    Kind.PREAMBLE: 0,
    Kind.HEADER: 0,
    Kind.SESSION: 1,
    Kind.OPENING: 1,
    Kind.ATTENDANCE: 2,
    Kind.PROPOSAL: 3,
    Kind.IDENTIFICATION: 3,
    Kind.REPORT: 4,
    Kind.CONCLUSION: 4,
    Kind.BODY_DECLARATION: 4,
    Kind.VISAS: 5,
    Kind.REPORT_HEARD: 5,
    Kind.CONCLUSIONS_HEARD: 5,
    Kind.CONSIDERANTS: 5,
    Kind.DECISION: 6,
    Kind.ARTICLE: 7,
    Kind.VOTE: 8,
    Kind.SIGNATURE: 9,
}
# Markers whose wording also occurs in running text: they count only from this stage on.
_EARLIEST_STAGE: dict[Kind, int] = {
    Kind.BODY_DECLARATION: 4,
    Kind.ARTICLE: 5,
    Kind.VOTE: 6,
    Kind.SIGNATURE: 2,
}
# Markers that may open several sections of their kind in a row.
_REPEATABLE = frozenset({Kind.ATTENDANCE, Kind.ARTICLE, Kind.VISAS, Kind.CONSIDERANTS})

_SINGLE_MARKERS: tuple[tuple[Kind, lexicon.Pattern], ...] = (
    (Kind.HEADER, lexicon.HEADER),
    (Kind.SESSION, lexicon.SESSION_DATE),
    (Kind.PROPOSAL, lexicon.PROPOSAL),
    (Kind.REPORT, lexicon.PROPOSER),
    (Kind.CONCLUSION, lexicon.CONCLUSION),
    # Before the body declaration: « Le Conseil, après en avoir délibéré, » is the decision.
    (Kind.DECISION, lexicon.DECISION),
    (Kind.BODY_DECLARATION, lexicon.BODY_DECLARATION),
    (Kind.VISAS, lexicon.VISA_HEADING),
    (Kind.VISAS, lexicon.VISA_LINE),
    (Kind.REPORT_HEARD, lexicon.REPORT_HEARD),
    (Kind.CONCLUSIONS_HEARD, lexicon.CONCLUSIONS_HEARD),
    (Kind.CONSIDERANTS, lexicon.CONSIDERANT_HEADING),
    (Kind.CONSIDERANTS, lexicon.CONSIDERANT_LINE),
    (Kind.ARTICLE, lexicon.ARTICLE),
    (Kind.SIGNATURE, lexicon.SIGNATURE),
    (Kind.VOTE, lexicon.VOTE),
    (Kind.OPENING, lexicon.OPENING),
)


@dataclass(frozen=True, slots=True)
class Marker:
    """What a line announces: a section kind, and for attendance headings the list it opens."""

    kind: Kind
    role: str | None = None


@dataclass(slots=True)
class Section:
    """A run of lines of one kind; ``lines[0]`` carries the marker when the kind has one."""

    kind: Kind
    lines: list[TextLine] = field(default_factory=list)
    role: str | None = None

    @property
    def first_line(self) -> int:
        return self.lines[0].number


def classify(text: str) -> Marker | None:
    """The marker ``text`` carries, if any, whatever its position in the document."""
    folded = fold(text)
    for role, pattern in lexicon.ATTENDANCE_HEADINGS:
        if pattern.search(folded):
            return Marker(Kind.ATTENDANCE, role)
    if lexicon.METROPOLE_NUMBER.match(text):
        return Marker(Kind.IDENTIFICATION)
    for kind, pattern in _SINGLE_MARKERS:
        if pattern.search(folded):
            return Marker(kind)
    return None


def segment(lines: list[TextLine]) -> list[Section]:
    """Cut the non-blank ``lines`` into sections, in document order."""
    sections: list[Section] = []
    current = Section(Kind.PREAMBLE)
    for line in lines:
        if not line.text:
            continue
        marker = classify(line.text)
        if marker is not None and _opens_section(marker, current):
            if current.lines:
                sections.append(current)
            current = Section(marker.kind, role=marker.role)
        current.lines.append(line)
    if current.lines:
        sections.append(current)
    return sections


def _opens_section(marker: Marker, current: Section) -> bool:
    stage, current_stage = _STAGE[marker.kind], _STAGE[current.kind]
    if current_stage < _EARLIEST_STAGE.get(marker.kind, 0):
        return False
    if marker.kind is current.kind and marker.kind not in _REPEATABLE:
        return False
    return stage >= current_stage or starts_new_record(marker.kind, current.kind)


def starts_new_record(kind: Kind, after: Kind) -> bool:
    """Whether a section of ``kind`` met after one of kind ``after`` begins another deliberation.

    In a bundle (a « recueil », a session's minutes) a new header, session, attendance or
    deliberation number after a vote or a signature starts the next deliberation.
    """
    return _STAGE[after] >= _STAGE[Kind.VOTE] and _STAGE[kind] <= _STAGE[Kind.IDENTIFICATION]


def stage(kind: Kind) -> int:
    """The position of ``kind`` in the order of an extract (header 0 … signature last)."""
    return _STAGE[kind]
