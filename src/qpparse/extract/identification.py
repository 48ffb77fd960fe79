"""Identification: the deliberation number, its title and other references.

Numbers come in several shapes (see :func:`parse_identifier`): Métropole « CHL-025-11372/22/BM »,
Conseil de Territoire « CT3-071/20 », older city « D02XY-98/0745/EHCV », communes « Délibération
n° 2018/42 », « DCM n°2021-13 ». Second references (« 18621 », « MET 16/940/BM », a report code
« 98-1187-SG ») go to ``other_numbers``. Lines after the title that are neither are the report.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from qpparse import lexicon
from qpparse.frenchtext import fold, split_heading
from qpparse.model import NumberParts, Repair
from qpparse.normalise import TextLine
from qpparse.segment import Kind, Section, Sentence

from .draft import Draft
from .header import parse_authority_line

# Fewer words than this after the title is a fragment, not a paragraph of the report.
MIN_PARAGRAPH_WORDS = 6


@dataclass(frozen=True, slots=True)
class Identifier:
    """A deliberation number found at the start of a line, with what came with it."""

    number: str
    parts: NumberParts | None = None
    service_code: str | None = None
    title: str | None = None


def extract(section: Section, draft: Draft) -> None:
    """The number, then the title, then other numbers; the rest is the report."""
    opening = False
    for sentence in section.sentences():
        if draft.deliberation.title is None and _opens_the_session(sentence):
            opening = True
        elif opening and strip_title_prefix(sentence.text) != sentence.text:
            opening = False
        if opening:
            # « Objet : Ouverture de séance. Monsieur le Maire interroge … »: the session's own
            # business under a deliberation's heading; the next heading holds the first one.
            for line in sentence.lines:
                draft.reject(line)
        else:
            _read(sentence, draft)


def _opens_the_session(sentence: Sentence) -> bool:
    text = strip_title_prefix(sentence.text)
    title = split_heading(text)[0] or text
    return lexicon.SESSION_OPENING_ITEM.match(fold(title)) is not None


def _read(sentence: Sentence, draft: Draft) -> None:
    deliberation = draft.deliberation
    identifier = parse_identifier(sentence.text)
    if identifier is not None and deliberation.number is None:
        _set_number(identifier, sentence, draft)
    elif identifier is not None:
        # The number repeated (a running header joined to the text) is not another number.
        if identifier.number != deliberation.number:
            deliberation.other_numbers.append(identifier.number)
        _claim(sentence, "deliberation.other_numbers", draft)
    elif lexicon.OTHER_NUMBERS.match(sentence.text):
        deliberation.other_numbers.extend(_references(sentence.text))
        _claim(sentence, "deliberation.other_numbers", draft)
    elif (registry := lexicon.HEADER.match(fold(sentence.text))) is not None:
        # « EXTRAIT DU REGISTRE DES DELIBERATIONS COMMUNAUTE DE COMMUNES DE … » under the
        # number is the header naming the collectivity, never the title.
        _read_registry_header(sentence, registry.end(), draft)
    elif deliberation.title is None:
        leading, text = split_leading_reference(sentence.text)
        if leading:
            deliberation.other_numbers.append(leading)
            _claim(sentence, "deliberation.other_numbers", draft, words=leading)
        _set_title(strip_title_prefix(text), sentence, draft)
    elif is_paragraph(sentence.text):
        deliberation.report.append(sentence.text)
        _claim(sentence, "deliberation.report", draft)
    else:
        for line in sentence.lines:
            draft.reject(line)


def fill_number_ending_heading(sections: list[Section], draft: Draft) -> None:
    """« Travaux d'enfouissement … : 2019-93 » / « Vu le Code … », « Adoption du procès-verbal
    … 21/2018 » / « Rapporteur : … »: the number written after the title, ending the piece
    right before the first visa or report, when no other gave it."""
    if draft.deliberation.number is not None:
        return
    for previous, section in itertools.pairwise(sections):
        if section.kind not in _AFTER_HEADING_KINDS:
            continue
        if not previous.lines:  # only page furniture before: no title, no number
            return
        line = previous.lines[-1]
        match = lexicon.NUMBER_AFTER_TITLE.search(line.text)
        if match is not None:
            _take_number(match["number"], line, draft)
        return


def fill_number_above_letterhead(sections: list[Section], draft: Draft) -> None:
    """« 2020-075 » / « COMMUNAUTE DE COMMUNES DE … »: a number printed alone above the
    extract's letterhead, before the lists, when no other gave it."""
    if draft.deliberation.number is not None:
        return
    lines = list(
        itertools.chain.from_iterable(
            section.lines
            for section in itertools.takewhile(
                lambda section: section.kind not in _AFTER_LETTERHEAD_KINDS, sections
            )
        )
    )
    for line, following in itertools.zip_longest(lines, lines[1:]):
        # The letterhead may open the next piece: read on into it.
        text = f"{line.text} {following.text[:_LETTERHEAD_REACH]}" if following else line.text
        match = lexicon.NUMBER_ABOVE_LETTERHEAD.search(fold(text))
        if match is not None and match.end("number") <= len(line.text):
            _take_number(match["number"], line, draft)
            return


