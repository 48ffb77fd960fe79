"""Count boxes flattened column by column: their labels in a row, then their values in a row.

« Afférents au conseil municipal En exercice Qui ont pris part à la délibération 29 29 28 »: a
PDF table read column after column. Found on folded text, by the scan (no marker cuts a box)
and by the session's reader (what each figure counts).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from qpparse import lexicon
from qpparse.frenchtext import in_parentheses


@dataclass(frozen=True, slots=True)
class ColumnBox:
    """A box's place in the folded text (its first label to its last value) and its figures."""

    start: int
    end: int
    values: dict[str, int]


def column_boxes(folded: str) -> Iterator[ColumnBox]:
    """Each box of ``folded``: as many labels as values right before them, each a known label
    (a field named once, or one no field keeps: « Absents, excusés »)."""
    if lexicon.DIGIT.search(folded) is None:
        return
    for run in lexicon.VALUE_RUN.finditer(folded):
        found = [int(value) for value in run[0].replace(":", " ").split()]
        start = max(0, run.start() - lexicon.COLUMN_BOX_REACH)
        labels = [
            label
            for label in lexicon.COUNT_LABEL.finditer(folded, start, run.start())
            if not in_parentheses(folded, label.start())  # « (dont pouvoirs) »: a note
        ][-len(found) - 1 :]
        # One label more, if there is one: it must not belong to the box (one value short).
        if len(labels) > len(found) and _adjoin(folded, labels[0], labels[1].start()):
            continue
        labels = labels[-len(found) :]
        if len(labels) != len(found) or not _labels_adjoin(folded, labels, run.start()):
            continue
        fields = [count_field(label) for label in labels]
        counted = [field for field in fields if field]
        if counted and len(set(counted)) == len(counted):
            values = {field: value for field, value in zip(fields, found, strict=True) if field}
            yield ColumnBox(labels[0].start(), run.end(), values)


def column_box_pairs(folded: str) -> dict[str, int]:
    """« Afférents au conseil municipal En exercice Qui ont pris part à la délibération 29 29
    28 » → {"seats": 29, "in_office": 29, "voters": 28}: the first box's figures."""
    return next((box.values for box in column_boxes(folded)), {})


def count_field(match: regex.Match[str]) -> str | None:
    """The field a count label names (``lexicon.COUNT_LABELS``), ``None`` for one no field
    keeps."""
    if "l_prose" in match.re.groupindex and match["l_prose"]:
        return lexicon.PROSE_COUNT_FIELDS[match["l_prose"].split()[-1]]
    for index, (field, _) in enumerate(lexicon.COUNT_LABELS):
        if match[f"l{index}"]:
            return field
    return None


def _labels_adjoin(folded: str, labels: list[regex.Match[str]], end: int) -> bool:
    """Whether only a few words stand between each label and the next (the last: ``end``)."""
    ends = [label.start() for label in labels[1:]] + [end]
    return all(_adjoin(folded, label, stop) for label, stop in zip(labels, ends, strict=True))


def _adjoin(folded: str, label: regex.Match[str], end: int) -> bool:
    """Whether only a few words stand between ``label`` and ``end``."""
    return lexicon.LABEL_GAP.fullmatch(folded, label.end(), end) is not None
