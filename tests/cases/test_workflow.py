"""The workflow table is enforced by case_transition, history is append-only, messages are Danish."""

from __future__ import annotations

import itertools

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone, translation

from borgerraad.cases.models import Case, CaseStatus, Hoering, Klagepunkt, StatusChange
from borgerraad.cases.services import case_pause, case_resume, case_transition, klagepunkt_close
from borgerraad.cases.workflow import TRANSITIONS, TransitionNotAllowed
from borgerraad.core.models import Department
from borgerraad.privacy.models import AuditEvent

from .conftest import conclusion_letter_confirmed, make_case, point

ALL = list(CaseStatus.values)
PAIRS = list(itertools.product(ALL, ALL))


def _case_in(status: str, rasmus) -> Case:
    """A visited case with every klagepunkt decided, a høring awaiting its answer and the conclusion
    letter confirmed sent (what the guards beside the table ask for), put in ``status`` for the test."""
    case = make_case(by=rasmus)
    from borgerraad.cases.services import visitation_record

    visitation_record(case=case, points=[point()], by=rasmus)
    klagepunkt_close(klagepunkt=case.klagepunkter.get(), by=rasmus, outcome="ingen_kritik")
    Hoering.objects.create(case=case, department=Department.objects.get(code="BIF"), recipient_email="bif@kk.example",
                           questions="?", weeks=6, sent_at=timezone.now(), deadline=timezone.now().date())
    conclusion_letter_confirmed(case, rasmus)
    Case.objects.filter(pk=case.pk).update(status=status)
    case.refresh_from_db()
    return case


@pytest.mark.django_db
@pytest.mark.parametrize(("from_status", "to_status"), PAIRS)
def test_every_pair_is_allowed_exactly_when_the_table_says_so(from_status, to_status, rasmus):
    case = _case_in(from_status, rasmus)
    allowed = to_status in TRANSITIONS[from_status]
    if allowed:
        case_transition(case=case, to_status=to_status, by=rasmus, reason="Fordi.")
        case.refresh_from_db()
        assert case.status == to_status
        last = case.status_changes.last()
        assert (last.from_status, last.to_status, last.by, last.reason) == (from_status, to_status, rasmus, "Fordi.")
    else:
        before = case.status_changes.count()
        with pytest.raises(TransitionNotAllowed) as refused:
            case_transition(case=case, to_status=to_status, by=rasmus, reason="Fordi.")
        assert "kan ikke gå fra" in refused.value.messages[0]
        case.refresh_from_db()
        assert case.status == from_status
        assert case.status_changes.count() == before


@pytest.mark.django_db
def test_the_refusal_names_the_statuses_in_danish_and_english(case, rasmus):
    with pytest.raises(TransitionNotAllowed) as refused:
        case_transition(case=case, to_status=CaseStatus.AFSLUTTET, by=rasmus)
    assert refused.value.messages == ["En sag kan ikke gå fra “Modtaget” til “Afsluttet”. Tilladt herfra: Visiteret."]
    with translation.override("en"):
        with pytest.raises(TransitionNotAllowed) as refused:
            case_transition(case=case, to_status=CaseStatus.AFSLUTTET, by=rasmus)
    assert refused.value.messages == ["A case cannot go from “Received” to “Closed”. Allowed from here: Assessed."]


@pytest.mark.django_db
def test_unknown_status_is_refused(case, rasmus):
    with pytest.raises(TransitionNotAllowed):
        case_transition(case=case, to_status="slettet", by=rasmus)


@pytest.mark.django_db
def test_a_case_cannot_close_before_every_point_has_an_outcome(visited_case, rasmus):
    case_transition(case=visited_case, to_status=CaseStatus.UNDER_BEHANDLING, by=rasmus)
    with pytest.raises(TransitionNotAllowed, match="mangler: 1"):
        case_transition(case=visited_case, to_status=CaseStatus.AFSLUTTET, by=rasmus)
    klagepunkt_close(klagepunkt=visited_case.klagepunkter.get(), by=rasmus, outcome="loest_i_dialog")
    conclusion_letter_confirmed(visited_case, rasmus)
    case_transition(case=visited_case, to_status=CaseStatus.AFSLUTTET, by=rasmus, reason="Løst.")
    visited_case.refresh_from_db()
    assert visited_case.closed_at is not None


@pytest.mark.django_db
def test_reopening_and_pausing_need_a_reason(visited_case, rasmus):
    case_transition(case=visited_case, to_status=CaseStatus.UNDER_BEHANDLING, by=rasmus)
    with pytest.raises(TransitionNotAllowed, match="begrundelse"):
        case_pause(case=visited_case, by=rasmus, reason=" ")


@pytest.mark.django_db
def test_visiting_needs_klagepunkter(case, rasmus):
    with pytest.raises(TransitionNotAllowed, match="uden klagepunkter"):
        case_transition(case=case, to_status=CaseStatus.VISITERET, by=rasmus)


@pytest.mark.django_db
def test_history_is_appended_and_cannot_be_edited(visited_case, rasmus):
    case_transition(case=visited_case, to_status=CaseStatus.UNDER_BEHANDLING, by=rasmus, reason="Undersøges.")
    history = list(visited_case.status_changes.values_list("from_status", "to_status"))
    assert history == [("", "modtaget"), ("modtaget", "visiteret"), ("visiteret", "under_behandling")]
    change = StatusChange.objects.filter(case=visited_case).last()
    change.reason = "rettet"
    with pytest.raises(PermissionDenied):
        change.save()
    with pytest.raises(PermissionDenied):
        change.delete()
    details = list(AuditEvent.objects.filter(object_id=str(visited_case.pk), object_type="cases.case")
                   .values_list("detail", flat=True))
    assert "status visiteret -> under_behandling" in details


@pytest.mark.django_db
def test_pause_and_resume_open_and_close_a_pause(visited_case, rasmus, time_machine):
    time_machine.move_to("2026-03-02 10:00 +01:00")
    case_transition(case=visited_case, to_status=CaseStatus.UNDER_BEHANDLING, by=rasmus)
    case_pause(case=visited_case, by=rasmus, reason="Venter på fuldmagt.")
    target_before = visited_case.target_date
    time_machine.move_to("2026-03-09 10:00 +01:00")
    case_resume(case=visited_case, by=rasmus, reason="Fuldmagt modtaget.")
    pause = visited_case.pauses.get()
    assert (str(pause.started_on), str(pause.ended_on)) == ("2026-03-02", "2026-03-09")
    visited_case.refresh_from_db()
    # 5 working days in the pause (3-9 March) push the target 5 working days on.
    from borgerraad.core.calendar import add_working_days

    assert visited_case.target_date == add_working_days(target_before, 5)


@pytest.mark.django_db
def test_klagepunkt_stays_with_case(visited_case):
    assert Klagepunkt.objects.filter(case=visited_case).count() == 1
