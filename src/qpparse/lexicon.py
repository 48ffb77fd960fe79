"""French vocabulary and regular expressions: the only home of the words qpparse reads.

Logic modules import names from here and never spell a French word themselves. Most patterns run
on *folded* text (:func:`qpparse.frenchtext.fold`: lower case, accents removed, typographic
apostrophes made straight, length unchanged), so that « Étaient », « ETAIENT » and « Etaient » are
one word and a match's offsets still point into the original line.

Every pattern is linear: no nested quantifiers, bounded repetitions where a line could be long.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import Any, Final

import regex

from . import pattern_cache

Match = regex.Match[str]
# The methods of a compiled pattern that qpparse calls.
_METHODS: Final = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


class Pattern:
    """A ``regex`` pattern compiled the first time it is used.

    Compiling the ~130 patterns below costs about 50 ms, a third of a ``qpparse check`` run in a
    pre-commit hook, and a run on one file uses only some of them. The first call of a method
    compiles the pattern and then binds the compiled pattern's own methods on the instance, so
    that later calls go straight to ``regex`` with no wrapper in between.
    """

    def __init__(self, source: str) -> None:
        self.pattern = source

    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern; from now on its methods answer for this object's."""
        compiled = pattern_cache.get(self.pattern) or pattern_cache.put(
            self.pattern, regex.compile(self.pattern, regex.VERSION1)
        )
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return compiled

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Match | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Match | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Match | None:
        return self.compiled().search(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize, *, overlapped: bool = False
    ) -> Iterator[Match]:
        return self.compiled().finditer(string, pos, endpos, overlapped=overlapped)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[Match], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[Match], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)

    def __repr__(self) -> str:
        return f"Pattern({self.pattern!r})"


def _compile(pattern: str) -> Pattern:
    return Pattern(pattern)


def search_end(pattern: Pattern, text: str) -> Match | None:
    """Search ``pattern``, anchored at the end (``$``), in the last characters of ``text`` only.

    A search from the start would try every position of a megabyte line (0.7 s for one of
    « DANGLING_END » on a line of wide spaces). Starting at a position keeps what stands before
    it visible to ``^``, ``\\b`` and lookbehinds, so the match is the same as over the whole text.
    """
    return pattern.search(text, max(0, len(text) - END_REACH))


# Longer than any match of a pattern given to :func:`search_end`.
END_REACH: Final = 48


# Put before a pattern that starts with an unbounded run of whitespace (``\s+``, ``\s*``) and is
# searched for: it may start only where the run starts (or where the search starts, ``\G``).
# Without it, a search tries every position inside a long run and rescans the rest of the run from
# each: quadratic time on a line of many spaces (a PDF's U+3000, which normalisation keeps). It
# changes no match: one starting inside a run would also start one character earlier, and the
# leftmost match wins.
_RUN_START = r"(?:\G|(?<!\s))"


# --- Normalisation -------------------------------------------------------------------------------

# Spaces a PDF or a word processor leaves behind: NBSP, narrow NBSP, figure space, zero-width
# space, BOM, tabs. They all become a plain space.
INVISIBLE_SPACES: Final = _compile(r"[\t\u00a0\u202f\u2007\u2009\u200b\ufeff]")
RUNS_OF_SPACES: Final = _compile(r" {2,}")

# Where a capital « L » or « D » before a word in capitals may be an elided article: after a
# sentence or a given name (« Marie-Paule D HERBEMONT »); after a family name or a civility it
# is an initial (« DURAND L ARNAUD », « Mme D ARTIGUES »). Never decided by where a line starts:
# a line start is looked at with the line before it (``normalise``).
_CIVILITY_WORD = r"(?:Mme|Mmes|Mlle|Mr|Madame|Monsieur|Mademoiselle|Messieurs|Mesdames)"
# A civility, singular or grouped, then its space (folded): what a person's name starts with.
_FOLDED_CIVILITY = r"(?:m|mme|mmes|mm|mr|mrs|mlle|melle|monsieur|madame|messieurs|mesdames)\.?\s"
_GIVEN_NAME_BEFORE = rf"(?<![\w'’-])(?!{_CIVILITY_WORD}\s)\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?"
_ELISION_PLACE = rf"(?:(?<=[.:;!?]\s)|(?<={_GIVEN_NAME_BEFORE}\s))"
# Before a lower-case vowel (« MUNICIPAL L an deux mil »), not after a civility or a given name,
# where it is an initial (« Jean D arrivé »).
_LOWER_ELISION_PLACE = rf"(?<=\S\s)(?<!{_CIVILITY_WORD}\s)(?<!{_GIVEN_NAME_BEFORE}\s)"
# « L an deux mil », « Marie-Paule D HERBEMONT ». Both need a word before them, so at a line's
# start they are tried with the last word of the line before (``normalise``).
CAPITAL_ELISIONS: Final = (
    _compile(rf"{_LOWER_ELISION_PLACE}([LD]) (?=[aeiouyhéèêàâîô]\w)"),
    _compile(rf"{_ELISION_PLACE}([LD]) (?=[AEIOUYHÉÈ]\w)"),
)
# Residue of the HTML or Markdown a text went through on its way out of a PDF or a web page:
# (kind reported in ``repairs``, trigger, pattern, replacement). Applied in this order. The
# trigger is a character every match contains (or "" when there is none to test): a line
# without it is not worth a call into ``regex``, which costs more than the ``in`` test.
GLUED_WORDS: Final = _compile(
    r"(?<=\p{Ll})(?=(?:Monsieur|Madame|Mademoiselle|Absente?s?|Pr[ée]sente?s?|Excus[ée]e?s?|"
    r"Pouvoirs?|Procurations?|Secr[ée]taire)\b)|(?<=\p{Ll}{2})(?=\p{Lu}{4,})|"
    r"(?<=\d)(?=\p{Lu}\p{Ll}{2,}|L['’]an\b)|(?<=\p{Lu}{3})(?=\p{Lu}\p{Ll}{2,})|"
    # « Hémicycle 1ermars 2017 »: the first of a month.
    r"(?<=\b1(?i:er))(?=(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|"
    r"octobre|novembre|d[ée]cembre)\b)"
)
# Bullets a PDF or a page leaves before an item, the private-use code points of the Symbol and
# Wingdings fonts too (U+F0B7 …).
_BULLET_CHARACTERS = "■▪●•◆►➢\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0e8"
# The normaliser takes them off a line's start (a repair): an agenda's first entry may then stand
# with no marker before bullets of the same kind.
LINE_START_BULLETS: Final = frozenset(_BULLET_CHARACTERS)
# One of them inside a line, after a word (written): a separator of entries, not a line's mark.
INLINE_BULLET: Final = _compile(
    rf"(?<=\S[ \t\u00a0\u202f]{{1,3}})(?P<bullet>[{_BULLET_CHARACTERS}])(?=\s)"
)
RESIDUE_REPAIRS: Final[tuple[tuple[str, str, Pattern, str], ...]] = (
    ("html", "<", _compile(r"<br\s{0,3}/?>"), " "),
    ("html", "<", _compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,200})?/?>"), ""),
    ("markdown", "*", _compile(r"\*\*"), ""),
    (
        "markdown",
        "*",
        _compile(r"(?<![\w*])\*(?=[^\s*])([^*]{1,500}?)(?<=[^\s*])\*(?![\w*])"),
        r"\1",
    ),
    ("bullet", "", _compile(rf"^\s*[{_BULLET_CHARACTERS}]\s*"), ""),
    # « l appel », « L an », « s est réuni »: an elided article whose apostrophe the extraction
    # lost. French has no one-letter word « l », « d », « s », « n » or « j », so the repair is safe
    # before a lower-case vowel (« l appel »). The capital ones need the word before them: see
    # ``CAPITAL_ELISIONS``.
    # Never the plural after inclusive writing (« absent(e)s excusé(e)s »).
    ("apostrophe", " ", _compile(r"(?<![\w'’.)])([ldsnj]|qu) (?=[aeiouyhéèêàâîô]\w)"), r"\1'"),
    *(("apostrophe", " ", pattern, r"\1'") for pattern in CAPITAL_ELISIONS),
    # Words an HTML extraction glued where cells or paragraphs met: « Maire AdjointMonsieur
    # Bernard CLUZEAUD », « … AdjointAbsents excusés : », « Mairie de X-LayePROCES-VERBAL »,
    # « Délégués présents : 12Délégués », « … SAINT-GERMAIN-EN-LAYESiège ». A civility or a
    # list's heading never ends a word, nor does a run of capitals start inside one; a number
    # never runs into a word in sentence case, nor a word in capitals into one in sentence case.
    ("glued_words", "", GLUED_WORDS, " "),
)
# The same elisions cut by a line break (« Marie-Paule D » / « HERBEMONT », « de l » /
# « assemblée »): the letter ending a line, and the word that must open the next one.
ELISION_BEFORE_LOWER_CASE: Final = _compile(
    rf"(?:(?<![\w'’.)])(?:[ldsnj]|qu)|{_LOWER_ELISION_PLACE}[LD])$"
)
ELISION_BEFORE_CAPITALS: Final = _compile(rf"{_ELISION_PLACE}[LD]$")
ELIDED_WORD_START: Final = _compile(r"^(?P<lower>[aeiouyhéèêàâîô]\w)|^[AEIOUYHÉÈ]\w")
# A line that starts with a capital « L » / « D » and a space: read with the word before it.
ELISION_AT_LINE_START: Final = _compile(r"^[LD] (?=[AEIOUYHÉÈaeiouyhéèêàâîô]\w)")
# A line that ends with an elided article: the next line goes on with its word (« l' » /
# « assemblée »).
ELISION_END: Final = _compile(r"(?<![\w'’])(?i:[ldsnjc]|qu)['’]$")
# A heading typed one letter at a time (« V I L L E  D E  … »): a word of single characters
# separated by single spaces; words are separated by two spaces or more.
LETTER_SPACED_WORD: Final = _compile(r"^[\p{L}'’-](?: [\p{L}'’:.-]){1,200}$")
WORD_GAP: Final = _compile(r" {2,}")
# U+FFFD marks a character the decoder could not read upstream: reported, never guessed.
REPLACEMENT_CHARACTER: Final = "\ufffd"

# --- Numbers written in words (folded) -----------------------------------------------------------

# Longer words before their prefixes (« vingts » before « vingt », « une » before « un »); each
# word must end at a word boundary, so « sept » never eats the start of « septembre ».
_NUMBER_WORD = (
    r"(?:zero|une|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
    r"quinze|seize|vingts|vingt|trente|quarante|cinquante|soixante|cents|cent|mille|mil)\b"
)
# « deux mille vingt et un », « quatre-vingt-dix-neuf »: words joined by hyphens, spaces, « et ».
NUMBER_WORDS: Final = rf"{_NUMBER_WORD}(?:(?:[- ]|\s?et[- ]){_NUMBER_WORD}){{0,8}}"
NUMBER_WORDS_RE: Final = _compile(rf"^{NUMBER_WORDS}$")
# A count: digits or words.
COUNT: Final = rf"(?:\d{{1,4}}|{NUMBER_WORDS})"


# --- Line markers (run on folded text) -----------------------------------------------------------

HEADER: Final = _compile(r"^extraits?\s+d[eu]s?\s+registres?\s+des\s+deliberations?\b")
# « Séance du 10 mars 2022 », « Conseil Municipal Séance publique 21/11/18 »: the body may come
# first on the line.
SESSION_DATE: Final = _compile(
    r"^(?:(?:conseil|comite|bureau|commission)(?:\s+\w+){0,3}?\s{0,3}[-–,:]?\s{0,3})?"
    r"(?:seance|reunion)\s+(?:(?:publique|ordinaire|extraordinaire|pleniere)\s+)?"
    r"(?:du\b|d[eu]\s|\d)"
)
# The opening of the session: « … a ouvert la séance », « … ouvre la réunion », the narrative
# « L'an deux mille … », older city extracts' « PRESIDENCE DE MONSIEUR … », « ont été présents
# N membres ».
# Its parts: one anywhere in the line, the others at its start (see ``START_MARKERS``).
OPENING_ANYWHERE: Final = _compile(r"\b(?:a\s+ouvert|ouvre|preside)\s+la\s+(?:seance|reunion)\b")
OPENING_START: Final = _compile(
    r"^l(?:'|\s)an\s+(?:mil|deux|\d)|^(?:sous\s+la\s+)?presidence\s+de\b|"
    r"^(?:a\s+laquelle\s+)?ont\s+ete\s+presents?\b"
)
OPENING: Final = _compile(f"{OPENING_ANYWHERE.pattern}|{OPENING_START.pattern}")
# « A été nommée secrétaire : Mme Lucie ROUX »: the verb first, then the name after a colon.
_NAMED_SECRETARY = (
    r"(?:a\s+ete|est)\s+(?:designee?|elue?|nommee?)\s+secretaire(?:\s+de\s+(?:la\s+)?sc?eance)?"
    r"\s{0,3}:"
)
# « Mme Anne ROUX a été désignée secrétaire de séance » (folded): who, then the verb. One
# person's sentence: it does not run over another civility.
_SECRETARY_VERB = (
    r"(?:a\s+ete|est|a\s+ete\s+elue?\s+et)\s+(?:designee?|elue?|nommee?)\s+"
    r"(?:comme\s+|en\s+qualite\s+de\s+)?secretaire\b"
)
_SECRETARY_SENTENCE = (
    r"(?:monsieur|madame|m\.|mr\.?|mme|mlle)\s(?:(?!monsieur|madame|m\.\s|mr\.?\s|mme\s)[^.;:])"
    rf"{{3,80}}?\b{_SECRETARY_VERB}|"
    # « Odile X est élue secrétaire de séance »: a given name and a family name, no civility
    # (two words only: in running text the words before them are another's); not a heading
    # after a list's last member (« … Hugo Y A été nommé secrétaire : M. Z »).
    rf"[\p{{L}}'’-]{{2,30}}\s[\p{{L}}'’-]{{2,30}}\s{_SECRETARY_VERB}"
    r"(?!(?:\s+de\s+(?:la\s+)?sc?eance)?\s{0,3}:)"
)
# « Secrétaire de séance : Mme Lucie ROUX », « Mme Lucie ROUX a été élue secrétaire de séance ».
SECRETARY: Final = _compile(
    rf"\bsecreta(?:ires?|riat)\s+de\s+(?:la\s+)?sc?eance\b|^secretaires?\s{{0,3}}:|^{_NAMED_SECRETARY}|"
    # « Monsieur Marcel X a été nommé secrétaire »: who, then the verb.
    rf"^{_SECRETARY_SENTENCE}"
)
SECRETARY_LEAD: Final = _compile(
    rf"^(?:secreta(?:ires?|riat)(?:\s+de\s+(?:la\s+)?sc?eance)?\s{{0,3}}:?|{_NAMED_SECRETARY})\s{{0,3}}"
)
# Where a second person starts after a first (folded): « Madame X et Monsieur Y », or the next
# sentence with its civility written out (« … Mme X Monsieur Y, Maire de …, accueille … »).
SECOND_PERSON: Final = _compile(
    rf"\s{{0,3}}(?:\s(?:et|&)|[,;])\s{{1,3}}(?={_FOLDED_CIVILITY})|\s{{1,3}}(?=(?:monsieur|madame)\s)"
)
SECRETARY_TAIL: Final = _compile(
    rf"{_RUN_START}\s+(?:(?:a|ont)\s+ete|est|sont)\s+(?:elue?s?|designee?s?|nommee?s?)\b.{{0,80}}$"
)
# « Date de convocation : 1er avril 2021 »: a session-block line of its own.
CONVOCATION: Final = _compile(r"^(?:date\s+de\s+(?:la\s+)?convocation|convocation\s+du)\b")
PROPOSAL: Final = _compile(r"\ba\s+propose\s+au\b.{0,200}\bconclusions\b")
# The verb a named person reports with, and what they report (folded): « présente le projet »,
# « expose au conseil » (a table's status « Présente Le Kremlin-Bicêtre » is no report).
_REPORT_VERB_OBJECT = (
    r"(?:expose|presente|rappelle)\s+(?:le|la|les|au|aux|a\s+l')\s"
    r"(?:projet|rapport|deliberation|dossier|point|proposition|budget|compte|conseil|assemblee|"
    r"comite|bureau|membres|modification|convention|decision|demande|bilan|contexte)s?\b"
)
# Who submits the report: the Métropole sentence, a commune's « Monsieur le Maire expose … »,
# or « Rapporteur : M. Paul MARTIN ».
# Its parts: one anywhere in the line, the others at its start (see ``START_MARKERS``).
PROPOSER_ANYWHERE: Final = _compile(r"\bsoumet\s+au\b.{0,200}\brapport\s+suivant\b")
PROPOSER_START: Final = _compile(
    r"^(?:(?:monsieur|madame|m\.|mme)\s+)?(?:le|la|l')\s?(?:maire|president|presidente|"
    r"rapporteur|vice-presidente?|adjointe?)\b(?:(?!monsieur|madame).){0,120}?\b(?:expose|"
    r"rappelle|presente|indique|soumet)\b|"
    # « Monsieur René GIBAULT présente le projet … »: a person named, then the report's verb.
    rf"^(?:monsieur|madame|m\.|mme)\s+(?!(?:le|la|l')\s)[^.;:,]{{2,60}}?\s{_REPORT_VERB_OBJECT}|"
    r"^rapporteure?\s{0,3}:"
)
PROPOSER: Final = _compile(f"{PROPOSER_ANYWHERE.pattern}|{PROPOSER_START.pattern}")
CONCLUSION: Final = _compile(r"^telles\s+sont\s+les\s+raisons\b")
# « Le Bureau de la Métropole Aix-Marseille-Provence, » on a line of its own, before the visas.
BODY_DECLARATION: Final = _compile(
    r"^(?:le|la)\s+(?:bureau|conseil|commission|comite)\b[^.;:]{0,150},$"
)
VISA_HEADING: Final = _compile(r"^vu\s{0,3}:?$")
VISA_LINE: Final = _compile(r"^vu\s+\S")
# « Ouï le rapport ci-dessus » (and its real misspelling « Où il le rapport ci-dessus »),
# « Ouï l'exposé de M. le Maire », « Entendu le rapport ».
REPORT_HEARD: Final = _compile(r"^(?:oui|ou\s+il|entendu)\s+(?:le\s+rapport|l'expose|l\s+expose)\b")
CONCLUSIONS_HEARD: Final = _compile(r"^entendues?\s+les\s+conclusions\b")
CONSIDERANT_HEADING: Final = _compile(r"^considerant\s{0,3}:?$")
CONSIDERANT_LINE: Final = _compile(r"^considerant\s+\S")
# « après en avoir délibéré », also after hearing the report in the same clause (« après avoir
# entendu l'exposé de Madame le Maire et en avoir délibéré », « ayant entendu l'exposé … et
# après en avoir délibéré ») (folded).
_DELIBERATED = (
    r"(?:(?:apres\s+avoir|ayant)\s+entendu\s[^,.;:]{0,80}?\s(?:et\s+)?(?:apres\s+)?|apres\s+)"
    r"en\s+avoir\s+delibere\b"
)
DECISION: Final = _compile(
    rf"^(?:(?:l[ea]\s+\w+(?:\s+\w+){{0,3}}\s*,?\s*)?{_DELIBERATED}.{{0,120}}|"
    r"(?:delibere|decide|arrete|decident)\s{0,3}:?\s{0,3})$"
)
# A decision formula with the decision after it, once lines are joined (folded): « DÉCIDE : de
# fixer … », « Après en avoir délibéré, à l'unanimité, DÉCIDE - d'approuver … ». ``head``: the
# formula's own words.
DECISION_OPENS: Final = _compile(
    rf"^(?P<head>(?:l[ea]\s+\w+(?:\s+\w+){{0,3}}\s*,?\s*)?{_DELIBERATED}"
    r"(?:[^:;.]{0,120}?\b(?:decide|delibere|arrete|decident)\b)?\s{0,3}[:,]?|"
    r"(?:delibere|decide|arrete|decident)\s{0,3}(?::|(?=[-–—•*]\s)))"
)
ARTICLE: Final = _compile(
    r"^article\s{1,3}(?P<number>\d{1,3}|premier|unique)(?:\s{0,2}(?:er|e|eme))?"
    r"\s{0,3}(?:[:.\-–—]\s{0,3}|$|(?<=\s)(?!(?:du|de|des|d'|alinea|al\.|et|a|ou)\b))(?P<rest>.*)$"
)
# Its parts: phrases anywhere in the line (one ``\b`` before them all: a search that tries four
# alternatives with a ``\b`` each at every position is three times slower), and line starts.
VOTE_ANYWHERE: Final = _compile(
    r"\b(?:mise?\s+aux\s+voix|a\s+l'unanimite|voix\s+pour|est\s+(?:adoptee?|rejetee?))\b"
)
VOTE_START: Final = _compile(
    r"^(?:adoptee?s?|rejetee?s?|approuvee?s?)\s+(?:a\s+l'unanimite|par\b|a\s+la\s+majorite|avec\b)|"
    r"^resultat\s+du\s+vote\b|"
    r"^(?:ne\s+(?:prend|prennent)\s+pas|n'(?:a|ont)\s+pas\s+pris)\s+part\s+au\s+vote\b"
)
VOTE: Final = _compile(f"{VOTE_ANYWHERE.pattern}|{VOTE_START.pattern}")
SIGNATURE: Final = _compile(
    r"^(?:certifie\s+conforme|pour\s+(?:extrait|copie)\s+conforme|"
    r"ainsi\s+fait\s+et\s+delibere|fait\s+et\s+delibere|"
    # Bounded spaces: ``\s+`` on both sides of a class that holds spaces too was cubic on a
    # line of spaces after « fait à ».
    r"fait\s+a\s{1,3}[^,]{2,60},?\s{1,3}le)\b"
)
# Where the words of a report's proposer end (folded, from the section's start): the colon
# that opens the report (« … soumet au Conseil le rapport suivant : »); « Rapporteur : » is
# followed by a name.
PROPOSER_END: Final = _compile(
    r"[^.]{0,300}?\b(?:rapport\s+suivant|ce\s+qui\s+suit|expose)\s{0,3}:"
)
RAPPORTEUR: Final = _compile(r"rapporteure?s?\s{0,3}:\s{0,3}")
SENTENCE_BREAK: Final = _compile(r"(?<=[.!?…][»\")]?)\s+(?=[«\"(]?\s?\p{Lu})")
# A dash item of a report (« … trois sites : - Aix Encagnane (…) - Aubagne … »): after a
# sentence, a colon, a semicolon or a closing bracket, a dash then a capital.
REPORT_BULLET: Final = _compile(r"(?<=[.!?…:;)])\s+(?=[-–•]\s+\p{Lu})")
# The words a full stop ends without ending the sentence: civilities, initials, « art. ».
ABBREVIATION_END: Final = _compile(
    r"(?i)(?:^|[\s(])(?:mm?|mmes?|mlles?|mr|st|ste|art|cf|n|\p{L})\.?[.»\")]{0,2}$"
)
# One formula of a signature block, from where it starts to where its words end (folded):
# « Pour extrait conforme, », « Ainsi fait et délibéré les jour, mois et an susdits. »,
# « Fait à Villebourg, le 9 avril 2021 ». Repeated, they make the block's formula.
SIGNATURE_FORMULA: Final = _compile(
    r"\s{0,3}(?:(?:certifie|pour\s+(?:extrait|copie))\s+conforme(?:\s+au\s+registre)?|"
    r"(?:ainsi\s+)?fait\s+et\s+delibere[^.]{0,80}?(?:\.|susdits?\b|\d{4}\b)|"
    r"(?:et\s+)?(?:publie|transmis|affiche)[^.]{0,80}?\.|"
    r"fait\s+a\s{1,3}[^,.]{2,60},?\s{1,3}le\s+(?:\d{1,2}(?:er)?\s+[a-z]{3,9}\s+\d{4}|"
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}))[\s,.;]{0,3}"
)
# « Fait à Villebourg, le 9 avril 2021 »: part of the signature block, never a new section.
SIGNED_AT: Final = _compile(r"^fait\s+a\s+\S")

# A line ending like this ends its sentence; any other line may continue on the next one.
SENTENCE_END: Final = _compile(r"[.;:!?…][\s\"»)]{0,3}$")
# A line ending on a linking word (« de la », « à », « et ») always goes on (folded).
DANGLING_END: Final = _compile(
    r"(?:^|\s)(?:de|du|des|la|le|les|l'|d'|a|au|aux|et|ou|en|par|pour|sur|avec|que|qui|dont|"
    r"un|une|son|sa|ses|leur|dans|sous|vers|ce|cette|ces|ne)$"
)
# Words that start a sentence of their own (« Madame X, Présidente … »), never a wrapped end.
SENTENCE_START: Final = _compile(
    r"^(?:madame|monsieur|mesdames|messieurs|m\.|mme|le|la|les|l'|il|elle|ils|cette|ce|ces)\s"
)
# PDF line wrapping: the right margin is the length of the longest lines (this share of lines
# is shorter), and a line at least this share of it long was cut by the margin.
WRAP_PERCENTILE: Final = 0.9
FULL_LINE_SHARE: Final = 0.8

# --- Floating lines: page furniture and stamps (folded) ------------------------------------------
# These may sit anywhere, even inside a list; they are claimed apart and never end a section.

# « (1) », « 1 / 40 », « Page 1 sur 18 », « - 2 - ».
PAGE_NUMBER: Final = _compile(
    r"^(?:\(\d{1,4}\)|\d{1,4}\s?/\s?\d{1,4}|page\s\d{1,4}(?:\s(?:sur|/)\s\d{1,4})?|-\s?\d{1,4}\s?-)$"
)
# A page number inside running text (folded): « … JOUVENCEL Page 1 sur 2 … ».
INLINE_PAGE_NUMBER: Final = _compile(
    r"(?<![\w/])page\s{1,3}\d{1,4}\s{1,3}(?:sur|/)\s{1,3}\d{1,4}\b"
)
# A dated stamp inside running text (folded): « … BONNET Véronique, Certifiée exécutoire le
# 24/09/2020 BORT Jean Pierre … », « Affichée le 24/09/2020 », « Transmis en préfecture
# 24/09/2020 ». Read as furniture only when it opens with a capital (the caller checks):
# « l'arrêté publié le 2/03/2020 » is a sentence's.
INLINE_STAMP: Final = _compile(
    r"(?<!\w)(?:certifiee?\s+executoire|acte\s+rendu\s+executoire|affichee?|publiee?|"
    r"(?:transmise?|recue?|deposee?)\s+(?:en|a\s+la)\s+(?:sous-)?prefecture)"
    r"(?:\s+(?:le|du))?\s{1,3}\d{1,2}/\d{1,2}/\d{2,4}\b"
)
WORD_RUN: Final = _compile(r"\S+")
DIGIT_RUN: Final = _compile(r"\d+")
# The running header after an inline page number repeats at least this many of the text's
# first words, or of the words after another page number (« Conseil de la Métropole du 15
# décembre 2016 - CSGE 012-512/16/CM »).
RUNNING_HEADER_MIN_WORDS: Final = 3
# A bare number is a page number only at a page boundary (the seed's « 18621 » is a reference).
BARE_NUMBER: Final = _compile(r"^\d{1,3}$")
# A running header is at least this long: short lines (« Pour : 17 ») repeat for other reasons.
RUNNING_HEADER_MIN_LENGTH: Final = 12
# The @CTES stamp: « ID : 042-214200419-20200615-2020_31-DE ».
ACTES_ID: Final = _compile(
    r"^id\s{0,3}:\s{0,3}(?P<department>\d{3}[ab]?)-(?P<siren>\d{9})-(?P<date>\d{8})-"
    r"(?P<number>[\w.]{1,30})-(?P<nature>[a-z]{2})\s{0,3}$"
)
# The label of a dated stamp (folded): « Date de publication », « Date de réception ».
_DATED_STAMP_LABEL = r"date\s+de\s+(?:reception|publication|mise\s+en\s+ligne|teletransmission)"
# Transmission and publication stamps (« Reçu au contrôle de légalité le … »).
STAMP: Final = _compile(
    r"^(?:signe\s+le\b|recu\s+(?:au|en|a\s+la)\s+(?:controle|prefecture|sous-prefecture)|"
    r"accuse\s+de\s+reception|acte\s+rendu\s+executoire|certifiee?\s+executoire|"
    rf"transmise?\s+(?:en|a\s+la|au|le)\b|{_DATED_STAMP_LABEL}|publiee?\s+le\b|affichee?\s+le\b|"
    r"publiee?\s+(?:et|ou)\s+notifiee?)"
)
# A stamp that labels its date (folded): « Date de publication : 20 décembre 2019 ».
STAMP_DATE_LABEL: Final = _compile(rf"^{_DATED_STAMP_LABEL}\b")
# A stamp glued to the end of a header line.
GLUED_STAMP: Final = _compile(r"\s(?:signe\s+le|recu\s+au\s+controle|accuse\s+de\s+reception)\b")

