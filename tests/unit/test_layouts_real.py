"""Shapes met in real texts (issue 12), each as a phrase table: what the text says, what is read.

Every phrase is our own, written after a shape the real corpus (benchmarks/corpus) showed.
"""

from __future__ import annotations

import pytest
from _layouts import as_written_and_flat

import qpparse


def _names(text: str, role: str) -> list[str]:
    attendance = qpparse.parse(text).attendance
    if role == "represented":
        return [
            f"{proxy.member.name} > {proxy.holder.name if proxy.holder else '?'}"
            for proxy in attendance.represented
        ]
    return [person.name for person in getattr(attendance, role)]


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        (
            "Etaient absents ou excusés : M Dutour, Mme Palmier",
            "excused",
            ["Dutour", "Palmier"],
        ),
        (
            "Etaient présents : Tous les membres en exercice, à l'exception de : Mesdames C MERLE, "
            "D LEVASSEUR",
            "absent",
            ["C MERLE", "D LEVASSEUR"],
        ),
        (
            "Présents : Paul MARTIN Etaient invités : Monsieur Michel FAUCHER",
            "present",
            ["Paul MARTIN"],
        ),
        (
            "PRESENTS : GAUVIN R. / DESCAMPS A.M. / DEVOS L.",
            "present",
            ["R. GAUVIN", "A.M. DESCAMPS", "L. DEVOS"],
        ),
        (
            "Présents : 001 ABRIAL Gwenaëlle , 002 ANDRIEU Rozenn , 003 APPERT Nadège",
            "present",
            ["Gwenaëlle ABRIAL", "Rozenn ANDRIEU", "Nadège APPERT"],
        ),
        (
            "Présents : Paul MARTIN, Lucie ROUX, formant la majorité des membres en exercice.",
            "present",
            ["Paul MARTIN", "Lucie ROUX"],
        ),
        (
            "Présents : • ROUSSIN Sandrine - BLONDIN Marc • VASSAL Julien",
            "present",
            ["Sandrine ROUSSIN", "Marc BLONDIN", "Julien VASSAL"],
        ),
        (
            "Absents excusés : Martine BIZOT (pouvoir à Paul MUSSET) André ISARD (pouvoir à "
            "Anne FERRAND) JACOB Valérie (pouvoir à Eric BERRY)",
            "represented",
            [
                "Martine BIZOT > Paul MUSSET",
                "André ISARD > Anne FERRAND",
                "Valérie JACOB > Eric BERRY",
            ],
        ),
        (
            "Présents / Membres titulaires : MM. Jean GOURIN (arrivé à 19h15) Catherine DESPRES "
            "Christian BRUNEL Gilles GAIDON",
            "present",
            ["Jean GOURIN", "Catherine DESPRES", "Christian BRUNEL", "Gilles GAIDON"],
        ),
    ],
)
def test_lists_of_real_shapes(text: str, role: str, names: list[str]) -> None:
    assert _names(text, role) == names


# A group's heading in capitals, its separator lost, before the first member: not a name.
GROUP_HEADINGS = [
    (
        "ÉTAIENT PRÉSENTS\nTITULAIRES\nCOLLÈGE DES REPRÉSENTANTS DES COMMUNES AFFILIÉES\n"
        "VERDIER Armand Adjoint au Maire de PONTLOUP\nLE GALL Rozenn Maire de TREMORAN\n",
        ["Armand VERDIER", "Rozenn LE GALL"],
    ),
    (
        "ÉTAIENT PRÉSENTS\nSUPPLÉANTS\nLE GALL Rozenn Maire de TREMORAN\n",
        ["Rozenn LE GALL"],
    ),
    (  # no family name and given name after it: nothing is taken for a heading
        "ÉTAIENT PRÉSENTS\nMEMBRES Paul, VERDIER Armand\n",
        ["Paul MEMBRES", "Armand VERDIER"],
    ),
]


@pytest.mark.parametrize(("text", "names"), GROUP_HEADINGS)
def test_a_group_heading_before_the_first_member(text: str, names: list[str]) -> None:
    assert _names(text, "present") == names


@pytest.mark.parametrize(
    ("text", "communes"),
    [
        (
            "Présents Aubeterre M. Gérard ANDRIEU, Mme Rosine ARMAND Aussac M. Francis SALLES "
            "Balzac M. Vincent TERRIER",
            ["Aubeterre", "Aubeterre", "Aussac", "Balzac"],
        ),
        (
            "Etaient présents Artigny M. GUDIN Pascal, Mme SOUBRIER Annie ; Baignes Mme PELLOUX "
            "Chantal ; Bougy lez Neuville Mme MARAIS Isabelle",
            ["Artigny", "Artigny", "Baignes", "Bougy lez Neuville"],
        ),
        (
            "Présents : ASNIÈRES M. BOUCHARD et Mme DORAT ; CHATEAU-LANDON MM. GARGAN et "
            "LABELLIE ; DIEMOZ Mme MAMET",
            ["ASNIÈRES", "ASNIÈRES", "CHATEAU-LANDON", "CHATEAU-LANDON", "DIEMOZ"],
        ),
        (
            "Etaient présents : Arnouville les Mantes : Rémy BOUTET Bazainville : Jean-Luc "
            "BOUSQUET – Bernard MATHIEU",
            ["Arnouville les Mantes", "Bazainville", "Bazainville"],
        ),
        (
            "Etaient présents : Arnouville les Mantes : Rémy BOUTET Bazainville : Jean-Luc "
            "BOUSQUET – Bernard MATHIEU Béhoust : Rodolphe GARIN – Jean Pierre VAUTIER",
            ["Arnouville les Mantes", "Bazainville", "Bazainville", "Béhoust", "Béhoust"],
        ),
        (
            "Présents Aubac M. Paul MARTIN, Mme Lucie ROUX Saint-Orens M. Marc BRUNO "
            "L'Isle-Bas Mme Zoé BRUN",
            ["Aubac", "Aubac", "Saint-Orens", "L'Isle-Bas"],
        ),
        (
            "Etaient présents : Aubac : Paul MARTIN (pouvoir à M Bruno) Lauze : Lucie ROUX "
            "Villebourg : Zoé BRUN",
            ["Lauze", "Villebourg"],
        ),
        (
            "Etaient présents : Pays d'Aubac : MM. Dupont, Martin, Mme Roux. Pays de Lauze : "
            "M. Petit, Mme Brun. St. Jean de Lauze : M. Blanc",
            ["Pays d'Aubac"] * 3 + ["Pays de Lauze"] * 2 + ["St. Jean de Lauze"],
        ),
    ],
)
def test_communes_written_before_civilities(text: str, communes: list[str]) -> None:
    assert [person.commune for person in qpparse.parse(text).attendance.present] == communes


@pytest.mark.parametrize(
    ("text", "president"),
    [
        (
            "Le conseil s'est réuni sous la présidence de son maire Madame Monique BOURGEON.",
            "Monique BOURGEON",
        ),
        (
            "s'est réuni en séance publique à la Mairie, sous la Présidence du Maire, Monsieur "
            "Max Herbin. Date de convocation : 3 mai 2010",
            "Max Herbin",
        ),
        (
            "Séance du 29 juillet 2021\nPRESIDENCE : Monsieur Christian ESTIENNE, Président",
            "Christian ESTIENNE",
        ),
        (
            "CONSEIL MUNICIPAL DU 19 MARS 2018 s'est réuni le Conseil Municipal sous la présidence "
            "de Monsieur Pascal PINEAU Maire Etaient présents : Paul MARTIN",
            "Pascal PINEAU",
        ),
        (
            "Le Conseil Municipal s'est réuni à la Mairie sous la présidence de M.\n\n"
            "CHARLOT, Maire.",
            "CHARLOT",
        ),
        ("La séance est ouverte à 9 h 05 par Monsieur Hubert FALLOT, Président.", "Hubert FALLOT"),
        ("La séance est ouverte par le Maire.", None),  # nobody named
        (
            "SEANCE DU CONSEIL MUNICIPAL du mardi 4 avril Le Conseil Municipal de Lauzac, convoqué "
            "par le Maire, a siégé sous la présidence de Hugo LAUZET. MEMBRES EN EXERCICE 19",
            "Hugo LAUZET",
        ),
        (  # no civility, no capitals: words that each start with a capital and are no role
            "Le Conseil municipal s'est réuni sous la présidence de Paul Lauzet, Maire.",
            "Paul Lauzet",
        ),
        ("Le conseil s'est réuni sous la présidence du Premier Adjoint, Paul MARTIN.", None),
        (
            "Séance du 4 décembre 2019 Nombre de membres en exercice au jour de la séance : 87 "
            "Présidente : Mme PERRIN Michèle",
            "Michèle PERRIN",
        ),
        (
            "Procès-verbal du conseil du 28 janvier 2021 Présidé par Jean-Yves Lauzet",
            "Jean-Yves Lauzet",
        ),
        (
            "Conseil d'administration du 18 juin 2014 Séance présidée par : Madame Claire "
            "ROUX-LAUZET, Présidente du conseil d'administration",
            "Claire ROUX-LAUZET",
        ),
        (
            "L'an deux mille vingt et un, le vingt-deux octobre, le conseil s'est réuni sous la "
            "présidence de M. Paul LAUZET (Maire), conformément aux articles L. 2121-10.",
            "Paul LAUZET",
        ),
        (
            "Le Conseil municipal de Lauzac s'est assemblé sous la présidence de : Monsieur "
            "Jean-Baptiste LAUZET, Maire DATE DE CONVOCATION 3 mars 2016",
            "Jean-Baptiste LAUZET",
        ),
        (
            "les conseillers se sont réunis en séance ouverte par sa présidente, Madame Lauzet, "
            "après convocation",
            "Lauzet",
        ),
        (
            "Lauzac : Paul MARTIN 2/4 M Simon Lauzet, président, maire de Lauzac, ouvre la séance "
            "et lit l'ordre du jour.",
            "Simon Lauzet",
        ),
    ],
)
def test_the_president_is_read_from_prose(text: str, president: str | None) -> None:
    found = qpparse.parse(text).session.president
    assert (found.name if found else None) == president


