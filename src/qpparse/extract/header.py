"""Header: « EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU BUREAU DE LA MÉTROPOLE … ».

Also the lines before it (the preamble): a letterhead naming the authority (« COMMUNE DE
VILLEBOURG »), the body alone (« CONSEIL DE TERRITOIRE DU PAYS DE LAUZE »), or letterhead words
(« République Française », interleaved columns) claimed as ``letterhead``. The header line names
the body and usually the authority; what it does not name is taken from the preamble.
"""

from __future__ import annotations

import itertools

import regex

from qpparse import lexicon
from qpparse.frenchtext import fold
from qpparse.model import ContentsEntry, Formula, Named, Publication
from qpparse.normalise import TextLine
from qpparse.segment import Kind, Section, Sentence, stage

from .draft import Draft
from .writing import written_form


def extract(section: Section, draft: Draft, all_lines: list[TextLine]) -> None:
    """Fill ``authority`` and ``body`` from the header sentence (a header may wrap over lines);
    further lines are read like the preamble's."""
    first, *rest = section.sentences()
    if not read_header(first, draft, all_lines):
        _reject(first, draft)
    for line in (line for sentence in rest for line in sentence.lines):
        read_letterhead(Sentence((line,)), draft, all_lines)


def extract_preamble(section: Section, draft: Draft, all_lines: list[TextLine]) -> None:
    """The lines before any marker: letterhead, the authority's or the body's name.

    Read line by line: letterhead lines are short pieces side by side, never wrapped sentences.
    """
    previous = ""
    for line in section.lines:
        read_letterhead(Sentence((line,)), draft, all_lines)
        if draft.authority is None and lexicon.NAMED_BEFORE_KIND.match(fold(line.text)):
            draft.authority = _named_above(previous, line, all_lines)
        previous = line.text


def _named_above(above: str, line: TextLine, context: list[TextLine]) -> Named | None:
    """« Lauzienne » over « Communauté de Communes »: a letterhead writes the name, then its kind
    on a line of its own; the name is the proper words that end the line above."""
    words = above.split()
    while words and words[-1] == (words[-2] if len(words) > 1 else None):
        words.pop()  # « Lauzienne Lauzienne »: a page title's last word and the letterhead's
    joined = f"{' '.join(words)} {line.text.strip()}"
    match = lexicon.PROSE_AUTHORITY.search(joined, max(0, len(joined) - len(line.text) - 80))
    if match is None or match.end() != len(joined) or match.start() >= len(joined) - len(line.text):
        return None
    name = match.group().strip(" ,.")
    return Named(
        name=_proper(name, context), kind=_kind(name, lexicon.AUTHORITIES), line=line.number
    )


def read_header(sentence: Sentence, draft: Draft, context: list[TextLine]) -> bool:
    """The header line: body and authority, a stamp glued at its end kept as a formula."""
    text, stamp = split_glued_stamp(sentence.text)
    found = parse_header(text, sentence.number, context)
    if found is not None:
        draft.authority, draft.body = found
    else:
        body = parse_body_only(text, sentence.number, context)
        if body is None:
            return False
        draft.body = body
    _claim(sentence, "header", draft)
    if stamp:
        draft.formulas.append(Formula(kind="stamp", text=stamp, line=sentence.number))
    return True


