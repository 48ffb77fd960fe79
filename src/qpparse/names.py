"""People's names: split a written list into names, and a name into its parts.

The parts are filled only when the shape of the name says which is which (a family name in
capitals); otherwise ``given_name`` and ``family_name`` stay empty and ``name`` keeps the text.
"""

from __future__ import annotations

import bisect
import itertools
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .frenchtext import fold
from .model import Person, Repair

# Longer than this, a list item is prose or a lost separator, not a name: it is left unread
# (and the regular expressions never run on a megabyte-long « name »).
MAX_NAME_LENGTH = 300
# A list whose separators were all lost is one long item; past this length it is left unread.
MAX_GLUED_LENGTH = 3000
MAX_NAME_WORDS = 8
# How far back from the end of the text joined so far a line break is judged: a bounded window
# keeps joining linear however long the list is.
_WINDOW = 200
# Control characters kept verbatim from a hostile input (see :func:`_is_reference_word`).
_CONTROLS = frozenset(chr(code) for code in [*range(0x20), *range(0x7F, 0xA0)])


@dataclass(frozen=True, slots=True)
class Piece:
    """A slice of a joined multi-line text, with the input line its first character came from."""

    text: str
    line: int


def parse_person(text: str, line: int, *, m_is_initial: bool = False) -> Person | None:
    """Parse « Madame Martine VASSAL » into a :class:`Person`; ``None`` if nothing name-like.

    Annotations in parentheses and a role after a comma go to ``role``, ``notes`` and
    ``substitute_for``; a title (« Maître ») goes to ``notes``, never to ``civility``. With
    ``m_is_initial`` (a list written with initials: « A. SECULA, M. ORRIT »), « M. » and « M »
    are an initial, not a civility.
    """
    text = strip_list_marks(text)
    if len(text) > MAX_NAME_LENGTH:
        return None
    core, annotations = split_annotations(text)
    civility, core = (None, core) if m_is_initial and _starts_with_m(core) else split_civility(core)
    if civility is not None and core.split(" ", 1)[0] in lexicon.FULL_CIVILITIES:
        core = core.split(" ", 1)[1] if " " in core else ""  # « Monsieur Monsieur Mickaël X »
    title, core = split_title(core)
    core, timing = _split_trailing_timing(core)
    core, trailing_role = _split_trailing_role(core, after_civility=civility is not None)
    if "- " in core:  # « Jean- Michel »: a compound a line break cut, flattened, as « Jean- » /
        core = lexicon.HYPHEN_SPACE.sub("-", core)  # « Michel » is joined when lines are read
    tokens = core.split()
    if not tokens or len(tokens) > MAX_NAME_WORDS or not _looks_like_a_name(core, tokens):
        return None
    person = _person_from_tokens(tokens, civility, line)
    if title:
        person.notes.append(title)
    if timing:
        person.notes.append(timing)
    if trailing_role:
        add_role(person, trailing_role)
    for annotation in annotations:
        annotate(person, annotation)
    return person


def _starts_with_m(text: str) -> bool:
    """« M. ORRIT », « M SUDOLSKI », « M Giniès »: « M » then a family name."""
    first, _, rest = text.partition(" ")
    if first not in {"M", "M."}:
        return False
    family = rest.split(" ", 1)[0]
    return is_family_token(family) or lexicon.MIXED_CASE_WORD.match(family) is not None


def is_initial_word(word: str) -> bool:
    """« A. », « JP. », « MC », « J-P »: one or two capitals, a dot or not, never a civility."""
    return bool(lexicon.INITIAL_WORD.match(word)) and fold(word) not in lexicon.CIVILITIES


def _split_trailing_role(text: str, *, after_civility: bool = False) -> tuple[str, str | None]:
    """« Dominique LESPARRE Maire », « LE COZ Louis Adjoint au Maire de REDON »: a role written
    after the name without a comma, from its first role word to the end. A word in capitals
    (« Jean MAIRE ») is a family name, never a role; the name before must hold one, or be one
    capitalised word after a civility (« M. Guillot Maire de Villebourg »: written so, a
    civility then one word is a family name)."""
    words = text.split()
    for index in range(1, len(words)):
        word = words[index]
        if is_family_token(word) or lexicon.ROLE_WORD.fullmatch(fold(word)) is None:
            continue
        family_alone = (
            after_civility
            and index == 1
            and words[0][:1].isupper()
            and fold(words[0]) not in lexicon.PARTICLES  # « Monsieur Le Maire »
            and lexicon.ROLE_WORD.fullmatch(fold(words[0])) is None
        )
        if not family_alone and not any(map(is_family_token, words[:index])):
            return text, None  # « le Vice-Président » names by role
        cut = _ordinal_start(words, index)
        return " ".join(words[:cut]), " ".join(words[cut:])
    return text, None


