"""Report: who submits it (« Monsieur le Maire expose … le rapport suivant : », « Rapporteur :
M. Paul ROUX »), then the report, one sentence an item.

The section is read as running text: where lines break says nothing of where the proposer
ends, so the proposer ends with its own words (the colon that opens the report, the name after
« Rapporteur : », else its first sentence).
"""

from __future__ import annotations

from qpparse import lexicon
from qpparse.frenchtext import fold, split_sentences
from qpparse.names import is_family_token
from qpparse.segment import Section

from .draft import Draft


def extract(section: Section, draft: Draft) -> None:
    """The proposer, then every sentence of the report."""
    text = " ".join(line.text for line in section.lines)
    proposer, report = split_proposer(text)
    draft.deliberation.proposer = proposer
    draft.deliberation.report.extend(split_report(report))
    # The proposer's words may run over several pieces (no colon nor full stop ends them): each
    # piece is claimed for the words of each field it holds.
    end = text.find(proposer) + len(proposer) if proposer else len(section.lines[0].text)
    start = 0
    for line in section.lines:
        cut = min(max(end - start, 0), len(line.text))
        if cut > 0:
            draft.claim("deliberation.proposer", line, words=line.text[:cut].strip() or None)
        if line.text[cut:].strip():
            draft.claim("deliberation.report", line, words=line.text[cut:].strip() if cut else None)
        start += len(line.text) + 1


def split_report(text: str) -> list[str]:
    """The report's items: its sentences, and each dash item of a list on its own."""
    return [
        item.strip()
        for sentence in split_sentences(text)
        for item in lexicon.REPORT_BULLET.split(sentence)
        if item.strip()
    ]


def split_proposer(text: str) -> tuple[str, str]:
    """(the proposer's words, the report that follows them)."""
    match = lexicon.PROPOSER_END.match(fold(text))
    if match is not None:
        end = match.end()
    elif rapporteur := lexicon.RAPPORTEUR.match(fold(text)):
        end = _name_end(text, rapporteur.end())
    else:
        end = len(split_sentences(text)[0]) if text.strip() else 0
        end += len(text) - len(text.lstrip())
    return text[:end].strip(), text[end:].strip()


def _name_end(text: str, start: int) -> int:
    """Where the name after « Rapporteur : » ends: after its family name in capitals (the
    whole text when no such name comes within a few words)."""
    position = start
    for word in text[start:].split()[:_NAME_REACH]:
        position = text.index(word, position) + len(word)
        if is_family_token(word.strip(",")):
            return position
    return len(text)


# A proxy-style name (« Mme Anne-Laure DE LA ROCHE ») is at most this many words long.
_NAME_REACH = 6
