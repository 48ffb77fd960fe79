"""Phrase tables for qpparse.frenchtext: folding, dates, weekdays, times."""

from __future__ import annotations

import datetime as dt

import pytest

from qpparse.frenchtext import find_date, find_time, fold, name_key, same_name, weekday_name

D = dt.date

# (text, date, weekday as written or None)
DATES = [
    # with and without weekday
    ("Séance du jeudi 10 mars 2022", D(2022, 3, 10), "jeudi"),
    ("Séance du 10 mars 2022", D(2022, 3, 10), None),
    ("Séance publique du mardi 29 juin 2021 à 18 h 30", D(2021, 6, 29), "mardi"),
    ("le lundi 5 juillet 2021", D(2021, 7, 5), "lundi"),
    ("Séance du mercredi 15 décembre 2021", D(2021, 12, 15), "mercredi"),
    ("vendredi 17 juillet 2020", D(2020, 7, 17), "vendredi"),
    ("samedi 3 avril 2021", D(2021, 4, 3), "samedi"),
    ("dimanche 28 mars 2021", D(2021, 3, 28), "dimanche"),
    # « 1er », « 1 er »
    ("Séance du jeudi 1er avril 2021", D(2021, 4, 1), "jeudi"),
    ("le 1er juillet 2019", D(2019, 7, 1), None),
    ("le 1 er octobre 2020", D(2020, 10, 1), None),
    ("le 1ER FÉVRIER 2018", D(2018, 2, 1), None),
    # months with and without accents, in every case
    ("le 7 août 2015", D(2015, 8, 7), None),
    ("le 7 aout 2015", D(2015, 8, 7), None),
    ("le 14 février 2019", D(2019, 2, 14), None),
    ("le 14 fevrier 2019", D(2019, 2, 14), None),
    ("le 2 décembre 2020", D(2020, 12, 2), None),
    ("le 2 decembre 2020", D(2020, 12, 2), None),
    ("10 MARS 2022", D(2022, 3, 10), None),
    ("JEUDI 10 MARS 2022", D(2022, 3, 10), "jeudi"),
    ("9 FÉVRIER 2017", D(2017, 2, 9), None),
    ("9 FEVRIER 2017", D(2017, 2, 9), None),
    ("le 12 Mai 2017", D(2017, 5, 12), None),
    ("Jeudi 22 Septembre 2016", D(2016, 9, 22), "jeudi"),
    ("01 janvier 2000", D(2000, 1, 1), None),
    ("le 30 novembre 1999", D(1999, 11, 30), None),
    # spacing left by a PDF
    ("Séance du jeudi  10\u00a0mars\u00a02022", D(2022, 3, 10), "jeudi"),
    # the first well-formed date wins; an impossible one before it is skipped
    ("du 31 février 2022 au 3 mars 2022", D(2022, 3, 3), None),
    ("L'avis du Conseil de Territoire du 7 mars 2022 ;", D(2022, 3, 7), None),
    # leap years
    ("le 29 février 2024", D(2024, 2, 29), None),
]

NO_DATE = [
    "le 31 février 2022",  # no such day
    "le 29 février 2022",  # not a leap year
    "le 31 avril 2021",
    "le 0 mars 2022",
    "le 32 mars 2022",
    "Séance du jeudi",
    "10 mars",  # no year
    "mars 2022",
    "10 mars 22",  # two-digit year
    "le 10 brumaire 2022",
    "le 110 mars 2022",
    "le 10 mars 1850",  # outside the years of any extract
    "Les Quartiers Prioritaires Politique de la Ville",
    "",
]


@pytest.mark.parametrize(("text", "date", "weekday"), DATES)
def test_find_date(text: str, date: dt.date, weekday: str | None) -> None:
    found = find_date(text)
    assert found is not None
    assert (found.date, found.weekday) == (date, weekday)


@pytest.mark.parametrize("text", NO_DATE)
def test_find_date_none(text: str) -> None:
    assert find_date(text) is None