def _split_trailing_timing(text: str) -> tuple[str, str | None]:
    """« Luc BLANC arrivé au point 3 », « Anne NOIR partie à 21 h »: a note on the member's time
    written after the name without parentheses, from its first word to the end; only after a
    name that holds a family name in capitals."""
    words = text.split()
    for index in range(1, len(words)):
        if not words[index][:1].islower():
            continue
        if lexicon.TIMING_NOTE.match(fold(" ".join(words[index : index + 3]))) is None:
            return text, None
        if not any(map(is_family_token, words[:index])):
            return text, None
        return " ".join(words[:index]), " ".join(words[index:])
    return text, None


def _ordinal_start(words: list[str], role: int) -> int:
    """Where the role starting at ``words[role]`` starts with its ordinal: « Luc BLANC 1er
    Adjoint », « Marie VASSEUR 1 ère adjointe » (the ordinal's ending parted from its figure)."""
    before = fold(" ".join(words[max(0, role - 2) : role]))
    ordinal = lexicon.ORDINAL_BEFORE_ROLE.search(before)
    if ordinal is None:
        return role
    cut = role - len(ordinal.group().split())
    return cut if cut >= 1 else role


def _looks_like_a_name(text: str, words: list[str]) -> bool:
    """A name (``words`` are those of ``text``) has a capital letter, no colon (« Secrétaire : … »
    is a label), no particle at its end and no word of digits (« N° CM-2022-15 » strayed into a
    list is a reference, never a member). The character tests run in C (``map``): this runs on
    every list item."""
    if ":" in text or not any(map(str.isupper, text)):
        return False
    if not all(map(_is_name_word, words)):
        return False  # « des points techniques », « appel des membres »: prose, not a member
    if words[-1][:1].islower() and fold(words[-1]) in lexicon.NAME_PARTICLES:
        return False  # « Délégués de la »: a particle ends a heading's words, never a name
    if len(words) == 1 and fold(words[0]).rstrip(".,") + "." in _CIVILITY_FORMS:
        return False  # « Monsieur, Philippe X »: a civility its comma parted from the name
    return not (any(map(str.isdigit, text)) and any(map(_is_reference_word, words)))


# Every civility as written, each with a full stop (« monsieur. », « mme. », « m. »).
_CIVILITY_FORMS = frozenset(civility.rstrip(".") + "." for civility in lexicon.CIVILITIES)


def is_prose_word(word: str) -> bool:
    """A word no name holds: lower case, longer than two letters, no particle (« parcelle »,
    « approuvé »; not « de », « van », « à »)."""
    return len(word) > 2 and word[:1].islower() and fold(word) not in lexicon.NAME_PARTICLES


def _is_name_word(word: str) -> bool:
    """A word of a name starts with a capital (« DURAND », « Jeanne », « d'ARTIGUES ») or is a
    particle (« de », « van »); a lower-case word is prose that strayed into a list."""
    first = word[:1]
    if not first.isalpha() or first.isupper():
        return True  # a mark or markup before the letters is the text's, kept verbatim
    folded = word.lower()
    return folded in lexicon.NAME_PARTICLES or (
        folded[:2] in {"d'", "l'", "d’", "l’"} and word[2:3].isupper()
    )


def _is_reference_word(word: str) -> bool:
    """A word with digits is a number or a reference, unless the digits belong to a control
    sequence kept verbatim from a hostile input (« VIDAL\x1b[31m »: shown escaped, not lost)."""
    return any(map(str.isdigit, word)) and _CONTROLS.isdisjoint(word)


def split_civility(text: str) -> tuple[str | None, str]:
    """Split a leading civility (« Madame », « M. », « M me », « MM. ») from the rest."""
    if len(text) > MAX_NAME_LENGTH:
        return _split_civility(text)
    return _split_civility_cached(text)


