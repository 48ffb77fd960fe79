"""Identifiers shared by the exports: which deliberation a row or an object is about."""

from __future__ import annotations

from qpparse.model import Extract

# Stands for a source without a path (text given directly to the parser).
_NO_PATH = "-"


def extract_id(extract: Extract) -> str:
    """The deliberation number; without one, ``source path#record index`` (index 1 for a file
    holding a single deliberation), which is unique within a batch of files."""
    if extract.deliberation.number:
        return extract.deliberation.number
    index = extract.record.index if extract.record else 1
    return f"{extract.source.path or _NO_PATH}#{index}"
