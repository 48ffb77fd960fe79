"""Attendance CSV: one row per member per deliberation."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from _export_goldens import check_golden

import qpparse
from conftest import parse_records, relative, valid_samples
from qpparse.export import attendance_csv
from qpparse.model import Extract, Person


def csv_text(extracts: list[Extract]) -> str:
    stream = io.StringIO(newline="")
    attendance_csv.write_csv(extracts, stream)
    return stream.getvalue()


def test_one_row_per_member(seed: Extract) -> None:
    rows = attendance_csv.to_rows([seed])
    assert len(rows) == 23 + 3 + 9
    assert [row["status"] for row in rows[22:27]] == ["present"] + ["represented"] * 3 + ["excused"]
    assert all(list(row) == list(attendance_csv.COLUMNS) for row in rows)


def test_a_row(seed: Extract) -> None:
    giberti = next(row for row in attendance_csv.to_rows([seed]) if row["family_name"] == "GIBERTI")
    assert giberti == {
        "extract_id": "CHL-025-11372/22/BM",
        "session_date": "2022-03-10",
        "body": "Bureau de la Métropole",
        "member": "Roland GIBERTI",
        "given_name": "Roland",
        "family_name": "GIBERTI",
        "status": "represented",
        "holder": "Gerard GAZAY",
    }


def test_absent_members_and_unknown_parts(seed: Extract) -> None:
    extract = seed.model_copy(deep=True)
    extract.attendance.absent = [Person(name="Dupont", line=1)]
    extract.attendance.non_voting = [Person(name="Jeanne ROUX", line=1)]  # staff: not a member
    last = attendance_csv.to_rows([extract])[-1]
    assert (last["member"], last["status"]) == ("Dupont", "absent")
    assert (last["given_name"], last["family_name"], last["holder"]) == ("", "", "")


def test_without_a_number_the_id_is_the_file_and_record(seed: Extract) -> None:
    extract = seed.model_copy(deep=True)
    extract.deliberation.number = None
    row = attendance_csv.to_rows([extract])[0]
    assert row["extract_id"] == f"{seed.source.path}#1"


def test_bundle_records_each_get_their_rows(bundle: list[Extract]) -> None:
    rows = attendance_csv.to_rows(bundle)
    ids = [row["extract_id"] for row in rows]
    assert sorted(set(ids)) == sorted(str(extract.deliberation.number) for extract in bundle)
    assert len(rows) == 3 * len(attendance_csv.to_rows(bundle[:1]))


def test_formula_cells_are_neutralised(seed: Extract) -> None:
    extract = seed.model_copy(deep=True)
    extract.attendance.present = [Person(name="=cmd|' /C calc'!A0", line=1)]
    extract.deliberation.number = "+33"
    row = attendance_csv.to_rows([extract])[0]
    assert row["member"] == "'=cmd|' /C calc'!A0"
    assert row["extract_id"] == "'+33"


def test_csv_layout(seed: Extract) -> None:
    text = csv_text([seed])
    assert text.startswith(",".join(attendance_csv.COLUMNS) + "\r\n")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert rows == attendance_csv.to_rows([seed])


@pytest.fixture(scope="module")
def bundle() -> list[Extract]:
    sample = next(path for path in valid_samples() if path.name.startswith("bundle-"))
    return parse_records(qpparse.read(sample, path=relative(sample)))


@pytest.mark.parametrize("sample", valid_samples(), ids=lambda path: path.name)
def test_golden(sample: Path) -> None:
    extracts = parse_records(qpparse.read(sample, path=relative(sample)))
    check_golden(sample, "attendance.csv", csv_text(extracts))
