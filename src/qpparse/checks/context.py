"""What every rule reads: the extract, the caller's options, and values derived once from them.

Derived values (members in office and where that number came from, the rule set in force, the
quorum computation) live here so that two rules never compute them two different ways.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from qpparse import lexicon
from qpparse.checks import regimes
from qpparse.checks.regimes import Regime, RegimeChoice
from qpparse.checks.report import InOfficeSource, QuorumComputation
from qpparse.frenchtext import fold, name_key
from qpparse.model import Extract, Person


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """What the caller says beside the text: ``--in-office N`` and ``--regime``."""

    in_office: int | None = None
    regime: RegimeChoice = "auto"
    lang: str = "en"


@dataclass(frozen=True, slots=True)
class InOffice:
    """N, the members in office, and where it came from."""

    value: int
    source: InOfficeSource


@dataclass(frozen=True, slots=True)
class ListedMember:
    """A person as listed in one attendance list (``present``, ``represented``, …)."""

    person: Person
    list_name: str


class CheckContext:
    """The extract under check, the options, and the derived values rules share."""

    def __init__(self, extract: Extract, options: CheckOptions | None = None) -> None:
        self.extract = extract
        self.options = options or CheckOptions()

    # --- attendance ------------------------------------------------------------------------------

    @property
    def listed_present(self) -> int:
        return len(self.extract.attendance.present)

    @property
    def listed_represented(self) -> int:
        return len(self.extract.attendance.represented)

    @property
    def listed_total(self) -> int:
        """Everyone the four lists name: present, represented, excused and absent."""
        attendance = self.extract.attendance
        return (
            self.listed_present
            + self.listed_represented
            + len(attendance.excused)
            + len(attendance.absent)
        )

    @cached_property
    def replaced_titulaires(self) -> list[Person]:
        """Titulaires listed excused, absent or represented whose seat a suppléant holds.

        A suppléant listed present « suppléante de M. X » (``substitute_for``) sits in X's seat
        (L5211-6): when X is listed as well, the two names are one seat, counted once.
        """
        sitting = {
            name_key(person.substitute_for)
            for person in self.extract.attendance.present
            if person.substitute_for
        }
        return [
            listed.person
            for listed in self.listed_members()
            if listed.list_name != "present" and name_key(listed.person.name) in sitting
        ]

    @property
    def listed_seats(self) -> int:
        """Seats the four lists account for: everyone named, a titulaire and the suppléant
        sitting for them counted once."""
        return self.listed_total - len(self.replaced_titulaires)

    @property
    def has_attendance(self) -> bool:
        return self.listed_total > 0 or self.extract.session.counts.present is not None

    @cached_property
    def present_keys(self) -> set[str]:
        return {name_key(person.name) for person in self.extract.attendance.present}

    def listed_as(self, person: Person) -> list[str] | None:
        """The lists naming ``person``, names compared without accents, case or hyphens.

        A person written by family name only (« Mme DURAND ») matches the one listed member of
        that family name; when several share it, nobody is matched rather than a guess. A
        person named by role only (« M. le Maire ») cannot be compared: ``None``.
        """
        if lexicon.BY_ROLE.match(fold(person.name)):
            return None
        key = name_key(person.name)
        found = [listed for listed in self.listed_members() if name_key(listed.person.name) == key]
        if not found and person.given_name is None and len(key.split()) == 1:
            found = [
                listed for listed in self.listed_members() if _family_key(listed.person) == key
            ]
            if len({name_key(listed.person.name) for listed in found}) > 1:
                found = []
        return [listed.list_name for listed in found]

    def span_line(self, field: str) -> int | None:
        """The first line the parser put into ``field`` (« session.convocation_date »)."""
        return next((span.line for span in self.extract.spans if span.field == field), None)

    def listed_members(self) -> Iterator[ListedMember]:
        """Every member the lists name, once per mention (proxy holders are not mentions)."""
        attendance = self.extract.attendance
        for person in attendance.present:
            yield ListedMember(person, "present")
        for proxy in attendance.represented:
            yield ListedMember(proxy.member, "represented")
        for person in attendance.excused:
            yield ListedMember(person, "excused")
        for person in attendance.absent:
            yield ListedMember(person, "absent")

    # --- counts used by the quorum -------------------------------------------------------------

    @property
    def present(self) -> int | None:
        """Members present: the list when there is one, else the number the text declares.

        The names are the evidence, so the list wins; QP201 reports a declared number that
        disagrees with it.
        """
        if self.extract.attendance.present:
            return self.listed_present
        return self.extract.session.counts.present

    @property
    def represented(self) -> int:
        if self.extract.attendance.represented:
            return self.listed_represented
        return self.extract.session.counts.represented or 0

    @cached_property
    def in_office(self) -> InOffice | None:
        """N: declared in the text, else given by the caller, else inferred from the lists."""
        declared = self.extract.session.counts.in_office
        if declared is not None:
            return InOffice(declared, "declared")
        if self.options.in_office is not None:
            return InOffice(self.options.in_office, "option")
        if self.listed_total > 0:
            return InOffice(self.listed_seats, "inferred")
        return None

    # --- the rule set and the quorum -----------------------------------------------------------

    @cached_property
    def regime(self) -> Regime | None:
        return regimes.choose_regime(self.extract.session.date, self.options.regime)

    @property
    def alternative_regime(self) -> Regime | None:
        """The other rule set accepted on an uncertain boundary day (automatic choice only)."""
        day = self.extract.session.date
        if day is None or self.options.regime != "auto":
            return None
        return regimes.alternative_regime(day)

    @property
    def authority_kind(self) -> str | None:
        return self.extract.authority.kind if self.extract.authority else None

    @property
    def body_kind(self) -> str | None:
        return self.extract.body.kind if self.extract.body else None

    def counts_represented(self, regime: Regime) -> bool:
        """Whether proxies count towards the quorum of this body under ``regime``."""
        return regimes.counts_represented(regime, self.authority_kind, self.body_kind)

    def counted(self, regime: Regime) -> int:
        """Members counted towards the quorum under ``regime`` for this body."""
        return self.counted_of(regime, self.present or 0, self.represented)

    def counted_of(self, regime: Regime, present: int, represented: int) -> int:
        """Members counted towards the quorum under ``regime`` out of these numbers."""
        return present + represented if self.counts_represented(regime) else present

    def regimes_accepted(self) -> list[Regime]:
        """The rule set in force, and the other one accepted on an uncertain day (§3.3)."""
        return [r for r in (self.regime, self.alternative_regime) if r is not None]

    def legal_basis(self, regime: Regime) -> str:
        return regimes.legal_basis(regime, self.authority_kind, self.body_kind)

    def max_proxies(self) -> int | None:
        """Proxies one holder may carry: the most lenient rule set accepted on the date.

        ``None`` when no rule set applies (no session date): the limit is then unknown.
        """
        return max((regime.max_proxies for regime in self.regimes_accepted()), default=None)

    @cached_property
    def quorum(self) -> QuorumComputation | None:
        """The quorum computation, for an extract with a rule set (a date) and attendance."""
        regime = self.regime
        if regime is None or self.present is None:
            return None
        in_office = self.in_office
        threshold = regime.threshold(in_office.value) if in_office else None
        counted = self.counted(regime)
        return QuorumComputation(
            in_office=in_office.value if in_office else None,
            in_office_source=in_office.source if in_office else None,
            regime=regime.key,
            regime_label=regime.label(self.options.lang),
            legal_basis=self.legal_basis(regime),
            threshold=threshold,
            present=self.present,
            represented=self.represented,
            counted=counted,
            reached=None if threshold is None else counted >= threshold,
        )


def _family_key(person: Person) -> str:
    """The family name of a listed member, compared like names: the last word when unsplit."""
    if person.family_name:
        return name_key(person.family_name)
    words = name_key(person.name).split()
    return words[-1] if words else ""
