"""Nothing is lost: every line of every sample that carries text is accounted for.

A non-blank line (after normalisation) is either covered by a ``spans`` entry or listed in
``unrecognised``. Spans never overlap. A line is in a span *and* unrecognised only in one case,
read from the code (``extract/attendance.py``): an attendance list claims its lines and rejects
the one name it could not read, so the rejected text is a fragment of the list starting on that
line. A line that normalisation emptied (« ** », « <br /> ») must show up in ``repairs``.

A bundle (several deliberations in one file) is checked over all its records together: each
record accounts for its own lines, and the session context it shares with the others.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

import qpparse
from qpparse.model import Extract
from qpparse.normalise import normalise
from qpparse.source import split_lines

LINE_KEYS = frozenset({"line", "end_line", "title_line"})
# The one kind of span whose lines may also hold an unrecognised fragment.
FRAGMENT_FIELDS_PREFIX = "attendance."


@pytest.fixture
def parsed(any_sample: Path, read_sample, records) -> tuple[qpparse.Source, list[Extract]]:
    try:
        source = read_sample(any_sample)
    except qpparse.UnreadableInputError as error:
        pytest.skip(f"unreadable on purpose: {error}")
    return source, records(source)


def _covered(extract: Extract) -> dict[int, str]:
    """Line number → the field of the span covering it."""
    return {
        number: span.field
        for span in extract.spans
        for number in range(span.line, span.end_line + 1)
    }


def _squeeze(text: str) -> str:
    return "".join(text.split()).replace("-", "")


def test_every_line_with_text_is_accounted_for(parsed) -> None:
    source, extracts = parsed
    lines, _ = normalise(source.text)
    accounted: set[int] = set()
    for extract in extracts:
        accounted |= set(_covered(extract))
        accounted |= {entry.line for entry in extract.unrecognised}
    missing = [
        (line.number, line.text) for line in lines if line.text and line.number not in accounted
    ]
    assert missing == []


def test_lines_emptied_by_normalisation_are_repairs(parsed) -> None:
    source, extracts = parsed
    lines, _ = normalise(source.text)
    raw = split_lines(source.text)
    emptied = {line.number for line in lines if not line.text and raw[line.number - 1].strip()}
    repaired = {repair.line for extract in extracts for repair in extract.repairs}
    assert emptied - repaired == set()


def test_spans_are_well_formed_and_never_overlap(parsed) -> None:
    source, extracts = parsed
    for extract in extracts:
        spans = sorted(extract.spans, key=lambda span: (span.line, span.end_line))
        assert all(1 <= span.line <= span.end_line <= source.line_count for span in spans)
        overlaps = [
            (before.field, before.end_line, after.field, after.line)
            for before, after in itertools.pairwise(spans)
            if after.line <= before.end_line
        ]
        assert overlaps == []


def test_a_line_is_claimed_or_rejected_not_both(parsed) -> None:
    """…except an attendance line with one unreadable name among readable ones."""
    source, extracts = parsed
    lines, _ = normalise(source.text)
    texts = {line.number: line.text for line in lines}
    for extract in extracts:
        covered = _covered(extract)
        for entry in extract.unrecognised:
            field = covered.get(entry.line)
            if field is None:
                # A whole line kept verbatim (as normalised).
                assert entry.text == texts[entry.line], entry
                continue
            assert field.startswith(FRAGMENT_FIELDS_PREFIX), (entry, field)
            # The fragment starts on that line, and may run on (a name wrapped on two lines).
            following = "".join(texts[number] for number in range(entry.line, len(lines) + 1))
            assert _squeeze(entry.text), entry
            assert _squeeze(following).find(_squeeze(entry.text)) >= 0, entry
            assert texts[entry.line], entry


def _line_values(value: object, where: str = "") -> Iterator[tuple[str, int]]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key in LINE_KEYS and item is not None:
                yield f"{where}.{key}", item
            elif key == "pages" and item is not None:  # first line of each PDF page
                yield from ((f"{where}.pages", first) for first in item)
            else:
                yield from _line_values(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _line_values(item, f"{where}[{index}]")


def test_every_line_number_is_in_the_input(parsed) -> None:
    source, extracts = parsed
    assert source.line_count >= 1
    for extract in extracts:
        values = list(_line_values(extract.model_dump(mode="json")))
        assert values, "an extract with no line number at all"
        outside = [(where, line) for where, line in values if not 1 <= line <= source.line_count]
        assert outside == []


def test_unrecognised_is_in_document_order(parsed) -> None:
    _, extracts = parsed
    for extract in extracts:
        numbers = [entry.line for entry in extract.unrecognised]
        assert numbers == sorted(numbers)


def test_the_check_can_fail() -> None:
    """The rules above, run on an extract with a line nobody claimed, do find it."""
    text = "Séance du jeudi 10 mars 2022\nune ligne sans marqueur\n"
    extract = qpparse.parse(text)
    assert [entry.text for entry in extract.unrecognised] == ["une ligne sans marqueur"]
    assert 2 not in _covered(extract)


def test_a_rejected_line_breaks_a_span() -> None:
    """A span must not stretch over words rejected after the part of a piece that was read."""
    text = (
        "Séance du jeudi 10 mars 2022 à 18 h 30\nune ligne de trop\n"
        "Vu le code général des collectivités territoriales ;\n"
    )
    for variant in (text, text.replace("\n", " ")):
        extract = qpparse.parse(variant)
        assert [entry.text for entry in extract.unrecognised] == ["une ligne de trop"]
        assert extract.session.time == "18:30"
        assert len(extract.visas) == 1
    extract = qpparse.parse(text)
    assert [entry.line for entry in extract.unrecognised] == [2]
    assert 2 not in _covered(extract)
    assert _covered(extract)[3] == "visas"


def test_an_unreadable_name_in_a_list_is_a_fragment() -> None:
    text = "Etaient présents Mesdames et Messieurs :\nJean DUPONT - 1234 - Marie ROUX.\n"
    extract = qpparse.parse(text)
    assert [person.name for person in extract.attendance.present] == ["Jean DUPONT", "Marie ROUX"]
    assert [(entry.line, entry.text) for entry in extract.unrecognised] == [(2, "1234")]
    assert _covered(extract)[2] == "attendance.present"
