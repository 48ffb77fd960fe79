"""Phrase tables: document families (§1), identifiers (§7) and the authority and body kinds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from _layouts import as_written_and_flat

import qpparse
from qpparse.extract.asides import parse_actes_id
from qpparse.extract.identification import parse_identifier
from qpparse.segment import Kind, classify

VALID = Path(__file__).resolve().parents[2] / "samples" / "valid"

# (line, number, other parts: service code or title)
IDENTIFIERS = [
    ("CHL-025-11372/22/BM", "CHL-025-11372/22/BM", None),
    ("HN 003-145/17/BM", "HN 003-145/17/BM", None),
    ("CSGE 012-512/16/BM", "CSGE 012-512/16/BM", None),
    ("CT3-071/20", "CT3-071/20", None),
    ("CT2-014/21 - Attribution du marché", "CT2-014/21", "Attribution du marché"),
    ("D02XY-98/0745/EHCV", "98/0745/EHCV", "D02XY"),
    ("98/0745/EHCV", "98/0745/EHCV", None),
    ("Délibération n° 2018/42", "2018/42", None),
    ("Délibération n°2021-13", "2021-13", None),
    ("DÉLIBÉRATION N° 2018/42", "2018/42", None),
    ("Délibération 1/2018", "1/2018", None),
    ("DCM n°2021-13", ["DCM n", "2021-13"][1], None),
    ("N° 2017/08", "2017/08", None),
    ("N° 2019/57 - Subvention exceptionnelle", "2019/57", "Subvention exceptionnelle"),
    ("DELIBERATION N° 2.4 : ADHESION DE LAUZAC", "2.4", "ADHESION DE LAUZAC"),
    ("DCM 2018-047", "2018-047", None),
    # glued to the number, the letters are the number's own
    ("DCM2018-25 Transfert de compétences", "DCM2018-25", "Transfert de compétences"),
    ("- Délibération n°2020-14 : élection du président", "2020-14", "élection du président"),
    ("2018-041-02 – TRAVAUX DE VOIRIE DU BOURG", "2018-041-02", "TRAVAUX DE VOIRIE DU BOURG"),
    ("2018-17 : Tarifs de la cantine", "2018-17", "Tarifs de la cantine"),
    ("DL/12/044 Adoption du procès-verbal", "DL/12/044", "Adoption du procès-verbal"),
    ("N° 2.03 : Voirie - Classement de chemins", "2.03", "Voirie - Classement de chemins"),
    ("Délibération 2019 DAE 12", "2019 DAE 12", None),
    ("Déliberation 2008 DASCO 7-G", "2008 DASCO 7-G", None),
    ("- Délibération D202455 – Décision modificative", "D202455", "Décision modificative"),
    ("Délibération n° 1 Election du Président", "1", "Election du Président"),
    ("DELIBERATION N°12 : TARIFS", "12", "TARIFS"),
    # a dash with spaces inside the number; a decision of the bureau
    ("Délibération n° 2019 – 063 : Tarifs", "2019–063", "Tarifs"),
    ("DECISION DU BUREAU N° 2019 – 063", "2019–063", None),
    # a group of letters between runs of digits is the number's
    ("Délibération n°2021_077_CC_1 : EAU", "2021_077_CC_1", "EAU"),
    ("Délibération n° 2021-077-CC-1", "2021-077-CC-1", None),
    ("Délibération n°2019-12-Tarifs", "2019-12", "Tarifs"),
    # three runs of digits parted by spaced dashes, then the title
    ("2019 – 054 – 03.12 – Indemnités de conseil", "2019 – 054 – 03.12", "Indemnités de conseil"),
    (
        "235 – 01 – 14 – METROPOLE – AVIS DE LA VILLE",
        "235 – 01 – 14",
        "METROPOLE – AVIS DE LA VILLE",
    ),
]


# A date after the number is never its title; after a number ending on a day it is the number's.
@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Délibération n°12/24 juillet 2020", "12/24 juillet 2020"),
        ("Délibération n° 2020/41 Décembre 2020", "2020/41"),
    ],
)
def test_a_date_after_the_number_is_no_title(line: str, number: str) -> None:
    identifier = parse_identifier(line)
    assert identifier is not None
    assert (identifier.number, identifier.title) == (number, None)


# Agenda numbering, not identifiers: a number alone needs « Délibération » and a « n° ».
NOT_IDENTIFIERS = [
    *("N° 1 : Approbation du procès-verbal", "Délibération 12 élus", "QUESTION N° 3"),
    "15 – 03 – 2021 – Conseil municipal",  # a date
]


@pytest.mark.parametrize("line", NOT_IDENTIFIERS)
def test_agenda_numbering_is_no_identifier(line: str) -> None:
    assert parse_identifier(line) is None


@pytest.mark.parametrize(("line", "number", "extra"), IDENTIFIERS)
def test_parse_identifier(line: str, number: str, extra: str | None) -> None:
    identifier = parse_identifier(line)
    assert identifier is not None
    assert identifier.number == number
    assert extra in (None, identifier.service_code, identifier.title)
    marker = classify(line)
    assert marker is not None
    assert marker.kind is Kind.IDENTIFICATION


# Agenda numbering and references inside sentences are not identifiers.
NOT_IDENTIFIERS = [
    "1 -",
    "1 - Approbation du procès-verbal",
    "POINT 1",
    "QUESTION N° 1",
    "I - FINANCES 1 -",
    "N° 1",
    "Vu la délibération n° 2018/42 du 21 novembre 2018 ;",
    "21/11/18",
    "2019-2020 – Budget de la saison",
    "2018-041-02",
    "Vu la délibération DL/11/150 du 3 mars 2011 ;",
    "12/05/2018 Réunion du bureau",
    "Délibération 2019 du 12 mars",
]


@pytest.mark.parametrize("line", NOT_IDENTIFIERS)
def test_not_identifiers(line: str) -> None:
    assert parse_identifier(line) is None


def test_second_references_go_to_other_numbers() -> None:
    extract = qpparse.parse(
        "CSGE 012-512/16/CM\nMET 16/940/CM\nApprobation de la convention\n18621\n98-1187-SG\n"
    )
    deliberation = extract.deliberation
    assert deliberation.number == "CSGE 012-512/16/CM"
    assert deliberation.other_numbers == ["MET 16/940/CM", "18621", "98-1187-SG"]
    assert deliberation.title == "Approbation de la convention"


def test_the_actes_stamp() -> None:
    actes = parse_actes_id("ID : 042-214200419-20200615-2020_31-DE", 9)
    assert actes is not None
    found = (actes.department, actes.siren, actes.date, actes.number, actes.nature, actes.line)
    assert found == ("042", "214200419", dt.date(2020, 6, 15), "2020_31", "DE", 9)
    assert parse_actes_id("ID : 042-2142-20200615-2020_31-DE", 9) is None


def test_the_actes_stamp_anywhere_is_claimed() -> None:
    extract = qpparse.parse(
        "Séance du 15 juin 2020\nID : 042-214200419-20200615-2020_31-DE\n"
        "Présents : M. Jean DUCLOS\n"
    )
    assert extract.deliberation.actes_id is not None
    assert [person.name for person in extract.attendance.present] == ["Jean DUCLOS"]
    assert extract.unrecognised == []


# (header lines, authority kind, authority name, body kind, body name)
HEADERS = [
    (
        "EXTRAIT DES REGISTRES DES DELIBERATIONS DU CONSEIL DE LA METROPOLE D'AURELLE-LAUZE",
        "metropole",
        "Metropole d'aurelle-lauze",
        "conseil",
        "Conseil de la Metropole",
    ),
    (
        "COMMUNE DE VILLEBOURG-SUR-LAUZE\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
        "commune",
        "Commune de Villebourg-sur-Lauze",
        "conseil-municipal",
        "Conseil Municipal",
    ),
    (
        "COMMUNAUTÉ DE COMMUNES DU VAL DE BRIANCE\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE",
        "communaute",
        "Communauté de Communes du Val de Briance",
        "conseil-communautaire",
        "Conseil Communautaire",
    ),
    (
        "SYNDICAT INTERCOMMUNAL DES EAUX DU HAUT-BRIANCE\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL",
        "syndicat",
        "Syndicat Intercommunal des Eaux du Haut-Briance",
        "comite-syndical",
        "Comité Syndical",
    ),
    (
        "DÉPARTEMENT DE LA HAUTE-LAUZE\n"
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DE LA COMMISSION PERMANENTE",
        "departement",
        "Département de la Haute-Lauze",
        "commission-permanente",
        "Commission Permanente",
    ),
    (
        "RÉGION VAL-DE-LAUZE\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL RÉGIONAL",
        "region",
        "Région Val-de-Lauze",
        "conseil-regional",
        "Conseil Régional",
    ),
    (
        "DÉPARTEMENT DE LA HAUTE-LAUZE\nCOMMUNE DE LAUZERAC\n"
        "Conseil Municipal Séance publique 21/11/18",
        "commune",
        "Commune de Lauzerac",
        "conseil-municipal",
        "Conseil Municipal",
    ),
    (
        "CONSEIL DÉPARTEMENTAL DE LA VALLÉE DU LAUZON\nCOMMISSION PERMANENTE\n"
        "Réunion du 7 décembre 2021",
        "departement",
        "Conseil Départemental de la Vallée du Lauzon",
        "commission-permanente",
        "Commission Permanente",
    ),
]


@pytest.mark.parametrize(("text", "kind", "name", "body_kind", "body_name"), HEADERS)
def test_authority_and_body(
    text: str, kind: str, name: str, body_kind: str, body_name: str
) -> None:
    extract = qpparse.parse(text + "\n")
    assert extract.authority is not None
    assert extract.body is not None
    assert (extract.authority.kind, extract.authority.name) == (kind, name)
    assert (extract.body.kind, extract.body.name) == (body_kind, body_name)
    assert extract.unrecognised == []


# The title after the lists, announced by its number with no sign or by « Objet de la
# délibération : ».
@pytest.mark.parametrize(
    ("announced", "number"),
    [
        ("Délibération 2021-12 : Tarifs de la cantine", "2021-12"),
        ("Objet de la délibération : Tarifs de la cantine", None),
        ("OBJET - Tarifs de la cantine", None),
        ("Objet – Tarifs de la cantine", None),
        ("Intitulé : Tarifs de la cantine", None),
        ("Sujet : Tarifs de la cantine", None),
        ("Objet de la délibération\nTarifs de la cantine", None),
        ("Délibération n° 2021.12\nObjet : Tarifs de la cantine", "2021.12"),
        ("N° d'ordre : 12\nObjet : Tarifs de la cantine", "12"),
        ("Numéro : 2021-12\nObjet : Tarifs de la cantine", "2021-12"),
        ("Acte n° 2021-12\nObjet : Tarifs de la cantine", "2021-12"),
        ("DEL-2021-012 : Tarifs de la cantine", "DEL-2021-012"),
        ("D2021-012 Tarifs de la cantine", "D2021-012"),
        ("2021_DEL012 Tarifs de la cantine", "2021_DEL012"),
        ("2021-DEL-012 – Tarifs de la cantine", "2021-DEL-012"),
        ("D.2021-05-03/0012 : Tarifs de la cantine", "D.2021-05-03/0012"),
        ("Délibération n°2021/05/03-8 Tarifs de la cantine", "2021/05/03-8"),
        ("Délibération : Tarifs de la cantine", None),
        ("DCM-2021-01-001\nObjet : Tarifs de la cantine", "DCM-2021-01-001"),
    ],
)
def test_a_title_announced_after_the_lists(announced: str, number: str | None) -> None:
    text = (
        f"Séance du 3 mai 2021\nPrésents : M. Paul ROUX, Mme Anne NOIR\n{announced}\n"
        # Another's sentence after the title: the title is no name's report.
        "Le Maire expose au Conseil que les tarifs doivent être revus.\n"
    )
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        deliberation = extract.deliberation
        assert (deliberation.number, deliberation.title) == (number, "Tarifs de la cantine")
        assert [p.name for p in extract.attendance.present] == ["Paul ROUX", "Anne NOIR"]


@pytest.mark.parametrize("decision", ["DEC-2021-140", "2021-DEC-140"])
def test_the_mayor_s_decisions_are_no_deliberation(decision: str) -> None:
    """« DEC-2017-140 – Maîtrise d'œuvre … »: a decision the mayor took, reported to the council,
    is neither the deliberation's number nor its title."""
    text = (
        "Séance du 3 mai 2021\nPrésents : M. Paul ROUX, Mme Anne NOIR\n"
        "Le Maire donne connaissance des décisions prises par délégation :\n"
        f"{decision} – Maîtrise d'œuvre de la voirie\n"
    )
    for variant in as_written_and_flat(text):
        deliberation = qpparse.parse(variant).deliberation
        assert (deliberation.number, deliberation.title) == (None, None)


