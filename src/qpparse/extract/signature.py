"""Signature: the formulas (« Certifié Conforme, », « Ainsi fait et délibéré les jour, mois et
an susdits. », « Pour extrait conforme », « Fait à Villebourg, le … »), the signatory's role
lines, then their name."""

from __future__ import annotations

from qpparse import lexicon
from qpparse.frenchtext import fold
from qpparse.model import Person, Signature
from qpparse.names import is_family_token, parse_person
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
    inline_role = None
    if rest:
        inline_role, signatory = split_role_and_name(rest[-1])
        if signatory is not None:
            signature.signatory = signatory
            rest = rest[:-1]
    roles = [line.text for line in rest] + ([inline_role] if inline_role else [])
    if roles:
        signature.role = " ".join(roles)
        for line in rest:
            draft.claim("signature.role", line)
    if signature.signatory is not None:
        draft.claim("signature.signatory", signature.signatory.line)
    draft.signature = signature


def split_role_and_name(line: TextLine) -> tuple[str | None, Person | None]:
    """« Le Maire, Paul MARTIN » → (« Le Maire », Paul MARTIN); « Paul MARTIN » → (None, …).

    The signatory is named only when the shape makes the family name clear.
    """
    head, comma, tail = line.text.rpartition(",")
    if comma and not any(is_family_token(word) for word in head.split()):
        person = parse_person(tail, line.number)
        if person is not None and person.family_name is not None:
            return head.strip(), person
    person = parse_person(line.text, line.number)
    return None, person if person is not None and person.family_name is not None else None


def _leading_formulas(lines: list[TextLine]) -> tuple[list[TextLine], list[TextLine]]:
    """The first line, and the formula lines right after it; then the other lines."""
    count = 1
    while count < len(lines) and _is_formula(lines[count].text):
        count += 1
    return lines[:count], lines[count:]


def _is_formula(text: str) -> bool:
    folded = fold(text)
    return bool(lexicon.SIGNATURE.match(folded) or lexicon.SIGNED_AT.match(folded))
