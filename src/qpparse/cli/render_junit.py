"""``--format junit``: JUnit XML, one ``<testcase>`` per file (per deliberation in a bundle) and one
``<failure>`` per error.

Warnings and infos go to the testcase's ``<system-out>``: CI dashboards show them without
failing the build. ElementTree does the XML escaping; :func:`xml_text` removes what XML 1.0
cannot hold at all (ESC and most other control characters).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from qpparse.checks.report import Finding, Report
from qpparse.model import Record

from .literal import xml_text
from .render_context import RenderContext

SUITE_NAME = "qpparse check"


def _where(finding: Finding, path: str) -> str:
    return f"{path}:{finding.line}" if finding.line is not None else path


def _describe(finding: Finding, path: str) -> str:
    text = f"{_where(finding, path)}: {finding.code} {finding.name} {finding.message}"
    return f"{text}\n({finding.legal_basis})" if finding.legal_basis else text


def _name(path: str, record: Record | None) -> str:
    return path if record is None else f"{path} ({record.index}/{record.count})"


def case_element(report: Report, record: Record | None) -> ET.Element:
    path = report.path or "<input>"
    case = ET.Element("testcase", classname="qpparse.check", name=xml_text(_name(path, record)))
    case.set("file", xml_text(path))
    others = []
    for finding in report.findings:
        if finding.severity == "error":
            failure = ET.SubElement(case, "failure", type=finding.code)
            failure.set("message", xml_text(f"{finding.code} {finding.name}: {finding.message}"))
            failure.text = xml_text(_describe(finding, path))
        else:
            others.append(f"{finding.severity}: {_describe(finding, path)}")
    if others:
        ET.SubElement(case, "system-out").text = xml_text("\n".join(others))
    return case


def render(reports: Sequence[Report], context: RenderContext) -> str:
    cases = [case_element(report, context.record(index)) for index, report in enumerate(reports)]
    failed = str(sum(1 for report in reports if report.errors))
    counts = {"tests": str(len(reports)), "failures": failed, "errors": "0", "skipped": "0"}
    root = ET.Element("testsuites", {"name": "qpparse", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": SUITE_NAME, **counts})
    suite.extend(cases)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
