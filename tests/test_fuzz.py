"""Fuzzing (issue 6): mutated samples and random bytes, through the library and the CLI.

``test_properties.py`` already feeds random text and random bytes to ``read`` and ``parse``; this
module adds what it lacks: mutations of *every* sample (lines deleted, duplicated, swapped, the
file truncated at any byte, bytes flipped), ``check`` after ``parse_all``, and the CLI (``parse``,
``check --format json``) through Typer's runner. The result is always a model, a report or a clean
error: exit 0, 1 or 2, never a traceback nor an "internal error", one line on stderr for exit 2.

Example counts come from the Hypothesis profile: ``ci`` by default (bounded, for CI), and the
long profile for a deeper run::

    python -m pytest tests/test_fuzz.py --hypothesis-profile=long

The CLI tests run a fifth of the profile's examples: each one starts a command.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

import qpparse
from conftest import all_samples
from qpparse.cli.app import app

SAMPLE_BYTES = {path.name: path.read_bytes() for path in all_samples()}
NEUTRAL_ENV = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "", "NO_COLOR": "", "FORCE_COLOR": ""}
CLI_EXAMPLES = max(10, settings().max_examples // 5)


# --- Mutations -----------------------------------------------------------------------------------


def _delete(lines: list[bytes], at: int, _other: int) -> list[bytes]:
    return lines[:at] + lines[at + 1 :]


def _duplicate(lines: list[bytes], at: int, _other: int) -> list[bytes]:
    return lines[: at + 1] + lines[at:]


def _swap(lines: list[bytes], at: int, other: int) -> list[bytes]:
    swapped = list(lines)
    swapped[at], swapped[other] = swapped[other], swapped[at]
    return swapped


LINE_MUTATIONS = {"delete": _delete, "duplicate": _duplicate, "swap": _swap}


@st.composite
def mutated_sample(draw: st.DrawFn) -> bytes:
    """A sample with a few line edits, then perhaps flipped bytes, then perhaps truncated."""
    data = SAMPLE_BYTES[draw(st.sampled_from(sorted(SAMPLE_BYTES)))]
    lines = data.split(b"\n")
    for _ in range(draw(st.integers(0, 4))):
        mutation = LINE_MUTATIONS[draw(st.sampled_from(sorted(LINE_MUTATIONS)))]
        if lines:
            at, other = (draw(st.integers(0, len(lines) - 1)) for _ in range(2))
            lines = mutation(lines, at, other)
    mutated = bytearray(b"\n".join(lines))
    for _ in range(draw(st.integers(0, 3))):
        if mutated:
            mutated[draw(st.integers(0, len(mutated) - 1))] = draw(st.integers(0, 255))
    if draw(st.booleans()):  # truncated at any byte, even inside a UTF-8 sequence or a PDF
        mutated = mutated[: draw(st.integers(0, len(mutated)))]
    return bytes(mutated)


any_input = st.one_of(mutated_sample(), st.binary(max_size=3000))


# --- Library -------------------------------------------------------------------------------------


def _library(data: bytes) -> list[qpparse.Report] | str:
    """read, parse_all and check: the reports, or the message of a clean refusal."""
    try:
        source = qpparse.read(data, path="<fuzz>")
    except qpparse.UnreadableInputError as error:
        return str(error)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", qpparse.SeveralRecordsWarning)
        extracts = qpparse.parse_all(source)
    assert extracts
    for extract in extracts:
        assert isinstance(extract, qpparse.Extract)
        json.loads(extract.model_dump_json())  # every model serialises
    return [qpparse.check(extract) for extract in extracts]


@pytest.mark.usefixtures("hang_guard")
@given(mutated_sample())
@example(b"")
@example(b"\xef\xbb\xbf")
@example(SAMPLE_BYTES[sorted(SAMPLE_BYTES)[0]][:1])
def test_mutated_samples_parse_and_check_or_refuse_cleanly(data: bytes) -> None:
    outcome = _library(data)
    if isinstance(outcome, str):
        assert outcome.startswith("<fuzz>")
        assert "\n" not in outcome
    else:
        assert all(isinstance(report, qpparse.Report) for report in outcome)


@pytest.mark.parametrize("name", sorted(SAMPLE_BYTES))
@pytest.mark.parametrize("cut", [1, 2, 3, 5, 8])
def test_every_sample_truncated_parses_and_checks(name: str, cut: int) -> None:
    """Each sample cut at a few fractions of its length (a deterministic floor under Hypothesis,
    which may not draw every sample)."""
    data = SAMPLE_BYTES[name]
    outcome = _library(data[: len(data) * cut // 9])
    assert isinstance(outcome, (str, list))


# --- CLI -----------------------------------------------------------------------------------------


def _invoke(*args: str, data: bytes) -> Result:
    return CliRunner().invoke(app, list(args), input=data, env=NEUTRAL_ENV)


def _assert_clean(result: Result, allowed: set[int]) -> None:
    """An exit code the CLI documents, no traceback, and one error line for exit 2."""
    assert result.exit_code in allowed, (result.exit_code, result.stderr, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    for stream in (result.stdout, result.stderr):
        assert "Traceback" not in stream
    assert "internal error" not in result.stderr
    if result.exit_code == 2:
        lines = result.stderr.splitlines()
        assert len(lines) == 1
        assert lines[0].startswith("qpparse: error: ")


fuzz_cli = settings(
    max_examples=CLI_EXAMPLES, suppress_health_check=[HealthCheck.too_slow], deadline=None
)


@pytest.mark.usefixtures("hang_guard")
@fuzz_cli
@given(any_input)
@example(b"")
@example(b"%PDF-1.4\n%\xe2\xe3\n")
def test_cli_parse_gives_json_or_one_error_line(data: bytes) -> None:
    result = _invoke("parse", "-", data=data)
    _assert_clean(result, {0, 2})
    if result.exit_code == 0:
        json.loads(result.stdout)


@pytest.mark.usefixtures("hang_guard")
@fuzz_cli
@given(any_input)
@example(b"\x00\x01\x02")
def test_cli_check_json_gives_a_report_or_one_error_line(data: bytes) -> None:
    result = _invoke("check", "--format", "json", "-", data=data)
    _assert_clean(result, {0, 1, 2})
    if result.exit_code in {0, 1}:
        document = json.loads(result.stdout)
        assert document["files"]


def test_the_samples_are_all_fuzzed() -> None:
    assert {path.name for path in all_samples()} == set(SAMPLE_BYTES)
    assert any(Path(name).suffix == ".txt" for name in SAMPLE_BYTES)
