"""Phrase tables for the name shapes of the field guide (formats.md §4, §5, §9).

Every name here is invented; only the shapes are those met in published extracts. The rule the
parser follows: a family name is written in capitals; when the shape does not say which word is
which, given and family names stay empty (silence rather than a guess).
"""

from __future__ import annotations

import time

import pytest

from qpparse.names import (
    Piece,
    is_family_token,
    parse_person,
    split_civility,
    split_glued,
    split_names,
    split_title,
    strip_list_marks,
)

# (text, name, given_name, family_name, civility)
# Shapes beyond the foundation table of test_names.py (rows there are not repeated here).
SHAPES = [
    # orders
    ("Jeanne DURAND", "Jeanne DURAND", "Jeanne", "DURAND", None),
    ("DURAND", "DURAND", None, None, None),
    ("M. DURAND", "DURAND", None, None, "M."),
    # initials
    ("J.-P. DURAND", "J.-P. DURAND", "J.-P.", "DURAND", None),
    ("DURAND J.P.", "J.P. DURAND", "J.P.", "DURAND", None),
    ("DURAND J.", "J. DURAND", "J.", "DURAND", None),
    ("DURAND.J", "DURAND.J", "J.", "DURAND", None),
    ("Mme DURAND.J", "DURAND.J", "J.", "DURAND", "Mme"),
    # all capitals and mixed case: which word is the family name is not written → silence
    ("Mme Jeanne Durand", "Jeanne Durand", None, None, "Mme"),
    # compound given names, particles, two-word family names
    ("Jean-Pierre FALCONE", "Jean-Pierre FALCONE", "Jean-Pierre", "FALCONE", None),
    ("Marie Hélène TARDIF", "Marie Hélène TARDIF", "Marie Hélène", "TARDIF", None),
    (
        "Anne-Sophie D'ARTIGUES D'OLLIÈRES",
        "Anne-Sophie D'ARTIGUES D'OLLIÈRES",
        "Anne-Sophie",
        "D'ARTIGUES D'OLLIÈRES",
        None,
    ),
    ("Lucien de VAL", "Lucien de VAL", "Lucien", "de VAL", None),
    ("BARTOLI MASSON Mireille", "Mireille BARTOLI MASSON", "Mireille", "BARTOLI MASSON", None),
    # accents come and go; a lower-case accented letter inside capitals
    ("Karim BENSAïD", "Karim BENSAïD", "Karim", "BENSAïD", None),
    ("BENSAïD Karim", "Karim BENSAïD", "Karim", "BENSAïD", None),
    # civilities: single, without dot, split, young lady, in words, glued
    ("M. Paul MARTIN", "Paul MARTIN", "Paul", "MARTIN", "M."),
    ("M Paul MARTIN", "Paul MARTIN", "Paul", "MARTIN", "M."),
    ("Mme Lucie ROUX", "Lucie ROUX", "Lucie", "ROUX", "Mme"),
    ("M me Lucie ROUX", "Lucie ROUX", "Lucie", "ROUX", "Mme"),
    ("Mlle Lucie ROUX", "Lucie ROUX", "Lucie", "ROUX", "Mme"),
    ("Melle Lucie ROUX", "Lucie ROUX", "Lucie", "ROUX", "Mme"),
    ("Monsieur Paul MARTIN", "Paul MARTIN", "Paul", "MARTIN", "M."),
    ("Madame Lucie ROUX", "Lucie ROUX", "Lucie", "ROUX", "Mme"),
    ("M.MARTIN", "MARTIN", None, None, "M."),
    # grouped civilities give the civility of the group
    ("MM. DURAND", "DURAND", None, None, "M."),
    ("Mmes ROUX", "ROUX", None, None, "Mme"),
    ("Mesdames Anne NOIR", "Anne NOIR", "Anne", "NOIR", "Mme"),
    ("Messieurs Marc BRUNO", "Marc BRUNO", "Marc", "BRUNO", "M."),
    # numbered lists: the number is dropped
    ("11. DURAND Jeanne", "Jeanne DURAND", "Jeanne", "DURAND", None),
    ("3) Paul MARTIN", "Paul MARTIN", "Paul", "MARTIN", None),
    ("12 - Lucie ROUX", "Lucie ROUX", "Lucie", "ROUX", None),
    # list punctuation
    ("Paul MARTIN.", "Paul MARTIN", "Paul", "MARTIN", None),
    ("Paul MARTIN ;", "Paul MARTIN", "Paul", "MARTIN", None),
]


