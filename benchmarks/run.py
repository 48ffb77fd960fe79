"""Measure qpparse's speed and memory; write benchmarks/RESULTS.md.

Run: ``python benchmarks/run.py`` (a few minutes on a 2-core machine; ``--quick`` for a smoke
run). Figures are given as *ratios* to a baseline measured in the same run (reading the words
of the text once; importing the CLI's dependencies), so that they hold on a noisy machine.
Not part of the test suite: tests never time anything.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import qpparse

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "valid" / "amp-bureau-2022-03-10-quartiers-productifs.txt"
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
WORDS = re.compile(r"\S+")


def best_of(function: Callable[[], object], repeat: int) -> float:
    """The best wall time of ``repeat`` runs: the least disturbed by the rest of the machine."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def library_pass(text: str) -> None:
    """What a script does with one file: parse every record, check it, dump it as JSON."""
    check = getattr(qpparse, "check", None)
    for extract in qpparse.iter_parse(text):  # one record at a time, as a pipeline would
        if check is not None:
            check(extract)
        extract.model_dump_json()


def floor_pass(text: str) -> None:
    """The floor: reading the words of the text once."""
    WORDS.findall(text)


def throughput(repeat: int) -> list[tuple[str, float, float, float]]:
    """Per sample: extracts/s, MB/s, and the ratio of the library's cost to the floor's."""
    rows = []
    seed = SEED.read_text(encoding="utf-8")
    texts = [(f"**{SEED.name}** (the seed)", seed)]
    texts.append(("**the seed flattened to one line**", " ".join(seed.split())))
    for path in sorted(SAMPLES.glob("*/*.txt")):
        texts.append((path.name, path.read_text(encoding="utf-8", errors="replace")))
    for name, text in texts:
        records = len(qpparse.parse_all(text))
        cost = best_of(lambda text=text: library_pass(text), repeat)
        floor = best_of(lambda text=text: floor_pass(text), repeat * 10)
        megabytes = len(text.encode()) / 1e6
        rows.append((name, records / cost, megabytes / cost, cost / floor))
    return rows


def bundle_text(count: int) -> str:
    """A bundle of ``count`` copies of the seed's deliberation under one session header."""
    seed = SEED.read_text(encoding="utf-8")
    return "\n".join([seed] * count)


def attendance_text(count: int) -> str:
    """The seed with ``count`` invented names in its list of members present."""
    seed = SEED.read_text(encoding="utf-8").splitlines()
    names = " - ".join(f"Prénom{index} NOM{chr(65 + index % 26)}{index}" for index in range(count))
    seed[10] = names + "."
    return "\n".join(seed)


def scaling(sizes: list[int], make: Callable[[int], str], repeat: int) -> list[tuple[int, float]]:
    """Seconds per MB for each size: flat means linear time."""
    rows = []
    for size in sizes:
        text = make(size)
        cost = best_of(lambda text=text: library_pass(text), repeat)
        rows.append((size, cost / (len(text.encode()) / 1e6)))
    return rows


