"""Attendance: the lists of members present, represented, excused and absent.

A block is a heading (« Etaient présents Mesdames et Messieurs : ») and names, on the heading
line or below it, one per line or in paragraphs. The names are split (:func:`split_names`), then
read one list item at a time, in order, because an item can change how the next ones read: a
commune prefix (« VILLEBOURG : »), a grouped civility (« MM. »), a role after the name
(« , Adjoints ») or the holder of the member before (« , POUVOIR A M. X »).
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

import regex

from qpparse import lexicon
from qpparse.frenchtext import fold, glued_heading_start, name_key, number_value
from qpparse.model import Attendance, Person, Proxy, Repair
from qpparse.names import (
    MAX_GLUED_LENGTH,
    MAX_NAME_LENGTH,
    MAX_NAME_WORDS,
    Piece,
    add_role,
    has_proxy_word,
    is_family_token,
    is_group_civility,
    is_initial_word,
    is_prose_word,
    is_role,
    parse_person,
    split_civility,
    split_glued,
    split_names,
)
from qpparse.normalise import TextLine
from qpparse.segment import Kind, Section

from .draft import Draft
from .session import count_pairs

# Notes that explain a proxy read from an incomplete text.
MISSING_PROXY_WORD = "proxy word missing: holder read from the order of the names"
HOLDER_BY_ROLE = "holder named only by role, not resolved: {}"
ALSO_LISTED = "also listed as {} (line {})"
LISTED_AGAIN = "listed again under « {} »"
WORDS_AFTER_HOLDER = "words after a holder written with an initial left out: {}"
PAGE_NUMBER_AFTER_HOLDER = "number after the holder's name left out (a page number): {}"
HOLDER_BY_POSITION = "holder paired by position (« respectivement »)"
HOLDERS_UNPAIRED = "holders named « respectivement » but not one per member: left unpaired"

# Who comes first when a proxies list joins two persons by « pour ».
PourOrder = Literal["holder", "member"]


@dataclass
class _ListState:
    """What earlier items of a block say about the next ones."""

    role: str
    group_civility: str | None = None
    commune: str | None = None
    last: Person | None = None
    # Members listed since the last role item: « Paul MARTIN, Lucie ROUX, Adjoints ».
    without_role: list[Person] = field(default_factory=list)
    # The list groups members under communes written in capitals before their civility
    # (« ASLONNES M. BOUCHET ; CHATEAU-LARCHER MM. GARGOUIL »): decided once for the list.
    capital_communes: bool = False
    # The list writes its members with initials (« A. SECULA, M. ORRIT »): « M. » is one.
    initials: bool = False
    # The members and proxies filed from the block, in the order they were read.
    filed: list[Person | Proxy] = field(default_factory=list)
    # « M. X, représenté par sa suppléante, » : the next name is X's substitute.
    substitute_of: Person | None = None
    # Under « Etaient porteurs d'un pouvoir : », items name the holder first: « X pour Y ».
    holders_first: bool = False
    # Under « Pouvoirs de : », items name the member first: « X pour Y » is X's proxy.
    givers_first: bool = False
    # Under « … représentés par leurs suppléants », « X représentée par Y » seats Y, no proxy.
    by_substitutes: bool = False
    # The list names communes (« Délégués des communes de : Aromas ; Beaufort »), each with its
    # member in parentheses or none (« Cressia (Mme Corinne X) ; Gigny ; »): an item with no
    # civility and no name in capitals is a commune, never a member.
    communes_listed: bool = False
    # Members follow the commune they come from (« de Beaumetz-Les-Loges ANSART, BLONDEL »).
    origin_communes: bool = False
    # Members precede the commune they come from (« M. GAYET de CHAPEAU - M. BERTHIER de
    # CHEVAGNES »): decided once for the list.
    trailing_communes: bool = False
    # Members in mixed case, each commune run into the next member's item (« Laurent Guillet –
    # Saint Hilaire de Brens Bernard Attavay - Thierry Bekhit »): decided once for the list.
    run_in_communes: bool = False
    # A table of communes and their members read row by row (« Auxais Hubert GILLETTE …
    # Créances Marie LENEVEU »), cut into items where « et » stood: each item of it is read as
    # rows, however few (decided once for the list).
    interleaved: bool = False
    # Every member is written with a civility and a family name in capitals (« - Monsieur Paul
    # ROUX, Délégué de Bressy et Lauzac du Bois - … »): words with neither, past a description,
    # are more of it, never a member (decided once for the list).
    civility_led: bool = False


def read_list_after_counts(sections: list[Section], draft: Draft) -> None:
    """« Nombre de membres en exercice : 68 Présents : 57 » / « ALLES SUR DORDOGNE Michel CALES
    BADEFOLS SUR DORDOGNE Claude … »: the members a count box counts, after it with no heading
    of their own, when the text gives no other present list. Only lines that read as a table of
    communes and their members are taken (a count box is followed by prose as often)."""
    if draft.attendance.present:
        return
    for section in sections:
        if section.kind is not Kind.COUNTS:
            continue
        if "present" not in count_pairs(fold(" ".join(line.text for line in section.lines))):
            continue
        rows = [row for line in section.lines if (row := _members_after_counts(line))]
        if rows:
            for row in rows:
                draft.unrecognised = [
                    kept
                    for kept in draft.unrecognised
                    if not (kept.line == row.number and kept.text.strip() == row.text)
                ]
            extract(Section(Kind.ATTENDANCE, role="present", lines=rows), draft)
            return


def _members_after_counts(line: TextLine) -> TextLine | None:
    """The part of a count box's line after its last count, when it is a table of members."""
    ends = [match.end() for match in lexicon.COUNT_PAIR.finditer(fold(line.text))]
    tail = line.text[max(ends, default=0) :].strip()
    return TextLine(line.number, tail) if _interleaved_rows(tail) is not None else None


def detached_tables(sections: list[Section]) -> set[int]:
    """The attendance sections (their ``id``) of presence tables whose marks the extraction
    set apart from their rows (« Présents M. X M. Y … Absents excusés Absents Pouvoirs X X X
    M. Y X … »): which member each mark stands for is lost, so none of their names is read —
    they stay unrecognised rather than be listed where the table did not put them. Such a table
    is a run of attendance sections, one after the other, holding lone marks; a table whose
    column headings tell where its marks stand (``TABLE_COLUMNS``) is read row by row."""
    detached: set[int] = set()
    for is_list, group in itertools.groupby(sections, key=lambda s: s.kind is Kind.ATTENDANCE):
        run = list(group)
        if is_list and _lone_marks(run) >= lexicon.DETACHED_MARKS:
            detached.update(id(section) for section in run)
    return detached


def _lone_marks(run: list[Section]) -> int:
    folded = [fold(line.text) for section in run for line in section.lines]
    if any(lexicon.TABLE_COLUMNS.match(text) for text in folded):
        return 0
    return sum(len(lexicon.LONE_MARK.findall(text)) for text in folded)


def extract(section: Section, draft: Draft) -> None:
    """Read one attendance block: its heading line, then names separated by « - », « , », « ; »."""
    heading, *rest = section.lines
    role = section.role or "present"
    if role == "present" and (columns := lexicon.TABLE_COLUMNS.match(fold(heading.text))):
        _read_table(section, columns, draft)
        return
    first = _after_heading(heading)
    # Page furniture set aside under a heading does not part it from the next one.
    last = max([heading.number, *(aside.number for aside in section.asides)])
    stacked = _stacked_roles(heading, first, rest, (role, last), draft)
    _read_heading_count(heading, first, role, draft)
    _read_list_total(section, role, draft)
    # A list that goes on after a count box has no heading: its first line is names.
    if first.text != heading.text:  # the heading only: the list goes on after it
        words = heading.text[: len(heading.text) - len(first.text)]
        draft.claim(f"attendance.{role}.heading", heading, words=words)
        if first.text.strip():
            draft.claim(f"attendance.{role}", heading, words=first.text)
    else:
        draft.claim(f"attendance.{role}", heading)
    if role == "present" and (all_but := lexicon.ALL_BUT.match(fold(first.text))):
        # « Tous les membres en exercice, à l'exception de : … » names the absent.
        role = "excused" if all_but["excused"] else "absent"
        first = Piece(first.text[all_but.end() :], first.line)
    rest, after = _until_agenda_item(rest)
    for line in after:  # the minutes' items that follow the lists (read by ``minutes``)
        draft.reject(line)
    pieces = [_unglue_dashes(piece, draft) for piece in [first, *map(_piece, rest)]]
    names, repairs = split_names(_drop_heading_formula([piece for piece in pieces if piece.text]))
    draft.repairs.extend(repairs)
    names = _labels_after_members(_cut_before_colon_communes(names))
    names = _drop_giver_de(_nobody_listed(names, draft), role)
    state = _ListState(
        role, capital_communes=_communes_in_capitals(names), initials=_written_with_initials(names)
    )
    state.communes_listed = _communes_listed(heading.text[:_HEADING_REACH], names)
    state.trailing_communes = _communes_after_names(names)
    state.run_in_communes = _communes_run_in(names)
    state.interleaved = any(_interleaved_rows(name.text) is not None for name in names)
    folded_heading = fold(heading.text[:_HEADING_REACH])
    state.holders_first = role == "represented" and bool(
        lexicon.HOLDERS_HEADING.search(folded_heading)
    )
    state.givers_first = role == "represented" and bool(
        lexicon.GIVERS_HEADING.match(folded_heading)
    )
    # The heading's own words only: a note among the names (« (représenté par son suppléant) »)
    # says it of one member.
    own_words = fold(heading.text[: len(heading.text) - len(first.text)])
    state.by_substitutes = bool(lexicon.SUBSTITUTES_HEADING.search(own_words))
    present_before = len(draft.attendance.present)
    listed_before = len(getattr(draft.attendance, role, []))
    _read_items(_without_glued_heading(_before_agenda(names, draft), draft), state, draft)
    if stacked:
        _share_among_headings([*stacked, role], state, draft)
    if lexicon.SUB_LIST_HEADING.match(folded_heading) and role in {"excused", "absent"}:
        _drop_restated(
            draft, role, listed_before, heading.text[: len(heading.text) - len(first.text)]
        )
    if role == "present":
        # Staff named by their role (« Mme X, trésorière principale ») sit under any heading of
        # those present, « également » or not: no members.
        _set_staff_apart(draft, present_before)
    elif role in {"excused", "absent"}:
        # « Absents : Mme X (Bias) Madame Lucie Y, Directrice Générale des Services, … ont
        # assisté à cette séance »: staff named after the list are no absent members.
        _set_staff_apart(draft, listed_before, role)
    for line in rest:
        draft.claim(f"attendance.{role}", line)


def _drop_restated(draft: Draft, role: str, listed_before: int, heading: str) -> None:
    """« ABSENTS OU EXCUSÉS : … DONT ABSENTS SANS POUVOIR : 3 Mme X … »: a list that opens with
    « dont » names members of the lists above it again; each stays where first listed, with a
    note of the heading that named them again."""
    people: list[Person] = getattr(draft.attendance, role)
    added = {id(person) for person in people[listed_before:]}
    earlier = {
        name_key(person.name): person
        for person in [*draft.attendance.excused, *draft.attendance.absent]
        if id(person) not in added
    }
    kept = people[:listed_before]
    for person in people[listed_before:]:
        if (first := earlier.get(name_key(person.name))) is not None:
            first.notes.append(LISTED_AGAIN.format(" ".join(heading.split()).rstrip(" :")))
        else:
            kept.append(person)
    people[:] = kept


def _read_items(names: list[Piece], state: _ListState, draft: Draft) -> None:
    """Read a list's items in order; holders named « respectivement » after them are paired."""
    names = [piece for piece in map(_without_list_formula, names) if piece.text]
    for total in [piece for piece in names if _is_list_total(piece.text)]:
        draft.reject(TextLine(total.line, total.text))  # the list's total: no member, no role
    names = [piece for piece in names if not _is_list_total(piece.text)]
    names = [part for piece in names for part in _without_words_between_members(piece, draft)]
    names = [part for piece in names for part in _members_before_lost_communes(piece)]
    if state.role != "represented":  # « M. X pour M. Y Syndicat … » is a holder's proxy
        names = [member for piece in names for member in _members_among_bodies(piece, draft)]
    if _communes_before_members(names):
        names = [part for piece in names for part in _member_then_communes(piece)]
    state.civility_led = _civility_led(names)
    respective = _respective_split(names)
    givers, holders = respective if respective is not None else (names, [])
    before = _Filed(len(state.filed), len(draft.attendance.represented))
    for piece in givers:
        if not _read_item(piece, state, draft):
            draft.reject(TextLine(piece.line, piece.text))
    if respective is not None:
        _pair_respective(_givers_read(before, state, draft), holders, draft)


def _is_list_total(text: str) -> bool:
    """« soit 30 Conseillers municipaux formant la majorité … », split off the last member."""
    folded = fold(text)
    return folded.startswith("soit ") and lexicon.LIST_TOTAL.match(f" {folded}") is not None


def _members_before_lost_communes(piece: Piece) -> list[Piece]:
    """« LAUZAC : Monsieur Paul ROUX : Madame Anne NOIR », « Brigitte GRIS : Coralie BRUN »: a
    member before a colon, and a member after it, is no commune's prefix but a member whose
    next group's commune was lost; the item is cut there, the rest read as « : Madame … »."""
    if ":" not in piece.text:
        return [piece]
    if piece.text.endswith(":") and _is_member(piece.text[:-1].strip()):
        # « … LAUZAC : Monsieur James ROUX : Madame Anne NOIR », cut into items at the colons
        return [Piece(piece.text[:-1].strip(), piece.line), Piece(":", piece.line)]
    segments = lexicon.SPACED_COLON.split(piece.text)
    parts: list[str] = [segments[0]]
    for before, after in itertools.pairwise(segments):
        # « ARVIN : Roger LUC : Mme Anne NOIR »: the member after the group's own prefix.
        if _is_member(before.rpartition(":")[2].strip()) and _is_member_start(after):
            parts.append(f": {after}")
        else:
            parts[-1] = f"{parts[-1]} : {after}"
    return [Piece(part, piece.line) for part in parts]


