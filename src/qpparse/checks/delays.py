"""How long before a session the members must be convoked: the only module that knows the delays.

From ``legal-rules.md`` §8 and §10 V15:

===========================  ==========================================  =======================
authority                    delay                                       article
===========================  ==========================================  =======================
commune                      3 jours francs (< 3 500 inhabitants)        L2121-11
                             5 jours francs (≥ 3 500 inhabitants)        L2121-12
EPCI (métropole, communauté, 5 jours francs, council and bureau          L2121-12 via L5211-1
syndicat)
département, région          12 days, reports sent to the councillors    L3121-19, L4132-18
===========================  ==========================================  =======================

« Jours francs » leave out the day the convocation is sent and the day of the meeting: sent on
Monday 1st, a meeting needing 3 jours francs may be held on Friday 5th at the earliest. The twelve
days of départements and régions are counted as plain days (« douze jours au moins avant »).

The population of a commune is not in the extract, so a commune gets the more lenient 3 jours
francs: the checker never reports a delay the law may allow. Unknown authorities get the same.
Urgency (at least 1 jour franc) is not detected and is left to the reader of the warning. Bodies
whose delay the reference does not settle (commissions permanentes of départements and régions,
conseils de territoire of a métropole) are not checked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ConvocationDelay:
    """The least time between sending the convocation and the meeting."""

    days: int
    francs: bool
    legal_basis: str
    note_en: str
    note_fr: str

    def elapsed(self, sent: dt.date, session: dt.date) -> int:
        """Days counted between ``sent`` and ``session`` the way this delay counts them."""
        days = (session - sent).days
        return days - 1 if self.francs else days

    def met(self, sent: dt.date, session: dt.date) -> bool:
        return self.elapsed(sent, session) >= self.days


COMMUNE = ConvocationDelay(
    days=3,
    francs=True,
    legal_basis="CGCT art. L2121-11, L2121-12",
    note_en="population unknown: 3 as for communes under 3 500 inhabitants, 5 from 3 500",
    note_fr="population inconnue : 3 comme pour les communes de moins de 3 500 habitants, "
    "5 à partir de 3 500",
)

EPCI = ConvocationDelay(
    days=5,
    francs=True,
    legal_basis="CGCT art. L2121-12, L5211-1",
    note_en="EPCI follow communes of 3 500 inhabitants and more",
    note_fr="les EPCI suivent les communes de 3 500 habitants et plus",
)

DEPARTEMENT = ConvocationDelay(
    days=12,
    francs=False,
    legal_basis="CGCT art. L3121-19",
    note_en="reports sent to the councillors twelve days at least before the meeting",
    note_fr="rapports adressés aux conseillers douze jours au moins avant la réunion",
)

REGION = ConvocationDelay(
    days=12,
    francs=False,
    legal_basis="CGCT art. L4132-18",
    note_en=DEPARTEMENT.note_en,
    note_fr=DEPARTEMENT.note_fr,
)

_BY_AUTHORITY: dict[str, ConvocationDelay] = {
    "commune": COMMUNE,
    "metropole": EPCI,
    "communaute": EPCI,
    "syndicat": EPCI,
    "departement": DEPARTEMENT,
    "region": REGION,
}

# Bodies whose convocation delay the reference does not settle: not checked.
_UNSETTLED_BODIES = frozenset({"commission-permanente", "conseil-de-territoire"})


def convocation_delay(authority_kind: str | None, body_kind: str | None) -> ConvocationDelay | None:
    """The most lenient delay that may apply to this body, or ``None`` when it is unsettled."""
    if body_kind in _UNSETTLED_BODIES:
        return None
    return _BY_AUTHORITY.get(authority_kind or "", COMMUNE)
