"""Phrase tables for attendance blocks: headings (formats.md §3), proxies (§6), and the way list
items change how the next ones read (grouped civilities, roles, communes, holders).

Every name is invented. Blocks are read by the attendance extractor directly, cut into sections
by the attendance headings of the lexicon, so these tables do not depend on the rest of the
document.
"""

from __future__ import annotations

import pytest
from _layouts import as_written_and_flat

import qpparse
from qpparse import lexicon
from qpparse.extract import attendance
from qpparse.extract.draft import Draft
from qpparse.frenchtext import fold
from qpparse.model import Person, Proxy
from qpparse.names import parse_person
from qpparse.normalise import TextLine
from qpparse.segment import Kind, Section, classify


def _heading_role(text: str) -> str | None:
    """The role of the heading ``text`` holds; a proxy's own sentence (a heading of no words)
    opens a list only where the scan cuts a whole text, never inside these blocks."""
    folded = fold(text)
    return next(
        (
            role
            for role, pattern in lexicon.ATTENDANCE_HEADINGS
            if (match := pattern.search(folded)) and match.end() > match.start()
        ),
        None,
    )


def read(*lines: str, president: str | None = None, president_role: str | None = None) -> Draft:
    """Run the attendance extractor on ``lines`` (numbered from 1), one section per heading."""
    draft = Draft()
    if president is not None:
        draft.session.president = parse_person(president, 1)
        draft.session.president_role = president_role
    sections: list[Section] = []
    for number, text in enumerate(lines, start=1):
        role = _heading_role(text)
        if role is not None:
            sections.append(Section(Kind.ATTENDANCE, role=role))
        sections[-1].lines.append(TextLine(number, text))
    for section in sections:
        attendance.extract(section, draft)
    return draft


def _pairs(proxies: list[Proxy]) -> list[tuple[str, str | None]]:
    """Each proxy as (member, holder) names, the holder ``None`` when unnamed."""
    return [(p.member.name, p.holder and p.holder.name) for p in proxies]


def _who(person: Person | None) -> str:
    if person is None:
        return "?"
    return f"{person.civility} {person.name}" if person.civility else person.name


def _proxy(proxy: Proxy) -> str:
    scope = f" [{proxy.scope}]" if proxy.scope else ""
    return f"{_who(proxy.member)} -> {_who(proxy.holder)}{scope}"


def summary(draft: Draft) -> dict[str, list[str]]:
    lists = draft.attendance
    found = {
        "present": [_who(p) for p in lists.present],
        "represented": [_proxy(p) for p in lists.represented],
        "excused": [_who(p) for p in lists.excused],
        "absent": [_who(p) for p in lists.absent],
        "non_voting": [_who(p) for p in lists.non_voting],
    }
    return {key: value for key, value in found.items() if value}


# --- Headings (§3) -------------------------------------------------------------------------------

HEADINGS = [
    ("Membres représentés :", "represented"),
    ("Délégations de vote :", "represented"),
    ("Etaient présents Mesdames et Messieurs :", "present"),
    ("ETAIENT PRESENTS : Mesdames et Messieurs :", "present"),
    ("Etaient présents en début ou en cours de séance", "present"),
    ("Présents :", "present"),
    ("Présent(e)s :", "present"),
    ("Sont présents : Mmes et MM.", "present"),
    ("Conseillers présents :", "present"),
    ("Dont (48) présent(e)s avec droit de vote formant le quorum", "present"),
    ("dont 12 présents :", "present"),
    ("Délégués titulaires présents :", "present"),
    ("Titulaires présents :", "present"),
    ("Elu(e)s présent(e)s :", "present"),
    ("Procuration(s) :", "represented"),
    ("Présents à titre de titulaires :", "present"),
    ("ETAIT EXCUSEE ET A DONNE POUVOIR :", "represented"),
    ("Pouvoir(s) :", "represented"),
    ("Pouvoirs de vote :", "represented"),
    ("ETAIENT REPRESENTEES LES COMMUNES DE :", "present"),
    ("Élues excusées :", "excused"),
    ("Elus absents :", "absent"),
    ("Autres membres présents :", "present"),
    ("Suppléants présents :", "present"),
    ("Délégué titulaire excusé :", "excused"),
    ("Membres titulaires Collège 1 absents :", "absent"),
    ("Délégués absents :", "absent"),
    ("Conseillers municipaux excusés :", "excused"),
    ("Etaient présents au moment de l'appel nominatif :", "present"),
    ("Etaient absents et représentés Mesdames et Messieurs :", "represented"),
    ("Etaient excusés et représentés :", "represented"),
    ("Absents excusés ayant donné pouvoir :", "represented"),
    ("Procurations :", "represented"),
    ("Pouvoirs :", "represented"),
    ("Représentés :", "represented"),
    ("Représentées :", "represented"),
    ("Dépôt de pouvoir :", "represented"),
    ("Etaient porteurs d'un pouvoir :", "represented"),
    ("Pouvoirs de :", "represented"),
    ("Etaient représentés :", "represented"),
    ("Porteurs de procurations :", "represented"),
    ("EXCUSES REPRESENTES PAR POUVOIR :", "represented"),
    ("ABSENTS AYANT VOTE PAR PROCURATION :", "represented"),
    (
        "Absent(es) ayant voté par procuration en application des articles L. 2121-20 du Code :",
        "represented",
    ),
    ("Autres invités :", "non_voting"),
    ("Autres personnes présentes :", "non_voting"),
    ("ASSISTAIENT A CETTE REUNION :", "non_voting"),
    ("Absents et non représentés :", "absent"),
    ("Absent non représenté :", "absent"),
    ("Absents représentés par procuration", "represented"),
    ("Participaient également à cette réunion :", "non_voting"),
    ("Participaient à cette réunion :", "present"),
    ("Autres participants :", "non_voting"),
    ("Assistaient également à la réunion", "non_voting"),
    ("PERSONNEL ADMINISTRATIF DE L'OFFICE :", "non_voting"),
    ("Etaient absents et excusés Mesdames et Messieurs :", "excused"),
    ("Etaients absents et excusés", "excused"),
    ("Absents excusés :", "excused"),
    ("Excusé(e)s :", "excused"),
    ("S'ÉTAIENT FAIT EXCUSER :", "excused"),
    ("Etait EXCUSEE :", "excused"),
    ("A B S E N T S E X C U S É S", "excused"),
    ("Absent non représenté : M. Jules HUBERT (excusé)", "absent"),
    ("Absents :", "absent"),
    ("Absent(e)s :", "absent"),
    ("Assistent sans voix délibérative :", "non_voting"),
    ("Assistaient à la réunion :", "non_voting"),
    # inclusive writing, a slash, a pluperfect, proxies read out
    ("Absent(es) excusé(es) ayant donné pouvoir :", "represented"),
    ("Absent(e)(s) représenté(e)s :", "represented"),
    ("Etait absent et avait donné pouvoir :", "represented"),
    ("Procurations parvenues :", "represented"),
    ("Absents/excusés :", "excused"),
    ("Absent(es) :", "absent"),
    ("Excusé(es) :", "excused"),
    ("Présent(es) :", "present"),
    ("ABSENTS EXCUSES AYANT DONNE MANDAT DE VOTE [2]:", "represented"),
    ("PRESENTS [13] :", "present"),
    ("Le Président note les excusés :", "excused"),
    # lists announced by their count in prose
    ("Treize administrateurs sont présents à savoir :", "present"),
    ("Deux administrateurs sont excusés :", "excused"),
    ("Quatre conseillers municipaux étaient absents :", "absent"),
    ("Treize administrateurs sont excusés et ont donné pouvoir, à savoir", "represented"),
    ("Les membres présents sont :", "present"),
    ("Absents, excusés :", "excused"),
    ("Les conseillers excusés étaient :", "excused"),
    ("Ont également pris part à cette réunion", "non_voting"),
    ("Ont également assisté à cette réunion", "non_voting"),
]


@pytest.mark.parametrize(("heading", "role"), HEADINGS)
def test_headings(heading: str, role: str) -> None:
    assert _heading_role(heading) == role
    marker = classify(heading)
    assert marker is not None
    assert (marker.kind, marker.role) == (Kind.ATTENDANCE, role)


# A heading, its count after the colon, then its first member's civility: the list starts.
@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Absents excusés : 2 Mme Anne NOIR, M. Paul ROUX", "excused"),
        ("ABSENTS OU EXCUSÉS : 6 Mme Anne NOIR - M. Paul ROUX", "excused"),
        ("Absents : 2 M. Paul ROUX, Mme Anne NOIR", "absent"),
        ("DONT ABSENTS AVEC POUVOIR : 1 M. Paul ROUX (pouvoir Anne NOIR)", "represented"),
        ("DONT ABSENTS SANS POUVOIR : 1 Mme Anne NOIR", "absent"),
        ("Procurations : 1 M. Paul ROUX à Mme Anne NOIR", "represented"),
    ],
)
def test_a_heading_then_its_count_then_its_list(line: str, role: str) -> None:
    marker = classify(line)
    assert marker is not None
    assert (marker.kind, marker.role) == (Kind.ATTENDANCE, role)


@pytest.mark.parametrize(
    "line",
    [
        "Présents : 20",
        "Absents : 6 Votants : 30",
        "Présents ……………… 61",
        "PROCURATIONS : 5",
        "Excusés : 2",
        "Auditeurs présents : 40",
        "Présentation du rapport",
    ],
)
def test_counts_are_not_headings(line: str) -> None:
    assert _heading_role(line) is None


# --- Blocks: heading, names on the heading line or below -----------------------------------------

BLOCKS = [
    # words that qualify the heading, before its colon
    (["Excusés sans pouvoir : M. Paul MARTIN"], {"excused": ["M. Paul MARTIN"]}),
    (
        ["Présents à l'ouverture de la séance : M. Paul MARTIN, Mme Lucie ROUX"],
        {"present": ["M. Paul MARTIN", "Mme Lucie ROUX"]},
    ),
    (["Présents à la séance : M. Paul MARTIN"], {"present": ["M. Paul MARTIN"]}),
    (["Absent(e)s excusé(e)s : M. Paul MARTIN"], {"excused": ["M. Paul MARTIN"]}),
    # « outre le Président » after the heading: the president is not listed with them
    (
        ["Etaient présents, outre le Président : Mme Anne ROUX-PETIT, M. Paul MARTIN"],
        {"present": ["Mme Anne ROUX-PETIT", "M. Paul MARTIN"]},
    ),
    (
        ["Étaient présents, outre M. le Maire : Mme Anne ROUX, M. Paul MARTIN"],
        {"present": ["Mme Anne ROUX", "M. Paul MARTIN"]},
    ),
    # names on the heading line, after the formula
    (
        ["Sont présents : Mmes et MM. DURAND Jeanne, MARTIN Paul, ROUX Lucie"],
        {"present": ["Jeanne DURAND", "Paul MARTIN", "Lucie ROUX"]},
    ),
    (
        ["Délégués titulaires présents : Mmes & MM. DURAND Jeanne, MARTIN Paul"],
        {"present": ["Jeanne DURAND", "Paul MARTIN"]},
    ),
    (
        ["ETAIENT PRESENTS : Mesdames et Messieurs : Paul MARTIN - Lucie ROUX."],
        {"present": ["Paul MARTIN", "Lucie ROUX"]},
    ),
    # the formula on the line after the heading
    (
        ["Etaient présents :", "Mesdames et Messieurs :", "Paul MARTIN - Lucie ROUX."],
        {"present": ["Paul MARTIN", "Lucie ROUX"]},
    ),
    # one per line with civilities, the Conseil de Territoire shape
    (
        ["ETAIENT PRESENTS :", "M. Paul MARTIN", "Mme Lucie ROUX", "M me Claire BLANC"],
        {"present": ["M. Paul MARTIN", "Mme Lucie ROUX", "Mme Claire BLANC"]},
    ),
    # numbered list
    (
        ["Présents :", "1. DURAND Jeanne", "2. MARTIN Paul", "11. ROUX Lucie"],
        {"present": ["Jeanne DURAND", "Paul MARTIN", "Lucie ROUX"]},
    ),
    # grouped civilities: each person gets the civility of their group
    (
        ["Présents : MM. DURAND, MARTIN, Mmes ROUX et PETIT"],
        {"present": ["M. DURAND", "M. MARTIN", "Mme ROUX", "Mme PETIT"]},
    ),
    (
        [
            "Présents : Mesdames Anne NOIR, Julie GRIS et Zoé BRUN,",
            "et Messieurs Marc BRUNO, Luc FAURE",
        ],
        {
            "present": [
                "Mme Anne NOIR",
                "Mme Julie GRIS",
                "Mme Zoé BRUN",
                "M. Marc BRUNO",
                "M. Luc FAURE",
            ]
        },
    ),
    # a civility of one's own ends the group
    (
        ["Présents : Mmes ROUX, PETIT, M. Marc BRUNO, Luc FAURE"],
        {"present": ["Mme ROUX", "Mme PETIT", "M. Marc BRUNO", "Luc FAURE"]},
    ),
    # full stops between names in capitals, a plural civility glued after a name
    (
        ["Présents : MM. DURAND.MARTIN. Mmes ROUX. PETIT MM. BRUNO. FAURE.GIRARD"],
        {
            "present": [
                "M. DURAND",
                "M. MARTIN",
                "Mme ROUX",
                "Mme PETIT",
                "M. BRUNO",
                "M. FAURE",
                "M. GIRARD",
            ]
        },
    ),
    # a dash glued to one side before a civility
    (
        ["Présents : Monsieur Paul MARTIN -Madame Lucie ROUX - Monsieur Marc BRUNO- Mme Zoé BRUN"],
        {"present": ["M. Paul MARTIN", "Mme Lucie ROUX", "M. Marc BRUNO", "Mme Zoé BRUN"]},
    ),
    # a lower-case description after the role, its separator before the next member lost
    (
        [
            "ÉTAIENT PRÉSENTS M. Paul GILET, délégué titulaire, commune d'Aubac M. René SAPIN, "
            "délégué suppléant, commune de Lauze Mme Lucie ROUX"
        ],
        {"present": ["M. Paul GILET", "M. René SAPIN", "Mme Lucie ROUX"]},
    ),
    # « Mrs » abbreviates « Messieurs »; a dash glued after a given-first name
    (
        ["Présents : Mr ROUX, Maire, Mrs BORDIER, BOULAY, Mme NOIR, Paul MARTIN- Marc BRUNO"],
        {
            "present": [
                "M. ROUX",
                "M. BORDIER",
                "M. BOULAY",
                "Mme NOIR",
                "Paul MARTIN",
                "Marc BRUNO",
            ]
        },
    ),
    # the majority formula closes the list; a proxy follows
    (
        [
            "Etaient présents : Mmes et MM ROUX, PETIT. formant la majorité des membres en "
            "exercice. Madame NOIR a donné pouvoir à Madame ROUX"
        ],
        {"present": ["ROUX", "PETIT"], "represented": ["Mme NOIR -> Mme ROUX"]},
    ),
    # « Mesdames et » / « Messieurs … »: the formula cut in two is no member
    (
        ["Etaient présents : Mesdames et", "Messieurs Paul MARTIN, Lucie ROUX, Adjoints"],
        {"present": ["M. Paul MARTIN", "M. Lucie ROUX"]},
    ),
    # who the list counts, after the heading
    (
        ["Étaient présents : Membres (36/72) : Paul MARTIN (titulaire AUBAC), Lucie ROUX"],
        {"present": ["Paul MARTIN", "Lucie ROUX"]},
    ),
    # a note on the arrival after a colon
    (
        ["PRESENTS : ROUX L. / PETIT Anne : arrivée à 18 h 30 - a voté à partir du point 8"],
        {"present": ["L. ROUX", "Anne PETIT"]},
    ),
    # a list written with initials: « M. » and « M » are initials too
    (
        ["Présents : JP. DURAND, A. ROUX, M. PETIT, C. NOIR"],
        {"present": ["JP. DURAND", "A. ROUX", "M. PETIT", "C. NOIR"]},
    ),
    (
        ["Absents : Messieurs A BRUNO, R FAURE, M GIRARD, J BLANC"],
        {"absent": ["M. A BRUNO", "M. R FAURE", "M. M GIRARD", "M. J BLANC"]},
    ),
    # two capitals before a full stop are initials, not a family name
    (
        ["Présents : JP. DURAND, M-C. ROUX, MJ. PETIT"],
        {"present": ["JP. DURAND", "M-C. ROUX", "MJ. PETIT"]},
    ),
    # a full stop after an initial stays in the name
    (["Présents : ROUX J. DURAND J.P."], {"present": ["J. ROUX", "J.P. DURAND"]}),
    # empty lists
    (["Excusé(e)s :"], {}),
    (["Absents : néant"], {}),
    (["Excusés :", "Présents : Paul MARTIN"], {"present": ["Paul MARTIN"]}),
    # letter-spaced heading, names below
    (["A B S E N T S E X C U S É S", "Noémie BARBIER"], {"excused": ["Noémie BARBIER"]}),
    # absent, excused in a parenthesis
    (
        ["Absent non représenté : M. Jules HUBERT (excusé)"],
        {"excused": ["M. Jules HUBERT"]},
    ),
    (["Absent(e)s : Mme Léa GIRARD"], {"absent": ["Mme Léa GIRARD"]}),
    # non-voting attendees are never members
    (
        ["Assistent sans voix délibérative : M. Hervé GIRAUD, Mme Zoé LEMAIRE"],
        {"non_voting": ["M. Hervé GIRAUD", "Mme Zoé LEMAIRE"]},
    ),
    # surname only, initials, mixed case
    (
        ["Présents : DURAND, J.-P. ROUSSEL, ROUX J.P., MAURIN.J, Jeanne Durand"],
        {"present": ["DURAND", "J.-P. ROUSSEL", "J.P. ROUX", "MAURIN.J", "Jeanne Durand"]},
    ),
    # a civility then one word in mixed case, then the member's role with no comma
    (
        ["Étaient absents :", "M.Guillot Maire de Villebourg", "Monsieur Le Maire"],
        {"absent": ["M. Guillot", "M. Le Maire"]},
    ),
]


