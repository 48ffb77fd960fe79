"""Unusable input: exit 2, one line on stderr, never a traceback (``--debug`` may show one).

Run as a real process (``python -m qpparse``): a test runner would catch an escaping exception
and hide the very traceback these tests look for.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 64


def run(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qpparse", *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        check=False,
    )


def _make(tmp_path: Path, case: str) -> str:
    """Create the unusable input ``case`` in ``tmp_path`` and return the argument naming it."""
    if case == "missing":
        return "missing.txt"
    if case == "directory":
        (tmp_path / "folder").mkdir()
        return "folder"
    contents = {"empty": b"", "whitespace": b"  \n\t\r\n \n", "png": PNG}[case]
    (tmp_path / f"{case}.bin").write_bytes(contents)
    return f"{case}.bin"


CASES = ["missing", "directory", "empty", "whitespace", "png"]


@pytest.mark.parametrize("case", CASES)
def test_unusable_input_exits_2_with_one_line(tmp_path: Path, case: str) -> None:
    argument = _make(tmp_path, case)
    result = run("parse", argument, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert argument in lines[0]
    assert "Traceback" not in result.stderr


def test_the_root_directory(tmp_path: Path) -> None:
    """``qpparse parse /``, as the issue writes it."""
    result = run("parse", "/", cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_one_bad_file_among_good_ones_fails_the_run(tmp_path: Path, seed_path: Path) -> None:
    result = run("parse", str(seed_path), "missing.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""  # no half-written output
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("case", ["missing", "png"])
def test_debug_may_show_a_traceback(tmp_path: Path, case: str) -> None:
    argument = _make(tmp_path, case)
    result = run("--debug", "parse", argument, cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("qpparse: error:")


def test_stdin_empty(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "qpparse", "parse", "-"],
        input=b"",
        capture_output=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 2
    assert len(result.stderr.decode("utf-8").splitlines()) == 1
    assert b"Traceback" not in result.stderr
