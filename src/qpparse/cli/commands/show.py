"""``qpparse show``: a view of each extract for people, in the terminal."""

from __future__ import annotations

import sys

from qpparse.cli import batch
from qpparse.cli.gather import exit_on_errors, gather, usable
from qpparse.cli.options import (
    DEFAULT_MAX_BYTES,
    ColorOption,
    FilesArgument,
    GlobOption,
    InOfficeOption,
    JobsOption,
    LangOption,
    MaxBytesOption,
    Regime,
    RegimeOption,
    language,
    regime_choice,
    use_color,
)


def show_command(  # noqa: PLR0917 - Typer: one parameter per option
    files: FilesArgument,
    lang: LangOption = None,
    color: ColorOption = None,
    in_office: InOfficeOption = None,
    regime: RegimeOption = Regime.auto,
    glob: GlobOption = None,
    jobs: JobsOption = 1,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
) -> None:
    """Show an extract: session, attendance, quorum, decision, vote, signature and findings.

    A file holding several deliberations shows each in turn. The view fits the terminal's
    width (COLUMNS when not a terminal); text from the input is shown as written, never
    interpreted. Exit 0 whatever the findings; 2 on an unusable input.

    Example: qpparse show samples/valid/amp-bureau-2022-03-10-quartiers-productifs.txt
    """
    from qpparse.cli.render_show import console_for, show  # here: Rich only for this command

    settings = batch.CheckSettings(
        in_office=in_office, regime=regime_choice(regime), lang=language(lang)
    )
    inputs = gather(files, glob, max_bytes)
    outcomes = list(batch.run(inputs, jobs=jobs, max_bytes=max_bytes, check=settings))
    console = console_for(sys.stdout, color=use_color(color, to_file=False))
    for outcome in usable(outcomes):
        for extract, report in zip(outcome.extracts, outcome.reports, strict=True):
            show(console, extract, report, settings.lang)
    exit_on_errors(outcomes)
