"""What every rule reads: the extract, the caller's options, and values derived once from them.

Derived values (members in office and where that number came from, the rule set in force, the
quorum computation) live here so that two rules never compute them two different ways.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from qpparse.checks import regimes
from qpparse.checks.regimes import Regime, RegimeChoice
from qpparse.checks.report import InOfficeSource, QuorumComputation
from qpparse.frenchtext import name_key
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

    @property
    def has_attendance(self) -> bool:
        return self.listed_total > 0 or self.extract.session.counts.present is not None

    @cached_property
    def present_keys(self) -> set[str]:
        return {name_key(person.name) for person in self.extract.attendance.present}

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
            return InOffice(self.listed_total, "inferred")
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
        present = self.present or 0
        return present + self.represented if self.counts_represented(regime) else present

    def legal_basis(self, regime: Regime) -> str:
        return regimes.legal_basis(regime, self.authority_kind, self.body_kind)

    def max_proxies(self) -> int | None:
        """Proxies one holder may carry: the most lenient rule set accepted on the date.

        ``None`` when no rule set applies (no session date): the limit is then unknown.
        """
        candidates = [r for r in (self.regime, self.alternative_regime) if r is not None]
        return max((regime.max_proxies for regime in candidates), default=None)

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
