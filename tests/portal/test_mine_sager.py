"""Mine sager through HTTP: a citizen sees and acts on her own henvendelser only, by MitID or e-mail code;
messages go both ways with files, land in the journal and the advisor's work list; e-mails say nothing."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from borgerraad.cases.models import Message
from borgerraad.cases.selectors import case_journal, messages_unread_for
from borgerraad.cases.services import message_send
from borgerraad.intake.models import Henvendelse
from borgerraad.portal.identity import EMAIL_CODE, MITID
from borgerraad.portal.models import SurveyOffer, SurveyResponse
from borgerraad.privacy.models import AuditEvent
from tests.accounts.helpers import login_verified
from tests.portal.conftest import ALMA_CPR, BO_CPR, citizen, pdf_upload

pytestmark = pytest.mark.django_db

AS_ALMA = {
    "mitid": {"method": MITID, "cpr": ALMA_CPR.replace("-", ""), "name": "Alma Jensen"},
    "email": {"method": EMAIL_CODE, "email": "ALMA@example.dk"},
}


def _url(name, case, *args):
    return reverse(f"portal:{name}", args=[case.reference, *args])


def _bos_things(bo_case):
    letter = bo_case.letters.get()
    staff_file = bo_case.messages.get().attachments.get()
    own_file = bo_case.henvendelse.attachments.exclude(pk=staff_file.pk).get()
    return letter, staff_file, own_file


@pytest.mark.parametrize("way", sorted(AS_ALMA))
def test_alma_sees_only_her_own_case(client, alma_case, bo_case, way):
    citizen(client, **AS_ALMA[way])
    page = client.get(reverse("portal:home")).content.decode()
    assert alma_case.reference in page and bo_case.reference not in page
    assert client.get(_url("case", alma_case)).status_code == 200
    assert client.get(_url("case", bo_case)).status_code == 404


@pytest.mark.parametrize("way", sorted(AS_ALMA))
def test_alma_cannot_reach_bos_letters_files_or_messages_by_any_id(client, alma_case, bo_case, way):
    citizen(client, **AS_ALMA[way])
    letter, staff_file, own_file = _bos_things(bo_case)
    for case in (bo_case, alma_case):  # Bo's reference, and Bo's ids under Alma's own reference
        assert client.get(_url("letter", case, letter.pk)).status_code == 404
        for file in (staff_file, own_file):
            assert client.get(_url("attachment", case, file.pk)).status_code == 404
    before = Message.objects.filter(case=bo_case).count()
    assert client.post(_url("message", bo_case), {"body": "Hej"}).status_code == 404
    assert client.post(_url("withdraw", bo_case), {"confirm": "on"}).status_code == 404
    assert client.post(_url("consent", bo_case), {}).status_code == 404
    bo_case.refresh_from_db()
    assert Message.objects.filter(case=bo_case).count() == before
    assert bo_case.withdrawn_at is None and Henvendelse.objects.get(pk=bo_case.henvendelse_id).consent


def test_without_sign_in_no_case_page_opens(client, alma_case):
    assert client.get(_url("case", alma_case))["Location"] == reverse("portal:home")
    assert client.get(_url("letter", alma_case, alma_case.letters.get().pk)).status_code == 302
    assert "Få en kode på e-mail" in client.get(reverse("portal:home")).content.decode()


def test_an_identity_without_its_value_opens_nothing(client, alma_case):
    citizen(client, method=MITID, cpr="")
    assert alma_case.reference not in client.get(reverse("portal:home")).content.decode()


def test_the_case_page_shows_the_timeline_letters_and_files_and_logs_the_read(client, alma_case):
    citizen(client, **AS_ALMA["mitid"])
    page = client.get(_url("case", alma_case)).content.decode()
    assert "Modtaget" in page and "Vi behandler din sag" in page and "Vi regner med at svare dig senest" in page
    assert "Vi har modtaget din klage" in page and "min-kvittering.pdf" in page
    assert "Tages op." not in page  # the reason written by staff stays in the office
    assert AuditEvent.objects.filter(object_id=str(alma_case.henvendelse_id), detail="mine sager").exists()
    letter = client.get(_url("letter", alma_case, alma_case.letters.get().pk))
    assert letter.status_code == 200 and letter["Content-Type"] == "application/pdf"
    assert letter.content.startswith(b"%PDF")


def test_a_draft_or_unsent_letter_and_letters_to_the_department_are_not_shown(client, alma_case):
    letter = alma_case.letters.get()
    letter.dispatches.all().update(confirmed_at=None)
    citizen(client, **AS_ALMA["email"])
    assert client.get(_url("letter", alma_case, letter.pk)).status_code == 404


def test_messages_go_both_ways_with_files_and_reach_the_journal_and_work_list(
    client, alma_case, rasmus, django_capture_on_commit_callbacks,
):
    citizen(client, **AS_ALMA["email"])
    mail.outbox.clear()
    page = client.get(_url("case", alma_case)).content.decode()
    assert "Har du afgørelsen fra jobcentret?" in page
    staff_file = alma_case.messages.get().attachments.get()
    download = client.get(_url("attachment", alma_case, staff_file.pk))
    assert download.status_code == 200 and download["X-Content-Type-Options"] == "nosniff"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_url("message", alma_case), {
            "body": "Ja, den er vedhæftet. Mit CPR er 010190-1234.", "files": [pdf_upload("afgoerelse.pdf")],
        })
    assert response.status_code == 302
    sent = alma_case.messages.get(from_citizen=True)
    assert sent.attachments.count() == 1
    assert list(messages_unread_for(user=rasmus)) == [sent]
    assert any(entry.kind == "message" and entry.obj == sent for entry in case_journal(case=alma_case))
    # The advisor is told, without anything of the case or the person.
    (notice,) = mail.outbox
    assert notice.to == ["rasmus@kk.example"]
    for secret in ("Alma", "010190", alma_case.reference, "afgørelse", "CPR"):
        assert secret not in notice.subject + notice.body
    # The advisor reads it on the case page (a count), and answers from there with a file.
    staff = client.__class__()
    login_verified(staff, rasmus)
    case_page = staff.get(reverse("cases:case", args=[alma_case.reference])).content.decode()
    assert "1 ny" in case_page and "Ja, den er vedhæftet" in case_page and "010190-1234" not in case_page
    assert list(messages_unread_for(user=rasmus)) == []
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        answer = staff.post(reverse("cases:message", args=[alma_case.reference]), {
            "body": "Tak, vi ser på den.", "files": [pdf_upload("svar.pdf")],
        })
    assert answer.status_code == 302
    (notice,) = mail.outbox
    assert notice.to == ["alma@example.dk"]
    assert "Du har en ny besked fra Borgerrådgiveren. Log ind på" in notice.body
    assert f"/{reverse('portal:home').lstrip('/')} for at læse den." in notice.body  # Mine sager (cases.hooks)
    for secret in ("Alma", alma_case.reference, "Tak, vi ser"):
        assert secret not in notice.subject + notice.body
    assert "Tak, vi ser på den." in client.get(_url("case", alma_case)).content.decode()


def test_a_refused_file_keeps_the_message_text_and_says_why(client, alma_case):
    citizen(client, **AS_ALMA["mitid"])
    from django.core.files.uploadedfile import SimpleUploadedFile

    exe = SimpleUploadedFile("brev.pdf", b"MZ\x90\x00" + b"\x00" * 200, content_type="application/pdf")
    response = client.post(_url("message", alma_case), {"body": "Se vedhæftede", "files": [exe]})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Se vedhæftede" in page and "Der er et problem" in page
    assert not alma_case.messages.filter(from_citizen=True).exists()


def test_withdrawing_is_recorded_in_the_journal_and_consent_can_be_withdrawn(client, alma_case):
    citizen(client, **AS_ALMA["mitid"])
    assert client.post(_url("withdraw", alma_case), {}).status_code == 400  # needs the tick
    assert client.post(_url("withdraw", alma_case), {"confirm": "on"}).status_code == 302
    alma_case.refresh_from_db()
    assert alma_case.withdrawn_at is not None
    assert any(entry.kind == "withdrawn" for entry in case_journal(case=alma_case))
    assert "Du har trukket klagen tilbage" in client.get(_url("case", alma_case)).content.decode()
    client.post(_url("consent", alma_case), {})
    assert not Henvendelse.objects.get(pk=alma_case.henvendelse_id).consent
    client.post(_url("consent", alma_case), {"consent": "on"})
    assert Henvendelse.objects.get(pk=alma_case.henvendelse_id).consent


def test_the_survey_is_offered_once_after_closing_and_kept_without_the_person(client, alma_case):
    alma_case.__class__.objects.filter(pk=alma_case.pk).update(status="afsluttet")
    citizen(client, **AS_ALMA["mitid"])
    assert "Fik du hjælp?" in client.get(_url("case", alma_case)).content.decode()
    answers = {"helped": "partly", "understood": "yes", "treated_well": "yes"}
    assert client.post(_url("survey", alma_case), answers).status_code == 302
    assert client.post(_url("survey", alma_case), answers).status_code == 404
    (response,) = SurveyResponse.objects.all()
    assert response.department == alma_case.henvendelse.department and response.helped == "partly"
    assert {f.name for f in SurveyResponse._meta.get_fields()} == {
        "id", "department", "period", "helped", "understood", "treated_well",
    }
    assert SurveyOffer.objects.filter(case=alma_case).exists()
    assert "Fik du hjælp?" not in client.get(_url("case", alma_case)).content.decode()


@pytest.mark.parametrize("way", sorted(AS_ALMA))
def test_alma_cannot_answer_or_decline_the_survey_of_bos_closed_case(client, alma_case, bo_case, way):
    bo_case.__class__.objects.filter(pk=bo_case.pk).update(status="afsluttet")
    citizen(client, **AS_ALMA[way])
    answers = {"helped": "no", "understood": "no", "treated_well": "no"}
    assert client.post(_url("survey", bo_case), answers).status_code == 404
    assert client.post(_url("survey", bo_case), {"nej-tak": "1"}).status_code == 404
    assert not SurveyOffer.objects.exists() and not SurveyResponse.objects.exists()
    # Bo is still offered his survey, and can answer it himself.
    citizen(client, method=MITID, cpr=BO_CPR.replace("-", ""))
    assert "Fik du hjælp?" in client.get(_url("case", bo_case)).content.decode()


@pytest.mark.parametrize("way", sorted(AS_ALMA))
def test_bos_ids_under_almas_reference_and_his_messages_never_show_on_her_pages(client, alma_case, bo_case, way):
    bo_message = message_send(case=bo_case, body="Bos egen besked om hans sag.", from_citizen=False,
                              by=bo_case.assigned_to)
    citizen(client, **AS_ALMA[way])
    for page in (client.get(reverse("portal:home")), client.get(_url("case", alma_case))):
        text = page.content.decode()
        assert "Bos egen besked" not in text and f"besked-{bo_message.pk}" not in text
        assert bo_case.reference not in text
    # A message id is no address of its own: Bo's message is reached neither by its id nor by its file.
    assert client.get(_url("case", alma_case) + f"besked/{bo_message.pk}/").status_code == 404