def read_letterhead(sentence: Sentence, draft: Draft, context: list[TextLine]) -> None:
    """A preamble line: the authority's name, the body's, letterhead words, or unrecognised."""
    text = sentence.text
    folded = fold(text)
    if lexicon.AUTHORITY_LINE.match(folded):
        authority = parse_authority_line(text, sentence.number, context)
        if lexicon.KIND_ONLY.match(fold(authority.name)):
            pass  # « Commune de », « Régional »: a kind with no name names no one
        elif draft.authority is None or _more_local(authority, draft.authority):
            draft.authority = authority
        _claim(sentence, "header.authority", draft)
    elif lexicon.BODY_LINE.match(folded) and _kind(text, lexicon.BODIES):
        named = lexicon.LETTERHEAD_BODY_AUTHORITY.match(folded)
        body = text[: named.end("body")] if named else text
        if draft.body is None:
            draft.body = Named(
                name=_proper(body, context), kind=_kind(body, lexicon.BODIES), line=sentence.number
            )
        words = text[named.start("authority") : named.end("authority")] if named else ""
        words = words.strip(" .,-–")
        # « COMITÉ SYNDICAL DU SYNDICAT MIXTE DU … »; not « … DE LA COMMUNAUTE URBAINE D’ ».
        if named and draft.authority is None and not lexicon.KIND_ONLY.match(fold(words)):
            draft.authority = Named(
                name=_proper(words, context),
                kind=_kind(words, lexicon.AUTHORITIES),
                line=sentence.number,
            )
        _claim(sentence, "header.body", draft)
    elif read_cover(sentence, draft, context):
        return
    elif lexicon.LETTERHEAD.search(folded) or _looks_like_letterhead(text):
        _claim(sentence, "letterhead", draft)
        local = _interleaved_authority(text, sentence.number, context)
        if local is not None and (draft.authority is None or _more_local(local, draft.authority)):
            draft.authority = local
    else:
        _reject(sentence, draft)


def read_cover(sentence: Sentence, draft: Draft, context: list[TextLine] | None = None) -> bool:
    """The cover of a recueil: its title, number, table of contents and display notice."""
    text, folded, line = sentence.text, fold(sentence.text), sentence.number
    publication = draft.publication
    if title := lexicon.RECUEIL_TITLE.match(folded):
        draft.publication = Publication(title=text, line=line)
        field = "publication.title"
        of = lexicon.RECUEIL_OF.match(folded, title.end())
        named = lexicon.PROSE_AUTHORITY.match(text, of.end()) if of else None
        if named is not None and draft.authority is None:  # who publishes it deliberates
            # « … DU NORD. Numéro Spécial »: the title's sentence ends the name.
            name = named.group().split(". ", 1)[0].strip(" ,.")
            kind = _kind(name, lexicon.AUTHORITIES)
            draft.authority = Named(name=_proper(name, context or []), kind=kind, line=line)
    elif lexicon.DISPLAY_NOTICE.match(folded):
        draft.formulas.append(Formula(kind="display_notice", text=text, line=line))
        field = "formulas.display_notice"
    elif publication is None:
        return False
    elif number := lexicon.RECUEIL_NUMBER.match(folded):
        publication.number = text[number.start("number") : number.end("number")]
        field = "publication.number"
    elif lexicon.CONTENTS_HEADING.match(folded):
        field = "publication.contents.heading"
    elif entry := lexicon.CONTENTS_ENTRY.search(folded):
        publication.contents.append(_contents_entry(text, entry, line))
        field = "publication.contents"
    else:
        return False
    _claim(sentence, field, draft)
    return True


def _contents_entry(text: str, entry: regex.Match[str], line: int) -> ContentsEntry:
    """« Title ........ 3 à 9 » → the title without its leaders, and the pages as written."""
    pages = text[entry.start("pages") : entry.end("pages")]
    return ContentsEntry(text=text[: entry.start()].rstrip(" .…"), page_range=pages, line=line)


def parse_authority_line(text: str, line: int, context: list[TextLine]) -> Named:
    """« COMMUNE DE VILLEBOURG-SUR-LOIRE » → the authority, cut before interleaved letterhead."""
    cut = lexicon.LETTERHEAD.search(fold(text), pos=1)
    name = text[: cut.start()].strip(" -–,") if cut else text
    named = lexicon.PROSE_AUTHORITY.match(name)
    if named is not None:  # « COMMUNE DE CRUSCADES SEANCE N° 4 »: the name ends before « SEANCE »
        name = named.group().strip(" -–,")
    kind = _kind(name, lexicon.AUTHORITIES)
    if kind is None:  # « CONSEIL DÉPARTEMENTAL DE … » names the authority by its council
        kind = lexicon.AUTHORITY_OF_BODY.get(_kind(name, lexicon.BODIES) or "")
    found = Named(name=_proper(name, context), kind=kind, line=line)
    # « DÉPARTEMENT DU VAL ARRONDISSEMENT DE Communauté de Communes Lauze Centre »: columns
    # interleaved; a more local collectivity named after the cut is the deliberating one.
    for other in lexicon.PROSE_AUTHORITY.finditer(text, cut.start()) if cut else ():
        other_name = other.group().strip(" ,.")
        local = Named(
            name=_proper(other_name, context),
            kind=_kind(other_name, lexicon.AUTHORITIES),
            line=line,
        )
        if local.kind and _more_local(local, found):
            found = local
    return found


