"""Render: an :class:`~qpparse.model.Extract` → extract text in the canonical layout.

The layout is the seed's (``samples/valid/amp-bureau-2022-03-10-quartiers-productifs.txt``):
header, session date, opening sentence, attendance blocks, proposal, number and title, report,
visas, considérants, decision, articles, vote, signature, each block after a blank line. What
the model keeps verbatim (formulas, report paragraphs, citations, article texts, the vote
sentence, roles) is written verbatim, so that parsing the rendered text gives the model back.

Fields the seed does not show (count box, place, secretary, communes, notes, the @CTES stamp…)
are written in one of the forms the parser reads; ``docs/exports.md`` lists them in order.

Departures from the seed, so that nothing is lost on the way back:

- the header keeps the case of the names (« DU Bureau de la Métropole Val-de-Lauze ») where
  the seed writes capitals: capitals lose the spelling, which the parser would then have to
  find elsewhere in the text;
- lines the parser could not place (``unrecognised``) have no place in the layout and are
  left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from qpparse import lexicon
from qpparse.frenchtext import fold
from qpparse.model import (
    ContentsEntry,
    CountChange,
    Extract,
    Formula,
    Person,
    Proxy,
    Publication,
    Vote,
)

# --- The canonical wording ----------------------------------------------------------------------
# Written, not read: the lexicon holds what the parser recognises; these are the one spelling
# the renderer writes, chosen among those the lexicon recognises.
RECUEIL_NUMBER = "N°"
CONTENTS_HEADING = "SOMMAIRE"
CONTENTS_LEADERS = "........"
HEADER = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS"
SESSION = "Séance du"
MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
# The count box under the date line: « Membres en exercice : 35 ».
COUNT_LABELS = (
    ("seats", "Afférents"),
    ("in_office", "Membres en exercice"),
    ("represented", "Pouvoirs"),
    ("voters", "Votants"),
    ("quorum_declared", "Quorum"),
    ("majority_declared", "Majorité absolue"),
    ("audience", "Auditeurs présents"),
)
# A later change of the counts: « A partir du point 2 : Présents : 11 - Votants : 13 ».
COUNT_CHANGE_LABELS = (
    ("in_office", "Membres en exercice"),
    ("present", "Présents"),
    ("represented", "Pouvoirs"),
    ("voters", "Votants"),
)
CONVOCATION = "Date de convocation :"
MET_AT = "L'assemblée s'est réunie en"
SECRETARY = "Secrétaire de séance :"
OPENED = "a ouvert la séance"
OPENED_BY_UNNAMED = "La présidence a ouvert la séance"
PRESIDED_BY = "Sous la présidence de"
COUNT_PRESENT_PROSE = "ont été présents {count} membres"
COUNT_PRESENT = "à laquelle ont été présents {count} membres"
ATTENDANCE_HEADINGS = {
    "present": "Etaient présents Mesdames et Messieurs :",
    "represented": "Etaient absents et représentés Mesdames et Messieurs :",
    "excused": "Etaient absents et excusés Mesdames et Messieurs :",
    "absent": "Etaient absents Mesdames et Messieurs :",
    "non_voting": "Assistaient également à la séance sans voix délibérative :",
}
NUMBER_LEAD = "N°"
STAMP_LEAD = "ID :"
COMMUNE_MARK = ":"
SUBSTITUTE_OF = "de"
REPLACES = "remplace"
# The parser's notes for a proxy holder named by role (« représenté par M. le Vice-Président »),
# resolved to a member or not: the role as written follows the prefix, and is written back.
_RESOLVED_ROLE_NOTE = "named by role: "
_UNRESOLVED_ROLE_NOTE = "holder named only by role, not resolved: "
NAME_SEPARATOR = " - "
REPRESENTED_BY = {"Mme": "représentée par", "M.": "représenté par", None: "représenté par"}
CIVILITY_WORDS = {"Mme": "Madame", "M.": "Monsieur"}
VISAS_HEADING = "Vu"
CONSIDERANTS_HEADING = "Considérant"
NOT_VOTING = {1: "Ne prend pas part au vote :", 2: "Ne prennent pas part au vote :"}
VOTE_PUT = "Cette proposition mise aux voix"
VOTE_PUT_ONLY = "Cette proposition a été mise aux voix."
VOTE_OUTCOMES = {"adopted": "est adoptée", "rejected": "est rejetée"}
VOTE_OBTAINED = "a recueilli"
VOTE_BY = "par"
UNANIMOUSLY = "à l'unanimité"
UNANIMITY = "l'unanimité"
# (singular, plural) after the number of votes of each option: for, against, abstaining.
VOTE_COUNTS = (
    ("voix pour", "voix pour"),
    ("voix contre", "voix contre"),
    ("abstention", "abstentions"),
)

# Where each formula kind goes: under the header (a transmission stamp printed there), before
# the number, after the report, after the visas.
_BEFORE_HEADER = ("display_notice",)
_UNDER_HEADER = ("stamp",)
_BEFORE_NUMBER = ("proposal",)
_AFTER_REPORT = ("conclusion", "body_declaration")
_AFTER_VISAS = ("report_heard", "conclusions_heard")


def render(extract: Extract, *, cover: bool = True) -> str:
    """The extract as text: blocks separated by a blank line, a final newline.

    ``cover`` writes the recueil's cover first when the extract has one.
    """
    blocks = [block for block in _blocks(extract, cover=cover) if block]
    return "\n\n".join("\n\n".join(block) for block in blocks) + "\n"


def render_all(extracts: Iterable[Extract]) -> str:
    """Several extracts one after the other, as a bundle the parser splits again.

    A recueil's cover is written once, before the first deliberation it covers.
    """
    parts: list[str] = []
    previous: Publication | None = None
    for extract in extracts:
        new_cover = extract.publication is not None and extract.publication != previous
        parts.append(render(extract, cover=new_cover))
        previous = extract.publication
    return "\n".join(parts)


def _blocks(extract: Extract, *, cover: bool) -> Iterator[list[str]]:
    """Each block is a list of paragraphs, separated by blank lines; a paragraph may hold
    several lines (the count box, a list of items, the signature)."""
    yield _cover(extract.publication) if cover and extract.publication else []
    above, below = _around_header(extract)
    yield above
    yield _header(extract)
    yield below
    yield _session(extract)
    yield _attendance(extract)
    yield _formulas(extract.formulas, _BEFORE_NUMBER)
    yield _identification(extract)
    yield _report(extract)
    yield _formulas(extract.formulas, _AFTER_REPORT)
    yield _citations(VISAS_HEADING, [visa.text for visa in extract.visas])
    yield _formulas(extract.formulas, _AFTER_VISAS)
    yield _citations(CONSIDERANTS_HEADING, [item.text for item in extract.considerants])
    yield [_decision_line(extract.decision_formula)] if extract.decision_formula else []
    yield _articles(extract)
    yield _vote(extract.vote) if extract.vote else []
    yield _signature(extract)
    yield _stamp(extract)


# --- Header and session -------------------------------------------------------------------------


def _around_header(extract: Extract) -> tuple[list[str], list[str]]:
    """Display notices, and stamps written before the header in the source, go above it (in
    their order); the other stamps go under it, where a glued stamp is printed."""
    header = extract.body or extract.authority
    header_line = header.line if header and header.line else 0
    kinds = _BEFORE_HEADER + _UNDER_HEADER
    placed = sorted(
        (formula for formula in extract.formulas if formula.kind in kinds), key=_formula_line
    )
    above = [f for f in placed if f.kind in _BEFORE_HEADER or f.line < header_line]
    below = [f for f in placed if f not in above]
    return [f.text for f in above], [f.text for f in below]


def _formula_line(formula: Formula) -> int:
    return formula.line


def _cover(publication: Publication) -> list[str]:
    """A recueil's cover: title, number, then its table of contents with dotted leaders."""
    lines = [publication.title]
    if publication.number:
        lines.append(f"{RECUEIL_NUMBER} : {publication.number}")
    if publication.contents:
        lines.append(CONTENTS_HEADING)
        lines.append("\n".join(_contents_line(entry) for entry in publication.contents))
    return lines


