"""Asides: lines that may sit anywhere (page furniture, running headers, transmission stamps).

The segmenter sets them aside without ending the section they interrupt; here each is claimed:
the @CTES stamp into ``deliberation.actes_id``, other stamps as formulas, furniture as such.
"""

from __future__ import annotations

from qpparse import lexicon
from qpparse.frenchtext import fold, parse_compact_date
from qpparse.model import ActesId
from qpparse.normalise import TextLine

from .draft import Draft


def extract(asides: list[TextLine], draft: Draft) -> None:
    """Claim every aside line of a section."""
    for line in asides:
        folded = fold(line.text)
        actes = parse_actes_id(line.text, line.number)
        if actes is not None:
            draft.deliberation.actes_id = actes
            draft.claim("deliberation.actes_id", line)
        elif lexicon.STAMP.match(folded):
            draft.formula("stamp", line)
        else:
            draft.claim("furniture", line)


def parse_actes_id(text: str, line: int) -> ActesId | None:
    """« ID : 042-214200419-20200615-2020_31-DE » → its parts; ``None`` for anything else."""
    match = lexicon.ACTES_ID.match(fold(text))
    if match is None:
        return None

    def written(group: str) -> str:  # the parts as the stamp writes them (case kept)
        return text[match.start(group) : match.end(group)]

    return ActesId(
        department=written("department"),
        siren=written("siren"),
        date=parse_compact_date(written("date")),
        number=written("number"),
        nature=written("nature"),
        line=line,
    )
