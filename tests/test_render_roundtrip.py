"""Render round trip: ``parse(render(m))`` gives ``m`` back.

Two directions:

- generated models, restricted to what the canonical layout can express (see the strategy's
  comments for each restriction and the parser rule behind it);
- every valid sample: ``parse(render(parse(sample)))`` equals ``parse(sample)``.

Models are compared as dumps without ``source``, ``spans``, ``repairs``, ``record`` (a bundle's
record index is a position in its file, and a record renders as a file of its own) and without
any line number: rendering moves every line. For samples, ``unrecognised`` is left out too: a
line the parser could not place has no place in the canonical layout, so the test checks instead
that the rendered text has no such line.
"""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import qpparse
from conftest import parse_records, relative, valid_samples
from qpparse.export.canonical import compose_vote_sentence, render, render_all
from qpparse.frenchtext import name_key, weekday_name
from qpparse.model import (
    ActesId,
    Article,
    Attendance,
    Citation,
    CountChange,
    Counts,
    Deliberation,
    Extract,
    Formula,
    Line,
    Named,
    NumberParts,
    Person,
    Proxy,
    Session,
    Signature,
    Source,
    Vote,
)

LINE_KEYS = frozenset({"line", "end_line", "title_line"})
NOT_COMPARED = {"source", "spans", "repairs", "record"}


def comparable(extract: Extract, *, placed_only: bool = False) -> Any:
    """The extract's dump without provenance and line numbers; with ``placed_only``, without
    the lines the parser could not place either (the canonical layout has no room for them)."""
    excluded = NOT_COMPARED | ({"unrecognised"} if placed_only else set())
    dump = _drop_lines(extract.model_dump(mode="json", exclude=excluded))
    # The report is read as sentences: where its paragraphs broke is a line break, a hint.
    deliberation = dump.get("deliberation") or {}
    deliberation["report"] = " ".join(deliberation.get("report") or [])
    return dump


def _drop_lines(value: Any) -> Any:
    """Without line numbers, and with whitespace collapsed: line breaks are hints, so a field
    written over several lines (an article's paragraphs) reads back as one run of words."""
    if isinstance(value, dict):
        return {key: _drop_lines(item) for key, item in value.items() if key not in LINE_KEYS}
    if isinstance(value, list):
        return [_drop_lines(item) for item in value]
    if isinstance(value, str):
        return " ".join(value.split())
    return value


