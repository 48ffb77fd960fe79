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
    Publication,
    Repair,
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

    publication: Publication | None = None
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
    # Changes an extractor made to the text it read (a name re-joined across lines, …).
    repairs: list[Repair] = field(default_factory=list)
    # The highest line rejected so far: lets claim() keep spans off rejected lines in O(1).
    _last_rejected: int = field(default=0, init=False, repr=False)
    # Lines claimed so far: a run must not stretch over a line another field took (page
    # furniture inside a list is claimed before the list).
    _claimed: set[int] = field(default_factory=set, init=False, repr=False)
    # The words a span was read from, when it used only part of its piece: its first and its
    # last words, so that relocation points it at the input lines holding them, not the piece's.
    span_words: dict[int, tuple[str, str]] = field(default_factory=dict, init=False, repr=False)
    # Attendance headings read just before with nothing under them (« Présents : » / « Absents
    # excusés : » / « Absents : » / the names): their role and line, in order.
    stacked_headings: list[tuple[str, int]] = field(default_factory=list, init=False, repr=False)

    def claim(self, field_path: str, line: TextLine | int, words: str | None = None) -> None:
        """Record that ``line`` went into ``field_path``; runs of one field make one span.

        A run is broken by a line rejected or claimed by another field in between, so that no
        span covers a line that went to ``unrecognised`` or elsewhere. ``words``: the part of
        the line the field was read from, when it is not the whole line.
        """
        number = line if isinstance(line, int) else line.number
        last = self.spans[-1] if self.spans else None
        if (
            last is not None
            and last.field == field_path
            and last.end_line < number
            and not last.end_line < self._last_rejected < number
            and not any(n in self._claimed for n in range(last.end_line + 1, number))
        ):
            last.end_line = number
            self._claimed.add(number)
            if words and id(last) in self.span_words:
                self.span_words[id(last)] = (self.span_words[id(last)][0], words)
            return
        self._claimed.add(number)
        self.spans.append(Span(field=field_path, line=number, end_line=number))
        if words:
            self.span_words[id(self.spans[-1])] = (words, words)

    def repair(self, line: int, kind: str, before: str, after: str) -> None:
        """Report a change made to the text while reading it: never silent."""
        self.repairs.append(Repair(line=line, kind=kind, before=before, after=after))

    def reject(self, line: TextLine) -> None:
        """Keep a line the extractor could not place, verbatim, in ``unrecognised``."""
        self.unrecognised.append(Line(line=line.number, text=line.text))
        self._last_rejected = max(self._last_rejected, line.number)

    def reject_rest(self, line: int, text: str) -> None:
        """Keep the part of a line no reader used (« Séance du 10 mars 2022 une ligne … »)."""
        self.unrecognised.append(Line(line=line, text=text))
        self._last_rejected = max(self._last_rejected, line)

    def formula(self, kind: str, line: TextLine) -> None:
        """Keep a procedural sentence (« Ouï le rapport ci-dessus », …) as a formula."""
        self.formulas.append(Formula(kind=kind, text=line.text, line=line.number))
        self.claim(f"formulas.{kind}", line)
