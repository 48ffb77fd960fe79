"""``--format sarif``: SARIF 2.1.0, the format code-scanning services (GitHub among them) ingest.

Every registered rule is listed in ``tool.driver.rules``, not only those that fired, so a viewer
can explain any code; results point at their rule by ``ruleId`` and ``ruleIndex``. A result
repeated by several deliberations of one file (same line, code and message) is listed once.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from qpparse.checks.report import Finding, Report, Severity

from .render_context import RenderContext, RuleInfo, distinct_findings, locatable
from .rule_docs import summary

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
LEVELS: dict[Severity, str] = {"error": "error", "warning": "warning", "info": "note"}


def rule_descriptor(rule: RuleInfo) -> dict[str, Any]:
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary(rule)},
        "fullDescription": {"text": rule.doc or summary(rule)},
        "help": {"text": rule.doc or summary(rule)},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
    }
    if rule.legal_basis:
        descriptor["properties"] = {"legal_basis": rule.legal_basis}
    return descriptor


def artifact_uri(path: str) -> str:
    """A URI reference for a path: relative paths stay relative (to the repository root)."""
    if PurePath(path).is_absolute():
        return Path(path).as_uri()
    return quote(PurePath(path).as_posix())


def location(finding: Finding, path: str | None) -> list[dict[str, Any]]:
    if not locatable(path):
        return []
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(path)}}
    if finding.line is not None:
        physical["region"] = {"startLine": finding.line}
    return [{"physicalLocation": physical}]


def result(finding: Finding, path: str | None, index: dict[str, int]) -> dict[str, Any]:
    entry: dict[str, Any] = {"ruleId": finding.code}
    if finding.code in index:
        entry["ruleIndex"] = index[finding.code]
    entry["level"] = LEVELS[finding.severity]
    entry["message"] = {"text": finding.message}
    locations = location(finding, path)
    if locations:
        entry["locations"] = locations
    return entry


def render(reports: Sequence[Report], context: RenderContext) -> str:
    rules = sorted(context.rules, key=lambda rule: rule.code)
    index = {rule.code: position for position, rule in enumerate(rules)}
    driver = {
        "name": "qpparse",
        "version": context.version,
        "rules": [rule_descriptor(rule) for rule in rules],
    }
    results = [result(finding, path, index) for path, finding in distinct_findings(reports)]
    document = {
        "$schema": SCHEMA_URI,
        "version": SARIF_VERSION,
        "runs": [{"tool": {"driver": driver}, "results": results}],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
