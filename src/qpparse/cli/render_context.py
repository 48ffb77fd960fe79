"""What every renderer shares: the context it receives beside the reports, and the totals."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeGuard

from qpparse import __version__
from qpparse.checks.report import Finding, Report, Severity
from qpparse.model import Record

# The path reports carry for standard input (see inputs.py): no file a CI viewer could open.
STDIN_PATH = "<stdin>"


def locatable(path: str | None) -> TypeGuard[str]:
    """Whether a path names a file that annotations can point at."""
    return path is not None and path not in {"", STDIN_PATH}


class RuleInfo(Protocol):
    """What renderers read of a rule; :class:`qpparse.checks.registry.Rule` satisfies it."""

    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def severity(self) -> Severity: ...
    @property
    def legal_basis(self) -> str | None: ...
    @property
    def doc(self) -> str: ...


@dataclass(frozen=True, slots=True)
class RenderContext:
    """Everything a renderer may need beyond the reports themselves."""

    rules: Sequence[RuleInfo] = ()
    # records[i] places reports[i] in a file holding several deliberations (None: a single one).
    records: Sequence[Record | None] = ()
    lang: str = "en"
    color: bool = False
    version: str = __version__

    def record(self, position: int) -> Record | None:
        return self.records[position] if position < len(self.records) else None


def totals(reports: Sequence[Report]) -> dict[str, int]:
    """Files checked and findings by severity, in the key order of the JSON ``summary``.

    A file holding several deliberations gives several reports but counts as one file.
    """
    return {
        "files": len({report.path for report in reports}),
        "errors": sum(report.errors for report in reports),
        "warnings": sum(report.warnings for report in reports),
        "infos": sum(report.infos for report in reports),
    }


def distinct_findings(reports: Sequence[Report]) -> Iterator[tuple[str | None, Finding]]:
    """Each finding with its report's path, skipping repeats of one annotation within a file.

    The deliberations of a bundle are checked one by one, so a finding about the whole file
    (N inferred from the same lists) comes once per record, at the same line with the same
    message: a CI viewer placing annotations on the file shows it once.
    """
    seen: set[tuple[str | None, int | None, str, str]] = set()
    for report in reports:
        for finding in report.findings:
            key = (report.path, finding.line, finding.code, finding.message)
            if key not in seen:
                seen.add(key)
                yield report.path, finding
