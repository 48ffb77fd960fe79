"""``qpparse export --to scdl|popolo|csv``: extracts in the formats of the open-data field.

The conversions are :mod:`qpparse.export`'s; this command reads the inputs, checks that the
SCDL-only options go with ``--to scdl``, and writes the result. Output is a whole document, so
it is all or nothing: an unusable input means no output and exit 2.
"""

from __future__ import annotations

import io
import json
from typing import Annotated

import typer

from qpparse.cli import batch
from qpparse.cli.errors import fail
from qpparse.cli.gather import exit_on_errors, gather, usable
from qpparse.cli.options import (
    DEFAULT_MAX_BYTES,
    ExportTarget,
    FilesArgument,
    GlobOption,
    JobsOption,
    MaxBytesOption,
    OutputOption,
)
from qpparse.cli.output import emit
from qpparse.model import Extract

SCDL_ONLY = (
    "--coll-nom, --coll-siret, --url-prefix, --matiere-code and --matiere-nom apply to "
    "--to scdl only"
)


def export_command(  # noqa: PLR0917 - Typer: one parameter per option
    files: FilesArgument,
    to: Annotated[
        ExportTarget,
        typer.Option(
            "--to",
            "-t",
            help="scdl: SCDL « Délibérations » 2.1.5 CSV, a row per deliberation; popolo: a JSON "
            "array of Popolo documents, one per deliberation; csv: attendance, a row per member "
            "per deliberation.",
            show_default=False,
        ),
    ],
    coll_nom: Annotated[
        str | None, typer.Option(help="SCDL COLL_NOM: the authority's name, if not the header's.")
    ] = None,
    coll_siret: Annotated[
        str | None, typer.Option(help="SCDL COLL_SIRET: 14 digits (an extract never states it).")
    ] = None,
    url_prefix: Annotated[
        str | None,
        typer.Option(help="SCDL DELIB_URL: this prefix followed by each input's file name."),
    ] = None,
    matiere_code: Annotated[
        str | None,
        typer.Option(help="SCDL DELIB_MATIERE_CODE: the ACTES subject code, e.g. 7.5."),
    ] = None,
    matiere_nom: Annotated[
        str | None,
        typer.Option(help="SCDL DELIB_MATIERE_NOM: the ACTES subject label (with --matiere-code)."),
    ] = None,
    output: OutputOption = None,
    glob: GlobOption = None,
    jobs: JobsOption = 1,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
) -> None:
    """Export extracts as SCDL CSV, Popolo JSON or an attendance CSV (docs/exports.md).

    CSV is UTF-8 with CRLF line ends; a cell a spreadsheet would run as a formula starts
    with an apostrophe.

    Example: qpparse export --to scdl samples/valid --coll-siret 20005470100016 -o delib.csv
    """
    given = (coll_nom, coll_siret, url_prefix, matiere_code, matiere_nom)
    if to is not ExportTarget.scdl and any(value is not None for value in given):
        fail(SCDL_ONLY)
    matiere = _matiere(matiere_code, matiere_nom)
    if to is ExportTarget.scdl:
        _check_scdl_options(coll_siret, matiere)
    inputs = gather(files, glob, max_bytes)
    outcomes = list(batch.run(inputs, jobs=jobs, max_bytes=max_bytes))
    if len(usable(outcomes)) == len(outcomes):
        extracts = [extract for outcome in outcomes for extract in outcome.extracts]
        text = exported(
            extracts,
            to,
            coll_nom=coll_nom,
            coll_siret=coll_siret,
            url_prefix=url_prefix,
            matiere=matiere,
        )
        emit(text, output)
    exit_on_errors(outcomes)


def _matiere(code: str | None, name: str | None) -> tuple[str, str] | None:
    """Both halves of the ACTES subject, or neither: one alone is a usage error."""
    if code is None and name is None:
        return None
    if code is None or name is None:
        fail("--matiere-code and --matiere-nom go together")
    return code, name


def _check_scdl_options(coll_siret: str | None, matiere: tuple[str, str] | None) -> None:
    """Refuse a bad SIRET or subject before reading anything (the exporter raises ValueError)."""
    from qpparse.export import scdl

    try:
        scdl.to_rows([], coll_siret=coll_siret, matiere=matiere)
    except ValueError as error:
        option = "--coll-siret" if "SIRET" in str(error) else "--matiere-code/--matiere-nom"
        fail(f"{option}: {error}")


def exported(
    extracts: list[Extract],
    to: ExportTarget,
    *,
    coll_nom: str | None = None,
    coll_siret: str | None = None,
    url_prefix: str | None = None,
    matiere: tuple[str, str] | None = None,
) -> str:
    """The text of the export; the exporters are imported only for the target asked for."""
    if to is ExportTarget.popolo:
        from qpparse.export.popolo import to_popolo

        documents = [to_popolo(extract) for extract in extracts]
        return json.dumps(documents, ensure_ascii=False, indent=2) + "\n"
    # newline="": the CSV writers put CRLF themselves; no translation may add to it.
    buffer = io.StringIO(newline="")
    if to is ExportTarget.scdl:
        from qpparse.export import scdl

        scdl.write_csv(
            extracts,
            buffer,
            coll_nom=coll_nom,
            coll_siret=coll_siret,
            url_prefix=url_prefix,
            matiere=matiere,
        )
    else:
        from qpparse.export import attendance_csv

        attendance_csv.write_csv(extracts, buffer)
    return buffer.getvalue()