@pytest.mark.parametrize(("text", "name", "given", "family", "civility"), SHAPES)
def test_name_shapes(
    text: str, name: str, given: str | None, family: str | None, civility: str | None
) -> None:
    person = parse_person(text, 7)
    assert person is not None
    assert (person.name, person.given_name, person.family_name, person.civility) == (
        name,
        given,
        family,
        civility,
    )
    assert person.line == 7


# (text, role, notes, substitute_for): what is moved out of the name.
ANNOTATIONS = [
    ("Paul MARTIN, Maire", "Maire", [], None),
    ("Paul MARTIN, 1er Adjoint", "1er Adjoint", [], None),
    ("Paul MARTIN, Conseillers Municipaux", "Conseillers Municipaux", [], None),
    ("Lucie ROUX (Vice-Présidente)", "Vice-Présidente", [], None),
    (
        "M. Hugo LAMBERT (Délégué titulaire de VILLEBOURG)",
        "Délégué titulaire de VILLEBOURG",
        [],
        None,
    ),
    ("Mme Inès MORIN (suppléante de M. Yves TOURNIER)", "suppléante", [], "Yves TOURNIER"),
    ("M. Rémi PONS (suppléant de Mme Léa GIRARD)", "suppléant", [], "Léa GIRARD"),
    ("M. Rémi PONS (remplace M. Yves TOURNIER)", None, [], "Yves TOURNIER"),
    ("M. Rémi PONS (en remplacement de M. Yves TOURNIER)", None, [], "Yves TOURNIER"),
    ("Marc NOVAK (arrivée au point 4)", None, ["arrivée au point 4"], None),
    ("Marc NOVAK (à partir de 10 h 35)", None, ["à partir de 10 h 35"], None),
    ("Marc NOVAK (jusqu'à 18 heures 05)", None, ["jusqu'à 18 heures 05"], None),
    (
        "Marc NOVAK (arrivée au point 4, départ au point 9)",
        None,
        ["arrivée au point 4, départ au point 9"],
        None,
    ),
    ("Marc NOVAK (excusé)", None, ["excusé"], None),
    ("Marc NOVAK (Maire) (arrivée à 18 h 40)", "Maire", ["arrivée à 18 h 40"], None),
    ("Marc NOVAK (arrivée au point 4", None, ["arrivée au point 4"], None),
    ("Maître Anne ROCHE", None, ["Maître"], None),
    ("Docteur Anne ROCHE", None, ["Docteur"], None),
]


@pytest.mark.parametrize(("text", "role", "notes", "substitute_for"), ANNOTATIONS)
def test_annotations_leave_the_name(
    text: str, role: str | None, notes: list[str], substitute_for: str | None
) -> None:
    person = parse_person(text, 1)
    assert person is not None
    assert person.family_name in {"MARTIN", "ROUX", "LAMBERT", "MORIN", "PONS", "NOVAK", "ROCHE"}
    assert (person.role, person.notes, person.substitute_for) == (role, notes, substitute_for)
    assert person.civility in {"Mme", "M.", None}  # a title never becomes a civility


@pytest.mark.parametrize(
    "text",
    [
        *("", "   ", "12.", "—", "néant", "Secrétaire de séance : Mme Lucie ROUX", "x" * 400),
        "Délégués de la",  # a heading cut before its collectivity: a particle ends it
        *("Monsieur", "Mme", "M.", "MM."),  # a civility its comma parted from the name
    ],
)
def test_not_a_name(text: str) -> None:
    assert parse_person(text, 1) is None


