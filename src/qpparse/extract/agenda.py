"""Agenda: the first deliberation's title from the session's agenda, when nothing else gives it.

Minutes and their excerpts often state the session's items only in its agenda (« ORDRE DU JOUR :
1) Tarifs … 2) Subventions … », « Sommaire I Budget …...9 II … »), the page stopping before
the first item's own heading. The first entry that is a decision is then the first
deliberation's subject; routine entries (the previous minutes, the secretary, decisions taken
under delegation, information, « questions diverses ») and fields of the agenda (« FINANCES »,
any entry in capitals) are passed over.

An entry runs from its marker to the next one of the same list: the next number (« 1) » then
« 2) », « 1- » then « 2- », « I » then « II ») or the same bullet. Line breaks are not read:
entries written one per line with no marker are left alone (silence), as is an entry whose end
cannot be found.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from qpparse import lexicon
from qpparse.frenchtext import fold
from qpparse.model import Line, Span
from qpparse.normalise import TextLine
from qpparse.segment import Kind, Section

from .draft import Draft

# The longest entry read as a title, in characters and in words.
MAX_ENTRY_LENGTH = 320
MAX_ENTRY_WORDS = 45
MIN_ENTRY_WORDS = 2
# An agenda written as one sentence, its entries parted by commas: how many at least, and how
# long each may be (longer, the commas are a sentence's).
MIN_COMMA_ENTRIES = 3
MAX_COMMA_ENTRY_WORDS = 8
# How far after the heading its list may start: a qualifier (« Ordre du jour du comité
# syndical : », « SOMMAIRE Réunion du Conseil du 24 avril 2015 : ») stands before it.
QUALIFIER_REACH = 90


@dataclass(frozen=True, slots=True)
class Entry:
    """An entry of the agenda: its text and where it starts in the joined text."""

    text: str
    start: int


def fill_agenda_entry(sections: list[Section], draft: Draft) -> None:
    """The title, from the first agenda entry that is a decision, when the record has none."""
    if draft.deliberation.title is not None or any(
        section.kind is Kind.IDENTIFICATION for section in sections
    ):
        return
    lines = sorted((line for section in sections for line in section.lines), key=_number)
    text = " ".join(line.text for line in lines)
    folded = fold(text)
    for heading in lexicon.AGENDA_HEADING.finditer(folded):
        entries = agenda_entries(text, folded, heading.end())
        if not entries:
            continue
        entry, before = _first_decision(text, entries)
        # An entry naming a person runs on into the minutes' own text (« - Mise en place du
        # conseil A Mudaison, M.Albert siègera … »): no agenda there to read, silence.
        if entry is not None and not any(
            lexicon.PERSON_IN_ENTRY.search(known.text) for known in before
        ):
            _take_title(entry, lines, draft)
        return


def _first_decision(text: str, entries: list[Entry]) -> tuple[Entry | None, list[Entry]]:
    """The first entry that is a decision, and the entries read up to it. A field's entry
    holding a list of its own (« I. Fonctionnement de l'assemblée 1) Désignation … 2) … »,
    « … Affaires financières : 1. Cession … ») is read into: its items are the agenda's."""
    read: list[Entry] = []
    for entry in entries:
        read.append(entry)
        if _is_decision(entry.text):
            return entry, read
        nested = _nested_entries(text, entry)
        if nested:
            found, inner = _first_decision(text, nested)
            read.extend(inner)
            if found is not None:
                return found, read
    return None, read


def _nested_entries(text: str, entry: Entry) -> list[Entry]:
    """The entries of a numbered list that starts inside ``entry`` (after its first word)."""
    end = entry.start + len(entry.text)
    for marker in lexicon.NESTED_FIRST_MARKER.finditer(text, entry.start + 1):
        if marker.start() >= end:
            break
        first = lexicon.AGENDA_FIRST_MARKER.match(text, marker.start())
        if first is not None and first["number"]:
            nested = _entries(text, first)
            return _clipped(text, nested, end) if _marker_at(text, end) else nested
    return []


def _marker_at(text: str, position: int) -> bool:
    """Whether an entry's marker stands at ``position``, spaces skipped."""
    return lexicon.AGENDA_MARKER.match(text, position) is not None or (
        lexicon.AGENDA_MARKER.match(text, position + 1) is not None
    )


