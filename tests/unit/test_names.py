"""Phrase tables for qpparse.names: one name into its parts, and a written list into names.

The rule the parser follows: a family name is written in capitals; when the shape does not say
which word is which (all capitals, or all mixed case), given and family names stay empty and
``name`` keeps the text — silence rather than a guess.
"""

from __future__ import annotations

import pytest

from qpparse.names import Piece, is_family_token, parse_person, split_civility, split_list

# (text, name, given_name, family_name, civility)
PERSONS = [
    # civilities
    ("Madame Martine VASSAL", "Martine VASSAL", "Martine", "VASSAL", "Mme"),
    ("Monsieur Martial ALVAREZ", "Martial ALVAREZ", "Martial", "ALVAREZ", "M."),
    ("Mme Danielle MILON", "Danielle MILON", "Danielle", "MILON", "Mme"),
    ("M. Georges ROSSO", "Georges ROSSO", "Georges", "ROSSO", "M."),
    ("M Georges ROSSO", "Georges ROSSO", "Georges", "ROSSO", "M."),
    ("MADAME Catherine PILA", "Catherine PILA", "Catherine", "PILA", "Mme"),
    ("Mademoiselle Claire NOËL", "Claire NOËL", "Claire", "NOËL", "Mme"),
    ("Mlle Claire NOËL", "Claire NOËL", "Claire", "NOËL", "Mme"),
    ("Mr Paul ROUX", "Paul ROUX", "Paul", "ROUX", "M."),
    ("Mr. Paul ROUX", "Paul ROUX", "Paul", "ROUX", "M."),
    ("Martial ALVAREZ", "Martial ALVAREZ", "Martial", "ALVAREZ", None),
    # compound given names
    ("Jean-Pascal GOURNES", "Jean-Pascal GOURNES", "Jean-Pascal", "GOURNES", None),
    ("Mme Marie Hélène DURAND", "Marie Hélène DURAND", "Marie Hélène", "DURAND", "Mme"),
    ("Marie-Christine ROUX", "Marie-Christine ROUX", "Marie-Christine", "ROUX", None),
    ("Jean Marc Louis PETIT", "Jean Marc Louis PETIT", "Jean Marc Louis", "PETIT", None),
    # particles
    ("Lucien DE VAL", "Lucien DE VAL", "Lucien", "DE VAL", None),
    ("M. Lucien de VAL", "Lucien de VAL", "Lucien", "de VAL", "M."),
    ("Anne-Sophie D'ARTIGUES", "Anne-Sophie D'ARTIGUES", "Anne-Sophie", "D'ARTIGUES", None),
    ("Anne-Sophie D’ARTIGUES", "Anne-Sophie D’ARTIGUES", "Anne-Sophie", "D’ARTIGUES", None),
    ("Marco DEL FIORE", "Marco DEL FIORE", "Marco", "DEL FIORE", None),
    ("Jean de LA FONTAINE", "Jean de LA FONTAINE", "Jean", "de LA FONTAINE", None),
    ("M. Jean-Marc DE LA ROCHE", "Jean-Marc DE LA ROCHE", "Jean-Marc", "DE LA ROCHE", "M."),
    ("Pieter VAN DAM", "Pieter VAN DAM", "Pieter", "VAN DAM", None),
    # two-word and hyphenated family names
    ("Mireille BARTOLI MASSON", "Mireille BARTOLI MASSON", "Mireille", "BARTOLI MASSON", None),
    ("Éric LE DISSES", "Éric LE DISSES", "Éric", "LE DISSES", None),
    ("Éric LE GALLIC", "Éric LE GALLIC", "Éric", "LE GALLIC", None),
    ("Sophie BELLINI-AMARANTE", "Sophie BELLINI-AMARANTE", "Sophie", "BELLINI-AMARANTE", None),
    # family name first
    ("DURAND Jeanne", "Jeanne DURAND", "Jeanne", "DURAND", None),
    ("Mme DURAND Jeanne", "Jeanne DURAND", "Jeanne", "DURAND", "Mme"),
    (
        "MARTIN-DUPONT Jean-Pierre",
        "Jean-Pierre MARTIN-DUPONT",
        "Jean-Pierre",
        "MARTIN-DUPONT",
        None,
    ),
    ("LE DISSES Éric", "Éric LE DISSES", "Éric", "LE DISSES", None),
    ("M. de la VERNÈDE Marc", "Marc de la VERNÈDE", "Marc", "de la VERNÈDE", "M."),
    # accents as written, present or missing
    ("Gérard BRAMOULLE", "Gérard BRAMOULLE", "Gérard", "BRAMOULLE", None),
    ("Gerard GAZAY", "Gerard GAZAY", "Gerard", "GAZAY", None),
    ("René CASTELLÉ", "René CASTELLÉ", "René", "CASTELLÉ", None),
    ("Rene CASTELLE", "Rene CASTELLE", "Rene", "CASTELLE", None),
    ("Véronique MIQUELLY", "Véronique MIQUELLY", "Véronique", "MIQUELLY", None),
    # initials
    ("M. J.-P. MARTIN", "J.-P. MARTIN", "J.-P.", "MARTIN", "M."),
    # spacing
    ("  Madame   Martine   VASSAL  ", "Martine VASSAL", "Martine", "VASSAL", "Mme"),
    # ambiguous: all capitals, or all mixed case → no parts (prefer silence)
    ("JEANNE DURAND", "JEANNE DURAND", None, None, None),
    ("M. JEAN DURAND", "JEAN DURAND", None, None, "M."),
    ("Jeanne Durand", "Jeanne Durand", None, None, None),
    ("Madame Jeanne Durand", "Jeanne Durand", None, None, "Mme"),
    ("Mme VASSAL", "VASSAL", None, None, "Mme"),
    ("VASSAL", "VASSAL", None, None, None),
    ("Paul MARTIN Lucie ROUX", "Paul MARTIN Lucie ROUX", None, None, None),
]


