"""Vote: « Cette proposition mise aux voix est adoptée », counts when the text gives them.

Also « Résultat du vote : Pour : 17 Contre : 0 Abstention : 0 », counts in words (« vingt-deux
voix pour »), the members named beside a count (« 3 abstentions (Mme X, M. Y) ») and
« Ne prend pas part au vote : M. X » (``not_voting``).
"""

from __future__ import annotations

from qpparse import lexicon
from qpparse.frenchtext import fold, number_value
from qpparse.model import Outcome, Person, Vote
from qpparse.names import parse_person
from qpparse.segment import Section

from .draft import Draft


def extract(section: Section, draft: Draft) -> None:
    """The vote sentences → :class:`Vote`; « ne prend pas part au vote » lines → ``not_voting``."""
    not_voting: list[Person] = []
    texts: list[str] = []
    line = section.lines[0].number
    for sentence in section.sentences():
        names = not_voting_names(sentence.text, sentence.number)
        field = "vote.not_voting" if names is not None else "vote"
        if names is not None:
            not_voting.extend(names)
        else:
            line = line if texts else sentence.number
            texts.append(sentence.text)
        for physical in sentence.lines:
            draft.claim(field, physical)
    text = " ".join(texts) or " ".join(line.text for line in section.lines)
    vote = parse_vote(text, line)
    vote.not_voting = not_voting
    draft.vote = vote


def parse_vote(text: str, line: int) -> Vote:
    """Read outcome, unanimity and counts; what the text does not say stays ``None``."""
    folded = fold(text)
    if (tally := lexicon.VOTE_TALLY.search(folded)) is not None:
        # « Pour 14 Contre 0 Abstention 0 »: each label before its figure, no colon.
        for_: int | None = int(tally["for"])
        against: int | None = int(tally["against"])
        abstentions = (
            int(tally["abstentions"])
            if tally["abstentions"]
            else _count(lexicon.VOTE_ABSTENTIONS, folded)  # « … Contre : 2 (M. X) Abstention : 0 »
        )
    else:
        for_ = _count(lexicon.VOTE_FOR, folded)
        against = _count(lexicon.VOTE_AGAINST, folded)
        abstentions = _count(lexicon.VOTE_ABSTENTIONS, folded)
    # « Pour : 19 Contre : 0 Abstentions : 0 »: nobody against, nobody abstaining, as stated.
    tally_unanimous = bool(for_) and against == 0 and abstentions == 0
    return Vote(
        outcome=_outcome(folded),
        unanimous=True if lexicon.UNANIMOUS.search(folded) or tally_unanimous else None,
        for_=for_,
        against=against,
        abstentions=abstentions,
        opposing=_named(lexicon.OPPOSING_NAMES, text, line),
        abstaining=_named(lexicon.ABSTAINING_NAMES, text, line),
        text=text,
        line=line,
    )


def not_voting_names(text: str, line: int) -> list[Person] | None:
    """The members of « Ne prend pas part au vote : M. X » / « M. X ne prend pas part au vote »;
    ``None`` when the sentence says something else."""
    folded = fold(text)
    lead = lexicon.NOT_VOTING_LEAD.match(folded)
    tail = lexicon.NOT_VOTING_TAIL.search(folded)
    if lead is not None:
        return people(text[lead.end() :], line)
    if tail is not None:
        return people(text[: tail.start()], line)
    return None


def people(text: str, line: int) -> list[Person]:
    """« Mme X, M. Y et M. Z » → three people (what is not a name is left out)."""
    found = (
        parse_person(part.strip(" .()"), line) for part in lexicon.VOTER_SEPARATORS.split(text)
    )
    return [person for person in found if person is not None]


def _named(pattern: lexicon.Pattern, text: str, line: int) -> list[Person]:
    match = pattern.search(fold(text))
    return people(text[match.start("names") : match.end("names")], line) if match else []


def _outcome(folded: str) -> Outcome | None:
    if lexicon.REJECTED.search(folded):
        return "rejected"
    if lexicon.ADOPTED.search(folded):
        return "adopted"
    return None


def _count(pattern: lexicon.Pattern, folded: str) -> int | None:
    match = pattern.search(folded)
    return number_value(match["count"]) if match else None