def _is_member(text: str) -> bool:
    """« Monsieur Paul ROUX », « Brigitte GRIS »: a given name then family names in capitals,
    after a civility or not (« M. ROUXLAUZAC » may hold a commune glued to it, « M. ROUX Corps
    Nuds » the next commune, « Montagnes (2CCAM) » is a collectivity)."""
    return "(" not in text and _is_member_item(split_civility(text)[1])


def _is_member_start(text: str) -> bool:
    """Whether ``text`` opens with a member: a civility, or a given name then a family name."""
    return split_civility(text)[0] is not None or _is_member_item(" ".join(text.split()[:2]))


def _civility_led(names: list[Piece]) -> bool:
    """Whether the list writes each member with a civility and a family name in capitals (a few
    at least; one may be cut where the text stops), so that an item with neither names
    nobody."""
    led = [piece.text for piece in names if split_civility(piece.text)[0] is not None]
    without_family = sum(1 for text in led if not _names_a_family(text))
    return len(led) >= lexicon.CIVILITY_LED_MEMBERS and without_family <= 1


def _names_a_family(text: str) -> bool:
    return any(map(is_family_token, text.split()))


def _without_words_between_members(piece: Piece, draft: Draft) -> list[Piece]:
    """The item's members around the groups' headings inside it (« … Bernard ROUX Représentants
    des Communes Monsieur Paul PONS »), and before a civility that ends it with no name after
    (« … Luc PONS Monsieur ») or a page's number: each set aside, never part of a name."""
    parts: list[Piece] = []
    start = 0
    for heading in lexicon.GROUP_HEADING_SPAN.finditer(piece.text):
        parts.append(Piece(piece.text[start : heading.start()].strip(), piece.line))
        draft.reject(TextLine(piece.line, heading.group().strip()))
        start = heading.end()
    parts.append(Piece(piece.text[start:].strip(), piece.line))
    parts = [_without_trailing_page_number(part, draft) for part in parts]
    if civility := lexicon.TRAILING_CIVILITY.search(parts[-1].text):
        draft.reject(TextLine(piece.line, civility.group().strip()))
        parts[-1] = Piece(parts[-1].text[: civility.start()], piece.line)
    return [part for part in parts if part.text]


def _without_trailing_page_number(piece: Piece, draft: Draft) -> Piece:
    """« Monsieur Paul ROUX 1/25 »: the page's number a flattened text left after a member is
    page furniture, claimed as such."""
    match = lexicon.TRAILING_PAGE_OF_PAGES.search(piece.text)
    if match is None or not 0 < int(match["page"]) <= int(match["pages"]):
        return piece
    draft.claim("furniture", piece.line, match.group().strip())
    return Piece(piece.text[: match.start()], piece.line)


@dataclass(frozen=True)
class _Filed:
    """How many members and proxies a list had filed before some of its items were read."""

    members: int
    proxies: int


def _respective_split(names: list[Piece]) -> tuple[list[Piece], list[Piece]] | None:
    """« Mme X, M. Y et M. Z qui ont donné respectivement pouvoir à : M. A, Mme B et M. C »: the
    items before the words name the members, those after them the holders, in the same order."""
    for index, piece in enumerate(names):
        match = lexicon.RESPECTIVE_PROXIES.search(fold(piece.text))
        if match is None:
            continue
        last_giver = Piece(piece.text[: match.start()].rstrip(" ,;-–"), piece.line)
        first_holder = Piece(piece.text[match.end() :].strip(" :-–"), piece.line)
        return (
            [*names[:index], *([last_giver] if last_giver.text else [])],
            [*([first_holder] if first_holder.text else []), *names[index + 1 :]],
        )
    return None


def _givers_read(before: _Filed, state: _ListState, draft: Draft) -> list[Person] | None:
    """The members read since ``before``, in order, each taken out of the list it went to;
    ``None`` (and nothing taken) when some already carry their own holder."""
    members = [item for item in state.filed[before.members :] if isinstance(item, Person)]
    proxies = draft.attendance.represented[before.proxies :]
    if any(proxy.holder is not None for proxy in proxies) or (members and proxies):
        return None  # a member with their own holder, or two kinds of items: no single order
    for member in members:
        _remove_member(member, draft)
    del draft.attendance.represented[before.proxies :]
    return members or [proxy.member for proxy in proxies]


def _pair_respective(givers: list[Person] | None, holders: list[Piece], draft: Draft) -> None:
    """Give each member their holder, by position; when the holders are not one per member,
    the members' proxies keep no holder and the holders' words stay unread."""
    if givers is None:
        for piece in holders:
            draft.reject(TextLine(piece.line, piece.text))
        return
    read = _holders_read(holders, draft)
    paired = read is not None and len(read) == len(givers)
    holders_read = read if read is not None and paired else [None] * len(givers)
    note = HOLDER_BY_POSITION if paired else HOLDERS_UNPAIRED
    for member, holder in zip(givers, holders_read, strict=True):
        proxy = Proxy(member=member, holder=holder, line=member.line, notes=[note])
        draft.attendance.represented.append(proxy)
    if not paired:
        for piece in holders:
            draft.reject(TextLine(piece.line, piece.text))


def _holders_read(holders: list[Piece], draft: Draft) -> list[Person] | None:
    """The holders named after « respectivement », read as a list of their own (their lists
    are left as they were); ``None`` when an item is no plain name."""
    attendance = draft.attendance
    sizes = (len(attendance.present), len(attendance.represented), len(draft.unrecognised))
    state = _ListState("present")
    readable = all(_read_item(piece, state, draft) for piece in holders)
    read = attendance.present[sizes[0] :]
    del attendance.present[sizes[0] :]
    if not readable or len(attendance.represented) != sizes[1]:
        del attendance.represented[sizes[1] :]
        del draft.unrecognised[sizes[2] :]
        return None
    return read


def _before_agenda(names: list[Piece], draft: Draft) -> list[Piece]:
    """« … Mme Denise X Conseillère Municipale Ordre du jour : 1. Désignation … », « … Pierre
    Y. COMPTE RENDU DE LA SEANCE … »: the agenda or the minutes' heading that follows a list
    with no marker between ends it; what follows is kept unread."""
    for index, piece in enumerate(names):
        agenda = lexicon.AGENDA_OPENS.search(fold(piece.text))
        if agenda is None:
            continue
        # A page's number just before the agenda (« … Balagne (2) Ordre du jour : ») is the
        # page's, kept unread with it, as on a line of its own.
        page = lexicon.PAGE_MARK_END.search(piece.text, 0, agenda.start())
        cut = page.start() if page else agenda.start()
        for line, text in [(piece.line, piece.text[cut:])] + [
            (later.line, later.text) for later in names[index + 1 :]
        ]:
            draft.reject_rest(line, text.strip())
        kept = Piece(piece.text[:cut].rstrip(" -–,;"), piece.line)
        return [*names[:index], *([kept] if kept.text else [])]
    return names


def _without_glued_heading(names: list[Piece], draft: Draft) -> list[Piece]:
    """« Absents excusés : Mme Léa GRIS Tarifs de la cantine scolaire »: the heading that follows
    a list glued to its last name (a line break lost, or none at all) is no part of the name;
    kept unread for the title's reader."""
    if not names or (start := glued_heading_start(names[-1].text)) is None:
        return names
    last = names[-1]
    draft.reject_rest(last.line, last.text[start:].strip())
    return [*names[:-1], Piece(last.text[:start].rstrip(lexicon.TITLE_BULLETS), last.line)]


def _nobody_listed(names: list[Piece], draft: Draft) -> list[Piece]:
    """« … représentés par pouvoir Néant COLLEGE DES ETABLISSEMENTS PUBLICS … »: a list said
    empty, then words of another kind (a group's heading) that no name follows: none is read,
    all are kept unrecognised."""
    if not names or not lexicon.NOBODY_THEN.match(fold(names[0].text)):
        return names
    for piece in names:
        draft.reject(TextLine(piece.line, piece.text))
    return []


def _drop_giver_de(names: list[Piece], role: str) -> list[Piece]:
    """« Procurations : de BREMOND Caroline à DARGERY Viviane, de CASANOVA Philippe à … »: each
    proxy said « de X à Y » (from X to Y). Only when two items at least are written so: a single
    « de » may be a particle of the member's name (« de LA TOUR Anne à … »)."""
    if role != "represented":
        return names
    givers = [lexicon.GIVER_DE.match(fold(piece.text)) for piece in names]
    if sum(match is not None for match in givers) < _GIVERS_WITH_DE:
        return names
    return [
        Piece(piece.text[match.end() :], piece.line) if match else piece
        for piece, match in zip(names, givers, strict=True)
    ]


# How many « de X à Y » items make a list of proxies written so.
_GIVERS_WITH_DE = 2


def _read_table(section: Section, columns: regex.Match[str], draft: Draft) -> None:
    """A presence table flattened one cell after the other: its column headings (« Civilité
    Nom Prénom Commune Titulaire »), then rows, each from its civility (« Mme DURAND Jeanne
    VILLEBOURG x »). A row's last cell is its mark: « x » (present, when the table has one mark
    column only), « Excusé », « Absent », « Pouvoir à M. X ». A row without a mark, or with
    more than one (cells of another column flattened into it), is left unread: what the
    missing mark means is not written."""
    heading, *rest = section.lines
    rest, after = _until_agenda_item(rest)
    for line in after:
        draft.reject(line)
    draft.claim("attendance.present.heading", heading, words=heading.text[: columns.end()])
    shape = _TableShape(
        family_first=columns["order"].startswith("nom"),
        # An « x » tells presence in the only column it can stand in: not a holder's column.
        one_mark_column=len(lexicon.TABLE_X_COLUMN.findall(columns["marks"])) == 1,
        cell_between=bool(columns["between"]),
    )
    body = heading.text[columns.end() :]
    starts = [match.start() for match in lexicon.TABLE_ROW_START.finditer(body)]
    for start, end in itertools.pairwise([*starts, len(body)]):
        row = body[start:end].strip()
        if not _read_table_row(row, heading.number, draft, shape):
            draft.reject(TextLine(heading.number, row))
    for line in rest:
        draft.reject(line)


@dataclass(frozen=True)
class _TableShape:
    """What a presence table's column headings tell of its rows."""

    family_first: bool  # « Nom Prénom », not « Prénom Nom »
    one_mark_column: bool  # an « x » can stand in one column only
    cell_between: bool  # a column (« Commune ») stands between the name and the mark


def _read_table_row(row: str, line: int, draft: Draft, shape: _TableShape) -> bool:
    """One row of a presence table (« *Mme DURAND Jeanne VILLEBOURG Excusée »); ``False`` when
    it is not read."""
    parts = _table_row_parts(row, line, family_first=shape.family_first)
    if parts is None:
        return False
    person, tail = parts
    mark = _table_row_mark(tail, shape)
    if mark is None:
        return False
    attendance = draft.attendance
    if mark["proxy"]:
        holder = parse_person(tail[mark.start("holder") :], line)
        if holder is None:
            return False
        attendance.represented.append(Proxy(member=person, holder=holder, line=line))
        return True
    role = "excused" if mark["excused"] else "absent" if mark["absent"] else "present"
    getattr(attendance, role).append(person)
    return True


def _table_row_mark(tail: str, shape: _TableShape) -> regex.Match[str] | None:
    """The mark ending a row's cells after the name; ``None`` when the row is not read so."""
    folded_tail = fold(tail)
    mark = lexicon.TABLE_MARK.search(folded_tail)
    if mark is None or lexicon.TABLE_MARK_WORD.search(folded_tail, 0, mark.start()):
        return None  # no mark, or several: which column each is in is lost
    if mark["x"] and not shape.one_mark_column:
        return None
    if shape.cell_between and not folded_tail[: mark.start()].strip():
        # « Mme DURAND Jeanne Villebourg x »: the commune, written as a given name is, went
        # into the name; where the name ends is not told.
        return None
    return mark


def _table_row_parts(row: str, line: int, *, family_first: bool) -> tuple[Person, str] | None:
    """A row's member, from its civility and name cells, and the cells after them."""
    if len(row) > MAX_NAME_LENGTH:
        return None  # a row is a few short cells, never a paragraph
    civility, cells = split_civility(row.lstrip("*"))
    words = cells.split()
    # The name's cells: the family name in capitals and the given names, in the columns' order.
    split = _name_cells_end(words, [is_family_token(word) for word in words], family_first)
    if civility is None or split is None:
        return None
    person = parse_person(f"{civility} {' '.join(words[:split])}", line)
    return None if person is None else (person, " ".join(words[split:]))


def _name_cells_end(words: list[str], shapes: list[bool], family_first: bool) -> int | None:
    """Where a row's name cells end: after the family name in capitals then the given names
    (« DURAND Jeanne-Marie »), or the given names then one family word when given names come
    first (a commune in capitals may follow it: more is not told apart)."""
    index = 0

    def given(word: str) -> bool:  # « Excusé » is written as a given name is: a mark first
        return bool(lexicon.GIVEN_WORD.match(word)) and not lexicon.TABLE_MARK_WORD.fullmatch(
            fold(word)
        )

    if family_first:
        while index < len(words) and (shapes[index] or fold(words[index]) in lexicon.PARTICLES):
            index += 1
        family_end = index
        while index < len(words) and given(words[index]):
            index += 1
        return index if 0 < family_end < index else None
    while index < len(words) and given(words[index]):
        index += 1
    if index == 0 or index >= len(words) or not shapes[index]:
        return None
    return index + 1


