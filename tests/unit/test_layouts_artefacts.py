"""Phrase tables: text-extraction artefacts (§9 of the field guide) and PDF-wrapped sentences."""

from __future__ import annotations

import io
import textwrap
import warnings
from pathlib import Path

import pytest

import qpparse
from qpparse.normalise import TextLine, clean_line, join_letter_spacing, normalise
from qpparse.segment import Kind, floating_lines, segment

VALID = Path(__file__).resolve().parents[2] / "samples" / "valid"

# (raw line, cleaned line, repair kinds)
REPAIRS = [
    ("V I L L E  D E  L A U Z E R A C", "VILLE DE LAUZERAC", ["letter_spacing"]),
    ("A B S E N T S  E X C U S É S", "ABSENTS EXCUSÉS", ["letter_spacing"]),
    ("l appel nominatif", "l'appel nominatif", ["apostrophe"]),
    ("CONSEIL MUNICIPAL L an deux mil", "CONSEIL MUNICIPAL L'an deux mil", ["apostrophe"]),
    ("Séance publique. L AN DEUX MIL", "Séance publique. L'AN DEUX MIL", ["apostrophe"]),
    # A capital « L » / « D » opening a line is decided with the line before (normalise).
    ("L an deux mil dix-neuf", "L an deux mil dix-neuf", []),
    ("le Conseil s est réuni", "le Conseil s'est réuni", ["apostrophe"]),
    # After a given name, a lone « D » is an elided particle; after a family name, an initial.
    ("Marie-Paule D HERBEMONT", "Marie-Paule D'HERBEMONT", ["apostrophe"]),
    ("Conseil. L assemblée", "Conseil. L'assemblée", ["apostrophe"]),
    ("MARTIN L AUBERT", "MARTIN L AUBERT", []),
    ("Fran\ufffdois MARTY", "Fran\ufffdois MARTY", ["replacement_character"]),
    ("<strong>Présents</strong> :<br />", "Présents :", ["html", "html"]),
    # left alone
    ("J P M", "J P M", []),
    ("x * y * z", "x * y * z", []),
    ("Mme D ARTIGUES", "Mme D ARTIGUES", []),
    # the plural of inclusive writing is no elided « s' »
    ("Absent(e)s excusé(e)s :", "Absent(e)s excusé(e)s :", []),
    ("élu(e)s en exercice", "élu(e)s en exercice", []),
    ("à  M. Jean DUCLOS", "à M. Jean DUCLOS", []),
]


@pytest.mark.parametrize(("raw", "cleaned", "kinds"), REPAIRS)
def test_clean_line(raw: str, cleaned: str, kinds: list[str]) -> None:
    text, steps = clean_line(raw)
    assert text == cleaned
    assert [kind for kind, _, _ in steps] == kinds


def test_join_letter_spacing_needs_every_word_spaced() -> None:
    assert join_letter_spacing("V I L L E  de Lauzerac") is None


def _lines(text: str) -> list[TextLine]:
    return [TextLine(number, line) for number, line in enumerate(text.split("\n"), start=1)]


# (lines, the numbers that are furniture or stamps)
FLOATING = [
    ("Présents :\n(1)\nM. Jean DUCLOS", {2}),
    ("Présents :\n1 / 40\nM. Jean DUCLOS", {2}),
    ("Présents :\nPage 1 sur 18\nM. Jean DUCLOS", {2}),
    ("Présents :\n- 2 -\nM. Jean DUCLOS", {2}),
    ("Reçu au contrôle de légalité le 16 mai 2017", {1}),
    ("Acte rendu exécutoire après dépôt en Préfecture le 12/04/2021", {1}),
    ("ID : 081-228100015-20210409-2021_13-DE", {1}),
    # a reference number is not a page number without page boundaries
    ("CHL-025-11372/22/BM\nTitre\n18621", set()),
    # a wrapped sentence that starts with a stamp word is not a stamp
    ("Le dossier sera\ntransmis au contrôle de légalité.", set()),
    # a stamp's dated line is one; the next field wrapped after its date makes it no stamp
    ("Date de publication : 20 décembre 2019\nOrdre du jour :", {1}),
    ("Date de publication : 20 décembre 2019 Ordre du\njour : 1. Tarifs", set()),
]


@pytest.mark.parametrize(("text", "numbers"), FLOATING)
def test_floating_lines(text: str, numbers: set[int]) -> None:
    assert floating_lines(_lines(text)) == numbers


def test_running_headers_next_to_page_numbers() -> None:
    text = (
        "Conseil municipal du 8 avril 2021 - DCM n°2021-13\nEXTRAIT DU REGISTRE\nPrésents :\n"
        "M. Jean DUCLOS, Mme Anne ROUSSEL,\nPage 1 sur 2\n"
        "Conseil municipal du 8 avril 2021 - DCM n°2021-13\nM. Paul VERNIÈRES.\n"
    )
    assert floating_lines(_lines(text)) == {1, 5, 6}


