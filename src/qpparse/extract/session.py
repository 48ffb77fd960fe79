"""Session: the date line, the opening sentence, counts, the secretary and the convocation date.

« Séance du jeudi 10 mars 2022 », « … a ouvert la séance à laquelle ont été présents 23 membres »,
the communes' « L'an deux mille vingt et un, le huit avril à dix-neuf heures, le Conseil
Municipal … sous la présidence de M. Paul MARTIN, Maire », count boxes (« Présents : 20 Votants :
24 »), « Secrétaire de séance : Mme Lucie ROUX », « Date de convocation : 1er avril 2021 ».
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from qpparse import lexicon
from qpparse.boxes import column_box_pairs, count_field
from qpparse.frenchtext import (
    FrenchDate,
    find_date,
    find_time,
    fold,
    glued_heading_start,
    names_an_earlier_session,
    number_value,
)
from qpparse.model import CountChange, Person
from qpparse.names import parse_person
from qpparse.normalise import TextLine
from qpparse.segment import Kind, Section, Sentence, classify, stage

from .draft import Draft
from .header import find_body, find_body_and_authority

# Each reader returns whether it found anything in the sentence.
Reader = Callable[[Sentence, Draft], bool]


def extract(section: Section, draft: Draft) -> None:
    """Read every sentence of a session-block section; a sentence that gives nothing is kept
    in ``unrecognised``."""
    first, *rest = section.sentences()
    first_reader = _FIRST_READERS.get(section.kind, read_opening)
    _read(first, draft, first_reader)
    for sentence in rest:
        _read(sentence, draft, _NEXT_READERS.get(section.kind, read_opening))


def _read(sentence: Sentence, draft: Draft, reader: Reader) -> None:
    if not reader(sentence, draft):
        for line in sentence.lines:
            draft.reject(line)


def read_date_line(sentence: Sentence, draft: Draft) -> bool:
    """« [Conseil Municipal] Séance [publique] du jeudi 10 mars 2022 [à 9 h 30] »."""
    found = find_date(sentence.text)
    if found is None:
        return False
    session = draft.session
    # Minutes of two sittings (« SÉANCE DU MARDI 21 JUIN » … « SÉANCE DU MERCREDI 29 JUIN »):
    # the first date line is the session's.
    if session.date is None or session.date == found.date:
        session.date, session.weekday, session.line = found.date, found.weekday, sentence.number
        session.time = find_time(sentence.text[found.end :])
    if draft.body is None:
        draft.body = find_body(sentence.text, sentence.number, [])
    read, rest = _split_after_date(sentence.text, found.end)
    if rest is None:
        _claim(sentence, "session.date", draft)
        return True
    # Words after the date and its hour that no marker cut off stay unrecognised, in place.
    for line in sentence.lines:
        draft.claim("session.date", line, words=read)
    draft.reject_rest(sentence.lines[-1].number, rest)
    return True


def _split_after_date(text: str, date_end: int) -> tuple[str, str | None]:
    """The date line as far as its date and hour, and the words after them, if any."""
    end = date_end
    tail = text[end:]
    folded = fold(tail)
    hour = lexicon.TIME.search(folded) or lexicon.GLUED_TIME.search(folded)
    if hour is not None and len(folded) == len(tail) and not folded[: hour.start()].strip(" ,"):
        end += hour.end()
    # Kept whole, its punctuation included: a lone « . » on a line of its own is part of it.
    rest = text[end:].strip()
    if sum(any(char.isalpha() for char in word) for word in rest.split()) < _REST_WORDS:
        return text, None
    return text[:end].rstrip(), rest


# Fewer words than this after a date line are its own (« (séance publique) »).
_REST_WORDS = 2


def read_opening(sentence: Sentence, draft: Draft) -> bool:
    """The opening sentence: president and role, date and time in words, place, count present."""
    text, folded = sentence.text, fold(sentence.text)
    found = [
        _read_president(text, folded, sentence.number, draft),
        _read_opening_count(folded, sentence.number, draft),
        _read_opening_date(text, sentence.number, draft),
        _read_place(text, folded, draft),
        _read_body(text, sentence.number, draft),
    ]
    if not any(found):
        return False
    _claim(sentence, "session.opening", draft)
    return True


def _read_president(text: str, folded: str, line: int, draft: Draft) -> bool:
    """« Madame X, Présidente de …, a ouvert » or « sous la présidence de M. X, Maire »."""
    match = lexicon.OPENING_PRESIDENT.search(folded) or lexicon.PRESIDED_BY.search(folded)
    if match is None:
        return False
    president = parse_person(text[match.start("who") : match.end("who")], line)
    if president is None or (not match["role"] and president.family_name is None):
        return False  # without a role, only a clear name (« Aurore ABRIAL ») is a president
    session = draft.session
    session.president = president
    if match["role"]:
        session.president_role = text[match.start("role") : match.end("role")].strip()
    return True


def _read_opening_count(folded: str, line: int, draft: Draft) -> bool:
    """« ont été présents 23 membres »; with the number missing the count stays empty."""
    match = lexicon.OPENING_COUNT.search(folded)
    count = number_value(match["count"]) if match else None
    if count is None:
        return False
    draft.session.counts.present = count
    draft.session.counts.line = line
    return True


def _read_opening_date(text: str, line: int, draft: Draft) -> bool:
    """The narrative date and time (« L'an deux mille vingt et un, le huit avril à dix-neuf
    heures »), when no date line gave them."""
    session = draft.session
    if session.date is not None:
        return False
    found = find_date(text)
    if found is not None and found.start > lexicon.SESSION_DATE_REACH:
        # Far into the sentence, a date may be a previous session's or a law's: only one that
        # follows the words introducing the session counts.
        found = _date_in_context(text)
    if found is None:
        return False
    session.date, session.weekday, session.line = found.date, found.weekday, line
    session.time = session.time or find_time(text[found.end :])
    return True


def _read_place(text: str, folded: str, draft: Draft) -> bool:
    """« s'est réuni à la salle des fêtes, » → « salle des fêtes »."""
    match = lexicon.PLACE.search(folded)
    if match is None or draft.session.place is not None:
        return False
    end = lexicon.PLACE_END.search(folded, match.start("place"), match.end("place"))
    place = text[match.start("place") : end.start() if end else match.end("place")]
    draft.session.place = place.strip(" .")
    return True