# A heading's count written before it, after a sentence (folded): « … en exercice : 45. 38
# PRESENTS : … », « … PUJO Yves. Dont 4 EXCUSES : … », « … SEMPASTOUS. 3 Pouvoirs de vote : … ».
# Never after a colon: « en exercice : 92 Présents : … » is the label's count before it.
COUNT_BEFORE_HEADING: Final = _compile(r"(?:^|(?<=[.;]\s{1,3}))(?:dont\s{1,3})?\d{1,3}\s{1,3}$")
# How far before a heading its count is looked for.
COUNT_BEFORE_HEADING_REACH: Final = 12
# That count, at the start of the heading's piece (folded): « 38 PRESENTS : », « Dont 4 EXCUSES ».
LEADING_HEADING_COUNT: Final = _compile(r"^(?:dont\s{1,3})?(?P<count>\d{1,3})\s{1,3}(?=\p{L})")

# --- Attendance headings (folded) ----------------------------------------------------------------


def _letter_spaced(*words: str) -> str:
    """« A B S E N T S  E X C U S É S »: the words of a heading typed one letter at a time."""
    return r"\s{0,2}".join(r"\s?".join(word) for word in words)


# A heading word followed by a number is a count (« Présents : 20 », « Procurations ……… 5 »),
# which the session reads; the attendance lists never start there.
# A number padded to three digits (« Présents : 001 AFFILE Gwendoline ») numbers a list; counts
# are padded to two at most (« Nombre de pouvoirs : 05 »).
# « Procurations : 1. Damien JOURDAN à … »: a number then a period and a name numbers a list;
# « PROCURATIONS : 1- Mme X a donné procuration … »: a dash after the first number too.
_LIST_NUMBER_TAIL = (
    r"(?:[.)]|(?<=(?<!\d)0?1)\s?[-–])\s{1,3}(?!(?:presents?|votants|procurations?|pouvoirs?|absents?|excuses?|en\s+exercice|"
    r"quorum|nombre|membres|conseillers|delegues|representee?s)\b)\p{L}"
)
# Inclusive writing after a word (folded): « absent(e)s », « excusé(es) », « absent(e)(s) »,
# « présent(e) », « absente(s) ».
# « (e)(s) », « (e)s », « (es) », « (e) », « (s) », « (s/es) », « (e/s) ».
_INCLUSIVE = r"(?:\(e\)\(s\)|\(e\)s|\(es\)|\(e\)|\(s\)|\((?:e|s|es)(?:/(?:e|s|es)){1,2}\))"
# « Présents : 18 MM Herbaux, Petitprez, … »: a count, then the list it counts (folded).
_COUNT_THEN_LIST = (
    # « Nombre de conseillers présents : 10 : ARNAL René, … »: the count's label in full.
    r"(?:(?:etaient|sont)\s+|nombre\s+d(?:e\s+|')(?:conseill(?:ers|eres)|membres|delegues|elus)"
    r"(?:\s+(?:municipaux|communautaires|titulaires))?\s+)?"
    rf"presente?(?:{_INCLUSIVE}|s)?\s{{0,3}}:\s{{0,3}}\(?\d{{1,3}}\)?"
    # The first member after it, or the first commune's prefix, then its members (« Présents :
    # 79 Communauté d'Altkirch : Messieurs X et Y, … »).
    # « Présents : 16 : ROUX Paul – BRUN Luc – … »: dashes part the members.
    r"\s{0,3}:?\s{0,3}(?=[^\d:]{2,60}?(?:,|\s[-–]\s)|[^\d:,]{2,60}?\s:\s{0,3}[^\d:]{2,60}?,)"
)
# « Procurations : (3) Mme Annie X avait donné pouvoir à … », « PRESENTS (29): BARON : Mme … »:
# a list's heading, its count in brackets, then its first civility or commune (folded).
# « ABSENTS OU EXCUSÉS : 6 Mme Anne X - M. Paul Y », « DONT ABSENTS AVEC POUVOIR : 3 M. … »: its
# count after the colon, then its first civility.
_BRACKETED_COUNT_THEN_LIST = (
    r"(?:(?:etaient|sont|dont)\s+)?(?:(?P<present>presente?s?)|"
    r"(?P<represented>procurations?|pouvoirs?|absente?s?\s+avec\s+(?:pouvoir|procuration)s?)|"
    r"(?P<excused>(?:absente?s?\s+(?:(?:ou|et)\s+)?)?excusee?s?(?:\s+sans\s+pouvoirs?)?)|"
    r"(?P<absent>absente?s?(?:\s+sans\s+(?:pouvoir|procuration)s?)?))"
    r"\s{0,3}(?:(?::\s{0,3})?\(\d{1,3}\)\s{0,3}:?\s{0,3}"
    rf"(?={_FOLDED_CIVILITY}|[\p{{L}}'’ -]{{2,40}}?\s:\s)|"
    rf":\s{{0,3}}\d{{1,3}}\s{{1,3}}(?={_FOLDED_CIVILITY}))"
)
# One member of a dashed list (folded): a civility, a name and maybe an office, up to the dash.
_DASHED_MEMBER = r"(?:m\.|mr\.?|mme|mlle|melle|monsieur|madame)\s[^-–•:;.()]{2,80}?\s"
_DASHED_LIST = rf"{_DASHED_MEMBER}(?:[-–•]\s{{1,3}}{_DASHED_MEMBER}){{2}}"
# A list with no heading: a grouped civility, then names separated by commas (folded).
_HEADLESS_LIST = (
    r"(?:mesdames|messieurs)\s+[\p{L}'’-]+\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s?,|"
    # « Mme DaSilva, Mme Lefèvre, Mme Tételin, Mr Alizard », « M. GAZEAU M. BALAYÉ (…) Mme
    # SAUNIER »: three members in a row, each led by a civility.
    r"(?:(?:m\.|mr\.?|mme|mlle|melle)\s[\p{L}'’-]{2,30}(?:\s\([^()]{0,40}\))?\s?[,-]?\s?){3}|"
    # « - M. Romain X Maire - M. Abdel Y 1er Adjoint - Mme Nadine Z 2e Adjointe »: three members
    # in a row, each after a dash and led by a civility, their offices after them.
    rf"{_DASHED_LIST}"
)
# A group's heading in capitals standing before a list's first member, its separator lost
# (« TITULAIRES COLLÈGE DES REPRÉSENTANTS DES COMMUNES AFFILIÉES VERDIER Armand … »): it ends
# where a family name in capitals and a given name follow (as written).
GROUP_HEADING_BEFORE_NAME: Final = _compile(
    r"^(?:TITULAIRES?|SUPPL[ÉE]ANTE?S?|COLL[ÈE]GE|REPR[ÉE]SENTANTS?|MEMBRES|D[ÉE]L[ÉE]GU[ÉE]S)"
    r"(?:\s+[\p{Lu}'’-]+){0,8}?\s+"
    r"(?=(?:(?:LE|LA|DE|DU|DES|D')\s+)?\p{Lu}[\p{Lu}'’-]+\s+\p{Lu}\p{Ll})"
)
# A number in brackets (« Etaient présents (40 titulaires + 1 suppléants) : … ») is a note on
# the heading, not a count in its place.
# A heading's count in brackets, or its counts before and after a change: « (4) », « (5/6) ».
_BRACKETED_COUNTS = r"\(\s{0,3}\d{1,4}(?:\s{0,3}/\s{0,3}\d{1,4})?\s{0,3}\)"
# A count then a colon and a name is the list's count, the heading's (« Absents excusés ayant
# donné procuration : 7 : FAURE Inès à … »).
_NOT_A_COUNT = (
    rf"(?![^\p{{L}}\d(\[]{{0,40}}(?!00\d)\d{{1,4}}(?!\d)(?!{_LIST_NUMBER_TAIL})"
    r"(?!\s{0,3}:\s{0,3}\p{L}))"
)
# « Etaient présents », « Sont également présents », « En tant que titulaires absents excusés ».
# A list announced by its count in prose (folded): « Treize administrateurs sont présents à
# savoir : … », « Deux administrateurs sont excusés : … », « Quatre conseillers étaient absents ».
_COUNTED = (
    rf"(?:{COUNT})\s+(?:membres?|administrat(?:eur|rice)s?|conseill(?:er|ere)s?|deleguee?s?|"
    r"elue?s?)(?:\s+(?:municipa(?:l|ux)|communautaires?|titulaires?))?\s+(?:sont|etaient|etant|"
    r"est|etait)\s+"
)
# The elected members, in inclusive writing or not (folded): « élu(e)s », « élus », « élues ».
_ELECTED = rf"elu(?:{_INCLUSIVE}|e?s)"
_WERE = (
    r"(?:(?:etaients?|etait|sont)\s+(?:egalement\s+|aussi\s+|encore\s+)?|"
    r"en\s+tant\s+que\s+(?:delegues?\s+)?(?:titulaires?|suppleants?)\s+)?"
)
# A presence table's column headings, its cells flattened one after the other: « Civilité Nom
# Prénom Commune Titulaire », then rows « Mme DURAND Jeanne VILLEBOURG x ». A mark column
# (« Titulaire », « Présence ») is required: it tells each row's attendance (folded).
_TABLE_COLUMNS = (
    r"(?:civilites?\s+)?(?P<order>nom\s+(?:et\s+)?prenoms?|prenoms?\s+(?:et\s+)?nom)s?"
    r"(?P<between>(?:\s+(?:communes?|collectivites?|qualites?|fonctions?))*)"
    r"\s+(?P<marks>(?:titulaires?|presences?|presente?s?)"
    r"(?:\s+(?:suppleante?s?|excusee?s?|absente?s?|(?:pouvoir|procuration)s?"
    r"(?:\s+(?:donnee?s?\s+)?a)?))*)\b"
)
# Checked in this order: « absents et représentés » must win over « absents ».
# The role of a group's heading inside a list: the list's own (``segment`` gives it).
CONTINUED_ROLE: Final = "continued"
# Who sits on a body, as a list's heading names them (folded): « Conseillers », « Membres »,
# « Délégués », « Élus », « Administrateurs » (a board: SDIS, centre de gestion, office).
_SITTING = (
    rf"(?:conseill(?:ere?|ers|eres)|membres?|deleguee?s?|{_ELECTED}|administrat(?:eur|rice)s?)"
)
# « Présents en séance : », « Membres excusés à la séance : »: where, said before the colon.
_AT_SESSION = r"(?:\s+(?:en|a\s+la|lors\s+de\s+la)\s+(?:seance|reunion)(?=\s{0,3}:))?"


def _members_with_article(state: str) -> str:
    """« Les membres présents en séance : », « Les conseillers excusés : », « Les membres
    présents sont : »: the article makes it prose's words too (« Les membres présents
    approuvent … »), so the colon is required."""
    return (
        rf"^les\s+{_SITTING}(?:\s+\w+){{0,2}}?\s+{state}(?:{_INCLUSIVE}|s)(?![\w(])"
        # « Les membres présents sont : ».
        rf"{_AT_SESSION}(?:\s+(?:sont|etaient))?\s{{0,3}}:"
    )


# « représentés par leurs suppléants », « remplacés par leur suppléant » (folded): a heading of
# members whose substitutes sit in their place.
_BY_SUBSTITUTES = r"(?:representee?s?|remplacee?s?)\s+par\s+(?:leurs?|son|sa)\s+suppleante?s?\b"
# A proxy stated in a sentence of its own (folded): a civility, one to four words of a name,
# then the verb and « à » (« M. Paul X a donné pouvoir à », « Mme Anne X qui donne procuration
# à », « M. Luc X avait remis procuration à »).
_PROXY_SENTENCE = (
    rf"{_FOLDED_CIVILITY}\s{{0,2}}(?:[\p{{L}}'’-]+\.?\s+){{1,4}}?(?:qui\s+)?"
    r"(?:(?:a|avait|ayant)\s+)?(?:donne|remis)\s+(?:(?:son|un)\s+)?(?:pouvoir|procuration|mandat)"
    r"(?:\s+de\s+vote)?\s+a\s"
)
ATTENDANCE_HEADINGS: Final[tuple[tuple[str, Pattern], ...]] = (
    (
        "represented",
        _compile(
            rf"^{_COUNTED}(?:absente?s?|excusee?s?)\s+et\s+(?:ont|avaient|a|avait)\s+donne\s+"
            r"(?:pouvoir|procuration)s?\b|"
            rf"^{_WERE}(?:absente?|excusee?)(?:{_INCLUSIVE}|s)?(?:\s+et|\s*[,/])?\s*"
            # « Absents représentés par procuration Alain X à … »: no colon needed.
            rf"(?:excusee?(?:{_INCLUSIVE}|s)?\s+)?(?:representee?(?:{_INCLUSIVE}|s)?"
            r"(?:\s+par\s+(?:procuration|pouvoir)s?)?|"
            # « ETAIT EXCUSEE ET A DONNE POUVOIR : … ».
            r"(?:ayant|avai(?:en)?t|(?<=et\s)(?:a|ont))\s+donne\s+"
            r"(?:pouvoir|procuration|mandat(?:\s+de\s+vote)?))\b"
            rf"{_NOT_A_COUNT}|"
            # « Administrateurs titulaires représentés par pouvoir M. X représenté par M. Y ».
            rf"^{_SITTING}(?:\s+\w+){{0,2}}?\s+representee?s?\s+par\s+(?:pouvoir|procuration)s?\b|"
            # « Etaient représentés : M. X par M. Y ».
            rf"^(?:procurations?|procuration\(s\)|pouvoirs?(?:\s+de\s+vote)?|pouvoir\(s\)|"
            r"depots?\s+de\s+pouvoirs?|mandats?|"
            r"(?:(?:etaient|sont|etait|est)\s+)?representee?s|delegations?\s+de\s+vote|"
            # « Membres représentés : », « Délégués titulaires représentés : ».
            rf"{_SITTING}(?:\s+\w+){{0,2}}?\s+representee?s|"
            # « Avait remis procuration : M. X à M. Y ».
            r"(?:avai(?:en)?t|ont)\s+(?:donne|remis)\s+(?:pouvoir|procuration)s?)"
            # « Il donne lecture des procurations parvenues : - M. X qui donne procuration … »
            # « Pouvoirs de : X pour Y »: the members who gave them.
            r"(?:\s+(?:parvenues|recues|suivantes|de))?"
            rf"{_NOT_A_COUNT}"
            # « Procurations (5/6) : »: how many, before the colon.
            rf"(?:\s{{0,3}}{_BRACKETED_COUNTS})?"
            r"\s{0,3}:|"
            rf"^excuses\s+representes\s+par\s+pouvoir|^{_letter_spaced('absents', 'representes')}"
            rf"{_NOT_A_COUNT}|"
            # « … LESAGE Carine Procurations Mme Laure X a donné procuration à … »: no colon,
            # the plural heading before a civility.
            # Not « pouvoirs »: « la délégation de pouvoirs Madame X donne lecture … ».
            r"^procurations\s+(?=(?:m\.|mme|monsieur|madame|mmes|mm\.|messieurs)\s)|"
            # « Membres Titulaires ayant donné pouvoir : M. L. X a donné pouvoir à … »
            r"^(?:membres|conseillers|delegues)(?:\s+(?:titulaires|suppleants))?\s+ayant\s+"
            r"donne\s+(?:pouvoir|procuration)s?\b|"
            # « ABSENTS AYANT VOTE PAR PROCURATION : BECUWE A. / … »
            rf"^{_WERE}absente?(?:\(e?s\)|s)?\s+ayant\s+vote\s+par\s+(?:procuration|pouvoir)s?"
            # « … en application des articles L. 2121-20 et L.5211-1 du Code … : »
            r"(?:\s+en\s+application\s+d[eu]s?\s[^:]{0,160}:)?"
            rf"{_NOT_A_COUNT}|"
            # « Etaient porteurs d'un pouvoir : Mme X pour M. Y »: the holders, each then the
            # member they vote for (read the other way round: ``HOLDERS_HEADING``).
            rf"^{_WERE}porteu(?:r|se)s?\s+(?:d'un|de|des|du)\s+(?:pouvoir|procuration|mandat)s?"
            rf"{_NOT_A_COUNT}|"
            # « Ont donné procuration – Suppléant(e)s Emile AUBIGNA à Charles CHIVILO, … »
            r"^(?:avai(?:en)?t|ont)\s+donne\s+(?:pouvoir|procuration)s?\b(?!\s+a\b)"
            r"(?:\s{0,3}[-–]\s{0,3}suppleant(?:\(e\)|e)?s?)?|"
            # « M. David X a donné pouvoir à M. Henri Y, … »: a proxy's own sentence, with no
            # heading; it is the list (nothing consumed).
            rf"^(?={_PROXY_SENTENCE})"
        ),
    ),
    (
        "excused",
        _compile(
            # « Absents, excusés : » is one heading, not two stacked.
            rf"^{_WERE}(?:absente?(?:{_INCLUSIVE}|s)?(?:\s*[/,]\s*|\s+(?:(?:et|ou)\s+)?))?"
            rf"excusee?(?:{_INCLUSIVE}|s)?(?![\w(]){_NOT_A_COUNT}{_AT_SESSION}|"
            rf"{_members_with_article('excusee?')}|"
            rf"^{_COUNTED}excusee?s?\b|"
            # « Le Président note les excusés : ➢ X (procuration à Y) ➢ … »
            r"^l[ea]\s+(?:presidente?|maire)\s+(?:note|constate|enregistre|cite)\s+les\s+"
            r"(?:excuses|absences)\s{0,3}:|"
            # « Délégué titulaire excusé : », « Conseillers excusés : », « Titulaires excusés : ».
            # One member's note has no colon (« … Conseillère Municipale absente excusée »): a
            # heading in the singular needs one.
            rf"^(?:{_SITTING}(?:\s+\w+){{0,2}}?|"
            rf"titulaires?|suppleante?s?)\s+(?:absente?(?:{_INCLUSIVE}|s)?\s+)?"
            rf"excusee?(?:(?:{_INCLUSIVE}|s)(?![\w(])|(?![\w(])(?=\s{{0,3}}:)){_NOT_A_COUNT}|"
            r"^s'etaient\s+fait\s+excuser|"
            rf"^(?:{_letter_spaced('absents', 'excuses')}|{_letter_spaced('excuses')}\b)"
            rf"{_NOT_A_COUNT}"
        ),
    ),
    (
        "absent",
        _compile(
            # « Absents et non représentés : », « Absent non représenté : ».
            rf"^{_WERE}absente?(?:{_INCLUSIVE}|s)?\s+(?:et\s+)?non\s+representee?"
            rf"(?:{_INCLUSIVE}|s)?\b{_NOT_A_COUNT}|"
            rf"^{_WERE}absente?(?:{_INCLUSIVE}|s)?(?![\w(/]){_NOT_A_COUNT}{_AT_SESSION}|"
            rf"{_members_with_article('absente?')}|"
            rf"^{_COUNTED}absente?s?\b|"
            # « Membres titulaires Collège 1 absents : … », « Délégués absents : ».
            rf"^{_SITTING}(?:\s+\w+){{0,3}}?\s+"
            rf"absente?(?:(?:{_INCLUSIVE}|s)(?![\w(])|(?![\w(])(?=\s{{0,3}}:)){_NOT_A_COUNT}|"
            rf"^{_letter_spaced('absents')}\b{_NOT_A_COUNT}"
        ),
    ),
    (
        # Staff and guests « sans voix délibérative »: never members, never counted.
        "non_voting",
        _compile(
            r"^(?:assistent|assistaient|assiste|assistait|participent|participaient)\s+"
            r"(?:egalement\s+)?(?:a\s+la\s+(?:seance|reunion)\s+)?(?:sans\s+voix\s+deliberative|:)|"
            # « Assistaient à cette réunion : » (the members, when no other list names them,
            # ``ATTENDED``); « Participaient également à cette réunion : » (staff, guests).
            r"^(?:assistent|assistaient|assiste|assistait)\s+(?:egalement\s+)?a\s+cette\s+"
            r"(?:seance|reunion)\s+(?:sans\s+voix\s+deliberative|:)|"
            r"^(?:participent|participaient)\s+egalement\s+a\s+cette\s+(?:seance|reunion)\s+"
            r"(?:sans\s+voix\s+deliberative|:)|"
            # « Assistaient également à la réunion Thierry X Directeur … »: no colon needed.
            r"^(?:assistent|assistaient|assiste|assistait)\s+egalement\s+a\s+la\s+"
            r"(?:seance|reunion)\b|"
            # « Ont également pris part à cette réunion Messieurs X, Y et Z, délégués des … »,
            # « Ont également assisté à cette réunion … ».
            r"^(?:ont|avaient)\s+egalement\s+(?:pris\s+part|assiste)\s+a\s+(?:cette|la)\s+"
            r"(?:seance|reunion)\b|"
            # Staff: « PERSONNEL ADMINISTRATIF DE L'OFFICE : Gilles X, Directeur Général … ».
            # « PERSONNELS ADMINISTRATIFS ET INVITÉS Étaient présents : Monsieur X, … ».
            r"^personnels?\s+(?:administratifs?|presents?|des\s+services)\b[^:\n]{0,60}:|"
            # Guests: « Etaient invités : », « Invités : », « Autres invités : ».
            # « Invités présents : », « Personnes invitées : ».
            r"^(?:(?:etaient|sont|etait|est)\s+)?(?:autres\s+)?(?:personnes\s+)?invitee?s?"
            r"(?:\s+presente?s)?\s{0,3}:|"
            # « Autres personnes présentes : », « Autres participants : »: not the members.
            # Without its colon before a civility: « … Autres personnes présentes M. X, … ».
            r"^autres\s+(?:personnes\s+presente?s|participante?s)"
            rf"(?:\s{{0,3}}:|(?=\s{{1,3}}{_FOLDED_CIVILITY}))"
        ),
    ),
    (
        "present",
        _compile(
            # « Présents à titre de titulaires : Mesdames X, … », « Présente à titre de
            # suppléante : Madame Y »: the capacity is the heading's.
            rf"^{_WERE}presente?(?:{_INCLUSIVE}|s)?(?![\w(]){_NOT_A_COUNT}"
            # « … en qualité de conseillers communautaires titulaires (52) : ».
            r"(?:\s{1,3}(?:a\s+titre\s+de|en\s+qualite\s+de|en\s+tant\s+que)\s+"
            r"(?:(?:conseill(?:ers?|eres?)|deleguee?s?|membres?)\s+(?:[a-z]+\s+)?)?"
            rf"(?:titulaires?|suppleante?s?)\b)?{_AT_SESSION}|"
            rf"{_members_with_article('presente?')}|"
            rf"^{_COUNTED}presente?s?\b|"
            # « Nombre de présents : (48) Dont (48) présent(e)s avec droit de vote formant le
            # quorum : … »: of whom so many present, then the list.
            r"^dont\s{1,3}\(?\d{1,4}\)?\s{1,3}presente?(?:\(e\))?s?\b"
            r"(?:[\s']{1,3}avec\s+droit\s+de\s+vote)?(?:\s{1,3}formant\s+le\s+quorum)?|"
            # « Présents : 18 MM Herbaux, Petitprez, … »: the count, then the list.
            rf"^{_COUNT_THEN_LIST}|"
            r"^(?:participaient|participent|ont\s+participe)\s+a\s+(?:cette|la)\s+"
            r"(?:reunion|seance)\s{0,3}:|"
            # « ETAIENT REPRESENTEES LES COMMUNES DE : BENESVILLE : Monsieur X … »: the communes
            # present through their delegates (not « représentés », the proxies' heading).
            rf"^{_WERE}representees\s+les\s+communes(?:\s+(?:membres|adherentes))?"
            r"(?:\s+(?:de|d'))?\s{0,3}:|"
            # « Elu(e)s présent(e)s : Monsieur X, Maire, … ».
            # « Délégués titulaires ou suppléants présents : ».
            rf"^(?:autres\s+)?{_SITTING}(?:\s+\w+){{0,2}}(?:\s+ou\s+\w+)?\s+"
            rf"presente?(?:{_INCLUSIVE}|s)(?![\w(]){_NOT_A_COUNT}{_AT_SESSION}|"
            # « Administrateurs titulaires représentés par leurs suppléants Mme X représentée
            # par Mme Y »: the substitutes who sit (``SUBSTITUTES_HEADING``).
            rf"^{_SITTING}(?:\s+\w+){{0,2}}?\s+{_BY_SUBSTITUTES}|"
            # « Titulaires présents : L. AFFHOLDER, … », « Suppléants présents : … ».
            rf"^(?:titulaires|suppleante?s)\s+presente?s\b{_NOT_A_COUNT}|"
            # « Délégués des communes : BARDOU … -M. Paul X -Mme Anne Y … »: the delegates who sit,
            # named after the count box (a civility follows within the first words).
            r"^deleguee?s\s+des\s+communes\s{0,3}:(?=[^:]{0,60}?(?:\bm\.|\bmme\b|\bmonsieur\b))|"
            rf"^{_letter_spaced('presents')}\b{_NOT_A_COUNT}|"
            # A presence table's column headings, its rows after them (``TABLE_COLUMNS``).
            rf"^{_TABLE_COLUMNS}|"
            # No heading: « Mesdames Agnès BEGNY, Marie-Ange BROUILLON, … et Messieurs … »
            # after the session's title lists who is there (the heading is empty).
            rf"^(?={_HEADLESS_LIST})"
        ),
    ),
    (
        # A group's heading inside a list, of the list's kind: « Délégués titulaires présents :
        # … Déléguée suppléante : GUTHMANN Monique », « Excusés : Membres titulaires : …
        # Membres suppléants : MM. X » (a colon, no count).
        CONTINUED_ROLE,
        _compile(r"^(?:deleguee?s?|membres?)\s+suppleante?s?\s{0,3}:(?!\s{0,3}\d)"),
    ),
)
# A list's heading of members replaced by their substitutes (folded, searched in the heading):
# each item « X représentée par Y » seats Y in X's place, no proxy.
SUBSTITUTES_HEADING: Final = _compile(_BY_SUBSTITUTES)
# « Mme MAUREL représentée par Mme ROQUABERT » under such a heading (folded).
REPRESENTED_BY: Final = _compile(
    r"^(?P<member>[^()]{2,120}?)[\s,(]{1,4}representee?\s+par\s+(?P<substitute>[^()]{2,120}?)"
    r"[\s).,;]{0,3}$"
)
TABLE_COLUMNS: Final = _compile(_TABLE_COLUMNS)  # matched at a position: no « ^ »
# The columns of a presence table's headings an « x » may stand in (folded).
TABLE_X_COLUMN: Final = _compile(
    r"\b(?:titulaire|presence|presente?|suppleante?|excusee?|absente?)s?\b"
)
# A presence table's row starts at its civility (« *Mme », a star marking a substitute), not
# at a holder's (« Pouvoir à M. X ») (written text).
TABLE_ROW_START: Final = _compile(
    r"(?<![\p{L}.])(?<!\s(?:à|a|par)\s)\*?(?:Madame|Monsieur|Mme|Mlle|Melle|Mr|M\.)(?=\s)"
)
# A row's mark, its last cell (folded): « x » (in the only mark column: present), « Excusé »,
# « Absente », « Pouvoir à M. X », « Procuration à … », « Représenté par … ».
TABLE_MARK: Final = _compile(
    r"(?:^|\s)(?:(?P<x>x)|(?P<present>presente?s?)|(?P<excused>excusee?s?)|(?P<absent>absente?s?)|"
    r"(?P<proxy>(?:pouvoir|procuration)\s+(?:donnee?\s+)?a|representee?\s+par)\s(?P<holder>[^\n]{1,80}))$"
)
# A table cell that is a mark, found anywhere in a row's tail (folded).
TABLE_MARK_WORD: Final = _compile(
    r"(?:^|\s)(?:x|presente?s?|excusee?s?|absente?s?|pouvoir|procuration|representee?)(?=\s|$)"
)
# A mark cell of a presence table the stream would take for a heading (« Excusé Mme X … »,
# « Absente x x »): it follows a row, before the next row, another mark or the next marker
# (matched up to the next cut, folded).
TABLE_MARK_CUT: Final = _compile(
    r"(?:absente?|excusee?)s?(?:\s+(?:\*?(?:madame|monsieur|mme|mlle|melle|mr|m\.)\s|x\b)|\s*$)"
)
# A mark standing alone in a list, not a name's placeholder after a civility (« M. X »): a
# presence table's cell (folded).
LONE_MARK: Final = _compile(rf"(?<!\S)(?<!(?<![\w.]){_FOLDED_CIVILITY})x(?!\S)")
# A run of attendance lists holding this many lone marks is a table whose marks were flattened
# apart from their rows.
DETACHED_MARKS: Final = 3
# A line of names: its first words hold no prose, and a separator stands in it.
NAME_LINE_WORDS: Final = 5
NAME_LIST_SEPARATOR: Final = _compile(r",|\s[-–]\s|;")
# A line that starts a list with no heading (folded): « Mesdames Agnès BEGNY, … ».
# Members each after a dash (``_HEADLESS_LIST``): inside a list that has its heading, they
# are its items wherever they stand.
DASHED_LIST: Final = _compile(_DASHED_LIST)
HEADLESS_LIST: Final = _compile(_HEADLESS_LIST)
# « Etaient présents : Tous les membres en exercice, à l'exception de : … »: the names that
# follow are those of the members absent (folded, after the heading).
ALL_BUT: Final = _compile(
    r"^(?:tous\s+les|l'ensemble\s+des)\s+(?:membres|conseillers|delegues)\b[^:;.]{0,60}?"
    r"(?:a\s+l'exception\s+d[eu]s?|sauf|excepte)\s{0,3}"
    # « Tous les Conseillers, sauf absents excusés : … » names the excused.
    r"(?P<excused>(?:les\s+)?(?:absents?\s+)?excusee?s?\b)?\s{0,3}:?\s{0,3}"
)
COUNT_THEN_LIST: Final = _compile(_COUNT_THEN_LIST)
BRACKETED_COUNT_THEN_LIST: Final = _compile(_BRACKETED_COUNT_THEN_LIST)
BRACKETED_COUNT_ROLES: Final = ("present", "absent", "excused", "represented")
# The count a heading carries before its list (« Présents : 18 MM Herbaux, … »), folded.
HEADING_COUNT: Final = _compile(
    r"(?::\s{0,3}(?P<count>\d{1,3})\s{0,3}:?|[(\[]\s{0,2}(?P<count>\d{1,3})\s{0,2}[)\]]\s{0,3}:)"
    r"\s{0,3}$"
)
# The count a heading in prose starts with: « Treize administrateurs sont présents à savoir : ».
COUNTED_PRESENT: Final = _compile(rf"^(?={_COUNTED}presente?s\b)(?P<count>{COUNT})\s")
# A note in brackets right after a heading, before its colon.
HEADING_NOTE: Final = _compile(r"^\s{0,3}(?:\([^()]{0,80}\)|\[[^\[\]]{0,80}\])\s{0,3}(?=:)")
# The list's count in brackets right after the heading's colon: « Absents : (4) Mme … ».
# Or not in brackets, before a colon: « Absents excusés : 7 : Mme … ».
HEADING_BRACKETED_COUNT: Final = _compile(
    rf"^\s{{0,3}}(?:{_BRACKETED_COUNTS}|\d{{1,3}}\s{{0,3}}:(?=\s{{0,3}}\p{{L}}))\s{{0,3}}"
)
# The rest of a heading word the pattern stopped inside (« représenté|s », « excusé|e|s »,
# « représenté|(s/es) »).
WORD_TAIL: Final = _compile(r"^[\w()/]*")
# A formula inside a list, after its first member (folded): « M. X, Maire MM. Les Conseillers
# municipaux et Mmes Les Conseillères Municipales en exercice : MM. Y et Z … »: a grouped
# civility, then « les » and the members' name as a body; no member.
LIST_FORMULA: Final = _compile(
    r"(?<!\S)(?:mm\.?|mmes?|messieurs|mesdames)\s+les\s+(?:conseill|membres|delegue|elu)[\w']{0,12}"
    r"(?:\s+(?:municipa(?:les|le|ux|l)|communautaires?|titulaires?|syndicaux|en\s+exercice)\b)*"
    r"\s{0,3}:?"
)
# A field's separator before its subject in a heading (written): « FINANCES / Tarifs … ».
HEADING_JOINERS: Final = frozenset({"/", "–", "-", "—"})
# The formula that follows a heading: « Mesdames et Messieurs : », « Mmes et MM. ». Only the
# pair is a formula: « MM. DURAND, MARTIN » alone is a grouped civility of the names it leads.
HEADING_TAIL: Final = _compile(
    r"^(?:(?:mesdames|mmes?)\s*(?:et|,|&)\s*(?:messieurs|mm\.?|mrs\.?)|"
    r"(?:messieurs|mm\.?|mrs\.?)\s*(?:et|,|&)\s*(?:mesdames|mmes?))(?:\s+les\s+(?:conseillers|membres|delegues)\w{0,10})?\s*:?\s*|"
    # « … sont présents à savoir : », « … ont donné pouvoir, à savoir »
    r"^,?\s{0,3}a\s+savoir\s{0,3}:?\s*|"
    # « Excusés sans pouvoir : », « Présents à la séance : », « Présents à l'ouverture de la
    # séance : »: words that qualify the heading, before its colon.
    r"^(?:sans\s+(?:pouvoir|procuration)s?|(?:a|lors\s+de)\s+la\s+(?:seance|reunion)|"
    r"a\s+l'ouverture(?:\s+de\s+la\s+(?:seance|reunion))?)\s{0,3}:\s*|"
    # « Etaient présents, outre le Président : », « …, outre M. le Maire : ».
    r"^,?\s{0,3}outre\s+[^:,;]{0,30}?\b(?:presidente?|maire)\s{0,3}:\s*|"
    # « Etaient présents et pouvaient participer au vote : », « … (ayant voix délibérative) : ».
    r"^(?:et\s+)?(?:pouvaient|pouvant|peuvent|ayant)\s+(?:participer\s+au\s+vote|"
    r"voix\s+deliberative)\s{0,3}:?\s*|"
    # « Délégués titulaires présents et votants : », « … absents remplacés par leur suppléant »,
    # then « En ordre de communes » (never « et non votants »: substitutes who do not sit).
    r"^et\s+votants\s{0,3}:?\s*|"
    r"^(?:non\s+)?remplacee?s?\s+par\s+(?:leur|son|sa|leurs)\s+suppleante?s?\s{0,3}:?\s*|"
    r"^(?:en|par)\s+ordre\s+(?:de|des)\s+communes?\s{0,3}:?\s*|"
    # « Étaient présents les Conseillers municipaux suivants : Mmes et MM. … »
    r"^les\s+(?:conseillers|membres|delegues)(?:\s+\w+){0,2}?\s+suivants\s{0,3}:?\s*|"
    r"^(?:au\s+moment\s+de\s+l'?\s?appel\s+nominatif|en\s+debut\s+ou\s+en\s+cours\s+de\s+"
    r"seance|non\s+(?:representee?|excusee?)(?:\(e\))?s?)\s*:?\s*|"
    # « Étaient présents : Membres (36/72) : Martial X … »: who the list counts, and how many.
    # « Etaient présents membres titulaires Collège 1 : … »: the college they sit for.
    r"^(?:membres|conseillers|delegues)(?:\s+titulaires)?(?:\s+college\s+\w{1,4})?\s{0,3}"
    r"(?:\(\s{0,3}\d{1,4}"
    r"(?:\s{0,3}/\s{0,3}\d{1,4})?\s{0,3}\))?\s{0,3}:\s*"
)