def _stacked_roles(
    heading: TextLine, first: Piece, rest: list[TextLine], block: tuple[str, int], draft: Draft
) -> list[str]:
    """The roles of the headings stacked right above this one with nothing under them (a
    table's column of headings, its cells after them: « Présents : Absents excusés : Absents :
    Mme X ; MM Y … »); a heading with nothing under it is stacked for the next one. ``block``:
    this heading's role and the last piece its section holds."""
    stack = draft.stacked_headings
    if stack and stack[-1][1] != heading.number - 1:
        stack.clear()  # something else stood between: the headings were not stacked
    if not first.text.strip() and not rest:
        stack.append(block)  # its role, and the last piece it holds
        return []
    roles = [stacked for stacked, _ in stack]
    stack.clear()
    return roles


# The lists a run of names can be moved between.
_MEMBER_LISTS = ("present", "excused", "absent")


def _share_among_headings(roles: list[str], state: _ListState, draft: Draft) -> None:
    """Headings stacked above their cells: the cells follow in the headings' order, and where a
    cell ends shows only where the items change kind, from names to proxies and back (« Mme X ;
    MM Y (Aureilhan) Mme Z qui a donné pouvoir à … M. W (Bias) »). When the items make as many
    runs as there are headings, each run is its heading's; otherwise all stay under the last
    heading, as read. Proxies go to ``represented`` whatever their heading."""
    if not set(roles) <= {*_MEMBER_LISTS, "represented"} or roles[-1] == "represented":
        return
    attendance = draft.attendance
    filed = getattr(attendance, roles[-1])
    kept = {id(person) for person in filed}
    entries = [entry for entry in state.filed if isinstance(entry, Proxy) or id(entry) in kept]
    runs = [list(run) for _, run in itertools.groupby(entries, key=lambda e: isinstance(e, Proxy))]
    if len(runs) != len(roles):
        names = _runs_of_names(runs, roles)
        if names is None:
            return
        runs = names
    for run, run_role in zip(runs, roles, strict=True):
        if isinstance(run[0], Proxy) or run_role == roles[-1]:
            continue
        if run_role not in _MEMBER_LISTS:
            return  # names under a proxies heading: the cells are not read so
        moved = {id(person) for person in run}
        filed[:] = [person for person in filed if id(person) not in moved]
        getattr(attendance, run_role).extend(run)


def _runs_of_names(
    runs: list[list[Person | Proxy]], roles: list[str]
) -> list[list[Person | Proxy]] | None:
    """Proxies under no proxies heading of their own (« Présents : Excusés : X - Y Z (procuration
    remise à X) W »): they are members away who gave one, and the runs of names, counted
    without them, are the member lists', in order; ``None`` when they are not as many as the
    headings, or when a name put among those away holds a proxy (a holder is present)."""
    holders = {
        name_key(entry.holder.name)
        for run in runs
        for entry in run
        if isinstance(entry, Proxy) and entry.holder is not None
    }
    names = [run for run in runs if not isinstance(run[0], Proxy)]
    if "represented" in roles or len(names) != len(roles):
        return None
    for run, role in zip(names, roles, strict=True):
        members = [entry for entry in run if isinstance(entry, Person)]
        if role != "present" and any(name_key(person.name) in holders for person in members):
            return None
    return names


def _set_staff_apart(draft: Draft, start: int, role: str = "present") -> None:
    """« Etaient également présents : Pascale X, DGS de la commune, … »: those a list names by
    a staff or guest role are not members; they join the non-voting (members, with a member's
    role or none, stay in their list)."""
    present: list[Person] = getattr(draft.attendance, role)
    staff = [
        person
        for person in present[start:]
        if person.role is not None
        and any(lexicon.STAFF_ROLE.match(fold(part.strip())) for part in person.role.split(","))
    ]
    if not staff:
        return
    present[start:] = [person for person in present[start:] if person not in staff]
    draft.attendance.non_voting.extend(staff)


def _read_heading_count(heading: TextLine, first: Piece, role: str, draft: Draft) -> None:
    """« Présents : 18 MM Herbaux, … », « Treize administrateurs sont présents à savoir : »:
    the heading's count, when no count box gave one."""
    counts = draft.session.counts
    if role != "present" or counts.present is not None:
        return
    head = fold(heading.text[: len(heading.text) - len(first.text)])
    if match := lexicon.HEADING_COUNT.search(head) or lexicon.LEADING_HEADING_COUNT.match(head):
        count: int | None = int(match["count"])
    elif match := lexicon.COUNTED_PRESENT.match(head):  # « Treize administrateurs sont … »
        count = number_value(match["count"])
    else:
        return
    if count is None:
        return  # words that make no number: never a guess
    counts.present = count
    counts.line = counts.line or heading.number


def _read_list_total(section: Section, role: str, draft: Draft) -> None:
    """« … M. Hugo X soit 30 Conseillers municipaux formant la majorité »: the present
    list's own total, when no count box gave one."""
    counts = draft.session.counts
    if role != "present" or counts.present is not None:
        return
    for line in section.lines:
        if " soit " in line.text and (total := lexicon.LIST_TOTAL.search(fold(line.text))):
            counts.present = int(total["count"])
            counts.line = counts.line or line.number
            return


def _piece(line: TextLine) -> Piece:
    return Piece(line.text, line.number)


def _unglue_dashes(piece: Piece, draft: Draft) -> Piece:
    """« NOURRISSON Isabelle- GLOAGUEN Frédérik », « (adjoints) –Mmes DE LA VILLEON »: a dash
    glued to one name only, before a family name in capitals, separates two members (« Marie-
    Christine », a given name cut, is mended by the name reader instead). Reported."""
    unglued = lexicon.GLUED_DASH.sub(" - ", piece.text)
    if unglued == piece.text:
        return piece
    draft.repair(piece.line, "name-separator", piece.text, unglued)
    return Piece(unglued, piece.line)


def _until_agenda_item(lines: list[TextLine]) -> tuple[list[TextLine], list[TextLine]]:
    """The lines of the list, and from the first agenda item on (« 1. Achat de la parcelle … »:
    a numbered heading in prose, never a numbered name like « 11. DURAND Jeanne ») or the first
    sentence that follows lists (« Le quorum étant atteint, … »)."""
    for index, line in enumerate(lines):
        if lexicon.AFTER_LIST.match(fold(line.text[:_HEADING_REACH])):
            return lines[:index], lines[index:]  # « Le quorum étant atteint, … »
        item = lexicon.ITEM_NUMBER.match(line.text)
        if item is None:
            continue
        heading = line.text[item.end() : item.end() + _HEADING_REACH]
        if _holds_proxy_words(fold(heading)):
            continue  # « 1. Damien JOURDAN à Julien GRIMAUD » is a numbered proxy
        if any(map(is_prose_word, heading.split())):
            return lines[:index], lines[index:]
    return lines, []


# How much of an item's heading is read to tell it from a numbered name: a name is short.
_HEADING_REACH = 80


def _holds_proxy_words(folded: str) -> bool:
    """Whether a folded text says « pouvoir à », « représenté par »… (the cheap word test first:
    « parcelle » holds « par »)."""
    return has_proxy_word(folded) and lexicon.PROXY_WORDS.search(folded) is not None


def _after_heading(heading: TextLine) -> Piece:
    """The names written on the heading line itself, after « Présents : Mmes et MM. » (and a
    count before it: « 38 PRESENTS : »)."""
    folded = fold(heading.text)
    # « • Procurations : … »: a bullet the stream kept before the heading (flattened text).
    bullet = lexicon.LEADING_BULLET.match(folded)
    lead = lexicon.LEADING_HEADING_COUNT.match(folded, bullet.end() if bullet else 0)
    # Where the heading may start: after its count first, else at the start.
    starts = (lead.end(), 0) if lead else (bullet.end(),) if bullet else (0,)
    # « ABSENTS OU EXCUSÉS : 6 Mme X », « Procurations : (3) Mme X »: the heading with its count.
    counted = lexicon.BRACKETED_COUNT_THEN_LIST.match(folded, starts[-1])
    if counted is not None:
        return Piece(heading.text[counted.end() :], heading.number)
    for _, pattern in lexicon.ATTENDANCE_HEADINGS:
        found = next(
            ((offset, match) for offset in starts if (match := pattern.match(folded[offset:]))),
            None,
        )
        if found is not None:
            offset, match = found
            rest = heading.text[offset + match.end() :]
            if match.end() > 0 and heading.text[offset + match.end() - 1].isalpha():
                # The pattern stopped inside its last word (« représenté|s »): skip the rest of it.
                rest = rest[lexicon.WORD_TAIL.match(rest).end() :]  # type: ignore[union-attr]
            rest = rest.lstrip(" :,")
            # « Etaient présents (40 titulaires + 1 suppléants) : »: the note is the heading's.
            rest = lexicon.HEADING_NOTE.sub("", rest).lstrip(" :")
            rest = lexicon.HEADING_BRACKETED_COUNT.sub("", rest)  # « Absents : (4) Mme … »
            return Piece(rest, heading.number)
    return Piece(heading.text, heading.number)


def _drop_heading_formula(pieces: list[Piece], formulas: int = 2) -> list[Piece]:
    """Drop « Mesdames et Messieurs : » at the start, on the heading line or the next one, and
    a formula before it (« les Conseillers municipaux suivants : Mmes et MM. »)."""
    if not pieces or not formulas:
        return pieces
    first, *rest = pieces
    tail = lexicon.HEADING_TAIL.match(fold(first.text))
    if tail is None:
        return pieces
    remainder = first.text[tail.end() :].lstrip(" :")
    # « Absents non excusés (1) : … »: the count noted after the formula.
    remainder = lexicon.HEADING_NOTE.sub("", remainder).lstrip(" :")
    return _drop_heading_formula(
        [Piece(remainder, first.line), *rest] if remainder else rest, formulas - 1
    )


def _read_item(piece: Piece, state: _ListState, draft: Draft) -> bool:
    """Read one list item; ``False`` when it is not readable as a name (it is then rejected)."""
    if bullet := lexicon.LEADING_BULLET.match(piece.text):  # « ➢ Paul SEGUIN », flattened
        piece = Piece(piece.text[bullet.end() :], piece.line)
    if _attach_received_proxy(piece, state, draft):
        return True
    if _too_long_for_members(piece, state):
        return False
    piece = _timing_note_in_parenthesis(_without_group_heading(piece))
    if state.trailing_communes:
        piece = _take_trailing_commune(piece, state)
    if state.run_in_communes and (run_in := _run_in_commune(piece.text)):
        commune, name = run_in
        if state.last is not None and state.last.commune is None:
            state.last.commune = commune  # the commune closes the member before
        piece = Piece(name, piece.line)
    parts = _members_in_parentheses(piece, state)
    if len(parts) == 1:
        piece = parts[0]  # « DÉMU (FRANC Thierry) »: the commune taken, its member read on
    # « Lacoste Pour M. Brut », « M. X ayant donné pouvoir à Mme Y Mme Z ayant donné … »:
    # several items whose separator was lost, each read (a failed one does not stop the next).
    if len(parts) > 1 or len(parts := _commune_groups(piece) or _chained_proxies(piece, state)) > 1:
        filed = [_read_item(part, state, draft) for part in parts]
        return all(filed)
    if state.commune is not None and (run_on := _member_then_commune(piece.text)):
        member, commune, following = run_on
        first = _read_item(Piece(member, piece.line), state, draft)
        state.commune = commune
        return _read_item(Piece(following, piece.line), state, draft) and first
    # « Bernard MATYJASIK Béhoust : Rodolphe GARNIER »: the name before the next commune is
    # looked for before the whole is taken for a commune's prefix.
    glued = _name_before_commune(piece.text)
    text = piece.text
    if glued is None:
        text = _take_commune(piece.text, state)
        glued = _name_before_commune(text)
    if glued is not None:  # « Rémy BOUTON Bazainville : Jean-Luc BOUYSSET »
        first = _read_item(Piece(glued[0], piece.line), state, draft)
        return _read_item(Piece(glued[1], piece.line), state, draft) and first
    return _read_commune_member(Piece(text, piece.line), state, draft)


def _members_among_bodies(piece: Piece, draft: Draft) -> list[Piece]:
    """« Commune de Lauzac M. ROUX Paul Association des Maires de la Vienne Mme BRUN
    Zoé … »: a table of members and their bodies whose columns ran together; each member
    written civility, family name in capitals, given name is an item of their own, the bodies'
    words are kept unread. The item as it is when it names no body or no such member."""
    members = list(lexicon.ANCHORED_MEMBER.finditer(piece.text))
    if not members or _holds_proxy_words(fold(piece.text)):
        return [piece]  # a proxy's words join two members: read as a proxy
    bounds = [0, *(end for member in members for end in member.span()), len(piece.text)]
    rest = [piece.text[a:b].strip(" ,;-–") for a, b in itertools.pairwise(bounds)][::2]
    if not any(lexicon.BODY_WORD.search(fold(words)) for words in rest):
        return [piece]
    if len(members) == 1 and not lexicon.BODY_WORD.match(fold(rest[0])):
        # One member in a sentence (« Monsieur le Président … souhaite la bienvenue … à Monsieur
        # X Guillaume de la Société … »): a table's row starts with its body or holds several.
        return [piece]
    for words in filter(None, rest):
        draft.reject_rest(piece.line, words)
    return [Piece(member.group(), piece.line) for member in members]


def _communes_before_members(names: list[Piece]) -> bool:
    """« BARDOU CONNE DE LABARDE -M. Paul X -Mme Anne Y -M. Luc Z FAURILLES FAUX -M. … »: a
    list opening with communes' names in capitals, each member after it led by a civility."""
    if len(names) < _MIN_LED_MEMBERS + 1 or not _all_capitals(names[0].text.split()):
        return False
    led = sum(
        1 for piece in names[1:] if (words := piece.text.split()) and _is_civility_word(words[0])
    )
    # And the next communes' names seen after members (« … Luc Z FAURILLES FAUX »), twice at
    # least: a list of names in capitals alone, each led by a civility, shows none.
    followed = sum(1 for piece in names[1:] if len(_member_then_communes(piece)) == 2)
    return led >= _MIN_LED_MEMBERS and followed >= _MIN_COMMUNES_SEEN


# How many members led by a civility make a list grouped under communes in capitals, and how
# many communes' names written after a member show it.
_MIN_LED_MEMBERS = 3
_MIN_COMMUNES_SEEN = 2