def _read_body(text: str, line: int, draft: Draft) -> bool:
    """« le Conseil Municipal de la commune de Villebourg » when the header named neither."""
    found = find_body_and_authority(text, line, [])
    if found is None:
        return False
    authority, body = found
    draft.authority = draft.authority or authority
    draft.body = draft.body or body
    return True


def read_counts(sentence: Sentence, draft: Draft) -> bool:
    """A count box line: the opening counts, or a change « A partir du point 2 : … »."""
    folded = fold(sentence.text)
    # A box read column by column says what each figure counts, whatever pair its last label
    # and first value make (« … Présents Votants : 15 : 14 : 13 »).
    values = count_pairs(folded) | column_box_pairs(folded)
    if not values:
        return False
    change = lexicon.COUNT_CHANGE_SCOPE.match(folded)
    if change is not None:
        scope = sentence.text[: change.end()].rstrip(" :")
        fields = {name: values.pop(name, None) for name in ("in_office", "present", "represented")}
        draft.session.count_changes.append(
            CountChange(
                scope=scope, voters=values.pop("voters", None), line=sentence.number, **fields
            )
        )
        # What the change does not hold (« Quorum : 8 » read on with it) is the session's.
        _store_counts(values, sentence.number, draft)
    else:
        _store_counts(values, sentence.number, draft)
    _claim(sentence, "session.counts", draft)
    return True


# What a change of the counts holds (« A partir du point 2 : … »).
_CHANGE_FIELDS = ("in_office", "present", "represented", "voters")


