"""Pick the renderer of ``qpparse check`` by format name.

A renderer is a pure function ``(reports, context) -> str``: it formats, it never decides. Each
renderer's module is imported on first use: a run prints one format, and some are slow to import
(Rich for text, the XML library for JUnit).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping, Sequence

from qpparse.checks.report import Report

from .render_context import RenderContext

Renderer = Callable[[Sequence[Report], RenderContext], str]

# Format name → (module of qpparse.cli, function).
_RENDERERS: dict[str, tuple[str, str]] = {
    "text": ("render_text", "render"),
    "json": ("render_json", "render"),
    "jsonl": ("render_json", "render_lines"),
    "github": ("render_github", "render"),
    "sarif": ("render_sarif", "render"),
    "junit": ("render_junit", "render"),
}


class _Reporters(Mapping[str, Renderer]):
    """The renderers by format name, each imported when it is first looked up."""

    def __getitem__(self, name: str) -> Renderer:
        module, function = _RENDERERS[name]
        renderer: Renderer = getattr(importlib.import_module(f"{__package__}.{module}"), function)
        return renderer

    def __iter__(self) -> Iterator[str]:
        return iter(_RENDERERS)

    def __len__(self) -> int:
        return len(_RENDERERS)


REPORTERS: Mapping[str, Renderer] = _Reporters()