@pytest.mark.parametrize(("lines", "expected"), BLOCKS)
def test_blocks(lines: list[str], expected: dict[str, list[str]]) -> None:
    draft = read(*lines)
    assert summary(draft) == expected
    assert draft.unrecognised == []


# --- Proxies (§6) --------------------------------------------------------------------------------

PROXIES = [
    ("Paul MARTIN représenté par Lucie ROUX", "Paul MARTIN -> Lucie ROUX"),
    ("Lucie ROUX représentée par Paul MARTIN", "Lucie ROUX -> Paul MARTIN"),
    ("Paul MARTIN à Lucie ROUX", "Paul MARTIN -> Lucie ROUX"),
    (
        "Paul MARTIN ayant donné pouvoir à Lucie ROUX en date du 26 février 2018",
        "Paul MARTIN -> Lucie ROUX [en date du 26 février 2018]",
    ),
    ("Paul MARTIN (pouvoir à Mme Lucie ROUX)", "Paul MARTIN -> Mme Lucie ROUX"),
    ("Paul MARTIN (procuration à M. Marc BRUNO)", "Paul MARTIN -> M. Marc BRUNO"),
    ("Paul MARTIN (mandat) à Lucie ROUX", "Paul MARTIN -> Lucie ROUX"),
    ("Paul MARTIN donne pouvoir à Lucie ROUX", "Paul MARTIN -> Lucie ROUX"),
    ("Paul MARTIN a donné pouvoir à Lucie ROUX", "Paul MARTIN -> Lucie ROUX"),
    ("Paul MARTIN, POUVOIR A M. Marc BRUNO", "Paul MARTIN -> M. Marc BRUNO"),
    ("Paul MARTIN procuration à Lucie ROUX", "Paul MARTIN -> Lucie ROUX"),
    ("Paul MARTIN délégation de vote à Lucie ROUX", "Paul MARTIN -> Lucie ROUX"),
    ("Paul MARTIN - Pouvoir donné à M. Marc BRUNO", "Paul MARTIN -> M. Marc BRUNO"),
    ("Paul MARTIN par Lucie ROUX", "Paul MARTIN -> Lucie ROUX"),
    ("M. Paul MARTIN A donne pouvoir à Mme Lucie ROUX", "M. Paul MARTIN -> Mme Lucie ROUX"),
    (
        "Paul MARTIN pouvoir à Lucie ROUX à partir du point 5",
        "Paul MARTIN -> Lucie ROUX [à partir du point 5]",
    ),
    (
        "Paul MARTIN (pouvoir à Lucie ROUX jusqu'au point 7)",
        "Paul MARTIN -> Lucie ROUX [jusqu'au point 7]",
    ),
    ("Paul MARTIN", "Paul MARTIN -> ?"),
    ("Mme Lucie ROUX qui donne pouvoir à M. Paul MARTIN", "Mme Lucie ROUX -> M. Paul MARTIN"),
    ("M. Paul MARTIN qui a donné pouvoir à Mme Lucie ROUX", "M. Paul MARTIN -> Mme Lucie ROUX"),
    ("Paul MARTIN donne pouvoir de vote à Lucie ROUX", "Paul MARTIN -> Lucie ROUX"),
    ("Mme Lucie ROUX (pouvoir M. Paul MARTIN)", "Mme Lucie ROUX -> M. Paul MARTIN"),
    ("Mme Lucie ROUX (pouvoir Mme Zoé BRUN)", "Mme Lucie ROUX -> Mme Zoé BRUN"),
    ("Paul MARTIN a donné pouvoir à Lucie ROUX 1", "Paul MARTIN -> Lucie ROUX"),
    ("Mme ROUX Lucie Représentée P. Martin", "Mme Lucie ROUX -> P. Martin"),
    ("M. BRUNO Marc Représenté J-P. Faure", "M. Marc BRUNO -> Faure J-P."),
    ("Paul MARTIN a donné pouvoir à Lucie ROUX. 12", "Paul MARTIN -> Lucie ROUX"),
    ("Paul MARTIN (procuration remise à Lucie ROUX)", "Paul MARTIN -> Lucie ROUX"),
    # in a note, « à » left out before a holder written with no civility
    ("M. Paul MARTIN (pouvoir Lucie ROUX)", "M. Paul MARTIN -> Lucie ROUX"),
    ("Mme Anne NOIR (pouvoir Marc de BRUNO)", "Mme Anne NOIR -> Marc de BRUNO"),
]


@pytest.mark.parametrize(("item", "expected"), PROXIES)
def test_proxy_phrasings(item: str, expected: str) -> None:
    draft = read("Procurations :", item)
    assert summary(draft) == {"represented": [expected]}
    assert draft.unrecognised == []


@pytest.mark.parametrize(
    "item",
    [
        "M. Paul MARTIN, représenté par son suppléant, M. Marc BRUNO ; Mme Zoé BRUN",
        "M. Paul MARTIN, représenté par son suppléant M. Marc BRUNO ; Mme Zoé BRUN",
        "M. Paul MARTIN (représenté par son suppléant) M. Marc BRUNO ; Mme Zoé BRUN",
    ],
)
def test_represented_by_a_substitute_is_no_proxy(item: str) -> None:
    # The substitute sits in the member's place: the member is away, the substitute present.
    draft = read("Présents : M. Marc BRUNO, Mme Inès FAURE.", "Absents excusés : " + item)
    assert summary(draft) == {
        "present": ["M. Marc BRUNO", "Mme Inès FAURE"],
        "excused": ["M. Paul MARTIN", "Mme Zoé BRUN"],
    }
    assert draft.attendance.present[0].substitute_for == "Paul MARTIN"


@pytest.mark.parametrize(
    "lines",
    [
        ["Etaient porteurs d'un pouvoir : Mme Lucie ROUX pour M. Paul MARTIN"
         " M. Marc BRUNO pour Mme Zoé BRUN"],
        ["Etaient porteurs d'un pouvoir :", "Mme Lucie ROUX pour M. Paul MARTIN",
         "M. Marc BRUNO pour Mme Zoé BRUN"],
    ],
)  # fmt: skip
def test_a_heading_of_holders_names_the_holder_first(lines: list[str]) -> None:
    assert summary(read(*lines)) == {
        "represented": ["M. Paul MARTIN -> Mme Lucie ROUX", "Mme Zoé BRUN -> M. Marc BRUNO"]
    }


@pytest.mark.parametrize(
    "lines",
    [
        ["Pouvoirs de : Yves ELIOT pour Bernard GRIFON", "Michel DONAT pour Josiane LABRODE"],
        ["Pouvoirs de : Yves ELIOT pour Bernard GRIFON Michel DONAT pour Josiane LABRODE"],
    ],
)
def test_a_heading_of_givers_names_the_member_first(lines: list[str]) -> None:
    """« Pouvoirs de : X pour Y »: X gave the proxy, Y holds it; no civility parts them."""
    assert summary(read(*lines)) == {
        "represented": ["Yves ELIOT -> Bernard GRIFON", "Michel DONAT -> Josiane LABRODE"]
    }


def test_those_represented_after_a_semicolon_start_their_own_list() -> None:
    text = (
        "Séance du 9 décembre 2019\nEtaient présents : Mmes et MM. Nicolas ALBERTI, Paul ORSINI, "
        "conseillers communautaires ; Etaient représentés : M. Joseph GIOVANNELLI par M. Paul "
        "ORSINI ; Mme Anne CASTELLI par M. Nicolas ALBERTI. Etaient absents : Mme Lucie ROUX.\n"
    )
    for given in as_written_and_flat(text):
        lists = qpparse.parse(given).attendance
        assert [p.name for p in lists.present] == ["Nicolas ALBERTI", "Paul ORSINI"], given
        assert _pairs(lists.represented) == [
            ("Joseph GIOVANNELLI", "Paul ORSINI"),
            ("Anne CASTELLI", "Nicolas ALBERTI"),
        ]


def test_a_comma_before_the_proxy_words_keeps_them_with_their_member() -> None:
    text = (
        "Séance du 3 mars 2020\nPrésents : Eve BREZAC, Paul ROUX.\nPouvoirs : Alain ASTRIC, "
        "ayant donné pouvoir à Eve BREZAC\nAssistaient également à la réunion\nThierry BLACAS "
        "Directeur général des services\n"
    )
    for given in as_written_and_flat(text):
        lists = qpparse.parse(given).attendance
        assert _pairs(lists.represented) == [("Alain ASTRIC", "Eve BREZAC")], given
        assert [p.name for p in lists.present] == ["Eve BREZAC", "Paul ROUX"], given


def test_names_after_the_last_holder_are_members_of_the_list() -> None:
    """« … donne pouvoir à Claude X Solange Y Henri Z Avant d'ouvrir la séance, … »: whole
    names after the last holder, with no separator, are the next excused members."""
    text = (
        "Séance du 19 décembre 2012\nEtaient présents : Claude GODARD, Pierre GRALON\nEtaient "
        "absents excusés : Serge STRAUB donne pouvoir à Pierre GRALON, Monique BONNAZ donne "
        "pouvoir à Claude GODARD Solange FRINGOT Henri SCHMIDEL Avant d'ouvrir la séance, le "
        "Maire donne quelques informations.\n"
    )
    for given in as_written_and_flat(text):
        lists = qpparse.parse(given).attendance
        assert _pairs(lists.represented) == [
            ("Serge STRAUB", "Pierre GRALON"),
            ("Monique BONNAZ", "Claude GODARD"),
        ], given
        assert [p.name for p in lists.excused] == ["Solange FRINGOT", "Henri SCHMIDEL"], given


def test_a_table_of_proxies_read_across_names_no_extra_member() -> None:
    """« Pouvoir à Martine X Pascal Y Michelle Z Claude W »: columns read across; which name
    holds whose proxy is lost, and none of them becomes an excused member."""
    text = (
        "Séance du 3 mars 2020\nAbsents/Excusés ayant donné procuration : Absents/excusés Pouvoir "
        "à Martine CRINEAU Pascal MARIN Michelle BOUSSEL Claude ALLARD\n"
    )
    assert qpparse.parse(text).attendance.excused == []


def test_members_with_several_offices_each_running_into_the_next_member() -> None:
    """« * Membres présents : » (a star for a bullet), each member's offices after commas, the
    last one running into the next member's civility, written out in full."""
    text = (
        "Séance du 18 juillet 2014\n* Membres présents :\nMonsieur Christian FONTAL, Vice-"
        "Président du Parc naturel régional,\nReprésentant la Communauté de communes des 7 "
        "Vallons, Maire de Saint-Lauzac Madame Sylvie AYMARD, Sénatrice de la Lauze\nMonsieur "
        "Monsieur Alain GALAN, Conseiller général\nLe Président remercie Monsieur Paul VERDIER, "
        "Maire de Lauzac.\n"
    )
    for given in as_written_and_flat(text):
        present = qpparse.parse(given).attendance.present
        assert [p.name for p in present] == ["Christian FONTAL", "Sylvie AYMARD", "Alain GALAN"]
        assert present[0].role == (
            "Vice-Président du Parc naturel régional, Représentant la Communauté de communes des "
            "7 Vallons, Maire de Saint-Lauzac"
        )


def test_a_group_named_by_its_office_is_no_commune() -> None:
    text = (
        "Séance du 19 décembre 2012\nEtaient présents : Adjoints : Jean-Pierre LAURENT, Chantal "
        "GEORGET, Conseillers : Jules GODIVEAU, VILLEBOURG : Anne ROUX\n"
    )
    for given in as_written_and_flat(text):
        present = qpparse.parse(given).attendance.present
        assert [(p.name, p.commune) for p in present] == [
            ("Jean-Pierre LAURENT", None),
            ("Chantal GEORGET", None),
            ("Jules GODIVEAU", None),
            ("Anne ROUX", "VILLEBOURG"),
        ], given


def test_bare_proxies_with_no_civility_are_parted_before_each_member() -> None:
    assert summary(read("Pouvoirs :", "Paul MARTIN à Lucie ROUX Zoé BRUN à Marc BRUNO")) == {
        "represented": ["Paul MARTIN -> Lucie ROUX", "Zoé BRUN -> Marc BRUNO"]
    }


def test_pour_under_another_proxies_heading_is_not_reversed() -> None:
    assert summary(read("Pouvoirs :", "Paul MARTIN à Lucie ROUX")) == {
        "represented": ["Paul MARTIN -> Lucie ROUX"]
    }


def test_pouvoir_with_no_a_is_a_proxy_only_in_a_note() -> None:
    # « Pouvoir M. X » outside a note is no proxy phrasing: nothing is read as a holder.
    draft = read("Excusés : Mme Lucie ROUX (pouvoir M. Paul MARTIN), Mme Zoé BRUN")
    assert summary(draft) == {
        "represented": ["Mme Lucie ROUX -> M. Paul MARTIN"],
        "excused": ["Mme Zoé BRUN"],
    }
    assert not lexicon.PROXY.match(fold("Mme Lucie ROUX pouvoir M. Paul MARTIN"))


def test_of_whom_so_many_present_heads_a_list_grouped_by_member_body() -> None:
    draft = read(
        "Dont (3) présent(e)s avec droit de vote formant le quorum CCLA : Paul MARTIN (Aubac),"
        " Lucie ROUX et Zoé BRUN (Villebourg)."
    )
    assert summary(draft) == {"present": ["Paul MARTIN", "Lucie ROUX", "Zoé BRUN"]}
    assert draft.session.counts.present is None  # the count is the session's to read, not ours


def test_a_table_with_a_status_column_and_a_holder_column() -> None:
    # « Ville Nom Présent A donné pouvoir à » flattened: commune, name, status, holder.
    draft = read(
        "Présent Aubac Mme ROUX Lucie Représentée P. Martin Saint-Aubin-sur-Lauze M. BRUNO Marc"
        " Représenté Z. Brun-Petit Le Villard M. FAURE Paul",
        "Présente Villebourg Mme BRUN Zoé",
    )
    assert summary(draft) == {
        "present": ["M. Paul FAURE", "Mme Zoé BRUN"],
        "represented": ["Mme Lucie ROUX -> P. Martin", "M. Marc BRUNO -> Z. Brun-Petit"],
    }
    assert draft.attendance.represented[0].notes == [
        attendance.WORDS_AFTER_HOLDER.format("Saint-Aubin-sur-Lauze")
    ]


@pytest.mark.parametrize(
    "item",
    [
        "Mme Lucie ROUX représentée",  # the status alone: no holder written
        "Mme Lucie ROUX représentée Villebourg",  # no initial: not a holder
    ],
)
def test_represented_with_no_holder_written_is_no_proxy(item: str) -> None:
    assert not read("Excusés : " + item).attendance.represented


def test_a_column_heading_a_donne_pouvoir_a_names_no_member() -> None:
    draft = read("Pouvoirs :", "A donné pouvoir à")
    assert not draft.attendance.represented


@pytest.mark.parametrize(
    "note",
    ["(M J-P FAURE est arrivé à 19h00)", "(Mme Zoé FAURE est arrivée au point 3)"],
)
def test_a_note_naming_a_member_who_arrived_later(note: str) -> None:
    draft = read(f"Présents : M. P. MARTIN – Mme L. ROUX {note}")
    present = draft.attendance.present
    assert [p.name for p in present][:2] == ["P. MARTIN", "L. ROUX"]
    assert len(present) == 3
    assert "FAURE" in present[2].name
    assert present[1].notes == []
    assert present[2].notes == [note.strip("()")]


def test_a_note_of_the_member_arriving_names_no_one_else() -> None:
    draft = read("Présents : M. Paul MARTIN (M. Paul MARTIN est arrivé à 19h00)")
    assert [p.name for p in draft.attendance.present] == ["Paul MARTIN"]


