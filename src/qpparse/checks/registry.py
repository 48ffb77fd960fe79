"""The one registry of rules: code → rule. Codes and names never change once released.

Codes are grouped by hundreds: QP1xx structure, QP2xx counts, QP3xx quorum, QP4xx proxies,
QP5xx dates, QP6xx numbering, QP7xx votes.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from qpparse.checks.context import CheckContext
from qpparse.checks.report import Severity

Language = str  # "fr" or "en"


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule function reports: the line and the values its message templates need."""

    line: int | None
    values: dict[str, object]


RuleFunction = Callable[[CheckContext], Iterator[Hit]]


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule: stable code and kebab name, default severity, bilingual message, legal basis.

    ``doc`` is the docstring of the rule function (headings « What it checks », « Why »,
    « Legal basis », « Example »): the single source of ``qpparse rule`` and docs/rules.md.
    """

    code: str
    name: str
    severity: Severity
    messages: dict[Language, str]
    legal_basis: str | None
    function: RuleFunction

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.function.__doc__ or "")

    def message(self, hit: Hit, lang: Language) -> str:
        template = self.messages.get(lang) or self.messages["en"]
        return template.format(**hit.values)


RULES: dict[str, Rule] = {}


def rule(
    code: str,
    name: str,
    severity: Severity,
    *,
    en: str,
    fr: str,
    legal_basis: str | None = None,
) -> Callable[[RuleFunction], RuleFunction]:
    """Register the decorated function as rule ``code``."""

    def register(function: RuleFunction) -> RuleFunction:
        if code in RULES or any(existing.name == name for existing in RULES.values()):
            raise ValueError(f"rule {code} {name} registered twice")
        RULES[code] = Rule(code, name, severity, {"en": en, "fr": fr}, legal_basis, function)
        return function

    return register
