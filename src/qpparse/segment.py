"""Segment: numbered lines → sections (header, session, attendance, …, signature).

Each non-blank line is classified by the marker it carries (a heading, « Vu », « Article 2 : »…).
A marker opens a new section only where the document's order allows it: extracts run from the
header to the signature, so a marker of an earlier stage met later (« adopté » inside a report,
« Article 3 » quoted in a visa) is ordinary text of the current section. Lines without a marker
belong to the section above them.

Text pulled out of a PDF wraps sentences across lines and loses the blank lines between
paragraphs, so a marker may sit across two lines (« … a ouvert la séance à » / « laquelle … »).
A line that does not end a sentence is therefore read together with the lines that continue it
(:func:`sentences`): the group is classified as one, and extractors read it as one sentence.
Page furniture and transmission stamps may sit anywhere, even inside a list: they are set aside
(:attr:`Section.asides`) without ending the section they interrupt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from . import lexicon
from .frenchtext import find_date, fold
from .names import is_prose_word
from .normalise import TextLine


class Kind(str, Enum):
    """What a section is, and the marker that opens it."""

    PREAMBLE = "preamble"
    HEADER = "header"
    SESSION = "session"
    OPENING = "opening"
    COUNTS = "counts"
    CONVOCATION = "convocation"
    SECRETARY = "secretary"
    ATTENDANCE = "attendance"
    PROPOSAL = "proposal"
    IDENTIFICATION = "identification"
    ITEM = "item"
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
    Kind.COUNTS: 1,
    Kind.CONVOCATION: 1,
    Kind.SECRETARY: 2,
    Kind.ATTENDANCE: 2,
    Kind.PROPOSAL: 3,
    Kind.IDENTIFICATION: 3,
    Kind.ITEM: 3,
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
    # From the lists on: a sheet per deliberation goes from its lists to « Le Conseil Municipal, ».
    Kind.BODY_DECLARATION: 2,
    Kind.ARTICLE: 5,
    Kind.VOTE: 6,
    Kind.SIGNATURE: 2,
    Kind.ITEM: 2,
}
# Markers that may open several sections of their kind in a row.
_REPEATABLE = frozenset({Kind.ATTENDANCE, Kind.ARTICLE, Kind.VISAS, Kind.CONSIDERANTS, Kind.COUNTS})
# The session block: date, opening, counts, secretary and lists come in any order, and on a
# sheet per deliberation after the number and title (« Délibération n° 2018/42 », « Objet : … »,
# then « Présents : … »).
_SESSION_BLOCK = frozenset(
    {Kind.SESSION, Kind.OPENING, Kind.COUNTS, Kind.CONVOCATION, Kind.SECRETARY, Kind.ATTENDANCE}
)
# Markers that stand for a whole line (a number, a heading): they never take a continuation.
_WHOLE_LINE = frozenset(
    {Kind.SESSION, Kind.IDENTIFICATION, Kind.COUNTS, Kind.CONVOCATION, Kind.SECRETARY}
)

# Each marker with its patterns: a line carries the marker when one of them fits.
_SINGLE_MARKERS: tuple[tuple[Kind, tuple[lexicon.Pattern, ...]], ...] = (
    (Kind.HEADER, (lexicon.HEADER,)),
    (Kind.SESSION, (lexicon.SESSION_DATE,)),
    (Kind.CONVOCATION, (lexicon.CONVOCATION,)),
    (Kind.SECRETARY, (lexicon.SECRETARY,)),
    (Kind.PROPOSAL, (lexicon.PROPOSAL,)),
    (Kind.REPORT, (lexicon.PROPOSER_ANYWHERE, lexicon.PROPOSER_START)),
    (Kind.CONCLUSION, (lexicon.CONCLUSION,)),
    # Before the body declaration: « Le Conseil, après en avoir délibéré, » is the decision.
    (Kind.DECISION, (lexicon.DECISION,)),
    (Kind.DECISION, (lexicon.DECISION_OPENS,)),
    (Kind.BODY_DECLARATION, (lexicon.BODY_DECLARATION,)),
    (Kind.VISAS, (lexicon.VISA_HEADING,)),
    (Kind.VISAS, (lexicon.VISA_LINE,)),
    (Kind.REPORT_HEARD, (lexicon.REPORT_HEARD,)),
    (Kind.CONCLUSIONS_HEARD, (lexicon.CONCLUSIONS_HEARD,)),
    (Kind.CONSIDERANTS, (lexicon.CONSIDERANT_HEADING,)),
    (Kind.CONSIDERANTS, (lexicon.CONSIDERANT_LINE,)),
    (Kind.ARTICLE, (lexicon.ARTICLE,)),
    (Kind.SIGNATURE, (lexicon.SIGNATURE,)),
    (Kind.VOTE, (lexicon.VOTE_ANYWHERE, lexicon.VOTE_START)),
    (Kind.OPENING, (lexicon.OPENING_ANYWHERE, lexicon.OPENING_START)),
)
# Deliberation numbers read on the text as written (their letters are upper case), not folded.
_WRITTEN_NUMBERS = (
    lexicon.METROPOLE_NUMBER,
    lexicon.TERRITORY_NUMBER,
    lexicon.CITY_NUMBER,
    lexicon.PARIS_NUMBER,
)


@dataclass(frozen=True, slots=True)
class _Step:
    """One marker test of :func:`classify`, tried in order after the counts.

    A pattern anchored at the start of the line is answered by ``lexicon.ANY_START_MARKER``
    (``start_index`` is its place there); the marker's other pattern, if any, is searched.
    """

    kind: Kind
    role: str | None = None
    start_index: int | None = None
    searched: lexicon.Pattern | None = None
    # ``searched`` is matched at the start of the text as written, not searched in the folded.
    written: bool = False


def _steps() -> tuple[_Step, ...]:
    """The marker tests in order: attendance headings, deliberation numbers (« Objet : » too),
    then the single markers; checked against the order of ``lexicon.START_MARKERS``."""
    tests: list[tuple[Kind, str | None, tuple[lexicon.Pattern, ...]]] = [
        *((Kind.ATTENDANCE, role, (pattern,)) for role, pattern in lexicon.ATTENDANCE_HEADINGS),
        *((Kind.IDENTIFICATION, None, (pattern,)) for pattern in _WRITTEN_NUMBERS),
        (Kind.IDENTIFICATION, None, (lexicon.COMMUNE_NUMBER,)),
        (Kind.IDENTIFICATION, None, (lexicon.BARE_NUMBER_TITLE,)),
        (Kind.IDENTIFICATION, None, (lexicon.TITLE_PREFIX,)),
        *((kind, None, patterns) for kind, patterns in _SINGLE_MARKERS),
    ]
    steps = tuple(_step(kind, role, patterns) for kind, role, patterns in tests)
    order = [step.start_index for step in steps if step.start_index is not None]
    if order != list(range(len(lexicon.START_MARKERS))):
        # The joined pattern answers « the first that fits » only in classify's own order.
        raise RuntimeError("lexicon.START_MARKERS is not in the order classify() tries them")
    return steps


def _step(kind: Kind, role: str | None, patterns: tuple[lexicon.Pattern, ...]) -> _Step:
    starts = [index for index, known in enumerate(lexicon.START_MARKERS) if known in patterns]
    searched = [pattern for pattern in patterns if pattern not in lexicon.START_MARKERS]
    if len(starts) > 1 or len(searched) > 1:
        raise RuntimeError(f"a {kind.value} marker has one pattern of each sort at most")
    return _Step(
        kind,
        role,
        starts[0] if starts else None,
        searched[0] if searched else None,
        written=any(pattern in _WRITTEN_NUMBERS for pattern in searched),
    )


_STEPS = _steps()


@dataclass(frozen=True, slots=True)
class Marker:
    """What a line announces: a section kind, and for attendance headings the list it opens."""

    kind: Kind
    role: str | None = None
    # Where the marker's words start in the line: past 0, the line may end a wrapped sentence.
    start: int = 0


@dataclass(slots=True)
class Section:
    """A run of lines of one kind; ``lines[0]`` carries the marker when the kind has one."""

    kind: Kind
    lines: list[TextLine] = field(default_factory=list)
    role: str | None = None
    # Numbers of the lines that continue the sentence of the line before them.
    continued: set[int] = field(default_factory=set)
    # Page furniture and stamps met inside the section: not part of its text.
    asides: list[TextLine] = field(default_factory=list)

    @property
    def first_line(self) -> int:
        return self.lines[0].number

    def sentences(self) -> list[Sentence]:
        """The lines grouped into sentences, a wrapped sentence's lines together."""
        groups: list[list[TextLine]] = []
        for line in self.lines:
            if groups and line.number in self.continued:
                groups[-1].append(line)
            else:
                groups.append([line])
        return [Sentence(tuple(group)) for group in groups]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One or more physical lines read as one: a sentence the PDF wrapped."""

    lines: tuple[TextLine, ...]

    @property
    def number(self) -> int:
        return self.lines[0].number

    @property
    def text(self) -> str:
        return join_wrapped(line.text for line in self.lines)


def join_wrapped(texts: Iterable[str]) -> str:
    """Join wrapped lines with a space, or with nothing after a hyphen (« D'AIX- »)."""
    parts: list[str] = []
    for text in texts:
        if parts and not lexicon.LINE_END_HYPHEN.search(parts[-1]):
            parts.append(" ")
        parts.append(text)
    return "".join(parts)


def classify(text: str) -> Marker | None:
    """The marker ``text`` carries, if any, whatever its position in the document."""
    folded = fold(text)
    if lexicon.COUNT_THEN_LIST.match(folded):  # « Présents : 18 MM Herbaux, … »
        return Marker(Kind.ATTENDANCE, "present")
    if bracketed := lexicon.BRACKETED_COUNT_THEN_LIST.match(folded):
        # « Procurations : (3) Mme X … », « PRESENTS (29): BARON : Mme … »
        role = next(role for role in lexicon.BRACKETED_COUNT_ROLES if bracketed[role])
        return Marker(Kind.ATTENDANCE, role)
    if (
        lexicon.COUNT_LINE.match(folded)
        and lexicon.COUNT_PAIR.search(folded)
        and not _heads_a_list(folded)
    ):
        return Marker(Kind.COUNTS)
    if is_item_heading(text):
        return Marker(Kind.ITEM)
    marker = _single_marker(text, folded)
    # A bullet and its space (« *Mme X », glued, marks a substitute in a table).
    bullet = lexicon.ITEM_START.match(text) if text.startswith(lexicon.BULLETS) else None
    # « … Grands Causses. * Membres présents : »: a bullet before a list's heading; « 38
    # PRESENTS : », « Dont 4 EXCUSES : »: its count.
    lead = bullet or (lexicon.LEADING_HEADING_COUNT.match(folded) if marker is None else None)
    if marker is None and lead is not None:
        after = _single_marker(text[lead.end() :], folded[lead.end() :])
        return after if after is not None and after.kind is Kind.ATTENDANCE else None
    return marker


def _heads_a_list(folded: str) -> bool:
    """« Procurations : de X à Y, … Effectif valable : 10 + 5 procurations »: a list's heading
    with names after it (its pattern refuses a count there) is a list, whatever counts follow."""
    return any(pattern.match(folded) for _, pattern in lexicon.ATTENDANCE_HEADINGS)


def _single_marker(text: str, folded: str) -> Marker | None:
    """The first marker of ``_STEPS`` that ``text`` carries."""
    first_start = _first_start_marker(folded)
    for step in _STEPS:
        # Its anchored pattern is answered by the one call above: it fits at the line's start.
        if step.start_index is not None and step.start_index == first_start:
            return Marker(step.kind, step.role)
        if step.searched is None:
            continue
        if step.written:
            if step.searched.match(text):
                return Marker(step.kind, step.role)
        elif match := step.searched.search(folded):
            return Marker(step.kind, step.role, match.start())
    return None


def is_item_heading(text: str) -> bool:
    """« 2. TARIFS DE LA CANTINE … », « II – Installation d'un délégué … »: the numbered heading
    of an item of minutes, with prose after it (never a numbered name)."""
    match = lexicon.ITEM_NUMBER.match(text)
    if match is None or lexicon.PERSON_AHEAD.match(text, match.end()):
        return False
    heading = text[match.end() : match.end() + _HEADING_REACH]
    return any(map(is_prose_word, heading.split())) and not lexicon.PROXY_WORDS.search(
        fold(heading)
    )


# How much of an item's heading is read to tell it from a numbered name: a name is short.
_HEADING_REACH = 80


def _first_start_marker(folded: str) -> int | None:
    """The index in ``lexicon.START_MARKERS`` of the first one that fits ``folded``, if any."""
    match = lexicon.ANY_START_MARKER.match(folded)
    if match is None:
        return None
    # Only the group of the alternative that matched took part: it starts where the line does.
    starts: tuple[int, ...] = match.start(*lexicon.ANY_START_MARKER_GROUPS)
    return starts.index(0)


def segment(lines: list[TextLine], page_starts: Sequence[int] = ()) -> list[Section]:
    """Cut the non-blank ``lines`` into sections, in document order.

    ``page_starts`` (the first line of each page of a PDF) lets bare page numbers and running
    headers at page boundaries be set aside as furniture.
    """
    markers = _Markers(_wrap_width(lines))
    sections: list[Section] = []
    current = Section(Kind.PREAMBLE)
    interrupted: Section | None = None  # the list a count box interrupted
    for item in _items(lines, floating_lines(lines, page_starts), markers):
        if isinstance(item, TextLine):
            current.asides.append(item)
            continue
        marker = markers.of_group(item)
        if marker is not None and _continues_a_list(marker, item[0], current):
            marker = None
        if marker is not None and (
            _opens_section(marker, current) or _footer_number(marker, item[0], current)
        ):
            if current.lines or current.asides:
                sections.append(current)
            if current.kind is Kind.ATTENDANCE:
                interrupted = current
            elif not (current.kind is Kind.COUNTS and marker.kind is Kind.COUNTS):
                interrupted = None  # a count box of several cells still interrupts the list
            current = Section(marker.kind, role=_role_of(marker, current))
        elif (
            marker is None
            and current.kind is Kind.COUNTS
            and interrupted is not None
            and _reads_as_names(item[0].text)
        ):
            # A count box a table put inside a list (« Etaient présents : » / « En exercice
            # 29 » / « Françoise RAMOND, … »): the names after it go on with the list.
            sections.append(current)
            current = Section(Kind.ATTENDANCE, role=interrupted.role)
            interrupted = None
        elif marker is None:
            interrupted = None  # prose after the count box: the list was over
        current.lines.extend(item)
        current.continued.update(line.number for line in item[1:])
    if current.lines or current.asides:
        sections.append(current)
    return _hand_back_session_titles(_attendance_by_attending(sections))


def _attendance_by_attending(sections: list[Section]) -> list[Section]:
    """« Assistaient à la réunion : MM. BARRÉ, BAUDRY, … » heads the present members when the
    text gives no other present list; beside one (« Présents : … » first), it names staff and
    guests (« Assistaient à la réunion : Mme X, Directrice Générale des Services »)."""
    attendance = [section for section in sections if section.kind is Kind.ATTENDANCE]
    if any(section.role == "present" for section in attendance):
        return sections
    for section in attendance:
        if section.role == "non_voting" and lexicon.ATTENDED.match(fold(section.lines[0].text)):
            section.role = "present"
            break
    return sections


def _role_of(marker: Marker, before: Section) -> str | None:
    """The marker's role; a group's heading inside a list (« Membres suppléants : ») takes the
    role of the list it stands in, or « present » when it stands alone."""
    if marker.role != lexicon.CONTINUED_ROLE:
        return marker.role
    return before.role if before.kind is Kind.ATTENDANCE and before.role else "present"


def _hand_back_session_titles(sections: list[Section]) -> list[Section]:
    """Give a recueil's session title back to the deliberation it introduces.

    In a recueil, « Conseil de la Métropole » / « 7 NOVEMBRE 2019 » / « Conformément aux
    dispositions légales … affiché … » stand between one deliberation's signature and the next
    header, and carry no marker of their own: they would otherwise end the signature above.
    """
    result: list[Section] = []
    for section in sections:
        previous = result[-1] if result else None
        if section.kind is Kind.HEADER and previous and stage(previous.kind) >= stage(Kind.VOTE):
            moved = _trailing_session_title(previous)
            if moved:
                # Stamps printed after the signature go with the title, to the deliberation it
                # introduces: in a recueil they are the publication's, printed above each act.
                last = previous.lines[-1].number
                asides = [aside for aside in previous.asides if aside.number > last]
                previous.asides = [aside for aside in previous.asides if aside not in asides]
                result.append(Section(Kind.PREAMBLE, lines=moved, asides=asides))
        result.append(section)
    return result


def _trailing_session_title(section: Section) -> list[TextLine]:
    """Take the session-title lines off the end of ``section`` (never its marker line)."""
    count = 0
    for line in reversed(section.lines[1:]):
        if line.number in section.continued or not is_session_title(line.text):
            break
        count += 1
    if count == 0:
        return []
    moved = section.lines[-count:]
    del section.lines[-count:]
    return moved


def is_session_title(text: str) -> bool:
    """A body named alone, a date alone, or a display notice: a recueil's session title."""
    folded = fold(text)
    if lexicon.DISPLAY_NOTICE.match(folded) or lexicon.BODY_LINE.match(folded):
        return True
    found = find_date(text)
    return found is not None and found.start == 0 and found.end == len(folded.rstrip(" ."))


class _Markers:
    """``classify`` memoised per line: grouping and sectioning both ask for each line's marker."""

    def __init__(self, wrap_width: int) -> None:
        self._seen: dict[int, Marker | None] = {}
        # A line at least this long was probably cut by the PDF's right margin.
        self.full_line = int(wrap_width * lexicon.FULL_LINE_SHARE)

    def of_line(self, line: TextLine) -> Marker | None:
        if line.number not in self._seen:
            self._seen[line.number] = classify(line.text)
        return self._seen[line.number]

    def of_group(self, group: list[TextLine]) -> Marker | None:
        """A group's marker: its first line's own, else the one the joined sentence carries."""
        marker = self.of_line(group[0])
        if marker is None and len(group) > 1:
            marker = classify(join_wrapped(line.text for line in group))
        return marker


def _items(
    lines: list[TextLine], floating: set[int], markers: _Markers
) -> list[list[TextLine] | TextLine]:
    """Non-blank lines as groups of wrapped lines, with floating lines as items of their own.

    A floating line does not break a sentence it interrupts; a blank line does.
    """
    items: list[list[TextLine] | TextLine] = []
    group: list[TextLine] | None = None
    for line in lines:
        if not line.text:
            group = None
        elif line.number in floating:
            items.append(line)
        elif group is not None and _continues(group[-1], line, markers):
            group.append(line)
        else:
            group = [line]
            items.append(group)
    return items


def _continues(previous: TextLine, line: TextLine, markers: _Markers) -> bool:
    """Whether ``line`` carries on the sentence ``previous`` left unfinished.

    Never after a finished sentence, a whole-line marker or a reference number, nor into a
    bullet or a line whose marker starts it. Then the sentence goes on if the line starts in
    lower case or the previous one ends on a hyphen or a linking word; otherwise only a line
    the right margin cut (a full line) goes on, so that a short title keeps its own line.
    """
    if _cannot_continue(previous, line, markers):
        return False
    if line.text[:1].islower() or lexicon.LINE_END_HYPHEN.search(previous.text):
        return True
    if lexicon.search_end(lexicon.DANGLING_END, fold(previous.text)):
        return True
    if lexicon.SENTENCE_START.match(fold(line.text)):
        return False
    return len(previous.text) >= markers.full_line


def _cannot_continue(previous: TextLine, line: TextLine, markers: _Markers) -> bool:
    """Blockers: a finished sentence, a bullet, a reference number, a whole-line marker above,
    or a marker starting the line (unless the line starts in lower case)."""
    if lexicon.search_end(lexicon.SENTENCE_END, previous.text) or line.text.startswith(
        lexicon.BULLETS
    ):
        return True
    if lexicon.OTHER_NUMBER.match(previous.text) or lexicon.OTHER_NUMBER.match(line.text):
        return True  # a reference number (« 18621 ») is a line of its own
    marker, before = markers.of_line(line), markers.of_line(previous)
    if before is not None and before.kind in _WHOLE_LINE:
        return True
    return marker is not None and marker.start == 0 and not _lower_case_tail(previous, line)


def _lower_case_tail(previous: TextLine, line: TextLine) -> bool:
    """« … ont été » / « présents membres. »: a line starting in lower case after an unfinished
    clause (not after a comma, where « vu … » may start a list) ends that clause, whatever
    marker its first word looks like."""
    return line.text[:1].islower() and not previous.text.endswith(",")


def _wrap_width(lines: list[TextLine]) -> int:
    """The usual length of the longest lines: the right margin of a PDF's text."""
    lengths = sorted(len(line.text) for line in lines if line.text)
    return lengths[int(len(lengths) * lexicon.WRAP_PERCENTILE)] if lengths else 0


def floating_lines(lines: list[TextLine], page_starts: Sequence[int] = ()) -> set[int]:
    """Numbers of the page-furniture and stamp lines, which may sit anywhere."""
    boundaries = _page_boundaries(lines, page_starts)
    # One call rules out most lines: neither furniture nor stamp can fit them.
    candidates = [line for line in lines if line.text and _may_float(fold(line.text))]
    floating = {line.number for line in candidates if _is_floating(line, boundaries)}
    # Running headers sit beside page numbers, not beside stamps: a stamp under each header of
    # a bundle would otherwise make every repeated header line look like page furniture.
    page_numbers = {line.number for line in candidates if _is_page_number(line, boundaries)}
    return floating | _running_headers(lines, page_numbers | boundaries, floating - page_numbers)


def _may_float(folded: str) -> bool:
    # A piece the scan lifted out of running text starts with its page number (« Page 1 sur 2
    # Conseil de la Métropole du … », a running header after it).
    return bool(lexicon.ANY_FLOATING.match(folded) or lexicon.INLINE_PAGE_NUMBER.match(folded))


def _is_page_number(line: TextLine, boundaries: set[int]) -> bool:
    folded = fold(line.text)
    if lexicon.BARE_NUMBER.match(folded):
        return line.number in boundaries
    return _is_page_number_text(folded)


def _is_page_number_text(folded: str) -> bool:
    """« Page 2 sur 9 », « 2/9 », « - 3 - »; not « 2021/112 » (a page never exceeds the count)."""
    if lexicon.PAGE_NUMBER.match(folded) is None:
        return False
    numbers = [int(number) for number in lexicon.DIGIT_RUN.findall(folded)]
    return len(numbers) < 2 or numbers[0] <= numbers[1]


def _is_floating(line: TextLine, boundaries: set[int]) -> bool:
    folded = fold(line.text)
    if _is_page_number_text(folded) or lexicon.ACTES_ID.match(folded):
        return True
    if lexicon.INLINE_PAGE_NUMBER.match(folded):
        return True
    if lexicon.BARE_NUMBER.match(folded):
        return line.number in boundaries
    # A stamp starts its line with a capital: a wrapped sentence may begin « transmis au … ».
    if not line.text[:1].isupper() or lexicon.STAMP.match(folded) is None:
        return False
    # Dated stamps that run on into the next line (« Affichée le 17/06/2021 Transmis en » /
    # « préfecture 17/06/2021 BESSIGNAC Yvon, ») are lifted from the joined text instead.
    return not _stamps_run_on(folded) and not _words_after_stamp_date(folded)


def _words_after_stamp_date(folded: str) -> bool:
    """« Date de publication : 20 décembre 2019 Ordre du » (a wrap put the next field after
    the stamp's date): words go on past the date, so the line is no stamp of its own."""
    if lexicon.STAMP_DATE_LABEL.match(folded) is None:
        return False
    date = find_date(folded)
    return date is not None and bool(folded[date.end :].strip(" .,;"))


def _stamps_run_on(folded: str) -> bool:
    """Whether the line opens with dated stamps and goes on with words that none of them ends."""
    end = 0
    for stamp in lexicon.INLINE_STAMP.finditer(folded):
        if folded[end : stamp.start()].strip():
            break
        end = stamp.end()
    return end > 0 and bool(folded[end:].strip())


def _page_boundaries(lines: list[TextLine], page_starts: Sequence[int]) -> set[int]:
    """The first and last non-blank line of each page (where page numbers and headers sit)."""
    if not page_starts:
        return set()
    numbers = [line.number for line in lines if line.text]
    starts = sorted(set(page_starts))
    boundaries: set[int] = set()
    for start, end in zip(starts, [*starts[1:], numbers[-1] + 1 if numbers else 0], strict=True):
        on_page = [number for number in numbers if start <= number < end]
        boundaries.update(on_page[:1] + on_page[-1:])
    return boundaries


def _running_headers(lines: list[TextLine], landmarks: set[int], stamps: set[int]) -> set[int]:
    """Lines repeated word for word next to page furniture on at least two pages.

    The top of the document counts as a landmark (a header sits there on page one). A text
    repeated once beside a page number is not enough: in a bundle the same formula or the
    same signatory recurs in every deliberation, and one of them may fall beside a page
    number by chance. Only the occurrences beside a landmark are set aside; the first stays
    ordinary text when it carries a marker (a header repeated on every page is still the
    header on the first). A stamp between a header and its page number is looked past; a line
    ending on a linking word or a colon is never a header.
    """
    content = [line for line in lines if line.text and line.number not in stamps]
    landmarks = landmarks | {line.number for line in content[:1]}
    beside: dict[str, list[int]] = {}
    pages: dict[str, set[str | int]] = {}
    for index, line in enumerate(content):
        if len(line.text) < lexicon.RUNNING_HEADER_MIN_LENGTH:
            continue
        if lexicon.search_end(lexicon.DANGLING_END, fold(line.text)) or line.text.endswith(":"):
            # « … des questions 1 à », « … soumet au Bureau le rapport suivant : »: its
            # sentence goes on, no header ends so
            continue
        if _finished_sentence(line.text):
            continue  # « Cette proposition mise aux voix est adoptée. »: each item's, no header
        neighbours = content[max(index - 1, 0) : index + 2]
        near = [other for other in neighbours if other.number in landmarks]  # itself included
        if near:
            beside.setdefault(line.text, []).append(line.number)
            pages.setdefault(line.text, set()).update(map(_page_of, near))
    # A header stands beside furniture wherever it repeats (its first copy may open the text);
    # a line that also repeats away from it is the text's own (a table's commune cell). Its
    # copies stand on different pages: twice beside the same « Page 2 sur 9 » is no evidence.
    elsewhere = Counter(line.text for line in content if line.text in beside)
    found: set[int] = set()
    for text, numbers in beside.items():
        if len(numbers) > 1 and len(pages[text]) > 1 and elsewhere[text] - len(numbers) <= 1:
            found.update(numbers[1:] if classify(text) is not None else numbers)
    return found


def _page_of(landmark: TextLine) -> str | int:
    """What tells one page from another beside a landmark: a page number's words (they differ
    from page to page), or the landmark's place (a page's first line, the top of the text)."""
    return landmark.text if _is_page_number_text(fold(landmark.text)) else landmark.number


def _finished_sentence(text: str) -> bool:
    """A sentence of some length ending with its full stop: a bundle's formula, never a header."""
    return (
        len(text.split()) >= _SENTENCE_MIN_WORDS
        and text.rstrip().endswith(".")
        and lexicon.search_end(lexicon.SENTENCE_END, text) is not None
    )


_SENTENCE_MIN_WORDS = 5


def _reads_as_names(text: str) -> bool:
    """A line that goes on with names, not prose: separators, and no lower-case word (other
    than a particle) among its first words."""
    words = text.split()[: lexicon.NAME_LINE_WORDS]
    if not words or not words[0][:1].isupper() or lexicon.NAME_LIST_SEPARATOR.search(text) is None:
        return False
    return not any(map(is_prose_word, words))


def _continues_a_list(marker: Marker, line: TextLine, current: Section) -> bool:
    """« Mesdames C MEGRET, D LEVESQUE … » with no heading of its own, right after a list (or
    its heading): more of that list, not the present list a headless line otherwise opens."""
    if marker.kind is not Kind.ATTENDANCE or current.kind is not Kind.ATTENDANCE:
        return False
    return lexicon.HEADLESS_LIST.match(fold(line.text)) is not None


def _footer_number(marker: Marker, line: TextLine, current: Section) -> bool:
    """« Délibération 2010 DASCO 42 » under the articles: Paris prints the deliberation's number
    at its foot, after the decision; it is the deliberation's own, not another's start."""
    return (
        marker.kind is Kind.IDENTIFICATION
        and current.kind in (Kind.DECISION, Kind.ARTICLE)
        and lexicon.PARIS_NUMBER.match(line.text) is not None
    )


def _opens_section(marker: Marker, current: Section) -> bool:
    stage, current_stage = _STAGE[marker.kind], _STAGE[current.kind]
    if current_stage < _EARLIEST_STAGE.get(marker.kind, 0):
        return False
    if marker.kind is current.kind and marker.kind not in _REPEATABLE:
        return False
    if marker.kind is Kind.ITEM:
        return True  # minutes: items follow one another, each with its report and vote
    if marker.kind in _SESSION_BLOCK and (
        current.kind in _SESSION_BLOCK or current.kind is Kind.IDENTIFICATION
    ):
        return True
    return stage >= current_stage or starts_new_record(marker.kind, current.kind)


def starts_new_record(kind: Kind, after: Kind) -> bool:
    """Whether a section of ``kind`` met after one of kind ``after`` begins another deliberation.

    In a bundle (a « recueil », a session's minutes) a new header, session, attendance or
    deliberation number after a vote or a signature starts the next deliberation.
    """
    if kind is Kind.ITEM:
        return False  # the items of minutes are read as one record (its first item)
    return _STAGE[after] >= _STAGE[Kind.VOTE] and _STAGE[kind] <= _STAGE[Kind.IDENTIFICATION]


def stage(kind: Kind) -> int:
    """The position of ``kind`` in the order of an extract (header 0 … signature last)."""
    return _STAGE[kind]
