"""QP3xx, quorum: enough members under the rules in force on the session date."""

from __future__ import annotations

from collections.abc import Iterator

from qpparse.checks import regimes
from qpparse.checks.context import CheckContext
from qpparse.checks.registry import Hit, rule

from ._wording import french_date


@rule(
    "QP301",
    "quorum-not-reached",
    "error",
    en="quorum not reached: {counted} counted ({counted_en}), {threshold} needed out of "
    "N = {in_office} under the {regime_en}; legal basis: {legal_basis}",
    fr="quorum non atteint : {counted} comptés ({counted_fr}), {threshold} requis sur "
    "N = {in_office} selon le {regime_fr} ; base légale : {legal_basis}",
    legal_basis="CGCT art. L2121-17, L3121-14, L4132-13; loi n° 2020-290 art. 10; "
    "loi n° 2020-1379 art. 6 IV; loi n° 2021-1465 art. 10",
)
def quorum_not_reached(context: CheckContext) -> Iterator[Hit]:
    """Fewer members counted than the quorum of the rules in force on the session date.

    What it checks:
        Members counted (present; plus represented where the rules count them) against the
        threshold out of N members in office: ``floor(N/2) + 1`` under ordinary rules,
        ``ceil(N/3)`` in the COVID periods. N is declared, given by the caller, or inferred
        from the lists (QP302 says so). On a day whose rules are uncertain (QP303) the extract
        passes if either rule set is met.

    Why:
        A body without its quorum « ne délibère pas valablement »: the deliberation is illegal.

    Legal basis:
        CGCT art. L2121-17 (communes, EPCI via L5211-1), L3121-14 and L3121-14-1 (départements),
        L4132-13 and L4132-13-1 (régions); COVID periods: loi n° 2020-290 art. 10, ordonnance
        n° 2020-391 art. 2, loi n° 2020-1379 art. 6 IV, loi n° 2021-1465 art. 10.

    Example:
        A bureau of 35 members meeting on 13 October 2022 with 15 present and 3 represented
        fires: 18 are needed and proxies do not count. On 10 March 2022 (COVID, 12 needed) it
        passes.
    """
    quorum = context.quorum
    if quorum is None or quorum.reached is not False or _reached_under_alternative(context):
        return
    regime = regimes.REGIMES[quorum.regime]
    counts_represented = context.counts_represented(regime)
    values = {
        "counted": quorum.counted,
        "counted_en": "present + represented" if counts_represented else "present only",
        "counted_fr": "présents + représentés" if counts_represented else "présents seuls",
        "threshold": quorum.threshold,
        "in_office": quorum.in_office,
        "regime": quorum.regime,
        "regime_en": regime.label_en,
        "regime_fr": regime.label_fr,
        "legal_basis": quorum.legal_basis,
    }
    yield Hit(_attendance_line(context), values, legal_basis=quorum.legal_basis)


def _reached_under_alternative(context: CheckContext) -> bool:
    alternative, in_office = context.alternative_regime, context.in_office
    if alternative is None or in_office is None:
        return False
    return context.counted(alternative) >= alternative.threshold(in_office.value)


def _attendance_line(context: CheckContext) -> int | None:
    present = context.extract.attendance.present
    return context.extract.session.counts.line or (present[0].line if present else None)


@rule(
    "QP302",
    "in-office-inferred",
    "info",
    en="members in office not stated: N = {in_office} inferred from the lists ({present} present "
    "+ {represented} represented + {excused} excused + {absent} absent{replaced_en}); give the "
    "number of members in office to override",
    fr="membres en exercice non indiqués : N = {in_office} déduit des listes ({present} présents "
    "+ {represented} représentés + {excused} excusés + {absent} absents{replaced_fr}) ; indiquer "
    "le nombre de membres en exercice pour corriger",
    legal_basis="CGCT art. L2121-17",
)
def in_office_inferred(context: CheckContext) -> Iterator[Hit]:
    """N, the members in office, was not stated and was inferred from the lists.

    What it checks:
        Nothing wrong in itself: it reports that the quorum was computed with N = present +
        represented + excused + absent, because the text does not declare N and the caller
        did not give it (``in_office`` / ``--in-office``). A titulaire listed beside the
        suppléant sitting for them is one seat, taken off once.

    Why:
        The quorum verdict is only as good as N. An extract that omits absent members makes the
        inferred N too small and the quorum too easy: the clerk must see that N was a deduction.

    Legal basis:
        CGCT art. L2121-17 (« membres en exercice »).

    Example:
        The seed extract (23 present, 3 represented, 9 excused, no N stated) reports N = 35.
    """
    in_office = context.in_office
    if context.quorum is None or in_office is None or in_office.source != "inferred":
        return
    attendance = context.extract.attendance
    values = {
        "in_office": in_office.value,
        "present": len(attendance.present),
        "represented": len(attendance.represented),
        "excused": len(attendance.excused),
        "absent": len(attendance.absent),
        **_replaced(len(context.replaced_titulaires)),
    }
    yield Hit(_attendance_line(context), values)


