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

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice, pairwise

from pydantic import BaseModel

from . import lexicon
from .boxes import column_boxes
from .frenchtext import fold, in_parentheses, names_an_earlier_session
from .model import Line, Span
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
    # Input lines read apart from the stream (page furniture, running headers): a piece of
    # several lines holds none of their words, even when its lines surround them.
    apart: frozenset[int] = frozenset()

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

    def bounds(self, pieces: range) -> tuple[int, int] | None:
        """The first and the last input line the ``pieces`` hold (``None`` for none): a piece
        may end after the next one starts when a line read apart, such as a running header,
        stands between them."""
        if not pieces:
            return None
        first = min(self.input_line(virtual) for virtual in pieces)
        return first, max(self.last_input_line(virtual) for virtual in pieces)

    def place_span(self, span: Span) -> None:
        """Point a span claimed whole, piece by piece, at the input lines its pieces hold."""
        bounds = self.bounds(range(span.line, span.end_line + 1))
        if bounds is not None:
            span.line, span.end_line = bounds

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
    """Read the text as one stream and cut it where its markers start; number the pieces.

    Line breaks are hints, not structure: the lines are joined with spaces, so a text flattened
    to one line or wrapped at any width is cut into the same pieces. Lines in ``keep`` (page
    furniture, running headers) are taken out of the stream and stay whole: they are recognised
    as whole lines, and repeat a marker (« … - Délibération n° 2021/112 ») that is not the
    text's.
    """
    pieces: list[TextLine] = []
    origin: list[int] = []
    last: list[int] = []

    def emit(text: str, first: int, final: int) -> None:
        pieces.append(TextLine(len(pieces) + 1, text))
        origin.append(first)
        last.append(final)

    keep = _kept(lines, keep)
    run = [line for line in lines if line.text and line.number not in keep]
    furniture = [line for line in lines if line.text and line.number in keep]
    for text, first, final in _stream_parts(run):
        # Furniture a page break put inside the stream is read on its own, after the piece
        # it interrupted: it neither cuts nor joins the text around it.
        while furniture and furniture[0].number < first:
            floating = furniture.pop(0)
            emit(floating.text, floating.number, floating.number)
        emit(text, first, final)
        while furniture and furniture[0].number <= final:
            floating = furniture.pop(0)
            emit(floating.text, floating.number, floating.number)
    for floating in furniture:
        emit(floating.text, floating.number, floating.number)
    return pieces, LineMap(tuple(origin), tuple(last), frozenset(keep))


def _kept(lines: list[TextLine], keep: Collection[int]) -> set[int]:
    """The lines of ``keep`` that stay out of the stream: not a stamp the text goes on after,
    nor a page number the text goes on after (the stream lifts the number and its header)."""
    kept = set(keep)
    for line, after in pairwise([*lines, TextLine(0, "")]):
        if line.number in kept and (
            _goes_on(line.text, after.text) or _page_number_goes_on(line.text)
        ):
            kept.discard(line.number)
    return kept


def _page_number_goes_on(text: str) -> bool:
    folded = fold(text)
    number = lexicon.INLINE_PAGE_NUMBER.match(folded)
    return number is not None and bool(folded[number.end() :].strip())


def _goes_on(text: str, following: str) -> bool:
    """Whether a stamp line goes on with the text (« Reçu au contrôle de légalité le 5 juillet
    2017 Séance du » / « jeudi 29 juin 2017 … », re-wrapped): it belongs to the stream, where
    the stamp becomes a piece of its own. A marker may start on it and end on the next line."""
    if lexicon.STAMP.match(fold(text)) is None:
        return False
    return any(cut < len(text) for cut in marker_starts(f"{text} {following[:_PEEK]}"))


# How much of the next line may complete a marker that starts at the end of a stamp's line.
_PEEK = 40


def _stream_parts(run: list[TextLine]) -> list[tuple[str, int, int]]:
    """The pieces of the lines of ``run`` joined by spaces, each with its first and last
    input line."""
    if not run:
        return []
    text, starts = _joined(run)
    furniture = inline_furniture(text)
    # The stream is cut without its furniture: a list a page break interrupted goes on after it.
    stream = _blanked(text, furniture)
    bounds = [0, *_cuts(stream), len(stream)]
    parts = []
    for start, end in pairwise(bounds):
        piece = stream[start:end]
        stripped = _closed_up(piece.strip(), furniture)
        first = start + len(piece) - len(piece.lstrip())
        dash = lexicon.TRAILING_DASH.search(stripped)
        # A dash joined the piece to the next marker (« Conseil - Séance du … »), unless it
        # stands on a line of its own: then it is that line's text, kept.
        if dash is not None and not _alone_on_its_line(text, starts, first + dash.end() - 1):
            stripped = stripped[: dash.start()]
        if not stripped:
            continue
        final = start + len(piece.rstrip()) - 1  # a trailing dash is on the same line
        parts.append(
            (
                stripped,
                run[bisect_right(starts, first) - 1].number,
                run[bisect_right(starts, final) - 1].number,
            )
        )
        # Furniture the piece held is read on its own, after it.
        for furniture_start, furniture_end in furniture:
            if start <= furniture_start < end:
                parts.append(
                    (
                        text[furniture_start:furniture_end],
                        run[bisect_right(starts, furniture_start) - 1].number,
                        run[bisect_right(starts, furniture_end - 1) - 1].number,
                    )
                )
    return parts