@pytest.mark.parametrize(
    ("text", "civility", "rest"),
    [
        ("M me Lucie ROUX", "Mme", "Lucie ROUX"),
        ("MM. DURAND", "M.", "DURAND"),
        ("Mesdames A", "Mme", "A"),
        ("M.DURAND", "M.", "DURAND"),
        ("Marc BRUNO", None, "Marc BRUNO"),
        ("Maître Anne ROCHE", None, "Maître Anne ROCHE"),
    ],
)
def test_split_civility_shapes(text: str, civility: str | None, rest: str) -> None:
    assert split_civility(text) == (civility, rest)


def test_split_title() -> None:
    assert split_title("Maître Anne ROCHE") == ("Maître", "Anne ROCHE")
    assert split_title("Anne ROCHE") == (None, "Anne ROCHE")


@pytest.mark.parametrize(
    ("token", "family"),
    [("BENSAïD", True), ("GARCíA", True), ("René", False), ("Ab", False), ("J.P.", False)],
)
def test_family_token_with_a_case_slip(token: str, family: bool) -> None:
    assert is_family_token(token) is family


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("11. DURAND Jeanne", "DURAND Jeanne"),
        ("DURAND J.P.", "DURAND J.P."),
        ("- Yves VIDAL.", "Yves VIDAL"),
    ],
)
def test_strip_list_marks(text: str, stripped: str) -> None:
    assert strip_list_marks(text) == stripped


# --- Separators (§5) -----------------------------------------------------------------------------


def _split(*lines: str) -> list[str]:
    pieces = [Piece(text, number) for number, text in enumerate(lines, start=1)]
    return [piece.text for piece in split_names(pieces)[0]]


SEPARATORS = [
    (["Paul MARTIN - Lucie ROUX - Marc BRUNO."], ["Paul MARTIN", "Lucie ROUX", "Marc BRUNO"]),
    (["Paul MARTIN, Lucie ROUX, Marc BRUNO"], ["Paul MARTIN", "Lucie ROUX", "Marc BRUNO"]),
    (["Paul MARTIN ; Lucie ROUX ; Marc BRUNO ;"], ["Paul MARTIN", "Lucie ROUX", "Marc BRUNO"]),
    (["Paul MARTIN – Lucie ROUX – Marc BRUNO"], ["Paul MARTIN", "Lucie ROUX", "Marc BRUNO"]),
    (["Paul MARTIN--Lucie ROUX -- Marc BRUNO"], ["Paul MARTIN", "Lucie ROUX", "Marc BRUNO"]),
    (["Paul MARTIN, Lucie ROUX et Marc BRUNO"], ["Paul MARTIN", "Lucie ROUX", "Marc BRUNO"]),
    (["MARTIN, ROUX ET BRUNO"], ["MARTIN", "ROUX", "BRUNO"]),
    (["Mesdames A, B et C, et Messieurs D, E"], ["Mesdames A", "B", "C", "Messieurs D", "E"]),
    # one name per line, with or without punctuation, with bullets
    (
        ["M. Paul MARTIN", "Mme Lucie ROUX", "M. Marc BRUNO"],
        ["M. Paul MARTIN", "Mme Lucie ROUX", "M. Marc BRUNO"],
    ),
    (["DURAND Jeanne", "MARTIN Paul"], ["DURAND Jeanne", "MARTIN Paul"]),
    (["Jeanne Durand", "Paul Martin"], ["Jeanne Durand", "Paul Martin"]),
    (["- Paul MARTIN", "- Lucie ROUX"], ["Paul MARTIN", "Lucie ROUX"]),
    # numbered lists, numbers on the names or drifted between them
    (["11. DURAND Jeanne", "12. MARTIN Paul"], ["11. DURAND Jeanne", "12. MARTIN Paul"]),
    (["DURAND Jeanne 12. MARTIN Paul"], ["DURAND Jeanne", "MARTIN Paul"]),
    # separators inside parentheses belong to the annotation
    (
        ["Marc NOVAK (arrivée au point 4, départ au point 9) - Lucie ROUX"],
        ["Marc NOVAK (arrivée au point 4, départ au point 9)", "Lucie ROUX"],
    ),
    (
        ["Marc NOVAK (arrivée", "au point 4) - Lucie ROUX"],
        ["Marc NOVAK (arrivée au point 4)", "Lucie ROUX"],
    ),
]


