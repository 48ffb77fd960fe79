"""Phrase tables: votes (§8 of the field guide), decisions and signatures."""

from __future__ import annotations

import pytest
from _layouts import as_written_and_flat

import qpparse
from qpparse.extract.vote import not_voting_names, parse_vote

# (sentence, outcome, unanimous, for, against, abstentions)
VOTES = [
    ("Cette proposition mise aux voix est adoptée.", "adopted", None, None, None, None),
    ("adopté à l'unanimité", "adopted", True, None, None, None),
    ("Adopté à l'unanimité des présents.", "adopted", True, None, None, None),
    ("Adoptée à l'unanimité des suffrages exprimés.", "adopted", True, None, None, None),
    ("approuvé avec 24 voix pour et 3 abstentions (Mme X, M. Y)", "adopted", None, 24, None, 3),
    # nobody against, nobody abstaining, as the figures state: unanimous
    ("Résultat du vote : Pour : 17 Contre : 0 Abstention : 0", None, True, 17, 0, 0),
    ("Pour : 17 Contre : 2 Abstention : 0", None, None, 17, 2, 0),
    ("par 30 voix pour, 4 contre", None, None, 30, 4, None),
    ("La délibération est rejetée.", "rejected", None, None, None, None),
    ("rejeté par 12 voix contre et 9 voix pour", "rejected", None, 9, 12, None),
    ("Adopté par vingt-deux voix pour", "adopted", None, 22, None, None),
    ("Adopté par treize voix pour et deux abstentions", "adopted", None, 13, None, 2),
    ("Adoptée par quinze voix pour, trois contre et une abstention", "adopted", None, 15, 3, 1),
    ("Mis aux voix, ce rapport est adopté à l'unanimité.", "adopted", True, None, None, None),
]


@pytest.mark.parametrize("row", VOTES, ids=[row[0] for row in VOTES])
def test_parse_vote(row: tuple[object, ...]) -> None:
    text, *expected = row
    assert isinstance(text, str)
    vote = parse_vote(text, 1)
    assert [vote.outcome, vote.unanimous, vote.for_, vote.against, vote.abstentions] == expected


# (sentence, opposing, abstaining): members named beside a count.
NAMED = [
    (
        "approuvé avec 24 voix pour et 3 abstentions (Mme Lucie TAILLADE, M. Paul VERNIÈRES et "
        "M. Jean DUCLOS)",
        [],
        ["Lucie TAILLADE", "Paul VERNIÈRES", "Jean DUCLOS"],
    ),
    (
        "Pour : 17 Contre : 2 (M. Paul VERNIÈRES, Mme Anne ROUSSEL) Abstention : 0",
        ["Paul VERNIÈRES", "Anne ROUSSEL"],
        [],
    ),
    ("par 30 voix pour, 4 contre (M. Jean DUCLOS)", ["Jean DUCLOS"], []),
    ("adopté à l'unanimité", [], []),
]


@pytest.mark.parametrize(("text", "opposing", "abstaining"), NAMED)
def test_members_named_beside_a_count(
    text: str, opposing: list[str], abstaining: list[str]
) -> None:
    vote = parse_vote(text, 1)
    assert [person.name for person in vote.opposing] == opposing
    assert [person.name for person in vote.abstaining] == abstaining


# (sentence, members who do not vote, or None when the sentence says something else)
NOT_VOTING = [
    ("Ne prend pas part au vote : M. Jean DUCLOS", ["Jean DUCLOS"]),
    (
        "Ne prennent pas part au vote : Mme Anne ROUSSEL, M. Jean DUCLOS.",
        ["Anne ROUSSEL", "Jean DUCLOS"],
    ),
    ("M. Jean DUCLOS ne prend pas part au vote.", ["Jean DUCLOS"]),
    ("N'a pas pris part au vote : Mme Anne ROUSSEL", ["Anne ROUSSEL"]),
    ("Adopté à l'unanimité", None),
]


@pytest.mark.parametrize(("text", "names"), NOT_VOTING)
def test_not_voting_names(text: str, names: list[str] | None) -> None:
    found = not_voting_names(text, 1)
    assert (None if found is None else [person.name for person in found]) == names


def test_not_voting_then_the_vote() -> None:
    extract = qpparse.parse(
        "Délibère\nArticle 1 : ok\n"
        "Ne prend pas part au vote : M. Jean DUCLOS\n"
        "Adopté par 13 voix pour et 2 abstentions.\n"
    )
    vote = extract.vote
    assert vote is not None
    assert [person.name for person in vote.not_voting] == ["Jean DUCLOS"]
    assert (vote.for_, vote.abstentions, vote.line) == (13, 2, 4)
    assert extract.unrecognised == []


