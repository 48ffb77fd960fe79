"""``qpparse parse``, ``qpparse schema`` and ``--version`` through Typer's test runner.

Click ≥ 8.2 keeps stdout and stderr apart in the runner (``result.stdout``, ``result.stderr``;
``result.output`` is both, interleaved): JSON is always read from ``result.stdout``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

import qpparse
from qpparse.cli.app import app


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def second_file(tmp_path: Path) -> Path:
    """A second, different extract: the seed's opening lines only."""
    file = tmp_path / "opening.txt"
    file.write_text(
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU DE LA MÉTROPOLE AIX-MARSEILLE-PROVENCE\n"
        "Séance du jeudi 1er avril 2021\n",
        encoding="utf-8",
    )
    return file


@pytest.fixture(scope="module")
def schema() -> dict[str, object]:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_parse_one_file_prints_one_object(runner: CliRunner, seed_path: Path) -> None:
    result = runner.invoke(app, ["parse", str(seed_path)])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    document = json.loads(result.stdout)
    assert isinstance(document, dict)
    assert document["deliberation"]["number"] == "CHL-025-11372/22/BM"
    assert document["source"]["path"] == str(seed_path)
    assert result.stdout.endswith("}\n")


def test_parse_prints_the_golden(
    runner: CliRunner, valid_sample: Path, golden, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From the repository root, ``qpparse parse samples/valid/X.txt`` prints X.json exactly."""
    root = valid_sample.parents[2]
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["parse", valid_sample.relative_to(root).as_posix()])
    assert result.exit_code == 0, result.output
    assert result.stdout == golden.render(valid_sample)


def test_parse_two_files_prints_an_array(
    runner: CliRunner, seed_path: Path, second_file: Path
) -> None:
    result = runner.invoke(app, ["parse", str(seed_path), str(second_file)])
    assert result.exit_code == 0, result.output
    documents = json.loads(result.stdout)
    assert isinstance(documents, list)
    assert [document["session"]["date"] for document in documents] == ["2022-03-10", "2021-04-01"]
    assert [document["source"]["path"] for document in documents] == [
        str(seed_path),
        str(second_file),
    ]


def test_parse_jsonl_prints_one_line_per_extract(
    runner: CliRunner, seed_path: Path, second_file: Path
) -> None:
    result = runner.invoke(app, ["parse", "--format", "jsonl", str(seed_path), str(second_file)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert [record["session"]["date"] for record in records] == ["2022-03-10", "2021-04-01"]
    assert result.stdout.endswith("\n")
    # jsonl keeps the text as written, accents included
    assert "Métropole Aix-Marseille-Provence" in lines[0]


def test_parse_jsonl_short_option(runner: CliRunner, seed_path: Path) -> None:
    result = runner.invoke(app, ["parse", "-f", "jsonl", str(seed_path)])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 1


def test_parse_stdin(runner: CliRunner, seed_path: Path) -> None:
    result = runner.invoke(app, ["parse", "-"], input=seed_path.read_bytes())
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["source"]["path"] == "<stdin>"
    from_file = json.loads(runner.invoke(app, ["parse", str(seed_path)]).stdout)
    document.pop("source")
    from_file.pop("source")
    assert document == from_file


def test_parse_stdin_windows_1252(runner: CliRunner, seed_text: str) -> None:
    data = seed_text.replace("■", "•").replace("\n", "\r\n").encode("cp1252")
    result = runner.invoke(app, ["parse", "-"], input=data)
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["source"]["encoding"] == "cp1252"
    assert document["attendance"]["excused"][0]["name"] == "Gérard BRAMOULLE"


def test_parse_output_writes_a_file(runner: CliRunner, seed_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = runner.invoke(app, ["parse", str(seed_path), "--output", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    written = target.read_text(encoding="utf-8")
    assert json.loads(written)["session"]["weekday"] == "jeudi"
    assert written == runner.invoke(app, ["parse", str(seed_path)]).stdout


def test_parse_output_jsonl(runner: CliRunner, seed_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["parse", "-f", "jsonl", "-o", str(target), str(seed_path)])
    assert result.exit_code == 0, result.output
    assert len(target.read_text(encoding="utf-8").splitlines()) == 1


def test_parse_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["parse", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert "missing.txt" in result.stderr


def test_parse_unknown_format_is_a_usage_error(runner: CliRunner, seed_path: Path) -> None:
    result = runner.invoke(app, ["parse", "--format", "xml", str(seed_path)])
    assert result.exit_code == 2
    assert result.stdout == ""


def test_parse_without_files_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["parse"])
    assert result.exit_code == 2


def test_schema_is_a_json_schema(schema: dict[str, object]) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    properties = schema["properties"]
    assert isinstance(properties, dict)
    for key in (
        "schema_version",
        "source",
        "authority",
        "body",
        "session",
        "attendance",
        "deliberation",
        "visas",
        "considerants",
        "decision_formula",
        "articles",
        "vote",
        "signature",
        "unrecognised",
    ):
        assert key in properties


def test_schema_matches_the_model(schema: dict[str, object]) -> None:
    assert schema == qpparse.Extract.model_json_schema(mode="serialization")


def test_every_valid_sample_validates_against_the_schema(
    schema: dict[str, object], valid_sample: Path, golden
) -> None:
    document = json.loads(golden.render(valid_sample))
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    for record in document if isinstance(document, list) else [document]:
        errors = sorted(validator.iter_errors(record), key=str)
        assert errors == []


def test_the_schema_can_refuse(schema: dict[str, object], seed: qpparse.Extract) -> None:
    """The schema is strict enough to catch a renamed key or a wrong type."""
    validator = jsonschema.Draft202012Validator(schema)
    document = seed.model_dump(mode="json")
    document["sesion"] = document.pop("session")
    assert not validator.is_valid(document)
    document = seed.model_dump(mode="json")
    document["session"]["counts"]["present"] = "23"
    assert not validator.is_valid(document)


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"qpparse {qpparse.__version__}\n"
    assert re.fullmatch(r"\d+\.\d+\.\d+", qpparse.__version__)


def test_help(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "parse" in result.stdout
    assert "schema" in result.stdout


def test_python_dash_m(seed_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "qpparse", "parse", str(seed_path)],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.decode("utf-8"))["session"]["date"] == "2022-03-10"
