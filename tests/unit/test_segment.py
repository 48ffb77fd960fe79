"""Phrase tables for qpparse.segment: what each line announces, and how lines become sections."""

from __future__ import annotations

import pytest

from qpparse.normalise import normalise
from qpparse.segment import Kind, classify, segment

# (heading as written, list it opens)
ATTENDANCE_HEADINGS = [
    # the seed's three
    ("Etaient présents Mesdames et Messieurs :", "present"),
    ("Etaient absents et représentés Mesdames et Messieurs :", "represented"),
    ("Etaient absents et excusés Mesdames et Messieurs :", "excused"),
    # other spellings of the same
    ("Étaient présents Mesdames et Messieurs :", "present"),
    ("ETAIENT PRESENTS :", "present"),
    ("ETAIENT PRESENTS : Mesdames et Messieurs :", "present"),
    ("Etaient présents en début ou en cours de séance", "present"),
    ("Etaient présents au moment de l'appel nominatif :", "present"),
    ("Présents :", "present"),
    ("PRÉSENTS :", "present"),
    ("Présent(e)s :", "present"),
    ("Sont présents : Mmes et MM.", "present"),
    ("Présents : Mmes et MM. DUPONT, MARTIN", "present"),
    ("Conseillers présents :", "present"),
    ("Conseillers municipaux présents :", "present"),
    ("Membres présents :", "present"),
    ("Absents excusés :", "excused"),
    ("Etaients absents et excusés", "excused"),  # the real typo
    ("ÉTAIENT ABSENTS ET EXCUSÉS :", "excused"),
    ("Étaient excusés :", "excused"),
    ("Excusés :", "excused"),
    ("Excusé(e)s :", "excused"),
    ("S'ÉTAIENT FAIT EXCUSER :", "excused"),
    ("S’étaient fait excuser :", "excused"),
    ("Absent excusé : M. Paul ROUX", "excused"),
    ("Etaient absents et représentés", "represented"),
    ("Absents représentés :", "represented"),
    ("Absents excusés ayant donné pouvoir :", "represented"),
    ("Absents ayant donné pouvoir :", "represented"),
    ("Procurations :", "represented"),
    ("Procuration :", "represented"),
    ("Pouvoirs :", "represented"),
    ("Pouvoir :", "represented"),
    ("Dépôt de pouvoir :", "represented"),
    ("EXCUSES REPRESENTES PAR POUVOIR :", "represented"),
    ("Absents :", "absent"),
    ("Absent(e)s :", "absent"),
    ("Etaient absents :", "absent"),
    ("ABSENTS :", "absent"),
    # feminine forms
    ("Etait présente :", "present"),
    ("Étaient présentes :", "present"),
    ("Etait EXCUSEE :", "excused"),
    ("Excusée :", "excused"),
    ("Absente :", "absent"),
]


@pytest.mark.parametrize(("text", "role"), ATTENDANCE_HEADINGS)
def test_attendance_headings(text: str, role: str) -> None:
    marker = classify(text)
    assert marker is not None
    assert (marker.kind, marker.role) == (Kind.ATTENDANCE, role)


# (line, kind it announces)
MARKERS = [
    (
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU DE LA MÉTROPOLE AIX-MARSEILLE-PROVENCE",
        Kind.HEADER,
    ),
    ("EXTRAIT DES REGISTRES DES DELIBERATIONS DU CONSEIL DE LA METROPOLE", Kind.HEADER),
    ("Séance du jeudi 10 mars 2022", Kind.SESSION),
    ("Séance publique du mardi 29 juin 2021", Kind.SESSION),
    (
        "Madame Martine VASSAL, Présidente de la Métropole Aix-Marseille-Provence, a ouvert la "
        "séance à laquelle ont été présents 23 membres.",
        Kind.OPENING,
    ),
    ("CHL-025-11372/22/BM", Kind.IDENTIFICATION),
    ("HN 003-145/17/BM", Kind.IDENTIFICATION),
    (
        "Madame la Présidente a proposé au Bureau de la Métropole d'accepter les conclusions "
        "exposées ci-après et de les convertir en délibération.",
        Kind.PROPOSAL,
    ),
    (
        "Madame la Présidente de la Métropole Aix-Marseille-Provence sur proposition du "
        "Commissaire Rapporteur soumet au Bureau de la Métropole le rapport suivant :",
        Kind.REPORT,
    ),
    ("Telles sont les raisons qui nous incitent à proposer au Bureau", Kind.CONCLUSION),
    ("Le Bureau de la Métropole Aix-Marseille-Provence,", Kind.BODY_DECLARATION),
    ("Le Conseil de la Métropole,", Kind.BODY_DECLARATION),
    ("Vu", Kind.VISAS),
    ("Vu :", Kind.VISAS),
    ("VU", Kind.VISAS),
    ("Vu le Code Général des Collectivités Territoriales ;", Kind.VISAS),
    ("Ouï le rapport ci-dessus", Kind.REPORT_HEARD),
    ("Ouï l'exposé de Monsieur le Maire,", Kind.REPORT_HEARD),
    ("Oui l’exposé du rapporteur", Kind.REPORT_HEARD),
    ("Où il le rapport ci-dessus", Kind.REPORT_HEARD),  # the real misspelling
    ("Entendu le rapport", Kind.REPORT_HEARD),
    ("Entendues les conclusions du Commissaire Rapporteur,", Kind.CONCLUSIONS_HEARD),
    ("Considérant", Kind.CONSIDERANTS),
    ("Considérant :", Kind.CONSIDERANTS),
    ("CONSIDERANT", Kind.CONSIDERANTS),
    ("Considérant que la commune doit agir ;", Kind.CONSIDERANTS),
    ("Délibère", Kind.DECISION),
    ("DÉLIBÈRE :", Kind.DECISION),
    ("DÉCIDE :", Kind.DECISION),
    ("Décide", Kind.DECISION),
    ("DECIDENT :", Kind.DECISION),
    ("Arrête :", Kind.DECISION),
    ("Après en avoir délibéré,", Kind.DECISION),
    ("Le Conseil, après en avoir délibéré,", Kind.DECISION),
    ("Le Conseil Municipal, après en avoir délibéré, DÉCIDE :", Kind.DECISION),
    ("Article 1 :", Kind.ARTICLE),
    ("Article 1er", Kind.ARTICLE),
    ("Article 1er :", Kind.ARTICLE),
    ("Article 1 er :", Kind.ARTICLE),
    ("ARTICLE 2 -", Kind.ARTICLE),
    ("ARTICLE 3.", Kind.ARTICLE),
    ("Article 12 – Le Président est autorisé à signer.", Kind.ARTICLE),
    ("Article premier", Kind.ARTICLE),
    ("ARTICLE PREMIER :", Kind.ARTICLE),
    ("Article unique :", Kind.ARTICLE),
    ("Article 1 : Est approuvée la Convention ci-annexée.", Kind.ARTICLE),
    ("Cette proposition mise aux voix est adoptée", Kind.VOTE),
    ("Adopté à l'unanimité", Kind.VOTE),
    ("Résultat du vote : Pour : 17 Contre : 0 Abstention : 0", Kind.VOTE),
    ("Certifié Conforme,", Kind.SIGNATURE),
    ("CERTIFIÉ CONFORME", Kind.SIGNATURE),
    ("Pour extrait conforme", Kind.SIGNATURE),
    ("Pour extrait conforme,", Kind.SIGNATURE),
    ("Ainsi fait et délibéré les jour, mois et an susdits", Kind.SIGNATURE),
]