def reparse(text: str) -> Extract:
    """Parse rendered text, which must hold exactly one deliberation."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", qpparse.SeveralRecordsWarning)
        return qpparse.parse(text)


# --- The normaliser itself ----------------------------------------------------------------------


def test_the_normaliser_drops_every_line_number_and_nothing_else() -> None:
    dump = _drop_lines({"line": 1, "a": [{"end_line": 2, "title_line": 3, "text": "x\n y"}]})
    assert dump == {"a": [{"text": "x y"}]}


# --- Samples ------------------------------------------------------------------------------------


@pytest.mark.parametrize("sample", valid_samples(), ids=lambda path: path.name)
def test_samples_survive_render_then_parse(sample: Path) -> None:
    for extract in parse_records(qpparse.read(sample, path=relative(sample))):
        again = reparse(render(extract))
        assert again.unrecognised == []  # every rendered line is read
        assert comparable(again, placed_only=True) == comparable(extract, placed_only=True)


@pytest.mark.parametrize("sample", valid_samples(), ids=lambda path: path.name)
def test_a_rendered_bundle_splits_into_the_same_records(sample: Path) -> None:
    extracts = parse_records(qpparse.read(sample, path=relative(sample)))
    again = qpparse.parse_all(render_all(extracts))
    assert [comparable(e, placed_only=True) for e in again] == [
        comparable(e, placed_only=True) for e in extracts
    ]


def test_a_lost_field_is_noticed(seed: Extract) -> None:
    """The comparison can fail: what the layout leaves out does not come back."""
    changed = seed.model_copy(deep=True)
    changed.unrecognised = [Line(line=3, text="Une ligne que le parseur n'a pas su placer")]
    assert comparable(reparse(render(changed))) != comparable(changed)


# --- Generated models ---------------------------------------------------------------------------
# Invented vocabulary only. Names have the GIVEN FAMILY shape (family name in capitals), the one
# shape the parser splits into parts. Free texts are built from words that no section marker
# contains, so that a title or a report paragraph never opens a section of its own.

GIVEN_NAMES = (
    "Aurore", "Bastien", "Célestine", "Damien", "Élodie", "Faustin", "Gaëlle", "Hippolyte",
    "Inès", "Joachim", "Léonie", "Maël", "Noémie", "Octave", "Pernelle", "Rosalie",
)  # fmt: skip
FAMILY_NAMES = (
    "ABRIAL", "BERTONNEAU", "CASTELNAU", "DELMONTE", "ÉTIENNEY", "FOURCADE", "GARRIGOU",
    "HÉRAUD", "LAFFARGUE", "MONTAGNÉ", "NOVELLI", "PRADAL", "QUEYREL", "SABATIER",
)  # fmt: skip
PLACES = ("Val-de-Lauze", "Haute-Sorgue", "Causse-Noir", "Pays-de-Brenne", "Orbe-et-Thérain")
# (authority word, its kind, the link from a body to it)
AUTHORITIES = (("Métropole", "metropole", "de la"), ("Département", "departement", "du"))
# (body words, its kind, the header's article before it)
BODIES = (
    ("Bureau", "bureau"),
    ("Conseil", "conseil"),
    ("Commission permanente", "commission-permanente"),
)
WORDS = (
    "aménagement", "convention", "subvention", "quartier", "partenariat", "garantie",
    "emprunt", "travaux", "médiathèque", "tarifs", "avenant", "entretien", "parcelle",
    "réseau", "logements", "jardins", "collège", "transport", "2023", "(phase 2)",
)  # fmt: skip
PLACES_MET = ("salle du conseil", "Hôtel de la Métropole", "mairie annexe de Saint-Arnoul")
COUNT_SCOPES = ("A partir du point 2", "Après le point 4")
STAMP_FORMULAS = ("Signé le 3 juillet 2017 Reçu au contrôle de légalité le 5 juillet 2017",)
PRESIDENT_ROLES = ("Président de séance", "Présidente du Conseil", "Vice-présidente déléguée")
PROPOSALS = (
    "Madame la Présidente a proposé au Conseil d'accepter les conclusions exposées ci-après et"
    " de les convertir en délibération.",
    "Monsieur le Président a proposé au Bureau d'accepter les conclusions ci-après.",
)
PROPOSERS = (
    "Monsieur le Président sur proposition du Commissaire Rapporteur soumet au Conseil le"
    " rapport suivant :",
    "Madame la Vice-présidente soumet au Bureau le rapport suivant :",
)
CONCLUSIONS = (
    "Telles sont les raisons qui nous incitent à proposer de prendre la délibération ci-après :",
)
REPORT_HEARD = ("Ouï le rapport ci-dessus,", "Où il le rapport ci-dessus")
CONCLUSIONS_HEARD = ("Entendues les conclusions du Commissaire Rapporteur,",)
DECISIONS = ("Délibère", "DÉCIDE", "Décide", "Le Conseil, après en avoir délibéré,")
SIGNATURE_FORMULAS = ("Certifié Conforme", "Pour extrait conforme")
# Roles hold no word in capitals: a last role line that looks like a name would be read as the
# signatory.
SIGNATORY_ROLES = ("Le Vice-Président Délégué aux Finances", "La Présidente", "Le Maire")

civilities = st.sampled_from([None, "Mme", "M."])


@st.composite
def family_names(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(FAMILY_NAMES))
    if draw(st.booleans()):
        name = f"{name}-{draw(st.sampled_from(FAMILY_NAMES))}"
    prefix = draw(st.sampled_from(["", "", "", "LE ", "de "]))
    return prefix + name


@st.composite
def given_names(draw: st.DrawFn) -> str:
    names = draw(st.lists(st.sampled_from(GIVEN_NAMES), min_size=1, max_size=2))
    return "-".join(names)


@st.composite
def people(draw: st.DrawFn) -> Person:
    given, family = draw(given_names()), draw(family_names())
    return Person(
        name=f"{given} {family}",
        given_name=given,
        family_name=family,
        civility=draw(civilities),
        line=1,
    )


@st.composite
def phrases(draw: st.DrawFn, min_words: int = 2, max_words: int = 8) -> str:
    """A phrase of safe words, first letter capitalised, no final punctuation."""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=max_words))
    text = " ".join(words)
    return text[0].upper() + text[1:]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    return draw(phrases()) + "."


@st.composite
def headers(draw: st.DrawFn) -> tuple[Named, Named]:
    """The parser names the body « words + link + first word of the authority »."""
    word, authority_kind, link = draw(st.sampled_from(AUTHORITIES))
    body_words, body_kind = draw(st.sampled_from(BODIES))
    authority = Named(name=f"{word} {draw(st.sampled_from(PLACES))}", kind=authority_kind, line=1)
    body = Named(name=f"{body_words} {link} {word}", kind=body_kind, line=1)
    return authority, body


@st.composite
def count_changes(draw: st.DrawFn) -> CountChange:
    count = st.none() | st.integers(1, 300)
    fields = ("in_office", "present", "represented", "voters")
    values = draw(st.fixed_dictionaries(dict.fromkeys(fields, count)))
    values["voters"] = values["voters"] or draw(st.integers(1, 300))  # at least one count
    return CountChange(scope=draw(st.sampled_from(COUNT_SCOPES)), line=1, **values)


def _has_count_box(counts: Counts) -> bool:
    """Whether the canonical layout writes a count box (every count but ``present``)."""
    dumped = counts.model_dump(exclude={"present", "line"})
    return any(value is not None for value in dumped.values())


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    date = draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)))
    weekday = time = None
    if date is not None:
        weekday = draw(st.sampled_from([None, weekday_name(date)]))
        hour_minute = draw(st.none() | st.tuples(st.integers(0, 23), st.integers(0, 59)))
        time = f"{hour_minute[0]:02d}:{hour_minute[1]:02d}" if hour_minute else None
    # The opening sentence needs the president's role beside their name.
    president = draw(st.none() | people())
    role = draw(st.sampled_from(PRESIDENT_ROLES)) if president else None
    count = st.none() | st.integers(1, 300)
    counts = Counts(
        present=draw(count),
        in_office=draw(count),
        represented=draw(count),
        voters=draw(count),
        seats=draw(count),
        quorum_declared=draw(count),
        majority_declared=draw(count),
        audience=draw(count),
    )
    return Session(
        date=date,
        weekday=weekday,
        time=time,
        # The place sentence is read with the session block: it needs a date line before it.
        place=draw(st.none() | st.sampled_from(PLACES_MET)) if date else None,
        president=president,
        president_role=role,
        secretary=draw(st.none() | people()),
        convocation_date=draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31))),
        counts=counts,
        # Count changes are read only below a count box; two identical lines would be taken
        # for page furniture, hence one change per scope.
        count_changes=draw(st.lists(count_changes(), max_size=2, unique_by=lambda c: c.scope))
        if _has_count_box(counts)
        else [],
    )


# What a list item may carry besides the name: a role, the member replaced, notes in brackets,
# a commune prefix. Roles are the usual words: in brackets the parser takes only those for roles.
LIST_ROLES = ("Adjointe", "Vice-Président", "Conseiller délégué", "1er Adjoint")
SUBSTITUTE_ROLES = (None, "suppléante", "suppléant")
NOTES = ("arrivé au point 3", "arrivée à 10 h 35", "présent à partir de 10 h")
COMMUNES = ("VILLEBOURG", "SAINT-CLAIR-SUR-ORNE", "Val-d'Aure")
SCOPES = ("à partir du point 5", "jusqu'au point 8")


@st.composite
def listed_people(draw: st.DrawFn, commune: str | None = None) -> Person:
    person = draw(people())
    if draw(st.booleans()):
        person.substitute_for = f"{draw(given_names())} {draw(family_names())}"
        person.role = draw(st.sampled_from(SUBSTITUTE_ROLES))
    else:
        person.role = draw(st.none() | st.sampled_from(LIST_ROLES))
    person.notes = draw(st.lists(st.sampled_from(NOTES), max_size=1))
    person.commune = commune
    return person


@st.composite
def name_lists(draw: st.DrawFn, min_size: int = 0, max_size: int = 3) -> list[Person]:
    """A commune prefix carries over to the names after it, so a list has communes for every
    name or for none."""
    size = draw(st.integers(min_size, max_size))
    with_communes = draw(st.booleans())
    communes = st.sampled_from(COMMUNES) if with_communes else st.none()
    return [draw(listed_people(commune=draw(communes))) for _ in range(size)]


@st.composite
def proxies(draw: st.DrawFn) -> Proxy:
    holder = draw(st.none() | people())
    scope = draw(st.none() | st.sampled_from(SCOPES)) if holder else None
    return Proxy(member=draw(listed_people()), holder=holder, scope=scope, line=1)


@st.composite
def attendances(draw: st.DrawFn) -> Attendance:
    # At least one member present: a signature only opens after the attendance stage.
    represented = draw(st.lists(proxies(), max_size=3))
    # A member who gave a proxy is represented only (the parser files them there whatever
    # other list names them): the canonical model lists them nowhere else.
    givers = {name_key(proxy.member.name) for proxy in represented}
    return Attendance(
        present=draw(name_lists(min_size=1, max_size=5)),
        represented=represented,
        excused=[person for person in draw(name_lists()) if name_key(person.name) not in givers],
        absent=[person for person in draw(name_lists()) if name_key(person.name) not in givers],
        non_voting=draw(name_lists(max_size=2)),
    )


@st.composite
def metropole_numbers(draw: st.DrawFn) -> tuple[str, NumberParts, None]:
    commission = draw(st.sampled_from(["CHL", "MOB", "EAU", "FIN", "DEVT2"]))
    order, unique = draw(st.integers(0, 999)), draw(st.integers(1, 999_999))
    year, body = draw(st.integers(0, 99)), draw(st.sampled_from(["BM", "CM", "CT"]))
    parts = NumberParts(
        commission=commission, order=order, unique=unique, year=2000 + year, body=body
    )
    return f"{commission}-{order:03d}-{unique}/{year:02d}/{body}", parts, None


# Other shapes the parser reads: commune (« N° 2018/42 »), Conseil de Territoire, older city
# numbers with a service code. Only Métropole numbers have parts.
other_numbers = st.one_of(
    st.from_regex(r"\A[1-9][0-9]{0,3}[/-][0-9]{1,4}\Z").map(lambda number: (number, None, None)),
    st.from_regex(r"\ACT[1-9]-[0-9]{3}/[0-9]{2}\Z").map(lambda number: (number, None, None)),
    st.tuples(
        st.from_regex(r"\A[0-9]{2}/[0-9]{4}/[A-Z]{2,6}\Z"),
        st.none(),
        st.none() | st.from_regex(r"\A[A-Z][0-9]{2}[A-Z]{1,4}\Z"),
    ),
)


@st.composite
def stamps(draw: st.DrawFn) -> ActesId:
    """The @CTES stamp « ID : 081-228100015-20210409-2021_13-DE »."""
    return ActesId(
        department=draw(st.from_regex(r"\A0[0-9]{2}\Z")),
        siren=draw(st.from_regex(r"\A2[0-9]{8}\Z")),
        date=draw(st.dates(dt.date(2005, 1, 1), dt.date(2099, 12, 31))),
        number=draw(st.from_regex(r"\A[0-9]{4}_[0-9]{1,3}\Z")),
        nature="DE",
        line=1,
    )


@st.composite
def deliberations(draw: st.DrawFn) -> Deliberation:
    """The number is always there: the title and other numbers are read only after it."""
    number, parts, service_code = draw(metropole_numbers() | other_numbers)
    proposer = draw(st.none() | st.sampled_from(PROPOSERS))
    return Deliberation(
        number=number,
        number_parts=parts,
        service_code=service_code,
        # Five digits at least: read as one line, « … la route 100 » or « … 2021 » ends a title.
        other_numbers=draw(st.lists(st.from_regex(r"\A[1-9][0-9]{4,7}\Z"), max_size=2)),
        title=draw(st.none() | phrases()),
        proposer=proposer,
        # Report paragraphs come after the proposer line, never without it.
        report=draw(st.lists(sentences(), max_size=3)) if proposer else [],
        actes_id=draw(st.none() | stamps()),
    )


@st.composite
def formulas(draw: st.DrawFn, deliberation: Deliberation, body: Named) -> list[Formula]:
    chosen = [
        ("stamp", draw(st.none() | st.sampled_from(STAMP_FORMULAS))),
        ("proposal", draw(st.none() | st.sampled_from(PROPOSALS))),
        ("conclusion", draw(st.none() | st.sampled_from(CONCLUSIONS))),
    ]
    # The body declaration opens a section only after the report stage (proposer or conclusion).
    if deliberation.proposer or chosen[1][1]:
        article = "La" if body.name.startswith("Commission") else "Le"
        declaration = f"{article} {body.name} {draw(st.sampled_from(PLACES))},"
        chosen.append(("body_declaration", draw(st.sampled_from([None, declaration]))))
    chosen += [
        ("report_heard", draw(st.none() | st.sampled_from(REPORT_HEARD))),
        ("conclusions_heard", draw(st.none() | st.sampled_from(CONCLUSIONS_HEARD))),
    ]
    return [Formula(kind=kind, text=text, line=1) for kind, text in chosen if text]


@st.composite
def articles(draw: st.DrawFn) -> list[Article]:
    count = draw(st.integers(0, 4))
    found = []
    for number in range(1, count + 1):
        labels = [f"Article {number}", f"ARTICLE {number}"]
        if number == 1:
            labels += ["Article 1er", "Article premier"] + (
                ["Article unique"] if count == 1 else []
            )
        paragraphs = draw(st.lists(sentences(), min_size=1, max_size=2))
        found.append(
            Article(
                number=number,
                label=draw(st.sampled_from(labels)),
                text="\n".join(paragraphs),
                line=1,
            )
        )
    return found


@st.composite
def votes(draw: st.DrawFn) -> Vote:
    """Fields first; the sentence is the canonical wording of those fields."""
    counts = st.none() | st.integers(0, 200)
    vote = Vote(
        outcome=draw(st.sampled_from([None, "adopted", "rejected"])),
        unanimous=draw(st.sampled_from([None, True])),  # the text says it, or says nothing
        for_=draw(counts),
        against=draw(counts),
        abstentions=draw(counts),
        not_voting=draw(st.lists(people(), max_size=2)),
        text="",
        line=1,
    )
    vote.text = compose_vote_sentence(vote)
    return vote


@st.composite
def signatures(draw: st.DrawFn) -> Signature:
    return Signature(
        formula=draw(st.sampled_from(SIGNATURE_FORMULAS)),
        role=draw(st.none() | st.sampled_from(SIGNATORY_ROLES)),
        signatory=draw(st.none() | people()),
        line=1,
    )


@st.composite
def citations(draw: st.DrawFn) -> list[Citation]:
    return [Citation(text=text, line=1) for text in draw(st.lists(phrases(), max_size=3))]


@st.composite
def extracts(draw: st.DrawFn) -> Extract:
    authority, body = draw(headers())
    deliberation = draw(deliberations())
    found_articles = draw(articles())
    vote = draw(st.none() | votes())
    # Articles and the vote sentence are read only after the decision stage.
    decisions = st.sampled_from(DECISIONS)
    decision = draw(decisions if found_articles or vote else st.none() | decisions)
    return Extract(
        source=Source(sha256="0" * 64, encoding="utf-8", line_count=0),
        authority=authority,
        body=body,
        session=draw(sessions()),
        attendance=draw(attendances()),
        deliberation=deliberation,
        visas=draw(citations()),
        considerants=draw(citations()),
        decision_formula=decision,
        articles=found_articles,
        vote=vote,
        signature=draw(st.none() | signatures()),
        formulas=draw(formulas(deliberation, body)),
    )


@settings(max_examples=150, deadline=None)
@given(extracts())
def test_generated_models_survive_render_then_parse(extract: Extract) -> None:
    text = render(extract)
    # Parser rule: a line repeated word for word, one copy of which sits next to a stamp, is
    # taken for page furniture and dropped everywhere (see the report on stamped bundles).
    if extract.deliberation.actes_id is not None:
        long_lines = [line for line in text.splitlines() if len(line) >= 12]
        assume(len(long_lines) == len(set(long_lines)))
    again = reparse(text)
    assert again.unrecognised == []
    assert comparable(again) == comparable(extract)
