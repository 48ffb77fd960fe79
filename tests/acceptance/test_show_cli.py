"""``qpparse show``: the Rich view of an extract, its width, colour and literal input text.

Also holds the hostile-name acceptance of issue 5 for every text output: a name holding Rich
markup and a terminal escape prints literally (escaped) in ``show``, ``check`` text and
``check --format github``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from conftest import SEED, VALID, valid_samples
from qpparse.cli.app import app

# No locale, no colour hints and a fixed width, whatever the machine running the tests.
NEUTRAL_ENV = {
    "LC_ALL": "",
    "LC_MESSAGES": "",
    "LANG": "",
    "NO_COLOR": "",
    "FORCE_COLOR": "",
    "TERM": "xterm",
    "COLUMNS": "100",
}
HOSTILE_NAME = "Yves [red]VIDAL[/red]\x1b[31m"
# How the name must appear: markup as text, the escape made visible. No space inside, so a
# wrapped line cannot split it.
HOSTILE_SHOWN = "[red]VIDAL[/red]\\x1b[31m"
BUNDLE = VALID / "bundle-metropole-valdelauze-2021-06-17-bureau.txt"


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(app, list(args), env={**NEUTRAL_ENV, **(env or {})})


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """The seed with a present member whose name holds markup and an escape, listed twice."""
    text = SEED.read_text(encoding="utf-8")
    assert "Yves VIDAL." in text
    text = text.replace("Yves VIDAL.", f"{HOSTILE_NAME}.")
    text = text.replace("David YTIER.", f"David YTIER - {HOSTILE_NAME}.")
    path = tmp_path / "hostile.txt"
    path.write_text(text, encoding="utf-8")
    return path


# --- the view ------------------------------------------------------------------------------------


def test_show_the_seed() -> None:
    result = run("show", str(SEED))

    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    out = result.stdout
    for expected in (
        "Métropole Aix-Marseille-Provence",
        "Bureau de la Métropole",
        "CHL-025-11372/22/BM",
        "Thursday 10 March 2022 (2022-03-10)",
        "Mme Martine VASSAL",
        "Present (23)",
        "Roland GIBERTI → Gerard GAZAY",
        "Excused (9)",
        "Visas (8)",
        "Considérants (3)",
        "Article 1",
        "adopted",
        "Certifié Conforme",
        "QP302",
    ):
        assert expected in out, expected


def test_quorum_is_one_line_with_every_figure() -> None:
    result = run("show", str(SEED), env={"COLUMNS": "400"})

    (line,) = [line for line in result.stdout.splitlines() if line.startswith("Quorum: ")]
    for part in ("N = 35 (inferred from the lists)", "threshold 12", "covid-p4", "present 23"):
        assert part in line
    assert "represented 3" in line
    assert line.rstrip().endswith("reached")


def test_french_labels_follow_the_locale() -> None:
    result = run("show", str(SEED), env={"LANG": "fr_FR.UTF-8"})

    assert "Présents (23)" in result.stdout
    assert "jeudi 10 mars 2022" in result.stdout
    assert "Quorum : " in result.stdout
    assert "Present (23)" in run("show", str(SEED), "--lang", "en").stdout


def test_a_bundle_shows_each_deliberation_in_turn() -> None:
    result = run("show", str(BUNDLE))

    assert result.exit_code == 0
    for index in (1, 2, 3):
        assert f"deliberation {index}/3" in result.stdout
    assert result.stdout.count("Quorum: ") == 3


def test_a_written_weekday_that_contradicts_the_date_is_shown(tmp_path: Path) -> None:
    wrong = tmp_path / "weekday.txt"
    text = SEED.read_text(encoding="utf-8")
    wrong.write_text(text.replace("jeudi 10 mars", "vendredi 10 mars"), encoding="utf-8")

    result = run("show", str(wrong))

    assert "written « vendredi »" in result.stdout
    assert "QP501" in result.stdout
    assert result.exit_code == 0  # a view, not a verdict


def test_an_unusable_input_exits_2_with_one_line(tmp_path: Path) -> None:
    result = run("show", str(tmp_path / "missing.txt"))

    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1


# --- width and colour -----------------------------------------------------------------------


@pytest.mark.parametrize("sample", valid_samples(), ids=lambda path: path.name)
def test_fits_in_100_columns_without_escape_codes(sample: Path) -> None:
    result = run("show", str(sample), env={"COLUMNS": "100", "NO_COLOR": "1"})

    assert result.exit_code == 0, result.output
    too_long = [line for line in result.stdout.splitlines() if len(line) > 100]
    assert too_long == []
    assert "\x1b" not in result.stdout


def test_follows_a_narrow_terminal() -> None:
    result = run("show", str(SEED), env={"COLUMNS": "60"})

    assert max(len(line) for line in result.stdout.splitlines()) <= 60


@pytest.mark.parametrize(
    ("flags", "env", "coloured"),
    [
        ([], {}, False),  # the runner's stdout is no terminal
        ([], {"FORCE_COLOR": "1"}, True),
        ([], {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        ([], {"FORCE_COLOR": "1", "TERM": "dumb"}, False),
        (["--color"], {"NO_COLOR": "1"}, True),
        (["--no-color"], {"FORCE_COLOR": "1"}, False),
    ],
)
def test_colour_choice(flags: list[str], env: dict[str, str], coloured: bool) -> None:
    result = run("show", str(SEED), *flags, env=env)

    assert ("\x1b[" in result.stdout) is coloured


# --- hostile names, in every text output -------------------------------------------------------


@pytest.mark.parametrize("colour", ["--color", "--no-color"])
def test_show_prints_markup_and_escapes_literally(hostile: Path, colour: str) -> None:
    result = run("show", str(hostile), colour)

    assert result.exit_code == 0, result.output
    # In the present list, the finding (QP405) and nowhere interpreted.
    assert result.stdout.count(HOSTILE_SHOWN) >= 2
    assert "VIDAL\x1b" not in result.stdout
    assert "]\x1b[31m" not in result.stdout


def test_check_text_prints_markup_and_escapes_literally(hostile: Path) -> None:
    result = run("check", str(hostile), "--color")

    line = next(line for line in result.stdout.splitlines() if "QP405" in line)
    assert f"Yves {HOSTILE_SHOWN} is listed" in line
    assert "VIDAL\x1b" not in result.stdout


def test_github_prints_markup_and_escapes_literally(hostile: Path) -> None:
    result = run("check", str(hostile), "-f", "github")

    line = next(line for line in result.stdout.splitlines() if "QP405" in line)
    assert f"::Yves {HOSTILE_SHOWN} is listed" in line
    assert "\x1b" not in result.stdout


def test_a_hostile_file_name_is_shown_literally(tmp_path: Path) -> None:
    odd = tmp_path / "[bold]x\x1b[2J.txt"
    odd.write_bytes(SEED.read_bytes())

    result = run("show", str(odd), "--color", env={"COLUMNS": "400"})

    assert "[bold]x\\x1b[2J.txt" in result.stdout
    assert "\x1b[2J" not in result.stdout