@pytest.mark.parametrize(
    ("members", "president"),
    [
        ("M. Paul MARTIN, Président, Mme Anne NOIR, M. Marc BRUN", "Paul MARTIN"),
        ("M. Couet, Président, Mmes Appéré, Barbier, MM. Bernard", "Couet"),
        ("LAUZE : M. Paul MARTIN (Présidente de séance), Mme Anne NOIR", "Paul MARTIN"),
        # The president of a commission, or two presidents: nobody.
        ("M. Paul MARTIN, Président de la commission des finances, Mme Anne NOIR", None),
        ("M. Paul MARTIN, Président, Mme Anne NOIR, Présidente", None),
    ],
)
def test_the_member_listed_as_president_presides(members: str, president: str | None) -> None:
    for variant in as_written_and_flat(f"Séance du 3 mars 2020\nPrésents : {members}\n"):
        found = qpparse.parse(variant).session.president
        assert (found.name if found else None) == president, variant


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("ACCUEIL Monsieur le Président accueille l'Assemblée.", "ACCUEIL"),
        ("CIMETIERE La commune gère deux cimetières.", "CIMETIERE"),
        ("BUDGET PRIMITIF 2020 Le Maire présente le budget.", "BUDGET PRIMITIF 2020"),
        ("Tarifs de la cantine Le Maire rappelle les tarifs.", "Tarifs de la cantine"),
        # A sentence too long to be a title: a colon before a capital ends the heading.
        (
            "Compte Administratif 2004 : FONCTIONNEMENT Dépenses Recettes " + "196 776.64 " * 30,
            "Compte Administratif 2004",
        ),
        ("Bilan de l'année : " + "il est rappelé que le budget a été tenu " * 6, ""),
        # one word in capitals and a year, then the report's sentence
        (
            "TRAVAUX 2016 Comme abordé lors des séances précédentes, Madame X présente",
            "TRAVAUX 2016",
        ),
        # a field in capitals, a separator, then its subject in sentence case: one title
        (
            "ADMINISTRATION GENERALE / Remplacement d'un conseiller municipal. Le Maire expose",
            "ADMINISTRATION GENERALE / Remplacement d'un conseiller municipal",
        ),
        (
            "FINANCES – Tarifs de la cantine Le Maire rappelle les tarifs.",
            "FINANCES – Tarifs de la cantine",
        ),
    ],
)
def test_a_heading_ends_before_the_sentence_after_it(text: str, title: str) -> None:
    from qpparse.frenchtext import split_heading

    assert split_heading(text)[0] == title


def test_the_words_between_a_title_and_the_next_list_item_are_kept() -> None:
    from qpparse.frenchtext import split_heading

    text = "Tarifs Le Vice-Président Délégué, - L'intérêt de la démarche; - Autre chose ici;"
    assert split_heading(text) == (
        "Tarifs",
        "Le Vice-Président Délégué, - L'intérêt de la démarche - Autre chose ici;",
    )


def test_a_page_s_date_before_the_number_is_no_title() -> None:
    text = (
        "Article 3 : Chaque établissement rendra compte de l'utilisation des crédits.\n"
        "Septembre 2010\nDélibération 2010 DASCO 42\nConseil général\n"
    )
    for variant in as_written_and_flat(text):
        deliberation = qpparse.parse(variant).deliberation
        assert (deliberation.number, deliberation.title) == ("2010 DASCO 42", None)


def test_a_cut_report_after_the_first_item_is_no_agenda() -> None:
    text = (
        "Séance du 3 mars 2020\nPrésents : Paul MARTIN, Lucie ROUX\nSecrétaire de séance : Lucie"
        " ROUX\n1 - FINANCES\n1-1 Admissions en non-valeur Certaines créances d"
    )
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).deliberation.title == "Admissions en non-valeur"


def test_the_secretary_an_item_is_about_is_no_secretary_s_line() -> None:
    text = (
        "Séance du 3 juillet 2017\nPrésents : Paul MARTIN, Lucie ROUX\nExcusés : Anne NOIR\n"
        "Secrétaire de séance : Lucie ROUX\nPOINT N° 1 - DESIGNATION DU SECRETAIRE DE SEANCE :\n"
        "Sur proposition de Monsieur le Maire, le Conseil Municipal désigne Lucie ROUX.\n"
    )
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert [person.name for person in extract.attendance.excused] == ["Anne NOIR"]
        assert extract.deliberation.title != "DESIGNATION DU"


def test_a_recueil_s_own_number_is_no_deliberation_s() -> None:
    text = (
        "RÉPUBLIQUE FRANÇAISE\nRECUEIL DES ACTES ADMINISTRATIFS N°20 - 02 - 02\n"
        "DÉLIBÉRATIONS DE LA COMMISSION PERMANENTE\nSOMMAIRE\nN° CP_20_030 : Déclassement de "
        "matériel roulant p. 5\nN° CP_20_031 : Convention de voirie p. 7\n"
    )
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).deliberation.number == "CP_20_030"


def test_the_act_s_subject_code_starts_no_item() -> None:
    from qpparse.scan import item_starts

    # « matière » of @CTES: flattened, it stands before the stamp's words
    text = "ADOPTION DU PROCES VERBAL Classification : 5-2 Acte rendu exécutoire après dépôt"
    assert item_starts(text) == []
    assert item_starts("Le compte rendu est adopté. 5-2 Tarifs de la cantine") != []


def test_an_agenda_number_sign_inside_a_title_starts_no_item() -> None:
    text = (
        "Séance du 3 mars 2014\nPrésents : Paul MARTIN, Lucie ROUX\n"
        "I – Décision modificative n°2 – Eau Potable – 2014\n"
        "Le Maire expose au conseil municipal qu'il convient de modifier les crédits.\n"
    )
    for variant in as_written_and_flat(text):
        title = qpparse.parse(variant).deliberation.title
        assert title == "Décision modificative n°2 – Eau Potable – 2014"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("1. Achat de la parcelle ZB 12 – Les Saules,", "Achat de la parcelle ZB 12 – Les Saules"),
        ("1°) : ADHÉSION DE LA COMMUNE AU SYNDICAT :", "ADHÉSION DE LA COMMUNE AU SYNDICAT"),
        ("1-1 Admissions en non-valeur", "Admissions en non-valeur"),
        ("1-1 Admissions en non-valeur Certaines créances d", "Admissions en non-valeur"),
        ("II – Compte-rendu des décisions du Maire", "Compte-rendu des décisions du Maire"),
        ("Dossier 2 Budget primitif 2012", "Budget primitif 2012"),
        ("N° 01 - Fusion, compétences restituées", "Fusion, compétences restituées"),
        ("1 - FINANCES", None),  # a field of the agenda, not an item
        ("Il est recommandé de gérer l'existant.", None),  # « Il » is no roman numeral
        ("Votants : 12", None),
        ("0 PERSONNEL DE L'OFFICE :", None),
        ("I - Affaires Générales", None),  # a field of the agenda, in any case
        # one word in capitals, then the report's sentence: a field's heading, no title
        ("3) ACCUEIL Monsieur le Président accueille l'Assemblée.", None),
    ],
)
def test_item_headings_of_minutes(line: str, title: str | None) -> None:
    from qpparse.extract.minutes import item_title

    assert item_title(line) == title


MINUTES = """\
Compte rendu du conseil municipal du 12 mars 2019
Présents : Paul MARTIN, Lucie ROUX, Jean PETIT
Le compte rendu de la séance précédente est adopté à l'unanimité.
1. Approbation du procès-verbal du 3 février
Le procès-verbal est adopté.
2. Tarifs de la cantine scolaire
Le Maire propose de maintenir les tarifs de l'an dernier pour les familles.
Adopté à l'unanimité.
3. Subvention au comité des fêtes
"""

AGENDA = """\
Compte rendu du conseil municipal du 12 mars 2019
Présents : Paul MARTIN, Lucie ROUX, Jean PETIT
Ordre du jour :
1. Tarifs de la cantine scolaire
2. Subvention au comité des fêtes
"""


def test_minutes_give_their_first_decision_and_its_vote() -> None:
    extract = qpparse.parse(MINUTES)

    assert extract.deliberation.title == "Tarifs de la cantine scolaire"
    assert extract.vote is not None
    assert extract.vote.outcome == "adopted"
    assert extract.vote.unanimous is True
    assert all(line.line not in {6, 8} for line in extract.unrecognised)


def test_an_agenda_alone_gives_its_first_entry_and_no_vote() -> None:
    extract = qpparse.parse(AGENDA)
    assert extract.deliberation.title == "Tarifs de la cantine scolaire"
    assert extract.vote is None  # the agenda does not say how the item was voted


def test_questions_diverses_are_no_deliberation() -> None:
    text = (
        "Compte rendu du conseil municipal du 12 mars 2019\n"
        "Présents : Paul MARTIN, Lucie ROUX, Jean PETIT\n"
        "Le compte rendu de la séance précédente est adopté à l'unanimité.\n"
        "7) Questions diverses Lucie ROUX : demande l'adoption du compte rendu, adopté à "
        "l'unanimité.\n"
    )
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert extract.deliberation.title is None
        assert extract.vote is None


