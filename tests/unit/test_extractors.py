"""Phrase tables for the small parsing functions of qpparse.extract: article labels,
deliberation numbers, votes, and the extractors seen through ``parse`` on short texts.
"""

from __future__ import annotations

import pytest

import qpparse
from qpparse import lexicon
from qpparse.extract.articles import article_number
from qpparse.extract.identification import parse_number, strip_title_prefix
from qpparse.extract.report import split_report
from qpparse.extract.vote import parse_vote
from qpparse.frenchtext import fold


@pytest.mark.parametrize(
    ("word", "number"),
    [("1", 1), ("2", 2), ("12", 12), ("01", 1), ("premier", 1), ("unique", 1), ("100", 100)],
)
def test_article_number(word: str, number: int) -> None:
    assert article_number(word) == number


# (line as written, number, label, inline text)
ARTICLE_LINES = [
    ("Article 1 :", 1, "Article 1", ""),
    ("Article 1er", 1, "Article 1er", ""),
    ("Article 1er :", 1, "Article 1er", ""),
    ("Article 1 er :", 1, "Article 1 er", ""),
    ("ARTICLE 2 -", 2, "ARTICLE 2", ""),
    (
        "ARTICLE 2 – Le Président est autorisé à signer.",
        2,
        "ARTICLE 2",
        "Le Président est autorisé à signer.",
    ),
    ("Article 3.", 3, "Article 3", ""),
    (
        "Article 10 : La présente délibération sera notifiée.",
        10,
        "Article 10",
        "La présente délibération sera notifiée.",
    ),
    ("Article premier", 1, "Article premier", ""),
    (
        "Article premier : Est approuvée la convention.",
        1,
        "Article premier",
        "Est approuvée la convention.",
    ),
    ("ARTICLE PREMIER -", 1, "ARTICLE PREMIER", ""),
    ("Article unique :", 1, "Article unique", ""),
    ("Article 2ème :", 2, "Article 2ème", ""),
]


@pytest.mark.parametrize(("line", "number", "label", "inline"), ARTICLE_LINES)
def test_article_lines(line: str, number: int, label: str, inline: str) -> None:
    extract = qpparse.parse(f"Délibère\n{line}\nTexte de la ligne suivante.\n")
    assert len(extract.articles) == 1
    article = extract.articles[0]
    assert (article.number, article.label, article.line) == (number, label, 2)
    paragraphs = (
        [inline, "Texte de la ligne suivante."] if inline else ["Texte de la ligne suivante."]
    )
    # Line breaks are hints, not paragraphs: the article's words are one running text.
    assert article.text == " ".join(paragraphs)
    assert extract.unrecognised == []


# (text, number, parts or None)
NUMBERS = [
    ("CHL-025-11372/22/BM", "CHL-025-11372/22/BM", ("CHL", 25, 11372, 2022, "BM")),
    ("HN 003-145/17/BM", "HN 003-145/17/BM", ("HN", 3, 145, 2017, "BM")),
    ("HN 001-8073/20/CM", "HN 001-8073/20/CM", ("HN", 1, 8073, 2020, "CM")),
    ("CSGE 012-512/16/BM", "CSGE 012-512/16/BM", ("CSGE", 12, 512, 2016, "BM")),
    ("ECOR-012-11400/22/BM", "ECOR-012-11400/22/BM", ("ECOR", 12, 11400, 2022, "BM")),
    ("CT3-071-2207/21/BM", "CT3-071-2207/21/BM", ("CT3", 71, 2207, 2021, "BM")),
    # not Métropole numbers: kept as written, no parts
    ("Délibération n° 2018/42", "Délibération n° 2018/42", None),
    ("DCM n°2021-13", "DCM n°2021-13", None),
    ("98/0745/EHCV", "98/0745/EHCV", None),
    ("CHL-025-11372/22/bm", "CHL-025-11372/22/bm", None),
    ("CHL-025-11372/2022/BM", "CHL-025-11372/2022/BM", None),
]


@pytest.mark.parametrize(("text", "number", "parts"), NUMBERS)
def test_parse_number(text: str, number: str, parts: tuple[object, ...] | None) -> None:
    found, found_parts = parse_number(text)
    assert found == number
    if parts is None:
        assert found_parts is None
    else:
        assert found_parts is not None
        assert (
            found_parts.commission,
            found_parts.order,
            found_parts.unique,
            found_parts.year,
            found_parts.body,
        ) == parts


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Objet : Approbation de la convention", "Approbation de la convention"),
        ("OBJET: Approbation de la convention", "Approbation de la convention"),
        ("Objet :Approbation", "Approbation"),
        (
            "Approbation de la Convention Quartiers Productifs (2022/2024)",
            "Approbation de la Convention Quartiers Productifs (2022/2024)",
        ),
        ("Objectif : rien", "Objectif : rien"),
    ],
)
def test_strip_title_prefix(text: str, title: str) -> None:
    assert strip_title_prefix(text) == title