def _interleaved_authority(text: str, line: int, context: list[TextLine]) -> Named | None:
    """« ARRONDISSEMENT DE Communauté de Communes Lauze Centre »: a letterhead's columns read
    across put the collectivity after another column's words; only one that no letterhead
    names to place another (a commune, a communauté, a syndicate, a métropole) counts."""
    words = lexicon.LETTERHEAD.search(fold(text))
    if words is None:
        return None
    # Right after the letterhead's words: further on, a long line is prose naming anyone.
    for match in lexicon.PROSE_AUTHORITY.finditer(text, words.end()):
        if match.start() > words.end() + lexicon.INTERLEAVED_AUTHORITY:
            break
        name = match.group().strip(" ,.")
        kind = _kind(name, lexicon.AUTHORITIES)
        if kind in lexicon.AUTHORITY_RANKS and kind not in lexicon.PLACING_AUTHORITIES:
            return Named(name=_proper(name, context), kind=kind, line=line)
    return None


def _more_local(found: Named, known: Named) -> bool:
    """A letterhead may name the département, then the commune: the commune deliberates."""
    ranks = lexicon.AUTHORITY_RANKS
    return ranks.get(found.kind or "", 99) < ranks.get(known.kind or "", 99)


def parse_body_only(text: str, line: int, context: list[TextLine]) -> Named | None:
    """« … DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL » → the body; its authority comes elsewhere."""
    match = lexicon.HEADER_BODY_ONLY.search(fold(text))
    if match is None:
        return None
    name = text[match.start("body") : match.end("body")].strip(" .,-–")
    name = _without_page_number(name)
    return Named(name=_proper(name, context), kind=_kind(name, lexicon.BODIES), line=line)


def _without_page_number(name: str) -> str:
    """« … du conseil de la » / « 169 »: a page's number after a heading cut short is no part
    of the body's name, nor are the joining words left hanging before it."""
    number = lexicon.NUMBER_AT_END.search(name)
    if number is None:
        return name
    words = name[: number.start()].split()
    while len(words) > 1 and fold(words[-1]) in lexicon.HANGING_JOINERS:
        words.pop()
    return " ".join(words)


def split_glued_stamp(text: str) -> tuple[str, str]:
    """« … PROVENCE Signé le 12 Mai 2017 Reçu au … » → (header, stamp); stamp empty if none."""
    match = lexicon.GLUED_STAMP.search(fold(text))
    if match is None:
        return text, ""
    return text[: match.start()].rstrip(), text[match.start() :].strip()


def find_body(text: str, line: int, context: list[TextLine]) -> Named | None:
    """The body a sentence starts with (« Conseil Municipal Séance publique … »), if any."""
    folded = fold(text)
    kind = _kind(text, lexicon.BODIES)
    match = lexicon.BODY_LINE.match(folded[: folded.find("seance")] if "seance" in folded else "")
    if kind is None or match is None:
        return None
    name = text[: match.end()].strip(" ,-–:")
    return Named(name=_proper(name, context), kind=kind, line=line)


