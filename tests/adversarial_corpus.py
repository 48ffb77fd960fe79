"""The adversarial corpus of issue 6: inputs built to make a parser hang, generated on demand.

Shared by ``tests/test_adversarial.py`` (each case must give a model or a clean error) and
``benchmarks/adversarial.py`` (each case is timed, the target being 2 s). It lives beside the
tests rather than in the package: it is test data, it must not ship in the wheel, and the tests
import it the way they import ``conftest`` (``tests/`` is on ``sys.path`` under pytest); the
benchmark puts ``tests/`` on ``sys.path`` itself.

Nothing is committed as a big file: each case is a function that builds its text when called.
Most cases are put inside the seed, at the place the parser would read them (the attendance list,
the visas, the articles), so that they reach the extractors and not only the segmenter; the
per-pattern cases (:data:`PATTERN_CASES`) give every compiled pattern of ``lexicon.py`` the input
that makes it work hardest: long runs that almost match, overlapping alternatives, a quantifier
that has to give back what it took.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SEED = (
    Path(__file__).resolve().parent.parent
    / "samples"
    / "valid"
    / "amp-bureau-2022-03-10-quartiers-productifs.txt"
)
MEGABYTE = 1_000_000

# Lines of the seed (1-based, as an editor shows them) where hostile text is put.
PRESENT_LIST = 11  # « Martial ALVAREZ - Christian AMIRATY - … »
PROXY_LIST = 15  # « Roland GIBERTI représenté par Gerard GAZAY - … »
REPORT = 31  # a paragraph of the report
VISAS = 53  # « - Le Code Général des Collectivités Territoriales ; »
ARTICLE = 76  # the text of « Article 1 : »
VOTE = 82  # « Cette proposition mise aux voix est adoptée »
OPENING = 7  # « Madame Martine VASSAL, Présidente …, a ouvert la séance à laquelle … »


@dataclass(frozen=True, slots=True)
class Case:
    """One adversarial input: a name for reports and a function that builds its text."""

    name: str
    make: Callable[[], str]


def seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").split("\n")


def in_seed(line: int, text: str) -> str:
    """The seed with line ``line`` replaced by ``text`` (which may hold several lines)."""
    lines = seed_lines()
    lines[line - 1] = text
    return "\n".join(lines)


def after_seed_line(line: int, text: str) -> str:
    """The seed with ``text`` inserted after line ``line``, the seed's own lines kept."""
    lines = seed_lines()
    lines.insert(line, text)
    return "\n".join(lines)


def _placements(text: str, *places: str) -> list[tuple[str, Callable[[], str]]]:
    """``text`` at each of ``places``, where the reader of that part meets it."""
    builders: dict[str, Callable[[], str]] = {
        "alone": lambda: text,
        "upper": text.upper,  # some patterns read the text as written, not folded
        "present-list": lambda: in_seed(PRESENT_LIST, text),
        "opening": lambda: in_seed(OPENING, f"{seed_lines()[OPENING - 1]} {text}"),
        "visa": lambda: in_seed(VISAS, f"- {text} ;"),
        "article": lambda: in_seed(ARTICLE, text),
        "vote": lambda: in_seed(VOTE, f"Cette proposition mise aux voix est adoptée {text}"),
    }
    return [(place, builders[place]) for place in places]


def _names(count: int) -> list[str]:
    return [f"Prénom{index} NOM{chr(65 + index % 26)}{index}" for index in range(count)]


def _shapes() -> dict[str, str]:
    """The hostile lines of the issue, each put alone, in a list of names and in a visa."""
    return {
        "1mb-line-prose": ("le conseil municipal de la commune a delibere " * 22_000)[:MEGABYTE],
        "1mb-line-letters": "a" * MEGABYTE,
        "1mb-line-wide-spaces": "x" + "\u3000" * MEGABYTE + "x",
        "100k-dash-separators": "Paul MARTIN" + " - " * 100_000 + "Lucie ROUX",
        "100k-dashes": "-" * 100_000,
        "10k-nested-parentheses-name": "Paul MARTIN " + "(" * 10_000 + "Maire" + ")" * 10_000,
        "10k-nested-parentheses-proxy": (
            "Roland GIBERTI (pouvoir à " + "(" * 10_000 + "M. Paul MARTIN" + ")" * 10_001
        ),
        "10k-open-parentheses": "Paul MARTIN " + "(" * 10_000,
        "100k-capitals-name": "M. " + "A" * 100_000,
        "100k-capitals": "A" * 100_000,
        "100k-stars": "*" * 100_000,
        "100k-stars-spaced": "* " * 50_000,
        "100k-less-than": "<" * 100_000,
        "100k-squares": "■" * 100_000,
        "html-nested-50k": "<b>" * 50_000 + "texte" + "</b>" * 50_000,
        "html-unclosed-tags": "<div class=x " * 20_000,
        "markdown-nested-50k": "**" * 50_000 + "texte" + "**" * 50_000,
        "markdown-emphasis-runs": " *a" * 100_000,
        "markdown-unclosed": ("*" + "x" * 499 + " ") * 2_000,
        "letter-spaced-100k": " ".join("VILLE" * 20_000),
    }


def _placed() -> list[Case]:
    return [
        Case(f"{shape}/{where}", make)
        for shape, text in _shapes().items()
        for where, make in _placements(text, "alone", "present-list", "visa")
    ]


HEADER = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU DE LA MÉTROPOLE AIX-MARSEILLE-PROVENCE"
# One deliberation in five lines: a bundle of these is one record per deliberation.
RECORD = [
    HEADER,
    "Séance du jeudi 10 mars 2022",
    "Délibère",
    "Article 1 : x",
    "Adopté à l'unanimité.",
]


def _lines(line: str, count: int) -> str:
    return "\n".join([line] * count)


