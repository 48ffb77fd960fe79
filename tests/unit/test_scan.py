"""The scan: markers found inside running text start pieces of their own, mapped to input lines."""

from __future__ import annotations

from itertools import pairwise

import pytest

import qpparse
from qpparse.normalise import TextLine
from qpparse.scan import LineMap, marker_starts, split_at_markers
from qpparse.segment import floating_lines


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
    assert LineMap((1, 2, 3), (1, 2, 3)).identity
    assert LineMap((1, 2, 3), (1, 2, 3)).input_line(7) == 7
    assert not LineMap((1, 2), (1, 3)).identity


def test_a_count_box_one_cell_per_line_is_read_as_one_line() -> None:
    text = "Etaient présents :\nNOMBRE DE\nCONSEILLERS :\nEn exercice\n29\nPRESENTS\n24\n"
    text += "Françoise RAMEL, Guy DAVIAUD"
    extract = qpparse.parse(text)
    assert (extract.session.counts.in_office, extract.session.counts.present) == (29, 24)
    assert [person.name for person in extract.attendance.present] == [
        "Françoise RAMEL",
        "Guy DAVIAUD",
    ]
    # Every input line is still accounted for.
    spanned = {n for span in extract.spans for n in range(span.line, span.end_line + 1)}
    unread = {line.line for line in extract.unrecognised}
    assert spanned | unread >= set(range(1, 9))


def _stream(text: str) -> list[str]:
    """The pieces of a multi-line text, furniture lines set aside as the parser does."""
    lines = [TextLine(number, line) for number, line in enumerate(text.split("\n"), start=1)]
    return [piece.text for piece in split_at_markers(lines, floating_lines(lines))[0]]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # A page number and the running header that repeats the text's opening, inside a list:
        # lifted out, the list goes on across them.
        (
            "Conseil du 3 mars 2022 - N° 12 Présents : Paul MARTIN - Lucie ROUX Page 1 sur 2 "
            "Conseil du 3 mars 2022 - N° 12 - Jean PETIT. Objet : Tarifs",
            [
                "Conseil du 3 mars 2022 - N° 12",
                "Présents : Paul MARTIN - Lucie ROUX - Jean PETIT.",
                "Page 1 sur 2 Conseil du 3 mars 2022 - N° 12",
                "Objet : Tarifs",
            ],
        ),
        # A header that repeats after each page number, not the opening, is one too.
        (
            "COMMUNE DE LAUZE Présents : Paul MARTIN, Page 1 sur 2 Séance du 3 mars - Acte 7 "
            "Lucie ROUX. Page 2 sur 2 Séance du 3 mars - Acte 7",
            [
                "COMMUNE DE LAUZE",
                "Présents : Paul MARTIN, Lucie ROUX.",
                "Page 1 sur 2 Séance du 3 mars - Acte 7",
                "Page 2 sur 2 Séance du 3 mars - Acte 7",
            ],
        ),
    ],
)
def test_page_furniture_inside_running_text_is_lifted_out(text: str, pieces: list[str]) -> None:
    assert _stream(text) == pieces
    shouted = [piece.replace("Page", "PAGE") for piece in pieces]
    assert _stream(text.replace("Page", "PAGE")) == shouted  # in capitals too
    assert _stream(text.replace(" Page", "\nPage")) == pieces  # the same on its own line


def test_dated_stamps_inside_a_list_are_lifted_out() -> None:
    text = (
        "TITULAIRES PRESENTS : BONNAL Véronique, Certifiée exécutoire le 24/09/2020 BORDE Jean, "
        "BOUCHET Anne Affichée le 24/09/2020 Transmis en préfecture 24/09/2020 BOURREL Luc."
    )
    assert _stream(text) == [
        "TITULAIRES PRESENTS : BONNAL Véronique, BORDE Jean, BOUCHET Anne BOURREL Luc.",
        "Certifiée exécutoire le 24/09/2020",
        "Affichée le 24/09/2020",
        "Transmis en préfecture 24/09/2020",
    ]


def test_a_number_of_spaced_runs_is_cut_before_not_inside() -> None:
    text = (
        "Secrétaire de séance : Jean-François HERVE du 16 septembre 2019 "
        "2019 – 054 – 03.12 – Indemnités de conseil allouées au comptable"
    )
    pieces = _stream(text)
    assert pieces[-1] == "2019 – 054 – 03.12 – Indemnités de conseil allouées au comptable"


def test_a_sentence_s_publication_date_is_no_stamp() -> None:
    text = "Vu l'arrêté publié le 2/03/2020 au recueil des actes,"
    assert _stream(text) == [text]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Saint-\nAubin", "Saint-Aubin"),  # a compound cut at its hyphen
        ("AURELLE-\nLAUZE", "AURELLE-LAUZE"),
        ("sous-\npréfecture", "sous-préfecture"),
        # a compound place cut after its joining word
        ("d’Orvanne-et-\nBrenne", "d’Orvanne-et-Brenne"),
        ("Saint-Martin-de-\nRé", "Saint-Martin-de-Ré"),
        ("de l'\nassemblée", "de l'assemblée"),  # an elided article and its word
        ("commune d’\nM. Alain ROUX", "commune d’ M. Alain ROUX"),  # no elision before « M »
        ("Anne-\nCORRE Gwenaëlle", "Anne- CORRE Gwenaëlle"),  # a dash between two members
        ("DEMARET-\nMonsieur Paul ROUX", "DEMARET- Monsieur Paul ROUX"),
    ],
)
def test_a_line_break_after_a_hyphen(text: str, joined: str) -> None:
    assert _stream(text) == [joined]
