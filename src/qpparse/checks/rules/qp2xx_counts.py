"""QP2xx, counts: the numbers the text declares against the names it lists."""

from __future__ import annotations

from collections.abc import Iterator

from qpparse.checks.context import CheckContext
from qpparse.checks.registry import Hit, rule


def _declared_against_listed(
    context: CheckContext, declared: int | None, listed: int
) -> Iterator[Hit]:
    """A declared count against what the lists hold, when the text declares it and lists anyone."""
    if declared is not None and context.listed_total and declared != listed:
        yield Hit(context.extract.session.counts.line, {"declared": declared, "listed": listed})


@rule(
    "QP201",
    "present-count-mismatch",
    "error",
    en="{declared} members declared present but {listed} listed present",
    fr="{declared} membres déclarés présents mais {listed} listés présents",
    legal_basis="CGCT art. L2121-17",
)
def present_count_mismatch(context: CheckContext) -> Iterator[Hit]:
    """The declared number of members present differs from the list of members present.

    What it checks:
        « ont été présents 23 membres » / « Présents : 23 » against the names listed under
        « Etaient présents ».

    Why:
        The quorum is computed from one of the two; when they disagree, one is wrong and the
        quorum verdict may be wrong with it.

    Legal basis:
        CGCT art. L2121-17 (quorum of members present).

    Example:
        « ont été présents 24 membres » above a list of 23 names fires.
    """
    counts = context.extract.session.counts
    return _declared_against_listed(context, counts.present, context.listed_present)


@rule(
    "QP202",
    "represented-count-mismatch",
    "error",
    en="{declared} members declared represented but {listed} proxies listed",
    fr="{declared} membres déclarés représentés mais {listed} pouvoirs listés",
    legal_basis="CGCT art. L2121-20",
)
def represented_count_mismatch(context: CheckContext) -> Iterator[Hit]:
    """The declared number of members represented differs from the proxies listed.

    What it checks:
        « Représentés : 3 » against the entries under « Etaient absents et représentés ».

    Why:
        Represented members vote through their holder: a wrong count changes the number of
        voters and, in the periods when proxies counted, the quorum.

    Legal basis:
        CGCT art. L2121-20 (proxies).

    Example:
        « Représentés : 4 » above three « X représenté par Y » entries fires.
    """
    counts = context.extract.session.counts
    return _declared_against_listed(context, counts.represented, context.listed_represented)


@rule(
    "QP203",
    "voters-count-mismatch",
    "error",
    en="{declared} voters declared but {present} present + {represented} represented = {expected}",
    fr="{declared} votants déclarés mais {present} présents + {represented} représentés "
    "= {expected}",
    legal_basis="CGCT art. L2121-20",
)
def voters_count_mismatch(context: CheckContext) -> Iterator[Hit]:
    """The declared number of voters is not present + represented.

    What it checks:
        « Votants : N » against the members present plus the members represented, taken from
        the declared numbers when the text states them, else from the lists.

    Why:
        Every member present votes once and once more per proxy held: voters = present +
        represented. Another number means a count or a list is wrong.

    Legal basis:
        CGCT art. L2121-20.

    Example:
        « Présents : 23 », « Représentés : 3 », « Votants : 27 » fires (23 + 3 = 26).
    """
    counts = context.extract.session.counts
    present = counts.present if counts.present is not None else context.present
    represented = counts.represented if counts.represented is not None else context.represented
    if counts.voters is None or present is None:
        return
    expected = present + represented
    if counts.voters != expected:
        values = {"declared": counts.voters, "present": present, "represented": represented}
        yield Hit(counts.line, {**values, "expected": expected})


@rule(
    "QP204",
    "in-office-count-mismatch",
    "warning",
    en="{declared} members declared in office but the lists name {listed}",
    fr="{declared} membres déclarés en exercice mais les listes en nomment {listed}",
    legal_basis="CGCT art. L2121-17, L5211-6",
)
def in_office_count_mismatch(context: CheckContext) -> Iterator[Hit]:
    """The declared number of members in office differs from the seats the lists account for.

    What it checks:
        « Membres en exercice : N » against present + represented + excused + absent as listed.
        A suppléant listed present « suppléante de M. X » sits in X's seat: when X is listed
        too (excused, absent or represented), the two names count as one seat.

    Why:
        N is the base of the quorum. A warning rather than an error: extracts often leave out
        absent members who gave no excuse, so the lists may fall short without N being wrong.

    Legal basis:
        CGCT art. L2121-17 (« membres en exercice »); L5211-6 (a suppléant sits with voix
        délibérative in place of the titulaire).

    Example:
        « Membres en exercice : 36 » with 23 present, 3 represented and 9 excused listed fires.
        « Membres en exercice : 12 » with 11 present, one of them « suppléante de M. X », and
        M. X listed excused does not: 12 seats.
    """
    counts = context.extract.session.counts
    return _declared_against_listed(context, counts.in_office, context.listed_seats)