@pytest.mark.parametrize(("lines", "names"), SEPARATORS)
def test_separators(lines: list[str], names: list[str]) -> None:
    assert _split(*lines) == names


# --- Artefacts (§9): every repair is reported ---------------------------------------------------

# (lines, names, (line, kind, before, after) of each repair)
ARTEFACTS = [
    (
        ["Marie- Christine ROUX - Jean- Claude PONS"],
        ["Marie-Christine ROUX", "Jean-Claude PONS"],
        [
            (1, "name-hyphen-space", "Marie- Christine ROUX", "Marie-Christine ROUX"),
            (1, "name-hyphen-space", "Jean- Claude PONS", "Jean-Claude PONS"),
        ],
    ),
    (
        ["Paul MARTIN - Philippe", "ARNAUDIN - Lucie ROUX"],
        ["Paul MARTIN", "Philippe ARNAUDIN", "Lucie ROUX"],
        [(1, "name-wrap", "Philippe\nARNAUDIN", "Philippe ARNAUDIN")],
    ),
    (
        ["Paul MARTIN - Jean-", "Pascal GOURNIER"],
        ["Paul MARTIN", "Jean-Pascal GOURNIER"],
        [(1, "name-hyphen-wrap", "Jean-\nPascal", "Jean-Pascal")],
    ),
    (
        ["Sophie BELLINI-", "AMARANTE - Paul MARTIN"],
        ["Sophie BELLINI-AMARANTE", "Paul MARTIN"],
        [(1, "name-hyphen-wrap", "BELLINI-\nAMARANTE", "BELLINI-AMARANTE")],
    ),
    (
        ["Paul MARTIN, M.", "Marc BRUNO"],
        ["Paul MARTIN", "M. Marc BRUNO"],
        [(1, "name-wrap", "M.\nMarc", "M. Marc")],
    ),
    # a lost hyphen is never invented
    (["JeanClaude PONS"], ["JeanClaude PONS"], []),
]


@pytest.mark.parametrize(("lines", "names", "repairs"), ARTEFACTS)
def test_artefacts_are_repaired_and_reported(
    lines: list[str], names: list[str], repairs: list[tuple[int, str, str, str]]
) -> None:
    pieces = [Piece(text, number) for number, text in enumerate(lines, start=1)]
    split, reported = split_names(pieces)
    assert [piece.text for piece in split] == names
    assert [(r.line, r.kind, r.before, r.after) for r in reported] == repairs


def test_a_wrapped_name_keeps_the_line_it_starts_on() -> None:
    pieces = [Piece("Paul MARTIN - Philippe", 20), Piece("ARNAUDIN - Lucie ROUX", 21)]
    assert [(p.text, p.line) for p in split_names(pieces)[0]] == [
        ("Paul MARTIN", 20),
        ("Philippe ARNAUDIN", 20),
        ("Lucie ROUX", 21),
    ]


