"""What the phrase tables share: each phrase is read as written and flattened to one line."""

from __future__ import annotations


def as_written_and_flat(text: str) -> tuple[str, str]:
    """``text`` as written, then with every line break and run of spaces made one space: line
    breaks are hints, so both must read the same."""
    return text, " ".join(text.split())
