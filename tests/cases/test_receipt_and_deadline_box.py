"""One notion of receipt, and the case page's deadline box.

Bo's web complaint gets its receipt e-mail; the case page then says it is acknowledged (by the
e-mail), not that the acknowledgement is due, and the deadline list no longer lists it. The same
holds when the e-mail goes after the case was opened (a phone call typed in with an e-mail address).
The deadline box shows a høring's reminder and escalation with when each went, and follow-up dates.
Notes have a kind (telefonnotat, mødenotat, internt notat) that the journal shows.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from borgerraad.cases.models import Note, NoteKind, ReminderDispatch
from borgerraad.cases.services import (
    case_assign,
    case_transition,
    hoering_send,
    reminder_dispatch_send,
    visitation_record,
)
from borgerraad.core.calendar import TZ
from borgerraad.core.models import Department
from borgerraad.intake.services import henvendelse_receipt_send
from tests.accounts.helpers import login_verified

from .conftest import make_case, point

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def mail(settings):
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend", "OPTIONS": {}}}


def page(client, user, case) -> str:
    login_verified(client, user)
    return client.get(reverse("cases:case", args=[case.reference])).content.decode()


def test_the_receipt_email_acknowledges_the_case_opened_after_it(client, rasmus, time_machine):
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    case = make_case(by=rasmus)
    henvendelse_receipt_send(henvendelse_id=case.henvendelse_id)  # the case is open already
    case_assign(case=case, assigned_to=rasmus, by=rasmus)
    time_machine.move_to("2026-03-30 10:00 +02:00", tick=False)  # long after the acknowledgement was due
    html = page(client, rasmus, case)
    assert "kvitteret 02.03.2026 med kvitteringen pr. e-mail" in html
    assert "Overskredet" not in html
    deadlines = client.get(reverse("cases:deadlines")).content.decode()
    assert case.reference not in deadlines


def test_an_unacknowledged_case_shows_its_acknowledgement_as_overdue(client, rasmus, time_machine):
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    case = make_case(by=rasmus, email="")
    time_machine.move_to("2026-03-30 10:00 +02:00", tick=False)
    html = page(client, rasmus, case)
    assert "kvitteret" not in html and "Overskredet" in html


def test_the_deadline_box_shows_reminders_sent_and_follow_ups(client, rasmus, time_machine):
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    case = make_case(by=rasmus)
    visitation_record(case=case, points=[point(), point(decision="forward")], by=rasmus, reason="Tages op.")
    case_transition(case=case, to_status="under_behandling", by=rasmus)
    hoering = hoering_send(case=case, department=Department.objects.get(code="BIF"), questions="Redegør.",
                           recipient_email="bif@kk.example", weeks=2, by=rasmus,
                           sent_at=dt.datetime(2026, 3, 2, 12, tzinfo=TZ))
    time_machine.move_to("2026-03-10 09:00 +01:00", tick=False)
    ReminderDispatch.objects.create(hoering=hoering, kind="reminder")
    assert reminder_dispatch_send(hoering_id=hoering.pk, kind="reminder")
    html = page(client, rasmus, case)
    box = html[html.index('id="frister"'):html.index('id="status-heading"')]
    assert "Høringssvar fra BIF" in box and "16.03.2026" in box
    assert "Påmindelse før fristen (BIF)" in box and "sendt 10.03.2026 09:00" in box
    assert "Rykker efter fristen (BIF)" in box and "sendes 17.03.2026, hvis der ikke er svar" in box
    assert "Opfølgning på videresendelse (klagepunkt 2)" in box


def test_a_note_has_a_kind_shown_in_the_journal(client, rasmus, case):
    login_verified(client, rasmus)
    url = reverse("cases:note", args=[case.reference])
    client.post(url, {"kind": "telefon", "text": "Bo ringede og spurgte til sagen."})
    assert Note.objects.get().kind == NoteKind.TELEFON
    html = client.get(reverse("cases:case", args=[case.reference])).content.decode()
    journal = html[html.index('id="journal"'):]
    assert "Telefonnotat" in journal and "Bo ringede" in journal
    response = client.post(url, {"kind": "brev", "text": "Noget."})
    assert response.status_code == 200 and "Der er et problem" in response.content.decode()
    assert "Noget." in response.content.decode()  # what was typed is kept
