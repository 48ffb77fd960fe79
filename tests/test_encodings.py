"""The seed as Windows and older tools save it: same model whatever the bytes (source aside)."""

from __future__ import annotations

from pathlib import Path

import pytest

import qpparse
from qpparse.model import Extract

# « ■ » has no Windows-1252 byte: a cp1252 save would carry « • » (0x95), which normalisation
# removes as a bullet too. Latin-1 has neither « • » nor « œ ».
CP1252_SAFE = {"■": "•"}
LATIN1_SAFE = {"■": "-", "œ": "oe"}


def _without_source(extract: Extract) -> dict[str, object]:
    return extract.model_dump(mode="json", exclude={"source"})


def _without_source_and_repairs(extract: Extract) -> dict[str, object]:
    return extract.model_dump(mode="json", exclude={"source", "repairs"})


def _substitute(text: str, table: dict[str, str]) -> str:
    for old, new in table.items():
        text = text.replace(old, new)
    return text


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def test_windows_1252_with_crlf_gives_the_same_model(seed: Extract, seed_text: str) -> None:
    text = _substitute(seed_text, CP1252_SAFE)
    data = _crlf(text).encode("cp1252")
    assert b"\r\n" in data
    assert b"\x9c" in data  # « œ », a byte that only Windows-1252 reads as a letter
    source = qpparse.read(data, path="seed-cp1252.txt")
    assert source.encoding == "cp1252"
    assert source.line_count == seed.source.line_count
    windows = qpparse.parse(source)
    # Exactly the model of the same characters in UTF-8 with LF …
    assert _without_source(windows) == _without_source(qpparse.parse(text))
    # … and the seed's own model, but for the bullet character recorded in the repairs.
    assert _without_source_and_repairs(windows) == _without_source_and_repairs(seed)
    assert [repair.before[:1] for repair in windows.repairs if repair.kind == "bullet"] == ["•"]


def test_windows_1252_file_on_disk(seed: Extract, seed_text: str, tmp_path: Path) -> None:
    file = tmp_path / "seed-cp1252.txt"
    file.write_bytes(_crlf(_substitute(seed_text, CP1252_SAFE)).encode("cp1252"))
    extract = qpparse.parse(qpparse.read(file))
    assert extract.source.encoding == "cp1252"
    assert extract.source.path == str(file)
    assert _without_source_and_repairs(extract) == _without_source_and_repairs(seed)


def test_utf8_with_bom_gives_the_same_model(seed: Extract, seed_text: str) -> None:
    source = qpparse.read(b"\xef\xbb\xbf" + seed_text.encode("utf-8"))
    assert source.encoding == "utf-8-sig"
    assert not source.text.startswith("\ufeff")
    assert _without_source(qpparse.parse(source)) == _without_source(seed)


def test_utf8_with_bom_and_crlf(seed: Extract, seed_text: str) -> None:
    source = qpparse.read(b"\xef\xbb\xbf" + _crlf(seed_text).encode("utf-8"))
    assert _without_source(qpparse.parse(source)) == _without_source(seed)


def test_old_mac_line_ends(seed: Extract, seed_text: str) -> None:
    source = qpparse.read(seed_text.replace("\n", "\r").encode("utf-8"))
    assert source.line_count == seed.source.line_count
    assert _without_source(qpparse.parse(source)) == _without_source(seed)


def test_latin_1_bytes(seed: Extract, seed_text: str) -> None:
    text = _substitute(seed_text, LATIN1_SAFE)
    source = qpparse.read(text.encode("latin-1"))
    # Latin-1 and Windows-1252 agree on every letter French uses: either name is right.
    assert source.encoding in {"latin-1", "cp1252", "iso-8859-15"}
    assert source.text == text
    latin = qpparse.parse(source)
    assert _without_source(latin) == _without_source(qpparse.parse(text))
    assert latin.attendance.excused[0].name == "Gérard BRAMOULLE"
    assert latin.session.president is not None
    assert latin.session.president_role == "Présidente de la Métropole Aix-Marseille-Provence"


def test_read_on_bytes_and_on_a_path_agree(seed_path: Path) -> None:
    from_path = qpparse.read(seed_path, path="seed.txt")
    from_bytes = qpparse.read(seed_path.read_bytes(), path="seed.txt")
    assert from_path == from_bytes
    assert from_path.text == from_bytes.text
    assert qpparse.parse(from_path) == qpparse.parse(from_bytes)


def test_read_accepts_str_and_pathlike(seed_path: Path) -> None:
    assert qpparse.read(str(seed_path)).text == qpparse.read(seed_path).text
    assert qpparse.read(str(seed_path)).path == str(seed_path)


def test_sha256_is_of_the_bytes(seed_path: Path) -> None:
    import hashlib

    data = seed_path.read_bytes()
    assert qpparse.read(data).sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        ("Madame\u00a0Martine\u00a0VASSAL", "Madame Martine VASSAL"),
        ("Séance du jeudi 10\u202fmars 2022", "Séance du jeudi 10 mars 2022"),
        ("\ufeffEXTRAIT DU REGISTRE", "EXTRAIT DU REGISTRE"),
    ],
)
def test_invisible_spaces_do_not_change_the_model(line: str, cleaned: str) -> None:
    dirty, clean = qpparse.parse(line + "\n"), qpparse.parse(cleaned + "\n")
    assert _without_source(dirty) == _without_source(clean)