# --- Session line --------------------------------------------------------------------------------

WEEKDAYS: Final = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS: Final = (
    "janvier", "fevrier", "mars", "avril", "mai", "juin",
    "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
)  # fmt: skip
DATE: Final = _compile(
    r"\b(?:(?P<weekday>" + "|".join(WEEKDAYS) + r")\s+)?"
    # A session over two days (« 14 et 15 octobre 2019 », « du 3 au 4 avril ») starts on the first.
    r"(?:(?P<first_day>[0-3]?\d)(?:\s{0,2}(?:er|e))?\s{1,3}(?:et|au)\s{1,3})?"
    # The day may be glued to its month (« le 1décembre 2015 », « 1ermars 2017 »).
    r"(?P<day>[0-3]?\d)(?:\s{0,2}(?:er|e))?\s*(?P<month>" + "|".join(MONTHS) + r")"
    r"\s+(?P<year>(?:19|20)\d{2})\b"
)
# Numeric dates: « 21/11/18 », « 21/11/2018 », « 21.11.2018 » (never hyphens: identifiers use them).
NUMERIC_DATE: Final = _compile(
    r"(?<![\d/.])(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)[/.](?P<year>(?:19|20)?\d{2})(?![\d/.])"
)
# A two-digit year below this is 20xx, otherwise 19xx (« 98/0745 », « 21/11/18 »).
CENTURY_PIVOT: Final = 70
# Days written out: « premier », « 1er », « vingt-deux ».
_DAY = rf"(?:premier|1\s?er|[0-3]?\d|{NUMBER_WORDS})"
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
# « le vingt-deux mars deux mille dix-neuf », « 8 avril deux mil vingt et un ».
WORDS_DATE: Final = _compile(
    rf"\b(?:(?P<weekday>{_WEEKDAY})\s+)?(?P<day>{_DAY})\s+(?P<month>{_MONTH})\s+"
    rf"(?P<year>(?:19|20)\d{{2}}|{NUMBER_WORDS})"
)
# « L'an deux mille vingt et un, le huit avril », « L'AN DEUX MIL DIX-NEUF le VINGT-DEUX MARS ».
YEAR_FIRST_DATE: Final = _compile(
    rf"\bl(?:'|\s)an\s+(?P<year>(?:19|20)\d{{2}}|{NUMBER_WORDS})\s{{0,3}},?\s{{0,3}}(?:et\s+)?"
    rf"(?:le\s+)?(?:(?P<weekday>{_WEEKDAY})\s+)?(?P<day>{_DAY})\s+(?:du\s+mois\s+d[e']\s?)?"
    rf"(?P<month>{_MONTH})\b"
)
TIME: Final = _compile(
    rf"\ba\s+(?P<hour>[0-2]?\d|{NUMBER_WORDS})\s{{0,2}}(?:h|heures?)\b"
    rf"(?:\s{{0,2}}(?P<minute>[0-5]\d|{NUMBER_WORDS}))?"
)
# « 18h30 » glued.
GLUED_TIME: Final = _compile(r"\ba\s+(?P<hour>[0-2]?\d)h(?P<minute>[0-5]\d)\b")
OPENING_COUNT: Final = _compile(
    rf"\bont\s+ete\s+presents?\s+(?P<count>{COUNT})\s+(?:membres|conseillers|delegues)\b"
)
# A member's role that makes them the session's president (folded, whole): « Président »,
# « Présidente de séance ».
CHAIR_ROLE: Final = _compile(r"presidente?(?:\s+de\s+(?:la\s+)?seance)?")
# A member's role that makes them the mayor (folded, whole), who presides when the text says
# that the mayor opens the session (``MAYOR_OPENS``).
MAYOR_ROLE: Final = _compile(r"(?:le\s+|la\s+)?maire")
# « Monsieur le Maire fait l'appel des présents, donne lecture des procurations et ouvre la
# séance », « … déclare la séance ouverte » (folded): the mayor, named by office only, opens it.
MAYOR_OPENS: Final = _compile(
    r"\b(?:monsieur|madame)\s+le\s+maire\b[^.;]{0,160}?\b(?:(?:ouvre|preside)\s+la\s+"
    r"(?:seance|reunion)|declare\s+la\s+(?:seance|reunion)\s+ouverte)\b"
)
# A president's role written in parentheses after the name (folded): « (Maire) ».
_ROLE_IN_PARENTHESES = r"\s{0,3}\((?P<role>[^()]{2,60})\)"
# « sous la présidence de M. Paul MARTIN, Maire » / « PRESIDENCE DE MONSIEUR Paul MARTIN, Maire ».
PRESIDED_BY: Final = _compile(
    r"(?:\bsous\s+la\s+|^)presidence\s+de\s+(?P<who>[^,;()]{3,120}?)"
    # The role after a comma, or in parentheses (« M. Paul MARTIN (Maire), conformément … »).
    rf"(?:\s{{0,3}},\s{{0,3}}(?P<role>[^,;.()]{{2,120}})|{_ROLE_IN_PARENTHESES})?\s{{0,3}}(?:[,;.]|$)"
)
# « s'est réuni [en session ordinaire] à la salle des fêtes, »: the place, without its preposition.
PLACE: Final = _compile(
    r"\b(?:s'est|se\s+sont)\s+reunie?s?\b(?:\s+en\s+(?:session|seance)\s+\w+)?\s{0,3},?\s{0,3}"
    r"(?:a\s+la|au|aux|en\s+la|dans\s+la|a\s+l'|en|a)\s+(?P<place>[^,;.]{3,120})"
)
# --- Counts (folded) -----------------------------------------------------------------------------

# (field, label) for « label : number » pairs of a count box. Traps come first so that
# « Auditeurs présents : 40 » (the public) is never read as « présents : 40 »; a ``None`` field
# (« Absents : 3 ») is not stored.
COUNT_LABELS: Final[tuple[tuple[str | None, str], ...]] = (
    ("audience", r"auditeurs(?:\s+presents)?|public(?:\s+present)?"),
    ("quorum_declared", r"quorum(?:\s+requis)?"),
    ("majority_declared", r"majorite\s+(?:absolue|requise)"),
    ("seats", r"afferents(?:\s+au\s+(?:conseil|comite))?"),
    (
        "in_office",
        r"(?:(?:nombre\s+de\s+)?(?:conseillers|membres|delegues|titulaires?)"
        r"(?:\s+(?!afferents)\w+){0,4}?\s+)?en\s+exercice(?:\s+au\s+jour\s+de\s+la\s+seance)?|"
        # « EXERCICE : 15 », « En fonction : 126 »: the words alone, before the colon.
        r"(?<![\p{L}'])(?:exercice|en\s+fonctions?)(?=\s{0,3}:\s{0,3}\d)|"
        # « Membres en fonction : 15 », « Conseillers titulaires en fonction : 12 ».
        r"(?:nombre\s+de\s+)?(?:conseillers|membres|delegues)(?:\s+\w+){0,2}?\s+en\s+fonctions?|"
        # « CONSEILLERS METROPOLITAINS : 81 »: the council's members, in a count box.
        r"(?:nombre\s+de\s+)?conseillers\s+(?:municipaux|communautaires|metropolitains)"
        r"(?=\s{0,3}:\s{0,3}\d)",
    ),
    (
        "voters",
        r"(?:nombre\s+de\s+)?votants|(?:qui\s+ont\s+)?pris\s+part\s+"
        r"(?:a\s+la\s+deliberation|aux\s+deliberations|au\s+vote)|qui\s+ont\s+delibere|"
        # « Présents ou représentés : 34 »: who votes, in person or by proxy.
        r"presente?s?\s+ou\s+representee?s?|"
        # In the session's count box, « Suffrages exprimés : 24 », « Nombre d'exprimés : 51 »
        # count who votes there (« Votants », stated too, wins: ``count_pairs``).
        r"(?:nombre\s+(?:de\s+|d')?)?(?:suffrages\s+)?exprimes",
    ),
    (
        "represented",
        r"(?:nombre\s+de\s+)?(?:procurations?|pouvoirs?|representee?s|mandats?)(?:\(s\))?",
    ),
    (
        "present",
        r"(?:nombre\s+de\s+)?(?:(?:membres|conseillers|delegues)(?:\s+\w+){0,3}?\s+)?"
        # « Présents titulaires : 33 »: the capacity after the word.
        r"present(?:\(e\))?s?(?:\s+titulaires)?|"
        # « Nombre de conseillers qui assistaient à la séance : 37 ».
        r"(?:nombre\s+de\s+)?(?:membres|conseillers|delegues)\s+qui\s+assistaient\s+a\s+la\s+seance",
    ),
    # Counted in a box but kept by no field: « Absents, excusés », « Ne prennent pas part aux
    # votes » (one label each).
    (
        None,
        r"absents?(?:\s{0,3}[,/]\s{0,3}|\s+et\s+)excuses?|absents?|excuses?|"
        r"ne\s+prenn?(?:ent|d)\s+pas\s+part\s+aux?\s+votes?",
    ),
)
# « Assistaient à la réunion : », « Assistent à cette séance : » (folded): the members attending
# when the text gives no other present list; never « Assistaient également » nor « sans voix ».
ATTENDED: Final = _compile(
    r"^assist(?:aient|ent)\s+(?:a\s+(?:la|cette)\s+(?:seance|reunion)\s{0,3})?:"
)
# The label after a count in prose: « 21 présents », « 54 membres en exercice », « 254 délégués
# sont présents ».
_PROSE_COUNT_LABEL = (
    r"(?:(?:membres|conseillers|delegues)(?:\s+(?:titulaires|municipaux|communautaires))?\s+"
    # « 17 membres du Conseil étant présents ».
    r"(?:du\s+(?:conseil|comite|bureau)\s+)?(?:(?:sont|etaient|etant)\s+)?)?presents\b|"
    r"procurations\b|pouvoirs\b|votants\b|"
    r"(?:membres|conseillers|delegues)(?:\s+(?:titulaires|municipaux|communautaires))?\s+"
    r"(?:en\s+exercice|habilites\s+a\s+voter)\b"
)
# « les membres du Comité … se sont réunis au nombre de cent quatre » (folded): how many met.
MET_IN_NUMBER: Final = _compile(rf"\breunie?s\s+au\s+nombre\s+de\s+(?P<count>{COUNT})(?![\w-])")
# « Étaient présents : Membres (36/72) », « 40 présents sur 41 »: present of those in office.
PRESENT_OF_OFFICE: Final = _compile(
    r"\bpresents?\s{0,3}:\s{0,3}(?:membres|conseillers|delegues)(?:\s+titulaires)?\s{0,3}"
    r"\(\s{0,3}(?P<present>\d{1,4})\s{0,3}/\s{0,3}(?P<in_office>\d{1,4})\s{0,3}\)|"
    r"(?<![\d/.,])\b(?P<present>\d{1,3})\s+(?:(?:membres|conseillers|delegues)\s+)?presents?\s+"
    r"sur\s+(?P<in_office>\d{1,3})\b(?![/.,]\d)|"
    # « Étaient présents 12 conseillers sur 15 en exercice ».
    r"\bpresents?\s{1,3}(?P<present>\d{1,3})\s+(?:membres|conseillers|delegues)\s+sur\s+"
    r"(?P<in_office>\d{1,3})\s+en\s+exercice\b"
)
_LABEL_GROUPS = "|".join(f"(?P<l{index}>{label})" for index, (_, label) in enumerate(COUNT_LABELS))
# « Présents : 20 », « Présents ……… 61 », « En exercice 29 », and « 21 présents » in prose.
# Any digit: a text with none holds no count pair, and the pairs' pattern costs ~0.4 s to try
# at every position of a megabyte.
DIGIT: Final = _compile(r"\d")
COUNT_PAIR: Final = _compile(
    # A note may stand between a label and its colon: « Votants (présents ou représentés) : 18 ».
    # « Le nombre de présents est de 23 », « Nombre de présents : (48) ». Only « 1. » opens a
    # numbered list (« Procurations : 1. Damien … »); « Votants : 22. Accueil … » is a count. A
    # number followed by another one is a table's column (« En exercice 58 48 »): which of them
    # is the session's, the text does not say.
    rf"\b(?:{_LABEL_GROUPS})(?:\s{{0,3}}\([^()\d]{{3,40}}\))?(?:\s{{1,3}}(?:est|etait)\s+de)?"
    # « - Présents : - 20 jusqu'à 18 h 42 - 21 … »: a dash may stand before the count.
    rf"\s{{0,3}}[:=.…]{{0,80}}\s{{0,3}}(?:(?<=:\s{{0,3}})[-–]\s{{1,3}})?\(?"
    rf"(?:(?P<count>(?!00\d)(?!0?1\b)\d{{1,4}})\b|(?P<count>0?1)\b(?!{_LIST_NUMBER_TAIL}))"
    # « Procurations (5/6) : Francis X à … »: a list heading's counts before and after a
    # change, not a box's (« Quorum (8) : » is one).
    r"(?!\s{0,3}/\s{0,3}\d{1,4}\s{0,3}\)\s{0,3}:)"
    # A day before its month is a date's (« Convocation des Conseillers : 2 Avril 2008 »).
    rf"(?!(?:\s{{0,2}}er)?\s{{1,3}}{_MONTH}\b)"
    # The other number stands alone, not at the head of an identifier (« 36 037-200041382-… »).
    rf"(?!\s{{1,3}}\d{{1,4}}(?![\w/.,-])(?!\s{{0,3}}(?:{_PROSE_COUNT_LABEL})))|"
    # In prose, a count has three digits at most: « 2010 Présents » is a date's year.
    # « 31 présents », « 54 membres en exercice », « 254 délégués sont présents »; a number
    # after a colon is the label's before it (« CONSEILLERS : 81 PRESENTS : M. X »).
    # A heading after a number is no count (« … 29 29 28 Présents : MM. X … »).
    # A time's minutes are no count (« … ouverte à 9 h 30 Présents à l'ouverture … »).
    rf"(?<!:\s{{0,3}})(?<!\d\s{{0,2}}h\s{{0,2}})\b(?P<count>\d{{1,3}})\s+(?P<l_prose>{_PROSE_COUNT_LABEL})"
    r"(?!\s{0,3}:)"
)
# A count box flattened column by column: its labels one after another, then their values
# (« En exercice : Ayant pris part à la délibération : Date de la convocation : 42 34
# 14/02/2019 »), folded. Labels and values pair from the end; a heading before the labels
# (« Nombre de membres : ») has no value.
SEPARATED_COUNT_BOX: Final = _compile(
    r"(?:(?P<label>[^:\d]{3,60}?)\s{0,3}:\s{0,3}){3,8}"
    r"(?:(?P<value>\d{1,2}/\d{1,2}/\d{2,4}|\d{1,4})"
    # A count that changed during the session (« 27 jusqu'à 20 heures 15 puis 29 »): the
    # opening figure is the box's.
    r"(?:\s{1,3}jusqu'a\s{1,3}\d{1,2}\s{0,3}(?:h|heures?)(?:\s{0,3}\d{1,2})?\s{1,3}puis\s{1,3}"
    r"\d{1,4}\.?)?(?:\s{1,3}|$)){2,8}(?![\d/])"
)
# A count box flattened column by column with no colons: its labels, each maybe followed by a
# few words, then as many values in the same order (« Nombre de conseillers Afférents au
# conseil municipal En exercice Qui ont pris part à la délibération 29 29 28 »), folded: the
# run of values, then what stands between two labels, or between the last one and the values.
# Each value may follow its colon (« Présents Votants : 15 : 15 »: the cells of a web table).
VALUE_RUN: Final = _compile(
    r"(?:(?<=\s):\s{0,3})?(?<![\d/.,])\d{1,4}(?:(?:\s{0,3}:)?\s{1,3}\d{1,4}){1,5}(?![\d/.,])"
)
LABEL_GAP: Final = _compile(r"\s+(?:[^\d\s:]+\s+){0,3}")
# How far before its values a box's labels may start.
COLUMN_BOX_REACH: Final = 240
COUNT_LABEL: Final = _compile(rf"\b(?:{_LABEL_GROUPS})")
# A whole label of such a box: a count label, maybe after a word (« Ayant pris part … »).
COUNT_LABEL_START: Final = _compile(rf"^(?:\w+\s+)?(?:{_LABEL_GROUPS})")
# A label of such a box that takes a date, not a count.
DATE_LABEL: Final = _compile(r"\bdate\b")
# Where the prose form's label lands (its last word).
PROSE_COUNT_FIELDS: Final[dict[str, str]] = {
    "presents": "present",
    "procurations": "represented",
    "pouvoirs": "represented",
    "votants": "voters",
    "exercice": "in_office",
    "voter": "voters",
}
# A line that starts like a count box (the pair itself is checked separately).
COUNT_LINE: Final = _compile(
    r"^(?:a\s+l'ouverture|a\s+partir\s+d|apres\s+le\s+point|nombre\s+de|membres|conseillers|"
    r"delegues|en\s+exercice|afferents|presents?|present\(e\)s|votants|procurations?|pouvoirs|"
    r"representee?s|"
    r"quorum|majorite|auditeurs|(?:il|on)\s+(?:denombre|constate)|qui\s+ont\s+pris\s+part)\b"
)
# « A partir du point 2 : » changes the counts for the items that follow.
COUNT_CHANGE_SCOPE: Final = _compile(
    r"^(?:a\s+partir\s+d[eu]\s+(?:la\s+)?|apres\s+(?:le|la)\s+)"
    r"(?:point|question|deliberation|dossier|rapport)\s{1,3}(?:n\s?°\s?)?[\w.]{1,8}\s{0,3}:?"
)

# Where the place clause ends when no comma ends it (« … sous la présidence de … »).
PLACE_END: Final = _compile(
    r"\s(?:sous\s+la\s+presidence|apres\s+convocation|sur\s+la\s+convocation)\b"
)
# « Madame Jeanne DURAND, Présidente de …, a ouvert la séance »: who, then their role.
# « Madame Jeanne DURAND, Présidente de …, a ouvert la séance », the role may be left out.
OPENING_PRESIDENT: Final = _compile(
    # Bounded spaces after the comma: with ``\s*`` each length of a long run of spaces was tried
    # against each length of the role.
    r"^(?P<who>[^,]{3,120}?)(?:,\s{0,3}(?P<role>.{3,300}?),)?\s*a\s+ouvert\b"
)

# --- Names ---------------------------------------------------------------------------------------

