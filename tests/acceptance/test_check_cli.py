"""``qpparse check``, ``rules`` and ``rule`` through Typer's runner: exit codes, options, output.

Click ≥ 8.2's runner keeps stderr apart (``result.stderr``); ``result.stdout`` is the data alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

import qpparse.checks
from qpparse.checks.report import Finding, Report
from qpparse.cli.app import app, default_lang, use_color

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "samples" / "valid" / "amp-bureau-2022-03-10-quartiers-productifs.txt"
QUORUM_SAMPLE = ROOT / "samples" / "invalid" / "qp301-quorum-not-reached.txt"
HOSTILE_NAME = "Yves [red]VIDAL[/red]\x1b[31m"
# No locale and no colour hints from the machine running the tests.
NEUTRAL_ENV = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "", "NO_COLOR": "", "FORCE_COLOR": ""}


def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), env={**NEUTRAL_ENV, **(env or {})}, input=stdin)


def seed_variant(tmp_path: Path, name: str, old: str, new: str) -> Path:
    text = SEED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.fixture
def weekday_error(tmp_path: Path) -> Path:
    """The seed with a wrong weekday: QP501 weekday-mismatch, an error."""
    return seed_variant(
        tmp_path, "weekday.txt", "Séance du jeudi 10 mars 2022", "Séance du vendredi 10 mars 2022"
    )


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A member whose name holds Rich markup and a terminal escape, listed twice (QP405)."""
    text = SEED.read_text(encoding="utf-8")
    text = text.replace("Yves VIDAL.", f"{HOSTILE_NAME}.")
    text = text.replace("David YTIER.", f"David YTIER - {HOSTILE_NAME}.")
    path = tmp_path / "hostile.txt"
    path.write_text(text, encoding="utf-8")
    return path


# --- exit codes -------------------------------------------------------------------------------


def test_seed_passes_and_shows_its_quorum_computation() -> None:
    result = run("check", str(SEED))

    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    quorum = next(line for line in result.stdout.splitlines() if " quorum: " in line)
    assert "N = 35 (inferred from the lists)" in quorum
    assert "threshold 12" in quorum
    assert "covid-p4" in quorum
    assert "present 23" in quorum
    assert quorum.endswith("reached")
    assert result.stdout.splitlines()[-1] == "1 file checked: 0 errors, 0 warnings, 1 info"


def test_error_finding_exits_1(weekday_error: Path) -> None:
    result = run("check", str(weekday_error))

    assert result.exit_code == 1
    assert f"{weekday_error}:5: QP501 weekday-mismatch " in result.stdout


def test_the_quorum_sample_exits_1() -> None:
    result = run("check", str(QUORUM_SAMPLE))

    assert result.exit_code == 1
    assert " QP301 quorum-not-reached quorum not reached: " in result.stdout
    assert result.stdout.splitlines()[-1].startswith("1 file checked: 1 error")


def test_missing_file_exits_2_with_one_line_on_stderr(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "nowhere.txt"))

    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("qpparse: error: ")
    assert "no such file" in result.stderr


@pytest.mark.parametrize("kind", ["directory", "empty", "binary"])
def test_unreadable_inputs_exit_2(tmp_path: Path, kind: str) -> None:
    path = tmp_path / kind
    if kind == "directory":
        path.mkdir()
    else:
        path.write_bytes(b"" if kind == "empty" else bytes(range(256)) * 8)

    result = run("check", str(path))

    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.output


def test_unreadable_input_shows_a_traceback_only_with_debug(tmp_path: Path) -> None:
    result = run("--debug", "check", str(tmp_path / "nowhere.txt"))

    assert result.exit_code == 2
    assert "Traceback" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--select", "QP9"],
        ["--ignore", "QP301,no-such-rule"],
        ["--select", "XX1"],
        ["--in-office", "0"],
        ["--format", "xml"],
        ["--regime", "wartime"],
        ["--lang", "de"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = run("check", str(SEED), *args)

    assert result.exit_code == 2
    assert result.stdout == ""


def test_unknown_selector_is_named_on_stderr() -> None:
    result = run("check", str(SEED), "--ignore", "QP301, QP9")

    assert result.stderr == "qpparse: error: --ignore: no rule code, prefix or name matches 'QP9'\n"


def test_exit_zero_keeps_findings_but_exits_0(weekday_error: Path) -> None:
    result = run("check", str(weekday_error), "--exit-zero")

    assert result.exit_code == 0
    assert "QP501" in result.stdout


def test_strict_fails_on_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    warning = Finding(code="QP106", name="unrecognised-text", severity="warning", message="m")
    monkeypatch.setattr(qpparse.checks, "check", lambda *a, **k: Report(findings=[warning]))

    assert run("check", str(SEED)).exit_code == 0
    assert run("check", str(SEED), "--strict").exit_code == 1
    assert run("check", str(SEED), "--strict", "--exit-zero").exit_code == 0


# --- selection and rule options -----------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--ignore", "QP501"],
        ["--ignore", "QP5"],
        ["--ignore", "weekday-mismatch"],
        ["--ignore", "QP302,QP501"],
        ["--ignore", "QP302", "--ignore", "QP501"],
        ["--select", "QP1,QP2"],
    ],
)
def test_select_and_ignore(weekday_error: Path, args: list[str]) -> None:
    result = run("check", str(weekday_error), *args)

    assert result.exit_code == 0, result.output
    assert "QP501" not in result.stdout