def inline_furniture(text: str) -> list[tuple[int, int]]:
    """Where page furniture stands inside running text: a page number (« Page 1 sur 2 ») and
    the running header after it, the words that also open the text or follow another page
    number; a dated stamp (« Affichée le 24/09/2020 »). A transcription that joined its pages
    keeps them between two words of a list or a sentence."""
    folded = fold(text)
    return sorted([*_inline_stamps(text, folded), *_inline_page_numbers(text, folded)])


def _inline_stamps(text: str, folded: str) -> list[tuple[int, int]]:
    """Dated stamps a transcription put between two words: « … Véronique, Certifiée
    exécutoire le 24/09/2020 BORT Jean Pierre … »; a capital tells them from a sentence's
    words (« l'arrêté publié le 2/03/2020 »)."""
    if "/" not in folded:
        return []
    return [
        (match.start(), match.end())
        for match in lexicon.INLINE_STAMP.finditer(folded)
        if text[match.start()].isupper()
    ]


def _inline_page_numbers(text: str, folded: str) -> list[tuple[int, int]]:
    """A page number (« Page 1 sur 2 ») and the running header after it."""
    if "page" not in folded:  # most texts: one scan, no call into ``regex``
        return []
    numbers = list(lexicon.INLINE_PAGE_NUMBER.finditer(folded))
    if not numbers:
        return []
    after = [_words_from(text, number.end()) for number in numbers]
    others = [_words_from(text, 0), *after]
    spans = []
    for index, (number, words) in enumerate(zip(numbers, after, strict=True)):
        repeated = max(
            _common_prefix(words, other) for place, other in enumerate(others) if place != index + 1
        )
        if repeated >= lexicon.RUNNING_HEADER_MIN_WORDS:
            spans.append((number.start(), words[repeated - 1][1]))
        elif _interrupts(text, number.start(), number.end()):
            spans.append((number.start(), number.end()))
    # A page number alone between two sentences or headings stays a marker: it ends a piece.
    return spans


def _interrupts(text: str, start: int, end: int) -> bool:
    """Whether the text runs on across a page number: a separator or a comma before it, a
    separator after it, or a word that goes on in lower case (« … BAYLAC, Page 1 sur 2 M. … »,
    « … JOUVENCEL Page 1 sur 2 - Lazare … », « … de la Page 2 sur 3 commune … »)."""
    before, after = text[:start].rstrip()[-1:], text[end:].lstrip()[:1]
    return before in _RUNS_ON or after in _RUNS_ON or after.islower()


_RUNS_ON = frozenset(",;-–")


# The longest running header looked for, in words.
_HEADER_WORDS = 24


def _words_from(text: str, start: int) -> list[tuple[str, int]]:
    """The first words of ``text`` from ``start``, each with where it ends."""
    return [
        (match.group(), match.end())
        for match in islice(lexicon.WORD_RUN.finditer(text, start), _HEADER_WORDS)
    ]


