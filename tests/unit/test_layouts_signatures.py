"""Signature blocks: the role and the signatory's name, on separate lines or on one."""

from __future__ import annotations

import pytest

import qpparse

BODY = "Séance du 3 mars 2022\nDÉCIDE :\nArticle 1 : Les tarifs sont approuvés.\nAdopté.\n"


@pytest.mark.parametrize(
    ("block", "role", "name"),
    [
        ("Pour extrait conforme,\nLe Maire,\nPaul MARTIN", "Le Maire", "Paul MARTIN"),
        ("Pour extrait conforme,\nLe Maire, Paul MARTIN", "Le Maire", "Paul MARTIN"),
        ("Certifié Conforme,\nLa Présidente, Mme Lucie ROUX", "La Présidente", "Lucie ROUX"),
        ("Pour extrait conforme,\nPaul MARTIN", None, "Paul MARTIN"),
        # No clear family name: the role stays, nobody is named.
        ("Pour extrait conforme,\nLe Maire, Paul Martin", "Le Maire, Paul Martin", None),
        ("Pour extrait conforme,\nLe Maire", "Le Maire", None),
    ],
)
def test_role_and_signatory(block: str, role: str | None, name: str | None) -> None:
    signature = qpparse.parse(BODY + block + "\n").signature
    assert signature is not None
    assert signature.role == role
    assert (signature.signatory.name if signature.signatory else None) == name


@pytest.mark.parametrize(
    ("block", "lines"),
    [
        # One line per part: each part's span on its own line.
        (
            "Pour extrait conforme,\nLe Maire,\nPaul MARTIN",
            {"signature.formula": (5, 5), "signature.role": (6, 6), "signature.signatory": (7, 7)},
        ),
        # Two formulas on two lines, the role and the name on a third: spans never overlap,
        # so the line goes to the role (the signatory's own ``line`` still names it).
        (
            "Ainsi fait et délibéré les jour, mois et an susdits.\nPour extrait conforme,\n"
            "Le Maire, Paul MARTIN",
            {"signature.formula": (5, 6), "signature.role": (7, 7)},
        ),
    ],
)
def test_each_part_of_the_block_has_its_span(block: str, lines: dict[str, tuple[int, int]]) -> None:
    spans = qpparse.parse(BODY + block + "\n").spans
    placed = {
        span.field: (span.line, span.end_line) for span in spans if span.field.startswith("sign")
    }
    assert placed == lines
