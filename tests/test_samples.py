"""Golden files: the parse output of every ``samples/valid/*.txt`` is compared exactly.

Regenerate with ``QPPARSE_UPDATE_GOLDEN=1 python -m pytest tests/test_samples.py`` and read the
diff before committing: a golden is a claim about what the sample says.
"""

from __future__ import annotations

from pathlib import Path


def test_golden(valid_sample: Path, golden) -> None:
    golden.check(valid_sample)


def test_the_seed_has_a_golden(seed_path: Path, golden) -> None:
    assert golden.path_for(seed_path).is_file()


def test_every_golden_has_its_sample(samples_dir: Path) -> None:
    """A golden left behind by a renamed or deleted sample would never be compared again."""
    valid = samples_dir / "valid"
    orphans = [
        golden.name
        for golden in valid.glob("*.json")
        if not any(
            sibling.stem == golden.stem and sibling.suffix != ".json" for sibling in valid.iterdir()
        )
    ]
    assert orphans == []