def test_find_date_offsets_point_into_the_text() -> None:
    text = "Séance du jeudi 10 mars 2022 à 9 h"
    found = find_date(text)
    assert found is not None
    assert text[found.start : found.end] == "jeudi 10 mars 2022"


@pytest.mark.parametrize(
    ("date", "weekday"),
    [
        (D(2022, 3, 10), "jeudi"),
        (D(2021, 6, 28), "lundi"),
        (D(2021, 6, 29), "mardi"),
        (D(2021, 6, 30), "mercredi"),
        (D(2021, 7, 2), "vendredi"),
        (D(2021, 7, 3), "samedi"),
        (D(2021, 7, 4), "dimanche"),
    ],
)
def test_weekday_name(date: dt.date, weekday: str) -> None:
    assert weekday_name(date) == weekday


TIMES = [
    ("à 18 h 30", "18:30"),
    ("à 18h30", "18:30"),
    ("à 9 h", "09:00"),
    ("à 9 heures", "09:00"),
    ("à 9 heures 15", "09:15"),
    ("à 10 heure 05", "10:05"),
    ("à 0 h 00", "00:00"),
    ("à 23 h 59", "23:59"),
    ("A 14 H 30", "14:30"),
    ("Séance publique du mardi 29 juin 2021 à 18 h 30", "18:30"),
    ("a ouvert la séance à 9 h 40 à la salle des fêtes", "09:40"),
]
NO_TIME = [
    "à 25 h",
    "à 24 h 00",
    "18 h 30",  # no « à »: a duration or a room number as much as an hour
    "à la Présidente",
    "à 9",
    "Séance du jeudi 10 mars 2022",
    "",
]


@pytest.mark.parametrize(("text", "time"), TIMES)
def test_find_time(text: str, time: str) -> None:
    assert find_time(text) == time


@pytest.mark.parametrize("text", NO_TIME)
def test_find_time_none(text: str) -> None:
    assert find_time(text) is None


FOLDS = [
    ("Étaient présents", "etaient presents"),
    ("ETAIENT PRESENTS", "etaient presents"),
    ("DÉLIBÉRATIONS", "deliberations"),
    ("Délibère", "delibere"),
    ("Considérant", "considerant"),
    ("Certifié Conforme", "certifie conforme"),
    ("Ouï le rapport", "oui le rapport"),
    ("MÉTROPOLE AIX-MARSEILLE-PROVENCE", "metropole aix-marseille-provence"),
    ("l’Agence", "l'agence"),
    ("D‘ARTIGUES", "d'artigues"),
    ("ʼ", "'"),
    ("Ça, ç’a été", "ca, c'a ete"),
    ("Noël, Anaïs, Gaëlle", "noel, anais, gaelle"),
    ("août", "aout"),
    ("mis en œuvre", "mis en œuvre"),  # « œ » has no decomposition: kept, length unchanged
    ("13ème", "13eme"),
    ("n°2014-58", "n°2014-58"),
    ("İ", "i"),
    ("", ""),
]


@pytest.mark.parametrize(("text", "folded"), FOLDS)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("Gérard GAZAY", "Gerard GAZAY", True),
        ("Jean-Pascal GOURNES", "Jean Pascal GOURNES", True),
        ("Éric LE DISSES", "eric le disses", True),
        ("Martine  VASSAL", "Martine VASSAL", True),
        ("Martine VASSAL", "Martial VASSAL", False),
        ("Didier KHELFA", "Didier REAULT", False),
    ],
)
def test_same_name(left: str, right: str, same: bool) -> None:
    assert same_name(left, right) is same
    assert (name_key(left) == name_key(right)) is same


def test_the_ascii_shortcut_folds_as_the_table_does() -> None:
    """``fold`` skips its table for ASCII text; the table must agree on every ASCII character."""
    from qpparse.frenchtext import _FOLD_TABLE

    for code in range(128):
        character = chr(code)
        assert fold(character) == character.translate(_FOLD_TABLE)
        assert fold(character + "é") == (character + "é").translate(_FOLD_TABLE)
