"""Each rule on small hand-built extracts: it fires on the defect, and stays quiet without it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from qpparse import parse
from qpparse.checks import RULES, check, delays, select_rules
from qpparse.checks.registry import DOC_HEADINGS
from qpparse.model import (
    ActesId,
    Article,
    Attendance,
    Citation,
    CountChange,
    Counts,
    Extract,
    Line,
    Named,
    Person,
    Proxy,
    Session,
    Signature,
    Source,
    Span,
    Vote,
)

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SESSION_DAY = dt.date(2022, 3, 10)  # a Thursday, in covid-p4
ORDINARY_DAY = dt.date(2022, 10, 13)  # a Thursday, ordinary rules


def member(index: int, line: int = 11) -> Person:
    return Person(name=f"Camille MEMBRE{index:02d}", line=line)


def proxy(giver: Person, holder: Person | None, line: int = 15) -> Proxy:
    return Proxy(member=giver, holder=holder, line=line)


def make_extract(
    *,
    day: dt.date | None = SESSION_DAY,
    weekday: str | None = "jeudi",
    present: int = 23,
    represented: list[Proxy] | None = None,
    excused: int = 9,
    absent: list[Person] | None = None,
    counts: Counts | None = None,
    **fields: object,
) -> Extract:
    """A healthy Bureau extract (23 present, 3 represented, 9 excused) unless told otherwise."""
    present_people = [member(index) for index in range(present)]
    if represented is None:
        represented = [proxy(member(100 + i), present_people[i]) for i in range(3)]
    excused_people = [member(200 + index, line=19) for index in range(excused)]
    defaults: dict[str, object] = {
        "source": Source(sha256="0" * 64, encoding="utf-8", line_count=90),
        "authority": Named(name="Métropole Exemple", kind="metropole", line=3),
        "body": Named(name="Bureau de la Métropole", kind="bureau", line=3),
        "session": Session(date=day, weekday=weekday, line=5, counts=counts or Counts()),
        "attendance": Attendance(
            present=present_people,
            represented=represented,
            excused=excused_people,
            absent=absent or [],
        ),
        "articles": [
            Article(number=n, label=f"Article {n}", text="…", line=70 + n) for n in (1, 2)
        ],
        "vote": Vote(outcome="adopted", text="mise aux voix est adoptée", line=82),
        "signature": Signature(formula="Certifié Conforme", line=84),
    }
    return Extract.model_validate({**defaults, **fields})


def fired(extract: Extract, code: str, **options: object) -> list[str]:
    """Messages of rule ``code`` on ``extract`` (in English)."""
    report = check(extract, select=[code], **options)  # type: ignore[arg-type]
    return [finding.message for finding in report.findings]


# --- the registry ----------------------------------------------------------------------------


def test_the_healthy_extract_only_reports_the_inferred_n() -> None:
    report = check(make_extract())
    assert [(finding.code, finding.severity) for finding in report.findings] == [("QP302", "info")]


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_rule_is_documented_in_both_languages(code: str) -> None:
    rule = RULES[code]
    assert set(rule.messages) == {"en", "fr"}
    assert list(rule.sections) == list(DOC_HEADINGS)
    assert all(rule.sections.values())


def test_select_and_ignore_take_codes_prefixes_and_names() -> None:
    assert {rule.code for rule in select_rules(["QP3"])} == {
        code for code in RULES if code.startswith("QP3")
    }
    assert [rule.code for rule in select_rules(["self-proxy"])] == ["QP404"]
    assert "QP106" not in {rule.code for rule in select_rules(ignore=["qp106"])}
    with pytest.raises(ValueError, match="QP9"):
        select_rules(["QP9"])


def test_findings_carry_the_messages_in_french() -> None:
    report = check(make_extract(), lang="fr")
    assert report.findings[0].message.startswith("membres en exercice non indiqués : N = 35")


def test_the_quorum_is_computed_even_when_its_rules_are_ignored() -> None:
    report = check(make_extract(), ignore=["QP3"])
    assert report.findings == []
    assert report.quorum is not None
    assert (report.quorum.threshold, report.quorum.counted) == (12, 23)


# --- QP1xx structure -------------------------------------------------------------------------


def test_missing_session_date() -> None:
    assert fired(make_extract(day=None, weekday=None), "QP101")
    assert not fired(make_extract(), "QP101")


def test_missing_attendance() -> None:
    empty = make_extract(present=0, represented=[], excused=0)
    assert fired(empty, "QP102")
    assert not fired(
        make_extract(present=0, represented=[], excused=0, counts=Counts(present=12)), "QP102"
    )
    assert check(empty).quorum is None


def test_missing_articles_vote_and_signature() -> None:
    assert fired(make_extract(articles=[]), "QP103")
    assert fired(make_extract(vote=None), "QP104")
    assert fired(make_extract(signature=None), "QP105")
    healthy = make_extract()
    assert not fired(healthy, "QP103") + fired(healthy, "QP104") + fired(healthy, "QP105")


def test_unrecognised_text_makes_one_finding_per_block() -> None:
    lines = [Line(line=n, text=f"texte {n}") for n in (30, 32, 40)]
    spans = [Span(field="visas", line=35, end_line=36)]
    messages = fired(make_extract(unrecognised=lines, spans=spans), "QP106")
    assert messages == [
        "2 unrecognised line(s), lines 30–32: « texte 30 texte 32 »",
        "1 unrecognised line(s), lines 40–40: « texte 40 »",
    ]
    assert not fired(make_extract(), "QP106")


# --- QP2xx counts ----------------------------------------------------------------------------


def test_present_count_mismatch() -> None:
    assert fired(make_extract(counts=Counts(present=24, line=7)), "QP201") == [
        "24 members declared present but 23 listed present"
    ]
    assert not fired(make_extract(counts=Counts(present=23, line=7)), "QP201")


def test_represented_count_mismatch() -> None:
    assert fired(make_extract(counts=Counts(represented=4)), "QP202") == [
        "4 members declared represented but 3 proxies listed"
    ]
    assert not fired(make_extract(counts=Counts(represented=3)), "QP202")


def test_voters_count_mismatch_uses_declared_numbers_first() -> None:
    declared = Counts(present=23, represented=3, voters=27)
    assert fired(make_extract(counts=declared), "QP203") == [
        "27 voters declared but 23 present + 3 represented = 26"
    ]
    assert fired(make_extract(counts=Counts(voters=25)), "QP203")  # lists: 23 + 3
    assert not fired(make_extract(counts=Counts(voters=26)), "QP203")


def test_in_office_count_mismatch() -> None:
    assert fired(make_extract(counts=Counts(in_office=36)), "QP204") == [
        "36 members declared in office but the lists name 35"
    ]
    assert not fired(make_extract(counts=Counts(in_office=35)), "QP204")


def _with_sitting_substitute(counts: Counts | None = None) -> Extract:
    """23 present, one of them the suppléante of Yves TITULAIRE, who is listed excused too."""
    extract = make_extract(counts=counts)
    substitute = Person(name="Inès SUPPLEANTE", line=12, substitute_for="Yves Titulaire")
    extract.attendance.present[-1] = substitute
    extract.attendance.excused.append(Person(name="Yves TITULAIRE", line=19))
    return extract


def test_in_office_count_counts_a_sitting_substitute_as_the_titulaire() -> None:
    """36 names in the lists, 35 seats: the suppléante holds Yves TITULAIRE's seat."""
    assert not fired(_with_sitting_substitute(counts=Counts(in_office=35)), "QP204")
    assert fired(_with_sitting_substitute(counts=Counts(in_office=36)), "QP204") == [
        "36 members declared in office but the lists name 35"
    ]
    # Without the « suppléante de » annotation the two names are two seats.
    unannotated = _with_sitting_substitute(counts=Counts(in_office=35))
    unannotated.attendance.present[-1] = Person(name="Inès SUPPLEANTE", line=12)
    assert fired(unannotated, "QP204") == ["35 members declared in office but the lists name 36"]


