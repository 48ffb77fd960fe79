"""``--format json`` (one document) and ``--format jsonl`` (one file record per line)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from qpparse.checks.report import Report
from qpparse.model import Record

from .render_context import RenderContext, totals

# Version of the shape below; it follows the rule stated in checks/report.py.
SCHEMA_VERSION = 1


def file_record(report: Report, record: Record | None = None) -> dict[str, Any]:
    """One extract: path, findings, quorum computation (``null`` if not assessed) and, in a file
    holding several deliberations, which one it is (``record``, else ``null``)."""
    return {
        "path": report.path,
        "findings": [finding.model_dump(mode="json") for finding in report.findings],
        "quorum": report.quorum.model_dump(mode="json") if report.quorum else None,
        "record": record.model_dump(mode="json") if record else None,
    }


def _records(reports: Sequence[Report], context: RenderContext) -> list[dict[str, Any]]:
    return [file_record(report, context.record(index)) for index, report in enumerate(reports)]


def render(reports: Sequence[Report], context: RenderContext) -> str:
    document = {
        "schema_version": SCHEMA_VERSION,
        "files": _records(reports, context),
        "summary": totals(reports),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def render_lines(reports: Sequence[Report], context: RenderContext) -> str:
    # No summary line: every line has the same shape, so `jq` or a loader reads them alike.
    return "".join(json.dumps(file_record(report), ensure_ascii=False) + "\n" for report in reports)
