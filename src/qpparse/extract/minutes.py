"""Minutes: the first deliberation of a session's minutes, read from its item heading.

A compte rendu or procès-verbal has no « Objet : » and no identifier for each decision: after the
lists, items follow under numbered headings (« 1. Achat de la parcelle … », « 1°) : ADHÉSION …
: », « Dossier 2 Budget primitif 2012 »), each with a short report and how it was voted
(« adopté à l'unanimité »). The scan starts a piece at each numbered heading, wherever lines
break; no section marker announces them, so the pieces stay unread. When the record has no
title of its own, the first item heading that is a decision gives it, and the item's vote
sentence the vote.

The title ends with its own words: a title in capitals where the capitals end, any other at the
end of its first sentence (the scan already cut the report's formula off). Unnumbered headings
are not read (in the corpus they were as often an agenda's or a department's as an item's).
Routine items (the previous minutes, the secretary, decisions taken under delegation) are
skipped unless they carry a deliberation number, as are headings naming a field of the agenda
(« FINANCES ») and the agenda itself (headings one after another, with no report between them).
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

from qpparse import lexicon
from qpparse.frenchtext import (
    fold,
    glued_heading_start,
    opens_sentence,
    split_heading,
    split_sentences,
)
from qpparse.model import Line, Span
from qpparse.normalise import TextLine
from qpparse.segment import Kind, Section, classify

from .draft import Draft
from .identification import parse_identifier
from .vote import parse_vote

# An item whose heading is followed by fewer words than this before the next heading is an
# entry of the agenda, not an item with its report.
MIN_REPORT_WORDS = 4


@dataclass(frozen=True, slots=True)
class Item:
    """An item heading read from the start of a piece: its title, what follows it, and the
    deliberation number written with it, if any."""

    title: str
    rest: str
    number: str | None = None


def fill_first_item(sections: list[Section], draft: Draft) -> None:
    """Title, number and vote of the first item of minutes, when the record has no title."""
    if draft.deliberation.title is not None or not _after_lists(sections):
        return
    unread = [line for line in draft.unrecognised if line.line > _last_list_line(sections)]
    texts = {line.number: line.text for section in sections for line in section.lines}
    numbers = sorted(texts)  # the pieces of the text, page furniture set aside
    for index, line in enumerate(unread):
        item = read_item(line.text)
        after_place = bisect.bisect_right(numbers, line.line)
        before_place = bisect.bisect_left(numbers, line.line) - 1
        following = texts[numbers[after_place]] if after_place < len(numbers) else ""
        before = texts[numbers[before_place]] if before_place >= 0 else ""
        if item is None or _is_agenda_entry(item, following):
            continue
        if not item.rest.strip() and _heads_a_list(following):
            # « 2. Collège des représentants des usagers / Etaient présents : … »: a heading
            # alone (an item's own report may name delegates: « … a élu … Délégués : … »).
            continue
        if lexicon.search_end(lexicon.NUMBER_GOES_ON, fold(before)):
            continue  # « … questions 1 à » / « 14. Intègre … », « Votants : » / « 22. Accueil … »
        if lexicon.MISC_ITEM.match(fold(item.title)):
            continue  # « Questions diverses … » is never a deliberation of its own
        number = item.number or _number_before(unread[index - 1].text if index else "")
        if _routine(item.title) and number is None:
            continue
        _take_item(item, number, line, draft)
        _read_vote([Line(line=line.line, text=item.rest), *unread[index + 1 :]], draft)
        return


def _heads_a_list(following: str) -> bool:
    """Whether the text after a numbered heading opens an attendance list: the heading is a
    group's of the lists (« 2. Collège des représentants des usagers »), no item's."""
    marker = classify(following)
    return marker is not None and marker.kind is Kind.ATTENDANCE and marker.start == 0


def fill_heading_before_report(sections: list[Section], draft: Draft) -> int | None:
    """Minutes whose items carry no number: the heading set right before the first report or
    decision, after a finished sentence (« … est adopté à l'unanimité. Subvention : » / « Après
    en avoir délibéré, … », « … - Indemnité de fonction du maire » / « Monsieur le Maire
    présente … »). Only a short heading with no name and no clause in it; else silence.

    Returns the last line of the item's report: with no number on the next heading, nothing
    after it is known to be this item's (its vote is read no further).
    """
    if draft.deliberation.title is not None or not _after_lists(sections):
        return None
    last_list = _last_list_line(sections)
    for index, section in enumerate(sections[1:], start=1):
        if section.kind not in _REPORT_KINDS or section.first_line <= last_list:
            continue
        line = sections[index - 1].lines[-1]
        text, number_after = _without_own_number(line, draft)
        heading = _trailing_heading(text, numbered=bool(number_after)) or (
            _heading_after_name(text) if sections[index - 1].kind in _NAMED_KINDS else None
        )
        if heading is None:
            break
        _take_heading(heading, line.number, draft, number_after=number_after)
        return _item_end(sections, index)
    return _heading_then_decision(
        [line for line in draft.unrecognised if line.line > last_list], draft
    )


def fill_title_before_number(sections: list[Section], draft: Draft) -> None:
    """« … approuvés à l'unanimité. ADHESION A LA CONVENTION PREVOYANCE » / « Délibération n°
    2025-23 » / « Vu … »: the heading right before the deliberation's number, after a finished
    sentence, when the number's own line gives no title."""
    deliberation = draft.deliberation
    if deliberation.title is not None or deliberation.number is None:
        return
    for previous, section in itertools.pairwise(sections):
        if section.kind is not Kind.IDENTIFICATION:
            continue
        if previous.lines and (heading := _trailing_heading(previous.lines[-1].text)):
            _take_heading(heading, previous.lines[-1].number, draft)
        return