# A list item is asked for its civility several times (reading it, ungluing it, parsing the
# name); the answer is kept for short texts only, so that huge lines cannot fill the cache.
@lru_cache(maxsize=4096)
def _split_civility_cached(text: str) -> tuple[str | None, str]:
    return _split_civility(text)


def _split_civility(text: str) -> tuple[str | None, str]:
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
    numbering = lexicon.NUMBERING.match(text) if text[:1].isdigit() else None
    if numbering is not None and numbering.end() > 0:
        text = text[numbering.end() :]
    text = _drop_item_mark(text)
    return _strip_list_end(text).strip()


def _drop_item_mark(text: str) -> str:
    """Drop a bullet (« - », « • ») before a list item.

    A bullet is never a letter or a digit: an item starting with one is left as it is without a
    call into ``regex``, which costs more than the test.
    """
    return text if text[:1].isalnum() else lexicon.ITEM_START.sub("", text)


def split_annotations(text: str) -> tuple[str, list[str]]:
    """« Paul MARTIN (Maire) (arrivée au point 4) » → the name, and each annotation's text.

    A parenthesis left open (its end lost on another line) runs to the end of the text; a role
    after a comma (« Paul MARTIN, Maire ») is an annotation too.
    """
    annotations: list[str] = []
    core = text
    if "(" in text:  # most names have no annotation: no call into ``regex`` for them
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
    joined, folded, starts, repairs = _join(pieces)
    sentence = _sentence_after_list(joined, folded)
    cut = len(joined) if sentence is None else sentence + 1  # the full stop stays the list's
    joined, after = joined[:cut], joined[cut:]
    joined = _strip_list_end(joined)
    folded = folded[: len(joined)]  # only the list's end was stripped: still aligned
    names: list[Piece] = []
    position = 0
    spans = _without_dashes_inside_names(joined, list(_separator_spans(folded)))
    for start, end in [*spans, (len(joined), len(joined))]:
        written = joined[position:start]
        chunk = _drop_item_mark(written.strip())
        if chunk:
            line = _line_at(starts, position + _leading_spaces(written))
            for part in _split_at_full_stops(chunk):
                names.append(_repair_hyphen_space(Piece(part, line), repairs))
        position = end
    if after.strip():  # prose, never names: left whole for the reader to set aside
        line = _line_at(starts, cut + _leading_spaces(after))
        names.append(Piece(after.strip(), line))
    return names, repairs


# A sentence is told from names by this many words of prose among its first few words.
_SENTENCE_PROSE_WORDS = 2
_SENTENCE_REACH = 6


def _sentence_after_list(joined: str, folded: str) -> int | None:
    """Where a sentence that follows the list starts: a full stop, then a capital and words of
    prose (« … Mme Anne NOIR. La séance est ouverte », « … NOIR. Le Président ouvre la séance »).
    A list's own notes after a full stop (« excusé. Pouvoir à M. X ») hold fewer prose words;
    its total (« … X soit 30 Conseillers … ») ends it too. Returns the full stop's place (the
    space before the total); ``folded`` is ``joined`` folded, aligned with it."""
    if " soit " in joined and (total := lexicon.LIST_TOTAL.search(folded)) is not None:
        return total.start()  # « … X soit 30 Conseillers municipaux formant la majorité … »
    openers = (*lexicon.SENTENCE_OPENER_WORDS, "M")
    if not any(f"{space}{opener}" in joined for opener in openers for space in " \n"):
        return None  # most lists: no call into ``regex`` (« Monsieur », « Madame » hold « M »)
    for match in lexicon.FULL_STOP_BEFORE_CAPITAL.finditer(joined):
        words = joined[match.end() :].split(maxsplit=_SENTENCE_REACH)[:_SENTENCE_REACH]
        if sum(map(is_prose_word, words)) >= _SENTENCE_PROSE_WORDS:
            return match.start()
    return None


# « JP. CULOS », « M-C. BOUYER »: two capitals before a full stop are initials.
_MIN_FAMILY_LETTERS = 3


