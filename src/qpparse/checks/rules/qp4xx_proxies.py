"""QP4xx, proxies and lists: who holds whose vote, and who is listed where."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from qpparse.checks.context import CheckContext, ListedMember
from qpparse.checks.registry import Hit, rule
from qpparse.frenchtext import name_key
from qpparse.model import Proxy

from ._wording import list_names

_PROXY_BASIS = "CGCT art. L2121-20, L3121-16, L4132-15"


@rule(
    "QP401",
    "too-many-proxies",
    "error",
    en="{holder} holds {count} proxies; at most {allowed} allowed under the {regime_en}",
    fr="{holder} détient {count} pouvoirs ; {allowed} au plus autorisé(s) selon le {regime_fr}",
    legal_basis=f"{_PROXY_BASIS}; loi n° 2020-290 art. 10; loi n° 2020-1379 art. 6 IV; "
    "loi n° 2021-1465 art. 10",
)
def too_many_proxies(context: CheckContext) -> Iterator[Hit]:
    """A member holds more proxies than the rules of the session date allow.

    What it checks:
        The number of « représenté par » entries per holder (names compared without accents
        or case) against 1 under ordinary rules, 2 in the COVID periods. Skipped when the
        session date, hence the rule set, is unknown.

    Why:
        « Un même conseiller municipal ne peut être porteur que d'un seul pouvoir » (two during
        the COVID periods): a vote cast under an excess proxy is irregular.

    Legal basis:
        CGCT art. L2121-20 (communes, EPCI), L3121-16 (départements), L4132-15 (régions);
        loi n° 2020-290 art. 10, loi n° 2020-1379 art. 6 IV, loi n° 2021-1465 art. 10.

    Example:
        On 13 October 2022, « A représenté par C - B représenté par C » fires for C.
    """
    regime, allowed = context.regime, context.max_proxies()
    if regime is None or allowed is None:
        return
    basis = regime.legal_basis if regime.covid else _PROXY_BASIS
    for proxies in _by_holder(context.extract.attendance.represented).values():
        if len(proxies) > allowed:
            holder = proxies[0].holder.name if proxies[0].holder else ""
            values = {"holder": holder, "count": len(proxies), "allowed": allowed}
            labels = {"regime_en": regime.label_en, "regime_fr": regime.label_fr}
            yield Hit(proxies[allowed].line, {**values, **labels}, basis)


def _by_holder(proxies: list[Proxy]) -> dict[str, list[Proxy]]:
    grouped: dict[str, list[Proxy]] = defaultdict(list)
    for proxy in proxies:
        if proxy.holder is not None:
            grouped[name_key(proxy.holder.name)].append(proxy)
    return grouped


@rule(
    "QP402",
    "proxy-holder-not-present",
    "error",
    en="proxy holder {holder} (for {member}) is not in the list of members present",
    fr="le mandataire {holder} (pour {member}) ne figure pas parmi les membres présents",
    legal_basis=_PROXY_BASIS,
)
def proxy_holder_not_present(context: CheckContext) -> Iterator[Hit]:
    """A proxy is held by someone not listed as present.

    What it checks:
        Every named proxy holder appears in the list of members present (accent- and
        case-insensitive). Skipped when the extract has no list of members present.

    Why:
        A proxy is a power to vote in the giver's name at the session: only a member who
        attends can use it.

    Legal basis:
        CGCT art. L2121-20 (« donner à un collègue de son choix pouvoir écrit de voter en son
        nom »), L3121-16, L4132-15.

    Example:
        « Paul DURAND représenté par Anne MARTIN » where Anne MARTIN is listed as excused fires.
    """
    present = context.present_keys
    if not present:
        return
    for proxy in context.extract.attendance.represented:
        if proxy.holder is not None and name_key(proxy.holder.name) not in present:
            yield Hit(proxy.line, {"holder": proxy.holder.name, "member": proxy.member.name})


@rule(
    "QP403",
    "proxy-giver-present",
    "error",
    en="{member} is listed as represented (by {holder}) and also as present",
    fr="{member} est listé(e) représenté(e) (par {holder}) et aussi présent(e)",
    legal_basis=_PROXY_BASIS,
)
def proxy_giver_present(context: CheckContext) -> Iterator[Hit]:
    """A member who gave a proxy is also listed as present.

    What it checks:
        No member under « absents et représentés » appears in the list of members present.

    Why:
        A proxy is given by a member « empêché d'assister à une séance »; listed both ways, the
        member is counted twice in the voters and possibly in the quorum.

    Legal basis:
        CGCT art. L2121-20, L3121-16, L4132-15.

    Example:
        Anne MARTIN listed present and « Anne MARTIN représentée par Paul DURAND » fires.
    """
    present = context.present_keys
    for proxy in context.extract.attendance.represented:
        if name_key(proxy.member.name) in present:
            holder = proxy.holder.name if proxy.holder else "?"
            yield Hit(proxy.line, {"member": proxy.member.name, "holder": holder})


@rule(
    "QP404",
    "self-proxy",
    "error",
    en="{member} is represented by themselves",
    fr="{member} est représenté(e) par lui-même ou elle-même",
    legal_basis=_PROXY_BASIS,
)
def self_proxy(context: CheckContext) -> Iterator[Hit]:
    """A member is written as their own proxy holder.

    What it checks:
        In each « X représenté par Y », X and Y are different people (accent- and
        case-insensitive comparison).

    Why:
        A proxy is given « à un collègue »: a member cannot be represented by themselves. This
        is usually a copy error that hides who really held the vote.

    Legal basis:
        CGCT art. L2121-20, L3121-16, L4132-15.

    Example:
        « Paul DURAND représenté par Paul Durand » fires.
    """
    for proxy in context.extract.attendance.represented:
        if proxy.holder is not None and name_key(proxy.holder.name) == name_key(proxy.member.name):
            yield Hit(proxy.line, {"member": proxy.member.name})


@rule(
    "QP405",
    "member-listed-twice",
    "error",
    en="{name} is listed {count} times ({lists_en})",
    fr="{name} figure {count} fois dans les listes ({lists_fr})",
    legal_basis="CGCT art. L2121-17, L2121-20",
)
def member_listed_twice(context: CheckContext) -> Iterator[Hit]:
    """The same person appears twice in the attendance lists.

    What it checks:
        Names across the lists of members present, represented, excused and absent, and within
        each list, compared without accents, case or hyphens. Present-and-represented is left
        to QP403. Proxy holders are not counted as mentions.

    Why:
        A member counted twice inflates the quorum, the voters or the inferred N.

    Legal basis:
        CGCT art. L2121-17 (quorum), L2121-20 (voters).

    Example:
        « Hélène ROUX » present and « Helene ROUX » excused fires.
    """
    mentions: dict[str, list[ListedMember]] = defaultdict(list)
    for listed in context.listed_members():
        mentions[name_key(listed.person.name)].append(listed)
    for found in mentions.values():
        lists = [listed.list_name for listed in found]
        if len(found) < 2 or sorted(lists) == ["present", "represented"]:
            continue
        values = {"name": found[1].person.name, "count": len(found), **list_names(lists)}
        yield Hit(found[1].person.line, values)


@rule(
    "QP406",
    "holder-is-unknown",
    "info",
    en="{count} represented member(s) without a named proxy holder ({members}): proxy rules "
    "not checked for them",
    fr="{count} membre(s) représenté(s) sans mandataire nommé ({members}) : règles des pouvoirs "
    "non vérifiées pour eux",
)
def holder_is_unknown(context: CheckContext) -> Iterator[Hit]:
    """Members are listed as represented without saying by whom.

    What it checks:
        Entries under « absents et représentés » with no « représenté par … » holder.

    Why:
        Without the holder, QP401 and QP402 cannot be checked for these proxies; the checker
        says so instead of passing them silently.

    Legal basis:
        None for the extract itself (the written proxy must name the holder, not the extract).

    Example:
        « Etaient absents et représentés : Paul DURAND - Anne MARTIN. » reports both.
    """
    unknown = [proxy for proxy in context.extract.attendance.represented if proxy.holder is None]
    if unknown:
        members = ", ".join(proxy.member.name for proxy in unknown)
        yield Hit(unknown[0].line, {"count": len(unknown), "members": members})


@rule(
    "QP407",
    "secretary-not-a-member",
    "warning",
    en="secretary {name} is in none of the attendance lists",
    fr="le ou la secrétaire {name} ne figure dans aucune liste de présence",
    legal_basis="CGCT art. L2121-15, L5211-1",
)
def secretary_not_a_member(context: CheckContext) -> Iterator[Hit]:
    """The secretary of the session is not among the members listed.

    What it checks:
        The « secrétaire de séance » appears in one of the lists (present, represented, excused,
        absent), names compared without accents, case or hyphens; a secretary named by family
        name only matches the one member of that name. Skipped when the extract lists nobody,
        and for a secretary named by role only (« M. le Maire »).

    Why:
        The body appoints « un ou plusieurs de ses membres » as secretary; staff may assist but
        not hold the office. A secretary outside the lists is either not a member or a member
        the lists forgot, and the lists then understate N or the members present.

    Legal basis:
        CGCT art. L2121-15 al. 1 (communes), L5211-1 (EPCI).

    Example:
        « Secrétaire de séance : Mme Sylvie NOIRAUD » with no Sylvie NOIRAUD in the lists fires.
    """
    secretary = context.extract.session.secretary
    if secretary is None or not context.listed_total:
        return
    if context.listed_as(secretary) == []:
        yield Hit(secretary.line, {"name": secretary.name})


@rule(
    "QP408",
    "signatory-absent",
    "warning",
    en="signatory {name} is listed as {lists_en}, not present",
    fr="le signataire {name} figure parmi les {lists_fr}, non parmi les présents",
    legal_basis="CGCT art. L2121-23",
)
def signatory_absent(context: CheckContext) -> Iterator[Hit]:
    """The extract is signed by a member the lists say was not at the session.

    What it checks:
        The signatory named under « Certifié conforme » is not listed excused, absent or
        represented (and not present), names compared as for QP407. A signatory found in no
        list, listed present, or named by role only is not reported: the president may certify
        the extract of a session a vice-president chaired.

    Why:
        Before 1 July 2022 the deliberation was signed by the members present; since then by
        the maire (or président) and the secretary of the session. A signatory recorded as not
        attending signed for a session they did not see, or the lists are wrong.

    Legal basis:
        CGCT art. L2121-23 (both versions: members present, then maire and secretaries);
        R2121-9.

    Example:
        Signed « Gaston RIBOULET » while « M. Gaston RIBOULET donne pouvoir à M. X » is listed
        fires.
    """
    signature = context.extract.signature
    signatory = signature.signatory if signature else None
    if signatory is None:
        return
    lists = context.listed_as(signatory)
    if lists and "present" not in lists:
        yield Hit(signatory.line, {"name": signatory.name, **list_names(sorted(set(lists)))})
