"""The data model of a deliberation extract: these classes *are* the JSON contract.

Every key below is public. Renaming or removing one requires a ``SCHEMA_VERSION`` bump and a
changelog entry; adding an optional key does not. Every ``line`` is the 1-based line number in the
input text. A field the text does not state is ``None`` or an empty list, never a guess.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

Civility = Literal["Mme", "M."]
Outcome = Literal["adopted", "rejected"]


class _Model(BaseModel):
    """Shared configuration: unknown keys are refused so that typos in consumers fail loudly.

    Each model's validator is built when it is first used, not on import: a command that never
    builds a model (``qpparse rules``, ``--help``) or some of them does not pay for the others.
    """

    model_config = ConfigDict(
        extra="forbid", populate_by_name=True, serialize_by_alias=True, defer_build=True
    )


class Person(_Model):
    """A member named in the extract, as written (accents and case kept)."""

    name: str = Field(description="Given names then family name, civility removed.")
    given_name: str | None = None
    family_name: str | None = None
    civility: Civility | None = None
    line: int
    role: str | None = Field(default=None, description="Role written beside the name.")
    commune: str | None = Field(default=None, description="Commune prefixed to the name.")
    notes: list[str] = Field(
        default_factory=list, description="Annotations moved out of the name (arrival, …)."
    )
    substitute_for: str | None = Field(
        default=None,
        description="Whom this member stands in for (« suppléante de M. X », « remplace M. Y »),"
        " as written, civility removed.",
    )


class Source(_Model):
    """Where the text came from and how it was decoded."""

    path: str | None = None
    sha256: str
    encoding: str
    line_count: int
    pages: list[int] | None = Field(
        default=None, description="For a PDF: the first line of each page's text."
    )
    text: str = Field(
        default="", exclude=True, repr=False, description="The decoded text (not serialised)."
    )


class Named(_Model):
    """An authority or a body: its name as written and a stable kind slug."""

    name: str
    kind: str | None = None
    line: int | None = None


class Counts(_Model):
    """Member counts *as the text declares them*; ``None`` when the text is silent."""

    in_office: int | None = None
    present: int | None = None
    represented: int | None = None
    voters: int | None = None
    line: int | None = None
    seats: int | None = Field(
        default=None, description="Seats the body has (« Afférents au Conseil »), filled or not."
    )
    quorum_declared: int | None = Field(
        default=None, description="The quorum the text states (« Quorum : 14 »): a threshold."
    )
    majority_declared: int | None = Field(
        default=None, description="The majority the text states (« Majorité absolue : 9 »)."
    )
    audience: int | None = Field(
        default=None,
        description="Members of the public the text counts (« Auditeurs … : 40 »): never "
        "members, never part of a quorum.",
    )


class CountChange(_Model):
    """Counts the text restates for part of the session (« A partir du point 2 : … »)."""

    scope: str = Field(description="The scope as written, e.g. « A partir du point 2 ».")
    in_office: int | None = None
    present: int | None = None
    represented: int | None = None
    voters: int | None = None
    line: int


class Session(_Model):
    date: dt.date | None = None
    weekday: str | None = Field(default=None, description="Weekday as written, lower case.")
    time: str | None = Field(default=None, description="HH:MM when the text states it.")
    place: str | None = None
    president: Person | None = None
    president_role: str | None = None
    secretary: Person | None = None
    counts: Counts = Field(default_factory=Counts)
    line: int | None = Field(default=None, description="Line of the session date.")
    count_changes: list[CountChange] = Field(
        default_factory=list,
        description="Later counts (per agenda point); ``counts`` keeps the opening ones.",
    )
    convocation_date: dt.date | None = Field(
        default=None, description="« Date de convocation » when the text states it."
    )


class Proxy(_Model):
    """An absent member represented by a proxy holder (« pouvoir »)."""

    member: Person
    holder: Person | None = None
    line: int
    scope: str | None = Field(default=None, description="Time scope, e.g. « à partir du point 5 ».")
    notes: list[str] = Field(
        default_factory=list,
        description="What the text left unsaid or unresolved (a holder named only by role, …).",
    )


class Attendance(_Model):
    present: list[Person] = Field(default_factory=list)
    represented: list[Proxy] = Field(default_factory=list)
    excused: list[Person] = Field(default_factory=list)
    absent: list[Person] = Field(default_factory=list)
    non_voting: list[Person] = Field(
        default_factory=list,
        description="People attending « sans voix délibérative » (staff, guests): not members,"
        " never counted.",
    )


class NumberParts(_Model):
    """Breakdown of a Métropole identifier such as ``CHL-025-11372/22/BM``."""

    commission: str
    order: int
    unique: int
    year: int
    body: str


class ActesId(_Model):
    """The @CTES transmission stamp « ID : 042-214200419-20200615-2020_31-DE », split."""

    department: str = Field(description="Département code, as written (« 042 »).")
    siren: str
    date: dt.date | None = Field(description="The date in the stamp; None if not a calendar date.")
    number: str = Field(description="The deliberation number as transmitted.")
    nature: str = Field(description="Act nature code: DE (délibération), AR (arrêté), …")
    line: int


class Deliberation(_Model):
    number: str | None = None
    number_parts: NumberParts | None = None
    other_numbers: list[str] = Field(default_factory=list)
    title: str | None = None
    proposer: str | None = None
    report: list[str] = Field(default_factory=list)
    line: int | None = Field(default=None, description="Line of the deliberation number.")
    title_line: int | None = None
    service_code: str | None = Field(
        default=None, description="Service code written before the number (« D02XY- »)."
    )
    actes_id: ActesId | None = Field(
        default=None, description="The @CTES transmission stamp (« ID : … »), when present."
    )


class Citation(_Model):
    """One « Vu … » visa or « Considérant … » recital."""

    text: str
    line: int


class Formula(_Model):
    """A procedural sentence of the extract (proposal, « Ouï le rapport », …)."""

    kind: str
    text: str
    line: int


class Article(_Model):
    number: int
    label: str
    text: str
    line: int
    numbered: bool = Field(
        default=True,
        description="False for an item of a dash list after « DÉCIDE : » (« - d'approuver … »): "
        "its ``number`` is then its position in the list and ``label`` is empty.",
    )


class Vote(_Model):
    outcome: Outcome | None = None
    unanimous: bool | None = None
    for_: int | None = Field(default=None, alias="for")
    against: int | None = None
    abstentions: int | None = None
    not_voting: list[Person] = Field(default_factory=list)
    opposing: list[Person] = Field(
        default_factory=list, description="Members the text names as voting against."
    )
    abstaining: list[Person] = Field(
        default_factory=list, description="Members the text names as abstaining."
    )
    text: str
    line: int


class Signature(_Model):
    formula: str | None = None
    role: str | None = None
    signatory: Person | None = None
    line: int


class Line(_Model):
    """A line of input kept verbatim, with its number."""

    line: int
    text: str


class Repair(_Model):
    """A change made to the text before parsing (markdown residue, …): never silent."""

    line: int
    kind: str
    before: str
    after: str


class Span(_Model):
    """Which field a run of input lines went into: the provenance map of the extract."""

    field: str
    line: int
    end_line: int


class Record(_Model):
    """Where this extract sits in a file that holds several deliberations (a bundle)."""

    index: int = Field(description="1-based position of this deliberation in the file.")
    count: int = Field(description="Number of deliberations in the file.")


class ContentsEntry(_Model):
    """One line of a « recueil »'s table of contents (« SOMMAIRE »)."""

    text: str
    page_range: str | None = Field(default=None, description="Page or range as written: « 3 à 9 ».")
    line: int


