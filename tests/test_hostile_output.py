"""Hostile output (issue 6): text taken from an input never acts on what reads qpparse's output.

A hostile extract carries, in names, the title, a visa, an article, the vote and its file name:
Rich markup, ANSI CSI and OSC sequences (a colour, a terminal hyperlink), the 8-bit CSI ``\\x9b``,
other control characters, a bidi override (U+202E), line breaks, GitHub workflow-command syntax
(``::``, ``%``, ``,``, ``:``), XML breakers (``]]>``, quotes, characters XML 1.0 cannot hold) and
spreadsheet formulas (``=``, ``+``, ``-``, ``@``, tab, CR). Every output format is checked with a
reader of that format:

- terminal text (``show``, ``check`` text, with and without colour, and error lines on stderr):
  no escape sequence or control character but the ones Rich writes for its own colours;
- GitHub annotations: one line per finding, no forged property or command;
- SARIF, JSON, JSON Lines, Popolo: valid JSON; JUnit: well-formed XML;
- CSV (SCDL and attendance): parseable, the right number of rows, no cell a spreadsheet runs.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from conftest import SEED
from qpparse.cli.app import app
from qpparse.model import Extract

NEUTRAL_ENV = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "", "NO_COLOR": "", "FORCE_COLOR": ""}

# Pieces that each break one kind of reader; joined with spaces so that the parser keeps them.
MARKUP = "[red]x[/red][link=http://evil.example]y[/link]"
CSI = "\x1b[31mRED"
OSC_LINK = "\x1b]8;;http://evil.example\x1b\\LINK\x1b]8;;\x1b\\"
C1_CSI = "\x9b31mC1"
CONTROLS = "\x07\x08\x0b\x0c\x7f"
BIDI = "\u202eevil\u202c"
WORKFLOW = "::error file=x,line=1::forged %0A %25 a,b:c"
XML = "]]> <!-- \"q\" 'a' &amp; \ufffe"
FORMULA = '=HYPERLINK("http://evil.example","x")'
HOSTILE = " ".join((MARKUP, CSI, OSC_LINK, C1_CSI, CONTROLS, BIDI, WORKFLOW, XML))
# A file name may hold nearly anything on Linux: escapes, a line break, workflow syntax.
HOSTILE_FILE_NAME = "evil\x1b[31m\u202e,a:b%0A::x]]>\"'\nline.txt"

# What a terminal must never receive from input text: C0 controls but LF, DEL, C1 controls
# (U+009B is a CSI on 8-bit terminals), bidi embeddings, overrides and isolates.
UNSAFE_FOR_TERMINAL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What Rich itself writes when colour is on: SGR sequences only, never an OSC (hyperlink).
RICH_STYLE = re.compile(r"\x1b\[[0-9;]*m")
XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def hostile_text() -> str:
    """The seed with hostile text in a name, the title, a visa, an article and the vote, and a
    formula as a member's name (CSV) and as the title's start."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    lines[10] = lines[10].replace("Martial ALVAREZ", f"Martial ALVAREZ{CSI}{BIDI}", 1)
    # Unreadable as a name, so a finding (QP106) quotes it: input text in every report format.
    compact = f"{CSI}{OSC_LINK}{C1_CSI}{BIDI}]]>\ufffe{MARKUP}"
    lines[10] = lines[10].replace("Christian AMIRATY", f"Christian {compact}AMIRATY", 1)
    lines[18] = (
        lines[18]
        .replace("Gaby CHARROUX", "+Gaby CHARROUX", 1)
        .replace("Henri PONS", "@SUM PONS", 1)
    )
    lines[24] = f"■ **{FORMULA} Approbation {HOSTILE}**"
    lines[52] = f"- Le Code {HOSTILE} ;"
    lines[75] = f"Est approuvée la Convention {HOSTILE}."
    lines[81] = f"Cette proposition mise aux voix est adoptée {HOSTILE}"
    lines.insert(60, f"Ligne que le lecteur ne comprend pas {HOSTILE}")  # → unrecognised
    return "\n".join(lines)


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / HOSTILE_FILE_NAME
    path.write_text(hostile_text(), encoding="utf-8")
    return path


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args), env=NEUTRAL_ENV)


