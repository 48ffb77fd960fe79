"""Acceptance of issue 2: what ``qpparse parse`` must say about the seed, field by field.

The golden file already pins the whole output; these assertions spell out the facts the issue
names, so that a regenerated golden cannot quietly drop one of them.
"""

from __future__ import annotations

import datetime as dt

import pytest

import qpparse


def _names(people: list[qpparse.Person]) -> list[str]:
    return [person.name for person in people]


def test_authority_and_body(seed: qpparse.Extract) -> None:
    assert seed.authority is not None
    assert (seed.authority.name, seed.authority.kind) == (
        "Métropole Aix-Marseille-Provence",
        "metropole",
    )
    assert seed.body is not None
    assert (seed.body.name, seed.body.kind) == ("Bureau de la Métropole", "bureau")


def test_session_date_and_president(seed: qpparse.Extract) -> None:
    session = seed.session
    assert session.date == dt.date(2022, 3, 10)
    assert session.weekday == "jeudi"
    assert session.line == 5
    assert session.time is None  # the seed states no time
    president = session.president
    assert president is not None
    assert president.name == "Martine VASSAL"
    assert president.civility == "Mme"
    assert president.given_name == "Martine"
    assert president.family_name == "VASSAL"
    assert president.line == 7
    assert session.president_role == "Présidente de la Métropole Aix-Marseille-Provence"
    assert session.secretary is None


def test_declared_counts(seed: qpparse.Extract) -> None:
    counts = seed.session.counts
    assert counts.present == 23
    assert counts.line == 7
    # Only what the text declares: nothing about members in office, proxies or voters.
    assert (counts.in_office, counts.represented, counts.voters) == (None, None, None)


def test_present(seed: qpparse.Extract) -> None:
    present = seed.attendance.present
    assert len(present) == 23
    assert present[0].name == "Martial ALVAREZ"
    assert present[-1].name == "Yves VIDAL"
    assert "Jean-Pascal GOURNES" in _names(present)
    assert {person.line for person in present} == {11}
    assert all(person.given_name and person.family_name for person in present)
    assert all(person.civility is None for person in present)


def test_represented(seed: qpparse.Extract) -> None:
    pairs = [
        (proxy.member.name, proxy.holder.name if proxy.holder else None, proxy.line)
        for proxy in seed.attendance.represented
    ]
    assert pairs == [
        ("Roland GIBERTI", "Gerard GAZAY", 15),
        ("Nicolas ISNARD", "Didier KHELFA", 15),
        ("Arnaud MERCIER", "Jean-Pascal GOURNES", 15),
    ]
    holder = seed.attendance.represented[2].holder
    assert holder is not None
    assert (holder.given_name, holder.family_name) == ("Jean-Pascal", "GOURNES")


def test_excused(seed: qpparse.Extract) -> None:
    excused = seed.attendance.excused
    assert _names(excused) == [
        "Gérard BRAMOULLE",
        "Emmanuelle CHARAFE",
        "Gaby CHARROUX",
        "Philippe GINOUX",
        "Éric LE DISSES",
        "Didier PARAKIAN",
        "Henri PONS",
        "Amapola VENTRON",
        "David YTIER",
    ]
    le_disses = excused[4]
    assert (le_disses.given_name, le_disses.family_name) == ("Éric", "LE DISSES")
    assert {person.line for person in excused} == {19}
    assert seed.attendance.absent == []


def test_nobody_is_in_two_lists(seed: qpparse.Extract) -> None:
    attendance = seed.attendance
    members = [
        *_names(attendance.present),
        *(proxy.member.name for proxy in attendance.represented),
        *_names(attendance.excused),
    ]
    assert len(members) == len(set(members)) == 23 + 3 + 9


def test_identification(seed: qpparse.Extract) -> None:
    deliberation = seed.deliberation
    assert deliberation.number == "CHL-025-11372/22/BM"
    assert deliberation.line == 23
    assert deliberation.other_numbers == ["18621"]
    assert deliberation.title == "Approbation de la Convention Quartiers Productifs (2022/2024)"
    assert deliberation.title_line == 25
    parts = deliberation.number_parts
    assert parts is not None
    assert (parts.commission, parts.order, parts.unique, parts.year, parts.body) == (
        "CHL",
        25,
        11372,
        2022,
        "BM",
    )