def test_a_heading_glued_after_the_secretary_s_name() -> None:
    """« Secrétaire de séance : Mr Didier NARBAL CREATION D'UN POSTE DE SECRETARIAT » (its line
    break lost), the report, considérants, a table's row, then the decision and its vote."""
    text = (
        "REUNION DU 5 FEVRIER 2008\nEtaient excusés : Mrs LACOUR Marcel, BUTON Bernard\n"
        "Secrétaire de séance : Mr Didier NARBAL\nCREATION D’UN POSTE DE SECRETARIAT\n"
        "Le Président rappelle à l’assemblée : les emplois sont créés par l’organe délibérant.\n"
        "Considérant la nécessité de créer un emploi d’adjoint administratif,\n"
        "0 - Nouvel effectif : 1\n"
        "Après en avoir délibéré, le Comité Syndical adopte la création du poste. Adopté à 23 "
        "Voix pour - A 0 Voix contre - A 0 Abstention(s)\n"
    )
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert extract.session.secretary is not None
        assert extract.session.secretary.name == "Didier NARBAL"
        assert extract.deliberation.title == "CREATION D’UN POSTE DE SECRETARIAT"
        assert not any("CREATION" in kept.text for kept in extract.unrecognised)
        assert extract.vote is not None
        assert extract.vote.outcome == "adopted"


_REPORT = (
    "Le Maire expose au Conseil que les tarifs doivent être revus.\n"
    "Après en avoir délibéré, le Conseil municipal, à l'unanimité, approuve les tarifs.\n"
)


@pytest.mark.parametrize(
    ("lists", "title", "excused"),
    [
        # A heading in sentence case after the secretary's name.
        (
            "Secrétaire de séance : Mme Anne NOIR\nCréation d'un poste de secrétariat\n",
            "Création d'un poste de secrétariat",
            [],
        ),
        # … with a bullet before it.
        (
            "Secrétaire de séance : Mme Anne NOIR\n■ Tarifs de la cantine scolaire\n",
            "Tarifs de la cantine scolaire",
            [],
        ),
        # Announced, after the secretary's name: not that person's report (« Mme X … expose »).
        (
            "Secrétaire de séance : Mme Anne NOIR\nOBJET - Tarifs de la cantine scolaire\n",
            "Tarifs de la cantine scolaire",
            [],
        ),
        # In capitals, after the last name of a list: no part of that name.
        (
            "Absents excusés : Mme Léa GRIS\nCREATION D'UN POSTE DE SECRETARIAT\n",
            "CREATION D'UN POSTE DE SECRETARIAT",
            ["Léa GRIS"],
        ),
        # In sentence case, after the last name of a list.
        (
            "Absents excusés : Mme Léa GRIS, M. Jean VERT\nTarifs de la cantine scolaire\n",
            "Tarifs de la cantine scolaire",
            ["Léa GRIS", "Jean VERT"],
        ),
        # A member's office after the name is no heading.
        ("Absents excusés : Mme Léa GRIS, M. Jean VERT Adjoint aux travaux\n", None, None),
        # Nor a note on the member's time.
        ("Absents excusés : Mme Léa GRIS Arrivée au point 3\n", None, None),
    ],
)
def test_a_heading_glued_after_the_last_name(
    lists: str, title: str | None, excused: list[str] | None
) -> None:
    """The first item's heading right after the lists, its line break lost or the text
    flattened, is the title, never a name's words."""
    text = f"Séance du 3 mai 2021\nPrésents : M. Paul ROUX, Mme Anne NOIR\n{lists}{_REPORT}"
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert extract.deliberation.title == title
        if excused is not None:
            assert [member.name for member in extract.attendance.excused] == excused
        if "Secrétaire" in lists:
            assert extract.session.secretary is not None
            assert extract.session.secretary.name == "Anne NOIR"


def test_the_minutes_approved_under_a_pronoun_are_no_deliberation_s_vote() -> None:
    """« … sur le compte-rendu du 24 février dernier. Aucune remarque n'étant formulée celui-ci
    est adopté à la majorité, 1 abstention »: the previous minutes' vote, named before."""
    text = (
        "Compte rendu du conseil communautaire du 6 avril 2016\n"
        "Présents : MM. Paul MARTIN, Luc ROUX, Jean PETIT\n"
        "Pouvoirs : M. Alain CULOT représenté par M. Luc ROUX\n"
        "Monsieur Jean PETIT a été nommé secrétaire\n"
        "Le Président ouvre la séance et remercie les conseillers de leur présence.\n"
        "Avant de débuter l'ordre du jour M. MARTIN demande si des remarques sont à formuler sur "
        "le compte-rendu du conseil communautaire du 24 février dernier. Aucune remarque n'étant "
        "formulée celui-ci est adopté à la majorité, 1 abstention\nM. ROUX demande la parole.\n"
    )
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).vote is None


@pytest.mark.parametrize(
    ("text", "proxies"),
    [
        (
            "Représentés :\nMme Michèle GARNIER : pouvoir à M. DUPUIS ; Mme Patricia MARTIN : "
            "pouvoir à Mme PEROT",
            ["Michèle GARNIER > DUPUIS", "Patricia MARTIN > PEROT"],
        ),
        (
            "Avaient donné pouvoir : Pierre BATAILLON à Fernand ROIG, Hélène MARTIN à Daniel ARNAL",
            ["Pierre BATAILLON > Fernand ROIG", "Hélène MARTIN > Daniel ARNAL"],
        ),
    ],
)
def test_proxies_of_real_shapes(text: str, proxies: list[str]) -> None:
    assert _names(text, "represented") == proxies


@pytest.mark.parametrize(
    ("text", "in_office", "present", "voters"),
    [
        (
            "Nombre de membres du Conseil communautaire en exercice : 29 Nombre de membres "
            "titulaires ou suppléants présents : 26",
            29,
            26,
            None,
        ),
        (
            "Nombre de titulaire en exercice : 42 Nombre de membres présents : 36 Votants : 39",
            42,
            36,
            39,
        ),
        ("Compte-rendu affiché le : 3 juin 2010 Présents : 18 MM Herbin, Petit", None, 18, None),
    ],
)
def test_counts_of_real_shapes(
    text: str, in_office: int | None, present: int | None, voters: int | None
) -> None:
    counts = qpparse.parse(text).session.counts
    assert (counts.in_office, counts.present, counts.voters) == (in_office, present, voters)


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        (
            "Procurations : 1. Damien JOURNET à Julien GRIMAL 2. Léa KERGUEN, POUVOIR A M. AUZET",
            "represented",
            ["Damien JOURNET > Julien GRIMAL", "Léa KERGUEN > AUZET"],
        ),
        (
            "Absent(e)s : MARTINI Vincent NOGUES J.-P.",
            "absent",
            ["Vincent MARTINI", "J.-P. NOGUES"],
        ),
        ("Absent(e)s : LE GALLO Éric", "absent", ["Éric LE GALLO"]),
        (  # numbered with a dash: « 1- » is no count of proxies
            "PROCURATIONS : 1- Mme VIDAL, a donné procuration à Mme DEGAS 2- M. Paul TOURNIER, "
            "a donné procuration à M. Jean ISARD",
            "represented",
            ["VIDAL > DEGAS", "Paul TOURNIER > Jean ISARD"],
        ),
    ],
)
def test_numbered_and_glued_lists(text: str, role: str, names: list[str]) -> None:
    assert _names(text, role) == names


def test_a_count_before_a_period_is_still_a_count() -> None:
    counts = qpparse.parse("Présents : 20. Votants : 24").session.counts
    assert (counts.present, counts.voters) == (20, 24)


def test_a_family_name_alone_before_a_chained_proxy_is_a_member() -> None:
    # « … MAS, GRIS Mme NOIR pouvoir à M. ROUX M. BRUN pouvoir à … »: the last
    # member away, then the proxies, with no separator; a commune in capitals before its
    # members' proxies (« JAZENAY Mme X a donné pouvoir à M. Y ») is no member.
    text = (
        "Séance du 3 mars 2020\nAbsents excusés : M. LUC, MAS, GRIS Mme NOIR pouvoir à M. "
        "ROUX M. BRUN pouvoir à Mme PONS\n\nSecrétaire : M. SOL"
    )
    for given in as_written_and_flat(text):
        assert _names(given, "excused") == ["LUC", "MAS", "GRIS"]
        assert _names(given, "represented") == ["NOIR > ROUX", "BRUN > PONS"]
    communes = (
        "Séance du 3 mars 2020\nPrésents : ARVIN M. GUY et Mme LEA ; LAUZAC M. VIDAL\nExcusés "
        "et représentés : ARVIN Mme NOIR a donné pouvoir à M. GUY ; LAUZAC M. BRUN a donné "
        "pouvoir à M. VIDAL\n\nSecrétaire : M. SOL"
    )
    for given in as_written_and_flat(communes):
        assert _names(given, "represented") == ["NOIR > GUY", "BRUN > VIDAL"]


def test_m_is_an_initial_in_proxies_written_with_initials() -> None:
    # « M. FAURE à E. PONS, F. SOL à G. BRUN, … »: the list writes initials, « M. » among them.
    text = (
        "Séance du 3 mars 2020\nPrésents : A. ROUX, E. PONS, G. BRUN\nProcurations : M. FAURE "
        "à E. PONS, F. SOL à G. BRUN, C. LUC à A. ROUX, D. MAS à M. GRIS\nUne minute de silence"
    )
    for given in as_written_and_flat(text):
        assert _names(given, "represented") == [
            "M. FAURE > E. PONS",
            "F. SOL > G. BRUN",
            "C. LUC > A. ROUX",
            "D. MAS > M. GRIS",
        ]


def test_proxies_chained_with_no_separator_members_by_initial() -> None:
    # « B. ROUX a donné pouvoir à G. BRUN C. PONS a donné pouvoir à S. GRIS »: each next member
    # is its initial and family name, as written before the proxy's words.
    text = (
        "Séance du 3 mars 2020\nEtaient absents excusés : B. ROUX a donné pouvoir à G. BRUN "
        "C. PONS a donné pouvoir à S. GRIS\n\nE. FAURE LUC a donné pouvoir à A. SOL"
    )
    for given in as_written_and_flat(text):
        assert _names(given, "represented") == [
            "B. ROUX > G. BRUN",
            "C. PONS > S. GRIS",
            "E. FAURE LUC > A. SOL",
        ]


