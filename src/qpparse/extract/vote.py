"""Vote: « Cette proposition mise aux voix est adoptée », counts when the text gives them."""

from __future__ import annotations

from qpparse import lexicon
from qpparse.frenchtext import fold
from qpparse.model import Outcome, Vote
from qpparse.segment import Section

from .draft import Draft


def extract(section: Section, draft: Draft) -> None:
    """The vote sentence (and its continuation lines) → :class:`Vote`."""
    first = section.lines[0]
    text = " ".join(line.text for line in section.lines)
    draft.vote = parse_vote(text, first.number)
    for line in section.lines:
        draft.claim("vote", line)


def parse_vote(text: str, line: int) -> Vote:
    """Read outcome, unanimity and counts; what the text does not say stays ``None``."""
    folded = fold(text)
    return Vote(
        outcome=_outcome(folded),
        unanimous=True if lexicon.UNANIMOUS.search(folded) else None,
        for_=_count(lexicon.VOTE_FOR, folded),
        against=_count(lexicon.VOTE_AGAINST, folded),
        abstentions=_count(lexicon.VOTE_ABSTENTIONS, folded),
        text=text,
        line=line,
    )


def _outcome(folded: str) -> Outcome | None:
    if lexicon.REJECTED.search(folded):
        return "rejected"
    if lexicon.ADOPTED.search(folded):
        return "adopted"
    return None


def _count(pattern: lexicon.Pattern, folded: str) -> int | None:
    match = pattern.search(folded)
    return int(match["count"]) if match else None
