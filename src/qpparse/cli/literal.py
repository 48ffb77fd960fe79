"""Make text taken from an input safe to print: nothing in it may act on a terminal or a parser.

An extract is hostile input as far as output goes: a name may hold ``ESC[31m`` (a terminal colour
sequence) or a bidi override. Such characters are shown as visible escapes (``\\x1b``) rather than
dropped, so the reader still sees that something odd was in the file.
"""

from __future__ import annotations

import re

# C0 controls, DEL, C1 controls, and the bidi embeddings/overrides/isolates that can reorder how a
# line reads on screen ("Trojan Source").
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What XML 1.0 cannot hold at all, beyond the controls above: surrogates and the two non-characters.
_NOT_XML = re.compile(r"[\ud800-\udfff\ufffe\uffff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _visible_escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str, *, keep: str = "") -> str:
    """Replace every unsafe character except those in ``keep`` by a visible backslash escape."""

    def replace(match: re.Match[str]) -> str:
        return match.group() if match.group() in keep else _visible_escape(match)

    return _UNSAFE.sub(replace, text)


def xml_text(text: str) -> str:
    """Text XML 1.0 can carry: line breaks and tabs kept, every other unsafe character escaped."""
    return _NOT_XML.sub(_visible_escape, visible(text, keep="\t\n\r"))