CIVILITIES: Final[dict[str, str]] = {
    "madame": "Mme",
    "mme": "Mme",
    "mme.": "Mme",
    "mademoiselle": "Mme",
    "mlle": "Mme",
    "mlle.": "Mme",
    "melle": "Mme",
    "melle.": "Mme",
    "monsieur": "M.",
    "m.": "M.",
    "m": "M.",
    "mr": "M.",
    "mr.": "M.",
    # Grouped civilities (« MM. DURAND, MARTIN, Mmes ROUX et PETIT ») give each name its own.
    "mesdames": "Mme",
    "mmes": "Mme",
    "messieurs": "M.",
    "mm": "M.",
    "mm.": "M.",
    # « Mrs BORDIER, BOULAY »: French minutes abbreviate « Messieurs » so.
    "mrs": "M.",
    "mrs.": "M.",
}
# « Madame », « M. », « M » (no dot), « M me » (split by a PDF), « M.DURAND » (no space).
CIVILITY: Final = _compile(
    # « Mme. PAITEL »: a full stop after any abbreviation.
    r"^(?P<civility>madame|mademoiselle|monsieur|mme\.?|m\sme|mlle\.?|melle\.?|mr\.?|m\.?)\s+|"
    r"^(?P<civility>mme|mlle|mr|m)\.(?=\p{L})"
)
# A civility that applies to every following name of the list until the next civility.
GROUP_CIVILITY: Final = _compile(r"^(?P<civility>mesdames|mmes|messieurs|mm\.?|mrs\.?)\s+")
# Titles are not civilities: they go to the person's notes (« Maître », « Docteur »).
TITLE: Final = _compile(r"^(?P<title>maitre|docteur|dr\.?|professeur|pr\.)\s+")
# Particles that stay with the family name even when written in lower case (« de », « d' »).
PARTICLES: Final = frozenset({"de", "du", "des", "d'", "le", "la", "del", "della", "van", "von"})
# Lower-case words a name may hold (« Anne de LA TOUR », « Jan van der BERG »): any other
# lower-case word makes a list item prose.
NAME_PARTICLES: Final = PARTICLES | frozenset(
    {"d", "der", "den", "ter", "di", "da", "dos", "das", "do", "el", "al", "ben", "bin", "y", "e",
     "et", "dit", "dite", "épouse", "ép.", "née", "veuve"}
)  # fmt: skip
# A list's initial before a family name: « A. », « JP. », « MC », « J-P. » (written text).
# A family name in mixed case after an initial (« D Michaud », « C Bourgeois-République »).
MIXED_CASE_WORD: Final = _compile(r"^\p{Lu}\p{Ll}[\p{Ll}'’-]*(?:-\p{Lu}\p{Ll}+)*$")
INITIAL_WORD: Final = _compile(r"^\p{Lu}(?:-?\p{Lu})?\.?$")
INITIAL: Final = _compile(r"^\p{Lu}\.(?:-?\p{Lu}\.)*$")
# « DURAND.J »: a family name with its initial glued after a dot.
FAMILY_DOT_INITIAL: Final = _compile(
    r"^(?P<family>\p{Lu}[\p{Lu}'’-]{1,60})\.(?P<initial>\p{Lu})\.?$"
)
# A given name as written in running lists: capital then lower case (« Jean-Pierre », « Éric »).
GIVEN_WORD: Final = _compile(
    r"^\p{Lu}\p{Ll}[\p{Ll}'’]{0,30}(?:-\p{Lu}\p{Ll}[\p{Ll}'’]{0,30}){0,3}$"
)
# A bullet that opens a list's item (``RESIDUE_REPAIRS`` drops them at a line's start;
# flattened, they stand inside the line).
_LIST_BULLET = rf"[{_BULLET_CHARACTERS}◦]"
LEADING_BULLET: Final = _compile(rf"^{_LIST_BULLET}\s*")
# Separators between names in a one-paragraph attendance list (folded text): « - », « – »,
# « -- », « , », « ; », « / », « et » before the last name, a line break the splitter decided
# was one (written as \n), and list numbers (« 11. ») that drifted between two names.
NAME_SEPARATORS: Final = _compile(
    # « Alain X, ayant donné pouvoir à Eve Y »: the comma leaves the proxy with its member.
    rf"{_RUN_START}(?:\s+[-–—]{{1,2}}\s+|\s*--\s*|\s*;\s*(?:et\s+)?|"
    r"\s*,(?!\s*(?:ayant|a|avait|qui\s+a)\s+donne\s)\s*(?:et\s+)?|"
    rf"\s+(?:et|&)\s+|(?:\s+/\s*|/\s+)(?!\d)|"
    rf"\s+{_LIST_BULLET}\s+|"
    # « Mr ROUX Paul _ Mme BRUN Anne _Mr PONS Luc »: underscores, spaced on one side at least.
    r"\s+_+\s*|\s*_+\s+|"
    # « … Mme Anne NOIR * POMEROLS : M. Luc PONS * : M. Marc BRUN »: spaced asterisks.
    r"\s+\*+\s+|"
    # « … BICHON Aurélie pour la commune de BARBIERES : monsieur ROMAIN Michel »: the next
    # commune's prefix starts the next item.
    # Its name may be lost (« … Joël CAZAUBON Pour la commune d’: Thierry PICQ »).
    r"\s+(?=pour\s+la\s+commune\s+(?:de|d')\s?(?:\p{L}|:))|"
    # « … Monsieur Philippe DELABRE Commune de ST MARTIN : Monsieur … »: with its colon.
    r"\s+(?=commune\s+(?:de|d')\s?[^:;,()]{0,60}:)|"
    # « … Roland TROUSSEL Communauté de Communes de Cœur d’Orbelle : Bazoches : Pierre … »: the
    # next group's collectivity, ended by its colon, starts the next item.
    # Its acronym may follow it (« … Communauté de Communes Cluses Arve (2CCAM) : Jean … »).
    r"\s+(?=communaute\s+(?:de\s+communes|d'agglomeration|urbaine)\b[^:;,/()]{0,60}"
    r"(?:\([^():;,]{1,12}\)\s{0,3})?:)|"
    # « … Représentant la Communauté de communes du Pays X Madame Sylvie Y, … »: a member's
    # role runs on into the next member's civility, written out in full.
    # Not after a word that holds the name in a sentence (« remercie Monsieur X », « ainsi que
    # Monsieur Y », « représenté par Madame Z »).
    r"(?<!\b(?:par|a|de|pour|et|le|la|du|des|aupres|chez|que|remercie|salue|accueille|"
    r"felicite|excuse|informe|invite))\s+"
    r"(?=(?:monsieur|madame)\s+(?!(?:le|la|l')[\s'])\p{L})|"
    # « MM. ALTEYRAC.TIEBOT.Mmes PEREZ »: a full stop between two words, no space.
    r"(?<=\w\w)\.(?=\w\w)|"
    # « … GRIS .BRUN. ROUX »: a stray space before that full stop.
    r"(?<=\w\w)\s+\.(?=\w\w)|"
    # « … à M. RONDAT Philippe. Mme SOUCHET … »: a full stop after a word, then a civility.
    r"(?<=\w\w)\.\s+(?=(?:m\.|mme|mmes|mm\.?|madame|monsieur|mlle|messieurs|mesdames)\s)|"
    r"\s*\n\s*(?:[-–—•*]\s+)?|"
    # « … HALLUIN. formant la majorité des membres en exercice. Madame X a donné pouvoir … »: the
    # formula closes the list of those present; what follows is another item.
    r"\.?\s+formant\s+la\s+majorite\s+(?:absolue\s+)?des\s+(?:membres|conseillers)"
    r"(?:\s+en\s+exercice)?\s{0,3}[.,]?\s*|"
    # « 1.) WILLER Jean-Marc 16.) WETTERER Jérémy »: « 16.) » too; « … à Mme DEGEILH 2- M. X »
    # before a civility only (« … Nouvron-Vingré 4- Demande … » is an agenda's).
    r"\s+\d{1,3}(?:\.\)|[.)])\s+(?=\p{L})|"
    rf"\s+\d{{1,3}}[-–]\s+(?={_FOLDED_CIVILITY}))"
)
# « BRAYDE. BADET », « LANDOUZY. CORNILLEAU »: a full stop then a space between two family names
# in capitals, or before a civility, separates two members (written text; a civility before it,
# « MM. », is not a family name and is tested by the caller).
FULL_STOP_BETWEEN_FAMILIES: Final = _compile(
    r"(?<=(?:^|[\s.])(?P<before>\p{Lu}[\p{Lu}'’-]+))\.\s+(?=\p{Lu}[\p{Lu}'’-]+(?:[\s.,;]|$)|"
    # « … Anne NOIR. Mme. Lucie PETIT »: the next member's civility; « … François AYMONIER.
    # Laura MAIRE »: the next member's given name, then family name (not after « …M. », maybe a
    # civility glued to the family name before it: « ARNAUDM. Joseph BLANC »).
    r"(?:M|Mme|Mmes|Mlle|MM|Mr|Monsieur|Madame)\.?\s|"
    r"(?<!M\.\s{1,3})\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}[\p{Lu}'’-]+(?:[\s.,;]|$))"
)
# A full stop after a name's word, then a word that opens a sentence (written): a sentence may
# start there (« … NOIR. La séance est ouverte », « … NOIR. Monsieur le Maire ouvre … »). Never
# a civility's full stop (« MM. Jean », « Mme. PAITEL ») nor a member after it (« Mr X a donné
# procuration »).
SENTENCE_OPENER_WORDS: Final = (
    "Le", "La", "Les", "L'", "L’", "Il", "Ils", "Elle", "Elles", "Ce", "Cette", "Ces", "Cet",
    "Après", "Avant", "Puis", "Sur", "En", "Un", "Une", "Lors", "Dans", "Conformément",
)  # fmt: skip
FULL_STOP_BEFORE_CAPITAL: Final = _compile(
    # Or no full stop after a family name in capitals (« … Sabine RABUSSIER Le Conseil Municipal
    # décide … »): the words of prose after the opener tell the sentence.
    r"(?:(?<=\p{L}{2})(?<!\b(?i:mm|mme|mmes|mlle|mr|mrs))\.|(?<=\p{Lu}{2}))\s+"
    rf"(?=(?:{'|'.join(SENTENCE_OPENER_WORDS)}|(?:Monsieur|Madame)\s+(?:le|la)\s)(?:\s|\b))"
)
# A parenthesis that closes soon: separators inside it belong to the annotation.
PARENTHESIS: Final = _compile(r"\([^()\n]{0,200}\)")
# A commune then its members in parentheses, or the parentheses alone when the commune's name
# was lost (written): « CASTELNAU D'AUZAN (BEYRIES Philippe, MUR Catherine) », « (DAVID Paul) »,
# « LIAS (PANDELE Bernard) (FERREIRA Anthony) ».
MEMBERS_AFTER_COMMUNE: Final = _compile(
    r"^(?P<commune>[^()]{0,80}?)\s{0,3}"
    r"(?P<members>\([^()]{3,400}\)(?:\s{0,3}\([^()]{3,400}\)){0,5})\s{0,3}[,;.]?$"
)
# What parts the members in those parentheses: a comma, or the next parentheses.
MEMBERS_SEPARATOR: Final = _compile(r"[(),]")
# « 11. DURAND Jeanne », « 3) », « 1.) », « 12 - »: list numbering, never a name nor a count.
NUMBERING: Final = _compile(r"^\d{1,3}(?:\s{0,2}(?:\.\)|[.)°])|\s{0,2}[-–]\s)?\s*(?=\D|$)")
# « VILLEBOURG : M. Paul MARTIN », « Commune de Villebourg : … » (original case).
# « VILLEBOURG : », « Commune de Villebourg : », « Commune de : VILLEBOURG : »: the words
# « Commune de » are the prefix's label, not the commune's name.
_COMMUNE_LABEL = (
    r"(?:(?:[Pp]our\s+la\s+|POUR\s+LA\s+)?(?:[Cc]ommune|COMMUNE|[Vv]ille|VILLE)\s{1,3}"
    r"(?:de|DE|d['’]|D['’]))"
)
# « Pour la commune d’: Thierry PICQ »: the label with its name lost (no ``commune`` group).
COMMUNE_PREFIX: Final = _compile(
    rf"^(?:{_COMMUNE_LABEL}\s{{0,3}}:\s{{0,3}}(?![^:]{{1,60}}:)|"
    rf"(?:{_COMMUNE_LABEL}\s{{0,3}}:?\s{{0,3}})?"
    r"(?P<commune>\p{Lu}[\p{Lu} '’-]{1,60}?|(?<=[\s'’]|^)\p{Lu}[^:()]{1,60}?)"
    # « Communauté de Communes des Montagnes du Giffre (CCMG) : »: its acronym after it.
    r"(?:\s{0,3}\([^():]{1,12}\))?\s{0,3}:\s{0,3})"
)
# A name written in a note, in mixed case (« (Patrick Hérault) », « (Anne Roux-Petit) »): two or
# three capitalised words (written).
NOTE_NAME: Final = _compile(r"\p{Lu}\p{Ll}[\p{L}'’-]{0,30}(?:\s\p{Lu}[\p{L}'’-]{1,30}){1,2}")
# The first words of place names, never of a person's (folded): « (Saint Maur) », « (Val
# Sonnette) » in parentheses after a member are their commune.
PLACE_FIRST_WORDS: Final = frozenset(
    {"saint", "sainte", "st", "ste", "le", "la", "les", "val", "mont", "pont", "port", "bourg",
     "chateau", "ville", "villa", "notre", "vieux", "vieille", "grand", "grande", "petit",
     "petite", "haut", "haute", "bas", "basse", "bois", "fontaine", "l'"}
)  # fmt: skip
# « de » elided before a commune's name (« d’Achicourt THUILOT »), or alone when the name was
# lost (« d’ DELCOUR »), as written.
ELIDED_DE: Final = ("d’", "d'")
# The first word of a collectivity's name, never of a person's (folded): in a syndicate's list
# the member collectivities head their delegates (« COMMUNAUTE DE COMMUNES DU PAYS DE X MM. Y »).
ENTITY_WORDS: Final = frozenset(
    {"communaute", "commune", "ville", "syndicat", "sivom", "sivu", "metropole", "departement",
     "region", "agglomeration", "mairie", "ccas", "cc", "ca", "cu", "epci"}
)  # fmt: skip
# A list's heading that announces communes (folded): « Mesdames et Messieurs les Délégués des
# Communes de : », « Communes représentées : ».
COMMUNES_HEADING: Final = _compile(
    # « Les délégués des communes de (GALISSON Nicolas) ; … »: the first group's commune lost.
    r"\b(?:des|les)\s+communes(?:\s+(?:membres|adherentes))?(?:\s+de)?\s{0,3}(?::|(?=\())|"
    r"\bcommunes\s+representees\s{0,3}:"
)
# A member written in parentheses after their commune, or alone in them (written): « Cressia
# (Mme Corinne X) », « (M. Patrice Y) », « (. Jacques Z : pouvoir transmis à M. W) » (its civility
# lost to the extraction).
MEMBER_AFTER_COMMUNE: Final = _compile(
    r"^(?P<commune>[^()]{0,80}?)\s{0,3}\(\s{0,3}\.?\s{0,3}"
    r"(?P<member>(?:(?:[Mm]onsieur|[Mm]adame|M\.|Mme|Mlle|Mr)\s|\p{Lu}\p{Ll}+\s\p{Lu}{2,})[^()]{2,200}?)"
    r"\s{0,3}\)\s{0,3}$"
)
# A role written as a list item after the name (« , Maire », « , Adjoints ») or in parentheses
# (« (Vice-Président) », « (Délégué titulaire de VILLEBOURG) ») (folded).
ROLE: Final = _compile(
    r"^(?:(?:1er|1ere|premier|premiere|\d{1,2}(?:e|eme|ieme))\s+)?"
    r"(?:maire|adjointe?s?|conseill|(?:vice-?\s?)?presidente?s?|delegue|suppleante?s?\b|"
    r"secretaire|rapporteur|questeur|membre|administrat(?:eur|rice)s?\b|titulaires?\b|"
    # A member's other offices: « Sénateur de l'Aveyron », « Représentant la Communauté … ».
    r"senat(?:eur|rice)\b|deputee?\b|representante?\s+(?:la|le|les|l')\b)"
)
# One word that is a role, alone (folded): « Administrateur », « Adjointe », « Maire ».
ROLE_WORD: Final = _compile(
    r"(?:maire|adjointe?s?|conseill(?:ere?|ers|eres)|(?:vice-)?presidente?s?|deleguee?s?|"
    r"suppleante?s?|administrat(?:eur|rice)s?|titulaires?|elue?s?)"
)
# A member named only by role: « M. le Maire », « Madame la Présidente » (folded, civility off).
BY_ROLE: Final = _compile(r"^(?:le|la|l')\s?(?P<role>maire|presidente?|vice-presidente?)\b")
# Roles that name whoever presides, so « M. le Maire » is the session's president.
PRESIDING_ROLES: Final = frozenset({"maire", "president", "presidente"})
# « (suppléante de M. X) », « (remplace M. Y) », « (en remplacement de …) » (folded).
SUBSTITUTE: Final = _compile(
    r"^(?:(?P<role>suppleante?|remplacante?)\s+(?:de\s+|d')|remplace\s+(?!par\b)|"
    r"en\s+remplacement\s+(?:de\s+|d'))"
)
# « M. HOERNER remplacé par son suppléant M. PERRET », « Robert X (remplacé par son suppléant
# Walter Y) », « A Courderot suppléé par P Courderot », « … suppléée par … » (folded): a
# substitute seated, no proxy.
REPLACED_BY: Final = _compile(
    r"^(?P<member>[^()]{2,120}?)[\s,(]{1,4}(?:remplacee?s?|suppleee?s?)\s+par\s+"
    r"(?:(?:son|sa)\s+suppleante?\s{0,3},?\s{0,3})?(?P<substitute>[^()]{2,120}?)[\s).,;]{0,3}$"
)
# « M. X, représenté par sa suppléante, Mme Y »: the holder of « représenté par » is the
# member's substitute, who sits in their place; no proxy (folded holder, the substitute's name
# after it when the same item holds it).
BY_SUBSTITUTE: Final = _compile(
    r"^(?:sa|son|leur|ses)\s+(?:suppleant|remplacant)(?:\(e\)|e)?s?(?![\w(])\s{0,3}[:,]?\s{0,3}"
)
# « … – M. Paul X (M J-M Y est arrivé à 19h00) »: a note after a list naming another member,
# present from a later time (folded note).
ARRIVED_MEMBER: Final = _compile(
    r"^(?P<member>(?:m|mme|mr|mlle|monsieur|madame)\.?\s[^()]{2,80}?)\s+est\s+arrivee?\b"
)
# « Jean X (a reçu pouvoir de Mayder Y) », « qui a reçu le pouvoir de Mme Z »: a note on the
# holder naming the member who gave the proxy (folded).
RECEIVED_PROXY: Final = _compile(
    r"^(?:qui\s+)?(?:a|ayant)\s+recu\s+(?:le\s+|un\s+)?(?:pouvoir|procuration)\s+de\s+(?P<member>\S.*)$"
)
# « M. X (jusqu'à 19 h 10 puis pouvoir à M. Y) »: a member present until a time, who then gave a
# proxy (folded note, what stands before the proxy words).
PRESENT_UNTIL: Final = _compile(r"^jusqu'(?:a|au)\s[^()]{1,40}?\s(?:puis|et\s+ensuite)$")
# « Etaient également présents : », « Sont aussi présents » (folded heading).
ALSO_PRESENT: Final = _compile(r"\b(?:egalement|aussi|encore)\s+presente?s?\b")
# The role of staff or a guest, never of a member (folded): « Pascale X, DGS de la commune »,
# « Mme Y, Direction départementale des territoires », « M. Z, directeur de la Chambre … ».
STAFF_ROLE: Final = _compile(
    r"^(?:dgs|dga|dgst|directeur|directrice|direction|responsable|chargee?\s+de|collaborat\w*|"
    r"secretaire\s+(?:de\s+mairie|generale?)|journaliste|technicien|stagiaire|comptable|"
    # « Trésorière Principale d'Erstein », « Assistante du service … », « Attaché Principal ».
    r"tresoriere?|assistante?|attachee?|receveur|receveuse|redact(?:eur|rice)|chef\s+de)\b"
)
# « DEBRUYNE Odile : arrivée à 18 h 30 - a voté à partir de … »: after a member's name and a
# colon, a note on their arrival or departure (folded, what follows the colon).
# « GRIS Léa quitte la séance à 18h38 et rentre à 18h42 »: the verb in the present.
TIMING_NOTE: Final = _compile(
    r"^\s{0,3}(?:arrivee?|partie?|sortie?|depart|a\s+quitte|(?:quitte|rejoint)\s+la\s+"
    r"(?:seance|salle|reunion)|(?:arrive|revient|rentre)\s+(?:a|en\s+seance|au\s+point)\b)\b"
)
# « Absents : néant »: a list said to be empty (folded).
NOBODY: Final = _compile(r"^(?:neant|aucune?|personne|sans\s+objet|/|-)\s{0,3}\.?$")
# « Néant » then more words in the same item (folded): the list is empty, the words another's.
NOBODY_THEN: Final = _compile(r"^(?:neant|aucune?)\s+\S")
# The list's total after its last member (folded): « … M. Hugo X soit 30 Conseillers
# municipaux formant la majorité des membres en exercice ».
LIST_TOTAL: Final = _compile(
    r"\ssoit\s+(?P<count>\d{1,3})\s+(?:conseill(?:ers|eres)|membres|elus|delegues)\b"
)
# A list that names members of the lists above it again (folded): « DONT ABSENTS SANS POUVOIR : ».
SUB_LIST_HEADING: Final = _compile(r"^dont\s")
# Annotations of an excused member inside an « absents » list: « M. X (excusé) ».
EXCUSED_NOTE: Final = _compile(r"^excusee?s?$")
# The words that hand a vote to a holder (folded): « représenté par », « pouvoir à », …
_PROXY_WORDS = (
    r"(?:representee?s?\s+par|(?:qui\s+)?(?:a\s+|ayant\s+|avai(?:en)?t\s+)?donnee?\s+"
    r"(?:pouvoir|procuration)"
    r"(?:\s+de\s+vote)?\s+a|"
    # « (procuration remise à X) ».
    r"pouvoirs?\s+(?:(?:donnee?|transmise?|confiee?|remise?)\s+)?a|"
    # « (avec proc. de vote à JM. WILLER) »: abbreviated, « de vote » said.
    # « proc.à N. X »: the abbreviation's full stop may be glued to « à ».
    r"(?:procuration\s+|proc\.\s{0,3})(?:de\s+vote\s+)?(?:(?:donnee?|transmise?|confiee?|remise?)\s+)?a|"
    r"delegation\s+de\s+vote\s+a|"
    r"\(mandat\)\s+a|mandat\s+a|-?\s?mandataire\s{0,3}:|"
    # « Mme X (pouvoir M. Y) »: in a note, « à » may be left out before the holder's civility.
    r"(?<=\(\s?)pouvoir(?=\s+(?:m|mme|mr|mlle|monsieur|madame)\.?\s)|"
    # « M. X (pouvoir Hugo Y) »: or before two or three words that close the note.
    r"(?<=\(\s?)pouvoir(?=\s+(?!(?:a|au|aux|de|du|des|en|jusqu|pour|donne|retire|annule)\b)"
    r"[^()\s]{2,30}(?:\s+[^()\s]{1,30}){1,2}\s?\))|"
    # A table's status column: « Mme X Rakia Représentée G. Lafon », the holder written with an
    # initial right after the status.
    r"representee?(?=\s{1,3}(?:\p{L}{1,2}|\p{L}-\p{L})\.\s?\p{L}))"
)
# The word between a member and their proxy's holder in a bare list (« Mme X à M. Y », folded),
# and between a holder and the member under a heading of holders (« Mme Y pour M. X »).
PROXY_JOINER: Final = " a "
HOLDER_JOINER: Final = " pour "
# Words one of which every alternative of ``_PROXY_WORDS`` holds (keep the two in step): a text
# with none of them is no proxy, and the costly proxy patterns need not run on it.
PROXY_HINTS: Final = ("par", "pouvoir", "procuration", "proc.", "delegation", "mandat", "represent")
# The proxy words inside a list item, to find where the holder's name starts (folded).
PROXY_WORDS: Final = _compile(rf"{_PROXY_WORDS}(?:\s+|$)")
# « Paul MARTIN représenté par Lucie ROUX », « … (pouvoir à Mme Lucie ROUX) », « Mme Michèle
# GARNIER : pouvoir à M. DUPUIS » (folded).
PROXY: Final = _compile(
    rf"^(?P<member>.+?)[\s,(:]{{0,4}}{_PROXY_WORDS}\s+"
    r"(?P<holder>[^()]+?(?:\s{0,3}\([^()]{1,80}\))?)[\s)]{0,3}$"
)
# A list item that only names the holder of the name before it: « …, POUVOIR A M. X »,
# « … - Pouvoir donné à M. X », « … par Lucie ROUX » (folded).
PROXY_LEAD: Final = _compile(
    rf"^\(?\s?(?:{_PROXY_WORDS}|(?P<bare>par))\s+(?P<holder>[^()]+?)[\s)]{{0,3}}$"
)
# « Représenté G. Lafon Vitry-sur-Seine M. X … »: a holder written with an initial is the initial
# and one word; the capitalised words after it (the next row's commune) are not theirs (written).
INITIAL_HOLDER: Final = _compile(
    r"^(?P<holder>(?:\p{Lu}{1,2}|\p{Lu}-\p{Lu})\.\s?\p{Lu}[\p{Ll}'’]*+(?:-\p{L}[\p{Ll}'’]*+)*)"
    r"(?P<rest>(?:\s{1,3}(?:\p{Lu}[\p{L}'’-]*+|(?i:sur|sous|en|le|la|les|de|du|lès|lez)))+)$"
)
# « … a donné pouvoir à Jean-Luc PALLIN 1 »: a page number the stream put after the last holder
# of a list (a name holds no digits).
TRAILING_PAGE_NUMBER: Final = _compile(r"(?<=\p{L}[.)]?)\s{1,3}\d{1,4}\s{0,3}$")
# « Mme X, M. Y et M. Z qui ont donné respectivement pouvoir à : M. A, Mme B et M. C », « … ont
# respectivement donné procuration à », « … représentés respectivement par » (folded): members,
# then as many holders in the same order. « respectivement » is required: without it the holders
# could be one for all.
RESPECTIVE_PROXIES: Final = _compile(
    r"(?:\bqui\s+)?\b(?:(?:ont|avaient|ayant)\s+(?:respectivement\s+)?donne|donnent)"
    r"(?=\s+(?:\S+\s+){0,3}?respectivement\b|(?<=respectivement\s+donne))"
    r"\s+(?:respectivement\s+)?(?:pouvoirs?|procurations?|mandats?|delegations?)"
    r"(?:\s+de\s+vote)?\s+(?:respectivement\s+)?a\b\s{0,3}:?|"
    r"\brepresentee?s\s+respectivement\s+par\b\s{0,3}:?"
)
# A proxies heading that lists the holders first: « Etaient porteurs d'un pouvoir : » (folded).
HOLDERS_HEADING: Final = _compile(
    r"\bporteu(?:r|se)s?\s+(?:d'un|de|des|du)\s+(?:pouvoir|procuration|mandat)"
)
# « Pouvoirs de : Yves X pour Bernard Y »: the members who gave them, each then their holder.
GIVERS_HEADING: Final = _compile(r"^(?:pouvoirs?|procurations?)\s+de\s{0,3}:")
# Under either, two persons joined by « pour »: « Mme Lucie ROUX pour M. Paul MARTIN » (folded).
PROXY_FOR: Final = _compile(r"^(?P<first>[^()]{2,200}?)\s+pour\s+(?P<second>[^()]{2,200})$")
# « de BREMOND Caroline à DARGERY Viviane »: a proxy from one member to another (folded); the
# « de » before the member, when the item holds « à » and its holder.
GIVER_DE: Final = _compile(r"^(?:et\s+)?d(?:e\s+|')(?=[^()]{2,120}?\sa\s[^()]{2,120}$)")
# Under a proxies heading the verb may be missing: « Paul MARTIN à Lucie ROUX » (folded).
# The holder may carry a note in parentheses, its scope most often (« … à M. Y (jusqu'à son
# arrivée) »), and a number that strayed after it (a page's, an item's: see ``_proxy``).
PROXY_BARE: Final = _compile(
    # The member too may carry a note: « Madame X (Boulay les Barres) à Monsieur Y (Bricy) ».
    r"^(?P<member>[^()]{2,200}?(?:\s{0,3}\([^()]{1,80}\))?)\s+(?:a|par)\s+"
    r"(?P<holder>[^()]{2,200}?(?:\s{0,3}\([^()]{1,120}\)(?:\s{1,3}\d{1,3})?)?)$"
)
# « pouvoir à X à partir du point 5 »: when the proxy applies (folded, searched in the holder).
PROXY_SCOPE: Final = _compile(
    rf"{_RUN_START}\s+\(?(?P<scope>(?:a\s+partir\s+d|jusqu(?:'|\s)|des\s+(?:le|la|l')|"
    r"pour\s+(?:le|la|les|l')\s|"
    # « … à Jean-Claude X en date du 26 février 2018 »: when the proxy was given.
    r"au\s+point|a\s+compter\s+d|en\s+date\s+d)[^()]{0,120}?)\)?$"
)
# A civility glued to the family name before it when a line break was lost: « ARNAUDM. Joseph »
# (original case; the three capitals before keep « M. » of a real name like « ADAM. » rare).
GLUED_CIVILITY: Final = _compile(r"(?<=\p{Lu}{3})(?=(?:M\.|Mme)\s\p{Lu})")
# « Marie- Christine »: a hyphen that lost its second half to a space.
HYPHEN_SPACE: Final = _compile(r"(?<=\p{L})-\s(?=\p{L})")
# Before a list's last item: an item written family name first (« FAYON Hervé, »), so the
# list puts family names first (written text).
FAMILY_FIRST_BEFORE: Final = _compile(r"\p{Lu}{2}[\p{Lu}'’-]*\s\p{Lu}\p{Ll}[\p{L}'’-]*\s?[,;]\s*$")
# A dash glued to one side only between two members (written text): « Isabelle- GLOAGUEN »,
# « (arrivée à 22h30)- GORIAUX », « … –Mmes DE LA VILLEON ».
# Only after a whole name (« FAMILY Given- ») or a note: « Marie- ROCHARD » is one name cut.
GLUED_DASH: Final = _compile(
    r"(?<=\p{Lu}{2}[\p{Lu}'’-]{0,30}\s\p{Lu}\p{Ll}{1,30}|\))\s?-\s+(?=\p{Lu}{2})|"
    # « Lionel DEBELLE- Francis BORDERIEUX »: a given name then capitals follow.
    r"(?<=\p{Lu}\p{Ll}{1,30}\s\p{Lu}{2}[\p{Lu}'’]{0,30})-\s+(?=\p{Lu}\p{Ll}{1,30}\s\p{Lu}{2})|"
    # « CUISINIER -Madame Eliane », « DEMEESTER- Monsieur Dany »: a civility follows (« LAUZAC
    # -M.Paul ROUX »: its full stop glued to the given name).
    r"(?<=\p{Lu}{2})(?:\s-|-\s)(?=(?i:madame|monsieur|mme|m\.|mm\.|mmes|mesdames|messieurs)"
    r"(?:\s|(?<=\.)\p{Lu}))|"
    # « Mme ROUX, 3 ème adj.- Mme NOIR »: after an abbreviated office's full stop.
    r"(?<=\p{L}\.)-\s+(?=(?i:madame|monsieur|mme|m\.|mm\.|mmes|mesdames|messieurs)\s)|"
    r"(?<=\S)\s[–—](?=\p{Lu})"
)
# List items: « - Le Code général … ; » — the bullet and the list punctuation are not the text.
BULLETS: Final = ("- ", "– ", "— ", "• ", "* ", "-\t")
ITEM_START: Final = _compile(r"^[-–—•*]\s*")
# A bullet that opens a list item inside running text: at the start, or after the punctuation
# that ends the item before it (« Vu - le code … ; - la demande … »), never inside a title's
# « X - Y ».
ITEM_BULLET: Final = _compile(r"(?:^|(?<=[:;.!?]))\s{0,3}[-–—•*]\s")
# In a decision, a dash also opens an item after the verb or before a lower-case word: the
# items of « DÉCIDE - d'approuver … - d'autoriser … » read as one line carry no punctuation.
DECISION_ITEM_BULLET: Final = _compile(
    r"(?:^|(?<=[:;.!?]|\b(?:DECIDE|DÉCIDE|décide|ARRETE|ARRÊTE|arrête|DELIBERE|DÉLIBÈRE|délibère)))"
    r"\s{0,3}[-–—•*]\s|\s[-–—]\s(?=\p{Ll})"
)
# Where a part of a letterhead starts (folded): the authority, its body, the State's motto,
# a recueil's cover lines.
LETTERHEAD_START: Final = _compile(
    r"(?:republique\s+francaise|liberte\b|departement\s+d[eu']|prefecture\b|arrondissement\s+d|"
    r"canton\s+d|region\s|mairie\s+d[e']|commune\s+d[e']|ville\s+d[e']|metropole\b|"
    r"communaute\s+(?:de\s+communes|d'agglomeration|urbaine)\b|syndicat\b|"
    r"conseil\s+(?:municipal|communautaire|departemental|regional|de\s+(?:la\s+)?"
    r"(?:metropole|territoire|communaute))\b|commission\s+permanente\b|bureau\b|"
    r"comite\s+syndical\b|recueils?\s+des\s+actes\b|date\s+de\s+publication\b|n\s{0,2}°\s{0,3}:|"
    r"hotel\s+de\s+ville\b)"
)
# A deliberation number printed alone above the extract's letterhead (folded): « 2020-075 /
# COMMUNAUTE DE COMMUNES DE … », « 104-21 / Département : … ». Year first, order then year, or
# an order then the year's last two digits after a dash; never after « n° » (read elsewhere).
NUMBER_ABOVE_LETTERHEAD: Final = _compile(
    r"(?<![\p{L}\d/.°-])(?<!(?:°|\bno?)\s{1,3})"
    r"(?P<number>(?:19|20)\d\d[-/]\d{1,4}|\d{1,4}[-/](?:19|20)\d\d|\d{2,4}-\d\d)(?![\w/.-])"
    r"\s{1,3}(?:_+\s{1,3})?"
    rf"(?={LETTERHEAD_START.pattern}|departement\s{{0,2}}:|extrait\s+du\s+registre)"
)
# The number given as a box's field (folded): « N° délibération 133 », « N° de délibération :
# 2019-12 », « Numéro de la délibération : DEL-12 ». The sign comes first: a citation writes
# « la délibération n° … ».
# « N° d'ordre : 12 », « N° d'acte : 2021-12 », « Numéro : 2021-12 », « Acte n° 2021-12 »: the
# register's own words for it.
NUMBER_FIELD: Final = _compile(
    r"(?<![\p{L}\d])(?:(?:n\s?°|numero)\s{0,3}(?:(?:de\s{1,3}(?:la\s{1,3})?)?deliberation|"
    r"d'(?:ordre|acte)\b)|numero(?=\s{0,3}:\s{0,3}(?:[a-z]{1,6}[-_]?)?\d{1,5}[-/_.]\d)|"
    r"acte\s{1,3}n\s?°)\s{0,3}:?\s{0,3}"
    r"(?P<number>(?:[a-z]{1,6}[-_]?)?\d{1,5}(?:[-/_.]\d{1,5}){0,3})(?![\w/-])"
)
# A linking word just before a capitalised word ties it to the words before (folded).
LINKED_BEFORE: Final = _compile(r"(?:^|\s)(?:de|du|des|la|le|les|l'|d'|au|aux|a|et|en)\s{1,3}$")
# The dots and page that end an entry of a recueil's table of contents (« …… 3 à 9 »).
# Tried only where a run of leaders starts, and never given back: linear on a run of dots.
CONTENTS_LEADER: Final = _compile(
    r"(?<![.…])[.…]{4,}+\s{0,3}\d{1,4}(?:\s{1,3}à\s{1,3}\d{1,4})?(?!\d)"
)
# The heading of a recueil's table of contents: the entries follow it.
CONTENTS_OPENING: Final = _compile(r"\bSOMMAIRE\b|\bSommaire\s{0,3}:")
# A dash that ends a piece joined its words to the marker the piece was cut at
# (« Conseil Municipal - Séance publique du … »).
TRAILING_DASH: Final = _compile(r"\s[-–—]$")
# The bullet of a list item, just before where a marker cuts the text (« … publique ; - »).
BULLET_BEFORE: Final = _compile(r"(?<=[:;.!?]\s{0,3})[-–—•*]\s{0,3}$")
# « Vu - … », « Considérant : - … »: the heading of a list that follows on the same line.
CITATION_HEADING: Final = _compile(r"^(?:vu|considerant)\s{0,3}:?\s{0,3}(?=[-–—•*]\s|$)")
ITEM_END: Final = _compile(rf"{_RUN_START}\s*[;,.]$")
# A word cut at the end of a line by a hyphen (« Jean- » / « Pascal GOURNES »): the next line
# continues the same word, so the two are joined without a space.
LINE_END_HYPHEN: Final = _compile(r"\p{L}-$")
# The same guard as ``_RUN_START``, for this pattern's own class: a line of « . . . » stays linear.
LIST_END: Final = _compile(r"(?:\G|(?<![.;,\s]))[.;,\s]+$")

