"""Phrase tables: member counts in every phrasing of the field guide, and the traps."""

from __future__ import annotations

import pytest
from _layouts import as_written_and_flat

import qpparse
from qpparse.extract.session import column_box_pairs, count_pairs, separated_box_pairs
from qpparse.frenchtext import fold
from qpparse.segment import Kind, classify

# (line, the counts it declares)
COUNT_LINES = [
    (
        "Nombre de conseillers en exercice : 27 Présents : 20 Votants : 24",
        {"in_office": 27, "present": 20, "voters": 24},
    ),
    (
        "Nombre de conseillers municipaux en exercice : 45 Nombre de présents : 33",
        {"in_office": 45, "present": 33},
    ),
    (
        "Membres En exercice 29 Présents 22 Votants 24",
        {"in_office": 29, "present": 22, "voters": 24},
    ),
    ("Nombre de conseillers qui assistaient à la séance : 37", {"present": 37}),
    (
        "Votants (présents ou représentés) : 18 Présents : 16",
        {"voters": 18, "present": 16},
    ),
    (
        "NOMBRE DE CONSEILLERS EN EXERCICE 29 PRESENTS 21 PROCURATION(S) 4 VOTANTS 25",
        {"in_office": 29, "present": 21, "represented": 4, "voters": 25},
    ),
    # who votes, in person or by proxy, with no « votants »
    ("Nombre de présents : 31 Présents ou représentés : 34", {"present": 31, "voters": 34}),
    ("Présents ……………… 61", {"present": 61}),
    ("Présents ........ 61", {"present": 61}),
    ("Présent(e)s : 18", {"present": 18}),
    ("Afférents au Conseil : 51", {"seats": 51}),
    ("Membres en fonction : 15 Membres présents : 15", {"in_office": 15, "present": 15}),
    (
        "Conseillers titulaires élus : 12 Conseillers titulaires en fonction : 12",
        {"in_office": 12},
    ),
    ("En exercice : 51", {"in_office": 51}),
    ("Nombre de membres en exercice au jour de la séance : 87", {"in_office": 87}),
    ("Qui ont pris part à la délibération : 44", {"voters": 44}),
    ("Nombre de pouvoirs : 05", {"represented": 5}),
    ("Représentés : 4", {"represented": 4}),
    ("Représentées : 2", {"represented": 2}),
    (
        "Afférents au Conseil : 51 / En exercice : 51 / Qui ont pris part à la délibération : 44 "
        "/ Nombre de pouvoirs : 05",
        {"seats": 51, "in_office": 51, "voters": 44, "represented": 5},
    ),
    (
        "A l'ouverture de séance : PRESENTS : 33 - PROCURATIONS : 5 - VOTANTS : 38",
        {"present": 33, "represented": 5, "voters": 38},
    ),
    ("Il dénombre 21 présents, et 4 procurations.", {"present": 21, "represented": 4}),
    ("Nombre de présents : (48)", {"present": 48}),
    ("Qui ont pris part aux délibérations : 48", {"voters": 48}),
    (
        "Membres qui ont pris part aux délibérations : 25 Nombre de pouvoirs : 2 Nombre total "
        "votants : 27",
        {"voters": 27, "represented": 2},
    ),
    ("CONSEILLERS MUNICIPAUX : 19", {"in_office": 19}),
    # who votes, in the session's box: « exprimés », unless « Votants » is stated too
    ("Nombre de présents : 44 Nombre d’exprimés : 51", {"present": 44, "voters": 51}),
    ("Présents : 16 – Suffrages exprimés : 23", {"present": 16, "voters": 23}),
    ("Présents : 20 Suffrages exprimés : 25 Votants : 27", {"present": 20, "voters": 27}),
    ("Quorum : 14", {"quorum_declared": 14}),
    ("Majorité absolue : 9", {"majority_declared": 9}),
    # traps: the public is never a member count
    ("Auditeurs présents : 40", {"audience": 40}),
    (
        "En Exercice : 35 Le vingt six mars Présents titulaires : 33",
        {"in_office": 35, "present": 33},
    ),
    ("Présents : 20 Auditeurs présents : 40", {"present": 20, "audience": 40}),
    ("Absents : 3", {}),
    # a number followed by another is a table's column: which one is the session's is not said
    ("Afférents au Conseil 58 48 En exercice 58 48", {}),
    # a count after a colon is the label's before it, never the word's after it
    ("CONSEILLERS : 81 PRESENTS : M. Léon VARENNE", {}),
    ("Procurations : 1. Léon VARENNE à Paul ROUVIÈRE", {}),
    # a day before its month is a date's, never a count
    ("Convocation des Conseillers Communautaires : 2 Avril 2008", {}),
    ("Conseillers municipaux : 12 mars 2020", {}),
    # a time's minutes are no count of those present
    ("la séance s'est ouverte à 9 h 30 Présents à l'ouverture de la séance", {}),
]


