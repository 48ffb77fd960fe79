"""How far the reading is independent of the layout: the same text, re-laid, must read the same.

For every sample (``samples/valid``) and twin (``samples/twins``), the text is transformed and
parsed again; the facts of :data:`FACTS` must not change:

- ``flat``: the whole text on one line;
- ``wrap-W``: the words re-wrapped at W columns (40, 60, 80, 100, 120), breaking between words
  and after the hyphens of compound words, never inside a word;
- ``furniture``: a page number, a transmission stamp and a running header inserted between
  lines every 25 lines;
- ``crlf``: CRLF line ends.

Usage::

    python benchmarks/invariance.py [-v]      # -v: every text and the facts that changed

Prints, per transformation, how many texts read the same, and which facts differ most often.
"""

from __future__ import annotations

import sys
import textwrap
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy

ROOT = Path(__file__).resolve().parent.parent
FACTS = (*accuracy.LISTS, *accuracy.SESSION_FACTS, "vote", "articles_count")
FURNITURE = ("Page 2 sur 9", "Reçu au contrôle de légalité le 12 mai 2021", "- 3 -")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _wrap(width: int) -> Callable[[str], str]:
    def wrap(text: str) -> str:
        # Line breaks move between words (and after the hyphens of compounds); a word longer
        # than the width stays whole, as no layout cuts « MAURIN.JOUVE.PEYTAVIN » anywhere.
        return "\n".join(textwrap.wrap(_flat(text), width, break_long_words=False))

    return wrap


def _furniture(text: str) -> str:
    lines = text.splitlines()
    for index in range(len(lines) - 1, 0, -1):
        if index % 25 == 0:
            lines[index:index] = ["", FURNITURE[index // 25 % len(FURNITURE)], ""]
    return "\n".join(lines)


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "flat": _flat,
    **{f"wrap-{width}": _wrap(width) for width in (40, 60, 80, 100, 120)},
    "furniture": _furniture,
    "crlf": _crlf,
}


def facts(text: str) -> dict[str, Any]:
    found = accuracy.parse_text(text.encode("utf-8"), "text.txt")
    return {
        key: sorted(accuracy.list_keys(key, found[key])) if key in accuracy.LISTS else found[key]
        for key in FACTS
    }


def texts() -> list[Path]:
    return sorted(
        [*(ROOT / "samples" / "valid").glob("*.txt"), *(ROOT / "samples" / "twins").glob("*.txt")]
    )


def main(arguments: list[str]) -> int:
    verbose = "-v" in arguments
    paths = texts()
    originals = {path: facts(path.read_text(encoding="utf-8")) for path in paths}
    print(f"{len(paths)} texts (samples and twins)\n")
    print("| transformation | reads the same | facts that changed most |")
    print("| --- | --- | --- |")
    for name, transform in TRANSFORMS.items():
        changed: Counter[str] = Counter()
        same = 0
        for path in paths:
            read = facts(transform(path.read_text(encoding="utf-8")))
            differ = [key for key in FACTS if read[key] != originals[path][key]]
            same += not differ
            changed.update(differ)
            if verbose and differ:
                print(f"  {name} {path.name}: {', '.join(differ)}")
        top = ", ".join(f"{key} {count}" for key, count in changed.most_common(4))
        print(f"| {name} | {same}/{len(paths)} | {top or '—'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
