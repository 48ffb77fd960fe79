"""Every ``qpparse check`` output format, parsed back by a reader of that format.

The reports are built by hand so that each format meets the awkward cases on purpose: a message
holding ``%``, ``:``, ``,`` and a line break, Rich markup and a terminal escape sequence taken from
an extract, a finding without a line, a file without a quorum computation, and standard input.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import pytest

from qpparse.checks.report import Finding, QuorumComputation, Report, Severity
from qpparse.cli.literal import visible, xml_text
from qpparse.cli.render_context import RenderContext
from qpparse.cli.reporters import REPORTERS
from qpparse.model import Record

HOSTILE = "100% sure: 3, not 4\nnext line [red]x[/red] \x1b[31mred"
SARIF_LEVELS = {"none", "note", "warning", "error"}


@dataclass(frozen=True)
class FakeRule:
    code: str
    name: str
    severity: Severity
    legal_basis: str | None
    doc: str


RULES = (
    FakeRule(
        "QP301",
        "quorum-not-reached",
        "error",
        "CGCT art. L2121-17",
        "Too few members counted.\n\nWhat it checks:\n    The quorum.\n\nWhy:\n    Validity.",
    ),
    FakeRule("QP302", "in-office-inferred", "info", None, "N was inferred."),
    FakeRule("QP106", "unrecognised-text", "warning", None, "Lines not understood."),
)


def finding(code: str, name: str, severity: Severity, message: str, line: int | None) -> Finding:
    return Finding(code=code, name=name, severity=severity, message=message, line=line)


QUORUM = QuorumComputation(
    in_office=35,
    in_office_source="inferred",
    regime="covid-p4",
    regime_label="COVID-19, 11/11/2021–31/07/2022",
    legal_basis="loi n° 2021-1465 art. 10",
    threshold=12,
    present=23,
    represented=3,
    counted=23,
    reached=True,
)

REPORTS = (
    Report(
        path="dir/a, b.txt",
        findings=[
            finding("QP301", "quorum-not-reached", "error", HOSTILE, 4),
            finding("QP106", "unrecognised-text", "warning", "lines 7-9 not understood", None),
            finding("QP302", "in-office-inferred", "info", "N = 35 inferred", 3),
        ],
        quorum=QUORUM,
    ),
    Report(path="clean.txt"),
    Report(
        path="<stdin>",
        findings=[finding("QP301", "quorum-not-reached", "error", "no quorum", 2)],
    ),
)
CONTEXT = RenderContext(rules=RULES, lang="en", color=False, version="9.9.9")


def render(name: str, context: RenderContext = CONTEXT) -> str:
    return REPORTERS[name](REPORTS, context)


def test_every_check_format_has_a_reporter() -> None:
    from qpparse.cli.app import CheckFormat

    assert set(REPORTERS) == {member.value for member in CheckFormat}


# --- json / jsonl -------------------------------------------------------------------------------


def test_json_has_the_documented_shape() -> None:
    document = json.loads(render("json"))

    assert set(document) == {"schema_version", "files", "summary"}
    assert document["summary"] == {"files": 3, "errors": 2, "warnings": 1, "infos": 1}
    first = document["files"][0]
    assert set(first) == {"path", "findings", "quorum", "record"}
    assert first["path"] == "dir/a, b.txt"
    assert first["findings"][0] == {
        "code": "QP301",
        "name": "quorum-not-reached",
        "severity": "error",
        "message": HOSTILE,
        "line": 4,
        "legal_basis": None,
    }
    assert first["findings"][1]["line"] is None
    assert first["quorum"]["in_office"] == 35
    assert first["quorum"]["in_office_source"] == "inferred"
    assert first["quorum"]["reached"] is True
    assert document["files"][1] == {
        "path": "clean.txt",
        "findings": [],
        "quorum": None,
        "record": None,
    }


def test_json_places_each_deliberation_of_a_bundle() -> None:
    records = [Record(index=1, count=2), Record(index=2, count=2)]
    reports = [Report(path="bundle.txt"), Report(path="bundle.txt")]

    document = json.loads(REPORTERS["json"](reports, RenderContext(records=records)))

    assert [entry["record"] for entry in document["files"]] == [
        {"index": 1, "count": 2},
        {"index": 2, "count": 2},
    ]
    assert document["summary"]["files"] == 1


def test_jsonl_has_one_file_record_per_line_like_json() -> None:
    lines = render("jsonl").splitlines()

    assert [json.loads(line) for line in lines] == json.loads(render("json"))["files"]


# --- github ---------------------------------------------------------------------------------------

ANNOTATION = re.compile(
    r"^::(?P<command>error|warning|notice) (?P<properties>[^:]*)::(?P<data>.*)$"
)


def unescape_data(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def unescape_property(text: str) -> str:
    return unescape_data(text.replace("%3A", ":").replace("%2C", ","))


def parse_annotation(line: str) -> tuple[str, dict[str, str], str]:
    match = ANNOTATION.match(line)
    assert match is not None, line
    pairs = (item.split("=", 1) for item in match["properties"].split(","))
    properties = {key: unescape_property(value) for key, value in pairs}
    return match["command"], properties, unescape_data(match["data"])


def test_github_annotations_line_by_line() -> None:
    lines = render("github").splitlines()

    assert len(lines) == 4
    assert lines[0] == (
        "::error file=dir/a%2C b.txt,line=4,title=QP301 quorum-not-reached::"
        "100%25 sure: 3, not 4%0Anext line [red]x[/red] \\x1b[31mred"
    )
    command, properties, data = parse_annotation(lines[0])
    assert command == "error"
    assert properties == {"file": "dir/a, b.txt", "line": "4", "title": "QP301 quorum-not-reached"}
    assert data == visible(HOSTILE, keep="\n")


def test_github_severities_and_missing_locations() -> None:
    parsed = [parse_annotation(line) for line in render("github").splitlines()]

    assert [command for command, _, _ in parsed] == ["error", "warning", "notice", "error"]
    assert "line" not in parsed[1][1]  # a finding without a line
    assert "file" not in parsed[3][1]  # GitHub cannot place standard input
    assert parsed[3][1]["title"] == "QP301 quorum-not-reached"


def test_github_property_escaping_covers_colon_comma_percent_and_breaks() -> None:
    from qpparse.cli.render_github import escape_data, escape_property

    assert escape_property("a:b,c%d\r\ne") == "a%3Ab%2Cc%25d%0D%0Ae"
    assert escape_data("a:b,c%d\r\ne") == "a:b,c%25d%0D%0Ae"


def test_github_output_holds_no_control_character() -> None:
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", render("github"))


# --- sarif ----------------------------------------------------------------------------------------


def assert_sarif_structure(document: dict[str, object]) -> None:
    """The essentials of SARIF 2.1.0 that GitHub code scanning reads."""
    assert document["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert document["version"] == "2.1.0"
    runs = document["runs"]
    assert isinstance(runs, list)
    assert len(runs) == 1
    driver = runs[0]["tool"]["driver"]
    assert driver["name"] == "qpparse"
    assert isinstance(driver["version"], str)
    ids = [rule["id"] for rule in driver["rules"]]
    assert len(ids) == len(set(ids))
    for rule in driver["rules"]:
        assert re.fullmatch(r"QP\d{3}", rule["id"])
        assert rule["name"]
        for key in ("shortDescription", "fullDescription", "help"):
            assert isinstance(rule[key]["text"], str)
            assert rule[key]["text"]
        assert rule["defaultConfiguration"]["level"] in SARIF_LEVELS
    for result in runs[0]["results"]:
        assert result["level"] in SARIF_LEVELS
        assert isinstance(result["message"]["text"], str)
        if "ruleIndex" in result:
            assert ids[result["ruleIndex"]] == result["ruleId"]
        for location in result.get("locations", []):
            physical = location["physicalLocation"]
            assert isinstance(physical["artifactLocation"]["uri"], str)
            if "region" in physical:
                assert physical["region"]["startLine"] >= 1


def test_sarif_is_structurally_valid() -> None:
    document = json.loads(render("sarif"))

    assert_sarif_structure(document)


def test_sarif_lists_every_rule_and_maps_each_finding() -> None:
    document = json.loads(render("sarif"))
    run = document["runs"][0]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}

    assert sorted(rules) == ["QP106", "QP301", "QP302"]
    assert rules["QP301"]["shortDescription"]["text"] == "Too few members counted."
    assert rules["QP302"]["defaultConfiguration"]["level"] == "note"
    assert run["tool"]["driver"]["version"] == "9.9.9"
    results = run["results"]
    assert [result["level"] for result in results] == ["error", "warning", "note", "error"]
    assert results[0]["message"]["text"] == HOSTILE
    location = results[0]["locations"][0]["physicalLocation"]
    assert location == {"artifactLocation": {"uri": "dir/a%2C%20b.txt"}, "region": {"startLine": 4}}
    assert "region" not in results[1]["locations"][0]["physicalLocation"]
    assert "locations" not in results[3]


# --- the same annotation from several deliberations of one file ---------------------------------

BUNDLE_REPORTS = (
    Report(
        path="bundle.txt", findings=[finding("QP302", "in-office-inferred", "info", "N = 9", 7)]
    ),
    Report(
        path="bundle.txt",
        findings=[
            finding("QP302", "in-office-inferred", "info", "N = 9", 7),
            finding("QP302", "in-office-inferred", "info", "N = 8", 7),  # another message
            finding("QP301", "quorum-not-reached", "error", "N = 9", 7),  # another code
        ],
    ),
    Report(path="other.txt", findings=[finding("QP302", "in-office-inferred", "info", "N = 9", 7)]),
)
BUNDLE_CONTEXT = RenderContext(
    rules=RULES, records=[Record(index=1, count=2), Record(index=2, count=2), None]
)


def test_github_writes_an_annotation_repeated_within_a_file_once() -> None:
    lines = REPORTERS["github"](BUNDLE_REPORTS, BUNDLE_CONTEXT).splitlines()

    placed = [
        (props["file"], props["title"], data) for _, props, data in map(parse_annotation, lines)
    ]
    assert placed == [
        ("bundle.txt", "QP302 in-office-inferred", "N = 9"),
        ("bundle.txt", "QP302 in-office-inferred", "N = 8"),
        ("bundle.txt", "QP301 quorum-not-reached", "N = 9"),
        ("other.txt", "QP302 in-office-inferred", "N = 9"),
    ]


def test_sarif_lists_a_result_repeated_within_a_file_once() -> None:
    document = json.loads(REPORTERS["sarif"](BUNDLE_REPORTS, BUNDLE_CONTEXT))

    results = document["runs"][0]["results"]
    assert [
        (
            result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            result["ruleId"],
            result["message"]["text"],
        )
        for result in results
    ] == [
        ("bundle.txt", "QP302", "N = 9"),
        ("bundle.txt", "QP302", "N = 8"),
        ("bundle.txt", "QP301", "N = 9"),
        ("other.txt", "QP302", "N = 9"),
    ]


def test_json_keeps_every_record_finding() -> None:
    """Only the CI annotations are merged: each record's report stays whole."""
    document = json.loads(REPORTERS["json"](BUNDLE_REPORTS, BUNDLE_CONTEXT))

    assert [len(entry["findings"]) for entry in document["files"]] == [1, 3, 1]


