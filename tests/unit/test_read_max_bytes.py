"""``qpparse.read(..., max_bytes=...)``: scripts get the CLI's size limit too."""

from __future__ import annotations

from pathlib import Path

import pytest

import qpparse
from conftest import SEED


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    size = SEED.stat().st_size

    with pytest.raises(qpparse.UnreadableInputError, match=r"too large \(\d[\d ]* bytes"):
        qpparse.read(SEED, max_bytes=size - 1)

    assert qpparse.read(SEED, max_bytes=size).line_count > 0


def test_bytes_over_the_limit_are_refused_under_their_name() -> None:
    with pytest.raises(qpparse.UnreadableInputError, match=r"^<stdin>: too large"):
        qpparse.read(b"x" * 11, path="<stdin>", max_bytes=10)


def test_no_limit_by_default() -> None:
    assert qpparse.read(SEED.read_bytes()).sha256


def test_a_missing_file_is_still_missing_with_a_limit(tmp_path: Path) -> None:
    with pytest.raises(qpparse.UnreadableInputError, match="no such file"):
        qpparse.read(tmp_path / "nowhere.txt", max_bytes=10)