def _contents_line(entry: ContentsEntry) -> str:
    return f"{entry.text} {CONTENTS_LEADERS} {entry.page_range or ''}".rstrip()


def _header(extract: Extract) -> list[str]:
    """« … DU Bureau de la Métropole Aix-Marseille-Provence », or the authority as a letterhead
    line above « … DU Conseil Municipal ».

    The parser names a body written before its authority « words + link + first word of the
    authority » (« Bureau de la Métropole »): such a body and its authority share one line.
    """
    body, authority = extract.body, extract.authority
    if body is None:
        return [authority.name] if authority else []
    article = "DE LA" if fold(body.name).startswith("commission") else "DU"
    if authority is None:
        return [f"{HEADER} {article} {body.name}"]
    first_word, _, rest = authority.name.partition(" ")
    if rest and fold(body.name).endswith(" " + fold(first_word)):
        return [f"{HEADER} {article} {body.name} {rest}"]
    return [authority.name, f"{HEADER} {article} {body.name}"]


def _session(extract: Extract) -> list[str]:
    """Date line, place, count box, convocation, opening sentence, secretary.

    The place sentence comes right after the date line: the parser reads it as a continuation
    of the session line, while after the count box it would be an unknown line.
    """
    session = extract.session
    lines = []
    if session.date is not None:
        weekday = f"{session.weekday} " if session.weekday else ""
        at = f" à {_french_time(session.time)}" if session.time else ""
        lines.append(f"{SESSION} {weekday}{french_date(session.date)}{at}")
        lines.extend(line for line in [_place(extract)] if line)
    box = [
        f"{label} : {value}"
        for field, label in COUNT_LABELS
        if (value := getattr(session.counts, field)) is not None
    ]
    if box:
        lines.append("\n".join(box))
    lines.extend(_count_change(change) for change in session.count_changes)
    if session.convocation_date is not None:
        lines.append(f"{CONVOCATION} {french_date(session.convocation_date)}")
    lines.extend(line for line in [_opening(extract)] if line)
    if session.secretary is not None:
        lines.append(f"{SECRETARY} {person_text(session.secretary)}")
    return lines