# --- Identification ------------------------------------------------------------------------------

# Métropole numbers: commission code, order, unique number, two-digit year, body (BM, CM, …).
METROPOLE_NUMBER: Final = _compile(
    r"^(?P<number>(?P<commission>\p{Lu}{1,6}\d?)[ -](?P<order>\d{3})-(?P<unique>\d{1,6})"
    r"/(?P<year>\d{2})/(?P<body>\p{Lu}{2,4}))$"
)
# Conseil de Territoire numbers: « CT3-071/20 », possibly followed by the title.
TERRITORY_NUMBER: Final = _compile(
    r"^(?P<number>CT\d{1,2}-\d{3}/\d{2})(?:(?:\s{0,3}[-–:]\s{0,3}|\s{1,3})(?P<title>\S.{0,400}))?$"
)
# Older city extracts: service code, then « 98/0745/EHCV » (year, number, service letters).
CITY_NUMBER: Final = _compile(
    r"^(?:(?P<service>\p{Lu}\d{2}\p{Lu}{1,4})\s?-\s?)?(?P<number>\d{2}/\d{4}/\p{Lu}{2,6})"
    r"(?:\s{1,3}(?P<title>\S.{0,400}))?$"
)
# A deliberation number with no separator (folded), after the word « Délibération »: letters
# then digits (« D202455 »), or a number sign then digits (« n° 12 »), never « n° 1.2 ».
_LETTERED_NUMBER = r"[a-z]{1,4}\d{4,10}"
_NUMBER_SIGN_WORD = r"(?:n\s?°|no\b|n\.)"
_PLAIN_NUMBER = r"\d{1,4}(?![.,/_-]?\d)"
# Commune numbers (folded): « Délibération n° 2018/42 », « Délibération 1/2018 »,
# « DCM n°2021-13 », « N° 2017/08 », « N° CM-2022-15 », « N° DEL_2022_15 », « Délibération
# D202455 », « Délibération n° 12 ». A bare « 1 - », « N° 1 » or « QUESTION N° 1 » is agenda
# numbering: a number with no separator needs the word « Délibération », and letters or a « n° ».
COMMUNE_NUMBER: Final = _compile(
    # A bullet may stand before it in an agenda's list (« - Délibération n°2019-09 : … »).
    # « DCM2018-25 Transfert … »: the letters glued to the number are the number's own.
    # « DCM-2018-01-001 »: a third run, the act's order in the session.
    r"^(?:[-–•]\s{1,3})?(?:(?P<number>dcm[-_]?(?:19|20)\d\d[/_-]\d{1,4}(?:[/_-]\d{1,4})?)\b|"
    # « DECISION DU BUREAU N° 2019 – 063 »: a decision's number, with its sign.
    r"(?:(?:deliberation|dcm|delib\.?)\s{0,3}(?:n\s?°|no\b|n\.)?|n\s?°|"
    r"decision\s+du\s+(?:bureau|president|maire)\s{1,3}(?:n\s?°|no\b|n\.))\s{0,3}"
    # Atomic: « 2018-03-01 Approbation … » is one number, never « 2018-03 » then « -01 … ».
    # « n°2021_077_CC_1 »: a group of letters inside, before more digits; « 2019 – 063 »: a
    # dash with spaces around it.
    # « n°2013/03/26-8 »: the session's date, then the act's order.
    r"(?P<number>(?>(?:[a-z]{1,6}[-_ ]?)?\d{1,4}(?:\s?[/_-]\s?|\s[–-]\s)\d{1,4}"
    r"(?:[-_/][a-z]{1,4}(?=[-_/]\d))?(?:[-_/]\d{1,4}){0,2}|"
    # « DELIBERATION N° 2.4 : ADHESION … », « N° 3.02 : Finances … ».
    # « Délibération n° 2021.12 »: the year, then the order.
    r"(?:\d{1,3}|(?:19|20)\d\d)\.\d{1,3}(?![.\d])))|"
    rf"deliberation\s{{0,3}}(?:(?P<number>{_LETTERED_NUMBER})|"
    rf"{_NUMBER_SIGN_WORD}\s{{0,3}}(?P<number>{_PLAIN_NUMBER})))\b"
    # The title, and the report a piece may run on into (line breaks are hints).
    r"(?:(?:\s{0,3}[-–—:]\s{0,3}|\s{1,3})(?P<title>\S.*))?$"
)
# A number with no word before it, then its title (folded): year first, then a dash or a
# colon (« 2019-062-01 – TRAVAUX … », never a span of years « 2019-2020 – … »), or letters,
# the year's two digits and an order (« DL/11/185 Adoption du procès-verbal … »).
# « 2019 – 054 – 03.12 », « 235 – 01 – 14 »: three runs of digits parted by spaced dashes, never
# a date (« 15 – 03 – 2021 »).
# Letters glued to a year and an order (folded): « del-2021-012 », « d2021-012 », « cm_2021_12 »;
# not a decision's or an order's (« DEC-2017-140 », « ARR-2021-3 »: the mayor's own acts).
# Or the year first, then the letters and the order: « 2022_DEL014 », « 2022-DEL-014 ». Or a
# letter and the session's date, then the order: « D.2014-09-10/0038 ».
_LETTERED_YEAR_NUMBER = (
    r"(?:(?!dec|arr?[-_\d])[a-z]{1,5}[-_]?(?:19|20)\d\d[-_/]\d{1,4}(?:[-_/]\d{1,4})?|"
    r"(?:19|20)\d\d[-_/](?!dec|arr?[-_\d])[a-z]{1,5}[-_/]?\d{1,4}|"
    r"[a-z]{1,4}\.?(?:19|20)\d\d-\d\d-\d\d[/_-]\d{1,5})(?![\w/-])"
)
_SPACED_NUMBER = (
    r"(?!\d{1,2}\s[-–]\s\d{1,2}\s[-–]\s(?:19|20)\d\d\b)"
    r"\d{1,4}\s[-–]\s\d{1,4}\s[-–]\s\d{1,4}(?:\.\d{1,2})?"
)
SPACED_NUMBER: Final = _compile(rf"(?<![\d.])(?:{_SPACED_NUMBER})")
BARE_NUMBER_TITLE: Final = _compile(
    r"^(?:(?P<number>(?:19|20)\d\d-(?!(?:19|20)\d\d\b)\d{2,4}(?:-\d{1,4})?)\s{0,3}[-–—:]\s{0,3}|"
    # « DEL-2021-012 : Tarifs … », « D2021-012 Tarifs … »: letters glued to the year, an order.
    rf"(?P<number>{_LETTERED_YEAR_NUMBER})(?:\s{{0,3}}[-–—:]\s{{0,3}}|\s{{1,3}})|"
    # « 2019 – 054 – 03.12 – Indemnités … », « 235 – 01 – 14 – METROPOLE – … ».
    rf"(?P<number>{_SPACED_NUMBER})\s{{1,3}}[-–—]\s{{1,3}}|"
    r"(?P<number>[a-z]{1,4}/\d{2}/\d{1,5})\s{1,3})(?P<title>[^\W\d_])"
)
# Paris numbers (written): the year, the direction's letters, an order, after « Délibération »
# (« Délibération 2010 DASCO 42 », « Délibération 2019 DAE 12-G »); the letters are capitals.
PARIS_NUMBER: Final = _compile(
    r"^(?i:d[ée]lib[ée]ration)\s{1,3}(?:(?i:n)\s?°\s{0,3})?"
    r"(?P<number>(?:19|20)\d\d\s\p{Lu}{2,8}\s\d{1,4}(?:-\p{Lu}{1,2})?)(?![\w/-])"
)
# A number ending the heading (written): year first after the title and a colon (« Travaux
# d'enfouissement … : 2019-93 »), or order then year after its last word (« Adoption du
# procès-verbal de la séance du 29 janvier 2018 21/2018 »).
NUMBER_AFTER_TITLE: Final = _compile(
    r"\p{L}\s{1,3}:\s{1,3}(?P<number>(?:19|20)\d\d-(?!(?:19|20)\d\d\b)\d{1,4})\s{0,3}$|"
    r"[\p{L}\d]\s{1,3}(?P<number>\d{1,4}/(?:19|20)\d\d)\s{0,3}$"
)
# Second references on a line of their own: « 18621 », « MET 16/940/BM », a report code
# « 98-1187-SG ».
_OTHER_NUMBER = r"(?:\p{Lu}{2,5} \d{2}/\d{1,6}/\p{Lu}{2,4}|\d{2}-\d{3,5}-\p{Lu}{1,6}|\d{3,8})"
OTHER_NUMBER_TOKEN: Final = _compile(_OTHER_NUMBER)
OTHER_NUMBER: Final = _compile(rf"^{_OTHER_NUMBER}$")
# Several of them in a row, once lines are joined (« 18621 18622 »).
OTHER_NUMBERS: Final = _compile(rf"^{_OTHER_NUMBER}(?:\s{{1,3}}{_OTHER_NUMBER})*$")
# A second reference before the title, once lines are joined (« MET 16/940/CM Convention … »).
LEADING_REFERENCE: Final = _compile(
    r"^(?P<reference>\p{Lu}{2,5} \d{2}/\d{1,6}/\p{Lu}{2,4}|\d{2}-\d{3,5}-\p{Lu}{1,6})\s{1,3}(?=\S)"
)
# Bullets a title may carry in running text (« ■ Approbation … »).
TITLE_BULLETS: Final = f"{_BULLET_CHARACTERS}*-–—  "
# A bullet standing alone between words (written): « … 2018-05-48 \uf0b7 Convention … ».
STANDALONE_BULLET: Final = _compile(rf"(?:^|(?<=\s))[{_BULLET_CHARACTERS}](?=\s|$)")
# A second reference ending a title once lines are joined (« … (2022/2024) 18621 »), written.
# A year (« … pour l'année 2022 ») is part of the title.
TRAILING_REFERENCE: Final = _compile(
    r"\s(?P<reference>(?!(?:19|20)\d\d$)\d{4,8}|\d{2}-\d{3,5}-\p{Lu}{1,6}|"
    r"\p{Lu}{2,5} \d{2}/\d{1,6}/\p{Lu}{2,4})$"
)
# A line that gives the title without a number (folded): « Objet : », « Objet de la
# délibération : », « OBJET – … » (a dash with spaces after it, never « objet-… »), « Intitulé :
# », « Sujet : ».
_TITLE_PREFIX = (
    r"(?:objet\s{0,3}(?::|[-–—](?=\s))|objet\s+de\s+la\s+deliberation\s{0,3}(?::|[-–—](?=\s))?|"
    # « Délibération : tarifs concernant … »: the word, its colon, then the title.
    r"(?:intitule|sujet|deliberation)\s{0,3}:)"
)
TITLE_PREFIX: Final = _compile(rf"^{_TITLE_PREFIX}\s{{0,3}}")

# --- Several markers in one call (folded) --------------------------------------------------------
# A call into ``regex`` costs about as much as scanning a whole line: trying two dozen markers one
# by one on every line was most of the segmenter's time. Patterns every alternative of which is
# anchored at the start of the line (« ^ ») can be joined: ``match`` then tries each in turn at
# the start only, and returns the first that fits. Each is wrapped in a group ``m<index>``.

# The line markers anchored at the start, in the order ``segment.classify`` tries them (it checks
# that order when it is imported).
# A proxy's own sentence where it starts (folded): ``_PROXY_SENTENCE``.
PROXY_SENTENCE: Final = _compile(_PROXY_SENTENCE)
START_MARKERS: Final[tuple[Pattern, ...]] = (
    *(pattern for _, pattern in ATTENDANCE_HEADINGS),
    COMMUNE_NUMBER,
    BARE_NUMBER_TITLE,
    TITLE_PREFIX,
    HEADER,
    SESSION_DATE,
    CONVOCATION,
    PROPOSER_START,
    CONCLUSION,
    DECISION,
    BODY_DECLARATION,
    VISA_HEADING,
    VISA_LINE,
    REPORT_HEARD,
    CONCLUSIONS_HEARD,
    CONSIDERANT_HEADING,
    CONSIDERANT_LINE,
    ARTICLE,
    SIGNATURE,
    VOTE_START,
    OPENING_START,
)
ANY_START_MARKER: Final = _compile(
    "|".join(f"(?P<m{index}>{pattern.pattern})" for index, pattern in enumerate(START_MARKERS))
)
ANY_START_MARKER_GROUPS: Final = tuple(f"m{index}" for index in range(len(START_MARKERS)))

# --- Markers inside running text (see ``qpparse.scan``) ----------------------------------------
# A count alone in a table's cell (« 33 »); a label may take this many cells with its number,
# found among this many lines (blank lines and furniture between cells included).
BARE_COUNT: Final = _compile(r"\d{1,4}")
STACK_CELLS: Final = 4
STACK_REACH: Final = 12
# Where a marker may start inside a line: a capital after a space or a punctuation mark. Markers
# in running text are capitalised (« … 2014 Présents : … »); lower-case words are prose, but
# after a colon (« … EXERCICE 15 : présents : 15 : DEMARTY … », checked for a list only).
# A digit only after a sentence or a list's end: an older city's number
# (« … ABRIAL. 98/0745/EHCV »).
# Every alternative follows one of a few characters: that test is made once, first (a search
# tried four lookbehinds at every position of the text, twice as slow).
INLINE_CANDIDATE: Final = _compile(
    r"(?<=[\s.;:,)»])(?:\p{Lu}|(?<=:\s)\p{Ll}|(?<=[.;:)»]\s{1,3})\d{2}/\d{4}/\p{Lu}|"
    # A year-first number after a sentence (« … à l'unanimité. 2019-062-01 – TRAVAUX »).
    r"(?<=[.;:)»]\s{1,3})(?:19|20)\d\d-\d|"
    # « … Anne NOIR 2022_DEL014 Remboursement … »: the year then capitals, a number's shape.
    r"(?<=\s)(?:19|20)\d\d[-_/]\p{Lu}|"
    # « … du 16 septembre 2019 2019 – 054 – 03.12 – Indemnités … »: runs of digits parted by
    # spaced dashes (``SPACED_NUMBER``).
    r"(?<=\s)\d{1,4}\s[-–]\s\d{1,4}\s[-–]\s\d)"
)
# The markers that start a piece of their own where they stand inside a line (folded, matched
# at the candidate). Each is the start-of-line marker's words, made strict enough for prose:
# « Vu » must be followed by what a visa cites, a number must look like a deliberation's.
# A sentence after a list: « … ROUX Lucie Le procès-verbal de la séance … est adopté », « … M.
# JOURDAIN Le quorum étant atteint, … », « … PALLIN Après appel des conseillers, … » (folded).
_AFTER_LIST = (
    r"l[ea]\s+(?:proces[- ]verbal|compte[- ]rendu)\b|"
    r"le\s+quorum\s+(?:etant|est|ayant\s+ete)\s+(?:atteint|constate|reuni)\b|"
    r"apres\s+(?:l'|un\s+)?appel\s+(?:nominal\s+)?(?:des|de\s+ses)\s+"
    r"(?:conseillers|membres|delegues|elus)\b|"
    # « ABSENTS EXCUSES : Conformément à l'article 53 de la loi … »: the law, never a member.
    r"conformement\s+(?:a\s+)?(?:l'|aux\s+)article|"
    # « Communes non représentées : LOUVECIENNES et MAREIL-MARLY »: places, never members;
    # « Démissionnaire : Laurent BLOND, … »: members no longer.
    r"(?:communes?|collectivites?)\s+non\s+representees?\b|demissionnaires?\s{0,3}:|"
    # « ETAIENT NON REPRESENTEES LES COMMUNES DE : ANVEVILLE, … ».
    r"(?:(?:etaient|sont)\s+)?non\s+representees\s+les\s+communes\b|"
    # « … à JACQUES Pierre ; • Président de séance : Frédéric ROUX, Maire ; »: who presides.
    r"presidente?\s+de\s+(?:la\s+)?seance\s{0,3}:"
)
# Where a list of names is over (anchored: the start of a piece).
AFTER_LIST: Final = _compile(rf"^(?:{_AFTER_LIST})")
_INLINE_ALTERNATIVES: Final = (
    *(pattern.pattern.removeprefix("^") for _, pattern in ATTENDANCE_HEADINGS),
    r"(?:deliberation|dcm|delib\.?)\s{0,3}(?:n\s?°|no\b|n\.)\s{0,3}(?:[a-z]{1,6}[-_ ]?)?\d{1,4}"
    r"(?:\s?[/_.-]\s?(?:\d{1,5}|[a-z]{1,4}(?=[-_/]\d))){0,3}\b",
    # « DECISION DU BUREAU N° 2019 – 063 »: a decision's own number.
    r"decision\s+du\s+(?:bureau|president|maire)\s{1,3}(?:n\s?°|no\b|n\.)\s{0,3}\d{1,4}",
    # « N° 2019/57 - Subvention … », « N° 1.01 : Services … »: a bare « N° » heads a number
    # only before its title.
    r"n\s?°\s{0,3}(?:\d{1,4}\s?[/_-]\s?\d{1,4}(?:[-_/]\d{1,4})?|\d{1,3}\.\d{1,3})"
    r"\s{0,3}[-–—:]\s",
    # « Le Conseil Municipal, après en avoir délibéré, »: the decision, with its body (the comma
    # is often left out).
    rf"l[ea]\s+\w+(?:\s+\w+){{0,3}}\s{{0,2}},?\s{{0,2}}{_DELIBERATED}",
    _TITLE_PREFIX,
    # A number given as the register's field (``NUMBER_FIELD``): « N° d'ordre : 12 », « Acte n°
    # 2021-12 », « Numéro : 2021-12 ».
    r"(?:n\s?°|numero)\s{0,3}d'(?:ordre|acte)\b|acte\s{1,3}n\s?°\s{0,3}\d|"
    r"numero\s{0,3}:\s{0,3}(?:[a-z]{1,6}[-_]?)?\d{1,5}[-/_.]\d",
    # « Délibération 2021-12 : Tarifs … »: no sign, a number of two runs, then its title.
    r"deliberation\s{1,3}\d{1,4}[/_-]\d{1,4}\s{0,3}[-–—:]\s{1,3}\p{L}",
    # « 2019 – 054 – 03.12 – Indemnités … »: a number of three runs before its title.
    rf"{_SPACED_NUMBER}\s{{1,3}}[-–—]\s{{1,3}}\p{{L}}",
    _HEADLESS_LIST,
    r"extraits?\s+d[eu]s?\s+registres?\s+des\s+deliberations?\b",
    r"(?:seance|reunion)\s+(?:(?:publique|ordinaire|extraordinaire|pleniere)\s+)?(?:du|de\s+l')\s",
    r"(?:date\s+de\s+(?:la\s+)?convocation|convocation\s+du)\b",
    r"secreta(?:ires?|riat)\s+de\s+(?:la\s+)?sc?eance\b|secretaire\s{0,3}:",
    _NAMED_SECRETARY,
    # Page furniture in running text ends what stands before it (« … ICART. Page 1 sur 2 »).
    r"page\s+\d{1,4}\s+(?:sur|/)\s+\d{1,4}\b",
    _AFTER_LIST,
    # Who reports, proposes or opens: « Madame la Présidente de la Métropole … soumet au Bureau
    # … le rapport suivant », « Monsieur le Maire expose », « Madame la Présidente a proposé »,
    # « Madame Jeanne DURAND, Présidente …, a ouvert la séance ».
    # « Le Maire rappelle que … »: the civility may be left out.
    # One person's sentence: it does not run over another civility (« Le Vice-Président Délégué
    # Clément X Monsieur le Président a proposé … » opens at the second).
    r"(?:(?:monsieur|madame)\s+)?(?:le|la)\s+(?:maire|presidente?|rapporteur|vice-presidente?)\b"
    r"(?:(?!monsieur|madame)[^.;:]){0,200}?\b(?:expose|rappelle|presente|indique|soumet|"
    r"a\s+propose)\b",
    # « Monsieur René GIBAULT présente le projet … »: a person named, then the report's verb;
    # not a name, then a title, then another's sentence (« Mme X OBJET - … Le Maire expose »).
    r"(?:monsieur|madame|m\.|mme)\s(?!(?:le|la|l')\s)(?:(?!monsieur|madame|m\.\s|mme\s|"
    r"l[ea]\s+(?:maire|presidente?|rapporteur)\b)[^.;:,]){2,60}?"
    rf"\s{_REPORT_VERB_OBJECT}",
    # One person's sentence: it does not run over another civility (« PRESIDENCE DE MADAME X,
    # Maire Madame X, Maire de Y, a ouvert la séance » opens at the second).
    r"(?:monsieur|madame|m\.|mme|mr)\s(?:(?!monsieur|madame|m\.\s|mme\s|mr\s)[^.;:]){3,250}?"
    r"\b(?:a\s+ouvert|ouvre|preside)\s+la\s+(?:seance|reunion)\b",
    # « La présidence a ouvert la séance … », « Le Maire ouvre la séance à 20h40 »: no name.
    r"l[ea]\s+(?:presidence|presidente?|maire)\s+(?:a\s+ouvert|ouvre)\s+la\s+"
    r"(?:seance|reunion)\b",
    # « Mme Anne ROUX a été désignée secrétaire de séance. »
    _SECRETARY_SENTENCE,
    # Deliberation numbers of the Conseils de Territoire (folded), which may carry the title.
    r"ct\d{1,2}-\d{3}/\d{2}\b",
    # The vote sentence: « Cette proposition mise aux voix est adoptée ».
    r"(?:cette|la)\s+proposition\s+mise\s+aux\s+voix\b",
    r"mise?s?\s+aux\s+voix\b",
    r"(?:le|la|ce|cette)\s+(?:projet|proposition|deliberation|rapport)\s+(?:de\s+deliberation\s+)?"
    r"(?:est|a\s+ete)\s+(?:adoptee?|approuvee?|rejetee?)\b",
    r"rapporteure?\s{0,3}:",
    r"telles\s+sont\s+les\s+raisons\b",
    r"sommaire\b",
    # « Ont été présents 41 membres. »: a count in a sentence of its own.
    r"(?:ont\s+ete|sont|etaient)\s+presents?\s+\d{1,3}\s+(?:membres|conseillers|elus|delegues)\b",
    r"(?:compte[- ]rendu|proces[- ]verbal)\s+des\s+deliberations\b",
    # « Le Conseil Municipal s'est réuni … »: the opening sentence.
    # No date between the subject and its verb: that is a session line (« … Séance du 1er … »).
    r"(?:l[ea]\s+(?:conseil|bureau|comite|commission)|l'assemblee)\b[^.;:\d]{0,80}?"
    r"\bs'est\s+reunie?\b",
    r"conformement\s+aux\s+dispositions\s+legales\b.{0,200}\b(?:affiche|publie)",
    r"apres\s+en\s+avoir\s+delibere\b",
    # « DÉCIDE : », « Délibère Article 1 », « Délibère - … »: the decision formula.
    r"(?:delibere|decide|arrete)\b\s{0,3}(?::|$|(?=(?:article|[-–•])))",
    # « Le Bureau de la Métropole …, Vu … »: the body declares itself before its visas.
    r"(?:le|la)\s+(?:bureau|conseil|commission|comite)\b[^.;:,]{0,150},\s{0,3}"
    r"(?=(?:vu|decide|delibere|arrete|considerant|oui|ou\s+il|entendue?s?|certifie\s+conforme|"
    r"pour\s+(?:extrait|copie)|(?:ainsi\s+)?fait\s+(?:a|et)|apres\s+en\s+avoir|"
    r"l[ea]\s+\w+(?:\s+\w+){0,3}\s{0,2},\s{0,2}apres\s+en\s+avoir)\b|$)",
    r"vu\s+(?:le|la|les|l'|ledit|ladite|son|sa|ses|leur|leurs|notre|nos|un|une|des|du|au|aux)\b",
    r"(?:vu|considerant)\s{0,3}:?\s{0,3}(?=[-–•]\s)",  # a heading, then its items
    r"(?:oui|ou\s+il|entendue?s?)\s+(?:le\s+rapport|l'expose|l\s+expose|les\s+conclusions)\b",
    # The vote's own sentences: « Résultat du vote : », « Ne prend pas part au vote : ».
    r"resultat\s+du\s+vote\b",
    r"(?:cette|la|le)\s+(?:proposition|deliberation|question|affaire|projet|rapport)\s+"
    r"(?:a\s+ete\s+|est\s+)?mise?\s+aux\s+voix\b",
    r"(?:ne\s+(?:prend|prennent)\s+pas|n'(?:a|ont)\s+pas\s+pris)\s+part\s+au\s+vote\b",
    r"entendues?\s+les\s+conclusions\b",
    r"considerant\s+(?:que|qu'|le|la|les|l'|:)",
    r"article\s{1,3}(?:\d{1,3}|premier|unique)(?:\s{0,2}(?:er|e|eme))?\s{0,3}[:.\-–—]",
    # « Article 1er Le Maire est autorisé … »: an article's label, then its text; not « Article
    # 2 du code … », a reference.
    r"article\s{1,3}(?:\d{1,3}|premier|unique)(?:\s{0,2}(?:er|e|eme))?\s{1,3}"
    r"(?!(?:du|de|des|d'|alinea|al\.|et|a|ou)\b)(?=\w)",
    r"(?:certifie\s+conforme|pour\s+(?:extrait|copie)\s+conforme|ainsi\s+fait\s+et\s+delibere|"
    r"fait\s+et\s+delibere)\b",
    r"fait\s+a\s{1,3}[^,.;:]{2,60},?\s{1,3}le\s{1,3}\d",
    r"(?:adoptee?s?|rejetee?s?|approuvee?s?|votee?s?)\s+(?:a\s+l'unanimite|par\s+(?:\d|[a-z-]{3,20}\s+voix)|"
    r"a\s+la\s+majorite)",
    r"l(?:'|\s)an\s+(?:mil|deux|\d)",
    r"(?:sous\s+la\s+)?presidence\s+de\b",
)
# How far into a count line its first pair may start (« Il dénombre 9 présents »).
COUNT_PAIR_REACH: Final = 60
# Markers that start a piece only after a sentence ends (folded): « … ALBOUY. N° 2023/08 ».
INLINE_AFTER_SENTENCE: Final = _compile(
    r"(?:n\s?°|deliberation|dcm)\s{0,3}(?:[a-z]{1,6}[-_ ]?)?\d{1,4}\s?[/_-]\s?\d{1,4}"
    r"(?:[-_/]\d{1,4})?\b|"
    # « Délibération D202455 », « Délibération n° 12 » (``COMMUNE_NUMBER``).
    rf"deliberation\s{{0,3}}(?:{_LETTERED_NUMBER}|{_NUMBER_SIGN_WORD}\s{{0,3}}{_PLAIN_NUMBER})\b|"
    # A number with no word before it, with its title (``BARE_NUMBER_TITLE``).
    r"(?:19|20)\d\d-(?!(?:19|20)\d\d\b)\d{2,4}(?:-\d{1,4})?\s{0,3}[-–—:]\s|"
    r"[a-z]{1,4}/\d{2}/\d{1,5}\s|"
    rf"{_LETTERED_YEAR_NUMBER}\s|"
    # « … quartiers prioritaires. Délibère Cette proposition … »: the formula, a word alone.
    r"(?:delibere|decide|arrete|decident)\s{0,3}:?(?=\s|$)"
)
# « N° » as written before a number, or a number with letters that needs no sign (« DL/11/185 »)
# (folded), and the words that cite a number rather than
# announce the deliberation's own (« Vu la délibération n° 2019/12 »).
# « DCM 24/2016 »: the council's deliberation, its number after it, is a sign as « n° » is.
NUMBER_SIGN: Final = _compile(
    rf"n\s?°|dcm\s{{0,3}}(?=\d)|[a-z]{{1,4}}/\d{{2}}/\d{{1,5}}\s|{_LETTERED_YEAR_NUMBER}\s"
)
# A number sign right before a number (folded): « n° » / « CM-2022-15 ».
SIGN_JUST_BEFORE: Final = _compile(r"(?:n\s?°|\bno|\bn\.)\s{0,3}$")
CITED_NUMBER_BEFORE: Final = _compile(
    r"\b(?:deliberations?|arretes?|decisions?|decrets?|lois?|dossiers?|rapports?|articles?|"
    r"avenants?|marches?|conventions?|lots?|la|le|du|de|au)\s{1,3}$"
)
# A Métropole or older city deliberation number (« CHL-025-11372/22/BM »), folded: a line of
# its own, so the text after it starts another piece.
INLINE_NUMBER: Final = _compile(
    r"[a-z]{1,6}\d?[ -]\d{3}-\d{1,6}/\d{2}/[a-z]{2,4}\b|"
    # An older city's number, with its service code: « D02XY-98/0745/EHCV ».
    r"(?:[a-z]\d{2}[a-z]{1,4}\s?-\s?)?\d{2}/\d{4}/[a-z]{2,6}\b"
)
INLINE_MARKER: Final = _compile("|".join(f"(?:{part})" for part in _INLINE_ALTERNATIVES))
# A line that ends inside a compound word (« Saint- »): the next line goes on with it.
HYPHEN_BREAK: Final = _compile(r"\p{L}-$")
# A piece of a line is worth cutting off only if it holds a letter (not a bullet, not « 2 »).
WORD_CHARACTER: Final = _compile(r"\p{L}")
# What may stand between two pieces of one count box: labels and their numbers only.
COUNT_BOX_RUN: Final = _compile(
    r"(?:[\p{L}'()\s:=.…-]{1,80}\d{1,4}[\s,;:/-]{0,5}){0,8}[\p{L}'()\s:=.…-]{0,80}"
)
# Page furniture and stamps (all anchored): a line matching none of them floats for no reason.
ANY_FLOATING: Final = _compile(
    "|".join(f"(?:{pattern.pattern})" for pattern in (PAGE_NUMBER, ACTES_ID, BARE_NUMBER, STAMP))
)