def _common_prefix(words: list[tuple[str, int]], other: list[tuple[str, int]]) -> int:
    count = 0
    for (word, _), (other_word, _) in zip(words, other, strict=False):
        if word != other_word:
            break
        count += 1
    return count


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` turned to spaces (offsets kept)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _closed_up(piece: str, furniture: list[tuple[int, int]]) -> str:
    """A piece that held furniture, its gap closed to one space."""
    return " ".join(piece.split()) if furniture and "  " in piece else piece


def _alone_on_its_line(text: str, starts: list[int], position: int) -> bool:
    """Whether the character at ``position`` is all its input line holds (« - » below a list)."""
    index = bisect_right(starts, position) - 1
    line_end = starts[index + 1] - 1 if index + 1 < len(starts) else len(text)
    return starts[index] == position and line_end == position + 1


def _cuts(text: str) -> list[int]:
    """Where the pieces of ``text`` start: at markers (a list item's with its bullet), at the
    parts of a letterhead, after each entry of a table of contents."""
    # Where a marker or a letterhead's part may start: found once for both readers.
    candidates = [candidate.start() for candidate in lexicon.INLINE_CANDIDATE.finditer(text)]
    folded = fold(text)
    cuts = {
        _before_heading_count(folded, _before_bullet(text, cut))
        for cut in marker_starts(text, candidates)
    }
    ordered = sorted(cuts)
    first = ordered[0] if ordered else len(text)
    cuts.update(letterhead_starts(text, 0, first, folded, candidates))
    # After a signature, a bundle sets the next act's letterhead (« … Octave FERRIÈRE Conseil
    # de la Métropole 7 NOVEMBRE 2019 »).
    for start, end in pairwise([*ordered, len(text)]):
        if lexicon.SIGNATURE.match(folded[start : start + _WINDOW]):
            cuts.update(letterhead_starts(text, start + 1, end, folded, candidates))
    cuts.update(item_starts(text))
    cuts.update(_count_box_ends(text, folded, sorted(cuts)))
    leaders = [leader.end() for leader in lexicon.CONTENTS_LEADER.finditer(text)]
    cuts.update(leaders)
    cuts.update(heading.end() for heading in lexicon.CONTENTS_OPENING.finditer(text))
    inside_boxes = _inside_column_boxes(folded)
    ordered = _table_rows_kept(
        folded, sorted(cut for cut in cuts if 0 < cut < len(text) and cut not in inside_boxes)
    )
    # « VOI 001-210/17/BM Entretien … ........ 4 »: the number heads a contents entry.
    bounds = [0, *ordered, len(text)]
    return [
        cut
        for index, cut in enumerate(ordered, start=1)
        if not (
            bounds[index + 1] in leaders
            and lexicon.INLINE_NUMBER.fullmatch(folded[bounds[index - 1] : cut].strip())
        )
    ]


class _Spans:
    """Positions inside some of a text's spans (each span's start excluded: a cut may open it).

    The spans come in text order and do not overlap (each box ends at its values)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._starts = [start for start, _ in spans]
        self._ends = [end for _, end in spans]

    def __contains__(self, position: object) -> bool:
        if not isinstance(position, int):
            return False
        index = bisect_left(self._starts, position) - 1
        return index >= 0 and position < self._ends[index]


def _inside_column_boxes(folded: str) -> _Spans:
    """« Membres en exercice Membres présents Suffrages exprimés … 32 22 22 »: a count box read
    column by column is one piece; its labels (« Membres présents ») head no list."""
    return _Spans([(box.start, box.end) for box in column_boxes(folded)])


def _table_rows_kept(folded: str, cuts: list[int]) -> list[int]:
    """``cuts`` without those inside a presence table: after its column headings (« Civilité
    Nom Prénom Commune Titulaire »), a row's mark (« … VILLEBOURG Excusé Mme … ») is a cell,
    not a heading; the table ends at the first other marker."""
    kept: list[int] = []
    in_table, headings_end = False, 0
    for cut, following in pairwise([*cuts, len(folded)]):
        # « Nom Prénom Présent Excusé Absent »: a heading of the table's own columns.
        mark = lexicon.TABLE_MARK_CUT.match(folded, cut, following)
        if in_table and (cut < headings_end or mark):
            continue
        columns = lexicon.TABLE_COLUMNS.match(folded, cut)
        in_table, headings_end = columns is not None, columns.end() if columns else 0
        kept.append(cut)
    return kept


def _count_box_ends(text: str, folded: str, starts: list[int]) -> list[int]:
    """Where the count boxes among the pieces end: after their last count, the text goes on
    with something else (« … PRESENTS 24 Françoise RAMEL, Guy DAVIAUD »: the list the box
    interrupted)."""
    ends = []
    for start, end in pairwise([0, *starts, len(text)]):
        window = folded[start : start + _WINDOW]
        if start >= end or not _is_count_start(window, start):
            continue
        if lexicon.COUNT_THEN_LIST.search(folded, start, end) or (
            lexicon.BRACKETED_COUNT_THEN_LIST.match(folded, start, end)
        ):
            continue  # « Présents : 18 MM Herbin, … », « Procurations : (3) Mme X … »
        box_end = start
        for pair in lexicon.COUNT_PAIR.finditer(folded, start, end):
            gap = folded[box_end : pair.start()]
            if len(gap) > _COUNT_GAP or len(gap.split()) > _COUNT_GAP_WORDS:
                break  # « … Votants : 17 La présidence a ouvert … »: a sentence, not a label
            box_end = pair.end()
        if box_end > start and _has_word(folded, box_end, end):
            ends.append(box_end)
    return ends


# The most text between two counts of one box: a label (« Nombre de conseillers en exercice »).
_COUNT_GAP = 60
_COUNT_GAP_WORDS = 6


def item_starts(text: str) -> list[int]:
    """Where the numbered items of minutes start (« … à l'unanimité. 2. TARIFS DE LA CANTINE »),
    never a numbered name (« 2. Mme Lucie ROUX », « 3) DURAND Paul »), and a number then a dash
    only after a sentence (« la parcelle ZB 12 – Les Saules » is a title's own words)."""
    numbers = _spaced_numbers(text)
    return [
        match.start()
        for match in lexicon.ITEM_HEADING_START.finditer(text)
        if not lexicon.PERSON_AHEAD.match(text, match.end())
        # « Présents : 12 / Représentés : 2 / … »: a count's value, then the box's next label.
        and not _count_label_at(text, match.end())
        and (match["dash"] is None or _after_sentence(text, match.start()))
        and not in_parentheses(text, match.start())
        # « 2019 – 054 – 03.12 – Indemnités »: « 03.12 – » is the number's last run.
        and not any(start < match.start() < end for start, end in numbers)
    ]


def _count_label_at(text: str, position: int) -> bool:
    """Whether a count box's label followed by its count starts at ``position``."""
    window = fold(text[position : position + _WINDOW])
    return lexicon.COUNT_PAIR.match(window) is not None


def _spaced_numbers(text: str) -> list[tuple[int, int]]:
    """Where numbers of runs parted by spaced dashes stand (« 2019 – 054 – 03.12 »)."""
    if " – " not in text and " - " not in text:
        return []
    return [match.span() for match in lexicon.SPACED_NUMBER.finditer(text)]


def letterhead_starts(
    text: str,
    start: int,
    end: int,
    folded: str | None = None,
    candidates: Sequence[int] | None = None,
) -> list[int]:
    """Where the parts of a letterhead start in ``text[start:end]``, a text with no marker.

    A letterhead sets short pieces side by side (« RÉPUBLIQUE FRANÇAISE », « Département de
    la Lauze », « COMMUNE DE VILLEBOURG », « Conseil municipal »): read as one line, each
    starts at its own words, unless a linking word ties it to the words before (« Président
    du Conseil départemental »). ``folded``: ``text`` folded, and ``candidates``: where
    :data:`~qpparse.lexicon.INLINE_CANDIDATE` matches in it, when the caller has them already.
    """
    folded = fold(text) if folded is None else folded
    starts = []
    for position in _candidates_between(text, max(start, 1), end, candidates):
        if lexicon.LETTERHEAD_START.match(folded, position) and not lexicon.LINKED_BEFORE.search(
            folded, max(0, position - 8), position
        ):
            starts.append(position)
    return starts


def _heads_its_list(folded: str, piece_start: int, covered: int, position: int) -> bool:
    """« Autres personnes présentes M. X, Mme Y, M. Z »: members led by their civilities inside
    a list that has its heading (written with no colon, or with a bullet after it: « Etaient
    invités : - Monsieur X, … », or further on: « … : M. X à M. Y - Mme Z à … ») are that
    heading's list, not a list with no heading of its own."""
    if lexicon.HEADLESS_LIST.match(folded, position) is None:
        return False
    right_after = not folded[covered:position].strip(" -–—•*")
    if not right_after and lexicon.DASHED_LIST.match(folded, position) is None:
        return False
    return _opens_attendance_heading(folded[piece_start : piece_start + _WINDOW])


def _proxy_in_its_list(folded: str, piece_start: int, position: int) -> bool:
    """« Absents excusés : M. X donne pouvoir à M. Y, M. Z »: a proxy's sentence inside a list
    is one of its items; it opens a list of its own only after other text (counts, a sentence)."""
    return lexicon.PROXY_SENTENCE.match(folded, position) is not None and _opens_attendance_heading(
        folded[piece_start : piece_start + _WINDOW]
    )


def _before_heading_count(folded: str, cut: int) -> int:
    """An attendance heading is cut before the count written in front of it (« … 45. 38
    PRESENTS : … »): the count is the heading's, not the words' before it."""
    if not folded[max(0, cut - 2) : cut].strip()[-1:].isdigit():
        return cut  # most cuts: no digit before them, no call into ``regex``
    start = max(0, cut - lexicon.COUNT_BEFORE_HEADING_REACH)
    count = lexicon.COUNT_BEFORE_HEADING.search(folded, start, cut)
    if count is None or not _opens_attendance_heading(folded[cut : cut + _WINDOW]):
        return cut
    return count.start()


def _opens_attendance_heading(window: str) -> bool:
    """Whether ``window`` (folded) opens with an attendance list's heading (its count after it
    or not: « DONT ABSENTS SANS POUVOIR : 3 Mme X »)."""
    return any(pattern.match(window) for _, pattern in lexicon.ATTENDANCE_HEADINGS) or bool(
        lexicon.COUNT_THEN_LIST.match(window) or lexicon.BRACKETED_COUNT_THEN_LIST.match(window)
    )


def _before_bullet(text: str, cut: int) -> int:
    """A marker that opens a list item is cut before the item's bullet (« … ; - Le … »)."""
    bullet = lexicon.BULLET_BEFORE.search(text, max(0, cut - 8), cut)
    return bullet.start() if bullet else cut


def _joined(run: list[TextLine]) -> tuple[str, list[int]]:
    """The lines of ``run`` as one text, and where each starts in it.

    Lines are joined by a space, except inside a word: after a hyphen of a compound (« Saint- » /
    « Aubin ») or an elided article (« l' » / « assemblée »); see :func:`_inside_a_word`.
    """
    chunks: list[str] = []
    starts: list[int] = []
    length = 0
    for line in run:
        if chunks and not _inside_a_word(chunks[-1], line.text):
            chunks.append(" ")
            length += 1
        starts.append(length)
        chunks.append(line.text)
        length += len(line.text)
    return "".join(chunks), starts


def _inside_a_word(before: str, after: str) -> bool:
    """Whether a line break after a hyphen falls inside a compound word (« Saint- » / « Aubin »,
    « AURELLE- » / « LAUZE », « sous- » / « préfecture »), not after a dash that separates two
    names (« Anne- » / « CORRE Gwenaëlle », « DEMARET- » / « Monsieur »): the word after it
    goes on in lower case, or is written in the same case as the word before it. After an
    elided article (« l' »), the next word joins it when it opens with a vowel or an h."""
    if lexicon.search_end(lexicon.ELISION_END, before) and lexicon.ELIDED_WORD_START.match(after):
        return True  # « l' » / « assemblée »; an elision is only ever before a vowel or an h
    if not (lexicon.search_end(lexicon.HYPHEN_BREAK, before) and after[:1].isalpha()):
        return False
    if after[:1].islower():
        return True
    last = before[:-1].rsplit(maxsplit=1)[-1].rsplit("-", 1)[-1]
    if "-" in before[-40:-1].rsplit(maxsplit=1)[-1] and last in lexicon.COMMUNE_JOINERS:
        return True  # « d'Orvanne-et- » / « Brenne », « Saint-Martin-de- » / « Ré »
    first = after.split(maxsplit=1)[0]
    return _case_shape(last) == _case_shape(first)


def _case_shape(word: str) -> str:
    letters = [char for char in word if char.isalpha()]
    if len(letters) > 1 and all(char.isupper() for char in letters):
        return "capitals"
    return "capitalised" if letters[:1] and letters[0].isupper() else "lower"


def _parts(text: str) -> list[str]:
    """``text`` cut where its markers start (itself when none stands inside it)."""
    cuts = marker_starts(text)
    if not cuts:
        return [text]
    bounds = [0, *cuts, len(text)]
    return [text[start:end].strip() for start, end in pairwise(bounds)]


def _candidates_between(
    text: str, start: int, end: int, candidates: Sequence[int] | None
) -> Iterable[int]:
    """Where a marker may start in ``text[start:end]``: from ``candidates`` when given."""
    if candidates is None:
        return (match.start() for match in lexicon.INLINE_CANDIDATE.finditer(text, start, end))
    return candidates[bisect_left(candidates, start) : bisect_left(candidates, end)]


def marker_starts(text: str, candidates: Sequence[int] | None = None) -> list[int]:
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
    kinds: dict[tuple[str, str, str], str | None] = {}
    for position in _candidates_between(text, 0, len(text), candidates):
        if position < covered or position <= piece_start:
            continue
        kind = _candidate_kind(text, folded, position, kinds)
        if kind is None or not (
            _has_word(folded, piece_start, position)
            or lexicon.OTHER_NUMBERS.match(text[piece_start:position].strip())
        ):
            continue  # a bullet or a list number before a marker (« - Vu le … ») stays with it
        if _heads_its_list(folded, piece_start, covered, position) or _proxy_in_its_list(
            folded, piece_start, position
        ):
            continue
        if (
            kind == "counts"
            and piece_kind == "counts"
            and _only_counts_between(folded, piece_start, position)
            and not _scoped(folded, position)
        ):
            continue
        cuts.append(position)
        piece_start, piece_kind = position, kind
        covered = _marker_end(folded, position)
        if kind == "number" and covered < len(text):
            cuts.append(covered)
            number_ends.add(covered)
            piece_start, piece_kind = covered, None
    return cuts


def _candidate_kind(
    text: str, folded: str, position: int, known: dict[tuple[str, str, str], str | None]
) -> str | None:
    """What starts at the candidate ``position`` (:func:`_kind_at`, or a Paris number).

    It depends only on the text around it (:data:`_CONTEXT_BEFORE` characters before, a
    window after, as written and folded), so a text repeating itself (a heading typed one
    letter at a time, the same formula on every page) is read once per distinct context.
    """
    if position == 0:
        return _kind_at(folded, 0)
    key = (
        folded[max(0, position - _CONTEXT_BEFORE) : position],
        folded[position : position + _WINDOW],
        text[position : position + _WINDOW],
    )
    if key not in known:
        kind = _kind_at(folded, position, lower_case=text[position].islower())
        if kind is None and _paris_number_at(text, folded, position):
            kind = "marker"
        known[key] = kind
    return known[key]


# How far before a candidate the readers of :func:`_kind_at` look (an earlier session named
# before it, a citing word, a sentence's end); a margin above the farthest.
_CONTEXT_BEFORE = max(lexicon.PREVIOUS_SESSION_REACH, 24) + 8


def _kind_at(folded: str, position: int, *, lower_case: bool = False) -> str | None:
    """What starts at ``position``: a count box, a whole-line number, another marker, or none."""
    window = folded[position : position + _WINDOW]
    if position > 0 and (
        lexicon.COUNT_THEN_LIST.match(window) or lexicon.BRACKETED_COUNT_THEN_LIST.match(window)
    ):
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
        named = _secretary_as_subject(folded, position) or _recueil_number(folded, position)
        return None if earlier or named else "marker"
    return "marker" if _starts_a_deliberation(folded, position, window) else None


def _recueil_number(folded: str, position: int) -> bool:
    """« RECUEIL DES ACTES ADMINISTRATIFS N°20 - 02 - 02 »: the recueil's number, no act's."""
    return folded.startswith("n", position) and bool(
        lexicon.RECUEIL_BEFORE_NUMBER.search(folded, max(0, position - _SUBJECT_REACH), position)
    )


def _secretary_as_subject(folded: str, position: int) -> bool:
    """« POINT N° 1 - DESIGNATION DU SECRETAIRE DE SEANCE : »: the secretary an item is about,
    inside its heading, starts no secretary's piece."""
    return lexicon.SECRETARY_WORD.match(folded, position) is not None and bool(
        lexicon.SECRETARY_AS_SUBJECT.search(folded, max(0, position - _SUBJECT_REACH), position)
    )


# How far before « secrétaire » the words that make it an item's subject stand.
_SUBJECT_REACH = 24


def _starts_a_deliberation(folded: str, position: int, window: str) -> bool:
    """« Délibération 7/2019 », « N° CM-2022-15 » after a sentence, or a number sign that no
    word cites (« … DELMONTE N° CM-2022-15 Tarifs … », not « la délibération n° 2019/12 »)."""
    if lexicon.INLINE_AFTER_SENTENCE.match(window) is None:
        return False
    if lexicon.SIGN_JUST_BEFORE.search(folded, max(0, position - 6), position):
        return False  # « N° CM-2022-15 »: the number goes with its sign, cut before it
    if _after_sentence(folded, position):
        return True
    cited = lexicon.CITED_NUMBER_BEFORE.search(folded, max(0, position - 24), position)
    return bool(lexicon.NUMBER_SIGN.match(window)) and not cited


def _paris_number_at(text: str, folded: str, position: int) -> bool:
    """« … Septembre 2010 Délibération 2010 DASCO 42 »: a Paris number (its letters in capitals,
    read on the text as written) that no word cites (not « la délibération 2009 DASCO 12 »)."""
    if lexicon.PARIS_NUMBER.match(text[position : position + _WINDOW]) is None:
        return False
    return lexicon.CITED_NUMBER_BEFORE.search(folded, max(0, position - 24), position) is None


def _is_count_start(window: str, position: int) -> bool:
    if lexicon.COUNT_CHANGE_SCOPE.match(window):
        # « A partir du point 2 : PRESENTS : 11 … »: the counts change for the items after it.
        return (
            position == 0
            or lexicon.COUNT_PAIR.search(window, 0, lexicon.COUNT_PAIR_REACH) is not None
        )
    return lexicon.COUNT_LINE.match(window) is not None and (
        position == 0 or lexicon.COUNT_PAIR.search(window, 0, lexicon.COUNT_PAIR_REACH) is not None
    )


def _scoped(folded: str, position: int) -> bool:
    """Whether a change of the counts (« A partir du point 2 : … ») starts at ``position``:
    its counts are a box of their own."""
    return lexicon.COUNT_CHANGE_SCOPE.match(folded[position : position + _WINDOW]) is not None


def _after_sentence(folded: str, position: int) -> bool:
    """Whether ``position`` starts a sentence: a full stop, a semicolon or a colon before it,
    and maybe a bullet (« … du 4 octobre 2024. - Délibération D202455 – … »)."""
    before = folded[max(0, position - 8) : position].rstrip().removesuffix("-").removesuffix("–")
    return before.rstrip().endswith((".", ";", ":", "!", "?"))


def _marker_end(folded: str, position: int) -> int:
    """Where the marker starting at ``position`` ends (``position`` when none does)."""
    window = folded[position : position + _WINDOW]
    ends = [
        match.end()
        for pattern in (
            lexicon.INLINE_NUMBER,
            # « ABSENTS OU EXCUSÉS : 6 Mme X »: the heading and its count, one marker.
            lexicon.BRACKETED_COUNT_THEN_LIST,
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


def relocate(value: object, line_map: LineMap, finder: PersonFinder | None = None) -> None:
    """Point every line number held in ``value`` (models, lists of them) at the input line.

    A piece may span several input lines; a person in it points at the input line that holds
    their name (``finder``), not at the piece's first line.
    """
    if isinstance(value, list):
        for item in value:
            relocate(item, line_map, finder)
        return
    if not isinstance(value, BaseModel):
        return
    for name in type(value).model_fields:
        held = getattr(value, name)
        if name in _LINE_FIELDS and isinstance(held, int):
            setattr(value, name, _moved(value, name, held, line_map, finder))
        elif isinstance(held, BaseModel | list):
            relocate(held, line_map, finder)


def _moved(
    value: BaseModel, name: str, held: int, line_map: LineMap, finder: PersonFinder | None
) -> int:
    # A span ends on the last input line of its last piece; every other line points at where
    # its piece starts, or at the input line that holds the words it was read from.
    if name == "end_line":
        return line_map.last_input_line(held)
    if finder is not None and name == "line" and (words := _located_words(value)):
        return finder.line_of(held, words)
    title = getattr(value, "title", None)
    if finder is not None and name == "title_line" and isinstance(title, str) and title:
        return finder.line_of(held, title)  # a number may stand before it in its piece
    return line_map.input_line(held)


def _located_words(value: BaseModel) -> str | None:
    """What a model was read from, to be found in the input: a person's name, a proxy's
    member's, an article's label, an item's or a citation's text, a repair's words."""
    member = getattr(value, "member", None)
    for held in (getattr(value, "name", None), getattr(member, "name", None)):
        if isinstance(held, str) and held:
            return held
    for attribute in ("label", "text", "before"):  # an article starts at its label; a repair
        held = getattr(value, attribute, None)
        if isinstance(held, str) and held:
            return held
    return None


@dataclass(frozen=True, slots=True)
class PersonFinder:
    """Finds the input line that holds some words inside a piece spanning several input lines:
    the piece's first line holding its first words, else its first word (or that word's
    first part, a compound given name wrapped at its hyphen)."""

    line_map: LineMap
    texts: dict[int, str]
    # Per piece, where its last entry kept unrecognised started (:meth:`split_by_line`).
    cursors: dict[int, tuple[int, int]] = field(default_factory=dict)

    def line_of(self, virtual: int, words: str) -> int:
        lines = self.line_map.input_lines(virtual)
        split = words.split()
        if len(lines) == 1 or not split:
            return lines.start
        # The longest needle first: « L'avis du Conseil » starts several items of one piece.
        needles = (" ".join(split[:8]), " ".join(split[:3]), split[0], split[0].split("-")[0])
        for needle in needles:
            for number in lines:
                if number not in self.line_map.apart and needle in self.texts.get(number, ""):
                    return number
        return lines.start

    def last_line_of(self, virtual: int, words: str) -> int:
        """The input line that holds the last words of ``words`` (where a field ends)."""
        lines = self.line_map.input_lines(virtual)
        split = words.split()
        if len(lines) == 1 or not split:
            return lines.stop - 1
        for needle in (" ".join(split[-3:]), split[-1]):
            for number in reversed(lines):
                if number not in self.line_map.apart and needle in self.texts.get(number, ""):
                    return number
        return lines.stop - 1

    def split_by_line(self, virtual: int, text: str) -> list[Line]:
        """Text kept unrecognised, as the input lines hold it: a piece over several lines is
        kept line by line (each at its input line), so that no line hides in another's entry.
        Text that is not a run of the piece's lines in order stays one entry, at the input line
        holding its first words. Every line returned is an input line.

        Entries of one piece come in reading order: each is looked for after the previous one
        (then, failing that, from the piece's start), so that a long list is read once, not
        once per entry, and a line repeated word for word is found where it stands again.
        """
        lines = self.line_map.input_lines(virtual)
        if len(lines) == 1:
            return [Line(line=lines.start, text=text)]
        # What a reader left after the words it used (« Séance du 10 mars 2022 » / « mars
        # 2022 ») ends the piece, even when the same words stand earlier in it.
        found = self._suffix_entry_start(lines, text) or self._entry_start(virtual, lines, text)
        if found is None:
            return [Line(line=self.line_of(virtual, text), text=text)]
        index, offset = found
        line_end = self.texts.get(lines[index], "")[offset:]
        parts = [Line(line=lines[index], text=line_end if text.startswith(line_end) else text)]
        rest = text[len(parts[0].text) :].lstrip(" ")
        for number in lines[index + 1 :]:
            if not rest:
                break
            line_text = self._stream_text(number)
            if not line_text:
                continue  # a blank line (or furniture kept out of the stream)
            part = line_text if rest.startswith(line_text) else None
            if part is None and line_text.startswith(rest):
                part = rest  # the text ends inside this line
            if part is None:
                continue  # page furniture read apart from the stream (« 2/3 »)
            parts.append(Line(line=number, text=part))
            rest = rest[len(part) :].lstrip(" ")
        if rest:
            return [Line(line=self.line_of(virtual, text), text=text)]
        self.cursors[virtual] = (index, offset + 1)
        return parts

    def _suffix_entry_start(self, lines: range, text: str) -> tuple[int, int] | None:
        """Where ``text`` starts when it ends the piece's lines and starts one of them or a word
        in one (index of the line, offset in it); ``None`` otherwise."""
        rest = text.rstrip()
        for index in range(len(lines) - 1, -1, -1):
            line_text = self._stream_text(lines[index]).rstrip()
            if not line_text:
                continue
            if rest == line_text:
                return index, 0
            if line_text.endswith(rest):
                offset = len(line_text) - len(rest)
                return (index, offset) if _starts_a_word(line_text, offset) else None
            if not rest.endswith(line_text):
                return None
            rest = rest[: len(rest) - len(line_text)].rstrip(" ")
            if not rest:
                return index, 0
        return None

    def _entry_start(self, virtual: int, lines: range, text: str) -> tuple[int, int] | None:
        """Where ``text`` starts among the piece's lines (index of the line, offset in it):
        after the previous entry of the piece, else anywhere before it."""
        after_index, after_offset = self.cursors.get(virtual, (0, 0))
        for index in range(after_index, len(lines)):
            line_text = self._stream_text(lines[index])
            start = after_offset if index == after_index else 0
            if (offset := _suffix_start(line_text, text, start)) is not None:
                return index, offset
        for index in range(min(after_index + 1, len(lines))):
            if (offset := _suffix_start(self._stream_text(lines[index]), text)) is not None:
                return index, offset
        # Cut at punctuation no marker is cut from (« A.- » then « Article 2 »): anywhere.
        for index in range(len(lines)):
            line_text = self._stream_text(lines[index])
            if (offset := _suffix_start(line_text, text, mid_word=True)) is not None:
                return index, offset
        return None

    def _stream_text(self, number: int) -> str:
        """The input line's text, or nothing for a line read apart from the stream."""
        return "" if number in self.line_map.apart else self.texts.get(number, "")

    def trim_blank_ends(self, span: Span) -> Span:
        """The span without the blank input lines it starts or ends on (a heading's piece
        shared with its list leaves the list starting on the blank line below the heading)."""
        while span.line < span.end_line and not self.texts.get(span.line, "").strip():
            span.line += 1
        while span.end_line > span.line and not self.texts.get(span.end_line, "").strip():
            span.end_line -= 1
        return span

    def place_span(self, span: Span, words: tuple[str, str]) -> None:
        """Point a span read from part of its pieces at the input lines holding those words.

        A line holding only the item's bullet (« - » above « Roland X représenté par … »)
        belongs to the item: the span starts there.
        """
        lines = self.line_map.input_lines(span.line)
        first = self.line_of(span.line, words[0])
        end = self.last_line_of(span.end_line, words[1])
        # The pieces after the first are the field's from their start, those before the last to
        # their end (``LineMap.bounds``: pieces may interleave around a line read apart).
        if later := self.line_map.bounds(range(span.line + 1, span.end_line + 1)):
            first = min(first, later[0])
        if earlier := self.line_map.bounds(range(span.line, span.end_line)):
            end = max(end, earlier[1])
        span.end_line = self._punctuation_after(max(first, end), span.end_line)
        span.line = self._bullet_above(first, lines)

    def _punctuation_after(self, end: int, virtual: int) -> int:
        """``end``, or the last of the piece's input lines right after it that hold only
        punctuation (« YTIER. » then « , »; « Certifié Conforme, » then « , » then the
        signatory): the field's words leave them out, nothing else reads them."""
        last = self.line_map.last_input_line(virtual)
        following = end + 1
        while following <= last and not any(
            char.isalnum() for char in self.texts.get(following, "")
        ):
            following += 1
        return following - 1

    def _bullet_above(self, first: int, lines: range) -> int:
        """``first``, or the line of a bullet standing alone above it (blank lines between)."""
        above = first - 1
        while above in lines and not self.texts.get(above, "").strip():
            above -= 1
        if above in lines and lexicon.ITEM_START.fullmatch(self.texts.get(above, "").strip()):
            return self._bullet_above(above, lines)
        return first


def _suffix_start(
    line_text: str, text: str, start: int = 0, *, mid_word: bool = False
) -> int | None:
    """Where in ``line_text`` (from ``start``) an end of it starts that ``text`` starts with
    (the whole line when 0), or where ``text`` ends inside it; ``None`` when ``text`` does not
    start in this line. Only at a word's start unless ``mid_word``."""
    probe = text[: min(len(text), _PROBE)]
    position = line_text.find(probe, start)
    while position != -1:
        starts_a_word = mid_word or _starts_a_word(line_text, position)
        if starts_a_word and (
            text.startswith(line_text[position:]) or line_text.startswith(text, position)
        ):
            return position
        position = line_text.find(probe, position + 1)
    # An end of the line shorter than the probe, starting a word (not the « 2 » of « 2022 »).
    for position in range(max(start, len(line_text) - _PROBE), len(line_text)):
        starts_a_word = mid_word or _starts_a_word(line_text, position)
        if starts_a_word and line_text[position] != " " and text.startswith(line_text[position:]):
            return position
    return None


def _starts_a_word(line_text: str, position: int) -> bool:
    """Whether a piece may start at ``position``: after a space, or after punctuation a marker
    was cut from (« :- » / « - Où il … »: the colon ends one piece, the dash opens the next)."""
    return position == 0 or line_text[position - 1] == " " or line_text[position - 1] in ":;"


# Enough characters to find where a text starts inside a line, few enough to stay in it.
_PROBE = 24


def merge_spans(spans: list[Span]) -> list[Span]:
    """Spans in input order, none overlapping: pieces of one input line may go to two fields.

    Spans of one field that touch become one. A span strictly inside another's lines cuts it in
    two. Otherwise an input line shared by two fields stays with the span that reached it first
    (the field's own ``line`` still names it), so the next span starts after it, and a span
    left with no line of its own is dropped.
    """
    merged: list[Span] = []
    for span in sorted(spans, key=lambda known: (known.line, known.end_line)):
        last = merged[-1] if merged else None
        if last is not None and last.field == span.field and span.line <= last.end_line + 1:
            last.end_line = max(last.end_line, span.end_line)
        elif last is not None and last.line < span.line and span.end_line < last.end_line:
            # Lines another field took inside a run (page furniture inside a list) cut it.
            tail = last.model_copy(update={"line": span.end_line + 1})
            last.end_line = span.line - 1
            merged.extend((span, tail))
        elif last is not None and span.line <= last.end_line:
            if span.end_line > last.end_line:
                merged.append(span.model_copy(update={"line": last.end_line + 1}))
        else:
            merged.append(span)
    return merged