# How much of the next piece is read for the letterhead's first words.
_LETTERHEAD_REACH = 60


# Once the lists or the deliberation have started, the letterhead is behind.
_AFTER_LETTERHEAD_KINDS = frozenset({Kind.ATTENDANCE, Kind.IDENTIFICATION, Kind.VISAS})


def fill_number_field(sections: list[Section], draft: Draft) -> None:
    """« N° délibération 133 », « N° de délibération : 2019-12 »: the number given as a field of
    the extract's box, before its visas, when no other gave it."""
    if draft.deliberation.number is not None:
        return
    for section in itertools.takewhile(
        lambda known: known.kind not in _DELIBERATION_KINDS, sections
    ):
        for line in section.lines:
            match = lexicon.NUMBER_FIELD.search(fold(line.text))
            if match is not None:
                _take_number(line.text[match.start("number") : match.end("number")], line, draft)
                return


# Where the deliberation's own text starts: a box's fields stand before.
_DELIBERATION_KINDS = frozenset({Kind.VISAS, Kind.DECISION, Kind.ARTICLE})


# What follows a deliberation's heading: its visas, or its report (« Rapporteur : … »).
_AFTER_HEADING_KINDS = frozenset({Kind.VISAS, Kind.REPORT})


def _take_number(number: str, line: TextLine, draft: Draft) -> None:
    """Set the deliberation's number found by a later reader, and claim its words."""
    draft.deliberation.number, draft.deliberation.line = number, line.number
    draft.claim("deliberation.number", line.number, words=number)


def _references(text: str) -> list[str]:
    """« 18621 18622 » → both; « MET 16/940/BM » stays one (its space is its own)."""
    return [match.group() for match in lexicon.OTHER_NUMBER_TOKEN.finditer(text)]


def _read_registry_header(sentence: Sentence, end: int, draft: Draft) -> None:
    rest = sentence.text[end:].strip(" .,:-–")
    if draft.authority is None and rest and lexicon.AUTHORITY_LINE.match(fold(rest)):
        draft.authority = parse_authority_line(rest, sentence.number, [])
    _claim(sentence, "header", draft)


def is_paragraph(text: str) -> bool:
    """Prose under the title with no proposer line above it: the exposé of the report.

    A finished sentence of some length; a stray fragment stays unrecognised.
    """
    return len(text.split()) >= MIN_PARAGRAPH_WORDS and bool(
        lexicon.search_end(lexicon.SENTENCE_END, text)
    )


def _set_number(identifier: Identifier, sentence: Sentence, draft: Draft) -> None:
    deliberation = draft.deliberation
    deliberation.number, deliberation.number_parts = identifier.number, identifier.parts
    deliberation.service_code = identifier.service_code
    deliberation.line = sentence.number
    _claim(sentence, "deliberation.number", draft)
    if identifier.title and deliberation.title is None:
        _set_title(identifier.title, sentence, draft)


def _set_title(text: str, sentence: Sentence, draft: Draft) -> None:
    """The title ``text`` opens with; in running text the report may follow it on its line."""
    title, rest = split_heading(text)
    if not title:  # no heading shape: the whole line is the title, as written
        title, rest = text.strip(), ""
    references: list[str] = []
    while (split := split_trailing_reference(title))[1] is not None:
        title, references = split[0], [split[1], *references]
    deliberation = draft.deliberation
    if lexicon.OTHER_NUMBER.fullmatch(title):  # « N° 2021/12 18622 »: a reference, no title
        title, references = "", [title, *references]
    # A bullet inside the title stood at a line's start, which normalisation takes out: the
    # same text wrapped otherwise reads the same title (claimed as written, bullets and all).
    deliberation.title = " ".join(lexicon.STANDALONE_BULLET.sub(" ", title).split()) or None
    deliberation.title_line = sentence.number if title else None
    deliberation.other_numbers.extend(references)
    # Each part gets its span, at the words it was read from: a title, the reference written
    # under it and the report's first sentence may share one piece.
    if title or not references:
        _claim(sentence, "deliberation.title", draft, words=title or None)
    for reference in references:
        _claim(sentence, "deliberation.other_numbers", draft, words=reference)
    if not rest:
        return
    if is_paragraph(rest):
        deliberation.report.append(rest)
        _claim(sentence, "deliberation.report", draft, words=rest)
    else:
        draft.reject(TextLine(sentence.number, rest))