def test_a_full_stop_before_a_civility_separates_proxies() -> None:
    text = (
        "Pouvoirs : M. CADOT Olivier a donné pouvoir à M. RONDEL Philippe. Mme SOUCHON Chantal "
        "a donné pouvoir à M. CHATEL Jean-Pierre."
    )
    assert _names(text, "represented") == [
        "Olivier CADOT > Philippe RONDEL",
        "Chantal SOUCHON > Jean-Pierre CHATEL",
    ]


def test_a_dash_glued_after_an_abbreviated_office_parts_two_members() -> None:
    text = "Séance du 3 mars 2020\nPrésents : Mme ROUX, 3 ème adj.- Mme NOIR, 4 ème adj. - M. PONS"
    for given in as_written_and_flat(text):
        assert _names(given, "present") == ["ROUX", "NOIR", "PONS"]


def test_lists_separated_by_underscores() -> None:
    # « _ » between members, glued to the next civility at times.
    text = "Séance du 3 mars 2020\nPrésents : Mr ROUX Paul _ Mme BRUN Anne _Mr PONS Luc _ Mr GRIS"
    for given in as_written_and_flat(text):
        assert _names(given, "present") == ["Paul ROUX", "Anne BRUN", "Luc PONS", "GRIS"]


def test_communes_groups_parted_by_asterisks_their_name_lost_at_times() -> None:
    # « * COMMUNE : members » groups; « * : » where the commune's name was lost.
    text = (
        "Séance du 3 mars 2020\nPrésents : : ARVIN : M. Paul ROUX, Mme Anne NOIR * LAUZAC : "
        "M. Luc PONS, Mme Léa GRIS * : M. Marc BRUN (à partir de la question 3), M. Yves VIDAL"
        " * SAINT ORVANNE : M. Guy FAURE\nExcusés : * BRESSY : M. Eric SOL"
    )
    for given in as_written_and_flat(text):
        present = qpparse.parse(given).attendance.present
        assert [(p.name, p.commune) for p in present] == [
            ("Paul ROUX", "ARVIN"),
            ("Anne NOIR", "ARVIN"),
            ("Luc PONS", "LAUZAC"),
            ("Léa GRIS", "LAUZAC"),
            ("Marc BRUN", None),
            ("Yves VIDAL", None),
            ("Guy FAURE", "SAINT ORVANNE"),
        ]


def test_lists_separated_by_full_stops_and_read_by_who_took_part() -> None:
    assert _names("PRESENTS : MM. ALTIER.TIBAUT.Mmes PERES.DUMONT.", "present") == [
        "ALTIER",
        "TIBAUT",
        "PERES",
        "DUMONT",
    ]
    # A stray space before one of those full stops still parts two members.
    for text in as_written_and_flat("Présents : FAURE.PONS.GRIS .BRUN. ROUX\n\nAbsents : LUC"):
        assert _names(text, "present") == ["FAURE", "PONS", "GRIS", "BRUN", "ROUX"]
    assert _names(
        "Participaient à cette réunion : MM. Daniel LANGLET, Emile GERARDIN", "present"
    ) == [
        "Daniel LANGLET",
        "Emile GERARDIN",
    ]


def test_a_role_whose_comma_was_lost_goes_to_the_member_before() -> None:
    present = qpparse.parse(
        "ETAIENT PRESENTS : Vincent GAUDIN, Administrateur, Michel MEJEAN, Administrateur "
        "Jean-Pierre AMAND, Administrateur"
    ).attendance.present
    assert [(person.name, person.role) for person in present] == [
        ("Vincent GAUDIN", "Administrateur"),
        ("Michel MEJEAN", "Administrateur"),
        ("Jean-Pierre AMAND", "Administrateur"),
    ]


@pytest.mark.parametrize(
    ("item", "name", "role"),
    [
        ("Dominique LESPARE Maire", "Dominique LESPARE", "Maire"),
        ("LE CORRE Louis Adjoint au Maire de REDON", "Louis LE CORRE", "Adjoint au Maire de REDON"),
        ("FOUGERE Alain Maire de FEINS", "Alain FOUGERE", "Maire de FEINS"),
        ("Jean MAIRE", "Jean MAIRE", None),  # capitals: a family name
        ("M. le Vice-Président", "le Vice-Président", None),  # named by role, resolved later
    ],
)
def test_a_role_after_a_name_without_a_comma(item: str, name: str, role: str | None) -> None:
    from qpparse.names import parse_person

    person = parse_person(item, 1)
    assert person is not None
    assert (person.name, person.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "proxies"),
    [
        (
            "Absents excusés ayant donné pouvoir : M. Ourliac ayant donné pouvoir à M. Le Maire "
            "M. Ngassa ayant donné pouvoir à Mme Menard Mme Garsault ayant donné pouvoir à "
            "Mme Pinet",
            ["Ourliac > ?", "Ngassa > Menard", "Garsault > Pinet"],
        ),
        (
            "REPRESENTES : M PECHOT représenté par M CAMUS Mme KARMEL par M RICHE M. ANTONI par "
            "M. BARANTIN",
            ["PECHOT > CAMUS", "KARMEL > RICHE", "ANTONI > BARANTIN"],
        ),
        (
            "Pouvoirs : Pascale ANTOINE (Anse) donne pouvoir à Pierre HARTMANN (Anse), "
            "Marie CELERIER (Chasselay) donne pouvoir à Jacques PARIS (Chasselay)",
            ["Pascale ANTOINE > Pierre HARTMANN", "Marie CELERIER > Jacques PARIS"],
        ),
    ],
)
def test_chained_proxies(text: str, proxies: list[str]) -> None:
    assert _names(text, "represented") == proxies


@pytest.mark.parametrize(
    ("text", "proxies"),
    [
        (
            "Pouvoirs : JOBERT Jean Louis a donné pouvoir à Emmanuelle MERCIER JOLIVET Philippe a "
            "donné pouvoir à Jean Luc BLANCHE",
            ["Jean Louis JOBERT > Emmanuelle MERCIER", "Philippe JOLIVET > Jean Luc BLANCHE"],
        ),
        (
            "Pouvoirs : Jean JOBERT a donné pouvoir à Emma MERCIER Paul JOLIVET a donné pouvoir à "
            "Luc BLANCHE",
            ["Jean JOBERT > Emma MERCIER", "Paul JOLIVET > Luc BLANCHE"],
        ),
    ],
)
def test_chained_proxies_without_civilities(text: str, proxies: list[str]) -> None:
    assert _names(text, "represented") == proxies


def test_a_member_who_gave_a_proxy_is_represented_only() -> None:
    attendance = qpparse.parse(
        "Absents excusés : Mme BONNET, M. ZELLER, Mme MARTIN.\nPouvoirs : Mme BONNET à Mme JOLY, "
        "M. ZELLER à M. PETIT."
    ).attendance
    assert [person.name for person in attendance.excused] == ["MARTIN"]
    assert [proxy.member.name for proxy in attendance.represented] == ["BONNET", "ZELLER"]
    # The note names the input line (pieces of one line are numbered anew while reading).
    assert attendance.represented[0].notes == ["also listed as excused (line 1)"]


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        ("Absent(s) excusé(s) : M. TRUFAUT Thierry ; M. BOUBAL Didier", "excused",
         ["Thierry TRUFAUT", "Didier BOUBAL"]),
        ("Présents : Tous les Conseillers, sauf absents excusés : Mesdames Caroline BARBE, "
         "Monique BASSIN", "excused", ["Caroline BARBE", "Monique BASSIN"]),
    ],
)  # fmt: skip
def test_excused_headings_of_real_shapes(text: str, role: str, names: list[str]) -> None:
    assert _names(text, role) == names


def test_a_number_with_three_parts_then_its_title() -> None:
    deliberation = qpparse.parse(
        "Délibération N°2018-03-01 Approbation de la réunion du 19 février 2018"
    ).deliberation
    assert (deliberation.number, deliberation.title) == (
        "2018-03-01",
        "Approbation de la réunion du 19 février 2018",
    )


@pytest.mark.parametrize("mark", ["–", ":"])
def test_a_bare_number_after_a_sentence_then_its_title(mark: str) -> None:
    text = (
        "Présents : Paul MARTIN, Lucie ROUX\nSecrétaire de séance : Lucie ROUX\n"
        "Le Maire accueille les membres du conseil et ouvre la séance.\n"
        f"2021-04-02 {mark} PLAN LOCAL D'URBANISME – DEBAT SUR LE PADD\n"
        "Par délibération du 31 mai 2018, la communauté a prescrit le plan.\n"
    )
    for variant in as_written_and_flat(text):
        deliberation = qpparse.parse(variant).deliberation
        assert (deliberation.number, deliberation.title) == (
            "2021-04-02",
            "PLAN LOCAL D'URBANISME – DEBAT SUR LE PADD",
        )


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("2021-043\nCOMMUNAUTE DE COMMUNES DU VAL DORÉ\nDépartement de la Lauze\n", "2021-043"),
        ("PROCES-VERBAL CONSULTABLE EN MAIRIE\n_____\n87-22\nDépartement : LAUZE\n", "87-22"),
        ("Page 3/12\nCommune de Villebourg\n", None),  # a page, no number
        ("Vu la délibération n° 2019-12\nCommune de Villebourg\n", None),  # cited elsewhere
    ],
)
def test_a_number_printed_above_the_letterhead(text: str, number: str | None) -> None:
    tail = "Séance du 3 mars 2021\nPrésents : Paul MARTIN, Lucie ROUX\n"
    for variant in as_written_and_flat(text + tail):
        assert qpparse.parse(variant).deliberation.number == number


