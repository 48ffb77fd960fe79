"""Check an extract against the law and its own arithmetic: :func:`check` → :class:`Report`.

Importing this package registers every rule (:data:`RULES`). The rule set in force on the
session date is chosen by :mod:`qpparse.checks.regimes`; ``regime="covid"`` forces the COVID
rules of the period the date falls in, or those of the last period (P4, 11/11/2021–31/07/2022)
when the date is outside every period or unknown; ``regime="ordinary"`` forces ordinary rules.

Severities follow one policy:

- ``error``: the law or the arithmetic is broken (quorum, at the opening or for later items,
  proxies, counts, votes), or the extract's very existence is in doubt (no session date, weekday
  contradicting the date, no signature, a transmission stamp dated before the session);
- ``warning``: a defect that may be the extract's drafting or an omission rather than an illegal
  deliberation (no attendance, articles or vote found, unrecognised text, article numbering,
  N against the lists, the unsettled rounding of « le tiers », a stated quorum matching no rule,
  a short convocation delay, a secretary or signatory the lists do not place, a member said not
  to vote whose vote the counts include);
- ``info``: what the checker had to assume, so that nothing is guessed silently (N inferred,
  an uncertain boundary day, a proxy without a named holder).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from qpparse.model import Extract

from . import rules as _rules  # noqa: F401  (importing the rules registers them)
from .context import CheckContext, CheckOptions
from .regimes import RegimeChoice
from .registry import RULES, Hit, Rule, select_rules
from .report import Finding, QuorumComputation, Report, Severity

Language = Literal["fr", "en"]


def check(
    extract: Extract,
    *,
    in_office: int | None = None,
    regime: RegimeChoice = "auto",
    lang: Language = "en",
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> Report:
    """Run the selected rules on ``extract`` and return the findings and the quorum computation.

    ``in_office`` is N when the text does not declare it; ``select`` / ``ignore`` take codes,
    code prefixes (« QP3 ») or rule names. Raises ``ValueError`` for a selector matching no
    rule. The quorum computation is returned whatever the selection.
    """
    context = CheckContext(extract, CheckOptions(in_office=in_office, regime=regime, lang=lang))
    findings = [
        _finding(rule, hit, lang)
        for rule in select_rules(select, ignore)
        for hit in rule.function(context)
    ]
    findings.sort(key=lambda finding: (finding.line or 0, finding.code))
    return Report(path=extract.source.path, findings=findings, quorum=context.quorum)


def _finding(rule: Rule, hit: Hit, lang: Language) -> Finding:
    return Finding(
        code=rule.code,
        name=rule.name,
        severity=rule.severity,
        message=rule.message(hit, lang),
        line=hit.line,
        legal_basis=hit.legal_basis or rule.legal_basis,
    )


__all__ = [
    "RULES",
    "CheckContext",
    "CheckOptions",
    "Finding",
    "Language",
    "QuorumComputation",
    "Report",
    "Rule",
    "Severity",
    "check",
    "select_rules",
]
