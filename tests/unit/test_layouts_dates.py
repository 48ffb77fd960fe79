"""Phrase tables: dates, times and numbers written in words (qpparse.frenchtext)."""

from __future__ import annotations

import datetime as dt

import pytest

import qpparse
from qpparse.frenchtext import find_date, find_time, number_value, parse_compact_date

D = dt.date

# (text, number) for number_value: digits, words through text2num, « premier ».
NUMBERS = [
    ("23", 23),
    ("05", 5),
    ("vingt-deux", 22),
    ("VINGT-DEUX", 22),
    ("dix-neuf", 19),
    ("trente et un", 31),
    ("deux mil vingt-trois", 2023),
    ("deux mille vingt et un", 2021),
    ("DEUX MIL DIX-NEUF", 2019),
    ("mil neuf cent quatre-vingt-dix-huit", 1998),
    ("quatre-vingt-dix-neuf", 99),
    ("premier", 1),
    ("1er", 1),
    ("treize", 13),
    # not a number: never guessed
    ("", None),
    ("membres", None),
    ("vingt membres", None),
]


@pytest.mark.parametrize(("text", "value"), NUMBERS)
def test_number_value(text: str, value: int | None) -> None:
    assert number_value(text) == value


# (text, date) for find_date: written out, numeric, « 1er », year first.
DATES = [
    ("Session plénière : 14 et 15 octobre 2019", D(2019, 10, 14)),  # starts on the first day
    ("Session du 3 au 4 avril 2017", D(2017, 4, 3)),
    ("L'an deux mille vingt et un, le huit avril à dix-neuf heures", D(2021, 4, 8)),
    ("L'AN DEUX MIL DIX-NEUF le VINGT-DEUX MARS à dix-huit heures trente", D(2019, 3, 22)),
    ("L'an deux mil vingt-trois, le dix mars à dix-huit heures trente", D(2023, 3, 10)),
    ("L'an deux mille vingt, le premier juillet", D(2020, 7, 1)),
    ("L'an deux mille vingt, le 1er juillet", D(2020, 7, 1)),
    ("L'an 2021, le 8 avril", D(2021, 4, 8)),
    ("le vingt-deux mars deux mille dix-neuf", D(2019, 3, 22)),
    ("le premier octobre deux mille vingt", D(2020, 10, 1)),
    ("Conseil Municipal Séance publique 21/11/18", D(2018, 11, 21)),
    ("Séance publique du 17/12/19", D(2019, 12, 17)),
    ("Séance du 21/11/2018", D(2018, 11, 21)),
    ("Séance du 21.11.2018", D(2018, 11, 21)),
    ("Séance du 3/2/98", D(1998, 2, 3)),
    ("Date de convocation : 1er avril 2021", D(2021, 4, 1)),
    ("Réunion du lundi 15 juin 2020", D(2020, 6, 15)),
    # impossible dates are skipped, never repaired
    ("le 31/02/2021", None),
    ("L'an deux mille vingt et un, le trente-deux avril", None),
    # identifiers are not dates
    ("Délibération n° 2018/42", None),
    ("D02XY-98/0745/EHCV", None),
    ("ID : 081-228100015-20210409-2021_13-DE", None),
]


@pytest.mark.parametrize(("text", "date"), DATES)
def test_find_date(text: str, date: dt.date | None) -> None:
    found = find_date(text)
    assert (found.date if found else None) == date


# (text, HH:MM)
TIMES = [
    ("à dix-neuf heures", "19:00"),
    ("à dix-huit heures trente", "18:30"),
    ("à DIX-HUIT HEURES TRENTE", "18:30"),
    ("à neuf heures quinze", "09:15"),
    ("à 18 h 30", "18:30"),
    ("à 18h30", "18:30"),
    ("à 9 heures", "09:00"),
    ("à vingt-cinq heures", None),
    ("à l'unanimité", None),
]


