"""docs/rules.md is generated from the rule registry and must match it.

When a rule, its docstring or the generator changes, regenerate the file with either::

    QPPARSE_UPDATE_GOLDEN=1 python -m pytest tests/test_docs.py
    python -m qpparse.cli.docs

then read the diff of docs/rules.md before committing it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from qpparse.checks import RULES
from qpparse.cli.docs import all_rules, main, rules_markdown

RULES_MD = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def test_rules_md_is_current() -> None:
    expected = rules_markdown(all_rules())
    if os.environ.get("QPPARSE_UPDATE_GOLDEN") == "1":
        RULES_MD.parent.mkdir(exist_ok=True)
        RULES_MD.write_text(expected, encoding="utf-8")

    current = RULES_MD.read_text(encoding="utf-8") if RULES_MD.exists() else ""
    assert current == expected, (
        "docs/rules.md is stale: run `python -m qpparse.cli.docs` "
        "(or this test with QPPARSE_UPDATE_GOLDEN=1) and read the diff"
    )


def test_every_rule_has_a_section_with_its_code_name_severity_and_basis() -> None:
    text = rules_markdown(all_rules())

    for rule in RULES.values():
        section = text.split(f"\n## {rule.code} {rule.name}\n", 1)[1].split("\n## ", 1)[0]
        assert f"- Severity: {rule.severity}" in section
        assert "- Legal basis: " in section
        assert "### What it checks" in section


def test_index_links_point_at_sections() -> None:
    text = rules_markdown(all_rules())
    headings = {
        heading.lower().replace(" ", "-") for heading in re.findall(r"^## (.+)$", text, re.M)
    }

    links = re.findall(r"\]\(#([^)]+)\)", text)

    assert len(links) == len(RULES)
    assert set(links) <= headings


def test_check_mode_reports_a_stale_file(tmp_path: Path) -> None:
    target = tmp_path / "rules.md"
    target.write_text("old\n", encoding="utf-8")

    assert main(["--check", str(target)]) == 1
    assert main([str(target)]) == 0
    assert main(["--check", str(target)]) == 0