def test_a_line_twice_beside_the_same_page_number_is_no_running_header() -> None:
    # Real page numbers differ from page to page: the same « Page 2 sur 9 » beside two copies
    # of an agenda entry says nothing of pages, and the entry stays the text's own.
    text = (
        "Séance du 4 mars 2019\nOrdre du jour :\nRégie du gîte de Lauzac\nPage 2 sur 9\n"
        "CCAS\nVote du compte de la\nPage 2 sur 9\nRégie du gîte de Lauzac\n"
    )
    assert floating_lines(_lines(text)) == {4, 7}


def test_bare_page_numbers_at_page_boundaries() -> None:
    lines = _lines("Présents :\nM. Jean DUCLOS,\n2\nMme Anne ROUSSEL.")
    assert floating_lines(lines, page_starts=[1, 3]) == {3}


def test_furniture_never_breaks_a_list() -> None:
    extract = qpparse.parse(
        "Etaient présents Mesdames et Messieurs :\nJean DUCLOS - Anne ROUSSEL -\n"
        "Page 1 sur 2\nConseil de la Métropole du 15 décembre 2016\n"
        "Paul VERNIÈRES - Lucie TAILLADE.\n"
        "Etaient absents et excusés Mesdames et Messieurs :\nMarc ESTÈVE.\n"
        "Page 2 sur 2\nConseil de la Métropole du 15 décembre 2016\n"
    )
    present = [person.name for person in extract.attendance.present]
    assert present == ["Jean DUCLOS", "Anne ROUSSEL", "Paul VERNIÈRES", "Lucie TAILLADE"]
    furniture = {
        number
        for span in extract.spans
        if span.field == "furniture"
        for number in range(span.line, span.end_line + 1)
    }
    assert furniture == {3, 4, 8, 9}
    assert extract.unrecognised == []


def test_a_header_broken_over_two_lines_with_a_glued_stamp() -> None:
    extract = qpparse.parse(
        "EXTRAIT DES REGISTRES DES DELIBERATIONS DU CONSEIL DE LA METROPOLE D'AURELLE-\n"
        "LAUZE-PROVENCE Signé le 12 Mai 2017 Reçu au Contrôle de légalité le 16 Mai 2017\n"
    )
    assert extract.authority is not None
    assert extract.authority.name.upper() == "METROPOLE D'AURELLE-LAUZE-PROVENCE"
    stamps = [formula.text for formula in extract.formulas if formula.kind == "stamp"]
    assert stamps == ["Signé le 12 Mai 2017 Reçu au Contrôle de légalité le 16 Mai 2017"]
    assert extract.unrecognised == []


def test_an_interleaved_letterhead() -> None:
    extract = qpparse.parse(
        "MÉTROPOLE D'AURELLE-LAUZE RÉPUBLIQUE FRANÇAISE\nCONSEIL DE TERRITOIRE DÉPARTEMENT DE\n"
        "DU VAL DE BRIANCE LA HAUTE-LAUZE\n\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL DE TERRITOIRE DU VAL DE BRIANCE\n"
    )
    assert extract.authority is not None
    assert extract.authority.kind == "metropole"
    assert extract.authority.name == "Métropole d'Aurelle-Lauze"
    assert extract.body is not None
    assert extract.body.kind == "conseil-de-territoire"
    assert extract.unrecognised == []


# PDF-wrapped sentences: a marker across two lines, the continuation in the same field.
def test_an_opening_sentence_wrapped_before_its_count() -> None:
    extract = qpparse.parse(
        "Séance du jeudi 10 mars 2022\n"
        "Madame Jeanne VALMONT, Présidente de la Métropole d'Aurelle-Lauze, a ouvert la séance à\n"
        "laquelle ont été présents 23 membres.\n"
    )
    assert extract.session.counts.present == 23
    assert extract.session.president is not None
    assert [(span.field, span.line, span.end_line) for span in extract.spans][-1] == (
        "session.opening",
        2,
        3,
    )


def test_a_proposer_sentence_wrapped_before_soumet() -> None:
    extract = qpparse.parse(
        "CHL-025-11372/22/BM\nApprobation de la convention\n"
        "Madame la Présidente de la Métropole d'Aurelle-Lauze-Provence sur proposition du "
        "Commissaire\n"
        "Rapporteur soumet au Bureau de la Métropole le rapport suivant :\n"
        "Le rapport tient en une phrase.\n"
    )
    deliberation = extract.deliberation
    assert deliberation.title == "Approbation de la convention"
    assert deliberation.proposer is not None
    assert deliberation.proposer.endswith("rapport suivant :")
    assert deliberation.report == ["Le rapport tient en une phrase."]
    assert extract.unrecognised == []


