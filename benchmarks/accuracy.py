"""Accuracy of the parser on real texts and on their twins.

Two sets are scored, each made of ``ID.txt`` texts and ``ID.json`` labels read by people
(the keys are documented in ``benchmarks/corpus/README.md``):

- the twins, ``samples/twins/``: our own texts with the layouts of real ones (always);
- the real texts, ``benchmarks/corpus/.real/`` with ``benchmarks/corpus/labels/`` (when a working
  copy has gathered them: they never enter git);
- the second to sixteenth sets of real texts, in the same folder, with their labels in
  ``benchmarks/corpus/second/labels/`` … ``sixteenth/labels/``.

Figures: precision / recall / F1 per attendance list (present, excused, absent, proxies) and over
all of them; accuracy per scalar field (over the texts whose label states it); the invented rate
(a value the parser gives where the label is null). Each set is also broken down per layout tag
and per body kind, from the sets' ``manifest.tsv``. Names compare accent-, case- and
word-order-insensitively.

Usage::

    python benchmarks/accuracy.py [-v] [--json] [--pdf] [--set twins|real|second|…|sixteenth]

``-v`` lists every miss; ``--json`` prints the figures as JSON (what the regression test reads);
``--pdf`` first prints each text into a PDF and parses what pypdf reads back.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
import unicodedata
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

import qpparse

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "benchmarks" / "corpus"
MANIFEST = CORPUS / "manifest.tsv"
_LATER_SETS = (
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
)  # fmt: skip
MANIFESTS = (MANIFEST, *(CORPUS / name / "manifest.tsv" for name in _LATER_SETS))
# The twins' figures as last recorded: tests/test_accuracy.py fails when the parser falls below.
RECORD = ROOT / "benchmarks" / "accuracy-twins.json"
SETS = {
    "twins": (ROOT / "samples" / "twins", ROOT / "samples" / "twins"),
    "real": (CORPUS / ".real", CORPUS / "labels"),
    # A second set of real texts, gathered after the first had been read to its targets and
    # first read before any rule was made for it (corpus/README.md, « The second set »).
    "second": (CORPUS / ".real", CORPUS / "second" / "labels"),
    # A third, gathered at the end of the session that made rules from the second.
    "third": (CORPUS / ".real", CORPUS / "third" / "labels"),
    # A fourth, gathered once the third's rules had landed.
    "fourth": (CORPUS / ".real", CORPUS / "fourth" / "labels"),
    # A fifth, gathered in a later session, first read before any rule was made from it.
    "fifth": (CORPUS / ".real", CORPUS / "fifth" / "labels"),
    # A sixth, gathered while the fifth's rules were made, first read once they had landed.
    "sixth": (CORPUS / ".real", CORPUS / "sixth" / "labels"),
    # A seventh, gathered in a later session, first read before any rule was made from it.
    "seventh": (CORPUS / ".real", CORPUS / "seventh" / "labels"),
    # An eighth, gathered while the seventh's rules were made, first read once they had landed.
    "eighth": (CORPUS / ".real", CORPUS / "eighth" / "labels"),
    # A ninth, gathered once the eighth's rules had landed, first read before any rule from it.
    "ninth": (CORPUS / ".real", CORPUS / "ninth" / "labels"),
    # A tenth, gathered while the ninth's twins and rules were made, first read before any
    # rule from it.
    "tenth": (CORPUS / ".real", CORPUS / "tenth" / "labels"),
    # An eleventh, gathered in a later session, first read before any rule from it.
    "eleventh": (CORPUS / ".real", CORPUS / "eleventh" / "labels"),
    # A twelfth, gathered while general rules from tables of variants were made, first read
    # before any rule from it.
    "twelfth": (CORPUS / ".real", CORPUS / "twelfth" / "labels"),
    # A thirteenth, gathered while the twelfth's rules were made, first read before any rule
    # from it.
    "thirteenth": (CORPUS / ".real", CORPUS / "thirteenth" / "labels"),
    # A fourteenth, gathered while the thirteenth's rules were reviewed, first read before any
    # rule from it.
    "fourteenth": (CORPUS / ".real", CORPUS / "fourteenth" / "labels"),
    # A fifteenth, gathered at the start of the next session, first read before any rule from
    # it.
    "fifteenth": (CORPUS / ".real", CORPUS / "fifteenth" / "labels"),
    # A sixteenth, gathered at the start of a later session, first read before any rule from it.
    "sixteenth": (CORPUS / ".real", CORPUS / "sixteenth" / "labels"),
}

LISTS = ("present", "absent_excused", "absent", "proxies")
SESSION_FACTS = (
    "session_date",
    "president",
    "declared_present",
    "declared_in_office",
    "declared_voters",
    "deliberation_number",
    "title",
)
# The other facts a label states, after the session's.
SCALARS = (
    *SESSION_FACTS,
    "body",
    "collectivity",
    "visas_count",
    "considerants_count",
    "articles_count",
    "vote",
    "unanimous",
    "votes_for",
    "votes_against",
    "abstentions",
    "signatory",
)
LABEL_KEYS = frozenset((*SCALARS, *LISTS, "lists_complete"))


# --- what the parser says, in the labels' terms -------------------------------------------------


def parsed_facts(extract: qpparse.Extract) -> dict[str, Any]:
    """The label keys as the parser fills them for one extract."""
    session, counts, vote = extract.session, extract.session.counts, extract.vote
    attendance = extract.attendance
    return {
        "session_date": session.date.isoformat() if session.date else None,
        "body": extract.body.name if extract.body else None,
        "collectivity": extract.authority.name if extract.authority else None,
        "president": session.president.name if session.president else None,
        "declared_present": counts.present,
        "declared_in_office": counts.in_office,
        "declared_voters": counts.voters,
        "deliberation_number": extract.deliberation.number,
        "title": extract.deliberation.title,
        "visas_count": len(extract.visas) or None,
        "considerants_count": len(extract.considerants) or None,
        "articles_count": sum(1 for article in extract.articles if article.numbered) or None,
        "vote": vote.outcome if vote else None,
        "unanimous": vote.unanimous if vote else None,
        "votes_for": vote.for_ if vote else None,
        "votes_against": vote.against if vote else None,
        "abstentions": vote.abstentions if vote else None,
        "signatory": (
            extract.signature.signatory.name
            if extract.signature and extract.signature.signatory
            else None
        ),
        "present": [person.name for person in attendance.present],
        "absent_excused": [person.name for person in attendance.excused],
        "absent": [person.name for person in attendance.absent],
        "proxies": [
            {"absent": proxy.member.name, "holder": proxy.holder.name if proxy.holder else None}
            for proxy in attendance.represented
        ],
    }


# --- how two values compare ----------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces."""
    ligatures = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    decomposed = unicodedata.normalize("NFKD", ligatures)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    return " ".join(regex.sub(r"[^\p{L}\p{N}]+", " ", bare).split())