@pytest.mark.parametrize(
    ("box", "number"),
    [
        ("DEPARTEMENT DE LA LAUZE N° séance 11 ARRONDISSEMENT N° délibération 133 COMMUNE", "133"),
        ("N° de délibération : 2019-12", "2019-12"),
        ("Numéro de la délibération : DEL-12", "DEL-12"),
        ("N° séance 11", None),  # the session's number, not the deliberation's
    ],
)
def test_a_number_given_as_a_field_of_the_box(box: str, number: str | None) -> None:
    text = f"{box}\nEXTRAIT DU REGISTRE\nSéance du 3 mars 2019\nPrésents : Paul MARTIN\n"
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).deliberation.number == number


def test_counts_written_before_their_headings() -> None:
    text = (
        "Séance du 19 décembre 2017\nNombre de membres en exercice : 45. 38 PRESENTS : Jacques "
        "BRUNEL, Président. MM. CAZALS, MENVIEL, Délégués. 7 ABSENTS : MM. CASTELS, PUJOL Yves. "
        "Dont 4 EXCUSES : Mmes PADRONE, MARCOUX, M. SEMPÉ. 3 Pouvoirs de vote : Monsieur le "
        "Président dépose sur le bureau les pouvoirs de vote de : Madame MARCOUX à M. CAZALS, "
        "M. SEMPÉ à M. MENVIEL.\n"
    )
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        attendance = extract.attendance
        assert extract.session.counts.present == 38
        assert [person.name for person in attendance.absent] == ["CASTELS", "Yves PUJOL"]
        assert [person.name for person in attendance.excused] == ["PADRONE"]
        assert _names(variant, "represented") == ["MARCOUX > CAZALS", "SEMPÉ > MENVIEL"]


def test_a_count_after_a_colon_is_the_label_s_before_it() -> None:
    text = "Séance du 3 mars 2020\nNombre de membres en exercice : 92 Présents : Paul MARTIN\n"
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert (extract.session.counts.in_office, extract.session.counts.present) == (92, None)
        assert [person.name for person in extract.attendance.present] == ["Paul MARTIN"]


def test_communes_represented_then_communes_not_represented() -> None:
    text = (
        "Séance du 6 janvier 2016\nETAIENT REPRESENTEES LES COMMUNES DE :\nBENESVILLE :\n"
        "Monsieur Sylvain LECARRÉ\nBERVILLE EN CAUX :\nMadame Rose LECOMTE et Monsieur Marc "
        "LÉGER\nBOUDEVILLE :\nMonsieur Rémi LECOQ\nCANVILLE LES DEUX EGLISES :\nMonsieur Jean "
        "BELLEVAL\nETAIENT NON REPRESENTEES LES COMMUNES DE : ANVILLE, BRETTEVILLE et FULTOT.\n"
    )
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert [(person.name, person.commune) for person in extract.attendance.present] == [
            ("Sylvain LECARRÉ", "BENESVILLE"),
            ("Rose LECOMTE", "BERVILLE EN CAUX"),
            ("Marc LÉGER", "BERVILLE EN CAUX"),
            ("Rémi LECOQ", "BOUDEVILLE"),
            ("Jean BELLEVAL", "CANVILLE LES DEUX EGLISES"),
        ]


def test_a_heading_with_the_members_capacity() -> None:
    text = (
        "Séance du 12/12/2014\nPrésents à titre de titulaires : Mesdames CUNEO, MARCHE et "
        "Messieurs du PARC et LAMAIS\nPrésente à titre de suppléante : Madame RAUZY\n"
    )
    for variant in as_written_and_flat(text):
        present = qpparse.parse(variant).attendance.present
        assert [person.name for person in present] == [
            "CUNEO",
            "MARCHE",
            "du PARC",
            "LAMAIS",
            "RAUZY",
        ]


@pytest.mark.parametrize("heading", ["Autres personnes présentes :", "Autres personnes présentes"])
def test_other_people_present_are_no_members(heading: str) -> None:
    text = (
        "Séance du 3 mars 2017\nPrésents : M. CANET, M. LARRIEU, MME FABRE (Commune de Sauzet), "
        f"{heading} M. GEORGET, Mme MOULINS, M. RETAIL, MME FATOU\n"
    )
    for variant in as_written_and_flat(text):
        attendance = qpparse.parse(variant).attendance
        assert [person.name for person in attendance.present] == ["CANET", "LARRIEU", "FABRE"]
        assert [person.name for person in attendance.non_voting] == [
            "GEORGET",
            "MOULINS",
            "RETAIL",
            "FATOU",
        ]


def test_members_in_parentheses_after_their_commune() -> None:
    text = (
        "Séance du 13 août 2020\nPrésents : Les délégués des communes de (GALIN Nicolas) ; "
        "BERTAGNE D'ARMAGNAC (GOURDON Gérard) ; CASTELNAU D'AUZAN (BERRIES Paul, MURAT Anne); "
        "LIAS (PANDOLE Bernard) (FERRAND Tony) ; DÉMU (FRANC Thierry) ;\n"
        "Secrétaire de séance : Mme MURAT Anne\n"
    )
    for variant in as_written_and_flat(text):
        present = qpparse.parse(variant).attendance.present
        assert [(person.name, person.commune) for person in present] == [
            ("Nicolas GALIN", None),  # the commune's name lost after the heading
            ("Gérard GOURDON", "BERTAGNE D'ARMAGNAC"),
            ("Paul BERRIES", "CASTELNAU D'AUZAN"),
            ("Anne MURAT", "CASTELNAU D'AUZAN"),
            ("Bernard PANDOLE", "LIAS"),
            ("Tony FERRAND", "LIAS"),
            ("Thierry FRANC", "DÉMU"),
        ]


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [  # no communes named: parentheses hold a note, or a holder
        (
            "Présents : Paul MARTIN (arrivé au point 3), Lucie ROUX",
            "present",
            ["Paul MARTIN", "Lucie ROUX"],
        ),
        (
            "Absents représentés : Paul MARTIN (Lucie ROUX)",
            "represented",
            ["Paul MARTIN > Lucie ROUX"],
        ),
    ],
)
def test_parentheses_outside_a_list_of_communes(text: str, role: str, names: list[str]) -> None:
    for variant in as_written_and_flat(f"Séance du 3 mars 2020\n{text}\n"):
        assert _names(variant, role) == names


def test_numbers_of_the_council_s_deliberations_in_an_agenda() -> None:
    text = (
        "Séance du 24 mai 2016\nPrésents : Paul MARTIN, Lucie ROUX\nORDRE DU JOUR OBJET / "
        "Désignation du secrétaire de séance DCM 24/2016 Approbation du procès-verbal de la "
        "séance du 29 mars 2016 DCM 25/2016 Affaires du personnel : rapport annuel\n"
    )
    for variant in as_written_and_flat(text):
        deliberation = qpparse.parse(variant).deliberation
        assert (deliberation.number, deliberation.title) == (
            "24/2016",
            "Approbation du procès-verbal de la séance du 29 mars 2016",
        )


def test_a_number_ending_the_heading_before_the_report() -> None:
    # The number makes even the previous minutes' approval a deliberation of its own.
    text = (
        "SEANCE DU 27 FEVRIER 2018\nETAIENT PRESENTS : Paul MARTIN, Lucie ROUX, Jean PETIT\n"
        "ETAIENT EXCUSES : Anne DURAND\nMadame Lucie ROUX est désignée secrétaire à l'unanimité.\n"
        "Administration Générale – Adoption du procès-verbal de la séance du 30 janvier 2018 "
        "12/2018\nRapporteur : Paul MARTIN\n"
        "Après en avoir délibéré, le Comité adopte le procès-verbal à l'unanimité.\n"
    )
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert (extract.deliberation.number, extract.deliberation.title) == (
            "12/2018",
            "Administration Générale – Adoption du procès-verbal de la séance du 30 janvier 2018",
        )
        assert not any("12/2018" in kept.text for kept in extract.unrecognised)


def test_a_list_with_no_heading_after_the_title_is_the_present_list() -> None:
    text = (
        "1 Compte rendu du Conseil de Communauté du 23 février 2006 à Vouzon Mesdames Agnès "
        "BEGNON, Marie-Ange BROUSSE, Geneviève COSSET et Messieurs Claude ANCEL, Bernard BESSET"
    )
    assert _names(text, "present") == [
        "Agnès BEGNON",
        "Marie-Ange BROUSSE",
        "Geneviève COSSET",
        "Claude ANCEL",
        "Bernard BESSET",
    ]


def test_a_headless_line_after_a_list_goes_on_with_that_list() -> None:
    text = (
        "Etaient présents : Tous les membres en exercice, à l'exception de :\n"
        "Mesdames C MERLE, D LEVAS\nMessieurs A CHAUSSE, R CARON"
    )
    assert _names(text, "absent") == ["C MERLE", "D LEVAS", "A CHAUSSE", "R CARON"]
    assert _names(text, "present") == []


def test_a_speech_to_the_assembly_is_no_list() -> None:
    text = "Séance du 3 mai 2019\nMesdames, Messieurs, je vous remercie de votre présence."
    assert _names(text, "present") == []


def test_a_bracketed_count_after_a_heading_is_a_note() -> None:
    text = "Etaient présents (40 titulaires + 1 suppléants) : Michel GUICHARD, Anne ROUX"
    assert _names(text, "present") == ["Michel GUICHARD", "Anne ROUX"]


def test_an_item_before_its_visas_gives_the_title() -> None:
    text = (
        "Compte rendu du conseil municipal du 29 août 2019\nPrésents : Paul MARTIN, Lucie ROUX\n"
        "1. Achat de la parcelle ZB 12 – Les Saules,\nVu le code général des collectivités ;"
    )
    assert qpparse.parse(text).deliberation.title == "Achat de la parcelle ZB 12 – Les Saules"


