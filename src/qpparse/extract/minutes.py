"""Minutes: the first deliberation of a session's minutes, read from its item heading.

A compte rendu or procès-verbal has no « Objet : » and no identifier for each decision: after the
lists, items follow under numbered headings (« 1. Achat de la parcelle … », « 1°) : ADHÉSION …
: », « Dossier 2 Budget primitif 2012 »), each with a short report and how it was voted
(« adopté à l'unanimité »). No section marker announces them, so the lines stay unread; when the
record has no title of its own, the first item heading that is a decision gives it, and the
item's vote sentence the vote. Unnumbered headings are not read (in the corpus they were as often
an agenda's or a department's as an item's). Routine items
(the previous minutes, the secretary, decisions taken under delegation) are skipped, as are
headings naming a field of the agenda (« FINANCES ») and the agenda itself (headings one after
another, with no report between them).
"""

from __future__ import annotations

import bisect

from qpparse import lexicon
from qpparse.frenchtext import fold
from qpparse.model import Line, Span
from qpparse.segment import Kind, Section

from .draft import Draft
from .vote import parse_vote


def fill_first_item(sections: list[Section], draft: Draft) -> None:
    """Title and vote of the first item of minutes, when the record has no title."""
    if draft.deliberation.title is not None or not _after_lists(sections):
        return
    unread = [line for line in draft.unrecognised if line.line > _last_list_line(sections)]
    texts = {line.number: line.text for section in sections for line in section.lines}
    for index, line in enumerate(unread):
        title = item_title(line.text)
        if title is None or _routine(title) or _in_agenda(texts, line.line):
            continue
        draft.deliberation.title, draft.deliberation.title_line = title, line.line
        _take(line, "deliberation.title", draft)
        _read_vote(unread[index + 1 :], draft)
        return


def item_title(text: str) -> str | None:
    """The title an item heading gives; ``None`` when the line is no item heading."""
    match = lexicon.ITEM_HEADING.match(text)
    if match is None:
        return None
    title = match["title"].strip()
    if lexicon.CATEGORY_HEADING.match(title) or lexicon.CATEGORY_WORDS.match(fold(title)):
        return None
    return title


def _in_agenda(texts: dict[int, str], number: int) -> bool:
    """An item's heading stands between reports; a heading next to another heading belongs to
    the agenda (« ordre du jour »), and one the text ends on to a cut text."""
    following = next((texts[n] for n in range(number + 1, number + 4) if texts.get(n)), None)
    previous = next((texts[n] for n in range(number - 1, number - 4, -1) if texts.get(n)), None)
    if following is None or item_title(following) is not None:
        return True
    return previous is not None and item_title(previous) is not None


def _routine(title: str) -> bool:
    return lexicon.ROUTINE_ITEM.search(fold(title)) is not None


def _read_vote(following: list[Line], draft: Draft) -> None:
    """The item's vote: the first vote sentence before the next item heading."""
    if draft.vote is not None:
        return
    for line in following:
        if item_title(line.text) is not None:
            return
        if lexicon.ITEM_VOTE.search(fold(line.text)):
            draft.vote = parse_vote(line.text, line.line)
            draft.vote.outcome = draft.vote.outcome or "adopted"
            _take(line, "vote", draft)
            return


def _after_lists(sections: list[Section]) -> bool:
    """Minutes: a session block with its lists, and no identifier of the deliberation's own
    (« Objet : », « Délibération n° … ») that would give the title."""
    kinds = {section.kind for section in sections}
    return Kind.ATTENDANCE in kinds and Kind.IDENTIFICATION not in kinds


def _last_list_line(sections: list[Section]) -> int:
    """The first line of the last attendance block: items come after it."""
    return max(
        (section.first_line for section in sections if section.kind is Kind.ATTENDANCE),
        default=0,
    )


def _take(line: Line, field: str, draft: Draft) -> None:
    """Move a line the lists could not read to the field that reads it."""
    draft.unrecognised.remove(line)
    span = Span(field=field, line=line.line, end_line=line.line)
    bisect.insort(draft.spans, span, key=lambda known: known.line)
