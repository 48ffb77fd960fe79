"""People's names: split a written list into names, and a name into its parts.

The parts are filled only when the shape of the name says which is which (a family name in
capitals); otherwise ``given_name`` and ``family_name`` stay empty and ``name`` keeps the text.
"""

from __future__ import annotations

import bisect
import itertools
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from . import lexicon
from .frenchtext import fold
from .model import Person, Repair

# Longer than this, a list item is prose or a lost separator, not a name: it is left unread
# (and the regular expressions never run on a megabyte-long « name »).
MAX_NAME_LENGTH = 300
MAX_NAME_WORDS = 8
# Civility words that, met inside a list item after a family name, start the next person.
_INNER_CIVILITIES = frozenset({"m.", "mme", "madame", "monsieur", "mlle"})


@dataclass(frozen=True, slots=True)
class Piece:
    """A slice of a joined multi-line text, with the input line its first character came from."""

    text: str
    line: int


def parse_person(text: str, line: int) -> Person | None:
    """Parse « Madame Martine VASSAL » into a :class:`Person`; ``None`` if nothing name-like.

    Annotations in parentheses and a role after a comma go to ``role``, ``notes`` and
    ``substitute_for``; a title (« Maître ») goes to ``notes``, never to ``civility``.
    """
    text = strip_list_marks(text)
    if len(text) > MAX_NAME_LENGTH:
        return None
    core, annotations = split_annotations(text)
    civility, core = split_civility(core)
    title, core = split_title(core)
    tokens = core.split()
    if not tokens or len(tokens) > MAX_NAME_WORDS or not _looks_like_a_name(core):
        return None
    person = _person_from_tokens(tokens, civility, line)
    if title:
        person.notes.append(title)
    for annotation in annotations:
        annotate(person, annotation)
    return person


def _looks_like_a_name(text: str) -> bool:
    """A name has a capital letter, no colon (« Secrétaire : … » is a label) and no word of
    digits (« N° CM-2022-15 » strayed into a list is a reference, never a member)."""
    return (
        any(char.isupper() for char in text)
        and ":" not in text
        and not any(_is_reference_word(word) for word in text.split())
    )


def _is_reference_word(word: str) -> bool:
    """A word with digits is a number or a reference, unless the digits belong to a control
    sequence kept verbatim from a hostile input (« VIDAL\x1b[31m »: shown escaped, not lost)."""
    has_digit = any(char.isdigit() for char in word)
    return has_digit and not any(char < " " or "\x7f" <= char < "\xa0" for char in word)


def split_civility(text: str) -> tuple[str | None, str]:
    """Split a leading civility (« Madame », « M. », « M me », « MM. ») from the rest."""
    folded = fold(text)
    match = lexicon.GROUP_CIVILITY.match(folded) or lexicon.CIVILITY.match(folded)
    if match is None:
        return None, text
    key = match["civility"].replace(" ", "")
    return lexicon.CIVILITIES[key], text[match.end() :].strip()


def is_group_civility(text: str) -> bool:
    """Whether ``text`` starts with a plural civility (« MM. », « Mesdames ») or is one."""
    return lexicon.GROUP_CIVILITY.match(fold(text) + " ") is not None


def split_title(text: str) -> tuple[str | None, str]:
    """Split a leading title (« Maître », « Docteur »): not a civility, kept as written."""
    match = lexicon.TITLE.match(fold(text))
    if match is None:
        return None, text
    return text[: match.end()].strip(), text[match.end() :].strip()


def strip_list_marks(text: str) -> str:
    """Drop a list number (« 11. »), a bullet and the list's end punctuation around a name."""
    text = text.strip()
    numbering = lexicon.NUMBERING.match(text)
    if numbering is not None and numbering.end() > 0:
        text = text[numbering.end() :]
    text = lexicon.ITEM_START.sub("", text)
    last = _last_word(text)
    if not lexicon.INITIAL.match(last) and not lexicon.FAMILY_DOT_INITIAL.match(last):
        text = lexicon.LIST_END.sub("", text)
    return text.strip()