def _count_change(change: CountChange) -> str:
    pairs = [
        f"{label} : {value}"
        for field, label in COUNT_CHANGE_LABELS
        if (value := getattr(change, field)) is not None
    ]
    return f"{change.scope} : {NAME_SEPARATOR.join(pairs)}"


def _place(extract: Extract) -> str | None:
    return f"{MET_AT} {extract.session.place}." if extract.session.place else None


def french_date(date: dt.date) -> str:
    """« 1er avril 2021 », « 10 mars 2022 »."""
    day = "1er" if date.day == 1 else str(date.day)
    return f"{day} {MONTHS[date.month - 1]} {date.year}"


def _french_time(time: str) -> str:
    """``09:30`` → « 9 h 30 »."""
    hour, _, minute = time.partition(":")
    return f"{int(hour)} h {minute or '00'}"


def _opening(extract: Extract) -> str | None:
    """« Madame Martine VASSAL, Présidente de …, a ouvert la séance à laquelle … 23 membres. »"""
    session = extract.session
    count = session.counts.present
    if session.president is None and count is None:
        return None
    president, role = session.president, session.president_role
    if president is not None and role and president.civility is None:
        # Read as one line, a name with no civility does not open a sentence: the phrase does.
        presided = f"{PRESIDED_BY} {person_text(president, CIVILITY_WORDS)}, {role}"
        return (
            f"{presided}, {COUNT_PRESENT_PROSE.format(count=count)}." if count else f"{presided}."
        )
    if president is not None and role:
        who = f"{person_text(president, CIVILITY_WORDS)}, {role}, {OPENED}"
    else:
        who = OPENED_BY_UNNAMED
    return f"{who} {COUNT_PRESENT.format(count=count)}." if count is not None else f"{who}."


# --- Attendance ---------------------------------------------------------------------------------


