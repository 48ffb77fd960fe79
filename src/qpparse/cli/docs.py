"""Generate ``docs/rules.md`` (from the rule registry) and ``docs/cli.md`` (from ``--help``).

    python -m qpparse.cli.docs            # writes docs/rules.md
    python -m qpparse.cli.docs --check    # exit 1 when docs/rules.md is stale
    python -m qpparse.cli.docs --cli      # writes docs/cli.md (qpparse.cli.help_docs)

The generator sits above the app (``--cli`` reads the app's help); nothing the app imports may
import it. The rule texts themselves are in :mod:`qpparse.cli.rule_docs`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from qpparse.checks.registry import DOC_HEADINGS, doc_sections

from .render_context import RuleInfo
from .rule_docs import all_rules, lead, summary

__all__ = ["all_rules", "main", "rules_markdown"]

RULES_MD = Path("docs/rules.md")


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _anchor(rule: RuleInfo) -> str:
    return f"{rule.code}-{rule.name}".lower()


def _rule_section(rule: RuleInfo) -> str:
    parts = [f"## {rule.code} {rule.name}", "", f"- Severity: {rule.severity}"]
    parts.append(f"- Legal basis: {rule.legal_basis or 'none (consistency of the extract)'}")
    sections = doc_sections(rule.doc)
    if not sections:
        parts += ["", rule.doc.strip() or summary(rule)]
    elif opening := lead(rule):
        parts += ["", opening]
    for heading in DOC_HEADINGS:
        if heading in sections:
            parts += ["", f"### {heading}", "", sections[heading]]
    return "\n".join(parts) + "\n"


def rules_markdown(rules: Sequence[RuleInfo]) -> str:
    """The whole of docs/rules.md: an index table, then one section per rule."""
    header = [
        "# Rules of `qpparse check`",
        "",
        "<!-- Generated from the rule registry by `python -m qpparse.cli.docs`; do not edit. -->",
        "",
        "Codes are grouped by hundreds: QP1xx structure, QP2xx counts, QP3xx quorum,",
        "QP4xx proxies, QP5xx dates, QP6xx numbering, QP7xx votes. A code and its name never",
        "change once released. Select or ignore rules by code, prefix or name, for example",
        "`qpparse check --ignore QP5,unrecognised-text`.",
        "",
        "| Code | Name | Severity | What it checks |",
        "|---|---|---|---|",
    ]
    rows = [
        f"| [{rule.code}](#{_anchor(rule)}) | `{rule.name}` | {rule.severity} "
        f"| {_cell(summary(rule))} |"
        for rule in rules
    ]
    sections = [_rule_section(rule) for rule in rules]
    return "\n".join([*header, *rows]) + "\n\n" + "\n".join(sections)


def main(argv: Sequence[str] | None = None) -> int:
    """Write docs/rules.md, or docs/cli.md with ``--cli``; ``--check`` only reports staleness."""
    args = list(sys.argv[1:] if argv is None else argv)
    check_only, cli = "--check" in args, "--cli" in args
    paths = [arg for arg in args if arg not in {"--check", "--cli"}]
    if cli:
        from .help_docs import CLI_MD, cli_markdown

        target, text = Path(paths[0] if paths else CLI_MD), cli_markdown()
    else:
        target, text = (Path(paths[0]) if paths else RULES_MD), rules_markdown(all_rules())
    return check_file(target, text) if check_only else write_file(target, text)


def check_file(target: Path, text: str) -> int:
    current = target.read_text(encoding="utf-8") if target.exists() else ""
    if current != text:
        sys.stderr.write(f"{target} is stale: run python -m qpparse.cli.docs (--cli)\n")
        return 1
    return 0


def write_file(target: Path, text: str) -> int:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