# (item, parts): separators lost at a line join
GLUED = [
    ("Paul MARTIN Lucie ROUX", ["Paul MARTIN", "Lucie ROUX"]),
    ("Paul MARTIN Lucie ROUX Marc BRUNO", ["Paul MARTIN", "Lucie ROUX", "Marc BRUNO"]),
    ("Jean-Pierre DE VAL Anne-Sophie BELLINI", ["Jean-Pierre DE VAL", "Anne-Sophie BELLINI"]),
    ("M. Pierre ARNAUDM. Joseph BLANC", ["M. Pierre ARNAUD", "M. Joseph BLANC"]),
    ("M. Pierre ARNAUD Mme Lucie ROUX", ["M. Pierre ARNAUD", "Mme Lucie ROUX"]),
    # family name first, from the first word on (a one-per-line list flattened)
    ("DURAND Jeanne MARTIN Paul", ["DURAND Jeanne", "MARTIN Paul"]),
    ("MARTELLI Vincent NOGARET J.-P.", ["MARTELLI Vincent", "NOGARET J.-P."]),
    # column headings in capitals, too many words for a name, then names given name first
    (
        "VILLEBOURG AUBAC SAINT-LAURS LE PIN LA ROCHE MONTAUT BAZAS LE TEMPLE Paul MARTIN "
        "Lucie ROUX Marc BRUNO",
        [
            "VILLEBOURG AUBAC SAINT-LAURS LE PIN LA ROCHE MONTAUT BAZAS LE TEMPLE",
            "Paul MARTIN",
            "Lucie ROUX",
            "Marc BRUNO",
        ],
    ),
    # a last note whose end was cut off
    (
        "M. DURAND Jean- Paul (Villebourg) M. ROUX Marc (Le Vilhain",
        ["M. DURAND Jean- Paul (Villebourg)", "M. ROUX Marc (Le Vilhain"],
    ),
    # a civility written last is an initial (family names first)
    ("MEYNIER M.", ["MEYNIER M."]),
    # family name first, each member followed by a role: cut after the role
    (
        "LE GALL Paul Maire de VILLEBOURG ROUX Lucie Adjointe au Maire de BAIN DE LAUZE "
        "DE LA TOUR Anne Maire",
        [
            "LE GALL Paul Maire de VILLEBOURG",
            "ROUX Lucie Adjointe au Maire de BAIN DE LAUZE",
            "DE LA TOUR Anne Maire",
        ],
    ),
    ("DURAND Jeanne Maire de VILLEBOURG", ["DURAND Jeanne Maire de VILLEBOURG"]),
    # ambiguous or whole: left as written
    ("ROCHE MONTAUT Paul MARTIN Lucie ROUX", ["ROCHE MONTAUT Paul MARTIN Lucie ROUX"]),
    ("DURAND Jeanne MARTIN", ["DURAND Jeanne MARTIN"]),
    ("Mireille BARTOLI MASSON", ["Mireille BARTOLI MASSON"]),
    ("Jean Marc PETIT", ["Jean Marc PETIT"]),
    # a period between two names is read as a lost separator: « ADAM. » keeps its dot
    ("Paul ADAM. Joseph BLANC", ["Paul ADAM.", "Joseph BLANC"]),
    # an item led by a civility: each civility after a whole name starts the next, any case
    (
        "M. Andral Gaston M. Carles Jean-Marie Mme Rives Léa",
        ["M. Andral Gaston", "M. Carles Jean-Marie", "Mme Rives Léa"],
    ),
    ("Mme Lucie Petit Madame Anne Roux", ["Mme Lucie Petit", "Madame Anne Roux"]),
    # a civility right after another's single word is no new member
    ("M. Andral M. Carles", ["M. Andral M. Carles"]),
    # between civility-led members, « M » without its full stop before a family name is one
    ("M. SOL M. ROUX M PONS M. GRIS", ["M. SOL", "M. ROUX", "M PONS", "M. GRIS"]),
    # not when the item is not led by a civility, nor at its end (an initial)
    ("Paul ROUX M PONS", ["Paul ROUX M PONS"]),
    ("M. ROUX M", ["M. ROUX M"]),
]


@pytest.mark.parametrize(("item", "parts"), GLUED)
def test_glued_names(item: str, parts: list[str]) -> None:
    split, repair = split_glued(Piece(item, 4))
    assert [piece.text for piece in split] == parts
    assert (repair is not None) is (len(parts) > 1)
    if repair is not None:
        assert (repair.line, repair.kind, repair.before) == (4, "name-separator", item)


@pytest.mark.parametrize(
    "text",
    [
        "Paul MARTIN - " * 100_000,
        "(" * 100_000 + "x",
        "Jean- " * 100_000,
        "Paul MARTIN " * 90_000,
        "A, " * 100_000,
    ],
)
def test_hostile_lists_stay_fast(text: str) -> None:
    started = time.monotonic()
    names, _ = split_names([Piece(text, 1)])
    for piece in names[:1000]:
        parse_person(piece.text, piece.line)
        split_glued(piece)
    assert time.monotonic() - started < 10
