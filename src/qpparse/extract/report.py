"""Report: the proposer line, then the paragraphs of the « rapport »."""

from __future__ import annotations

from qpparse.segment import Section

from .draft import Draft


def extract(section: Section, draft: Draft) -> None:
    """The first line names who submits the report; every further line is a report paragraph."""
    first, *rest = section.lines
    draft.deliberation.proposer = first.text
    draft.claim("deliberation.proposer", first)
    for line in rest:
        draft.deliberation.report.append(line.text)
        draft.claim("deliberation.report", line)