def _replaced(count: int) -> dict[str, str]:
    if not count:
        return {"replaced_en": "", "replaced_fr": ""}
    return {
        "replaced_en": f" − {count} titulaire(s) whose suppléant sits",
        "replaced_fr": f" − {count} titulaire(s) dont le suppléant siège",
    }


@rule(
    "QP303",
    "regime-uncertain-on-date",
    "info",
    en="session on {date}: the rules in force are uncertain by a day between {regime} and "
    "{alternative}; either is accepted",
    fr="séance du {date} : les règles applicables sont incertaines à un jour près entre {regime} "
    "et {alternative} ; l'une ou l'autre est acceptée",
    legal_basis="loi n° 2020-290 art. 10; ordonnance n° 2020-391; loi n° 2020-1379; "
    "loi n° 2021-1465",
)
def regime_uncertain_on_date(context: CheckContext) -> Iterator[Hit]:
    """The session falls on a day when a COVID text's entry into force is uncertain.

    What it checks:
        Whether the session date is 2 or 3 April 2020, 14, 15 or 16 November 2020, or 10 or
        11 November 2021: days when publication and entry into force of the COVID texts differ
        by a day.

    Why:
        On those days the checker accepts either neighbouring rule set for the quorum and the
        proxies, and says so rather than pretending to know.

    Legal basis:
        Loi n° 2020-290 art. 10 and ordonnance n° 2020-391 (April 2020); loi n° 2020-1379
        (JO 15/11/2020); loi n° 2021-1465 (JO 11/11/2021).

    Example:
        A council meeting on Monday 16 November 2020 reports covid-p3 and ordinary as candidates.
    """
    regime, alternative = context.regime, context.alternative_regime
    day = context.extract.session.date
    if regime is None or alternative is None or day is None:
        return
    values = {"date": french_date(day), "regime": regime.key, "alternative": alternative.key}
    yield Hit(context.extract.session.line, values, legal_basis=regime.legal_basis)


@rule(
    "QP304",
    "one-third-rounding-uncertain",
    "warning",
    en="quorum met only if one third of N = {in_office} rounds to {threshold}: {counted} counted, "
    "{strict} under the stricter reading",
    fr="quorum atteint seulement si le tiers de N = {in_office} s'arrondit à {threshold} : "
    "{counted} comptés, {strict} selon la lecture stricte",
    legal_basis="loi n° 2020-1379 art. 6 IV; loi n° 2021-1465 art. 10",
)
def one_third_rounding_uncertain(context: CheckContext) -> Iterator[Hit]:
    """The COVID quorum is met exactly at N/3, where the texts' rounding is unsettled.

    What it checks:
        In a COVID period, whether the members counted reach ``ceil(N/3)`` (the checker's
        threshold) but not ``floor(N/3) + 1``; the two differ when N is a multiple of 3.

    Why:
        « Le tiers des membres en exercice » has no official rounding rule; practitioners
        disagree whether 9 members need 3 or 4. The checker accepts 3 and warns.

    Legal basis:
        Loi n° 2020-1379 art. 6 IV; loi n° 2021-1465 art. 10 (« le tiers … est présent »).

    Example:
        9 members in office, 3 present, on 10 March 2022 fires.
    """
    quorum = context.quorum
    if quorum is None or quorum.in_office is None or not quorum.reached:
        return
    regime = regimes.REGIMES[quorum.regime]
    if regime.covid and regimes.one_third_rounding_is_uncertain(quorum.in_office, quorum.counted):
        values = {
            "in_office": quorum.in_office,
            "threshold": quorum.threshold,
            "counted": quorum.counted,
            "strict": quorum.in_office // 3 + 1,
        }
        yield Hit(_attendance_line(context), values, legal_basis=quorum.legal_basis)


