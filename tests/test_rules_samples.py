"""The rules against the samples: every invalid sample matches its golden findings, every rule
is fired by some sample, and no valid sample triggers anything but ``info``.

``samples/invalid/qpNNN-rule-name.txt`` is a variation of the seed written to fire rule QPNNN;
beside it, ``qpNNN-rule-name.findings.json`` holds every finding ``qpparse.check`` reports on it
(all records of the file, in order). Never edit a golden by hand; regenerate them with::

    QPPARSE_UPDATE_GOLDEN=1 python -m pytest tests/test_rules_samples.py

and read the diff before committing: a golden is a claim about what is wrong with the sample.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

import qpparse
from qpparse.checks import RULES

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
INVALID_SAMPLES = sorted((SAMPLES / "invalid").glob("*.txt"))
VALID_SAMPLES = sorted((SAMPLES / "valid").glob("*.txt"))
UPDATE_GOLDEN = os.environ.get("QPPARSE_UPDATE_GOLDEN") == "1"
GOLDEN_SUFFIX = ".findings.json"


def findings_of(sample: Path) -> list[dict[str, object]]:
    """Every finding on every record of ``sample``, as the golden stores it."""
    found: list[dict[str, object]] = []
    for extract in qpparse.parse_all(qpparse.read(sample)):
        for finding in qpparse.check(extract).findings:
            found.append(
                finding.model_dump(include={"code", "name", "severity", "line", "message"})
            )
    return found


def golden_path(sample: Path) -> Path:
    return sample.with_name(sample.stem + GOLDEN_SUFFIX)


def _ids(paths: list[Path]) -> list[str]:
    return [path.stem for path in paths]


@pytest.mark.parametrize("sample", INVALID_SAMPLES, ids=_ids(INVALID_SAMPLES))
def test_invalid_sample_matches_its_golden(sample: Path) -> None:
    found = findings_of(sample)
    golden = golden_path(sample)
    if UPDATE_GOLDEN:
        golden.write_text(json.dumps(found, ensure_ascii=False, indent=2) + "\n", "utf-8")
    assert golden.is_file(), f"no golden for {sample.name}: run with QPPARSE_UPDATE_GOLDEN=1"
    assert found == json.loads(golden.read_text("utf-8"))


@pytest.mark.parametrize("sample", INVALID_SAMPLES, ids=_ids(INVALID_SAMPLES))
def test_invalid_sample_messages_in_french(sample: Path) -> None:
    """The French templates get the same values as the English ones (no missing key)."""
    for extract in qpparse.parse_all(qpparse.read(sample)):
        english = qpparse.check(extract).findings
        french = qpparse.check(extract, lang="fr").findings
        assert [f.code for f in french] == [f.code for f in english]
        assert all(
            f.message and f.message != e.message for f, e in zip(french, english, strict=True)
        )


@pytest.mark.parametrize("sample", INVALID_SAMPLES, ids=_ids(INVALID_SAMPLES))
def test_invalid_sample_fires_the_rule_it_is_named_after(sample: Path) -> None:
    match = re.match(r"^qp(\d{3})-(.+)$", sample.stem)
    assert match is not None, f"{sample.name} is not named qpNNN-rule-name.txt"
    code, name = f"QP{match[1]}", match[2]
    assert RULES[code].name == name
    assert code in {finding["code"] for finding in findings_of(sample)}


@pytest.fixture(scope="module")
def codes_fired_by_invalid_samples() -> set[str]:
    return {str(finding["code"]) for sample in INVALID_SAMPLES for finding in findings_of(sample)}


@pytest.mark.parametrize("code", sorted(RULES), ids=[f"{c}-{RULES[c].name}" for c in sorted(RULES)])
def test_every_rule_is_fired_by_an_invalid_sample(
    code: str, codes_fired_by_invalid_samples: set[str]
) -> None:
    assert code in codes_fired_by_invalid_samples


def test_every_golden_has_its_sample() -> None:
    goldens = (SAMPLES / "invalid").glob("*" + GOLDEN_SUFFIX)
    orphans = [
        g.name for g in goldens if not g.with_name(g.name[: -len(GOLDEN_SUFFIX)] + ".txt").is_file()
    ]
    assert orphans == []


@pytest.mark.parametrize("sample", VALID_SAMPLES, ids=_ids(VALID_SAMPLES))
def test_valid_sample_has_only_info_findings(sample: Path) -> None:
    not_info = [
        (finding["code"], finding["line"], finding["message"])
        for finding in findings_of(sample)
        if finding["severity"] != "info"
    ]
    assert not_info == []


def test_the_seed_quorum_computation() -> None:
    """Acceptance: N = 35 inferred, covid-p4, ceil(35/3) = 12, 23 counted, reached."""
    seed = SAMPLES / "valid" / "amp-bureau-2022-03-10-quartiers-productifs.txt"
    report = qpparse.check(qpparse.parse(qpparse.read(seed)))
    assert report.quorum is not None
    assert report.quorum.model_dump(exclude={"regime_label", "legal_basis"}) == {
        "in_office": 35,
        "in_office_source": "inferred",
        "regime": "covid-p4",
        "threshold": 12,
        "present": 23,
        "represented": 3,
        "counted": 23,
        "reached": True,
    }
    assert [(f.code, f.severity) for f in report.findings] == [("QP302", "info")]


def test_the_quorum_sample_passes_on_a_covid_date() -> None:
    """Acceptance: 15 present + 3 represented of 35 fails on 13/10/2022, passes on 10/03/2022."""
    sample = SAMPLES / "invalid" / "qp301-quorum-not-reached.txt"
    text = sample.read_text("utf-8")
    ordinary = qpparse.check(qpparse.parse(text))
    covid = qpparse.check(
        qpparse.parse(text.replace("jeudi 13 octobre 2022", "jeudi 10 mars 2022"))
    )
    assert ordinary.quorum is not None
    assert covid.quorum is not None
    assert (ordinary.quorum.threshold, ordinary.quorum.counted) == (18, 15)
    assert (covid.quorum.threshold, covid.quorum.counted) == (12, 15)
    assert "QP301" in {finding.code for finding in ordinary.findings}
    assert "QP301" not in {finding.code for finding in covid.findings}
