"""Bundles: a file holding several deliberations gives one record each, with its own context."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

import qpparse
from qpparse.cli.app import app

SAMPLES = Path(__file__).parent.parent / "samples" / "valid"
BUNDLE = SAMPLES / "bundle-metropole-valdelauze-2021-06-17-bureau.txt"
TWO_SESSIONS = SAMPLES / "recueil-valdelauze-2019-11-14-deux-seances.txt"


def records(path: Path) -> list[qpparse.Extract]:
    return qpparse.parse_all(qpparse.read(path))


def test_three_deliberations_share_one_attendance() -> None:
    extracts = records(BUNDLE)
    assert [extract.deliberation.number for extract in extracts] == [
        "MOB-004-2207/21/BM",
        "EAU-011-2208/21/BM",
        "FIN-002-2209/21/BM",
    ]
    assert [(e.record.index, e.record.count) for e in extracts if e.record] == [
        (1, 3),
        (2, 3),
        (3, 3),
    ]
    first = extracts[0].attendance
    assert len(first.present) == 9
    assert all(extract.attendance == first for extract in extracts)
    assert {extract.session.date for extract in extracts} == {extracts[0].session.date}


def test_each_session_of_a_recueil_keeps_its_own_attendance() -> None:
    bureau, conseil = records(TWO_SESSIONS)
    assert (bureau.body and bureau.body.kind, conseil.body and conseil.body.kind) == (
        "bureau",
        "conseil",
    )
    assert [len(e.attendance.present) for e in (bureau, conseil)] == [6, 12]
    assert bureau.signature
    assert bureau.signature.signatory
    assert bureau.signature.signatory.name == "Octave FERRIÈRE"
    assert bureau.publication == conseil.publication
    assert conseil.publication
    assert conseil.publication.number == "2019/21"


def test_parse_returns_the_first_record_and_says_there_are_more() -> None:
    with pytest.warns(qpparse.SeveralRecordsWarning, match="3 deliberations"):
        extract = qpparse.parse(qpparse.read(BUNDLE))
    assert extract.deliberation.number == "MOB-004-2207/21/BM"
    assert extract.record
    assert extract.record.count == 3


def test_a_single_extract_is_one_record_without_warning() -> None:
    seed = SAMPLES / "amp-bureau-2022-03-10-quartiers-productifs.txt"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        extract = qpparse.parse(qpparse.read(seed))
    assert extract.record is None


def test_check_reports_each_record() -> None:
    result = CliRunner().invoke(app, ["check", str(BUNDLE), "--format", "json"])
    assert result.exit_code == 0, result.output
    files = json.loads(result.stdout)["files"]
    assert [entry["record"] for entry in files] == [
        {"index": 1, "count": 3},
        {"index": 2, "count": 3},
        {"index": 3, "count": 3},
    ]
    assert all(entry["quorum"]["present"] == 9 for entry in files)


def test_iter_parse_gives_the_records_of_parse_all_one_at_a_time() -> None:
    source = qpparse.read(TWO_SESSIONS)
    records = qpparse.iter_parse(source)
    first = next(records)
    assert first.record
    assert first.record.count == 2  # known before the second record is built
    assert [first, *records] == qpparse.parse_all(source)