def _member_then_communes(piece: Piece) -> list[Piece]:
    """In such a list: the commune alone (« BARDOU CONNE DE LABARDE ») as a commune's prefix;
    « M. Luc Z FAURILLES FAUX » as the member (civility, given names, one family name in
    capitals with its particles) then the next commune's prefix."""
    words = piece.text.split()
    if _all_capitals(words):
        return [Piece(f"{piece.text} :", piece.line)]
    if not words or not _is_civility_word(words[0]):
        return [piece]
    index = 1
    while index < len(words) and _is_given(words[index]):
        index += 1
    if index == 1 or index >= len(words):
        return [piece]
    end = _family_end(words, index)
    if end >= len(words) or not _all_capitals(words[end:]):
        return [piece]
    return [
        Piece(" ".join(words[:end]), piece.line),
        Piece(" ".join(words[end:]) + " :", piece.line),
    ]


def _all_capitals(words: list[str]) -> bool:
    """Words in capitals only (particles and « ST- », « D’ » included), no civility."""
    return (
        bool(words)
        and not any(map(_is_civility_word, words))
        and all(word.upper() == word and any(char.isalpha() for char in word) for word in words)
    )


def _without_list_formula(piece: Piece) -> Piece:
    """The item without « MM. Les Conseillers municipaux … en exercice : » (the list's formula,
    no member), kept with the list."""
    if "les" not in piece.text.lower():
        return piece  # most items hold no formula: the pattern need not run
    folded = fold(piece.text)
    cuts = [(match.start(), match.end()) for match in lexicon.LIST_FORMULA.finditer(folded)]
    if not cuts:
        return piece
    kept = [
        piece.text[start:end]
        for start, end in itertools.pairwise([0, *itertools.chain(*cuts), len(piece.text)])
    ][::2]
    return Piece(" ".join(" ".join(kept).split()), piece.line)


def _read_commune_member(piece: Piece, state: _ListState, draft: Draft) -> bool:
    """An item once a commune's prefix is taken: a commune alone, or its member."""
    text = _take_member_after_commune(_take_entity(piece.text, state), state)
    if _is_commune_alone(text, state):
        state.commune = lexicon.PARENTHESIS.sub("", text).strip(" ,;*")
        return True  # no member named for this commune
    text = _take_bare_commune(_take_origin_commune(text, state), state)
    return _read_person_item(Piece(_body_as_note(text), piece.line), state, draft)


def _body_as_note(text: str) -> str:
    """« Monsieur Paul LIONS Communauté de communes Ile-Rousse Balagne »: the body a member
    comes from, written after the name with no separator, is a note on the member."""
    match = lexicon.BODY_AFTER_NAME.match(text)
    if match is None or "(" in text:
        return text
    return f"{match['name']} ({match['body']})"


def _members_in_parentheses(piece: Piece, state: _ListState) -> list[Piece]:
    """In a list of communes, « CASTELNAU (BEYRIES Philippe, MUR Catherine) » or « (DAVID
    Paul) »: the commune's members in parentheses after it (its name maybe lost), each a name;
    none when the parentheses hold anything else (« Paul MARTIN (arrivé au point 3) »). The
    commune, or ``None``, is the members' from then on."""
    if not state.communes_listed:
        return []
    # Under a heading naming communes, a commune written in capitals is no member's name.
    found = _commune_and_members(piece.text, capitals=state.role != "represented")
    if found is None:
        return []
    commune, members = found
    state.commune = commune or None
    return [Piece(member, piece.line) for member in members]


def _commune_and_members(text: str, *, capitals: bool = False) -> tuple[str, list[str]] | None:
    """« Castelnau (BEYRIES Philippe, MUR Catherine) » → the commune (``""`` when lost) and
    its members; ``None`` unless the parentheses hold names only. ``capitals``: a commune may
    be written in capitals (« CASTELNAU D'AUZAN »), as a name would be."""
    match = lexicon.MEMBERS_AFTER_COMMUNE.match(text) if "(" in text else None
    if match is None:
        return None
    commune = match["commune"].strip(" ,;")
    if lexicon.COMMUNES_HEADING.search(fold(text[: match.start("members") + 1])):
        commune = ""  # « Les délégués des communes de (X) »: the heading, then a lost name
    is_word = _is_capitals_commune_word if capitals else _is_commune_word
    if commune and not all(map(is_word, commune.split())):
        return None
    parts = lexicon.MEMBERS_SEPARATOR.split(match["members"])
    members = [part.strip() for part in parts if part.strip()]
    if not members or not all(map(_reads_as_a_name, members)):
        return None
    return commune, members


def _reads_as_a_name(text: str) -> bool:
    """A few words, each a name's (capital or particle), one of them a family name in capitals
    or a civility before them."""
    words = text.split()
    return (
        0 < len(words) <= MAX_NAME_WORDS
        and not any(map(is_prose_word, words))
        and (split_civility(text)[0] is not None or any(map(is_family_token, words)))
    )


def _too_long_for_members(piece: Piece, state: _ListState) -> bool:
    """An item too long for a name that no reading splits into members is prose."""
    if len(piece.text) <= MAX_NAME_LENGTH or len(split_glued(piece)[0]) > 1:
        return False
    if _interleaved_rows(piece.text, in_table=state.interleaved) is not None:
        return False  # a table of communes and members, read row by row
    # « X a donné pouvoir à Y Z a donné pouvoir à W … »: proxies chained with no separator
    # make a long item too; any other long one is prose, kept in ``unrecognised``.
    chained = _split_chained_proxies(piece.text) if len(piece.text) <= MAX_GLUED_LENGTH else []
    return len(chained) < 2 or any(len(part) > MAX_NAME_LENGTH for part in chained)


def _commune_groups(piece: Piece) -> list[Piece]:
    """The item cut where a commune's group starts: after « Pour » (« … Lacoste Pour Chambon/Lac
    Mr Roux »), or at « COMMUNE DE » in capitals or « Commune de X » before a civility (« …
    PONS Luc COMMUNE DE FAURE Marc »); none when it holds one group only."""
    for lead in (lexicon.COMMUNE_LEAD_START, lexicon.ENTITY_LEAD_START):
        starts = [0, *(match.end() for match in lead.finditer(piece.text))]
        if len(starts) > 1:
            ends = [*starts[1:], len(piece.text)]
            return [
                Piece(piece.text[a:b].strip(), piece.line)
                for a, b in zip(starts, ends, strict=True)
            ]
    return []


def _chained_proxies(piece: Piece, state: _ListState) -> list[Piece]:
    """The item cut into the proxies it chains with no separator (one part when none)."""
    chained = _split_chained_proxies(
        piece.text,
        bare=state.role == "represented",
        joiner=(
            lexicon.HOLDER_JOINER
            if state.holders_first or state.givers_first
            else lexicon.PROXY_JOINER
        ),
        family_alone=not state.capital_communes,
    )
    return [Piece(part, piece.line) for part in chained]


def _without_group_heading(piece: Piece) -> Piece:
    """The item without a group's heading glued before its first member (« TITULAIRES COLLÈGE
    DES REPRÉSENTANTS … VERDIER Armand »): a heading of the list, never part of a name."""
    heading = lexicon.GROUP_HEADING_BEFORE_NAME.match(piece.text)
    return piece if heading is None else Piece(piece.text[heading.end() :], piece.line)


def _timing_note_in_parenthesis(piece: Piece) -> Piece:
    """« DEBRUYNE Odile : arrivée à 18 H.30- a voté à partir de … »: the note after the colon is
    the member's, written as if in parentheses (a colon otherwise makes no name)."""
    name, colon, note = piece.text.partition(":")
    if not colon or not lexicon.TIMING_NOTE.match(fold(note)):
        return piece
    return Piece(f"{name.rstrip()} ({note.strip()})", piece.line)


def _read_person_item(piece: Piece, state: _ListState, draft: Draft) -> bool:
    """An item whose commune, if any, is taken: a name, a proxy, a role or a civility alone."""
    text = _take_leading_description(_take_leading_role(piece.text, state), state)
    if not text or _is_number_alone(text) or lexicon.NOBODY.match(fold(text)):
        return True  # a commune heading, a list number alone, « néant »: no name to read
    if _attach_holder(Piece(text, piece.line), state, draft) or _attach_description(text, state):
        return True
    words = text.split()
    if words[-1:] == ["et"]:
        words.pop()
    if len(words) == 1 and is_group_civility(words[0]):
        # « Mesdames » alone: a line break or a list's formula (« Mesdames et » / « Messieurs
        # Paul MARTIN ») left the grouped civility by itself.
        state.group_civility = lexicon.CIVILITIES.get(fold(words[0]).rstrip(" ."))
        return True
    return _read_civility_and_names(Piece(text, piece.line), state, draft)


def _read_civility_and_names(piece: Piece, state: _ListState, draft: Draft) -> bool:
    """An item that names members, or gives the civility of those after it; ``False`` when it
    names nobody (words with no civility nor capitals in a list whose members all have them)."""
    civility, name = split_civility(piece.text)
    if state.civility_led and civility is None and not _names_a_family(piece.text):
        return False  # « … Délégué de Bressy et Lauzac du Bois »: the words after « et »
    _follow_civility(piece.text, state)
    if not name:
        return True  # « Messieurs » alone: a grouped civility for the names that follow
    if is_group_civility(piece.text) and len(name) > MAX_NAME_LENGTH:
        # « Messieurs LAURENT Claude CONNORD Odile … »: a whole list after one grouped civility,
        # its separators lost; the civility applies to each name (``_dress``).
        return _read_names(Piece(name, piece.line), state, draft)
    return _read_names(piece, state, draft)


def _attach_received_proxy(piece: Piece, state: _ListState, draft: Draft) -> bool:
    """« DUPONT Jean, Maire, qui a reçu le pouvoir de Mme Maria CARRÉ »: a clause on the member
    before, naming who gave them a proxy. The list may go on right after the giver's name, its
    separator lost (« … Mme Maria CARRÉ LE COZ Louis Adjoint au Maire … »): read as items."""
    if state.last is None or state.role != "present":
        return False
    match = lexicon.RECEIVED_PROXY.match(fold(piece.text))
    if match is None:
        return False
    start = match.start("member")
    words = piece.text[start:].split()
    end = _giver_end(words)
    if end is None:
        return False
    clause = f"{piece.text[:start]}{' '.join(words[:end])}"
    state.last.notes.append(clause)
    _add_received_proxy(state.last, clause, piece.line, draft)
    rest = " ".join(words[end:])
    return not rest or _read_item(Piece(rest, piece.line), state, draft)


def _giver_end(words: list[str]) -> int | None:
    """How many words name the giver of a proxy at the start of ``words``: a civility, then a
    family name in capitals and given names, or given names and a family name in capitals
    (« Mme Maria CARRÉ », « CARRÉ Maria », « Aude DE LA VERGNE »); ``None`` when no name."""
    bare = [word.rstrip(",;.)") for word in words]
    index = 1 if bare and split_civility(bare[0] + " x")[0] is not None else 0
    if index >= len(bare):
        return None
    if is_family_token(bare[index]):  # family name first
        index = _family_end(bare, index)
        while index < len(bare) and _is_given(bare[index]):
            index += 1
        return index
    first_given = index
    while index < len(bare) and _is_given(bare[index]):
        index += 1
    if index == first_given:
        return None
    return index if index == len(bare) else _family_end(bare, index)


def _is_given(word: str) -> bool:
    return not is_family_token(word) and (
        lexicon.GIVEN_WORD.match(word) is not None or lexicon.INITIAL.match(word) is not None
    )


def _family_end(words: list[str], index: int) -> int:
    """The end of a family name in capitals starting at ``index``: one word, and the word after
    each particle (« DE LA VERGNE », « LE COZ »)."""
    while fold(words[index]) in lexicon.PARTICLES and index + 1 < len(words):
        index += 1
    return index + 1


def _attach_description(text: str, state: _ListState) -> bool:
    """« Paul MARTIN, Adjoints »: the role of the members before; « Paul GILET, délégué
    titulaire, commune d'Aubac »: a second description of the member before."""
    if state.without_role and (is_role(text) or _is_description(text)):
        return _attach_role(text, state)
    if state.last is not None and (
        _is_plain_description(text)
        or lexicon.STAFF_ROLE.match(fold(text))
        # « Paul X, Vice-Président du Parc, Maire de Saint-Juéry »: another office of theirs.
        or (state.last.role is not None and _is_office(text))
    ):
        add_role(state.last, text)  # « …, DGS de la commune », « …, Directeur du syndicat »
        return True
    return False


def _is_office(text: str) -> bool:
    """« Maire de Saint-Juéry », « Sénateur de l'Aveyron »: a role and places, no name in
    capitals (« Maire de VILLEBOURG » may be a member named MAIRE)."""
    return ":" not in text and is_role(text) and not any(map(is_family_token, text.split()))


def _is_number_alone(text: str) -> bool:
    """« 11. » alone on its line: a list number (it starts with a digit, tested first)."""
    return text[:1].isdigit() and lexicon.NUMBERING.fullmatch(text) is not None


def _is_description(text: str) -> bool:
    """« M. Hervé GIRAUD, directeur général des services »: lower-case words, no name in them."""
    return text[:1].islower() and not any(is_family_token(word) for word in text.split())


def _is_plain_description(text: str) -> bool:
    """A description that says nothing of attendance: no label (« mandataire : »), no proxy
    words (« donne procuration à »)."""
    return ":" not in text and not _holds_proxy_words(fold(text)) and _is_description(text)


