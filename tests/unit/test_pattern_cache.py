"""The compiled-pattern cache: same programs as compiling, nothing else ever loaded from it."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from qpparse import lexicon, pattern_cache

SOURCES = sorted(
    {value.pattern for value in vars(lexicon).values() if isinstance(value, lexicon.Pattern)}
)


def test_the_lexicon_has_patterns() -> None:
    assert len(SOURCES) > 100


def test_every_lexicon_pattern_comes_back_as_the_same_program(tmp_path: Path) -> None:
    compiled = {source: regex.compile(source, regex.VERSION1) for source in SOURCES}
    file = tmp_path / "patterns.pickle"
    pattern_cache.write(file, compiled)
    loaded = pattern_cache.read(file)
    assert loaded.keys() == compiled.keys()
    for source, pattern in compiled.items():
        # A pattern pickles to its compiled program: equal pickles, equal programs.
        assert pickle.dumps(loaded[source]) == pickle.dumps(pattern), source
        assert loaded[source].groupindex == pattern.groupindex


def test_a_loaded_pattern_matches_as_the_compiled_one(tmp_path: Path) -> None:
    source = r"(?i)\b(?P<count>\d{1,3})\s+(?:voix|votes?)\s+pour\b"
    file = tmp_path / "patterns.pickle"
    pattern_cache.write(file, {source: regex.compile(source, regex.VERSION1)})
    match = pattern_cache.read(file)[source].search("Adopté par 12 VOIX pour")
    assert match is not None
    assert match["count"] == "12"


class _Trap:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.getenv, ("HOME",))


def test_nothing_but_compiled_patterns_is_loaded(tmp_path: Path) -> None:
    file = tmp_path / "patterns.pickle"
    file.write_bytes(pickle.dumps((pattern_cache._key(), {"x": _Trap()})))
    assert pattern_cache.read(file) == {}


def test_a_file_for_another_lexicon_or_regex_is_ignored(tmp_path: Path) -> None:
    file = tmp_path / "patterns.pickle"
    stale = ("stale", *pattern_cache._key()[1:])
    file.write_bytes(pickle.dumps((stale, {"a": regex.compile("a", regex.VERSION1)})))
    assert pattern_cache.read(file) == {}


@pytest.mark.parametrize("content", [b"", b"\x80\x05garbage", b"not a pickle"])
def test_a_broken_file_is_ignored(tmp_path: Path, content: bytes) -> None:
    file = tmp_path / "patterns.pickle"
    file.write_bytes(content)
    assert pattern_cache.read(file) == {}
    assert pattern_cache.read(tmp_path / "missing.pickle") == {}
    assert pattern_cache.read(None) == {}


def test_an_entry_under_another_source_is_ignored(tmp_path: Path) -> None:
    file = tmp_path / "patterns.pickle"
    file.write_bytes(pickle.dumps((pattern_cache._key(), {"a": regex.compile("b")})))
    assert pattern_cache.read(file) == {}


def test_an_unwritable_place_is_skipped(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    pattern_cache.write(blocker / "sub" / "patterns.pickle", {})  # parent is a file: no error
    pattern_cache.write(None, {})


def _run(script: str, prefix: Path, *, bytecode: bool = True) -> str:
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(prefix)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    )
    return result.stdout


_PARSE = (
    "import sys, qpparse\n"
    "from qpparse import pattern_cache\n"
    "{enable}"
    "print(pattern_cache.cache_file())\n"
    "print(qpparse.parse(qpparse.read(sys.argv[1] if len(sys.argv) > 1 else {seed!r}))"
    ".model_dump_json())\n"
)


def test_a_second_run_reads_what_the_first_compiled(tmp_path: Path, seed_path: Path) -> None:
    script = _PARSE.format(seed=str(seed_path), enable="pattern_cache.enable()\n")
    nothing_written = _run(script, tmp_path / "off", bytecode=False)
    assert not Path(nothing_written.splitlines()[0]).exists()
    first = _run(script, tmp_path / "on")
    file = Path(first.splitlines()[0])
    assert file.is_relative_to(tmp_path / "on")
    assert len(pattern_cache.read(file)) > 50
    second = _run(script, tmp_path / "on")
    assert second == first == nothing_written.replace(str(tmp_path / "off"), str(tmp_path / "on"))


def test_the_library_alone_writes_no_cache(tmp_path: Path, seed_path: Path) -> None:
    """Only a program that enables it (the CLI) keeps patterns: importing qpparse and parsing
    writes nothing into the installation."""
    output = _run(_PARSE.format(seed=str(seed_path), enable=""), tmp_path / "library")
    assert not Path(output.splitlines()[0]).exists()
