"""The lexicon's compiled patterns, kept between runs beside the bytecode.

``regex`` parses a pattern in Python: the ~140 patterns a ``qpparse check`` of one file needs
cost more than half of its run (about 250 ms of 560 ms), the same in every process. A compiled
pattern pickles to the program ``regex`` built (no parsing on loading): loading them all back
costs a few milliseconds.

The file lives in the package's ``__pycache__`` (or under ``sys.pycache_prefix``) and follows the
bytecode's rules: written only when Python writes bytecode, silently skipped where it cannot be.
It is valid for one ``regex`` version, one Python and one ``lexicon.py`` (its size and time, as a
``.pyc`` holds its source's); any other file is ignored and replaced. Loading it accepts nothing
but ``regex``'s compiled patterns: no other object can come out of it. Entries are looked up by
the pattern's source, so a stale entry can never answer for another pattern.
"""

from __future__ import annotations

import atexit
import importlib.util
import io
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

import regex

_FORMAT = 1
_LEXICON = Path(__file__).with_name("lexicon.py")


def cache_file() -> Path | None:
    """Where the cache lives, or None where Python keeps no bytecode cache either."""
    try:
        bytecode = Path(importlib.util.cache_from_source(str(_LEXICON)))
    except NotImplementedError:  # sys.implementation.cache_tag is None
        return None
    return bytecode.with_name(f"lexicon.{sys.implementation.cache_tag}.patterns.pickle")


def _key() -> tuple[Any, ...]:
    try:
        stat = _LEXICON.stat()
    except OSError:
        return (_FORMAT, regex.__version__, sys.implementation.cache_tag, None)
    version = (_FORMAT, regex.__version__, sys.implementation.cache_tag)
    return (*version, stat.st_mtime_ns, stat.st_size)


class _PatternsOnly(pickle.Unpickler):
    """Unpickles ``regex``'s compiled patterns (and plain data), refuses any other class."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a compiled pattern")


def read(file: Path | None) -> dict[str, regex.Pattern[str]]:
    """The patterns in ``file`` when it was written for this lexicon and ``regex``, else none."""
    if file is None:
        return {}
    try:
        key, patterns = _PatternsOnly(io.BytesIO(file.read_bytes())).load()
    except Exception:  # missing, unreadable, truncated, foreign: the cache is only a cache
        return {}
    if key != _key() or not isinstance(patterns, dict):
        return {}
    return {
        source: pattern
        for source, pattern in patterns.items()
        if isinstance(pattern, regex.Pattern) and pattern.pattern == source
    }


def write(file: Path | None, patterns: dict[str, regex.Pattern[str]]) -> None:
    """Replace ``file`` at once (a concurrent reader sees the old file or the new one)."""
    if file is None:
        return
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=file.parent, prefix=file.name, suffix=".tmp")
        temporary = Path(name)
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump((_key(), patterns), out, protocol=pickle.HIGHEST_PROTOCOL)
            temporary.replace(file)
        except BaseException:
            temporary.unlink()
            raise
    except OSError:  # a read-only install: like bytecode, the cache is skipped
        pass


class _Cache:
    """The patterns loaded or compiled so far, by source; the file is read on first use."""

    def __init__(self) -> None:
        self.patterns: dict[str, regex.Pattern[str]] | None = None
        self.changed = False
        self.enabled = False

    def loaded(self) -> dict[str, regex.Pattern[str]]:
        if self.patterns is None:
            self.patterns = read(cache_file())
        return self.patterns

    def save(self) -> None:
        write(cache_file(), self.loaded())


_CACHE = _Cache()


def enable() -> None:
    """Keep and reuse the compiled patterns in this process (the CLI does, at start-up).

    Off by default: a program that imports the library writes nothing into the installation
    unless it asks to, and the parser core does no file I/O of its own.
    """
    _CACHE.enabled = True


def get(source: str) -> regex.Pattern[str] | None:
    """The compiled pattern of ``source`` kept by an earlier run, if any."""
    return _CACHE.loaded().get(source) if _CACHE.enabled else None


def put(source: str, compiled: regex.Pattern[str]) -> regex.Pattern[str]:
    """Keep ``compiled`` for the next runs (written when the interpreter exits); returns it."""
    if not _CACHE.enabled:
        return compiled
    _CACHE.loaded()[source] = compiled
    if not _CACHE.changed and not sys.dont_write_bytecode:
        _CACHE.changed = True
        atexit.register(_CACHE.save)
    return compiled
