"""SCDL « Délibérations » 2.1.5: one CSV row per deliberation, 17 columns in the schema's order.

The mapping, column by column, and the reading of ``VOTE_REEL`` are in ``docs/exports.md``. In
short: what the extract states goes in; what it does not state (SIRET, ACTES subject, budget,
prefecture stamp) stays an empty string unless an option supplies it.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any, TextIO
from urllib.parse import quote

from qpparse.model import Extract, Vote

from ._cells import number_cell, text_cell, write_rows

COLUMNS = (
    "COLL_NOM",
    "COLL_SIRET",
    "DELIB_ID",
    "DELIB_DATE",
    "DELIB_MATIERE_CODE",
    "DELIB_MATIERE_NOM",
    "DELIB_OBJET",
    "BUDGET_ANNEE",
    "BUDGET_NOM",
    "PREF_ID",
    "PREF_DATE",
    "VOTE_EFFECTIF",
    "VOTE_REEL",
    "VOTE_POUR",
    "VOTE_CONTRE",
    "VOTE_ABSTENTION",
    "DELIB_URL",
)
SCHEMA_RESOURCE = "table_schemas/scdl-deliberations.json"
_SIRET = re.compile(r"\d{14}")
_MATIERE_CODE = re.compile(r"\d\.\d{1,2}")
# The ACTES subject of the deliberations exported: (code « 7.5 », label « Subventions »).
Matiere = tuple[str, str]


def table_schema() -> dict[str, Any]:
    """The Frictionless Table Schema the rows follow (shipped with the package)."""
    text = resources.files("qpparse.export").joinpath(SCHEMA_RESOURCE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def to_rows(
    extracts: Iterable[Extract],
    *,
    coll_nom: str | None = None,
    coll_siret: str | None = None,
    url_prefix: str | None = None,
    matiere: Matiere | None = None,
) -> list[dict[str, str]]:
    """One row per extract, keyed by the SCDL column names, every value a string.

    ``coll_nom`` overrides the authority named in the header; ``coll_siret`` is the only source
    of ``COLL_SIRET`` (spaces are removed; anything but 14 digits raises :class:`ValueError`);
    ``url_prefix`` + the source file name makes ``DELIB_URL``; ``matiere`` is the only source of
    the ACTES subject (``DELIB_MATIERE_CODE`` / ``_NOM``), which no extract states.
    """
    siret = _clean_siret(coll_siret)
    code, name = _clean_matiere(matiere)
    rows = [_row(extract, coll_nom, siret, url_prefix) for extract in extracts]
    for row in rows:
        row.update(DELIB_MATIERE_CODE=text_cell(code), DELIB_MATIERE_NOM=text_cell(name))
    return rows


def write_csv(
    extracts: Iterable[Extract],
    stream: TextIO,
    *,
    coll_nom: str | None = None,
    coll_siret: str | None = None,
    url_prefix: str | None = None,
    matiere: Matiere | None = None,
) -> None:
    """Write the header and the rows of :func:`to_rows` as CSV (open ``stream`` with
    ``newline=""`` and ``encoding="utf-8"``)."""
    rows = to_rows(
        extracts, coll_nom=coll_nom, coll_siret=coll_siret, url_prefix=url_prefix, matiere=matiere
    )
    write_rows(rows, COLUMNS, stream)


def _row(
    extract: Extract, coll_nom: str | None, siret: str | None, url_prefix: str | None
) -> dict[str, str]:
    vote = extract.vote
    counts = extract.session.counts
    authority = extract.authority.name if extract.authority else None
    stamp = extract.deliberation.actes_id
    # The @CTES stamp carries the number and the decision date as transmitted: second choice.
    number = extract.deliberation.number or (stamp.number if stamp else None)
    date = extract.session.date or (stamp.date if stamp else None)
    row = dict.fromkeys(COLUMNS, "")
    row.update(
        COLL_NOM=text_cell(coll_nom or authority),
        COLL_SIRET=text_cell(siret),
        DELIB_ID=text_cell(number),
        DELIB_DATE=date.isoformat() if date else "",
        DELIB_OBJET=text_cell(extract.deliberation.title),
        VOTE_EFFECTIF=number_cell(counts.in_office),
        VOTE_REEL=number_cell(actual_voters(extract)),
        VOTE_POUR=number_cell(vote.for_ if vote else None),
        VOTE_CONTRE=number_cell(vote.against if vote else None),
        VOTE_ABSTENTION=number_cell(vote.abstentions if vote else None),
        DELIB_URL=text_cell(document_url(extract, url_prefix)),
    )
    return row


def actual_voters(extract: Extract) -> int | None:
    """``VOTE_REEL``: members who took part in the vote, as the text lets us count them.

    The declared number of « votants » when the text gives one; otherwise members present plus
    members represented (a proxy holder casts the absent member's vote), less those named as
    not taking part. ``None`` without a vote, or when nobody present is known.
    """
    vote = extract.vote
    if vote is None:
        return None
    counts = extract.session.counts
    if counts.voters is not None:
        return counts.voters
    present = _declared_or_listed(counts.present, len(extract.attendance.present))
    if present is None:
        return None
    represented = _declared_or_listed(counts.represented, len(extract.attendance.represented))
    return present + (represented or 0) - _not_taking_part(vote)


def _declared_or_listed(declared: int | None, listed: int) -> int | None:
    """A count the text declares wins over the length of the list it prints."""
    if declared is not None:
        return declared
    return listed or None


def _not_taking_part(vote: Vote) -> int:
    return len(vote.not_voting)


def document_url(extract: Extract, url_prefix: str | None) -> str | None:
    """``url_prefix`` + the source file's name (percent-encoded); ``None`` if either is missing.

    The prefix is a folder URL: a ``/`` is added when it does not end with one.
    """
    path = extract.source.path
    if not url_prefix or not path or path.startswith("<"):
        return None
    name = posixpath.basename(path.replace("\\", "/"))
    separator = "" if url_prefix.endswith("/") else "/"
    return f"{url_prefix}{separator}{quote(name)}"


def _clean_matiere(matiere: Matiere | None) -> tuple[str | None, str | None]:
    """The ACTES subject as given: « 7.5 » (level 1, a dot, level 2) and its label."""
    if matiere is None:
        return None, None
    code, name = (part.strip() for part in matiere)
    if not _MATIERE_CODE.fullmatch(code):
        raise ValueError(f"DELIB_MATIERE_CODE must look like 7.5 (ACTES subjects), got {code!r}")
    if not name:
        raise ValueError("DELIB_MATIERE_NOM must not be empty")
    return code, name


def _clean_siret(value: str | None) -> str | None:
    if value is None:
        return None
    digits = "".join(value.split())
    if not _SIRET.fullmatch(digits):
        raise ValueError(f"COLL_SIRET must be 14 digits (SIREN + NIC), got {value!r}")
    return digits