def find_body_and_authority(
    text: str, line: int, context: list[TextLine]
) -> tuple[Named, Named] | None:
    """« le Conseil Municipal de la commune de Villebourg, dûment convoqué » → both."""
    match = lexicon.SENTENCE_BODY_AUTHORITY.search(fold(text))
    if match is None:
        return None
    body = text[match.start("body") : match.end("body")]
    authority = text[match.start("authority") : match.end("authority")].strip(" .,")
    if _kind_only(authority):
        return None  # « le Conseil Municipal de la Commune, régulièrement convoqué »
    return (
        Named(
            name=_proper(authority, context), kind=_kind(authority, lexicon.AUTHORITIES), line=line
        ),
        Named(name=_proper(body, context), kind=_kind(body, lexicon.BODIES), line=line),
    )


def parse_header(text: str, line: int, context: list[TextLine]) -> tuple[Named, Named] | None:
    """Return (authority, body) named in a header line, in the spelling the text uses best."""
    folded = fold(text)
    match = lexicon.HEADER_BODY_AUTHORITY.search(folded)
    if match is None:
        return None
    authority_text = text[match.start("authority") : match.end("authority")].strip(" .,")
    authority_name = written_form(authority_text, context) or _tidy(authority_text)
    authority = Named(
        name=authority_name, kind=_kind(authority_text, lexicon.AUTHORITIES), line=line
    )
    body_kind = _kind(match["body"], lexicon.BODIES)
    link = text[match.end("body") : match.start("authority")].lower()
    body_words = _tidy(text[match.start("body") : match.end("body")])
    candidate = f"{body_words}{link}{authority_name.split()[0]}"
    body_name = written_form(candidate, context) or candidate
    return authority, Named(name=body_name, kind=body_kind, line=line)


def _kind(text: str, table: tuple[tuple[str, lexicon.Pattern, str], ...]) -> str | None:
    folded = fold(text)
    return next((kind for kind, pattern, _ in table if pattern.search(folded)), None)


def _tidy(text: str) -> str:
    """Upper-case header words in sentence case, when the text never writes them otherwise."""
    return text if not text.isupper() else text[:1] + text[1:].lower()


def _proper(text: str, context: list[TextLine]) -> str:
    """A name as the text writes it in mixed case, else capitalised word by word."""
    text = " ".join(text.split())
    written = written_form(text, context)
    if written is not None:  # found inside a sentence: « la commune de … » heads a name
        return written[:1].upper() + written[1:]
    if not text.isupper():
        return text
    words = [_proper_word(word, index) for index, word in enumerate(text.lower().split())]
    return " ".join(words)


def _proper_word(word: str, index: int) -> str:
    """« villebourg-sur-loire » → « Villebourg-sur-Loire »; joining words stay lower case."""
    parts = word.split("-")
    return "-".join(
        part if position + index > 0 and part in lexicon.NAME_JOINERS else _capitalise(part)
        for position, part in enumerate(parts)
    )


def _capitalise(word: str) -> str:
    """« d'aix » → « d'Aix », « marseille » → « Marseille »."""
    head, apostrophe, tail = word.partition("'")
    if apostrophe and len(head) == 1:
        return head + apostrophe + tail[:1].upper() + tail[1:]
    return word[:1].upper() + word[1:]


def _looks_like_letterhead(text: str) -> bool:
    """Short, unpunctuated lines before the header: a letterhead's name or address pieces."""
    return len(text.split()) <= 8 and not lexicon.search_end(lexicon.SENTENCE_END, text)


def _claim(sentence: Sentence, field: str, draft: Draft) -> None:
    for line in sentence.lines:
        draft.claim(field, line)


def _reject(sentence: Sentence, draft: Draft) -> None:
    for line in sentence.lines:
        draft.reject(line)


def drop_distant_authority(draft: Draft) -> bool:
    """A letterhead's « DÉPARTEMENT DU … » above a municipal council's minutes places the
    commune; it does not deliberate. An authority less local than the one the body implies is
    forgotten, for the prose to name the right one (or none)."""
    if draft.authority is not None and _too_distant(draft.authority.kind, draft.body):
        draft.authority = None
        return True
    return False


def _too_distant(kind: str | None, body: Named | None) -> bool:
    implied = lexicon.AUTHORITY_OF_BODY.get(body.kind or "") if body is not None else None
    ranks = lexicon.AUTHORITY_RANKS
    if implied is None or kind not in lexicon.PLACING_AUTHORITIES:
        return False
    return ranks.get(kind or "", 99) > ranks[implied]