@rule(
    "QP305",
    "declared-quorum-mismatch",
    "warning",
    en="quorum declared as {declared}, but N = {in_office} ({source_en}) gives {threshold} under "
    "the {regime_en} (accepted: {accepted})",
    fr="quorum déclaré de {declared}, mais N = {in_office} ({source_fr}) donne {threshold} selon "
    "le {regime_fr} (valeurs acceptées : {accepted})",
    legal_basis="CGCT art. L2121-17, L3121-14, L4132-13; loi n° 2020-290 art. 10; "
    "loi n° 2020-1379 art. 6 IV; loi n° 2021-1465 art. 10",
)
def declared_quorum_mismatch(context: CheckContext) -> Iterator[Hit]:
    """The quorum the extract states is not the one the law gives for N on that date.

    What it checks:
        « Quorum : 14 » against the threshold computed for N members in office: ``floor(N/2) +
        1`` under ordinary rules, ``ceil(N/3)`` in a COVID period. Also accepted: the ordinary
        threshold in a COVID period (a body may state the quorum it usually needs), the
        stricter ``floor(N/3) + 1`` reading of « le tiers », and the other rule set on a day
        whose rules are uncertain. When N is only inferred from the lists (which may leave
        members out), only a declared quorum below the threshold fires.

    Why:
        A stated quorum that matches no rule means N, the rule set or the arithmetic of whoever
        drafted the extract is wrong, and the clerk may have judged the quorum against it.

    Legal basis:
        CGCT art. L2121-17 (communes, EPCI via L5211-1), L3121-14 (départements), L4132-13
        (régions); COVID periods: loi n° 2020-290 art. 10, loi n° 2020-1379 art. 6 IV,
        loi n° 2021-1465 art. 10.

    Example:
        « Membres en exercice : 11 », « Quorum : 7 » on 13 October 2022 fires (6 needed);
        « Quorum : 6 » does not.
    """
    counts = context.extract.session.counts
    declared, in_office, regime = counts.quorum_declared, context.in_office, context.regime
    if declared is None or in_office is None or regime is None:
        return
    accepted = _accepted_thresholds(context, in_office.value)
    if declared in accepted:
        return
    if in_office.source == "inferred" and declared > min(accepted):
        return
    values = {
        "declared": declared,
        "in_office": in_office.value,
        "source_en": _SOURCES[in_office.source][0],
        "source_fr": _SOURCES[in_office.source][1],
        "threshold": regime.threshold(in_office.value),
        "regime_en": regime.label_en,
        "regime_fr": regime.label_fr,
        "accepted": ", ".join(map(str, sorted(accepted))),
    }
    yield Hit(counts.line, values, legal_basis=context.legal_basis(regime))


_SOURCES = {
    "declared": ("declared", "déclaré"),
    "option": ("given", "indiqué"),
    "inferred": ("inferred from the lists", "déduit des listes"),
}


def _accepted_thresholds(context: CheckContext, in_office: int) -> set[int]:
    accepted = {regimes.ORDINARY.threshold(in_office)}
    for regime in context.regimes_accepted():
        accepted.add(regime.threshold(in_office))
        if regime.covid:
            accepted.add(in_office // 3 + 1)
    return accepted


@rule(
    "QP306",
    "quorum-lost-during-session",
    "error",
    en="quorum not reached « {scope} »: {counted} counted, {threshold} needed out of "
    "N = {in_office} under the {regime_en}",
    fr="quorum non atteint « {scope} » : {counted} comptés, {threshold} requis sur "
    "N = {in_office} selon le {regime_fr}",
    legal_basis="CGCT art. L2121-17; CAA Nantes 11 mars 2003 n° 00NT00977",
)
def quorum_lost_during_session(context: CheckContext) -> Iterator[Hit]:
    """The counts restated for part of the session fall below the quorum.

    What it checks:
        Each restatement of the counts for part of the session (« A partir du point 2 :
        PRESENTS : 10 … ») against the quorum of the rules in force, like QP301 for the
        opening counts: N restated there, else the session's N; members represented counted
        only where the rules count them (the opening number when the restatement gives none).
        On a day whose rules are uncertain, either rule set is accepted.

    Why:
        The quorum is assessed at the opening and again when each item is « mis en
        discussion »: after departures the body may no longer deliberate validly on the items
        that follow.

    Legal basis:
        CGCT art. L2121-17 (L3121-14, L4132-13 for départements and régions); CAA Nantes,
        11 mars 2003, n° 00NT00977; legal-rules.md §1.5 and §10 V7.

    Example:
        N = 15 on 13 October 2022, 10 present at the opening, then « A partir du point 2 :
        PRESENTS : 7 » fires: 8 are needed.
    """
    regime, session_in_office = context.regime, context.in_office
    if regime is None:
        return
    for change in context.extract.session.count_changes:
        in_office = change.in_office
        if in_office is None and session_in_office is not None:
            in_office = session_in_office.value
        if change.present is None or in_office is None:
            continue
        represented = change.represented if change.represented is not None else context.represented
        if _reached_with(context, in_office, change.present, represented):
            continue
        values = {
            "scope": change.scope,
            "counted": context.counted_of(regime, change.present, represented),
            "threshold": regime.threshold(in_office),
            "in_office": in_office,
            "regime_en": regime.label_en,
            "regime_fr": regime.label_fr,
        }
        yield Hit(change.line, values, legal_basis=context.legal_basis(regime))


def _reached_with(context: CheckContext, in_office: int, present: int, represented: int) -> bool:
    """Whether these numbers reach the quorum under a rule set accepted on the date."""
    return any(
        context.counted_of(regime, present, represented) >= regime.threshold(in_office)
        for regime in context.regimes_accepted()
    )