@pytest.mark.parametrize(("line", "counts"), COUNT_LINES, ids=[row[0] for row in COUNT_LINES])
def test_count_pairs(line: str, counts: dict[str, int]) -> None:
    assert count_pairs(fold(line)) == counts


@pytest.mark.parametrize("line", [row[0] for row in COUNT_LINES if row[1]])
def test_count_lines_are_count_markers(line: str) -> None:
    marker = classify(line)
    assert marker is not None
    assert marker.kind is Kind.COUNTS


# Counts stated in sentences, or after a list heading: read wherever the session block holds them.
PROSE_COUNTS = [
    (
        "Le nombre de présents est de 23, le nombre de votants est de 27 dont 4 procurations.",
        {"present": 23, "voters": 27, "represented": 4},
    ),
    (
        "54 membres en exercice, 31 présents, 33 votants",
        {"in_office": 54, "present": 31, "voters": 33},
    ),
    ("231 délégués sont présents ainsi qu'il résulte des contrôles", {"present": 231}),
    ("Le quorum est atteint avec 11 conseillers municipaux habilités à voter", {"voters": 11}),
    ("Votants (présents ou représentés) : 22. Accueil des élus", {"voters": 22}),
    ("Étaient présents : Membres (36/72) : Léon VARENNE", {"present": 36, "in_office": 72}),
    ("40 présents sur 41 (Mme X donne procuration à M. Y)", {"present": 40, "in_office": 41}),
    ("31 conseillers présents sur 33", {"present": 31, "in_office": 33}),
    ("17 membres du Conseil étant présents, le conseil peut délibérer", {"present": 17}),
    ("12 membres étant présents", {"present": 12}),
]


@pytest.mark.parametrize(("line", "counts"), PROSE_COUNTS, ids=[row[0] for row in PROSE_COUNTS])
def test_prose_count_pairs(line: str, counts: dict[str, int]) -> None:
    assert count_pairs(fold(line)) == counts


# A count box flattened column by column: its labels, then its values.
SEPARATED_BOXES = [
    (
        "Nombre de membres : Afférents au Conseil : En exercice : Ayant pris part à la "
        "délibération : Date de la convocation : 44 44 36 12/03/2019",
        {"seats": 44, "in_office": 44, "voters": 36},
    ),
    # a label that takes a date meets a number: the columns do not line up, nothing is read
    ("En exercice : Présents : Date de la convocation : 44 36 12", {}),
    # a label the box does not know: nothing is read
    ("En exercice : Présents : Suppléants : 44 36 2", {}),
    # the sentence before the box is no part of its first label
    (
        "Assistaient : M. Paul ROUX, Responsable des Services. Membres en exercice : Votants : "
        "Présents : 29 27 26",
        {"in_office": 29, "voters": 27, "present": 26},
    ),
    # the excused counted but not kept; a count that changed: the opening figure
    (
        "Membres en exercice : Votants : Présents : Excusée avec procuration : Excusées sans "
        "procuration : 29 27 jusqu'à 20 heures 15 puis 29 26 jusqu'à 20 heures 15 puis 28 1 2",
        {"in_office": 29, "voters": 27, "present": 26},
    ),
]


@pytest.mark.parametrize(
    ("line", "counts"), SEPARATED_BOXES, ids=[row[0] for row in SEPARATED_BOXES]
)
def test_separated_count_boxes(line: str, counts: dict[str, int]) -> None:
    assert separated_box_pairs(fold(line)) == counts


# A box flattened column by column with no colons: its labels, then its values in order.
COLUMN_BOXES = [
    (
        "Nombre de conseillers Afférents au conseil municipal En exercice Qui ont pris part à "
        "la délibération 29 29 28 Présents : MM. Robert CRAUSTE",
        {"seats": 29, "in_office": 29, "voters": 28},
    ),
    ("En exercice Présents Votants 33 25 27", {"in_office": 33, "present": 25, "voters": 27}),
    (
        "Afférents au Conseil En exercice qui ont délibéré 56 56 46",
        {"seats": 56, "in_office": 56, "voters": 46},
    ),
    # a label no field keeps takes its value; a note in parentheses is no label
    (
        "Membres du Bureau en exercice Membres du Bureau présents Suffrages exprimés (dont "
        "pouvoirs) Absents, excusés Ne prennent pas part aux votes 32 22 22 10 1",
        {"in_office": 32, "present": 22, "voters": 22},
    ),
    (
        "En exercice Présents Absents Votants 15 12 3 12",
        {"in_office": 15, "present": 12, "voters": 12},
    ),
    # each value after its colon (a web table's cells)
    (
        "Nombre de membres En exercice Présents Votants : 15 : 14 : 13",
        {"in_office": 15, "present": 14, "voters": 13},
    ),
    # as many values as labels, or nothing
    ("En exercice Présents Votants 33 25", {}),
    ("Absents Excusés 3 2", {}),
    ("Afférents au conseil En exercice 58 48 58 48", {}),
]


