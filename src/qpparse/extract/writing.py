"""Find how the text itself writes a phrase, so that names keep the document's spelling."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from qpparse.frenchtext import fold
from qpparse.normalise import TextLine


@dataclass
class _Index:
    """A document's lines folded once, with the answers already given for it.

    Every record of a bundle looks its header's phrases up in the whole document: folding every
    line again for each lookup made a bundle of N deliberations cost N² line folds.
    """

    lines: list[TextLine]
    folded: str = ""
    starts: list[int] = field(default_factory=list)
    answers: dict[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Lines never hold "\n": joined with it, a phrase found in ``folded`` lies in one line.
        self.folded = "\n".join(fold(line.text) for line in self.lines)
        position = 0
        for line in self.lines:
            self.starts.append(position)
            position += len(line.text) + 1

    def first_mixed_case(self, wanted: str) -> str | None:
        position = self.folded.find(wanted)
        while position >= 0:
            index = bisect.bisect_right(self.starts, position) - 1
            offset = position - self.starts[index]
            found = self.lines[index].text[offset : offset + len(wanted)]
            # A line whose folding changed its length (« œ » → « oe ») is misaligned: skip it.
            if not found.isupper() and fold(found) == wanted:
                return found
            # Only a line's first occurrence counts, as when each line was searched on its own.
            next_line = self.starts[index] + len(self.lines[index].text) + 1
            position = self.folded.find(wanted, next_line)
        return None


# The index of the document parsed last: one parse asks about the same lines many times. It is
# keyed by identity (the normalised lines are never changed after normalisation); a new document
# replaces it, so at most one document's index is kept.
_last: _Index | None = None


def written_form(phrase: str, lines: list[TextLine]) -> str | None:
    """The first mixed-case spelling of ``phrase`` in ``lines`` (accents and case as written).

    Headers are often in capitals without accents (« METROPOLE AIX-MARSEILLE-PROVENCE »); the
    body text usually writes the same words properly (« Métropole Aix-Marseille-Provence »).
    """
    global _last  # noqa: PLW0603 - a one-document cache, see _last
    wanted = fold(phrase)
    if not lines or "\n" in wanted:  # no line holds a line break
        return None
    index = _last
    if index is None or index.lines is not lines:
        index = _last = _Index(lines)
    if wanted not in index.answers:
        index.answers[wanted] = index.first_mixed_case(wanted)
    return index.answers[wanted]
