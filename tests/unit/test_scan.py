"""The scan: markers found inside running text start pieces of their own, mapped to input lines."""

from __future__ import annotations

from itertools import pairwise

import pytest

import qpparse
from qpparse.normalise import TextLine
from qpparse.scan import LineMap, marker_starts, split_at_markers


def _pieces(text: str) -> list[str]:
    cuts = marker_starts(text)
    bounds = [0, *cuts, len(text)]
    return [text[start:end].strip() for start, end in pairwise(bounds)]


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        (
            "Séance du 5 mars 2019 Présents : Paul MARTIN, Lucie ROUX Excusés : Jean PETIT",
            ["Séance du 5 mars 2019", "Présents : Paul MARTIN, Lucie ROUX", "Excusés : Jean PETIT"],
        ),
        (
            "Secrétaire de séance : Anne ROUX Nombre de membres en exercice : 63 Quorum : 32",
            ["Secrétaire de séance : Anne ROUX", "Nombre de membres en exercice : 63 Quorum : 32"],
        ),
        (
            "Objet : Tarifs de la cantine Vu le code général des collectivités territoriales ; "
            "Considérant que les tarifs n'ont pas changé, DÉCIDE : Article 1 : Les tarifs sont "
            "fixés. Adopté à l'unanimité.",
            [
                "Objet : Tarifs de la cantine",
                "Vu le code général des collectivités territoriales ;",
                "Considérant que les tarifs n'ont pas changé,",
                "DÉCIDE :",
                "Article 1 : Les tarifs sont fixés.",
                "Adopté à l'unanimité.",
            ],
        ),
        (
            "1 Compte rendu du conseil municipal L'an deux mille onze, le quatorze décembre",
            ["1 Compte rendu du conseil municipal", "L'an deux mille onze, le quatorze décembre"],
        ),
    ],
)
def test_markers_inside_a_line_start_pieces(line: str, pieces: list[str]) -> None:
    assert _pieces(line) == pieces


@pytest.mark.parametrize(
    "line",
    [
        "ETAIENT PRESENTS : Mme Lucie ROUX",  # the marker's own words
        "Conseil Municipal - Séance publique du 17/12/19",  # a body before « Séance »
        "En exercice : 27 Présents : 20 Votants : 24",  # one count box
        "A partir du point 2 : PRESENTS : 11 - PROCURATIONS : 2 - VOTANTS : 13",
        "- Vu le code général des collectivités territoriales ;",  # a bullet before « Vu »
        "conformément à l'Article L2121-17 du code",  # an article of a code, in prose
        "M. VU Thanh, Mme ROUX",  # a family name, not a visa
        "le conseil, vu l'avis de la commission, décide",  # lower case: prose
    ],
)
def test_lines_that_are_one_piece(line: str) -> None:
    assert marker_starts(line) == []


def test_pieces_map_back_to_their_input_lines() -> None:
    lines = [TextLine(1, "Titre"), TextLine(2, "Séance du 5 mars 2019 Présents : Paul MARTIN")]

    pieces, line_map = split_at_markers(lines)

    assert [piece.text for piece in pieces] == [
        "Titre",
        "Séance du 5 mars 2019",
        "Présents : Paul MARTIN",
    ]
    assert [line_map.input_line(piece.number) for piece in pieces] == [1, 2, 2]
    assert not line_map.identity
    assert line_map.first_virtual([2]) == [2]


def test_lines_kept_whole_are_not_cut() -> None:
    lines = [TextLine(1, "Commission permanente du 7 décembre 2021 - Délibération n° 2021/112")]

    pieces, line_map = split_at_markers(lines, keep={1})

    assert len(pieces) == 1
    assert line_map.identity


def test_an_identity_map_leaves_numbers_alone() -> None:
    assert LineMap((1, 2, 3)).identity
    assert LineMap((1, 2, 3)).input_line(7) == 7


ONE_LINE = (
    "CONSEIL MUNICIPAL DU 19 MARS 2018 Le dix neuf mars deux mille dix huit à 20h30 s'est réuni "
    "le Conseil Municipal sous la présidence de Monsieur Paul MARTIN, Maire. Etaient présents : "
    "MARTIN Paul, ROUX Lucie, PETIT Jean Absents excusés : DURAND Anne Secrétaire de séance : "
    "ROUX Lucie"
)


