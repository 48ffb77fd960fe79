"""Golden files of the exports: ``tests/goldens/exports/<sample>.<format>``.

Never edited by hand: ``QPPARSE_UPDATE_GOLDEN=1 python -m pytest tests/unit/test_export_*.py``
rewrites them; read the diff before committing.
"""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, UPDATE_GOLDEN, relative

GOLDENS = ROOT / "tests" / "goldens" / "exports"


def check_golden(sample: Path, suffix: str, actual: str) -> None:
    """Compare ``actual`` with the golden of ``sample`` (or rewrite it), line by line so that a
    checkout converting line ends does not matter; CRLF itself is tested on its own."""
    golden = GOLDENS / f"{sample.stem}.{suffix}"
    if UPDATE_GOLDEN:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8", newline="")
        return
    assert golden.is_file(), (
        f"{relative(golden)} is missing: run QPPARSE_UPDATE_GOLDEN=1 python -m pytest "
        "tests/unit/test_export_*.py, then read it before committing"
    )
    expected = golden.read_text(encoding="utf-8")
    assert actual.splitlines() == expected.splitlines()