def _split_chained_proxies(
    text: str,
    *,
    bare: bool = False,
    joiner: str = lexicon.PROXY_JOINER,
    family_alone: bool = False,
) -> list[str]:
    """Proxies written one after the other with no separator: a civility that does not follow
    « à » or « par » starts the next member (« … à Mme MENHAOUARA Mme GARS ayant donné … »).
    With ``bare`` (under a proxies heading), « à » alone makes proxies: « Mme Lucie ROUX à M.
    Paul MARTIN Mme Zoé BRUN à M. Marc BRUNO »; under a heading of holders, « pour » (``joiner``)
    makes them: « Mme Lucie ROUX pour M. Paul MARTIN Mme Zoé BRUN pour M. Marc BRUNO ». With
    ``family_alone`` (no commune in capitals leads the list's items), a family name alone may
    be the first member: « GRIS Mme NOIR pouvoir à M. ROUX »."""
    folded = fold(text)
    if not _holds_proxy_words(folded) and not (bare and folded.count(joiner) > 1):
        return [text]
    words, folded_words = text.split(), folded.split()
    first = 1 if family_alone and is_family_token(words[0]) else 2
    cuts = [
        index
        for index in range(first, len(words) - 1)
        if folded_words[index] in lexicon.CHAIN_CIVILITIES
        and words[index + 1][:1].isupper()
        and folded_words[index - 1] not in lexicon.BEFORE_HOLDER
        # « … M. M. DUCHEZ »: the second « M. » is the member's initial, not another member.
        and folded_words[index - 1] not in lexicon.CHAIN_CIVILITIES
    ] or _members_before(words, _proxy_phrase_starts(folded_words))
    if not cuts and bare:  # « Yves ELIE pour Bernard GRIFFON Michel DONY pour Josiane … »
        cuts = _members_before(words, _joiners_before_names(words, folded_words, joiner))
    bounds = [0, *cuts, *_names_after_last_holder(words, folded_words), len(words)]
    return [" ".join(words[start:end]) for start, end in itertools.pairwise(bounds)]


def _names_after_last_holder(words: list[str], folded_words: list[str]) -> list[int]:
    """« … Monique X donne pouvoir à Claude Y Solange Z Henri W »: whole names written after
    the last holder with no separator are the list's next members, each an item of its own.
    Only when the words after « à » are names and nothing else, each written as the first
    member is (given name first here)."""
    joins = [
        index
        for index, word in enumerate(folded_words[:-1])
        if word in lexicon.HOLDER_JOINS and words[index + 1][:1].isupper()
    ]
    family_first = is_family_token(words[0])
    # The item opens with its member's name (« Pouvoir à Martine X Pascal Y … » is a table's
    # columns read across: which name holds whose proxy is lost).
    if not joins or _name_end(words, 0, family_first=family_first) is None:
        return []
    starts = _name_starts(words, joins[-1] + 1, family_first=family_first)
    return starts[1:] if starts else []


def _name_starts(words: list[str], start: int, *, family_first: bool) -> list[int] | None:
    """Where each whole name starts in ``words[start:]``, written one after the other with no
    separator (each as ``family_first`` says); ``None`` when the words are not names only."""
    starts: list[int] = []
    index = start
    while index < len(words):
        end = _name_end(words, index, family_first=family_first)
        if end is None:
            return None
        starts.append(index)
        index = end
    return starts


def _name_end(words: list[str], start: int, *, family_first: bool) -> int | None:
    """Where the name starting at ``start`` ends: its family names then its given names when
    family names come first, its given names then its family names otherwise."""
    first, second = (
        (is_family_token, lexicon.GIVEN_WORD.match)
        if family_first
        else (lexicon.GIVEN_WORD.match, is_family_token)
    )
    index = start
    while index < len(words) and first(words[index]):
        index += 1
    middle = index
    while index < len(words) and second(words[index]):
        index += 1
    return None if middle in (start, index) else index


def _joiners_before_names(words: list[str], folded_words: list[str], joiner: str) -> list[int]:
    """Where « à » (or « pour ») joins a member to a holder: a capital after it, never « à
    partir du point 5 »."""
    joined = joiner.strip()
    return [
        index
        for index, word in enumerate(folded_words[:-1])
        if word == joined and words[index + 1][:1].isupper()
    ]


def _members_before(words: list[str], starts: list[int]) -> list[int]:
    """« JOBAZET Jean Louis a donné pouvoir à Emmanuelle MERLE JOLY Philippe a donné … »: with
    no civility to start them, each later member is the name just before its proxy words
    (``starts``), in the order the first member is written (family name first here)."""
    if len(starts) < 2:
        return []
    family_first = is_family_token(words[0])
    cuts: list[int] = []
    for start in starts[1:]:
        cut = _name_start_before(words, start, family_first=family_first)
        if cut is None or (cuts and cut <= cuts[-1]):
            return []
        cuts.append(cut)
    return cuts


def _proxy_phrase_starts(folded_words: list[str]) -> list[int]:
    """Where each « a donné pouvoir », « ayant donné », « donne pouvoir », « représenté » starts."""
    auxiliaries, verbs = lexicon.CHAIN_PROXY_AUXILIARIES, lexicon.CHAIN_PROXY_VERBS
    following = [*folded_words[1:], ""]
    return [
        index
        for index, (before, word, after) in enumerate(
            zip(["", *folded_words[:-1]], folded_words, following, strict=True)
        )
        if index > 0
        and (
            (word in auxiliaries and after in verbs)
            or (word in verbs and before not in auxiliaries)
            # « Laurence X pouvoir à Nicolas Y Sonia Z pouvoir à Paul W »: the noun alone.
            or (word in lexicon.CHAIN_PROXY_NOUNS and after == "a" and before not in verbs)
        )
    ]


def _name_start_before(words: list[str], end: int, *, family_first: bool) -> int | None:
    """Where the name ending just before ``end`` starts, walking back from ``end``: its given
    names then its family name (one word, with its particle: « LE GALL ») when family names
    come first; its family names then its given names otherwise."""
    index = end
    if family_first:
        while index > 0 and _is_given(words[index - 1]):
            index -= 1
        if index in (end, 0) or not is_family_token(words[index - 1]):
            return None
        index -= 1
        if index > 0 and fold(words[index - 1]) in lexicon.PARTICLES:
            index -= 1
        return index
    while index > 0 and is_family_token(words[index - 1]):
        index -= 1
    start = index
    while index > 0 and _is_given(words[index - 1]):
        index -= 1
    return None if index in (start, end) else index


def _name_before_commune(text: str) -> tuple[str, str] | None:
    """« Rémy BOUTON Bazainville : Jean-Luc BOUYSSET »: a member's name, then the next commune's
    prefix, glued when a line break was lost; ``None`` when the prefix names a commune only."""
    match = lexicon.COMMUNE_PREFIX.match(text) if ":" in text else None
    if match is None or match["commune"] is None:
        return None
    if lexicon.PROXY_AFTER_COLON.match(fold(text[match.end() :])):
        return None  # « Mme. X Brigitte : procuration à Y »: the member's proxy, no commune
    ended = _sentence_before_commune(match["commune"])
    if ended is not None:  # « Mme Brajeul. Communauté de Communes du Porhoët : MM. Buot »
        return ended, match["commune"][len(ended) + 1 :].strip() + " " + text[
            match.end("commune") :
        ]
    words = match["commune"].split()
    family = [is_family_token(word) for word in words]
    if True not in family or family[-1]:
        return None
    last = len(family) - family[::-1].index(True) - 1
    name, commune = words[: last + 1], words[last + 1 :]
    if len(name) < 2 or all(family[: last + 1]) or not all(map(_is_commune_word, commune)):
        return None
    return " ".join(name), " ".join(commune) + " " + text[match.end("commune") :]


def _member_then_commune(text: str) -> tuple[str, str, str] | None:
    """« CAUVIN Grimbosq Mr MODESTE », « MME LONDES Les Moutiers en Cinglais Mr ROUJOLLE »: in a
    list grouped by commune, a member written in capitals, the next commune's name in mixed
    case, then its first member led by a civility (the line breaks between them lost)."""
    words = text.split()
    for cut in range(2, len(words) - 1):
        if not _is_civility_word(words[cut]):
            continue
        start = cut
        while start > 0 and _is_commune_word(words[start - 1]):
            start -= 1
        member = words[:start]
        if start == cut or not member or not is_family_token(member[-1]):
            return None
        if not all(is_family_token(word) or _is_civility_word(word) for word in member):
            return None
        commune = " ".join(words[start:cut])
        if lexicon.TABLE_X_COLUMN.search(fold(commune)) or has_proxy_word(fold(commune)):
            return None  # « Mme X Anissa Représentée M. Y »: a table's row and its mark
        return " ".join(member), commune, " ".join(words[cut:])
    return None


def _sentence_before_commune(commune: str) -> str | None:
    """The member's name ending the list of the commune before, with its full stop: « Mme
    Brajeul. Communauté de Communes du Porhoët »; ``None`` when no name ends there. The name
    ends at the first full stop after a word of four letters or more (« St. Jean de Luz »: an
    abbreviation)."""
    stops = [index for index in range(len(commune) - 1) if commune.startswith(". ", index)]
    for stop in stops[:_MAX_STOPS]:
        before, after = commune[:stop], commune[stop + 2 :]
        words = before.split()
        if not words or len(words) > MAX_NAME_WORDS or not after[:1].isupper():
            return None  # the first stop decides: a longer text before it is no name
        short = sum(map(str.isalpha, words[-1])) < _MIN_NAME_BEFORE_STOP
        if short and split_civility(before)[0] is None:
            continue  # « St. »: an abbreviation; the name may end at a later stop
        if all(word[:1].isupper() or fold(word) in lexicon.PARTICLES for word in words):
            return before
        return None
    return None


# « St. », « Ste. »: shorter words before a full stop are abbreviations, not a name's end.
_MIN_NAME_BEFORE_STOP = 4
_MAX_STOPS = 3


def _take_any_commune(text: str, state: _ListState) -> str:
    """A commune before the name, with its colon or without."""
    return _take_bare_commune(_take_commune(text, state), state)


def _take_commune(text: str, state: _ListState) -> str:
    """« VILLEBOURG : M. Paul MARTIN » sets the commune of this and the following names."""
    # Every commune prefix ends with a colon: most items have none, and skip the pattern.
    if ":" not in text:
        return text
    if text.startswith(":"):  # « : FAURE Roger », « : » alone: the commune's name lost
        state.commune = None
        return text[1:].lstrip()
    match = lexicon.COMMUNE_PREFIX.match(text)
    if match is None or lexicon.PROXY_AFTER_COLON.match(fold(text[match.end() :])):
        return text  # « Mme Michèle GARNIER : pouvoir à M. DUPUIS » names no commune
    # « Pour la commune d’: » with the name lost: the members after it sit for no known commune;
    # « Adjoints : », « Conseillers : » name the members' office, no commune.
    commune = match["commune"].strip() if match["commune"] is not None else None
    if commune is not None and is_group_civility(commune):
        # « Mmes : GRIS Léa, … », « MM : VIDAL Marc »: the civility of the names after
        # it, no commune.
        state.group_civility = lexicon.CIVILITIES.get(fold(commune).rstrip(" ."))
        return text[match.end() :]
    state.commune = None if commune is None or is_role(commune) else commune
    return text[match.end() :]


def _labels_after_members(items: list[Piece]) -> list[Piece]:
    """« Robert ARNAUD – C.C Val de Gâtine ; Claude AUDEBERT – C.C Val de Gâtine ; Ludovic
    BOUTIN – ECHIRE ; … »: each member followed by the collectivity they sit for, which the
    dash parted into an item of its own. A list is read so when several such labels come back
    (a member is listed once, a commune many times); each label then becomes the commune of
    the member before it, written as the commune's prefix the list reader knows."""
    labels = {
        index: label
        for index in range(1, len(items))
        if _is_member_item(items[index - 1].text)
        and (label := _label_of(items[index].text)) is not None
    }
    repeated = Counter(fold(label) for label in labels.values())
    if sum(count for count in repeated.values() if count > 1) < lexicon.MIN_REPEATED_LABELS:
        return items
    merged: list[Piece] = []
    for index, item in enumerate(items):
        if index in labels:
            # « C.C Val de Gâtine donne pouvoir à Christian BONNET »: the proxy stays the member's.
            member, rest = merged.pop(), item.text[len(labels[index]) :]
            merged.append(Piece(f"{labels[index]} : {member.text}{rest}", member.line))
        else:
            merged.append(item)
    return merged


def _label_of(text: str) -> str | None:
    """The label an item after a member is, or starts with before proxy words (« C.C Val de
    Gâtine donne pouvoir à Christian BONNET »); ``None`` when it is no label."""
    proxy = lexicon.PROXY_WORDS.search(fold(text)) if has_proxy_word(fold(text)) else None
    label = text[: proxy.start()].rstrip(" ,-–") if proxy is not None else text
    return label if _is_label_item(label) else None


def _is_member_item(text: str) -> bool:
    """« Robert ARNAUD », « Jean-Pierre RIMBEAU »: a given name then a family name in capitals."""
    words = text.split()
    return (
        len(words) >= 2
        and lexicon.GIVEN_WORD.match(words[0]) is not None
        and all(map(is_family_token, words[1:]))
    )


def _is_label_item(text: str) -> bool:
    """« ECHIRE », « SAINT-GELAIS », « C.C Val de Gâtine »: no given name before a family name,
    no civility, no note."""
    words = text.split()
    return (
        bool(words)
        and len(words) <= lexicon.MAX_COMMUNE_WORDS
        and not _is_member_item(text)
        and split_civility(text)[0] is None
        and "(" not in text
        and not any(map(is_prose_word, words))
    )


def _cut_before_colon_communes(items: list[Piece]) -> list[Piece]:
    """A table of communes and their delegates, flattened with its separators lost: « ARLAY :
    Jean-Luc URIET, Dominique BAUDUIN LA MARRE : Sandrine ROY BLETTERANS : Christine … ». In
    a list where several communes in capitals head their delegates with a colon, each such
    commune starts an item of its own; after a given name, the first word in capitals is the
    member's family name and the commune starts after it."""
    labelled = sum(1 for item in items for _ in lexicon.COLON_COMMUNE.finditer(item.text, 1))
    if labelled < lexicon.MIN_COLON_COMMUNES:
        return items
    return [part for item in items for part in _cut_item_before_communes(item)]