@pytest.mark.parametrize(("text", "kind"), MARKERS)
def test_markers(text: str, kind: Kind) -> None:
    marker = classify(text)
    assert marker is not None
    assert marker.kind is kind
    assert marker.role is None


NOT_MARKERS = [
    "Martial ALVAREZ - Christian AMIRATY - Philippe ARDHUIN",
    "Les Quartiers Prioritaires Politique de la Ville (QPV) sont caractérisés par un tissu",
    "Articles du code général des collectivités territoriales",
    "Présentation du projet",
    "Présidente de séance",
    "Absentéisme scolaire",
    "Pouvoir d'achat et inflation",
    "Vue sur mer",
    "Est approuvée la Convention Quartiers Productifs ci-annexée.",
    "Le Vice-Président Délégué,",
    "Martial ALVAREZ",
    "18621",
    "La décision sera publiée",
    "",
]


@pytest.mark.parametrize("text", NOT_MARKERS)
def test_not_markers(text: str) -> None:
    assert classify(text) is None


def _kinds(text: str) -> list[tuple[Kind, int]]:
    lines, _ = normalise(text)
    return [(section.kind, section.first_line) for section in segment(lines)]


def test_segment_the_seed(seed_text: str) -> None:
    kinds = [kind for kind, _ in _kinds(seed_text)]
    assert kinds == [
        Kind.HEADER,
        Kind.SESSION,
        Kind.OPENING,
        Kind.ATTENDANCE,
        Kind.ATTENDANCE,
        Kind.ATTENDANCE,
        Kind.PROPOSAL,
        Kind.IDENTIFICATION,
        Kind.REPORT,
        Kind.CONCLUSION,
        Kind.BODY_DECLARATION,
        Kind.VISAS,
        Kind.REPORT_HEARD,
        Kind.CONCLUSIONS_HEARD,
        Kind.CONSIDERANTS,
        Kind.DECISION,
        Kind.ARTICLE,
        Kind.ARTICLE,
        Kind.VOTE,
        Kind.SIGNATURE,
    ]


def test_blank_lines_belong_to_no_section() -> None:
    lines, _ = normalise("Vu\n\n- Le Code ;\n\n")
    sections = segment(lines)
    assert [[line.number for line in section.lines] for section in sections] == [[1, 3]]


def test_an_earlier_marker_later_is_plain_text() -> None:
    """« adopté » inside a report, « Article 3 » quoted in a visa do not open sections."""
    text = (
        "Madame la Présidente soumet au Bureau de la Métropole le rapport suivant :\n"
        "Le précédent projet, mis aux voix, a été adopté à l'unanimité.\n"
        "Vu\n"
        "- Article 3 de la loi du 7 août 2015 ;\n"
    )
    assert _kinds(text) == [(Kind.REPORT, 1), (Kind.VISAS, 3)]


def test_articles_repeat_and_lines_below_belong_to_them() -> None:
    text = "Délibère\nArticle 1 :\nPremier texte.\nArticle 2 :\nSecond texte.\n"
    lines, _ = normalise(text)
    sections = segment(lines)
    assert [(section.kind, [line.number for line in section.lines]) for section in sections] == [
        (Kind.DECISION, [1]),
        (Kind.ARTICLE, [2, 3]),
        (Kind.ARTICLE, [4, 5]),
    ]


def test_the_decision_after_considerants_is_not_a_considerant() -> None:
    text = (
        "Considérant\n- qu'il faut agir ;\nLe Conseil, après en avoir délibéré,\nArticle 1 : ok\n"
    )
    assert [kind for kind, _ in _kinds(text)] == [Kind.CONSIDERANTS, Kind.DECISION, Kind.ARTICLE]
