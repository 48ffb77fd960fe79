"""docs/cli.md against ``--help``, an example in every command's help, shell completion, and
the pre-commit hook.

When a command's help changes, regenerate docs/cli.md with either::

    QPPARSE_UPDATE_GOLDEN=1 python -m pytest tests/acceptance/test_cli_docs.py
    python -m qpparse.cli.docs --cli

then read the diff before committing it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from conftest import ROOT, VALID
from qpparse.cli.app import app
from qpparse.cli.docs import main
from qpparse.cli.help_docs import cli_markdown, command_helps

CLI_MD = ROOT / "docs" / "cli.md"
COMMANDS = [invocation.split()[-1] for invocation, _ in command_helps()][1:]


def test_cli_md_is_current() -> None:
    expected = cli_markdown()
    if os.environ.get("QPPARSE_UPDATE_GOLDEN") == "1":
        CLI_MD.write_text(expected, encoding="utf-8")

    current = CLI_MD.read_text(encoding="utf-8") if CLI_MD.exists() else ""
    assert current == expected, (
        "docs/cli.md is stale: run `python -m qpparse.cli.docs --cli` "
        "(or this test with QPPARSE_UPDATE_GOLDEN=1) and read the diff"
    )


def test_cli_md_has_a_section_per_command() -> None:
    text = cli_markdown()

    assert set(COMMANDS) >= {"parse", "check", "show", "export", "render", "schema", "rules"}
    for command in COMMANDS:
        assert f"### `qpparse {command}`" in text


def test_check_mode_reports_a_stale_file(tmp_path: Path) -> None:
    target = tmp_path / "cli.md"
    target.write_text("old\n", encoding="utf-8")

    assert main(["--cli", "--check", str(target)]) == 1
    assert main(["--cli", str(target)]) == 0
    assert main(["--cli", "--check", str(target)]) == 0


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_has_an_example(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])

    assert result.exit_code == 0
    assert re.search(rf"Example: .*qpparse {command}\b", result.stdout)


def test_the_root_help_has_an_example() -> None:
    assert "Example: qpparse " in CliRunner().invoke(app, ["--help"]).stdout


# --- shell completion -----------------------------------------------------------------------


def test_completion_can_be_installed() -> None:
    result = CliRunner().invoke(app, ["--help"])

    assert "--install-completion" in result.stdout
    assert "--show-completion" in result.stdout


def test_show_completion_prints_a_bash_script() -> None:
    result = CliRunner().invoke(app, ["--show-completion", "bash"])

    assert result.exit_code == 0
    assert "_QPPARSE_COMPLETE=complete_bash" in result.stdout
    assert "complete -o default -F _qpparse_completion qpparse" in result.stdout


@pytest.mark.parametrize(
    ("words", "expected"),
    [("qpparse ch", {"check"}), ("qpparse export --to ", {"scdl", "popolo", "csv"})],
)
def test_the_completion_function_answers(words: str, expected: set[str]) -> None:
    """What the installed bash script asks the program, in a real process."""
    env = {
        **os.environ,
        "_QPPARSE_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
    }
    completed = subprocess.run(
        [sys.executable, "-m", "qpparse"], env=env, capture_output=True, text=True, check=False
    )

    assert completed.returncode == 0, completed.stderr
    assert set(completed.stdout.split()) == expected


# --- pre-commit -----------------------------------------------------------------------------


def load_yaml(name: str) -> object:
    return yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))


def test_the_hook_manifest() -> None:
    (hook,) = load_yaml(".pre-commit-hooks.yaml")  # type: ignore[misc]

    assert hook["id"] == "qpparse-check"
    assert hook["entry"] == "qpparse check"
    assert hook["language"] == "python"
    assert hook["name"]
    assert hook["description"]
    files = re.compile(hook["files"])
    assert files.search("a/b.txt")
    assert files.search("b.pdf")
    assert not files.search("b.json")


def test_the_repository_runs_the_hook_on_its_valid_samples() -> None:
    config = load_yaml(".pre-commit-config.yaml")
    (repo,) = config["repos"]  # type: ignore[index]
    (hook,) = repo["hooks"]

    assert repo["repo"] == "local"
    assert hook["id"] == "qpparse-check"
    files = re.compile(hook["files"])
    assert files.search("samples/valid/x.txt")
    assert not files.search("samples/invalid/x.txt")


def test_the_hook_entry_passes_on_the_valid_samples() -> None:
    """What pre-commit runs: the entry, then the matching file names."""
    (hook,) = load_yaml(".pre-commit-hooks.yaml")  # type: ignore[misc]
    names = sorted(
        path.relative_to(ROOT).as_posix()
        for path in VALID.iterdir()
        if re.search(hook["files"], path.name)
    )
    entry = hook["entry"].split()
    assert entry[0] == "qpparse"

    completed = subprocess.run(
        [sys.executable, "-m", "qpparse", *entry[1:], *names],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )

    assert completed.returncode == 0, completed.stdout + completed.stderr


@pytest.mark.parametrize(
    ("command", "name"),
    [
        ("validate-manifest", ".pre-commit-hooks.yaml"),
        ("validate-config", ".pre-commit-config.yaml"),
    ],
)
def test_pre_commit_accepts_the_files(command: str, name: str) -> None:
    pytest.importorskip("pre_commit")

    completed = subprocess.run(
        [sys.executable, "-m", "pre_commit", command, name],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )

    assert completed.returncode == 0, completed.stdout + completed.stderr
