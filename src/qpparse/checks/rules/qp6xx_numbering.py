"""QP6xx, numbering: the articles of the decision, 1, 2, 3 …, once each."""

from __future__ import annotations

from collections.abc import Iterator

from qpparse.checks.context import CheckContext
from qpparse.checks.registry import Hit, rule
from qpparse.model import Article


def _numbered(context: CheckContext) -> list[Article]:
    """Articles written with a number; items of a dash list are numbered by position only."""
    return [article for article in context.extract.articles if article.numbered]


@rule(
    "QP601",
    "article-numbering-gap",
    "warning",
    en="article(s) {missing} missing from the numbering (articles found: {found})",
    fr="article(s) {missing} absent(s) de la numérotation (articles trouvés : {found})",
)
def article_numbering_gap(context: CheckContext) -> Iterator[Hit]:
    """Article numbers skip a value.

    What it checks:
        The article numbers found cover 1 to the highest one without a hole; « Article
        premier » and « Article unique » count as 1. Dash-list items after « DÉCIDE : » are
        not numbered articles and are left out.

    Why:
        A missing article is either lost text (an incomplete extract) or a renumbering mistake
        that makes cross-references (« l'article 3 ci-dessus ») point at the wrong provision.
        A warning: the decision itself stays valid.

    Legal basis:
        None; drafting practice.

    Example:
        « Article 1 », « Article 3 » fires for article 2.
    """
    articles = _numbered(context)
    numbers = {article.number for article in articles}
    if not numbers:
        return
    missing = sorted(set(range(1, max(numbers) + 1)) - numbers)
    if missing:
        after_gap = next(article for article in articles if article.number > missing[0])
        found = ", ".join(str(article.number) for article in articles)
        values = {"missing": ", ".join(map(str, missing)), "found": found}
        yield Hit(after_gap.line, values)


@rule(
    "QP602",
    "article-numbered-twice",
    "warning",
    en="article {number} numbered twice (first at line {first_line})",
    fr="article {number} numéroté deux fois (d'abord ligne {first_line})",
)
def article_numbered_twice(context: CheckContext) -> Iterator[Hit]:
    """Two articles carry the same number.

    What it checks:
        Each article number appears once in the decision.

    Why:
        Two « Article 2 » make every reference to article 2 ambiguous, and usually mean an
        article was inserted without renumbering. A warning: the decision itself stays valid.

    Legal basis:
        None; drafting practice.

    Example:
        « Article 1 », « Article 2 », « Article 2 » fires on the second « Article 2 ».
    """
    first_lines: dict[int, int] = {}
    for article in _numbered(context):
        if article.number in first_lines:
            values = {"number": article.number, "first_line": first_lines[article.number]}
            yield Hit(article.line, values)
        else:
            first_lines[article.number] = article.line
