"""The letter pages: an advisor drafts, edits, previews, finalises and sends; the secretary may
not; the journal shows the final letter; the leader previews a template on a real case (logged)."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from borgerraad.letters.models import DispatchStatus, Letter, LetterStatus, LetterTemplate
from borgerraad.letters.services import dispatch_attempt
from borgerraad.privacy.models import AuditEvent
from tests.accounts.helpers import login_verified
from tests.cases.conftest import sanne  # noqa: F401

pytestmark = pytest.mark.django_db


def test_an_advisor_drafts_edits_finalises_and_sends(client, rasmus, concluded_case):
    login_verified(client, rasmus)
    page = client.get(reverse("cases:case", args=[concluded_case.reference]))
    assert "Opret brevudkast" in page.content.decode()
    response = client.post(reverse("letters:new", args=[concluded_case.reference]),
                           {"kind": "afslutning", "language": "da"})
    letter = Letter.objects.get()
    assert response.url == reverse("letters:detail", args=[concluded_case.reference, letter.pk])
    detail = reverse("letters:detail", args=[concluded_case.reference, letter.pk])
    assert "Kritik – vi finder det kritisabelt" in client.get(detail).content.decode()
    client.post(detail, {"subject": letter.subject, "body": letter.body + "\n\nVi beklager ventetiden.",
                         "channel": "email"})
    assert "Vi beklager ventetiden." in client.get(detail).content.decode()
    pdf = client.get(reverse("letters:pdf", args=[concluded_case.reference, letter.pk]))
    assert pdf["Content-Type"] == "application/pdf"
    client.post(reverse("letters:finalise", args=[concluded_case.reference, letter.pk]))
    letter.refresh_from_db()
    assert letter.status == LetterStatus.FINAL
    client.post(reverse("letters:send", args=[concluded_case.reference, letter.pk]), {"channel": "email"})
    dispatch = letter.dispatches.get()
    assert dispatch_attempt(dispatch_id=dispatch.pk)
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.SENT and len(mail.outbox) == 1
    page = client.get(reverse("cases:case", args=[concluded_case.reference])).content.decode()
    assert "Brev: Afslutning med udfald (endeligt, til Bo Hansen)" in page
    assert "Brev sendt: Afslutning med udfald med E-mail" in page


def test_the_secretary_cannot_write_letters(client, sanne, concluded_case):  # noqa: F811
    login_verified(client, sanne)
    response = client.post(reverse("letters:new", args=[concluded_case.reference]),
                           {"kind": "afslutning", "language": "da"})
    assert response.status_code == 403
    assert not Letter.objects.exists()


def test_the_leader_previews_a_template_on_a_real_case_without_saving(client, lene, concluded_case):
    lene.is_staff = True
    lene.save()
    login_verified(client, lene)
    template = LetterTemplate.objects.get(kind="afslutning", language="da")
    change = reverse("admin:letters_lettertemplate_change", args=[template.pk])
    assert client.get(change).status_code == 200
    response = client.post(reverse("admin:letters_lettertemplate_preview"), {
        "kind": "afslutning", "language": "da", "subject": "Til {{ borger.navn }}", "body": template.body,
        "preview_case": concluded_case.reference,
    })
    text = response.content.decode()
    assert "Til Bo Hansen" in text and "kritisabelt" in text
    assert AuditEvent.objects.filter(username="lene", object_label=concluded_case.reference, action="view").exists()
    template.refresh_from_db()
    assert template.subject != "Til {{ borger.navn }}"
    refused = client.post(change, {"kind": "afslutning", "language": "da", "subject": "{{ ''.__class__ }}",
                                   "body": "x", "active": "on"})
    assert refused.status_code == 200 and "kan ikke flettes" in refused.content.decode()
    assert client.get("/admin/letters/dispatch/").status_code == 404  # dispatches live on /medarbejder/forsendelser/