def _clipped(text: str, entries: list[Entry], end: int) -> list[Entry]:
    """A field's items end where the field does (« … 4) Validation … II. Finances »)."""
    return [
        Entry(_clean(text[entry.start : end]), entry.start)
        if entry.start + len(entry.text) > end
        else entry
        for entry in entries
        if entry.start < end
    ]


def agenda_entries(text: str, folded: str, start: int) -> list[Entry]:
    """The entries of the list starting at ``start`` (right after the heading or its
    qualifier), in order, as far as their ends are known; empty when no list starts there."""
    places = _list_starts(folded, start)
    for place in places:
        first = lexicon.AGENDA_FIRST_MARKER.match(text, place)
        if first is not None:
            return _entries(text, first)
    return next(filter(None, (_comma_entries(text, place) for place in places)), []) or (
        _entries_after_unmarked(text, start)
    )


def _entries_after_unmarked(text: str, start: int) -> list[Entry]:
    """« ORDRE DU JOUR Désignation d'un secrétaire • Approbation du compte rendu … », « ORDRE
    DU JOUR : Adoption procès-verbal du 5 juin Lecture de l'ordre du jour 1-Vote des … »: the
    first entries written with no marker (a bullet lost at a line's start, items one per line
    before the numbered ones), then the list. What stands before the first marker, within an
    entry's reach and in one sentence, is read as one entry."""
    for marker in lexicon.AGENDA_FIRST_MARKER.finditer(text, start, start + MAX_ENTRY_LENGTH):
        if marker.start() == start or lexicon.AGENDA_ENTRY_END.search(text, start, marker.start()):
            return []
        lead = _clean(text[start : marker.start()])
        # Only routine entries stand unmarked before the list (the previous minutes, the
        # secretary): other words there are no agenda's. Unless the list's bullets are those the
        # normaliser takes off a line's start: the first entry's was, on its own line.
        if not lead[:1].isupper() or (
            lexicon.ROUTINE_ITEM.search(fold(lead)) is None
            and marker["bullet"] not in lexicon.LINE_START_BULLETS
        ):
            return []
        lead_start = start + len(text[start:]) - len(text[start:].lstrip())
        return [Entry(lead, lead_start), *_entries(text, marker)]
    return []


def _comma_entries(text: str, start: int) -> list[Entry]:
    """« Ordre du jour : Construction hangar, Projet Écoles, Dispositions diverses. »: a
    sentence of at least three short entries, each opening with a capital, none a person."""
    end = text.find(".", start, start + MAX_ENTRY_LENGTH * 2)
    if end == -1 or lexicon.PAGE_NUMBER_TAIL.search(text, start, end):
        return []  # « …, Affaires délibératives : 1. Métropole … »: a numbered list's start
    entries: list[Entry] = []
    position = start
    for part in lexicon.AGENDA_COMMA.split(text[start:end]):
        offset = text.index(part, position) if part else position
        position = offset + len(part)
        entry = part.strip()
        if (
            not entry[:1].isupper()
            or len(entry.split()) > MAX_COMMA_ENTRY_WORDS
            or lexicon.PERSON_AHEAD.match(entry)
        ):
            return []
        entries.append(Entry(entry, offset + len(part) - len(part.lstrip())))
    return entries if len(entries) >= MIN_COMMA_ENTRIES else []


def _list_starts(folded: str, start: int) -> list[int]:
    """Right after the heading, or after a qualifier that ends with a colon."""
    colon = folded.find(":", start, start + QUALIFIER_REACH)
    if colon == -1 or "." in folded[start:colon]:
        return [start]
    return [start, colon + 1]


def _entries(text: str, first: regex.Match[str]) -> list[Entry]:
    entries: list[Entry] = []
    marker: regex.Match[str] | None = first
    number = first["number"]
    while marker is not None and len(entries) < lexicon.MAX_AGENDA_ENTRIES:
        number = _following_number(number) if number else None
        following = _next_marker(text, marker, number)
        end = following.start() if following is not None else _entry_end(text, marker.end())
        if end is None:
            break
        end = _other_number_start(text, marker, end)
        entry = _clean(text[marker.end() : end])
        if entry:
            entries.append(Entry(entry, marker.end()))
        marker = following
    if len(entries) > 1 and all(lexicon.PAGE_NUMBER_TAIL.search(entry.text) for entry in entries):
        # A table of contents: every entry ends with its page.
        entries = [
            Entry(lexicon.PAGE_NUMBER_TAIL.sub("", entry.text).rstrip(" .,;:"), entry.start)
            for entry in entries
        ]
    return entries