def test_bare_proxies_chained_under_a_proxies_heading() -> None:
    draft = read(
        "Procurations : Mme Lucie ROUX à M. Paul MARTIN Mme Zoé BRUN à M. Marc BRUNO "
        "M. Luc FAURE à Mme Anne NOIR"
    )
    assert summary(draft) == {
        "represented": [
            "Mme Lucie ROUX -> M. Paul MARTIN",
            "Mme Zoé BRUN -> M. Marc BRUNO",
            "M. Luc FAURE -> Mme Anne NOIR",
        ]
    }


def test_a_sentence_after_the_list_ends_it() -> None:
    draft = read(
        "Absents excusés : M. Paul MARTIN",
        "Le quorum étant atteint, M. Marc BRUNO, président sortant, ouvre la séance.",
    )
    assert summary(draft) == {"excused": ["M. Paul MARTIN"]}


# A list closed by its full stop, then a sentence: its last member is a member, the sentence
# none (and it stays in the text's unrecognised parts). A member's note after a full stop, a
# civility's full stop and a proxy sentence of the list's own do not end it.
@pytest.mark.parametrize(
    ("after", "present"),
    [
        ("La séance est ouverte.", ["Paul ROUX", "Anne NOIR"]),
        ("Le Président ouvre la séance.", ["Paul ROUX", "Anne NOIR"]),
        ("Il rappelle que treize communes en dépendent.", ["Paul ROUX", "Anne NOIR"]),
        ("Monsieur le Maire ouvre la séance.", ["Paul ROUX", "Anne NOIR"]),
        (
            "Mme. Lucie PETIT, M. Marc BLANC.",
            ["Paul ROUX", "Anne NOIR", "Lucie PETIT", "Marc BLANC"],
        ),
    ],
)
def test_a_sentence_after_a_closed_list_ends_it(after: str, present: list[str]) -> None:
    text = (
        f"Conseil Communautaire du 3 mai 2014\nPrésents : M. Paul ROUX, Mme Anne NOIR.\n{after}\n"
    )
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert [person.name for person in extract.attendance.present] == present, variant
        if len(present) == 2:
            assert after.rstrip(".") in " ".join(line.text for line in extract.unrecognised)


# Members in mixed case with a full stop after each: the stops part them when every piece is a
# whole name; an initial's full stop (« J. Roux ») or a civility's keeps them together.
@pytest.mark.parametrize(
    ("members", "present"),
    [
        (
            "• Léa Brun. Hugo Gris. Rose-Anne Pons. Luc de Vidal. Anne N'Diaye.",
            ["Léa Brun", "Hugo Gris", "Rose-Anne Pons", "Luc de Vidal", "Anne N'Diaye"],
        ),
        ("GRIS Hugo. BRUN Léa. PONS Luc.", ["Hugo GRIS", "Léa BRUN", "Luc PONS"]),
        ("J. Roux, Hugo Gris, Léa Brun.", ["J. Roux", "Hugo Gris", "Léa Brun"]),
    ],
)
def test_full_stops_part_members_in_mixed_case(members: str, present: list[str]) -> None:
    text = f"Conseil Communautaire du 3 mai 2014\n• Etaient présents : {members}\n"
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert [person.name for person in extract.attendance.present] == present, variant


def test_a_list_opened_by_dont_names_members_of_the_list_above_again() -> None:
    """« ABSENTS OU EXCUSÉS : … DONT ABSENTS AVEC POUVOIR : … DONT ABSENTS SANS POUVOIR : … »:
    the members who gave a proxy are represented, the others stay excused, listed once."""
    text = (
        "Conseil municipal du 3 mai 2017\nPRÉSENTS : 2 M. Paul ROUX - Mme Lise PONS. "
        "ABSENTS OU EXCUSÉS : 3 Mme Anne NOIR - M. Luc BRUN - M. Marc GRIS. DONT ABSENTS AVEC "
        "POUVOIR : 1 M. Luc BRUN (pouvoir Paul ROUX). DONT ABSENTS SANS POUVOIR : 2 Mme Anne "
        "NOIR - M. Marc GRIS. VÉRIFICATION DU QUORUM : le quorum est atteint.\n"
    )
    for variant in as_written_and_flat(text):
        attendance = qpparse.parse(variant).attendance
        assert [person.name for person in attendance.excused] == ["Anne NOIR", "Marc GRIS"]
        assert attendance.absent == []
        assert [(p.member.name, p.holder and p.holder.name) for p in attendance.represented] == [
            ("Luc BRUN", "Paul ROUX")
        ]
        again = "listed again under « DONT ABSENTS SANS POUVOIR : 2 »"
        assert attendance.excused[0].notes == [again]


@pytest.mark.parametrize("wrap", [" ", "\n"])
def test_the_list_total_after_the_last_member_ends_the_list(wrap: str) -> None:
    """« … M. Luc PONS soit 3 Conseillers municipaux formant la majorité des membres en
    exercice. »: the total is the present count, the clause no part of the last name."""
    text = (
        "Conseil municipal du 3 mai 2016\nEtaient présents : M. Paul ROUX, Maire, Mme Anne "
        f"NOIR,{wrap}M. Luc PONS soit 3 Conseillers municipaux formant la majorité des membres en "
        "exercice.\nEtaient absents : M. Marc BRUN\n"
    )
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        names = [person.name for person in extract.attendance.present]
        assert names == ["Paul ROUX", "Anne NOIR", "Luc PONS"], variant
        assert extract.session.counts.present == 3, variant
        assert "formant la majorité" in " ".join(line.text for line in extract.unrecognised)


# In a list its commas part, a spaced dash between two family names in capitals, with only the
# second before the next comma, is inside one member's double name; a dash before another
# member still parts two members.
@pytest.mark.parametrize(
    ("members", "present"),
    [
        (
            "Mme Anne NOIR, M. Paul ROUX, Mme Lise MARTIN – GRIS, M. Luc PONS, Mme Zoé BRUN",
            ["Anne NOIR", "Paul ROUX", "Lise MARTIN – GRIS", "Luc PONS", "Zoé BRUN"],
        ),
        (
            "Mme Anne NOIR, M. Paul ROUX – M. Luc PONS, Mme Lise GRIS, Mme Zoé BRUN",
            ["Anne NOIR", "Paul ROUX", "Luc PONS", "Lise GRIS", "Zoé BRUN"],
        ),
    ],
)
def test_a_spaced_dash_inside_a_double_name(members: str, present: list[str]) -> None:
    text = f"Conseil municipal du 3 mai 2016\nEtaient présents : {members}\n"
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert [person.name for person in extract.attendance.present] == present, variant


def test_a_member_present_until_a_time_then_represented_is_in_both_lists() -> None:
    draft = read(
        "Etaient présents : M. Paul MARTIN (jusqu'à 19 h 10 puis pouvoir à M. Marc BRUNO), "
        "Mme Lucie ROUX (pouvoir à M. Marc BRUNO)"
    )
    assert summary(draft) == {
        "present": ["M. Paul MARTIN"],
        "represented": ["M. Paul MARTIN -> M. Marc BRUNO", "Mme Lucie ROUX -> M. Marc BRUNO"],
    }


def test_a_proxies_heading_without_its_colon_in_running_text() -> None:
    extract = qpparse.parse(
        "Séance du 3 mars 2020\nAbsents excusés : ROUX Lucie – BRUN Zoé Procurations Mme Lucie "
        "ROUX a donné procuration à M. Paul MARTIN"
    )
    assert [p.name for p in extract.attendance.excused] == ["Zoé BRUN"]
    assert [
        (p.member.name, p.holder and p.holder.name) for p in extract.attendance.represented
    ] == [("Lucie ROUX", "Paul MARTIN")]


# A proxy in a sentence of its own, with no heading: after the counts, after a sentence, after a
# dash. Inside a list it stays that list's item (the members after it keep the list's role).
@pytest.mark.parametrize(
    ("before", "proxies", "after", "excused"),
    [
        (
            "Nombre de pouvoirs : 2\n",
            "M. Paul ROUX a donné pouvoir à M. Marc BRUNO, Mme Anne NOIR a donné pouvoir à "
            "Mme Lucie PETIT.",
            "",
            [],
        ),
        (
            "Le Président ouvre la séance. Il donne lecture des procurations reçues : - ",
            "M. Paul ROUX qui donne procuration à M. Marc BRUNO - Mme Anne NOIR qui donne "
            "procuration à Mme Lucie PETIT.",
            "",
            [],
        ),
        (
            "Absents excusés : ",
            "M. Paul ROUX donne pouvoir à M. Marc BRUNO, Mme Anne NOIR avait donné pouvoir à "
            "Mme Lucie PETIT, ",
            "M. Jean BLANC, Mme Zoé BRUN",
            ["Jean BLANC", "Zoé BRUN"],
        ),
    ],
)
def test_a_proxy_sentence_with_no_heading(
    before: str, proxies: str, after: str, excused: list[str]
) -> None:
    text = f"Conseil Communautaire du 3 mai 2014\n{before}{proxies}{after}\nObjet : Budget\n"
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert [
            (p.member.name, p.holder and p.holder.name) for p in extract.attendance.represented
        ] == [("Paul ROUX", "Marc BRUNO"), ("Anne NOIR", "Lucie PETIT")], variant
        assert [p.name for p in extract.attendance.excused] == excused, variant
        assert "pouvoir" not in " ".join(u.text for u in extract.unrecognised), variant


def test_the_secretariat_of_the_session_ends_a_list() -> None:
    extract = qpparse.parse(
        "Séance du 3 mars 2020\nABSENTS : Messieurs JUGE, PHILIPPOT. Secrétariat de séance : "
        "Monsieur Alain GAUCHER."
    )
    assert [p.name for p in extract.attendance.absent] == ["JUGE", "PHILIPPOT"]


# Proxies written « de X à Y », a count after them on the list's line, then who presides: the
# proxies are read whole, the count stays a count, the president ends the list.
SESSION_BULLETS = """Séance du lundi 5 avril 2022 à 18h00.
  • Nombre de conseillers en exercice : 15/15
  • Nombre de conseillers présents : 3 : ARNAL René, CARRIE Catherine, ROUX Frédéric ;
  • Excusées : BRENOT Carole, CAZALS Pierre et {particle}LATOUR Anne ;
  • Procurations : de BRENOT Carole à ARNAL René, de CAZALS Pierre à CARRIE Catherine, et \
{particle_de}LATOUR Anne à ROUX Frédéric ;
  • Effectif valable : 3 + 3 procurations /15
  • Président de séance : Frédéric ROUX, Maire ;
"""


def test_proxies_from_one_member_to_another_then_who_presides() -> None:
    text = SESSION_BULLETS.format(particle="", particle_de="de ")
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert [
            (p.member.name, p.holder and p.holder.name) for p in extract.attendance.represented
        ] == [
            ("Carole BRENOT", "René ARNAL"),
            ("Pierre CAZALS", "Catherine CARRIE"),
            ("Anne LATOUR", "Frédéric ROUX"),
        ], variant
        assert [p.name for p in extract.attendance.present] == [
            "René ARNAL",
            "Catherine CARRIE",
            "Frédéric ROUX",
        ]
        assert extract.session.president is not None
        assert extract.session.president.name == "Frédéric ROUX"


def test_proxies_chained_by_the_noun_alone() -> None:
    # Line breaks only between items; one member with no proxy among them.
    text = (
        "Séance du 12 septembre 2019\nMembres Excusés Laurence GODIN pouvoir à Nicolas BALME\n\n"
        "Sonia GIRARD pouvoir à Paul CARRON\n\nJacky GUERIN Richard LESAGE pouvoir à\n\n"
        "Philippe PRUDENT\n\nMembres Absents\n\nValérie AMAND"
    )
    for variant in as_written_and_flat(text):
        attendance = qpparse.parse(variant).attendance
        assert [p.name for p in attendance.excused] == ["Jacky GUERIN"], variant
        assert _pairs(attendance.represented) == [
            ("Laurence GODIN", "Nicolas BALME"),
            ("Sonia GIRARD", "Paul CARRON"),
            ("Richard LESAGE", "Philippe PRUDENT"),
        ], variant


def test_a_single_de_before_a_member_is_a_particle() -> None:
    draft = read("Procurations : de LATOUR Anne à ROUX Frédéric")
    assert summary(draft) == {"represented": ["Anne de LATOUR -> Frédéric ROUX"]}


# A board's lists (a centre de gestion, an SDIS): administrators present, replaced by their
# substitutes (who sit, no proxy), represented by a proxy; « Néant » then a college's heading.
BOARD = (
    "REUNION DU CONSEIL D'ADMINISTRATION DU MARDI 25 JUIN 2019 Ont participé aux décisions : "
    "COLLEGE DES COMMUNES AFFILIEES Administrateurs titulaires présents M. ROUX, Mme NOIR, "
    "MM. BRUN, PETIT Administrateurs titulaires représentés par leurs suppléants Mme BLANC "
    "représentée par Mme VERT, M. GRIS représenté par M. ROSE Administrateurs titulaires "
    "représentés par pouvoir Néant COLLEGE DES ETABLISSEMENTS PUBLICS AFFILIES Administrateurs "
    "titulaires présents Mme FAURE Administrateurs titulaires représentés par pouvoir M. MAURY "
    "représenté par M. ROUX"
)


def test_a_board_s_administrators_their_substitutes_and_proxies() -> None:
    for variant in as_written_and_flat(BOARD.replace(" Administrateurs", "\nAdministrateurs")):
        extract = qpparse.parse(variant)
        attendance = extract.attendance
        assert [p.name for p in attendance.present] == [
            "ROUX", "NOIR", "BRUN", "PETIT", "VERT", "ROSE", "FAURE",
        ], variant  # fmt: skip
        assert _pairs(attendance.represented) == [("MAURY", "ROUX")], variant
        assert attendance.excused == attendance.absent == []
        assert "COLLEGE DES ETABLISSEMENTS" in " ".join(u.text for u in extract.unrecognised)


# « Secrétaire de scéance », a common slip: the heading still ends the list before it.
def test_a_misspelt_secretary_heading_ends_a_list() -> None:
    text = (
        "Séance du 3 mars 2020\nAbsents\n• Mme Zoé BRUN\nSecrétaire de scéance\n• Mme Lucie ROUX\n"
    )
    for variant in as_written_and_flat(text):
        extract = qpparse.parse(variant)
        assert [p.name for p in extract.attendance.absent] == ["Zoé BRUN"], variant
        assert extract.session.secretary is not None, variant
        assert extract.session.secretary.name == "Lucie ROUX", variant


def test_a_holder_noted_as_having_received_a_proxy() -> None:
    draft = read(
        "Présents : Paul MARTIN (a reçu pouvoir de Lucie ROUX jusqu à son arrivée), "
        "Marc BRUNO (a reçu pouvoir de Zoé BRUN)"
    )
    assert summary(draft) == {
        "present": ["Paul MARTIN", "Marc BRUNO"],
        "represented": [
            "Lucie ROUX -> Paul MARTIN [jusqu à son arrivée]",
            "Zoé BRUN -> Marc BRUNO",
        ],
    }


RECEIVED_PROXY_CLAUSES = [
    (
        "Présents : Paul MARTIN, qui a reçu le pouvoir de Mme Lucie ROUX, Marc BRUNO",
        ["Paul MARTIN", "Marc BRUNO"],
        ["Mme Lucie ROUX -> Paul MARTIN"],
    ),
    # One member per line, a role after each name, the clause's separator lost before the next.
    (
        "ETAIENT PRESENTS\nMARTIN Paul Maire de LAUZE, qui a reçu le pouvoir de Mme Lucie ROUX\n"
        "LE GALL Marc Adjoint au Maire de BRAS\nDE LA FONT Zoé Maire de VIC",
        ["Paul MARTIN", "Marc LE GALL", "Zoé DE LA FONT"],
        ["Mme Lucie ROUX -> Paul MARTIN"],
    ),
    (
        "Présents : BRUNO Marc, ayant reçu procuration de NOIR Anne\nPETIT Jean",
        ["Marc BRUNO", "Jean PETIT"],
        ["Anne NOIR -> Marc BRUNO"],
    ),
]


@pytest.mark.parametrize(("text", "present", "represented"), RECEIVED_PROXY_CLAUSES)
def test_a_clause_on_a_received_proxy_names_the_giver(
    text: str, present: list[str], represented: list[str]
) -> None:
    for given in as_written_and_flat(text):
        found = summary(read(*given.splitlines()))
        assert found["present"] == present, given
        assert found["represented"] == represented, given