@pytest.mark.parametrize(("line", "counts"), COLUMN_BOXES, ids=[row[0] for row in COLUMN_BOXES])
def test_column_count_boxes(line: str, counts: dict[str, int]) -> None:
    assert column_box_pairs(fold(line)) == counts


def test_a_column_box_is_read_whole_and_heads_no_list() -> None:
    # Its labels « Membres présents » head no list; its figures win over the quorum's reminder
    # in the sentence after it.
    text = (
        "Séance du jeudi 11 juillet 2019\nMembres en exercice Membres présents Suffrages "
        "exprimés (dont pouvoirs) Absents, excusés 32 22 22 10 + Rappel du quorum : il est "
        "atteint avec 17 membres présents\nPRESENTS : M. Paul ROUX, Mme Anne NOIR\n"
    )
    for given in as_written_and_flat(text):
        extract = qpparse.parse(given)
        counts = extract.session.counts
        assert (counts.in_office, counts.present, counts.voters) == (32, 22, 22), given
        assert [p.name for p in extract.attendance.present] == ["Paul ROUX", "Anne NOIR"], given


@pytest.mark.parametrize(
    ("box", "counts"),
    [
        # pairs parted by slashes: « 12 / » is a count's value, no item's number
        ("Présents : 12 / Représentés : 2 / Votants : 14 / En exercice : 15", (15, 12, 14)),
        ("Étaient présents 12 conseillers sur 15 en exercice", (15, 12, None)),
    ],
)
def test_a_count_box_in_a_line_of_its_own(box: str, counts: tuple[int, ...]) -> None:
    text = f"Séance du 3 mai 2021\n{box}\nPrésents : M. Paul ROUX\n"
    for given in as_written_and_flat(text):
        extract = qpparse.parse(given)
        found = extract.session.counts
        assert (found.in_office, found.present, found.voters) == counts, given
        assert [p.name for p in extract.attendance.present] == ["Paul ROUX"], given


def test_a_web_table_s_box_labels_then_values_each_after_its_colon() -> None:
    text = (
        "Date de la convocation\n13 octobre 2022\nNombre de membres\nEn exercice\nPrésents\n"
        "Votants\n : 15\n : 14\n : 13\nDate de l'affichage\n21 octobre 2022\n"
        "Séance du 20 octobre 2022\n"
    )
    for given in as_written_and_flat(text):
        counts = qpparse.parse(given).session.counts
        assert (counts.in_office, counts.present, counts.voters) == (15, 14, 13), given


def test_a_heading_after_a_number_is_no_count() -> None:
    """« … 29 29 28 Présents : MM. … »: 28 belongs to the box before, not to « Présents »."""
    assert count_pairs(fold("la délibération 29 29 28 Présents : MM. Robert CRAUSTE")) == {}


def test_a_change_for_later_items_is_not_the_sessions_count() -> None:
    text = (
        "Séance du 3 mars 2020\n"
        "Présents : M. Léon VARENNE, Mme Anne ROUSSEL, M. Paul ROUVIÈRE\n"
        "A partir du point 3 : Présents : 2 Votants : 3\n"
    )
    for given in as_written_and_flat(text):
        counts = qpparse.parse(given).session.counts
        assert (counts.present, counts.voters) == (None, None)


def test_counts_in_the_lists_prose_are_the_sessions() -> None:
    text = (
        "Le Conseil municipal s'est réuni le 13 novembre 2017 sous la présidence de "
        "M. Léon VARENNE, Maire.\n"
        "Étaient présents : M. Léon VARENNE, Mme Anne ROUSSEL, M. Paul ROUVIÈRE\n"
        "Étaient absents : M. Jean DUCLOS Le nombre de présents est de 3, le nombre de votants "
        "est de 4 dont 1 procuration.\n"
    )
    for given in as_written_and_flat(text):
        counts = qpparse.parse(given).session.counts
        assert (counts.present, counts.voters) == (3, 4)


# Lines that look like counts but are attendance headings or something else.
NOT_COUNT_LINES = [
    "Présents : M. Paul VERNIÈRES, Mme Lucie TAILLADE",
    "Procurations : Mme Anne ROUSSEL à M. Jean DUCLOS",
    "Page 1 sur 18",
    "Vu le budget 2021 ;",
]


@pytest.mark.parametrize("line", NOT_COUNT_LINES)
def test_not_count_lines(line: str) -> None:
    marker = classify(line)
    assert marker is None or marker.kind is not Kind.COUNTS