def _documents(scale: int) -> list[Case]:
    """Whole-document shapes: many lines of one kind. ``scale`` divides the heaviest counts."""
    names, visas = 100_000 // scale, 50_000 // scale
    return [
        Case("100k-dash-separators/proxy-list", lambda: in_seed(PROXY_LIST, " - " * 100_000)),
        Case("100k-names/one-line", lambda: in_seed(PRESENT_LIST, " - ".join(_names(names)))),
        Case("100k-names/one-per-line", lambda: in_seed(PRESENT_LIST, "\n".join(_names(names)))),
        Case(
            "100k-names/proxies",
            lambda: in_seed(
                PROXY_LIST, " - ".join(f"{name} représenté par M. X" for name in _names(names))
            ),
        ),
        Case(
            "100k-names/proxy-holders",  # each holder takes the member before back out of a list
            lambda: in_seed(
                PRESENT_LIST, " - ".join(f"{name}, pouvoir à M. X" for name in _names(names))
            ),
        ),
        Case("50k-vu-lines/visas", lambda: in_seed(VISAS, _lines("Vu la loi n° 2014-58 ;", visas))),
        Case("50k-vu-lines/alone", lambda: _lines("Vu le code ;", visas)),
        Case("50k-vu-headings", lambda: _lines("Vu", visas)),
        Case(
            "50k-vu-wrapped-items", lambda: in_seed(VISAS, "- Le Code\n" + _lines("suite", visas))
        ),
        Case("50k-considerants", lambda: after_seed_line(66, _lines("Considérant que x ;", visas))),
        Case(
            "10k-articles",
            lambda: in_seed(
                ARTICLE, "\n".join(f"Article {n % 999} : texte" for n in range(10_000))
            ),
        ),
        Case("10k-articles/alone", lambda: "\n".join(f"Article {n} :" for n in range(10_000))),
        Case("10k-dash-items", lambda: in_seed(ARTICLE, _lines("- d'approuver", 10_000))),
        Case("10k-wrapped-article-lines", lambda: in_seed(ARTICLE, _lines("suite", 10_000))),
        Case("10k-headers", lambda: _lines(HEADER, 10_000)),
        Case("10k-headers/seed", lambda: after_seed_line(3, _lines(HEADER, 10_000))),
        Case(
            "10k-attendance-headings",
            lambda: in_seed(
                PRESENT_LIST, _lines("Etaient présents Mesdames et Messieurs :", 10_000)
            ),
        ),
        Case("2k-records", lambda: "\n".join(RECORD * 2_000)),
        Case("10k-page-numbers", lambda: "\n".join(f"Page {n} sur 10000" for n in range(10_000))),
        Case(
            "10k-running-headers",
            lambda: _lines("Bureau de la Métropole - 10 mars 2022\n1", 10_000),
        ),
        Case("10k-signatures", lambda: after_seed_line(84, _lines("Certifié Conforme,", 10_000))),
        Case(
            "10k-vote-lines", lambda: in_seed(VOTE, _lines("Cette proposition est adoptée", 10_000))
        ),
        Case("50k-blank-lines", lambda: "\n" * 50_000 + "Vu"),
        Case("100k-carriage-returns", lambda: "\r" * 100_000 + "Vu"),
        Case("1mb-report-paragraph", lambda: in_seed(REPORT, "Les quartiers " * 70_000)),
    ]


