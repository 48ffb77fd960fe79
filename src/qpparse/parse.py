"""Parse: text → :class:`~qpparse.model.Extract`, through normalise, segment and extract."""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Callable, Iterator

from .extract import (
    agenda,
    articles,
    asides,
    attendance,
    citations,
    header,
    identification,
    minutes,
    report,
    session,
    signature,
    vote,
)
from .extract.draft import Draft
from .frenchtext import forget_long_folds
from .model import Content, Extract, Formula, Record, Repair, Source
from .normalise import TextLine, normalise
from .records import split_records
from .scan import LineMap, PersonFinder, merge_spans, relocate, split_at_markers
from .segment import Kind, Section, floating_lines, segment
from .source import split_lines

Extractor = Callable[[Section, Draft, list[TextLine]], None]

# Single-line sections whose whole content is a formula kept as written.
_FORMULA_KINDS = {
    Kind.PROPOSAL: "proposal",
    Kind.CONCLUSION: "conclusion",
    Kind.BODY_DECLARATION: "body_declaration",
    Kind.REPORT_HEARD: "report_heard",
    Kind.CONCLUSIONS_HEARD: "conclusions_heard",
}


class SeveralRecordsWarning(UserWarning):
    """:func:`parse` met a text holding several deliberations and returned only the first."""


def parse(text_or_source: str | Source) -> Extract:
    """Parse one extract from its text (or from a :class:`Source` made by :func:`qpparse.read`).

    Never raises on text: what cannot be read ends up in ``unrecognised``. When the text holds
    several deliberations, returns the first, sets its ``record`` (index and count) and warns
    with :class:`SeveralRecordsWarning`: use :func:`parse_all` for bundles.
    """
    extracts = parse_all(text_or_source)
    if len(extracts) > 1:
        warnings.warn(
            f"the text holds {len(extracts)} deliberations; parse() returns the first, "
            "parse_all() returns them all",
            SeveralRecordsWarning,
            stacklevel=2,
        )
    return extracts[0]


def parse_all(text_or_source: str | Source) -> list[Extract]:
    """Parse every deliberation of a text: one :class:`Extract` each, in order.

    Each record carries the session header and attendance that apply to it; a single extract
    gives a list of one.
    """
    return list(iter_parse(text_or_source))


def iter_parse(text_or_source: str | Source) -> Iterator[Extract]:
    """:func:`parse_all`, one extract at a time: a large bundle is never all in memory.

    The text is segmented first, so each record already knows how many there are.
    """
    source = text_or_source if isinstance(text_or_source, Source) else source_of(text_or_source)
    try:
        yield from _extracts(source)
    finally:
        forget_long_folds()


def _extracts(source: Source) -> Iterator[Extract]:
    input_lines, repairs = normalise(source.text)
    # Markers inside lines start lines of their own: line breaks are hints, not structure.
    lines, line_map = split_at_markers(input_lines, floating_lines(input_lines, source.pages or ()))
    finder = PersonFinder(line_map, {line.number: line.text for line in input_lines})
    pages = line_map.first_virtual(source.pages or ())
    # A text with no line that carries anything is still one (empty) extract.
    records = split_records(segment(lines, pages)) or [[]]
    # The whole stream and its fold served the scan and the segmenter; a record's readers fold
    # its own pieces. Dropped here, they do not stay in memory while a bundle is read.
    forget_long_folds()
    first: Extract | None = None
    for index, sections in enumerate(records, start=1):
        extract = _build(source, lines, repairs, sections, line_map=line_map, finder=finder)
        if len(records) > 1:
            extract.record = Record(index=index, count=len(records))
            # A recueil's cover is read once, before the first session; it covers them all.
            first = first or extract
            extract.publication = extract.publication or first.publication
        yield extract


def _fill_session_from_prose(sections: list[Section], draft: Draft, lines: list[TextLine]) -> None:
    """The session's facts no marked section gave, from the prose around them."""
    header.drop_distant_authority(draft)
    if draft.body is None or draft.authority is None:
        header.fill_from_prose(sections, draft, lines)
        # The body the prose named may show the letterhead's authority to be only its place.
        if header.drop_distant_authority(draft):
            header.fill_from_prose(sections, draft, lines)
    if draft.body is None:
        header.fill_body_from_decision(sections, draft, lines)
    if draft.session.date is None:
        session.fill_date_from_prose(sections, draft)
        session.fill_date_of_a_meeting(sections, draft)
    if draft.session.president is None:
        session.fill_president_from_prose(sections, draft)
        session.fill_president_from_list(sections, draft)
    session.fill_counts_from_prose(sections, draft)


