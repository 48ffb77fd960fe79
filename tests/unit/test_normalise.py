"""Phrase tables for qpparse.normalise: residue of PDF, HTML and Markdown removed, and recorded."""

from __future__ import annotations

import itertools

import pytest

from qpparse.normalise import clean_line, normalise

# (raw line, cleaned line, kinds of the repairs recorded, in order)
LINES = [
    # markdown
    ("**Approbation de la Convention**", "Approbation de la Convention", ["markdown"]),
    ("Le **Bureau** de la Métropole", "Le Bureau de la Métropole", ["markdown"]),
    ("autour de la *Blue Economy*, avec", "autour de la Blue Economy, avec", ["markdown"]),
    ("*Blue Economy*", "Blue Economy", ["markdown"]),
    ("**", "", ["markdown"]),
    # bullets
    ("■ Approbation", "Approbation", ["bullet"]),
    (
        "■ **Approbation de la Convention Quartiers Productifs (2022/2024)**",
        "Approbation de la Convention Quartiers Productifs (2022/2024)",
        ["markdown", "bullet"],
    ),
    ("  ▪ point", "point", ["bullet"]),
    ("• point", "point", ["bullet"]),
    ("● point", "point", ["bullet"]),
    ("➢ point", "point", ["bullet"]),
    ("\uf0b7 1-1 Admissions", "1-1 Admissions", ["bullet"]),  # a Symbol font's bullet
    # HTML
    ("Ligne<br />suite", "Ligne suite", ["html"]),
    ("Ligne<br/>suite", "Ligne suite", ["html"]),
    ("Ligne<br>suite", "Ligne suite", ["html"]),
    ("<br />", "", ["html"]),
    ("<strong>VASSAL</strong>", "VASSAL", ["html"]),
    ("<p>Vu le Code</p>", "Vu le Code", ["html"]),
    ("VAS<strong>SAL</strong>", "VASSAL", ["html"]),
    ('<span class="x">Délibère</span>', "Délibère", ["html"]),
    # words an HTML extraction glued
    (
        "Madame Pascale GENDRON, Maire AdjointMonsieur Jean RYCHLICKI",
        "Madame Pascale GENDRON, Maire Adjoint Monsieur Jean RYCHLICKI",
        ["glued_words"],
    ),
    ("Maire AdjointAbsents excusés :", "Maire Adjoint Absents excusés :", ["glued_words"]),
    ("Délégués présents : 12Délégués", "Délégués présents : 12 Délégués", ["glued_words"]),
    ("DU 24 JUIN 2010L’an deux mille dix", "DU 24 JUIN 2010 L’an deux mille dix", ["glued_words"]),
    ("SAINT-GERMAIN-EN-LAYESiège :", "SAINT-GERMAIN-EN-LAYE Siège :", ["glued_words"]),
    ("Mairie de LauzacPROCES-VERBAL", "Mairie de Lauzac PROCES-VERBAL", ["glued_words"]),
    ("Hémicycle 1ermars 2017 – 20 h", "Hémicycle 1er mars 2017 – 20 h", ["glued_words"]),
    # … but words that are written so stay as they are
    ("les 1ers jours, le 1er mars", "les 1ers jours, le 1er mars", []),
    ("Délibération 2021NOV01 du 3 novembre", "Délibération 2021NOV01 du 3 novembre", []),
    ("le 1er mars, 2ème adjoint, XXème siècle", "le 1er mars, 2ème adjoint, XXème siècle", []),
    ("M. McDONALD et Mme DuPONT", "M. McDONALD et Mme DuPONT", []),
    ("Le Conseil Municipal, Monsieur le Maire", "Le Conseil Municipal, Monsieur le Maire", []),
    # spacing only: cleaned, not reported
    ("Madame\u00a0Martine\u00a0VASSAL", "Madame Martine VASSAL", []),
    ("10\u202fmars 2022", "10 mars 2022", []),
    ("a\u2009b", "a b", []),
    ("\u200bDélibère", "Délibère", []),
    ("\ufeffEXTRAIT", "EXTRAIT", []),
    ("Article 1\t:", "Article 1 :", []),
    ("  trop   d'espaces  ", "trop d'espaces", []),
    ("\u00a0\u00a0", "", []),
    # left alone
    (
        "- Le Code Général des Collectivités Territoriales ;",
        "- Le Code Général des Collectivités Territoriales ;",
        [],
    ),
    ("prix unitaire * quantité", "prix unitaire * quantité", []),
    ("note * voir annexe *", "note * voir annexe *", []),
    ("a < b et c > d", "a < b et c > d", []),
    ("Marseille Nord (13ème, 14ème)", "Marseille Nord (13ème, 14ème)", []),
    ("", "", []),
]


@pytest.mark.parametrize(("raw", "cleaned", "kinds"), LINES)
def test_clean_line(raw: str, cleaned: str, kinds: list[str]) -> None:
    text, steps = clean_line(raw)
    assert text == cleaned
    assert [kind for kind, _, _ in steps] == kinds
    if steps:
        # The repairs chain: each starts where the previous one ended, the last gives the line.
        assert steps[-1][2] == cleaned
        for (_, _, after), (_, before, _) in itertools.pairwise(steps):
            assert after == before


@pytest.mark.parametrize("raw", [raw for raw, _, _ in LINES])
def test_clean_line_is_idempotent(raw: str) -> None:
    once, _ = clean_line(raw)
    twice, steps = clean_line(once)
    assert twice == once
    assert steps == []


def test_normalise_keeps_line_numbers() -> None:
    text = "**\r\nVu\r\n\r\n- Le Code ;\rDélibère\n"
    lines, repairs = normalise(text)
    assert [(line.number, line.text) for line in lines] == [
        (1, ""),
        (2, "Vu"),
        (3, ""),
        (4, "- Le Code ;"),
        (5, "Délibère"),
    ]
    assert [(repair.line, repair.kind, repair.before, repair.after) for repair in repairs] == [
        (1, "markdown", "**", "")
    ]


def test_normalise_does_not_split_on_exotic_line_separators() -> None:
    """« \\u2028 », « \\x0c » are not line ends for qpparse: line numbers follow CR and LF only."""
    lines, _ = normalise("un\u2028deux\x0ctrois\nquatre")
    assert [line.number for line in lines] == [1, 2]


def test_a_bullet_the_text_writes_inside_its_lines_stays_at_a_line_start() -> None:
    """« ➢ Tarifs ➢ Subventions » wrapped so that a bullet starts a line: it parts entries, as
    inside the line, and stays (the text reads the same however its lines break); a bullet
    written only at line starts is a line's mark, taken off."""
    lines, repairs = normalise("Ordre du jour : ➢ Tarifs de la cantine\n➢ Subventions\n• Voirie")
    assert [line.text for line in lines] == [
        "Ordre du jour : ➢ Tarifs de la cantine",
        "➢ Subventions",
        "Voirie",
    ]
    assert [repair.kind for repair in repairs] == ["bullet"]