def count_pairs(folded: str) -> dict[str, int]:
    """« présents : 20 votants : 24 » → {"present": 20, "voters": 24}; traps are left out and
    the first value of a field wins."""
    values: dict[str, int] = {}
    if lexicon.DIGIT.search(folded) is None:
        return values
    stated_voters = False
    for match in lexicon.COUNT_PAIR.finditer(folded):
        field = count_field(match)
        # « Votants : 27 » is the voters, whatever « qui ont pris part aux délibérations : 25 »
        # or « Suffrages exprimés : 25 » said before it.
        votants = field == "voters" and "votants" in match[0]
        if field is not None and (field not in values or (votants and not stated_voters)):
            values[field] = int(match["count"])
            stated_voters = stated_voters or votants
    for match in lexicon.PRESENT_OF_OFFICE.finditer(folded):
        for field in ("present", "in_office"):
            values.setdefault(field, int(match[field]))
    met = lexicon.MET_IN_NUMBER.search(folded)
    if met is not None and (count := number_value(met["count"])) is not None:
        values.setdefault("present", count)
    return values


def separated_box_pairs(folded: str) -> dict[str, int]:
    """« En exercice : Ayant pris part à la délibération : Date de la convocation : 42 34
    14/02/2019 » → {"in_office": 42, "voters": 34}: the labels and values of a box flattened
    column by column, paired from the end. Nothing is read unless every pair agrees (a count
    label with a number, a date label with a date) and each label is known."""
    if lexicon.DIGIT.search(folded) is None:
        return {}
    for match in lexicon.SEPARATED_COUNT_BOX.finditer(folded):
        labels, found = match.captures("label"), match.captures("value")
        if len(found) > len(labels):
            continue
        values: dict[str, int] = {}
        for written, value in zip(reversed(labels), reversed(found), strict=False):
            # The first label may carry the sentence before the box (« … Financiers. Membres en
            # exercice »): the label is what follows its full stop.
            label = written.rsplit(". ", 1)[-1].strip()
            is_date = "/" in value
            if lexicon.DATE_LABEL.search(label):
                if not is_date:
                    break
                continue
            if _known_uncounted(label) and not is_date:
                continue  # « Excusées sans procuration : 2 »: a count the session does not keep
            field = _label_field(label)
            if field is None or is_date:
                break
            values.setdefault(field, int(value))
        else:
            return values
    return {}


def _known_uncounted(label: str) -> bool:
    """A label the count boxes know but keep no figure for (« Absents », « Excusés »)."""
    match = lexicon.COUNT_LABEL_START.match(label)
    return match is not None and count_field(match) is None


def _label_field(label: str) -> str | None:
    """The field a whole label names (« en exercice »), if any."""
    match = lexicon.COUNT_LABEL_START.match(label)
    return count_field(match) if match else None


def _store_counts(values: dict[str, int], line: int, draft: Draft) -> None:
    """Fill the fields the text declares for the first time; ``line`` is the first count line."""
    counts = draft.session.counts
    for field, value in values.items():
        if getattr(counts, field) is None:
            setattr(counts, field, value)
    if counts.line is None:
        counts.line = line


def read_secretary(sentence: Sentence, draft: Draft) -> bool:
    """« Secrétaire de séance : Mme Lucie ROUX » / « Mme Lucie ROUX a été élue secrétaire … »."""
    text, folded = sentence.text, fold(sentence.text)
    lead = lexicon.SECRETARY_LEAD.match(folded)
    tail = lexicon.SECRETARY_TAIL.search(folded)
    if lead is not None:
        who = text[lead.end() :]
    elif tail is not None:
        who = text[: tail.start()]
    else:
        return False
    who = who.strip(" .,;")
    glued = glued_heading_start(who)
    if glued is not None:  # the first item's heading glued on: kept apart, not a name's
        return _read_secretary_before_heading(
            sentence, who[:glued].rstrip(lexicon.TITLE_BULLETS), who[glued:], draft
        )
    # « Secrétaires de séance : Madame X et Monsieur Y »: the first is the field's; the other
    # names stay unrecognised, in place.
    second = lexicon.SECOND_PERSON.search(fold(who))
    secretary = parse_person(who[: second.start()] if second else who, sentence.number)
    if secretary is None:
        return False
    draft.session.secretary = secretary
    if second is None:
        _claim(sentence, "session.secretary", draft)
        return True
    rest = who[second.end() :]
    for line in sentence.lines:
        draft.claim("session.secretary", line, words=text[: text.rindex(rest)].strip())
    draft.reject_rest(sentence.lines[-1].number, rest)
    return True


