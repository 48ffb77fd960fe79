"""People's names: split a written list into names, and a name into its parts.

The parts are filled only when the shape of the name says which is which (a family name in
capitals); otherwise ``given_name`` and ``family_name`` stay empty and ``name`` keeps the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon
from .frenchtext import fold
from .model import Person


@dataclass(frozen=True, slots=True)
class Piece:
    """A slice of a joined multi-line text, with the input line its first character came from."""

    text: str
    line: int


def parse_person(text: str, line: int) -> Person | None:
    """Parse « Madame Martine VASSAL » into a :class:`Person`; ``None`` if nothing name-like."""
    civility, rest = split_civility(text.strip())
    tokens = rest.split()
    if not tokens or not any(char.isalpha() for char in rest):
        return None
    given, family = _split_tokens(tokens)
    if family is None:
        return Person(name=" ".join(tokens), civility=civility, line=line)
    name = f"{given} {family}" if given else family
    return Person(name=name, given_name=given, family_name=family, civility=civility, line=line)


def split_civility(text: str) -> tuple[str | None, str]:
    """Split a leading civility (« Madame », « M. », « Mme ») from the rest of the name."""
    match = lexicon.CIVILITY.match(fold(text))
    if match is None:
        return None, text
    return lexicon.CIVILITIES[match["civility"]], text[match.end() :].strip()


def split_list(pieces: list[Piece]) -> list[Piece]:
    """Split attendance text (one piece per input line) into one piece per name.

    Lines are joined first, so that a name wrapped across two lines stays one name; each name
    keeps the line on which it starts.
    """
    joined, starts = _join(pieces)
    joined = lexicon.LIST_END.sub("", joined)
    names: list[Piece] = []
    position = 0
    for match in [*lexicon.NAME_SEPARATORS.finditer(joined), None]:
        end = match.start() if match else len(joined)
        chunk = joined[position:end].strip()
        if chunk:
            names.append(
                Piece(chunk, _line_at(starts, position + _leading_spaces(joined, position)))
            )
        position = match.end() if match else end
    return names


def is_family_token(token: str) -> bool:
    """Whether ``token`` is written like a family name: capitals (« VASSAL », « D'ARTIGUES »)."""
    letters = [char for char in token if char.isalpha()]
    if len(letters) < 2 or lexicon.INITIAL.match(token):
        return False
    return all(char.isupper() for char in letters)


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


def _join(pieces: list[Piece]) -> tuple[str, list[tuple[int, int]]]:
    """Join the pieces with spaces, except after a word cut by a line-end hyphen (« Jean- »)."""
    joined = ""
    starts: list[tuple[int, int]] = []
    for piece in pieces:
        if joined and not lexicon.LINE_END_HYPHEN.search(joined):
            joined += " "
        starts.append((len(joined), piece.line))
        joined += piece.text
    return joined, starts


def _line_at(starts: list[tuple[int, int]], offset: int) -> int:
    line = starts[0][1]
    for start, number in starts:
        if start > offset:
            break
        line = number
    return line


def _leading_spaces(text: str, position: int) -> int:
    return len(text[position:]) - len(text[position:].lstrip())