def test_an_unnumbered_heading_before_its_visas_gives_the_title() -> None:
    text = (
        "Séance du 21 octobre 2014\nPrésents : Mmes BORDERIE, CZECH.\n"
        "Madame Anne CZECH a été élue secrétaire de séance.\nLa séance est ouverte.\n"
        "ELECTION D’UN NOUVEL ADJOINT AU MAIRE SUITE A LA DEMISSION DE PAUL ROUX, 4ème ADJOINT\n"
        "Vu le code général des collectivités territoriales,\n"
        "Considérant la vacance d'un poste d'adjoint au maire,\n"
    )
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).deliberation.title == (
            "ELECTION D’UN NOUVEL ADJOINT AU MAIRE SUITE A LA DEMISSION DE PAUL ROUX, 4ème ADJOINT"
        ), variant


def test_a_numbered_heading_of_any_length_before_its_visas_gives_the_title() -> None:
    title = (
        "Fixation du montant de l'indemnité due au titre de l'occupation irrégulière du domaine "
        "public routier et non routier par les réseaux et ouvrages de communications électroniques"
    )
    text = (
        "Séance du 18 novembre 2019\nPrésents : Paul ROUX, Anne NOIR\n"
        "1 Compte rendu du conseil du 2 septembre 2019\n"
        "Le compte rendu de la séance du 2 septembre 2019 est adopté à l’unanimité.\n"
        f"2 {title}\nVu le Code général des collectivités territoriales ;\n"
    )
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).deliberation.title == title, variant


def test_a_long_heading_in_capitals_before_its_report_gives_the_title() -> None:
    heading = (
        "PROJET LES ORMES DEMANDE SUBVENTION CONSEIL GENERAL DE LA LAUZE AU TITRE DE LA "
        "CREATION D'UN LOTISSEMENT A USAGE D'HABITATION 1ERE TRANCHE - 8 LOGEMENTS"
    )
    text = (
        "Séance du 20 septembre 2006\nPrésents : MM. ROUX, NOIR.\n"
        "Le procès verbal de la dernière séance a été approuvé.\n"
        f"{heading}\nMonsieur le Maire rappelle au Conseil Municipal le projet des Ormes.\n"
    )
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).deliberation.title == heading, variant


def test_a_dash_glued_to_one_name_separates_members() -> None:
    text = (
        "Etaient présents : NOURRY Isabelle- GLOAGUEN Frédéric (adjoints) –Mmes DE LA VILLE Laure- "
        "REBILLON Valérie (arrivée à 22h30)- GORIOT Christine"
    )
    assert _names(text, "present") == [
        "Isabelle NOURRY",
        "Frédéric GLOAGUEN",
        "Laure DE LA VILLE",
        "Valérie REBILLON",
        "Christine GORIOT",
    ]


def test_a_dash_glued_to_a_civility_whose_full_stop_is_glued_to_the_given_name() -> None:
    text = "Etaient présents : Paul ROUX -M.Luc BRUN -Mme Anne NOIR"
    for variant in as_written_and_flat(text):
        assert _names(variant, "present") == ["Paul ROUX", "Luc BRUN", "Anne NOIR"], variant


def test_a_family_first_name_wrapped_before_its_given_name() -> None:
    text = (
        "Présents : CAUDRON Pascale, FAYON Hervé, FRONTIN\nSylvie,\nGARMY Jean-Lou, KAUFF\nMonique."
    )
    assert _names(text, "present") == [
        "Pascale CAUDRON",
        "Hervé FAYON",
        "Sylvie FRONTIN",
        "Jean-Lou GARMY",
        "Monique KAUFF",
    ]


def test_a_whole_list_after_one_grouped_civility_with_its_separators_lost() -> None:
    text = (
        "Etaient présents, Mesdames, Messieurs LAURENS Claude CONNOR Odile MERLIN Emmanuelle "
        "CHEVALLIER Jean Luc BREVAL Michel BOUCHARD Jean Paul LACOMBE Annick BRUNETTI Myriam "
        "GENEST Luc CHESNAY Françoise RIGAL Jacqui PERRINE Annie MOREAU Régine BLANCHET Jean Luc "
        "CADELLE Marielle BONHOMME Paola JACQUIN Rodolphe"
    )
    names = _names(text, "present")
    assert names[:6] == [
        "Claude LAURENS",
        "Odile CONNOR",
        "Emmanuelle MERLIN",
        "Jean Luc CHEVALLIER",
        "Michel BREVAL",
        "Jean Paul BOUCHARD",
    ]
    assert len(names) == 17


@pytest.mark.parametrize(
    ("text", "count", "names"),
    [
        ("Présents : 18 MM Herbin, Petitpré, Darquet, Mme Scherer", 18,
         ["Herbin", "Petitpré", "Darquet", "Scherer"]),
        ("CONSEILLERS EN EXERCICE 15 : présents : 15 : DEMARTIN Daniel,REGAUD Gabrielle,BIDAULT "
         "Jacques", 15, ["Daniel DEMARTIN", "Gabrielle REGAUD", "Jacques BIDAULT"]),
        # the count's label in full
        ("Séance du 3 mai 2021 Nombre de conseillers présents : 3 : ROUX Lucie, MARTIN Paul, "
         "BRUN Zoé ;", 3, ["Lucie ROUX", "Paul MARTIN", "Zoé BRUN"]),
        # the heading in inclusive writing
        ("Séance du 3 mai 2021 Présent(s) : 3 Madame Lucie ROUX, Monsieur Paul MARTIN, Madame "
         "Zoé BRUN", 3, ["Lucie ROUX", "Paul MARTIN", "Zoé BRUN"]),
    ],
)  # fmt: skip
def test_a_count_then_the_list_it_counts(text: str, count: int, names: list[str]) -> None:
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert extract.session.counts.present == count
        assert [person.name for person in extract.attendance.present] == names


@pytest.mark.parametrize(
    ("text", "proxies"),
    [
        ("Ont donné procuration – Suppléant(e)s Emile AUBIN à Charles CHIVOT, Dominique COLLET à "
         "Jacques BAYLE", ["Emile AUBIN > Charles CHIVOT", "Dominique COLLET > Jacques BAYLE"]),
        ("Absents excusés : M. Pierre MERCIEZ - mandataire : M. Emile GEHAN",
         ["Pierre MERCIEZ > Emile GEHAN"]),
    ],
)  # fmt: skip
def test_proxy_headings_and_words_of_real_shapes(text: str, proxies: list[str]) -> None:
    assert _names(text, "represented") == proxies


def test_headings_for_titular_delegates() -> None:
    text = (
        "Présents : Monsieur GERMAIN, Madame BEAUFORT. En tant que titulaires absents excusés : "
        "Monsieur BRIAND, Monsieur CHALONS"
    )
    assert _names(text, "present") == ["GERMAIN", "BEAUFORT"]
    assert _names(text, "excused") == ["BRIAND", "CHALONS"]


def test_members_each_led_by_a_civility_make_a_list_with_no_heading() -> None:
    text = (
        "Réunion du Conseil Municipal\nMme Dasilva, Mme Lefort, Mme Tetelin, Mr Alizet et Mr Boquin"
    )
    assert _names(text, "present") == ["Dasilva", "Lefort", "Tetelin", "Alizet", "Boquin"]


# (minutes, the first decision's title): which items of minutes count as a deliberation.
FIRST_ITEMS = [
    (  # a heading after the secretary's sentence, then « Le Maire rappelle … » (no civility)
        "Le Conseil Municipal s'est réuni le 8 octobre 2015 sous la présidence de M. Paul "
        "LAUZET, Maire.\nAbsents excusés : Yves ELIOT, Marc DONAT\n"
        "Mme Anne ROUX a été élue secrétaire de séance.\nRestaurant Scolaire\n"
        "Le Maire rappelle que, depuis un an, il a pris contact avec le Département pour la "
        "gestion du restaurant scolaire.\n",
        "Restaurant Scolaire",
    ),
    (  # granting delegations is a decision; only the report of decisions taken is routine
        "Compte rendu du conseil municipal du 2 juin 2020\n"
        "Présents : Paul MARTIN, Lucie ROUX, Jean PETIT\n"
        "1) APPROBATION DU PROCES VERBAL DE LA SEANCE DU 25/05/2020\n"
        "Le procès-verbal de la séance est soumis à l'approbation des membres du conseil.\n"
        "2) DELEGATIONS DU CONSEIL MUNICIPAL CONSENTIES AU MAIRE\n"
        "Monsieur le Maire expose que le code permet au conseil de lui déléguer des compétences.\n",
        "DELEGATIONS DU CONSEIL MUNICIPAL CONSENTIES AU MAIRE",
    ),
    (  # adopting the agenda is a decision
        "Procès-verbal du conseil municipal du 3 avril 2008\n"
        "Présents : Paul MARTIN, Lucie ROUX, Jean PETIT\n"
        "Question n° 1 - Adoption de l'ordre du jour\n"
        "Le conseil municipal, à l'unanimité, adopte l'ordre du jour suivant.\n",
        "Adoption de l'ordre du jour",
    ),
    (  # a number after « à » goes on a sentence: no item starts there
        "Compte rendu du conseil municipal du 2 juin 2020\n"
        "Présents : Paul MARTIN, Lucie ROUX\n"
        "Absents : Jean PETIT, absent aux délibérations des questions 1 à\n"
        "14. Rejoint la séance lors des questions diverses.\n"
        "1) Tarifs de la cantine scolaire\n"
        "Le Maire propose de maintenir les tarifs de l'an dernier pour les familles.\n",
        "Tarifs de la cantine scolaire",
    ),
    (  # numbered items with their reports, the session block read as a report
        "Comité syndical du 17 octobre 2017\nRapporteur : Paul MARTIN\n"
        "Objet : compte-rendu de la séance du 20 juin 2017\n"
        "M. Marc DUVAL a été nommé secrétaire de séance.\n"
        "1 - Approbation du procès-verbal du Comité syndical du 25 avril 2017\n"
        "Le procès-verbal de la réunion du 25 avril 2017 est adopté à l'unanimité.\n"
        "2 - Approbation du compte de gestion 2016 M. Jean ROUX, vice-président, rappelle que le "
        "compte de gestion constitue la reddition des comptes.\n",
        "Approbation du compte de gestion 2016",
    ),
    (  # « V. » after a civility is an initial, not an item's Roman number
        "Compte rendu du conseil municipal du 2 juin 2020\n"
        "Présents : M. A. BOUTIN – Mme V. TEXIER - M. B. VINCENT (M J-F BOURG est arrivé à "
        "19h15)\n1) Tarifs de la cantine scolaire\n"
        "Le Maire propose de maintenir les tarifs de l'an dernier pour les familles.\n",
        "Tarifs de la cantine scolaire",
    ),
    (  # numbered groups of the lists (a commission's colleges) are no items
        "Compte-rendu de la réunion de la Commission Locale de l'Eau du 9 juin 2009\n"
        "1. Collège des représentants des collectivités territoriales\nEtaient présents :\n"
        "M. Paul MARTIN ; Mme Lucie ROUX\n"
        "2. Collège des représentants des usagers et des associations\nEtaient présents :\n"
        "M. Jean PETIT\n"
        "3. Modification du règlement intérieur\n"
        "Le Président propose de modifier l'article 4 du règlement intérieur de la commission.\n",
        "Modification du règlement intérieur",
    ),
]