def test_the_inferred_n_counts_a_sitting_substitute_once() -> None:
    extract = _with_sitting_substitute()
    quorum = check(extract).quorum
    assert quorum is not None
    assert (quorum.in_office, quorum.present) == (35, 23)
    assert fired(extract, "QP302") == [
        "members in office not stated: N = 35 inferred from the lists (23 present + 3 "
        "represented + 10 excused + 0 absent − 1 titulaire(s) whose suppléant sits); give the "
        "number of members in office to override"
    ]


def test_in_office_count_on_a_parsed_substitute() -> None:
    """The syndicat sample, its titulaire also listed absent: 11 names, 10 seats."""
    text = (SAMPLES / "valid" / "attendance-syndicat-communes.txt").read_text("utf-8")
    text = text.replace("6 membres.", "6 membres.\nMembres en exercice : 10")
    text = text.replace("M. Yann CAZAL", "M. Yann CAZAL\nM. Yves VALLAURI")
    extract = parse(text)
    assert extract.session.counts.in_office == 10
    assert [p.name for p in extract.attendance.absent] == ["Yann CAZAL", "Yves VALLAURI"]
    assert not fired(extract, "QP204")


# --- QP3xx quorum ----------------------------------------------------------------------------


def _fifteen_present(day: dt.date) -> Extract:
    return make_extract(day=day, weekday=None, present=15, excused=17)


