"""Adversarial inputs (issue 6): each gives a model or a clean error, and none hangs.

The cases come from ``tests/adversarial_corpus.py``, shared with ``benchmarks/adversarial.py``,
which times them against the issue's 2 s target. Tests never time anything: each case runs under
the ``hang_guard`` fixture, which fails it as a hang after 30 s (a catastrophic regular
expression or a quadratic loop on these sizes takes minutes, not seconds).

The heaviest whole-document cases (100,000 names, 50,000 « Vu » lines) run at 1/20 of their
size by default, to keep the suite within its time budget: they are linear, so the smaller size
goes through the same code. ``QPPARSE_ADVERSARIAL_SCALE=1 python -m pytest
tests/test_adversarial.py`` runs them at full size.
"""

from __future__ import annotations

import os
import warnings

import pytest

import qpparse
from adversarial_corpus import PATTERN_TEXTS, Case, all_cases
from qpparse import lexicon

SCALE = int(os.environ.get("QPPARSE_ADVERSARIAL_SCALE", "20"))
CASES = all_cases(scale=SCALE)


def _parse_and_check(text: str) -> list[qpparse.Report] | str:
    """What a script does with one file: the reports, or the message of a clean refusal."""
    try:
        with warnings.catch_warnings():  # a bundle-like text warns that it holds several
            warnings.simplefilter("ignore", qpparse.SeveralRecordsWarning)
            return [qpparse.check(extract) for extract in qpparse.parse_all(text)]
    except qpparse.QpparseError as error:
        return str(error)


def _read(data: bytes) -> qpparse.Source | str:
    try:
        return qpparse.read(data, path="<bytes>")
    except qpparse.UnreadableInputError as error:
        return str(error)


@pytest.mark.usefixtures("hang_guard")
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_adversarial_input_gives_a_model_or_a_clean_error(case: Case) -> None:
    outcome = _parse_and_check(case.make())
    if isinstance(outcome, str):  # a refusal is fine, if it says why in one line
        assert outcome
        assert "\n" not in outcome
    else:
        assert outcome
        assert all(isinstance(report, qpparse.Report) for report in outcome)


@pytest.mark.usefixtures("hang_guard")
def test_adversarial_bytes_read_or_refuse_cleanly() -> None:
    """The corpus through ``read``: the bytes of a case decode, or are refused in one line."""
    for case in CASES[:: max(1, len(CASES) // 40)]:  # a spread of cases: reading is one pass
        outcome = _read(case.make().encode("utf-8"))
        if isinstance(outcome, str):
            assert "\n" not in outcome
        else:
            assert outcome.line_count >= 1


def _compiled_pattern_names() -> set[str]:
    """Every compiled pattern of lexicon.py, alone or inside a table of patterns."""
    names = set()
    for name, value in vars(lexicon).items():
        if isinstance(value, lexicon.Pattern) or (
            isinstance(value, tuple)
            and any(
                isinstance(part, lexicon.Pattern)
                for item in value
                if isinstance(item, tuple)
                for part in item
            )
        ):
            names.add(name)
    return names


def test_every_pattern_of_the_lexicon_has_its_worst_case() -> None:
    """A new pattern in lexicon.py needs its worst case in adversarial_corpus.PATTERN_TEXTS."""
    covered = {name.split("[")[0] for name in PATTERN_TEXTS}
    missing = sorted(_compiled_pattern_names() - covered)
    assert not missing, f"add a worst case to tests/adversarial_corpus.py for {missing}"
