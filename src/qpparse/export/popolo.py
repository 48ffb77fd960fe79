"""A Popolo / Open Civic Data style JSON document for one deliberation extract.

Collections as in a Popolo export (``organizations``, ``persons``, ``events``, ``motions``,
``vote_events``) plus ``attendance``, which neither standard has: who was present, represented
(and by whom), excused or absent. Every key is documented in ``docs/exports.md``. A value the
extract does not state is left out, never filled with a guess: a unanimous vote without
figures has no ``counts``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from qpparse.frenchtext import fold, name_key
from qpparse.model import Extract, Person, Vote

from ._identity import extract_id
from .attendance_csv import members

JSON = dict[str, Any]

RESULTS = {"adopted": "pass", "rejected": "fail"}
_NOT_SLUG = regex.compile(r"[^a-z0-9]+")


def to_popolo(extract: Extract) -> JSON:
    """The extract as Popolo collections; identifiers are stable slugs of what the text says."""
    ids = _Ids(extract)
    document: JSON = _prune(
        {
            "source": _source(extract),
            "organizations": _organizations(extract, ids),
            "persons": _persons(extract),
            "events": [_event(extract, ids)],
            "attendance": _attendance(extract, ids),
            "motions": [_motion(extract, ids)],
            "vote_events": [_vote_event(extract, extract.vote, ids)] if extract.vote else [],
        }
    )
    return document


def slug(text: str) -> str:
    """« Métropole Aix-Marseille-Provence » → ``metropole-aix-marseille-provence``."""
    return _NOT_SLUG.sub("-", fold(text)).strip("-")


def person_id(person: Person) -> str:
    return f"person/{slug(person.name)}"


class _Ids:
    """The identifiers of the objects of one document, built once."""

    def __init__(self, extract: Extract) -> None:
        self.authority = f"org/{slug(extract.authority.name)}" if extract.authority else None
        body = slug(extract.body.name) if extract.body else None
        self.body = f"{self.authority or 'org'}/{body}" if body else None
        date = extract.session.date.isoformat() if extract.session.date else "undated"
        self.event = f"{self.body or self.authority or 'org'}/event/{date}"
        self.deliberation = slug(extract_id(extract))
        self.motion = f"motion/{self.deliberation}"
        self.vote_event = f"vote/{self.deliberation}"


def _source(extract: Extract) -> JSON:
    source = extract.source
    record = extract.record
    return {
        "path": source.path,
        "sha256": source.sha256,
        "record": {"index": record.index, "count": record.count} if record else None,
    }


def _organizations(extract: Extract, ids: _Ids) -> list[JSON]:
    found = []
    if extract.authority:
        authority = extract.authority
        found.append(
            {"id": ids.authority, "name": authority.name, "classification": authority.kind}
        )
    if extract.body:
        body = extract.body
        found.append(
            {
                "id": ids.body,
                "name": body.name,
                "classification": body.kind,
                "parent_id": ids.authority,
            }
        )
    return found


def _persons(extract: Extract) -> list[JSON]:
    """Each person once, in order of first mention; details from whichever mention has them."""
    merged: dict[str, JSON] = {}
    for person in _everyone(extract):
        entry = merged.setdefault(name_key(person.name), {"id": person_id(person)})
        for key, value in _person_fields(person).items():
            entry.setdefault(key, value)
    return [_prune(entry) for entry in merged.values()]


def _person_fields(person: Person) -> JSON:
    fields = {
        "name": person.name,
        "given_name": person.given_name,
        "family_name": person.family_name,
        "honorific_prefix": person.civility,
    }
    return {key: value for key, value in fields.items() if value is not None}


def _everyone(extract: Extract) -> Iterator[Person]:
    session = extract.session
    yield from (person for person in (session.president, session.secretary) if person)
    for member in members(extract):
        yield member.person
        if member.holder:
            yield member.holder
    if extract.vote:
        yield from extract.vote.not_voting
    if extract.signature and extract.signature.signatory:
        yield extract.signature.signatory


def _event(extract: Extract, ids: _Ids) -> JSON:
    session = extract.session
    counts = session.counts
    return {
        "id": ids.event,
        "name": extract.body.name if extract.body else None,
        "classification": "session",
        "organization_id": ids.body or ids.authority,
        "start_date": _start(extract),
        "location": {"name": session.place} if session.place else None,
        "participants": _participants(extract),
        "extras": {
            "declared_counts": {
                "in_office": counts.in_office,
                "present": counts.present,
                "represented": counts.represented,
                "voters": counts.voters,
            }
        },
    }


def _start(extract: Extract) -> str | None:
    """ISO date, with the local time when the text states one (no time zone is invented)."""
    session = extract.session
    if session.date is None:
        return None
    return (
        f"{session.date.isoformat()}T{session.time}" if session.time else session.date.isoformat()
    )


def _participants(extract: Extract) -> list[JSON]:
    session = extract.session
    roles = (
        ("chair", session.president, session.president_role),
        ("secretary", session.secretary, None),
    )
    return [
        {
            "type": "person",
            "person_id": person_id(person),
            "name": person.name,
            "role": role,
            "note": note,
        }
        for role, person, note in roles
        if person is not None
    ]


def _attendance(extract: Extract, ids: _Ids) -> list[JSON]:
    return [
        {
            "event_id": ids.event,
            "person_id": person_id(member.person),
            "name": member.person.name,
            "status": member.status,
            "represented_by": person_id(member.holder) if member.holder else None,
            "represented_by_name": member.holder.name if member.holder else None,
            "scope": member.scope,
        }
        for member in members(extract)
    ]


def _motion(extract: Extract, ids: _Ids) -> JSON:
    deliberation = extract.deliberation
    vote = extract.vote
    return {
        "id": ids.motion,
        "identifier": deliberation.number,
        "other_identifiers": deliberation.other_numbers,
        "text": deliberation.title,
        "classification": "deliberation",
        "organization_id": ids.body or ids.authority,
        "date": extract.session.date.isoformat() if extract.session.date else None,
        "result": RESULTS.get(vote.outcome) if vote and vote.outcome else None,
    }


def _vote_event(extract: Extract, vote: Vote, ids: _Ids) -> JSON:
    return {
        "id": ids.vote_event,
        "identifier": extract.deliberation.number,
        "motion_id": ids.motion,
        "event_id": ids.event,
        "organization_id": ids.body or ids.authority,
        "start_date": _start(extract),
        "result": RESULTS.get(vote.outcome) if vote.outcome else None,
        "counts": _counts(vote),
        "votes": [
            {"voter_id": person_id(person), "voter_name": person.name, "option": "not voting"}
            for person in vote.not_voting
        ],
        "extras": {"unanimous": vote.unanimous, "text": vote.text},
    }


def _counts(vote: Vote) -> list[JSON]:
    options = (("yes", vote.for_), ("no", vote.against), ("abstain", vote.abstentions))
    return [{"option": option, "value": value} for option, value in options if value is not None]


def _prune(value: Any) -> Any:
    """Drop unknown (``None``) values and objects left empty, recursively; keep empty lists,
    which say « none » (no vote event, nobody absent) rather than « unknown »."""
    if isinstance(value, dict):
        pruned = {key: _prune(item) for key, item in value.items() if item is not None}
        return {key: item for key, item in pruned.items() if item != {}}
    if isinstance(value, list):
        return [_prune(item) for item in value]
    return value
