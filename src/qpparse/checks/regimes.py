"""Which quorum and proxy rules were in force on a date: the only module that knows law dates.

Metropolitan France, from ``legal-rules.md`` §3.1 (all dates inclusive):

=========  =========================  ====================  ======================  =======
key        days                       quorum threshold      counted                 proxies
=========  =========================  ====================  ======================  =======
covid-p1a  24/03/2020 → 02/04/2020    ceil(N/3)             present                 2
covid-p1b  03/04/2020 → 10/07/2020    ceil(N/3)             present + represented   2
covid-p2   11/07/2020 → 30/08/2020    ceil(N/3)             present                 2
covid-p3   15/11/2020 → 30/09/2021    ceil(N/3)             present                 2
covid-p4   11/11/2021 → 31/07/2022    ceil(N/3)             present                 2
ordinary   every other day            floor(N/2) + 1        present (*)             1
=========  =========================  ====================  ======================  =======

(*) The commissions permanentes of départements and régions count present + represented members
in ordinary times (L3121-14-1, L4132-13-1).

« Le tiers » is rounded up (ceil), the literal reading of « le tiers … est présent »; the texts do
not settle it, so :func:`one_third_rounding_is_uncertain` lets a rule flag the doubtful case.
Days on which the texts' entry into force is uncertain by a day (§3.3) are listed in
``_UNCERTAIN_DAYS``: on those days either neighbouring rule set is accepted.

The COVID rule sets are applied to every body (councils, commissions permanentes, bureaux of
EPCI). P1a did not name commissions permanentes and bureaux, and that P1b's « ou représenté »
reached them is inferred (§3.2): in both doubts the checker takes the more lenient reading, so
that it never reports an illegal quorum the texts may allow.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Literal

RegimeChoice = Literal["auto", "ordinary", "covid"]

_COVID_QUORUM_BASIS = "loi n° 2020-290 art. 10"


@dataclass(frozen=True, slots=True)
class Regime:
    """A set of quorum and proxy rules, and the days it covers (``None`` for ordinary rules)."""

    key: str
    label_en: str
    label_fr: str
    first_day: dt.date | None
    last_day: dt.date | None
    legal_basis: str
    counts_represented: bool
    max_proxies: int

    @property
    def covid(self) -> bool:
        return self.key != "ordinary"

    def covers(self, day: dt.date) -> bool:
        if self.first_day is None or self.last_day is None:
            return False
        return self.first_day <= day <= self.last_day

    def label(self, lang: str) -> str:
        return self.label_fr if lang == "fr" else self.label_en

    def threshold(self, in_office: int) -> int:
        """Members needed for the quorum out of ``in_office`` members."""
        return covid_threshold(in_office) if self.covid else ordinary_threshold(in_office)


ORDINARY = Regime(
    key="ordinary",
    label_en="ordinary rules (majority of members in office)",
    label_fr="régime de droit commun (majorité des membres en exercice)",
    first_day=None,
    last_day=None,
    legal_basis="CGCT art. L2121-17, L2121-20",
    counts_represented=False,
    max_proxies=1,
)

COVID_P1A = Regime(
    key="covid-p1a",
    label_en="COVID rules of 24/03/2020–02/04/2020 (one third present)",
    label_fr="régime COVID du 24/03/2020 au 02/04/2020 (tiers présent)",
    first_day=dt.date(2020, 3, 24),
    last_day=dt.date(2020, 4, 2),
    legal_basis=f"{_COVID_QUORUM_BASIS} (version of 24/03/2020)",
    counts_represented=False,
    max_proxies=2,
)

COVID_P1B = Regime(
    key="covid-p1b",
    label_en="COVID rules of 03/04/2020–10/07/2020 (one third present or represented)",
    label_fr="régime COVID du 03/04/2020 au 10/07/2020 (tiers présent ou représenté)",
    first_day=dt.date(2020, 4, 3),
    last_day=dt.date(2020, 7, 10),
    legal_basis=f"{_COVID_QUORUM_BASIS}; ordonnance n° 2020-391 art. 2",
    counts_represented=True,
    max_proxies=2,
)

COVID_P2 = Regime(
    key="covid-p2",
    label_en="COVID rules of 11/07/2020–30/08/2020 (one third present)",
    label_fr="régime COVID du 11/07/2020 au 30/08/2020 (tiers présent)",
    first_day=dt.date(2020, 7, 11),
    last_day=dt.date(2020, 8, 30),
    legal_basis=f"{_COVID_QUORUM_BASIS} (loi n° 2020-760)",
    counts_represented=False,
    max_proxies=2,
)

COVID_P3 = Regime(
    key="covid-p3",
    label_en="COVID rules of 15/11/2020–30/09/2021 (one third present)",
    label_fr="régime COVID du 15/11/2020 au 30/09/2021 (tiers présent)",
    first_day=dt.date(2020, 11, 15),
    last_day=dt.date(2021, 9, 30),
    legal_basis="loi n° 2020-1379 art. 6 IV; loi n° 2021-160; loi n° 2021-689",
    counts_represented=False,
    max_proxies=2,
)

COVID_P4 = Regime(
    key="covid-p4",
    label_en="COVID rules of 11/11/2021–31/07/2022 (one third present)",
    label_fr="régime COVID du 11/11/2021 au 31/07/2022 (tiers présent)",
    first_day=dt.date(2021, 11, 11),
    last_day=dt.date(2022, 7, 31),
    legal_basis="loi n° 2021-1465 art. 10; loi n° 2020-1379 art. 6 IV",
    counts_represented=False,
    max_proxies=2,
)

COVID_REGIMES: tuple[Regime, ...] = (COVID_P1A, COVID_P1B, COVID_P2, COVID_P3, COVID_P4)
REGIMES: dict[str, Regime] = {regime.key: regime for regime in (ORDINARY, *COVID_REGIMES)}

# Days when a text's entry into force is uncertain by one day (publication vs. entry into force):
# the day → the rule set on the other side of the boundary, also accepted on that day.
_UNCERTAIN_DAYS: dict[dt.date, Regime] = {
    dt.date(2020, 4, 2): COVID_P1B,
    dt.date(2020, 4, 3): COVID_P1A,
    dt.date(2020, 11, 14): COVID_P3,
    dt.date(2020, 11, 15): ORDINARY,
    dt.date(2020, 11, 16): ORDINARY,
    dt.date(2021, 11, 10): COVID_P4,
    dt.date(2021, 11, 11): ORDINARY,
}

# Bodies whose ordinary quorum counts represented members, and the article saying so.
_PRESENT_OR_REPRESENTED_BODIES: dict[tuple[str, str], str] = {
    ("departement", "commission-permanente"): "CGCT art. L3121-14-1",
    ("region", "commission-permanente"): "CGCT art. L4132-13-1",
}

# Ordinary quorum and proxy articles by kind of authority (EPCI follow communes via L5211-1).
_ORDINARY_BASIS: dict[str, str] = {
    "departement": "CGCT art. L3121-14, L3121-16",
    "region": "CGCT art. L4132-13, L4132-15",
    "metropole": "CGCT art. L2121-17, L2121-20, L5211-1",
    "communaute": "CGCT art. L2121-17, L2121-20, L5211-1",
    "syndicat": "CGCT art. L2121-17, L2121-20, L5211-1",
}


def ordinary_threshold(in_office: int) -> int:
    """More than half of the members in office: ``floor(N/2) + 1`` (35 → 18, 8 → 5)."""
    return in_office // 2 + 1


def covid_threshold(in_office: int) -> int:
    """One third of the members in office, rounded up: ``ceil(N/3)`` (35 → 12, 9 → 3)."""
    return math.ceil(in_office / 3)


def one_third_rounding_is_uncertain(in_office: int, counted: int) -> bool:
    """True when ``counted`` passes ``ceil(N/3)`` but not the stricter ``floor(N/3) + 1``."""
    return covid_threshold(in_office) <= counted < in_office // 3 + 1


def regime_on(day: dt.date) -> Regime:
    """The rule set in force on ``day`` according to the table above."""
    return next((regime for regime in COVID_REGIMES if regime.covers(day)), ORDINARY)


def covid_regime_on(day: dt.date | None) -> Regime:
    """The COVID rule set of ``day``'s period, or the last one (P4) outside every period.

    Used when the caller forces the COVID rules: the closest text to a modern extract is P4.
    """
    if day is not None:
        regime = regime_on(day)
        if regime.covid:
            return regime
    return COVID_P4


def choose_regime(day: dt.date | None, choice: RegimeChoice) -> Regime | None:
    """The rule set to apply: forced by ``choice``, else from the date (``None`` if no date)."""
    if choice == "ordinary":
        return ORDINARY
    if choice == "covid":
        return covid_regime_on(day)
    return regime_on(day) if day is not None else None


def alternative_regime(day: dt.date) -> Regime | None:
    """On a day whose rule set is uncertain (§3.3), the other rule set that may apply."""
    return _UNCERTAIN_DAYS.get(day)


def counts_represented(regime: Regime, authority_kind: str | None, body_kind: str | None) -> bool:
    """Whether members represented by a proxy count towards the quorum."""
    if regime.covid:
        return regime.counts_represented
    return (authority_kind or "", body_kind or "") in _PRESENT_OR_REPRESENTED_BODIES


def legal_basis(regime: Regime, authority_kind: str | None, body_kind: str | None) -> str:
    """The articles behind ``regime`` for this kind of authority and body."""
    if regime.covid:
        return regime.legal_basis
    special = _PRESENT_OR_REPRESENTED_BODIES.get((authority_kind or "", body_kind or ""))
    general = _ORDINARY_BASIS.get(authority_kind or "", regime.legal_basis)
    return f"{general}; {special}" if special else general
