"""The twins' accuracy never falls below its recorded figures, and the corpus stays well formed.

``benchmarks/accuracy.py`` scores the parser on ``samples/twins`` (our texts with the layouts of
real ones); ``--record`` writes the figures to ``benchmarks/accuracy-twins.json``. A change that
reads the twins worse than recorded, beyond a small margin, fails here: record again only when
the drop is understood and accepted.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
TWINS = ROOT / "samples" / "twins"
CORPUS = ROOT / "benchmarks" / "corpus"
MARGIN = 0.02


def _accuracy() -> ModuleType:
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["accuracy"] = module
    spec.loader.exec_module(module)
    return module


accuracy = _accuracy()


@pytest.fixture(scope="module")
def figures() -> dict[str, Any]:
    result: dict[str, Any] = accuracy.score("twins").overall.figures()
    return result


def _recorded() -> dict[str, Any]:
    recorded: dict[str, Any] = json.loads(accuracy.RECORD.read_text(encoding="utf-8"))
    return recorded


@pytest.mark.parametrize(
    "path",
    [
        ("names", "f1"),
        ("names", "precision"),
        ("names", "recall"),
        ("session_facts",),
        ("scalars",),
    ],
)
def test_twins_read_at_least_as_well_as_recorded(
    figures: dict[str, Any], path: tuple[str, ...]
) -> None:
    now, then = figures, _recorded()
    for key in path:
        now, then = now[key], then[key]
    assert now >= then - MARGIN, f"{'.'.join(path)} fell from {then:.3f} to {now:.3f}"


def test_twins_invent_no_more_than_recorded(figures: dict[str, Any]) -> None:
    assert figures["invented"] <= _recorded()["invented"] + MARGIN / 2


def test_every_twin_has_labels_with_exactly_the_documented_keys() -> None:
    texts = sorted(TWINS.glob("*.txt"))
    assert len(texts) >= 120
    for text in texts:
        label = json.loads(text.with_suffix(".json").read_text(encoding="utf-8"))
        assert set(label) == accuracy.LABEL_KEYS, text.name


def test_every_manifest_row_has_its_labels_and_its_twin() -> None:
    with (CORPUS / "manifest.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert {"id", "url", "sha256", "kind", "layout", "year"} <= set(rows[0])
    for row in rows:
        label = json.loads((CORPUS / "labels" / f"{row['id']}.json").read_text(encoding="utf-8"))
        assert set(label) == accuracy.LABEL_KEYS, row["id"]
        assert (TWINS / f"{row['id']}.txt").is_file(), row["id"]
        assert len(row["sha256"]) == 64, row["id"]


def test_real_texts_are_never_tracked_by_git() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "benchmarks/corpus/.real"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if tracked.returncode != 0:
        pytest.skip("not a git checkout")
    assert tracked.stdout == ""


@pytest.mark.parametrize(
    ("wanted", "given", "same"),
    [
        ("DURAND Jeanne", "Jeanne Durand", True),
        ("Jean-Pierre ROUX", "Jean Pierre ROUX", True),
        ("René LÉGER", "Rene LEGER", True),
        ("ROUX", "Jeanne ROUX", False),
    ],
)
def test_names_compare_without_accents_case_or_word_order(
    wanted: str, given: str, same: bool
) -> None:
    assert (accuracy.name_key(wanted) == accuracy.name_key(given)) is same


@pytest.mark.parametrize(
    ("key", "wanted", "given", "same"),
    [
        ("collectivity", "SACLAS", "Commune de Saclas", True),
        ("collectivity", "Commune de Saclas", "Commune de", False),
        ("body", "Conseil municipal", "Conseil Municipal", True),
        (
            "title",
            "Budget primitif 2022 du port",
            "BUDGET PRIMITIF 2022 DU PORT DE PLAISANCE",
            True,
        ),
        ("title", "Budget primitif 2022", "Compte administratif 2021", False),
        ("deliberation_number", "2018/42", "n° 2018/42", True),
        ("deliberation_number", "DCM 2016-061", "2016-061", True),
        ("deliberation_number", "2018-03-01", "2018-03", False),
        ("articles_count", 0, None, True),
        ("declared_present", 12, None, False),
    ],
)
def test_fields_compare_as_documented(key: str, wanted: Any, given: Any, same: bool) -> None:
    assert accuracy.same(key, wanted, given) is same
