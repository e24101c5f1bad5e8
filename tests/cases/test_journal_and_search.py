"""The journal lists everything in order; search finds stemmed words without storing the text."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection

from borgerraad.cases.models import CaseStatus, SearchDocument
from borgerraad.cases.selectors import (
    case_journal,
    case_search,
    deadlines_due_soon,
    deadlines_overdue,
    inbox_list,
)
from borgerraad.cases.services import (
    case_assign,
    case_transition,
    hoering_answer_register,
    hoering_send,
    note_add,
    visitation_record,
)
from borgerraad.core.models import Department

from .conftest import make_case, point


@pytest.mark.django_db
def test_the_journal_is_in_order_of_time(rasmus, time_machine):
    time_machine.move_to("2026-03-01 10:00 +01:00", tick=False)
    case = make_case(by=rasmus)
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    visitation_record(case=case, points=[point()], by=rasmus)
    time_machine.move_to("2026-03-03 10:00 +01:00", tick=False)
    case_transition(case=case, to_status=CaseStatus.UNDER_BEHANDLING, by=rasmus)
    time_machine.move_to("2026-03-04 10:00 +01:00", tick=False)
    hoering = hoering_send(case=case, department=Department.objects.get(code="BIF"), questions="Hvorfor?", by=rasmus)
    time_machine.move_to("2026-03-05 10:00 +01:00", tick=False)
    note_add(case=case, author=rasmus, text="Rykket forvaltningen.")
    time_machine.move_to("2026-03-20 10:00 +01:00", tick=False)
    hoering_answer_register(hoering=hoering, by=rasmus, received_on=dt.date(2026, 3, 19))
    kinds = [entry.kind for entry in case_journal(case=case)]
    assert kinds == [
        "henvendelse",
        "status",  # modtaget: the case is opened with the henvendelse
        "status", "visitation",  # visiteret, with the klagepunkt decided at the same moment
        "status",  # under behandling
        "status", "hoering",  # høring
        "note",
        "hoering_answer",  # received 19 March
        "status",  # back to under behandling when the answer was registered on 20 March
    ]
    times = [entry.at for entry in case_journal(case=case)]
    assert times == sorted(times)


@pytest.mark.django_db
def test_an_answer_registered_the_day_it_came_stands_at_that_moment_before_the_status_it_caused(
    rasmus, time_machine,
):
    time_machine.move_to("2026-03-02 08:00 +01:00", tick=False)
    case = make_case(by=rasmus)
    visitation_record(case=case, points=[point()], by=rasmus)
    case_transition(case=case, to_status=CaseStatus.UNDER_BEHANDLING, by=rasmus)
    hoering = hoering_send(case=case, department=Department.objects.get(code="BIF"), questions="Hvorfor?", by=rasmus)
    time_machine.move_to("2026-03-20 08:30 +01:00", tick=False)
    hoering_answer_register(hoering=hoering, by=rasmus, received_on=dt.date(2026, 3, 20))
    journal = case_journal(case=case)
    [answer] = [entry for entry in journal if entry.kind == "hoering_answer"]
    back_to_work = [entry for entry in journal if entry.kind == "status"][-1]
    assert back_to_work.kind == "status" and back_to_work.obj.to_status == CaseStatus.UNDER_BEHANDLING
    assert answer.at == dt.datetime(2026, 3, 20, 7, 30, tzinfo=dt.UTC)  # 08:30 in Copenhagen, not noon still ahead
    assert answer.at <= back_to_work.at


@pytest.mark.django_db
def test_search_finds_inflected_forms_and_filters(case, rasmus):
    visitation_record(case=case, points=[point(description="Hjemmehjælpen kom ikke.", ground="praktisk_opgave")],
                      by=rasmus)
    other = make_case(description="Parkeringsafgiften er forkert.", department=Department.objects.get(code="TMF"))
    assert list(case_search(query="klage")) == [case]  # the text says "Klagerne"
    assert list(case_search(query="hjemmehjælp")) == [case]
    assert list(case_search(query="parkeringsafgift")) == [other]
    assert list(case_search(query=case.reference)) == [case]
    assert set(case_search(query="Bo Hansen")) == {case, other}  # the name column, not the index
    assert list(case_search(ground="praktisk_opgave")) == [case]
    assert list(case_search(channel="web", status=CaseStatus.VISITERET)) == [case]
    assert list(case_search(department=Department.objects.get(code="TMF"))) == [other]
    case_assign(case=case, assigned_to=rasmus, by=rasmus)
    assert list(case_search(advisor=rasmus)) == [case]


@pytest.mark.django_db
def test_notes_are_searchable(case, rasmus):
    note_add(case=case, author=rasmus, text="Borgeren ønsker et møde om tandplejen.")
    assert list(case_search(query="tandpleje")) == [case]
    assert list(case_search(query="cykelsti")) == []


@pytest.mark.django_db
def test_the_index_holds_no_numbers_and_no_sentences(case):
    document = SearchDocument.objects.get(henvendelse=case.henvendelse)
    assert "120483" not in document.tokens and "1234" not in document.tokens
    assert "klag" in document.tokens.split()
    assert document.tokens.split() == sorted(set(document.tokens.split()))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT vector::text FROM cases_searchdocument WHERE henvendelse_id = %s", [case.henvendelse_id]
            )
            vector = cursor.fetchone()[0]
        assert "'klag'" in vector and ":" not in vector  # lexemes without positions
        assert "120483" not in vector


@pytest.mark.django_db
def test_inbox_and_deadline_lists(rasmus, rikke, time_machine):
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    older = make_case()
    time_machine.move_to("2026-03-03 10:00 +01:00", tick=False)
    newer = make_case()
    case_assign(case=newer, assigned_to=rikke, by=rasmus)
    assert [item.case for item in inbox_list()] == [older, newer]
    time_machine.move_to("2026-03-17 10:00 +01:00", tick=False)  # older was due 16 March, newer today
    overdue = deadlines_overdue()
    assert [(item.case, item.kind) for item in overdue] == [(older, "acknowledgement")]
    soon = deadlines_due_soon()
    assert [(item.case, item.kind) for item in soon] == [(newer, "acknowledgement")]
    assert deadlines_due_soon(advisor=rasmus) == []
    assert [item.case for item in deadlines_due_soon(advisor=rikke)] == [newer]