def settle_title(draft: Draft) -> None:
    """« l'amé- nagement » → « l'amé-nagement », reported: a word cut by a hyphen reads the same
    whether the line break after the hyphen stayed (the join closes it) or became a space."""
    deliberation = draft.deliberation
    title = deliberation.title
    if title is None or "- " not in title:
        return
    closed = lexicon.HYPHEN_SPACE.sub("-", title)
    if closed != title:
        draft.repairs.append(
            Repair(line=_title_line(draft), kind="title-hyphen-space", before=title, after=closed)
        )
        deliberation.title = closed


def _title_line(draft: Draft) -> int:
    """Where the title stands: its line, or its span's (minutes' readers claim its words only)."""
    if draft.deliberation.title_line is not None:
        return draft.deliberation.title_line
    spans = [span.line for span in draft.spans if span.field == "deliberation.title"]
    return spans[0] if spans else 1


def parse_identifier(text: str) -> Identifier | None:
    """The deliberation number a line starts with, in any family's shape; ``None`` otherwise."""
    metropole = lexicon.METROPOLE_NUMBER.match(text)
    if metropole is not None:
        number, parts = parse_number(text)
        return Identifier(number, parts)
    city = lexicon.CITY_NUMBER.match(text)
    if city is not None:
        return Identifier(city["number"], service_code=city["service"], title=city["title"])
    paris = lexicon.PARIS_NUMBER.match(text)
    if paris is not None:
        return Identifier(paris["number"])
    territory = lexicon.TERRITORY_NUMBER.match(text)
    if territory is not None:
        return Identifier(territory["number"], title=territory["title"])
    return _commune_identifier(text)


def _commune_identifier(text: str) -> Identifier | None:
    """« Délibération n° 2018/42 … », « 2019-062-01 – TRAVAUX … », « DL/11/185 Adoption … »."""
    commune = lexicon.COMMUNE_NUMBER.match(fold(text))
    if commune is not None:
        number = "".join(text[commune.start("number") : commune.end("number")].split())
        title = text[commune.start("title") :].strip() if commune["title"] else None
        if title and lexicon.DATE_ALONE.match(fold(title)):
            # « Délibération n°12/24 juillet 2020 »: the session's date ends the number (its
            # day after the slash); a date is never a title.
            number = f"{number} {title}" if lexicon.DAY_ENDED_NUMBER.search(number) else number
            title = None
        return Identifier(number, title=title)
    bare = lexicon.BARE_NUMBER_TITLE.match(fold(text))
    if bare is not None:  # « 2019-062-01 – TRAVAUX … », « DL/11/185 Adoption … »
        number = text[bare.start("number") : bare.end("number")]
        return Identifier(number, title=text[bare.start("title") :].strip())
    return None


def parse_number(text: str) -> tuple[str, NumberParts | None]:
    """The number as written and, for Métropole numbers, its parts."""
    match = lexicon.METROPOLE_NUMBER.match(text)
    if match is None:
        return text, None
    parts = NumberParts(
        commission=match["commission"],
        order=int(match["order"]),
        unique=int(match["unique"]),
        year=2000 + int(match["year"]),
        body=match["body"],
    )
    return match["number"], parts


def strip_title_prefix(text: str) -> str:
    """« Objet : Approbation … » → « Approbation … »; a bullet before the title (« ■ »), which
    a line of its own loses in normalisation and running text keeps, goes too."""
    match = lexicon.TITLE_PREFIX.match(fold(text))
    text = text[match.end() :] if match else text
    return text.lstrip(lexicon.TITLE_BULLETS)


def split_leading_reference(text: str) -> tuple[str | None, str]:
    """« MET 16/940/CM Convention de collecte … » → its second reference and the title: written
    on a line of its own, the reference starts the title when the lines are joined."""
    match = lexicon.LEADING_REFERENCE.match(text)
    if match is None:
        return None, text
    return match["reference"], text[match.end() :]


def split_trailing_reference(title: str) -> tuple[str, str | None]:
    """« Approbation de la convention (2022/2024) 18621 » → the title and its second reference:
    written on a line of its own, the reference ends the title when the lines are joined."""
    match = lexicon.TRAILING_REFERENCE.search(title)
    if match is None or match.start() == 0:
        return title, None
    return title[: match.start()].rstrip(), match["reference"]


def _claim(sentence: Sentence, field: str, draft: Draft, words: str | None = None) -> None:
    for line in sentence.lines:
        draft.claim(field, line, words=words)
