"""``qpparse check``: run the rules, pick a renderer, set the exit code."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import typer

from qpparse.cli import batch
from qpparse.cli.errors import EXIT_FINDINGS, EXIT_OK, fail
from qpparse.cli.gather import exit_on_errors, gather, usable
from qpparse.cli.options import (
    DEFAULT_MAX_BYTES,
    CheckFormat,
    ColorOption,
    FilesArgument,
    GlobOption,
    InOfficeOption,
    JobsOption,
    LangOption,
    MaxBytesOption,
    OutputOption,
    Regime,
    RegimeOption,
    SelectorsOption,
    language,
    regime_choice,
    use_color,
)
from qpparse.cli.output import emit

if TYPE_CHECKING:
    from qpparse.checks.report import Report
    from qpparse.cli.render_context import RenderContext

# Formats whose output is a run of self-contained lines: what the usable inputs gave is kept
# even when another input is unusable (the others are single documents, all or nothing).
LINE_FORMATS = frozenset({CheckFormat.text, CheckFormat.github, CheckFormat.jsonl})


# Typer maps each parameter to an option: the count of parameters is the count of options.
def check_command(  # noqa: PLR0917 - Typer: one parameter per option
    files: FilesArgument,
    output_format: Annotated[
        CheckFormat,
        typer.Option("--format", "-f", help="text for people; the others for tools and CI."),
    ] = CheckFormat.text,
    output: OutputOption = None,
    select: SelectorsOption = None,
    ignore: SelectorsOption = None,
    in_office: InOfficeOption = None,
    regime: RegimeOption = Regime.auto,
    lang: LangOption = None,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings fail too (exit 1).")] = False,
    exit_zero: Annotated[
        bool,
        typer.Option("--exit-zero", help="Exit 0 even with findings; usage errors still exit 2."),
    ] = False,
    color: ColorOption = None,
    glob: GlobOption = None,
    jobs: JobsOption = 1,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
) -> None:
    """Check extracts against the law and their own arithmetic.

    Exit 0 when no finding has error severity, 1 when one has (or a warning, with --strict),
    2 on a usage error or an unreadable input. On several files the text format ends with a
    table of findings per file.

    Example: qpparse check samples/valid/*.txt --format github --ignore QP5
    """
    settings = batch.CheckSettings(
        in_office=in_office,
        regime=regime_choice(regime),
        lang=language(lang),
        select=selectors(select, "--select"),
        ignore=selectors(ignore, "--ignore"),
    )
    inputs = gather(files, glob, max_bytes)
    outcomes = list(
        batch.run(inputs, jobs=jobs, max_bytes=max_bytes, check=settings, keep="positions")
    )
    good = usable(outcomes)
    reports = [report for outcome in good for report in outcome.reports]
    if reports and (len(good) == len(outcomes) or output_format in LINE_FORMATS):
        context = _context(good, settings.lang, use_color(color, to_file=output is not None))
        emit(render(reports, context, output_format), output)
    exit_on_errors(outcomes)
    raise typer.Exit(exit_code(reports, strict=strict, exit_zero=exit_zero))


def _context(outcomes: Sequence[batch.Outcome], lang: str, color: bool) -> RenderContext:
    from qpparse.cli.render_context import RenderContext
    from qpparse.cli.rule_docs import all_rules

    records = [position for outcome in outcomes for position in outcome.positions]
    return RenderContext(rules=all_rules(), records=records, lang=lang, color=color)


def render(reports: Sequence[Report], context: RenderContext, output_format: CheckFormat) -> str:
    from qpparse.cli.reporters import REPORTERS

    return REPORTERS[output_format.value](reports, context)


def exit_code(reports: Sequence[Report], *, strict: bool, exit_zero: bool) -> int:
    if exit_zero:
        return EXIT_OK
    failing = any(report.errors or (strict and report.warnings) for report in reports)
    return EXIT_FINDINGS if failing else EXIT_OK


def selectors(values: list[str] | None, option: str) -> tuple[str, ...]:
    """Split comma lists, then refuse any selector that matches no rule (a typo would hide one)."""
    from qpparse.checks.registry import select_rules

    found = tuple(
        part.strip() for value in values or () for part in value.split(",") if part.strip()
    )
    for selector in found:
        try:
            select_rules(select=[selector])
        except ValueError:
            fail(f"{option}: no rule code, prefix or name matches {selector!r}")
    return found
