"""``qpparse parse`` and ``qpparse schema``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Annotated, Any, TextIO

import typer

from qpparse.cli import batch
from qpparse.cli.gather import exit_on_errors, gather, usable
from qpparse.cli.options import (
    DEFAULT_MAX_BYTES,
    FilesArgument,
    GlobOption,
    JobsOption,
    MaxBytesOption,
    OutputOption,
    ParseFormat,
)
from qpparse.cli.output import emit, writer
from qpparse.model import Extract


def parse_command(  # noqa: PLR0917 - Typer: one parameter per option
    files: FilesArgument,
    output_format: Annotated[
        ParseFormat,
        typer.Option(
            "--format",
            "-f",
            help="json: one object, or an array for several extracts; jsonl: one object per "
            "line, each written as soon as it is ready.",
        ),
    ] = ParseFormat.json,
    output: OutputOption = None,
    glob: GlobOption = None,
    jobs: JobsOption = 1,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
) -> None:
    """Parse extracts into JSON following `qpparse schema`.

    Example: qpparse parse samples/valid/amp-bureau-2022-03-10-quartiers-productifs.txt
    """
    inputs = gather(files, glob, max_bytes)
    outcomes = batch.run(inputs, jobs=jobs, max_bytes=max_bytes, keep="json")
    if output_format is ParseFormat.jsonl:
        with writer(output) as stream:
            done = stream_lines(outcomes, stream)
    else:
        done = list(outcomes)
        if len(usable(done)) == len(done):
            emit(document([d for outcome in done for d in outcome.documents]), output)
    exit_on_errors(done)


def stream_lines(outcomes: Iterable[batch.Outcome], stream: TextIO) -> list[batch.Outcome]:
    """Write each extract as one JSON line the moment it is ready; return the outcomes."""
    done = []
    for outcome in outcomes:
        done.append(outcome)
        for record in outcome.documents:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        stream.flush()
    return done


def document(records: list[dict[str, Any]]) -> str:
    """One object for one extract, an array for several."""
    content = records[0] if len(records) == 1 else records
    return json.dumps(content, ensure_ascii=False, indent=2) + "\n"


def schema_command() -> None:
    """Print the JSON Schema of the parse output.

    Example: qpparse schema > extract.schema.json
    """
    schema = Extract.model_json_schema(mode="serialization")
    sys.stdout.write(json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
