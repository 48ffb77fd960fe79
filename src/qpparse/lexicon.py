"""French vocabulary and regular expressions: the only home of the words qpparse reads.

Logic modules import names from here and never spell a French word themselves. Most patterns run
on *folded* text (:func:`qpparse.frenchtext.fold`: lower case, accents removed, typographic
apostrophes made straight, length unchanged), so that « Étaient », « ETAIENT » and « Etaient » are
one word and a match's offsets still point into the original line.

Every pattern is linear: no nested quantifiers, bounded repetitions where a line could be long.
"""

from __future__ import annotations

from typing import Final

import regex

Pattern = regex.Pattern[str]


def _compile(pattern: str) -> Pattern:
    return regex.compile(pattern, regex.VERSION1)


# --- Normalisation -------------------------------------------------------------------------------

# Spaces a PDF or a word processor leaves behind: NBSP, narrow NBSP, figure space, zero-width
# space, BOM, tabs. They all become a plain space.
INVISIBLE_SPACES: Final = _compile(r"[\t\u00a0\u202f\u2007\u2009\u200b\ufeff]")
RUNS_OF_SPACES: Final = _compile(r" {2,}")

# Residue of the HTML or Markdown a text went through on its way out of a PDF or a web page:
# (kind reported in ``repairs``, pattern, replacement). Applied in this order.
RESIDUE_REPAIRS: Final[tuple[tuple[str, Pattern, str], ...]] = (
    ("html", _compile(r"<br\s{0,3}/?>"), " "),
    ("html", _compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,200})?/?>"), ""),
    ("markdown", _compile(r"\*\*"), ""),
    ("markdown", _compile(r"(?<![\w*])\*(?=[^\s*])([^*]{1,500}?)(?<=[^\s*])\*(?![\w*])"), r"\1"),
    ("bullet", _compile(r"^\s*[■▪●•◆►➢]\s*"), ""),
)


# --- Line markers (run on folded text) -----------------------------------------------------------

HEADER: Final = _compile(r"^extraits?\s+d[eu]s?\s+registres?\s+des\s+deliberations?\b")
SESSION_DATE: Final = _compile(r"^seance\s+(?:publique\s+|ordinaire\s+)?du\b")
OPENING: Final = _compile(r"\ba\s+ouvert\s+la\s+seance\b")
PROPOSAL: Final = _compile(r"\ba\s+propose\s+au\b.{0,200}\bconclusions\b")
PROPOSER: Final = _compile(r"\bsoumet\s+au\b.{0,200}\brapport\s+suivant\b")
CONCLUSION: Final = _compile(r"^telles\s+sont\s+les\s+raisons\b")
# « Le Bureau de la Métropole Aix-Marseille-Provence, » on a line of its own, before the visas.
BODY_DECLARATION: Final = _compile(r"^(?:le|la)\s+(?:bureau|conseil|commission)\b[^.;:]{0,150},$")
VISA_HEADING: Final = _compile(r"^vu\s{0,3}:?$")
VISA_LINE: Final = _compile(r"^vu\s+\S")
# « Ouï le rapport ci-dessus », and the real misspelling « Où il le rapport ci-dessus ».
REPORT_HEARD: Final = _compile(r"^(?:oui|ou\s+il|entendu)\s+le\s+rapport\b")
CONCLUSIONS_HEARD: Final = _compile(r"^entendues?\s+les\s+conclusions\b")
CONSIDERANT_HEADING: Final = _compile(r"^considerant\s{0,3}:?$")
CONSIDERANT_LINE: Final = _compile(r"^considerant\s+\S")
DECISION: Final = _compile(
    r"^(?:(?:le\s+\w+\s*,\s*)?apres\s+en\s+avoir\s+delibere\b.{0,120}|"
    r"(?:delibere|decide|arrete|decident)\s{0,3}:?\s{0,3})$"
)
ARTICLE: Final = _compile(
    r"^article\s{1,3}(?P<number>\d{1,3}|premier|unique)(?:\s{0,2}(?:er|e|eme))?"
    r"\s{0,3}(?:[:.\-–—]\s{0,3}|$)(?P<rest>.*)$"
)
VOTE: Final = _compile(
    r"\bmise?\s+aux\s+voix\b|\ba\s+l'unanimite\b|"
    r"^(?:adoptee?s?|rejetee?s?|approuvee?s?)\s+(?:a\s+l'unanimite|par\b|a\s+la\s+majorite)|"
    r"^resultat\s+du\s+vote\b|\bvoix\s+pour\b"
)
SIGNATURE: Final = _compile(
    r"^(?:certifie\s+conforme|pour\s+extrait\s+conforme|ainsi\s+fait\s+et\s+delibere)\b"
)

