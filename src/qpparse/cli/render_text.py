"""``--format text``: the Rich view for people, grouped per file, in English or French.

Input text is never parsed as Rich markup: lines are built from :class:`rich.text.Text` pieces,
whose content is literal, and control characters are made visible first (:mod:`.literal`). So a
name such as ``[red]x[/red]`` or one holding ``ESC[31m`` prints exactly as it is written.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from qpparse.checks.report import Finding, QuorumComputation, Report
from qpparse.model import Record

from .literal import visible
from .render_context import RenderContext, totals

STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}

# The CLI's own words; rule messages come translated from the library.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "no_findings": "no findings",
        "quorum": "quorum",
        "n_unknown": "N unknown",
        "declared": "declared in the text",
        "option": "given with --in-office",
        "inferred": "inferred from the lists",
        "threshold": "threshold",
        "regime": "regime",
        "present": "present",
        "represented": "represented",
        "counted": "counted",
        "reached": "reached",
        "not_reached": "not reached",
        "undetermined": "cannot be assessed",
        "not_assessed": "not assessed",
        "deliberation": "deliberation",
    },
    "fr": {
        "no_findings": "aucune anomalie",
        "quorum": "quorum",
        "n_unknown": "N inconnu",
        "declared": "déclaré dans le texte",
        "option": "donné par --in-office",
        "inferred": "déduit des listes",
        "threshold": "seuil",
        "regime": "régime",
        "present": "présents",
        "represented": "représentés",
        "counted": "comptés",
        "reached": "atteint",
        "not_reached": "non atteint",
        "undetermined": "impossible à vérifier",
        "not_assessed": "non évalué",
        "deliberation": "délibération",
    },
}


PLURALS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "file": ("file", "files"),
        "checked": ("checked", "checked"),
        "deliberation": ("deliberation", "deliberations"),
        "error": ("error", "errors"),
        "warning": ("warning", "warnings"),
        "info": ("info", "infos"),
    },
    "fr": {
        "file": ("fichier", "fichiers"),
        "checked": ("vérifié", "vérifiés"),
        "deliberation": ("délibération", "délibérations"),
        "error": ("erreur", "erreurs"),
        "warning": ("avertissement", "avertissements"),
        "info": ("information", "informations"),
    },
}


def _word(lang: str, key: str) -> str:
    return WORDS.get(lang, WORDS["en"])[key]


def _agree(lang: str, key: str, number: int) -> str:
    singular, plural = PLURALS.get(lang, PLURALS["en"])[key]
    # French takes the singular for 0 and 1; English for 1 only.
    one = number <= 1 if lang == "fr" else number == 1
    return singular if one else plural


def _count(lang: str, key: str, number: int) -> str:
    return f"{number} {_agree(lang, key, number)}"


def _colon(lang: str) -> str:
    # French typography puts a space before the colon.
    return " : " if lang == "fr" else ": "


def _where(path: str, line: int | None) -> str:
    return f"{path}:{line}:" if line is not None else f"{path}:"


def _label(path: str, record: Record | None, lang: str) -> str:
    """The file, and which deliberation of it when it holds several."""
    if record is None:
        return f"{visible(path)}:"
    return f"{visible(path)} ({_word(lang, 'deliberation')} {record.index}/{record.count}):"


def finding_line(finding: Finding, path: str) -> Text:
    return Text.assemble(
        (_where(visible(path), finding.line), "bold"),
        " ",
        (finding.code, STYLES[finding.severity]),
        " ",
        (visible(finding.name), "dim"),
        " ",
        visible(finding.message),
    )


def verdict(quorum: QuorumComputation, lang: str) -> tuple[str, str]:
    """The quorum's outcome in words, and the style to show it in."""
    if quorum.reached is None:
        return _word(lang, "undetermined"), "yellow"
    if quorum.reached:
        return _word(lang, "reached"), "green"
    return _word(lang, "not_reached"), "bold red"