# --- junit ----------------------------------------------------------------------------------------


def test_junit_has_one_testcase_per_file_and_a_failure_per_error() -> None:
    root = ET.fromstring(render("junit"))

    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    assert suite is not None
    assert suite.get("tests") == "3"
    assert suite.get("failures") == "2"
    cases = suite.findall("testcase")
    assert [case.get("name") for case in cases] == ["dir/a, b.txt", "clean.txt", "<stdin>"]
    failures = cases[0].findall("failure")
    assert [failure.get("type") for failure in failures] == ["QP301"]
    assert failures[0].text is not None
    assert "[red]x[/red] \\x1b[31mred" in failures[0].text
    assert cases[1].find("failure") is None
    system_out = cases[0].find("system-out")
    assert system_out is not None
    assert system_out.text is not None
    assert "warning: dir/a, b.txt: QP106 unrecognised-text" in system_out.text


def test_junit_holds_only_characters_legal_in_xml() -> None:
    text = render("junit")

    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", text)
    assert xml_text("a\x00b\ufffe\tc") == "a\\x00b\\ufffe\tc"


# --- text ---------------------------------------------------------------------------------------


def test_text_prints_findings_quorum_and_summary() -> None:
    lines = render("text").splitlines()

    assert lines[0] == (
        "dir/a, b.txt:4: QP301 quorum-not-reached "
        "100% sure: 3, not 4\\nnext line [red]x[/red] \\x1b[31mred"
    )
    assert lines[1] == "dir/a, b.txt: QP106 unrecognised-text lines 7-9 not understood"
    assert lines[3] == (
        "dir/a, b.txt: quorum: N = 35 (inferred from the lists) · threshold 12 · "
        "regime covid-p4 (COVID-19, 11/11/2021–31/07/2022; loi n° 2021-1465 art. 10) · "
        "present 23 · represented 3 · counted 23 · reached"
    )
    assert "clean.txt: no findings" in lines
    assert "clean.txt: quorum: not assessed" in lines
    assert lines[-1] == "3 files checked: 2 errors, 1 warning, 1 info"


