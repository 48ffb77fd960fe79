"""Find how the text itself writes a phrase, so that names keep the document's spelling."""

from __future__ import annotations

from qpparse.frenchtext import fold
from qpparse.normalise import TextLine


def written_form(phrase: str, lines: list[TextLine]) -> str | None:
    """The first mixed-case spelling of ``phrase`` in ``lines`` (accents and case as written).

    Headers are often in capitals without accents (« METROPOLE AIX-MARSEILLE-PROVENCE »); the
    body text usually writes the same words properly (« Métropole Aix-Marseille-Provence »).
    """
    wanted = fold(phrase)
    for line in lines:
        position = fold(line.text).find(wanted)
        if position >= 0:
            found = line.text[position : position + len(wanted)]
            if not found.isupper():
                return found
    return None
