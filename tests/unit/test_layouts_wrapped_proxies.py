"""Shapes met when PDF text wraps lines inside a proxy list or a one-sheet commune extract."""

from __future__ import annotations

import pytest

import qpparse

ONE_SHEET = """COMMUNE DE LAUZERAC

Conseil Municipal Séance publique 21/11/18

Présents : Aurore ABRIAL, Bastien CASTELNAU, Célestine DELMONTE
Absents excusés ayant donné pouvoir : Damien FOURCADE représenté par Aurore ABRIAL, Hortense LAVAL représentée par Bastien
CASTELNAU, Inès GARRIGOU représentée par
Célestine DELMONTE

{number}

Tarifs de la piscine

Madame Aurore ABRIAL a ouvert la séance à laquelle ont été présents 3 membres.

DÉCIDE :

Article 1 : Les tarifs sont approuvés.

Adopté à l'unanimité.
"""  # noqa: E501 - the long line is the shape under test


def parse(number: str = "N° CM-2022-15") -> qpparse.Extract:
    return qpparse.parse_all(ONE_SHEET.format(number=number))[0]


def test_a_holder_wrapped_across_lines_stays_one_person() -> None:
    proxies = [
        (p.member.name, p.holder.name if p.holder else None) for p in parse().attendance.represented
    ]
    assert proxies == [
        ("Damien FOURCADE", "Aurore ABRIAL"),
        ("Hortense LAVAL", "Bastien CASTELNAU"),
        ("Inès GARRIGOU", "Célestine DELMONTE"),
    ]


def test_a_line_break_inside_a_name_is_no_repair() -> None:
    # The text is read as one stream: a break inside « Bastien / CASTELNAU » is a space, not a
    # wrapped name mended afterwards. Each person still points at the line of their name.
    extract = parse()
    assert [r for r in extract.repairs if r.kind == "name-wrap"] == []
    holders = [(p.holder.name, p.holder.line) for p in extract.attendance.represented if p.holder]
    assert holders == [("Aurore ABRIAL", 6), ("Bastien CASTELNAU", 6), ("Célestine DELMONTE", 8)]


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("N° CM-2022-15", "CM-2022-15"),
        ("N° DEL_2022_15", "DEL_2022_15"),
        ("N° 2022/15", "2022/15"),
    ],
)
def test_a_number_after_the_lists_is_the_number_not_a_member(written: str, number: str) -> None:
    extract = parse(written)
    assert extract.deliberation.number == number
    assert extract.deliberation.title == "Tarifs de la piscine"
    everyone = [p.member.name for p in extract.attendance.represented]
    assert not any(written in name or "Tarifs" in name for name in everyone)


def test_a_president_named_without_a_role() -> None:
    president = parse().session.president
    assert president is not None
    assert (president.civility, president.name) == ("Mme", "Aurore ABRIAL")
    assert parse().session.president_role is None


@pytest.mark.parametrize(
    "opening",
    [
        "La présidente a ouvert la séance à laquelle ont été présents 3 membres.",
        "Le Président de séance a ouvert la séance.",
    ],
)
def test_no_president_is_invented_from_a_role_alone(opening: str) -> None:
    extract = qpparse.parse(f"Séance du 3 mars 2022\n{opening}\n")
    assert extract.session.president is None


def test_a_word_with_digits_is_never_a_member() -> None:
    extract = qpparse.parse("Présents : Aurore ABRIAL, Dossier 2022-15, Bastien CASTELNAU\n")
    names = [person.name for person in extract.attendance.present]
    assert names == ["Aurore ABRIAL", "Bastien CASTELNAU"]
    assert any("2022-15" in line.text for line in extract.unrecognised)