def output(*args: str, codes: frozenset[int] = frozenset({0, 1})) -> str:
    result = run(*args)
    assert result.exit_code in codes, (result.exit_code, result.stderr, result.exception)
    return result.stdout


def assert_terminal_safe(text: str, *, styled: bool = False) -> None:
    """Nothing from the input may act on the terminal: no control character, no escape sequence
    but, with ``styled``, the SGR colour sequences Rich writes itself (input ones are escaped
    before Rich sees them, so they show as ``\\x1b[31m``)."""
    for raw in (CSI, OSC_LINK, C1_CSI, BIDI):
        assert raw not in text
    plain = RICH_STYLE.sub("", text) if styled else text
    unsafe = sorted({hex(ord(char)) for char in UNSAFE_FOR_TERMINAL.findall(plain)})
    assert not unsafe, f"unsafe characters reach the terminal: {unsafe}"
    assert "\x1b]" not in text  # no OSC: no hyperlink, no window title


# --- terminal ------------------------------------------------------------------------------------


@pytest.mark.parametrize("colour", ["--no-color", "--color"])
def test_show_is_terminal_safe(hostile_file: Path, colour: str) -> None:
    text = output("show", str(hostile_file), colour, codes=frozenset({0}))

    assert_terminal_safe(text, styled=colour == "--color")
    assert "\\x1b[31mRED" in text
    assert "\\x9b31mC1" in text
    assert "\\u202eevil" in text
    assert "[red]x[/red]" in text  # markup printed, not applied


@pytest.mark.parametrize("colour", ["--no-color", "--color"])
def test_check_text_is_terminal_safe(hostile_file: Path, colour: str) -> None:
    text = output("check", str(hostile_file), colour)

    assert_terminal_safe(text, styled=colour == "--color")
    assert "\\x1b[31m" in text  # the file name, escaped


def test_error_lines_on_stderr_are_terminal_safe(tmp_path: Path) -> None:
    """An unreadable input found in a directory: its name goes to stderr, escaped."""
    (tmp_path / f"{HOSTILE_FILE_NAME}").write_bytes(b"")
    result = run("check", str(tmp_path))

    assert result.exit_code == 2
    assert_terminal_safe(result.stderr.rstrip("\n"))
    assert len(result.stderr.splitlines()) == 1


# --- GitHub annotations --------------------------------------------------------------------------

ANNOTATION = re.compile(r"^::(error|warning|notice) (?P<properties>[^:]*)::(?P<message>.*)$")


def test_github_annotations_cannot_be_forged(hostile_file: Path) -> None:
    text = output("check", str(hostile_file), "--format", "github")
    lines = text.splitlines()

    assert lines
    for line in lines:
        match = ANNOTATION.match(line)
        assert match is not None, line
        keys = [item.split("=", 1)[0] for item in match["properties"].split(",")]
        assert set(keys) <= {"file", "line", "title"}
        assert "\x1b" not in line
        assert "\r" not in line
    assert any("%3A" in line and "%2C" in line for line in lines)  # the file name's : and ,


# --- JSON, SARIF, JUnit --------------------------------------------------------------------------


@pytest.mark.parametrize("output_format", ["json", "sarif"])
def test_json_reports_stay_valid_json(hostile_file: Path, output_format: str) -> None:
    document = json.loads(output("check", str(hostile_file), "--format", output_format))
    assert document


def test_jsonl_report_is_one_json_document_per_line(hostile_file: Path) -> None:
    lines = output("check", str(hostile_file), "--format", "jsonl").splitlines()
    assert [json.loads(line)["path"] for line in lines] == [str(hostile_file)]


def test_sarif_locations_are_uri_references(hostile_file: Path) -> None:
    document = json.loads(output("check", str(hostile_file), "--format", "sarif"))
    uris = [
        location["physicalLocation"]["artifactLocation"]["uri"]
        for result in document["runs"][0]["results"]
        for location in result.get("locations", [])
    ]
    assert uris
    assert all(not re.search(r"[\s\x00-\x1f\x7f-\x9f\"<>\\^`{|}]", uri) for uri in uris)


