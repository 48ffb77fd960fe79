"""Decision and articles.

« Délibère », « DÉCIDE : », « Après en avoir délibéré, » open the operative part; then either
numbered articles (« Article 1 : », « Article 1er », « Article premier », « ARTICLE 2 - ») or,
in many communes, a dash list (« - d'approuver … ; - d'autoriser … »). List items are kept as
articles with ``numbered`` false: ``number`` is then the position in the list and ``label`` is
empty, so that the operative part is always read from ``articles``.
"""

from __future__ import annotations

from qpparse import lexicon
from qpparse.frenchtext import fold
from qpparse.model import Article
from qpparse.normalise import TextLine
from qpparse.segment import Kind, Section, Sentence, classify, join_wrapped

from .citations import citation_text, split_items
from .draft import Draft
from .vote import parse_vote


def extract(section: Section, draft: Draft) -> None:
    """One article: its number, its label as written, and its text (same line or below)."""
    first, *rest = section.sentences()
    heading = first.lines[0].text  # the label is read on its own line, not the wrapped sentence
    match = lexicon.ARTICLE.match(fold(heading))
    if match is None:  # the segmenter only opens an article section on this pattern
        for line in section.lines:
            draft.reject(line)
        return
    label = heading[: match.start("rest")].rstrip(" :.-–—")
    inline = join_wrapped([heading[match.start("rest") :].strip(), *_texts(first.lines[1:])])
    paragraphs = ([inline.strip()] if inline.strip() else []) + [s.text for s in rest]
    draft.articles.append(
        Article(
            number=article_number(match["number"]),
            label=label,
            text="\n".join(paragraphs),
            line=first.number,
        )
    )
    inline_text = inline.strip()
    draft.claim("articles.label", first.lines[0], words=label if inline_text else None)
    if inline_text:  # the text goes on from the label's piece
        draft.claim("articles.text", first.lines[0], words=inline_text)
    for line in [*first.lines[1:], *(line for sentence in rest for line in sentence.lines)]:
        draft.claim("articles.text", line)


def _texts(lines: tuple[TextLine, ...]) -> list[str]:
    return [line.text for line in lines]


def extract_decision(section: Section, draft: Draft) -> None:
    """The decision formula (one or more sentences), then any dash-list items after it, on its
    line or below."""
    for sentence in section.sentences():
        for bulleted, part in split_items(sentence.text, decision=True):
            if not draft.articles and not bulleted:
                formula, part = split_formula(part)  # noqa: PLW2901 - the part's remainder
                if formula:
                    _add_formula(formula, sentence, draft)
                if not part:
                    continue
            if _is_vote(part) and draft.vote is None:
                # « Délibère : Cette proposition a été mise aux voix. »: joined to the formula.
                draft.vote = parse_vote(part, sentence.number)
                for line in sentence.lines:
                    draft.claim("vote", line, words=part)
                continue
            _add_item(part, bulleted, sentence, draft)


def _is_vote(text: str) -> bool:
    marker = classify(text)
    # A sentence of its own (« Cette proposition a été mise aux voix »), not a decision item
    # (« de fixer … »), which opens in lower case.
    return (
        marker is not None
        and marker.kind is Kind.VOTE
        and (marker.start == 0 or text[:1].isupper())
    )


def split_formula(text: str) -> tuple[str, str]:
    """« DÉCIDE : de fixer le prix … » → (« DÉCIDE : », « de fixer le prix … »): the formula,
    then the decision that follows it on its line; ("", text) when it opens with no formula."""
    folded = fold(text)
    if _is_formula(text):
        return text, ""
    opens = lexicon.DECISION_OPENS.match(folded)
    if opens is None or len(folded) != len(text):
        return "", text
    return text[: opens.end()].strip(), text[opens.end() :].strip()


def _is_formula(text: str) -> bool:
    """« Après en avoir délibéré, » then « DÉCIDE : »: both belong to the formula."""
    return lexicon.DECISION.search(fold(text)) is not None


def _add_formula(text: str, sentence: Sentence, draft: Draft) -> None:
    words = text.strip()  # the colon the field leaves out is still the formula's
    text = text.rstrip(" :")
    formula = draft.decision_formula
    draft.decision_formula = f"{formula} {text}" if formula else text
    for line in sentence.lines:
        draft.claim("decision_formula", line, words=words)
    # « Le Conseil, après en avoir délibéré, à l'unanimité, DÉCIDE » carries the vote; what it
    # decides is the decision itself, so it was adopted.
    if draft.vote is None and lexicon.VOTE.search(fold(text)):
        draft.vote = parse_vote(text, sentence.number)
        draft.vote.outcome = draft.vote.outcome or "adopted"


def _add_item(text: str, bulleted: bool, sentence: Sentence, draft: Draft) -> None:
    """A dash item starts a new unnumbered article; other text continues the last one."""
    text = citation_text(text)
    last = draft.articles[-1] if draft.articles else None
    if last is not None and not bulleted:
        last.text = f"{last.text}\n{text}" if last.text else text
    else:
        number = last.number + 1 if last is not None and not last.numbered else 1
        draft.articles.append(
            Article(number=number, label="", text=text, line=sentence.number, numbered=False)
        )
    for line in sentence.lines:
        draft.claim("articles.text", line, words=text)


def article_number(word: str) -> int:
    """« 1 », « premier », « unique » → 1; « 12 » → 12."""
    return int(word) if word.isdigit() else 1
