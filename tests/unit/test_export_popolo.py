"""Popolo / Open Civic Data style export: structure, identifiers, attendance, vote event."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _export_goldens import check_golden

import qpparse
from conftest import parse_records, relative, valid_samples
from qpparse.export.popolo import slug, to_popolo
from qpparse.model import Extract, Vote

COLLECTIONS = [
    "source",
    "organizations",
    "persons",
    "events",
    "attendance",
    "motions",
    "vote_events",
]


def _with_vote(seed: Extract, **fields: object) -> Extract:
    extract = seed.model_copy(deep=True)
    extract.vote = Vote(text="…", line=1, **fields)
    return extract


def test_collections(seed: Extract) -> None:
    document = to_popolo(seed)
    assert list(document) == COLLECTIONS
    json.dumps(document)  # plain JSON, no model objects or dates left


def test_organizations_authority_and_body(seed: Extract) -> None:
    authority, body = to_popolo(seed)["organizations"]
    assert authority == {
        "id": "org/metropole-aix-marseille-provence",
        "name": "Métropole Aix-Marseille-Provence",
        "classification": "metropole",
    }
    assert body["name"] == "Bureau de la Métropole"
    assert body["classification"] == "bureau"
    assert body["parent_id"] == authority["id"]


def test_the_event_is_the_session(seed: Extract) -> None:
    (event,) = to_popolo(seed)["events"]
    assert event["start_date"] == "2022-03-10"
    assert event["classification"] == "session"
    assert "location" not in event  # the seed names no place: nothing is made up
    (chair,) = event["participants"]
    assert chair["role"] == "chair"
    assert chair["name"] == "Martine VASSAL"
    assert chair["note"] == "Présidente de la Métropole Aix-Marseille-Provence"
    assert event["extras"]["declared_counts"] == {"present": 23}


def test_time_and_place_when_the_text_states_them(seed: Extract) -> None:
    extract = seed.model_copy(deep=True)
    extract.session.time = "09:30"
    extract.session.place = "Hôtel de la Métropole"
    (event,) = to_popolo(extract)["events"]
    assert event["start_date"] == "2022-03-10T09:30"
    assert event["location"] == {"name": "Hôtel de la Métropole"}


def test_attendance_with_statuses_and_holders(seed: Extract) -> None:
    attendance = to_popolo(seed)["attendance"]
    statuses = [entry["status"] for entry in attendance]
    assert (statuses.count("present"), statuses.count("represented")) == (23, 3)
    assert statuses.count("excused") == 9
    giberti = next(entry for entry in attendance if entry["name"] == "Roland GIBERTI")
    assert giberti["status"] == "represented"
    assert giberti["represented_by"] == "person/gerard-gazay"
    assert giberti["represented_by_name"] == "Gerard GAZAY"
    present = next(entry for entry in attendance if entry["status"] == "present")
    assert "represented_by" not in present


def test_each_person_once_with_the_details_of_any_mention(seed: Extract) -> None:
    persons = to_popolo(seed)["persons"]
    ids = [person["id"] for person in persons]
    assert len(ids) == len(set(ids))
    vassal = next(person for person in persons if person["id"] == "person/martine-vassal")
    # Named as president with « Madame », and in the list without a civility.
    assert vassal["honorific_prefix"] == "Mme"
    assert vassal["given_name"] == "Martine"
    assert vassal["family_name"] == "VASSAL"


def test_every_reference_points_to_an_object(seed: Extract) -> None:
    document = to_popolo(
        _with_vote(seed, outcome="adopted", not_voting=[seed.attendance.present[1]])
    )
    persons = {person["id"] for person in document["persons"]}
    organizations = {organization["id"] for organization in document["organizations"]}
    (event,) = document["events"]
    (motion,) = document["motions"]
    (vote_event,) = document["vote_events"]
    assert {entry["person_id"] for entry in document["attendance"]} <= persons
    assert {entry["event_id"] for entry in document["attendance"]} == {event["id"]}
    assert {vote["voter_id"] for vote in vote_event["votes"]} <= persons
    assert event["organization_id"] in organizations
    assert vote_event["motion_id"] == motion["id"]
    assert vote_event["event_id"] == event["id"]


def test_the_motion_is_the_deliberation(seed: Extract) -> None:
    (motion,) = to_popolo(seed)["motions"]
    assert motion["identifier"] == "CHL-025-11372/22/BM"
    assert motion["other_identifiers"] == ["18621"]
    assert motion["text"] == "Approbation de la Convention Quartiers Productifs (2022/2024)"
    assert motion["result"] == "pass"
    assert motion["date"] == "2022-03-10"


def test_a_vote_without_figures_has_no_counts(seed: Extract) -> None:
    (vote_event,) = to_popolo(seed)["vote_events"]
    assert vote_event["result"] == "pass"
    assert vote_event["counts"] == []
    assert vote_event["votes"] == []
    assert vote_event["extras"] == {"text": "Cette proposition mise aux voix est adoptée"}


def test_unanimity_is_said_not_counted(seed: Extract) -> None:
    (vote_event,) = to_popolo(_with_vote(seed, outcome="adopted", unanimous=True))["vote_events"]
    assert vote_event["counts"] == []
    assert vote_event["extras"]["unanimous"] is True


def test_counts_by_option_when_known(seed: Extract) -> None:
    extract = _with_vote(seed, outcome="rejected", for_=10, abstentions=0)
    (vote_event,) = to_popolo(extract)["vote_events"]
    assert vote_event["result"] == "fail"
    assert vote_event["counts"] == [
        {"option": "yes", "value": 10},
        {"option": "abstain", "value": 0},
    ]


def test_no_vote_no_vote_event(seed: Extract) -> None:
    extract = seed.model_copy(deep=True)
    extract.vote = None
    document = to_popolo(extract)
    assert document["vote_events"] == []
    assert "result" not in document["motions"][0]


def test_without_a_number_the_ids_come_from_the_file_and_record(seed: Extract) -> None:
    extract = seed.model_copy(deep=True)
    extract.deliberation.number = None
    (motion,) = to_popolo(extract)["motions"]
    assert motion["id"] == "motion/" + slug(f"{seed.source.path}#1")
    assert "identifier" not in motion


@pytest.mark.parametrize("sample", valid_samples(), ids=lambda path: path.name)
def test_golden(sample: Path) -> None:
    extracts = parse_records(qpparse.read(sample, path=relative(sample)))
    documents = [to_popolo(extract) for extract in extracts]
    check_golden(sample, "popolo.json", json.dumps(documents, ensure_ascii=False, indent=2) + "\n")