def fill_body_from_decision(sections: list[Section], draft: Draft, context: list[TextLine]) -> None:
    """« Après en avoir délibéré, le Comité Syndical adopte … »: the body that decides names
    itself in the decision's formula, when nothing before the deliberation named it."""
    for section in sections:
        if section.kind is not Kind.DECISION:
            continue
        for line in section.lines:
            formula = lexicon.DELIBERATED.search(fold(line.text))
            body = lexicon.PROSE_BODY.match(line.text, formula.end()) if formula else None
            if body is not None:
                draft.body = Named(
                    name=_proper(body.group(), context),
                    kind=_kind(body.group(), lexicon.BODIES),
                    line=line.number,
                )
                return


def fill_from_prose(sections: list[Section], draft: Draft, context: list[TextLine]) -> None:
    """Name the body and the collectivity from the session block's prose when no header did.

    Only the lines before the deliberation's own text are read (title, opening sentence,
    attendance): a body named later may be another (« … transmis au Conseil Départemental »).
    Each line is read with the start of the next: a PDF may break « la Communauté de » from
    « Communes de Mimizan ».
    """
    lines = [
        line
        for section in itertools.takewhile(
            lambda section: stage(section.kind) <= stage(Kind.IDENTIFICATION), sections
        )
        for line in section.lines
    ]
    for line, following in itertools.zip_longest(lines, lines[1:]):
        text = (
            f"{line.text} {following.text[: lexicon.AUTHORITY_NEXT_LINE]}"
            if following
            else line.text
        )
        body = lexicon.PROSE_BODY.search(text)
        if draft.body is None and body and body.start() < len(line.text):
            draft.body = Named(
                name=_proper(body.group(), context),
                kind=_kind(body.group(), lexicon.BODIES),
                line=line.number,
            )
        authority = (
            _prose_authority(text, body, len(line.text)) if draft.authority is None else None
        )
        if authority and lexicon.KIND_ONLY.match(fold(authority)):
            authority = None  # « … DE LA COMMUNAUTE URBAINE D’ »: its name lost
        kind = _kind(authority, lexicon.AUTHORITIES) if authority else None
        if authority and not _too_distant(kind, draft.body):
            draft.authority = Named(name=_proper(authority, context), kind=kind, line=line.number)
        if draft.body is not None and draft.authority is not None:
            return
    if draft.authority is None and draft.body is not None and lines:
        draft.authority = _welcoming_commune(lines[0], draft.body)
    if draft.authority is None and draft.body is not None and "syndic" in fold(draft.body.name):
        draft.authority = _served_syndicate(lines, context)
    if draft.authority is None and draft.body is not None:
        everything = [line for section in sections for line in section.lines]
        draft.authority = _sole_of_its_kind(everything, draft.body, context)
    if draft.authority is None:
        draft.authority = _running_header_authority(sections, context)
    if draft.body is None:  # « ASSEMBLÉE GÉNÉRALE DU 3 JUILLET 2014 »: a syndicate's
        for line in lines:
            if (assembly := lexicon.PROSE_ASSEMBLY.search(line.text)) is not None:
                draft.body = Named(
                    name=_proper(assembly.group(), context),
                    kind=_kind(assembly.group(), lexicon.BODIES),
                    line=line.number,
                )
                return


def _welcoming_commune(first: TextLine, body: Named) -> Named | None:
    """A municipal council's minutes on its commune's web site: the page opens with « Bienvenue
    à Villebourg-sur-Lauze »; a collectivity of another kind is never greeted this way."""
    welcome = lexicon.WELCOME.match(first.text)
    if welcome is None or body.kind != "conseil-municipal":
        return None
    name = welcome["name"].rstrip(".")
    if _kind(name, lexicon.AUTHORITIES) is not None:
        return None
    return Named(name=lexicon.COMMUNE_NAMED.format(name), kind="commune", line=first.number)