def _split_at_full_stops(chunk: str) -> list[str]:
    """« BRAYDE. BADET »: a full stop and a space between two family names in capitals cut
    two members (a line break that separated them became a space); never after a civility
    (« MM. VILLARD ») nor initials (« J. DURAND », « JP. CULOS », « M-C. BOUYER »)."""
    if ". " not in chunk:  # most items: no call into ``regex``
        return [chunk]
    if (members := _members_parted_by_full_stops(chunk)) is not None:
        return members
    cuts = [
        match
        for match in lexicon.FULL_STOP_BETWEEN_FAMILIES.finditer(chunk)
        if sum(map(str.isalpha, match["before"])) >= _MIN_FAMILY_LETTERS
        and split_civility(match["before"] + ". x")[0] is None
        and not is_group_civility(match["before"])
    ]
    if not cuts:
        return [chunk]
    bounds = [0, *(point for match in cuts for point in match.span()), len(chunk)]
    return [chunk[start:end].strip() for start, end in zip(bounds[::2], bounds[1::2], strict=True)]


# « Léa Roux. Hugo Gris. Inès Pons »: so many members or more, each parted by a full stop.
_MIN_MEMBERS_PARTED_BY_STOPS = 3
_FULL_NAME_WORDS = range(2, 5)


def _members_parted_by_full_stops(chunk: str) -> list[str] | None:
    """Members in mixed case with a full stop after each (« Léa Roux. Hugo Gris. Inès
    Pons »): the stops part them when every piece is a whole name, two to four words of a
    name's shape, one of them in mixed case; never initials (« J. Roux ») nor civilities."""
    parts = [part.strip() for part in chunk.split(". ")]
    if len(parts) < _MIN_MEMBERS_PARTED_BY_STOPS or not all(map(_is_whole_name, parts)):
        return None
    return parts


def _is_whole_name(text: str) -> bool:
    words = text.split()
    return (
        len(words) in _FULL_NAME_WORDS
        and all(word[:1].isupper() or fold(word) in lexicon.NAME_PARTICLES for word in words)
        and all(_is_name_word(word) and _letters_only(word) for word in words)
        and any(word[1:].islower() for word in words)
        and split_civility(text)[0] is None
    )


def _letters_only(word: str) -> bool:
    """Letters, and the hyphens and apostrophes of names (« Marie-Anne », « N'Diaye »)."""
    return word.replace("-", "").replace("'", "").replace("’", "").isalpha()


def split_glued(piece: Piece) -> tuple[list[Piece], Repair | None]:
    """Split an item whose separators were lost: « Paul MARTIN Lucie ROUX », « ARNAUDM. Joseph ».

    Only unambiguous shapes are split: a civility after a family name, or given names and
    family names alternating from a given name on. Otherwise the item is returned whole. A note
    in parentheses (« Jean GORIOUX (pouvoir de Mme X) Catherine DESPREZ ») stays with the name
    before it: the words inside never cut.
    """
    if len(piece.text) > MAX_GLUED_LENGTH:
        return [piece], None
    text = _unglue_civilities(piece.text)
    words = _words_with_notes(text)
    if words is None:
        return [piece], None
    bare = [word.split(" (", 1)[0] for word in words]
    # Folding keeps every character's being a space or not: the folded words are the words'.
    folded = [fold(word) for word in bare]
    cuts = _glued_cuts(bare, folded, [" (" in word for word in words])
    if not cuts and text == piece.text:
        return [piece], None
    bounds = [0, *_move_communes_forward(bare, cuts), len(words)]
    parts = [" ".join(words[start:end]) for start, end in itertools.pairwise(bounds)]
    repair = Repair(
        line=piece.line, kind="name-separator", before=piece.text, after=", ".join(parts)
    )
    return [Piece(part, piece.line) for part in parts], repair


def _glued_cuts(bare: list[str], folded: list[str], noted: list[bool]) -> list[int]:
    """Where names start: after each note (a note closes the name it follows), then, between
    notes, at civilities after family names or where given and family names alternate."""
    ends = [index + 1 for index, has_note in enumerate(noted[:-1]) if has_note]
    cuts: list[int] = []
    for start, end in itertools.pairwise([0, *ends, len(bare)]):
        inner = (
            _civility_cuts(bare[start:end], folded[start:end])
            or _alternation_cuts(bare[start:end], folded[start:end])
            or _role_cuts(bare[start:end], folded[start:end])
        )
        cuts += [start + cut for cut in inner]
        if end < len(bare):
            cuts.append(end)
    return cuts