def fill_requested_item(sections: list[Section], draft: Draft) -> None:
    """A session's summary (« compte rendu sommaire »): items with a bare number, each a title
    in one sentence and the request put to the assembly (« 1 Tarifs de la restauration
    scolaire. Il est demandé au Conseil d'approuver … Adopté »). The first gives the title.

    Read across the pieces no section claimed, as one text: a PDF may break the title anywhere.
    """
    if draft.deliberation.title is not None or any(
        section.kind is Kind.IDENTIFICATION for section in sections
    ):
        return
    for run in _unread_runs(sections, draft):
        text = " ".join(line.text for line in run)
        for match in lexicon.REQUESTED_ITEM.finditer(fold(text)):
            title = text[match.start("title") : match.end("title")].strip()
            if title[0].isupper() and not _routine(title):
                _take_words(run, match.start("title"), match.end("title"), draft)
                draft.deliberation.title = title
                _read_requested_outcome(text, match.end(), run, draft)
                return


def fill_reported_item(sections: list[Section], draft: Draft) -> None:
    """Minutes whose items name who reports them right after their title (« - Délégation du
    Conseil au Président. (Rapporteur : M. Paul ROUX) », « Subventions à divers collèges. Mme
    Anne ROUX, rapporteure. »): the first item gives the title.

    Only the first item so reported is read; a title that is routine, names a person or runs
    long leaves the field empty.
    """
    if draft.deliberation.title is not None:
        return
    for run in _unread_runs(sections, draft):
        text = " ".join(line.text for line in run)
        match = lexicon.REPORTED_ITEM.search(text)
        if match is None:
            continue
        title = match["title"].strip()
        if (
            len(title.split()) <= lexicon.MAX_REPORTED_TITLE_WORDS
            and not _routine(title)
            and not lexicon.PERSON_AHEAD.match(title)
        ):
            _take_words(run, match.start("title"), match.start("title") + len(title), draft)
            draft.deliberation.title = title
        return


def _read_requested_outcome(text: str, start: int, run: list[Line], draft: Draft) -> None:
    """The outcome written alone after the item's request, before the next item starts."""
    if draft.vote is not None:
        return
    folded = fold(text)
    following = lexicon.REQUESTED_ITEM.search(folded, start)
    end = following.start() if following is not None else len(text)
    outcome = lexicon.REQUESTED_ITEM_OUTCOME.search(folded, start, end)
    if outcome is None:
        return
    offset, line = 0, run[0].line
    for piece in run:  # the piece holding the outcome
        if offset > outcome.start():
            break
        offset, line = offset + len(piece.text) + 1, piece.line
    draft.vote = parse_vote(text[outcome.start() : outcome.end()], line)