def name_key(name: str) -> str:
    """Accent-, case- and word-order-insensitive: « DURAND Jeanne » = « Jeanne Durand »."""
    return " ".join(sorted(fold(name).split()))


def proxy_key(proxy: dict[str, Any]) -> str:
    holder = proxy.get("holder")
    return f"{name_key(str(proxy.get('absent') or ''))} > {name_key(holder) if holder else '?'}"


_KIND_WORDS = regex.compile(
    r"\b(?:commune|ville|mairie|village|cite|communaute|agglomeration|urbaine|communes|"
    r"syndicat|intercommunal|mixte|metropole|departement|departemental|region|regional|conseil|"
    r"general|de|du|des|la|le|les|l|d|et|en)\b"
)


def _core(text: str) -> str:
    return " ".join(_KIND_WORDS.sub(" ", fold(text)).split())


def _loose_equal(wanted: str, given: str) -> bool:
    """Equal once both are folded, or one holds the other whole (a fuller or shorter naming)."""
    left, right = fold(wanted), fold(given)
    if left == right:
        return True
    short, long = sorted((left, right), key=len)
    return len(short) >= 4 and f" {short} " in f" {long} "


def _collectivity_equal(wanted: str, given: str) -> bool:
    left, right = _core(wanted), _core(given)
    return bool(left) and bool(right) and (left == right or _loose_equal(left, right))


def _title_equal(wanted: str, given: str) -> bool:
    """Token F1 of at least 0.8: a title cut a word early or late still reads as the title."""
    left, right = fold(wanted).split(), fold(given).split()
    if not left or not right:
        return False
    common = sum(min(left.count(token), right.count(token)) for token in set(left))
    precision, recall = common / len(right), common / len(left)
    return precision + recall > 0 and 2 * precision * recall / (precision + recall) >= 0.8


def _number_equal(wanted: str, given: str) -> bool:
    """Equal once folded to letters and digits; a letters-only prefix one of them writes
    (« DCM 2016-061 », « DEL 12 ») names the kind of act, not the number."""
    left, right = _number_key(wanted), _number_key(given)
    return left == right or _number_key(wanted, prefix=False) == _number_key(given, prefix=False)


