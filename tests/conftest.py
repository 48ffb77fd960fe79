"""Shared fixtures: where the samples are, the seed, the golden files, Hypothesis profiles.

Sample fixtures are parametrized at collection time (``pytest_generate_tests``), so a sample
added under ``samples/`` is picked up by every test that asks for it, with no list to update:

- ``valid_sample``: every ``samples/valid/*.txt`` (the ones with a golden ``NAME.json``);
- ``any_sample``: every ``*.txt`` and ``*.pdf`` under ``samples/valid`` and ``samples/invalid``.

Golden files: ``samples/valid/NAME.json`` holds the ``qpparse parse NAME.txt`` JSON, run from
the repository root: one object, or an array when the file is a bundle of several deliberations
(the library's ``parse_all``). Never edit one by hand; regenerate them all with::

    QPPARSE_UPDATE_GOLDEN=1 python -m pytest tests/test_samples.py
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import qpparse

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
VALID = SAMPLES / "valid"
INVALID = SAMPLES / "invalid"
SEED = VALID / "amp-bureau-2022-03-10-quartiers-productifs.txt"
# Inputs a sample may be; anything else under samples/ (goldens, notes) is not an input.
SAMPLE_SUFFIXES = frozenset({".txt", ".pdf"})
UPDATE_GOLDEN = os.environ.get("QPPARSE_UPDATE_GOLDEN") == "1"

# --- Hypothesis ----------------------------------------------------------------------------------
# "ci" is the default; `python -m pytest --hypothesis-profile=long` digs deeper. CI draws the
# same examples on every run (``derandomize``): a red build is then a change's doing, never a
# draw's; the long profile explores at random, and what it finds is kept as an @example.
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long",
    max_examples=5000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


# --- Samples -------------------------------------------------------------------------------------


def valid_samples() -> list[Path]:
    """The samples that have a golden: ``samples/valid/*.txt``."""
    return sorted(VALID.glob("*.txt"))


def all_samples() -> list[Path]:
    """Every input under samples/valid and samples/invalid."""
    return sorted(
        path
        for folder in (VALID, INVALID)
        if folder.is_dir()
        for path in folder.iterdir()
        if path.is_file() and path.suffix.lower() in SAMPLE_SUFFIXES
    )


def relative(path: Path) -> str:
    """The path ``qpparse parse`` would be given from the repository root (posix)."""
    return path.resolve().relative_to(ROOT).as_posix()


def parse_sample(path: Path) -> qpparse.Extract:
    """Parse a sample the way the golden files are made."""
    return qpparse.parse(qpparse.read(path, path=relative(path)))


def parse_records(source: qpparse.Source) -> list[qpparse.Extract]:
    """Every deliberation of a file: ``parse_all`` where the library has it, else ``parse``."""
    parse_all = getattr(qpparse, "parse_all", None)
    return list(parse_all(source)) if parse_all is not None else [qpparse.parse(source)]


def dump(extracts: list[qpparse.Extract]) -> str:
    """The JSON text ``qpparse parse`` prints for one file: an object, or an array for a bundle."""
    records = [extract.model_dump(mode="json") for extract in extracts]
    document = records[0] if len(records) == 1 else records
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    for name, paths in (("valid_sample", valid_samples()), ("any_sample", all_samples())):
        if name in metafunc.fixturenames:
            metafunc.parametrize(name, paths, ids=[path.name for path in paths])


# --- Fixtures ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Golden:
    """Compare a sample's parse output with its golden file, or rewrite the golden."""

    update: bool

    @staticmethod
    def path_for(sample: Path) -> Path:
        return sample.with_suffix(".json")

    @staticmethod
    def render(sample: Path) -> str:
        return dump(parse_records(qpparse.read(sample, path=relative(sample))))

    def check(self, sample: Path) -> None:
        actual = self.render(sample)
        golden = self.path_for(sample)
        if self.update:
            golden.write_text(actual, encoding="utf-8", newline="\n")
            return
        assert golden.is_file(), (
            f"{relative(golden)} is missing: run QPPARSE_UPDATE_GOLDEN=1 python -m pytest "
            "tests/test_samples.py, then read the new golden before committing it"
        )
        expected = golden.read_text(encoding="utf-8")
        # Structured first, for a readable diff; then byte for byte (key order, layout).
        assert json.loads(actual) == json.loads(expected)
        assert actual == expected


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed() -> qpparse.Extract:
    """The seed, parsed once for the session. Do not mutate it."""
    return parse_sample(SEED)


@pytest.fixture(scope="session")
def golden() -> Golden:
    return Golden(update=UPDATE_GOLDEN)


@pytest.fixture(scope="session")
def read_sample():
    """``read_sample(path)``: the :class:`qpparse.Source` of a sample, path relative to the root."""

    def read(path: Path) -> qpparse.Source:
        return qpparse.read(path, path=relative(path))

    return read


@pytest.fixture(scope="session")
def records():
    """``records(source)``: every deliberation of a file (a bundle holds several)."""
    return parse_records


# --- Hang guard ----------------------------------------------------------------------------------
# Tests never time anything; they only refuse to hang. A test that asks for ``hang_guard`` fails
# with a clear message after this long, instead of blocking CI until its global timeout.
HANG_SECONDS = 30


class HangError(AssertionError):
    """Raised inside a guarded test that ran past :data:`HANG_SECONDS`."""


@pytest.fixture
def hang_guard(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail the test as a hang after ``HANG_SECONDS`` (Unix main thread; elsewhere a no-op).

    SIGALRM interrupts a long regular-expression match too: the ``regex`` module checks for
    signals while it matches.
    """
    import signal
    import threading

    if not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(_signum: int, _frame: object) -> None:
        raise HangError(f"hang: {request.node.name} ran for more than {HANG_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(HANG_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