# Decision formulas carrying their vote, as councils write them (with or without the comma
# after the body, after hearing the report in the same clause).
VOTING_DECISION_FORMULAS = [
    "Le Conseil Municipal, après en avoir délibéré, à l'unanimité, DÉCIDE :",
    "Le Conseil Municipal après avoir entendu l'exposé de Madame le Maire et en avoir délibéré, "
    "et à l'unanimité, décide :",
    "Le Conseil Municipal ayant entendu l'exposé de Madame le Maire et après en avoir délibéré, "
    "et à l'unanimité, décide :",
]


@pytest.mark.parametrize("formula", VOTING_DECISION_FORMULAS)
def test_a_vote_inside_the_decision_formula(formula: str) -> None:
    text = f"Vu le code général des collectivités territoriales, {formula} - de fixer le prix.\n"
    for variant in (text, text.replace(", Le", ",\nLe").replace(": -", ":\n-")):
        extract = qpparse.parse(variant)
        assert extract.vote is not None
        assert (extract.vote.outcome, extract.vote.unanimous) == ("adopted", True)
        assert extract.decision_formula == formula.rstrip(" :")
        assert len(extract.visas) == 1
        assert [article.text for article in extract.articles] == ["de fixer le prix"]


def test_dash_items_after_decide_are_unnumbered_articles() -> None:
    extract = qpparse.parse(
        "Après en avoir délibéré,\nDÉCIDE :\n"
        "- d'approuver le compte administratif 2020 ;\n"
        "- d'autoriser le Maire à signer toutes les pièces\n"
        "afférentes.\n"
    )
    assert extract.decision_formula == "Après en avoir délibéré, DÉCIDE"
    found = [(a.number, a.label, a.text, a.numbered) for a in extract.articles]
    assert found == [
        (1, "", "d'approuver le compte administratif 2020", False),
        (2, "", "d'autoriser le Maire à signer toutes les pièces afférentes", False),
    ]
    assert extract.unrecognised == []


# (signature block, formula, role, signatory)
SIGNATURES = [
    (
        "Ainsi fait et délibéré les jour, mois et an susdits.\nPour extrait conforme,\nLe Maire,\n"
        "Paul VERNIÈRES\n",
        "Ainsi fait et délibéré les jour, mois et an susdits. Pour extrait conforme",
        "Le Maire",
        "Paul VERNIÈRES",
    ),
    (
        "Fait à Lauzerac, le 18 décembre 2019\nLe Maire,\nGisèle TAURINES\n",
        "Fait à Lauzerac, le 18 décembre 2019",
        "Le Maire",
        "Gisèle TAURINES",
    ),
    (
        "Pour copie conforme,\nLe Président du Conseil départemental,\nMarc ROUQUAIROL\n",
        "Pour copie conforme",
        "Le Président du Conseil départemental",
        "Marc ROUQUAIROL",
    ),
]


@pytest.mark.parametrize(("block", "formula", "role", "signatory"), SIGNATURES)
def test_signature_blocks(block: str, formula: str, role: str, signatory: str) -> None:
    extract = qpparse.parse("Délibère\nArticle 1 : ok\nAdopté à l'unanimité\n" + block)
    signature = extract.signature
    assert signature is not None
    assert (signature.formula, signature.role) == (formula, role)
    assert signature.signatory is not None
    assert signature.signatory.name == signatory
    assert extract.unrecognised == []


