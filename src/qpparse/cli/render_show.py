"""``qpparse show``: one extract as a Rich view, in English or French.

Every piece of text taken from the input goes through :func:`literal`: control characters are
made visible (:mod:`.literal`) and the result is a :class:`rich.text.Text`, whose content Rich
never parses as markup. Nothing here builds a markup string, so a name written ``[red]x[/red]``
prints exactly so, and one holding ``ESC[31m`` prints ``\\x1b[31m``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TextIO

from rich import box
from rich.console import Console, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from qpparse.checks.report import Finding, QuorumComputation, Report
from qpparse.model import Article, Citation, Extract, Person, Proxy, Signature, Vote

from .literal import visible
from .render_text import STYLES, quorum_parts, verdict
from .show_labels import LABELS, MONTHS, WEEKDAYS

MISSING = Text("—", style="dim")


def console_for(stream: TextIO, *, color: bool) -> Console:
    """A console that writes literally: no markup, emoji codes or highlighting of the input.

    The width is the terminal's, or ``COLUMNS`` (80 without either): Rich reads both.
    """
    return Console(
        file=stream,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
        markup=False,
    )


def show(console: Console, extract: Extract, report: Report, lang: str) -> None:
    """Print the whole view of one extract, its sections a blank line apart."""
    for section in view(extract, report, lang):
        for part in section:
            console.print(part)
        console.print()


def view(extract: Extract, report: Report, lang: str) -> Iterator[list[RenderableType]]:
    """The sections of the view, in the order of the extract, each a list of renderables."""
    words = LABELS.get(lang, LABELS["en"])
    sections: list[Iterable[RenderableType]] = [
        [header_panel(extract, words, lang)],
        attendance(extract, words),
        [quorum_text(report.quorum, words, lang)],
        citations(words["visas"], extract.visas),
        citations(words["considerants"], extract.considerants),
        decision(extract, words),
        vote_section(extract.vote, words),
        signature_section(extract.signature, words),
        findings_section(report.findings, words),
        unrecognised_section(extract, words),
    ]
    for section in sections:
        if parts := list(section):
            yield parts


def literal(text: str | None, style: str = "") -> Text:
    """Input text as a Rich ``Text``: controls made visible, markup never parsed."""
    if text is None:
        return MISSING.copy()
    return Text(visible(text), style=style)


def person_text(person: Person | None) -> Text:
    """« Mme Martine VASSAL (role, commune) »: civility and name, then what the text adds."""
    if person is None:
        return MISSING.copy()
    name = f"{person.civility} {person.name}" if person.civility else person.name
    extras = [part for part in (person.role, person.commune) if part]
    extras += person.notes
    if person.substitute_for:
        extras.append(f"→ {person.substitute_for}")
    return literal(f"{name} ({', '.join(extras)})" if extras else name)


def heading(title: str, count: int | None = None) -> Text:
    label = title if count is None else f"{title} ({count})"
    return Text(label, style="bold underline")


def long_date(date: dt.date, lang: str) -> str:
    """« jeudi 10 mars 2022 » or « Thursday 10 March 2022 », from the date itself."""
    weekday = WEEKDAYS.get(lang, WEEKDAYS["en"])[date.weekday()]
    month = MONTHS.get(lang, MONTHS["en"])[date.month - 1]
    day = "1er" if lang == "fr" and date.day == 1 else str(date.day)
    return f"{weekday} {day} {month} {date.year}"


def date_text(extract: Extract, words: dict[str, str], lang: str) -> Text:
    session = extract.session
    if session.date is None:
        return MISSING.copy()
    text = Text(f"{long_date(session.date, lang)} ({session.date.isoformat()})")
    computed = WEEKDAYS["fr"][session.date.weekday()]
    # The written weekday is French; show it when it contradicts the date (QP501 says why).
    if session.weekday and session.weekday.lower() != computed:
        text.append(" — ").append(f"{words['written']} « ").append(literal(session.weekday, "red"))
        text.append(" »")
    return text


def counts_text(extract: Extract, words: dict[str, str]) -> Text:
    counts = extract.session.counts
    parts = [
        (words["in_office"], counts.in_office),
        (words["present"].lower(), counts.present),
        (words["represented"].lower(), counts.represented),
        (words["voters"], counts.voters),
    ]
    stated = [f"{label} {value}" for label, value in parts if value is not None]
    return Text(" · ".join(stated)) if stated else MISSING.copy()


def header_panel(extract: Extract, words: dict[str, str], lang: str) -> Panel:
    session, deliberation = extract.session, extract.deliberation
    president = person_text(session.president)
    if session.president_role:
        president.append(" — ").append(literal(session.president_role))
    rows: list[tuple[str, Text]] = [
        (words["file"], literal(extract.source.path or "<input>", "bold")),
        (words["authority"], literal(extract.authority.name if extract.authority else None)),
        (words["body"], literal(extract.body.name if extract.body else None)),
        (words["number"], literal(deliberation.number)),
        (words["subject"], literal(deliberation.title, "bold")),
        (words["date"], date_text(extract, words, lang)),
        (words["time"], literal(session.time)),
        (words["place"], literal(session.place)),
        (words["president"], president),
        (words["secretary"], person_text(session.secretary)),
        (words["counts"], counts_text(extract, words)),
    ]
    if session.convocation_date:
        rows.append((words["convocation"], Text(long_date(session.convocation_date, lang))))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in rows:
        grid.add_row(label, value)
    return Panel(grid, title=panel_title(extract, words), title_align="left", box=box.ROUNDED)


def panel_title(extract: Extract, words: dict[str, str]) -> Text | None:
    """Which deliberation of a bundle this is (the file is the first row: it may be long)."""
    if extract.record is None:
        return None
    record = extract.record
    return Text(f"{words['deliberation']} {record.index}/{record.count}", style="bold")


def attendance(extract: Extract, words: dict[str, str]) -> Iterator[RenderableType]:
    lists = extract.attendance
    sizes = {
        "present": len(lists.present),
        "represented": len(lists.represented),
        "excused": len(lists.excused),
        "absent": len(lists.absent),
        "non_voting": len(lists.non_voting),
    }
    yield heading(words["attendance"])
    yield Text(" · ".join(f"{words[key]} {size}" for key, size in sizes.items()))
    for key in ("present", "represented", "excused", "absent", "non_voting"):
        if key == "represented":
            if lists.represented:
                yield proxy_table(lists.represented, words)
        elif sizes[key]:
            yield person_table(f"{words[key]} ({sizes[key]})", getattr(lists, key), words)


def _table(title: str, *columns: str) -> Table:
    table = Table(title=Text(title, style="bold"), title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column(columns[0], justify="right", style="dim", no_wrap=True)
    for column in columns[1:]:
        table.add_column(column, overflow="fold")
    return table


def person_table(title: str, people: Iterable[Person], words: dict[str, str]) -> Table:
    """One row per input line: extracts list members a line at a time, often all on one."""
    table = _table(title, words["line"], words["name"])
    by_line: dict[int, list[Person]] = {}
    for person in people:
        by_line.setdefault(person.line, []).append(person)
    for line, group in by_line.items():
        table.add_row(str(line), people_text(group))
    return table


def proxy_table(proxies: list[Proxy], words: dict[str, str]) -> Table:
    title = f"{words['represented']} ({len(proxies)})"
    table = _table(title, words["line"], words["member_holder"], words["scope"])
    for proxy in proxies:
        pair = person_text(proxy.member).append(" → ").append(person_text(proxy.holder))
        for note in proxy.notes:
            pair.append(" ").append(literal(f"[{note}]", "dim"))
        scope = literal(proxy.scope) if proxy.scope else Text("")
        table.add_row(str(proxy.line), pair, scope)
    return table


def quorum_text(quorum: QuorumComputation | None, words: dict[str, str], lang: str) -> Text:
    """One line: N and its source, threshold, regime, present, represented, counted, verdict."""
    line = Text(f"{words['quorum']}{' : ' if lang == 'fr' else ': '}", style="bold")
    if quorum is None:
        return line.append(words["not_assessed"], "dim")
    outcome, style = verdict(quorum, lang)
    return line.append(visible(" · ".join(quorum_parts(quorum, lang))) + " · ").append(
        outcome, style
    )


def numbered_grid(rows: Iterable[tuple[int, Text]]) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    for line, text in rows:
        grid.add_row(str(line), text)
    return grid


def citations(title: str, items: list[Citation]) -> Iterator[RenderableType]:
    if items:
        yield heading(title, len(items))
        yield numbered_grid((item.line, literal(item.text)) for item in items)


def article_text(article: Article) -> Text:
    label = article.label or f"{article.number}."
    return literal(label, "bold").append(" ").append(literal(article.text))


def decision(extract: Extract, words: dict[str, str]) -> Iterator[RenderableType]:
    title = words["decision"]
    if extract.decision_formula:
        yield heading(title).append(" « ").append(literal(extract.decision_formula)).append(" »")
    else:
        yield heading(title)
    if extract.articles:
        yield numbered_grid((article.line, article_text(article)) for article in extract.articles)
    else:
        yield Text(f"{words['articles']}: {words['none']}", style="dim")


def vote_figures(vote: Vote, words: dict[str, str]) -> Text:
    outcome = words[vote.outcome] if vote.outcome else "—"
    text = Text(outcome, style="green" if vote.outcome == "adopted" else "bold")
    if vote.unanimous:
        text.append(f" {words['unanimous']}")
    figures = [
        (words["for"], vote.for_),
        (words["against"], vote.against),
        (words["abstentions"], vote.abstentions),
    ]
    stated = [f"{label} {value}" for label, value in figures if value is not None]
    if stated:
        text.append(" · " + " · ".join(stated))
    return text


def people_text(people: list[Person]) -> Text:
    return Text(", ").join(person_text(person) for person in people)


def vote_section(vote: Vote | None, words: dict[str, str]) -> Iterator[RenderableType]:
    if vote is None:
        yield heading(words["vote"]).append(f" — {words['none']}")
        return
    yield heading(words["vote"]).append(f"  ({words['line'].lower()} {vote.line})", "dim")
    rows = [(words["outcome"], vote_figures(vote, words))]
    for key, people in (
        ("opposing", vote.opposing),
        ("abstaining", vote.abstaining),
        ("not_voting", vote.not_voting),
    ):
        if people:
            rows.append((f"{words[key]} ({len(people)})", people_text(people)))
    rows.append((words["text"], literal(vote.text, "italic")))
    yield labelled_grid(rows)


def labelled_grid(rows: list[tuple[str, Text]]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in rows:
        grid.add_row(label, value)
    return grid


def signature_section(
    signature: Signature | None, words: dict[str, str]
) -> Iterator[RenderableType]:
    if signature is None:
        yield heading(words["signature"]).append(f" — {words['none']}")
        return
    yield heading(words["signature"]).append(f"  ({words['line'].lower()} {signature.line})", "dim")
    yield labelled_grid(
        [
            (words["formula"], literal(signature.formula)),
            (words["role"], literal(signature.role)),
            (words["signatory"], person_text(signature.signatory)),
        ]
    )


def findings_section(findings: list[Finding], words: dict[str, str]) -> Iterator[RenderableType]:
    if not findings:
        yield heading(words["findings"]).append(" — ").append(words["no_findings"], "green")
        return
    table = _table(
        f"{words['findings']} ({len(findings)})",
        words["line"],
        words["code"],
        words["severity"],
        words["message"],
    )
    for finding in findings:
        code = Text(finding.code, style=STYLES[finding.severity])
        code.append(f" {finding.name}", "dim")
        line = "" if finding.line is None else str(finding.line)
        severity = Text(finding.severity, style=STYLES[finding.severity])
        table.add_row(line, code, severity, literal(finding.message))
    yield table


def unrecognised_section(extract: Extract, words: dict[str, str]) -> Iterator[RenderableType]:
    if extract.unrecognised:
        yield heading(words["unrecognised"], len(extract.unrecognised))
        rows = ((line.line, literal(line.text, "dim")) for line in extract.unrecognised)
        yield numbered_grid(rows)
