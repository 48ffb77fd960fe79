"""``qpparse export`` and ``qpparse render`` through the runner: the exporters' own output,
options, CRLF, errors, and render's JSON inputs (object, array, JSON Lines, stdin)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

import qpparse
from conftest import ROOT, SEED, VALID, parse_records
from qpparse.cli.app import app
from qpparse.export import attendance_csv, canonical, scdl

GOLDENS = ROOT / "tests" / "goldens" / "exports"
SEED_ARG = "samples/valid/amp-bureau-2022-03-10-quartiers-productifs.txt"
BUNDLE_ARG = "samples/valid/bundle-metropole-valdelauze-2021-06-17-bureau.txt"
SIRET = "21860194600013"


def run(*args: str, stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=stdin)


@pytest.fixture(autouse=True)
def _from_the_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Paths as the goldens were made: relative to the repository root."""
    monkeypatch.chdir(ROOT)


# --- export -------------------------------------------------------------------------------------


def test_scdl_matches_the_exporter_golden() -> None:
    result = run(
        "export", "--to", "scdl", SEED_ARG, "--url-prefix", "https://data.example.fr/delib/"
    )

    assert result.exit_code == 0, result.output
    golden = (GOLDENS / "amp-bureau-2022-03-10-quartiers-productifs.scdl.csv").read_text("utf-8")
    assert result.stdout.splitlines() == golden.splitlines()
    # The CSV line ends survive the way to stdout (the runner's .stdout folds them: read bytes).
    assert result.stdout_bytes.count(b"\r\n") == len(golden.splitlines())


@pytest.mark.parametrize(
    ("target", "suffix"), [("popolo", "popolo.json"), ("csv", "attendance.csv")]
)
def test_popolo_and_attendance_match_their_goldens(target: str, suffix: str) -> None:
    result = run("export", "-t", target, BUNDLE_ARG)

    assert result.exit_code == 0, result.output
    golden = GOLDENS / f"bundle-metropole-valdelauze-2021-06-17-bureau.{suffix}"
    assert result.stdout.splitlines() == golden.read_text("utf-8").splitlines()


def test_scdl_options_reach_every_row() -> None:
    result = run(
        "export", "--to", "scdl", "samples/valid", "--coll-nom", "Ville de Lauze",
        "--coll-siret", "218 601 946 00013",
    )  # fmt: skip

    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == sum(len(parse_records(qpparse.read(p))) for p in VALID.glob("*.txt"))
    assert {row["COLL_NOM"] for row in rows} == {"Ville de Lauze"}
    assert {row["COLL_SIRET"] for row in rows} == {SIRET}
    assert list(rows[0]) == list(scdl.COLUMNS)


def test_output_file_keeps_crlf(tmp_path: Path) -> None:
    target = tmp_path / "attendance.csv"

    result = run("export", "--to", "csv", SEED_ARG, "-o", str(target))

    assert result.exit_code == 0
    assert result.stdout == ""
    data = target.read_bytes()
    assert data.startswith(",".join(attendance_csv.COLUMNS).encode() + b"\r\n")
    assert b"\r\r\n" not in data


def test_a_bad_siret_is_refused_before_reading() -> None:
    result = run("export", "--to", "scdl", "missing.txt", "--coll-siret", "123")

    assert result.exit_code == 2
    assert result.stderr.startswith("qpparse: error: --coll-siret: ")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("option", ["--coll-nom", "--coll-siret", "--url-prefix"])
def test_scdl_options_with_another_target_are_usage_errors(option: str) -> None:
    result = run("export", "--to", "popolo", SEED_ARG, option, "x")

    assert result.exit_code == 2
    assert "apply to --to scdl only" in result.stderr


def test_export_needs_a_target() -> None:
    assert run("export", SEED_ARG).exit_code == 2


def test_export_reads_jobs_and_stdin() -> None:
    piped = run("export", "--to", "csv", "-", stdin=SEED.read_bytes())
    spread = run("export", "--to", "csv", SEED_ARG, BUNDLE_ARG, "--jobs", "2")

    assert piped.exit_code == 0
    assert len(piped.stdout.splitlines()) > 1
    assert spread.exit_code == 0


# --- render -------------------------------------------------------------------------------------


def parsed(*args: str) -> str:
    result = run("parse", *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def expected_text(path: str) -> str:
    return canonical.render_all(parse_records(qpparse.read(Path(path), path=path)))


def test_render_one_object(tmp_path: Path) -> None:
    document = tmp_path / "seed.json"
    document.write_text(parsed(SEED_ARG), encoding="utf-8")

    result = run("render", str(document))

    assert result.exit_code == 0, result.output
    assert result.stdout == expected_text(SEED_ARG)
    again = qpparse.parse(qpparse.read(result.stdout.encode("utf-8")))
    assert again.deliberation.number == "CHL-025-11372/22/BM"


def test_render_an_array_from_standard_input() -> None:
    result = run("render", "-", stdin=parsed(BUNDLE_ARG))

    assert result.exit_code == 0, result.output
    assert result.stdout == expected_text(BUNDLE_ARG)


def test_render_json_lines_to_a_file(tmp_path: Path) -> None:
    lines = tmp_path / "all.jsonl"
    lines.write_text(parsed(SEED_ARG, BUNDLE_ARG, "-f", "jsonl"), encoding="utf-8")
    target = tmp_path / "out.txt"

    result = run("render", str(lines), "--output", str(target))

    assert result.exit_code == 0, result.output
    assert target.read_text("utf-8") == canonical.render_all(
        [
            *parse_records(qpparse.read(Path(SEED_ARG), path=SEED_ARG)),
            *parse_records(qpparse.read(Path(BUNDLE_ARG), path=BUNDLE_ARG)),
        ]
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON (line 1 column 2"),
        ('{"a": 1}\n{oops\n', "not JSON Lines (line 2"),
        ('{"schema_version": 1, "source": {}}', "extract 1 is not a qpparse extract (source."),
        ("[]", "no extract in this JSON"),
        ("[1]", "extract 1 is not a qpparse extract"),
    ],
)
def test_render_refuses_what_is_not_an_extract(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")

    result = run("render", str(bad))

    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"qpparse: error: {bad}: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1


def test_render_missing_and_too_large(tmp_path: Path) -> None:
    document = tmp_path / "seed.json"
    document.write_text(parsed(SEED_ARG), encoding="utf-8")

    assert "no such file" in run("render", str(tmp_path / "none.json")).stderr
    assert "too large" in run("render", str(document), "--max-bytes", "100").stderr


def test_render_output_parses_back_to_the_same_json(tmp_path: Path) -> None:
    """parse → render → parse gives the same deliberation, vote and attendance."""
    first = json.loads(parsed(SEED_ARG))
    text = tmp_path / "canonical.txt"
    assert run("render", "-", "-o", str(text), stdin=json.dumps(first)).exit_code == 0

    second = json.loads(parsed(str(text)))

    for key in ("authority", "body", "visas", "considerants"):
        assert [_without_lines(second[key])] == [_without_lines(first[key])]
    assert second["deliberation"]["number"] == first["deliberation"]["number"]


def _without_lines(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_lines(v) for k, v in value.items() if k != "line"}
    if isinstance(value, list):
        return [_without_lines(item) for item in value]
    return value