def _read_secretary_before_heading(
    sentence: Sentence, who: str, heading: str, draft: Draft
) -> bool:
    """« Secrétaire de séance : Mr Didier X CREATION D'UN POSTE … »: the secretary, then the
    heading left unrecognised, where the first item's title may take it from."""
    secretary = parse_person(who, sentence.number)
    if secretary is None:
        return False
    draft.session.secretary = secretary
    text = sentence.text
    for line in sentence.lines:
        draft.claim("session.secretary", line, words=text[: text.rindex(heading)].strip())
    draft.reject_rest(sentence.lines[-1].number, heading)
    return True


def read_convocation(sentence: Sentence, draft: Draft) -> bool:
    """« Date de convocation : 1er avril 2021 »."""
    found = find_date(sentence.text)
    if found is None:
        return False
    draft.session.convocation_date = found.date
    _claim(sentence, "session.convocation_date", draft)
    return True


def _claim(sentence: Sentence, field: str, draft: Draft) -> None:
    for line in sentence.lines:
        draft.claim(field, line)


_FIRST_READERS: dict[Kind, Reader] = {
    Kind.SESSION: read_date_line,
    Kind.OPENING: read_opening,
    Kind.COUNTS: read_counts,
    Kind.SECRETARY: read_secretary,
    Kind.CONVOCATION: read_convocation,
}
# Lines after the first: more of the same, except below a date line, where an opening sentence
# follows.
_NEXT_READERS: dict[Kind, Reader] = {**_FIRST_READERS, Kind.SESSION: read_opening}


# How far past the words that introduce a session a date is read: their reach, and room for a
# date in words to end (« seize février deux mille vingt-deux »).
_DATE_WINDOW = lexicon.SESSION_DATE_REACH + 60


def fill_date_from_prose(sections: list[Section], draft: Draft) -> None:
    """The session's date from a title or a sentence when no date line or opening gave it.

    Only a date standing just after the words that introduce a session counts (« Conseil
    Municipal du 19 mars 2018 », « s'est réuni le lundi 13 mars 2017 », « L an deux mille
    onze, le quatorze décembre »): a date elsewhere may be a convocation's or a law's.
    """
    opening = list(
        itertools.takewhile(
            lambda section: stage(section.kind) <= stage(Kind.IDENTIFICATION), sections
        )
    )
    lines = [
        line if section.kind is not Kind.CONVOCATION else _after_convocation_date(line)
        for section in opening
        for line in section.lines
    ]
    # A running header that names the session (« Comité syndical du 14 octobre 2021 » at the
    # top of every page) is read where its first copy stands: above a later heading that dates
    # the minutes of an earlier session the dossier carries.
    # Page numbers and stamps among them are looked past, as the text's lines are joined.
    asides = [
        aside
        for section in opening
        for aside in section.asides
        if _date_in_context(aside.text) is not None
    ]
    headers = {aside.number for aside in asides}
    lines = sorted([*lines, *asides], key=_number)
    # A title may put its date on the next line (« PROCÈS-VERBAL DES DÉLIBÉRATIONS » / « Du 16
    # février 2016 »): each line is read with the start of the next.
    for line, after in itertools.zip_longest(lines, lines[1:]):
        # A header stands alone: page furniture parts it from the text around it.
        alone = after is None or line.number in headers or after.number in headers
        following = None if alone else after
        # Far enough to see what follows a date read there (« … du 2 novembre est approuvé »).
        tail = following.text[:_DATE_WINDOW] if following else ""
        found = _date_in_context(f"{line.text} {tail}")
        if found is not None:
            at_next = following is not None and found.start > len(line.text)
            _set_date(draft, found, following.number if at_next and following else line.number)
            return