def _unread_runs(sections: list[Section], draft: Draft) -> list[list[Line]]:
    """The pieces no section claimed, in runs of pieces that follow one another in the text
    (nothing read in between)."""
    order = {
        line.number: place
        for place, line in enumerate(
            sorted((line for section in sections for line in section.lines), key=_number)
        )
    }
    runs: list[list[Line]] = []
    for line in sorted(draft.unrecognised, key=lambda kept: kept.line):
        previous = runs[-1][-1] if runs else None
        if previous is not None and order.get(line.line, -2) - order.get(previous.line, -9) <= 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _number(line: TextLine) -> int:
    return line.number


def _take_words(run: list[Line], start: int, end: int, draft: Draft) -> None:
    """Claim for the title the characters ``start:end`` of the run's pieces joined by spaces:
    each piece keeps in ``unrecognised`` what stands outside them."""
    offset = 0
    first = last = None
    for line in run:
        low, high = max(start - offset, 0), min(end - offset, len(line.text))
        offset += len(line.text) + 1
        if low >= high:
            continue
        first = first or line
        last = line
        index = draft.unrecognised.index(line)
        rest = [part.strip() for part in (line.text[:low], line.text[high:]) if part.strip()]
        draft.unrecognised[index : index + 1] = [Line(line=line.line, text=part) for part in rest]
    if first is None or last is None:
        return
    draft.deliberation.title_line = first.line
    span = Span(field="deliberation.title", line=first.line, end_line=last.line)
    bisect.insort(draft.spans, span, key=lambda known: known.line)
    title = " ".join(line.text for line in run)[start:end].strip()
    draft.span_words[id(span)] = (title, title)


def _heading_then_decision(unread: list[Line], draft: Draft) -> int | None:
    """« … est adopté à l'unanimité. TARIFS PUBLICS 2020 : L'assemblée décide … »: a heading
    in capitals, a colon, and the decision in the same sentence. Returns its line."""
    for line in unread:
        for match in lexicon.CAPITALS_HEADING_COLON.finditer(line.text):
            heading = match["heading"].strip()
            after = fold(line.text[match.end() : match.end() + _DECISION_REACH])
            if (
                lexicon.DECIDES.match(after)
                and not lexicon.PERSON_AHEAD.match(heading)
                and not _routine(heading)
                and not lexicon.CATEGORY_WORDS.match(fold(heading))
            ):
                draft.deliberation.title, draft.deliberation.title_line = heading, line.line
                draft.claim("deliberation.title", line.line, words=heading)
                return line.line
    return None


# How far after a heading's colon its decision's verb is looked for.
_DECISION_REACH = 160


def _item_end(sections: list[Section], index: int) -> int:
    """The last line known to be the unnumbered item's: its report, then the first sentence of
    the decision (« Après en avoir délibéré, … décide … »); the next decision formula may be
    the next item's, whose heading carries no number."""
    section = sections[index]
    if section.kind is Kind.DECISION:
        return section.first_line
    # Its considérants, or a table's row read as a heading (« 0 - Nouvel effectif : 1 »), may
    # stand between the report and the decision; a true item's heading ends it.
    for following in sections[index + 1 :]:
        if following.kind is Kind.DECISION:
            return following.first_line
        if following.kind not in _BEFORE_DECISION_KINDS or (
            following.kind is Kind.ITEM and read_item(following.lines[0].text) is not None
        ):
            break
    return section.lines[-1].number


# What may stand between an unnumbered item's report and its decision.
_BEFORE_DECISION_KINDS = frozenset({Kind.REPORT, Kind.CONSIDERANTS, Kind.ITEM})


# Sections that end with a name a heading may be glued after.
_NAMED_KINDS = frozenset({Kind.SECRETARY, Kind.ATTENDANCE})
# Where the minutes' report, visas or decision of an unnumbered item starts.
_REPORT_KINDS = frozenset({Kind.REPORT, Kind.VISAS, Kind.DECISION})