def split_annotations(text: str) -> tuple[str, list[str]]:
    """« Paul MARTIN (Maire) (arrivée au point 4) » → the name, and each annotation's text.

    A parenthesis left open (its end lost on another line) runs to the end of the text; a role
    after a comma (« Paul MARTIN, Maire ») is an annotation too.
    """
    annotations = [match.group()[1:-1].strip() for match in lexicon.PARENTHESIS.finditer(text)]
    core = lexicon.PARENTHESIS.sub(" ", text)
    if "(" in core:
        core, _, rest = core.partition("(")
        annotations.append(rest.strip(" )"))
    name, comma, after = core.partition(",")
    if comma and lexicon.ROLE.match(fold(after.strip())):
        core = name
        annotations.insert(0, after.strip())
    return " ".join(core.split()), [text for text in annotations if text]


def annotate(person: Person, annotation: str) -> None:
    """File one annotation: a substitution, a role, or else a note kept as written."""
    folded = fold(annotation)
    substitute = lexicon.SUBSTITUTE.match(folded)
    if substitute is not None:
        _, replaced = split_civility(annotation[substitute.end() :].strip())
        person.substitute_for = replaced or None
        if substitute["role"]:
            add_role(person, annotation[: substitute.end("role")])
        return
    if is_role(annotation):
        add_role(person, annotation)
        return
    person.notes.append(annotation)


def is_role(text: str) -> bool:
    """« Maire », « Adjoints », « Délégué titulaire de VILLEBOURG »; not « MAIRE Jean »."""
    tokens = text.split()
    if not tokens or lexicon.ROLE.match(fold(text)) is None:
        return False
    named = is_family_token(tokens[0]) and any(lexicon.GIVEN_WORD.match(t) for t in tokens[1:])
    return not named


def add_role(person: Person, role: str) -> None:
    """Set the role, keeping one already written (« Maire, Vice-Président »)."""
    person.role = f"{person.role}, {role}" if person.role else role


def split_list(pieces: list[Piece]) -> list[Piece]:
    """Split attendance text (one piece per input line) into one piece per name."""
    return split_names(pieces)[0]


def split_names(pieces: list[Piece]) -> tuple[list[Piece], list[Repair]]:
    """Split attendance text (one piece per input line) into one piece per name.

    A line break is a separator unless it cuts a name (« Philippe » / « ARNAUDIN », « Jean- » /
    « Pascal ») or an annotation; each name keeps the line on which it starts. Separators inside
    parentheses belong to the annotation. Every join and hyphen repair is returned.
    """
    joined, starts, repairs = _join(pieces)
    joined = _strip_list_end(joined)
    names: list[Piece] = []
    position = 0
    for start, end in [*_separator_spans(fold(joined)), (len(joined), len(joined))]:
        chunk = lexicon.ITEM_START.sub("", joined[position:start].strip())  # a bullet
        if chunk:
            line = _line_at(starts, position + _leading_spaces(joined[position:start]))
            names.append(_repair_hyphen_space(Piece(chunk, line), repairs))
        position = end
    return names, repairs


def split_glued(piece: Piece) -> tuple[list[Piece], Repair | None]:
    """Split an item whose separators were lost: « Paul MARTIN Lucie ROUX », « ARNAUDM. Joseph ».

    Only unambiguous shapes are split: a civility after a family name, or given names and
    family names alternating from a given name on. Otherwise the item is returned whole.
    """
    if len(piece.text) > MAX_NAME_LENGTH or "(" in piece.text:
        return [piece], None
    text = _unglue_civilities(piece.text)
    words = text.split()
    cuts = _civility_cuts(words) or _alternation_cuts(words)
    if not cuts and text == piece.text:
        return [piece], None
    bounds = [0, *cuts, len(words)]
    parts = [" ".join(words[start:end]) for start, end in itertools.pairwise(bounds)]
    repair = Repair(
        line=piece.line, kind="name-separator", before=piece.text, after=", ".join(parts)
    )
    return [Piece(part, piece.line) for part in parts], repair


def is_family_token(token: str) -> bool:
    """Whether ``token`` is written like a family name: capitals (« VASSAL », « D'ARTIGUES »).

    One accented lower-case letter inside capitals is a case-conversion slip (« BENSAïD »).
    """
    letters = [char for char in token if char.isalpha()]
    if len(letters) < 2 or lexicon.INITIAL.match(token):
        return False
    lower = [char for char in letters if not char.isupper()]
    if not lower:
        return True
    return len(lower) == 1 and not lower[0].isascii() and letters[0].isupper() and len(letters) > 3