def _number_key(number: str, *, prefix: bool = True) -> str:
    folded = fold(number).removeprefix("n ")
    if not prefix:
        folded = regex.sub(r"^[a-z]{1,6}\s+(?=\d)", "", folded)
    return regex.sub(r"[^\p{L}\p{N}]", "", folded)


COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "body": _loose_equal,
    "collectivity": _collectivity_equal,
    "president": lambda wanted, given: name_key(wanted) == name_key(given),
    "signatory": lambda wanted, given: name_key(wanted) == name_key(given),
    "title": _title_equal,
    "deliberation_number": _number_equal,
}


def same(key: str, wanted: Any, given: Any) -> bool:
    if given is None:
        # The parser leaves an empty list's count empty; « no Vu » and « none found » agree.
        return key.endswith("_count") and wanted == 0
    return COMPARE.get(key, lambda left, right: left == right)(wanted, given)


def list_keys(key: str, entries: Iterable[Any]) -> set[str]:
    if key == "proxies":
        return {proxy_key(entry) for entry in entries}
    return {name_key(str(entry)) for entry in entries if str(entry).strip()}


# --- running totals ------------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts for one group of texts (a whole set, one layout tag, one body kind)."""

    texts: int = 0
    found: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    wanted: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    matched: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    stated: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    silent: int = 0
    invented: int = 0

    def add(self, label: dict[str, Any], given: dict[str, Any]) -> list[str]:
        """Score one text; return its misses."""
        self.texts += 1
        misses: list[str] = []
        for key in LISTS:
            misses += self._add_list(key, label.get(key) or [], given[key])
        for key in SCALARS:
            misses += self._add_scalar(key, label.get(key), given[key])
        return misses

    def _add_list(self, key: str, wanted_entries: list[Any], given_entries: list[Any]) -> list[str]:
        wanted, given = list_keys(key, wanted_entries), list_keys(key, given_entries)
        self.wanted[key] += len(wanted)
        self.found[key] += len(given)
        self.matched[key] += len(wanted & given)
        if not wanted:
            self.silent += 1
            self.invented += bool(given)
        return [f"{key}: missing {entry}" for entry in sorted(wanted - given)] + [
            f"{key}: extra {entry}" for entry in sorted(given - wanted)
        ]

    def _add_scalar(self, key: str, wanted: Any, given: Any) -> list[str]:
        if wanted is None:
            self.silent += 1
            if given is not None:
                self.invented += 1
                return [f"{key}: invented {given!r}"]
            return []
        self.stated[key] += 1
        if same(key, wanted, given):
            self.right[key] += 1
            return []
        return [f"{key}: {given!r} ≠ {wanted!r}"]

    def prf(self, keys: Iterable[str] = LISTS) -> tuple[float, float, float]:
        keys = list(keys)
        found = sum(self.found[key] for key in keys)
        wanted = sum(self.wanted[key] for key in keys)
        matched = sum(self.matched[key] for key in keys)
        precision = matched / found if found else 1.0
        recall = matched / wanted if wanted else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def accuracy(self, keys: Iterable[str]) -> float | None:
        keys = list(keys)
        stated = sum(self.stated[key] for key in keys)
        return sum(self.right[key] for key in keys) / stated if stated else None

    def invented_rate(self) -> float:
        return self.invented / self.silent if self.silent else 0.0

    def figures(self) -> dict[str, Any]:
        precision, recall, f1 = self.prf()
        return {
            "texts": self.texts,
            "names": {"precision": precision, "recall": recall, "f1": f1},
            "lists": {
                key: dict(zip(("precision", "recall", "f1"), self.prf([key]), strict=True))
                | {"wanted": self.wanted[key]}
                for key in LISTS
            },
            "session_facts": self.accuracy(SESSION_FACTS),
            "scalars": self.accuracy(SCALARS),
            "fields": {key: self.accuracy([key]) for key in SCALARS},
            "invented": self.invented_rate(),
        }


@dataclass
class Result:
    """One set's figures: overall, per layout tag, per body kind, and the misses."""

    overall: Tally = field(default_factory=Tally)
    by_layout: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[str] = field(default_factory=list)


# --- reading the sets ----------------------------------------------------------------------------


def manifest() -> dict[str, dict[str, str]]:
    """The rows of both sets' manifests, by id."""
    rows: dict[str, dict[str, str]] = {}
    for path in MANIFESTS:
        if path.is_file():
            with path.open(encoding="utf-8", newline="") as handle:
                rows.update((row["id"], row) for row in csv.DictReader(handle, delimiter="\t"))
    return rows