@pytest.mark.parametrize(("text", "title"), FIRST_ITEMS)
def test_the_first_item_that_is_a_deliberation(text: str, title: str) -> None:
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).deliberation.title == title


# (summary of a session, title of its first item): a bare number, a one-sentence title and the
# request put to the assembly; None when no request follows (a date, a count, an agenda).
SUMMARY_ITEMS = [
    (
        "Réunion du Conseil de la Métropole du vendredi 20 novembre 2020\n"
        "Compte-rendu sommaire du Conseil du vendredi 20 novembre 2020\n"
        "1 Tarifs de la restauration\nscolaire.\n"
        "Il est demandé au Conseil d'approuver les conditions techniques d'organisation.\n"
        "Adopté\n"
        "2 Rapport d'activité du Conseil de développement.\n"
        "Il est demandé au Conseil de prendre acte du rapport.\n"
        "Prend acte\n",
        "Tarifs de la restauration scolaire",
        "adopted",
    ),
    (  # the previous minutes are routine: the next item gives the title
        "Réunion du Bureau du 3 mars 2021\n"
        "1 Approbation du procès-verbal de la séance du 2 février 2021.\n"
        "Il est proposé au Bureau d'approuver le procès-verbal.\n"
        "Adopté\n"
        "2 Tarifs des piscines. Il est proposé au Bureau de fixer les tarifs. Rejeté 3 Divers.\n",
        "Tarifs des piscines",
        "rejected",
    ),
    (  # a date's day before the request is no item number
        "Réunion du Conseil du 12 mars 2021. Séance du 12 Mars 2021. Il est demandé au Conseil "
        "de siéger.\n",
        None,
        None,
    ),
    (  # an agenda: numbers and titles, no request
        "Réunion du Conseil du 12 mars 2021\nOrdre du jour : 1 Tarifs. 2 Subventions.\n",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "title", "outcome"), SUMMARY_ITEMS)
def test_the_first_requested_item_of_a_summary(
    text: str, title: str | None, outcome: str | None
) -> None:
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert extract.deliberation.title == title
        assert (extract.vote.outcome if extract.vote else None) == outcome


REPORTED_ITEMS = [
    (
        "Conseil communautaire du vendredi 18 avril 2008. La séance est ouverte à 19h40. M. "
        "VIDAL : Est-ce qu'il y a des questions ? (Non).\n- Délégation du Conseil communautaire "
        "au Président.\n(Rapporteur : Monsieur SERRE) (Lecture du rapport de présentation) Le "
        "code prévoit que le Président peut recevoir délégation.",
        "Délégation du Conseil communautaire au Président",
    ),
    (
        "Séance du 28 septembre 2010\n2010 DASCO 12 - Subventions à divers collèges publics - "
        "Convention.\nMme Lucie ROUX, rapporteure.\nVu le code de l'éducation ;",
        "Subventions à divers collèges publics - Convention",
    ),
    (
        "Séance du 3 mars 2020. 1 - Budget primitif 2020 (Rapporteur : M. Paul ROUX)",
        "Budget primitif 2020",
    ),
    (  # the previous minutes are routine: silence, never the next item
        "Séance du 3 mars 2020. Approbation du procès-verbal de la séance précédente "
        "(Rapporteur : M. Paul ROUX). Tarifs (Rapporteur : M. Paul ROUX)",
        None,
    ),
    (  # a person before the rapporteur is no title
        "Séance du 3 mars 2020. Mme Anne NOIR (Rapporteur : M. Paul ROUX)",
        None,
    ),
]


@pytest.mark.parametrize(("text", "title"), REPORTED_ITEMS)
def test_the_title_of_the_first_reported_item(text: str, title: str | None) -> None:
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).deliberation.title == title, variant


# (minutes stating their items only in the agenda, title): the first entry that is a decision;
# routine entries and fields of the agenda are passed over; None when no entry's end is known.
_SESSION = "Compte rendu du conseil municipal du 2 juin 2020\nPrésents : Paul MARTIN, Lucie ROUX\n"
AGENDA_TITLES = [
    (
        "ORDRE DU JOUR : 1) Approbation du procès-verbal du 3 mars. 2) Tarifs de la cantine "
        "scolaire. 3) Subventions aux associations\n",
        "Tarifs de la cantine scolaire",
    ),
    (
        "Ordre du jour du comité syndical :\n1- Approbation du compte rendu du 6 juin\n"
        "2- Création d'un poste d'adjoint technique\n3- Décisions modificatives\n",
        "Création d'un poste d'adjoint technique",
    ),
    (
        "Sommaire\nI Modification du tableau des effectifs...9\nII Budget annexe de l'eau...10\n",
        "Modification du tableau des effectifs",
    ),
    (
        "ORDRE DU JOUR 1 Adoption du procès-verbal de la séance du 12 février 2021 2 Compte rendu "
        "de l'activité du Bureau 3 Modification des statuts du syndicat 4 Questions diverses\n",
        "Modification des statuts du syndicat",
    ),
    (
        "Ordre du jour :\n- Travaux de voirie du bourg - versement d'un fonds de concours,\n"
        "- Taxe d'aménagement,\n- Questions diverses\n",
        "Travaux de voirie du bourg - versement d'un fonds de concours",
    ),
    (  # a table of contents: every entry ends with its page
        "SOMMAIRE\n1 Désignation du secrétaire de séance 2\n"
        "2 Ouverture des commerces le dimanche 4\n3 Tarifs des piscines 9\n",
        "Ouverture des commerces le dimanche",
    ),
    (  # numbers written on two digits, the dashes of one list differing
        "ORDRE DU JOUR\n00 - APPROBATION DU COMPTE RENDU DU DERNIER CONSEIL.\n01 – CIMETIERE : "
        "Règlement du columbarium.\n02 – BOIS DE LAUZE : Régime forestier.\n",
        "CIMETIERE : Règlement du columbarium",
    ),
    (  # one sentence, its entries parted by commas
        "Ordre du jour :\n\nConstruction hangar, Projet Écoles primaires, Attribution Marché "
        "Travaux : Pool Routier, Dispositions Diverses.\nJe vous prie d'agréer mes salutations.\n",
        "Construction hangar",
    ),
    ("Ordre du jour : M. Paul ROUX, Mme Anne NOIR, M. Marc BRUN.\n", None),  # persons
    (  # routine entries with no marker, then the numbered list
        "Ordre du Jour :\nApprobation du PV du Conseil Municipal précédent,\nInformations, "
        "Affaires délibératives :\nAffaires délibératives :\n1. Métropole de Lauze - Pacte de "
        "gouvernance.\n",
        "Métropole de Lauze - Pacte de gouvernance",
    ),
    (  # « 1-Vote »: no space after the number's dash
        "ORDRE DU JOUR :\nAdoption procès-verbal du 5 juin 2020\nLecture de l’ordre du jour\n"
        "1-Vote des indemnités de fonction, 2-Délégation de pouvoir au président, 3-Election "
        "des représentants\n",
        "Vote des indemnités de fonction",
    ),
    (  # the first bullet lost at its line's start; the items in a field's own numbered list
        "ORDRE DU JOUR\nDésignation d’un secrétaire de séance • Approbation du compte rendu de "
        "la séance du 2 mars\nAffaires financières : 1. Cession de 2 parcelles – Lotissement "
        "les Lauzes ; 2. Programme de vidéoprotection ;\n",
        "Cession de 2 parcelles – Lotissement les Lauzes",
    ),
    (  # fields numbered in Roman numbers, their items in digits; a new member's seat
        "Ordre du jour\nI. Fonctionnement de l’assemblée\n1) Désignation d’un secrétaire de "
        "séance 2) Approbation des procès-verbaux des 11 et 25 janvier 3) Installation du "
        "nouveau conseiller suppléant 4) Validation de la composition des commissions\n"
        "II. Finances\n5) Débat d’orientation budgétaire\n",
        "Validation de la composition des commissions",
    ),
    (  # a sentence before the first marker: no agenda's entry
        "ORDRE DU JOUR : Le maire ouvre la séance. 1) Tarifs de la cantine\n",
        None,
    ),
    (  # two columns read across: « 14/ » is no part of the first entry
        "Ordre du jour 1/ Élection du Maire 14/ Renouvellement du contrat de l'agent 2/ "
        "Détermination du nombre d'adjoints 15/ Avenants au marché\n",
        "Élection du Maire",
    ),
    ("Ordre du jour : Tarifs, subventions et divers.\n", None),  # a lower-case entry
    (  # the entries run on into the minutes' text: no agenda to read
        "Ordre du jour :\n- Mise en place du conseil\nA Lauzac, M.Albert siègera en remplacement "
        "de M.Trial\n- Election du président\n2 candidats : M.Roux et M.Noir\n"
        "- Election des vice-présidents\n",
        None,
    ),
    ("Ordre du jour\nTarifs de la cantine\nSubventions aux associations\n", None),
    ("Le conseil adopte l'ordre du jour suivant : - Tarifs - Subventions\n", None),
    ("Procès-verbal sommaire - Conseil du 9 juillet 2020 - La séance est ouverte.\n", None),
    ("ORDRE DU JOUR : 1) Approbation du procès-verbal du 3 mars 2) FINANCES\n", None),
    (  # bullets of a word processor, the first one taken off its line's start
        "Ordre du jour :\n\n➢ Fonds de concours – demandes des communes ➢ Constitution des "
        "commissions thématiques ➢ Adoption du règlement intérieur ______\n",
        "Fonds de concours – demandes des communes",
    ),
    (  # a sentence, not an entry, before those bullets
        "Ordre du jour :\nLe maire ouvre la séance. ➢ Tarifs de la cantine ➢ Subventions\n",
        None,
    ),
    (  # a presentation by a body named in brackets, or by a person, is heard, not voted
        "ORDRE DU JOUR\n1. Présentation (LAUZNET) de l'outil de convocation dématérialisée\n"
        "2. Présentation du projet de territoire par le Pays de Lauze\n"
        "3. Modification du règlement intérieur\n4. Questions diverses\n",
        "Modification du règlement intérieur",
    ),
    (  # items heard, not voted, are passed over
        "ORDRE DU JOUR\n1. Présentation par la société Lauzcom du projet d'antenne\n"
        "2. Informations sur la rentrée scolaire\n3. Point sur les travaux du stade\n"
        "4. Compétence eau potable et retrait des communes du syndicat\n5. Questions diverses\n",
        "Compétence eau potable et retrait des communes du syndicat",
    ),
]


