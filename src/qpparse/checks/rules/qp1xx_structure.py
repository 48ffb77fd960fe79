"""QP1xx, structure: the parts every extract should carry, and the text nobody could read."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate

from qpparse.checks.context import CheckContext
from qpparse.checks.registry import Hit, rule
from qpparse.model import Line, Span

from ._wording import excerpt


@rule(
    "QP101",
    "missing-session-date",
    "error",
    en="no session date found: the rules in force cannot be determined",
    fr="date de séance introuvable : les règles applicables ne peuvent être déterminées",
    legal_basis="CGCT art. R2121-9; CE 20 mars 1896",
)
def missing_session_date(context: CheckContext) -> Iterator[Hit]:
    """The extract states no session date.

    What it checks:
        That a « Séance du … » line with a well-formed calendar date was found.

    Why:
        The date decides which quorum and proxy rules apply (ordinary or COVID), and a
        deliberation recorded for a day the body did not meet is void. Every check that depends
        on the rules in force is skipped without it.

    Legal basis:
        CGCT art. R2121-9 (the register sheet bears the session date); CE 20 mars 1896.

    Example:
        « Séance du jeudi 10 mars » (no year) fires; « Séance du jeudi 10 mars 2022 » does not.
    """
    if context.extract.session.date is None:
        header = context.extract.authority
        yield Hit(header.line if header else None)


@rule(
    "QP102",
    "missing-attendance",
    "warning",
    en="no attendance found (no list of members present, no number present)",
    fr="aucune présence trouvée (ni liste des membres présents, ni nombre de présents)",
    legal_basis="CGCT art. L2121-17, R2121-9",
)
def missing_attendance(context: CheckContext) -> Iterator[Hit]:
    """Nobody is listed or counted as present.

    What it checks:
        That the extract lists the members present or at least declares how many were present.

    Why:
        Without attendance the quorum and the proxies cannot be checked at all. A warning, not an
        error: the extract may omit what the register holds.

    Legal basis:
        CGCT art. L2121-17 (quorum); R2121-9 (list of members present on the closing sheet).

    Example:
        An extract going straight from « Séance du … » to the report, with no « Etaient
        présents » list and no « ont été présents 23 membres », fires.
    """
    if not context.has_attendance:
        yield Hit(context.extract.session.line)


@rule(
    "QP103",
    "missing-articles",
    "warning",
    en="no article found in the decision (nothing decided after « Délibère »)",
    fr="aucun article trouvé dans le dispositif (rien de décidé après « Délibère »)",
)
def missing_articles(context: CheckContext) -> Iterator[Hit]:
    """The decision has no articles: nothing is decided.

    What it checks:
        That at least one article (« Article 1 : », « Article unique ») or decided item (a
        paragraph or dash list after « Délibère » / « DÉCIDE : ») was found.

    Why:
        The articles are what the body decided; without them the extract says nothing
        enforceable, or the parser missed them. A warning: the register may hold what the
        extract left out.

    Legal basis:
        None; drafting practice.

    Example:
        « Délibère » followed directly by « Cette proposition mise aux voix est adoptée » fires.
    """
    if not context.extract.articles:
        yield Hit(None)


@rule(
    "QP104",
    "missing-vote",
    "warning",
    en="no vote result found",
    fr="aucun résultat de vote trouvé",
    legal_basis="CGCT art. L2121-20",
)
def missing_vote(context: CheckContext) -> Iterator[Hit]:
    """The extract does not say how the item was voted.

    What it checks:
        That a vote sentence (« mise aux voix est adoptée », « adopté à l'unanimité », counts
        « voix pour ») was found.

    Why:
        A deliberation exists only once voted; the result is the proof of it, and the vote rules
        (QP7xx) need it.

    Legal basis:
        CGCT art. L2121-20 (majority of suffrages exprimés).

    Example:
        An extract whose last article is followed directly by « Certifié Conforme » fires.
    """
    if context.extract.vote is None:
        yield Hit(None)


@rule(
    "QP105",
    "missing-signature",
    "error",
    en="no signature block found (« Certifié conforme », signatory)",
    fr="aucun bloc de signature trouvé (« Certifié conforme », signataire)",
    legal_basis="CGCT art. L2121-23; CE 21 octobre 1992 n° 90774",
)
def missing_signature(context: CheckContext) -> Iterator[Hit]:
    """The extract is not signed.

    What it checks:
        That a signature block (« Certifié conforme », « Pour extrait conforme ») was found.

    Why:
        Missing signatures of some members are only irregular, but a deliberation signed by
        nobody may be held not to exist: this is an error.

    Legal basis:
        CGCT art. L2121-23; CE 21 octobre 1992 n° 90774; CE 22 juillet 2016 n° 389056.

    Example:
        An extract ending on its vote sentence, with no « Certifié Conforme » and no name, fires.
    """
    if context.extract.signature is None:
        yield Hit(None)


@rule(
    "QP106",
    "unrecognised-text",
    "warning",
    en="{count} unrecognised line(s), lines {line}–{end_line}: « {text} »",
    fr="{count} ligne(s) non reconnue(s), lignes {line} à {end_line} : « {text} »",
)
def unrecognised_text(context: CheckContext) -> Iterator[Hit]:
    """Lines the parser could not place in any field, one finding per block.

    What it checks:
        That every non-blank line of the text went into a field. Consecutive unrecognised lines
        (blank lines between them allowed) make one block and one finding.

    Why:
        A line nobody read may hold a count, a proxy or a condition that changes the result of
        the other checks. The parser never drops text silently, so neither does the checker.

    Legal basis:
        None.

    Example:
        « Convocation adressée le 3 mars 2022 » written under the session line fires once.
    """
    for block in _blocks(context.extract.unrecognised, context.extract.spans):
        first, last = block[0], block[-1]
        text = excerpt(" ".join(line.text for line in block))
        values = {"count": len(block), "line": first.line, "end_line": last.line, "text": text}
        yield Hit(first.line, values)


def _blocks(lines: list[Line], spans: list[Span]) -> Iterator[list[Line]]:
    """Group unrecognised lines into runs that no recognised line interrupts."""
    claimed = _ClaimedBetween(spans)
    block: list[Line] = []
    for line in sorted(lines, key=lambda item: item.line):
        if block and claimed(block[-1].line, line.line):
            yield block
            block = []
        block.append(line)
    if block:
        yield block


class _ClaimedBetween:
    """Whether a span starts before ``before`` and ends after ``after``, in O(log n) a query.

    The spans are sorted by first line with the running maximum of their last lines: some span
    with ``line < before`` has ``end_line > after`` exactly when the largest ``end_line`` among
    the spans starting before ``before`` exceeds ``after``.
    """

    def __init__(self, spans: list[Span]) -> None:
        ordered = sorted(spans, key=lambda span: span.line)
        self._starts = [span.line for span in ordered]
        self._reach = list(accumulate((span.end_line for span in ordered), max))

    def __call__(self, after: int, before: int) -> bool:
        count = bisect_left(self._starts, before)
        return count > 0 and self._reach[count - 1] > after