def _attendance(extract: Extract) -> list[str]:
    attendance = extract.attendance
    lists = {
        "present": [(person, _listed(person)) for person in attendance.present],
        "represented": [(proxy.member, _proxy_text(proxy)) for proxy in attendance.represented],
        "excused": [(person, _listed(person)) for person in attendance.excused],
        "absent": [(person, _listed(person)) for person in attendance.absent],
        "non_voting": [(person, _listed(person)) for person in attendance.non_voting],
    }
    lines = []
    for role, items in lists.items():
        if items:
            lines += [ATTENDANCE_HEADINGS[role], _with_communes(items)]
    return lines


def _with_communes(items: list[tuple[Person, str]]) -> str:
    """Names separated by « - »; a commune prefix (« VILLEBOURG : ») where the commune changes,
    since the parser carries a commune over to the names that follow it."""
    written, commune = [], None
    for person, text in items:
        changes = person.commune is not None and person.commune != commune
        written.append(f"{person.commune} {COMMUNE_MARK} {text}" if changes else text)
        commune = person.commune or commune
    return NAME_SEPARATOR.join(written) + "."


def person_text(person: Person, civilities: dict[str, str] | None = None) -> str:
    """The name after its civility (« Mme » or, given, « Madame »)."""
    if person.civility is None:
        return person.name
    word = (civilities or {}).get(person.civility, person.civility)
    return f"{word} {person.name}"


def _listed(person: Person, *, comma_role: bool = True) -> str:
    """A list item: the name, then the role or the member replaced, then the notes in brackets
    (« Lucie ROUX, Adjointe », « Inès UGHETTO (suppléante de Yves VALLAURI) (arrivée à 10 h) »).

    The role follows a comma when nothing follows it: the parser then takes any wording for a
    role; in brackets it recognises only the usual ones, the rest being notes. A represented
    member's role goes in brackets (``comma_role=False``): a comma would end the list item
    before « représenté par ».
    """
    role = _role_aside(person)
    if comma_role and role and not person.notes and not person.substitute_for:
        return f"{person_text(person)}, {role[0]}"
    return " ".join([person_text(person), *(f"({aside})" for aside in [*role, *person.notes])])


def _role_aside(person: Person) -> list[str]:
    if person.substitute_for:
        lead = f"{person.role} {SUBSTITUTE_OF}" if person.role else REPLACES
        return [f"{lead} {person.substitute_for}"]
    return [person.role] if person.role else []


def _proxy_text(proxy: Proxy) -> str:
    member = _listed(proxy.member, comma_role=False)
    holder = _holder_text(proxy)
    if holder is None:
        return member
    scope = f" {proxy.scope}" if proxy.scope else ""
    return f"{member} {REPRESENTED_BY[proxy.member.civility]} {holder}{scope}"


def _holder_text(proxy: Proxy) -> str | None:
    """The holder's name, or the role the text named them by (« M. le Vice-Président »)."""
    holder = proxy.holder
    if holder is None:
        return _after_prefix(proxy.notes, _UNRESOLVED_ROLE_NOTE)
    by_role = _after_prefix(holder.notes, _RESOLVED_ROLE_NOTE)
    if by_role is not None:
        return person_text(holder.model_copy(update={"name": by_role}))
    return person_text(holder)


def _after_prefix(notes: list[str], prefix: str) -> str | None:
    return next((note[len(prefix) :] for note in notes if note.startswith(prefix)), None)


# --- Deliberation -------------------------------------------------------------------------------


def _formulas(formulas: list[Formula], kinds: tuple[str, ...]) -> list[str]:
    return [formula.text for kind in kinds for formula in formulas if formula.kind == kind]


def _decision_line(formula: str) -> str:
    """« Délibère » ends with a colon, so that read as one line it still ends where the
    decision starts (« Délibère : Cette proposition a été mise aux voix »)."""
    return formula if formula.endswith((":", ",", ".")) else f"{formula} :"


def _identification(extract: Extract) -> list[str]:
    """The number, then the title, then the other numbers: the parser reads them only there."""
    deliberation = extract.deliberation
    if deliberation.number is None:
        return []
    title = [deliberation.title] if deliberation.title else []
    return [
        _number_line(deliberation.number, deliberation.service_code),
        *title,
        *deliberation.other_numbers,
    ]


# Number shapes the parser knows without a lead word; any other number is written « N° … ».
_BARE_NUMBERS = (lexicon.METROPOLE_NUMBER, lexicon.TERRITORY_NUMBER, lexicon.CITY_NUMBER)