@pytest.mark.parametrize(("agenda", "title"), AGENDA_TITLES)
def test_the_first_decision_of_an_agenda(agenda: str, title: str | None) -> None:
    text = _SESSION + agenda
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert extract.deliberation.title == title
        if title is not None:  # the title's words are no longer unrecognised
            assert not any(title in kept.text for kept in extract.unrecognised)


def test_an_item_heading_wins_over_the_agenda() -> None:
    text = (
        _SESSION + "ORDRE DU JOUR : 1) Tarifs de la cantine 2) Subventions aux associations\n"
        "Objet : Subventions aux associations sportives\n"
    )
    assert qpparse.parse(text).deliberation.title == "Subventions aux associations sportives"


# (minutes, title): an unnumbered item's heading, set right before its report or decision.
HEADINGS_BEFORE_REPORTS = [
    (
        "Compte rendu du conseil municipal du 9 mars 2020\n"
        "Présents : Paul MARTIN, Lucie ROUX, Jean PETIT\n"
        "Secrétaire de séance : M. PETIT\n"
        "Le précédent compte rendu est lu, approuvé et signé par tous les membres.\n"
        "Subvention :\n"
        "Après en avoir délibéré, le Conseil Municipal décide d'attribuer une subvention de 300 € "
        "au comité des fêtes de Lauzac.\n",
        "Subvention",
    ),
    (
        "Compte rendu de la réunion du conseil municipal du 1er avril 2014\n"
        "Présents : MM. MARTIN Paul, ROUX Lucie, PETIT Jean.\n"
        "Absent : néant.\n"
        "- Approbation du compte-rendu de la séance du 28 mars 2014\n"
        "Le compte-rendu de la séance du 28 mars 2014 est approuvé à l'unanimité.\n"
        "- Indemnité de fonction du maire et des adjoints\n"
        "Monsieur le Maire présente au conseil municipal le régime des indemnités de fonction.\n",
        "Indemnité de fonction du maire et des adjoints",
    ),
    (
        "Séance du 12 décembre 2019\n"
        "Présents : Tous les Conseillers, sauf absents excusés : Madame Anne ROUX, Monsieur Paul "
        "MARTIN.\n"
        "Le compte-rendu de la séance précédente est adopté à l'unanimité.\n"
        "TARIFS DE LA SALLE DES FETES 2020 :\n"
        "L'assemblée décide, à l'unanimité de ses membres, d'appliquer les tarifs suivants :\n"
        "GRANDE SALLE : 300 € la journée\n",
        "TARIFS DE LA SALLE DES FETES 2020",
    ),
    (  # the report of a person named, not of « M. le Maire »
        "Procès-verbal du conseil municipal du 16 novembre 2016\n"
        "Présents : Paul Martin, Lucie Roux, Jean Petit.\n"
        "Le procès-verbal est adopté par 20 voix pour. Madame Lucie Roux arrive à 20h50.\n"
        "Statuts du SIVOS du Pays Lauzien\n"
        "Monsieur Paul MARTIN présente le projet de statuts du syndicat.\n",
        "Statuts du SIVOS du Pays Lauzien",
    ),
]


# A welcome opens the session: no decision (« 1) ACCUEIL », then a guest presents a project).
def test_a_welcome_is_no_title() -> None:
    text = (
        "Compte rendu du comité syndical du 16 décembre 2021\n"
        "Présents : Paul MARTIN, Lucie ROUX, Jean PETIT\n"
        "1) ACCUEIL\nMonsieur le Président accueille l'Assemblée en lui souhaitant la bienvenue.\n"
        "2) Madame Anne NOIR présente le projet de réseaux d'eau potable.\n"
    )
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).deliberation.title is None, variant


@pytest.mark.parametrize(("text", "title"), HEADINGS_BEFORE_REPORTS)
def test_a_heading_before_its_report_gives_the_title(text: str, title: str) -> None:
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).deliberation.title == title


# What ends a piece before a report but is no heading: a name, a clause, a field of the agenda.
NOT_HEADINGS_BEFORE_REPORTS = [
    "Le compte rendu est approuvé. M. Jean PETIT",
    "Le compte rendu est approuvé. Il est ensuite procédé à l'examen de l'ordre du jour",
    "Le compte rendu est approuvé. FINANCES",
    "Le compte rendu est approuvé. Approbation du procès-verbal de la séance du 3 mars",
    "Le compte rendu est approuvé. ORDRE DU JOUR : Le Maire rappelle les points inscrits.",
    "En exercice : 26 - Présents : 22 – Votants (présents ou représentés) :\n"
    "22. Accueil des conseillers par Monsieur Paul MARTIN, adjoint au Maire de Lauzac.",
]


@pytest.mark.parametrize("line", NOT_HEADINGS_BEFORE_REPORTS)
def test_no_heading_before_the_report(line: str) -> None:
    text = (
        "Compte rendu du conseil municipal du 9 mars 2020\n"
        "Présents : Paul MARTIN, Lucie ROUX, Jean PETIT\n"
        f"{line}\n"
        "Monsieur le Maire expose au conseil le projet de budget de la commune.\n"
    )
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).deliberation.title is None


def test_an_agenda_of_fields_in_capitals_gives_no_title() -> None:
    text = (
        "Compte rendu de la séance du conseil municipal du 29 février 2016\n"
        "Etaient présents : Anne ROUX, Paul MARTIN, Jean PETIT\n"
        "ORDRE DU JOUR\n"
        "I – APPROBATION DU DERNIER COMPTE-RENDU\n"
        "II – DELEGATION DE POUVOIRS\n"
        "III – AFFAIRES FINANCIERES\n"
        "3.1 – Débat d'Orientation Budgétaire 2016\n"
        "IV- INFORMATIONS ET QUESTIONS DIVERSES\n"
    )
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).deliberation.title is None


@pytest.mark.parametrize("item", ["Divers", "Affaires diverses", "Points divers"])
def test_what_is_left_in_an_agenda_is_no_deliberation(item: str) -> None:
    """« 3. Divers / A. Départ de Mme X »: the agenda's last entry is no decision's title."""
    text = (
        "SEANCE DU 14 JUIN 2021\nPrésents : Paul ROUX, Anne NOIR, Luc BLANC\nOrdre du jour :\n"
        "1. Désignation du secrétaire de séance\n"
        "2. Approbation du procès-verbal de la séance du 29 mars 2021\n"
        f"3. {item}\nA. Départ de Mme Lise GRIS\n"
    )
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).deliberation.title is None


def test_an_item_whose_report_names_delegates_is_the_first_item() -> None:
    """« 3. Désignation des délégués … Sur proposition du Maire, le Conseil a élu : Délégués
    titulaires : … / Délégués suppléants : … »: the delegates its report names make no list's
    heading of the item (only a numbered heading standing alone heads a list)."""
    text = (
        "L'an deux mil huit, le 9 avril, le Conseil Municipal de Lauzac s'est réuni.\n"
        "Etaient présents : Paul ROUX, Anne NOIR, Luc PONS\n"
        "1. Approbation du procès verbal de la séance du 9 mars 2008.\n"
        "Le procès verbal de la séance précédente est approuvé, à l'unanimité.\n"
        "2. Désignation des délégués du Conseil Municipal. Sur proposition du Maire, le Conseil "
        "Municipal a élu : Délégués titulaires : Paul ROUX, Anne NOIR\n"
        "Délégués suppléants : Luc PONS\n"
    )
    for given in as_written_and_flat(text):
        extract = qpparse.parse(given)
        assert extract.deliberation.title == "Désignation des délégués du Conseil Municipal", given