def test_a_count_missing_its_number_across_a_wrap() -> None:
    extract = qpparse.parse(
        "Madame Jeanne VALMONT, Maire, a ouvert la séance à laquelle ont été\nprésents membres.\n"
    )
    assert extract.session.counts.present is None
    assert extract.unrecognised == []


def test_sections_keep_their_wrapped_lines_together() -> None:
    sections = segment(_lines("Vu le code général des collectivités\nterritoriales ;\nDélibère"))
    assert [(section.kind, [line.number for line in section.lines]) for section in sections] == [
        (Kind.VISAS, [1, 2]),
        (Kind.DECISION, [3]),
    ]
    assert [sentence.text for sentence in sections[0].sentences()] == [
        "Vu le code général des collectivités territoriales ;"
    ]


def _pdf(text: str) -> bytes:
    """A sample printed into a PDF: lines wrapped at 95 characters, blank lines lost."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 800
    for line in (part for paragraph in text.splitlines() for part in textwrap.wrap(paragraph, 95)):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(30, y, line)
        y -= 11
        if y < 40:
            pdf.showPage()
            y = 800
    pdf.save()
    return buffer.getvalue()


# Samples whose PDF rendering keeps every proxy on one line (see the report on wrapped holders).
PDF_SAMPLES = [
    "metropole-ct-briance-2020-09-22-voirie.txt",
    "metropole-ct-lauze-2021-02-11-marches.txt",
    "ville-ancien-orville-2003-03-27-bibliotheque.txt",
    "commune-narratif-villebourg-2021-04-08-compte-administratif.txt",
    "commune-narratif-saint-aubin-2019-03-22-voirie.txt",
    "communaute-briance-2021-10-14-dechetterie.txt",
    "syndicat-haut-briance-2022-03-08-eau.txt",
    "departement-cp-haute-lauze-2020-06-15-routes.txt",
]


@pytest.mark.parametrize("name", PDF_SAMPLES)
def test_a_pdf_of_a_sample_gives_the_same_reading(name: str) -> None:
    path = VALID / name
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        text = qpparse.parse(qpparse.read(path))
        pdf = qpparse.parse(qpparse.read(_pdf(path.read_text(encoding="utf-8")), path="x.pdf"))
    assert _names(pdf) == _names(text)
    assert (pdf.session.date, pdf.session.time) == (text.session.date, text.session.time)
    counts = pdf.session.counts.model_dump(exclude={"line"})
    assert counts == text.session.counts.model_dump(exclude={"line"})
    assert pdf.deliberation.number == text.deliberation.number
    assert pdf.unrecognised == []


def _names(extract: qpparse.Extract) -> list[list[str]]:
    attendance = extract.attendance
    return [
        [person.name for person in attendance.present],
        [
            f"{proxy.member.name}>{proxy.holder.name if proxy.holder else ''}"
            for proxy in attendance.represented
        ],
        [person.name for person in attendance.excused],
        [person.name for person in attendance.absent],
    ]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # The same elisions when the line breaks after the letter.
        ("Marie-Paule D\nHERBEMONT-SICRE", ["Marie-Paule D'", "HERBEMONT-SICRE"]),
        ("au nom de l\nassemblée", ["au nom de l'", "assemblée"]),
        # An initial stays one: after a civility or a family name, before a lower-case word.
        ("Madame D\nARTIGUES", ["Madame D", "ARTIGUES"]),
        ("DURAND L\nAUBERT Paul", ["DURAND L", "AUBERT Paul"]),
        ("Jean D\naccompagné", ["Jean D", "accompagné"]),
        # A line opening with one, read with the last word of the line before.
        ("CONSEIL MUNICIPAL\nL an deux mil", ["CONSEIL MUNICIPAL", "L'an deux mil"]),
        ("Marie-Paule\n\nD HERBEMONT", ["Marie-Paule", "", "D'HERBEMONT"]),
        ("POUR LA FOURNITURE\nD ELECTRICITE", ["POUR LA FOURNITURE", "D ELECTRICITE"]),
        ("Madame\nD ARTIGUES", ["Madame", "D ARTIGUES"]),
    ],
)
def test_an_elision_cut_by_a_line_break(text: str, lines: list[str]) -> None:
    assert [line.text for line in normalise(text)[0]] == lines


def test_an_elision_cut_by_a_line_break_reads_as_one_word() -> None:
    text = (
        "Séance du 3 mars 2022\nEtaient présents : Régis CHAUVEAU Marie-Paule D\n"
        "HERBEMONT-SICRE Benoît ROUX\n"
    )
    present = [person.name for person in qpparse.parse(text).attendance.present]
    assert present == ["Régis CHAUVEAU", "Marie-Paule D'HERBEMONT-SICRE", "Benoît ROUX"]