@pytest.mark.parametrize(
    ("text", "represented"),
    [
        (
            "Pouvoirs : Mme Anne NOIR à Mme Lucie ROUX, M. Marc BRUN à M. Paul MARTIN (à compter "
            "de son départ)",
            [
                "Mme Anne NOIR -> Mme Lucie ROUX",
                "M. Marc BRUN -> M. Paul MARTIN [à compter de son départ]",
            ],
        ),
        (
            "Pouvoirs : M. Marc BRUN à M. Paul MARTIN (jusqu'à son arrivée) 4",
            ["M. Marc BRUN -> M. Paul MARTIN"],
        ),
        (  # each name with its commune in brackets
            "Pouvoirs : Madame Anne NOIR (Lauzac) à Monsieur Paul MARTIN (Vic), Mme Zoé BRUN à "
            "M. Luc VERT",
            ["Mme Anne NOIR -> M. Paul MARTIN", "Mme Zoé BRUN -> M. Luc VERT"],
        ),
    ],
)
def test_a_bare_proxy_whose_holder_carries_a_note(text: str, represented: list[str]) -> None:
    for given in as_written_and_flat(text):
        assert summary(read(*given.splitlines()))["represented"] == represented, given


def test_members_after_the_commune_they_come_from() -> None:
    text = (
        "PRESENTS : MM., Mmes, ROUX, d’Achy NOIR, d’ BLANC, de Saint-Paul-Lez-Lauze MARTIN,\n"
        "PETIT, de Vic BRUN, de VERT"
    )
    for given in as_written_and_flat(text):
        draft = read(*given.splitlines())
        assert [(p.name, p.commune) for p in draft.attendance.present] == [
            ("ROUX", None),
            ("NOIR", "Achy"),
            ("BLANC", None),  # another commune, its name lost
            ("MARTIN", "Saint-Paul-Lez-Lauze"),
            ("PETIT", "Saint-Paul-Lez-Lauze"),
            ("BRUN", "Vic"),
            ("VERT", None),  # « de » then a name: among such communes, one whose name was lost
        ], given


def test_a_list_of_communes_names_no_member() -> None:
    text = (
        "Etaient présents Mesdames et Messieurs les Délégués des Communes de :\nAndelot ; *(1) ; "
        "Aromas ; ; Baume les Messieurs ; Beaufort*(1) ; Haute Roche/Vic ; /Lains ; "
        "Château-Chalon ; M. Paul ROUX\n"
        "Etaient excusés :\nCressia (Mme Anne NOIR ) ; Gigny ; (M. Marc BRUN ) ; Lons le Saunier "
        "(Mme Zoé BLANC ) ; (. Jean PETIT : pouvoir transmis à M. Luc VERT élu de la commune de "
        "Vic) ; Saint Didier"
    )
    for given in as_written_and_flat(f"Comité syndical du 21 mars 2018\n{text}"):
        attendance = qpparse.parse(given).attendance
        assert [_who(p) for p in attendance.present] == ["M. Paul ROUX"], given
        assert [_who(p) for p in attendance.excused] == [
            "Mme Anne NOIR",
            "M. Marc BRUN",
            "Mme Zoé BLANC",
        ], given
        assert [_proxy(p) for p in attendance.represented] == ["Jean PETIT -> M. Luc VERT"]
        assert attendance.excused[0].commune == "Cressia"


def test_holders_in_parentheses_under_a_heading_of_members_represented() -> None:
    text = (
        "Séance du 3 mars 2020\nAbsents représentés : Mmes Anne Noir (Paul Martin), Zoé Brun "
        "(Lucie Roux-Petit), M. Marc Vert (Saint Maur), M. Luc BLANC (Vice-Président).\n"
        "Monsieur Jean Gris, Maire ouvre la séance et demande qui est candidat."
    )
    for given in as_written_and_flat(text):
        extract = qpparse.parse(given)
        assert [_proxy(p) for p in extract.attendance.represented] == [
            "Mme Anne Noir -> Paul Martin",
            "Mme Zoé Brun -> Lucie Roux-Petit",
            "M. Marc Vert -> ?",  # a commune in parentheses is no holder
            "M. Luc BLANC -> ?",
        ], given
        assert extract.session.president is not None
        assert extract.session.president.name == "Jean Gris"


def test_a_substitute_who_sits_under_a_heading_of_their_own() -> None:
    text = (
        "Séance du 12 février 2024\nDélégués titulaires présents : DURAND Jeanne, MARTIN Paul\n"
        "Déléguée suppléante : ROUX Lucie\nDélégué titulaire excusé : PETIT Marc\n"
    )
    for given in as_written_and_flat(text):
        attendance = qpparse.parse(given).attendance
        assert [p.name for p in attendance.present] == [
            "Jeanne DURAND",
            "Paul MARTIN",
            "Lucie ROUX",
        ], given
        assert [p.name for p in attendance.excused] == ["Marc PETIT"], given


def test_member_collectivities_head_their_delegates() -> None:
    text = (
        "ETAIENT PRESENTS : COMMUNAUTE DE L'AGGLOMERATION DE LAUZE Mmes & MM. ROUX, NOIR & BLANC, "
        "COMMUNAUTE DE COMMUNES DU PAYS DE VIC MM. BRUN, VERT"
    )
    for given in as_written_and_flat(text):
        draft = read(*given.splitlines())
        assert [(p.name, p.commune) for p in draft.attendance.present] == [
            ("ROUX", "COMMUNAUTE DE L'AGGLOMERATION DE LAUZE"),
            ("NOIR", "COMMUNAUTE DE L'AGGLOMERATION DE LAUZE"),
            ("BLANC", "COMMUNAUTE DE L'AGGLOMERATION DE LAUZE"),
            ("BRUN", "COMMUNAUTE DE COMMUNES DU PAYS DE VIC"),
            ("VERT", "COMMUNAUTE DE COMMUNES DU PAYS DE VIC"),
        ], given


def test_colleges_and_a_members_collectivity_before_their_proxy() -> None:
    text = (
        "Séance du 3 mars 2009\nEtaient présents membres titulaires Collège 1 : BOITEL Anne, "
        "ROUX Paul. Membres titulaires Collège 1 absents : NOIR Marc, BRUN Zoé.\n"
        "POUVOIRS : M. VERT Luc, donne procuration à M. BLANC Jean – M. GRIS Paul, communauté de "
        "communes du Pont de Lauze donne procuration à M. ROSE Jean Claude, communauté de "
        "communes de Vic\n"
    )
    for given in as_written_and_flat(text):
        attendance = qpparse.parse(given).attendance
        assert [p.name for p in attendance.present] == ["Anne BOITEL", "Paul ROUX"], given
        assert [p.name for p in attendance.absent] == ["Marc NOIR", "Zoé BRUN"], given
        assert [_proxy(p) for p in attendance.represented] == [
            "M. Luc VERT -> M. Jean BLANC",
            "M. Paul GRIS -> M. Jean Claude ROSE",
        ], given
        assert attendance.represented[1].member.commune == "communauté de communes du Pont de Lauze"


def test_a_long_run_of_proxies_with_no_separator() -> None:
    givers = ["Anne NOIR", "Marc BRUN", "Zoé BLANC", "Luc VERT", "Paul GRIS", "Lise ROSE"]
    givers += ["Yves CLAIR", "Marie-Jo LUNE"]
    holders = ["Jean ROUX", "Marie PETIT", "Hervé LAUZE", "Gérard LE ROY", "Anne-Marie DURAND"]
    holders += ["Pierre-Yves MARTIN", "Louis SOLEIL", "Rose NUAGE"]
    proxies = " ".join(
        f"{giver} a donné pouvoir à {holder}" for giver, holder in zip(givers, holders, strict=True)
    )
    text = f"Séance du 3 mars 2015\nABSENTS EXCUSÉS : {', '.join(givers)} POUVOIRS : {proxies}\n"
    assert len(proxies) > 300  # longer than any one name: the run is split at each giver
    for given in as_written_and_flat(text):
        attendance = qpparse.parse(given).attendance
        assert _pairs(attendance.represented) == [
            (giver, holder) for giver, holder in zip(givers, holders, strict=True)
        ], given
        assert attendance.excused == []


def test_members_after_their_commune_written_pour_la_commune_de() -> None:
    text = (
        "Séance du 4 décembre 2014\nÉtaient présents Mesdames et Messieurs les conseillers "
        "communautaires : pour la commune de LAUZAC : madame NOIR Anne pour la commune de VIC : "
        "monsieur ROUX Paul monsieur BRUN Marc\n"
    )
    for given in as_written_and_flat(text):
        attendance = qpparse.parse(given).attendance
        assert [(p.name, p.commune) for p in attendance.present] == [
            ("Anne NOIR", "LAUZAC"),
            ("Paul ROUX", "VIC"),
            ("Marc BRUN", "VIC"),
        ], given


def test_a_group_of_substitutes_takes_the_kind_of_its_list() -> None:
    text = (
        "Séance du 3 mars 2013\nPrésents : Membres titulaires : MM. Paul ROUX, Marc NOIR.\n"
        "Membres suppléants : MM. Luc BRUN.\nExcusés : Membres titulaires : MM. Jean VERT.\n"
        "Membres suppléants : MM. Yves BLANC, Hervé GRIS.\nAssistaient également : Membres "
        "suppléants : M. Louis ROSE.\n"
    )
    for given in as_written_and_flat(text):
        attendance = qpparse.parse(given).attendance
        assert [p.name for p in attendance.present] == ["Paul ROUX", "Marc NOIR", "Luc BRUN"]
        assert [p.name for p in attendance.excused] == ["Jean VERT", "Yves BLANC", "Hervé GRIS"]
        assert [p.name for p in attendance.non_voting] == ["Louis ROSE"], given


def test_counts_in_brackets_after_headings_and_proxies_given_in_the_past() -> None:
    text = (
        "Séance du 2 juin 2006\nAbsents : (3)\nMme et Mrs Anne NOIR, Luc BRUN, Marc VERT.\n"
        "Procurations : (2)\nMme Anne NOIR avait donné pouvoir à Mme Lucie ROUX, M. Marc VERT à "
        "M. Paul MARTIN.\nSecrétaire de séance : Mme Lucie ROUX.\n"
    )
    for given in as_written_and_flat(text):
        attendance = qpparse.parse(given).attendance
        assert [p.name for p in attendance.absent] == ["Luc BRUN"], given
        assert [_proxy(p) for p in attendance.represented] == [
            "Mme Anne NOIR -> Mme Lucie ROUX",
            "M. Marc VERT -> M. Paul MARTIN",
        ], given


def test_a_bracketed_count_before_the_headings_colon() -> None:
    text = (
        "Séance du 19 mai 2015\nPRESENTS (3): LAUZAC : Mme Anne NOIR, VIC : M. Paul ROUX, "
        "Mme Zoé BLANC ABSENTS (01) : LAUZAC : M. Luc BRUN\n"
    )
    for given in as_written_and_flat(text):
        attendance = qpparse.parse(given).attendance
        assert [(p.name, p.commune) for p in attendance.present] == [
            ("Anne NOIR", "LAUZAC"),
            ("Paul ROUX", "VIC"),
            ("Zoé BLANC", "VIC"),
        ], given
        assert [p.name for p in attendance.absent] == ["Luc BRUN"], given


def test_the_law_after_an_empty_heading_is_no_member() -> None:
    extract = qpparse.parse(
        "Séance du 3 mars 2020\nABSENTS EXCUSES : Conformément à l'article 53 de la loi, il a "
        "été procédé à la nomination d'un secrétaire. ORDRE DU JOUR 01 – CIMETIERE : Règlement"
    )
    assert extract.attendance.excused == []


def test_lists_announced_by_their_count_in_prose() -> None:
    text = (
        "Le conseil d'administration s'est réuni le 15 décembre 2008. Treize administrateurs sont "
        "présents à savoir : M. BAUDOUX, M. BOYS, MME DAL. Deux administrateurs sont excusés et "
        "ont donné pouvoir, à savoir M. BRUNEEL à M. BOYS, MME LETARD à MME DAL. Deux "
        "administrateurs sont excusés : M. ALDEBERT, MME PERU. Un administrateur est absent.\n"
    )
    for given in as_written_and_flat(text):
        extract = qpparse.parse(given)
        lists = extract.attendance
        assert [p.name for p in lists.present] == ["BAUDOUX", "BOYS", "DAL"], given
        assert [
            (p.member.name, p.holder.name if p.holder else None) for p in lists.represented
        ] == [
            ("BRUNEEL", "BOYS"),
            ("LETARD", "DAL"),
        ]
        assert [p.name for p in lists.excused] == ["ALDEBERT", "PERU"]
        assert extract.session.counts.present == 13


# (list, names read, their communes): « Pour » and a commune lead its delegates; the commune's
# name may be lost (« Pour Mr Babut ») or its delegates not named (« Pour Saint Diery / »).
COMMUNE_LED_GROUPS = [
    (
        "ÉTAIENT PRESENTS :\nPour Besse M. Gay A, Gay L, Lacoste Pour M. Brut, Tournadre Pour "
        "Chambon/Lac Mr Roux, Mme Sarliève Pour Saint Diery / Pour Saint Nectaire Mr Bellonte",
        ["Gay A", "Gay L", "Lacoste", "Brut", "Tournadre", "Roux", "Sarliève", "Bellonte"],
        ["Besse", "Besse", "Besse", None, None, "Chambon/Lac", "Chambon/Lac", "Saint Nectaire"],
    ),
    # a commune's name lost by the transcription, its label run into the member before
    (
        "Etaient présents : Pour la commune de VERNAC : Jean MOUSTIN, Joël CASSEBON Pour la "
        "commune d’: Thierry PICAUD Pour la commune de : Florent FAVIN, Anne ROUX",
        ["Jean MOUSTIN", "Joël CASSEBON", "Thierry PICAUD", "Florent FAVIN", "Anne ROUX"],
        ["VERNAC", "VERNAC", None, None, None],
    ),
    # « Commune de X : » run into the member before, a civility parted by a comma
    (
        "Etaient Présents : Commune de CORDEVAL : Madame Renée GAUTRIN, Messieurs Paul QUILLET, "
        "Commune de PENNEVILLE : Monsieur Philippe DELABRIE Commune de ST MARTIN LAGUE : "
        "Monsieur, Philippe WOILLARD, Commune de : Monsieur Pascal SORINE",
        [
            "Renée GAUTRIN",
            "Paul QUILLET",
            "Philippe DELABRIE",
            "Philippe WOILLARD",
            "Pascal SORINE",
        ],
        ["CORDEVAL", "CORDEVAL", "PENNEVILLE", "ST MARTIN LAGUE", None],
    ),
    # the next group's collectivity run into the last member of the group before
    (
        "Etaient présents : Communauté de Communes du Pays Lauzet : Bourdaine : Paul Porvillet / "
        "Villette : Roland Trousselle Communauté de Communes de Cœur d’Orbelle : Bazoches-sur-"
        "Lauze : Pierre Beheravin / Béhoust : Guy Pélissard",
        ["Paul Porvillet", "Roland Trousselle", "Pierre Beheravin", "Guy Pélissard"],
        ["Bourdaine", "Villette", "Bazoches-sur-Lauze", "Béhoust"],
    ),
    # after a full stop, a group named with its acronym
    (
        "Etaient présents : Commune de LAUZAC : Paul ROUX et Pascal DUCROS. Communauté de "
        "Communes Lauze Arve Montagnes (2CLAM) : Jean-Claude LEGRAND, Martine MACHIN. "
        "Communauté de Communes des Montagnes du Giffon (CCMG) : Gérard GAYET et Stéphane BOUVIER.",
        [
            "Paul ROUX",
            "Pascal DUCROS",
            "Jean-Claude LEGRAND",
            "Martine MACHIN",
            "Gérard GAYET",
            "Stéphane BOUVIER",
        ],
        [
            "LAUZAC",
            "LAUZAC",
            "Communauté de Communes Lauze Arve Montagnes",
            "Communauté de Communes Lauze Arve Montagnes",
            "Communauté de Communes des Montagnes du Giffon",
            "Communauté de Communes des Montagnes du Giffon",
        ],
    ),
]


# (list, its members, their communes): members in mixed case, each commune run into the next
# member's item; and unhyphenated given names, which are no communes.
RUN_IN_COMMUNES = [
    (
        "ÉTAIENT PRESENTS :\nKarim Améziane - Sophie Guillaud-Pivot - Laurent Guillet – Saint "
        "Hilaire de Brens Bernard Attavay – Montalieu-Vercieu Bernard Jarlaud - Thierry Bekhit – "
        "Morestel Maurice Belantan – Vézeronce Curtin Stéphane Lefevre - Courtenay Martine Bert - "
        "Anne-Isabelle Erbs",
        ["Karim Améziane", "Sophie Guillaud-Pivot", "Laurent Guillet", "Bernard Attavay",
         "Bernard Jarlaud", "Thierry Bekhit", "Maurice Belantan", "Stéphane Lefevre",
         "Martine Bert", "Anne-Isabelle Erbs"],
        [None, None, "Saint Hilaire de Brens", "Montalieu-Vercieu", None, "Morestel",
         "Vézeronce Curtin", "Courtenay", None, None],
    ),
    (
        "Présents : Jean Pierre Lauzet, Marie Claire Dubois, Anne Noir, Paul Roux, Jean Louis "
        "Sbaffe, Luc Brun",
        ["Jean Pierre Lauzet", "Marie Claire Dubois", "Anne Noir", "Paul Roux",
         "Jean Louis Sbaffe", "Luc Brun"],
        [None] * 6,
    ),
]  # fmt: skip
# (list, its members, their communes): members written before the commune they come from.
TRAILING_COMMUNES = [
    (
        "Absents excusés : M. GAYET de CHAPEAU - Mme GOUBY de DOMPIERRE SUR BESBRE - MM. MAZOIRE "
        "et de la BUHARAYE de LAMENAY SUR LOIRE - M. BOURGEOT d’YZEURE",
        ["GAYET", "GOUBY", "MAZOIRE", "de la BUHARAYE", "BOURGEOT"],
        # « MM. MAZOIRE et de la BUHARAYE de LAMENAY … »: the commune follows the second only
        ["CHAPEAU", "DOMPIERRE SUR BESBRE", None, "LAMENAY SUR LOIRE", "YZEURE"],
    ),
    # one such member alone: a family name with its particle
    (
        "Absents excusés : M. BOURLET de LA VALLÉE, M. DOVA",
        ["BOURLET de LA VALLÉE", "DOVA"],
        [None, None],
    ),
]


