"""Signature: the formulas (« Certifié Conforme, », « Ainsi fait et délibéré les jour, mois et
an susdits. », « Pour extrait conforme », « Fait à Villebourg, le … »), the signatory's role
lines, then their name."""

from __future__ import annotations

from qpparse import lexicon
from qpparse.frenchtext import fold
from qpparse.model import Signature
from qpparse.names import parse_person
from qpparse.normalise import TextLine
from qpparse.segment import Section

from .draft import Draft


def extract(section: Section, draft: Draft) -> None:
    """Formula lines first, the name on the last line, role lines in between."""
    formulas, rest = _leading_formulas(section.lines)
    text = " ".join(line.text.rstrip(" ,") for line in formulas)
    signature = Signature(formula=text, line=formulas[0].number)
    for line in formulas:
        draft.claim("signature.formula", line)
    if rest:
        signatory = parse_person(rest[-1].text, rest[-1].number)
        if signatory is not None and signatory.family_name is not None:
            signature.signatory = signatory
            rest = rest[:-1]
    if rest:
        signature.role = " ".join(line.text for line in rest)
        for line in rest:
            draft.claim("signature.role", line)
    if signature.signatory is not None:
        draft.claim("signature.signatory", signature.signatory.line)
    draft.signature = signature


def _leading_formulas(lines: list[TextLine]) -> tuple[list[TextLine], list[TextLine]]:
    """The first line, and the formula lines right after it; then the other lines."""
    count = 1
    while count < len(lines) and _is_formula(lines[count].text):
        count += 1
    return lines[:count], lines[count:]


def _is_formula(text: str) -> bool:
    folded = fold(text)
    return bool(lexicon.SIGNATURE.match(folded) or lexicon.SIGNED_AT.match(folded))