def test_a_page_number_after_a_cut_heading_is_no_part_of_the_body() -> None:
    text = (
        "extrait du registre des délibérations du conseil de la\n\n174\nEXTRAIT DU REGISTRE "
        "DES DÉLIBÉRATIONS\nSÉANCE DU JEUDI 23 SEPTEMBRE 2021\n"
    )
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert extract.body is not None, variant
        assert extract.body.name == "Conseil", variant


# The collectivity named in the opening sentence ends where the sentence's verb starts.
@pytest.mark.parametrize(
    ("opening", "name"),
    [
        (
            "le Conseil de la Communauté d'Agglomération de LAUZE-VIRAC s'est assemblé dans "
            "les locaux de la Communauté sur convocation",
            "Communauté d'Agglomération de LAUZE-VIRAC",
        ),
        (
            "le Conseil Municipal de la commune de LAUZERAC était réuni en session ordinaire",
            "commune de LAUZERAC",
        ),
        (
            "le Bureau du Syndicat mixte du Parc des Hautes Brandes s'est réuni le jeudi 9 "
            "octobre 2014 à 14 h 30",
            "Syndicat mixte du Parc des Hautes Brandes",
        ),
    ],
)
def test_a_collectivity_named_in_the_opening_ends_at_its_verb(opening: str, name: str) -> None:
    text = f"Séance du 9 octobre 2014\nL'an deux mille quatorze, le neuf octobre, {opening}.\n"
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert extract.authority is not None, variant
        assert extract.authority.name == name, variant