# (sentence, outcome, unanimous, for, against, abstentions)
VOTES = [
    ("Cette proposition mise aux voix est adoptée", "adopted", None, None, None, None),
    ("Cette proposition mise aux voix est adoptée.", "adopted", None, None, None, None),
    ("Adopté à l'unanimité", "adopted", True, None, None, None),
    ("adopté à l'unanimité", "adopted", True, None, None, None),
    ("ADOPTÉ À L'UNANIMITÉ", "adopted", True, None, None, None),
    ("Adoptée à l’unanimité des suffrages exprimés", "adopted", True, None, None, None),
    ("Adoptés à l'unanimité des présents", "adopted", True, None, None, None),
    ("Le rapport est approuvé à l'unanimité", "adopted", True, None, None, None),
    ("Approuvé à la majorité", "adopted", None, None, None, None),
    ("La proposition est rejetée", "rejected", None, None, None, None),
    ("Rejeté", "rejected", None, None, None, None),
    ("Mise aux voix, la proposition n'est pas adoptée", "rejected", None, None, None, None),
    (
        "Adoptée par 30 voix pour, 4 contre et 2 abstentions",
        "adopted",
        None,
        30,
        4,
        2,
    ),
    ("par 30 voix pour, 4 contre", None, None, 30, 4, None),
    ("par 30 voix pour, 4 voix contre et 1 abstention", None, None, 30, 4, 1),
    ("approuvé avec 24 voix pour et 3 abstentions (Mme X, M. Y)", "adopted", None, 24, None, 3),
    ("Résultat du vote : Pour : 17 Contre : 0 Abstention : 0", None, True, 17, 0, 0),
    ("Pour : 30 Contre : 4 Abstentions : 2", None, None, 30, 4, 2),
    # labels before their figures, no colon: « 14 Contre » is no fourteen against
    ("Vote : Pour 14 Contre 0 Abstention 0", None, True, 14, 0, 0),
    ("Pour 12, Contre 3", None, None, 12, 3, None),
    ("Pour : 7 Contre : 2 (M. Paul ROUX, Mme Anne NOIR) Abstention : 0", None, None, 7, 2, 0),
    ("Cette proposition mise aux voix", None, None, None, None, None),
]


@pytest.mark.parametrize("row", VOTES, ids=[row[0] for row in VOTES])
def test_parse_vote(row: tuple[object, ...]) -> None:
    """Each row: the sentence, then outcome, unanimous, for, against, abstentions."""
    text, *expected = row
    assert isinstance(text, str)
    vote = parse_vote(text, 82)
    found = (vote.outcome, vote.unanimous, vote.for_, vote.against, vote.abstentions)
    assert list(found) == expected
    assert (vote.text, vote.line) == (text, 82)


def test_vote_json_key_is_for() -> None:
    dumped = parse_vote("par 30 voix pour", 1).model_dump(mode="json")
    assert dumped["for"] == 30
    assert "for_" not in dumped


@pytest.mark.parametrize(
    ("text", "formula", "role", "signatory"),
    [
        (
            "Certifié Conforme,\nLe Vice-Président Délégué,\nMartial ALVAREZ\n",
            "Certifié Conforme",
            "Le Vice-Président Délégué",
            "Martial ALVAREZ",
        ),
        (
            "Pour extrait conforme,\nLe Maire,\nMme Jeanne DURAND\n",
            "Pour extrait conforme",
            "Le Maire",
            "Jeanne DURAND",
        ),
        ("Certifié Conforme,\nLe Président\n", "Certifié Conforme", "Le Président", None),
        ("Pour extrait conforme\n", "Pour extrait conforme", None, None),
    ],
)
def test_signature(text: str, formula: str, role: str | None, signatory: str | None) -> None:
    # A signature closes an extract: give it the end of one, so that its marker counts.
    extract = qpparse.parse("Délibère\nArticle 1 : ok\nAdopté à l'unanimité\n" + text)
    signature = extract.signature
    assert signature is not None
    assert (signature.formula, signature.role, signature.line) == (formula, role, 4)
    assert (signature.signatory.name if signature.signatory else None) == signatory
    assert extract.unrecognised == []


