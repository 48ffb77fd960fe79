"""The facts the name splitter's shortcuts rely on: if one stops holding, a shortcut would
change what is read, so it is tested here rather than assumed."""

from __future__ import annotations

import regex

from qpparse import lexicon
from qpparse.frenchtext import fold
from qpparse.names import has_proxy_word


def test_folding_keeps_which_characters_are_spaces() -> None:
    """``fold(text).split()`` gives the folded words of ``text.split()`` (see ``split_glued``)."""
    characters = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000)
    folded = fold(characters)
    assert len(folded) == len(characters)
    changed = [
        hex(ord(char))
        for char, folded_char in zip(characters, folded, strict=True)
        if char.isspace() != folded_char.isspace()
    ]
    assert changed == []


def _top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of a ``(?:a|b|…)`` group, split at its own level only."""
    body = pattern[len("(?:") : -1]
    parts, depth, start = [], 0, 0
    for index, char in enumerate(body):
        if char == "(" and body[index - 1 : index] != "\\":
            depth += 1
        elif char == ")" and body[index - 1 : index] != "\\":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(body[start:index])
            start = index + 1
    return [*parts, body[start:]]


def test_every_proxy_wording_holds_a_hint() -> None:
    """``PROXY_HINTS`` must stay in step with ``_PROXY_WORDS``: the proxy patterns are skipped on
    a text holding no hint."""
    for alternative in _top_level_alternatives(lexicon._PROXY_WORDS):
        inner = regex.findall(r"\(\?:([a-z|]+)\)(?!\?)", alternative)
        required = [group.split("|") for group in inner]
        assert any(hint in alternative for hint in lexicon.PROXY_HINTS), alternative
        for words in required:  # « (?:pouvoir|procuration) »: each choice is a hint itself
            if any(hint in words for hint in lexicon.PROXY_HINTS):
                assert all(word in lexicon.PROXY_HINTS for word in words), alternative


def test_the_hint_test_finds_every_proxy_wording() -> None:
    wordings = [
        "representee par",
        "a donne pouvoir a",
        "ayant donne procuration a",
        "pouvoirs a",
        "pouvoir donne a",
        "procuration donnee a",
        "delegation de vote a",
        "(mandat) a",
        "mandat a",
    ]
    for wording in wordings:
        assert lexicon.PROXY_WORDS.search(wording) is not None, wording
        assert has_proxy_word(wording), wording
    assert not has_proxy_word("martial alvarez")
