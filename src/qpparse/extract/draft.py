"""The extract under construction, and the bookkeeping that keeps every line accounted for."""

from __future__ import annotations

from dataclasses import dataclass, field

from qpparse.model import (
    Article,
    Attendance,
    Citation,
    Deliberation,
    Formula,
    Line,
    Named,
    Session,
    Signature,
    Span,
    Vote,
)
from qpparse.normalise import TextLine


@dataclass
class Draft:
    """Mutable fields of an :class:`~qpparse.model.Extract`, filled section by section.

    Extractors *claim* each line they use (:meth:`claim`) and *reject* the ones they cannot
    read (:meth:`reject`); a line is never simply skipped.
    """

    authority: Named | None = None
    body: Named | None = None
    session: Session = field(default_factory=Session)
    attendance: Attendance = field(default_factory=Attendance)
    deliberation: Deliberation = field(default_factory=Deliberation)
    visas: list[Citation] = field(default_factory=list)
    considerants: list[Citation] = field(default_factory=list)
    decision_formula: str | None = None
    articles: list[Article] = field(default_factory=list)
    vote: Vote | None = None
    signature: Signature | None = None
    formulas: list[Formula] = field(default_factory=list)
    unrecognised: list[Line] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)

    def claim(self, field_path: str, line: TextLine | int) -> None:
        """Record that ``line`` went into ``field_path``; runs of one field make one span."""
        number = line if isinstance(line, int) else line.number
        last = self.spans[-1] if self.spans else None
        if last is not None and last.field == field_path and last.end_line < number:
            last.end_line = number
            return
        self.spans.append(Span(field=field_path, line=number, end_line=number))

    def reject(self, line: TextLine) -> None:
        """Keep a line the extractor could not place, verbatim, in ``unrecognised``."""
        self.unrecognised.append(Line(line=line.number, text=line.text))

    def formula(self, kind: str, line: TextLine) -> None:
        """Keep a procedural sentence (« Ouï le rapport ci-dessus », …) as a formula."""
        self.formulas.append(Formula(kind=kind, text=line.text, line=line.number))
        self.claim(f"formulas.{kind}", line)
