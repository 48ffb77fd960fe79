"""Properties: any text gives a model, any bytes give a Source or a clean error, and the model
survives the trip to JSON and back.

Example counts come from the Hypothesis profile (``ci`` by default, registered in conftest;
``python -m pytest --hypothesis-profile=long`` for a deeper run). No deadline: slow machines must
not fail a property.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import qpparse
from qpparse.frenchtext import fold
from qpparse.model import Extract, Person
from qpparse.normalise import normalise
from qpparse.source import split_lines

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED_LINES = qpparse.read(
    SAMPLES / "valid" / "amp-bureau-2022-03-10-quartiers-productifs.txt"
).text.split("\n")

# Text that looks like an extract: seed lines, reordered, cut short, some of them mangled.
seed_line = st.sampled_from(SEED_LINES)
mangled_line = st.tuples(seed_line, st.integers(0, 200), st.integers(0, 200)).map(
    lambda item: item[0][min(item[1], item[2]) : max(item[1], item[2])]
)
french_text = st.text(
    alphabet=st.sampled_from(list("abcdeéèêàçôùEÉAÀMN -:;,.'’()/0123456789\n\r\t\u00a0■*")),
    max_size=300,
)
extract_like = st.lists(
    st.one_of(seed_line, seed_line, mangled_line, french_text), max_size=120
).map("\n".join)
shuffled_seed = st.permutations(SEED_LINES).flatmap(
    lambda lines: st.integers(0, len(lines)).map(lambda cut: "\n".join(lines[:cut]))
)


def _parse_quietly(text_or_source: str | qpparse.Source) -> Extract:
    with warnings.catch_warnings():  # a bundle-like text warns that it holds several records
        warnings.simplefilter("ignore")
        return qpparse.parse(text_or_source)


def _check_invariants(extract: Extract, text: str) -> None:
    line_count = len(split_lines(text))
    assert extract.source.line_count == line_count
    for span in extract.spans:
        assert 1 <= span.line <= span.end_line <= line_count
    lines, _ = normalise(text)
    texts = {line.number: line.text for line in lines}
    for entry in extract.unrecognised:
        assert 1 <= entry.line <= line_count
        assert entry.text
        assert texts[entry.line]


@given(st.text(max_size=2000))
@example("")
@example("\n\n\n")
@example("\r")
@example("\u2028\x0c\x00")
@example("Etaient présents Mesdames et Messieurs :")
@example("Vu\nConsidérant\nDélibère\nArticle 1 :\nCertifié Conforme,")
def test_any_text_parses(text: str) -> None:
    extract = _parse_quietly(text)
    assert isinstance(extract, Extract)
    _check_invariants(extract, text)


@given(extract_like)
# Page furniture alone before the visas (a repeated header): no title to take a number from.
@example("EXTRAIT DU R\nEXTRAIT DU R\nVu")
# A line repeated word for word, one copy read apart as a running header: each copy kept
# unrecognised is found where it stands, not on the header's line.
@example(
    "Le Bureau de la Métropole Aix-Marseille-Provence,\n" * 3
    + "- L'intérêt pour la métropole à participer à une démarche expérimentale;"
)
# A list's run extended by a piece claimed whole ends where that piece ends, not at the words
# that ended its first piece.
@example(
    "Etaient absents et représentés Mesdames et Messieurs :\n0\n Métropole\n0\n"
    "- Le Code Général des Collectivités Territoriales ;"
)
# A bullet alone on its line above its item: the item's span starts at the bullet.
@example(
    "Délibère\n-\nRoland GIBERTI représenté par Gerard GAZAY - Nicolas ISNARD représenté par "
    "Didier KHELFA."
)
@example("Délibère\n-\n\nRoland GIBERTI représenté par Gerard GAZAY.")
# A line read apart (a running header) between two lines of one piece: the piece's field
# reaches the line after it.
@example(
    "Madame la Présidente de la Métropole sur proposition du Rapporteur soumet au Bureau de la M\n"
    * 2
    + "E"
)
@example(
    "Madame la Présidente de la Métropole sur proposition du Rapporteur soumet au Bureau de la "
    "Métropole le rapport suivant :\n" * 2 + "E"
)
@example(
    "Madame Martine VASSAL, Présidente de la Métropole, a ouvert la séance à laquelle ont été "
    "présents 23 membres.\n" * 2 + "0"
)
# The formula's colon alone on the next line is the formula's.
@example("Délibère\n :")
# Punctuation alone on the line after a field's words is the field's.
@example("CHL-025-11372/22/BM\nGérard BRAMOULLE - Emmanuelle CHARAFE - David YTIER.\n,")
@example(
    "Telles sont les raisons qui nous incitent à proposer au Bureau :\nCertifié Conforme,\n,\n"
    "Gérard BRAMOULLE - David YTIER."
)
# A digit alone after a signature formula: no role, no name, but unrecognised.
@example("Délibère\nCertifié Conforme,\n0")
# A piece cut from a line after its colon (« :- »), then running on to the next line.
@example("Où il le rapport ci-dessus\n:-\nOù il le rapport ci-dessus")
# A piece cut at a full stop inside a word (« A.- »), then running on to the next line.
@example("A.-\nArticle 2 :")
# What a reader left after the words it used ends the piece, though the same words stand earlier.
@example(
    "Séance du jeudi 10 mars 2022\n mars 2022\n■ **Approbation de la Convention Quartiers "
    "Productifs (2022/2024)**"
)
# A title, then a line and a list item before the next item, on one piece: the words between
# the title and the next item are the report's, never dropped.
@example(
    "CHL-025-11372/22/BM\nTarifs\nLe Vice-Président Délégué,\n- L'intérêt de la démarche;\n"
    "- L'intérêt de la démarche;"
)
def test_extract_like_text_parses(text: str) -> None:
    extract = _parse_quietly(text)
    _check_invariants(extract, text)
    # Every line that carries text after normalisation is claimed or kept.
    covered = {n for span in extract.spans for n in range(span.line, span.end_line + 1)}
    kept = {entry.line for entry in extract.unrecognised}
    lines, _ = normalise(text)
    if extract.record is None:  # a single extract accounts for every line itself
        assert {line.number for line in lines if line.text} <= covered | kept


@given(shuffled_seed)
def test_shuffled_and_truncated_seed_parses(text: str) -> None:
    extract = _parse_quietly(text)
    _check_invariants(extract, text)


@given(st.binary(max_size=2000))
@example(b"")
@example(b"\xef\xbb\xbf")
@example(b"\xff\xfe")
@example(b"\xff\xfeA")
@example(b"\x89PNG\r\n\x1a\n\x00\x00")
@example(b"%PDF-1.4\n%\xe2\xe3\n")
@example("Délibère".encode("cp1252"))
@example(b"\x81\x8d\x8f\x90\x9d")
def test_any_bytes_read_or_refuse_cleanly(data: bytes) -> None:
    try:
        source = qpparse.read(data, path="<bytes>")
    except qpparse.UnreadableInputError as error:
        message = str(error)
        assert message.startswith("<bytes>")
        assert "\n" not in message
        return
    assert isinstance(source, qpparse.Source)
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert source.line_count == len(split_lines(source.text))
    assert "\x00" not in source.text
    _parse_quietly(source)  # and whatever was read parses


def _round_trip(extract: Extract) -> None:
    back = Extract.model_validate_json(extract.model_dump_json())
    # ``source.text`` is not serialised: compare with it set aside.
    assert back.source.text == ""
    expected = extract.model_copy(update={"source": extract.source.model_copy(update={"text": ""})})
    assert back == expected
    assert back.model_dump(mode="json") == extract.model_dump(mode="json")


@pytest.fixture(scope="module")
def sample_extracts(records) -> list[Extract]:
    paths = sorted(
        path
        for folder in ("valid", "invalid")
        for path in (SAMPLES / folder).glob("*")
        if path.suffix in {".txt", ".pdf"}
    )
    extracts: list[Extract] = []
    for path in paths:
        try:
            source = qpparse.read(path)
        except qpparse.UnreadableInputError:
            continue
        extracts.extend(records(source))
    assert extracts
    return extracts


def test_samples_round_trip(sample_extracts: list[Extract]) -> None:
    for extract in sample_extracts:
        _round_trip(extract)


@given(extract_like)
def test_parsed_text_round_trips(text: str) -> None:
    _round_trip(_parse_quietly(text))


name_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
persons = st.builds(
    Person,
    name=name_text,
    given_name=st.none() | name_text,
    family_name=st.none() | name_text,
    civility=st.sampled_from([None, "Mme", "M."]),
    line=st.integers(1, 10_000),
    role=st.none() | name_text,
    commune=st.none() | name_text,
    notes=st.lists(name_text, max_size=3),
)


@given(persons)
def test_persons_round_trip(person: Person) -> None:
    assert Person.model_validate_json(person.model_dump_json()) == person
    assert Person.model_validate(json.loads(person.model_dump_json())) == person


@given(st.text(max_size=200))
@example("\u1fef")  # a Greek varia decomposes to « ` », which folds on to « ' »
def test_fold_keeps_the_length(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert fold(folded) == folded


@given(st.text(max_size=200))
def test_parse_does_not_depend_on_line_ends(text: str) -> None:
    lf = text.replace("\r\n", "\n").replace("\r", "\n")
    crlf = lf.replace("\n", "\r\n")
    assert _parse_quietly(lf).model_dump(exclude={"source"}) == _parse_quietly(crlf).model_dump(
        exclude={"source"}
    )