def _served_syndicate(lines: list[TextLine], context: list[TextLine]) -> Named | None:
    """A syndical council's minutes naming no syndicate where it meets: the one its officers
    serve (« Directrice du SYMEVAL », « vice-président et membre du bureau du SIVOM »)."""
    for line in lines:
        folded = fold(line.text)
        for match in lexicon.PROSE_AUTHORITY.finditer(line.text):
            name = match.group().strip(" ,.")
            if _kind(name, lexicon.AUTHORITIES) == "syndicat" and lexicon.OFFICER_OF.search(
                folded, max(0, match.start() - 30), match.start()
            ):
                return Named(name=_proper(name, context), kind="syndicat", line=line.number)
    return None


def _running_header_authority(sections: list[Section], context: list[TextLine]) -> Named | None:
    """« Mairie de Moustier-Ventadour » at the top of every page (set aside as a running
    header, as page furniture is): the letterhead names the collectivity all the same."""
    for section in itertools.takewhile(
        lambda section: stage(section.kind) <= stage(Kind.IDENTIFICATION), sections
    ):
        for aside in section.asides:
            if lexicon.AUTHORITY_LINE.match(fold(aside.text)):
                authority = parse_authority_line(aside.text, aside.number, context)
                if not lexicon.KIND_ONLY.match(fold(authority.name)):
                    return authority
    return None


def _sole_of_its_kind(lines: list[TextLine], body: Named, context: list[TextLine]) -> Named | None:
    """The only collectivity of the kind the body implies that the whole text names: a
    communautaire council's minutes that name « la Communauté de Communes du Massif » only in
    passing name their own. Two different ones named: silence. Not for a municipal council,
    whose minutes name other communes as often as their own, nor for a syndicate known by an
    acronym alone (« SIMANSKI » may be a member's name)."""
    kind = lexicon.AUTHORITY_OF_BODY.get(body.kind or "")
    if kind not in lexicon.NAMED_IN_PASSING:
        return None
    found: dict[str, tuple[str, int]] = {}
    for line in lines:
        for match in lexicon.PROSE_AUTHORITY.finditer(line.text):
            name = match.group().strip(" ,.")
            folded = fold(name)
            if (
                _kind(name, lexicon.AUTHORITIES) == kind
                and lexicon.KIND_WORD.search(folded)
                and not lexicon.KIND_ONLY.match(folded)
            ):
                found.setdefault(folded, (name, line.number))
    if len(found) != 1:
        return None
    name, number = next(iter(found.values()))
    return Named(name=_proper(name, context), kind=kind, line=number)


def _prose_authority(text: str, body: regex.Match[str] | None, own: int) -> str | None:
    """The collectivity a line names where it names the deliberating one: at the line's start
    (a title, a letterhead), with the body (« le Conseil Municipal de la commune de Saclas »,
    « le Conseil Municipal de Bouleurs », « le Conseil de la Communauté de communes de … »), or
    before « se sont réunis ». Anywhere else it may be a member commune, a partner, a département
    above. Of several, the most local deliberates. Only names starting in the line's ``own``
    characters count: the next line's start, cut short, would cut them short too."""
    found: list[tuple[str, str | None]] = []
    matches = [match for match in lexicon.PROSE_AUTHORITY.finditer(text) if match.start() < own]
    # Every body the line names: « Les séances du conseil municipal. Le conseil municipal de … ».
    bodies = list(lexicon.PROSE_BODY.finditer(text, body.start())) if body is not None else []
    # A line that starts with a collectivity is a letterhead: every one it names may be it.
    letterhead = bool(matches) and matches[0].start() == 0
    for match in matches:
        if letterhead or _names_the_deliberating(text, match, bodies):
            name = match.group().strip(" ,.")
            found.append((name, _kind(name, lexicon.AUTHORITIES)))
    for each in bodies:
        if each.start() >= own or any(_names_the_deliberating(text, m, [each]) for m in matches):
            continue  # « le conseil de la Communauté de Communes de … » names it in full
        named = lexicon.BODY_OF_COMMUNE.match(text, each.end())
        if named is None or _kind_only(named["name"]):
            continue
        if len(named["name"].split()) > lexicon.MAX_BODY_OF_NAME_WORDS:
            continue  # « CONSEIL GENERAL DE LA LAUZE AU TITRE DE LA … »: a title in capitals
        # « le Conseil Municipal de Lauzac » names a commune; « le Conseil Régional de la
        # Loire », « le Conseil d'Administration de l'Office … » name theirs as written.
        kind = lexicon.AUTHORITY_OF_BODY.get(_kind(each.group(), lexicon.BODIES) or "")
        name = named["name"].rstrip(".")
        found.append((lexicon.COMMUNE_NAMED.format(name) if kind == "commune" else name, kind))
    mayor = lexicon.MAYOR_OF.search(text)
    # « …, Maire de la Commune. Le Maire procède à l'appel »: the name ends with its sentence.
    commune = lexicon.SENTENCE_AFTER_NAME.split(mayor["name"], 1)[0] if mayor else ""
    if mayor is not None and mayor.start("name") < own and not _kind_only(commune):
        found.append((lexicon.COMMUNE_NAMED.format(commune.rstrip(".")), "commune"))
    if not found:
        return None
    ranks = lexicon.AUTHORITY_RANKS
    return min(found, key=lambda candidate: ranks.get(candidate[1] or "", 99))[0]