def _heading_after_name(text: str) -> str | None:
    """« … Mr Didier NARBOUX CREATION D'UN POSTE DE SECRETARIAT »: the first item's heading in
    capitals, glued after the name that ends a piece; ``None`` when there is none."""
    start = glued_heading_start(text)
    if start is None:
        return None
    heading = text[start:].strip()
    if (
        _routine(heading)
        or lexicon.AGENDA_HEADING.match(fold(heading))
        or len(heading.split()) > lexicon.MAX_CAPITALS_HEADING_WORDS
    ):
        return None
    return heading


def _without_own_number(line: TextLine, draft: Draft) -> tuple[str, str]:
    """The piece's text without the deliberation's number that ends it (« … du 29 janvier 2018
    21/2018 »), and that number (``""`` when the piece does not end with it)."""
    number = draft.deliberation.number
    text = line.text.rstrip()
    if number is None or draft.deliberation.line != line.number or not text.endswith(number):
        return line.text, ""
    return text.removesuffix(number).rstrip(" :-–—"), number


def _trailing_heading(text: str, *, numbered: bool = False) -> str | None:
    """The heading ending a piece after a finished sentence; a routine one only when it carries
    its own deliberation number (``numbered``)."""
    match = lexicon.TRAILING_HEADING.search(text)
    if match is None:
        return None
    heading = match["heading"].strip()
    # A heading in capitals, or numbered, is one however long; one in sentence case may be a
    # sentence's end.
    longest = (
        lexicon.MAX_CAPITALS_HEADING_WORDS
        if match["number"] or lexicon.NO_LOWER_CASE.fullmatch(heading)
        else lexicon.MAX_TRAILING_HEADING_WORDS
    )
    if (
        len(heading.split()) > longest
        or lexicon.PERSON_AHEAD.match(heading)
        or lexicon.SENTENCE_START.match(fold(heading))
        or lexicon.DATE_ALONE.match(fold(heading))  # « Septembre 2010 »: a page's date
        or (_routine(heading) and not numbered)
        or lexicon.CATEGORY_WORDS.match(fold(heading))
        or lexicon.AGENDA_HEADING.fullmatch(fold(heading))  # « ORDRE DU JOUR : Le Maire … »
    ):
        return None
    return heading


def _take_heading(heading: str, number: int, draft: Draft, *, number_after: str = "") -> None:
    """Set the title and take its words, and the deliberation's number written after it
    (``number_after``), from the end of what was kept unread of the piece; a list reader may
    have kept the piece in parts (« … Administration Générale » / « Adoption du … »)."""
    draft.deliberation.title, draft.deliberation.title_line = heading, number
    wanted = _words(f"{heading} {number_after}")
    places = [index for index, kept in enumerate(draft.unrecognised) if kept.line == number]
    for index in reversed(places):
        kept = draft.unrecognised[index]
        tokens = list(lexicon.WORD_RUN.finditer(kept.text))
        cut = len(kept.text)
        while tokens and wanted:
            token = tokens.pop()
            words = _words(token.group())
            if words and words != wanted[-len(words) :]:
                break
            del wanted[len(wanted) - len(words) :]
            cut = token.start()
        if cut == len(kept.text):
            break  # nothing of the heading here
        rest = kept.text[:cut].rstrip(" -–—•:")
        if rest:
            draft.unrecognised[index] = Line(line=number, text=rest)
        else:
            del draft.unrecognised[index]
        if wanted or rest:
            break
    span = Span(field="deliberation.title", line=number, end_line=number)
    bisect.insort(draft.spans, span, key=lambda known: known.line)
    draft.span_words[id(span)] = (heading, heading)


def _words(text: str) -> list[str]:
    """The words of ``text`` for matching a heading to what was kept: punctuation aside."""
    return [word for word in text.split() if any(char.isalnum() for char in word)]


