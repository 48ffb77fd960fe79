"""Pick the renderer of ``qpparse check`` by format name.

A renderer is a pure function ``(reports, context) -> str``: it formats, it never decides. Only the
text renderer needs Rich, and it is imported on first use so that CI formats start fast.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from qpparse.checks.report import Report

from . import render_github, render_json, render_junit, render_sarif
from .render_context import RenderContext

Renderer = Callable[[Sequence[Report], RenderContext], str]


def _render_text(reports: Sequence[Report], context: RenderContext) -> str:
    from .render_text import render  # here: Rich is slow to import

    return render(reports, context)


REPORTERS: dict[str, Renderer] = {
    "text": _render_text,
    "json": render_json.render,
    "jsonl": render_json.render_lines,
    "github": render_github.render,
    "sarif": render_sarif.render,
    "junit": render_junit.render,
}