def test_report(seed: qpparse.Extract) -> None:
    deliberation = seed.deliberation
    assert deliberation.proposer is not None
    assert deliberation.proposer.startswith("Madame la Présidente de la Métropole")
    report = deliberation.report
    # Read as sentences and dash items: where the paragraphs broke is a line break, a hint.
    assert len(report) == 12
    assert report[0].startswith("Les Quartiers Prioritaires Politique de la Ville (QPV)")
    assert report[0].endswith("que celui des autres quartiers.")
    assert report[7] == (
        "La Métropole Aix-Marseille-Provence fait partie des quatorze territoires proposés."
    )
    text = " ".join(report)
    sites = ["- Aix Encagnane (", "- Aubagne le Charel (", "- Marseille Nord ("]
    places = [text.find(site) for site in sites]
    assert text.find("La Métropole développe cette expérimentation sur trois sites :") < places[0]
    assert [item[:16] for item in report[9:]] == [site[:16] for site in sites]
    assert 0 < places[0] < places[1] < places[2]
    # The markdown emphasis around « Blue Economy » is gone, and recorded as a repair.
    assert "autour de la Blue Economy, avec" in text
    assert "*" not in text


def test_visas(seed: qpparse.Extract) -> None:
    visas = seed.visas
    assert len(visas) == 8
    assert visas[0].text == "Le Code Général des Collectivités Territoriales"
    assert visas[0].line == 53
    assert visas[-1].text == (
        "L'avis du Conseil de Territoire du pays d'Aubagne et de l'Etoile du 8 mars 2022"
    )
    assert [visa.line for visa in visas] == list(range(53, 61))


def test_considerants(seed: qpparse.Extract) -> None:
    considerants = seed.considerants
    assert [citation.line for citation in considerants] == [68, 69, 70]
    assert considerants[0].text == (
        "L'intérêt pour la métropole à participer à une démarche expérimentale sur les "
        "quartiers prioritaires"
    )
    assert considerants[2].text == (
        "L'enjeu d'un développement économique plus inclusif sur notre territoire métropolitain"
    )


def test_decision_and_articles(seed: qpparse.Extract) -> None:
    assert seed.decision_formula == "Délibère"
    articles = [
        (article.number, article.label, article.text, article.line) for article in seed.articles
    ]
    assert articles == [
        (1, "Article 1", "Est approuvée la Convention Quartiers Productifs ci-annexée.", 74),
        (
            2,
            "Article 2",
            "Madame la Présidente de la Métropole ou son représentant est autorisé à signer la "
            "Convention Quartier Productif.",
            78,
        ),
    ]


def test_vote(seed: qpparse.Extract) -> None:
    vote = seed.vote
    assert vote is not None
    assert vote.outcome == "adopted"
    assert vote.unanimous is None  # the text does not say
    assert (vote.for_, vote.against, vote.abstentions) == (None, None, None)
    assert vote.not_voting == []
    assert vote.text == "Cette proposition mise aux voix est adoptée"
    assert vote.line == 82


def test_signature(seed: qpparse.Extract) -> None:
    signature = seed.signature
    assert signature is not None
    assert signature.formula == "Certifié Conforme"
    assert signature.line == 84
    assert signature.role == (
        "Le Vice-Président Délégué, Emploi, cohésion sociale et territoriale, "
        "Insertion et relation avec le GPMM"
    )
    signatory = signature.signatory
    assert signatory is not None
    assert signatory.name == "Martial ALVAREZ"
    assert (signatory.given_name, signatory.family_name, signatory.line) == (
        "Martial",
        "ALVAREZ",
        89,
    )


def test_formulas(seed: qpparse.Extract) -> None:
    assert [(formula.kind, formula.line) for formula in seed.formulas] == [
        ("proposal", 21),
        ("conclusion", 47),
        ("body_declaration", 49),
        ("report_heard", 62),
        ("conclusions_heard", 64),
    ]


def test_everything_recognised(seed: qpparse.Extract) -> None:
    assert seed.unrecognised == []


def test_repairs(seed: qpparse.Extract) -> None:
    assert [(repair.line, repair.kind) for repair in seed.repairs] == [
        (25, "markdown"),
        (25, "bullet"),
        (45, "markdown"),
    ]


def test_source(seed: qpparse.Extract, seed_path) -> None:
    source = seed.source
    assert source.path == "samples/valid/amp-bureau-2022-03-10-quartiers-productifs.txt"
    assert source.encoding == "utf-8"
    assert source.line_count == 89
    assert len(source.sha256) == 64
    assert seed.schema_version == 1
    assert seed.record is None


@pytest.mark.parametrize("kind", ["present", "excused"])
def test_people_keep_their_accents(seed: qpparse.Extract, kind: str) -> None:
    """« Gérard » and « Véronique » are written with accents: they stay so."""
    names = _names(getattr(seed.attendance, kind))
    wanted = {"present": "Véronique MIQUELLY", "excused": "Gérard BRAMOULLE"}[kind]
    assert wanted in names