def fill_vote(sections: list[Section], draft: Draft, until: int | None = None) -> None:
    """The first deliberation's vote when no vote section gave it: the first vote sentence from
    its title on, before the next item heading or deliberation number.

    Minutes and bundles of « Délibération n° … » paragraphs write it inside a piece read as
    something else (« Vu … Le Conseil, à l'unanimité, décide », « … Après délibération, à
    l'unanimité, approuve »). ``until``: the last line the item is known to hold.
    """
    start = draft.deliberation.title_line
    if draft.vote is not None:
        return
    if start is None:
        _fill_vote_after_lists(sections, draft)
        if draft.vote is None:
            _fill_first_outcome(sections, draft)
        return
    end = until if until is not None else float("inf")
    lines = sorted(
        (line for section in sections for line in section.lines if start <= line.number <= end),
        key=lambda line: line.number,
    )
    for index, line in enumerate(lines):
        if index and (read_item(line.text) or parse_identifier(line.text)):
            return
        text = line.text
        if not index and (title := draft.deliberation.title) and title in text:
            text = text[text.find(title) :]  # what stands before the title is not its vote
        for sentence in _with_tallies(split_sentences(text)):
            if lexicon.ITEM_VOTE.search(fold(sentence)):
                draft.vote = parse_vote(sentence, line.number)
                draft.vote.outcome = draft.vote.outcome or "adopted"
                return


def _fill_vote_after_lists(sections: list[Section], draft: Draft) -> None:
    """Minutes whose first item gave no title: the first vote sentence after the session block
    that is not a routine item's (« Le compte rendu de la séance précédente est adopté à
    l'unanimité »), before the heading that follows the first item's."""
    after = [
        index for index, section in enumerate(sections) if section.kind in _SESSION_BLOCK_KINDS
    ]
    if not after or not any(section.kind is Kind.ATTENDANCE for section in sections):
        return
    # A list may run on into the first items (« … M. Alain PAILLAS. Le compte-rendu … »).
    last = sections[after[-1]]
    tail = last.lines[1:] if last.kind is Kind.ATTENDANCE else []
    lines = sorted(
        [*tail, *(line for section in sections[after[-1] + 1 :] for line in section.lines)],
        key=lambda line: line.number,
    )
    in_item = False
    previous = ""
    for line in lines:
        item = read_item(line.text)
        if item is not None or parse_identifier(line.text):
            if in_item:
                return
            in_item = item is None or not _routine(item.title) or item.number is not None
            if not in_item:
                continue
        for sentence in _with_tallies(split_sentences(line.text)):
            folded = fold(sentence)
            # « … sur le compte-rendu du 24 février. Celui-ci est adopté à la majorité »: the
            # pronoun's item is the sentence before's.
            subject = previous if lexicon.BACK_REFERENCE.search(folded) else ""
            if lexicon.ITEM_VOTE.search(folded) and not _routine(f"{subject} {sentence}"):
                draft.vote = parse_vote(sentence, line.number)
                draft.vote.outcome = draft.vote.outcome or "adopted"
                return
            previous = sentence


def _fill_first_outcome(sections: list[Section], draft: Draft) -> None:
    """A summary of the session (« 1 Modalités … Il est demandé au Conseil d'approuver …
    Adopté 2 Rapport … »): the outcome written alone just before item 2 is item 1's."""
    lines = sorted(
        (line for section in sections for line in section.lines), key=lambda line: line.number
    )
    for line in lines:
        folded = fold(line.text)
        match = lexicon.FIRST_ITEM_OUTCOME.search(folded)
        if match is not None:
            # The outcome as written when folding kept the offsets, else as folded.
            written = line.text if len(folded) == len(line.text) else folded
            draft.vote = parse_vote(
                written[match.start("outcome") : match.end("words")], line.number
            )
            return


# The session block: what precedes the items of minutes.
_SESSION_BLOCK_KINDS = frozenset(
    {Kind.SESSION, Kind.OPENING, Kind.COUNTS, Kind.CONVOCATION, Kind.SECRETARY, Kind.ATTENDANCE}
)