def test_a_syndicate_named_for_what_it_does_and_its_board() -> None:
    text = (
        "SÉANCE DU COMITÉ DU 8 FÉVRIER 2016\nL'an deux mille seize, le huit février à quinze "
        "heures, les membres du Comité d'Administration du Syndicat Intercommunal pour le Gaz "
        "de la Lauze se sont réunis au nombre de cent quatre à Lauzac, sous la présidence de "
        "Monsieur Jean Vidal.\n"
    )
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert extract.body is not None, variant
        assert extract.body.name == "Comité d'Administration", variant
        assert extract.authority is not None, variant
        assert extract.authority.name == "Syndicat Intercommunal pour le Gaz de la Lauze"
        assert extract.session.counts.present == 104, variant


# « de la Commune » names a kind, no collectivity: silence (the body is still read).
@pytest.mark.parametrize(
    "opening",
    [
        "L'an deux mille vingt le 24 juillet à 18h00, le Conseil Municipal de la Commune, "
        "régulièrement convoqué, s'est réuni sous la présidence de M. Paul ROUX, Maire.",
        "L'an deux mille vingt le 24 juillet à 18h00, le Conseil Municipal s'est réuni sous la "
        "présidence de Monsieur Paul ROUX, Maire de la Commune. Le Maire procède à l'appel.",
    ],
)
def test_a_commune_not_named_is_no_collectivity(opening: str) -> None:
    for variant in as_written_and_flat(f"Réunion du 24 juillet 2020\n{opening}\n"):
        extract = qpparse.parse(variant)
        assert extract.authority is None, variant
        assert extract.body is not None, variant
        assert extract.body.name.lower() == "conseil municipal"


def test_a_sheet_per_deliberation_has_its_lists_after_the_title() -> None:
    extract = qpparse.parse(
        "Conseil Municipal Séance publique 21/11/18\nDélibération n° 2018/42\n"
        "Objet : Tarifs de la cantine\n"
        "Nombre de conseillers en exercice : 19 Présents : 15 Votants : 17\n"
        "Présent(e)s : Mme Gisèle TAURINES, M. Achille BARBAZAN\nExcusé(e)s :\n"
        "Le Conseil Municipal,\nDÉCIDE :\nArticle 1er : ok\n"
    )
    assert (extract.deliberation.number, extract.deliberation.title) == (
        "2018/42",
        "Tarifs de la cantine",
    )
    assert extract.session.counts.in_office == 19
    assert len(extract.attendance.present) == 2
    assert [formula.kind for formula in extract.formulas] == ["body_declaration"]
    assert extract.unrecognised == []


def test_the_secretary() -> None:
    for line in (
        "Secrétaire de séance : Mme Lucie TAILLADE",
        "Mme Lucie TAILLADE a été désignée secrétaire de séance.",
    ):
        extract = qpparse.parse(f"Séance du 10 mars 2022\n{line}\n")
        assert extract.session.secretary is not None, line
        assert extract.session.secretary.name == "Lucie TAILLADE"