def test_quorum_not_reached_under_ordinary_rules_proxies_not_counted() -> None:
    messages = fired(_fifteen_present(ORDINARY_DAY), "QP301")
    assert len(messages) == 1
    assert "15 counted (present only), 18 needed out of N = 35" in messages[0]
    assert "L2121-17" in messages[0]


def test_quorum_reached_on_a_covid_date() -> None:
    extract = _fifteen_present(SESSION_DAY)
    assert not fired(extract, "QP301")
    quorum = check(extract).quorum
    assert quorum is not None
    assert (quorum.regime, quorum.threshold, quorum.reached) == ("covid-p4", 12, True)


def test_forced_regimes() -> None:
    assert fired(_fifteen_present(SESSION_DAY), "QP301", regime="ordinary")
    assert not fired(_fifteen_present(ORDINARY_DAY), "QP301", regime="covid")


def test_declared_and_given_in_office() -> None:
    declared = make_extract(counts=Counts(in_office=80))
    assert fired(declared, "QP301")  # 23 < ceil(80/3) = 27
    assert not fired(declared, "QP302")
    quorum = check(make_extract(), in_office=70).quorum
    assert quorum is not None
    assert (quorum.in_office, quorum.in_office_source, quorum.threshold) == (70, "option", 24)


def test_p1b_counts_represented_members() -> None:
    extract = make_extract(day=dt.date(2020, 5, 14), weekday=None, present=10, excused=27)
    quorum = check(extract).quorum
    assert quorum is not None
    assert (quorum.in_office, quorum.threshold, quorum.counted) == (40, 14, 13)
    assert fired(extract, "QP301")


def test_commission_permanente_counts_represented_in_ordinary_times() -> None:
    body = Named(name="Commission permanente", kind="commission-permanente")
    authority = Named(name="Département", kind="departement")
    extract = make_extract(
        day=ORDINARY_DAY, weekday=None, present=16, excused=16, body=body, authority=authority
    )
    quorum = check(extract).quorum
    assert quorum is not None
    assert (quorum.threshold, quorum.counted, quorum.reached) == (18, 19, True)
    assert "L3121-14-1" in quorum.legal_basis


def test_uncertain_day_accepts_either_rule_set() -> None:
    extract = make_extract(day=dt.date(2021, 11, 10), weekday=None, present=15, excused=17)
    assert not fired(extract, "QP301")  # ordinary on the table, covid-p4 accepted
    assert fired(extract, "QP303")
    assert not fired(make_extract(), "QP303")


def test_in_office_inferred_says_how() -> None:
    assert fired(make_extract(), "QP302") == [
        "members in office not stated: N = 35 inferred from the lists (23 present + 3 "
        "represented + 9 excused + 0 absent); give the number of members in office to override"
    ]
    assert not fired(make_extract(), "QP302", in_office=35)


def test_one_third_rounding_uncertain() -> None:
    nine = make_extract(present=3, represented=[], excused=6)
    assert fired(nine, "QP304")
    assert not fired(make_extract(present=4, represented=[], excused=5), "QP304")
    assert not fired(make_extract(day=ORDINARY_DAY, weekday=None, present=5, excused=4), "QP304")