def quorum_parts(quorum: QuorumComputation, lang: str) -> list[str]:
    """N and where it came from, threshold, regime, present, represented, counted."""
    if quorum.in_office is None:
        n_part = _word(lang, "n_unknown")
    else:
        source = f" ({_word(lang, quorum.in_office_source)})" if quorum.in_office_source else ""
        n_part = f"N = {quorum.in_office}{source}"
    threshold = "—" if quorum.threshold is None else str(quorum.threshold)
    regime = f"{quorum.regime} ({quorum.regime_label}; {quorum.legal_basis})"
    return [
        n_part,
        f"{_word(lang, 'threshold')} {threshold}",
        f"{_word(lang, 'regime')} {regime}",
        f"{_word(lang, 'present')} {quorum.present}",
        f"{_word(lang, 'represented')} {quorum.represented}",
        f"{_word(lang, 'counted')} {quorum.counted}",
    ]


def quorum_line(quorum: QuorumComputation | None, label: str, lang: str) -> Text:
    head = Text.assemble((label, "bold"), f" {_word(lang, 'quorum')}{_colon(lang)}")
    if quorum is None:
        return head.append(_word(lang, "not_assessed"), "dim")
    outcome, style = verdict(quorum, lang)
    parts = visible(" · ".join(quorum_parts(quorum, lang)))
    return head.append(parts + " · ").append(outcome, style)


def file_lines(report: Report, record: Record | None, lang: str) -> Iterator[Text]:
    path = report.path or "<input>"
    label = _label(path, record, lang)
    for finding in report.findings:
        yield finding_line(finding, path)
    if not report.findings:
        yield Text.assemble((label, "bold"), " ", (_word(lang, "no_findings"), "green"))
    yield quorum_line(report.quorum, label, lang)


def summary_line(reports: Sequence[Report], lang: str) -> Text:
    count = totals(reports)
    files = f"{_count(lang, 'file', count['files'])} {_agree(lang, 'checked', count['files'])}"
    if len(reports) > count["files"]:
        files += f" ({_count(lang, 'deliberation', len(reports))})"
    style = "bold red" if count["errors"] else ("yellow" if count["warnings"] else "green")
    tally = ", ".join(_count(lang, key, count[f"{key}s"]) for key in ("error", "warning", "info"))
    return Text.assemble((files, "bold"), _colon(lang), (tally, style))


def render(reports: Sequence[Report], context: RenderContext) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=context.color,
        no_color=not context.color,
        color_system="standard" if context.color else None,
        highlight=False,
        emoji=False,
        markup=False,
        width=200,
    )
    for position, report in enumerate(reports):
        for line in file_lines(report, context.record(position), context.lang):
            console.print(line, soft_wrap=True)
        console.print()
    if len(per_file(reports)) > 1:
        console.print(summary_table(reports, context.lang))
    console.print(summary_line(reports, context.lang), soft_wrap=True)
    return buffer.getvalue()


def per_file(reports: Sequence[Report]) -> dict[str, list[int]]:
    """Errors, warnings and infos of each file, in input order; a bundle's records add up."""
    counts: dict[str, list[int]] = {}
    for report in reports:
        tally = counts.setdefault(report.path or "<input>", [0, 0, 0])
        for position, number in enumerate((report.errors, report.warnings, report.infos)):
            tally[position] += number
    return counts


def summary_table(reports: Sequence[Report], lang: str) -> Table:
    """On several files: one row per file, so the ones to look at stand out."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column(_agree(lang, "file", 1).capitalize(), overflow="fold")
    for key in ("error", "warning", "info"):
        table.add_column(_agree(lang, key, 2).capitalize(), justify="right")
    for path, (errors, warnings, infos) in per_file(reports).items():
        style = "bold red" if errors else ("yellow" if warnings else "")
        table.add_row(Text(visible(path), style=style), str(errors), str(warnings), str(infos))
    return table