def test_the_secretary_named_after_the_verb_then_a_sentence() -> None:
    text = (
        "Séance du 27 mai 2019\nAbsents : Lucien DOLAN et Gérard PAUL\n"
        "A été nommée secrétaire : Mme Josiane DELMAS\n"
        "Monsieur Jean DARMON, Maire de la commune, accueille les conseillers.\n"
    )
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert extract.session.secretary is not None
        assert extract.session.secretary.name == "Josiane DELMAS"
        assert [p.name for p in extract.attendance.absent] == ["Lucien DOLAN", "Gérard PAUL"]


def test_two_secretaries_give_the_first_and_keep_the_other() -> None:
    text = (
        "Séance du 10 mars 2022\nPrésents : MM. ROUX, NOIR et BRUN.\n"
        "Secrétaires de séance : Madame TAILLADE et Monsieur COULAIS\n"
    )
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert extract.session.secretary is not None
        assert extract.session.secretary.name == "TAILLADE"
        assert [kept.text for kept in extract.unrecognised] == ["Monsieur COULAIS"]
        assert [p.name for p in extract.attendance.present] == ["ROUX", "NOIR", "BRUN"]


def test_older_city_presidency_line() -> None:
    extract = qpparse.parse(
        "Séance du 21 décembre 1998\nPRESIDENCE DE MONSIEUR Anatole FERRANDI, Maire\n"
    )
    president = extract.session.president
    assert president is not None
    assert (president.name, president.civility, extract.session.president_role) == (
        "Anatole FERRANDI",
        "M.",
        "Maire",
    )


# Every family has at least two samples; each gives its authority and body kinds.
FAMILIES = {
    "metropole-conseil": ("metropole", "conseil"),
    "metropole-ct": ("metropole", "conseil-de-territoire"),
    "ville-ancien": ("commune", "conseil-municipal"),
    "commune-narratif": ("commune", "conseil-municipal"),
    "commune-feuille": ("commune", "conseil-municipal"),
    "communaute": ("communaute", "conseil-communautaire"),
    "syndicat": ("syndicat", "comite-syndical"),
    "departement-cp": ("departement", "commission-permanente"),
}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_each_family_has_two_samples_that_parse(family: str) -> None:
    samples = sorted(VALID.glob(f"{family}-[a-z]*-[12][0-9][0-9][0-9]-*.txt"))
    assert len(samples) >= 2
    for sample in samples:
        extract = qpparse.parse(qpparse.read(sample))
        assert extract.authority is not None, sample.name
        assert extract.body is not None, sample.name
        assert (extract.authority.kind, extract.body.kind) == FAMILIES[family], sample.name
        assert extract.session.date is not None, sample.name
        assert extract.deliberation.number is not None, sample.name
        assert extract.unrecognised == [], sample.name


