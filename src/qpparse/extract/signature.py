"""Signature: « Certifié Conforme, », the signatory's role lines, then their name."""

from __future__ import annotations

from qpparse.model import Signature
from qpparse.names import parse_person
from qpparse.segment import Section

from .draft import Draft


def extract(section: Section, draft: Draft) -> None:
    """Formula on the first line, the name on the last, role lines in between."""
    first, *rest = section.lines
    signature = Signature(formula=first.text.rstrip(" ,"), line=first.number)
    draft.claim("signature.formula", first)
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