def _person_from_tokens(tokens: list[str], civility: str | None, line: int) -> Person:
    """Fill the name parts only when the written shape says which part is the family name."""
    given, family = _split_tokens(tokens)
    if len(tokens) == 1:
        given, family = _single_token_parts(tokens[0])
    if family is None:
        return Person(name=" ".join(tokens), civility=civility, line=line)
    name = " ".join(tokens) if len(tokens) == 1 else (f"{given} {family}" if given else family)
    return Person(name=name, given_name=given, family_name=family, civility=civility, line=line)


def _single_token_parts(token: str) -> tuple[str | None, str | None]:
    """« DURAND.J » is a family name and an initial; « DURAND » alone says nothing of its part
    (a family name most often, but a given name in capitals is possible): silence."""
    glued = lexicon.FAMILY_DOT_INITIAL.match(token)
    if glued is not None:
        return f"{glued['initial']}.", glued["family"]
    return None, None


def _split_tokens(tokens: list[str]) -> tuple[str | None, str | None]:
    """Given names then family name, either order; ``(None, None)`` when the shape is unclear."""
    upper = [
        is_family_token(token) or _is_particle(tokens, index) for index, token in enumerate(tokens)
    ]
    if all(upper) or not any(upper):
        return None, None
    first_upper = upper.index(True)
    if all(upper[first_upper:]) and first_upper > 0:  # « Martine VASSAL », « Éric LE DISSES »
        return " ".join(tokens[:first_upper]), " ".join(tokens[first_upper:])
    last_upper = len(upper) - upper[::-1].index(True)
    if first_upper == 0 and not any(upper[last_upper:]):  # « DURAND Jeanne »
        return " ".join(tokens[last_upper:]), " ".join(tokens[:last_upper])
    return None, None


def _is_particle(tokens: list[str], index: int) -> bool:
    """« de », « LE », « d' » belong to the family name when a capitalised family word follows."""
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    return fold(tokens[index]) in lexicon.PARTICLES and is_family_token(following)


def _join(pieces: list[Piece]) -> tuple[str, list[tuple[int, int]], list[Repair]]:
    """Join the lines, each break becoming a separator (\\n), a space or nothing.

    Only the end of the text joined so far is looked at, so that joining stays linear.
    """
    parts: list[str] = []
    length = 0
    tail = ""
    starts: list[tuple[int, int]] = []
    repairs: list[Repair] = []
    previous: Piece | None = None
    for piece in pieces:
        if previous is not None:
            glue = _line_glue(tail, piece.text)
            if glue != "\n" and not _inside_parenthesis(tail):
                repairs.append(_wrap_repair(tail, previous, piece, glue))
            parts.append(glue)
            length += len(glue)
        starts.append((length, piece.line))
        parts.append(piece.text)
        length += len(piece.text)
        tail = (tail + (parts[-2] if previous is not None else "") + piece.text)[-200:]
        previous = piece
    return "".join(parts), starts, repairs


def _line_glue(before: str, after: str) -> str:
    """What a line break stands for: nothing after « Jean- », a space inside a name or an
    annotation, else a separator."""
    if lexicon.LINE_END_HYPHEN.search(before):
        return ""
    if _inside_parenthesis(before):
        return " "
    if _last_item_is_incomplete(before, after):
        return " "
    return "\n"


def _inside_parenthesis(text: str) -> bool:
    tail = text[-200:]
    return tail.rfind("(") > tail.rfind(")")


def _last_item_is_incomplete(before: str, after: str) -> bool:
    """« … - Philippe » then « ARNAUDIN - … », or « … M. » then « Paul MARTIN »."""
    tail = before[-200:]
    cut = 0
    for _, end in _separator_spans(fold(tail)):
        cut = end
    item = tail[cut:]
    first = _first_word(after)
    if not item.strip() or lexicon.ITEM_START.match(after):
        return False
    words = _holder_words(item)
    if not words:  # « … représentée par » at the end of the line: the holder comes next
        return True
    if len(words) == 1 and split_civility(words[0] + " x")[0] is not None:
        return True
    given_only = all(lexicon.GIVEN_WORD.match(w) or lexicon.INITIAL.match(w) for w in words)
    return given_only and is_family_token(first.rstrip(",;."))