@pytest.mark.parametrize(
    ("header", "authority", "authority_kind", "body", "body_kind"),
    [
        (
            "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU DE LA MÉTROPOLE "
            "AIX-MARSEILLE-PROVENCE",
            "Métropole aix-marseille-provence",
            "metropole",
            "Bureau de la Métropole",
            "bureau",
        ),
        (
            "Extrait du registre des délibérations du Conseil de la Métropole "
            "Aix-Marseille-Provence",
            "Métropole Aix-Marseille-Provence",
            "metropole",
            "Conseil de la Métropole",
            "conseil",
        ),
    ],
)
def test_header_alone(
    header: str, authority: str, authority_kind: str, body: str, body_kind: str
) -> None:
    """Without body text to borrow the written form from, capitals become sentence case."""
    extract = qpparse.parse(header + "\n")
    assert extract.authority is not None
    assert extract.body is not None
    assert (extract.authority.name, extract.authority.kind) == (authority, authority_kind)
    assert (extract.body.name, extract.body.kind) == (body, body_kind)


def test_session_opening_without_a_count() -> None:
    """« ont été présents membres »: the number is missing, so the count stays empty."""
    extract = qpparse.parse(
        "Séance du jeudi 10 mars 2022\n"
        "Madame Martine VASSAL, Présidente de la Métropole, a ouvert la séance à laquelle ont "
        "été présents membres.\n"
    )
    assert extract.session.counts.present is None
    assert extract.session.president is not None
    assert extract.session.president.name == "Martine VASSAL"
    assert extract.session.president_role == "Présidente de la Métropole"


def test_session_time() -> None:
    extract = qpparse.parse("Séance publique du mardi 29 juin 2021 à 18 h 30\n")
    assert (str(extract.session.date), extract.session.weekday, extract.session.time) == (
        "2021-06-29",
        "mardi",
        "18:30",
    )


def test_attendance_with_civilities_and_a_wrapped_name() -> None:
    extract = qpparse.parse(
        "Etaient présents Mesdames et Messieurs :\n"
        "Mme Lucie ROUX - M. Paul MARTIN - Jean-\n"
        "Pascal GOURNES - Anne-Sophie D'ARTIGUES.\n"
    )
    present = extract.attendance.present
    assert [(person.name, person.civility, person.line) for person in present] == [
        ("Lucie ROUX", "Mme", 2),
        ("Paul MARTIN", "M.", 2),
        ("Jean-Pascal GOURNES", None, 2),
        ("Anne-Sophie D'ARTIGUES", None, 3),
    ]


def test_names_on_the_heading_line() -> None:
    extract = qpparse.parse("Présents : Mmes et MM. Lucie ROUX, Paul MARTIN.\n")
    assert [person.name for person in extract.attendance.present] == ["Lucie ROUX", "Paul MARTIN"]
    assert extract.unrecognised == []


def test_proxies_under_a_represented_heading() -> None:
    extract = qpparse.parse(
        "Etaient absents et représentés Mesdames et Messieurs :\n"
        "Roland GIBERTI représenté par Gerard GAZAY - Lucie ROUX représentée par Paul MARTIN - "
        "Jean DUPONT.\n"
    )
    proxies = [
        (proxy.member.name, proxy.holder.name if proxy.holder else None)
        for proxy in extract.attendance.represented
    ]
    assert proxies == [
        ("Roland GIBERTI", "Gerard GAZAY"),
        ("Lucie ROUX", "Paul MARTIN"),
        ("Jean DUPONT", None),  # under this heading, a name alone has an unknown holder
    ]


def test_the_vote_words_live_in_the_lexicon() -> None:
    """The extractors read the lexicon: one spelling changed there changes what is read."""
    assert lexicon.UNANIMOUS.search(fold("à l'unanimité"))
    assert not lexicon.ADOPTED.search(fold("adoption du budget"))


@pytest.mark.parametrize(
    ("report", "items"),
    [
        ("Le marché arrive à terme. Il convient de le relancer.", 2),
        # A dash list after a colon: one item per dash, wherever the lines broke.
        ("Trois sites sont retenus : - Aix Nord (zone A) - Aubagne (zone B) - Marseille.", 4),
        ("Les communes ; - Villebourg ; - Lauzerac.", 3),
        # A dash inside a sentence (« 2022 - 2024 », « Saint-Aubin - Lauze ») cuts nothing.
        ("La convention court de 2022 - 2024 pour Saint-Aubin - Lauze.", 1),
        ("Le montant est de 12 € - hors taxes - par an.", 1),
    ],
)
def test_split_report(report: str, items: int) -> None:
    split = split_report(report)
    assert len(split) == items
    assert " ".join(split) == report