# (prose, the collectivity named): read from the opening sentence or a letterhead line when no
# « EXTRAIT DU REGISTRE » header names it; the same on the text read as one line.
PROSE_AUTHORITIES = [
    (
        "L'an deux mille vingt, le trois mars, le Conseil Municipal, régulièrement convoqué, "
        "s'est réuni sous la présidence de Monsieur Paul LAUZET, Maire de VILLEBOURG.\n",
        "Commune de VILLEBOURG",
    ),
    (
        "Les séances du conseil municipal. Le conseil municipal de Lauzerac-du-Val tient ses "
        "séances en mairie.\nLe Conseil municipal s'est réuni le mardi 9 mai 2017.\n",
        "Commune de Lauzerac-du-Val",
    ),
    (
        "DÉPARTEMENT DE LA HAUTE-LAUZE\nArrondissement de Lauze\n"
        "MAIRIE DE LAUZERAC Service des Assemblées : Fax\n"
        "COMPTE RENDU Extrait des délibérations du Conseil Municipal du 12 octobre 2016\n",
        "MAIRIE DE LAUZERAC Service des Assemblées",
    ),
    (
        "COMPTE-RENDU DU COMITE SYNDICAL\nSEANCE DU 18 novembre 2015\nL'an deux mille quinze, le "
        "18 novembre, les délégués du Comité Syndical du SYVALOM 45 (Syndicat de Valorisation des "
        "Ordures) se sont réunis.\n",
        "Syvalom 45",
    ),
    (
        "Le 12 avril 2018, se sont réunis les délégués du comité syndical du SICTOM du canton de "
        "Lauzac, sous la présidence de Monsieur Paul LAUZET, Président.\n",
        "SICTOM du canton de Lauzac",
    ),
    (
        "CONSEIL D'ADMINISTRATION Séance du 05/02/2019\nLe Conseil d'Administration du Centre de "
        "Gestion s'est réuni le mardi 5 février 2019 en son siège.\n",
        "Centre de Gestion",
    ),
    (
        "Séance du Conseil de l'Eurométropole de Lauzebourg du lundi 8 octobre 2018.\n",
        "Eurométropole de Lauzebourg",
    ),
    (
        "Le 14 mars 2022, les conseillers du Conseil de l'EPT Grand-Lauze Seine se sont réunis en "
        "séance publique.\n",
        "EPT Grand-Lauze Seine",
    ),
    (
        "Le neuf juin deux mille seize, le conseil de la Communauté de Communes de Lauzan, "
        "convoqué en session ordinaire, se réunit sous la présidence de M. Paul LAUZET.\n",
        "Communauté de Communes de Lauzan",
    ),
    (
        "SÉANCE PLÉNIÈRE DU CONSEIL REGIONAL DE LA VAL-DE-LAUZE DU 17 MARS 2022 COMPTE RENDU\n",
        "La Val-de-Lauze",
    ),
    (
        "Conseil communautaire du 6 mai 2020 - Lauzembert Communauté Conseil communautaire "
        "Du 6 mai 2020 - COMPTE RENDU\n",
        "Lauzembert Communauté",
    ),
    (
        "DISTRICT DE L'AGGLOMÉRATION LAUZOISE\nCONSEIL de DISTRICT\n"
        "Compte rendu de la séance du mardi 14 octobre 1998\n",
        "District de l'Agglomération Lauzoise",
    ),
    # A syndicate named by its purpose, a common noun.
    (
        "L'an deux mille vingt, le trois mars, le Comité du Syndicat intercommunal d'énergies de "
        "Haute-Lauze, régulièrement convoqué, s'est réuni sous la présidence de M. Paul LAUZET.\n",
        "Syndicat intercommunal d'énergies de Haute-Lauze",
    ),
    # A letterhead naming the body, then its collectivity.
    (
        "COMITE SYNDICAL DU SYNDICAT MIXTE DU PAYS DE LAUZAC ----------\nSéance du 7 mai 2003\n",
        "Syndicat Mixte du Pays de Lauzac",
    ),
    # A letterhead's columns read across: the communauté after the arrondissement's words.
    (
        "DEPARTEMENT DU VAL DE LAUZE\nARRONDISSEMENT DE Communauté de Communes Lauze Centre "
        "Nombres de Membres : 52\nPROCES VERBAL de la réunion du Conseil Communautaire du jeudi "
        "28 septembre 2017\n",
        "Communauté de Communes Lauze Centre",
    ),
    # The members of the collectivity that meets.
    (
        "ASSEMBLEE GENERALE DU 3 JUILLET 2014\nL'an deux mille quatorze, le 3 juillet, à 9h30 se "
        "sont réunis les délégués des communes du SIRTOM de la Région de Lauzac, en Assemblée "
        "Générale.\n",
        "SIRTOM de la Région de Lauzac",
    ),
    # A council named by its collectivity.
    (
        "Réunion du Conseil d'Orléac Métropole le jeudi 28 février 2019 à 18 heures, hôtel de "
        "Ville d'ORLÉAC.\n",
        "Orléac Métropole",
    ),
    # Where a council meets: its own seat; a commune's hall for its municipal council.
    (
        "Le Conseil de territoire, légalement convoqué le 10 février 2016, s'est réuni à l'Hôtel "
        "de l'établissement public territorial Lauze Ensemble, 100 avenue Gaston Roux.\n",
        "Établissement public territorial Lauze Ensemble",
    ),
    (
        "Le Conseil Municipal s'est réuni le jeudi 6 décembre 2012, à vingt heures à la mairie de "
        "Lauzac-du-Val, sous la présidence de Monsieur Paul LAUZET.\n",
        "Mairie de Lauzac-du-Val",
    ),
    # A recueil's cover names who publishes it.
    (
        "RECUEIL DES ACTES ADMINISTRATIFS DU DEPARTEMENT DE LA LAUZE. Numéro Spécial SOMMAIRE\n",
        "Departement de la Lauze",
    ),
    # A letterhead writes the name, then its kind on a line of its own.
    (
        "3 juin 2014 - Lauzienne\nLauzienne\nCommunauté de Communes\nCONSEIL COMMUNAUTAIRE\n"
        "Réunion du 3 JUIN 2014\n",
        "Lauzienne Communauté de Communes",
    ),
    # A title's part of its own, beside its body: a web page's title ending with the site's name.
    ("COMPTE RENDU - Conseil du 11 février 2021 - Lauzon Métropole\n", "Lauzon Métropole"),
    # The region's economic, social and environmental council.
    (
        "CONSEIL ÉCONOMIQUE, SOCIAL ET ENVIRONNEMENTAL DE LA RÉGION VAL-DE-LAUZE\n"
        "Réunion du 8 novembre 2013\n",
        "Région Val-de-Lauze",
    ),
    # A commune's web site greets its visitors with its name (an apostrophe spaced on both sides).
    (
        "Bienvenue à Saint Gervais l 'Ormelau\nVous êtes ici: Retour accueil Comptes rendus\n"
        "COMPTE-RENDU DE LA RÉUNION DU CONSEIL MUNICIPAL 01 AVRIL 2014 A 20 H\n",
        "Commune de Saint Gervais l 'Ormelau",
    ),
    # The syndicate's name misspelt after its committee's word (« Syndical Intercommunal »).
    (
        "L'an deux mille dix-neuf le douze septembre à 18 heures, le comité Syndical Intercommunal "
        "de Regroupement Scolaire Lauzac Vauvert, légalement convoqué, s'est réuni en séance "
        "ordinaire.\n",
        "Syndical Intercommunal de Regroupement Scolaire Lauzac Vauvert",
    ),
    # A syndical council's minutes: the syndicate its officers serve.
    (
        "Conseil syndical - 21 juin 2016\nSÉANCE DU MARDI 21 JUIN 2016\nPrésents : Madame Anne "
        "ROUX, Monsieur Paul LAUZET.\nAutres invités : Madame Marie DUVAL, Directrice du SYMELAU, "
        "Monsieur Marc VIDAL du Département de la Lauze.\n",
        "Symelau",
    ),
    # A council assembled in its commune's hall, written with no article.
    (
        "Le conseil municipal, légalement convoqué, s'est assemblé en session ordinaire, en mairie "
        "de LAUZAC, le vendredi 18 novembre 2011, sous la présidence de monsieur Paul ROUX.\n",
        "Mairie de LAUZAC",
    ),
    # The members of the collectivity meet, with their body named between them and it.
    (
        "L'an deux mille douze, le vingt septembre, se sont réunis dans le lieu ordinaire de leurs "
        "séances les membres du Comité Départemental du Syndicat Départemental d’Energies de la "
        "Lauze sous la présidence de M. Paul ROUX.\n",
        "Syndicat Départemental d’Energies de la Lauze",
    ),
    # The members named first, their meeting told after: a syndicate named by its purpose.
    (
        "Séance du 9 Décembre 2015 à Lauzac Les Membres du Syndicat Mixte pour l'Aménagement du "
        "Bassin Versant de la Lauze, régulièrement convoqués à cet effet, se sont réunis le "
        "Mercredi 9 décembre 2015.\n",
        "Syndicat Mixte pour l'Aménagement du Bassin Versant de la Lauze",
    ),
    # An assembly named by its collectivity.
    (
        "Assemblée Générale de la Communauté de Communes du Pays de Lauze mercredi 23 février 2023 "
        "Etaient présents : Mesdames et Messieurs : ROUX J., NOIR B.\n",
        "Communauté de Communes du Pays de Lauze",
    ),
    # A communautaire council's minutes naming their communauté only in passing.
    (
        "Conseil Communautaire du 3 mai 2014\nPrésents : M. Paul ROUX, Mme Anne NOIR.\n"
        "La Sous-Préfète rappelle que 13 des communes de la Communauté de Communes du Massif de "
        "Lauze en dépendent.\n",
        "Communauté de Communes du Massif de Lauze",
    ),
    # A letterhead repeated as a running header is still the collectivity's.
    (
        "Mairie de Lauzac-Ventoux\n\nMairie de Lauzac-Ventoux\n\nConseils municipaux\n\n"
        "Conseil du 10 juillet 2020\n\nPrésents : Paul ROUX, Anne NOIR,\n",
        "Mairie de Lauzac-Ventoux",
    ),
    # A letterhead: the place, then the communauté named after its kind.
    (
        "Département du Val Arrondissement de Lauzac COMMUNAUTÉ DE COMMUNES DU PAYS DE LAUZE "
        "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL DE COMMUNAUTÉ Mardi 24 avril 2013\n",
        "Communauté de Communes du Pays de Lauze",
    ),
]


