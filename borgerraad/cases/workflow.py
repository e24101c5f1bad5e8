"""The case workflow: the one table of allowed status transitions (DOMAIN.md §4).

    modtaget → visiteret → under behandling ⇄ høring hos forvaltningen / afventer borger / vurdering
             → afsluttet → opfølgning → afsluttet;  afsluttet/opfølgning → genoptaget → ...

``services.case_transition`` is the only code that changes a case's status; it refuses anything
not in ``TRANSITIONS`` with ``TransitionNotAllowed`` (a Danish, translatable message).

Closing has its guards beside the table: named rules registered in ``hooks.py``
(``case_close_checks``). Cases registers its own (every klagepunkt taken up as a case has an
outcome); letters registers the letters' rules (docs/cases.md#workflow).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from borgerraad.cases.hooks import CASE_CLOSE_CHECKS, CloseCheck, hook_collect
from borgerraad.cases.models import CaseStatus as S
from borgerraad.cases.models import Decision

# The work in progress: from any of these the advisor can move to any other.
_WORKING = {S.UNDER_BEHANDLING, S.HOERING, S.AFVENTER_BORGER, S.VURDERING}

TRANSITIONS: dict[str, frozenset[str]] = {
    S.MODTAGET: frozenset({S.VISITERET}),
    # After visitation: investigate, or close (all points forwarded, guided, dismissed), or follow
    # up a forwarded complaint (the unit answers the citizen; the advisor checks it did).
    S.VISITERET: frozenset({S.UNDER_BEHANDLING, S.AFSLUTTET, S.OPFOELGNING}),
    S.UNDER_BEHANDLING: frozenset({S.HOERING, S.AFVENTER_BORGER, S.VURDERING, S.AFSLUTTET}),
    S.HOERING: frozenset({S.UNDER_BEHANDLING, S.AFVENTER_BORGER, S.VURDERING}),
    S.AFVENTER_BORGER: frozenset({S.UNDER_BEHANDLING, S.HOERING, S.VURDERING}),
    S.VURDERING: frozenset({S.UNDER_BEHANDLING, S.HOERING, S.AFVENTER_BORGER, S.AFSLUTTET}),
    S.AFSLUTTET: frozenset({S.OPFOELGNING, S.GENOPTAGET}),
    S.OPFOELGNING: frozenset({S.AFSLUTTET, S.GENOPTAGET}),
    S.GENOPTAGET: frozenset(_WORKING | {S.AFSLUTTET}),
    S.SAMMENLAGT: frozenset(),  # a merged duplicate stays merged (nothing is undone by deleting)
}

# Reached only through the service named in the comment, never from the status form: the
# service passes ``service=True`` to ``case_transition``.
SERVICE_TRANSITIONS: dict[str, frozenset[str]] = {
    # A duplicate caught before visitation is merged into its original (services_casefile.case_merge).
    S.MODTAGET: frozenset({S.SAMMENLAGT}),
}

# Statuses in which the case counts as open (lists of deadlines, the inbox).
CLOSED_STATUSES = frozenset({S.AFSLUTTET, S.SAMMENLAGT})
OPEN_STATUSES = frozenset(set(S.values) - CLOSED_STATUSES)


class TransitionNotAllowed(ValidationError):
    """A status change the workflow does not allow; ``message`` says why, in the user's language."""

    def __init__(self, message, *, from_status: str = "", to_status: str = ""):
        super().__init__(message, code="transition_not_allowed")
        self.from_status = from_status
        self.to_status = to_status


def allowed_next(status: str) -> frozenset[str]:
    return TRANSITIONS.get(status, frozenset())


def check_transition(from_status: str, to_status: str, *, service: bool = False) -> None:
    """Raise ``TransitionNotAllowed`` unless the table (or with ``service`` its service-only table) allows it."""
    if to_status not in S.values:
        raise TransitionNotAllowed(
            _("“%(status)s” er ikke en status, en sag kan have.") % {"status": to_status}, to_status=to_status,
        )
    if to_status in allowed_next(from_status):
        return
    if service and to_status in SERVICE_TRANSITIONS.get(from_status, frozenset()):
        return
    allowed = ", ".join(str(S(value).label) for value in sorted(allowed_next(from_status))) or "-"
    raise TransitionNotAllowed(
        _("En sag kan ikke gå fra “%(from)s” til “%(to)s”. Tilladt herfra: %(allowed)s.")
        % {"from": S(from_status).label, "to": S(to_status).label, "allowed": allowed},
        from_status=from_status,
        to_status=to_status,
    )


def every_point_has_an_outcome(*, case) -> list[CloseCheck]:
    """Close-guard: the case has klagepunkter, and every one taken up as a case has its outcome."""
    open_points = [
        str(number) for number in
        case.klagepunkter.filter(decision=Decision.CASE, outcome="").order_by("number").values_list("number", flat=True)
    ]
    if case.klagepunkter.exists() and not open_points:
        return []
    return [CloseCheck(
        "every_point_has_an_outcome",
        _("Sagen kan ikke afsluttes, før alle klagepunkter har et resultat (mangler: %(points)s).")
        % {"points": ", ".join(open_points) or "-"},
    )]


def case_close_checks(*, case) -> list[CloseCheck]:
    """Every close-guard's findings for ``case``: refusals (``blocks``) and warnings, in registration order."""
    return hook_collect(CASE_CLOSE_CHECKS, case=case)