@pytest.mark.parametrize(("text", "time"), TIMES)
def test_find_time(text: str, time: str | None) -> None:
    assert find_time(text) == time


@pytest.mark.parametrize(
    ("digits", "date"),
    [("20200615", D(2020, 6, 15)), ("20201315", None), ("2020061", None), ("abcdefgh", None)],
)
def test_parse_compact_date(digits: str, date: dt.date | None) -> None:
    assert parse_compact_date(digits) == date


def test_the_narrative_opening_gives_date_time_place_and_president() -> None:
    extract = qpparse.parse(
        "L'an deux mille vingt et un, le huit avril à dix-neuf heures, le Conseil Municipal de "
        "la commune de Villebourg, dûment convoqué, s'est réuni en session ordinaire à la salle "
        "des fêtes, sous la présidence de M. Paul VERNIÈRES, Maire.\n"
    )
    session = extract.session
    assert (session.date, session.time, session.place) == (
        D(2021, 4, 8),
        "19:00",
        "salle des fêtes",
    )
    assert session.president is not None
    assert (session.president.name, session.president_role) == ("Paul VERNIÈRES", "Maire")
    assert extract.body is not None
    assert extract.body.kind == "conseil-municipal"
    assert extract.authority is not None
    assert extract.authority.kind == "commune"
    assert extract.unrecognised == []


def test_convocation_date() -> None:
    extract = qpparse.parse("Séance du 8 avril 2021\nDate de convocation : 1er avril 2021\n")
    assert extract.session.convocation_date == D(2021, 4, 1)
    assert extract.session.date == D(2021, 4, 8)


# (text, the president read): who opens the session, said in a sentence of the session block or
# one an item heading swallowed.
PRESIDENTS = [
    (
        "Séance du 3 mars 2020\nPrésents : M. Paul MARTIN, Mme Anne ROUX.\n"
        "Le quorum étant atteint, Mr VERNIÈRES, président sortant ouvre la séance à 9h40.\n",
        "VERNIÈRES",
    ),
    (
        "Séance du 3 mars 2020\nPrésents : M. Paul MARTIN, Mme Anne ROUX.\n"
        "Simon Lauzet, maire, ouvre le conseil municipal à 18 h 45 et procède à l'appel.\n",
        "Simon Lauzet",
    ),
    (  # who notes the quorum presides
        "Séance du 9 décembre 2019\nPrésents : M. Paul MARTIN, Mme Anne ROUX.\nM. Jean PAJOLI, "
        "Président de la communauté de communes, constate que le quorum est atteint, par 22 "
        "conseillers présents ; il ouvre la séance à 16h00.\n",
        "Jean PAJOLI",
    ),
    (
        "CONSEIL MUNICIPAL Date : 09/06/2020\nPRESENTS ABSENTS LAUZET Simon ROUX Anne\n"
        "14. Arrive lors des questions diverses.\n"
        "Nombre de conseillers en exercice : 15 Nombre de conseillers présents : 13\n"
        "Madame Anne ROUX a été nommée secrétaire de séance. Monsieur Simon LAUZET, ouvre la "
        "séance sur l'ordre du jour suivant :\n",
        "Simon LAUZET",
    ),
    # the minutes' heading, no civility, the next heading right after the name
    (
        "MAIRIE DE LAUZAC Procès Verbal Séance du Conseil Municipal du 5 mai 2014 Présidente : "
        "Claudine LAUZET-ROUX Secrétaire : François NOIR Présents : Roger BELOT, Anne VIAL.\n",
        "Claudine LAUZET-ROUX",
    ),
    # no name: « Monsieur le Maire » presides, but is not named
    (
        "Séance du 3 mars 2020\nPrésents : M. Paul MARTIN, Mme Anne ROUX.\n"
        "Le Maire, Président, ouvre la séance.\n",
        None,
    ),
    (
        "Séance du 3 mars 2020\nPrésents : M. Paul MARTIN, Mme Anne ROUX.\n"
        "Le quorum étant atteint, le Président, ouvre la séance.\n",
        None,
    ),
]


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize(("text", "president"), PRESIDENTS)
def test_who_opens_the_session_presides(text: str, president: str | None, flat: bool) -> None:
    extract = qpparse.parse(" ".join(text.split()) if flat else text)
    given = extract.session.president
    assert (given.name if given else None) == president