# Named only in passing, two of the council's kind, or communes in a municipal council's
# minutes: none of them is known to be the one deliberating.
@pytest.mark.parametrize(
    "text",
    [
        "Conseil Communautaire du 3 mai 2014\nPrésents : M. Paul ROUX, Mme Anne NOIR.\n"
        "Convention entre la Communauté de Communes du Val et la Communauté de Communes du Mont.\n",
        "Conseil Municipal du 3 mai 2014\nPrésents : M. Paul ROUX, Mme Anne NOIR.\n"
        "Convention d'occupation entre la Ville de Lauzac et la Communauté Urbaine de Brenne.\n",
        "Comité syndical du 3 mai 2014\nPrésents : M. Paul SIMANSKI, Mme Anne NOIR.\n"
        "M. SIMANSKI présente le budget.\n",
        # A title in capitals naming a council: its words run on past any collectivity's name.
        "Conseil municipal, séance du 3 mai 2014\nPrésents : MRS ROUX, NOIR.\n"
        "Le procès verbal est approuvé.\nDEMANDE SUBVENTION CONSEIL GENERAL DE LA LAUZE AU TITRE "
        "DE LA REALISATION D'UN LOTISSEMENT A USAGE D'HABITATION\n"
        "Monsieur le Maire rappelle au Conseil Municipal le projet.\n",
    ],
)
def test_a_collectivity_named_in_passing_among_others_is_left_empty(text: str) -> None:
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).authority is None, variant


# A syndicate meeting in a member commune's hall: the commune is only the place.
def test_a_commune_hosting_a_syndicate_is_not_the_collectivity() -> None:
    text = (
        "L'an deux mille dix-neuf, le douze septembre, le Comité Syndical, légalement convoqué, "
        "s'est réuni dans la salle de la Mairie de Lauzac, sous la présidence de M. Paul LAUZET.\n"
    )
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).authority is None


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize(("text", "name"), PROSE_AUTHORITIES)
def test_authority_from_prose(text: str, name: str, flat: bool) -> None:
    extract = qpparse.parse(" ".join(text.split()) if flat else text)
    assert extract.authority is not None
    assert extract.authority.name == name


# A collectivity whose name the extraction lost (« D’ » ends the line) names no one, even when
# the next line runs into it.
@pytest.mark.parametrize(
    "text",
    [
        "Département du Val de Lauze\nCOMMUNE D’\nExtrait du Procès-Verbal de la délibération du "
        "Conseil Municipal\nSéance ordinaire du 10 novembre 2015\n",
        "JEUDI 22 NOVEMBRE 2018\nPROCES-VERBAL DU CONSEIL DE LA COMMUNAUTE URBAINE D’\n"
        "PRESENTS : MM. ROUX, NOIR\n",
    ],
)
def test_a_collectivity_whose_name_was_lost_is_left_empty(text: str) -> None:
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).authority is None, variant


# A département above a municipal council's minutes places the commune: never the collectivity.
def test_a_departement_above_a_council_is_not_the_collectivity() -> None:
    text = (
        "DEPARTEMENT DU VAL DE LAUZE CANTON DE LAUZAC\n"
        "COMPTE-RENDU DU CONSEIL MUNICIPAL DU 3 AVRIL 2008\n"
        "Nombre de conseillers en exercice : 23\n"
    )
    assert qpparse.parse(text).authority is None