@pytest.mark.parametrize(("text", "name", "given", "family", "civility"), PERSONS)
def test_parse_person(
    text: str, name: str, given: str | None, family: str | None, civility: str | None
) -> None:
    person = parse_person(text, 12)
    assert person is not None
    assert (person.name, person.given_name, person.family_name, person.civility) == (
        name,
        given,
        family,
        civility,
    )
    assert person.line == 12


@pytest.mark.parametrize("text", ["", "   ", "-", " - ; ", "1234", "12/03", "(2022/2024)"])
def test_parse_person_none(text: str) -> None:
    assert parse_person(text, 1) is None


@pytest.mark.parametrize(
    ("text", "civility", "rest"),
    [
        ("Madame Martine VASSAL", "Mme", "Martine VASSAL"),
        ("MONSIEUR Paul ROUX", "M.", "Paul ROUX"),
        ("M. Paul ROUX", "M.", "Paul ROUX"),
        ("M Paul ROUX", "M.", "Paul ROUX"),
        ("Mme Lucie ROUX", "Mme", "Lucie ROUX"),
        ("Martine VASSAL", None, "Martine VASSAL"),
        ("Marie ROUX", None, "Marie ROUX"),  # « Ma… » is not « Madame »
        ("Mmeline ROUX", None, "Mmeline ROUX"),
        ("MARTIN Paul", None, "MARTIN Paul"),  # « M… » is not « M. »
    ],
)
def test_split_civility(text: str, civility: str | None, rest: str) -> None:
    assert split_civility(text) == (civility, rest)


@pytest.mark.parametrize(
    ("token", "family"),
    [
        ("VASSAL", True),
        ("D'ARTIGUES", True),
        ("BELLINI-AMARANTE", True),
        ("NOËL", True),
        ("Martine", False),
        ("J.-P.", False),
        ("A.", False),
        ("X", False),
        ("de", False),
    ],
)
def test_is_family_token(token: str, family: bool) -> None:
    assert is_family_token(token) is family


def _split(*lines: str, first: int = 1) -> list[tuple[str, int]]:
    pieces = [Piece(text, number) for number, text in enumerate(lines, start=first)]
    return [(piece.text, piece.line) for piece in split_list(pieces)]