def _words_with_notes(text: str) -> list[str] | None:
    """The item's words, each note in parentheses glued to the word before it; ``None`` when a
    note opens the item or one before the last does not close (nothing then is cut). The last
    note may have lost its end: it runs to the end of the item."""
    if "(" not in text:
        return text.split()
    words: list[str] = []
    position = 0
    for note in lexicon.PARENTHESIS.finditer(text):
        words += text[position : note.start()].split()
        if not words:
            return None
        words[-1] = f"{words[-1]} {note.group()}"
        position = note.end()
    rest = text[position:]
    if ")" in rest or rest.count("(") > 1:
        return None
    if "(" in rest:  # « … M. Paul MARTIN (Villebourg »: a last note whose end was cut off
        before, _, open_note = rest.partition("(")
        words += before.split()
        if not words:
            return None
        words[-1] = f"{words[-1]} ({open_note.rstrip()}"
        return words
    return words + rest.split()


def is_family_token(token: str) -> bool:
    """Whether ``token`` is written like a family name: capitals (« VASSAL », « D'ARTIGUES »).

    One accented lower-case letter inside capitals is a case-conversion slip (« BENSAïD »).
    """
    if len(token) > _CACHED_TOKEN_LENGTH:
        return _is_family_token(token)
    return _is_family_token_cached(token)


# Every word of a list is asked this several times (splitting, reading, filing); words are short
# and repeat, so answers are kept, for short words only (a hostile megabyte « word » is not).
_CACHED_TOKEN_LENGTH = 64


@lru_cache(maxsize=4096)
def _is_family_token_cached(token: str) -> bool:
    return _is_family_token(token)


def _is_family_token(token: str) -> bool:
    letters = token if token.isalpha() else "".join(filter(str.isalpha, token))
    if len(letters) < 2 or ("." in token and lexicon.INITIAL.match(token)):  # « J.-P. »
        return False
    if letters.isascii():  # every ASCII letter has a case: capitals only, or not a family name
        return letters.isupper()
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
    upper = _family_words(tokens)
    if all(upper) or not any(upper):
        return None, None
    first_upper = upper.index(True)
    if all(upper[first_upper:]) and first_upper > 0:  # « Martine VASSAL », « Éric LE DISSES »
        return " ".join(tokens[:first_upper]), " ".join(tokens[first_upper:])
    last_upper = len(upper) - upper[::-1].index(True)
    if first_upper == 0 and not any(upper[last_upper:]):  # « DURAND Jeanne »
        return " ".join(tokens[last_upper:]), " ".join(tokens[:last_upper])
    return None, None


def _family_words(words: list[str]) -> list[bool]:
    """Which words belong to a family name: written in capitals, or a particle (« de », « LE »,
    « d' ») followed by a word in capitals. Each word is tested once."""
    family = list(map(is_family_token, words))
    # Backwards, in place: a particle is judged on the word after it, itself a family word or a
    # particle before one (« de la VERNÈDE Marc »).
    for index in range(len(words) - 2, -1, -1):
        if family[index + 1] and not family[index] and fold(words[index]) in lexicon.PARTICLES:
            family[index] = True
    return family


def _join(pieces: list[Piece]) -> tuple[str, str, list[tuple[int, int]], list[Repair]]:
    """Join the lines, each break becoming a separator (\\n), a space or nothing.

    Returns the joined text and its folded copy (each line is folded once, here: folding is done
    character by character, so the folded pieces joined are the joined text folded). Only the end
    of the text joined so far is looked at, so that joining stays linear.
    """
    parts: list[str] = []
    folded_parts: list[str] = []
    length = 0
    tail = folded_tail = ""
    starts: list[tuple[int, int]] = []
    repairs: list[Repair] = []
    previous: Piece | None = None
    for piece in pieces:
        glue = ""
        if previous is not None:
            glue = _line_glue(tail, piece.text, folded_tail)
            if glue != "\n" and not _inside_parenthesis(tail):
                repairs.append(_wrap_repair(tail, previous, piece, glue))
            parts.append(glue)
            folded_parts.append(glue)  # a space, a line break or nothing: folded already
            length += len(glue)
        folded = fold(piece.text)
        starts.append((length, piece.line))
        parts.append(piece.text)
        folded_parts.append(folded)
        length += len(piece.text)
        tail = (tail + glue + piece.text)[-_WINDOW:]
        folded_tail = (folded_tail + glue + folded)[-_WINDOW:]
        previous = piece
    return "".join(parts), "".join(folded_parts), starts, repairs


