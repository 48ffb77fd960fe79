"""Typer commands: gather options, call the library, pick a renderer, set the exit code.

Exit codes: 0 success, 1 findings of error severity (``check``), 2 usage error or unusable input.
"""

from __future__ import annotations

import json
import sys
import traceback
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from qpparse import __version__
from qpparse.errors import QpparseError
from qpparse.model import Extract
from qpparse.parse import parse

from .inputs import sources

EXIT_OK = 0
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


def _parse_all(files: list[str]) -> list[Extract]:
    try:
        return [parse(source) for source in sources(files)]
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