def _number(line: TextLine) -> int:
    return line.number


def fill_date_of_a_meeting(sections: list[Section], draft: Draft) -> None:
    """The session's date from a heading that dates a meeting with no words introducing the
    session: its weekday before it, or its hour after it (« Assemblée Générale de la
    Communauté … mercredi 23 février 2023 », « Hémicycle 1er mars 2017 – 20 h »), before the
    lists; never a date a sending, a posting or a publication gives."""
    if draft.session.date is not None:
        return
    before_lists = itertools.takewhile(
        lambda section: stage(section.kind) < stage(Kind.ATTENDANCE), sections
    )
    for line in (line for section in before_lists for line in section.lines):
        folded = fold(line.text)
        for match in lexicon.DATE.finditer(folded):
            found = find_date(line.text[match.start() : match.end()])
            if found is None or lexicon.OTHER_ACT_BEFORE_DATE.search(folded[: match.start()]):
                continue
            if match["weekday"] or lexicon.MEETING_DATE_TIME.match(folded[match.end() :]):
                _set_date(draft, found, line.number)
                return


def _after_convocation_date(line: TextLine) -> TextLine:
    """A convocation's piece past its own date, where the opening sentence may run on
    (« Convocation du 16 novembre 2015 Les membres … se sont réunis le 1er décembre 2015 »):
    the convocation's date is never the session's."""
    found = find_date(line.text)
    return TextLine(line.number, line.text[found.end :] if found else "")


def _set_date(draft: Draft, found: FrenchDate, line: int) -> None:
    session = draft.session
    session.line = line
    session.date, session.weekday = found.date, found.weekday


def _date_in_context(text: str) -> FrenchDate | None:
    folded = fold(text)
    for context in lexicon.SESSION_DATE_CONTEXT.finditer(folded):
        if names_an_earlier_session(folded, context.start()):
            continue
        start = context.start() if folded[context.start()] == "l" else context.end()
        found = find_date(text[start : start + _DATE_WINDOW])
        if found is None or found.start > lexicon.SESSION_DATE_REACH:
            continue
        if names_an_earlier_session(folded, start + found.start):
            continue  # « secrétaire de séance 2) Approbation des procès-verbaux des 11 … »
        if lexicon.APPROVED_AFTER.match(folded, start + found.end):
            continue  # « Le Compte rendu du Conseil Municipal du 2 novembre est approuvé »
        # « Conseil de la Métropole élus les 15 mars et 28 juin 2020 »: another event's date.
        if lexicon.OTHER_EVENT_DATE.search(folded, start, start + found.start) is None:
            return found
    return _met_on(text, folded) or _dated_meeting(text, folded)


def _dated_meeting(text: str, folded: str) -> FrenchDate | None:
    """« … du SAGE du Bas-Léon du 9 juin 2009 Le 9 juin 2009, à 10 heures, les membres de la
    Commission … se sont réunis »: the date that opens a meeting sentence (« Le » in capital:
    inside a sentence « le 9 juin » may date something else)."""
    for opening in lexicon.DATED_MEETING.finditer(folded):
        if text[opening.start()] != "L":
            continue
        found = find_date(text[opening.end() : opening.end() + _DATE_WINDOW])
        if found is not None and found.start == 0:
            return found
    return None


def _met_on(text: str, folded: str) -> FrenchDate | None:
    """« Le SICTOM … s'est réuni en Assemblée Générale à la salle des fêtes de LAPEYROUSE, le
    mercredi 25 février 2015 »: the date the meeting sentence gives after its place."""
    for met in lexicon.MET_ON.finditer(folded):
        found = find_date(text[met.end() : met.end() + _DATE_WINDOW])
        if found is not None and found.start == 0:
            return found
    return None