def test_options_reach_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, object]] = []

    def fake_check(extract: object, **options: object) -> Report:
        calls.append(options)
        return Report()

    monkeypatch.setattr(qpparse.checks, "check", fake_check)
    args = ["--in-office", "40", "--regime", "ordinary", "--lang", "fr", "--select", "QP3,QP4"]

    result = run("check", str(SEED), *args, "--ignore", "QP302")

    assert result.exit_code == 0
    assert calls == [
        {
            "in_office": 40,
            "regime": "ordinary",
            "lang": "fr",
            "select": ("QP3", "QP4"),
            "ignore": ("QP302",),
        }
    ]


def test_ordinary_regime_changes_the_threshold() -> None:
    result = run("check", str(SEED), "--regime", "ordinary", "-f", "json")

    quorum = json.loads(result.stdout)["files"][0]["quorum"]
    assert quorum["threshold"] == 18
    assert quorum["reached"] is True


def test_in_office_option_is_reported_as_the_source_of_n() -> None:
    result = run("check", str(SEED), "--in-office", "36", "-f", "json")

    quorum = json.loads(result.stdout)["files"][0]["quorum"]
    assert (quorum["in_office"], quorum["in_office_source"]) == (36, "option")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "en_GB.UTF-8", "LC_ALL": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "C"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_default_language_follows_the_locale(env: dict[str, str], expected: str) -> None:
    assert default_lang(env) == expected


def test_french_messages_from_the_locale_and_english_by_flag() -> None:
    french = run("check", str(SEED), env={"LANG": "fr_FR.UTF-8"})
    english = run("check", str(SEED), "--lang", "en", env={"LANG": "fr_FR.UTF-8"})

    assert "membres en exercice non indiqués" in french.stdout
    assert "quorum : N = 35 (déduit des listes)" in french.stdout
    assert "members in office not stated" in english.stdout


# --- output ---------------------------------------------------------------------------------------


def test_output_option_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "report.sarif"

    result = run("check", str(SEED), "-f", "sarif", "--output", str(target))

    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_output_to_an_unwritable_place_exits_2(tmp_path: Path) -> None:
    result = run("check", str(SEED), "--output", str(tmp_path / "missing-dir" / "out.json"))

    assert result.exit_code == 2
    assert "cannot be written" in result.stderr


def test_standard_input_is_read_with_a_dash() -> None:
    result = run("check", "-", "-f", "json", stdin=SEED.read_text(encoding="utf-8"))

    assert result.exit_code == 0
    assert json.loads(result.stdout)["files"][0]["path"] == "<stdin>"


@pytest.mark.parametrize("fmt", ["json", "jsonl", "github", "sarif", "junit"])
def test_every_machine_format_runs_on_the_seed(fmt: str) -> None:
    result = run("check", str(SEED), "-f", fmt)

    assert result.exit_code == 0
    assert result.stdout
    assert "\x1b" not in result.stdout


def test_json_output_of_a_failing_file(weekday_error: Path) -> None:
    result = run("check", str(weekday_error), "-f", "json")

    document = json.loads(result.stdout)
    assert result.exit_code == 1
    assert document["summary"] == {"files": 1, "errors": 1, "warnings": 0, "infos": 1}
    codes = [finding["code"] for finding in document["files"][0]["findings"]]
    assert codes == ["QP501", "QP302"]


def test_a_bundle_gives_one_record_per_deliberation() -> None:
    bundle = ROOT / "samples" / "valid" / "bundle-metropole-valdelauze-2021-06-17-bureau.txt"

    document = json.loads(run("check", str(bundle), "-f", "json").stdout)

    assert [entry["record"]["index"] for entry in document["files"]] == [1, 2, 3]
    assert document["summary"]["files"] == 1


@pytest.mark.parametrize("fmt", ["github", "sarif"])
def test_a_bundle_annotates_the_same_inferred_n_once(fmt: str) -> None:
    """Each of the three records reports QP302 at line 5; a CI viewer gets it once."""
    bundle = ROOT / "samples" / "valid" / "bundle-metropole-valdelauze-2021-06-17-bureau.txt"

    output = run("check", str(bundle), "-f", fmt).stdout

    if fmt == "sarif":
        results = json.loads(output)["runs"][0]["results"]
        assert [result["ruleId"] for result in results] == ["QP302"]
    else:
        assert [line.split(" ", 1)[0] for line in output.splitlines()] == ["::notice"]