# Per pattern of lexicon.py: the input that makes it work hardest. Each name is the pattern's.
# Folded text is what most patterns see, so the texts are written folded (lower case, no accent).
PATTERN_TEXTS: dict[str, str] = {
    "INVISIBLE_SPACES": "\u00a0" * 100_000,
    "RUNS_OF_SPACES": "a" + " " * 100_000 + "a",
    "RESIDUE_REPAIRS[html-br]": "<br" + "   " + "<br  " * 30_000,
    "RESIDUE_REPAIRS[html-tag]": "<a " + "x" * 199 + "<a " * 30_000,
    "RESIDUE_REPAIRS[markdown-bold]": "*" * 100_001,
    "RESIDUE_REPAIRS[markdown-emphasis]": (" *" + "a" * 498 + " ") * 200,
    "RESIDUE_REPAIRS[bullet]": " " * 100_000 + "■",
    "RESIDUE_REPAIRS[apostrophe]": "l " * 50_000,
    "GLUED_WORDS": "aMonsieu" * 12_000 + "aMonsieur",
    "GLUED_WORDS[number]": "1Ab" * 30_000,
    "GLUED_WORDS[capitals]": "AAAa" * 25_000 + "ABCDef",
    "LETTER_SPACED_WORD": " ".join("A" * 100_000),
    "WORD_GAP": " ".join("A" * 200) + "  " + " ".join("A" * 200),
    "NUMBER_WORDS_RE": "vingt-" * 20_000 + "x",
    "NUMBER_WORDS_RE[alternatives]": "vingts et " * 20_000,
    "HEADER": "extrait du registre des " * 10_000,
    "SESSION_DATE": "conseil " + "a " * 50_000,
    "SESSION_DATE[long-word]": "conseil " + "a" * 100_000,
    "OPENING": "a ouvert la " * 20_000,
    "SECRETARY": "secretaire de " * 20_000,
    "SECRETARY_LEAD": "secretaire de la seance" + " " * 100_000,
    "SECRETARY_TAIL": "x" + "\u3000" * 100_000 + "x",
    "SECRETARY_TAIL[near-miss]": " a ete " * 20_000,
    "CONVOCATION": "date de la " * 20_000,
    "PROPOSAL": "a propose au " * 20_000,
    "PROPOSER": "soumet au " * 20_000,
    "PROPOSER[lead]": "monsieur le maire " + "x " * 60 + "expos" * 20_000,
    "CONCLUSION": "telles sont les " * 20_000,
    "BODY_DECLARATION": "le conseil " + "x" * 150 + "," * 100_000,
    "VISA_LINE": "vu" + "\u3000" * 100_000,
    "REPORT_HEARD": "ou il le " * 20_000,
    "DECISION": "la " + "x " * 50_000 + ", apres en avoir",
    "DECISION[words]": "le " + "a" * 100_000 + " b c d , apres",
    "DECISION[heard]": "apres avoir entendu " + "x " * 50_000 + "et en avoir",
    "DECISION[heard-twice]": "ayant entendu et " * 20_000,
    "ARTICLE": "article 1" + " " * 3 + "er" * 50_000,
    "VOTE": "mise aux " * 20_000,
    "VOTE[unanimity]": "a l'unanimit" * 20_000,
    "SIGNATURE": "fait a " + "x" * 59 + " le" * 30_000,
    "SENTENCE_END": ". " * 50_000 + "x",
    "DANGLING_END": " de" * 50_000 + "x",
    "SENTENCE_START": "madame" * 20_000,
    "PAGE_NUMBER": "page 1 sur " * 20_000,
    "ACTES_ID": "id : 042-214200419-20200615-" + "a" * 100_000,
    "STAMP": "recu au " * 20_000,
    "GLUED_STAMP": " signe l" * 20_000,
    "ATTENDANCE_HEADINGS[represented]": "etaient absents et " + "excuses " * 20_000,
    "ATTENDANCE_HEADINGS[excused]": "absents excuses" + " " * 39 + "x" * 100_000,
    "ATTENDANCE_HEADINGS[letter-spaced]": "a b s e n t s" + " " * 100_000,
    "ATTENDANCE_HEADINGS[inclusive]": "absent(es)/excuse(es) " * 10_000 + "representee(e)s",
    "ATTENDANCE_HEADINGS[present]": "conseillers " + "a " * 50_000 + "presents",
    "ATTENDANCE_HEADINGS[holders]": "etaient porteurs d'un " + "pouvoirs " * 20_000 + "1",
    "ATTENDANCE_HEADINGS[of-whom]": "dont (1) presents" + " " * 100_000 + "avec",
    "ATTENDANCE_HEADINGS[table]": "civilite nom prenom " + "commune " * 20_000 + "x",
    "ATTENDANCE_HEADINGS[proxy-sentence]": "m. " + "jean " * 40_000 + "a donne pouvoir",
    "PROXY_SENTENCE": "mme " + "a. " * 40_000 + "qui donne procuration",
    "DAY_ENDED_NUMBER": "1/" * 50_000 + "x",
    "SENTENCE_AFTER_NAME": ". " * 50_000 + "Lex",
    "SENTENCE_BODY_AUTHORITY[verb]": "le conseil de la commune" + " s" * 50_000 + "'",
    "GIVER_DE": "de " + "x " * 60 + "a " * 50_000,
    "SUBSTITUTES_HEADING": "representes par leurs" + " " * 100_000 + "x",
    "REPRESENTED_BY": "m. x " * 20_000 + "representee par",
    "NOBODY_THEN": "neant" + " " * 100_000,
    "MET_IN_NUMBER": "reunis au nombre de" + " " * 100_000 + "x",
    "HEADING_TAIL[outre]": ", outre " + "le " * 40_000 + "maire",
    "NUMBER_AT_END": " 1" * 50_000 + "x",
    "PRESENT_OF_OFFICE[in-office]": "presents 1 membres sur 1" + " " * 100_000 + "x",
    "HEADING_TAIL[qualified]": "a l'ouverture de la" + " " * 100_000 + "seance",
    "ATTENDANCE_HEADINGS[members-represented]": "membres " + "titulaires " * 20_000 + "representes",
    "ATTENDANCE_HEADINGS[with-article]": "les membres presents" + " sont" * 30_000 + " x",
    "ATTENDANCE_HEADINGS[delegates]": "delegues des communes :" + " m" * 50_000,
    "ATTENDANCE_HEADINGS[administrators]": "administrateurs " + "titulaires " * 20_000 + "presents",
    "COUNT_THEN_LIST[count-label]": "nombre de conseillers presents : 1 " + "x" * 100_000,
    "AFTER_LIST[president]": "president de seance" + " " * 100_000,
    "HOLDERS_HEADING": "porteurs " * 20_000 + "de",
    "RESPECTIVE_PROXIES": "qui ont donne donne donne " * 10_000 + "respectivement",
    "PROXY_FOR": "a " * 150 + "pour",
    "TRAILING_PAGE_NUMBER": "a" + " 1" * 50_000 + "x",
    "INITIAL_HOLDER": "A. B" + " C" * 50_000 + " 1",
    "ARRIVED_MEMBER": "m. " + "x " * 50_000 + "est",
    "INITIAL_HOLDER[word]": "A. B" + "-b" * 50_000 + "1",
    "PROXY_WORDS[status]": "representee " * 20_000 + "a.",
    "HEADING_TAIL": "mesdames et " * 20_000,
    "DATE": "jeudi 10 " * 20_000,
    "DATE[digits]": "1 " * 50_000 + "mars",
    "DATE[two-days]": "1 et " * 30_000 + "mars",
    "NUMERIC_DATE": "1/1/" * 25_000,
    "WORDS_DATE": "vingt-deux " * 20_000 + "mars",
    "YEAR_FIRST_DATE": "l'an deux mille " * 10_000,
    "TIME": "a dix-huit " * 20_000,
    "GLUED_TIME": "a 18h" * 20_000,
    "OPENING_COUNT": "ont ete presents vingt " * 10_000,
    "PRESIDED_BY": "presidence de " * 20_000,
    "CHAIR_ROLE": "presidente de la" + " " * 100_000,
    "PRESIDED_BY[commas]": ("presidence de " + "x" * 118 + ", " + "y" * 118 + "(") * 500,
    "PLACE": "s'est reuni a " * 20_000,
    "PLACE[session]": "s'est reunie en session " + "a" * 100_000,
    "COUNT_PAIR": "presents " + "." * 80 + " " * 3 + ":" * 100_000,
    "COUNT_PAIR[dash]": "presents : - " * 20_000 + "1",
    "COUNT_PAIR[labels]": "nombre de conseillers " * 10_000 + "en exercice",
    "COUNT_PAIR[prose-body]": "17 membres du conseil etant " * 10_000 + "x",
    "COUNT_PAIR[dots]": "presents" + "…" * 100_000,
    "COUNT_PAIR[note]": "votants (presents ou " * 10_000 + ")",
    "COUNT_PAIR[attended]": "nombre de membres qui assistaient " * 10_000,
    "COUNT_PAIR[est-de]": "le nombre de presents est de " * 10_000 + "x",
    "COUNT_PAIR[columns]": "en exercice " + "58 " * 30_000,
    "COUNT_PAIR[prose]": "12 conseillers municipaux sont " * 10_000 + "x",
    "PRESENT_OF_OFFICE": "presents : membres (" + " " * 100_000 + "1/",
    "SEPARATED_COUNT_BOX": "en exercice : " * 10_000 + "42 " * 10_000 + "/",
    "SEPARATED_COUNT_BOX[labels]": "a : " * 30_000 + "1",
    "COUNT_LABEL_START": "ayant " * 30_000,
    "DATE_LABEL": "date" * 30_000,
    "COUNT_LINE": "a partir d" * 20_000,
    "INLINE_CANDIDATE": " A" * 100_000,
    "INLINE_CANDIDATE[year]": ". 2019-" * 20_000,
    "INLINE_MARKER": " Vu le" * 20_000 + " Presents" * 20_000,
    "INLINE_MARKER[numbers]": " Deliberation n° 1/1/1/1" * 10_000,
    "INLINE_MARKER[dotted]": " N° 1.1" * 20_000,
    "COUNT_BOX_RUN": "presents : 1 " * 10_000 + "x" * 10_000,
    "WORD_CHARACTER": "- " * 100_000,
    "PROSE_BODY": "Conseil " * 20_000 + "municipal",
    "DATED_MEETING": "le " * 30_000 + "se sont reunis",
    "PROSE_BODY[meeting]": "reunion de " * 20_000 + "bureau",
    "PROSE_BODY[metropole]": "Conseil de " + "Lauze " * 30_000 + "Métropole",
    "PROSE_BODY[dated]": "Conseil du 1" * 20_000,
    "PROSE_AUTHORITY": "Commune de " + "Saint de " * 20_000,
    "PROSE_AUTHORITY[whole]": "Communauté de communes du " * 10_000 + "Val",
    "PROSE_AUTHORITY[named-before]": "Lauze " * 30_000 + "Métropole",
    "PROSE_AUTHORITY[acronym]": "SICTOM du secteur de " * 10_000 + "Val",
    "PROSE_AUTHORITY[kind-only]": "Centre de gestion " * 20_000,
    "PROSE_AUTHORITY[purpose]": "Syndicat mixte de " + "eaux de " * 15_000 + "Val",
    "PROSE_AUTHORITY[misspelt]": "Syndical " * 20_000 + "intercommunal",
    "PROSE_BODY[room]": "salle du " * 20_000 + "conseil municipal",
    "PROSE_ASSEMBLY": "assemblee " * 20_000 + "generale",
    "MEMBERS_MEET": "se sont reunis les delegues " * 5_000 + "des communes du ",
    "COUNCIL_OF": "conseil de " * 20_000 + "la ",
    "MEMBERS_BEFORE": "les membres du conseil " * 5_000 + "de la ",
    "CONVENED_AFTER": "x " * 50_000 + "convoque",
    "KIND_WORD": "communaut" * 20_000 + "e",
    "MEETS_AT_SEAT": "s'est reuni " + "a la " * 20_000 + "x",
    "RECUEIL_OF": " " * 100_000 + "x",
    "NAMED_BEFORE_KIND": "communaute de communes" + " " * 100_000 + "x",
    "TITLE_PART_BEFORE": " - " + " " * 100_000,
    "TITLE_PART_AFTER": " " * 100_000 + "x",
    "OFFICER_OF": "directrice du " * 20_000 + "x",
    "WELCOME": "Bienvenue à " + "Saint l '" * 20_000 + "x",
    "MAYOR_OF": "présidence de M. Paul, Maire de " * 5_000 + "Saint de " * 10_000,
    "SESSION_DATE_CONTEXT": "l an " * 20_000 + "seance du " * 20_000,
    "PRESIDENT_PROSE": "presidence de monsieur " + "x " * 50_000,
    "PRESIDENT_PROSE[ouverte]": "ouverte a " * 20_000 + "par",
    "PRESIDENT_PROSE[ouvre]": "m. x, maire " * 20_000 + "ouvre",
    "PRESIDENT_PROSE[no-role]": "mr " + "ab. " * 30_000 + ", ouvre",
    "OPENS_THE_SESSION": "simon lauzet, maire " * 10_000 + "ouvre",
    "OPENS_THE_SESSION[words]": "ab " * 50_000 + ", maire, ouvre",
    "NOT_A_PRESIDENT_WORD": "l" * 100_000,
    "OTHER_EVENT_DATE": "elus " * 20_000 + "x",
    "PRESIDED_BY_NAME": "sous la presidence de " + "x " * 50_000,
    "TRAILING_ROLE": " maire" * 50_000,
    "ALL_BUT": "tous les membres " + "x " * 50_000,
    "INLINE_NUMBER": "a 000-1/00/" * 20_000,
    "ITEM_HEADING": "1. A" + "x" * 100_000,
    "ITEM_HEADING[words]": "Dossier 12 " * 20_000,
    "ROUTINE_ITEM": "decisions " * 30_000,
    "SESSION_OPENING_ITEM": "ouverture de" + " " * 100_000 + "seance x",
    "MAYOR_ROLE": "le " * 50_000 + "maire",
    "MAYOR_OPENS": "monsieur le maire " * 20_000 + "ouvre la",
    "ROUTINE_ITEM[presentation]": "presentation " + "de " * 30_000 + "par",
    "CATEGORY_HEADING": "ABC " * 30_000,
    "ITEM_VOTE": "adopte " * 20_000 + "a l'unanimite",
    "ITEM_VOTE[reverse]": "a l'unanimite " * 20_000,
    "ITEM_VOTE[tally]": "pour : 1 " * 20_000 + "contre",
    "ITEM_VOTE[delibere]": "apres en avoir delibere, le " + "x " * 50_000 + ",",
    "ITEM_VOTE[decide]": "decide " * 20_000 + "a la",
    "TALLY_START": "pour" + " " * 100_000 + ":",
    "FIRST_ITEM_OUTCOME": ". adopte 2 " * 20_000,
    "FIRST_ITEM_OUTCOME[spaces]": ". adopte" + " " * 100_000 + "2",
    "DIGIT": "a" * 100_000,
    "GROUP_HEADING_BEFORE_NAME": "TITULAIRES" + " ABC" * 30_000,
    "GROUP_HEADING_BEFORE_NAME[particles]": "MEMBRES" + " DE" * 30_000 + " Ab",
    "AGENDA_HEADING": "ordre du jour " * 20_000,
    "AGENDA_HEADING[sommaire]": "compte rendu sommaire " * 20_000,
    "AGENDA_FIRST_MARKER": "ordre du jour : 1) " + "1 " * 50_000,
    "AGENDA_FIRST_MARKER[bullets]": "Sommaire " + "- " * 50_000 + "Tarifs",
    "AGENDA_MARKER": "Ordre du jour : 1) Tarifs" + " 1" * 50_000,
    "AGENDA_MARKER[bullet]": "Ordre du jour : ➢ Tarifs" + " ➢" * 50_000,
    "AGENDA_MARKER[roman]": "Sommaire I Tarifs" + " IVX -" * 30_000,
    "AGENDA_ENTRY_END": "Ordre du jour : 1) Tarifs" + " ." * 50_000,
    "AGENDA_ENTRY_TAIL": "Sommaire I Tarifs" + " ." * 50_000 + "x",
    "PAGE_NUMBER_TAIL": "Sommaire 1 Tarifs 2 2 Taxes 3 " * 10_000,
    "REQUESTED_ITEM": "1 tarifs " * 20_000 + ". il est",
    "REQUESTED_ITEM[lookbehind]": "n 1 " * 30_000,
    "REQUESTED_ITEM_OUTCOME": ". adopte 2 abstentions" * 10_000,
    "REQUESTED_ITEM_OUTCOME[spaces]": ". rejete" + " " * 100_000 + "2",
    "REPORTED_ITEM": (". A" + " Mme x" * 60) * 400,
    "REPORTED_ITEM[identifier]": ". " + "A1 " * 30_000,
    "REPORTED_ITEM[starts]": ". A" * 50_000,
    "AGENDA_COMMA": " ," * 50_000,
    "FIELD_THEN_SUB_ITEM": "A" + " A" * 50_000,
    "PERSON_IN_ENTRY": "M. " * 50_000,
    "NOTE_NAME": "Ab" + " Cd" * 50_000,
    "APPROVED_AFTER": " est lu et" * 20_000,
    "SECOND_PERSON": " et " * 30_000 + "x",
    "SECOND_PERSON[sentence]": " " * 100_000 + "monsieurx",
    "COUNT_BEFORE_HEADING": ". 1 " * 30_000 + "x",
    "MEETING_DATE_TIME": " " * 100_000 + "1",
    "DATE_ALONE": "1 " * 50_000 + "mars",
    "SECRETARY_WORD": "secretair" * 20_000,
    "RECUEIL_BEFORE_NUMBER": "recueils " * 20_000 + "x",
    "SECRETARY_AS_SUBJECT": "designation du " * 10_000 + "x",
    "OTHER_ACT_BEFORE_DATE": "convocation " + "a" * 100_000,
    "LEADING_HEADING_COUNT": "dont " * 30_000,
    "SECRETARY[named]": "a ete nommee secretaire " * 10_000,
    "SECRETARY[sentence]": "monsieur " + "marc " * 30_000 + "a ete nomme secretaire",
    "BRACKETED_COUNT_THEN_LIST": "procurations : (1) " + "a" * 50_000,
    "HEADING_BRACKETED_COUNT": "(" + " " * 100_000 + "1",
    "HEADING_BRACKETED_COUNT[colon]": "1" + " " * 100_000 + ":",
    "MISC_ITEM": "questions " * 30_000 + "diverses",
    "PROXY_AFTER_COLON": " " * 3 + "pouvoir " * 20_000,
    "TRAILING_REFERENCE": "1 " * 50_000 + "12345",
    "INLINE_AFTER_SENTENCE": "n° 1/" * 20_000,
    "INLINE_AFTER_SENTENCE[dcm]": "dcm 1/" * 20_000,
    "INLINE_AFTER_SENTENCE[bare]": "2019-12-1" * 20_000,
    "INLINE_AFTER_SENTENCE[letters]": "ab/12/1" * 20_000,
    "PREVIOUS_SESSION": "approbation " + "x " * 50_000,
    "MINUTES_WORD": "compte " * 50_000 + "rendu",
    "MINUTES_ITEM": "1) proces verbal " * 20_000 + "de la",
    "LONE_MARK": "x " * 100_000,
    "COMMUNE_LEAD_START": "a Pour " + "b " * 50_000 + "c",
    "LEADING_BULLET": "➢" + " " * 100_000 + "x",
    "TRAILING_COMMUNE": "AB de " + "CD sur " * 20_000 + "x",
    "COUNTED_PRESENT": "treize " * 20_000 + "membres sont",
    "SESSION_WORD": "seance" * 20_000,
    "BODY_OF_COMMUNE": " de " + "Saint de " * 20_000,
    "KIND_ONLY": "commune " * 20_000,
    "MEETS": "x " * 50_000 + "se sont reuni",
    "ROLE_WORD": "conseill" * 20_000,
    "HEADLESS_LIST": "mesdames " + "a" * 100_000,
    "HEADING_NOTE": "(" * 100_000,
    "CATEGORY_WORDS": "affaires " * 30_000,
    "BARE_COUNT": "1" * 100_000,
    "GLUED_DASH": "AB Cd- " * 20_000,
    "PRESENT_UNTIL": "jusqu'a " + "a " * 30_000 + "puis",
    "INITIAL_WORD": "A-" * 50_000 + ".",
    "RECEIVED_PROXY": "a recu pouvoir de " + "de " * 30_000,
    "ALSO_PRESENT": "egalement " * 30_000 + "present",
    "STAFF_ROLE": "chargee" + " " * 100_000 + "de",
    "STAFF_ROLE[word]": "collaborat" + "e" * 100_000 + "-",
    "BY_SUBSTITUTE": "son suppleant" + " " * 100_000 + "(e)",
    "TIMING_NOTE": " " * 100_000 + "arrivee",
    "TIMING_NOTE[present-tense]": "   arrive" + " " * 100_000 + "a",
    "AFTER_LIST": "apres appel " * 20_000 + "des",
    "GLUED_DASH[given-first]": "Ab ABC- " * 20_000 + "Ab",
    "NAME_SEPARATORS[majority]": " formant la majorite des membres" * 5_000 + " en",
    "GLUED_DASH[civility]": "AB -" * 30_000 + "Madam",
    "GLUED_DASH[civility-glued]": "AB -M." * 30_000 + "x",
    "GLUED_DASH[office]": "a.-" * 30_000 + " " * 50_000 + "x",
    "FULL_STOP_BETWEEN_FAMILIES": "AB. " * 30_000 + "A" * 100_000 + ". x",
    "FAMILY_FIRST_BEFORE": "AB Cd " * 20_000 + ",",
    "COUNT_THEN_LIST": "presents : 1 " + "x" * 100_000,
    "ENTITY_LEAD_START": "x" + " " * 100_000 + "COMMUNE DE ",
    "ENTITY_LEAD_START[sentence-case]": "x Commune de " + "a " * 50_000 + "x",
    "GROUP_HEADING_SPAN": "Membres de " * 20_000 + "x",
    "GROUP_HEADING_SPAN[long-word]": ("Représentants de " + "a" * 1_000 + " ") * 100 + "x",
    "TRAILING_CIVILITY": "a" + " " * 100_000 + "Monsieur x",
    "STAMP_DATE_LABEL": "date de" + " " * 100_000 + "x",
    "SPACED_COLON": "a" + " " * 100_000 + "x" + " :" * 20_000,
    "TRAILING_PAGE_OF_PAGES": "a" + " 1" * 50_000 + "/",
    "LIST_FORMULA": "mm. les conseillers" + " municipal" * 20_000 + "x",
    "ANCHORED_MEMBER": "M. " + "AB " * 40_000 + "x",
    "BODY_WORD": "associatio" * 20_000,
    "INLINE_BULLET": "a" + " " * 100_000 + "➢ " * 20_000,
    "ENTITY_LEAD_ALONE": "commune" + " " * 100_000 + "de",
    "COUNT_THEN_LIST[dashes]": "presents : 1 : " + "x -" * 30_000,
    "TABLE_COLUMNS": "nom prenom " + "commune " * 20_000 + "titulaire suppleant " * 10_000,
    "TABLE_ROW_START": " a *M." * 30_000 + "Mme",
    "TABLE_MARK": " pouvoir a " * 20_000 + "\na",
    "TABLE_MARK_WORD": " presente" * 20_000 + "s" * 100,
    "TABLE_MARK_CUT": "excusees " * 20_000 + "*mm",
    "TABLE_X_COLUMN": "presentes" * 20_000 + "s",
    "HEADING_COUNT": ": 1 " * 30_000 + "x",
    "NAME_LIST_SEPARATOR": "a" * 100_000,
    "COUNT_CHANGE_SCOPE": "a partir du point " + "1" * 100_000,
    "PLACE_END": " sous la " * 20_000,
    "OPENING_PRESIDENT": ("x" * 119 + ", " + "y" * 299 + ", ") * 200,
    "CIVILITY": "m" * 100_000,
    "GROUP_CIVILITY": "mm." * 30_000,
    "TITLE": "maitre" * 20_000,
    "INITIAL": "A." * 50_000 + "a",
    "FAMILY_DOT_INITIAL": "A" * 100_000 + ".",
    "GIVEN_WORD": "Aa-" * 30_000,
    "NAME_SEPARATORS": " " * 100_000 + "x",
    "NAME_SEPARATORS[dashes]": " -" * 50_000 + "x",
    "NAME_SEPARATORS[numbers]": " 1." * 30_000 + "1",
    "NAME_SEPARATORS[commas]": " ," * 50_000 + " et",
    "NAME_SEPARATORS[underscores]": " " * 50_000 + "_" * 50_000 + "x",
    "NAME_SEPARATORS[asterisks]": (" " + "*" * 1_000) * 100 + "x",
    "NAME_SEPARATORS[stray-stop]": ("ab" + " " * 1_000) * 100 + ".",
    "PARENTHESIS": "(" + "x" * 199 + "(" * 50_000,
    "NUMBERING": "1" * 100_000,
    "COMMUNE_PREFIX": "A" * 60 + " " * 100_000 + ":",
    "COMMUNE_PREFIX[commune]": "Commune de " + "x" * 100_000,
    "ROLE": "1er " * 30_000,
    "BY_ROLE": "le " * 30_000,
    "SUBSTITUTE": "en remplacement " * 10_000,
    "NOBODY": "neant" + " " * 100_000 + "x",
    "PROXY": "paul martin " * 30 + "(" * 4 + "pouvoir a " * 30 + "x",
    "PROXY_LEAD": "(pouvoir a " + "m. x " * 55,
    "PROXY_BARE": "a " * 150,
    "COMMUNES_HEADING": "des communes " * 20_000,
    "MEMBER_AFTER_COMMUNE": "a" * 80 + " (" + "M. " * 100 + "x" * 300,
    "MEMBER_AFTER_COMMUNE[spaces]": "(" + " " * 100_000 + ")",
    "PROXY_SCOPE": " (a partir d" + "x" * 120 + "(" * 100,
    "GLUED_CIVILITY": "ABC" * 30_000 + "M. ",
    "HYPHEN_SPACE": "a- " * 30_000,
    "ITEM_END": " " * 100_000 + "x",
    "LINE_END_HYPHEN": "a-" * 50_000 + " ",
    "LIST_END": " ." * 50_000 + "x",
    "METROPOLE_NUMBER": "A" * 100_000,
    "TERRITORY_NUMBER": "CT1-001/20 - " + "x" * 100_000,
    "CITY_NUMBER": "A01AB-" * 20_000,
    "COMMUNE_NUMBER": "deliberation n° 1/1" + "-1" * 30_000,
    "VALUE_RUN": "1 2 3 4 5 6 7 8 9 " * 20_000 + "/",
    "LABEL_GAP": " a b c" * 30_000 + " d",
    "COUNT_LABEL": "nombre de conseillers " * 20_000 + "en exercice",
    "COMMUNE_NUMBER[lettered]": "deliberation d" + "1" * 100_000,
    "INLINE_AFTER_SENTENCE[lettered]": "deliberation n° 1" * 20_000 + "d" + "1" * 50_000,
    "APPROVED_AFTER[submitted]": " est soumis a " * 20_000,
    "COMMUNE_NUMBER[dotted]": "deliberation n° 1.1" + ".1" * 30_000,
    "COMMUNE_NUMBER[bullet]": "- " * 50_000 + "n°",
    "BARE_NUMBER_TITLE": "2019-12-1" + "-1" * 50_000,
    "BARE_NUMBER_TITLE[dated]": "d." + "2021-05-03/" * 20_000,
    "BARE_NUMBER_TITLE[year-letters]": "2021_del" + "0" * 100_000,
    "INLINE_CANDIDATE[year-capitals]": " 2021_D" * 20_000,
    "BARE_NUMBER_TITLE[letters]": "dl/12/1" + "/1" * 50_000,
    "PARIS_NUMBER": "Délibération 2019 " * 20_000,
    "PARIS_NUMBER[letters]": "Délibération 2019 " + "A" * 100_000,
    "OTHER_NUMBER": "1" * 100_000,
    "TITLE_PREFIX": "objet" + " " * 100_000,
    # The joined patterns try each of their parts at the start of the line: a part's worst case.
    "ANY_START_MARKER[represented]": "etaient absents et " + "excuses " * 20_000,
    "ANY_START_MARKER[body]": "le conseil " + "x" * 150 + "," * 100_000,
    "ANY_START_MARKER[decision]": "la " + "x " * 50_000 + ", apres en avoir",
    "ANY_START_MARKER[article]": "article 1" + " " * 3 + "er" * 50_000,
    "PROPOSER_ANYWHERE": "soumet au " * 20_000,
    "PROPOSER_START": "monsieur le maire " + "x " * 60 + "expos" * 20_000,
    "OPENING_ANYWHERE": "a ouvert la " * 20_000,
    "OPENING_START": "l'an" + " " * 100_000 + "x",
    "VOTE_ANYWHERE": "mise aux " * 20_000,
    "VOTE_ANYWHERE[unanimity]": "a l'unanimit" * 20_000,
    "VOTE_START": "adoptee" + " " * 100_000 + "x",
    "ANY_FLOATING": "page 1 sur " * 20_000,
    "ANY_FLOATING[actes]": "id : 042-214200419-20200615-" + "a" * 100_000,
    "BODIES": "conseil " * 20_000,
    "AUTHORITIES": "communaute de " * 20_000,
    "AUTHORITY_LINE": "commune de " + "x" * 120 + "." * 100_000,
    "BODY_LINE": "le bureau " + "x" * 120 + "," * 100_000,
    "LETTERHEAD": "tel " * 30_000,
    "HEADER_BODY_AUTHORITY": "du conseil " + "a " * 50_000 + "de la",
    "HEADER_BODY_ONLY": "deliberations du " * 20_000,
    "SENTENCE_BODY_AUTHORITY": "le bureau " * 20_000 + "de la",
    "LETTERHEAD_BODY_AUTHORITY": "conseil " + "x " * 50_000 + "de la",
    "ADOPTED": "adopte" * 20_000,
    "REJECTED": "n'est pas " * 20_000,
    "UNANIMOUS": "unanimit" * 20_000,
    "VOTE_FOR": "vingt " * 20_000 + "voix",
    "VOTE_AGAINST": ": " * 50_000 + "3 contre",
    "VOTE_ABSTENTIONS": "vingt-deux " * 20_000 + "abstention",
    "NOT_VOTING_LEAD": "ne prend pas part au " * 10_000,
    "NOT_VOTING_TAIL": "\u3000" * 100_000 + "ne prend pas",
    "OPPOSING_NAMES": "contre (" * 20_000,
    "ABSTAINING_NAMES": "abstentions : 1 (" + "x" * 401 + "(" * 100,
    "VOTER_SEPARATORS": " " * 100_000 + ",",
    "BARE_NUMBER": "1" * 100_000,
    "CONCLUSIONS_HEARD": "entendues les " * 20_000,
    "CONSIDERANT_HEADING": "considerant" + " " * 100_000 + ":",
    "CONSIDERANT_LINE": "considerant" + "\u3000" * 100_000,
    "CONTENTS_ENTRY": "." * 100_000 + "x",
    "CONTENTS_ENTRY[spaced]": " ." * 50_000 + " 12 a",
    # The stream reading's patterns: runs that a backtracking engine would retry at every place.
    "CONTENTS_LEADER": "." * 100_000 + " x",
    "CONTENTS_LEADER[ellipsis]": "…" * 50_000 + "." * 50_000 + " 12345",
    "CONTENTS_OPENING": "Sommaire " * 20_000 + "  x",
    "ABBREVIATION_END": "(" + "a." * 50_000,
    "BULLET_BEFORE": ";" + " " * 3 + "-" * 100_000,
    "CITATION_HEADING": "vu" + " " * 100_000 + ":",
    "CITED_NUMBER_BEFORE": "deliberations " * 20_000 + "x",
    "HYPHEN_BREAK": "a-" * 50_000 + "1",
    "DECISION_ITEM_BULLET": "DECIDE" + " " * 100_000 + "x",
    "DECISION_ITEM_BULLET[dashes]": " -" * 50_000 + " x",
    "DECISION_OPENS": "le a , apres en avoir delibere " + "x " * 50_000 + ":",
    "OTHER_NUMBER_TOKEN": "AB 12/" + "1" * 100_000,
    "OTHER_NUMBERS": "1234 " * 20_000 + "x",
    "ITEM_BULLET": ":" + " " * 100_000 + "-x",
    "ITEM_HEADING_START": "a " + "1. " * 30_000 + "x",
    "ITEM_HEADING_START[roman]": "a " + "IIIII " * 20_000 + "x",
    "ITEM_NUMBER": "dossier " * 20_000 + "n° 12",
    "ITEM_TRAILING_NUMBER": " - " + "1/" * 50_000 + "x",
    "LEADING_REFERENCE": "AB 12/" + "1" * 100_000,
    "LETTERHEAD_START": "Conseil " * 20_000 + "de la x",
    "LINKED_BEFORE": "de " * 30_000 + "x",
    "NO_LOWER_CASE": "A" * 100_000 + "a",
    "NUMBER_BEFORE_ITEM": " 2019-" * 20_000 + "x",
    "NUMBER_SIGN": "n " * 50_000 + "x",
    "NUMBER_SIGN[letters]": "ab/12/" * 30_000,
    "TRAILING_HEADING": ". Aa " * 20_000 + "x",
    "TRAILING_HEADING[long]": ". A" + "a " * 50_000 + ".",
    "CAPITALS_HEADING_COLON": ". A" + "A " * 50_000 + "x",
    "DECIDES": "a " * 50_000 + "decide",
    "NUMBER_GOES_ON": "votants " * 20_000 + "x",
    "NUMBER_AFTER_TITLE": "a : 2019-1" * 20_000 + "x",
    "NUMBER_AFTER_TITLE[order/year]": "a 1/2019 " * 20_000 + "x",
    "NUMBER_ABOVE_LETTERHEAD": "2019-1 _ " * 20_000 + "commune",
    "NUMBER_FIELD": "n° deliberation 1" + "-1" * 30_000 + "/",
    "MEMBERS_AFTER_COMMUNE": "a (bc) " * 20_000 + "(",
    "MEMBERS_SEPARATOR": "(" * 100_000,
    "NEXT_LIST_ITEM": " " * 100_000 + ";",
    "TITLE_BEFORE_COLON": "a" * 100_000 + " :",
    "FULL_STOP_BEFORE_CAPITAL": "NOIR. " * 20_000 + "Mme. Le",
    "MIXED_CASE_WORD": "A" + "a-" * 50_000 + "1",
    "ATTENDED": "assistaient " + " " * 100_000 + "x",
    "COLON_COMMUNE": " " + "AB " * 30_000 + "A" * 50_000 + " x",
    "VOTE_TALLY": "pour 1 " * 20_000 + "contre x",
    "REPLACED_BY": "a " * 100 + "remplace par " * 10_000 + "(",
    "PAGE_NUMBER_WORD": "1" * 100_000,
    "MET_ON": "se sont reunis " + "a " * 50_000 + "le",
    "PERSON_AHEAD": "Jean " * 20_000 + "x",
    "PERSON_AHEAD[capitals]": "DURAND-" * 15_000 + " x",
    "PROPOSER_END": "rapport " * 20_000 + "suivant",
    "RAPPORTEUR": "rapporteur" + " " * 100_000 + "x",
    "ELIDED_WORD_START": "a" * 100_000,
    "ELISION_BEFORE_LOWER_CASE": "MARTIN " * 20_000 + "D",
    "ELISION_BEFORE_CAPITALS": "Jean-Paul " * 20_000 + "D",
    "ELISION_AT_LINE_START": "L " * 50_000,
    "CAPITAL_ELISIONS": "Jean-Paul L " * 20_000 + "a",
    "ELISION_END": "l'" * 50_000,
    "DIGIT_RUN": "1" * 100_000 + "x",
    "INLINE_PAGE_NUMBER": "page 1 sur " * 20_000 + "x",
    "INLINE_STAMP": "transmis en prefecture le " * 20_000 + "1/2/",
    "AGENDA_INSTALLATION": "installation " + "conseilz " * 50_000,
    "DELIBERATED": "apres en avoir " * 50_000 + "delibere",
    "BACK_REFERENCE": "celui-ci " * 50_000 + "x",
    "HEADING_AFTER_NAME": "Ab AB " + "AB " * 50_000 + "ab",
    "HEADING_FUNCTION_WORD": "D'" + "A" * 100_000,
    "HEADING_AFTER_NAME_SENTENCE_CASE": "Ab AB " * 30_000 + "Ab ab .",
    "COMMON_LOWER_WORD": " de" * 50_000 + " d",
    "MEMBER_NOTE_START": "1er" + " " * 100_000 + "x",
    "CIVILITY_INSIDE": " Mme" * 50_000 + "x",
    "CAPITALS_WORD": "ABCa" * 30_000,
    "SIGN_JUST_BEFORE": "n°" + " " * 100_000 + "x",
    "AGENDA_OPENS": "ordre du jour" * 20_000,
    "AGENDA_OPENS[number]": "ordre du jour " * 20_000 + "1",
    "AGENDA_OPENS[minutes]": "compte rendu de la " * 20_000,
    "DASHED_LIST": "m. " + "a" * 100_000,
    "TRAILING_STATE": "absente " * 20_000 + "x",
    "ORDINAL_BEFORE_ROLE": " 1" * 50_000 + "x",
    "STANDALONE_BULLET": " •" * 50_000,
    "BODY_AFTER_NAME": "AB " * 30_000 + "x",
    "PAGE_MARK_END": " (1)" * 30_000 + "x",
    "LABEL_AND_FIGURE": " :" + " " * 100_000 + "x",
    "SPACED_NUMBER": "1 - 2 - " * 30_000 + "x",
    "GIVERS_HEADING": "pouvoirs de" + " " * 100_000 + "x",
    "NESTED_FIRST_MARKER": "Ordre du jour : " + "a 1 " * 50_000 + "a 1. Tarifs",
    "WORD_RUN": "x" * 100_000 + " y",
    "REPORT_BULLET": ": " + " " * 100_000 + "- x",
    "SENTENCE_BREAK": "." + " " * 100_000 + "x",
    "SENTENCE_OPENER": "a " * 50_000 + "Compte    x",
    "SENTENCE_OPENER_START": "Compte" + " " * 100_000 + "x",
    "SIGNATURE_FORMULA": "fait a " + "x " * 30_000 + ", le 1",
    "SIGNATURE_FORMULA[published]": "publie " + "x" * 100_000,
    "TRAILING_DASH": " -" * 50_000 + "x",
    "CONTENTS_HEADING": "sommaire" + " " * 100_000,
    "DISPLAY_NOTICE": "conformement aux dispositions legales " + "affich" * 20_000,
    "EXCUSED_NOTE": "excuse" * 20_000,
    "SUB_LIST_HEADING": "dont " * 20_000,
    "LIST_TOTAL": " soit 12" * 20_000,
    "ITEM_START": "-" + " " * 100_000,
    "PROXY_WORDS": "pouvoirs donne " * 20_000,
    "PROXY_WORDS[note]": "(pouvoir " * 20_000 + "m.",
    "RECUEIL_NUMBER": "n° " + "1" * 100_000,
    "RECUEIL_TITLE": "recueil des " * 20_000,
    "SIGNED_AT": "fait a" + "\u3000" * 100_000,
    "VISA_HEADING": "vu" + " " * 100_000 + ":",
    "WORD_TAIL": "(" * 100_000 + "x",
}