# (prose, the body named): a title or an opening sentence, when no header names the body.
PROSE_BODIES = [
    ("COMPTE RENDU - Conseil du 11 février 2021 - Lauzon Métropole\n", "Conseil"),
    (
        "Ce jeudi 4 mai 2017 à 17h00 le Conseil de Lauzac Métropole s'est réuni en l'Hôtel de la "
        "Métropole.\n",
        "Conseil de Lauzac Métropole",
    ),
    # « Salle du Conseil Municipal » is a room: the metropolitan council meets in it.
    (
        "Le jeudi 28 février 2019, à 18 heures, Salle du Conseil Municipal, le Conseil "
        "métropolitain dûment convoqué s'est réuni.\n",
        "Conseil métropolitain",
    ),
    (
        "CONSEIL ÉCONOMIQUE, SOCIAL ET ENVIRONNEMENTAL DE LA RÉGION VAL-DE-LAUZE\n"
        "Réunion du 8 novembre 2013\n",
        "Conseil Économique, Social et Environnemental",
    ),
    # A syndicate's general assembly, when no council is named.
    ("ASSEMBLEE GENERALE DU 3 JUILLET 2014\nCOMPTE-RENDU\n", "Assemblee Generale"),
    # Nothing before the deliberation names it: the decision's formula does.
    (
        "REUNION DU 5 FEVRIER 2008\nSecrétaire de séance : M. Paul LAUZET\nCREATION D'UN POSTE\n"
        "Après en avoir délibéré, le Comité Syndical adopte la création du poste.\n",
        "Comité Syndical",
    ),
    ("SIVOM DE LA LAUZE\nREUNION DU BUREAU\nMERCREDI 26 MAI 2010\n", "Bureau"),
    ("Compte rendu de la réunion de bureau du 26 mai 2010\n", "Bureau"),
    (
        "Réunion de la Commission Locale de l’Eau 15 février 2018 – Lauzac\n",
        "Commission Locale de l’Eau",
    ),
]


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize(("text", "name"), PROSE_BODIES)
def test_body_from_prose(text: str, name: str, flat: bool) -> None:
    extract = qpparse.parse(" ".join(text.split()) if flat else text)
    assert extract.body is not None
    assert extract.body.name == name


def test_a_number_glued_after_a_sentence_starts_the_deliberation() -> None:
    text = (
        "Présents : M. Paul LAUZET, Mme Anne ROUX, M. Marc DUVAL.\n"
        "Le procès-verbal précédent est approuvé sans remarque. DCM 2018-047\n"
        "OBJET : TARIFS DE LA SALLE DES FETES\n"
    )
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).deliberation.number == "2018-047"


def test_a_registry_header_under_the_number_is_not_the_title() -> None:
    text = (
        "Délibération n° 2017/05/02\n"
        "EXTRAIT DU REGISTRE DES DELIBERATIONS COMMUNAUTE DE COMMUNES DU VAL DE LAUZE\n"
        "SEANCE DU 2 MAI 2017\n"
        "Objet : Modification statutaire de la communauté\n"
    )
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert extract.deliberation.title == "Modification statutaire de la communauté"
        assert extract.authority is not None
        assert extract.authority.kind == "communaute"


# A municipal council's member presiding a syndicate: the syndicate does not deliberate here.
def test_a_syndicate_an_officer_serves_counts_only_for_a_syndical_council() -> None:
    text = (
        "Conseil municipal du 3 mai 2016\n"
        "Présents : M. Paul LAUZET, président du SIVOM de la Lauze, Mme Anne ROUX.\n"
    )
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).authority is None


# « Bienvenue à … » names the commune only above a municipal council's minutes.
def test_a_welcome_names_no_collectivity_of_another_kind() -> None:
    text = "Bienvenue à Lauzac\nComité syndical du 17 octobre 2017\n"
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).authority is None


# (text, number, title): a deliberation's number and title where they stand in running text.
NUMBERS_IN_RUNNING_TEXT = [
    (
        "Présents : M. Paul LAUZET, Mme Anne ROUX, M. Marc DUVAL.\n"
        "Le compte rendu de la séance du 4 mai 2018 est approuvé à l'unanimité.\n"
        "2018-041-02 – TRAVAUX DE VOIRIE DU BOURG DE LAUZAC\n"
        "La commune a engagé une étude des chaussées du bourg.\n",
        "2018-041-02",
        "TRAVAUX DE VOIRIE DU BOURG DE LAUZAC",
    ),
    (
        "Commune de Lauzac Séance ordinaire du 14 juin 2012\n"
        "S O M M A I R E DL/12/044 Adoption du procès-verbal de la séance du 3 mai\n"
        "DL/12/045 Subvention à l'association des Amis du Lauzon\n",
        "DL/12/044",
        "Adoption du procès-verbal de la séance du 3 mai",
    ),
    (
        "Le comité syndical s'est réuni sous la présidence de M. Paul LAUZET, Président.\n"
        "Objets des délibérations portées à l'ordre du jour :\n"
        "- Délibération n°2020-14 : élection d'un(e) secrétaire de séance ; - Information : "
        "rapport annuel du délégataire ;\n- Délibération n°2020-15 : tarifs de l'eau ;\n",
        "2020-14",
        "élection d'un(e) secrétaire de séance",
    ),
    (
        "Présents : M. Paul LAUZET, Mme Anne ROUX. ORDRE du JOUR Appel nominal\n"
        "Nomination du Secrétaire de Séance\n"
        "N° 2.03 : Voirie - Classement de chemins ruraux\n"
        "N° 2.04 : Finances - Budget annexe de l'eau\n",
        "2.03",
        "Voirie - Classement de chemins ruraux",
    ),
    (
        "Secrétaire de séance : M. Paul LAUZET\nLe Conseil approuve le procès-verbal de la "
        "réunion du 4 octobre 2024.\n- Délibération D202455 – Décision modificative au budget "
        "annexe\nVoté à l'unanimité.\n",
        "D202455",
        "Décision modificative au budget annexe",
    ),
    # the heading right before a number that gives no title
    (
        "Présents : M. Paul LAUZET, Mme Anne ROUX.\nLes procès-verbaux sont approuvés à "
        "l'unanimité.\nADHESION A LA CONVENTION PREVOYANCE\nDélibération n° 2025-23\n"
        "Vu le Code général des collectivités territoriales ;\n",
        "2025-23",
        "ADHESION A LA CONVENTION PREVOYANCE",
    ),
    (
        "Conseil Communautaire du lundi 09 janvier 2017 Délibération n° 1 Election du Président "
        "de la Communauté\nDate de la convocation : 2 janvier 2017\n",
        "1",
        "Election du Président de la Communauté",
    ),
]


