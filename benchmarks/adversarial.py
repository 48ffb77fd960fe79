"""Time every case of the adversarial corpus through ``parse_all`` + ``check``; flag the slow ones.

Run: ``python benchmarks/adversarial.py [--only SUBSTRING] [--output FILE]``. The cases are
those of ``tests/adversarial_corpus.py`` (the test suite runs the same ones, with no timing:
tests only guard against hangs). Issue 13 wants each under 1 s; cases over that are listed last
and the script exits 1. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import qpparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from adversarial_corpus import Case, all_cases  # noqa: E402 - after the path is set

TARGET_SECONDS = 1.0


def run_case(case: Case) -> tuple[float, str]:
    """Seconds to parse and check the case (text generation excluded), and what came out."""
    text = case.make()
    started = time.perf_counter()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            extracts = qpparse.parse_all(text)
            for extract in extracts:
                qpparse.check(extract)
        outcome = f"{len(extracts)} extract(s)"
    except qpparse.QpparseError as error:
        outcome = f"refused: {error}"
    return time.perf_counter() - started, outcome


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--only", default="", help="run the cases whose name holds this")
    options.add_argument("--output", type=Path, help="also write the table to this file")
    arguments = options.parse_args()
    rows, slow = [], []
    for case in all_cases():
        if arguments.only not in case.name:
            continue
        seconds, outcome = run_case(case)
        flag = "SLOW" if seconds > TARGET_SECONDS else ""
        row = f"{seconds:8.3f} s  {flag:4}  {case.name}  ({outcome})"
        print(row, flush=True)
        rows.append(row)
        if flag:
            slow.append(row)
    summary = [f"{len(rows)} cases, {len(slow)} over {TARGET_SECONDS} s", *slow]
    print("\n".join(summary))
    if arguments.output is not None:
        arguments.output.write_text("\n".join([*rows, "", *summary]) + "\n", encoding="utf-8")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