def fill_counts_from_prose(sections: list[Section], draft: Draft) -> None:
    """The counts no count box gave, from the session block's prose: « Le nombre de présents
    est de 23, le nombre de votants est de 27 », « 254 délégués sont présents », or a count line
    a list or a report heading swallowed.

    The session block's lines are read together (a PDF may break « Votants : » from « 22 »),
    with the count lines met before the deliberation's own text (its visas, its decision). Only
    fields still empty are filled: what the text states, never a sum.
    """
    counts = draft.session.counts
    if None not in (counts.present, counts.in_office, counts.voters):
        return
    lines: list[TextLine] = []
    for section in sections:
        if stage(section.kind) > stage(Kind.BODY_DECLARATION):
            break
        if stage(section.kind) <= stage(Kind.ATTENDANCE):
            lines.extend(section.lines)
        else:
            lines.extend(line for line in section.lines if _is_count_line(line.text))
    # A change for later items (« A partir du point 3 : Présents : 19 ») is not the session's.
    lines = [line for line in lines if not lexicon.COUNT_CHANGE_SCOPE.match(fold(line.text))]
    if not lines:
        return
    folded = fold(" ".join(line.text for line in lines))
    # A box read whole, column by column (its labels, then its values in the same order), says
    # what its figures count: it wins over a pair read in the prose around it (« … 32 22 22 10
    # 1 + Rappel du quorum : il est atteint avec 17 membres présents ») and fills what the
    # pairs leave.
    values = (count_pairs(folded) or separated_box_pairs(folded)) | column_box_pairs(folded)
    values = {field: values[field] for field in _PROSE_FIELDS if field in values}
    if values:
        _store_counts(values, lines[0].number, draft)


# The fields the session block's prose may give.
_PROSE_FIELDS = ("in_office", "present", "represented", "voters")


def _is_count_line(text: str) -> bool:
    marker = classify(text)
    return marker is not None and marker.kind is Kind.COUNTS


def fill_president_from_prose(sections: list[Section], draft: Draft) -> None:
    """Who presides, from the session block's prose when no opening sentence gave it.

    Each line is read alone first, then the block's lines together: a PDF may break « sous la
    présidence de M. » from « CHARPY, Maire ». Only a name led by a civility is taken
    (« Monsieur Max HERBAUX »).
    """
    lines = [
        line
        for section in sections
        if stage(section.kind) <= stage(Kind.ATTENDANCE)
        for line in section.lines
    ]
    for group in [*([line] for line in lines), lines]:
        if group and _read_president_prose(group, draft):
            return
    for line in lines:
        if _read_president_named(line, draft):
            return
    for line in lines:
        if _read_president_opening(line, draft):
            return
    # An item or report heading may swallow the opening sentence (« 14. … Monsieur X, ouvre la
    # séance »): its lines are read alone, before the deliberation's own text starts.
    later = itertools.takewhile(lambda section: stage(section.kind) < stage(Kind.VISAS), sections)
    for line in (
        line for section in later if section.kind in _LATER_OPENINGS for line in section.lines
    ):
        if _read_president_prose([line], draft) or _read_president_opening(line, draft):
            return


# Sections past the session block that may still hold its opening sentence.
_LATER_OPENINGS = frozenset({Kind.ITEM, Kind.REPORT, Kind.PROPOSAL, Kind.IDENTIFICATION})


def fill_president_from_list(sections: list[Section], draft: Draft) -> None:
    """« Présents : M. Couet, Président, Mmes Appéré, … »: when nothing else says who presides,
    the one member listed present as the body's president (the role alone, no « de la
    commission … »); or as the mayor, when the text says that the mayor opens the session
    (« Présents : Paul ROUX, Maire ; … Monsieur le Maire … ouvre la séance »). Two such
    members leave the field empty."""
    if draft.session.president is not None:
        return
    chairs = _listed_as(lexicon.CHAIR_ROLE, draft) or (
        _listed_as(lexicon.MAYOR_ROLE, draft) if _the_mayor_opens(sections) else []
    )
    if len(chairs) == 1:
        # The person only, as read from prose: the role is the session's (``president_role``);
        # commune and notes stay with the attendance list.
        draft.session.president = chairs[0].model_copy(
            update={"role": None, "commune": None, "notes": []}, deep=True
        )
        draft.session.president_role = chairs[0].role