def test_a_one_line_transcription_reads_like_a_text_with_lines() -> None:
    extract = qpparse.parse(ONE_LINE)

    assert str(extract.session.date) == "2018-03-19"
    assert [person.name for person in extract.attendance.present] == [
        "Paul MARTIN",
        "Lucie ROUX",
        "Jean PETIT",
    ]
    assert [person.name for person in extract.attendance.excused] == ["Anne DURAND"]
    # Every field still points at the one input line.
    assert {person.line for person in extract.attendance.present} == {1}
    assert {span.line for span in extract.spans} == {1}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("CONSEIL MUNICIPAL DU 14 OCTOBRE 2019\nPrésents : Paul MARTIN", "2019-10-14"),
        ("Compte rendu du conseil municipal du 14 décembre 2011", "2011-12-14"),
        ("Le Conseil municipal s'est réuni le lundi 13 mars 2017 à 18 H 30", "2017-03-13"),
        ("2 L an deux mille onze, le quatorze décembre, le Conseil Municipal", "2011-12-14"),
        ("Séance publique du mardi 3 mai 2016", "2016-05-03"),
        ("Procès-verbal sommaire - Conseil du 9 juillet 2020 1/42", "2020-07-09"),
        ("C.R. du 11/05/2007\nRéunion du Conseil Municipal", "2007-05-11"),
        ("PROCES-VERBAL DES DELIBERATIONS\nDu 16 février 2016\nLe Conseil", "2016-02-16"),
    ],
)
def test_the_session_date_is_read_from_titles_and_sentences(text: str, date: str) -> None:
    assert str(qpparse.parse(text).session.date) == date


@pytest.mark.parametrize(
    "text",
    [
        "Vu la loi du 13 août 2004 relative aux libertés",  # a law's date
        "Date de la convocation : 13 mars 2018",  # the convocation's
        "Le compte rendu de la séance précédente a été publié.",
        "1. APPROBATION DU PROCES-VERBAL DE LA SEANCE DU 14 JANVIER 2020",
    ],
)
def test_other_dates_are_not_the_session_s(text: str) -> None:
    assert qpparse.parse(text).session.date is None


@pytest.mark.parametrize(
    ("text", "body", "authority"),
    [
        (
            "Compte rendu du Conseil Communautaire du 3 mai 2016\nPrésents : Paul MARTIN",
            "Conseil Communautaire",
            None,
        ),
        (
            "Communauté de Communes du Mirebalais\nProcès-verbal du conseil communautaire",
            "Conseil communautaire",
            "Communauté de Communes du Mirebalais",
        ),
        (
            "L'an deux mille dix-sept, le trente janvier, le Conseil Municipal de la commune de "
            "Saclas, dûment convoqué, s'est réuni",
            "Conseil Municipal",
            "Commune de Saclas",
        ),
    ],
)
def test_body_and_collectivity_from_prose(text: str, body: str, authority: str | None) -> None:
    extract = qpparse.parse(text)

    assert extract.body is not None
    assert extract.body.name.lower() == body.lower()
    found = extract.authority.name if extract.authority else None
    assert (found or "").lower() == (authority or "").lower()


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("COMPTE RENDU DE LA SEANCE DU CONSEIL MUNICIPAL DE VILLIERS SUR MORIN DU 3 JUILLET 2019",
         "Commune de Villiers sur Morin"),
        ("le Conseil Municipal de Boulard, convoqué le 8 août 2019, s'est réuni",
         "Commune de Boulard"),
        ("les membres du Conseil de la Communauté de communes de la région de Doué se sont réunis",
         "Communauté de communes de la région de Doué"),
        ("les conseillers des Communes membres de la Communauté de Communes Les Bertrandes se sont "
         "réunis à LA CHARITE", "Communauté de Communes Les Bertrandes"),
        ("DEPARTEMENT DU VAL D'OISE ARRONDISSEMENT DE PONTOISE Communauté de Communes Vexin Nord "
         "Nombre de membres : 52", "Communauté de Communes Vexin Nord"),
        ("ANNEE 2020 CONSEIL MUNICIPAL\nDE LA\nCOMMUNE DE CRUSSAC SEANCE N° 4",
         "Commune de Crussac"),
        ("Commune de\nSéance du 3 mai 2019", None),
    ],
)  # fmt: skip
def test_the_deliberating_collectivity(text: str, authority: str | None) -> None:
    found = qpparse.parse(text).authority
    assert (found.name.lower() if found else None) == (authority.lower() if authority else None)


def test_a_collectivity_named_in_passing_is_not_the_deliberating_one() -> None:
    text = "Le conseil municipal approuve la convention avec la Communauté de Communes du Val."

    assert qpparse.parse(text).authority is None