# --- Header: authorities and bodies (folded) -----------------------------------------------------

# (kind slug, folded pattern, canonical name) for the deliberating body named in the header.
BODIES: Final[tuple[tuple[str, Pattern, str], ...]] = (
    ("conseil-de-territoire", _compile(r"\bconseil\s+de\s+territoire\b"), "Conseil de Territoire"),
    ("commission-permanente", _compile(r"\bcommission\s+permanente\b"), "Commission permanente"),
    ("conseil-municipal", _compile(r"\bconseil\s+municipal\b"), "Conseil municipal"),
    (
        "conseil-communautaire",
        _compile(r"\bconseil\s+(?:communautaire|de\s+(?:la\s+)?communaute)\b"),
        "Conseil communautaire",
    ),
    (
        "conseil-departemental",
        _compile(r"\bconseil\s+(?:departemental|general)\b"),
        "Conseil départemental",
    ),
    (
        "conseil-economique-social",
        _compile(r"\bconseil\s+economique,?\s+social\b"),
        "Conseil économique, social et environnemental",
    ),
    ("conseil-regional", _compile(r"\bconseil\s+regional\b"), "Conseil régional"),
    ("comite-syndical", _compile(r"\bcomite\s+(?:syndical|du\s+syndicat)\b"), "Comité syndical"),
    ("bureau", _compile(r"\bbureau\b"), "Bureau"),
    ("conseil", _compile(r"\bconseil\b"), "Conseil"),
    ("assemblee-generale", _compile(r"\bassemblee\s+generale\b"), "Assemblée générale"),
)
# (kind slug, folded pattern, canonical word) for the authority the body belongs to.
AUTHORITIES: Final[tuple[tuple[str, Pattern, str], ...]] = (
    ("metropole", _compile(r"\bmetropole\b"), "Métropole"),
    ("communaute", _compile(r"\bcommunaute\s+(?:de\s+communes|d'agglomeration|urbaine)\b"), ""),
    ("syndicat", _compile(r"\bsyndica(?:t|l\s+(?:intercommunal|mixte))\b"), "Syndicat"),
    # Named by its acronym first: « SICTOM de la Région de Lauzac » is a syndicate.
    ("syndicat", _compile(r"^(?:si|sy|smi)[a-z]{2,8}\b"), ""),
    ("departement", _compile(r"\bdepartement\b"), "Département"),
    ("region", _compile(r"\bregion\b"), "Région"),
    ("commune", _compile(r"\b(?:commune|ville|mairie)\b"), ""),
    ("communaute", _compile(r"\b(?:etablissement\s+public\s+territorial|ept|district)\b"), ""),
    ("other-public", _compile(r"\bcentre\s+de\s+gestion\b"), ""),
)
# The authority a body-only kind implies when the text names no authority.
AUTHORITY_OF_BODY: Final[dict[str, str]] = {
    "conseil-municipal": "commune",
    "conseil-communautaire": "communaute",
    "conseil-departemental": "departement",
    "conseil-regional": "region",
    "conseil-economique-social": "region",
    "comite-syndical": "syndicat",
}
# Authorities whose council's minutes, naming no collectivity where they meet, name their own
# when they name only one of its kind (a commune's minutes name other communes as often).
NAMED_IN_PASSING: Final = frozenset({"communaute", "syndicat", "metropole"})
# A kind word in a collectivity's name (folded): « Syndicat mixte du … », not an acronym alone.
KIND_WORD: Final = _compile(r"\b(?:communaute|syndicat|metropole)\b")
# The more local an authority, the more likely it is the one deliberating when a letterhead
# names several (« DÉPARTEMENT DE … » above « COMMUNE DE … »).
AUTHORITY_RANKS: Final[dict[str, int]] = {
    "commune": 0,
    "syndicat": 1,
    "communaute": 1,
    "metropole": 2,
    "departement": 3,
    "region": 4,
}
# Authorities a letterhead names to place a more local one (« DÉPARTEMENT DU … » above a commune).
PLACING_AUTHORITIES: Final = frozenset({"departement", "region"})
# A letterhead or header line naming the authority (« COMMUNE DE VILLEBOURG », « Syndicat
# intercommunal des eaux du Val », « DÉPARTEMENT DE LA HAUTE-LOZE »), or the whole line naming a
# body (« CONSEIL DE TERRITOIRE DU PAYS DE LAUZE »).
AUTHORITY_LINE: Final = _compile(
    r"^(?:mairie\s+d[e']|commune\s+d[e']|ville\s+d[e']|metropole\b|communaute\s+(?:de\s+communes|"
    r"d'agglomeration|urbaine)\b|syndicat\b|departement\s+d[eu']|region\b|"
    r"conseil\s+(?:departemental|regional)\s+d[eu'])[^.;:]{0,120}$"
)
BODY_LINE: Final = _compile(
    r"^(?:le\s+|la\s+)?(?:bureau|conseil|commission\s+permanente|comite\s+syndical)\b[^.;:,]{0,120}$"
)
# Letterhead words, and where a 3-column letterhead interleaves them with the authority's name.
# The cover of a « recueil des actes administratifs » (a bundle of published acts).
RECUEIL_TITLE: Final = _compile(r"^recueils?\s+des\s+actes\s+administratifs\b")
# « RECUEIL DES ACTES ADMINISTRATIFS DU DÉPARTEMENT DE LA LAUZE »: the words before the
# collectivity that publishes it (folded, matched where the title ends).
RECUEIL_OF: Final = _compile(r"\s{1,3}(?:du|de\s+la|de\s+l'|d')\s{0,3}")
RECUEIL_NUMBER: Final = _compile(
    r"^n\s{0,2}[°o]\s{0,3}:?\s{0,3}(?P<number>\d{2,4}\s{0,2}[/-]\s{0,2}\d{1,4})$"
)
CONTENTS_HEADING: Final = _compile(r"^(?:sommaire|table\s+des\s+matieres)\s{0,3}:?$")
# « VOI 001-210/17/BM Entretien des pistes … ........ 4 »: leaders, then a page or a range.
# Searched from the end ((?r)): a forward search would retry every dot of a long run.
CONTENTS_ENTRY: Final = _compile(
    r"(?r)(?:\.|…|\s\.){4,}\s{0,3}(?P<pages>\d{1,4}(?:\s{0,3}(?:a|-|–)\s{0,3}\d{1,4})?)$"
)
# « Conformément aux dispositions légales en vigueur, le Procès-verbal … a été affiché … ».
DISPLAY_NOTICE: Final = _compile(
    r"^conformement\s+aux\s+dispositions\s+legales\b.{0,200}\b(?:affiche|publie)"
)
LETTERHEAD: Final = _compile(
    r"\b(?:republique\s+francaise|liberte|egalite|fraternite|arrondissement\s+d|canton\s+d|"
    r"departement\s+d[eu']s?|prefecture\s+d|region\s+(?:provence|d[eu'])|"
    r"tel\s*\.?\s*:|telephone|courriel|www\.|hotel\s+de\s+ville)"
)
# Lower-case joining words of a proper name in sentence case (« Villebourg-sur-Loire »).
# Civilities that start a person inside a list item (folded).
# « Mme. ROUX Zoé »: a full stop after the abbreviation too.
INNER_CIVILITIES: Final = frozenset(
    {"m.", "mme", "mme.", "madame", "monsieur", "mlle", "mlle.", "mr", "mr.", "melle", "melle.",
     "mademoiselle"}
)  # fmt: skip
# Plural civilities that start the next members when glued after a family name
# (« GENAY MM. VILLARD »: folded words).
INNER_GROUP_CIVILITIES: Final = frozenset(
    {"mm.", "mmes", "mmes.", "mesdames", "messieurs", "mrs", "mrs."}
)
# Between chained proxies « M » without its dot starts a member too (« … à M Vanhove M Damarey »).
CHAIN_CIVILITIES: Final = INNER_CIVILITIES | {"m"}
# The verbs of proxies chained in one sentence (folded): « … a donné pouvoir à … ».
CHAIN_PROXY_VERBS: Final = frozenset({"donne", "donnee", "represente", "representee"})
# The nouns of proxies chained with no verb (folded): « … X pouvoir à Y Z pouvoir à W ».
CHAIN_PROXY_NOUNS: Final = frozenset({"pouvoir", "procuration"})
CHAIN_PROXY_AUXILIARIES: Final = frozenset({"a", "ayant", "qui", "avait", "est"})
# Words after which a civility is the holder's, not the next member's (folded).
# The words that join a member to the holder of their proxy (folded): « à », « par ».
HOLDER_JOINS: Final = frozenset({"a", "par"})
# Civilities written out in full (written): one typed twice before a name (« Monsieur Monsieur
# Mickaël X ») is a typist's slip, not a name.
FULL_CIVILITIES: Final = frozenset({"Monsieur", "Madame", "Mademoiselle", "MONSIEUR", "MADAME"})
BEFORE_HOLDER: Final = frozenset(
    {
        "a",
        "par",
        "de",
        "pour",
        "et",
        "au",
        "du",
        "le",
        "la",
        ":",
        "(pouvoir",
        "pouvoir",
        "represente",
        "representee",
    }
)
# Items starting with a commune in capitals before a civility: this many make a list grouped
# by commune (one alone may be a family name glued to the next member's civility).
MIN_COMMUNE_GROUPS: Final = 2
# Items written initial then family name (« A. SECULA », « JP CULOS »), not counting « M. »: this
# many make a list written with initials, in which « M. ORRIT » is an initial too.
MIN_INITIAL_ITEMS: Final = 3
# A list whose communes are run into its members' items (« … Guillet – Saint Hilaire de Brens
# Bernard Attavay - … ») shows that many such items; such an item has this many words at least
# (a commune's, then a given and a family name).
MIN_RUN_IN_COMMUNES: Final = 3
MIN_RUN_IN_WORDS: Final = 3
# A commune in capitals before its delegates and a colon, inside a list item (written): « …
# Dominique BAUDUIN LA MARRE : Sandrine ROY ». This many of them make a table of communes.
COLON_COMMUNE: Final = _compile(
    # The whole run of capitals: never starting after another word in capitals.
    r"(?<=\s)(?<![\p{Lu}'’-]\s{1,3})"
    r"(?P<commune>(?:\p{Lu}[\p{Lu}'’-]*+\s+){0,6}\p{Lu}[\p{Lu}'’-]*+)\s{0,3}:(?=\s|$)"
)
MIN_COLON_COMMUNES: Final = 3
# A list whose members are each followed by their commune after a dash names communes more than
# once, this many times in all (« Robert X – ECHIRE ; Ludovic Y – ECHIRE ; Paul Z – ECHIRE »).
MIN_REPEATED_LABELS: Final = 3
# A page's number the stream put inside a list (written word).
PAGE_NUMBER_WORD: Final = _compile(r"\d{1,3}")
# A table of communes and their delegates read row by row holds this many members at least.
MIN_INTERLEAVED_ROWS: Final = 4
# A commune's name before a member's civility is this many words at most.
MAX_COMMUNE_WORDS: Final = 6
# Lower-case words inside communes' names (folded): « Bougy lez Neuville », « Orgères en Beauce ».
COMMUNE_JOINERS: Final = frozenset(
    {"de", "du", "des", "la", "le", "les", "sur", "en", "et", "sous", "lez", "l'", "d'", "aux",
     "au"}
)  # fmt: skip
# A member's commune written after their name (written): « M. GAYET de CHAPEAU », « Mme DURET
# de THIEL SUR ACOLIN », « M. BOURGEOT d’YZEURE », « … à M. MARTIN de CHEVAGNES ». Read so only
# in a list that writes several members so: alone, « M. BOURLET de LA VALLÉE » is one name.
TRAILING_COMMUNE: Final = _compile(
    r"(?<=\p{Lu}{2})\s+(?:de|d['’]|du|des)\s?(?P<commune>\p{Lu}[\p{Lu}'’-]+"
    r"(?:\s(?:(?i:sur|sous|le|la|les|en|aux|lès|lez|de|du|des)\s)?\p{Lu}[\p{Lu}'’-]+){0,6})"
    r"\s{0,3}[.,;]?$"
)
# The word that leads a commune's group in a list, or alone when the commune's name was lost
# (« Pour Besse M. Gay A, … Pour Mr Babut », folded).
COMMUNE_LEAD: Final = "pour"
# Where such a group starts inside an item (written): a capital « Pour », then a commune of a
# few words (or none) and a civility, or a commune whose delegates are not named (« Pour Saint
# Diery / »). A lower-case « pour » joins a proxy (« Mme ANCELLIN pour M. PERARDEL »).
COMMUNE_LEAD_START: Final = _compile(
    r"(?<=\S)\s+(?=(?:Pour|POUR)\s+(?:(?:[^\s,;:]+\s+){0,4}?"
    rf"(?i:{_FOLDED_CIVILITY})|(?:[^\s,;:/]+(?:\s+|$)){{1,4}}(?:/|$)))"
)
# « … PONS Luc COMMUNE DE FAURE Marc COMMUNE D'ARVIN NOIR Yves … » (written):
# where a commune's group starts inside an item, its lead in capitals (the commune's own name
# may be lost, the members follow family name first).
# Or in sentence case, its name then the next member's civility or the item's end (« … M.
# Marc DE LAUZE Commune d’Arvin M. Paul ROUX Commune de Lauzac M. … »).
ENTITY_LEAD_START: Final = _compile(
    r"(?<=\S)\s+(?=COMMUNE\s+(?:DE\s|D['’]|DU\s|DES\s)|"
    r"Commune\s+(?:de\s|d['’]\s?|du\s|des\s)(?:[^\s,;:()]+(?:\s+|$)){1,5}?"
    r"(?:(?i:m|mme|mr|mlle|monsieur|madame)\.?\s|$))"
)
# A group's heading in sentence case inside a list, before its first member's civility or at
# the item's end (written): « … Bernard ROUX Représentants des Communes Monsieur
# Paul PONS … », « Membres titulaires Représentants du Département de la Lauze Monsieur … »,
# « … Membres suppléants ». Its lead in sentence case (``GROUP_HEADING_BEFORE_NAME`` reads
# capitals); a few words, none a civility nor a family name in capitals.
GROUP_HEADING_SPAN: Final = _compile(
    r"(?<![^\s,;])(?=[RMD]\p{Ll})(?i:repr[ée]sentants?|membres|d[ée]l[ée]gu[ée]s)\s+"
    r"(?i:(?:titulaires|suppl[ée]ants)(?:\s+|$)|d[eu]s?\s|de\s+la\s|de\s+l['’]|d['’])"
    rf"(?:(?!(?i:{_FOLDED_CIVILITY})|[\p{{Lu}}'’-]{{2,}}(?:\s|$))[^\s,;:()]+(?:\s+|$)){{0,8}}?"
    rf"(?=(?i:{_FOLDED_CIVILITY})|$)"
)
# A civility ending an item, its member's name lost where the text stops or a bullet stood
# (« … • Monsieur Luc PONS • Monsieur »): never part of the name before it (written; not « M. »,
# an initial after a family name, nor « Mesdames », which may lead the names after it).
TRAILING_CIVILITY: Final = _compile(r"(?<=\S)\s+(?:Mme|Mlle|Mr|Madame|Monsieur|Mademoiselle)\.?$")
# A page's number a flattened text leaves after a list's member (« … Monsieur Paul ROUX 1/25
# Représentants des Communes … »): a page never exceeds their count (written).
TRAILING_PAGE_OF_PAGES: Final = _compile(r"(?<=\S)\s+(?P<page>\d{1,3})\s?/\s?(?P<pages>\d{1,3})$")
# A colon with a space on each side (written): where a commune's prefix ends, or where a
# member ends before the next group whose commune was lost.
SPACED_COLON: Final = _compile(r"(?<!\s)\s+:\s+")
# How many members a list writes with a civility and a family name in capitals before its
# items with neither are taken for no member.
CIVILITY_LED_MEMBERS: Final = 3
# The lead alone, its commune's name lost (folded): « COMMUNE DE », « COMMUNE D' ».
ENTITY_LEAD_ALONE: Final = _compile(r"^commune\s+(?:de|d'|du|des)$")
NAME_JOINERS: Final = frozenset(
    {"de", "du", "des", "la", "le", "les", "sur", "en", "et", "sous", "lès"}
)
# « … DU BUREAU DE LA MÉTROPOLE AIX-MARSEILLE-PROVENCE »: body words, then « de la » + authority.
HEADER_BODY_AUTHORITY: Final = _compile(
    r"\bd[eu]s?\s+(?:la\s+|l')?(?P<body>(?:bureau|conseil|commission|comite)(?:\s+\w+){0,2}?)\s+"
    r"(?:de\s+la|du|de\s+l'|d')\s*(?P<authority>(?:metropole|communaute|departement|region|"
    r"syndicat|commune|ville)\b[^,;()]{0,120})"
)
# A header naming only the body: « … DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL ».
HEADER_BODY_ONLY: Final = _compile(
    r"\bdeliberations?\s+d[eu]s?\s+(?:la\s+|l')?(?P<body>(?:bureau|conseil|commission|comite)\b"
    r"[^,;()]{0,120})"
)
# A page's number ending a body's name read from a header (« conseil de la 169 »).
NUMBER_AT_END: Final = _compile(r"\s\d{1,4}$")
# The joining words a cut heading leaves hanging at a name's end (folded).
HANGING_JOINERS: Final = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’"})
# A letterhead line naming the body, then its authority (« COMITÉ SYNDICAL DU SYNDICAT MIXTE DU
# VAL DE LOZE », « CONSEIL COMMUNAUTAIRE DE LA COMMUNAUTÉ DE COMMUNES DU PAYS DE LAUZE »).
LETTERHEAD_BODY_AUTHORITY: Final = _compile(
    r"^(?:le\s+|la\s+)?(?P<body>(?:bureau|conseil|commission|comite)(?:\s+\w+){0,2}?)\s+"
    r"(?:de\s+la|du|de\s+l'|d')\s*(?P<authority>(?:metropole|communaute|departement|region|"
    r"syndicat|commune|ville)\b[^,;()]{0,120})"
)
# The words that open the verb of a body meeting, after its name (folded).
_MEETING_VERB_START = (
    r"(?:s'|se\s|dument\b|regulierement\b|legalement\b|convoquee?s?\b|reunie?s?\b|"
    r"assemblee?s?\b|etant\b|etai(?:en)?t\b)"
)
# The same body-then-authority phrase inside a sentence (« le Conseil Municipal de la commune de
# Villebourg, dûment convoqué »).
SENTENCE_BODY_AUTHORITY: Final = _compile(
    r"\b(?:le|la)\s+(?P<body>(?:bureau|conseil|commission|comite)(?:\s+\w+){0,2}?)\s+"
    r"(?:de\s+la|du|de\s+l'|d')\s*(?P<authority>(?:metropole|communaute|departement|region|"
    # The name ends where the sentence's verb starts (« … de LENS-LIEVIN s'est assemblé … »).
    rf"syndicat|commune|ville)\b(?:(?!\s{_MEETING_VERB_START})[^,;()]){{0,120}})"
)

# --- Vote ----------------------------------------------------------------------------------------

ADOPTED: Final = _compile(r"\b(?:adoptee?s?|approuvee?s?)\b")
REJECTED: Final = _compile(r"\b(?:rejetee?s?|n'est\s+pas\s+adoptee?)\b")
UNANIMOUS: Final = _compile(r"\bunanimite\b")
VOTE_FOR: Final = _compile(
    rf"\b(?P<count>{COUNT})\s+voix\s+pour\b|\bpour\s*:\s*(?P<count>\d{{1,4}})\b"
)
# « Pour 14 Contre 0 Abstention 0 », « Pour : 14, Contre : 0 »: the tally, each label then its
# figure (« 14 Contre » is never fourteen against there).
VOTE_TALLY: Final = _compile(
    r"\bpour\s{0,3}:?\s{0,3}(?P<for>\d{1,4})\s{0,3}[,;/-]?\s{0,3}contre\s{0,3}:?\s{0,3}"
    r"(?P<against>\d{1,4})\b(?:\s{0,3}[,;/-]?\s{0,3}abstentions?\s{0,3}:?\s{0,3}"
    r"(?P<abstentions>\d{1,4})\b)?"
)
# « Pour : 30 Contre : 4 Abstentions : 2 »: a number just after a colon belongs to the label
# before it, never to the word after it.
VOTE_AGAINST: Final = _compile(
    rf"(?<!:\s{{0,3}})\b(?P<count>{COUNT})\s+(?:voix\s+)?contre\b|"
    r"\bcontre\s*:\s*(?P<count>\d{1,4})\b"
)
VOTE_ABSTENTIONS: Final = _compile(
    rf"(?<!:\s{{0,3}})\b(?P<count>{COUNT})\s+abstentions?\b|"
    r"\babstentions?\s*:\s*(?P<count>\d{1,4})\b"
)
# « Ne prend pas part au vote : M. X », « M. X ne prend pas part au vote ».
NOT_VOTING_LEAD: Final = _compile(
    r"^(?:ne\s+(?:prend|prennent)\s+pas|n'(?:a|ont)\s+pas\s+pris)\s+part\s+au\s+vote\s{0,3}:?\s{0,3}"
)
NOT_VOTING_TAIL: Final = _compile(
    rf"{_RUN_START}\s+(?:ne\s+(?:prend|prennent)\s+pas|n'(?:a|ont)\s+pas\s+pris)\s+part\s+au\s+"
    r"vote\b.{0,80}$"
)
# Names in brackets after the count they explain: « 3 abstentions (Mme X, M. Y) »,
# « Contre : 2 (M. Z) ».
OPPOSING_NAMES: Final = _compile(
    r"\bcontre\s{0,3}(?::\s{0,3}\d{1,4}\s{0,3})?\((?P<names>[^()]{2,400})\)"
)
ABSTAINING_NAMES: Final = _compile(
    r"\babstentions?\s{0,3}(?::\s{0,3}\d{1,4}\s{0,3})?\((?P<names>[^()]{2,400})\)"
)
VOTER_SEPARATORS: Final = _compile(rf"\s{{0,3}}[,;]\s{{0,3}}|{_RUN_START}\s+et\s+")