def _line_glue(before: str, after: str, folded_before: str | None = None) -> str:
    """What a line break stands for: nothing after « Jean- », a space inside a name or an
    annotation, else a separator. ``folded_before`` is ``before`` folded, when known."""
    if before.endswith(("-", "-\n")) and lexicon.LINE_END_HYPHEN.search(before):
        return ""
    if _inside_parenthesis(before):
        return " "
    if _last_item_is_incomplete(before, after, folded_before):
        return " "
    return "\n"


def _inside_parenthesis(text: str) -> bool:
    tail = text[-_WINDOW:]
    return tail.rfind("(") > tail.rfind(")")


def _last_item_is_incomplete(before: str, after: str, folded_before: str | None = None) -> bool:
    """« … - Philippe » then « ARNAUDIN - … », or « … M. » then « Paul MARTIN »."""
    if lexicon.ITEM_START.match(after):  # a bulleted line starts an item of its own
        return False
    tail = before[-_WINDOW:]
    folded_tail = fold(tail) if folded_before is None else folded_before[-_WINDOW:]
    cut = _last_separator_end(folded_tail)
    item = tail[cut:]
    if not item.strip():
        return False
    words = _holder_words(item, folded_tail[cut:])
    if not words:  # « … représentée par » at the end of the line: the holder comes next
        return True
    if len(words) == 1 and split_civility(words[0] + " x")[0] is not None:
        return True
    first = _first_word(after)
    if not is_family_token(first.rstrip(",;.")):
        # « … FAYON Hervé, FRONTANE » then « Sylvie, GARMY … »: a family name first whose
        # given name the line break sent to the next line, just before a separator.
        return (
            all(map(is_family_token, words))
            and bool(lexicon.GIVEN_WORD.match(first.rstrip(",;.")))
            and first.endswith((",", ";", "."))
            and lexicon.FAMILY_FIRST_BEFORE.search(before[: len(before) - len(item)]) is not None
        )
    return all(lexicon.GIVEN_WORD.match(w) or lexicon.INITIAL.match(w) for w in words)


def _last_separator_end(folded: str) -> int:
    """Where the last list item of ``folded`` starts (0 when it has no separator)."""
    if "(" in folded:  # separators inside a parenthesis do not count
        cut = 0
        for _, end in _separator_spans(folded):
            cut = end
        return cut
    # No parenthesis: every separator counts, and the last one is kept without a Python loop.
    last = deque(lexicon.NAME_SEPARATORS.finditer(folded), maxlen=1)
    return last[0].end() if last else 0


def has_proxy_word(folded: str) -> bool:
    """Whether a folded text holds one of the words every proxy wording contains.

    A cheap test run before the proxy patterns, which cost many times more on the many list
    items that are plain names.
    """
    return any(map(folded.__contains__, lexicon.PROXY_HINTS))


def _holder_words(item: str, folded_item: str) -> list[str]:
    """The words after the item's last proxy words (its holder so far), else all its words."""
    if not has_proxy_word(folded_item):
        return item.split()
    connectors = deque(lexicon.PROXY_WORDS.finditer(folded_item), maxlen=1)
    return item[connectors[-1].end() :].split() if connectors else item.split()


def _wrap_repair(joined: str, previous: Piece, piece: Piece, glue: str) -> Repair:
    """Report a name cut by a line break and joined again (line: where the name starts)."""
    head, tail = _first_word(piece.text), _last_word(joined)
    kind = "name-hyphen-wrap" if glue == "" else "name-wrap"
    return Repair(line=previous.line, kind=kind, before=f"{tail}\n{head}", after=tail + glue + head)