def _kind_only(name: str) -> bool:
    """« la », « la Commune » (« le Conseil Municipal de la Commune, … »): no collectivity named."""
    words = fold(name).split()
    if words[:1] and words[0] in lexicon.ARTICLES:
        words = words[1:]
    return not words or lexicon.KIND_ONLY.match(" ".join(words)) is not None


def _its_members_meet(folded: str, match: regex.Match[str]) -> bool:
    """« se sont réunis les délégués des communes du SICTOM de Lauzac », « Les Membres du
    Syndicat Mixte …, régulièrement convoqués, se sont réunis »."""
    start = match.start()
    if lexicon.MEMBERS_MEET.search(folded, max(0, start - 160), start):
        return True
    members = lexicon.MEMBERS_BEFORE.search(folded, max(0, start - 80), start)
    return members is not None and lexicon.CONVENED_AFTER.match(folded, match.end()) is not None


def _names_the_deliberating(
    text: str, match: regex.Match[str], bodies: list[regex.Match[str]]
) -> bool:
    folded = fold(text)
    if match.start() == 0 or lexicon.MEETS.match(folded, match.end()):
        return True
    if _its_members_meet(folded, match):
        return True
    # « s'est réuni à l'Hôtel de l'EPT Lauze Ensemble », « … à la mairie de Lauzac ».
    if lexicon.MEETS_AT_SEAT.search(folded, max(0, match.start() - 160), match.start()):
        kind = _kind(match.group(), lexicon.AUTHORITIES)
        municipal = any(
            _kind(body.group(), lexicon.BODIES) == "conseil-municipal" for body in bodies
        )
        if kind != "commune" or municipal:
            return True
    # « Conseil du 30 janvier 2020 - Lauzac Métropole »: a title's part, beside its body.
    if (
        bodies
        and lexicon.TITLE_PART_BEFORE.search(folded, max(0, match.start() - 5), match.start())
        and lexicon.TITLE_PART_AFTER.match(folded, match.end())
    ):
        return True
    # « Réunion du Conseil d'Orléans-sur-Lauze Métropole ».
    if lexicon.COUNCIL_OF.search(folded, max(0, match.start() - 30), match.start()):
        return True
    # After its body (« le Conseil Municipal de la commune de … »), or just before it, as a
    # letterhead writes it (« Lauzienne Communauté de Communes CONSEIL COMMUNAUTAIRE »).
    return any(
        body.start() <= match.start() <= body.end() + lexicon.AUTHORITY_AFTER_BODY
        or 0 <= body.start() - match.end() <= lexicon.AUTHORITY_BEFORE_BODY
        for body in bodies
    )