def _build(
    source: Source,
    lines: list[TextLine],
    repairs: list[Repair],
    sections: list[Section],
    *,
    line_map: LineMap,
    finder: PersonFinder,
) -> Extract:
    draft = Draft()
    detached = attendance.detached_tables(sections)
    for section in sections:
        asides.extract(section.asides, draft)  # furniture and stamps met inside the section
        extractor = _EXTRACTORS.get(section.kind, _reject_all)
        if id(section) in detached:
            extractor = _reject_all  # a table whose marks lost their rows: nothing to read
        extractor(section, draft, lines)
    attendance.read_list_after_counts(sections, draft)
    _fill_session_from_prose(sections, draft, lines)
    identification.fill_number_ending_heading(sections, draft)
    identification.fill_number_above_letterhead(sections, draft)
    identification.fill_number_field(sections, draft)
    minutes.fill_first_item(sections, draft)
    until = minutes.fill_heading_before_report(sections, draft)
    minutes.fill_requested_item(sections, draft)
    minutes.fill_reported_item(sections, draft)
    minutes.fill_vote(sections, draft, until)
    # After the vote: an agenda entry does not tell where the item's own vote stands.
    agenda.fill_agenda_entry(sections, draft)
    minutes.fill_title_before_number(sections, draft)
    identification.settle_title(draft)
    if not line_map.identity:
        draft.unrecognised = [
            kept
            for entry in draft.unrecognised
            for kept in finder.split_by_line(entry.line, entry.text)
        ]
        for span in draft.spans:
            if (words := draft.span_words.get(id(span))) is not None:
                finder.place_span(span, words)
            else:
                line_map.place_span(span)
        for name in Content.model_fields:
            if name not in {"spans", "unrecognised"}:  # both placed above
                relocate(getattr(draft, name), line_map, finder)
        draft.spans = [finder.trim_blank_ends(span) for span in merge_spans(draft.spans)]
    attendance.settle(draft)  # after relocation: its notes name input lines
    covered = {
        number
        for section in sections
        for line in [*section.lines, *section.asides]
        for number in line_map.input_lines(line.number)
    }
    return Extract(
        source=source,
        # Repairs made while extracting (names re-joined, …) follow the normalisation ones.
        repairs=sorted(
            [*(repair for repair in repairs if repair.line in covered), *draft.repairs],
            key=lambda repair: repair.line,
        ),
        **{name: getattr(draft, name) for name in Content.model_fields if name != "repairs"},
    )


def source_of(text: str, path: str | None = None) -> Source:
    """Wrap text given directly (not read from bytes) as a :class:`Source`."""
    return Source(
        path=path,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        encoding="utf-8",
        line_count=len(split_lines(text)),
        text=text,
    )


def _reject_all(section: Section, draft: Draft, _lines: list[TextLine]) -> None:
    for line in section.lines:
        draft.reject(line)


def _formula(section: Section, draft: Draft, _lines: list[TextLine]) -> None:
    first, *rest = section.sentences()  # a formula a PDF wrapped over lines is one sentence
    kind = _FORMULA_KINDS[section.kind]
    draft.formulas.append(Formula(kind=kind, text=first.text, line=first.number))
    for line in first.lines:
        draft.claim(f"formulas.{kind}", line)
    for line in (line for sentence in rest for line in sentence.lines):
        draft.reject(line)


def _no_context(function: Callable[[Section, Draft], None]) -> Extractor:
    def run(section: Section, draft: Draft, _lines: list[TextLine]) -> None:
        function(section, draft)

    return run


def _citations(field: str) -> Extractor:
    def run(section: Section, draft: Draft, _lines: list[TextLine]) -> None:
        citations.extract(section, draft, field)

    return run


_EXTRACTORS: dict[Kind, Extractor] = {
    Kind.PREAMBLE: header.extract_preamble,
    Kind.HEADER: header.extract,
    Kind.SESSION: _no_context(session.extract),
    Kind.OPENING: _no_context(session.extract),
    Kind.COUNTS: _no_context(session.extract),
    Kind.CONVOCATION: _no_context(session.extract),
    Kind.SECRETARY: _no_context(session.extract),
    Kind.ATTENDANCE: _no_context(attendance.extract),
    Kind.IDENTIFICATION: _no_context(identification.extract),
    # Minutes' items are read once all is read (``minutes.fill_first_item``), from here.
    Kind.ITEM: _reject_all,
    Kind.REPORT: _no_context(report.extract),
    Kind.VISAS: _citations("visas"),
    Kind.CONSIDERANTS: _citations("considerants"),
    Kind.DECISION: _no_context(articles.extract_decision),
    Kind.ARTICLE: _no_context(articles.extract),
    Kind.VOTE: _no_context(vote.extract),
    Kind.SIGNATURE: _no_context(signature.extract),
    **dict.fromkeys(_FORMULA_KINDS, _formula),
}
