"""Scan: find the markers that stand inside running text, and break the text there.

About half of real extracts reach users as transcriptions in which a page, or the whole document,
is one line: « … Séance du 5 décembre 2014 Secrétaire de séance : Anne ROUX Présents : … ».
The segmenter reads a marker where a line starts; here, every marker found *inside* a line (a
heading, a count box, « Objet : », « Vu », « Article 2 : », a vote, a signature formula…) starts
a line of its own. A line break is thus only a hint: the same text flattened to one line is cut
into the same pieces as the text that kept its lines.

The pieces are *virtual* lines, numbered in order; :class:`LineMap` takes every number back to the
input line the piece came from, so that fields, spans and findings still point at the input.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import pairwise

from pydantic import BaseModel

from . import lexicon
from .frenchtext import fold, names_an_earlier_session
from .model import Span
from .normalise import TextLine

# How far past a candidate position a marker is looked for: the longest marker pattern reads a
# heading and the first words after it, never a whole page.
_WINDOW = 160


@dataclass(frozen=True, slots=True)
class LineMap:
    """Virtual line number → the input lines it came from (``origin[number - 1]`` to
    ``last[number - 1]``: a piece of one input line, or a few lines joined)."""

    origin: tuple[int, ...]
    last: tuple[int, ...]

    @property
    def identity(self) -> bool:
        return self.origin == self.last and all(
            number == index for index, number in enumerate(self.origin, start=1)
        )

    def input_line(self, virtual: int) -> int:
        if 1 <= virtual <= len(self.origin):
            return self.origin[virtual - 1]
        return virtual

    def last_input_line(self, virtual: int) -> int:
        if 1 <= virtual <= len(self.last):
            return self.last[virtual - 1]
        return virtual

    def input_lines(self, virtual: int) -> range:
        return range(self.input_line(virtual), self.last_input_line(virtual) + 1)

    def first_virtual(self, numbers: Sequence[int]) -> list[int]:
        """The first virtual line of each input line in ``numbers`` (PDF page starts)."""
        first: dict[int, int] = {}
        for virtual, (start, end) in enumerate(zip(self.origin, self.last, strict=True), 1):
            for number in range(start, end + 1):
                first.setdefault(number, virtual)
        return [first[number] for number in numbers if number in first]


def split_at_markers(
    lines: list[TextLine], keep: Collection[int] = ()
) -> tuple[list[TextLine], LineMap]:
    """Break every line at the markers that stand inside it; number the pieces anew.

    Lines in ``keep`` (page furniture, running headers) stay whole: they are recognised as
    whole lines, and repeat a marker (« … - Délibération n° 2021/112 ») that is not the text's.
    A count box a table put one cell per line (« NOMBRE DE CONSEILLERS » / « EN EXERCICE » /
    « 33 ») is read as one line.
    """
    pieces: list[TextLine] = []
    origin: list[int] = []
    last: list[int] = []

    def emit(text: str, first: int, final: int) -> None:
        pieces.append(TextLine(len(pieces) + 1, text))
        origin.append(first)
        last.append(final)

    index = 0
    while index < len(lines):
        line = lines[index]
        if line.number in keep:
            emit(line.text, line.number, line.number)
            index += 1
            continue
        cells = _stacked_count(lines, index, keep)
        # Furniture a page break put between a count's cells keeps its own line.
        for between in lines[cells[0] : cells[-1] + 1]:
            if between.number in keep:
                emit(between.text, between.number, between.number)
        text = " ".join(lines[cell].text for cell in cells)
        for part in _parts(text):
            emit(part, line.number, lines[cells[-1]].number)
        index = cells[-1] + 1
    return pieces, LineMap(tuple(origin), tuple(last))


def _stacked_count(lines: list[TextLine], index: int, keep: Collection[int]) -> list[int]:
    """The indexes of the lines from ``index`` that make one count cell: a label, maybe wrapped,
    then its number alone on a line (only ``index`` when the line is no such label, or when
    numbers of several columns follow it). Blank lines and furniture between cells are skipped."""
    cells = [index]
    following = (
        position
        for position in range(index + 1, min(len(lines), index + lexicon.STACK_REACH))
        if lines[position].text and lines[position].number not in keep
    )
    for position in following:
        cells.append(position)
        if len(cells) > lexicon.STACK_CELLS:
            break
        if not lexicon.BARE_COUNT.fullmatch(lines[position].text):
            continue
        after = next(following, None)
        if after is not None and lexicon.BARE_COUNT.fullmatch(lines[after].text):
            break  # « 58 » / « 48 »: columns of a table, whose number is whose is unclear
        label = fold(" ".join(lines[cell].text for cell in cells)).replace(" :", "")
        if lexicon.COUNT_PAIR.fullmatch(label):  # « NOMBRE DE » / « CONSEILLERS : » / …
            return cells
        break
    return [index]


def _parts(text: str) -> list[str]:
    """``text`` cut where its markers start (itself when none stands inside it)."""
    cuts = marker_starts(text)
    if not cuts:
        return [text]
    bounds = [0, *cuts, len(text)]
    return [text[start:end].strip() for start, end in pairwise(bounds)]


def marker_starts(text: str) -> list[int]:
    """Where markers start inside ``text`` (never at 0): the places to break it.

    A candidate inside the marker its piece starts with is not another marker (« ETAIENT
    PRESENTS », « Conseil Municipal - Séance du … »), and the pairs of one count box stay
    together (« En exercice : 27 Présents : 20 Votants : 24 »). In running text (more markers
    follow), a deliberation number that stands for a whole line (« CHL-025-11372/22/BM ») ends
    its piece too; a line that only follows it with words is a table of contents' entry.
    """
    folded = fold(text)
    cuts: list[int] = []
    piece_start, piece_kind = 0, _kind_at(folded, 0)
    covered = _marker_end(folded, 0)
    if piece_kind == "number" and covered < len(text):
        cuts.append(covered)
        piece_start, piece_kind = covered, None
    number_ends = set(cuts)
    for candidate in lexicon.INLINE_CANDIDATE.finditer(text):
        position = candidate.start()
        if position < covered or position <= piece_start:
            continue
        kind = _kind_at(folded, position, lower_case=text[position].islower())
        if kind is None or not _has_word(folded, piece_start, position):
            continue  # a bullet or a number before a marker (« - Vu le … ») stays with it
        if (
            kind == "counts"
            and piece_kind == "counts"
            and _only_counts_between(folded, piece_start, position)
        ):
            continue
        cuts.append(position)
        piece_start, piece_kind = position, kind
        covered = _marker_end(folded, position)
        if kind == "number" and covered < len(text):
            cuts.append(covered)
            number_ends.add(covered)
            piece_start, piece_kind = covered, None
    if cuts and cuts[-1] in number_ends:
        cuts.pop()
    return cuts


def _kind_at(folded: str, position: int, *, lower_case: bool = False) -> str | None:
    """What starts at ``position``: a count box, a whole-line number, another marker, or none."""
    window = folded[position : position + _WINDOW]
    if position > 0 and lexicon.COUNT_THEN_LIST.match(window):
        return "marker"  # « … 15 : présents : 15 : DEMARTY Daniel, … »: the list starts here
    if lower_case:
        return None  # a lower-case word after a colon starts nothing else
    if _is_count_start(window, position):
        return "counts"
    if lexicon.INLINE_NUMBER.match(window):
        return "number"
    if lexicon.INLINE_MARKER.match(window):
        # « Approbation du procès-verbal de la séance du 14 janvier »: an earlier session.
        earlier = lexicon.SESSION_WORD.match(window) and names_an_earlier_session(folded, position)
        return None if earlier else "marker"
    after_sentence = _after_sentence(folded, position)
    return "marker" if after_sentence and lexicon.INLINE_AFTER_SENTENCE.match(window) else None


def _is_count_start(window: str, position: int) -> bool:
    if position == 0 and lexicon.COUNT_CHANGE_SCOPE.match(window):
        return True
    return lexicon.COUNT_LINE.match(window) is not None and (
        position == 0 or lexicon.COUNT_PAIR.search(window, 0, lexicon.COUNT_PAIR_REACH) is not None
    )


def _after_sentence(folded: str, position: int) -> bool:
    """Whether ``position`` starts a sentence: a full stop, a semicolon or a colon before it."""
    before = folded[max(0, position - 4) : position].rstrip()
    return before.endswith((".", ";", ":", "!", "?"))


def _marker_end(folded: str, position: int) -> int:
    """Where the marker starting at ``position`` ends (``position`` when none does)."""
    window = folded[position : position + _WINDOW]
    ends = [
        match.end()
        for pattern in (
            lexicon.INLINE_NUMBER,
            lexicon.INLINE_MARKER,
            lexicon.SESSION_DATE,
            lexicon.HEADLESS_LIST,  # the marker is a lookahead there: its run is what it covers
        )
        if (match := pattern.match(window))
    ]
    return position + max(ends, default=0)


def _has_word(folded: str, start: int, end: int) -> bool:
    return lexicon.WORD_CHARACTER.search(folded, start, end) is not None


def _only_counts_between(folded: str, start: int, end: int) -> bool:
    return lexicon.COUNT_BOX_RUN.fullmatch(folded, start, end) is not None


_LINE_FIELDS = ("line", "end_line", "title_line")


def relocate(value: object, line_map: LineMap) -> None:
    """Point every line number held in ``value`` (models, lists of them) at the input line."""
    if isinstance(value, list):
        for item in value:
            relocate(item, line_map)
        return
    if not isinstance(value, BaseModel):
        return
    for name in type(value).model_fields:
        held = getattr(value, name)
        if name in _LINE_FIELDS and isinstance(held, int):
            # A span ends on the last input line of its last piece; every other line points
            # at where its piece starts.
            moved = (
                line_map.last_input_line(held) if name == "end_line" else line_map.input_line(held)
            )
            setattr(value, name, moved)
        elif isinstance(held, BaseModel | list):
            relocate(held, line_map)


def merge_spans(spans: list[Span]) -> list[Span]:
    """Spans of one field that now touch (pieces of one input line) become one."""
    merged: list[Span] = []
    for span in spans:
        last = merged[-1] if merged else None
        if last is not None and last.field == span.field and span.line <= last.end_line + 1:
            last.end_line = max(last.end_line, span.end_line)
        else:
            merged.append(span)
    return merged
