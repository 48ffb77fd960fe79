"""The extract under construction, and the bookkeeping that keeps every line accounted for."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qpparse.model import Content, Formula, Line, Repair, Span
from qpparse.normalise import TextLine


def _content_fields() -> list[tuple[str, object, object]]:
    """:class:`~qpparse.model.Content`'s fields as dataclass fields, with the same defaults."""
    return [
        (
            name,
            info.annotation,
            field(default=info.default)
            if info.default_factory is None
            else field(default_factory=info.default_factory),  # type: ignore[arg-type]
        )
        for name, info in Content.model_fields.items()
    ]


if TYPE_CHECKING:
    # Type checkers read the fields, with their types, from the model itself.
    _ContentFields = Content
else:
    # At run time a plain dataclass: a Pydantic model's attributes are several times slower to
    # read and write, and extractors do little else.
    _ContentFields = dataclasses.make_dataclass("_ContentFields", _content_fields())


@dataclass
class Draft(_ContentFields):
    """Mutable fields of an :class:`~qpparse.model.Extract`, filled section by section.

    Its fields are :class:`~qpparse.model.Content`'s, taken from the model (no second list), plus
    the bookkeeping below. Extractors *claim* each line they use (:meth:`claim`) and *reject* the
    ones they cannot read (:meth:`reject`); a line is never simply skipped.
    """

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
            if id(last) in self.span_words:
                # The run now ends with these words; a line claimed whole ends it at its end.
                self.span_words[id(last)] = (self.span_words[id(last)][0], words or "")
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