# (opening sentence, present count): the number may be in words or missing.
OPENINGS = [
    (
        "Mme Lucie TAILLADE, Maire, a ouvert la séance à laquelle ont été présents 23 membres.",
        23,
    ),
    ("Monsieur X, Maire, a ouvert la séance à laquelle ont été présents vingt-trois membres.", 23),
    (
        "Mme Lucie TAILLADE, Maire, a ouvert la séance à laquelle ont été présents membres.",
        None,
    ),
    ("PRESIDENCE DE MONSIEUR Paul VERNIÈRES, Maire", None),
    ("Ont été présents 41 membres.", 41),
]


@pytest.mark.parametrize(("sentence", "present"), OPENINGS)
def test_opening_counts(sentence: str, present: int | None) -> None:
    extract = qpparse.parse(f"Séance du 10 mars 2022\n{sentence}\n")
    assert extract.session.counts.present == present


def test_counts_repeated_per_agenda_point() -> None:
    extract = qpparse.parse(
        "Séance du 30 juin 2022\n"
        "A l'ouverture de séance : PRESENTS : 33 - PROCURATIONS : 5 - VOTANTS : 38\n"
        "A partir du point 2 : PRESENTS : 34 - PROCURATIONS : 5 - VOTANTS : 39\n"
        "Après le point 7 : PRESENTS : 30 - PROCURATIONS : 6 - VOTANTS : 36\n"
    )
    counts = extract.session.counts
    assert (counts.present, counts.represented, counts.voters, counts.line) == (33, 5, 38, 2)
    changes = [
        (change.scope, change.present, change.represented, change.voters, change.line)
        for change in extract.session.count_changes
    ]
    assert changes == [
        ("A partir du point 2", 34, 5, 39, 3),
        ("Après le point 7", 30, 6, 36, 4),
    ]
    assert extract.unrecognised == []


def test_a_count_box_over_several_lines() -> None:
    extract = qpparse.parse(
        "Séance du 14 octobre 2021\n"
        "Afférents au Conseil : 51\nEn exercice : 51\n"
        "Qui ont pris part à la délibération : 44\nNombre de pouvoirs : 05\n"
        "Quorum : 26\nMajorité absolue : 23\n"
    )
    counts = extract.session.counts
    assert (counts.seats, counts.in_office, counts.voters, counts.represented) == (51, 51, 44, 5)
    assert (counts.quorum_declared, counts.majority_declared, counts.present) == (26, 23, None)
    assert counts.line == 2


def test_the_first_declaration_of_a_count_wins() -> None:
    extract = qpparse.parse("Séance du 1 mars 2022\nPrésents : 20\nPrésents : 21\n")
    assert extract.session.counts.present == 20


def test_years_and_page_numbers_are_not_counts() -> None:
    extract = qpparse.parse(
        "Séance du 10 mars 2022\nPage 1 sur 18\n"
        "Madame Lucie TAILLADE, Présidente, a ouvert la séance.\n"
    )
    counts = extract.session.counts
    assert (counts.present, counts.in_office, counts.voters) == (None, None, None)


@pytest.mark.parametrize(
    "heading",
    [
        "Présents en qualité de conseillers communautaires titulaires (2):",
        "Etaient présents en qualité de délégués titulaires (2) :",
        "Présents (2) :",
    ],
)
def test_a_present_heading_s_capacity_keeps_its_count(heading: str) -> None:
    """The capacity the members sit in, said before the count in brackets, is the heading's."""
    text = f"Séance du 3 mai 2021\n{heading} M. Paul ROUX, Mme Anne NOIR\n"
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert extract.session.counts.present == 2
        assert [person.name for person in extract.attendance.present] == ["Paul ROUX", "Anne NOIR"]


@pytest.mark.parametrize(
    ("box", "counts"),
    [
        ("EXERCICE : 15 PRESENTS : 12 VOTANTS : 14", (15, 12, 14)),
        ("En fonction : 126 Présents : 79", (126, 79, None)),
    ],
)
def test_the_in_office_label_alone_before_its_colon(box: str, counts: tuple[int, ...]) -> None:
    """« EXERCICE : 15 », « En fonction : 126 »: the words alone still count those in office."""
    for variant in as_written_and_flat(f"Séance du 3 mai 2021\n{box}\n"):
        read = qpparse.parse(variant).session.counts
        assert (read.in_office, read.present, read.voters) == counts


@pytest.mark.parametrize(
    "sentence",
    [
        "Monsieur Paul ROUX, Maire, préside la séance.",
        "M. Paul ROUX, Maire, ouvre la séance à 20 heures.",
    ],
)
def test_who_opens_or_presides_over_the_session_presides(sentence: str) -> None:
    text = f"Séance du 3 mai 2021\n{sentence}\nPrésents : Luc BLANC, Anne NOIR\n"
    for variant in as_written_and_flat(text):
        president = qpparse.parse(variant).session.president
        assert president is not None
        assert president.name == "Paul ROUX"
