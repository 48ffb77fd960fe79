"""Batch runs: directories and ``--glob``, ``--jobs``, streaming, the summary table, progress,
``--max-bytes``, and what an unusable input does to the others."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

import qpparse
from conftest import ROOT, SAMPLES, SEED, VALID, parse_records
from qpparse.cli import batch
from qpparse.cli.batch import Outcome, progress_wanted
from qpparse.cli.commands.parse import stream_lines
from qpparse.cli.inputs import directory_files, matches
from qpparse.cli.options import parse_size

NEUTRAL_ENV = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "", "NO_COLOR": "", "FORCE_COLOR": ""}


def run(*args: str, stdin: bytes | None = None) -> Result:
    from qpparse.cli.app import app

    return CliRunner().invoke(app, list(args), env=NEUTRAL_ENV, input=stdin)


def extract_count(folder: Path) -> int:
    """Deliberations in every *.txt and *.pdf under ``folder``, read with the library."""
    files = [path for path in folder.rglob("*") if path.suffix.lower() in {".txt", ".pdf"}]
    return sum(len(parse_records(qpparse.read(path))) for path in files)


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder with the seed, an empty file, and things a walk must skip."""
    (tmp_path / "a-seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "b-empty.txt").write_bytes(b"")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_bytes(b"")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_bytes(b"")
    return tmp_path


# --- directories and globs --------------------------------------------------------------------


def test_parse_a_directory_as_json_lines_with_two_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Acceptance: one valid JSON line per extract, in the order of --jobs 1."""
    monkeypatch.chdir(ROOT)

    result = run("parse", "samples/", "--format", "jsonl", "--jobs", "2")

    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == extract_count(SAMPLES)
    assert all(json.loads(line)["schema_version"] == 1 for line in lines)
    assert result.stdout == run("parse", "samples/", "--format", "jsonl").stdout


def test_directory_files_are_sorted_and_relative_to_the_argument(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(ROOT)

    files = directory_files("samples/", ("*.txt", "*.pdf"))

    assert files == sorted(files)
    assert "samples/valid/amp-bureau-2022-03-10-quartiers-productifs.txt" in files
    assert not [path for path in files if path.endswith(".json")]


def test_glob_selects_files_and_is_repeatable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)

    result = run("parse", "samples", "--glob", "qp30*.txt", "--glob", "qp50*.TXT", "-f", "jsonl")

    paths = [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()]
    assert paths
    assert all(Path(path).name.startswith(("qp30", "qp50")) for path in paths)


@pytest.mark.parametrize(
    ("relative", "pattern", "expected"),
    [
        ("a/b/extract.TXT", "*.txt", True),
        ("a/b/extract.txt", "a/*.txt", True),
        ("a/b/extract.txt", "b/*.txt", False),
        ("extract.pdf", "*.txt", False),
    ],
)
def test_glob_matching(relative: str, pattern: str, expected: bool) -> None:
    assert matches(relative, pattern) is expected


def test_a_directory_with_nothing_to_read_exits_2(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")

    result = run("check", str(tmp_path))

    assert result.exit_code == 2
    assert result.stdout == ""
    assert (
        result.stderr
        == f"qpparse: error: {tmp_path}: no file matching *.txt or *.pdf in this directory\n"
    )


def test_hidden_files_and_directories_are_skipped(mixed: Path) -> None:
    assert [Path(path).name for path in directory_files(str(mixed), ("*.txt",))] == [
        "a-seed.txt",
        "b-empty.txt",
    ]


# --- one unusable input among good ones ------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_json_lines_keep_the_good_records_and_exit_2(mixed: Path, jobs: str) -> None:
    result = run("parse", str(mixed), "-f", "jsonl", "--jobs", jobs)

    assert result.exit_code == 2
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["source"]["path"].endswith("a-seed.txt")
    assert result.stderr == f"qpparse: error: {mixed / 'b-empty.txt'}: the file is empty\n"


@pytest.mark.parametrize(
    "args",
    [["parse"], ["check", "-f", "json"], ["check", "-f", "sarif"], ["export", "--to", "csv"]],
)
def test_whole_documents_are_not_written_when_an_input_fails(mixed: Path, args: list[str]) -> None:
    result = run(*args, str(mixed))

    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1


def test_check_text_reports_the_good_files_and_names_the_bad_one(mixed: Path) -> None:
    result = run("check", str(mixed), "--jobs", "2")

    assert result.exit_code == 2
    assert "a-seed.txt" in result.stdout
    assert "1 file checked" in result.stdout
    assert "b-empty.txt: the file is empty" in result.stderr


def test_a_bug_on_one_file_is_one_line_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(batch, "parse_all", broken)

    result = run("parse", str(SEED), "-f", "jsonl")

    assert result.exit_code == 2
    assert "internal error (RuntimeError: boom)" in result.stderr
    assert result.stderr.count("\n") == 1


# --- streaming ------------------------------------------------------------------------------


def test_json_lines_are_written_and_flushed_before_the_next_input_is_read(seed) -> None:
    stream = FlushLog()

    record = seed.model_dump(mode="json")

    def outcomes() -> Iterator[Outcome]:
        yield Outcome("a", documents=[record])
        # The first record must already be out when the second input is being worked on.
        assert stream.flushed.count("\n") == 1
        yield Outcome("b", documents=[record])

    stream_lines(outcomes(), stream)

    assert stream.flushed.count("\n") == 2


class FlushLog(io.StringIO):
    """A stream that remembers what had been flushed."""

    flushed = ""

    def flush(self) -> None:
        self.flushed = self.getvalue()


# --- summary table and progress -------------------------------------------------------------


def test_check_on_a_directory_ends_with_a_table_per_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """Acceptance: `qpparse check samples/valid` prints a summary table."""
    monkeypatch.chdir(ROOT)

    result = run("check", "samples/valid")

    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    header = next(index for index, line in enumerate(lines) if line.startswith("File "))
    assert lines[header].split() == ["File", "Errors", "Warnings", "Infos"]
    rows = lines[header + 2 : -1]
    assert len(rows) == len(list(VALID.glob("*.txt")))
    assert rows[0].split()[0] == "samples/valid/amp-bureau-2022-03-10-quartiers-productifs.txt"
    assert rows[0].split()[1:] == ["0", "0", "1"]
    assert lines[-1].startswith(f"{len(rows)} files checked")


def test_one_file_gets_no_table() -> None:
    assert "Errors" not in run("check", str(SEED)).stdout


def test_a_piped_run_prints_no_progress_bar(tmp_path: Path) -> None:
    """Acceptance: many files, stderr a pipe: stderr stays empty."""
    for index in range(batch.PROGRESS_MIN_INPUTS + 4):
        (tmp_path / f"extract-{index:02}.txt").write_bytes(SEED.read_bytes())

    completed = subprocess.run(
        [sys.executable, "-m", "qpparse", "check", str(tmp_path), "-f", "json"],
        capture_output=True,
        check=False,
    )

    assert completed.returncode == 0
    assert completed.stderr == b""
    assert json.loads(completed.stdout)["summary"]["files"] == batch.PROGRESS_MIN_INPUTS + 4


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("count", "stream", "term", "expected"),
    [
        (batch.PROGRESS_MIN_INPUTS, Terminal(), "xterm", True),
        (batch.PROGRESS_MIN_INPUTS - 1, Terminal(), "xterm", False),
        (1000, io.StringIO(), "xterm", False),
        (1000, Terminal(), "dumb", False),
    ],
)
def test_progress_only_for_a_long_run_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, count: int, stream: io.StringIO, term: str, expected: bool
) -> None:
    monkeypatch.setenv("TERM", term)

    assert progress_wanted(count, stream) is expected


def test_the_progress_bar_leaves_the_output_unchanged(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for index in range(3):
        (tmp_path / f"{index}.txt").write_bytes(SEED.read_bytes())
    plain = run("parse", str(tmp_path), "-f", "jsonl").stdout

    monkeypatch.setattr(batch, "progress_wanted", lambda count, stream: True)

    assert run("parse", str(tmp_path), "-f", "jsonl").stdout == plain


def test_jobs_zero_means_one_process_per_cpu() -> None:
    assert batch.workers(0) >= 1
    assert batch.workers(3) == 3


# --- --max-bytes ----------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["parse", "check", "show", "export --to csv"])
def test_a_larger_input_is_refused_with_one_line(command: str) -> None:
    result = run(*command.split(), str(SEED), "--max-bytes", "1kB")

    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"qpparse: error: {SEED}: too large (")
    assert result.stderr.count("\n") == 1


def test_standard_input_is_limited_too() -> None:
    result = run("parse", "-", "--max-bytes", "100", stdin=SEED.read_bytes())

    assert result.exit_code == 2
    assert "<stdin>: too large" in result.stderr


def test_the_default_limit_reads_the_seed() -> None:
    assert run("parse", str(SEED)).exit_code == 0


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("1000", 1000),
        ("50MB", 50_000_000),
        ("500kB", 500_000),
        ("1GiB", 2**30),
        ("2 mb", 2 * 10**6),
    ],
)
def test_sizes(text: str, size: int) -> None:
    assert parse_size(text) == size


def test_a_bad_size_is_a_usage_error() -> None:
    result = run("parse", str(SEED), "--max-bytes", "lots")

    assert result.exit_code == 2
    assert result.stdout == ""


# --- start-up cost --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["parse", str(SEED)],
        ["parse", str(VALID), "-f", "jsonl", "--jobs", "2"],
        ["export", "--to", "csv", str(SEED)],
    ],
)
def test_machine_outputs_do_not_import_rich(args: list[str]) -> None:
    """Rich is for people: a real process, since the test run has already loaded it."""
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "qpparse", *args],
        capture_output=True,
        text=True,
        check=True,
    )

    imported = [line.rsplit("|", 1)[-1].strip() for line in completed.stderr.splitlines()]
    assert "qpparse.cli.batch" in imported
    assert not [name for name in imported if name.split(".")[0] == "rich"]


def test_check_json_is_the_same_with_several_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)

    one = run("check", "samples", "-f", "json", "--jobs", "1")
    two = run("check", "samples", "-f", "json", "--jobs", "2")

    assert one.exit_code == two.exit_code == 1  # samples/invalid holds errors
    assert one.stdout == two.stdout