# --- The body and the collectivity named in prose (as written, not folded) -----------------------
# A one-line transcription or a set of minutes names them in its title or opening sentence
# (« Compte rendu du Conseil Communautaire du 3 mai », « la Communauté de Communes du Mirebalais »),
# not in an « EXTRAIT DU REGISTRE » header. Only specific bodies are read this way: a bare
# « Conseil » or « Bureau » in prose may be anyone's.
# Capitalised words that end a name: the next heading or a date, not part of the name.
_NAME_STOP = (
    r"(?!(?i:nombres?|d[ée]lib[ée]ration|s[ée]ance|r[ée]union|compte|proc[èe]s|extrait|conseil|"
    r"date|pr[ée]sents?|arrondissement|canton|convocation|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|l'an|objet|transcription|page|vous)\b)"
)
# Joining words inside a proper name, never a word of it alone (« VILLIERS SUR MORIN DU 3 »).
_JOINER = r"(?i:de|du|des|la|le|les|sur|sous|en|et|lès|lez|aux|au)"
# Never starting inside a word and never given back: a long hyphenated run (« DURAND-DURAND-… »)
# is tried once, not once per part.
_PROPER_WORD = rf"{_NAME_STOP}(?!{_JOINER}\b)(?<![\p{{L}}.-])\p{{Lu}}[\p{{L}}'’.-]*+"
_PROPER_NAME = (
    # A leading article (« La Rochelle »), or a common noun of places (« région de Doué »).
    r"(?:(?i:la|le|les)\s+|[lL]['’]\s?|(?i:r[ée]gion|pays|vall[ée]e|canton|val|plaine|bassin)"
    r"\s+(?i:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]))?"
    # « Bassin Versant de la Lauze », « Energies de l'Yonne »: a joining word, then an article.
    # « Syndicat Intercommunal pour le Gaz et l'Électricité »: what it is for, with its article.
    rf"{_PROPER_WORD}(?:(?:\s+|-)(?:(?i:de|pour)\s+(?:(?i:la|le|les)\s+|[lL]['’]\s?)|"
    rf"(?i:pour)\s+|{_JOINER}\s+|[dlDL]\s?['’]\s?)?{_PROPER_WORD}){{0,6}}"
)
PROSE_BODY: Final = _compile(
    # « Salle du Conseil Municipal » is a room, not the body that meets in it.
    r"(?i)(?<!\bsalle\s{1,3}(?:du|des|de\s+la)\s{1,3})"
    r"\b(?:conseil\s+(?:municipal|communautaire|de\s+(?:la\s+)?communaut[ée]|"
    r"d[ée]partemental|g[ée]n[ée]ral|r[ée]gional|m[ée]tropolitain|de\s+(?:la\s+)?m[ée]tropole|"
    r"syndical|d'administration|de\s+territoire|territorial|de\s+district|"
    # The region's economic, social and environmental council (CESER).
    r"[ée]conomique,?\s+social(?:\s+et\s+environnemental)?|"
    r"de\s+l['’](?:eurom[ée]tropole|EPT)|"
    # « le Conseil de Lauzac Métropole s'est réuni ».
    r"de\s+(?:\w[\w-]*\s+){1,3}m[ée]tropole)|"
    # A title « Conseil du 11 février 2021 »: the body named alone before its date.
    r"conseil(?=\s+du\s+\d{1,2}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|"
    r"ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\b)|"
    r"comit[ée]\s+(?:syndical|du\s+syndicat|d['’]administration)|"
    r"commission\s+permanente|bureau\s+(?:communautaire|m[ée]tropolitain|syndical|"
    r"de\s+la\s+m[ée]tropole)|"
    # « Compte rendu de la réunion de bureau du 26 mai », « REUNION DU BUREAU ».
    r"(?<=\br[ée]union\s{1,3}(?:du|de)\s{1,3})bureau|"
    # « Réunion de la Commission Locale de l'Eau » (a SAGE's assembly).
    r"commission\s+locale\s+de\s+l['’]\s?eau)\b"
)
# Every alternative starts at a word in capitals or at « commune », « ville », « mairie »,
# « établissement » in any case: that first letter is tested once, before any alternative (three
# times faster on prose).
PROSE_AUTHORITY: Final = _compile(
    r"\b(?=[\p{Lu}cvmeé])(?:"
    r"\b(?i:commune|ville|mairie)\s+(?i:de\s+|d['’]\s?)(?P<name>" + _PROPER_NAME + r")|"
    # A syndicate by its purpose, a noun: « Syndicat intercommunal d'énergies de Lauze »,
    # « Syndicat mixte d'aménagement de la Vallée de la Loze ».
    r"\b(?P<whole>S(?i:yndicat(?:\s+(?:mixte|intercommunal|d[ée]partemental))*)\s+"
    # « … pour l'Aménagement du Bassin Versant de la Chère », « … d'Energies de l'Yonne ».
    r"(?i:pour\s+(?:la\s+|le\s+|les\s+|l['’]\s?)?|de\s+la|de\s+l['’]|du|des|de|d['’])\s*"
    r"\p{L}[\p{Ll}-]{2,14}\s+"
    r"(?i:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])\s*" + _PROPER_NAME + r")|"
    # The kind word is capitalised: « la région de Doué » is a place, « Région Bretagne » is one.
    r"\b(?P<whole>(?:C(?i:ommunaut[ée]\s+(?:de\s+communes|d['’]\s?agglom[ée]ration|urbaine))|"
    # « Syndical Intercommunal de … », a syndicate's name misspelt after its committee's word.
    r"S(?i:yndica(?:t|l(?=\s+(?:intercommunal|mixte)\b))"
    r"(?:\s+(?:mixte|intercommunal|d[ée]partemental))*)|M(?i:[ée]tropole)|"
    r"D(?i:[ée]partement)|R(?i:[ée]gion)|D(?i:istrict)|E(?i:urom[ée]tropole)|"
    r"(?i:[ée]tablissement\s+public\s+territorial)|EPT|C(?i:entre\s+de\s+gestion))"
    # A kind word whole: « RÉGIONAL », « Départementale » are adjectives, not a region's name.
    r"(?![\p{L}'’-])(?:\s+(?i:de\s+la|de\s+l['’]|du|des|de|d['’]))?\s*" + _PROPER_NAME + r")|"
    # Named before its kind: « Lauzac Métropole », « Lauzembert Communauté ».
    rf"\b(?P<whole>{_PROPER_WORD}(?:[ -]{_PROPER_WORD}){{0,2}}\s+"
    r"(?:M(?i:[ée]tropole)|C(?i:ommunaut[ée](?:\s+de\s+communes)?))(?![\p{L}-])"
    # « Arrondissement de Saverne COMMUNAUTÉ DE COMMUNES DU PAYS DE … »: named after its kind.
    r"(?!\s+(?i:de\s+la|de\s+l['’]|du|des|de|d['’])\s*\p{Lu}))|"
    # A syndicate by its acronym (« SICTOM du canton de Lauzac », « SYVALOM 45 »).
    r"\b(?P<whole>(?!SYNDIC|SIEGE|SITE|SIGN|SITU|SIMPL|SINON|SIX|SYST|SYMB|SIT\b)"
    r"(?:SI|SY|SMI)\p{Lu}{2,8}(?:\s+\d{2,3}\b)?"
    r"(?:\s+(?i:du|de\s+la|de\s+l['’]|des|de|d['’])\s+(?:[\p{Ll}]{3,12}\s+(?i:de|du|d['’])\s*)?"
    + _PROPER_NAME
    + r")?)(?![\p{L}\d])|"
    # A body without its own name: « le Centre de Gestion s'est réuni », « Eurométropole ».
    r"\b(?P<whole>C(?i:entre\s+de\s+gestion)|E(?i:urom[ée]tropole))(?![\p{L}-]))"
)
# The body of a syndicate or an association, read only when no other body is named (as written):
# « l'Assemblée générale de l'association … » in a council's minutes is another's.
PROSE_ASSEMBLY: Final = _compile(r"(?i)\bassembl[ée]e\s+g[ée]n[ée]rale\b")
# The decision's formula up to the body it names (folded): « Après en avoir délibéré, le ».
DELIBERATED: Final = _compile(r"\bapres\s+en\s+avoir\s+delibere\s{0,3},?\s{0,3}(?:le|la|l')\s?")
# « Bienvenue à Villebourg-sur-Lauze »: a commune's web site greets its visitors with its name
# at the top of every page (as written, matched at the document's start).
WELCOME: Final = _compile(r"^\s{0,3}(?i:bienvenue)\s+(?i:à|a)\s+(?P<name>" + _PROPER_NAME + r")")
# « sous la présidence de M. Yves DURAND, Maire de Villebourg »: the presiding mayor's commune.
MAYOR_OF: Final = _compile(
    r"(?i:pr[ée]sidence)\s+(?i:de|d['’])\s*[^,.;:]{3,60},\s*(?i:maire)\s+(?i:de\s+|d['’]\s?)"
    r"(?P<name>" + _PROPER_NAME + r")"
)
# A sentence starting inside a place's name as read (« la Commune. Le Maire procède … »).
SENTENCE_AFTER_NAME: Final = _compile(r"\.\s+(?=(?:Le|La|Les|Il|Elle|Ils|Elles)\s)")
# How far after the body's name its collectivity may stand (« … de la commune de X »).
AUTHORITY_AFTER_BODY: Final = 12
# How far before the body's name its collectivity may end (a letterhead: name, then body).
AUTHORITY_BEFORE_BODY: Final = 3
# How far after a letterhead's words (« ARRONDISSEMENT DE ») an interleaved collectivity starts.
INTERLEAVED_AUTHORITY: Final = 12
# How much of the next line is read with a line, for a name a PDF broke.
AUTHORITY_NEXT_LINE: Final = 80
# The most words a collectivity named after its council has (« Office Public de l'Habitat Lauze
# Logement »).
MAX_BODY_OF_NAME_WORDS: Final = 7
# « le Conseil Municipal de Bouleurs »: the commune's name right after a municipal council.
BODY_OF_COMMUNE: Final = _compile(r"\s{1,3}(?i:de|d['’])\s{0,2}(?P<name>" + _PROPER_NAME + r")")
# An authority line that names a kind and no collectivity (folded): « Commune de », « Régional »,
# and « COMMUNE D’ » whose name the extraction lost, the next line's heading run into it
# (« COMMUNE D’Extrait du Procès-Verbal … »).
KIND_ONLY: Final = _compile(
    r"^(?:commune|ville|mairie|communaute(?:\s+de\s+communes|\s+d'agglomeration|\s+urbaine)?|"
    r"syndicat|metropole|departement|region|regional|departemental|conseil)\s*(?:de|du|des|d')?\s*"
    r"(?:$|(?:extrait|proces|compte|seance|deliberation|registre)\b)"
)
# A letterhead line holding only a kind a name may come before (folded): « Communauté de
# Communes » under « Lauzienne », « Métropole » under « Lauzac ».
NAMED_BEFORE_KIND: Final = _compile(r"^(?:communaute(?:\s+de\s+communes)?|metropole)\s*$")
# How a commune named after its council (« le Conseil Municipal de Bouleurs ») is written.
COMMUNE_NAMED: Final = "Commune de {}"
# Articles that are no commune's name alone (« CONSEIL MUNICIPAL DE LA » then a line break).
ARTICLES: Final = frozenset({"la", "le", "les", "l'"})
# A body meeting, in any of the forms its minutes use (« s'est réuni(e) », « se sont réunis »,
# « se réunit », « se réunissent »; folded): one verb for the readers of where and who meets.
_MEET_VERB = (
    r"(?:s'est\s+(?:reunie?|assemblee?)|se\s+sont\s+(?:reunie?s?|assemblee?s?)|"
    r"se\s+reuni(?:t|ssent))\b"
)
# « … la Communauté de Communes Les Bertranges se sont réunis »: the collectivity that meets
# (folded, matched right after it).
MEETS: Final = _compile(rf"[^.;:]{{0,25}}?\b{_MEET_VERB}")
# « s'est réuni à l'Hôtel de l'établissement public territorial Lauze Ensemble », « s'est réuni à
# la mairie de Lauzac »: where a council meets, its own seat (folded, searched just before the
# collectivity; a commune's hall counts only for its municipal council).
MEETS_AT_SEAT: Final = _compile(
    rf"\b{_MEET_VERB}[^.;:]{{0,80}}?\b(?:a|en)\s+"
    # « en mairie de Lauzac » writes no article.
    r"(?:(?:la\s+|l')(?:hotel\s+(?:de\s+la\s+|de\s+l'|du\s+|de\s+))?)?$"
)
# A title's part of its own, beside its body: « Conseil du 30 janvier 2020 - Lauzac Métropole »,
# a web page's title ending with the site's name (folded, before and after the collectivity).
TITLE_PART_BEFORE: Final = _compile(r"(?:^|\s[-–—|·]\s{1,3})$")
TITLE_PART_AFTER: Final = _compile(r"\s{0,3}(?:$|[-–—|·←→])")
# « Directrice du SYMEVAL », « membre du bureau du SIVOM »: the syndicate a syndical council's
# officers serve (folded, searched just before it).
OFFICER_OF: Final = _compile(
    r"\b(?:president|presidente|vice-presidente?|directeur|directrice|bureau)\s+"
    r"(?:du|de\s+la|de\s+l')\s*$"
)
# « Réunion du Conseil d'Orléans-sur-Lauze Métropole », « Assemblée Générale de la Communauté de
# Communes du Pays de Lauze »: a council or an assembly named by its collectivity (folded,
# searched just before the collectivity).
COUNCIL_OF: Final = _compile(
    r"\b(?:conseil|assemblee\s+generale)\s+(?:de\s+la\s+|de\s+l'\s?|de\s+|d'\s?)$"
)
# « … se sont réunis les délégués des communes du SICTOM de Lauzac »: the members of the
# collectivity that meets (folded, searched just before it).
# « … se sont réunis dans le lieu ordinaire de leurs séances les membres du Comité Départemental
# du Syndicat … »: also after a few words of place, and with the members' body named between.
_MEMBERS_OF = (
    r"\bles\s+(?:membres|delegues|conseillers|representants)\s+"
    r"(?:(?:du|de\s+la|de\s+l')\s*(?:comite|conseil|bureau)(?:\s+[\w-]+){0,2}?\s+)?"
    r"(?:des\s+communes\s+)?(?:du|de\s+la|de\s+l'|des|d')\s*$"
)
MEMBERS_MEET: Final = _compile(rf"\b{_MEET_VERB}[^.;:]{{0,60}}?{_MEMBERS_OF}")
# « Les Membres du Syndicat Mixte …, régulièrement convoqués, se sont réunis »: the members
# named first, their meeting told after (folded: the words before the collectivity, then those
# after it).
MEMBERS_BEFORE: Final = _compile(_MEMBERS_OF)
CONVENED_AFTER: Final = _compile(rf"[^.;:]{{0,160}}?\b(?:convoquee?s?|{_MEET_VERB})")
# Words after which a date is the session's (folded): « Conseil Municipal du 19 mars 2018 »,
# « Séance publique du mardi 3 mai 2016 », « s'est réuni le lundi 13 mars 2017 », « L an deux
# mille onze, le quatorze décembre », « Le dix neuf mars deux mille dix huit à 20h30 s'est réuni ».
SESSION_DATE_CONTEXT: Final = _compile(
    r"\b(?:seance|reunion|session|conseil\s+(?:municipal|communautaire|"
    # « CONSEIL DE LA COMMUNAUTE DE COMMUNES DU PAYS DE X DU 13 DECEMBRE 2019 »: the kind of
    # communauté is part of the words that introduce the session.
    r"de\s+(?:la\s+)?communaute(?:\s+(?:de\s+communes|d'agglomeration|urbaine))?|"
    r"departemental|general|regional|metropolitain|de\s+la\s+metropole|syndical)|"
    r"comite\s+syndical|bureau\s+(?:communautaire|metropolitain|syndical)|commission\s+permanente|"
    r"(?:s'est|se\s+sont)\s+reunie?s?|proces[- ]verbal|compte[- ]rendu|conseil)\b|"
    r"\bc\.\s?r\.|\bl\s?'?\s?an\s+(?:mil|deux|\d)|^le\s+"
)
# A meeting sentence, then its date after the place, introduced by « le » (folded): « … s'est
# réuni en Assemblée Générale à la salle des fêtes de Lauzac, le mercredi 25 février 2015 ».
# A date dated as a meeting is, in a heading with no words introducing the session (folded): its
# weekday before it (« … du Pays d'Huriel mercredi 23 février 2023 ») or its hour after it
# (« Hémicycle 1er mars 2017 – 20 h »).
MEETING_DATE_TIME: Final = _compile(r"^\s{0,3}(?:[-–,]|a)?\s{0,3}\d{1,2}\s?h(?:\s?\d\d)?\b")
# Words before a date that make it another event's: sent, posted, published, received, signed.
OTHER_ACT_BEFORE_DATE: Final = _compile(
    r"\b(?:convoc\w*|affich\w*|publi\w*|transmi\w*|recue?|envo\w*|notifi\w*|executoire|signe\w*|"
    r"depos\w*|imprim\w*|edit\w*)\b[^.;]{0,40}$"
)
MET_ON: Final = _compile(rf"\b{_MEET_VERB}[^.;:]{{0,160}}?,?\s+le\s+(?=\w)")
# A meeting sentence opening with its date (folded): « Le 9 juin 2009, à 10 heures, les membres
# de la Commission … se sont réunis », wherever it stands (its line break may be lost): « le »,
# then the date, then the verb in the same sentence (« Le » in capital: see the reader).
DATED_MEETING: Final = _compile(rf"(?<![\p{{L}}'’])le\s+(?=[^.;:]{{0,200}}?\b{_MEET_VERB})")
# Words between a session's word and a date that make the date another event's (folded):
# « membres du Conseil élus les 15 mars et 28 juin 2020 », « Conseil convoqué le 3 juin »,
# « convoqué en date du … »; but « DÉLIBÉRATIONS DU CONSEIL MUNICIPAL EN DATE DU 8 AVRIL » dates
# the council's session itself.
OTHER_EVENT_DATE: Final = _compile(
    r"\b(?:elue?s?|convoquee?s?|installee?s?)\s+(?:le|les|du)\b|"
    r"(?<!\b(?:municipal|communautaire|syndical|metropolitain|departemental|regional)\s{1,3})"
    r"\ben\s+date\s+du\b"
)
# Words right after a session's date that make it an earlier session's, whose minutes are
# approved (folded): « Le Compte rendu du Conseil Municipal du 2 novembre 2021 est approuvé »,
# « … du 25/05/2020 est soumis à l'approbation des membres », « … est présenté pour approbation ».
APPROVED_AFTER: Final = _compile(
    r"[\s,]{0,3}(?:est|a\s+ete|sont|ont\s+ete)\s+(?:lue?s?\s+(?:et|,)\s+)?"
    r"(?:approuvee?s?|adoptee?s?|(?:soumise?s?|presentee?s?)\s+(?:a\s+l'|au\s+|a\s+votre\s+|pour\s+)"
    r"(?:approbation|adoption|vote))\b"
)
# Words before « séance du … » that make it another session's: « Approbation du procès-verbal
# de la séance du 14 janvier », « le compte rendu de la dernière séance » (folded, searched in
# the 80 characters before).
PREVIOUS_SESSION: Final = _compile(
    r"\b(?:approbation|adoption|approuve|adopte|precedente?|derniere|anterieure?)\b[^.;]{0,70}$"
)
# An item of the order of business about minutes is about earlier ones (a session's own minutes
# are no item of it): « 1) PROCES-VERBAL DE LA REUNION DU 20 MARS », « II - Compte rendu de la
# séance du … » (folded; the minutes' words end where the session is named, or are it).
_MINUTES = r"(?:proces[\s-]verbal|compte[\s-]?rendu)\b"
MINUTES_WORD: Final = _compile(_MINUTES)
MINUTES_ITEM: Final = _compile(
    rf"(?:^|\s)(?:\d{{1,2}}|[ivx]{{1,4}})\s{{0,2}}[).°-]\s{{0,3}}{_MINUTES}[^.;]{{0,30}}$"
)
PREVIOUS_SESSION_REACH: Final = 80
# A recueil's own number, not a deliberation's (folded): « RECUEIL DES ACTES ADMINISTRATIFS
# N°20 - 02 - 02 ».
RECUEIL_BEFORE_NUMBER: Final = _compile(r"\b(?:recueils?|actes\s+administratifs)\s{1,3}$")
# The secretary named as an item's subject (folded): « POINT N° 1 - DESIGNATION DU SECRETAIRE DE
# SEANCE : », « Election d'un secrétaire de séance »: the item's heading, no secretary's line.
SECRETARY_WORD: Final = _compile(r"secreta(?:ire|riat)")
SECRETARY_AS_SUBJECT: Final = _compile(
    r"(?:designation|election|nomination|choix)\s+(?:du|d'un|d'une|de\s+la|des)\s{1,3}$"
)
# « séance » or « réunion » at a piece's start (folded).
SESSION_WORD: Final = _compile(r"(?:seance|reunion)\b")
# How far after its context word the session's date may start.
SESSION_DATE_REACH: Final = 40
# Who presides, said in prose anywhere in the session block (folded): « sous la présidence de
# son maire Madame X », « sous la Présidence du Maire, Monsieur X », « PRESIDENCE : Monsieur X,
# Président », « Président de séance : M. X », « La séance est ouverte à 9 h 05 par Monsieur X ».
# Only a name led by a civility is taken: « ouverte par le Maire » names nobody.
PRESIDENT_PROSE: Final = _compile(
    r"(?:\bpresidence\s{0,3}(?:(?:de|du)\s{0,3}:?|:)\s{0,3}(?:(?:son|sa|leur)\s+\w+\s+|(?:l[ea]\s+)?"
    r"(?:maire|presidente?)\s{0,3},?\s{0,3})?|\bpresidente?\s+de\s+(?:la\s+)?seance\s{0,3}:\s{0,3}|"
    # « … : 87 Présidente : Mme PEREZ Michèle »: a field of the session's box.
    r"(?:^|(?<=[\s.]))presidente?\s{0,3}:\s{0,3}|"
    # « en séance ouverte par son président, Monsieur X ».
    r"\bouverte?\s+(?:a\s+[\w\s]{1,20}?\s+)?par\s+(?:(?:son|sa)\s+(?:maire|presidente?)\s{0,3},\s{0,3})?|"
    # « Séance présidée par : Madame X, Présidente du conseil d'administration ».
    r"\bpresidee?s?\s+par\s{0,3}:?\s{0,3})"
    r"(?P<who>(?:monsieur|madame|m\.|mme|m)\s{1,3}[^,;:()]{3,80}?)"
    rf"(?:\s{{0,3}},\s{{0,3}}(?P<role>[^,;.()]{{2,120}}?)|{_ROLE_IN_PARENTHESES})?\s{{0,3}}(?:[,;.]|$)|"
    # « M. Simon LAUZET, président, maire de Lauzac, ouvre la séance », « Mr LAUZET, président
    # sortant ouvre la séance », « Monsieur Simon LAUZET, ouvre la séance ».
    r"(?:^|[\s,;.])(?P<who>(?:monsieur|madame|m\.|mme|mr\.?|m)\s{1,3}"
    # The name never runs over an article nor a sentence's full stop (« … ROUX. Simon … »).
    r"(?:(?!\b(?:le|la|les)\s)(?!(?<=\p{L}{2})\.\s)[^,;:()]){3,60}?)\s{0,3},"
    r"\s{0,3}(?:(?P<role>(?:maire|presidente?)\b[^;.()]{0,80}?)\s{0,3},?\s{0,3})?"
    # « M. Jean X, Président de la communauté de communes, constate que le quorum est atteint »:
    # who notes the quorum presides.
    r"(?:(?:ouvre|preside)\s+(?:la\s+seance|la\s+reunion|le\s+conseil)|constate\s+que\s+le\s+quorum)\b"
)
# « Simon Lauzet, maire, ouvre le conseil municipal »: with no civility, the two words that the
# role and the opening follow (the reader keeps only a clear name).
OPENS_THE_SESSION: Final = _compile(
    r"(?:^|(?<=[\s,;.]))(?P<who>[\p{L}'-]{2,30}\s{1,3}[\p{L}'-]{2,30})\s{0,3},\s{0,3}"
    r"(?P<role>(?:maire|presidente?)\b[^,;.()]{0,60}?)\s{0,3},?\s{0,3}"
    r"(?:ouvre|preside)\s+(?:la\s+seance|la\s+reunion|le\s+conseil)\b"
)
# Words that are no name before « , maire, ouvre la séance » or after « présidé par » (folded).
NOT_A_PRESIDENT_WORD: Final = _compile(
    r"\b(?:le|la|les|l'|monsieur|madame|seance|conseil|president|presidente|maire|vice|quorum|"
    r"et|de|du|des|adjointe?|conseill\w*|doyen(?:ne)?|premiere?|son|sa)\b"
)
# « sous la présidence de Hugo LAUZET, », « Présidente : Claudine LAUZET » with no civility: a
# name whose family name is clear.
PRESIDED_BY_NAME: Final = _compile(
    # « Présidente : Claudine LAUZET Secrétaire : … »: the heading of a minutes' block too.
    r"(?:\bsous\s+la\s+presidence\s{0,3}(?:de|du)\s{0,3}:?|(?:^|(?<=[\s.]))presidente?"
    r"(?:\s+de\s+(?:la\s+)?seance)?\s{0,3}:|\bpresidee?s?\s+par\s{0,3}:?)\s{0,3}"
    r"(?!(?:monsieur|madame|m\.|mme|m|son|sa|leur|l[ea])\s)(?P<who>[^,;:()]{3,60}?)"
    # Its end: punctuation, or the next heading's word and colon (« … LAUZET Secrétaire : »).
    r"\s{0,3}(?:[,;.]|$|(?=\s[\w-]+(?:\s+de\s+seance)?\s{0,3}:))"
)
# A member's state written after the role in a list of all members, no comma nor parenthesis
# (folded): « Mme X Conseillère Municipale absente excusée ».
TRAILING_STATE: Final = _compile(
    r"(?:^|\s)(?:(?P<excused>(?:absente?\s+)?excusee?)|(?P<absent>absente?))\s{0,3}$"
)
# An ordinal ending the words before a role word (folded): « 1er Adjoint », « 2e Adjointe »,
# « 3ème vice-président », its ending maybe parted from its figure (« 1 ère adjointe »).
ORDINAL_BEFORE_ROLE: Final = _compile(
    r"(?:^|\s)(?:1er|1ere|premier|premiere|\d{1,2}\s?(?:er|ere|e|eme|ieme|°))$"
)
# Role words written after a president's name without a comma (« Monsieur Pascal PINAULT Maire »).
TRAILING_ROLE: Final = _compile(
    r"\s+(?:maire|presidente?|vice-presidente?|conseill\w*|doyen\w*|adjointe?)\b.*$"
)