def _listed_as(role: lexicon.Pattern, draft: Draft) -> list[Person]:
    """The members listed present with that role, and nothing more (« Maire », « Président »)."""
    return [
        person
        for person in draft.attendance.present
        if person.role and role.fullmatch(fold(person.role).strip(" ."))
    ]


def _the_mayor_opens(sections: list[Section]) -> bool:
    """Whether the session block says « Monsieur le Maire … ouvre la séance »."""
    before = itertools.takewhile(lambda section: stage(section.kind) < stage(Kind.VISAS), sections)
    return any(
        lexicon.MAYOR_OPENS.search(fold(line.text)) for section in before for line in section.lines
    )


def _read_president_named(line: TextLine, draft: Draft) -> bool:
    """« sous la présidence de Hugo LAUZET, »: with no civility, only a name whose family
    name stands out (in capitals), or a few words each with its capital and none a role or an
    article (« Présidé par Jean-Yves Brenier »), is taken."""
    match = lexicon.PRESIDED_BY_NAME.search(fold(line.text))
    if match is None:
        return False
    who = line.text[match.start("who") : match.end("who")]
    president = parse_person(who, line.number)
    if president is None or (president.family_name is None and not _capitalised_name(who)):
        return False
    draft.session.president = president
    return True


def _capitalised_name(words: str) -> bool:
    """Two to four words, each starting with a capital, none a role, an article or a civility."""
    split = words.split()
    return (
        _NAME_WORDS[0] <= len(split) <= _NAME_WORDS[1]
        and all(word[:1].isupper() for word in split)
        and lexicon.NOT_A_PRESIDENT_WORD.search(fold(words)) is None
    )


# How many words a name written in mixed case with no civility may have.
_NAME_WORDS = (2, 4)


def _read_president_opening(line: TextLine, draft: Draft) -> bool:
    """« Simon Lauzet, maire, ouvre le conseil municipal »: with no civility, two words that
    each start with a capital and are no role or article."""
    match = lexicon.OPENS_THE_SESSION.search(fold(line.text))
    if match is None:
        return False
    who = line.text[match.start("who") : match.end("who")]
    if not _capitalised_name(who):
        return False
    # Every word starts with a capital: a name written in mixed case (« Simon Lauzet ») is
    # clear enough before « , maire, ouvre le conseil ».
    president = parse_person(who, line.number)
    if president is None:
        return False
    draft.session.president = president
    draft.session.president_role = line.text[match.start("role") : match.end("role")].strip()
    return True


def _read_president_prose(lines: list[TextLine], draft: Draft) -> bool:
    text = " ".join(line.text for line in lines)
    match = lexicon.PRESIDENT_PROSE.search(fold(text))
    if match is None:
        return False
    who = text[match.start("who") : match.end("who")]
    trailing = lexicon.TRAILING_ROLE.search(fold(who))
    role = who[trailing.start() :].strip() if trailing else None
    who = who[: trailing.start()] if trailing else who
    president = parse_person(who, _line_of(lines, match.start("who")))
    if president is None or president.civility is None:
        return False
    draft.session.president = president
    if match["role"] or role:
        draft.session.president_role = (
            text[match.start("role") : match.end("role")].strip() if match["role"] else role
        )
    return True


def _line_of(lines: list[TextLine], offset: int) -> int:
    """The line holding ``offset`` of the lines' texts joined by single spaces."""
    position = 0
    for line in lines:
        position += len(line.text) + 1
        if offset < position:
            return line.number
    return lines[-1].number