# --- Attendance headings (folded) ----------------------------------------------------------------
# Checked in this order: « absents et représentés » must win over « absents ».
ATTENDANCE_HEADINGS: Final[tuple[tuple[str, Pattern], ...]] = (
    (
        "represented",
        _compile(
            r"^(?:(?:etaients?|etait)\s+)?(?:absents?|excuses?)(?:\s+et|\s*,)?\s+"
            r"(?:excuses?\s+)?(?:represente|ayant\s+donne\s+pouvoir)|"
            r"^(?:procurations?|pouvoirs?|depots?\s+de\s+pouvoirs?)\s{0,3}:|"
            r"^excuses\s+representes\s+par\s+pouvoir"
        ),
    ),
    (
        "excused",
        _compile(
            r"^(?:(?:etaients?|etait)\s+)?(?:absents?\s+(?:et\s+)?)?excuse(?:\(e\))?s?\b|"
            r"^s'etaient\s+fait\s+excuser"
        ),
    ),
    (
        "absent",
        _compile(r"^(?:(?:etaients?|etait)\s+)?absent(?:\(e\))?s?\b"),
    ),
    (
        "present",
        _compile(
            r"^(?:(?:etaients?|etait|sont)\s+)?present(?:\(e\))?s?\b|"
            r"^(?:conseillers|membres|delegues)(?:\s+\w+){0,2}\s+presents\b"
        ),
    ),
)
# The rest of a heading word the pattern stopped inside (« représenté|s », « excusé|e|s »).
WORD_TAIL: Final = _compile(r"^[\w()]*")
# The formula that follows a heading: « Mesdames et Messieurs : », « Mmes et MM. ».
HEADING_TAIL: Final = _compile(
    r"^(?:(?:mesdames|mmes|messieurs|mm\.?)\s*(?:et|,)?\s*)+:?\s*|^(?:au\s+moment\s+de\s+"
    r"l'appel\s+nominatif|en\s+debut\s+ou\s+en\s+cours\s+de\s+seance)\s*:?\s*"
)

# --- Session line --------------------------------------------------------------------------------

WEEKDAYS: Final = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS: Final = (
    "janvier", "fevrier", "mars", "avril", "mai", "juin",
    "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
)  # fmt: skip
DATE: Final = _compile(
    r"\b(?:(?P<weekday>" + "|".join(WEEKDAYS) + r")\s+)?"
    r"(?P<day>[0-3]?\d)(?:\s{0,2}(?:er|e))?\s+(?P<month>" + "|".join(MONTHS) + r")"
    r"\s+(?P<year>(?:19|20)\d{2})\b"
)
TIME: Final = _compile(r"\ba\s+(?P<hour>[0-2]?\d)\s{0,2}(?:h|heures?)\s{0,2}(?P<minute>[0-5]\d)?\b")
OPENING_COUNT: Final = _compile(r"\bont\s+ete\s+presents?\s+(?P<count>\d{1,4})\s+membres\b")
# « Madame Jeanne DURAND, Présidente de …, a ouvert la séance »: who, then their role.
OPENING_PRESIDENT: Final = _compile(r"^(?P<who>[^,]{3,120}),\s*(?P<role>.{3,300}?),\s*a\s+ouvert\b")

# --- Names ---------------------------------------------------------------------------------------

CIVILITIES: Final[dict[str, str]] = {
    "madame": "Mme",
    "mme": "Mme",
    "mademoiselle": "Mme",
    "mlle": "Mme",
    "monsieur": "M.",
    "m.": "M.",
    "m": "M.",
    "mr": "M.",
    "mr.": "M.",
}
CIVILITY: Final = _compile(r"^(?P<civility>madame|mademoiselle|monsieur|mme|mlle|mr\.?|m\.?)\s+")
# Particles that stay with the family name even when written in lower case (« de », « d' »).
PARTICLES: Final = frozenset({"de", "du", "des", "d'", "le", "la", "del", "della", "van", "von"})
INITIAL: Final = _compile(r"^\p{Lu}\.(?:-?\p{Lu}\.)*$")
# Separators between names in a one-paragraph attendance list.
NAME_SEPARATORS: Final = _compile(r"\s+[-–—]{1,2}\s+|\s*;\s*|\s*,\s*")
# « Paul MARTIN représenté par Lucie ROUX », « … (pouvoir à Mme Lucie ROUX) » (folded).
PROXY: Final = _compile(
    r"^(?P<member>.+?)\s*\(?\s*(?:,\s*)?(?:representee?s?\s+par|(?:a\s+)?donnee?\s+pouvoir\s+a|"
    r"pouvoir\s+(?:donne\s+)?a|procuration\s+a|delegation\s+de\s+vote\s+a|"
    r"\(mandat\)\s+a)\s+(?P<holder>[^()]+?)\s*\)?$"
)
# List items: « - Le Code général … ; » — the bullet and the list punctuation are not the text.
BULLETS: Final = ("- ", "– ", "— ", "• ", "* ", "-\t")
ITEM_START: Final = _compile(r"^[-–—•*]\s*")
ITEM_END: Final = _compile(r"\s*[;,.]$")
# A word cut at the end of a line by a hyphen (« Jean- » / « Pascal GOURNES »): the next line
# continues the same word, so the two are joined without a space.
LINE_END_HYPHEN: Final = _compile(r"\p{L}-$")
LIST_END: Final = _compile(r"[.;,\s]+$")

