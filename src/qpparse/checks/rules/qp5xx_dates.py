"""QP5xx, dates: the session date against its weekday, the acts it cites, its transmission and
its convocation."""

from __future__ import annotations

from collections.abc import Iterator

from qpparse.checks import delays
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


@rule(
    "QP503",
    "actes-date-before-session",
    "error",
    en="@CTES stamp of act {number} dated {date}, before the session of {session}",
    fr="tampon @CTES de l'acte {number} daté du {date}, antérieur à la séance du {session}",
    legal_basis="CGCT art. L2131-1, L2131-2",
)
def actes_date_before_session(context: CheckContext) -> Iterator[Hit]:
    """The @CTES transmission stamp is dated before the session.

    What it checks:
        The date inside the identifier « ID : 042-214200419-20200615-2020_31-DE » is not earlier
        than the session date. The same day is accepted: many bodies transmit on the evening of
        the meeting.

    Why:
        A deliberation is transmitted to the préfecture once it has been taken; a stamp dated
        before the session means the stamp, the session date, or the document the stamp was put
        on is wrong, and the executory character of the act is in doubt.

    Legal basis:
        CGCT art. L2131-1 (executory once published and transmitted), L2131-2 (deliberations
        are transmitted to the représentant de l'État); L3131-1, L4141-1, L5211-3 for the other
        authorities.

    Example:
        On 15 June 2020, « ID : 042-214200419-20200612-2020_31-DE » (12 June) fires.
    """
    day, stamp = context.extract.session.date, context.extract.deliberation.actes_id
    if day is None or stamp is None or stamp.date is None or stamp.date >= day:
        return
    values = {"date": french_date(stamp.date), "session": french_date(day)}
    yield Hit(stamp.line, {**values, "number": stamp.number})


@rule(
    "QP504",
    "convocation-too-late",
    "warning",
    en="convocation dated {sent}, session on {session}: {elapsed} {unit_en}, at least {required} "
    "required ({note_en})",
    fr="convocation datée du {sent}, séance du {session} : {elapsed} {unit_fr}, au moins "
    "{required} requis ({note_fr})",
    legal_basis="CGCT art. L2121-11, L2121-12, L5211-1, L3121-19, L4132-18",
)
def convocation_too_late(context: CheckContext) -> Iterator[Hit]:
    """The convocation was sent too short a time before the session.

    What it checks:
        « Date de convocation » against the session date: at least 3 jours francs for a
        commune (the population is not in the extract, so the delay of communes under 3 500
        inhabitants, the more lenient, is applied), 5 jours francs for an EPCI (council and
        bureau), 12 days for the reports of a conseil départemental or régional. Jours francs
        leave out the day of sending and the day of the meeting. Commissions permanentes and
        conseils de territoire are not checked, and urgency (1 jour franc) is not detected.

    Why:
        Members must have time to study the items; a convocation sent too late makes every
        deliberation of the session irregular unless urgency was declared and justified.

    Legal basis:
        CGCT art. L2121-11 (communes < 3 500 inhabitants), L2121-12 (≥ 3 500), L5211-1 (EPCI
        follow communes ≥ 3 500), L3121-19 (départements), L4132-18 (régions).

    Example:
        A municipal council meeting on Thursday 8 April 2021, convoked on Monday 5 April, fires
        (2 jours francs: the 6th and the 7th); convoked on 4 April, it does not.
    """
    session = context.extract.session
    delay = delays.convocation_delay(context.authority_kind, context.body_kind)
    if delay is None or session.date is None or session.convocation_date is None:
        return
    if delay.met(session.convocation_date, session.date):
        return
    values: dict[str, object] = {
        "sent": french_date(session.convocation_date),
        "session": french_date(session.date),
        "elapsed": max(delay.elapsed(session.convocation_date, session.date), 0),
        "required": delay.days,
        "unit_en": "jour(s) franc(s)" if delay.francs else "day(s)",
        "unit_fr": "jour(s) franc(s)" if delay.francs else "jour(s)",
        "note_en": delay.note_en,
        "note_fr": delay.note_fr,
    }
    line = context.span_line("session.convocation_date") or session.line
    yield Hit(line, values, legal_basis=delay.legal_basis)