def _holder_words(item: str) -> list[str]:
    """The words after the item's last proxy words (its holder so far), else all its words."""
    connectors = list(lexicon.PROXY_WORDS.finditer(fold(item)))
    return item[connectors[-1].end() :].split() if connectors else item.split()


def _wrap_repair(joined: str, previous: Piece, piece: Piece, glue: str) -> Repair:
    """Report a name cut by a line break and joined again (line: where the name starts)."""
    head, tail = _first_word(piece.text), _last_word(joined)
    kind = "name-hyphen-wrap" if glue == "" else "name-wrap"
    return Repair(line=previous.line, kind=kind, before=f"{tail}\n{head}", after=tail + glue + head)


def _separator_spans(folded: str) -> Iterator[tuple[int, int]]:
    """The separators of a list, except inside a parenthesis (« (arrivée au point 4, …) »)."""
    protected = [match.span() for match in lexicon.PARENTHESIS.finditer(folded)]
    index = 0
    for match in lexicon.NAME_SEPARATORS.finditer(folded):
        while index < len(protected) and protected[index][1] <= match.start():
            index += 1
        if index < len(protected) and protected[index][0] < match.start():
            continue
        yield match.span()


def _strip_list_end(text: str) -> str:
    """Drop the list's final period, unless it closes an initial (« DURAND J.P. »)."""
    last = _last_word(text)
    if lexicon.INITIAL.match(last) or lexicon.FAMILY_DOT_INITIAL.match(last):
        return text
    return lexicon.LIST_END.sub("", text)


def _repair_hyphen_space(piece: Piece, repairs: list[Repair]) -> Piece:
    """« Marie- Christine » → « Marie-Christine », reported; a lost hyphen is never invented."""
    repaired = lexicon.HYPHEN_SPACE.sub("-", piece.text)
    if repaired == piece.text:
        return piece
    repairs.append(
        Repair(line=piece.line, kind="name-hyphen-space", before=piece.text, after=repaired)
    )
    return Piece(repaired, piece.line)


def _unglue_civilities(text: str) -> str:
    """« M. Pierre ARNAUDM. Joseph BLANC » → a space before the glued « M. », when the list
    item itself starts with a civility (so the list is written with civilities)."""
    if split_civility(text)[0] is None:
        return text
    return lexicon.GLUED_CIVILITY.sub(" ", text)


def _civility_cuts(words: list[str]) -> list[int]:
    """Word indexes where a civility starts a new person after a family name."""
    cuts: list[int] = []
    seen_family = False
    for index, word in enumerate(words):
        if index > 0 and seen_family and fold(word) in _INNER_CIVILITIES:
            cuts.append(index)
            seen_family = False
        seen_family = seen_family or is_family_token(word)
    return cuts


def _alternation_cuts(words: list[str]) -> list[int]:
    """« Paul MARTIN Lucie ROUX »: cut where a given name follows a family name, when every word
    is one or the other and the item starts with a given name."""
    kinds = [_word_kind(words, index) for index in range(len(words))]
    if not kinds or kinds[0] != "given" or None in kinds:
        return []
    cuts = [i for i in range(1, len(kinds)) if kinds[i] == "given" and kinds[i - 1] == "family"]
    return cuts if kinds[-1] == "family" else []


def _word_kind(words: list[str], index: int) -> str | None:
    word = words[index]
    if is_family_token(word) or _is_particle(words, index):
        return "family"
    if lexicon.GIVEN_WORD.match(word) or lexicon.INITIAL.match(word):
        return "given"
    return None


def _line_at(starts: list[tuple[int, int]], offset: int) -> int:
    """The input line of a joined-text offset (a binary search: lists can be very long)."""
    index = bisect.bisect_right(starts, (offset, sys.maxsize)) - 1
    return starts[max(index, 0)][1]


def _leading_spaces(text: str) -> int:
    return len(text) - len(text.lstrip())


def _first_word(text: str) -> str:
    """The first word, looking only at the start of a possibly huge text."""
    words = text[:200].split(maxsplit=1)
    return words[0] if words else ""


def _last_word(text: str) -> str:
    """The last word, looking only at the end of a possibly huge text."""
    words = text[-200:].rsplit(maxsplit=1)
    return words[-1] if words else ""
