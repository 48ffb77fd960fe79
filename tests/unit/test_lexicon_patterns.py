"""Lexicon patterns compile on first use and then answer exactly as ``regex`` does."""

from __future__ import annotations

import regex

from qpparse import lexicon


def _fresh(source: str) -> lexicon.Pattern:
    return lexicon.Pattern(source)


def test_a_pattern_is_not_compiled_until_used() -> None:
    pattern = _fresh(r"\bvu\s+(?P<what>\w+)")
    assert "search" not in vars(pattern)
    assert pattern.search("le conseil, vu la loi") is not None
    assert "search" in vars(pattern)  # bound to the compiled pattern's own method from now on


def test_every_method_answers_like_the_compiled_pattern() -> None:
    source = r"(?P<n>\d{1,3})\s*(?:h|heures?)"
    text = "à 18 h puis à 9 heures, enfin 7h"
    compiled = regex.compile(source, regex.VERSION1)
    for method in lexicon._METHODS:
        lazy = getattr(_fresh(source), method)
        expected = getattr(compiled, method)
        if method in ("sub", "subn"):
            assert lazy("#", text) == expected("#", text)
        elif method in ("finditer",):
            assert [m.span() for m in lazy(text)] == [m.span() for m in expected(text)]
        elif method in ("match", "fullmatch", "search"):
            got, want = lazy(text, 2), expected(text, 2)
            assert (got and got.span()) == (want and want.span())
        else:
            assert lazy(text) == expected(text)


def test_the_first_call_and_later_calls_agree() -> None:
    pattern = _fresh(r"(?<=\s)art\w*")
    first = pattern.findall("un article, deux articles")
    assert first == pattern.findall("un article, deux articles") == ["article", "articles"]


def _patterns_in(value: object) -> list[lexicon.Pattern]:
    if isinstance(value, lexicon.Pattern):
        return [value]
    if isinstance(value, tuple | list):
        return [pattern for item in value for pattern in _patterns_in(item)]
    if isinstance(value, dict):
        return _patterns_in(list(value.values()))
    return []


def test_every_lexicon_pattern_compiles() -> None:
    """A typo in a pattern fails here, not in the middle of a user's run."""
    patterns = _patterns_in(list(vars(lexicon).values()))
    assert len(patterns) > 100
    for pattern in patterns:
        assert isinstance(pattern.compiled(), regex.Pattern)