# (minutes, outcome, unanimous, for): the first deliberation's vote written inside a piece read
# as something else (visas, a decision, a « Délibération n° » paragraph).
VOTE_IN_PROSE = [
    (
        "Compte rendu du Conseil Municipal du 14 novembre 2018\n"
        "Présents : M. Paul LAUZET, Mme Anne ROUX, M. Marc DUVAL.\n"
        "1. Vente du terrain AB 7 au lieudit les Lauzes pour une surface de 4 ares,\n"
        "Vu le courrier de Madame Anne ROUX reçu le 2 octobre 2018,\n"
        "Le Conseil Municipal, ayant délibéré, à l'unanimité, décide : de vendre.\n",
        "adopted",
        True,
        None,
    ),
    (
        "CONSEIL MUNICIPAL DU 7 JUIN 2019\n"
        "Délibération N°2019-06-01 Subventions aux associations. L'adjoint présente les montants "
        "proposés. Après débat, à l'unanimité, le conseil municipal approuve.\n"
        "Délibération N°2019-06-02 Tarifs. Rejeté par 12 voix contre et 9 voix pour.\n",
        "adopted",
        True,
        None,
    ),
    (
        "CONSEIL MUNICIPAL PROCES-VERBAL DE LA SEANCE DU 10 SEPTEMBRE 2021\n"
        "Présents : M. Paul LAUZET, Mme Anne ROUX, M. Marc DUVAL.\n"
        "M. Marc DUVAL a été nommé secrétaire de séance.\n"
        "1. TARIFS DE LA CANTINE – D07-2021\n"
        "Monsieur le Maire soumet les tarifs à l'approbation de l'assemblée.\n"
        "Après en avoir délibéré, APPROUVE les tarifs. Pour : 23 Contre : 0 Abstentions : 0\n",
        "adopted",
        True,
        23,
    ),
    # Minutes whose items have no numbered heading: the first vote after the lists that is not
    # a routine item's (the previous minutes).
    (
        "Compte rendu de la réunion du Conseil Municipal du 6 décembre 2012\n"
        "Étaient présents : M. Paul LAUZET, Mme Anne ROUX, M. Marc DUVAL.\n"
        "Le compte-rendu de la réunion du 22 novembre 2012 est adopté à l'unanimité. BUDGET "
        "Décision modificative n°4 : afin de verser l'avance au budget annexe,\n"
        "Le Conseil Municipal, après en avoir délibéré, approuve la décision modificative.\n",
        "adopted",
        None,
        None,
    ),
    (
        "SEANCE DU 12 DECEMBRE 2019\n"
        "Présents : Tous les Conseillers, sauf absents excusés : Madame Anne ROUX (procuration à "
        "Monsieur Marc DUVAL), Monsieur Paul LAUZET.\n"
        "Le compte-rendu de la séance précédente est adopté à l'unanimité. TARIFS 2020 : "
        "L'assemblée décide, à l'unanimité de ses membres, d'appliquer les tarifs suivants.\n",
        "adopted",
        True,
        None,
    ),
    (
        "Conseil municipal du 3 mars 2016\n"
        "Présents : M. Paul LAUZET, Mme Anne ROUX, M. Marc DUVAL.\n"
        "Secrétaire de séance : Mme Anne ROUX\n"
        "Subvention : Après en avoir délibéré, le Conseil Municipal décide d'attribuer une "
        "subvention de 500 € au comité des fêtes.\n",
        "adopted",
        None,
        None,
    ),
]


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize(("text", "outcome", "unanimous", "for_"), VOTE_IN_PROSE)
def test_the_first_vote_read_from_prose(
    text: str, outcome: str, unanimous: bool | None, for_: int | None, flat: bool
) -> None:
    extract = qpparse.parse(" ".join(text.split()) if flat else text)
    assert extract.vote is not None
    assert (extract.vote.outcome, extract.vote.unanimous, extract.vote.for_) == (
        outcome,
        unanimous,
        for_,
    )


def test_the_agendas_adoption_is_the_first_item() -> None:
    text = (
        "Procès-verbal n°02/2008 du conseil municipal du 15/04/2008\n"
        "Présents : M. Paul LAUZET – Mme Anne ROUX – M. Marc DUVAL\n"
        "Madame Anne ROUX est élue secrétaire de séance.\n"
        "Question n° 1 - Adoption de l'ordre du jour Le conseil municipal, à l'unanimité, adopte "
        "l'ordre du jour suivant :\n"
        "Question n° 2 - Compte administratif 2007 Mme ROUX présente le compte administratif.\n"
    )
    for given in as_written_and_flat(text):
        extract = qpparse.parse(given)
        assert extract.deliberation.title == "Adoption de l'ordre du jour"
        assert extract.vote is not None
        assert (extract.vote.outcome, extract.vote.unanimous) == ("adopted", True)


# (summary of a session, outcome of its first item): the outcome alone before item 2's number.
SUMMARY_OUTCOMES = [
    (
        "Réunion du Conseil de la Métropole du vendredi 20 novembre 2020 à 9 heures\n"
        "Compte-rendu sommaire\n"
        "1 Modalités techniques de la tenue du Conseil.\n"
        "Il est demandé au Conseil d'approuver les conditions techniques d'organisation.\n"
        "Adopté\n"
        "2 Rapport d'activité du Conseil de développement.\n"
        "Prend acte\n",
        "adopted",
    ),
    # « Adopté, 2 abstentions » is a tally, not the next item
    (
        "Réunion du Conseil de la Métropole du vendredi 20 novembre 2020 à 9 heures\n"
        "1 Tarifs. Il est demandé au Conseil d'approuver les tarifs. Adopté 2 abstentions.\n",
        None,
    ),
]


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize(("text", "outcome"), SUMMARY_OUTCOMES)
def test_the_first_outcome_of_a_summary(text: str, outcome: str | None, flat: bool) -> None:
    extract = qpparse.parse(" ".join(text.split()) if flat else text)
    assert (extract.vote.outcome if extract.vote else None) == outcome