def test_declared_quorum_mismatch() -> None:
    def declared(quorum: int, day: dt.date | None = ORDINARY_DAY, n: int | None = 35) -> list[str]:
        counts = Counts(in_office=n, quorum_declared=quorum)
        return fired(make_extract(day=day, weekday=None, counts=counts), "QP305")

    assert not declared(18)  # floor(35/2) + 1
    assert declared(17) == [
        "quorum declared as 17, but N = 35 (declared) gives 18 under the ordinary rules "
        "(majority of members in office) (accepted: 18)"
    ]
    assert not declared(12, SESSION_DAY)  # ceil(35/3), covid-p4
    assert not declared(18, SESSION_DAY)  # the ordinary quorum, stated in a COVID period
    # 36 is a multiple of 3: 13 is the strict reading of « le tiers », accepted too.
    assert not fired(make_extract(counts=Counts(in_office=36, quorum_declared=13)), "QP305")
    assert fired(make_extract(counts=Counts(in_office=36, quorum_declared=14)), "QP305") == [
        "quorum declared as 14, but N = 36 (declared) gives 12 under the COVID rules of "
        "11/11/2021–31/07/2022 (one third present) (accepted: 12, 13, 19)"
    ]
    assert not declared(12, dt.date(2021, 11, 10))  # uncertain day: covid-p4 accepted too
    assert not fired(make_extract(counts=Counts(in_office=35)), "QP305")
    assert not declared(18, day=None)  # no date, no rule set


def test_declared_quorum_against_an_inferred_n_fires_only_below() -> None:
    """N = 35 inferred from lists that may leave members out: a higher quorum may be right."""

    def declared(quorum: int) -> list[str]:
        counts = Counts(quorum_declared=quorum)
        return fired(make_extract(day=ORDINARY_DAY, weekday=None, counts=counts), "QP305")

    assert not declared(20)
    assert declared(17) == [
        "quorum declared as 17, but N = 35 (inferred from the lists) gives 18 under the ordinary "
        "rules (majority of members in office) (accepted: 18)"
    ]


def _changes(*present: int, represented: int | None = None) -> list[CountChange]:
    return [
        CountChange(
            scope=f"A partir du point {i + 2}", present=p, represented=represented, line=8 + i
        )
        for i, p in enumerate(present)
    ]


def test_quorum_lost_during_session() -> None:
    def lost(*present: int, day: dt.date = ORDINARY_DAY, **counts: int) -> list[str]:
        session = Session(
            date=day, line=5, counts=Counts(**counts), count_changes=_changes(*present)
        )
        return fired(make_extract(session=session), "QP306")

    assert lost(20, 17) == [
        "quorum not reached « A partir du point 3 »: 17 counted, 18 needed out of N = 35 under "
        "the ordinary rules (majority of members in office)"
    ]
    assert not lost(18)
    assert not lost(12, day=SESSION_DAY)  # ceil(35/3)
    assert lost(11, day=SESSION_DAY)
    assert lost(20, in_office=40)  # the session's declared N, not the lists
    assert not lost(11, day=dt.date(2020, 5, 14))  # covid-p1b counts the 3 represented: 14 ≥ 12


def test_quorum_lost_reads_the_restated_n_and_represented() -> None:
    change = CountChange(scope="Point 4", in_office=30, present=16, represented=0, line=8)
    session = Session(date=ORDINARY_DAY, line=5, count_changes=[change])
    assert not fired(make_extract(session=session), "QP306")  # 16 ≥ floor(30/2) + 1
    p1b = dt.date(2020, 5, 14)
    change = CountChange(scope="Point 4", present=10, represented=1, line=8)
    session = Session(date=p1b, line=5, count_changes=[change])
    assert fired(make_extract(session=session), "QP306")  # 11 < ceil(35/3)
    assert not fired(make_extract(session=Session(date=None, count_changes=[change])), "QP306")
    voters_only = CountChange(scope="Point 5", voters=3, line=8)
    session = Session(date=ORDINARY_DAY, line=5, count_changes=[voters_only])
    assert not fired(make_extract(session=session), "QP306")  # no number present: nothing to check


# --- QP4xx proxies ---------------------------------------------------------------------------


def test_too_many_proxies_depends_on_the_period() -> None:
    holder = member(0)
    two = [proxy(member(100), holder), proxy(member(101), holder)]
    assert not fired(make_extract(represented=two), "QP401")
    assert fired(make_extract(day=ORDINARY_DAY, weekday=None, represented=two), "QP401") == [
        "Camille MEMBRE00 holds 2 proxies; at most 1 allowed under the ordinary rules "
        "(majority of members in office)"
    ]
    three = [*two, proxy(member(102), Person(name="camille membre00", line=15))]
    assert fired(make_extract(represented=three), "QP401")
    assert not fired(make_extract(day=None, weekday=None, represented=three), "QP401")