def test_text_without_colour_has_no_escape_sequence() -> None:
    assert "\x1b" not in render("text")


def test_text_with_colour_styles_but_keeps_input_literal() -> None:
    text = render("text", RenderContext(rules=RULES, color=True))

    assert "\x1b[" in text
    assert "[red]x[/red] \\x1b[31mred" in text


def test_text_in_french() -> None:
    text = render("text", RenderContext(rules=RULES, lang="fr"))

    assert "quorum : N = 35 (déduit des listes) · seuil 12" in text
    assert "présents 23 · représentés 3 · comptés 23 · atteint" in text
    assert (
        text.splitlines()[-1] == "3 fichiers vérifiés : 2 erreurs, 1 avertissement, 1 information"
    )


def test_text_shows_an_unknown_in_office_count() -> None:
    quorum = QUORUM.model_copy(update={"in_office": None, "threshold": None, "reached": None})
    report = Report(path="x.txt", quorum=quorum)

    text = REPORTERS["text"]([report], CONTEXT)

    assert "N unknown · threshold — ·" in text
    assert text.splitlines()[1].endswith("cannot be assessed")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[2J", "\\x1b[2J"),
        ("a\x9bb", "a\\x9bb"),
        ("del\x7f", "del\\x7f"),
        ("\u202eevil", "\\u202eevil"),
        ("tab\tend\r\n", "tab\\tend\\r\\n"),
        ("Élise « Dupont »", "Élise « Dupont »"),
    ],
)
def test_visible_escapes_what_could_act_on_a_terminal(raw: str, shown: str) -> None:
    assert visible(raw) == shown


def test_machine_formats_do_not_import_rich() -> None:
    """Rich is for people; CI formats must not pay its import time."""
    code = (
        "import sys\n"
        "from qpparse.checks.report import Report\n"
        "from qpparse.cli.render_context import RenderContext\n"
        "from qpparse.cli.reporters import REPORTERS\n"
        "for name in ('json', 'jsonl', 'github', 'sarif', 'junit'):\n"
        "    REPORTERS[name]([Report(path='a.txt')], RenderContext())\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert completed.stdout.strip() == "[]"
