"""Read, parse and check many inputs, in one process or spread over several.

Results come back in input order whatever ``--jobs`` is, one :class:`Outcome` per input, as
soon as it (and every input before it) is ready: ``parse --format jsonl`` streams them.

Error policy: an input that cannot be used does not stop the batch. Its outcome carries one
message (and the traceback, for ``--debug``); the command reports it on stderr once the output
is written and exits 2. Any other exception raised while reading one input (a parser bug) is
reported the same way, as an internal error, so one odd file cannot sink a run of thousands.

Pydantic models pickle, so outcomes cross process boundaries as they are.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO

from qpparse.errors import QpparseError
from qpparse.model import Extract, Record
from qpparse.parse import parse_all
from qpparse.source import read

from .errors import fail
from .inputs import Input

if TYPE_CHECKING:
    from qpparse.checks import Language, Report
    from qpparse.checks.regimes import RegimeChoice

# Below this many inputs a run is short: a progress bar would only flicker.
PROGRESS_MIN_INPUTS = 21


@dataclass(frozen=True, slots=True)
class CheckSettings:
    """What ``check`` needs besides the extract; ``None`` in a :class:`Task` means parse only."""

    in_office: int | None = None
    regime: RegimeChoice = "auto"
    lang: Language = "en"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


# What a worker sends back besides reports: the models (show, export), their JSON form
# (parse), or nothing (check). Plain JSON data pickles several times faster than Pydantic
# models, and with --jobs the parent process must not spend longer unpickling than the
# workers spent parsing.
Keep = Literal["models", "json", "positions"]


@dataclass(frozen=True, slots=True)
class Task:
    input: Input
    max_bytes: int
    check: CheckSettings | None = None
    keep: Keep = "models"


@dataclass(slots=True)
class Outcome:
    """What one input gave: its extracts (several for a bundle) and their reports, or an error.

    ``extracts`` holds the models, ``documents`` their JSON form, as the task asked;
    ``positions`` always says where each extract sits in a bundle.
    """

    path: str
    extracts: list[Extract] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    error: str | None = None
    trace: str | None = None
    documents: list[dict[str, Any]] = field(default_factory=list)
    positions: list[Record | None] = field(default_factory=list)


def work(task: Task) -> Outcome:
    """Read, parse and (when asked) check one input; never raises."""
    path = task.input.path
    try:
        return _process(task)
    except QpparseError as error:
        return Outcome(path, error=str(error), trace=traceback.format_exc())
    except Exception as error:
        message = f"{path}: internal error ({type(error).__name__}: {error}); see --debug"
        return Outcome(path, error=message, trace=traceback.format_exc())


def _process(task: Task) -> Outcome:
    data = task.input.data
    origin = data if data is not None else Path(task.input.path)
    source = read(origin, path=task.input.path, max_bytes=task.max_bytes)
    extracts = list(parse_all(source))
    outcome = Outcome(task.input.path, positions=[extract.record for extract in extracts])
    if task.check is not None:
        outcome.reports = _check_all(extracts, task.check)
    if task.keep == "models":
        outcome.extracts = extracts
    elif task.keep == "json":
        outcome.documents = [extract.model_dump(mode="json") for extract in extracts]
    return outcome


def _check_all(extracts: list[Extract], settings: CheckSettings) -> list[Report]:
    from qpparse.checks import check  # here: parse alone does not pay for the rules

    return [
        check(
            extract,
            in_office=settings.in_office,
            regime=settings.regime,
            lang=settings.lang,
            select=settings.select,
            ignore=settings.ignore,
        )
        for extract in extracts
    ]


def workers(jobs: int) -> int:
    """``--jobs``: 0 means one process per CPU this process may use."""
    if jobs > 0:
        return jobs
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity else os.cpu_count() or 1


def run(
    inputs: Sequence[Input],
    *,
    jobs: int = 1,
    max_bytes: int,
    check: CheckSettings | None = None,
    keep: Keep = "models",
) -> Iterator[Outcome]:
    """One outcome per input, in input order, with a progress bar when it is worth one."""
    tasks = [Task(item, max_bytes, check, keep) for item in inputs]
    outcomes = _outcomes(tasks, workers(jobs))
    if progress_wanted(len(tasks), sys.stderr):
        return _with_progress(outcomes, len(tasks))
    return outcomes


def _outcomes(tasks: list[Task], processes: int) -> Iterator[Outcome]:
    if processes == 1 or len(tasks) <= 1:
        yield from map(work, tasks)
        return
    # Imported here: a run over one file (a pre-commit hook) never starts a pool.
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(max_workers=min(processes, len(tasks)))
    try:
        yield from pool.map(work, tasks, chunksize=_chunk_size(len(tasks), processes))
    except BrokenProcessPool:
        fail("a worker process stopped abruptly (out of memory?); try a lower --jobs")
    finally:
        # An early stop (an error, a closed pipe) must not wait for files nobody will read.
        pool.shutdown(wait=True, cancel_futures=True)


def _chunk_size(count: int, processes: int) -> int:
    # Several files per round trip amortise the pickling; four chunks per process keep the
    # load even when some files are much longer than others.
    return max(1, min(32, count // (processes * 4)))


def progress_wanted(count: int, stream: TextIO) -> bool:
    """A bar only for a person watching: a terminal on stderr, not dumb, and a long run."""
    if count < PROGRESS_MIN_INPUTS or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _with_progress(outcomes: Iterator[Outcome], total: int) -> Iterator[Outcome]:
    from rich.console import Console  # here: only a person at a terminal pays for Rich
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    # The first outcome is awaited before the bar starts: that submits every task, so the
    # worker processes are forked before the bar's refresh thread exists (forking a process
    # that runs threads can deadlock the child).
    first = next(outcomes, None)
    if first is None:
        return
    console = Console(file=sys.stderr, highlight=False, markup=False, emoji=False)
    columns = (TextColumn("reading"), BarColumn(), MofNCompleteColumn())
    # Output streamed to the same terminal must print above the bar, not through it; output
    # piped elsewhere is data and is never routed through the bar's console (on stderr).
    redirect = sys.stdout.isatty()
    with Progress(*columns, console=console, transient=True, redirect_stdout=redirect) as bar:
        task = bar.add_task("reading", total=total, completed=1)
        yield first
        for outcome in outcomes:
            yield outcome
            bar.advance(task)
