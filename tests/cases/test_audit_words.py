"""The audit log in words: staff read what happened in Danish (English when chosen), not the codes the
services store, and what the system did by itself (a reminder sent by the scheduler) says so
instead of "anonym"."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from borgerraad.cases.models import ReminderDispatch
from borgerraad.cases.services import case_transition, hoering_send, reminder_dispatch_send, visitation_record
from borgerraad.core.calendar import TZ
from borgerraad.core.models import Department
from borgerraad.privacy.models import AuditEvent
from tests.accounts.helpers import login_verified

from .conftest import point

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def mail(settings):
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend", "OPTIONS": {}}}


def test_the_audit_log_speaks_danish_and_names_the_system(client, lene, rasmus, case, time_machine):
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    visitation_record(case=case, points=[point()], by=rasmus, reason="Tages op.")
    case_transition(case=case, to_status="under_behandling", by=rasmus)
    hoering = hoering_send(case=case, department=Department.objects.get(code="BIF"), questions="Redegør.",
                           recipient_email="bif@kk.example", weeks=2, by=rasmus,
                           sent_at=dt.datetime(2026, 3, 2, 12, tzinfo=TZ))
    time_machine.move_to("2026-03-10 09:00 +01:00", tick=False)
    ReminderDispatch.objects.create(hoering=hoering, kind="reminder")
    reminder_dispatch_send(hoering_id=hoering.pk, kind="reminder")
    assert AuditEvent.objects.filter(user=None, username="system").exists()
    login_verified(client, lene)
    url = reverse("cases:audit_case", args=[case.reference])
    html = client.get(url).content.decode()
    assert "Status: Visiteret → Under behandling" in html and "status visiteret -&gt; under_behandling" not in html
    assert f"Påmindelse om høring {hoering.pk} sendt" in html and "Systemet (automatisk)" in html
    assert "anonym" not in html
    english = client.get("/en" + url).content.decode()
    assert "Status: Visiteret" not in english and "Status: " in english
    assert f"Reminder of request for a statement {hoering.pk} sent" in english
    assert "The system (automatic)" in english