@pytest.mark.parametrize(
    ("listed", "names", "communes"), [*COMMUNE_LED_GROUPS, *RUN_IN_COMMUNES, *TRAILING_COMMUNES]
)
def test_members_and_their_communes(
    listed: str, names: list[str], communes: list[str | None]
) -> None:
    """Communes before or after their members: each member read with their own, or none."""
    for text in as_written_and_flat(f"Séance du 19 novembre 2019\n{listed}\n{_TABLE_AFTER}"):
        lists = qpparse.parse(text).attendance
        read = [(p.name, p.commune) for p in [*lists.present, *lists.excused]]
        assert read == list(zip(names, communes, strict=True)), text


def test_a_count_in_square_brackets_and_communes_lost() -> None:
    text = (
        "Séance du 24 juin 2014\nPRESENTS [3] : AMANCE : Ange LE LAN, : DAUBIER Roger, "
        "FAVERNEY : GEORGES Daniel.\nABSENTS EXCUSES AYANT DONNE MANDAT DE VOTE [1]: Pierre "
        "JULOU a donné pouvoir à Ange LE LAN\n"
    )
    for given in as_written_and_flat(text):
        extract = qpparse.parse(given)
        lists = extract.attendance
        assert [(p.name, p.commune) for p in lists.present] == [
            ("Ange LE LAN", "AMANCE"),
            ("Roger DAUBIER", None),
            ("Daniel GEORGES", "FAVERNEY"),
        ], given
        assert [p.member.name for p in lists.represented] == ["Pierre JULOU"]
        assert extract.session.counts.present == 3


def test_a_list_of_bulleted_members_flattened() -> None:
    """« ➢ » bullets, dropped at a line's start, stand inside the line once it is flattened."""
    text = (
        "Séance du 28 juin 2022\nLe Président note les excusés :\n➢ Robert BADALAMENTI "
        "(remplacé par son suppléant Walter STEINER),\n➢ Stéphanie POIROT (procuration à "
        "Daniel CLERC)\n➢ Paul SEGUIN\nLe quorum est atteint.\n"
    )
    for given in as_written_and_flat(text):
        lists = qpparse.parse(given).attendance
        assert [p.name for p in lists.excused] == ["Robert BADALAMENTI", "Paul SEGUIN"], given
        assert [p.member.name for p in lists.represented] == ["Stéphanie POIROT"], given


# (text, the list read, its members, a word of what ends it): places and members no longer,
# kept unrecognised.
LIST_ENDS = [
    (
        "Séance du 24 juin 2010\nAbsents excusés : LAUZAC : Monsieur Paul ROUX, Maire Adjoint\n"
        "Communes non représentées : VILLEBOURG et SAINT-LAUZE\nNombre de communes : 9\n",
        "excused",
        ["Paul ROUX"],
        "VILLEBOURG",
    ),
    (
        "Séance du 3 décembre 2019\nAbsent(es) : Isabelle ALLAIX, Thomas PILLE.\n"
        "Démissionnaire : Laurent BLOND, Christian COLLINET et Nicole RIVAUX\n",
        "absent",
        ["Isabelle ALLAIX", "Thomas PILLE"],
        "BLOND",
    ),
]


@pytest.mark.parametrize(("text", "role", "names", "left"), LIST_ENDS)
def test_what_ends_a_list_is_no_member(text: str, role: str, names: list[str], left: str) -> None:
    for given in as_written_and_flat(text):
        extract = qpparse.parse(given)
        assert [p.name for p in getattr(extract.attendance, role)] == names, given
        assert left in " ".join(line.text for line in extract.unrecognised), given


def test_staff_listed_as_also_present_are_not_members() -> None:
    draft = read(
        "Etaient également présents : - Anne NOIR, DGS de la commune de Lauze - Paul MARTIN, "
        "Adjoint - Zoé BRUN, Directrice du syndicat"
    )
    assert summary(draft) == {
        "present": ["Paul MARTIN"],
        "non_voting": ["Anne NOIR", "Zoé BRUN"],
    }


def test_members_having_given_a_proxy_heading_and_an_initial_m() -> None:
    extract = qpparse.parse(
        "Séance du 3 mars 2020\nMembres Suppléants Présents : M. J-M BRUNO - M. D. NOIR. Membres "
        "Titulaires ayant donné pouvoir : M. L. ROUX a donné pouvoir à M. P. PETIT M. M. BRUN a "
        "donné pouvoir à M. J. BLANC"
    )
    attendance = extract.attendance
    assert [p.name for p in attendance.present] == ["J-M BRUNO", "D. NOIR"]
    assert _pairs(attendance.represented) == [
        ("L. ROUX", "P. PETIT"),
        ("M. BRUN", "J. BLANC"),
    ]


def test_other_guests_are_not_members() -> None:
    draft = read("Autres invités : Mme Anne NOIR, directrice du syndicat")
    assert summary(draft) == {"non_voting": ["Mme Anne NOIR"]}


def test_a_list_of_proxies_separated_like_names() -> None:
    draft = read(
        "Etaient absents et représentés :",
        "Paul MARTIN à Lucie ROUX - Jean BOYER, POUVOIR A M. Marc SIMON - Léo MOREL ;"
        " Anne CARON (mandat) à Marc PERRIN",
        "Hugo FABRE délégation de vote à Lise COLIN",
    )
    assert summary(draft)["represented"] == [
        "Paul MARTIN -> Lucie ROUX",
        "Jean BOYER -> M. Marc SIMON",
        "Léo MOREL -> ?",
        "Anne CARON -> Marc PERRIN",
        "Hugo FABRE -> Lise COLIN",
    ]


def test_one_proxy_missing_its_a_is_read_and_noted() -> None:
    draft = read("Pouvoirs :", "Sacha POIRIER Lou CHEVALIER")
    (proxy,) = draft.attendance.represented
    assert _proxy(proxy) == "Sacha POIRIER -> Lou CHEVALIER"
    assert proxy.notes == [attendance.MISSING_PROXY_WORD]
    assert [repair.kind for repair in draft.repairs] == ["name-separator"]


def test_a_giver_listed_as_excused_is_only_represented() -> None:
    draft = read(
        "Etaient absents et excusés :",
        "Gérard BRAMOU (pouvoir à Mme Lucie ROUX) - Aline GARNIER (procuration à M. Paul MARTIN)"
        " - Basile ROY",
    )
    assert summary(draft) == {
        "represented": ["Gérard BRAMOU -> Mme Lucie ROUX", "Aline GARNIER -> M. Paul MARTIN"],
        "excused": ["Basile ROY"],
    }


def _settled(*lines: str) -> dict[str, list[str]]:
    draft = read(*lines)
    attendance.settle(draft)
    return summary(draft)


def test_a_present_list_that_is_the_roll_loses_those_listed_away() -> None:
    # « Présents » heads every member; the lists after it name who was away.
    assert _settled(
        "Présents Lucie ROUX, Paul MARTIN, Zoé BRUN, Marc BRUNO, Inès FAURE.",
        "Ont donné procuration : Paul MARTIN à Lucie ROUX.",
        "Absents excusés : Zoé BRUN.",
    ) == {
        "present": ["Lucie ROUX", "Marc BRUNO", "Inès FAURE"],
        "represented": ["Paul MARTIN -> Lucie ROUX"],
        "excused": ["Zoé BRUN"],
    }


def test_one_name_in_two_lists_is_kept_as_written() -> None:
    # One member away who is not on the present list: the present list is no roll.
    assert _settled(
        "Présents : Lucie ROUX, Paul MARTIN, Zoé BRUN.",
        "Excusés : Zoé BRUN, Inès FAURE.",
    ) == {
        "present": ["Lucie ROUX", "Paul MARTIN", "Zoé BRUN"],
        "excused": ["Zoé BRUN", "Inès FAURE"],
    }


def test_homonyms_of_another_civility_are_two_members() -> None:
    assert _settled(
        "Présents : M. ROUX, Mme BRUN, M. FAURE, Melle ROUX.",
        "Pouvoirs : Melle ROUX à M. ROUX, M. FAURE à Mme BRUN.",
    ) == {
        "present": ["M. ROUX", "Mme BRUN"],
        "represented": ["Mme ROUX -> M. ROUX", "M. FAURE -> Mme BRUN"],
    }


def test_stacked_headings_share_their_cells_where_the_items_change_kind() -> None:
    # A table's column of headings, then its cells: names, proxies, names.
    draft = read(
        "Présents :",
        "Absents excusés :",
        "Absents : Mme ROUX ; MM MARTIN et BRUNO (Villebourg) Mme FAURE (Aubac)",
        "Mme BRUN qui a donné pouvoir à Mme ROUX (Villebourg)",
        "M. PETIT qui a donné pouvoir à M. MARTIN (Villebourg)",
        "Mme GARNIER (Aubac)",
    )
    attendance.settle(draft)
    assert summary(draft) == {
        "present": ["Mme ROUX", "M. MARTIN", "M. BRUNO", "Mme FAURE"],
        "represented": ["Mme BRUN -> Mme ROUX", "M. PETIT -> M. MARTIN"],
        "absent": ["Mme GARNIER"],
    }


@pytest.mark.parametrize(
    "cells",
    [
        # One run of names for two headings: where the first cell ends is not written.
        ["Mme ROUX, M. MARTIN, Mme GARNIER"],
        # Names, proxies, names, proxies: four runs for two headings.
        [
            "Mme ROUX",
            "Mme BRUN qui a donné pouvoir à Mme ROUX",
            "M. PETIT",
            "M. BRUNO pouvoir à M. PETIT",
        ],
    ],
)
def test_stacked_headings_whose_cells_do_not_show_stay_under_the_last(cells: list[str]) -> None:
    draft = read("Présents :", "Absents : " + cells[0], *cells[1:])
    assert not draft.attendance.present
    assert draft.attendance.absent


def test_a_heading_with_text_between_is_not_stacked() -> None:
    draft = Draft()
    sections = [Section(Kind.ATTENDANCE, role="present"), Section(Kind.ATTENDANCE, role="absent")]
    sections[0].lines.append(TextLine(1, "Présents :"))
    sections[1].lines += [
        TextLine(3, "Absents : M. PETIT"),
        TextLine(4, "Mme BRUN qui a donné pouvoir à Mme ROUX"),
    ]
    for section in sections:
        attendance.extract(section, draft)
    assert summary(draft) == {"represented": ["Mme BRUN -> Mme ROUX"], "absent": ["M. PETIT"]}


def test_staff_named_after_an_absent_list_are_not_members() -> None:
    draft = read(
        "Absents : Mme GARNIER (Aubac) Madame Lucie ROUX, Directrice Générale des Services,"
        " Monsieur Paul MARTIN, collaborateur de cabinet ont assisté à cette séance."
    )
    assert [p.name for p in draft.attendance.absent] == ["GARNIER"]
    assert [p.name for p in draft.attendance.non_voting] == ["Lucie ROUX", "Paul MARTIN"]


def test_a_giver_written_by_family_name_alone_is_the_member_listed_away() -> None:
    assert _settled(
        "Etaient absents : Monsieur Paul MARTIN – Madame Zoé BRUN – Monsieur Marc BRUNO",
        "Pouvoirs : Monsieur MARTIN procuration à Madame Lucie ROUX",
    ) == {
        "represented": ["M. MARTIN -> Mme Lucie ROUX"],
        "absent": ["Mme Zoé BRUN", "M. Marc BRUNO"],
    }


@pytest.mark.parametrize(
    "absent",
    [
        "Monsieur Paul MARTIN – Monsieur Luc MARTIN",  # two members share the family name
        "Madame Lucie MARTIN",  # another civility: another person
    ],
)
def test_a_family_name_alone_that_does_not_say_who_is_kept(absent: str) -> None:
    found = _settled(
        "Etaient absents : " + absent, "Pouvoirs : Monsieur MARTIN procuration à Mme Zoé BRUN"
    )
    assert len(found["absent"]) == absent.count("MARTIN")


def test_a_holder_named_by_role_is_the_president() -> None:
    draft = read(
        "Absents excusés ayant donné pouvoir :",
        "Mme Anne NOIR a donné pouvoir à M. le Maire",
        president="M. Paul MARTIN",
        president_role="Maire",
    )
    (proxy,) = draft.attendance.represented
    assert proxy.holder is not None
    assert (proxy.holder.name, proxy.holder.family_name, proxy.holder.role) == (
        "Paul MARTIN",
        "MARTIN",
        "Maire",
    )
    assert proxy.holder.line == 2
    assert proxy.notes == []


def test_a_holder_named_by_role_stays_unknown_when_the_text_does_not_name_them() -> None:
    draft = read("Pouvoirs :", "Mme Anne NOIR a donné pouvoir à M. le Maire")
    (proxy,) = draft.attendance.represented
    assert proxy.holder is None
    assert proxy.notes == [attendance.HOLDER_BY_ROLE.format("M. le Maire")]


def test_a_role_that_disagrees_with_the_president_is_not_resolved() -> None:
    draft = read(
        "Pouvoirs :",
        "Mme Anne NOIR a donné pouvoir à M. le Maire",
        president="Madame Jeanne DURAND",
        president_role="Présidente de la Métropole",
    )
    assert draft.attendance.represented[0].holder is None


def test_a_member_named_by_role() -> None:
    named = read("Présents : M. le Maire, Mme Jeanne DURAND", president="M. Paul MARTIN")
    assert [(p.name, p.role) for p in named.attendance.present] == [
        ("Paul MARTIN", "Maire"),
        ("Jeanne DURAND", None),
    ]
    unnamed = read("Présents : M. le Maire, Mme Jeanne DURAND")
    first = unnamed.attendance.present[0]
    assert (first.name, first.family_name, first.role, first.civility) == (
        "le Maire",
        None,
        "Maire",
        "M.",
    )


# --- Roles, communes, substitutes ----------------------------------------------------------------


def test_roles_after_the_names() -> None:
    draft = read(
        "Présents :",
        "Monsieur Paul MARTIN, Maire, Mme Jeanne DURAND, M. Louis PETIT, Adjoints,"
        " Mme Zoé BRUN, Conseillère Municipale",
    )
    assert [(p.name, p.role) for p in draft.attendance.present] == [
        ("Paul MARTIN", "Maire"),
        ("Jeanne DURAND", "Adjoints"),
        ("Louis PETIT", "Adjoints"),
        ("Zoé BRUN", "Conseillère Municipale"),
    ]


def test_commune_prefixes() -> None:
    draft = read(
        "Délégués titulaires présents :",
        "VILLEBOURG : M. Paul MARTEL, Mme Lucie ROUSSE ;",
        "SAINT-CLAIR-SUR-ORNE : M. Hugo LAMBERT",
        "Commune de Val-d'Aure : Mme Inès MORIN (suppléante de M. Yves TOURNIER)",
    )
    assert [(p.name, p.commune) for p in draft.attendance.present] == [
        ("Paul MARTEL", "VILLEBOURG"),
        ("Lucie ROUSSE", "VILLEBOURG"),
        ("Hugo LAMBERT", "SAINT-CLAIR-SUR-ORNE"),
        ("Inès MORIN", "Val-d'Aure"),
    ]
    morin = draft.attendance.present[-1]
    assert (morin.role, morin.substitute_for) == ("suppléante", "Yves TOURNIER")


@pytest.mark.parametrize(
    ("prefix", "commune"),
    [
        ("VILLEBOURG : ", "VILLEBOURG"),
        ("Commune de Villebourg : ", "Villebourg"),
        ("Commune de : VILLEBOURG : ", "VILLEBOURG"),
        ("COMMUNE DE VILLEBOURG : ", "VILLEBOURG"),
        ("Commune d'Orville : ", "Orville"),
        ("Commune d’Orville : ", "Orville"),
        ("Ville de Saint-Aubin : ", "Saint-Aubin"),
    ],
)
def test_the_commune_label_is_not_the_communes_name(prefix: str, commune: str) -> None:
    draft = read("Délégués titulaires présents :", f"{prefix}M. Paul MARTEL, Mme Lucie ROUSSE")
    assert [(p.name, p.commune) for p in draft.attendance.present] == [
        ("Paul MARTEL", commune),
        ("Lucie ROUSSE", commune),
    ]
    assert draft.unrecognised == []


