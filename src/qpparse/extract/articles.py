"""Articles: « Article 1 : » / « Article 1er » / « ARTICLE 2 - », with the text below them."""

from __future__ import annotations

from qpparse import lexicon
from qpparse.frenchtext import fold
from qpparse.model import Article
from qpparse.segment import Section

from .draft import Draft


def extract(section: Section, draft: Draft) -> None:
    """One article: its number, its label as written, and its text (same line or below)."""
    first, *rest = section.lines
    match = lexicon.ARTICLE.match(fold(first.text))
    if match is None:  # the segmenter only opens an article section on this pattern
        draft.reject(first)
        return
    number = article_number(match["number"])
    label = first.text[: match.start("rest")].rstrip(" :.-–—")
    inline = first.text[match.start("rest") :].strip()
    paragraphs = ([inline] if inline else []) + [line.text for line in rest]
    draft.articles.append(
        Article(number=number, label=label, text="\n".join(paragraphs), line=first.number)
    )
    draft.claim("articles.label", first)
    for line in rest:
        draft.claim("articles.text", line)


def article_number(word: str) -> int:
    """« 1 », « premier », « unique » → 1; « 12 » → 12."""
    return int(word) if word.isdigit() else 1