def _next_marker(
    text: str, marker: regex.Match[str], number: str | None
) -> regex.Match[str] | None:
    """The marker of the next entry of the same list (the next number with the same
    punctuation, or the same bullet), within an entry's reach."""
    start = marker.end()
    # Overlapped: « n 1 - Exercice » holds a number's marker and a bullet.
    candidates = lexicon.AGENDA_MARKER.finditer(
        text, start, start + MAX_ENTRY_LENGTH, overlapped=True
    )
    for candidate in candidates:
        if marker["bullet"]:
            if candidate["bullet"] == marker["bullet"]:
                return candidate
        elif candidate["number"] == number and _same_punctuation(candidate, marker):
            return candidate
    return None


def _same_punctuation(one: regex.Match[str], other: regex.Match[str]) -> bool:
    """« 00 - » and « 01 – »: the dashes of one list may differ (a typist's hyphen, a word
    processor's en dash)."""
    return _DASHES.get(one["punctuation"], one["punctuation"]) == _DASHES.get(
        other["punctuation"], other["punctuation"]
    )


_DASHES = {"–": "-", "—": "-"}


def _other_number_start(text: str, marker: regex.Match[str], end: int) -> int:
    """Where an entry ends when a number of the same list but out of its order stands inside
    it: a table of two columns read across (« 1/ Élection du Maire 14/ Renouvellement … 2/ »)."""
    if not marker["number"] or not marker["punctuation"]:
        return end
    for candidate in lexicon.AGENDA_MARKER.finditer(text, marker.end(), end, overlapped=True):
        if candidate["number"] and _same_punctuation(candidate, marker):
            return candidate.start()
    return end


def _following_number(number: str) -> str | None:
    if number.isdigit():  # « 01 » then « 02 »: the padding kept
        return str(int(number) + 1).zfill(len(number))
    return _ROMAN[_ROMAN.index(number) + 1] if number in _ROMAN[:-1] else None


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _entry_end(text: str, start: int) -> int | None:
    """The end of the last entry read: a dotted leader, or the end of its sentence."""
    end = lexicon.AGENDA_ENTRY_END.search(text, start, start + MAX_ENTRY_LENGTH)
    return end.start() if end is not None else None


def _clean(entry: str) -> str:
    """The entry without its dotted leader, page number and closing punctuation."""
    entry = lexicon.AGENDA_ENTRY_TAIL.sub("", " ".join(entry.split()))
    return entry.strip(" ,;:.–—-")


def _is_decision(entry: str) -> bool:
    folded = fold(entry)
    words = entry.split()
    return (
        MIN_ENTRY_WORDS <= len(words) <= MAX_ENTRY_WORDS
        and (entry[:1].isupper() or entry[:1] in '«"')
        and lexicon.ROUTINE_ITEM.search(folded) is None
        and lexicon.MISC_ITEM.match(folded) is None
        and lexicon.AGENDA_INSTALLATION.match(folded) is None
        and lexicon.CATEGORY_WORDS.match(folded) is None
        and lexicon.CATEGORY_HEADING.match(entry) is None
        # Entries in capitals are the agenda's fields (« II – DELEGATION DE POUVOIRS », then
        # « 3.1 – Débat … » under the next): their items are written below them.
        and not entry.isupper()
        # « III – AFFAIRES FINANCIERES 3.1 – Débat … »: a field, then its first sub-item.
        and lexicon.FIELD_THEN_SUB_ITEM.match(entry) is None
    )


def _take_title(entry: Entry, lines: list[TextLine], draft: Draft) -> None:
    """Set the title; the words it was read from leave ``unrecognised`` when one piece held
    them there."""
    starts = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line.text) + 1
    line = lines[bisect.bisect_right(starts, entry.start) - 1]
    draft.deliberation.title, draft.deliberation.title_line = entry.text, line.number
    for index, kept in enumerate(draft.unrecognised):
        if kept.line == line.number and entry.text in kept.text:
            before, _, after = kept.text.partition(entry.text)
            rest = [Line(line=kept.line, text=part.strip()) for part in (before, after)]
            draft.unrecognised[index : index + 1] = [part for part in rest if part.text]
            break
    span = Span(field="deliberation.title", line=line.number, end_line=line.number)
    bisect.insort(draft.spans, span, key=lambda known: known.line)
    draft.span_words[id(span)] = (entry.text, entry.text)


def _number(line: TextLine) -> int:
    return line.number