def _cut_item_before_communes(item: Piece) -> list[Piece]:
    cuts: list[int] = []
    for match in lexicon.COLON_COMMUNE.finditer(item.text, 1):
        words = match["commune"].split()
        before = item.text[: match.start("commune")].split()
        if before and _is_civility_word(before[-1]):
            continue  # « M. GONDOUINATHIS-MONS : »: a name and its commune glued, left whole
        if before and lexicon.GIVEN_WORD.match(before[-1]):
            if len(words) < 2:
                continue  # « Luc MICHAUD : » is a name, its colon a stray one
            cuts.append(item.text.index(words[1], match.start("commune") + len(words[0])))
        else:
            cuts.append(match.start("commune"))
    bounds = [0, *cuts, len(item.text)]
    parts = [item.text[start:end].strip(" ,") for start, end in itertools.pairwise(bounds)]
    return [Piece(part, item.line) for part in parts if part]


def _communes_in_capitals(items: list[Piece]) -> bool:
    """Whether several items start with words in capitals then a civility: communes, in a
    list that groups its members by commune (one such item may be a name glued to the next)."""
    starts = sum(1 for item in items if _capitals_before_civility(item.text.split()))
    # « M. X, Maire MM. PONS et BLANC Mme NOIR … »: a list opening with a member, each
    # family name in capitals before the next civility follows « et », no commune.
    first_words = items[0].text.split() if items else []
    opens_with_member = bool(first_words) and _is_civility_word(first_words[0])
    return starts >= lexicon.MIN_COMMUNE_GROUPS and not opens_with_member


def _communes_after_names(items: list[Piece]) -> bool:
    """Whether several items end with the member's commune (« M. GAYET de CHAPEAU »)."""
    ends = sum(1 for item in items if lexicon.TRAILING_COMMUNE.search(item.text))
    return ends >= lexicon.MIN_COMMUNE_GROUPS


def _communes_run_in(items: list[Piece]) -> bool:
    """Whether a list in mixed case writes its members as a given and a family name, several
    with a commune run into their item (« Saint Hilaire de Brens Bernard Attavay »): then such
    an item's last two words are its member, the words before them the commune of the member
    before."""
    if not items:
        return False
    pairs = sum(1 for item in items if _is_mixed_case_name(item.text.split()))
    communes = [run[0] for item in items if (run := _run_in_commune(item.text)) is not None]
    # A commune of one plain word may be a given name (« Jean Pierre Martin »): several must
    # be a place's (« Saint Hilaire de Brens », « Montalieu-Vercieu »).
    places = sum(1 for commune in communes if " " in commune or "-" in commune)
    # Nearly every item is one or the other: a list of other shapes is not read so.
    return (pairs + len(communes)) * 5 >= len(items) * 4 and places >= lexicon.MIN_RUN_IN_COMMUNES


def _is_mixed_case_name(words: list[str]) -> bool:
    """« Bernard Attavay », « Anne-Isabelle Erbs »: a given name, then a family name in mixed
    case."""
    return (
        len(words) == 2
        and bool(lexicon.GIVEN_WORD.match(words[0]))
        and words[1][:1].isupper()
        and not is_family_token(words[1])
    )


def _run_in_commune(text: str) -> tuple[str, str] | None:
    """« Saint Hilaire de Brens Bernard Attavay » → (« Saint Hilaire de Brens », « Bernard
    Attavay »): words of a commune, then a member written as a given and a family name."""
    words = text.split()
    if len(words) < lexicon.MIN_RUN_IN_WORDS or not _is_mixed_case_name(words[-2:]):
        return None
    if not all(_is_commune_word(word) for word in words[:-2]):
        return None
    return " ".join(words[:-2]), " ".join(words[-2:])


def _take_trailing_commune(piece: Piece, state: _ListState) -> Piece:
    """The item without the commune written after its member, which becomes the commune."""
    match = lexicon.TRAILING_COMMUNE.search(piece.text)
    state.commune = match["commune"] if match else None
    return piece if match is None else Piece(piece.text[: match.start()], piece.line)


def _written_with_initials(items: list[Piece]) -> bool:
    """Whether several items (after a grouped civility) are an initial other than « M » then a
    family name: « Messieurs A CHAUSSOY, R CARON, M SUDOLSKI », « JP. CULOS, A. SECULA », « D
    Michaud, G Barbier, M Giniès »."""
    count = 0
    for item in items:
        words = (
            split_civility(item.text)[1].split()
            if is_group_civility(item.text)
            else (item.text.split())
        )
        if (
            len(words) >= 2
            and words[0] not in {"M", "M."}
            and is_initial_word(words[0])
            and (is_family_token(words[1]) or lexicon.MIXED_CASE_WORD.match(words[1]) is not None)
        ):
            count += 1
            if count >= lexicon.MIN_INITIAL_ITEMS:
                return True
    return False


def _capitals_before_civility(words: list[str]) -> bool:
    cut = _civility_index(words)
    return cut > 0 and all(
        is_family_token(word) or fold(word) in lexicon.COMMUNE_JOINERS for word in words[:cut]
    )


def _civility_index(words: list[str]) -> int:
    """The index of the first civility among an item's first words (0 when none)."""
    return next(
        (index for index, word in enumerate(words[: lexicon.MAX_COMMUNE_WORDS + 1])
         if _is_civility_word(word)),
        0,
    )  # fmt: skip


def _names_with_proxy_notes(text: str, *, bare: bool = False) -> bool:
    """« A (pouvoir à B) C (pouvoir à D) »: several notes, and proxy words only inside them —
    several members whose separators were lost, each with their proxy, not one proxy. Under a
    proxies heading (``bare``), « A (Lauzac) à B (Vic) » is one proxy, each name with its note."""
    if text.count("(") < 2:
        return False
    outside = fold(lexicon.PARENTHESIS.sub(" ", text))
    if bare and lexicon.PROXY_JOINER in outside:
        return False
    return not _holds_proxy_words(outside)


def _take_bare_commune(text: str, state: _ListState) -> str:
    """« Aussonne M. Francis SANCHEZ », « Bougy lez Neuville Mme MAROIS Isabelle »: words before
    the item's civility, none written like a family name (unless the list writes its communes in
    capitals), name the member's commune."""
    words = text.split()
    cut = _civility_index(words)
    if words and fold(words[0]) == lexicon.COMMUNE_LEAD:
        return _take_led_commune(words, cut, state)
    if cut == 0 or cut == len(words) - 1:
        return text  # « DELCUZE M. »: a last « M. » names nobody after it, it is an initial
    if state.capital_communes:
        if not _capitals_before_civility(words) and not all(map(_is_commune_word, words[:cut])):
            return text
    elif not all(_is_commune_word(word) for word in words[:cut]):
        return text
    state.commune = " ".join(words[:cut]).strip(" ,;")
    return " ".join(words[cut:])


def _take_led_commune(words: list[str], cut: int, state: _ListState) -> str:
    """« Pour Chambon/Lac Mr Roux », « Pour Mr Babut » (the commune's name lost), « Pour Saint
    Diery » (its delegates not named): the commune, if written, and the names after it."""
    if cut == 0 and not all(map(_is_commune_word, words[1:])):
        return " ".join(words)
    end = cut or len(words)
    state.commune = " ".join(words[1:end]).strip(" ,;/") or None
    return " ".join(words[end:])


def _take_entity(text: str, state: _ListState) -> str:
    """« COMMUNAUTE DE COMMUNES DU PAYS DE FAVERGES MM. LANDAIS »: a collectivity member of a
    syndicate, then its delegates; it is their commune, never a member. An item that names only
    the collectivity (or ends with its delegates' grouped civility) leaves no name, or the
    civility alone."""
    words = text.split()
    if not words or fold(words[0]) not in lexicon.ENTITY_WORDS:
        return text
    proxy_words = lexicon.PROXY_WORDS.search(fold(text))
    if proxy_words is not None:
        # « M. X, communauté de communes du Pont du Gard donne procuration à M. Y »: the
        # collectivity of the member before, then their holder (read by ``_attach_holder``).
        if state.last is not None and state.last.commune is None:
            state.last.commune = text[: proxy_words.start()].strip(" ,")
        return text[proxy_words.start() :].strip()
    cut = next(
        (index for index, word in enumerate(words) if index and _is_civility_word(word)),
        None,
    )
    if cut is None:
        # « COMMUNE DE LAUZAC-en-VAL ROUX Paul BRUN Zoé »: no civility, the members
        # written family name first after the collectivity's name.
        cut = _family_first_run_start(words) or len(words)
    commune = " ".join(words[:cut])
    # « COMMUNE DE » alone: the commune's name was lost, the group's is unknown.
    state.commune = None if lexicon.ENTITY_LEAD_ALONE.match(fold(commune)) else commune
    return " ".join(words[cut:])


def _family_first_run_start(words: list[str]) -> int | None:
    """Where the names written family name first that end ``words`` start: from the end, a
    given name after a family name in capitals (with its particles), again and again; ``None``
    when none ends them or nothing is left before them."""
    start = None
    index = len(words)
    while index >= 2 and _is_given(words[index - 1]) and is_family_token(words[index - 2]):
        index -= 2
        # « LE GALL Yves », « DE LA VERGNE Anne »; not the article after « COMMUNE ».
        while index >= 3 and fold(words[index - 1]) in lexicon.PARTICLES:
            index -= 1
        start = index
    return start if start else None


def _is_civility_word(word: str) -> bool:
    return fold(word) in lexicon.INNER_CIVILITIES or is_group_civility(word)


def _communes_listed(heading: str, items: list[Piece]) -> bool:
    """Whether a list names communes: its heading says so (« … les Délégués des Communes de : »,
    the heading's formula maybe read as the first item), or several of its items are a commune
    then its member in parentheses."""
    if lexicon.COMMUNES_HEADING.search(fold(heading)) or (
        items and lexicon.COMMUNES_HEADING.search(fold(items[0].text[:_HEADING_REACH]))
    ):
        return True
    members = (lexicon.MEMBER_AFTER_COMMUNE.match(item.text) for item in items)
    found = sum(1 for match in members if match is not None and match["commune"].strip())
    # « BERTAGNE (GOURGUES Gérard) », « CASTELNAU (BEYRIES Philippe, MUR Catherine) ».
    groups = (_commune_and_members(item.text) for item in items)
    found_groups = sum(1 for group in groups if group is not None and group[0])
    return max(found, found_groups) >= lexicon.MIN_COMMUNE_GROUPS


def _take_member_after_commune(text: str, state: _ListState) -> str:
    """« Cressia (Mme Corinne BERNARD) », « (M. Patrice CORSETTI) »: the member written in
    parentheses after their commune (or alone in them); the commune, if any, is theirs."""
    match = lexicon.MEMBER_AFTER_COMMUNE.match(text) if "(" in text else None
    if match is None:
        return text
    commune = match["commune"].strip(" ,;")
    if commune and not all(map(_is_commune_word, commune.split())):
        return text  # « Paul MARTIN (M. Y est arrivé) »: a member, then a note
    state.commune = commune or None
    return match["member"].strip()


def _is_commune_alone(text: str, state: _ListState) -> bool:
    """In a list of communes, an item that names a commune and no member (« Gigny »,
    « Beaufort*(1) », its note a footnote's)."""
    if not state.communes_listed:
        return False
    # « Haute Roche/Crançot », « /Arthenas »: merged communes, or one whose name was lost.
    words = lexicon.PARENTHESIS.sub(" ", text).replace("*", " ").replace("/", " ").split()
    return bool(words) and split_civility(text)[0] is None and all(map(_is_commune_word, words))


def _take_origin_commune(text: str, state: _ListState) -> str:
    """« de Beaumetz-Les-Loges ANSART, BLONDEL, d’Arras PARMENTIER »: the commune the members
    come from, written before the first of them (« de », « d’ » then words in mixed case), the
    names in capitals; « d’ DELCOUR »: the commune's name lost, the name kept."""
    first, _, rest = text.partition(" ")
    lost = first in lexicon.ELIDED_DE or (first == "de" and state.origin_communes)
    if lost and rest[:1].isupper() and is_family_token(rest.split(" ", 1)[0]):
        # « d’ DELCOUR », and « de GUFFROY » in a list of such communes: another commune, its
        # name lost (« de » alone before a name in capitals is otherwise the name's particle).
        state.commune = None
        return rest
    if first == "de":
        words = rest.split()
    elif first[:2] in lexicon.ELIDED_DE and len(first) > 2:
        words = [first[2:], *rest.split()]
    else:
        return text
    end = 0
    while end < len(words) and _is_commune_word(words[end]):
        end += 1
    if end == 0 or end == len(words) or not is_family_token(words[end].rstrip(",;")):
        return text
    if all(fold(word) in lexicon.COMMUNE_JOINERS for word in words[:end]):
        return text  # « de la BUHARAYE »: the name's particle, no commune
    state.commune = " ".join(words[:end])
    state.origin_communes = True
    return " ".join(words[end:])


def _is_commune_word(word: str) -> bool:
    """A word of a commune's name: capitalised, not in capitals (« ARNAUD M. Joseph » is a name
    glued to the next), hyphens and apostrophes allowed (« Saint-Orens », « L'Union »), or a
    joining word (« lez », « sur »)."""
    if fold(word) in lexicon.COMMUNE_JOINERS:
        return True
    return word[:1].isupper() and not is_family_token(word) and _commune_letters(word).isalpha()


def _is_capitals_commune_word(word: str) -> bool:
    """A word of a commune's name, in capitals or not (« D'ARMAGNAC », « Saint-Orens »)."""
    return _is_commune_word(word) or (word[:1].isupper() and _commune_letters(word).isalpha())


def _commune_letters(word: str) -> str:
    """A commune's word without its hyphens, apostrophes and the list's punctuation after it."""
    return word.rstrip(",;").replace("-", "").replace("'", "").replace("’", "")


