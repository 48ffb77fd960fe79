"""Signature: the formulas (« Certifié Conforme, », « Ainsi fait et délibéré les jour, mois et
an susdits. », « Pour extrait conforme », « Fait à Villebourg, le … »), the signatory's role,
then their name.

The block is read as running text: one line or several, the same words give the same parts.
The formulas come first, each ending where its own words end; the name is the person the text
ends on; the role is what stands between.
"""

from __future__ import annotations

from qpparse import lexicon
from qpparse.frenchtext import fold
from qpparse.model import Person, Signature
from qpparse.names import is_family_token, parse_person, split_civility
from qpparse.normalise import TextLine
from qpparse.segment import Section

from .draft import Draft

# A given name is a capitalised word; the longest run of them read before a family name.
_GIVEN_NAMES = 2


def extract(section: Section, draft: Draft) -> None:
    """Formulas first, the name at the end, the role in between."""
    first = section.lines[0]
    text = " ".join(line.text for line in section.lines)
    formula, rest = split_formulas(text)
    signature = Signature(formula=formula, line=first.number)
    role, signatory = split_role_and_name(TextLine(first.number, rest))
    if signatory is not None:
        signatory.line = _line_of(section.lines, signatory.name)
        signature.signatory = signatory
    signature.role = role if role and any(char.isalpha() for char in role) else None
    _claim_parts(section.lines, text, _part_bounds(text, rest, role), draft)
    draft.signature = signature


def _part_bounds(text: str, rest: str, role: str | None) -> list[tuple[str, int, int]]:
    """Where the formulas, the role and the name stand in the block's ``text``."""
    formula_end = text.rfind(rest) if rest else len(text)
    role_end = formula_end
    if role and (found := text.find(role, formula_end)) != -1:
        role_end = found + len(role)
    return [
        ("signature.formula", 0, formula_end),
        ("signature.role", formula_end, role_end),
        ("signature.signatory", role_end, len(text)),
    ]


def _claim_parts(
    lines: list[TextLine],
    text: str,
    bounds: list[tuple[str, int, int]],
    draft: Draft,
) -> None:
    """Each piece claimed for the parts it holds (« Pour extrait conforme, Le Président, Paul
    MARTIN » holds three), each span placed at the words of its part."""
    start = 0
    for line in lines:
        end = start + len(line.text)
        for field, first, last in bounds:
            words = text[max(first, start) : min(last, end)].strip(" ,")
            if any(char.isalpha() for char in words):
                draft.claim(field, line, words=words)
            elif any(char.isalnum() for char in words):  # « 0 »: no formula, role or name
                draft.reject(TextLine(line.number, words))
        start = end + 1  # the space that joined the pieces


def split_formulas(text: str) -> tuple[str, str]:
    """(the formulas the block opens with, the rest), each formula ending with its words."""
    folded = fold(text)
    end = 0
    while match := lexicon.SIGNATURE_FORMULA.match(folded, end):
        end = match.end()
    if end == 0:
        return text.strip(" ,"), ""
    return _tidy(text[:end]), text[end:].strip(" ,")


def split_role_and_name(line: TextLine) -> tuple[str | None, Person | None]:
    """« Le Maire, Paul MARTIN » → (« Le Maire », Paul MARTIN); « Paul MARTIN » → (None, …).

    The signatory is named only when the shape makes the family name clear: the text ends on a
    family name in capitals, after at most two given names (and a civility), or on one given
    name after it.
    """
    words = line.text.split()
    start = _name_start(words)
    if start is None:
        return (line.text.strip(" ,") or None), None
    person = parse_person(" ".join(words[start:]), line.number)
    if person is None or person.family_name is None:
        return (line.text.strip(" ,") or None), None
    role = " ".join(words[:start]).strip(" ,")
    return role or None, person


def _name_start(words: list[str]) -> int | None:
    """Where the name the words end on starts (``None`` when they end on no name)."""
    if not words:
        return None
    last = len(words) - 1
    if is_family_token(words[last].strip(",")):
        family = last  # « LE ABRIAL », « DE LA ROCHE »: a family name in several words
        while family > 0 and last - family < _FAMILY_WORDS and _in_family(words[family - 1]):
            family -= 1
        start = family
        while start > 0 and family - start < _GIVEN_NAMES and _is_given(words[start - 1]):
            start -= 1
        if family - start == _GIVEN_NAMES and not _opens_a_name(words, start):
            start += 1  # « … Délégué aux Finances Clément PEYROLLES »: a role word, then one
    elif last > 0 and is_family_token(words[last - 1]) and _is_given(words[last]):
        start = last - 1  # « TAURINES Gisèle »
    else:
        return None
    return start - 1 if start > 0 and _is_civility(words[start - 1]) else start


# The most words of one family name in capitals (« DE LA ROCHE »).
_FAMILY_WORDS = 3


def _in_family(word: str) -> bool:
    """A word of a family name before its last: capitals, or a particle (« de », « LE »)."""
    return is_family_token(word) or fold(word) in lexicon.PARTICLES


def _opens_a_name(words: list[str], start: int) -> bool:
    """Whether a name may start at ``start``: the block's start, after a comma or a civility."""
    if start == 0 or words[start - 1].endswith(","):
        return True
    return _is_civility(words[start - 1])


def _is_civility(word: str) -> bool:
    """« Madame », « M. »: a civility read alone (it needs a name after it to be recognised)."""
    return split_civility(f"{word} Nom")[0] is not None


def _is_given(word: str) -> bool:
    return (
        word[:1].isupper()
        and word[1:2].islower()
        and not word.endswith(",")
        and not _is_civility(word)
    )


def _tidy(formula: str) -> str:
    return formula.strip().rstrip(",").strip()


def _line_of(lines: list[TextLine], name: str) -> int:
    """The piece the signatory's name stands in (the last that holds its family name)."""
    family = name.rsplit(maxsplit=1)[-1] if name else ""
    holding = [line.number for line in lines if family and family in line.text]
    return holding[-1] if holding else lines[-1].number