def run_command(arguments: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(arguments, check=False, capture_output=True, env=env)
    return time.perf_counter() - start


def installed_environment() -> dict[str, str]:
    """The environment of a user's shell: bytecode caches written and read, as after ``pip
    install``. Without them every run would compile qpparse's sources again, which no installed
    copy does."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def startup(repeat: int) -> tuple[float, float, float]:
    """CLI ``check --format json`` on the seed, the bare import of its dependencies, and the
    import of the library alone (where the CLI's own time goes)."""
    env = installed_environment()
    commands = (
        [sys.executable, "-m", "qpparse", "check", "--format", "json", str(SEED)],
        [sys.executable, "-c", "import typer, pydantic, regex, rich.console"],
        [sys.executable, "-c", "import qpparse"],
    )
    for command in commands:  # warm-up: writes the bytecode caches, fills the disk cache
        run_command(command, env)
    cli, bare, library = (
        statistics.median(run_command(command, env) for _ in range(repeat)) for command in commands
    )
    return cli, bare, library


def jobs(files: int) -> tuple[float, float] | None:
    """``parse --jobs 1`` against ``--jobs 2`` on ``files`` copies of the seed."""
    help_text = subprocess.run(
        [sys.executable, "-m", "qpparse", "parse", "--help"],
        check=False,
        capture_output=True,
        text=True,
    ).stdout
    if "--jobs" not in help_text:
        return None
    with tempfile.TemporaryDirectory() as folder:
        for index in range(files):
            (Path(folder) / f"extract-{index:05d}.txt").write_bytes(SEED.read_bytes())
        base = [sys.executable, "-m", "qpparse", "parse", folder, "--format", "jsonl", "--jobs"]
        return run_command([*base, "1"]), run_command([*base, "2"])


def peak_memory(megabytes: float) -> tuple[float, float]:
    """Peak resident memory (MB) of a process parsing a bundle of about ``megabytes`` MB."""
    copies = max(1, int(megabytes * 1e6 / len(SEED.read_bytes())))
    code = (
        "import resource, sys, qpparse\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from run import bundle_text, library_pass\n"
        f"text = bundle_text({copies})\n"
        "library_pass(text)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).parent)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return len(bundle_text(copies).encode()) / 1e6, float(output.strip().splitlines()[-1])


def adversarial(scale: int) -> tuple[int, int, list[tuple[float, str]]]:
    """Every case of the adversarial corpus (full size at ``scale`` 1): how many, how many over
    the 1 s target, and the five slowest."""
    sys.path.insert(0, str(Path(__file__).parent))
    from adversarial import TARGET_SECONDS, all_cases, run_case  # the script's own timing

    timings = sorted((run_case(case)[0], case.name) for case in all_cases(scale=scale))
    over = sum(seconds > TARGET_SECONDS for seconds, _ in timings)
    return len(timings), over, timings[::-1][:5]


def machine() -> str:
    return (
        f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, qpparse {qpparse.__version__}"
    )


def report(figures: dict[str, object]) -> str:
    """RESULTS.md: the figures, each beside its target."""
    lines = ["# Benchmark results", "", f"Machine: {machine()}", ""]
    lines += ["## Library throughput (parse + check + JSON; target ≤ 10× the floor)", ""]
    lines += ["| sample | extracts/s | MB/s | cost ÷ `\\S+` floor |", "|---|---|---|---|"]
    for name, rate, mbps, ratio in figures["throughput"]:  # type: ignore[attr-defined]
        lines.append(f"| {name} | {rate:,.0f} | {mbps:.2f} | {ratio:.1f}× |")
    for title, key in (
        ("Bundle scaling (extracts)", "bundles"),
        ("Attendance scaling (names)", "names"),
    ):
        lines += ["", f"## {title}: seconds per MB (flat = linear)", ""]
        lines += ["| size | s/MB |", "|---|---|"]
        lines += [f"| {size:,} | {cost:.3f} |" for size, cost in figures[key]]  # type: ignore[attr-defined]
    cli, bare, library = figures["startup"]  # type: ignore[misc]
    lines += ["", "## CLI start-up", ""]
    lines.append(
        f"`qpparse check --format json` on the seed: {cli * 1000:.0f} ms; "
        f"`import typer, pydantic, regex, rich.console`: {bare * 1000:.0f} ms; "
        f"ratio {cli / bare:.2f}× (target ≤ 2.0×). `import qpparse` alone: {library * 1000:.0f} ms."
    )
    lines += ["", "## Parallel runs", ""]
    jobs_figures = figures["jobs"]
    if jobs_figures is None:
        lines.append("`--jobs` is not available in this version.")
    else:
        one, two = jobs_figures  # type: ignore[misc]
        lines.append(
            f"{figures['job_files']} files: --jobs 1 {one:.1f} s, --jobs 2 {two:.1f} s, "
            f"speed-up {one / two:.2f}× (target ≥ 1.6×)."
        )
    size, peak = figures["memory"]  # type: ignore[misc]
    lines += ["", "## Peak memory", ""]
    lines.append(f"A {size:.1f} MB bundle: peak resident memory {peak:.0f} MB (target ≤ 200 MB).")
    count, over, slowest = figures["adversarial"]  # type: ignore[misc]
    lines += ["", "## Adversarial inputs (parse + check)", ""]
    lines.append(f"{count} cases; {over} over 1 s (target: none). The slowest:")
    lines += ["", "| case | seconds |", "|---|---|"]
    lines += [f"| {name} | {seconds:.2f} |" for seconds, name in slowest]
    return "\n".join(lines) + "\n"


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    quick = options.parse_args().quick
    repeat = 2 if quick else 5
    figures: dict[str, object] = {
        "throughput": throughput(repeat),
        "bundles": scaling([1, 10] if quick else [1, 10, 100, 1000], bundle_text, 1),
        "names": scaling([10, 100] if quick else [10, 100, 1000, 10000], attendance_text, 2),
        "startup": startup(3 if quick else 10),
        "job_files": 20 if quick else 1000,
        "jobs": jobs(20 if quick else 1000),
        "memory": peak_memory(1 if quick else 10),
        "adversarial": adversarial(scale=10 if quick else 1),
    }
    RESULTS.write_text(report(figures), encoding="utf-8")
    sys.stdout.write(RESULTS.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