def _number_line(number: str, service_code: str | None) -> str:
    line = f"{service_code}-{number}" if service_code else number
    if any(pattern.match(line) for pattern in _BARE_NUMBERS):
        return line
    return f"{NUMBER_LEAD} {line}"


def _report(extract: Extract) -> list[str]:
    deliberation = extract.deliberation
    if deliberation.proposer is None:
        return []
    return [deliberation.proposer, *deliberation.report]


def _citations(heading: str, items: list[str]) -> list[str]:
    """The heading alone, then one « - » item per line, « ; » between and « . » at the end."""
    if not items:
        return []
    bulleted = [f"- {item} ;" for item in items[:-1]] + [f"- {items[-1]}."]
    return [heading, "\n".join(bulleted)]


def _articles(extract: Extract) -> list[str]:
    paragraphs: list[str] = []
    for article in extract.articles:
        first, *rest = article.text.split("\n")
        if article.numbered:
            paragraphs += [f"{article.label} :", first]
        else:  # an item of the dash list that follows « DÉCIDE : »
            paragraphs.append(f"- {first}")
        paragraphs.extend(rest)
    return [paragraph for paragraph in paragraphs if paragraph]


def _vote(vote: Vote) -> list[str]:
    """Who does not take part (when the vote sentence does not name them), then the sentence."""
    sentence = vote_sentence(vote)
    absent = [person for person in vote.not_voting if person.name not in sentence]
    if not absent:
        return [sentence]
    names = ", ".join(person_text(person) for person in absent)
    return [f"{NOT_VOTING[min(len(absent), 2)]} {names}", sentence]


def vote_sentence(vote: Vote) -> str:
    """The vote sentence: as written when the model has it, else composed from the fields."""
    return vote.text if vote.text.strip() else compose_vote_sentence(vote)


def compose_vote_sentence(vote: Vote) -> str:
    """« Cette proposition mise aux voix est adoptée à l'unanimité. », « … est rejetée par
    12 voix pour et 30 voix contre. »: only what the fields state."""
    values = (vote.for_, vote.against, vote.abstentions)
    counts = [
        f"{value} {singular if value <= 1 else plural}"
        for (singular, plural), value in zip(VOTE_COUNTS, values, strict=True)
        if value is not None
    ]
    if vote.outcome is None:
        return _vote_without_outcome(bool(vote.unanimous), counts)
    words = [VOTE_PUT, VOTE_OUTCOMES[vote.outcome]]
    if vote.unanimous:
        words.append(UNANIMOUSLY)
    if counts:
        words.append(VOTE_BY + " " + _french_enumeration(counts))
    return " ".join(words) + "."


def _vote_without_outcome(unanimous: bool, counts: list[str]) -> str:
    """No outcome stated: the figures alone, with a verb that neither adopts nor rejects."""
    obtained = ([UNANIMITY] if unanimous else []) + counts
    if not obtained:
        return VOTE_PUT_ONLY
    return f"{VOTE_PUT} {VOTE_OBTAINED} {_french_enumeration(obtained)}."


def _french_enumeration(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " et " + items[-1]


def _stamp(extract: Extract) -> list[str]:
    """The @CTES stamp « ID : 081-228100015-20210409-2021_13-DE », after the signature.

    A stamp whose date is not a calendar date is left out: its digits are not in the model.
    """
    stamp = extract.deliberation.actes_id
    if stamp is None or stamp.date is None:
        return []
    parts = (stamp.department, stamp.siren, f"{stamp.date:%Y%m%d}", stamp.number, stamp.nature)
    return [f"{STAMP_LEAD} {'-'.join(parts)}"]


def _signature(extract: Extract) -> list[str]:
    """« Certifié Conforme, », the role on one line, then the signatory after a blank line."""
    signature = extract.signature
    if signature is None:
        return []
    lines = [f"{signature.formula or ''},"]
    if signature.role:
        lines.append(signature.role)
    head = "\n".join(lines)
    if signature.signatory is None:
        return [head]
    return [head, person_text(signature.signatory, CIVILITY_WORDS)]
