"""Option types and their defaults, shared by the commands so each one reads the same way.

The environment rules live here too: the language (``LC_ALL``/``LC_MESSAGES``/``LANG``) and the
colour choice (``--color``, ``NO_COLOR``, ``TERM=dumb``, ``FORCE_COLOR``, a terminal).
"""

from __future__ import annotations

import os
import re
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from qpparse.checks import Language
    from qpparse.checks.regimes import RegimeChoice


class ParseFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    github = "github"
    sarif = "sarif"
    junit = "junit"


class Regime(str, Enum):
    auto = "auto"
    ordinary = "ordinary"
    covid = "covid"


class Lang(str, Enum):
    fr = "fr"
    en = "en"


class RulesFormat(str, Enum):
    text = "text"
    json = "json"


class ExportTarget(str, Enum):
    scdl = "scdl"
    popolo = "popolo"
    csv = "csv"


DEFAULT_MAX_BYTES = 50_000_000
_SIZE = re.compile(r"(\d+)\s*(|k|m|g|ki|mi|gi)b?", re.IGNORECASE)
_UNITS = {"": 1, "k": 10**3, "m": 10**6, "g": 10**9, "ki": 2**10, "mi": 2**20, "gi": 2**30}


def parse_size(value: str | int) -> int:
    """``50MB`` → 50 000 000; ``kB``/``MB``/``GB`` are powers of 1000, ``KiB``/``MiB``/``GiB`` of
    1024; a bare number is bytes."""
    if isinstance(value, int):
        return value
    match = _SIZE.fullmatch(value.strip())
    if match is None:
        raise typer.BadParameter(f"{value!r} is not a size such as 50MB, 500kB or 1000000")
    return int(match.group(1)) * _UNITS[match.group(2).lower()]


FilesArgument = Annotated[
    list[str],
    typer.Argument(
        metavar="PATH",
        help="Extract files or directories to read; '-' reads standard input.",
        show_default=False,
    ),
]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")
]
GlobOption = Annotated[
    list[str] | None,
    typer.Option(
        "--glob",
        metavar="PATTERN",
        help="Files to read inside a directory, matched on the name (or on the path below the "
        "directory when the pattern holds a /), any case; repeat for several "
        "[default: *.txt and *.pdf].",
        show_default=False,
    ),
]
JobsOption = Annotated[
    int,
    typer.Option("--jobs", "-j", min=0, help="Processes that parse and check; 0: one per CPU."),
]
MaxBytesOption = Annotated[
    int,
    typer.Option(
        "--max-bytes",
        metavar="SIZE",
        parser=parse_size,
        help="Refuse a larger input (exit 2): bytes, or a size such as 500kB, 50MB, 1GiB "
        "[default: 50MB].",
        show_default=False,
    ),
]
InOfficeOption = Annotated[
    int | None,
    typer.Option(min=1, help="Members in office (N) when the extract does not say."),
]
RegimeOption = Annotated[Regime, typer.Option(help="Quorum rules: auto follows the session date.")]
LangOption = Annotated[
    Lang | None,
    typer.Option(help="Language of the messages [default: from LC_ALL/LC_MESSAGES/LANG]."),
]
ColorOption = Annotated[
    bool | None,
    typer.Option(
        "--color/--no-color",
        help="Colour the text [default: on a terminal, unless NO_COLOR or TERM=dumb].",
        show_default=False,
    ),
]
SelectorsOption = Annotated[
    list[str] | None,
    typer.Option(
        metavar="RULES",
        help="Rule codes, prefixes (QP3) or names; repeat the option or separate with commas.",
        show_default=False,
    ),
]


def language(lang: Lang | None) -> Language:
    if lang is None:
        return default_lang()
    return "fr" if lang is Lang.fr else "en"


def regime_choice(regime: Regime) -> RegimeChoice:
    choices: dict[Regime, RegimeChoice] = {
        Regime.auto: "auto",
        Regime.ordinary: "ordinary",
        Regime.covid: "covid",
    }
    return choices[regime]


def default_lang(environ: dict[str, str] | None = None) -> Language:
    """French when the first locale variable set (LC_ALL, LC_MESSAGES, LANG) starts with fr."""
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def use_color(flag: bool | None, *, to_file: bool, environ: dict[str, str] | None = None) -> bool:
    """An explicit --color/--no-color wins; then NO_COLOR, TERM=dumb, FORCE_COLOR; then a TTY."""
    if flag is not None:
        return flag
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR") or env.get("TERM") == "dumb":
        return False
    force = env.get("FORCE_COLOR")
    if force:
        return force.lower() not in {"0", "false"}
    return not to_file and sys.stdout.isatty()