# --- Minutes: a session's items (written text) ---------------------------------------------------
# The heading of an item of a session's minutes: « 1. Achat de la parcelle … », « 1°) : ADHÉSION
# … : », « 1-1 Admissions en non-valeur », « II – Compte-rendu … », « Dossier 2 Budget primitif »,
# « POINT 3 : … », « QUESTION N° 1 : … ». Unnumbered headings are not read: in the corpus they
# were as often an agenda's or a department's as an item's.
ITEM_HEADING: Final = _compile(
    r"^(?:(?:(?!0)\d{1,2}(?:[.-]\d{1,2})?|[IVX]{1,5})(?!\p{L})\s{0,2}(?:°\s?\)?|[.)/])?\s{0,3}"
    r"(?::\s{0,3})?(?:[-–—]\s{0,3})?|(?i:dossier|point|question|affaire)\s{1,3}(?:(?i:n)\s?°\s?)?"
    r"\d{1,3}\s{0,3}[-–—:.)]?\s{0,3})(?P<title>\p{Lu}.{3,200}?)[\s:,.;]*$"
)
# Where an item heading starts inside running text (written): its number closed by a mark
# (« 2. », « 1) », « 2°) », « II – », « 1.1 »), or « Dossier 2 », then a capital. It follows the
# end of a sentence, a word of prose or a number, never a name or a comma: « 1. M. DUPONT,
# 2. Mme ROUX » is a numbered list of names. « Article 2. », « point 3. » are references.
ITEM_HEADING_START: Final = _compile(
    r"(?<=(?:^|[^,\s])\s{1,3})(?<!(?i:article|alinea|alinéa|chapitre|titre|annexe|page|lot|"
    r"tranche|phase|point|n°|no)\s{1,3})"
    # « Classification : 5-2 Acte rendu exécutoire … »: the act's subject code, not an item.
    r"(?<!(?i:classification|nomenclature|mati[eè]re)\s{0,3}:?\s{1,3})"
    r"(?:(?!0\d)\d{1,2}(?:\s{0,2}°\s?\)?|\s{0,2}[.)/]|(?P<dash>\s{1,2}[-–—]))|"
    r"\d{1,2}[.-]\d{1,2}\.?(?=\s)|[IVX]{1,5}\s{0,2}[.)–—-]|(?<!(?i:du|le|au|des|les|aux)\s{1,3})"
    r"(?i:dossier|point|question|affaire)\s{1,3}(?:(?i:n)\s?°\s?)?\d{1,3}\s{0,3}[-–—:.)]?|"
    # « POINTS ABORDES : N° 01 - Fusion … »: an agenda's number sign, a number, then a dash,
    # after a heading or a sentence (« Décision modificative n°2 – Eau … » is a title's).
    r"(?<=(?:^|[.:;!?»)])\s{0,3})(?i:n)\s?°\s?\d{1,3}\s{1,3}[-–—])"
    r"\s{0,3}(?::\s{0,3})?(?:[-–—]\s{0,3})?(?=[«\"]?\s?\p{Lu}\p{L})"
)
# A person where an item's title would start: a civility, « Jeanne DURAND », « DURAND Jeanne ».
PERSON_AHEAD: Final = _compile(
    r"(?:(?i:m|mm|mme|mmes|mlle|monsieur|madame|messieurs|mesdames)\.?\s|"
    # Nor a count: « PRESENTS : 10 - PROCURATIONS : 2 ».
    r"(?i:presents?|présents?|procurations?|pouvoirs?|votants?|absents?|excus[ée]s?|quorum|pour|"
    r"contre|abstentions?)\b|"
    r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s{1,3}\p{Lu}{2,}\b|"
    r"\p{Lu}{2,}(?:[- ]\p{Lu}{2,})?\s{1,3}\p{Lu}\p{Ll}+\b(?!\s\p{Ll}))"
)
# The number an item heading opens with (written, at the start of a piece).
ITEM_NUMBER: Final = _compile(
    r"^(?:(?!0\d)\d{1,2}(?:\s{0,2}°\s?\)?|\s{0,2}[.)/]|\s{1,2}[-–—])|\d{1,2}[.-]\d{1,2}\.?(?=\s)|"
    r"[IVX]{1,5}\s{0,2}[.)–—-]|(?i:dossier|point|question|affaire)\s{1,3}(?:(?i:n)\s?°\s?)?\d{1,3}"
    r"\s{0,3}[-–—:.)]?|(?i:n)\s?°\s?\d{1,3}\s{1,3}[-–—])"
    r"\s{0,3}(?::\s{0,3})?(?:[-–—]\s{0,3})?(?=[«\"]?\s?\p{Lu}\p{L})"
)
# A capitalised word that opens a sentence (written): after a title in sentence case, the
# report starts there (« Installation d'un conseiller A la suite de la démission … »).
_SENTENCE_OPENERS = (
    r"(?:Le|La|Les|L'|L’|Il|Ils|Elle|Elles|Après|Apres|A|À|Au|Aux|Suite|Sur|"
    r"Vu|Considérant|Monsieur|Madame|Mme|M\.|Dans|Par|Pour|En|Ce|Cette|Ces|Lors|Afin|Conformément|"
    r"Considerant|Entendu|Ouï|Oui|Une|Un|Cet|Depuis|Chaque|Compte\s+tenu|Certaine?s|"
    r"Plusieurs|Nous|Comme)(?=[\s,])"
)
SENTENCE_OPENER: Final = _compile(rf"(?<=[\p{{Ll}}\d)»]\s{{1,3}}){_SENTENCE_OPENERS}")
# The same word at the start of a text (written): « Certaines créances … » after a heading.
SENTENCE_OPENER_START: Final = _compile(rf"^{_SENTENCE_OPENERS}")
# A deliberation number that ends an item's title (« APPROBATION DU PROCÈS-VERBAL – D11-2020 »).
ITEM_TRAILING_NUMBER: Final = _compile(
    r"\s[-–—:]\s{0,3}(?P<number>\p{Lu}{0,4}\d{1,4}[-/._]\d{1,4}(?:[-/._]\d{1,4})?)$"
)
# A deliberation number just before an item's heading (« 2008-06-001 II – … »), written.
NUMBER_BEFORE_ITEM: Final = _compile(
    r"(?:^|\s)(?P<number>(?:19|20)\d\d[-/]\d{1,4}(?:[-/]\d{1,4})?)$"
)
# Where the next item of a list starts after a title (« … de séance ; - Information : … »).
NEXT_LIST_ITEM: Final = _compile(r"\s{0,3};\s{1,3}[-–—•]\s")
# A title in sentence case ended by a colon before a capital, when its sentence runs on too long
# to be a title (« Compte Administratif 2004 : FONCTIONNEMENT Dépenses … », written).
TITLE_BEFORE_COLON: Final = _compile(r"^(?P<title>[^:;.!?]{3,160}?)\s{0,2}:\s{1,3}(?=\p{Lu})")
# Words of a capitals title: no lower-case letter (« L'OFFICE », « (TÉLÉTRANSMISSION », « 2020 »).
NO_LOWER_CASE: Final = _compile(r"[^\p{Ll}]+")
# A whole title that opens the session (« 1) ACCUEIL », « Appel nominal », « Objet : Ouverture
# de séance. », folded): no deliberation, whatever heads it.
SESSION_OPENING_ITEM: Final = _compile(
    r"^(?:accueil|appel\s+nominal|ouverture\s+de\s+(?:la\s+)?seance)\W*$"
)
# Routine items that are no deliberation unless numbered (folded): the previous minutes, the
# session's secretary, the report of the decisions taken under delegation. Granting delegations
# (« Délégations du conseil consenties au maire ») and adopting the agenda are decisions.
ROUTINE_ITEM: Final = _compile(
    r"\b(?:proces\s?[-–—]?\s?verba(?:l|ux)|comptes?\s?[-–—]?\s?rendus?|secretaire\s+de\s+seance|"
    # « Approbation du PV du Conseil précédent », « Adoption du C.R. de la séance du … ».
    r"(?:approbation|adoption)\s+du\s+(?:pv|p\.\s?v\.?|cr|c\.\s?r\.?)(?![\w])|"
    r"decisions?\s+(?:du\s+maire|du\s+president|prises?|municipales)|"
    r"informations?\b|point\s+d'avancement)|"
    # A whole title that opens the session.
    rf"{SESSION_OPENING_ITEM.pattern}|"
    # A presentation by a named guest or body (« Présentation du Pays de Lauze par M. X »,
    # « Présentation (LAUZNET) de l'outil … »): heard, not voted.
    r"^presentation\s+(?:\(|[^.;:]{0,120}?\bpar(?:\s+(?:m\.|mr|mme|monsieur|madame|le|la|les|l')"
    r"(?:\s|$)|$))"
)
# A piece whose end a number goes on (folded): a linking word (« des questions 1 à » / « 14. »),
# a count's label (« Votants (présents ou représentés) : » / « 22. »), a civility whose initial
# looks like a Roman number (« – Mme » / « V. TEXEREAU »). No item starts there.
NUMBER_GOES_ON: Final = _compile(
    rf"{DANGLING_END.pattern}|\b(?:votants|presents|exercice|representes|pouvoirs|procurations)"
    r"\)?\s{0,3}:\s{0,3}$|(?<![\w.])(?:m|mm|mme|mmes|mlle|mr)\.?\s{0,3}$"
)
# An unnumbered item's heading ending a piece, after a finished sentence (written): « … est
# adopté à l'unanimité. Subvention : », « … approuvé. - Indemnité de fonction du maire ».
TRAILING_HEADING: Final = _compile(
    # « … adopté à l'unanimité. 2 Fixation du montant … »: an item's bare number before it.
    r"(?<=[.!?)]\s{1,3})(?:[-–—•]\s{1,3}|(?P<number>\d{1,2})\s{1,3})?"
    r"(?P<heading>\p{Lu}[^.!?:;()]{2,250}?)\s{0,3}:?\s{0,3}$"
)
# A heading that is only a date, or a month and its year (folded): « Septembre 2010 », a page's
# running date, never a title.
DATE_ALONE: Final = _compile(
    rf"^(?:(?:{_WEEKDAY}\s+)?[0-3]?\d(?:er)?\s+)?{_MONTH}\s+(?:19|20)\d\d\s{{0,3}}$"
)
# A number whose last part could be a day (« 12/24 »): a month and year after it complete it.
DAY_ENDED_NUMBER: Final = _compile(r"/(?:[12]\d|3[01]|0?[1-9])$")
MAX_TRAILING_HEADING_WORDS: Final = 15
MAX_CAPITALS_HEADING_WORDS: Final = 30
# A heading in capitals then a colon, after a finished sentence (written): « … à l'unanimité.
# TARIFS PUBLICS 2020 : L'assemblée décide … ».
CAPITALS_HEADING_COLON: Final = _compile(
    r"(?:^|(?<=[.!?]\s{1,3}))(?P<heading>\p{Lu}[\p{Lu}\d '’-]{2,100}?)\s{0,3}:\s{1,3}(?=\p{Lu})"
)
# The decision in the sentence after such a heading (folded): « L'assemblée décide … ».
DECIDES: Final = _compile(
    r"[^.;:]{0,120}?\b(?:decide|decident|approuve|adopte|autorise|accepte|emet|fixe)\b"
)
# A heading that names a field of the agenda, not an item (« FINANCES », « URBANISME »).
CATEGORY_HEADING: Final = _compile(r"^\p{Lu}[\p{Lu}'’-]{2,30}(?:\s+\p{Lu}[\p{Lu}'’-]{2,30})?$")
# The fields of an agenda in any case (folded, whole heading): « Affaires Générales ».
CATEGORY_WORDS: Final = _compile(
    r"^(?:affaires?(?:\s+\w+){1,2}|finances?|urbanisme|personnel|travaux|questions?\s+diverses|"
    r"informations?(?:\s+diverses)?|administration\s+generale|ressources\s+humaines|"
    r"intercommunalite|environnement|voirie|culture|jeunesse|sports?|education|"
    r"vie\s+associative|divers)$"
)
# An item of a session's summary (folded): its bare number, its title as one sentence, and
# the request put to the assembly right after it (« 1 Tarifs de la restauration scolaire. Il
# est demandé au Conseil d'approuver … », « … Le Conseil est invité à approuver … »). The
# request makes the number an item's.
REQUESTED_ITEM: Final = _compile(
    r"(?<![\d°/.,:-])(?<!\bn\s?)\b(?P<number>\d{1,3})\s{1,3}"
    r"(?P<title>(?!(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|"
    r"novembre|decembre|h|heures?|voix|membres|conseillers)\b)\p{L}[^.;:!?]{4,400}?)\.\s{1,3}"
    r"(?=(?:il\s+est\s+(?:demande|propose)\s+(?:au|a\s+la|aux)|(?:le|la|l')\s?"
    r"(?:conseil|bureau|comite|commission|assemblee)\s+est\s+(?:invitee?|appelee?|priee?)\s+a)"
    r"\s+\p{L})"
)
# An item's title, then who reports it (written): « (Non). - Délégation du Conseil au Président.
# (Rapporteur : Monsieur X) », « 2010 DASCO 105 - Subventions à divers collèges. Mme Anne X,
# rapporteure. ». The title is a sentence of its own, after its item number or its identifier
# in capitals and digits, if any; dashes inside it are its own (« Subvention - Convention … »).
# An item's number or identifier before its title (written): « 1 - », « 2010 DASCO 105 - ».
_ITEM_LEAD = r"(?:\d{1,3}\s{0,2}[-–—.)°]\s{1,3}|[\p{Lu}\d][\p{Lu}\d /_]{0,40}?\s[-–—]\s{1,3})"
REPORTED_ITEM: Final = _compile(
    # At a run's start only after an item number or identifier: where a run starts depends on
    # what the readers before took (furniture set apart, a letterhead), a title must not.
    rf"(?:(?<=[.!?:)]\s{{1,3}})(?:[-–—•]\s{{1,3}})?{_ITEM_LEAD}?|^(?:[-–—•]\s{{1,3}})?{_ITEM_LEAD})"
    r"(?P<title>\p{Lu}[^.!?;:()]{2,300}?)\.?\s{1,3}"
    r"(?=\(\s{0,3}(?i:rapporteure?s?)\s{0,3}:|"
    r"(?i:m\.|mme|mlle|monsieur|madame)\s[^.,;:()]{2,60}?,\s{0,3}(?i:rapporteure?s?)\b)"
)
# A reported item's title is at most this many words long.
MAX_REPORTED_TITLE_WORDS: Final = 40
# How a summary's item was voted (folded): the outcome alone after its request, before the next
# item's number or the end (« … d'approuver … Adopté 2 Rapport … », not « Adopté 2 abstentions »).
REQUESTED_ITEM_OUTCOME: Final = _compile(
    r"(?<=[.:;]\s{1,3})(?P<outcome>adoptee?s?|rejetee?s?)(?P<words>(?:\s+a\s+l'unanimite)?)"
    r"(?=\s{1,3}\d{1,3}\s{1,3}(?!(?:abstentions?|contre|voix|pour|votes?|membres|conseillers)\b)"
    r"\p{L}|\s*$)"
)
# The heading of a session's agenda or table of contents (folded): « ORDRE DU JOUR : »,
# « Ordre du jour du comité syndical : », « Sommaire ». Not « l'ordre du jour » in a sentence
# (« adopte l'ordre du jour suivant »), nor a « compte rendu / procès-verbal sommaire ».
# A page's number in brackets ending a text (written): « … Calvi Balagne (2) ».
PAGE_MARK_END: Final = _compile(r"\s\(\d{1,3}\)\s*$")
# An agenda announced with its colon inside a list's text (folded): the list ended before it.
# Or the minutes' heading opening an item of it (« … Pierre FAURE. COMPTE RENDU DE LA SEANCE
# Le Bureau approuve … »).
AGENDA_OPENS: Final = _compile(
    # « … RODE Frédéric (…). ORDRE DU JOUR 1 2 3 … »: its colon left out, its first number.
    r"(?<![\p{L}'])ordre\s+du\s+jour\s{0,3}(?::|(?=[1I]\b|1[.)-]))|"
    r"^(?:proces[- ]verbal|compte[- ]rendu)\s+(?:de\s+(?:la\s+)?|du\s+)"
    r"(?:seance|reunion|conseil|bureau|comite)\b"
)
AGENDA_HEADING: Final = _compile(
    r"(?<!\bl'\s?)(?<!\b(?:rendu|verbal)\s{1,3})\b(?:ordre\s+du\s+jour|sommaire)\b\s{0,3}:?"
)
# The marker of an agenda's first entry (written): « 1) », « 1- », « 1 », « 01 – », « 00 - »,
# « I », a bullet.
AGENDA_FIRST_MARKER: Final = _compile(
    # « 1-Vote des indemnités »: no space after a dash or a parenthesis.
    r"\s{0,3}(?:(?P<number>0[01]|1|I)\s{0,2}(?:(?P<punctuation>[.)°/–—-])\s{1,3}|"
    r"(?P<punctuation>[)–—-])|\s{1,3})|"
    rf"(?P<bullet>[-–—✓*{_BULLET_CHARACTERS}])\s{{1,3}})(?=[\p{{Lu}}«\"])"
)
# Where a list nested in an agenda's entry may start (written): a space before its « 1 ».
NESTED_FIRST_MARKER: Final = _compile(r"(?<=\S)\s(?=(?:0?1|I)\s{0,2}[.)°/–—-]?\s)")
# Any entry's marker inside an agenda (written), to find the next one of the same list.
AGENDA_MARKER: Final = _compile(
    r"(?<=\s)(?:(?P<number>\d{1,2}|[IVX]{1,5})\s{0,2}(?:(?P<punctuation>[.)°/–—-])\s{1,3}|"
    rf"(?P<punctuation>[)–—-])|\s{{1,3}})|(?P<bullet>[-–—✓*{_BULLET_CHARACTERS}])\s{{1,3}})"
    r"(?=[\p{Lu}«\"])"
)
# Where the last entry read ends, when no next marker does: a dotted leader, its sentence's end.
# Not the full stop of « M. » or of an initial (« … par M. Paul ROUX »).
AGENDA_ENTRY_END: Final = _compile(r"\.{3}|…|(?<!\b\p{Lu})\.\s{1,3}(?=\p{Lu})|\.\s*$")
# A dotted leader and the page after it (« … handicap...9 »).
AGENDA_ENTRY_TAIL: Final = _compile(r"\s{0,3}(?:\.{2,}|…)[.…\s]{0,40}\d{0,4}$")
# A page number ending an entry of a table of contents (« … le dimanche 12 »).
PAGE_NUMBER_TAIL: Final = _compile(r"\s\d{1,3}$")
# The separator of an agenda written as one sentence (« Construction hangar, Projet Écoles »).
AGENDA_COMMA: Final = _compile(r"\s{0,3}[,;]\s{1,3}")
# An agenda entry that is a field in capitals, then its first sub-item's number (written):
# « AFFAIRES FINANCIERES 3.1 – Débat … ».
FIELD_THEN_SUB_ITEM: Final = _compile(r"^\p{Lu}[\p{Lu}\s'’-]{2,80}?\s\d{1,2}\.\d{1,2}\b")
# A person named inside an agenda entry (written): « … A Mudaison, M.Albert siègera … »: the
# entry runs on into the minutes' text, it is no title (« M. le Trésorier » names a role).
PERSON_IN_ENTRY: Final = _compile(
    r"(?<![\p{L}.])(?:M\.\s?|Mme\s|Mlle\s|Monsieur\s|Madame\s)\p{Lu}[\p{L}'’-]"
)
# The most entries of an agenda read.
MAX_AGENDA_ENTRIES: Final = 40
# An agenda's announcement of who takes their seat (folded): « Installation du nouveau conseiller
# suppléant », « Installation des délégués »; the minutes may give it a heading of its own.
AGENDA_INSTALLATION: Final = _compile(
    r"^installation\s+(?:\w+\s+){0,3}?(?:conseil|conseill\w+|delegue\w*|membres?|elue?s?|maire)\b"
)
# A heading in capitals glued after a member's name (written), a line break lost: « Secrétaire de
# séance : Mr Didier NARBOUX CREATION D'UN POSTE DE SECRETARIAT ». The name is a given name in
# mixed case and one family name in capitals; the heading, three words or more, holds a
# function word (``HEADING_FUNCTION_WORD``), which no family name of one word does.
HEADING_AFTER_NAME: Final = _compile(
    r"\b\p{Lu}\p{Ll}[\p{L}'’-]*\s+\p{Lu}[\p{Lu}'’-]+\s+(?:[■▪•]\s{0,3})?"
    r"(?P<heading>\p{Lu}[\p{Lu}'’-]*(?:\s+[\p{Lu}\d][\p{Lu}\d'’-]*){2,})\s*$"
)
# The same heading in sentence case (written): « Secrétaire de séance : Mme Anne NOIR Tarifs de
# la cantine scolaire ». A capitalised word, then words one of which is in lower case and is no
# particle of a name (« cantine », not « de »), at most ``MAX_TRAILING_HEADING_WORDS`` words.
HEADING_AFTER_NAME_SENTENCE_CASE: Final = _compile(
    rf"\b(?!{_CIVILITY_WORD}\b)\p{{Lu}}\p{{Ll}}"
    r"[\p{L}'’-]*\s+\p{Lu}[\p{Lu}'’-]+\s+(?:[■▪•]\s{0,3})?"
    r"(?P<heading>\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}\d«»\"'’(),-][^\s]*){1,14})\s*$"
)
# A word in lower case that no name holds (written): « cantine », not « de », « la », « van ».
COMMON_LOWER_WORD: Final = _compile(
    r"(?:^|\s)(?!(?:de|du|des|la|le|les|et|van|von|der|den|di|da|dos|del|della|ben|bin|el|"
    r"ter|ten|zu)(?:\s|$))\p{Ll}{3,}"
)
# What follows a member's name in a list and is no heading (folded): a role, a note on the
# member's time or absence, a proxy.
MEMBER_NOTE_START: Final = _compile(
    r"^(?:(?:1er|1ere|premier|premiere|\d{1,2}(?:e|eme|ieme))\s+)?(?:maire|adjoint|conseill|"
    r"(?:vice-?\s?)?president|delegue|suppleant|secretaire|rapporteur|questeur|membre|"
    r"administrat|titulaire|senat|depute|representant|arrive|parti|sorti|depart|a\s+quitte|"
    r"excuse|absent|represente|remplace|pouvoir|procuration|mandat|jusqu|a\s+partir|des\s|"
    r"avant|apres|present|elu|doyen|benjamin|directeur|directrice|dgs|agent|chef|responsable|"
    r"charge|assistant|invite|personnalite|qualifie|commune|ville|mairie|syndicat|communaute)"
)
# The body a member comes from, after a name ending in capitals (written): « … Paul LIONS
# Communauté de communes Ile-Rousse Balagne », « … Anne NOIR Commune de Lauzac ».
BODY_AFTER_NAME: Final = _compile(
    r"^(?P<name>[^()]{2,80}?\p{Lu}{2,}[\p{Lu}'’-]*)\s+"
    r"(?P<body>(?:Communaut[ée]\s+(?:de\s+communes|d'agglom[ée]ration|urbaine)|Commune\s+d[e']|"
    r"Ville\s+d[e']|Syndicat\b|Mairie\s+d[e']|Conseil\s+(?:d[ée]partemental|r[ée]gional)|"
    r"M[ée]tropole\b)[^()]{0,100})$"
)
# A member written civility, family name in capitals, one given name (written), inside the words
# of a table whose columns ran together (« Commune de Lauzac M. ROUX Paul Association des
# Maires de la Somme »): its name; ``BODY_WORD`` tells the words around it are bodies.
ANCHORED_MEMBER: Final = _compile(
    r"(?<!\S)(?:M\.|Mme\.?|Mr\.?|Mlle\.?|Monsieur|Madame)\s{1,3}"
    r"(?:(?:de\s+la|de\s+l['’]|de|du|des|d['’]|DE\s+LA|DE|DU|DES|LE|LA|D['’])\s?)?\p{Lu}[\p{Lu}'’-]+"
    r"(?:\s{1,3}(?:(?:DE|DU|LE|LA|D['’])\s?)?\p{Lu}[\p{Lu}'’-]+){0,3}"
    r"\s{1,3}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?=[\s,;)]|$)"
)
BODY_WORD: Final = _compile(
    r"\b(?:association|commune|communaute|syndicat|conseil|union|federation|chambre|agence|"
    r"direction|office|etablissement|eptb|departement|region|prefecture|ddtm?|commission)\b"
)
# A civility anywhere (written): another member named (« … Paul ROUX Adjoint M. Luc BRUN »).
CIVILITY_INSIDE: Final = _compile(rf"(?:^|\s)(?:{_CIVILITY_WORD}|MM?\.)(?=\s)")
# A word in capitals of three letters or more (written): a family name, or an acronym.
CAPITALS_WORD: Final = _compile(r"(?<![\p{L}'’-])\p{Lu}{3,}(?![\p{Ll}])")
HEADING_FUNCTION_WORD: Final = _compile(
    r"(?:^|\s)(?:DE|DU|DES|D['’]\p{Lu}*|LA|LES|ET|AU|AUX|POUR|SUR|EN)(?:\s|$)"
)
# A label and its figure, a table's cell: « Nouvel effectif : 1 » is no item's title (written).
LABEL_AND_FIGURE: Final = _compile(r"\s:\s{0,3}\d{1,4}\s*$")
# A sentence whose subject stands in the sentence before (folded): « Celui-ci est adopté ».
BACK_REFERENCE: Final = _compile(
    r"\b(?:celui-ci|celle-ci|ceux-ci|celles-ci)\s+(?:est|sont|a|ont)\b"
)
# An item that is never a deliberation of its own (folded): « Questions diverses ».
MISC_ITEM: Final = _compile(
    # « Divers », « Affaires diverses », « Points divers »: what is left, never one decision.
    r"^(?:questions?\s+diverses|divers\b|(?:affaires|points|sujets)\s+divers(?:es)?\b|"
    # Items heard, not voted: « Présentation par M. X du dossier … », « Informations », « Point
    # sur … » (a « Communication » may be one the council takes note of by a deliberation).
    r"presentation\s+par\b|informations?\b|point\s+(?:d'information|sur)\b)"
)
# How the minutes say an item was voted (folded): « adopté à l'unanimité », « Accord à
# l'unanimité des membres présents », « approuvé par 12 voix pour ».
ITEM_VOTE: Final = _compile(
    # « Vote : Pour 14 Contre 0 Abstention 0 ».
    r"\bpour\s{0,3}:?\s{0,3}\d{1,4}\s{0,3}[,;/-]?\s{0,3}contre\s{0,3}:?\s{0,3}\d{1,4}\b|"
    # « L'assemblée décide, à l'unanimité de ses membres, d'appliquer … ».
    r"\b(?:adoptee?s?|approuvee?s?|accord|acceptee?s?|rejetee?s?|valide|decide)\b[^.]{0,60}?"
    r"\b(?:a\s+l'unanimite|par\s+\d{1,3}\s+voix|a\s+la\s+majorite)|"
    # « Après en avoir délibéré, [le Conseil Municipal] approuve / décide … ».
    r"\bapres\s+en\s+avoir\s+delibere\s{0,3},?\s{0,3}(?:(?:le|la|l')\s{0,3}[^,.;]{2,40}?"
    r"\s{0,3},?\s{0,3})?(?:approuve|adopte|decide|accepte|autorise)\b|"
    r"\b(?:a\s+l'unanimite|unanimement)\b[^.]{0,80}?\b(?:adopte|approuve|decide|accepte|valide|"
    r"emet|donne|autorise)|"
    # A tally after the decision: « APPROUVE les tarifs. Pour : 23 Contre : 0 ».
    r"\bpour\s{0,3}:\s{0,3}\d{1,4}\s{0,3}[,;-]?\s{0,3}contre\s{0,3}:\s{0,3}\d"
)
# A summary's first outcome: « … des scrutins. Adopté 2 Rapport d'activité … », the word alone
# after item 1's text, just before item 2's number (folded).
FIRST_ITEM_OUTCOME: Final = _compile(
    r"[.:;]\s{1,3}(?P<outcome>adoptee?s?|rejetee?s?)(?P<words>(?:\s+a\s+l'unanimite)?)\s{1,3}2\s{0,3}"
    r"[-.)]?\s{1,3}(?!(?:abstentions?|contre|voix|pour|votes?|membres|conseillers)\b)\p{L}"
)
# A sentence that is only a vote's figures (« Pour : 19 Contre : 0 Abstentions : 0 »), folded.
TALLY_START: Final = _compile(r"(?:pour|contre|abstentions?)\s{0,3}:\s{0,3}\d")
# What follows « Mme X : » when the colon introduces a proxy, not a commune (folded).
PROXY_AFTER_COLON: Final = _compile(rf"^\s{{0,3}}{_PROXY_WORDS}")
