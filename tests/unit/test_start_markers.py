"""lexicon.START_MARKERS are joined into one pattern tried with ``match``: that answers for each
of them only if every alternative of each is anchored at the start of the line."""

from __future__ import annotations

import pytest

from qpparse import lexicon


def _top_level_alternatives(source: str) -> list[str]:
    """``source`` cut at the ``|`` outside groups, character classes and escapes."""
    alternatives, current, depth, in_class, escaped = [], [], 0, False, False
    for char in source:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append("".join(current))
            current = []
            continue
        current.append(char)
    return [*alternatives, "".join(current)]


@pytest.mark.parametrize("pattern", lexicon.START_MARKERS, ids=lambda p: p.pattern[:30])
def test_every_start_marker_is_anchored(pattern: lexicon.Pattern) -> None:
    assert all(part.startswith("^") for part in _top_level_alternatives(pattern.pattern))


def test_the_split_markers_are_their_parts() -> None:
    for whole, parts in (
        (lexicon.VOTE, (lexicon.VOTE_ANYWHERE, lexicon.VOTE_START)),
        (lexicon.OPENING, (lexicon.OPENING_ANYWHERE, lexicon.OPENING_START)),
        (lexicon.PROPOSER, (lexicon.PROPOSER_ANYWHERE, lexicon.PROPOSER_START)),
    ):
        assert whole.pattern == "|".join(part.pattern for part in parts)
