"""Report: the proposer sentence, then the paragraphs of the « rapport »."""

from __future__ import annotations

from qpparse.segment import Section

from .draft import Draft


def extract(section: Section, draft: Draft) -> None:
    """The first sentence names who submits the report (a PDF may wrap it over several lines);
    every further sentence is a report paragraph."""
    first, *rest = section.sentences()
    draft.deliberation.proposer = first.text
    for line in first.lines:
        draft.claim("deliberation.proposer", line)
    for sentence in rest:
        draft.deliberation.report.append(sentence.text)
        for line in sentence.lines:
            draft.claim("deliberation.report", line)
