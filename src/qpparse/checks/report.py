"""What a check run returns: findings, the quorum computation, and the report around them.

These models are public (``qpparse check --format json``): codes, names and keys never change
without a ``schema_version`` bump.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Severity = Literal["error", "warning", "info"]
InOfficeSource = Literal["declared", "option", "inferred"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Finding(_Model):
    """One problem found in an extract, pointing at the line it concerns."""

    code: str = Field(pattern=r"^QP\d{3}$")
    name: str
    severity: Severity
    message: str
    line: int | None = None
    legal_basis: str | None = None


class QuorumComputation(_Model):
    """How the quorum was assessed: shown to the clerk in full, never just a verdict."""

    in_office: int | None = Field(description="N, members in office.")
    in_office_source: InOfficeSource | None = Field(
        description="declared in the text, given with --in-office, or inferred from the lists."
    )
    regime: str = Field(description="Rule set in force on the session date, e.g. covid-p4.")
    regime_label: str
    legal_basis: str
    threshold: int | None = Field(description="Members needed; None when N is unknown.")
    present: int
    represented: int
    counted: int = Field(description="Members counted towards the quorum under the regime.")
    reached: bool | None = Field(description="None when N is unknown.")


class Report(_Model):
    """The findings for one extract."""

    path: str | None = None
    findings: list[Finding] = Field(default_factory=list)
    quorum: QuorumComputation | None = None

    def count(self, severity: Severity) -> int:
        return sum(1 for finding in self.findings if finding.severity == severity)

    @property
    def errors(self) -> int:
        return self.count("error")

    @property
    def warnings(self) -> int:
        return self.count("warning")

    @property
    def infos(self) -> int:
        return self.count("info")
