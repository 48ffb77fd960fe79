"""The one registry of rules: code → rule. Codes and names never change once released.

Codes are grouped by hundreds: QP1xx structure, QP2xx counts, QP3xx quorum, QP4xx proxies,
QP5xx dates, QP6xx numbering, QP7xx votes.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from qpparse.checks.context import CheckContext
from qpparse.checks.report import Severity

Language = str  # "fr" or "en"


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule function reports: the line and the values its message templates need.

    ``legal_basis`` overrides the rule's own when the article depends on the case (the quorum
    articles differ between the ordinary and the COVID rules).
    """

    line: int | None
    values: Mapping[str, object] = field(default_factory=dict)
    legal_basis: str | None = None


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

    @property
    def sections(self) -> dict[str, str]:
        """The docstring cut at its headings: « What it checks » → paragraph, and so on."""
        return doc_sections(self.doc)

    def message(self, hit: Hit, lang: Language) -> str:
        template = self.messages.get(lang) or self.messages["en"]
        return template.format(**hit.values)

    def matches(self, selector: str) -> bool:
        """``selector`` is this rule's code, a code prefix (« QP3 ») or its name."""
        return self.code.startswith(selector.upper()) or self.name == selector.lower()


RULES: dict[str, Rule] = {}

DOC_HEADINGS = ("What it checks", "Why", "Legal basis", "Example")
_HEADING_LINE = re.compile(r"^(" + "|".join(DOC_HEADINGS) + r"):?$")


def doc_sections(doc: str) -> dict[str, str]:
    """Split a rule docstring into its headed sections (heading line, then indented text)."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in doc.splitlines():
        heading = _HEADING_LINE.match(line.strip())
        if heading is not None:
            current = sections.setdefault(heading[1], [])
        elif current is not None:
            current.append(line)
    return {name: inspect.cleandoc("\n".join(lines)) for name, lines in sections.items()}


def select_rules(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """The rules kept by ``select`` (all when empty) minus ``ignore``, in code order.

    Raises ``ValueError`` for a selector that matches no rule: a typo must not silently
    disable a check.
    """
    select, ignore = list(select), list(ignore)
    for selector in (*select, *ignore):
        if not any(rule.matches(selector) for rule in RULES.values()):
            raise ValueError(f"no rule matches {selector!r}")
    return [
        rule
        for code, rule in sorted(RULES.items())
        if (not select or any(rule.matches(s) for s in select))
        and not any(rule.matches(s) for s in ignore)
    ]


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
