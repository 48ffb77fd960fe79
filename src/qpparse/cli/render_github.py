"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

The same annotation (path, line, code, message) is written once per file, however many
deliberations of a bundle report it.

Escaping follows the Actions toolkit: data escapes ``%``, CR and LF; property values also ``:``
and ``,`` (they separate properties). ``%`` goes first so the other escapes are not re-escaped.
"""

from __future__ import annotations

from collections.abc import Sequence

from qpparse.checks.report import Finding, Report

from .literal import visible
from .render_context import RenderContext, distinct_findings, locatable

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    # Line breaks are kept here (GitHub shows %0A as a new line); other controls are made visible.
    cleaned = visible(text, keep="\r\n")
    return cleaned.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, path: str | None) -> str:
    properties = []
    # An annotation on a file GitHub cannot find is dropped, so stdin gets none.
    if locatable(path):
        properties.append(f"file={escape_property(path)}")
        if finding.line is not None:
            properties.append(f"line={finding.line}")
    properties.append(f"title={escape_property(f'{finding.code} {finding.name}')}")
    command = COMMANDS[finding.severity]
    return f"::{command} {','.join(properties)}::{escape_data(finding.message)}"


def render(reports: Sequence[Report], context: RenderContext) -> str:
    return "".join(annotation(finding, path) + "\n" for path, finding in distinct_findings(reports))
