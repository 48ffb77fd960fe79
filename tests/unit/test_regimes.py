"""The rule sets in force by date, and the quorum thresholds they give."""

from __future__ import annotations

import datetime as dt

import pytest

from qpparse.checks import regimes
from qpparse.checks.regimes import (
    choose_regime,
    covid_threshold,
    one_third_rounding_is_uncertain,
    ordinary_threshold,
    regime_on,
)


@pytest.mark.parametrize(
    ("day", "key"),
    [
        (dt.date(2020, 3, 23), "ordinary"),
        (dt.date(2020, 3, 24), "covid-p1a"),
        (dt.date(2020, 4, 2), "covid-p1a"),
        (dt.date(2020, 4, 3), "covid-p1b"),
        (dt.date(2020, 7, 10), "covid-p1b"),
        (dt.date(2020, 7, 11), "covid-p2"),
        (dt.date(2020, 8, 30), "covid-p2"),
        (dt.date(2020, 8, 31), "ordinary"),
        (dt.date(2020, 11, 14), "ordinary"),
        (dt.date(2020, 11, 15), "covid-p3"),
        (dt.date(2021, 9, 30), "covid-p3"),
        (dt.date(2021, 10, 1), "ordinary"),
        (dt.date(2021, 11, 10), "ordinary"),
        (dt.date(2021, 11, 11), "covid-p4"),
        (dt.date(2022, 3, 10), "covid-p4"),
        (dt.date(2022, 7, 31), "covid-p4"),
        (dt.date(2022, 8, 1), "ordinary"),
        (dt.date(2019, 6, 1), "ordinary"),
    ],
)
def test_regime_on_each_boundary_day(day: dt.date, key: str) -> None:
    assert regime_on(day).key == key


@pytest.mark.parametrize(
    ("in_office", "ordinary", "covid"),
    [(35, 18, 12), (240, 121, 80), (9, 5, 3), (8, 5, 3), (11, 6, 4)],
)
def test_thresholds(in_office: int, ordinary: int, covid: int) -> None:
    assert ordinary_threshold(in_office) == ordinary
    assert covid_threshold(in_office) == covid
    assert regimes.ORDINARY.threshold(in_office) == ordinary
    assert regimes.COVID_P4.threshold(in_office) == covid


def test_only_p1b_counts_represented_members_and_covid_allows_two_proxies() -> None:
    counting = [regime.key for regime in regimes.COVID_REGIMES if regime.counts_represented]
    assert counting == ["covid-p1b"]
    assert {regime.max_proxies for regime in regimes.COVID_REGIMES} == {2}
    assert regimes.ORDINARY.max_proxies == 1


@pytest.mark.parametrize(
    ("authority", "body", "counts"),
    [
        ("departement", "commission-permanente", True),
        ("region", "commission-permanente", True),
        ("departement", "conseil", False),
        ("metropole", "bureau", False),
        (None, None, False),
    ],
)
def test_ordinary_rules_count_proxies_only_in_commissions_permanentes(
    authority: str | None, body: str | None, counts: bool
) -> None:
    assert regimes.counts_represented(regimes.ORDINARY, authority, body) is counts
    assert regimes.counts_represented(regimes.COVID_P4, authority, body) is False
    assert regimes.counts_represented(regimes.COVID_P1B, authority, body) is True


def test_legal_basis_follows_the_authority() -> None:
    assert "L3121-14-1" in regimes.legal_basis(
        regimes.ORDINARY, "departement", "commission-permanente"
    )
    assert "L5211-1" in regimes.legal_basis(regimes.ORDINARY, "metropole", "bureau")
    assert regimes.legal_basis(regimes.ORDINARY, None, None) == "CGCT art. L2121-17, L2121-20"
    assert "2021-1465" in regimes.legal_basis(regimes.COVID_P4, "commune", None)


@pytest.mark.parametrize(
    ("day", "choice", "key"),
    [
        (dt.date(2022, 3, 10), "auto", "covid-p4"),
        (dt.date(2022, 3, 10), "ordinary", "ordinary"),
        (dt.date(2020, 5, 1), "covid", "covid-p1b"),
        (dt.date(2019, 5, 1), "covid", "covid-p4"),
        (None, "covid", "covid-p4"),
        (None, "ordinary", "ordinary"),
    ],
)
def test_choose_regime(day: dt.date | None, choice: regimes.RegimeChoice, key: str) -> None:
    chosen = choose_regime(day, choice)
    assert chosen is not None
    assert chosen.key == key


def test_no_date_and_automatic_choice_gives_no_regime() -> None:
    assert choose_regime(None, "auto") is None


@pytest.mark.parametrize(
    ("day", "other"),
    [
        (dt.date(2020, 4, 2), "covid-p1b"),
        (dt.date(2020, 4, 3), "covid-p1a"),
        (dt.date(2020, 11, 14), "covid-p3"),
        (dt.date(2020, 11, 16), "ordinary"),
        (dt.date(2021, 11, 10), "covid-p4"),
        (dt.date(2021, 11, 11), "ordinary"),
    ],
)
def test_uncertain_days_have_an_alternative(day: dt.date, other: str) -> None:
    alternative = regimes.alternative_regime(day)
    assert alternative is not None
    assert alternative.key == other
    assert alternative.key != regime_on(day).key


def test_ordinary_days_have_no_alternative() -> None:
    assert regimes.alternative_regime(dt.date(2022, 3, 10)) is None


@pytest.mark.parametrize(
    ("in_office", "counted", "uncertain"),
    [(9, 3, True), (9, 4, False), (9, 2, False), (35, 12, False), (36, 12, True), (240, 80, True)],
)
def test_one_third_rounding(in_office: int, counted: int, uncertain: bool) -> None:
    assert one_third_rounding_is_uncertain(in_office, counted) is uncertain


def test_ordinary_rules_cover_no_period_of_their_own() -> None:
    assert not regimes.ORDINARY.covers(dt.date(2022, 3, 10))
    assert regimes.ORDINARY.label("fr").startswith("régime de droit commun")
    assert regimes.COVID_P4.label("en").startswith("COVID rules of 11/11/2021")