def test_proxy_holder_not_present() -> None:
    outsider = [proxy(member(100), member(300))]
    assert fired(make_extract(represented=outsider), "QP402")
    assert not fired(make_extract(), "QP402")
    assert not fired(make_extract(represented=[proxy(member(100), None)]), "QP402")


def test_proxy_giver_present() -> None:
    assert fired(make_extract(represented=[proxy(member(5), member(6))]), "QP403")
    assert not fired(make_extract(), "QP403")


def test_self_proxy_ignores_case_and_accents() -> None:
    giver = Person(name="Hélène ROUX", line=15)
    assert fired(
        make_extract(represented=[proxy(giver, Person(name="Helene Roux", line=15))]), "QP404"
    )
    assert not fired(make_extract(), "QP404")


def test_member_listed_twice() -> None:
    extract = make_extract(absent=[Person(name="camille membre01", line=21)])
    assert fired(extract, "QP405") == ["camille membre01 is listed 2 times (present, absent)"]
    # Present and represented at once is QP403's finding, not a second one here.
    assert not fired(make_extract(represented=[proxy(member(5), member(6))]), "QP405")
    assert not fired(make_extract(), "QP405")


def test_holder_is_unknown() -> None:
    assert fired(make_extract(represented=[proxy(member(100), None)]), "QP406")
    assert not fired(make_extract(), "QP406")


def test_secretary_not_a_member() -> None:
    def with_secretary(name: str, **person: object) -> Extract:
        secretary = Person(name=name, line=9, **person)
        return make_extract(session=Session(date=SESSION_DAY, line=5, secretary=secretary))

    assert fired(with_secretary("Sylvie NOIRAUD"), "QP407") == [
        "secretary Sylvie NOIRAUD is in none of the attendance lists"
    ]
    assert not fired(with_secretary("camille membre03"), "QP407")
    assert not fired(with_secretary("Camille MEMBRE200"), "QP407")  # excused: still a member
    # Named by family name only: matched when one member bears it.
    family_only = with_secretary("DURAND")  # as the parser gives « Mme DURAND »
    assert fired(family_only, "QP407")
    family_only.attendance.present[5] = Person(name="Anne DURAND", family_name="DURAND", line=11)
    assert not fired(family_only, "QP407")
    assert not fired(with_secretary("le Maire"), "QP407")  # named by role: not compared
    nobody = make_extract(present=0, represented=[], excused=0)
    nobody.session.secretary = Person(name="Sylvie NOIRAUD", line=9)
    assert not fired(nobody, "QP407")


def test_a_family_name_shared_by_two_members_matches_nobody() -> None:
    extract = make_extract(absent=[Person(name="Paul DURAND", family_name="DURAND", line=21)])
    extract.attendance.present[0] = Person(name="Anne DURAND", family_name="DURAND", line=11)
    extract.session.secretary = Person(name="DURAND", family_name="DURAND", line=9)
    assert fired(extract, "QP407")


def test_signatory_absent() -> None:
    def signed_by(name: str) -> Extract:
        signature = Signature(
            formula="Certifié Conforme", signatory=Person(name=name, line=86), line=84
        )
        return make_extract(signature=signature)

    assert fired(signed_by("Camille MEMBRE201"), "QP408") == [
        "signatory Camille MEMBRE201 is listed as excused, not present"
    ]
    assert fired(signed_by("Camille MEMBRE100"), "QP408") == [
        "signatory Camille MEMBRE100 is listed as represented, not present"
    ]
    assert not fired(signed_by("Camille MEMBRE01"), "QP408")
    # A président certifying the extract of a session a vice-président chaired: no list names them.
    assert not fired(signed_by("Odile PRESIDENTE"), "QP408")
    assert not fired(signed_by("la Présidente"), "QP408")
    assert not fired(make_extract(), "QP408")


# --- QP5xx dates -----------------------------------------------------------------------------


def test_weekday_mismatch() -> None:
    assert fired(make_extract(weekday="mercredi"), "QP501") == [
        "session dated « mercredi » 10/03/2022, but that day is a Thursday"
    ]
    assert not fired(make_extract(), "QP501")
    assert not fired(make_extract(weekday=None), "QP501")