def test_junit_stays_well_formed_xml(hostile_file: Path) -> None:
    text = output("check", str(hostile_file), "--format", "junit")

    assert not XML_ILLEGAL.search(text)
    root = ET.fromstring(text)
    assert root.tag == "testsuites"
    assert root.find("testsuite/testcase") is not None
    assert "]]>" in "".join(root.itertext())  # the input's text, kept as text


def test_findings_carry_the_hostile_text(hostile_file: Path) -> None:
    """The reports above are tested with input text inside a finding, not only in the path."""
    document = json.loads(output("check", str(hostile_file), "--format", "json"))
    messages = [finding["message"] for finding in document["files"][0]["findings"]]
    assert any("\x1b" in message and "\x9b" in message and "]]>" in message for message in messages)


def test_parse_json_stays_valid_json(hostile_file: Path) -> None:
    document = json.loads(output("parse", str(hostile_file), codes=frozenset({0})))
    assert HOSTILE.split()[0] in json.dumps(document, ensure_ascii=False)


def test_popolo_stays_valid_json(hostile_file: Path) -> None:
    documents = json.loads(output("export", "--to", "popolo", str(hostile_file)))
    assert documents


# --- CSV -----------------------------------------------------------------------------------------


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("target", ["scdl", "csv"])
def test_csv_cells_are_never_formulas(hostile_file: Path, target: str) -> None:
    rows = csv_rows(output("export", "--to", target, str(hostile_file), codes=frozenset({0})))

    assert len({len(row) for row in rows}) == 1  # every row has the header's columns
    cells = [cell for row in rows[1:] for cell in row]
    assert cells
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]


def test_scdl_title_keeps_its_text_behind_the_quote(hostile_file: Path) -> None:
    rows = csv_rows(output("export", "--to", "scdl", str(hostile_file), codes=frozenset({0})))
    title = rows[1][rows[0].index("DELIB_OBJET")]
    assert title.startswith("'=HYPERLINK(")


def test_attendance_csv_neutralises_names(hostile_file: Path) -> None:
    rows = csv_rows(output("export", "--to", "csv", str(hostile_file), codes=frozenset({0})))
    members = [row[rows[0].index("member")] for row in rows[1:]]
    assert "'+Gaby CHARROUX" in members
    assert "'@SUM PONS" in members


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_every_text_cell_of_every_csv_export_is_neutralised(seed: Extract, start: str) -> None:
    """Each formula start in every text field a CSV export writes, set on the model directly."""
    from qpparse.cli.commands.export import exported
    from qpparse.cli.options import ExportTarget

    value = f"{start}SUM(A1:A9)"
    extract = seed.model_copy(deep=True)
    extract.deliberation.title = extract.deliberation.number = value
    for named in (extract.authority, extract.body):
        assert named is not None
        named.name = value
    for person in extract.attendance.present:
        person.name = person.given_name = person.family_name = value
    for proxy in extract.attendance.represented:
        assert proxy.holder is not None
        proxy.member.name = proxy.holder.name = value
    for target in (ExportTarget.scdl, ExportTarget.csv):
        rows = csv_rows(exported([extract], target, url_prefix=f"{start}http://x/"))
        cells = [cell for row in rows[1:] for cell in row]
        assert f"'{value}" in cells
        assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]


@pytest.mark.parametrize("value", ["a\nb", 'a"b', "a,b", "a\r\nb", " =x", "\t=x"])
def test_csv_cells_with_breaks_and_quotes_round_trip(value: str) -> None:
    from qpparse.export._cells import text_cell, write_rows

    stream = io.StringIO(newline="")
    write_rows([{"a": text_cell(value), "b": "x"}], ("a", "b"), stream)
    rows = csv_rows(stream.getvalue())

    assert len(rows) == 2
    assert rows[1][1] == "x"
    assert not rows[1][0].startswith(FORMULA_STARTS)