# Where each pattern's reader meets a line; a pattern not listed meets the text alone (every line
# goes through normalisation and the segmenter's markers). The texts are written in the case the
# pattern reads: folded (lower case) for most, as written for numbers and names.
_PLACE_OF_PATTERN: dict[str, str] = {
    **dict.fromkeys(
        (
            "ATTENDANCE_HEADINGS", "HEADING_TAIL", "CIVILITY", "GROUP_CIVILITY", "TITLE",
            "INITIAL", "FAMILY_DOT_INITIAL", "GIVEN_WORD", "NAME_SEPARATORS", "PARENTHESIS",
            "NUMBERING", "COMMUNE_PREFIX", "ROLE", "BY_ROLE", "SUBSTITUTE", "NOBODY", "PROXY",
            "PROXY_LEAD", "PROXY_BARE", "PROXY_SCOPE", "PROXY_WORDS", "GLUED_CIVILITY",
            "HYPHEN_SPACE", "LINE_END_HYPHEN", "LIST_END", "EXCUSED_NOTE", "WORD_TAIL",
            "FULL_STOP_BETWEEN_FAMILIES", "INITIAL_WORD", "LONE_MARK", "FULL_STOP_BEFORE_CAPITAL",
            "MIXED_CASE_WORD", "ATTENDED", "COLON_COMMUNE", "REPLACED_BY", "PAGE_NUMBER_WORD",
            "COMMUNE_LEAD_START", "TRAILING_COMMUNE", "COUNTED_PRESENT", "GROUP_HEADING_SPAN",
            "TRAILING_CIVILITY", "TRAILING_PAGE_OF_PAGES", "SPACED_COLON", "SUB_LIST_HEADING",
            "LIST_TOTAL",
        ),
        "present-list",
    ),
    **dict.fromkeys(
        (
            "SESSION_DATE", "OPENING", "SECRETARY", "SECRETARY_LEAD", "SECRETARY_TAIL",
            "CONVOCATION", "NUMBER_WORDS_RE", "DATE", "NUMERIC_DATE", "WORDS_DATE",
            "YEAR_FIRST_DATE", "TIME", "GLUED_TIME", "OPENING_COUNT", "PRESIDED_BY", "PLACE",
            "PLACE_END", "COUNT_PAIR", "COUNT_LINE", "COUNT_CHANGE_SCOPE", "OPENING_PRESIDENT",
            "INLINE_CANDIDATE", "INLINE_MARKER", "COUNT_BOX_RUN", "WORD_CHARACTER", "PROSE_BODY",
            "PROSE_AUTHORITY", "SESSION_DATE_CONTEXT", "PRESIDENT_PROSE", "TRAILING_ROLE",
            "INLINE_NUMBER", "PRESENT_OF_OFFICE", "SEPARATED_COUNT_BOX", "OPENS_THE_SESSION",
            "PROSE_ASSEMBLY", "MEMBERS_MEET", "COUNCIL_OF", "MEETS_AT_SEAT", "MEMBERS_BEFORE",
            "CONVENED_AFTER", "MET_ON",
        ),
        "opening",
    ),
    **dict.fromkeys(
        (
            "VOTE", "ADOPTED", "REJECTED", "UNANIMOUS", "VOTE_FOR", "VOTE_AGAINST",
            "VOTE_ABSTENTIONS", "NOT_VOTING_LEAD", "NOT_VOTING_TAIL", "OPPOSING_NAMES",
            "ABSTAINING_NAMES", "VOTER_SEPARATORS", "VOTE_TALLY",
        ),
        "vote",
    ),
    **dict.fromkeys(("ARTICLE", "DECISION"), "article"),
}  # fmt: skip


def _pattern_cases() -> list[Case]:
    cases: list[Case] = []
    for name, text in PATTERN_TEXTS.items():
        place = _PLACE_OF_PATTERN.get(name.split("[")[0], "alone")
        cases.extend(
            Case(f"pattern:{name}/{where}", make) for where, make in _placements(text, place)
        )
    return cases


def all_cases(*, scale: int = 1) -> list[Case]:
    """Every case, in a stable order (their names are test ids).

    ``scale`` divides the counts of the heaviest whole-document cases (100,000 names, 50,000
    « Vu » lines): they are linear but slow, and the test suite has a time budget.
    """
    return [*_placed(), *_documents(scale), *_pattern_cases()]