@pytest.mark.parametrize(("text", "number", "title"), NUMBERS_IN_RUNNING_TEXT)
def test_numbers_in_running_text(text: str, number: str, title: str) -> None:
    for variant in as_written_and_flat(text):
        deliberation = qpparse.parse(variant).deliberation
        assert (deliberation.number, deliberation.title) == (number, title)


def test_a_number_whose_piece_runs_on_into_its_report() -> None:
    """A piece longer than any title: the number, its title and the report after it (line
    breaks are hints), still read as the deliberation's number and title."""
    report = "Il précise que le montant est calculé selon la strate démographique. " * 8
    text = (
        "Membres en exercice : 11 Membres qui ont pris part à la délibération : 11\n\n"
        "Délibération n° 2020-0506-1 : Fixation des indemnités des élus\n\n"
        f"Le Maire fait savoir au Conseil que les indemnités sont fixées par la loi. {report}"
    )
    for variant in as_written_and_flat(text):
        deliberation = qpparse.parse(variant).deliberation
        assert deliberation.number == "2020-0506-1", variant
        assert deliberation.title == "Fixation des indemnités des élus", variant


def test_a_cited_lettered_number_is_not_the_deliberations() -> None:
    text = (
        "Présents : M. Paul LAUZET, Mme Anne ROUX.\n"
        "Objet : Tarifs de la cantine\n"
        "Vu la délibération DL/11/150 du 3 mars 2011 ;\n"
    )
    for variant in as_written_and_flat(text):
        deliberation = qpparse.parse(variant).deliberation
        assert (deliberation.number, deliberation.title) == (None, "Tarifs de la cantine")


def test_a_paris_number_at_the_foot_is_the_deliberations() -> None:
    text = (
        "Subventions à des associations sportives.\n"
        "Vu le code général des collectivités territoriales ;\n"
        "Vu la délibération 2009 DJS 12 du 3 mars 2009 ;\n"
        "Délibère :\nArticle 1 : Une subvention est attribuée à l'association Lauzac Sports.\n"
        "Article 2 : La dépense est imputée au budget de l'exercice 2010.\n"
        "Octobre 2010\nDélibération\n2010 DJS 42\nConseil municipal\n"
    )
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert extract.deliberation.number == "2010 DJS 42"
        assert len(extract.articles) == 2
        assert "2010 DJS 42" not in extract.articles[-1].text


def test_a_number_after_the_title_before_the_visas() -> None:
    text = (
        "Présents : Paul MARTIN, Lucie ROUX, Jean PETIT\n"
        "Secrétaire de séance : Lucie ROUX,\n"
        "Réfection de la voirie du hameau de Lauzac - fonds de concours : 2020-57\n"
        "Vu le Code général des collectivités territoriales ;\n"
    )
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).deliberation.number == "2020-57"


@pytest.mark.parametrize("cut", ["- ", "-\n"])
def test_a_word_cut_by_a_hyphen_reads_the_same_in_the_title(cut: str) -> None:
    """A line break after « amé- » stays (the join closes it) or becomes a space: one title,
    the closing reported."""
    text = (
        "Présents : Paul MARTIN, Lucie ROUX, Jean PETIT\n"
        f"Objet : Cession d'un terrain pour l'amé{cut}nagement d'un atelier\n"
        "Vu le Code général des collectivités territoriales ;\n"
    )
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert extract.deliberation.title == "Cession d'un terrain pour l'amé-nagement d'un atelier"
    extract = qpparse.parse(text)
    if cut == "- ":
        assert [repair.kind for repair in extract.repairs] == ["title-hyphen-space"]


def test_a_year_span_before_the_visas_is_no_number() -> None:
    text = (
        "Présents : Paul MARTIN, Lucie ROUX, Jean PETIT\n"
        "Objet : Programme de voirie : 2020-2026\n"
        "Vu le Code général des collectivités territoriales ;\n"
    )
    for variant in as_written_and_flat(text):
        assert qpparse.parse(variant).deliberation.number is None


def test_an_objet_that_opens_the_session_holds_no_deliberation() -> None:
    """« Objet : Ouverture de séance. Monsieur le Maire interroge … Objet : Tarifs … »: the
    session's own business under an « Objet » heading; the next heading is the first item."""
    text = (
        "Séance du 30 janvier 2015\nEtaient présents : Mesdames NOIR Anne, GRIS Léa\n"
        "Objet : Ouverture de séance. Monsieur le Maire interroge le Conseil sur le "
        "procès-verbal de la dernière séance, adopté à l'unanimité.\nObjet : Tarifs de la "
        "cantine scolaire. Après en avoir délibéré, le Conseil adopte les tarifs suivants.\n"
    )
    for given in as_written_and_flat(text):
        extract = qpparse.parse(given)
        assert extract.deliberation.title == "Tarifs de la cantine scolaire", given


def test_the_mayor_listed_presides_when_the_text_says_the_mayor_opens() -> None:
    """« Présents Paul ROUX, Maire ; … Monsieur le Maire fait l'appel … et ouvre la séance »:
    the one member listed as « Maire » presides; with no such sentence, nobody is said to."""
    lists = (
        "SEANCE DU CONSEIL MUNICIPAL DU 26 MARS 2013 Présents Paul ROUX, Maire ; Anne NOIR, "
        "Luc PONS, Conseillers Municipaux. Absents et non représentés : Eric GRIS "
    )
    for opening in (
        "Monsieur le Maire fait l'appel des présents et ouvre la séance à 20 heures.",
        "Monsieur le Maire procède à l'appel et déclare la séance ouverte à 18 heures.",
    ):
        for given in as_written_and_flat(lists + opening):
            president = qpparse.parse(given).session.president
            assert president is not None, given
            assert president.name == "Paul ROUX", given
    for given in as_written_and_flat(lists + "Le Conseil examine l'ordre du jour."):
        assert qpparse.parse(given).session.president is None, given
