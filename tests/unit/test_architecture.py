"""Architecture: the core is a plain library, and the French words live in one place.

- Nothing outside ``qpparse.cli`` imports typer or rich, checked twice: by importing every core
  module in a fresh interpreter, and by reading the source (an import inside a function, which
  the first check would miss until the function runs).
- Regular expressions are compiled in ``qpparse/lexicon.py`` only.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import qpparse

PACKAGE = Path(qpparse.__file__).resolve().parent
FORBIDDEN = ("typer", "rich", "click")  # click comes with typer
LEXICON = PACKAGE / "lexicon.py"


def _module_name(file: Path) -> str:
    parts = file.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _core_files() -> list[Path]:
    return sorted(
        file
        for file in PACKAGE.rglob("*.py")
        if "cli" not in file.relative_to(PACKAGE).parts and file.name != "__main__.py"
    )


CORE_FILES = _core_files()
CORE_MODULES = [_module_name(file) for file in CORE_FILES]


def test_the_core_is_not_empty() -> None:
    assert {"qpparse", "qpparse.parse", "qpparse.lexicon", "qpparse.extract.attendance"} <= set(
        CORE_MODULES
    )
    assert not any(module.startswith("qpparse.cli") for module in CORE_MODULES)


def test_importing_the_core_loads_no_cli_library() -> None:
    script = (
        "import importlib, json, sys\n"
        f"modules = {CORE_MODULES!r}\n"
        "failed = {}\n"
        "for name in modules:\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except Exception as error:\n"
        "        failed[name] = repr(error)\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        "print(json.dumps({'failed': failed, 'loaded': loaded}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["failed"] == {}
    assert report["loaded"] == []


def test_parsing_loads_no_cli_library(seed_path: Path) -> None:
    script = (
        "import sys, qpparse\n"
        f"qpparse.parse(qpparse.read({str(seed_path)!r}))\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def _imports(tree: ast.AST) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, node.lineno))
    return found


@pytest.mark.parametrize("file", CORE_FILES, ids=[_module_name(file) for file in CORE_FILES])
def test_no_cli_import_in_the_source(file: Path) -> None:
    tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
    bad = [(name, line) for name, line in _imports(tree) if name.split(".")[0] in FORBIDDEN]
    assert bad == []


def test_the_static_scan_can_fail() -> None:
    tree = ast.parse("def f():\n    import rich.console\n    from typer import Typer\n")
    assert [name for name, _ in _imports(tree)] == ["rich.console", "typer"]


# --- French words and regular expressions live in lexicon.py -------------------------------------
# The parsing pipeline (read → normalise → segment → extract) reads French: all its patterns are
# in the lexicon. The checks and the exports read the model, not the text; they may keep a
# technical pattern of their own (a rule code, a SIRET) but never one that spells a word.
NOT_PIPELINE = frozenset({"checks", "export"})
PIPELINE_FILES = [
    file
    for file in CORE_FILES
    if file != LEXICON and file.relative_to(PACKAGE).parts[0] not in NOT_PIPELINE
]
OTHER_FILES = [file for file in CORE_FILES if file.relative_to(PACKAGE).parts[0] in NOT_PIPELINE]

_REGEX_MODULES = frozenset({"re", "regex"})
_REGEX_FUNCTIONS = frozenset(
    {"compile", "search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"}
)


def _regex_calls(tree: ast.AST) -> list[tuple[str, ast.Call | None]]:
    """Calls such as ``re.compile(…)``, ``regex.search(…)``, and ``from re import compile``."""
    uses: list[tuple[str, ast.Call | None]] = []
    aliases = set(_REGEX_MODULES)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            aliases |= {
                alias.asname or alias.name for alias in node.names if alias.name in _REGEX_MODULES
            }
        elif isinstance(node, ast.ImportFrom) and node.module in _REGEX_MODULES:
            uses.extend(
                (f"from {node.module} import {alias.name}", None)
                for alias in node.names
                if alias.name in _REGEX_FUNCTIONS
            )
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in aliases
            and node.func.attr in _REGEX_FUNCTIONS
        ):
            uses.append((f"{node.func.value.id}.{node.func.attr}", node))
    return uses


def _names_of(files: list[Path]) -> list[str]:
    return [_module_name(file) for file in files]


@pytest.mark.parametrize("file", PIPELINE_FILES, ids=_names_of(PIPELINE_FILES))
def test_the_pipeline_compiles_no_pattern_of_its_own(file: Path) -> None:
    tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
    assert [(use, call.lineno if call else None) for use, call in _regex_calls(tree)] == []


# Regex syntax that holds letters but no word: escapes (\d, \p{Lu}), classes ([a-z]), group
# names, flags.
_NOT_WORDS = (
    r"\\[pP]\{[^}]*\}",
    r"\\[a-zA-Z]",
    r"\[[^\]]*\]",
    r"\(\?P?<[^>]*>",
    r"\(\?[a-zA-Z]+\)",
)


def _words_in_pattern(pattern: str) -> list[str]:
    import re

    for syntax in _NOT_WORDS:
        pattern = re.sub(syntax, " ", pattern)
    return re.findall(r"[^\W\d_]{3,}", pattern)


def _pattern_literals(tree: ast.AST) -> list[tuple[int, str]]:
    literals: list[tuple[int, str]] = []
    for _, call in _regex_calls(tree):
        if call is None or not call.args:
            continue
        for node in ast.walk(call.args[0]):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.append((node.lineno, node.value))
    return literals


@pytest.mark.parametrize("file", OTHER_FILES, ids=_names_of(OTHER_FILES))
def test_no_word_pattern_outside_the_lexicon(file: Path) -> None:
    tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
    worded = [
        (line, literal) for line, literal in _pattern_literals(tree) if _words_in_pattern(literal)
    ]
    assert worded == []


def test_the_lexicon_does_compile_patterns() -> None:
    tree = ast.parse(LEXICON.read_text(encoding="utf-8"))
    assert "regex.compile" in {use for use, _ in _regex_calls(tree)}


def test_the_regex_scans_can_fail() -> None:
    tree = ast.parse(
        "import re\nimport regex as rx\nfrom re import sub\n"
        "A = re.compile(r'^\\s*considerant\\b')\nB = rx.search(r'\\d{14}[a-z]', 'y')\n"
    )
    assert sorted(use for use, _ in _regex_calls(tree)) == [
        "from re import sub",
        "re.compile",
        "rx.search",
    ]
    worded = [literal for _, literal in _pattern_literals(tree) if _words_in_pattern(literal)]
    assert worded == [r"^\s*considerant\b"]


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"^\s*considerant\b", ["considerant"]),
        (r"(?P<count>\d{1,4})\s+voix\s+pour", ["voix", "pour"]),
        (r"\d{14}", []),
        (r"[^a-z0-9]+", []),
        (r"^QP\d{3}$", []),
        (r"\p{Lu}{2,4}", []),
        (r"(?i)x", []),
    ],
)
def test_words_in_pattern(pattern: str, words: list[str]) -> None:
    assert _words_in_pattern(pattern) == words


@pytest.mark.parametrize(
    "word",
    ["présents", "excusés", "représenté", "délibère", "considérant", "certifié", "unanimité"],
)
def test_no_french_marker_word_in_the_pipeline_code(word: str) -> None:
    """String values in pipeline modules do not spell the words the parser looks for.

    Docstrings and comments may quote them; only string literals used as values count.
    """
    offenders: list[str] = []
    for file in PIPELINE_FILES:
        tree = ast.parse(file.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        offenders.extend(
            f"{_module_name(file)}:{node.lineno}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and word in node.value.lower()
        )
    assert offenders == []


# --- No import circle ---------------------------------------------------------------------------
# Every import of a qpparse module counts, at module level or inside a function (a lazy import
# breaks no circle: it only delays it) and under ``if TYPE_CHECKING`` (mypy reads it). A module
# importing its own package's ``__init__`` implicitly is not counted: Python does that for any
# submodule.
ALL_FILES = sorted(file for file in PACKAGE.rglob("*.py"))
ALL_MODULES = {_module_name(file): file for file in ALL_FILES}


def _qpparse_imports(module: str, tree: ast.AST, is_package: bool) -> set[str]:
    """The qpparse modules ``module`` imports: ``from a import b`` names ``a.b`` if a module."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")[: None if is_package else -1]
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            for alias in node.names:
                child = f"{target}.{alias.name}"
                found.add(child if child in ALL_MODULES else target)
    return {name for name in found if name in ALL_MODULES and name != module}


def _import_graph(sources: dict[str, tuple[str, bool]]) -> dict[str, set[str]]:
    return {
        module: _qpparse_imports(module, ast.parse(text), is_package)
        for module, (text, is_package) in sources.items()
    }


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    circles.append(sorted(component))
    return circles


def test_no_import_circle_among_qpparse_modules() -> None:
    sources = {
        module: (file.read_text(encoding="utf-8"), file.name == "__init__.py")
        for module, file in ALL_MODULES.items()
    }
    assert _circles(_import_graph(sources)) == []


def test_the_circle_scan_can_fail() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _circles(graph) == [["a", "b", "c"]]
    app = "def run():\n    from .docs import main\n"
    docs = "from qpparse.cli import app\n"
    assert _qpparse_imports("qpparse.cli.app", ast.parse(app), False) == {"qpparse.cli.docs"}
    assert _qpparse_imports("qpparse.cli.docs", ast.parse(docs), False) == {"qpparse.cli.app"}