class Publication(_Model):
    """The cover of a « recueil des actes administratifs » a deliberation was published in."""

    title: str
    number: str | None = Field(default=None, description="The recueil's number: « 2017/4 ».")
    contents: list[ContentsEntry] = Field(default_factory=list)
    line: int


class _Provenance(_Model):
    """The keys of an :class:`Extract` that say where it comes from, not what the text says."""

    schema_version: Literal[1] = 1
    source: Source
    record: Record | None = Field(
        default=None, description="Set when the file holds several deliberations."
    )


class Content(_Model):
    """What a parse reads from the text: every key of an :class:`Extract` after its provenance.

    The one list of these keys: :class:`qpparse.extract.draft.Draft` inherits them to fill them
    section by section, and :func:`qpparse.parse` copies them from the draft by
    ``Content.model_fields``, so a key added here needs no second list.
    """

    publication: Publication | None = Field(
        default=None, description="The recueil holding this deliberation, when there is one."
    )
    authority: Named | None = None
    body: Named | None = None
    session: Session = Field(default_factory=Session)
    attendance: Attendance = Field(default_factory=Attendance)
    deliberation: Deliberation = Field(default_factory=Deliberation)
    visas: list[Citation] = Field(default_factory=list)
    considerants: list[Citation] = Field(default_factory=list)
    decision_formula: str | None = None
    articles: list[Article] = Field(default_factory=list)
    vote: Vote | None = None
    signature: Signature | None = None
    formulas: list[Formula] = Field(default_factory=list)
    unrecognised: list[Line] = Field(default_factory=list)
    repairs: list[Repair] = Field(default_factory=list)
    spans: list[Span] = Field(default_factory=list)


# Provenance first, then the content: the keys' order in the JSON is the model's, and the fields
# of the last base come first.
class Extract(Content, _Provenance):
    """One deliberation extract, parsed."""