def test_date_after_session_reads_the_first_date_of_each_visa() -> None:
    late = Citation(text="L'avis du conseil du 14 mars 2022", line=58)
    fine = Citation(text="La convention du 1er janvier 2022 au 31 décembre 2024", line=59)
    messages = fired(make_extract(visas=[late, fine]), "QP502")
    assert messages == [
        "visa dated 14/03/2022, after the session of 10/03/2022: "
        "« L'avis du conseil du 14 mars 2022 »"
    ]
    assert not fired(make_extract(visas=[fine]), "QP502")


def _stamp(day: dt.date | None) -> ActesId:
    return ActesId(
        department="013", siren="200054807", date=day, number="2022_31", nature="DE", line=88
    )


def test_actes_date_before_session() -> None:
    def stamped(day: dt.date | None) -> list[str]:
        extract = make_extract()
        extract.deliberation.actes_id = _stamp(day)
        return fired(extract, "QP503")

    assert stamped(dt.date(2022, 3, 9)) == [
        "@CTES stamp of act 2022_31 dated 09/03/2022, before the session of 10/03/2022"
    ]
    assert not stamped(SESSION_DAY)  # transmitted the evening of the session
    assert not stamped(dt.date(2022, 3, 14))
    assert not stamped(None)


@pytest.mark.parametrize(
    ("authority", "body", "sent", "late"),
    [
        ("commune", "conseil-municipal", dt.date(2022, 10, 9), False),  # 10, 11, 12: 3 francs
        ("commune", "conseil-municipal", dt.date(2022, 10, 10), True),  # 2 jours francs
        (None, None, dt.date(2022, 10, 9), False),  # unknown: the commune's 3
        ("metropole", "bureau", dt.date(2022, 10, 7), False),  # 8 … 12: 5 francs
        ("metropole", "bureau", dt.date(2022, 10, 8), True),
        ("syndicat", "comite-syndical", dt.date(2022, 10, 8), True),
        ("departement", "conseil-departemental", dt.date(2022, 10, 1), False),  # 12 days
        ("departement", "conseil-departemental", dt.date(2022, 10, 2), True),
        ("departement", "commission-permanente", dt.date(2022, 10, 12), False),  # not settled
        ("metropole", "conseil-de-territoire", dt.date(2022, 10, 12), False),
    ],
)
def test_convocation_too_late(
    authority: str | None, body: str | None, sent: dt.date, late: bool
) -> None:
    session = Session(date=ORDINARY_DAY, line=5, convocation_date=sent)
    extract = make_extract(
        session=session,
        authority=Named(name="Autorité", kind=authority) if authority else None,
        body=Named(name="Organe", kind=body) if body else None,
    )
    assert bool(fired(extract, "QP504")) is late


def test_convocation_too_late_says_which_delay() -> None:
    session = Session(date=ORDINARY_DAY, line=5, convocation_date=dt.date(2022, 10, 11))
    commune = Named(name="Commune de Lauzerac", kind="commune")
    messages = fired(make_extract(session=session, authority=commune, body=None), "QP504")
    assert messages == [
        "convocation dated 11/10/2022, session on 13/10/2022: 1 jour(s) franc(s), at least 3 "
        "required (population unknown: 3 as for communes under 3 500 inhabitants, 5 from 3 500)"
    ]
    assert not fired(make_extract(session=Session(date=ORDINARY_DAY, line=5)), "QP504")


def test_jours_francs_leave_out_the_day_sent_and_the_day_of_the_meeting() -> None:
    monday, friday = dt.date(2022, 10, 3), dt.date(2022, 10, 7)
    assert delays.COMMUNE.elapsed(monday, friday) == 3
    assert delays.COMMUNE.met(monday, friday)
    assert not delays.COMMUNE.met(monday, friday - dt.timedelta(days=1))
    assert delays.DEPARTEMENT.elapsed(monday, friday) == 4  # plain days


# --- QP6xx numbering -------------------------------------------------------------------------


def _articles(*numbers: int) -> list[Article]:
    return [
        Article(number=n, label=f"Article {n}", text="…", line=70 + i)
        for i, n in enumerate(numbers)
    ]