def _with_tallies(sentences: list[str]) -> list[str]:
    """The sentences, each followed by the tally that comes after it (« … APPROUVE le
    procès-verbal. Pour : 19 Contre : 0 Abstentions : 0 »): the figures are its vote's."""
    joined: list[str] = []
    for sentence in sentences:
        if joined and lexicon.TALLY_START.match(fold(sentence)):
            joined[-1] = f"{joined[-1]} {sentence}"
        else:
            joined.append(sentence)
    return joined


def read_item(text: str) -> Item | None:
    """The item a piece opens with; ``None`` when it opens with no item heading."""
    match = lexicon.ITEM_NUMBER.match(text)
    if match is None:
        return None
    title, rest = split_heading(text[match.end() :])
    if not title or lexicon.CATEGORY_HEADING.match(title):
        return None
    if lexicon.CATEGORY_WORDS.match(fold(title)) or lexicon.LABEL_AND_FIGURE.search(title):
        return None  # « 0 - Nouvel effectif : 1 »: a table's row, no item
    trailing = lexicon.ITEM_TRAILING_NUMBER.search(title)
    if trailing is not None:
        return Item(title[: trailing.start()].rstrip(" -–—:"), rest, trailing["number"])
    return Item(title, rest)


def item_title(text: str) -> str | None:
    """The title an item heading gives; ``None`` when the text opens with no item heading."""
    item = read_item(text)
    return item.title if item else None


def _is_agenda_entry(item: Item, after: str) -> bool:
    """An item's heading stands before its report; one that only runs on into the next heading
    (or ends the text) belongs to the agenda (« ordre du jour ») or to a cut text. The next
    heading may be an item's or a field's (« II – DELEGATION » / « III – AFFAIRES FINANCIERES »)."""
    if len(item.rest.split()) >= MIN_REPORT_WORDS or opens_sentence(item.rest):
        return False  # « 1-1 Admissions en non-valeur Certaines créances d… »: a cut report
    return (
        not after
        or lexicon.ITEM_NUMBER.match(after) is not None
        or len(after.split()) < MIN_REPORT_WORDS
    )


def _number_before(text: str) -> str | None:
    """A deliberation number written just before the heading (« 2008-06-001 II – … »)."""
    match = lexicon.NUMBER_BEFORE_ITEM.search(text)
    return match["number"] if match else None


def _routine(title: str) -> bool:
    return lexicon.ROUTINE_ITEM.search(fold(title)) is not None


def _take_item(item: Item, number: str | None, line: Line, draft: Draft) -> None:
    draft.deliberation.title, draft.deliberation.title_line = item.title, line.line
    if number is not None and draft.deliberation.number is None:
        draft.deliberation.number, draft.deliberation.line = number, line.line
    _take(line, "deliberation.title", draft)


def _read_vote(following: list[Line], draft: Draft) -> None:
    """The item's vote: the first vote sentence before the next item heading."""
    if draft.vote is not None:
        return
    for index, line in enumerate(following):
        if index and read_item(line.text) is not None:
            return
        for sentence in _with_tallies(split_sentences(line.text)):
            if lexicon.ITEM_VOTE.search(fold(sentence)):
                draft.vote = parse_vote(sentence, line.line)
                draft.vote.outcome = draft.vote.outcome or "adopted"
                if index:
                    _take(line, "vote", draft)
                return


def _after_lists(sections: list[Section]) -> bool:
    """Minutes: a session block with its lists, or numbered items, and no identifier of the
    deliberation's own (« Objet : », « Délibération n° … ») that would give the title."""
    kinds = {section.kind for section in sections}
    return bool(kinds & {Kind.ATTENDANCE, Kind.ITEM}) and Kind.IDENTIFICATION not in kinds


def _last_list_line(sections: list[Section]) -> int:
    """The first line of the last attendance block: items come after it."""
    return max(
        (section.first_line for section in sections if section.kind is Kind.ATTENDANCE),
        default=0,
    )


def _take(line: Line, field: str, draft: Draft) -> None:
    """Move a piece the lists could not read to the field that reads it."""
    if line in draft.unrecognised:
        draft.unrecognised.remove(line)
    span = Span(field=field, line=line.line, end_line=line.line)
    bisect.insort(draft.spans, span, key=lambda known: known.line)