def test_non_voting_job_titles_are_roles() -> None:
    draft = read(
        "Assistent sans voix délibérative : M. Hervé GIRAUD, directeur général des services"
    )
    (person,) = draft.attendance.non_voting
    assert (person.name, person.role) == ("Hervé GIRAUD", "directeur général des services")
    assert draft.attendance.present == []


def test_artefacts_in_a_block_are_repaired_and_reported() -> None:
    draft = read(
        "Etaient présents Mesdames et Messieurs :",
        "Marie- Christine DUVAL - Philippe",
        "ARNAUDIN - Paul MARTIN Lucie ROUX - M. Pierre ARNAUDM. Joseph BLANC",
    )
    assert summary(draft)["present"] == [
        "Marie-Christine DUVAL",
        "Philippe ARNAUDIN",
        "Paul MARTIN",
        "Lucie ROUX",
        "M. Pierre ARNAUD",
        "M. Joseph BLANC",
    ]
    assert [(r.line, r.kind) for r in draft.repairs] == [
        (2, "name-wrap"),
        (2, "name-hyphen-space"),
        (3, "name-separator"),
        (3, "name-separator"),
    ]
    assert [p.line for p in draft.attendance.present] == [2, 2, 3, 3, 3, 3]


def test_an_unreadable_item_is_kept_not_dropped() -> None:
    draft = read("Présents : Paul MARTIN - 12 rue des Lilas: voir annexe - Lucie ROUX")
    assert summary(draft) == {"present": ["Paul MARTIN", "Lucie ROUX"]}
    assert [(line.line, line.text) for line in draft.unrecognised] == [
        (1, "12 rue des Lilas: voir annexe")
    ]


def test_the_whole_pipeline_reports_extraction_repairs() -> None:
    extract = qpparse.parse(
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU DE LA MÉTROPOLE AIX-MARSEILLE-PROVENCE\n"
        "\n"
        "Etaient présents Mesdames et Messieurs :\n"
        "Marie- Christine DUVAL - Paul MARTIN.\n"
    )
    assert [p.name for p in extract.attendance.present] == ["Marie-Christine DUVAL", "Paul MARTIN"]
    assert [(r.line, r.kind) for r in extract.repairs] == [(4, "name-hyphen-space")]


def test_a_holder_named_by_the_presiding_vice_president() -> None:
    draft = read(
        "Pouvoirs :",
        "M. Paul ARNOUX donne pouvoir à M. le Vice-Président",
        president="Monsieur Gaston RIBOULET",
        president_role="Vice-Président de la Métropole",
    )
    holder = draft.attendance.represented[0].holder
    assert holder is not None
    assert (holder.name, holder.role) == ("Gaston RIBOULET", "Vice-Président")
    # « le Président » is not the vice-president who presides: left unresolved.
    other = read(
        "Pouvoirs :",
        "M. Paul ARNOUX donne pouvoir à M. le Président",
        president="Monsieur Gaston RIBOULET",
        president_role="Vice-Président de la Métropole",
    )
    assert other.attendance.represented[0].holder is None


def test_replaced_by_seats_who_sits_instead() -> None:
    """« (remplacé par Mme X) » names who sits instead: X is present in the member's place, the
    member listed is not; « (remplace M. Y) » says the same the other way round."""
    draft = read(
        "Délégués titulaires présents :",
        "M. Yves VALLAURI (remplacé par Mme Inès MORIN),",
        "Mme Lucie ROUSSE (remplace M. Paul MARTEL)",
    )
    morin, rousse = draft.attendance.present
    assert (morin.name, morin.substitute_for) == ("Inès MORIN", "Yves VALLAURI")
    assert rousse.substitute_for == "Paul MARTEL"


# --- Presence tables flattened one cell after the other ------------------------------------------

_TABLE_OPENING = (
    "COMITÉ SYNDICAL\nSéance du 9 octobre 2014\n"
    "Etat de présence (les noms marqués d'une x sont présents)\n"
)
_TABLE_AFTER = "Le quorum étant atteint, le Président déclare la séance ouverte.\n"
# (column headings, rows as cells, what is read)
PRESENCE_TABLES = [
    (
        ["Civilité", "Nom", "Prénom", "Commune", "Titulaire"],
        [
            ["Mme", "DURAND", "Jeanne", "VILLEBOURG", "x"],
            ["M.", "MARTIN", "Paul", "SAINT-AUBIN s/LAUZE", "Excusé"],
            ["*Mme", "ROUX", "Lucie-Anne", "SAINT-AUBIN s/LAUZE"],  # no mark: unread
            ["M.", "LE GALL", "Yves", "AUBAC", "Absent"],
            ["Mme", "BRUN", "Zoé", "AUBAC", "Pouvoir à M. Paul MARTIN"],
            ["*M.", "FAURE", "Marc", "AUBAC", "Excusée"],
            ["Mme", "PETIT", "Inès", "VILLEBOURG", "Suppléant", "Excusée", "x", "x"],
            # a commune written as a given name is: where the name ends is not told
            ["M.", "BLANC", "Jean", "Villebourg", "x"],
        ],
        {
            "present": ["Mme Jeanne DURAND"],
            "excused": ["M. Paul MARTIN", "M. Marc FAURE"],
            "absent": ["M. Yves LE GALL"],
            "represented": ["Mme Zoé BRUN -> M. Paul MARTIN"],
        },
    ),
    (
        # Several mark columns: which one an « x » stands in is lost once flattened.
        ["Civilité", "Nom", "Prénom", "Présent", "Excusé", "Absent"],
        [["Mme", "DURAND", "Jeanne", "x"], ["M.", "MARTIN", "Paul", "Excusé"]],
        {"excused": ["M. Paul MARTIN"]},
    ),
    (
        # A holders' column: its cells are names, the « x » is the only mark column's.
        ["Civilité", "Nom", "Prénom", "Présent", "Pouvoir donné à"],
        [
            ["Mme", "DURAND", "Jeanne", "x"],
            ["M.", "MARTIN", "Paul", "M. Yves LE GALL"],  # the holder alone: unread
            ["M.", "LE GALL", "Yves", "x"],
        ],
        {"present": ["Mme Jeanne DURAND", "M. Yves LE GALL"]},
    ),
    (
        ["Civilité", "Prénom", "Nom", "Présence"],
        [["Mme", "Jeanne", "DURAND", "x"], ["M.", "Paul", "MARTIN", "Absent"]],
        {"present": ["Mme Jeanne DURAND"], "absent": ["M. Paul MARTIN"]},
    ),
]


@pytest.mark.parametrize(("columns", "rows", "expected"), PRESENCE_TABLES)
@pytest.mark.parametrize("joiner", ["\n", " "])
def test_a_presence_table_read_row_by_row(
    columns: list[str], rows: list[list[str]], expected: dict[str, list[str]], joiner: str
) -> None:
    """One cell per line or the whole table on one line: the same rows, each read from its
    mark; the column headings and the communes are never names."""
    cells = [*columns, *(cell for row in rows for cell in row)]
    extract = qpparse.parse(_TABLE_OPENING + joiner.join(cells) + "\n" + _TABLE_AFTER)
    lists = extract.attendance
    found = {
        "present": [_who(p) for p in lists.present],
        "excused": [_who(p) for p in lists.excused],
        "absent": [_who(p) for p in lists.absent],
        "represented": [_proxy(p) for p in lists.represented],
    }
    assert {key: value for key, value in found.items() if value} == expected


def test_a_proxy_joined_by_pour_is_no_commune_group() -> None:
    """« Mme ANCELLIN pour M. PERARDEL »: a lower-case « pour » joins a holder and a giver."""
    text = "Etaient porteurs d'un pouvoir : Mme ANCELLIN pour M. PERARDEL Mme BUY pour M. HOGDAL\n"
    represented = qpparse.parse(text).attendance.represented
    assert [(p.member.name, p.holder.name if p.holder else None) for p in represented] == [
        ("PERARDEL", "ANCELLIN"),
        ("HOGDAL", "BUY"),
    ]


# Presence tables whose marks the extraction set apart from their rows: which member each mark
# stands for is lost.
DETACHED_TABLES = [
    "Présents M. LECANU M.HAMELIN Mme GOSSELIN M. DUVAL Absents excusés Absents Pouvoirs "
    "X X X X M. DUVAL X X MME GOSSELIN X\n",
    "Présents\nM. LECANU X\nM. QUESNEL X\nM. VIMONT\nAbsents excusés\nAbsents\nMME LEGRAS X\n",
]


@pytest.mark.parametrize("layout", [0, 1])
@pytest.mark.parametrize("table", DETACHED_TABLES)
def test_a_table_whose_marks_lost_their_rows_lists_nobody(table: str, layout: int) -> None:
    """Its names are not listed where the table did not put them: they stay unrecognised."""
    text = as_written_and_flat(f"Séance du 19 juin 2014\n{table}{_TABLE_AFTER}")[layout]
    extract = qpparse.parse(text)
    lists = extract.attendance
    assert [lists.present, lists.excused, lists.absent, lists.represented] == [[], [], [], []]
    assert "LECANU" in " ".join(line.text for line in extract.unrecognised)


def test_placeholder_holders_are_no_table_marks() -> None:
    """« représenté par M. X » names an unknown holder; it is no table's mark."""
    extract = qpparse.parse(
        "Séance du 19 juin 2014\nPrésents : Mme Anne ROUX.\nAbsents représentés : M. Paul "
        "DUVAL représenté par M. X, Mme Lucie NOIR représentée par Mme X, M. Yves PETIT "
        "représenté par M. X.\n"
    )
    assert [p.name for p in extract.attendance.present] == ["Anne ROUX"]
    assert len(extract.attendance.represented) == 3


def test_page_furniture_between_stacked_headings_keeps_them_stacked() -> None:
    """« Présents : » / page number / « Absents : »: the furniture set aside after a heading
    with nothing under it does not unstack it (found by the layout-invariance property)."""
    cells = "Mme Lucie ROUX ; M. Paul MARTIN qui a donné pouvoir à M. Marc BRUNO"
    plain = qpparse.parse(f"Présents :\nAbsents :\n{cells}\n")
    furnished = qpparse.parse(f"Présents :\n\nPage 2 sur 9\n\nAbsents :\n{cells}\n")
    assert furnished.attendance.model_dump(exclude={"present", "represented", "absent"}) == (
        plain.attendance.model_dump(exclude={"present", "represented", "absent"})
    )
    for read_list in ("present", "absent"):
        assert [p.name for p in getattr(furnished.attendance, read_list)] == [
            p.name for p in getattr(plain.attendance, read_list)
        ]


def _lists_of(extract: qpparse.Extract) -> dict[str, list[str]]:
    lists = extract.attendance
    found = {
        "present": [person.name for person in lists.present],
        "represented": [
            f"{proxy.member.name} -> {proxy.holder.name if proxy.holder else None}"
            for proxy in lists.represented
        ],
        "excused": [person.name for person in lists.excused],
        "absent": [person.name for person in lists.absent],
        "non_voting": [person.name for person in lists.non_voting],
    }
    return {key: value for key, value in found.items() if value}


