"""``qpparse rules`` and ``qpparse rule CODE``: the rule documentation."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from qpparse.cli.errors import fail
from qpparse.cli.options import RulesFormat


def rules_command(
    output_format: Annotated[
        RulesFormat, typer.Option("--format", "-f", help="text: a table; json: an array.")
    ] = RulesFormat.text,
) -> None:
    """List the rules: code, name, severity and what each checks.

    Example: qpparse rules --format json
    """
    from qpparse.cli.rule_docs import all_rules, summary

    rules = all_rules()
    if output_format is RulesFormat.json:
        records = [
            {
                "code": rule.code,
                "name": rule.name,
                "severity": rule.severity,
                "legal_basis": rule.legal_basis,
                "summary": summary(rule),
            }
            for rule in rules
        ]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        return
    width = max((len(rule.name) for rule in rules), default=0)
    for rule in rules:
        row = f"{rule.code}  {rule.name:<{width}}  {rule.severity:<7}  {summary(rule)}"
        sys.stdout.write(row + "\n")


def rule_command(
    key: Annotated[str, typer.Argument(metavar="CODE|NAME", help="A rule code or name.")],
) -> None:
    """Explain one rule: what it checks, why, its legal basis and an example.

    Example: qpparse rule quorum-not-reached
    """
    from qpparse.cli.rule_docs import all_rules, find_rule, rule_text

    found = find_rule(all_rules(), key)
    if found is None:
        fail(f"no rule {key!r}: `qpparse rules` lists them")
    sys.stdout.write(rule_text(found))
