"""Typer commands: gather options, call the library, pick a renderer, set the exit code.

Exit codes: 0 success, 1 findings of error severity (``check``), 2 usage error or unusable input.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from qpparse import __version__
from qpparse.errors import QpparseError
from qpparse.model import Extract
from qpparse.parse import parse_all

from .inputs import sources

if TYPE_CHECKING:
    from qpparse.checks import Language
    from qpparse.checks.regimes import RegimeChoice
    from qpparse.checks.report import Report

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

app = typer.Typer(
    name="qpparse",
    help="Read, check and publish French deliberation extracts (« extraits du registre des "
    "délibérations »).",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


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


class _State:
    debug = False


def _version(value: bool) -> None:
    if value:
        typer.echo(f"qpparse {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show a traceback when the input is unusable.")
    ] = False,
) -> None:
    """qpparse: parse and check « extraits du registre des délibérations »."""
    _State.debug = debug


FilesArgument = Annotated[
    list[str],
    typer.Argument(help="Extract files to read; '-' reads standard input.", show_default=False),
]


@app.command("parse")
def parse_command(
    files: FilesArgument,
    output_format: Annotated[
        ParseFormat,
        typer.Option(
            "--format",
            "-f",
            help="json: one object, or an array for several files; jsonl: one object per line.",
        ),
    ] = ParseFormat.json,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")
    ] = None,
) -> None:
    """Parse extracts into JSON following `qpparse schema`.

    Example: qpparse parse samples/valid/amp-bureau-2022-03-10-quartiers-productifs.txt
    """
    extracts = _parse_all(files)
    text = _to_json(extracts, output_format)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the parse output.

    Example: qpparse schema > extract.schema.json
    """
    schema = Extract.model_json_schema(mode="serialization")
    sys.stdout.write(json.dumps(schema, ensure_ascii=False, indent=2) + "\n")


SelectorsOption = Annotated[
    list[str] | None,
    typer.Option(
        metavar="RULES",
        help="Rule codes, prefixes (QP3) or names; repeat the option or separate with commas.",
        show_default=False,
    ),
]


# Typer maps each parameter to an option: the count of parameters is the count of options.
@app.command("check")
def check_command(  # noqa: PLR0917
    files: FilesArgument,
    output_format: Annotated[
        CheckFormat,
        typer.Option("--format", "-f", help="text for people; the others for tools and CI."),
    ] = CheckFormat.text,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")
    ] = None,
    select: SelectorsOption = None,
    ignore: SelectorsOption = None,
    in_office: Annotated[
        int | None,
        typer.Option(min=1, help="Members in office (N) when the extract does not say."),
    ] = None,
    regime: Annotated[
        Regime, typer.Option(help="Quorum rules: auto follows the session date.")
    ] = Regime.auto,
    lang: Annotated[
        Lang | None,
        typer.Option(help="Language of the messages [default: from LC_ALL/LC_MESSAGES/LANG]."),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings fail too (exit 1).")] = False,
    exit_zero: Annotated[
        bool,
        typer.Option("--exit-zero", help="Exit 0 even with findings; usage errors still exit 2."),
    ] = False,
    color: Annotated[
        bool | None,
        typer.Option(
            "--color/--no-color",
            help="Colour the text format [default: on a terminal, unless NO_COLOR or TERM=dumb].",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Check extracts against the law and their own arithmetic.

    Exit 0 when no finding has error severity, 1 when one has (or a warning, with --strict),
    2 on a usage error or an unreadable input.

    Example: qpparse check samples/valid/*.txt --format github --ignore QP5
    """
    from qpparse.checks import check  # here: parse/schema stay light

    from .docs import all_rules
    from .render_context import RenderContext
    from .reporters import REPORTERS

    selected, ignored = _selectors(select, "--select"), _selectors(ignore, "--ignore")
    language = _language(lang)
    extracts = _parse_all(files)
    reports = [
        check(
            extract,
            in_office=in_office,
            regime=_regime(regime),
            lang=language,
            select=selected,
            ignore=ignored,
        )
        for extract in extracts
    ]
    context = RenderContext(
        rules=all_rules(),
        records=[extract.record for extract in extracts],
        lang=language,
        color=use_color(color, to_file=output is not None),
    )
    _emit(REPORTERS[output_format.value](reports, context), output)
    raise typer.Exit(exit_code(reports, strict=strict, exit_zero=exit_zero))


@app.command("rules")
def rules_command(
    output_format: Annotated[
        RulesFormat, typer.Option("--format", "-f", help="text: a table; json: an array.")
    ] = RulesFormat.text,
) -> None:
    """List the rules: code, name, severity and what each checks.

    Example: qpparse rules --format json
    """
    from .docs import all_rules, summary

    rules = all_rules()
    if output_format is RulesFormat.json:
        records = [
            {
                "code": rule.code,
                "name": rule.name,
                "severity": rule.severity,
                "legal_basis": rule.legal_basis,
                "summary": summary(rule),
            }
            for rule in rules
        ]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        return
    width = max((len(rule.name) for rule in rules), default=0)
    for rule in rules:
        row = f"{rule.code}  {rule.name:<{width}}  {rule.severity:<7}  {summary(rule)}"
        sys.stdout.write(row + "\n")


@app.command("rule")
def rule_command(
    key: Annotated[str, typer.Argument(metavar="CODE|NAME", help="A rule code or name.")],
) -> None:
    """Explain one rule: what it checks, why, its legal basis and an example.

    Example: qpparse rule quorum-not-reached
    """
    from .docs import all_rules, find_rule, rule_text

    found = find_rule(all_rules(), key)
    if found is None:
        _fail(f"no rule {key!r}: `qpparse rules` lists them")
    sys.stdout.write(rule_text(found))


def _language(lang: Lang | None) -> Language:
    if lang is None:
        return default_lang()
    return "fr" if lang is Lang.fr else "en"


def _regime(regime: Regime) -> RegimeChoice:
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


def exit_code(reports: Sequence[Report], *, strict: bool, exit_zero: bool) -> int:
    if exit_zero:
        return EXIT_OK
    failing = any(report.errors or (strict and report.warnings) for report in reports)
    return EXIT_FINDINGS if failing else EXIT_OK


def _selectors(values: list[str] | None, option: str) -> tuple[str, ...]:
    """Split comma lists, then refuse any selector that matches no rule (a typo would hide one)."""
    from qpparse.checks.registry import select_rules

    selectors = tuple(
        part.strip() for value in values or () for part in value.split(",") if part.strip()
    )
    for selector in selectors:
        try:
            select_rules(select=[selector])
        except ValueError:
            _fail(f"{option}: no rule code, prefix or name matches {selector!r}")
    return selectors


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        _fail(f"{output}: cannot be written ({error.strerror})")


def _parse_all(files: list[str]) -> list[Extract]:
    try:
        return [extract for source in sources(files) for extract in parse_all(source)]
    except QpparseError as error:
        _fail(str(error))


def _to_json(extracts: list[Extract], output_format: ParseFormat) -> str:
    records = [extract.model_dump(mode="json") for extract in extracts]
    if output_format is ParseFormat.jsonl:
        return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    document = records[0] if len(records) == 1 else records
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _fail(message: str) -> NoReturn:
    """One line on stderr and exit 2 (a traceback too with ``--debug``)."""
    if _State.debug:
        traceback.print_exc()
    sys.stderr.write(f"qpparse: error: {message}\n")
    raise typer.Exit(EXIT_USAGE)


def main() -> None:
    """Entry point of the ``qpparse`` console script."""
    app()