# Wordings met in texts never seen before, each read the same as written and flattened.
ATTENDANCE_WORDINGS = [
    # « Assistaient à la réunion » heads the members when no other list does…
    (
        "Séance du 2 février 2021\nAssistaient à la réunion : MM. ROUX, NOIR, BLANC.\n"
        "Avait remis procuration : M. PETIT à M. ROUX\n",
        {"present": ["ROUX", "NOIR", "BLANC"], "represented": ["PETIT -> ROUX"]},
    ),
    # … and staff beside a present list.
    (
        "Séance du 2 février 2021\nPrésents : MM. ROUX, NOIR.\n"
        "Assistaient à la réunion : Mme Anne BLANC, Directrice Générale des Services.\n",
        {"present": ["ROUX", "NOIR"], "non_voting": ["Anne BLANC"]},
    ),
    # Numbered members, two columns read row by row, after a formula of two parts.
    (
        "Séance du 7 juillet 2014\nÉtaient présents les Conseillers municipaux suivants : "
        "Mmes et MM. 1.) WILLER Jean 16.) WETTERER Paul 2.) HERBETH Lucie\n",
        {"present": ["Jean WILLER", "Paul WETTERER", "Lucie HERBETH"]},
    ),
    # Proxies abbreviated in notes; staff « encore présents » with their roles.
    (
        "Séance du 7 juillet 2014\nPrésents : WILLER Jean, ALIZON Claire\n"
        "Etaient excusés : Mmes et M. DRESSLER Marc (avec proc. de vote à JM. WILLER) "
        "FUCHS Marie (avec proc. de vote à C.ALIZON)\n"
        "Étaient encore présents : Mme et MM. SIRE Paul, Directeur Général des Services, "
        "ANGST Lucie, Trésorière Principale de Lauzac, MARCHE Anne, Assistante du service "
        "Administration Générale\n",
        {
            "present": ["Jean WILLER", "Claire ALIZON"],
            "represented": ["Marc DRESSLER -> JM. WILLER", "Marie FUCHS -> C.ALIZON"],
            "non_voting": ["Paul SIRE", "Lucie ANGST", "Anne MARCHE"],
        },
    ),
    # Headings with their counts in brackets, before and after a change.
    (
        "Séance du 3 mai 2016\nPrésents : André LOBSTEIN, Isabelle HALB.\n"
        "Absents non excusés (1) : Jérémy GRASSER\n"
        "Procurations (5/6) : Francis RICHERT à Isabelle HALB\n",
        {
            "present": ["André LOBSTEIN", "Isabelle HALB"],
            "represented": ["Francis RICHERT -> Isabelle HALB"],
            "absent": ["Jérémy GRASSER"],
        },
    ),
    # A table of communes in capitals and their delegates, its separators lost: the member's
    # family name is the first word in capitals after the given name, the commune the rest.
    (
        "Séance du 31 janvier 2019\nDELEGUES PRESENTS : ARLAY : Jean-Luc URIET, Dominique "
        "BAUDUIN LA MARRE : Sandrine ROY BLETTERANS : Christine PETITJEAN, Paul LAMBERT "
        "LAVIGNY : Luc MICHAUD\n",
        {
            "present": [
                "Jean-Luc URIET",
                "Dominique BAUDUIN",
                "Sandrine ROY",
                "Christine PETITJEAN",
                "Paul LAMBERT",
                "Luc MICHAUD",
            ]
        },
    ),
    # Headings that go on up to their colon: voting, substitutes, the communes' order.
    (
        "Séance du 19 juin 2014\nDélégués titulaires présents et votants :\nM FOUCHET Christian "
        "–- M LEGRAND Jean Pierre\nDélégués suppléants présents et votants : En ordre de communes "
        "Mme TASSIN Pascale - M LALANDE Thierry\nDélégués titulaires absents remplacés par leur "
        "suppléant En ordre de commune M DUPRAT Michael – M MAURAS Arnaud\nDélégués Titulaires "
        "absent excusés non remplacés par leur suppléant: En ordre de communes M PARISOT Jérôme\n",
        {
            "present": [
                "Christian FOUCHET",
                "Jean Pierre LEGRAND",
                "Pascale TASSIN",
                "Thierry LALANDE",
            ],
            "absent": ["Michael DUPRAT", "Arnaud MAURAS"],
            "excused": ["Jérôme PARISOT"],
        },
    ),
    # A table of communes in mixed case and their delegates read row by row, no separators.
    (
        "Séance du 8 septembre 2020\nEtaient présents et pouvaient participer au vote :\n"
        "Auxac Hubert GILLET Raymond DIESNE Millac Bretteville sur Lauze Guy CLOS Nicole YON "
        "Anne DESHAYES Créances Marie LENOIR\n",
        {
            "present": [
                "Hubert GILLET",
                "Raymond DIESNE",
                "Guy CLOS",
                "Nicole YON",
                "Anne DESHAYES",
                "Marie LENOIR",
            ]
        },
    ),
    # A full stop ends a holder's name before the next member's given name.
    (
        "Séance du 5 mai 2014\nPrésents : François NOIR, Anne VIAL.\n"
        "Absents excusés : Matthieu ROUX, procuration à François NOIR. Laura BLANC.\n",
        {
            "present": ["François NOIR", "Anne VIAL"],
            "represented": ["Matthieu ROUX -> François NOIR"],
            "excused": ["Laura BLANC"],
        },
    ),
    # A substitute seated in a member's place is present; the member stays excused.
    (
        "Séance du 3 mai 2014\nPrésents : M. ROUX, Anne VIAL suppléée par Marc VIAL\n"
        "Absents excusés : M. DUPONT, M. HOERNER remplacé par son suppléant M. PERRET\n",
        {
            "present": ["ROUX", "Marc VIAL", "PERRET"],
            "excused": ["DUPONT", "HOERNER"],
        },
    ),
    # The members a count box counts, after it with no heading: communes in capitals between
    # them (one parted by « ET »), a page's number among them.
    (
        "Séance du 16 février 2016\nNombre de membres en exercice : 68 Présents : 7\n"
        "ALLES SUR LAUZE Michel CALE BADEFOLS SUR LAUZE Claude VEYSSE SAINT AGNE Jean-Paul PROUX "
        "1 Annick CARO MAUZAC ET GRAND CASTAN Patrice MASNE SAINT MARCEL DU VAL Christian CRESPE "
        "SAINT FELIX DU LOT Bernard ETIEN\n"
        "Absents excusés : Jean-Marie CHAVE\n",
        {
            "present": [
                "Michel CALE",
                "Claude VEYSSE",
                "Jean-Paul PROUX",
                "Annick CARO",
                "Patrice MASNE",
                "Christian CRESPE",
                "Bernard ETIEN",
            ],
            "excused": ["Jean-Marie CHAVE"],
        },
    ),
    # Each member followed by the collectivity they sit for after a dash, named many times.
    (
        "Séance du 27 février 2019\nEtaient présents (4) : Robert ARNAUD – C.C Val de Lauze ; "
        "Claude AUDE – C.C Val de Lauze ; Ludovic BOUTIN – ECHIRAC ; Philippe PASSE – ECHIRAC.\n"
        "Absents excusés ayant donné pouvoir : Christiane BAILLE – C.C Val de Lauze donne "
        "pouvoir à Robert ARNAUD ; Jean-Philippe GUERE - C.C Val de Lauze donne pouvoir à Claude "
        "AUDE ; Danielle TAVERNE - C.C Val de Lauze donne pouvoir à Ludovic BOUTIN\n",
        {
            "present": ["Robert ARNAUD", "Claude AUDE", "Ludovic BOUTIN", "Philippe PASSE"],
            "represented": [
                "Christiane BAILLE -> Robert ARNAUD",
                "Jean-Philippe GUERE -> Claude AUDE",
                "Danielle TAVERNE -> Ludovic BOUTIN",
            ],
        },
    ),
    # Headings in inclusive writing « (s/es) »; a sentence right after a holder, no full stop.
    (
        "Séance du 25 juin 2020\nEtaient Présents : Mesdames et Messieurs\nBruno ROUX, Jérôme "
        "NOIR\nAbsent(s/es) excusé(s/es) : Alexandre BLANC\nAbsent(s/es) : NEANT\n"
        "Absent(s/es) représenté(s/es) :\nPatricia VIAL donne pouvoir à Bruno ROUX\n"
        "Le Conseil Municipal décide à l’unanimité que Madame Anne PETIT sera secrétaire.\n",
        {
            "present": ["Bruno ROUX", "Jérôme NOIR"],
            "represented": ["Patricia VIAL -> Bruno ROUX"],
            "excused": ["Alexandre BLANC"],
        },
    ),
    # Initials and family names in mixed case: « M » is an initial too.
    (
        "Séance du 3 mai 2013\nPrésents : D Michaud, G Barbier, P Blanchet, M Giniès, C Gras\n",
        {"present": ["D Michaud", "G Barbier", "P Blanchet", "M Giniès", "C Gras"]},
    ),
    # Family names first, given names as initials: a last « M. » is an initial, never a
    # civility with the family name before it taken for a commune.
    (
        "Séance du 3 mai 2021\nPrésents : ASPERTI P., DELCUZE M., FOULON F., AUFRERE M.\n",
        {"present": ["P. ASPERTI", "M. DELCUZE", "F. FOULON", "M. AUFRERE"]},
    ),
    # Members grouped under their communes' names in mixed case, each commune on its own line:
    # the next commune after a member in capitals, then its first member's civility.
    (
        "Séance du 3 mai 2021\nEtaient présents :\nLauzac\nMr ROUX, MMES NOIR et GRIS\n"
        "Villebourg\nMr BLANC et MME VERT\nLes Granges en Orvanne\nMr BRUN et MME ROSE\n"
        "Mr BRUN a été élu secrétaire.\n",
        {"present": ["ROUX", "NOIR", "GRIS", "BLANC", "VERT", "BRUN", "ROSE"]},
    ),
    # « Invités présents : » ends the proxies before it: guests, no proxy's holder.
    (
        "Séance du 3 mai 2021\nPrésents : M. ROUX Paul (Lauzac) ; Mme NOIR Anne (Villebourg).\n"
        "Pouvoirs : M. BRUN Alban (Lauzac) donne pouvoir à M. ROUX Paul (Lauzac). Invités "
        "présents : Mme GRIS Lise (SIBVS)\n",
        {
            "present": ["Paul ROUX", "Anne NOIR"],
            "represented": ["Alban BRUN -> Paul ROUX"],
            "non_voting": ["Lise GRIS"],
        },
    ),
    # A count, then the first commune's prefix and its members.
    (
        "Séance du 3 mai 2021\nPrésents : 4 Communauté de Lauzac : Messieurs Paul ROUX et "
        "Luc BLANC, Communauté du Val : Madame Anne NOIR, Monsieur Jean VERT\n",
        {"present": ["Paul ROUX", "Luc BLANC", "Anne NOIR", "Jean VERT"]},
    ),
    # Staff and guests under their group's heading, then « Étaient présents : »: not members.
    (
        "Séance du 3 mai 2021\nADMINISTRATEURS Étaient présents : Madame Anne NOIR, Monsieur "
        "Paul ROUX PERSONNELS ADMINISTRATIFS ET INVITÉS Étaient présents : Monsieur Luc BLANC, "
        "Directeur ; Madame Lise GRIS, Payeur départemental\n",
        {"present": ["Anne NOIR", "Paul ROUX"], "non_voting": ["Luc BLANC", "Lise GRIS"]},
    ),
    # « … titulaires ou suppléants présents : », each member followed by the body they come
    # from, no separator.
    (
        "Séance du 3 mai 2021\nDélégués titulaires ou suppléants présents :\nMonsieur Paul "
        "ROUX Communauté de communes du Val Monsieur Luc BLANC Communauté de communes de "
        "Lauzac\nDélégués Absents :\nMadame Anne NOIR Communauté de communes du Val\n",
        {"present": ["Paul ROUX", "Luc BLANC"], "absent": ["Anne NOIR"]},
    ),
    # An article before the heading, and where they sit, before its colon.
    (
        "Séance du 3 mai 2021\nLes membres présents en séance : Paul ROUX, Anne NOIR\n"
        "Les conseillers excusés : Léa GRIS\n",
        {"present": ["Paul ROUX", "Anne NOIR"], "excused": ["Léa GRIS"]},
    ),
    (
        "Séance du 3 mai 2021\nPrésents en séance : Paul ROUX, Anne NOIR\n",
        {"present": ["Paul ROUX", "Anne NOIR"]},
    ),
    # Every member after the count box, each after a dash, with an office and their own state
    # (no heading, no colon: « absente excusée » says it of one member); a proxy abbreviated
    # « proc.à »; the agenda that follows ends the list.
    (
        "SEANCE DU 14 JUIN 2021\nNombre de conseillers élus : 7 Nombre de conseillers en "
        "fonction : 7 Nombre de conseillers présents : 5\n"
        "- M. Paul ROUX Maire - M. Luc BLANC 1er Adjoint\n"
        "- Mme Léa GRIS Conseillère Municipale absente excusée\n"
        "- Mme Eve NOIR Conseillère Municipale absente excusée, proc.à L. BLANC - Mme Ana VERT "
        "Conseillère Municipale\n- Mme Iris ROSE Conseillère Municipale\n"
        "- M. Marc BRUN Conseiller Municipal absent\n"
        "Ordre du jour :\n1. Désignation du secrétaire de séance\n",
        {
            "present": ["Paul ROUX", "Luc BLANC", "Ana VERT", "Iris ROSE"],
            "represented": ["Eve NOIR -> L. BLANC"],
            "excused": ["Léa GRIS"],
            "absent": ["Marc BRUN"],
        },
    ),
    # The agenda, its colon left out and its numbers apart from its entries, ends the list.
    (
        "Séance du 3 mai 2021\nPrésents : Paul ROUX, Anne NOIR\nExcusés : Luc PONS (pas de "
        "procuration). ORDRE DU JOUR 1 2 3 PISCINE LAUZÉO – Tarifs CENTRE AQUATIQUE – Travaux\n",
        {"present": ["Paul ROUX", "Anne NOIR"], "excused": ["Luc PONS"]},
    ),
    # Guests each after a dash under their heading: theirs, no list with no heading.
    (
        "Séance du 3 mai 2021\nPrésents : Paul ROUX, Anne NOIR\nEtaient invités : - Monsieur "
        "Michel BRUN, Président Honoraire - Monsieur André VERT, Rapporteur - Madame Lise "
        "GRIS, Directrice\n",
        {
            "present": ["Paul ROUX", "Anne NOIR"],
            "non_voting": ["Michel BRUN", "André VERT", "Lise GRIS"],
        },
    ),
    # Proxies each after a dash: the holders are no list with no heading.
    (
        "Séance du 3 mai 2021\nPrésents : Paul ROUX, Anne NOIR, Jean VERT, Lise GRIS\n"
        "Avaient donné pouvoir : M. BRUN à M. ROUX de VILLEBOURG - Mme BLANC à Mme NOIR de "
        "LAUZAC - M. ROSE à M. VERT de SAINT-ORVANNE - Mme MAUVE à Mme GRIS de CAUSSE\n",
        {
            "present": ["Paul ROUX", "Anne NOIR", "Jean VERT", "Lise GRIS"],
            "represented": [
                "BRUN -> ROUX",
                "BLANC -> NOIR",
                "ROSE -> VERT",
                "MAUVE -> GRIS",
            ],
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ATTENDANCE_WORDINGS)
def test_attendance_wordings_of_unseen_texts(text: str, expected: dict[str, list[str]]) -> None:
    for variant in as_written_and_flat(text):
        assert _lists_of(qpparse.parse(variant)) == expected, variant


RESPECTIVELY = [
    # the heading of members away, then the holders after « respectivement »
    (
        "Absents excusés : Mme Inès FAURE, M. Marc BRUNO et M. Luc PONS qui ont donné "
        "respectivement pouvoir à : Mme Zoé BRUN, M. Paul ROUX et Mme Léa GRIS.",
        [("Inès FAURE", "Zoé BRUN"), ("Marc BRUNO", "Paul ROUX"), ("Luc PONS", "Léa GRIS")],
    ),
    # under a proxies heading, the word before the verb; grouped civilities on both sides
    (
        "Pouvoirs : MM. Marc BRUNO et Luc PONS ont respectivement donné procuration à Mmes "
        "Zoé BRUN et Léa GRIS.",
        [("Marc BRUNO", "Zoé BRUN"), ("Luc PONS", "Léa GRIS")],
    ),
    # « représentés respectivement par »
    (
        "Absents : Inès FAURE, Marc BRUNO représentés respectivement par Paul ROUX, Zoé BRUN.",
        [("Inès FAURE", "Paul ROUX"), ("Marc BRUNO", "Zoé BRUN")],
    ),
    # not one holder per member: the proxies keep no holder, the holders stay unread
    (
        "Absents excusés : Inès FAURE, Marc BRUNO et Luc PONS qui ont donné respectivement "
        "pouvoir à Zoé BRUN et Paul ROUX.",
        [("Inès FAURE", None), ("Marc BRUNO", None), ("Luc PONS", None)],
    ),
]


@pytest.mark.parametrize(("block", "proxies"), RESPECTIVELY)
def test_holders_named_respectively_pair_by_position(
    block: str, proxies: list[tuple[str, str | None]]
) -> None:
    """« X, Y et Z qui ont donné respectivement pouvoir à : A, B et C »: X's holder is A, Y's B,
    Z's C; none of them is excused, absent or present twice."""
    text = f"Séance du 3 mars 2020\nPrésents : Zoé BRUN, Paul ROUX, Léa GRIS.\n{block}\n"
    for given in as_written_and_flat(text):
        lists = qpparse.parse(given).attendance
        assert _pairs(lists.represented) == (proxies), given
        assert [p.name for p in lists.present] == ["Zoé BRUN", "Paul ROUX", "Léa GRIS"], given
        assert lists.excused == lists.absent == [], given
        # Holders not paired are kept unread, nothing lost.
        unread = [line.text for line in qpparse.parse(given).unrecognised]
        assert ("Paul ROUX" in unread) == (proxies[0][1] is None), given


def test_staff_named_by_their_role_in_a_list_of_those_present_are_no_members() -> None:
    """« Présents : M. X, Mme Y. Mme Z, trésorière principale. »: the public accountant sits
    with the members but is none of them, « également » or not."""
    text = (
        "Réunion du bureau du 26 mai 2010\nLes membres présents sont : M. Paul ROUX, Mme Anne "
        "NOIR, M. Luc PONS.\nMme Lydie GRIS, trésorière principale.\nAbsents excusés : M. Marc "
        "BRUNO.\n"
    )
    for given in as_written_and_flat(text):
        lists = qpparse.parse(given).attendance
        assert [p.name for p in lists.present] == ["Paul ROUX", "Anne NOIR", "Luc PONS"], given
        assert [p.name for p in lists.non_voting] == ["Lydie GRIS"], given
        assert [p.name for p in lists.excused] == ["Marc BRUNO"], given


def test_the_minutes_heading_after_a_list_is_no_member() -> None:
    text = (
        "Réunion du bureau du 26 mai 2010\nPrésents : M. Paul ROUX, Mme Anne NOIR.\nAbsents "
        "excusés : MM. Marc BRUNO, Luc PONS.\nCOMPTE RENDU DE LA SEANCE\nLe Bureau approuve le "
        "compte rendu de la précédente réunion.\n"
    )
    for given in as_written_and_flat(text):
        extract = qpparse.parse(given)
        assert [p.name for p in extract.attendance.excused] == ["Marc BRUNO", "Luc PONS"], given
        assert any("COMPTE RENDU DE LA SEANCE" in kept.text for kept in extract.unrecognised)


def test_counts_between_colons_then_members_parted_by_dashes() -> None:
    """« Présents : 16 : ARMAND Caroline – ARNOUX Jacques … », « Absents excusés ayant donné
    procuration : 7 : X à Y – … »: the count is the heading's, the list follows it; « Le Maire
    ouvre la séance » ends the last list."""
    text = (
        "Procès-verbal du conseil municipal du 25 août 2021\n"
        "Présents : 3 : BRUN Zoé – ROUX Paul – GRIS Léa\n\n"
        "Absents excusés ayant donné procuration : 2 : FAURE Inès à BRUN Zoé – PONS Luc à ROUX "
        "Paul\n\nLe Maire ouvre la séance à 20h40.\n\nM. le Maire rappelle le point ajouté : "
        "Parcours de randonnée – Autorisation à la communauté de demander le défrichement.\n"
    )
    for given in as_written_and_flat(text):
        extract = qpparse.parse(given)
        lists = extract.attendance
        assert [p.name for p in lists.present] == ["Zoé BRUN", "Paul ROUX", "Léa GRIS"], given
        assert _pairs(lists.represented) == [
            ("Inès FAURE", "Zoé BRUN"),
            ("Luc PONS", "Paul ROUX"),
        ], given
        assert extract.session.counts.present == 3, given


def test_a_secretary_named_in_a_sentence_ends_the_proxies() -> None:
    text = (
        "Séance du 3 mars 2020\nPrésents : M. Paul ROUX, Mme Zoé BRUN.\nPouvoirs : M. Luc PONS "
        "représenté par M. Paul ROUX.\nMonsieur Marc GRIS a été nommé secrétaire\nLe Président "
        "ouvre la séance et salue l'assemblée.\n"
    )
    for given in as_written_and_flat(text):
        extract = qpparse.parse(given)
        represented = extract.attendance.represented
        assert _pairs(represented) == [("Luc PONS", "Paul ROUX")], given
        assert extract.session.secretary is not None
        assert extract.session.secretary.name == "Marc GRIS", given


def test_stacked_headings_then_names_proxies_and_names() -> None:
    """« Etaient présent(e)s : Excusé(e)s : A - B - C (procuration remise à A) D (pas de
    remise de procuration) »: two columns run together; the proxies are members away, the
    names before them the present column's, those after them the excused column's."""
    text = (
        "Séance du 19 juillet 2016\nEtaient présent(e)s : Excusé(e)s : ROUX Paul - BRUN Zoé – "
        "GRIS Léa (Lauzac) FAURE Inès (procuration remise à ROUX Paul), PONS Luc (procuration "
        "remise à BRUN Zoé) MARTIN Marc (pas de remise de procuration).\n"
    )
    for given in as_written_and_flat(text):
        lists = qpparse.parse(given).attendance
        assert [p.name for p in lists.present] == ["Paul ROUX", "Zoé BRUN", "Léa GRIS"], given
        assert _pairs(lists.represented) == [
            ("Inès FAURE", "Paul ROUX"),
            ("Luc PONS", "Zoé BRUN"),
        ], given
        assert [p.name for p in lists.excused] == ["Marc MARTIN"], given


def test_communes_in_capitals_then_members_family_name_first() -> None:
    """« COMMUNE DE LAUZAC ROUX Paul BRUN Zoé COMMUNE D'ARVIN GRIS Léa COMMUNE DE FAURE Inès »:
    each group's members after its commune, written family name first, no civility; a group
    whose commune's name was lost (« COMMUNE DE FAURE Inès ») has no commune, never « FAURE »;
    a holder followed by the next member with no separator (« pouvoir à ROUX Paul PONS Luc »)."""
    text = (
        "Séance du 19 juin 2018\nPRESENTS :\nCOMMUNE DE LAUZAC-en-VAL ROUX Paul BRUN Zoé COMMUNE "
        "D’ARVIN GRIS Léa COMMUNE DE FAURE Inès\n\nABSENTS EXCUSES AYANT DONNE POUVOIR :\n"
        "COMMUNE DE BRESSY PONS Luc, pouvoir à ROUX Paul MARTIN Marc, pouvoir à GRIS Léa\n"
    )
    for given in as_written_and_flat(text):
        lists = qpparse.parse(given).attendance
        assert [(p.name, p.commune) for p in lists.present] == [
            ("Paul ROUX", "COMMUNE DE LAUZAC-en-VAL"),
            ("Zoé BRUN", "COMMUNE DE LAUZAC-en-VAL"),
            ("Léa GRIS", "COMMUNE D’ARVIN"),
            ("Inès FAURE", None),
        ], given
        assert _pairs(lists.represented) == [
            ("Luc PONS", "Paul ROUX"),
            ("Marc MARTIN", "Léa GRIS"),
        ], given


def test_communes_in_sentence_case_each_before_its_members() -> None:
    """« Commune d'Arvin / M. Paul ROUX, Mme Zoé BRUN / Commune de Lauzac / M. Luc PONS »: each
    commune on a line of its own before its members, with no separator once flattened; the
    last commune may close the item (« Mme Zoé BRUN Commune du Sappey »)."""
    text = (
        "Séance du 26 janvier 2016\nEtaient présents :\nCommune d'Arvin\nM. Paul ROUX, Mme Zoé "
        "BRUN\nCommune de Lauzac en Bornes\nM. Luc PONS\nCommune du Sappey\nMadame Léa GRIS\n"
        "Procurations :\nM. Marc MARTIN, Commune d’Arvin\n"
    )
    for given in as_written_and_flat(text):
        lists = qpparse.parse(given).attendance
        assert [(p.name, p.commune) for p in lists.present] == [
            ("Paul ROUX", "Commune d'Arvin"),
            ("Zoé BRUN", "Commune d'Arvin"),
            ("Luc PONS", "Commune de Lauzac en Bornes"),
            ("Léa GRIS", "Commune du Sappey"),
        ], given


def test_grouped_civilities_before_a_colon_and_timing_notes_in_the_present_tense() -> None:
    """« Mmes : BARBE Laure, COMPAGNON Laetitia quitte la séance à 18h38 et rentre à 18h42, MM :
    … »: the civility of the names after it, never a commune; the note is no part of the name;
    « - Présents : - 20 jusqu'à 18 h 42 - 21 … » counts 20 present at the opening."""
    text = (
        "Séance du 16 décembre 2021\nPrésents : M. ROUX Paul, Maire, Mmes : BRUN Zoé, GRIS Léa "
        "quitte la séance à 18h38 et rentre à 18h42, MM : PONS Luc, FAURE Marc\n"
        "Nombre de membres\n- En exercice : 9\n- Présents :\n- 5 jusqu'à 18 h 42\n"
        "- 4 à partir de 18h43\n"
    )
    for given in as_written_and_flat(text):
        extract = qpparse.parse(given)
        present = extract.attendance.present
        assert [(p.name, p.civility, p.commune) for p in present] == [
            ("Paul ROUX", "M.", None),
            ("Zoé BRUN", "Mme", None),
            ("Léa GRIS", "Mme", None),
            ("Luc PONS", "M.", None),
            ("Marc FAURE", "M.", None),
        ], given
        assert "quitte la séance à 18h38" in present[2].notes, given
        assert extract.session.counts.present == 5, given


def test_proxies_after_a_colon_each_led_by_an_abbreviation_with_its_full_stop() -> None:
    """« Mme. ROUX Zoé : procuration à BRUN Paul Mme. GRIS Léa : procuration à PONS Luc »: the
    given name before the colon is no commune; the second « Mme. » starts the next member."""
    text = (
        "Séance du 24 octobre 2014\nPrésents: MM. BRUN Paul, PONS Luc.\nAbsents excusés:\n"
        "Mme. ROUX Zoé : procuration à BRUN Paul Mme. GRIS Léa : procuration à PONS Luc Absent :\n"
        "M. FAURE Marc\n"
    )
    for given in as_written_and_flat(text):
        lists = qpparse.parse(given).attendance
        assert _pairs(lists.represented) == [
            ("Zoé ROUX", "Paul BRUN"),
            ("Léa GRIS", "Luc PONS"),
        ], given
        assert lists.excused == [], given
        assert [p.name for p in lists.absent] == ["Marc FAURE"], given


def test_grouped_civilities_joining_family_names_by_et_and_a_formula_inside_the_list() -> None:
    """« Présents : M. ROUX, Maire MM. Les Conseillers municipaux et Mmes Les Conseillères
    Municipales en exercice : MM. BRUN et GRIS Mme FAURE MM. PONS et MARTIN Mme NOIR »: the
    formula names no member; a family name in capitals before the next civility follows
    « et », no commune (the list opens with a member, not with a commune)."""
    text = (
        "Séance du 22 juillet 2016\nPrésents : M. ROUX, Maire MM. Les Conseillers municipaux "
        "et Mmes Les Conseillères Municipales en exercice : MM. BRUN et GRIS Mme FAURE MM. PONS "
        "et MARTIN Mme NOIR MM. LAUZE et VIDAL.\n"
    )
    for given in as_written_and_flat(text):
        present = qpparse.parse(given).attendance.present
        assert [(p.name, p.commune) for p in present] == [
            ("ROUX", None),
            ("BRUN", None),
            ("GRIS", None),
            ("FAURE", None),
            ("PONS", None),
            ("MARTIN", None),
            ("NOIR", None),
            ("LAUZE", None),
            ("VIDAL", None),
        ], given


def test_a_table_of_members_and_their_bodies_whose_columns_ran_together() -> None:
    """« Commune de Lauzac M. ROUX Paul Association des Maires de la Vienne M. BRUN Luc Union
    … »: each member written civility, family name in capitals, given name; the bodies' words
    are kept unread, never part of a name."""
    text = (
        "Réunion de la commission locale du 15 février 2018\nEtaient présents lors de la "
        "réunion :\nNom Organisme Syndicat mixte de la Lauze, Président de la Commission M. ROUX "
        "Paul SAGE M. BRUN Luc Union des Maires de la Vienne - Commune de Lauzac Mme GRIS Léa "
        "Association des Maires de la Vienne – Commune d’Arvin M. de la VERNÈDE Marc Association "
        "des Maires de la Vienne – Commune de M. PONS Jean-Luc Conseil départemental de la Vienne\n"
        "Absents excusés : Mme FAURE Inès, M. NOIR Yves.\n"
    )
    for given in as_written_and_flat(text):
        extract = qpparse.parse(given)
        lists = extract.attendance
        assert [p.name for p in lists.present] == [
            "Paul ROUX",
            "Luc BRUN",
            "Léa GRIS",
            "Marc de la VERNÈDE",
            "Jean-Luc PONS",
        ], given
        assert [p.name for p in lists.excused] == ["Inès FAURE", "Yves NOIR"], given
        assert any("Association des Maires" in kept.text for kept in extract.unrecognised)


def test_the_delegates_of_the_communes_after_the_count_box_are_present() -> None:
    """« En exercice 40 … Présents 40 Pouvoirs 00 Votants 40 / Délégués des communes : -M. Paul
    ROUX -Mme Anne NOIR … »: the delegates who sit, named after the count box."""
    text = (
        "Le Conseil Communautaire s'est réuni le 22 juin 2020.\nEn exercice 3 Présents 3 "
        "Pouvoirs 00 Votants 3\nDélégués des communes : -M. Paul ROUX -Mme Anne NOIR "
        "-M. Luc PONS\nMme Anne NOIR est élue secrétaire de séance.\n"
    )
    for given in as_written_and_flat(text):
        lists = qpparse.parse(given).attendance
        assert [p.name for p in lists.present] == ["Paul ROUX", "Anne NOIR", "Luc PONS"], given


@pytest.mark.parametrize("secretary", ["Lise GRIS est élue", "Lise GRIS a été désignée comme"])
def test_a_secretary_named_without_civility_ends_the_list_before(secretary: str) -> None:
    """« … a donné procuration à Marc X Odile Y est élue secrétaire de séance. »: the
    secretary's sentence, a given name and a family name with no civility, is no holder's."""
    text = (
        "Conseil municipal du 3 mai 2016\nPrésents : Paul ROUX, Anne NOIR, Luc PONS\n"
        "Absents ayant donné procuration : Hugo BRUN a donné procuration à Luc PONS Marc VIDAL "
        f"a donné procuration à Anne NOIR\n{secretary} secrétaire de séance.\n1) Finances\n"
    )
    for given in as_written_and_flat(text):
        extract = qpparse.parse(given)
        assert [
            (p.member.name, p.holder and p.holder.name) for p in extract.attendance.represented
        ] == [
            ("Hugo BRUN", "Luc PONS"),
            ("Marc VIDAL", "Anne NOIR"),
        ], given
        assert extract.session.secretary is not None
        assert extract.session.secretary.name == "Lise GRIS", given


def test_communes_in_capitals_between_members_each_led_by_a_dash_and_a_civility() -> None:
    """« LAUZAC -M.Paul ROUX -Mme Anne NOIR -M. Luc PONS ARVIN SAINT-ORVANNE -Mme Léa GRIS … »:
    the list opens with a commune's name in capitals; a member's family name is one word in
    capitals (with its particles), the capitals after it the next communes' names."""
    text = (
        "Le Conseil Communautaire s'est réuni le 22 juin 2020.\nEn exercice 6 Présents 6 "
        "Pouvoirs 00 Votants 6\nDélégués des communes : LAUZAC -M.Paul ROUX -Mme Anne NOIR "
        "-M. Luc PONS ARVIN SAINT-ORVANNE -Mme Léa GRIS -M. Marc DE LA TOUR BRESSY -M. Yves "
        "VIDAL -Mme Zoé BRUN\nMme Anne NOIR est élue secrétaire de séance.\n"
    )
    for given in as_written_and_flat(text):
        present = qpparse.parse(given).attendance.present
        assert [(p.name, p.commune) for p in present] == [
            ("Paul ROUX", "LAUZAC"),
            ("Anne NOIR", "LAUZAC"),
            ("Luc PONS", "LAUZAC"),
            ("Léa GRIS", "ARVIN SAINT-ORVANNE"),
            ("Marc DE LA TOUR", "ARVIN SAINT-ORVANNE"),
            ("Yves VIDAL", "BRESSY"),
            ("Zoé BRUN", "BRESSY"),
        ], given


def test_the_members_attending_this_meeting_in_groups_with_their_headings() -> None:
    """« ASSISTAIENT A CETTE REUNION : Membres titulaires Représentants du Département de la
    Lauze • Monsieur X … Représentants des Communes • Monsieur Y … Participaient également à
    cette réunion : … »: the groups' headings are no members, the staff after are not either,
    a page's number (inside the text once flattened) is no part of a name, and a list the text
    stops in leaves its last civility alone."""
    text = (
        "Le Comité Syndical s'est réuni le lundi 6 mai 2019 sous la Présidence de Monsieur Paul "
        "ROUX.\nASSISTAIENT A CETTE REUNION :\nMembres titulaires\nReprésentants du "
        "Département de la Lauze\n•\n•\nMonsieur Paul ROUX\nMonsieur Luc PONS\nReprésentants "
        "des Communes\n•\n•\nMadame Anne NOIR\nMonsieur Marc GRIS\nMembres suppléants\n"
        "Représentants des Communes\n• Monsieur Yves VIDAL\n1/25\nParticipaient également à cette "
        "réunion :\n•\nMadame Zoé FAURE\nABSENTS EXCUSES :\n• Monsieur Léo BRUN\n• Monsieur"
    )
    for given in as_written_and_flat(text):
        lists = qpparse.parse(given).attendance
        assert [p.name for p in lists.present] == [
            "Paul ROUX",
            "Luc PONS",
            "Anne NOIR",
            "Marc GRIS",
            "Yves VIDAL",
        ], given
        assert [p.name for p in lists.non_voting] == ["Zoé FAURE"], given
        assert [p.name for p in lists.excused] == ["Léo BRUN"], given


def test_words_after_et_in_a_description_are_no_member_where_civilities_lead() -> None:
    """« - Monsieur Paul ROUX, Délégué de Bressy et Lauzac du Bois - … »: where each member has a
    civility and a family name in capitals, words with neither after « et » or « & » are more
    of the description; a member in capitals after « et » is still one."""
    text = (
        "Séance du 5 mars 2016\nMEMBRES PRÉSENTS\n- Monsieur Paul ROUX, Délégué de Bressy et "
        "Lauzac du Bois - Madame Anne NOIR, Déléguée de la Communauté de communes Val "
        "d'Orvanne & Trois Lacs - Monsieur Luc PONS, Délégué de Lauzac et GRIS Marc\n"
        "MEMBRES EXCUSÉS\n"
    )
    for given in as_written_and_flat(text):
        present = qpparse.parse(given).attendance.present
        assert [p.name for p in present] == ["Paul ROUX", "Anne NOIR", "Luc PONS", "Marc GRIS"]
    mixed = "Séance du 5 mars 2016\nPrésents : Monsieur Paul Roux, Madame Anne Noir et Luc Pons\n"
    for given in as_written_and_flat(mixed):
        present = qpparse.parse(given).attendance.present
        assert [p.name for p in present] == ["Paul Roux", "Anne Noir", "Luc Pons"]


def test_proxies_and_those_absent_under_headings_without_colon_or_with_non() -> None:
    """« Absents représentés par procuration Alain X à Alain Y René Z à … Absents et non
    représentés : Eric W Paul V »: the whole headings, then their lists."""
    text = (
        "SEANCE DU CONSEIL MUNICIPAL DU 26 MARS 2013 Présents Paul ROUX, Maire ; Anne NOIR, "
        "Luc PONS, Conseillers Municipaux. Absents représentés par procuration Alain FAURE à "
        "Anne NOIR René SOL à Luc PONS Absents et non représentés : Eric GRIS Marie-Thérèse "
        "BRUN Monsieur le Maire ouvre la séance à 20 heures."
    )
    for given in as_written_and_flat(text):
        lists = qpparse.parse(given).attendance
        assert [_proxy(p) for p in lists.represented] == [
            "Alain FAURE -> Anne NOIR",
            "René SOL -> Luc PONS",
        ], given
        assert [p.name for p in lists.absent] == ["Eric GRIS", "Marie-Thérèse BRUN"], given


def test_a_member_before_a_colon_ends_a_group_whose_next_commune_was_lost() -> None:
    """« ARVIN : Hubert ROUX, Brigitte GRIS : Coralie BRUN : Éric PONS LAUZAC : … », « LAUZAC :
    Monsieur James FAURE : Madame Anne NOIR »: a member (after their group's prefix or not)
    then a colon then a member is no commune's prefix; the members after it sit for a commune
    the text lost."""
    text = (
        "Séance du 3 mars 2020\nÉtaient présents (9)\nARVIN : Hubert ROUX, Brigitte GRIS : "
        "Coralie BRUN : Éric PONS LAUZAC : Monsieur James FAURE : Madame Anne NOIR BRESSY : "
        "Madame Léa VIDAL, PRADES D'ARVIN: Roger LUC : Mme Zoé MAS\nExcusés : M. SOL"
    )
    for given in as_written_and_flat(text):
        present = qpparse.parse(given).attendance.present
        assert [(p.name, p.commune) for p in present] == [
            ("Hubert ROUX", "ARVIN"),
            ("Brigitte GRIS", "ARVIN"),
            ("Coralie BRUN", None),
            ("Éric PONS", None),
            ("James FAURE", "LAUZAC"),
            ("Anne NOIR", None),
            ("Léa VIDAL", "BRESSY"),
            ("Roger LUC", "PRADES D'ARVIN"),
            ("Zoé MAS", None),
        ], given