def test_article_numbering_gap() -> None:
    assert fired(make_extract(articles=_articles(1, 3, 5)), "QP601") == [
        "article(s) 2, 4 missing from the numbering (articles found: 1, 3, 5)"
    ]
    assert fired(make_extract(articles=_articles(2)), "QP601")
    assert not fired(make_extract(articles=_articles(1, 2, 3)), "QP601")


def test_article_numbered_twice() -> None:
    assert fired(make_extract(articles=_articles(1, 2, 2)), "QP602") == [
        "article 2 numbered twice (first at line 71)"
    ]
    assert not fired(make_extract(articles=_articles(1, 2)), "QP602")


# --- QP7xx votes -----------------------------------------------------------------------------


def _vote(**fields: object) -> Vote:
    return Vote.model_validate({"text": "…", "line": 82, "outcome": "adopted", **fields})


def test_vote_arithmetic() -> None:
    too_many = _vote(**{"for": 20, "against": 5, "abstentions": 2})
    assert fired(make_extract(vote=too_many), "QP701") == [
        "27 votes cast (20 for, 5 against, 2 abstentions) but only 26 voters"
    ]
    assert not fired(make_extract(vote=_vote(**{"for": 20, "against": 6})), "QP701")
    assert fired(make_extract(vote=_vote(**{"for": 20}), counts=Counts(voters=19)), "QP701")


def test_unanimous_with_opposition() -> None:
    assert fired(make_extract(vote=_vote(unanimous=True, against=2)), "QP702")
    assert not fired(make_extract(vote=_vote(unanimous=True, abstentions=3)), "QP702")
    rejected = _vote(outcome="rejected", unanimous=True, against=20)
    assert not fired(make_extract(vote=rejected), "QP702")
    assert fired(
        make_extract(vote=_vote(outcome="rejected", unanimous=True, **{"for": 1})), "QP702"
    )


@pytest.mark.parametrize(
    ("outcome", "votes_for", "against", "contradiction"),
    [
        ("adopted", 10, 12, True),
        ("rejected", 12, 10, True),
        ("adopted", 12, 10, False),
        ("rejected", 10, 12, False),
        ("adopted", 11, 11, False),  # casting vote of the president
        ("rejected", 11, 11, False),  # secret ballot, or the president voted against
    ],
)
def test_outcome_contradicts_counts(
    outcome: str, votes_for: int, against: int, contradiction: bool
) -> None:
    vote = _vote(outcome=outcome, against=against, **{"for": votes_for})
    assert bool(fired(make_extract(vote=vote), "QP703")) is contradiction


def test_outcome_needs_both_counts() -> None:
    assert not fired(make_extract(vote=_vote(outcome="rejected", **{"for": 12})), "QP703")


def test_not_voting_counted() -> None:
    """23 present + 3 represented = 26 voters; one member does not take part."""
    nppv = [Person(name="Camille MEMBRE04", line=80)]
    all_counted = _vote(not_voting=nppv, abstentions=2, **{"for": 24})
    assert fired(make_extract(vote=all_counted), "QP704") == [
        "Camille MEMBRE04 did not take part in the vote, yet 26 votes (24 for, 0 against, "
        "2 abstentions) = every voter (23 present + 3 represented)"
    ]
    assert not fired(make_extract(vote=_vote(not_voting=nppv, **{"for": 25})), "QP704")
    assert not fired(make_extract(vote=_vote(**{"for": 26})), "QP704")
    assert not fired(make_extract(vote=_vote(not_voting=nppv, unanimous=True)), "QP704")


def test_a_code_or_name_cannot_be_registered_twice() -> None:
    from qpparse.checks.registry import rule

    with pytest.raises(ValueError, match="registered twice"):
        rule("QP999", "self-proxy", "error", en="x", fr="x")(lambda context: iter(()))
    assert "QP999" not in RULES


def test_report_counts_findings_by_severity() -> None:
    report = check(make_extract(signature=None, articles=[]))
    assert (report.errors, report.warnings, report.infos) == (1, 1, 1)


def test_numbering_rules_leave_dash_list_items_out() -> None:
    items = [
        Article(number=n, label="", text="…", line=70 + n, numbered=False) for n in (1, 2, 2, 4)
    ]
    assert not fired(make_extract(articles=items), "QP601")
    assert not fired(make_extract(articles=items), "QP602")