def pairs(name: str) -> Iterator[tuple[str, Path, dict[str, Any]]]:
    """(id, text, label) for every labelled text of a set."""
    texts, labels = SETS[name]
    if not texts.is_dir():
        return
    for text in sorted(texts.glob("*.txt")):
        label = labels / f"{text.stem}.json"
        if label.is_file():
            yield text.stem, text, json.loads(label.read_text(encoding="utf-8"))


def parse_text(data: bytes, name: str) -> dict[str, Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            extracts = qpparse.parse_all(qpparse.read(data, path=name))
        except qpparse.QpparseError:
            extracts = []
    if not extracts:
        return {key: [] if key in LISTS else None for key in (*SCALARS, *LISTS)}
    return parsed_facts(extracts[0])


def score(name: str, *, as_pdf: bool = False, flat: bool = False) -> Result:
    rows = manifest()
    result = Result()
    for ident, text, label in pairs(name):
        data = _pdf_of(text.read_text(encoding="utf-8")) if as_pdf else text.read_bytes()
        if flat:  # the same text as a one-line transcription: line breaks must not matter
            data = " ".join(data.decode("utf-8").split()).encode("utf-8")
        given = parse_text(data, text.name)
        row = rows.get(ident, {})
        groups = [result.by_layout[tag] for tag in _tags(row)]
        groups.append(result.by_kind[row.get("kind") or "?"])
        for group in groups:
            group.add(label, given)
        result.misses += [f"{ident}: {miss}" for miss in result.overall.add(label, given)]
    return result


def _tags(row: dict[str, str]) -> list[str]:
    return [tag.strip() for tag in (row.get("layout") or "").split(",") if tag.strip()]


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


# --- reporting -----------------------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _row(group: str, tally: Tally) -> str:
    _, _, f1 = tally.prf()
    precision = tally.prf()[0]
    lists = " | ".join(_pct(tally.prf([key])[2]) for key in LISTS)
    return (
        f"| {group} | {tally.texts} | {_pct(f1)} | {_pct(precision)} | {lists} | "
        f"{_pct(tally.accuracy(SESSION_FACTS))} | {_pct(tally.accuracy(SCALARS))} | "
        f"{tally.invented_rate():.1%} |"
    )


HEADER = (
    "| group | texts | names F1 | list precision | present F1 | excused F1 | absent F1 | "
    "proxies F1 | session facts | all scalars | invented |\n"
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
)


def report(name: str, result: Result, *, verbose: bool) -> str:
    lines = [f"### {name} ({result.overall.texts} texts)", "", HEADER]
    lines.append(_row("**all**", result.overall))
    lines += [_row(f"layout `{tag}`", tally) for tag, tally in sorted(result.by_layout.items())]
    lines += [_row(f"kind `{kind}`", tally) for kind, tally in sorted(result.by_kind.items())]
    lines += ["", "| field | texts stating it | accuracy |", "| --- | --- | --- |"]
    overall = result.overall
    lines += [
        f"| {key} | {overall.stated[key]} | {_pct(overall.accuracy([key]))} |" for key in SCALARS
    ]
    if verbose:
        lines += ["", "Misses:", *(f"- {miss}" for miss in result.misses)]
    return "\n".join(lines)


def main(arguments: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--pdf", action="store_true", help="parse each text printed into a PDF")
    parser.add_argument("--flat", action="store_true", help="parse each text flattened to one line")
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="default: both")
    parser.add_argument("--labels", type=Path, help="read the real texts' labels from here")
    parser.add_argument(
        "--record", action="store_true", help=f"write the twins' figures to {RECORD.name}"
    )
    options = parser.parse_args(arguments)
    if options.labels:
        SETS["real"] = (SETS["real"][0], options.labels)
    names = options.set or ["twins", "real", *_LATER_SETS]
    results = {name: score(name, as_pdf=options.pdf, flat=options.flat) for name in names}
    if options.record and "twins" in results:
        figures = results["twins"].overall.figures()
        RECORD.write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if options.json:
        print(json.dumps({name: result.overall.figures() for name, result in results.items()}))
        return 0
    print(f"Measured {dt.date.today().isoformat()} with qpparse {qpparse.__version__}.\n")
    for name, result in results.items():
        if result.overall.texts:
            print(report(name, result, verbose=options.verbose), end="\n\n")
        else:
            print(f"### {name}: no labelled texts here\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