def _read_names(piece: Piece, state: _ListState, draft: Draft) -> bool:
    """An item holding one name, or several whose separators were lost (reported)."""
    if state.by_substitutes and (seated := lexicon.REPRESENTED_BY.match(fold(piece.text))):
        return _add_replaced(piece, seated, state, draft)
    proxy = (
        None
        if _names_with_proxy_notes(piece.text, bare=state.role == "represented")
        else _parse_listed_proxy(piece, state, draft)
    )
    if proxy is not None:  # before any glued split: « X a donné pouvoir à M. Y » is one item
        return _add_proxy(proxy, state, draft)
    if (replaced := lexicon.REPLACED_BY.match(fold(piece.text))) is not None:
        return _add_replaced(piece, replaced, state, draft)
    if (rows := _interleaved_rows(piece.text, in_table=state.interleaved)) is not None:
        return _add_rows(rows, piece, state, draft)
    parts, repair = split_glued(piece)
    if repair is not None:
        draft.repairs.append(repair)
        if state.role == "represented" and len(parts) == 2:
            return _add_proxy_of_parts(parts, state, draft)
    # Every part is filed, even after one that fails: hence a list, not a short-circuit.
    filed = []
    for index, part in enumerate(parts):
        if index > 0:  # « PETIT MM. BRUNO »: a civility inside starts or ends a group
            _follow_civility(part.text, state)
        if repair is not None and ":" in part.text:
            # « … (pouvoir à M. Y) Orvilliers : Chantal X Richebourg : Bernadette Z »: after a
            # note, the next communes' prefixes, read as items of their own.
            filed.append(_read_item(part, state, draft))
            continue
        text = _take_any_commune(part.text, state)
        filed.append(_add(Piece(text, part.line), state, draft, proxy_read=repair is None))
    return all(filed)


def _interleaved_rows(text: str, *, in_table: bool = False) -> list[tuple[str, str]] | None:
    """A table of communes and their delegates read row by row, its separators lost: « Auxais
    Hubert GILLETTE Raymond DIESNIS Millières Bretteville sur Ay Guy CLOSET … » → (commune,
    member) rows, the commune empty when the member shares the one before. Only an item made
    of nothing but communes and members written given name then family name in capitals, with
    several members and at least one commune among them; else ``None``. Communes in capitals
    (« ALLES SUR DORDOGNE Michel CALES BADEFOLS SUR DORDOGNE Claude … ») are read so only when
    several stand between members: the member's family name is then the first word after the
    given name. ``in_table``: the list is such a table already, and one row is enough."""
    words = text.split()
    least = 1 if in_table else lexicon.MIN_INTERLEAVED_ROWS
    if len(words) < 2 * least:
        return None
    rows = _rows(words, least, capital_communes=False)
    if rows is None:
        rows = _rows(words, least, capital_communes=True)
        places = sum(1 for commune, _ in (rows or []) if " " in commune)
        if places < (1 if in_table else lexicon.MIN_RUN_IN_COMMUNES):
            return None
    return rows


def _rows(words: list[str], least: int, *, capital_communes: bool) -> list[tuple[str, str]] | None:
    rows: list[tuple[str, str]] = []
    commune: list[str] = []
    index = 0
    while index < len(words):
        end = _member_end(words, index, one_family_word=capital_communes)
        if end is not None:
            rows.append((" ".join(commune), " ".join(words[index:end])))
            commune, index = [], end
        elif _is_commune_word(words[index]) or (capital_communes and is_family_token(words[index])):
            commune.append(words[index])
            index += 1
        elif lexicon.PAGE_NUMBER_WORD.fullmatch(words[index]):
            index += 1  # a page's number the stream put between two rows
        else:
            return None
    # A commune in capitals may end the item: the list's « ET » (« MAUZAC ET GRAND CASTANG »)
    # parted it from its members, who open the next item.
    if (commune and not capital_communes) or len(rows) < least:
        return None
    return rows if any(c for c, _ in rows) else None


def _member_end(words: list[str], index: int, *, one_family_word: bool) -> int | None:
    """Where a member written « Hubert GILLETTE », « Etienne PIERRE DIT MERY » from ``index``
    ends; ``None`` when no such member starts there. With ``one_family_word``, the family name
    is one word, or a particle and a word (« Jean LE GALL »)."""
    if not lexicon.GIVEN_WORD.match(words[index].replace("–", "-")):
        return None
    end = index + 1
    if one_family_word:
        if end + 1 < len(words) and fold(words[end]) in lexicon.PARTICLES:
            end += 1
        return end + 1 if end < len(words) and is_family_token(words[end]) else None
    while end < len(words) and is_family_token(words[end]):
        end += 1
    return end if end > index + 1 else None


def _add_rows(rows: list[tuple[str, str]], piece: Piece, state: _ListState, draft: Draft) -> bool:
    """File each row's member under its commune (reported as the separators put back)."""
    draft.repairs.append(
        Repair(
            line=piece.line,
            kind="name-separator",
            before=piece.text,
            after=", ".join(" : ".join(part for part in row if part) for row in rows),
        )
    )
    filed = []
    for commune, member in rows:
        if commune:
            state.commune = commune
        filed.append(_add(Piece(member, piece.line), state, draft))
    return all(filed)


def _follow_civility(text: str, state: _ListState) -> None:
    """A plural civility (« MM. ») applies to the names after it; a civility of one's own ends
    the group. In a list written with initials, « M. ORRIT » starts with an initial."""
    if state.initials and text.split(" ", 1)[0] in {"M", "M."}:
        return
    civility, _ = split_civility(text)
    if is_group_civility(text):
        state.group_civility = civility
    elif civility is not None:
        state.group_civility = None


def _add(piece: Piece, state: _ListState, draft: Draft, *, proxy_read: bool = False) -> bool:
    """File one name into its list; a proxy goes to ``represented`` whatever the heading."""
    proxy = None if proxy_read else _parse_listed_proxy(piece, state, draft)
    if proxy is not None:
        return _add_proxy(proxy, state, draft)
    if state.substitute_of is not None:
        return _add_substitute(piece, state, draft)
    person = parse_person(piece.text, piece.line, m_is_initial=state.initials)
    if person is None:
        return False
    person = _dress(_resolve_role_name(person, draft) or _role_only(person), state)
    if state.role == "represented":
        holder = _holder_in_notes(person, piece.line)
        draft.attendance.represented.append(Proxy(member=person, holder=holder, line=piece.line))
    else:
        _target(person, state, draft).append(person)
        _add_received_proxies(person, piece.line, draft)
        if state.role == "present":
            _add_arrived_members(person, piece.line, draft)
        state.filed.append(person)
        if any(_names_a_substitute(note) for note in person.notes):
            state.substitute_of = person  # « X (représenté par son suppléant) Y »: Y sits
    state.last = person
    state.without_role.append(person)
    return True


def _holder_in_notes(member: Person, line: int) -> Person | None:
    """« Absents représentés : Catherine Marot (Patrick Hérault) »: under a heading of members
    represented, a name alone in parentheses after the member is their holder (taken out of
    the notes). Not a commune (« (Saint-Paul) », « (Val Sonnette) ») nor a role."""
    for note in member.notes:
        words = note.split()
        civility, _ = split_civility(note)
        named = civility is not None or any(map(is_family_token, words))
        if not named and not (
            lexicon.NOTE_NAME.fullmatch(note) and fold(words[0]) not in lexicon.PLACE_FIRST_WORDS
        ):
            continue
        holder = parse_person(note, line)
        if holder is not None and holder.role is None and not holder.notes:
            member.notes.remove(note)
            return holder
    return None


def _add_received_proxies(holder: Person, line: int, draft: Draft) -> None:
    """« Jean X (a reçu pouvoir de Mayder Y jusqu'à son arrivée) »: the note names a member who
    gave the holder a proxy."""
    for note in holder.notes:
        _add_received_proxy(holder, note, line, draft)


def _add_received_proxy(holder: Person, note: str, line: int, draft: Draft) -> None:
    """The proxy one note of a holder tells of, if it tells of one."""
    match = lexicon.RECEIVED_PROXY.match(fold(note))
    if match is None:
        return
    member_text = note[match.start("member") :]
    scope = lexicon.PROXY_SCOPE.search(fold(member_text))
    scope_text = None
    if scope is not None:
        scope_text = member_text[scope.start("scope") : scope.end("scope")]
        member_text = member_text[: scope.start()]
    member = parse_person(member_text, line)
    if member is not None:
        # A copy of the holder: each list holds its own (line numbers are relocated per object).
        draft.attendance.represented.append(
            Proxy(member=member, holder=holder.model_copy(deep=True), line=line, scope=scope_text)
        )


def _add_arrived_members(person: Person, line: int, draft: Draft) -> None:
    """« M. Paul X (M J-M Y est arrivé à 19h00) » closing a list of those present: the note is
    another member's, present from that time; it moves to them."""
    for note in list(person.notes):
        match = lexicon.ARRIVED_MEMBER.match(fold(note))
        if match is None:
            continue
        member = parse_person(note[: match.end("member")], line)
        if member is None or name_key(member.name) == name_key(person.name):
            continue
        person.notes.remove(note)
        member.notes.append(note)
        draft.attendance.present.append(member)


def _add_proxy(proxy: Proxy, state: _ListState, draft: Draft) -> bool:
    """A proxy goes to ``represented`` whatever the heading it is listed under; a member present
    until a time under the present heading (« (jusqu'à 19 h 10 puis pouvoir à M. Y) ») is
    listed as present too."""
    _dress(proxy.member, state)
    draft.attendance.represented.append(proxy)
    state.filed.append(proxy)
    state.substitute_of = None  # the substitute was not named
    notes = proxy.member.notes
    if state.role == "present" and any(lexicon.PRESENT_UNTIL.match(fold(n)) for n in notes):
        # A copy: each list holds its own (line numbers are relocated once per object).
        draft.attendance.present.append(proxy.member.model_copy(deep=True))
    state.last = None
    return True


def _dress(person: Person, state: _ListState) -> Person:
    """Give a name the civility of its group and the commune of its prefix."""
    if person.civility is None:
        person.civility = state.group_civility  # type: ignore[assignment]
    if person.commune is None:
        person.commune = state.commune
    return person


def _target(person: Person, state: _ListState, draft: Draft) -> list[Person]:
    """The list a name goes to: « Absent non représenté : M. X (excusé) » is excused; in a list
    of all members, the member's own state written after the role (:func:`_take_stated`)."""
    attendance = draft.attendance
    if state.role == "absent" and any(lexicon.EXCUSED_NOTE.match(fold(n)) for n in person.notes):
        return attendance.excused
    stated = _take_stated(person) if state.role == "present" else None
    target: list[Person] = getattr(attendance, stated or state.role)
    return target


def _take_stated(person: Person) -> Literal["excused", "absent"] | None:
    """« Mme X Conseillère Municipale absente excusée »: the state that ends the role, taken out
    of it and kept as a note; ``None`` when the role states none."""
    stated = lexicon.TRAILING_STATE.search(fold(person.role or ""))
    if person.role is None or stated is None:
        return None
    person.notes.append(person.role[stated.start() :].strip())
    person.role = person.role[: stated.start()].strip() or None
    return "excused" if stated["excused"] else "absent"


def _take_leading_role(text: str, state: _ListState) -> str:
    """« Administrateur Jean-Pierre AMANS »: the role of the member before, whose comma was
    lost, then the next member."""
    role, _, rest = text.partition(" ")
    if not state.without_role or not rest or lexicon.ROLE_WORD.fullmatch(fold(role)) is None:
        return text
    # « Délégué de la Commune de MONTOULIEU » is a whole role; « Administrateur Jean-Pierre
    # AMANS » a role, then a name written with its capitals.
    if not _starts_with_a_name(rest):
        return text
    _attach_role(role, state)
    return rest


def _take_leading_description(text: str, state: _ListState) -> str:
    """« commune d'Aubac M. René SAPIN »: the lower-case description of the member before, whose
    separator was lost, then the next member led by a civility."""
    if not text[:1].islower() or state.last is None:
        return text
    words = text.split()
    cut = next(
        (index for index, word in enumerate(words[: _DESCRIPTION_REACH + 1])
         if index > 0 and (fold(word) in lexicon.INNER_CIVILITIES or is_group_civility(word))),
        None,
    )  # fmt: skip
    if cut is None or not _is_plain_description(" ".join(words[:cut])):
        return text
    add_role(state.last, " ".join(words[:cut]))
    return " ".join(words[cut:])


# How many words a description before the next member may hold (« commune de Saint-Aubin »).
_DESCRIPTION_REACH = 8


def _starts_with_a_name(text: str) -> bool:
    """« Jean-Pierre AMANS … », « M. AMANS … »: given names (or a civility) then capitals; not
    « Général du canton d'AURIGNAC », the rest of a role."""
    words = split_civility(text)[1].split()
    first_family = next((i for i, word in enumerate(words) if is_family_token(word)), None)
    if first_family is None:
        return False
    return all(lexicon.GIVEN_WORD.match(word) for word in words[:first_family])


def _attach_role(text: str, state: _ListState) -> bool:
    """« Paul MARTIN, Maire »: the role of the name before; a plural role (« Adjoints ») is
    the role of every name since the last role."""
    plural = fold(text.split(maxsplit=1)[0]).endswith(("s", "x"))
    for person in state.without_role if plural else state.without_role[-1:]:
        add_role(person, text)
    state.without_role.clear()
    return True


def _attach_holder(piece: Piece, state: _ListState, draft: Draft) -> bool:
    """« …, POUVOIR A M. X » / « … - Pouvoir donné à M. X »: the holder of the name before."""
    if state.last is None:
        return False  # no name before it to be the member
    match = lexicon.PROXY_LEAD.match(fold(piece.text))
    if match is None:
        return False
    if match["bare"] and state.role != "represented":
        return False  # « par visioconférence » in a list of those present is no proxy
    member = state.last
    holder_text = piece.text[match.start("holder") : match.end("holder")]
    substitute = lexicon.BY_SUBSTITUTE.match(fold(holder_text))
    if substitute is not None and not match["bare"]:
        # « M. X, représenté par sa suppléante, Mme Y »: X is away, Y sits in X's place.
        member.notes.append(piece.text.strip(" ()"))
        state.substitute_of = member
        if holder_text[substitute.end() :].strip():
            _add_substitute(Piece(holder_text[substitute.end() :], piece.line), state, draft)
        return True
    _remove_member(member, draft)
    holder_text, following = _holder_then_names(holder_text)
    proxy = _proxy(member, holder_text, piece.line, draft)
    draft.attendance.represented.append(proxy)
    state.filed.append(proxy)
    state.last = None
    read = [_read_item(Piece(name, piece.line), state, draft) for name in following]
    return all(read)


