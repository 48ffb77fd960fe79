"""Rule documentation, from the one source: the registry and each rule's docstring.

Serves ``qpparse rules``, ``qpparse rule CODE``, SARIF's rule descriptors and ``docs/rules.md``
(written by :mod:`qpparse.cli.docs`, which imports the app: this module must not).
"""

from __future__ import annotations

from collections.abc import Sequence

from qpparse.checks.registry import DOC_HEADINGS, doc_sections

from .render_context import RuleInfo

SUMMARY_HEADING = "What it checks"


def all_rules() -> list[RuleInfo]:
    """Every registered rule, in code order (importing the checks package registers them)."""
    import qpparse.checks  # noqa: F401 - importing it fills RULES
    from qpparse.checks.registry import RULES

    return [RULES[code] for code in sorted(RULES)]


def lead(rule: RuleInfo) -> str:
    """The docstring's opening paragraph, before its first heading (may be empty)."""
    paragraph = rule.doc.strip().split("\n\n", 1)[0]
    first_line = paragraph.splitlines()[0] if paragraph else ""
    return "" if first_line.rstrip(":") in DOC_HEADINGS else " ".join(paragraph.split())


def summary(rule: RuleInfo) -> str:
    """One line: the docstring's opening sentence, else the start of « What it checks »."""
    if text := lead(rule):
        return text
    checks = doc_sections(rule.doc).get(SUMMARY_HEADING, "")
    return " ".join(checks.strip().split("\n\n", 1)[0].split()) or rule.name


def find_rule(rules: Sequence[RuleInfo], key: str) -> RuleInfo | None:
    """The rule whose code (any case) or kebab name is ``key``."""
    wanted = key.strip()
    for rule in rules:
        if wanted.upper() == rule.code or wanted.lower() == rule.name:
            return rule
    return None


def rule_text(rule: RuleInfo) -> str:
    """``qpparse rule CODE``: a header, then the docstring as written."""
    lines = [f"{rule.code} {rule.name}", f"Severity: {rule.severity}"]
    if rule.legal_basis:
        lines.append(f"Legal basis: {rule.legal_basis}")
    body = rule.doc.strip() or summary(rule)
    return "\n".join(lines) + "\n\n" + body + "\n"
