"""QP7xx, votes: the counts of the vote against the voters and the outcome."""

from __future__ import annotations

from collections.abc import Iterator

from qpparse.checks.context import CheckContext
from qpparse.checks.registry import Hit, rule
from qpparse.model import Vote

_VOTE_BASIS = "CGCT art. L2121-20, L3121-15, L4132-14"
_OUTCOME_FR = {"adopted": "adopté", "rejected": "rejeté"}


@rule(
    "QP701",
    "vote-arithmetic",
    "error",
    en="{cast} votes cast ({for_} for, {against} against, {abstentions} abstentions) "
    "but only {voters} voters",
    fr="{cast} votes exprimés ou abstentions ({for_} pour, {against} contre, {abstentions} "
    "abstentions) pour seulement {voters} votants",
    legal_basis="CGCT art. L2121-20",
)
def vote_arithmetic(context: CheckContext) -> Iterator[Hit]:
    """More votes than voters.

    What it checks:
        for + against + abstentions (counts the text states; unstated ones count 0) does not
        exceed the voters: the declared « votants », else present + represented.

    Why:
        Each member present votes once, plus once per proxy held; more votes than that means a
        count is wrong, or someone voted who could not.

    Legal basis:
        CGCT art. L2121-20.

    Example:
        26 voters and « 20 voix pour, 5 voix contre et 2 abstentions » (27) fires.
    """
    vote = context.extract.vote
    voters = _voters(context)
    if vote is None or voters is None or not _has_counts(vote):
        return
    counts = {"for_": vote.for_ or 0, "against": vote.against or 0}
    counts["abstentions"] = vote.abstentions or 0
    cast = sum(counts.values())
    if cast > voters:
        yield Hit(vote.line, {**counts, "cast": cast, "voters": voters})


def _voters(context: CheckContext) -> int | None:
    declared = context.extract.session.counts.voters
    if declared is not None:
        return declared
    present = context.present
    return None if present is None else present + context.represented


def _has_counts(vote: Vote) -> bool:
    return any(count is not None for count in (vote.for_, vote.against, vote.abstentions))


@rule(
    "QP702",
    "unanimous-with-opposition",
    "error",
    en="vote {outcome} unanimously but {opposition} vote(s) the other way",
    fr="vote {outcome_fr} à l'unanimité mais {opposition} voix en sens contraire",
    legal_basis=_VOTE_BASIS,
)
def unanimous_with_opposition(context: CheckContext) -> Iterator[Hit]:
    """« À l'unanimité » with votes on the losing side.

    What it checks:
        An adopted unanimous vote has no vote « contre »; a rejected unanimous vote has no vote
        « pour ». Abstentions are allowed: « unanimité des suffrages exprimés » ignores them.

    Why:
        Unanimity of the suffrages exprimés means nobody voted the other way; a count saying
        otherwise makes the recorded result unreliable.

    Legal basis:
        CGCT art. L2121-20 (majority of suffrages exprimés), L3121-15, L4132-14.

    Example:
        « adoptée à l'unanimité, 2 voix contre » fires; « à l'unanimité, 3 abstentions » does
        not.
    """
    vote = context.extract.vote
    if vote is None or not vote.unanimous:
        return
    opposition = vote.for_ if vote.outcome == "rejected" else vote.against
    if opposition:
        outcome = vote.outcome or "adopted"
        values = {"outcome": outcome, "outcome_fr": _OUTCOME_FR[outcome]}
        yield Hit(vote.line, {**values, "opposition": opposition})


@rule(
    "QP703",
    "outcome-contradicts-counts",
    "error",
    en="vote recorded as {outcome} with {for_} for and {against} against",
    fr="vote enregistré comme {outcome_fr} avec {for_} pour et {against} contre",
    legal_basis=_VOTE_BASIS,
)
def outcome_contradicts_counts(context: CheckContext) -> Iterator[Hit]:
    """The outcome is not what the majority of suffrages exprimés gives.

    What it checks:
        With « pour » and « contre » both stated: more « pour » must mean adopted, more
        « contre » rejected. On a tie either outcome is accepted: the president's casting
        vote decides, except in a secret ballot, and the extract rarely says which applied.
        Abstentions are not suffrages exprimés.

    Why:
        « Les délibérations sont prises à la majorité absolue des suffrages exprimés »: a
        result contradicting its own counts records a decision the body did not take.

    Legal basis:
        CGCT art. L2121-20 al. 2–3 (communes, EPCI), L3121-15 (départements), L4132-14
        (régions).

    Example:
        « adoptée par 10 voix pour et 12 voix contre » fires; 11 for and 11 against does not.
    """
    vote = context.extract.vote
    if vote is None or vote.outcome is None or vote.for_ is None or vote.against is None:
        return
    if vote.for_ == vote.against:
        return
    expected = "adopted" if vote.for_ > vote.against else "rejected"
    if vote.outcome != expected:
        outcomes = {"outcome": vote.outcome, "outcome_fr": _OUTCOME_FR[vote.outcome]}
        yield Hit(vote.line, {"for_": vote.for_, "against": vote.against, **outcomes})


@rule(
    "QP704",
    "not-voting-counted",
    "warning",
    en="{names} did not take part in the vote, yet {cast} votes ({for_} for, {against} against, "
    "{abstentions} abstentions) = every voter ({present} present + {represented} represented)",
    fr="{names} n'a ou n'ont pas pris part au vote, pourtant {cast} votes ({for_} pour, {against} "
    "contre, {abstentions} abstentions) = tous les votants ({present} présents + {represented} "
    "représentés)",
    legal_basis="CGCT art. L2131-11, L2121-20",
)
def not_voting_counted(context: CheckContext) -> Iterator[Hit]:
    """Members said not to take part in the vote, while the counts include every voter.

    What it checks:
        When the extract names members who « ne prennent pas part au vote », for + against +
        abstentions (unstated counts are 0) does not equal the members present plus
        represented, which would leave no room for them. Skipped when the vote states no count;
        more votes than voters is QP701's finding.

    Why:
        A member « intéressé à l'affaire » must not take part; if the counts add up to every
        voter, their vote (or the vote of their proxy) was counted after all, or the counts are
        wrong. A deliberation an interested member took part in may be illegal.

    Legal basis:
        CGCT art. L2131-11 (conseillers intéressés), L2121-20 (votes).

    Example:
        14 present, 2 represented, « M. Jérôme LAFFONT ne prend pas part au vote », « 14 voix
        pour, 2 abstentions » fires (16 votes for 16 voters).
    """
    vote = context.extract.vote
    present = context.present
    if vote is None or present is None or not vote.not_voting or not _has_counts(vote):
        return
    counts = {"for_": vote.for_ or 0, "against": vote.against or 0}
    counts["abstentions"] = vote.abstentions or 0
    cast = sum(counts.values())
    if cast == present + context.represented:
        names = ", ".join(person.name for person in vote.not_voting)
        people = {"present": present, "represented": context.represented}
        yield Hit(vote.line, {**counts, "cast": cast, "names": names, **people})