# (lines of a list, (name, line) expected)
LISTS = [
    (
        ["Martial ALVAREZ - Christian AMIRATY - Yves VIDAL."],
        [("Martial ALVAREZ", 1), ("Christian AMIRATY", 1), ("Yves VIDAL", 1)],
    ),
    (
        ["Jean DUPONT, Marie ROUX, Paul MARTIN"],
        [("Jean DUPONT", 1), ("Marie ROUX", 1), ("Paul MARTIN", 1)],
    ),
    (
        ["Jean DUPONT ; Marie ROUX ; Paul MARTIN ;"],
        [("Jean DUPONT", 1), ("Marie ROUX", 1), ("Paul MARTIN", 1)],
    ),
    (
        ["Jean DUPONT;Marie ROUX"],
        [("Jean DUPONT", 1), ("Marie ROUX", 1)],
    ),
    (
        ["Jean DUPONT – Marie ROUX — Paul MARTIN"],
        [("Jean DUPONT", 1), ("Marie ROUX", 1), ("Paul MARTIN", 1)],
    ),
    (
        ["Jean DUPONT -- Marie ROUX"],
        [("Jean DUPONT", 1), ("Marie ROUX", 1)],
    ),
    # hyphens inside names are not separators
    (
        ["Jean-Pascal GOURNES - Anne-Sophie D'ARTIGUES - Sophie BELLINI-AMARANTE."],
        [("Jean-Pascal GOURNES", 1), ("Anne-Sophie D'ARTIGUES", 1), ("Sophie BELLINI-AMARANTE", 1)],
    ),
    # one name per line, with list punctuation
    (
        ["M. Paul MARTIN,", "Mme Lucie ROUX,", "M. Jean DUPONT."],
        [("M. Paul MARTIN", 1), ("Mme Lucie ROUX", 2), ("M. Jean DUPONT", 3)],
    ),
    # a list running over several lines, separators at either end of a line
    (
        ["Martial ALVAREZ - Christian AMIRATY -", "Philippe ARDHUIN - David GALTIER"],
        [
            ("Martial ALVAREZ", 1),
            ("Christian AMIRATY", 1),
            ("Philippe ARDHUIN", 2),
            ("David GALTIER", 2),
        ],
    ),
    (
        ["Martial ALVAREZ - Christian AMIRATY", "- Philippe ARDHUIN."],
        [("Martial ALVAREZ", 1), ("Christian AMIRATY", 1), ("Philippe ARDHUIN", 2)],
    ),
    # a name wrapped across two lines keeps the line it starts on
    (
        ["Jean DUPONT - Marie", "ROUX - Paul MARTIN."],
        [("Jean DUPONT", 1), ("Marie ROUX", 1), ("Paul MARTIN", 2)],
    ),
    (
        ["Martial ALVAREZ - Philippe", "ARDHUIN"],
        [("Martial ALVAREZ", 1), ("Philippe ARDHUIN", 1)],
    ),
    # final period and trailing spaces
    (["Yves VIDAL.  "], [("Yves VIDAL", 1)]),
    (["Yves VIDAL ;"], [("Yves VIDAL", 1)]),
    # proxies keep their « représenté par » for the attendance extractor
    (
        [
            "Roland GIBERTI représenté par Gerard GAZAY - "
            "Nicolas ISNARD représenté par Didier KHELFA."
        ],
        [
            ("Roland GIBERTI représenté par Gerard GAZAY", 1),
            ("Nicolas ISNARD représenté par Didier KHELFA", 1),
        ],
    ),
]


@pytest.mark.parametrize(("lines", "expected"), LISTS)
def test_split_list(lines: list[str], expected: list[tuple[str, int]]) -> None:
    assert _split(*lines) == expected


def test_split_list_keeps_the_input_line_numbers() -> None:
    assert _split("Martial ALVAREZ - Christian", "AMIRATY - Yves VIDAL.", first=11) == [
        ("Martial ALVAREZ", 11),
        ("Christian AMIRATY", 11),
        ("Yves VIDAL", 12),
    ]


def test_split_list_of_nothing() -> None:
    assert _split(" . ") == []
    assert split_list([]) == []


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Luc BLANC 1er Adjoint", "Luc BLANC", "1er Adjoint"),
        ("VASSEUR Marie 1 ère adjointe", "Marie VASSEUR", "1 ère adjointe"),
        ("CABIANCA Thierry 2ème adjoint", "Thierry CABIANCA", "2ème adjoint"),
        ("Paul ROUX Maire", "Paul ROUX", "Maire"),
    ],
)
def test_an_office_after_the_name_takes_its_ordinal(text: str, name: str, role: str) -> None:
    """« 1er Adjoint », « 1 ère adjointe »: the ordinal written before the office is the
    office's, never a word of the name."""
    person = parse_person(text, 1)
    assert person is not None
    assert (person.name, person.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "name", "note"),
    [
        ("Luc BLANC arrivé au point 3", "Luc BLANC", "arrivé au point 3"),
        ("M. Luc BLANC partie à 21 h 30", "Luc BLANC", "partie à 21 h 30"),
        ("ROUX Paul a quitté la séance au point 5", "Paul ROUX", "a quitté la séance au point 5"),
    ],
)
def test_a_timing_note_after_the_name_is_a_note(text: str, name: str, note: str) -> None:
    """A note on the member's time, written after the name with no parentheses."""
    person = parse_person(text, 1)
    assert person is not None
    assert (person.name, person.notes) == (name, [note])
