"""SCDL « Délibérations » 2.1.5 export: column mapping, spreadsheet safety, Table Schema.

Every valid sample is validated with frictionless against the Table Schema shipped in the
package. The extracts never state the ACTES subject (``DELIB_MATIERE_CODE`` / ``_NOM``), which
2.1.5 requires: validation must report exactly those cells, and nothing once a clerk fills them.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from _export_goldens import check_golden

import qpparse
from conftest import parse_records, relative, valid_samples
from qpparse.export import scdl
from qpparse.model import Extract, Vote

SIRET = "21860194600013"
# Required by SCDL 2.1.5 and never written in an extract.
NEVER_IN_THE_TEXT = ("DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM")


def records_of(sample: Path) -> list[Extract]:
    return parse_records(qpparse.read(sample, path=relative(sample)))


def csv_text(extracts: list[Extract], **options: str) -> str:
    stream = io.StringIO(newline="")
    scdl.write_csv(extracts, stream, **options)
    return stream.getvalue()


def row_of(extract: Extract, **options: str) -> dict[str, str]:
    (row,) = scdl.to_rows([extract], **options)
    return row


# --- Layout -------------------------------------------------------------------------------------


def test_seventeen_columns_in_the_schema_order() -> None:
    names = [field["name"] for field in scdl.table_schema()["fields"]]
    assert len(scdl.COLUMNS) == 17
    assert names == list(scdl.COLUMNS)
    assert names[:4] == ["COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE"]
    assert names[-1] == "DELIB_URL"


def test_header_row_then_one_crlf_row_per_deliberation(seed: Extract) -> None:
    text = csv_text([seed, seed])
    lines = text.split("\r\n")
    assert lines[0] == ",".join(scdl.COLUMNS)
    assert len(lines) == 4  # header, two rows, and the empty end after the final CRLF
    assert lines[-1] == ""
    assert "\n" not in text.replace("\r\n", "")


def test_every_value_is_a_string_and_unknowns_are_empty(seed: Extract) -> None:
    row = row_of(seed)
    assert list(row) == list(scdl.COLUMNS)
    assert all(isinstance(value, str) for value in row.values())
    for column in ("COLL_SIRET", *NEVER_IN_THE_TEXT, "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID"):
        assert row[column] == ""


# --- Mapping ------------------------------------------------------------------------------------


def test_the_seed_row(seed: Extract) -> None:
    row = row_of(seed)
    assert row["COLL_NOM"] == "Métropole Aix-Marseille-Provence"
    assert row["DELIB_ID"] == "CHL-025-11372/22/BM"
    assert row["DELIB_DATE"] == "2022-03-10"
    assert row["DELIB_OBJET"] == "Approbation de la Convention Quartiers Productifs (2022/2024)"
    # 23 present + 3 represented; the text gives no figures for the vote itself.
    assert row["VOTE_REEL"] == "26"
    assert (row["VOTE_POUR"], row["VOTE_CONTRE"], row["VOTE_ABSTENTION"]) == ("", "", "")
    assert row["VOTE_EFFECTIF"] == ""  # « en exercice » is not in the seed
    assert row["DELIB_URL"] == ""


def test_options_supply_what_the_text_lacks(seed: Extract) -> None:
    row = row_of(seed, coll_nom="Ville de Lauze", coll_siret="218 601 946 00013")
    assert row["COLL_NOM"] == "Ville de Lauze"
    assert row["COLL_SIRET"] == SIRET


@pytest.mark.parametrize("siret", ["2186019460001", "2186019460001X", "="])
def test_a_malformed_siret_is_refused(seed: Extract, siret: str) -> None:
    with pytest.raises(ValueError, match="14 digits"):
        scdl.to_rows([seed], coll_siret=siret)


@pytest.mark.parametrize(
    ("prefix", "path", "url"),
    [
        ("https://data.example.fr/delib/", "a/b/x.pdf", "https://data.example.fr/delib/x.pdf"),
        ("https://data.example.fr/delib", "x.pdf", "https://data.example.fr/delib/x.pdf"),
        ("https://h.fr/", "dir\\séance 1.txt", "https://h.fr/s%C3%A9ance%201.txt"),
        ("https://h.fr/", None, ""),
        ("https://h.fr/", "<stdin>", ""),
        (None, "x.pdf", ""),
    ],
)
def test_document_url(seed: Extract, prefix: str | None, path: str | None, url: str) -> None:
    extract = seed.model_copy(deep=True)
    extract.source.path = path
    assert row_of(extract, **({"url_prefix": prefix} if prefix else {}))["DELIB_URL"] == url


def _with_vote(seed: Extract, **fields: object) -> Extract:
    extract = seed.model_copy(deep=True)
    extract.vote = Vote(text="…", line=1, **fields)
    return extract


def test_declared_counts_are_copied(seed: Extract) -> None:
    extract = _with_vote(seed, outcome="adopted", for_=20, against=4, abstentions=2)
    extract.session.counts.in_office = 44
    extract.session.counts.voters = 27
    row = row_of(extract)
    assert row["VOTE_EFFECTIF"] == "44"
    assert row["VOTE_REEL"] == "27"  # declared « votants » win over present + represented
    assert (row["VOTE_POUR"], row["VOTE_CONTRE"], row["VOTE_ABSTENTION"]) == ("20", "4", "2")


def test_unanimity_without_figures_invents_no_figure(seed: Extract) -> None:
    row = row_of(_with_vote(seed, outcome="adopted", unanimous=True))
    assert (row["VOTE_POUR"], row["VOTE_CONTRE"], row["VOTE_ABSTENTION"]) == ("", "", "")
    assert row["VOTE_REEL"] == "26"


def test_members_not_taking_part_are_not_voters(seed: Extract) -> None:
    extract = _with_vote(seed, outcome="adopted", not_voting=[seed.attendance.present[0]])
    assert row_of(extract)["VOTE_REEL"] == "25"


def test_no_vote_no_voters(seed: Extract) -> None:
    extract = seed.model_copy(deep=True)
    extract.vote = None
    assert row_of(extract)["VOTE_REEL"] == ""


def test_the_listed_present_count_when_none_is_declared(seed: Extract) -> None:
    extract = seed.model_copy(deep=True)
    extract.session.counts.present = None
    assert row_of(extract)["VOTE_REEL"] == str(len(seed.attendance.present) + 3)


# --- Spreadsheet formulas -----------------------------------------------------------------------


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_a_spreadsheet_would_run_is_neutralised(seed: Extract, start: str) -> None:
    extract = seed.model_copy(deep=True)
    extract.deliberation.title = f'{start}HYPERLINK("http://evil.example","x")'
    assert row_of(extract)["DELIB_OBJET"] == "'" + extract.deliberation.title
    assert row_of(extract, coll_nom=f"{start}1+1")["COLL_NOM"] == f"'{start}1+1"


def test_ordinary_cells_are_untouched(seed: Extract) -> None:
    extract = seed.model_copy(deep=True)
    extract.deliberation.title = "Tarifs 2022 = +5 % ; « -10 % » @mairie"
    assert row_of(extract)["DELIB_OBJET"] == extract.deliberation.title


def test_commas_and_quotes_survive_the_csv(seed: Extract) -> None:
    extract = seed.model_copy(deep=True)
    extract.deliberation.title = 'Convention "Quartiers", phase 2'
    (row,) = list(csv.DictReader(io.StringIO(csv_text([extract]), newline="")))
    assert row["DELIB_OBJET"] == 'Convention "Quartiers", phase 2'


# --- Table Schema and frictionless --------------------------------------------------------------


def test_the_table_schema_states_types_required_and_patterns() -> None:
    fields = {field["name"]: field for field in scdl.table_schema()["fields"]}
    assert fields["DELIB_DATE"]["type"] == "date"
    assert fields["VOTE_REEL"]["type"] == "integer"
    assert fields["COLL_SIRET"]["type"] == "string"  # a number would lose leading zeros
    assert fields["COLL_SIRET"]["constraints"]["pattern"] == r"^\d{14}$"
    required = [name for name, field in fields.items() if field["constraints"]["required"]]
    assert required == list(scdl.COLUMNS[:7])


def _validate(tmp_path: Path, text: str) -> list[tuple[int, str, str]]:
    """frictionless errors as (row, field, type); [] when the table is valid."""
    import frictionless  # in the test extra: a missing install fails, never skips

    (tmp_path / "table.csv").write_text(text, encoding="utf-8", newline="")
    resource = frictionless.Resource(
        path="table.csv",
        basepath=str(tmp_path),
        schema=frictionless.Schema.from_descriptor(scdl.table_schema()),
    )
    report = resource.validate()
    return [tuple(error) for error in report.flatten(["rowNumber", "fieldName", "type"])]


def _fill(text: str, values: dict[str, str]) -> str:
    """What a clerk adds by hand: values for columns the text cannot give."""
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=scdl.COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({**row, **values} for row in rows)
    return out.getvalue()


@pytest.mark.parametrize("sample", valid_samples(), ids=lambda path: path.name)
def test_every_valid_sample_validates_with_frictionless(tmp_path: Path, sample: Path) -> None:
    extracts = records_of(sample)
    text = csv_text(extracts, coll_siret=SIRET, url_prefix="https://data.example.fr/delib/")
    rows = range(2, len(extracts) + 2)
    expected = [(row, field, "constraint-error") for row in rows for field in NEVER_IN_THE_TEXT]
    assert _validate(tmp_path, text) == expected
    filled = _fill(text, {"DELIB_MATIERE_CODE": "7.5", "DELIB_MATIERE_NOM": "finances locales"})
    assert _validate(tmp_path, filled) == []


def test_without_the_siret_option_the_siret_is_reported(tmp_path: Path, seed: Extract) -> None:
    errors = _validate(tmp_path, csv_text([seed]))
    assert (2, "COLL_SIRET", "constraint-error") in errors


def test_frictionless_catches_a_broken_table(tmp_path: Path, seed: Extract) -> None:
    """The validation can fail: a date in French and a SIRET with a space are refused."""
    text = _fill(
        csv_text([seed], coll_siret=SIRET),
        {
            "DELIB_MATIERE_CODE": "7.5",
            "DELIB_MATIERE_NOM": "finances locales",
            "DELIB_DATE": "10/03/2022",
            "COLL_SIRET": "218 601 946 00013",
        },
    )
    assert {(field, kind) for _, field, kind in _validate(tmp_path, text)} == {
        ("DELIB_DATE", "type-error"),
        ("COLL_SIRET", "constraint-error"),
    }


# --- Goldens ------------------------------------------------------------------------------------


@pytest.mark.parametrize("sample", valid_samples(), ids=lambda path: path.name)
def test_golden(sample: Path) -> None:
    text = csv_text(records_of(sample), url_prefix="https://data.example.fr/delib/")
    check_golden(sample, "scdl.csv", text)


@pytest.mark.parametrize("sample", valid_samples(), ids=lambda path: path.name)
def test_with_the_options_every_sample_validates_as_exported(tmp_path: Path, sample: Path) -> None:
    """What no extract states comes from the options, and the export then validates as is."""
    extracts = records_of(sample)
    rows = scdl.to_rows(
        extracts,
        coll_siret=SIRET,
        url_prefix="https://data.example.fr/delib/",
        matiere=("7.5", "Subventions"),
    )
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=scdl.COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    assert _validate(tmp_path, out.getvalue()) == []


@pytest.mark.parametrize("matiere", [("7", "Finances"), ("7.5.1", "Finances"), ("7.5", " ")])
def test_a_malformed_subject_is_refused(seed: Extract, matiere: tuple[str, str]) -> None:
    with pytest.raises(ValueError, match="DELIB_MATIERE"):
        scdl.to_rows([seed], matiere=matiere)
