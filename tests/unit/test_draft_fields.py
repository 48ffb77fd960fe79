"""One list of the extract's content fields: the model's; the draft and parse() follow it."""

from __future__ import annotations

import dataclasses

from qpparse.extract.draft import Draft
from qpparse.model import Content, Extract


def test_the_extract_is_its_provenance_then_its_content() -> None:
    assert list(Extract.model_fields)[:3] == ["schema_version", "source", "record"]
    assert list(Extract.model_fields)[3:] == list(Content.model_fields)


def test_the_draft_has_the_content_fields_with_their_defaults() -> None:
    draft = Draft()
    names = [field.name for field in dataclasses.fields(draft)]
    assert names[: len(Content.model_fields)] == list(Content.model_fields)
    assert {name: getattr(draft, name) for name in Content.model_fields} == dict(Content())


def test_a_draft_starts_empty_and_owns_its_lists() -> None:
    first, second = Draft(), Draft()
    first.visas.append(object())  # type: ignore[arg-type]
    first.session.place = "Lyon"
    assert second.visas == []
    assert second.session.place is None


def test_every_content_field_has_a_default() -> None:
    """A draft starts empty: a required content field would have nothing to start from."""
    assert all(not info.is_required() for info in Content.model_fields.values())