# (text, the session's date): never another event's date.
SESSION_DATES = [
    # the meeting sentence gives its date after its place
    (
        "SICTOM DU VAL DE LAUZE\nCOMPTE RENDU ASSEMBLEE GENERALE\nLe SICTOM du Val de Lauze s’est "
        "réuni en Assemblée Générale à la salle des fêtes de LAUZAC, le\nmercredi 25 février 2015 "
        "à 18 heures.\nPrésents : Paul ROUX, Anne NOIR\n",
        dt.date(2015, 2, 25),
    ),
    # minutes of two sittings: the first is the session's
    (
        "SÉANCE DU MARDI 13 DÉCEMBRE 2018\nPrésents : Mme Anne ROUX, M. Paul MARTIN.\n"
        "SÉANCE DU JEUDI 20 DÉCEMBRE 2018\nPrésents : Mme Anne ROUX.\n",
        dt.date(2018, 12, 13),
    ),
    # the members' election date is not the session's
    (
        "Procès-verbal de la séance publique du Conseil du 9 juillet 2020\nSOMMAIRE\n"
        "Présidence de monsieur Simon Lauzet, Président sortant (p. 2) Installation des membres "
        "du Conseil de la Métropole élus les 15 mars et 28 juin 2020 (p. 2)\n",
        dt.date(2020, 7, 9),
    ),
    # « en date du » right after the council dates its session
    (
        "PROCES-VERBAL N° 7\nDES DELIBERATIONS DU CONSEIL MUNICIPAL\nEN DATE DU\n8 AVRIL 2008\n"
        "A 20.15 HEURES\n",
        dt.date(2008, 4, 8),
    ),
    # … but a convocation « en date du » is another event
    ("Le Conseil municipal, convoqué en date du 3 avril 2008, s'est réuni.\n", None),
    # the approved minutes of an earlier session
    (
        "CONSEIL MUNICIPAL\nPrésents : Paul ROUX, Anne NOIR.\nLe Compte rendu du Conseil "
        "Municipal du 2 novembre 2021 est approuvé.\nFINANCES\n",
        None,
    ),
    (
        "CONSEIL MUNICIPAL\nPrésents : Paul ROUX, Anne NOIR.\nLe procès-verbal de la séance du "
        "conseil municipal du 25/05/2020 est soumis à l'approbation des membres du conseil.\n",
        None,
    ),
    (
        "CONSEIL MUNICIPAL\nPrésents : Paul ROUX, Anne NOIR.\nLe procès-verbal de la séance du "
        "conseil municipal du 26/02/2021 est présenté pour approbation à l'assemblée.\n",
        None,
    ),
    # an item of the order of business about minutes is about an earlier session's
    (
        "Conseil Municipal du 19 juin 2014 A 18H00 VILLE DE BRÉAUTÉVILLE COMPTE RENDU\n"
        "Présents : M. Paul LECANU, Mme Anne ROUX.\n"
        "1) PROCES-VERBAL DE LA REUNION DU 15 MAI 2014 : le compte-rendu est approuvé.\n",
        dt.date(2014, 6, 19),
    ),
    (
        "Présents : M. Paul LECANU, Mme Anne ROUX.\n"
        "II - Compte rendu de la séance du 15 mai 2014 : adopté à l'unanimité.\n",
        None,
    ),
    # approved minutes named between the session's word and a date
    (
        "CONSEIL DE COMMUNAUTÉ\n1) Désignation d’un secrétaire de séance 2) Approbation des "
        "procès-verbaux des 11 et 25 janvier 2017 3) Installation d’un conseiller\n",
        None,
    ),
    # the first of a month glued to its month
    ("Conseil communautaire du 1ermars 2017 – 20 h\n", dt.date(2017, 3, 1)),
    # the opening sentence run on after the convocation's date
    (
        "Comité Syndical Convocation du 16 novembre 2015 Les membres du Comité Syndical se sont "
        "réunis le 1décembre 2015, dans la salle des fêtes\nPrésents : M. Alain MAZIER\n",
        dt.date(2015, 12, 1),
    ),
    # a heading dating a meeting by its weekday, or its hour, with no session word before it
    (
        "Assemblée Générale de la Communauté de Communes du Pays de Lauze mercredi 23 février "
        "2023\nEtaient présents : Mesdames et Messieurs : COULON J., DOUSSAT B.\n",
        dt.date(2023, 2, 23),
    ),
    ("Maison des services - Hémicycle 8 mars 2017 – 20 h\nPrésents : Paul ROUX\n", D(2017, 3, 8)),
    # … never a posting's or a sending's
    ("Affiché le mercredi 23 février 2023\nPrésents : Paul ROUX\n", None),
    ("Convocation envoyée le lundi 6 mars 2017 à 9 h\nPrésents : Paul ROUX\n", None),
    # … but minutes titled by their own session are that session's
    (
        "PROCES-VERBAL DE LA REUNION DU 15 MAI 2014\nPrésents : M. Paul LECANU.\n",
        dt.date(2014, 5, 15),
    ),
    # a meeting sentence opening with its date, after a title too long to date it
    (
        "Compte-rendu de la réunion de la Commission Locale de l’Eau du SAGE de la Haute-Lauze "
        "du 9 juin 2009\nLe 9 juin 2009, à 10 heures, les membres de la Commission se sont "
        "réunis à Lauzac.\nPrésents : M. Paul LECANU.\n",
        dt.date(2009, 6, 9),
    ),
    # a date in words that runs past the usual reach, then the meeting's verb
    (
        "Date de convocation : 09/02/2022\nLe mercredi seize février deux mille vingt-deux s’est "
        "réunie, dans la salle des fêtes de Lauzac, l’Assemblée Générale du syndicat.\n",
        dt.date(2022, 2, 16),
    ),
    # a communauté's council named with its kind and name, then the date
    (
        "CONSEIL DE LA COMMUNAUTE DE COMMUNES DU PAYS DE LAUZE DU 13 DECEMBRE 2019 COMPTE-RENDU\n"
        "Etaient présents (2) : M. ROUX et M. BRUN.\nMonsieur le Président appelle les "
        "observations sur le compte-rendu de la séance du 07 Novembre 2019.\n",
        dt.date(2019, 12, 13),
    ),
    # a running header naming the session, above the minutes of an earlier one it carries
    (
        "Comité syndical du 14 octobre 2021\nSommaire\nDélibération n°2021-061 : Validation du "
        "compte-rendu\nPage 1 sur 3\n\nComité syndical du 14 octobre 2021\nCOMPTE-RENDU DU "
        "COMITE SYNDICAL DU 9 septembre 2021\nPrésents : M. Paul ROUX, Mme Anne NOIR.\n"
        "Page 2 sur 3\n\nComité syndical du 14 octobre 2021\nLe compte-rendu est approuvé.\n",
        dt.date(2021, 10, 14),
    ),
    # … not a date inside a sentence (« le 3 mai » after a word)
    (
        "Compte-rendu de la réunion de la Commission Locale de l’Eau du SAGE de la Haute-Lauze "
        "convoquée par courrier envoyé le 3 mai 2009, les membres se sont réunis à Lauzac.\n"
        "Présents : M. Paul LECANU.\n",
        None,
    ),
]


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize(("text", "date"), SESSION_DATES)
def test_the_sessions_date(text: str, date: dt.date | None, flat: bool) -> None:
    extract = qpparse.parse(" ".join(text.split()) if flat else text)
    assert extract.session.date == date