# --- Identification ------------------------------------------------------------------------------

# Métropole numbers: commission code, order, unique number, two-digit year, body (BM, CM, …).
METROPOLE_NUMBER: Final = _compile(
    r"^(?P<number>(?P<commission>\p{Lu}{1,6}\d?)[ -](?P<order>\d{3})-(?P<unique>\d{1,6})"
    r"/(?P<year>\d{2})/(?P<body>\p{Lu}{2,4}))$"
)
OTHER_NUMBER: Final = _compile(r"^\d{3,8}$")
TITLE_PREFIX: Final = _compile(r"^objet\s{0,3}:\s{0,3}")

# --- Header: authorities and bodies (folded) -----------------------------------------------------

# (kind slug, folded pattern, canonical name) for the deliberating body named in the header.
BODIES: Final[tuple[tuple[str, Pattern, str], ...]] = (
    ("conseil-de-territoire", _compile(r"\bconseil\s+de\s+territoire\b"), "Conseil de Territoire"),
    ("commission-permanente", _compile(r"\bcommission\s+permanente\b"), "Commission permanente"),
    ("conseil-municipal", _compile(r"\bconseil\s+municipal\b"), "Conseil municipal"),
    ("bureau", _compile(r"\bbureau\b"), "Bureau"),
    ("conseil", _compile(r"\bconseil\b"), "Conseil"),
)
# (kind slug, folded pattern, canonical word) for the authority the body belongs to.
AUTHORITIES: Final[tuple[tuple[str, Pattern, str], ...]] = (
    ("metropole", _compile(r"\bmetropole\b"), "Métropole"),
    ("communaute", _compile(r"\bcommunaute\s+(?:de\s+communes|d'agglomeration|urbaine)\b"), ""),
    ("departement", _compile(r"\bdepartement\b"), "Département"),
    ("region", _compile(r"\bregion\b"), "Région"),
    ("syndicat", _compile(r"\bsyndicat\b"), "Syndicat"),
    ("commune", _compile(r"\b(?:commune|ville)\b"), ""),
)
# « … DU BUREAU DE LA MÉTROPOLE AIX-MARSEILLE-PROVENCE »: body words, then « de la » + authority.
HEADER_BODY_AUTHORITY: Final = _compile(
    r"\bd[eu]s?\s+(?:la\s+|l')?(?P<body>(?:bureau|conseil|commission)(?:\s+\w+){0,2}?)\s+"
    r"(?:de\s+la|du|de\s+l'|d')\s*(?P<authority>(?:metropole|communaute|departement|region|"
    r"syndicat|commune|ville)\b.{0,120})$"
)
AUTHORITY_LINK: Final = _compile(r"^(?P<kind>\w+)(?:\s+(?:de\s+la|du|de|d'|des)\s*|\s+)")

# --- Vote ----------------------------------------------------------------------------------------

ADOPTED: Final = _compile(r"\b(?:adoptee?s?|approuvee?s?)\b")
REJECTED: Final = _compile(r"\b(?:rejetee?s?|n'est\s+pas\s+adoptee?)\b")
UNANIMOUS: Final = _compile(r"\bunanimite\b")
VOTE_FOR: Final = _compile(
    r"\b(?P<count>\d{1,4})\s+voix\s+pour\b|\bpour\s*:\s*(?P<count>\d{1,4})\b"
)
VOTE_AGAINST: Final = _compile(
    r"\b(?P<count>\d{1,4})\s+(?:voix\s+)?contre\b|\bcontre\s*:\s*(?P<count>\d{1,4})\b"
)
VOTE_ABSTENTIONS: Final = _compile(
    r"\b(?P<count>\d{1,4})\s+abstentions?\b|\babstentions?\s*:\s*(?P<count>\d{1,4})\b"
)