def _separator_spans(folded: str) -> Iterator[tuple[int, int]]:
    """The separators of a list, except inside a parenthesis (« (arrivée au point 4, …) »)."""
    if "(" not in folded:  # nothing protected: every separator counts
        yield from (match.span() for match in lexicon.NAME_SEPARATORS.finditer(folded))
        return
    protected = [match.span() for match in lexicon.PARENTHESIS.finditer(folded)]
    index = 0
    for match in lexicon.NAME_SEPARATORS.finditer(folded):
        while index < len(protected) and protected[index][1] <= match.start():
            index += 1
        if index < len(protected) and protected[index][0] < match.start():
            continue
        yield match.span()


# A list parted by commas holds at least so many commas for each spaced dash between names.
_COMMAS_PER_DASH = 3
_DASHES = frozenset("-–—")
_WORD_REACH = 60


def _without_dashes_inside_names(
    joined: str, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """« Mme Lise MARTIN – GRIS, Mme Zoé X, … »: in a list its commas part, a spaced
    dash between two family names in capitals, with only the second before the next comma, is
    inside one member's double name (``joined`` and the folded text are aligned)."""
    marks = [joined[start:end].strip() for start, end in spans]
    dashes = sum(mark in _DASHES for mark in marks)
    if not dashes or marks.count(",") < _COMMAS_PER_DASH * dashes:
        return spans
    kept = []
    for index, (start, end) in enumerate(spans):
        following = spans[index + 1] if index + 1 < len(spans) else (len(joined), len(joined))
        # The word before the dash, looked for near it only: a long list is read once.
        before = joined[max(0, start - _WORD_REACH) : start].split()[-1:]
        after = joined[end : following[0]].split()
        if (
            marks[index] in _DASHES
            and before
            and is_family_token(before[0])
            and len(after) == 1
            and is_family_token(after[0])
            and (index + 1 == len(spans) or marks[index + 1] == ",")
        ):
            continue
        kept.append((start, end))
    return kept


def _strip_list_end(text: str) -> str:
    """Drop the list's final period, unless it closes an initial (« DURAND J.P. »).

    Text ending with a letter or a digit has no end punctuation: no call into ``regex``.
    """
    if text[-1:].isalnum() or _ends_with_initial(text):
        return text
    return lexicon.LIST_END.sub("", text)


def _ends_with_initial(text: str) -> bool:
    """« DURAND J.P. », « DURAND.J. »: the final period belongs to an initial."""
    last = _last_word(text)
    return "." in last and bool(
        lexicon.INITIAL.match(last) or lexicon.FAMILY_DOT_INITIAL.match(last)
    )


def _repair_hyphen_space(piece: Piece, repairs: list[Repair]) -> Piece:
    """« Marie- Christine » → « Marie-Christine », reported; a lost hyphen is never invented."""
    if "-" not in piece.text:
        return piece
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


def _civility_cuts(words: list[str], folded: list[str]) -> list[int]:
    """Word indexes where a civility starts a new person after a family name (``folded``: the
    words folded)."""
    starters = lexicon.INNER_CIVILITIES | lexicon.INNER_GROUP_CIVILITIES
    if starters.isdisjoint(folded[1:]):
        return []  # most items: no civility inside, and no family name need be tested
    # An item led by a civility is written with civilities: each one after a whole name starts
    # the next member, whatever the case (« M. Andréani Gavin M. Canioni François »).
    led = folded[0] in lexicon.INNER_CIVILITIES
    cuts: list[int] = []
    seen_family, start = False, 0
    for index, word in enumerate(words[:-1]):  # « MEYNIER M. » ends on an initial
        named = seen_family or (led and index - start > _CIVILITY_AND_NAME)
        # « M. PONS M GRIS M. VIDAL »: between members each led by a civility, « M »
        # without its full stop before a family name is one too (no initial of the name before).
        bare_m = led and seen_family and folded[index] == "m" and is_family_token(words[index + 1])
        if index > 0 and named and (folded[index] in starters or bare_m):
            cuts.append(index)
            seen_family, start = False, index
        seen_family = seen_family or is_family_token(word)
    return cuts


# A civility and a name of two words: how many words a member takes at least (« M. Paul Roux »).
_CIVILITY_AND_NAME = 2


def _move_communes_forward(words: list[str], cuts: list[int]) -> list[int]:
    """« Mme Roseline ARMENGAUD Aussonne M. Francis SANCHEZ »: in a name written given name
    first, capitalised words after the family name belong to the next member (their commune):
    each cut moves back over them."""
    moved: list[int] = []
    start = 0
    for cut in cuts:
        family = _family_words(words[start:cut])
        # Given name first: the part has a civility (after its commune, maybe), and the word
        # after it is not written like a family name.
        civility = next(
            (i for i, word in enumerate(words[start:cut]) if split_civility(word + " x")[0]), None
        )
        given_next = (
            civility is not None and len(family) > civility + 2 and not family[civility + 1]
        )
        if given_next and any(family):
            last_family = start + len(family) - family[::-1].index(True)
            trailing = words[last_family:cut]
            if trailing and all(word[:1].isupper() for word in trailing):
                cut = last_family  # noqa: PLW2901 - the cut itself moves
        moved.append(cut)
        start = cut
    return moved


def _alternation_cuts(words: list[str], folded: list[str]) -> list[int]:
    """« Paul MARTIN Lucie ROUX », « MARTELLI Vincent NOGARET J.-P. »: cut where a given name
    follows a family name (given name first) or a family name follows a given name (family
    name first), when every word is one or the other and the item's first word says the order
    (``folded``: the words folded)."""
    family_first = bool(words) and _starts_family_name(words, folded)
    if not words or not (family_first or _is_given_word(words[0])):
        return []  # most items that are no glued names stop at their first word
    family = _family_words(words)
    # The item must end on the other kind of word: « DURAND Jeanne MARTIN » is unclear.
    if family[-1] is family_first or not all(
        is_family or _is_given_word(word) for word, is_family in zip(words, family, strict=True)
    ):
        return _cuts_after_long_head(words, folded, family)
    return [
        i
        for i in range(1, len(words))
        if family[i] is family_first and family[i - 1] is not family_first
    ]


def _role_cuts(words: list[str], folded: list[str]) -> list[int]:
    """« LE COZ Louis Adjoint au Maire de REDON DOUTE-BOUTON Murielle Maire de PLESDER »: names
    written family name first, each followed by its role; a family name then a given name
    after a role starts the next member (with the particles before it: « DE LA VERGNE Aude »).
    The family name after a role's commune in capitals is its last capital word."""
    if len(words) < _MIN_ROLE_ITEM_WORDS or not _starts_family_name(words, folded):
        return []
    family = _family_words(words)
    cuts: list[int] = []
    role_seen = False
    for index in range(1, len(words) - 1):
        if lexicon.ROLE_WORD.fullmatch(folded[index]) and not family[index]:
            role_seen = True
            continue
        if not (role_seen and family[index] and is_family_token(words[index])):
            continue
        following = words[index + 1]
        if not _is_given_word(following) or lexicon.ROLE_WORD.fullmatch(folded[index + 1]):
            continue
        start = index
        while start > 0 and folded[start - 1] in lexicon.PARTICLES and family[start - 1]:
            start -= 1
        if start == 0 or (cuts and start <= cuts[-1]):
            continue
        cuts.append(start)
        role_seen = False
    return cuts


# A member, a role and another member: no shorter item is cut by its roles.
_MIN_ROLE_ITEM_WORDS = 5


def _cuts_after_long_head(words: list[str], folded: list[str], family: list[bool]) -> list[int]:
    """« AVENSAN BRACH LISTRAC-MEDOC … LE TEMPLE Patrick BAUDIN Brigitte DAULIAC … »: a run of
    words in capitals too long to be one name (column headings whose line breaks were lost),
    then names written given name first. The run is cut off, to be left unread, and the names
    after it are cut where they alternate."""
    if not family[0] or all(family):
        return []
    head = family.index(False)
    if head <= MAX_NAME_WORDS or not family[-1] or not _is_given_word(words[head]):
        return []
    inner = _alternation_cuts(words[head:], folded[head:])
    if not inner:
        return []
    return [head, *(head + cut for cut in inner)]


def _starts_family_name(words: list[str], folded: list[str]) -> bool:
    """Whether the first word belongs to a family name (see :func:`_family_words`)."""
    following = words[1] if len(words) > 1 else ""
    return is_family_token(words[0]) or (
        folded[0] in lexicon.PARTICLES and is_family_token(following)
    )


def _is_given_word(word: str) -> bool:
    return bool(lexicon.GIVEN_WORD.match(word) or lexicon.INITIAL.match(word))


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
