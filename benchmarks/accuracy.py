"""Accuracy of the parser against expectations written by hand.

Goldens are the parser's own output, so they cannot measure it. Each sample that has a
``samples/expected/NAME.yaml`` (written by reading the text; see samples/expected/README.md) is
parsed and compared with it:

- attendance names: precision, recall and F1 over (list, name) pairs, proxies as
  (« represented », member > holder);
- session date: share of samples whose date is right;
- declared counts: share of the counts the text states (in_office, present, represented,
  voters) that the parser gives right;
- invented values: share of the fields the text leaves empty (date, time, number, president,
  secretary, the four counts) where the parser still gives a value.

Usage::

    python benchmarks/accuracy.py [--pdf] [FOLDER …]     # default: samples/valid

``--pdf`` first prints each text sample into a PDF (reportlab, lines wrapped at 95 characters,
blank lines dropped) and parses what pypdf reads back: the shape most extracts reach users in.

A folder is searched for ``*.txt`` / ``*.pdf`` whose expectations sit in ``samples/expected`` or
in an ``expected/`` folder beside them.
"""

from __future__ import annotations

import datetime as dt
import sys
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

import qpparse
from qpparse.frenchtext import name_key

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = ROOT / "samples" / "expected"
COUNT_FIELDS = ("in_office", "present", "represented", "voters")
LISTS = ("present", "represented", "excused", "absent")


@dataclass
class Score:
    """Running totals over the samples."""

    found: int = 0  # attendance pairs the parser gave
    expected: int = 0  # attendance pairs the text states
    matched: int = 0
    dates: list[bool] = field(default_factory=list)
    counts: list[bool] = field(default_factory=list)
    silent: int = 0  # fields the text leaves empty
    invented: int = 0
    misses: list[str] = field(default_factory=list)


def main(arguments: list[str]) -> int:
    as_pdf = "--pdf" in arguments
    folders = [Path(argument) for argument in arguments if argument != "--pdf"]
    score = Score()
    samples = list(_samples(folders or [ROOT / "samples" / "valid"]))
    for sample, expectation in samples:
        _score_sample(sample, expectation, score, as_pdf=as_pdf)
    _report(score, len(samples))
    return 0


def _samples(folders: list[Path]) -> Iterator[tuple[Path, dict[str, Any]]]:
    for folder in folders:
        for sample in sorted([*folder.glob("*.txt"), *folder.glob("*.pdf")]):
            for candidate in (
                EXPECTED / f"{sample.stem}.yaml",
                folder / "expected" / f"{sample.stem}.yaml",
            ):
                if candidate.is_file():
                    yield sample, yaml.safe_load(candidate.read_text(encoding="utf-8"))
                    break


def _score_sample(sample: Path, expectation: dict[str, Any], score: Score, *, as_pdf: bool) -> None:
    data = _pdf_of(sample.read_text(encoding="utf-8")) if as_pdf else sample.read_bytes()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        extract = qpparse.parse_all(qpparse.read(data, path=sample.name))[0]
    found, expected = _attendance(extract), _expected_attendance(expectation)
    score.found += len(found)
    score.expected += len(expected)
    score.matched += len(found & expected)
    score.misses += [f"{sample.name}: missing {pair}" for pair in sorted(expected - found)]
    score.misses += [f"{sample.name}: extra {pair}" for pair in sorted(found - expected)]
    score.dates.append(extract.session.date == _date(expectation.get("date")))
    _score_counts(sample, extract, expectation, score)
    _score_silence(sample, extract, expectation, score)


def _attendance(extract: qpparse.Extract) -> set[tuple[str, str]]:
    attendance = extract.attendance
    pairs = {
        (role, name_key(person.name))
        for role in ("present", "excused", "absent")
        for person in getattr(attendance, role)
    }
    for proxy in attendance.represented:
        holder = proxy.holder.name if proxy.holder else "?"
        pairs.add(("represented", f"{name_key(proxy.member.name)} > {name_key(holder)}"))
    return pairs


def _expected_attendance(expectation: dict[str, Any]) -> set[tuple[str, str]]:
    lists = expectation.get("attendance") or {}
    pairs: set[tuple[str, str]] = set()
    for role in LISTS:
        for entry in lists.get(role) or []:
            parts = [name_key(part) for part in str(entry).split(">")]
            pairs.add((role, " > ".join(parts)))
    return pairs


def _score_counts(
    sample: Path, extract: qpparse.Extract, expectation: dict[str, Any], score: Score
) -> None:
    counts = expectation.get("counts") or {}
    for name in COUNT_FIELDS:
        wanted, given = counts.get(name), getattr(extract.session.counts, name)
        if wanted is not None:
            score.counts.append(given == wanted)
            if given != wanted:
                score.misses.append(f"{sample.name}: count {name} {given} ≠ {wanted}")


def _score_silence(
    sample: Path, extract: qpparse.Extract, expectation: dict[str, Any], score: Score
) -> None:
    """Fields the text leaves empty must stay empty."""
    counts = expectation.get("counts") or {}
    given = {
        "date": extract.session.date,
        "time": extract.session.time,
        "number": extract.deliberation.number,
        "president": extract.session.president,
        "secretary": extract.session.secretary,
        **{f"counts.{name}": getattr(extract.session.counts, name) for name in COUNT_FIELDS},
    }
    wanted = {**expectation, **{f"counts.{name}": counts.get(name) for name in COUNT_FIELDS}}
    for key, value in given.items():
        if wanted.get(key) is None:
            score.silent += 1
            if value is not None:
                score.invented += 1
                score.misses.append(f"{sample.name}: invented {key} = {value}")


def _pdf_of(text: str) -> bytes:
    """The text printed into a PDF the way word processors do: wrapped, blank lines lost."""
    import io
    import textwrap

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    top, bottom, step = 800, 40, 11
    y = top
    for line in (part for paragraph in text.splitlines() for part in textwrap.wrap(paragraph, 95)):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(30, y, line)
        y -= step
        if y < bottom:
            pdf.showPage()
            y = top
    pdf.save()
    return buffer.getvalue()


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _report(score: Score, samples: int) -> None:
    precision = score.matched / score.found if score.found else 1.0
    recall = score.matched / score.expected if score.expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"samples with expectations: {samples}")
    print(f"attendance names: precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f}")
    print(f"session dates: {_share(score.dates)}")
    print(f"declared counts: {_share(score.counts)}")
    rate = score.invented / score.silent if score.silent else 0.0
    print(f"invented values: {score.invented}/{score.silent} = {rate:.1%}")
    for miss in score.misses:
        print(f"  - {miss}")


def _share(results: list[bool]) -> str:
    return (
        f"{sum(results)}/{len(results)} = {sum(results) / len(results):.3f}" if results else "n/a"
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