# --- hostile input ----------------------------------------------------------------------------


def test_markup_and_escapes_in_names_print_literally_in_text(hostile: Path) -> None:
    result = run("check", str(hostile), "--color")

    line = next(line for line in result.stdout.splitlines() if "QP405" in line)
    assert "Yves [red]VIDAL[/red]\\x1b[31m is listed" in line
    assert "\x1b[31m is listed" not in line


def test_markup_and_escapes_in_names_print_literally_in_github(hostile: Path) -> None:
    result = run("check", str(hostile), "-f", "github")

    line = next(line for line in result.stdout.splitlines() if "QP405" in line)
    assert line.startswith(f"::error file={hostile},line=")
    assert "::Yves [red]VIDAL[/red]\\x1b[31m is listed" in line
    assert "\x1b" not in result.stdout


# --- colour -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flags", "env", "expected"),
    [
        ([], {}, False),  # the runner's stdout is no terminal
        ([], {"FORCE_COLOR": "1"}, True),
        ([], {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        ([], {"FORCE_COLOR": "1", "TERM": "dumb"}, False),
        ([], {"FORCE_COLOR": "0"}, False),
        (["--color"], {"NO_COLOR": "1"}, True),  # an explicit flag wins
        (["--no-color"], {"FORCE_COLOR": "1"}, False),
    ],
)
def test_colour_choice(flags: list[str], env: dict[str, str], expected: bool) -> None:
    result = run("check", str(SEED), *flags, env=env)

    assert ("\x1b[" in result.stdout) is expected


def test_colour_is_off_when_writing_to_a_file() -> None:
    assert use_color(None, to_file=True, environ={}) is False


# --- rules, rule, help --------------------------------------------------------------------------


def test_rules_lists_every_rule() -> None:
    result = run("rules")

    assert result.exit_code == 0
    rows = result.stdout.splitlines()
    assert len(rows) == len(qpparse.checks.RULES)
    assert any(row.split()[:3] == ["QP301", "quorum-not-reached", "error"] for row in rows)


def test_rules_as_json() -> None:
    records = json.loads(run("rules", "--format", "json").stdout)

    assert [record["code"] for record in records] == sorted(qpparse.checks.RULES)
    assert set(records[0]) == {"code", "name", "severity", "legal_basis", "summary"}


@pytest.mark.parametrize("key", ["QP301", "qp301", "quorum-not-reached"])
def test_rule_prints_its_documentation(key: str) -> None:
    result = run("rule", key)

    assert result.exit_code == 0
    assert result.stdout.startswith("QP301 quorum-not-reached\nSeverity: error\n")
    for heading in ("What it checks", "Why", "Legal basis", "Example"):
        assert heading in result.stdout


def test_unknown_rule_exits_2() -> None:
    result = run("rule", "QP999")

    assert result.exit_code == 2
    assert result.stderr == "qpparse: error: no rule 'QP999': `qpparse rules` lists them\n"


@pytest.mark.parametrize("command", ["parse", "schema", "check", "rules", "rule"])
def test_every_command_help_has_an_example(command: str) -> None:
    result = run(command, "--help")

    assert result.exit_code == 0
    assert f"Example: qpparse {command}" in result.stdout


def test_parse_still_works() -> None:
    result = run("parse", str(SEED))

    assert result.exit_code == 0
    assert json.loads(result.stdout)["schema_version"] == 1


def _modules_loaded_by(*arguments: str) -> set[str]:
    """Every module a real ``qpparse`` process had loaded when it finished (the test run itself
    has loaded them all already)."""
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: sys.stderr.write('\\n'.join(sys.modules)))\n"
        "from qpparse.cli.app import main\n"
        "main()\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code, *arguments], capture_output=True, text=True, check=False
    )
    assert completed.returncode in (0, 1), completed.stderr
    return set(completed.stderr.splitlines())


def test_json_check_does_not_import_rich() -> None:
    """The CI formats start without Rich, nor the other formats' renderers."""
    loaded = _modules_loaded_by("check", str(SEED), "-f", "json")

    assert "qpparse.cli.render_json" in loaded
    assert not {"qpparse.cli.render_junit", "qpparse.cli.render_text"} & loaded
    assert not [name for name in loaded if name.split(".")[0] == "rich"]


def test_one_file_does_not_start_a_process_pool() -> None:
    assert "concurrent.futures.process" not in _modules_loaded_by("check", str(SEED), "-f", "json")
