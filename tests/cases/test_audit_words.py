"""The audit log in words: staff read what happened in Danish (English when chosen), not the codes the
services store, and what the system did by itself (a reminder sent by the scheduler) says so
instead of "anonym"."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import translation

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


# What the services of cases, intake, letters and the portal write (as written), and what staff read.
WRITTEN = [
    pytest.param("case", "document 7 added (borger_brev, bilag 0b7e2f4c-9d1a-4c52-8e3b-2a6f1d9c0e55)",
                 "Dokument 7 tilføjet: Brev fra borgeren",
                 "Document 7 added: Letter from the citizen", id="document-added"),
    pytest.param("case", "related to henvendelse BR-2026-00012", "Knyttet til henvendelse BR-2026-00012",
                 "Linked to enquiry BR-2026-00012", id="related"),
    pytest.param("case", "message 4 from citizen", "Besked 4 fra borgeren", "Message 4 from the citizen",
                 id="message"),
    pytest.param("henvendelse", "corrected: name, cpr", "Rettet: Navn, CPR-nummer", "Corrected: Name, CPR number",
                 id="corrected"),
    pytest.param("henvendelse", "consent withdrawn by the citizen", "Borgeren trak sit samtykke tilbage",
                 "The citizen withdrew their consent", id="consent"),
    pytest.param("case", "whole case as PDF", "Hele sagen hentet som PDF", "Whole case downloaded as PDF",
                 id="export"),
    pytest.param("henvendelse", "mine sager: letter 12", "Brev 12 hentet af borgeren i Mine sager",
                 "Letter 12 downloaded by the citizen in My cases", id="portal"),
    pytest.param("case", "beretning (intern): henstilling klagepunkt 2",
                 "Henstilling, klagepunkt 2 læst i den interne beretning",
                 "Recommendation, point 2 read in the internal annual report", id="insights"),
]


@pytest.mark.parametrize(("on", "detail", "danish", "english"), WRITTEN)
def test_every_apps_audit_details_are_words_in_danish_and_english(client, lene, case, on, detail, danish, english):
    from borgerraad.privacy.models import AuditAction
    from borgerraad.privacy.services import audit_record

    audit_record(user=lene, action=AuditAction.CHANGE, obj=case if on == "case" else case.henvendelse, detail=detail)
    login_verified(client, lene)
    for language, words in (("da", danish), ("en", english)):
        with translation.override(language):  # the page's address in that language (English: /en/...)
            url = reverse("cases:audit_case", args=[case.reference])
        assert words in client.get(url).content.decode()