def _holder_then_names(holder_text: str) -> tuple[str, list[str]]:
    """« …, pouvoir à PETIT René MERCIER Éric, pouvoir à … »: whole names written after the
    holder with no separator; the first is the holder, the others the list's next members.
    Only when the words are names and nothing else, each written as the first is."""
    words = holder_text.split()
    if len(words) < 4:  # two names at least
        return holder_text, []
    starts = _name_starts(words, 0, family_first=is_family_token(words[0]))
    if starts is None or len(starts) < 2:
        return holder_text, []
    names = [" ".join(words[a:b]) for a, b in itertools.pairwise([*starts, len(words)])]
    return names[0], names[1:]


def _names_a_substitute(note: str) -> bool:
    """« représenté par son suppléant »: a note saying the member's substitute sits."""
    lead = lexicon.PROXY_LEAD.match(fold(note))
    return (
        lead is not None
        and not lead["bare"]
        and lexicon.BY_SUBSTITUTE.fullmatch(lead["holder"].strip()) is not None
    )


def _add_substitute(piece: Piece, state: _ListState, draft: Draft) -> bool:
    """The substitute named after « représenté par sa suppléante »: present in the member's
    place (once: the list of those present often names them already)."""
    member, state.substitute_of = state.substitute_of, None
    person = parse_person(piece.text, piece.line)
    if person is None or member is None:
        return False
    present = draft.attendance.present
    listed = next((p for p in present if name_key(p.name) == name_key(person.name)), None)
    person = listed or person
    person.substitute_for = person.substitute_for or member.name
    if listed is None:
        present.append(person)
    return True


def _add_replaced(
    piece: Piece, replaced: regex.Match[str], state: _ListState, draft: Draft
) -> bool:
    """« M. HOERNER remplacé par son suppléant M. PERRET », « A Courderot suppléé par P
    Courderot »: the substitute sits in the member's place; the member stays in the list that
    names them when it is one of those away (never among those present)."""
    member = parse_person(piece.text[: replaced.end("member")], piece.line)
    if member is None:
        return False
    member.notes.append(
        piece.text[replaced.end("member") : replaced.start("substitute")].strip(" ,(")
    )
    if state.role != "present":
        _target(_dress(member, state), state, draft).append(member)
    state.substitute_of = member
    substitute = piece.text[replaced.start("substitute") : replaced.end("substitute")]
    return _add_substitute(Piece(substitute, piece.line), state, draft)


def _remove_member(member: Person, draft: Draft) -> None:
    """Take a member back out of the list it was filed in (by identity, not equality).

    The member is almost always the last one filed, at the end of its list: that is looked at
    first, so that a list of many « , pouvoir à M. X » items stays linear. A member is filed
    once, so removing that one is removing them all.
    """
    attendance = draft.attendance
    for people in (attendance.present, attendance.excused, attendance.absent):
        if people and people[-1] is member:
            people.pop()
            return
    if attendance.represented and attendance.represented[-1].member is member:
        attendance.represented.pop()
        return
    for people in (attendance.present, attendance.excused, attendance.absent):
        people[:] = [person for person in people if person is not member]
    attendance.represented[:] = [p for p in attendance.represented if p.member is not member]


def _add_proxy_of_parts(parts: list[Piece], state: _ListState, draft: Draft) -> bool:
    """« Paul MARTIN Lucie ROUX » under a proxies heading: a member and a holder, no « à »."""
    member = parse_person(parts[0].text, parts[0].line)
    if member is None:
        return False
    proxy = _proxy(_dress(member, state), parts[1].text, parts[0].line, draft)
    proxy.notes.append(MISSING_PROXY_WORD)
    draft.attendance.represented.append(proxy)
    return True


def _pour_order(state: _ListState) -> PourOrder | None:
    if state.holders_first:
        return "holder"
    return "member" if state.givers_first else None


def _parse_listed_proxy(piece: Piece, state: _ListState, draft: Draft) -> Proxy | None:
    """A list's item read as a proxy, its names read as the list writes them."""
    return parse_proxy(
        piece,
        draft,
        bare=state.role == "represented",
        order=_pour_order(state),
        m_is_initial=state.initials,
    )


def parse_proxy(
    piece: Piece,
    draft: Draft | None = None,
    *,
    bare: bool = False,
    order: PourOrder | None = None,
    m_is_initial: bool = False,
) -> Proxy | None:
    """« Roland GIBERTI représenté par Gerard GAZAY » → a :class:`Proxy`; else ``None``.

    With ``bare`` (under a proxies heading) « Paul MARTIN à Lucie ROUX » is a proxy too. With
    an ``order``, « Lucie ROUX pour Paul MARTIN » is one: Paul MARTIN's proxy held by Lucie
    ROUX when the holder comes first (under « Etaient porteurs d'un pouvoir : »), Lucie ROUX's
    held by Paul MARTIN when the member does (under « Pouvoirs de : »). With ``m_is_initial``
    (a list written with initials), « M. FAURE » is an initial, no civility.
    """
    if len(piece.text) > MAX_NAME_LENGTH:
        return None  # not a proxy, and the patterns never run on a huge text
    folded = fold(piece.text)
    joined = lexicon.PROXY_FOR.match(folded) if order is not None else None
    if joined is not None:
        return _joined_proxy(piece, joined, order == "holder", draft)
    match = lexicon.PROXY.match(folded) if has_proxy_word(folded) else None
    if match is None and bare:
        match = lexicon.PROXY_BARE.match(folded)
    if match is None:
        return None
    member = parse_person(piece.text[: match.end("member")], piece.line, m_is_initial=m_is_initial)
    if member is None or len(member.name) < _MIN_MEMBER_LETTERS:
        return None  # « A donné pouvoir à » heading a table's column names no member « A »
    holder_text = piece.text[match.start("holder") : match.end("holder")]
    if lexicon.BY_SUBSTITUTE.match(fold(holder_text)):
        return None  # « (représenté par son suppléant) »: a note on a member away, no proxy
    return _proxy(member, holder_text, piece.line, draft, m_is_initial=m_is_initial)


# A member's name holds two letters at least: « A » before « donné pouvoir à » is a verb's.
_MIN_MEMBER_LETTERS = 2


def _joined_proxy(
    piece: Piece, joined: regex.Match[str], holder_first: bool, draft: Draft | None
) -> Proxy | None:
    """Two persons joined by « pour », the holder or the member first."""
    if holder_first:
        return _proxy_for(piece, joined.start("second"), joined.end("first"), draft)
    member = parse_person(piece.text[: joined.end("first")], piece.line)
    second = piece.text[joined.start("second") :]
    return None if member is None else _proxy(member, second, piece.line, draft)


def _proxy_for(
    piece: Piece, member_start: int, holder_end: int, draft: Draft | None
) -> Proxy | None:
    """« Mme Lucie ROUX pour M. Paul MARTIN » under a heading of holders: the holder first."""
    member = parse_person(piece.text[member_start:], piece.line)
    if member is None:
        return None
    return _proxy(member, piece.text[:holder_end], piece.line, draft)


def _proxy(
    member: Person,
    holder_text: str,
    line: int,
    draft: Draft | None,
    *,
    m_is_initial: bool = False,
) -> Proxy:
    """Build a proxy: the holder's time scope split off, a holder named by role resolved."""
    scope = lexicon.PROXY_SCOPE.search(fold(holder_text))
    scope_text = holder_text[scope.start("scope") : scope.end("scope")] if scope else None
    if scope is not None:
        holder_text = holder_text[: scope.start()]
    notes: list[str] = []
    initial = lexicon.INITIAL_HOLDER.match(holder_text.strip())
    if (
        initial is not None
        and split_civility(holder_text.strip())[0] is None  # « M. Le Maire »: a civility
        and not any(map(is_family_token, initial["rest"].split()))
    ):
        # « G. Lafon Vitry-sur-Seine »: the holder, then the next row's commune.
        holder_text = initial["holder"]
        notes.append(WORDS_AFTER_HOLDER.format(initial["rest"].strip()))
    holder = parse_person(holder_text, line, m_is_initial=m_is_initial)
    if holder is None and (page := lexicon.TRAILING_PAGE_NUMBER.search(holder_text)):
        holder = parse_person(holder_text[: page.start()], line)  # « … à Lucie ROUX 1 »
        if holder is not None:
            notes.append(PAGE_NUMBER_AFTER_HOLDER.format(page.group().strip()))
    if holder is not None and _named_by_role(holder):
        resolved = _resolve_role_name(holder, draft)
        if resolved is None:
            notes.append(HOLDER_BY_ROLE.format(holder_text.strip()))
        holder = resolved
    return Proxy(member=member, holder=holder, line=line, scope=scope_text, notes=notes)


def _role_only(person: Person) -> Person:
    """« M. le Maire » whom the text does not name: the role is known, the name is not."""
    match = lexicon.BY_ROLE.match(fold(person.name))
    if match is not None and person.role is None:
        person.role = person.name[match.start("role") :]
    return person


def _named_by_role(person: Person) -> bool:
    return lexicon.BY_ROLE.match(fold(person.name)) is not None


def _resolve_role_name(person: Person, draft: Draft | None) -> Person | None:
    """« M. le Maire » → the session's president when the text names them; else ``None``.

    The role must be the one the president is written with (« Vice-Président de … » presiding
    makes « M. le Vice-Président » them); with no written role, only a presiding role
    (« le Maire », « la Présidente ») resolves.
    """
    match = lexicon.BY_ROLE.match(fold(person.name))
    if match is None or draft is None or draft.session.president is None:
        return None
    president, written_role = draft.session.president, fold(draft.session.president_role or "")
    if written_role and not written_role.startswith(match["role"].rstrip("e")):
        return None
    if not written_role and match["role"] not in lexicon.PRESIDING_ROLES:
        return None
    role = person.name[match.start("role") :]
    notes = [*president.notes, f"named by role: {person.name}"]
    return president.model_copy(update={"line": person.line, "role": role, "notes": notes})


def settle(draft: Draft) -> None:
    """A member who gave a proxy is represented, not excused nor absent: texts list them under
    « Absents excusés : Mme X, … » and again under « Pouvoirs : Mme X à Mme Y »."""
    attendance = draft.attendance
    _drop_members_listed_as_away(draft)
    givers = {name_key(proxy.member.name): proxy for proxy in attendance.represented}
    if not givers:
        return
    by_family = _givers_by_family_name(attendance)
    for role, people in (("excused", attendance.excused), ("absent", attendance.absent)):
        kept = []
        for person in people:
            proxy = givers.get(name_key(person.name)) or by_family.get(id(person))
            if proxy is None:
                kept.append(person)
            else:  # the listing is not lost: the proxy says where else the text names them
                proxy.notes.append(ALSO_LISTED.format(role, person.line))
        people[:] = kept


def _givers_by_family_name(attendance: Attendance) -> dict[int, Proxy]:
    """« Absents : Monsieur Jacquy X, … », then « Monsieur X procuration à Monsieur Y »: a giver
    written by family name alone is the one member away with that family name (none when two
    share it, or when their civilities differ). Keyed by the listed member's identity."""
    listed = [*attendance.excused, *attendance.absent]
    families: dict[str, list[Person]] = {}
    for person in listed:
        if person.family_name and person.given_name:
            families.setdefault(name_key(person.family_name), []).append(person)
    found: dict[int, Proxy] = {}
    for proxy in attendance.represented:
        member = proxy.member
        if member.given_name or (member.family_name and member.family_name != member.name):
            continue  # written with a given name: matched on the whole name
        same = families.get(name_key(member.name), [])
        if len(same) != 1:
            continue
        (person,) = same
        if not (member.civility and person.civility and member.civility != person.civility):
            found[id(person)] = proxy
    return found


def _drop_members_listed_as_away(draft: Draft) -> None:
    """« Présents : » heading the roll of every member, then « Ont donné procuration : X à Y »,
    « Absents excusés : Z »: when every member listed as away (two at least) is listed as
    present too, the present list is the roll, and those away are taken out of it. One name
    in two lists is a slip of the text, kept as written. Homonyms of another civility (« Melle
    GUY » giving her proxy to « M. GUY ») are two people; a member present with a note
    (« jusqu'à 19 h 10 puis pouvoir à M. Y ») was both, and stays so."""
    attendance = draft.attendance
    away = [
        *attendance.excused,
        *attendance.absent,
        *(proxy.member for proxy in attendance.represented),
    ]
    # Two members at least: one member listed away twice (two proxies) is one.
    if len({name_key(person.name) for person in away}) < _MIN_ROLL_OVERLAP:
        return
    if not attendance.present:
        return
    listed: dict[str, list[Person]] = {}
    for person in attendance.present:
        listed.setdefault(name_key(person.name), []).append(person)
    doubles = []
    for person in away:
        same = [
            other
            for other in listed.get(name_key(person.name), [])
            if not (person.civility and other.civility and person.civility != other.civility)
        ]
        if not same:
            return  # someone away is not on the roll: the present list is no roll
        if not same[0].notes:  # « X (jusqu'à 19 h puis pouvoir à Y) » is both, as written
            doubles.append((person, same[0]))
    for person, double in doubles:
        person.notes.append(ALSO_LISTED.format("present", double.line))
    dropped = {id(double) for _, double in doubles}
    attendance.present[:] = [person for person in attendance.present if id(person) not in dropped]


# How many members away must all be on the present list for it to be read as the roll.
_MIN_ROLL_OVERLAP = 2
