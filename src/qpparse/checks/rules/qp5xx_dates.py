"""QP5xx, dates: the session date against its weekday and against the acts it cites."""

from __future__ import annotations

from collections.abc import Iterator

from qpparse.checks.context import CheckContext
from qpparse.checks.registry import Hit, rule
from qpparse.frenchtext import find_date, weekday_name

from ._wording import WEEKDAYS_EN, excerpt, french_date


@rule(
    "QP501",
    "weekday-mismatch",
    "error",
    en="session dated « {written} » {date}, but that day is a {actual_en}",
    fr="séance datée du « {written} » {date}, mais ce jour est un {actual_fr}",
    legal_basis="CGCT art. R2121-9; CE 20 mars 1896",
)
def weekday_mismatch(context: CheckContext) -> Iterator[Hit]:
    """The weekday written with the session date is not that date's weekday.

    What it checks:
        « Séance du jeudi 10 mars 2022 »: 10 March 2022 must be a Thursday.

    Why:
        One of the two is a typo, and nobody can tell which: the session date, on which the
        rules in force and the very existence of the deliberation depend, is in doubt.

    Legal basis:
        CGCT art. R2121-9 (session date on the register); CE 20 mars 1896 (a deliberation dated
        on a day without a meeting is void).

    Example:
        « Séance du mercredi 10 mars 2022 » fires (a Thursday).
    """
    session = context.extract.session
    if session.date is None or session.weekday is None:
        return
    actual = weekday_name(session.date)
    if session.weekday != actual:
        index = session.date.weekday()
        values = {"written": session.weekday, "date": french_date(session.date)}
        yield Hit(session.line, {**values, "actual_en": WEEKDAYS_EN[index], "actual_fr": actual})


@rule(
    "QP502",
    "date-after-session",
    "error",
    en="visa dated {date}, after the session of {session}: « {text} »",
    fr="visa daté du {date}, postérieur à la séance du {session} : « {text} »",
    legal_basis="CGCT art. L2121-23, R2121-9",
)
def date_after_session(context: CheckContext) -> Iterator[Hit]:
    """A visa (« Vu … », an avis, a deliberation) is dated after the session.

    What it checks:
        The first full date written in each visa (the date of the act cited) is not later than
        the session date. Later dates in a visa (an end of validity, « modifiée le … ») are not
        read, because they may lawfully lie in the future.

    Why:
        A deliberation cannot rest on an act that did not exist yet: either the visa or the
        session date is wrong, or the extract was rewritten after the session.

    Legal basis:
        CGCT art. L2121-23 (deliberations registered by date), R2121-9.

    Example:
        On 10 March 2022, « Vu l'avis du Conseil de Territoire du 14 mars 2022 » fires.
    """
    day = context.extract.session.date
    if day is None:
        return
    for visa in context.extract.visas:
        found = find_date(visa.text)
        if found is not None and found.date > day:
            values = {"date": french_date(found.date), "session": french_date(day)}
            yield Hit(visa.line, {**values, "text": excerpt(visa.text)})
