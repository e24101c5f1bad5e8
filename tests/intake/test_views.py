"""The complaint form through the real view stack (Django's test client): never lose, never twice."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from borgerraad.accounts.roles import Role
from borgerraad.core.models import Department
from borgerraad.intake import services
from borgerraad.intake.models import Attachment, Draft, Henvendelse
from borgerraad.intake.views import COOKIE_NAME
from borgerraad.privacy.models import AuditEvent
from tests.accounts.helpers import login_verified
from tests.intake import files

pytestmark = pytest.mark.django_db

WHO = {"submitter_kind": "citizen", "on_behalf": "self"}
CONTACT = {"name": "Alice Jensen", "email": "alice@example.dk", "phone": "20 30 40 50",
           "preferred_channel": "email", "cpr": "120483-1234", "address": "Nørregade 1, 1165 København K"}


def about():
    return {"department": str(Department.objects.get(code="BIF").pk), "unit": "Jobcenter København",
            "description": "Jeg har ventet otte uger på svar fra jobcentret på mine breve.",
            "event_date": "01.09.2026", "desired_outcome": "Svar på mine breve."}


DOCUMENTS = {"contacted_unit": "yes_no_answer", "contacted_unit_date": "15.09.2026"}


def post(client, number, data, **extra):
    return client.post(f"/klag/trin/{number}/", {"action": "next", **data}, **extra)


def fill_all(client):
    for number, data in ((1, WHO), (2, CONTACT), (3, about()), (4, DOCUMENTS)):
        response = post(client, number, data)
        assert response.status_code == 302, response.content.decode()[:2000]
    return client


@time_machine.travel(dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC))
def test_a_citizen_fills_in_and_submits_the_form(client):
    assert client.get("/klag/").status_code == 200
    fill_all(client)
    review = client.get("/klag/trin/5/")
    assert review.status_code == 200
    content = review.content.decode()
    assert "120483-xxxx" in content and "120483-1234" not in content  # masked even on review
    assert "Jobcenter København" in content
    response = post(client, 5, {"consent": "yes", "action": "submit"})
    assert response.status_code == 302 and response["Location"].endswith("/klag/kvittering/")
    henvendelse = Henvendelse.objects.get()
    assert henvendelse.reference == "BR-2026-00001"
    assert henvendelse.consent and henvendelse.cpr == "120483-1234"
    assert henvendelse.event_date == dt.date(2026, 9, 1)
    receipt = client.get("/klag/kvittering/").content.decode()
    assert "BR-2026-00001" in receipt
    assert "11. december 2026" in receipt  # 10 working days after Friday 27 November


def test_double_submit_creates_one_henvendelse(client):
    fill_all(client)
    cookie = client.cookies[COOKIE_NAME].value
    first = post(client, 5, {"consent": "yes", "action": "submit"})
    assert first.cookies[COOKIE_NAME].value == ""  # the cookie is cleared
    # The second click was already on its way with the old cookie.
    client.cookies[COOKIE_NAME] = cookie
    second = post(client, 5, {"consent": "yes", "action": "submit"})
    assert second.status_code == 302 and second["Location"].endswith("/klag/kvittering/")
    assert Henvendelse.objects.count() == 1


def test_resubmitting_the_same_draft_from_another_session_creates_one_henvendelse(client):
    fill_all(client)
    cookie = client.cookies[COOKIE_NAME].value
    post(client, 5, {"consent": "yes", "action": "submit"})
    other = Client()
    other.cookies[COOKIE_NAME] = cookie
    post(other, 5, {"consent": "yes", "action": "submit"})
    assert Henvendelse.objects.count() == 1


def test_a_double_click_keeps_no_copy_of_the_answers_in_the_draft(client, monkeypatch):
    """Two clicks on "Send" at once (seen under load): the second click has read the draft before the
    first one submitted it, and saves the page's answers after it. The draft must stay wiped."""
    fill_all(client)
    first_click = Client()
    first_click.cookies[COOKIE_NAME] = client.cookies[COOKIE_NAME].value
    save = services.draft_save_answers

    def first_click_submits_meanwhile(**kwargs):
        monkeypatch.setattr(services, "draft_save_answers", save)
        assert post(first_click, 5, {"consent": "yes", "action": "submit"}).status_code == 302
        return save(**kwargs)

    monkeypatch.setattr(services, "draft_save_answers", first_click_submits_meanwhile)
    second = post(client, 5, {"consent": "yes", "action": "submit"})
    assert second.status_code == 302 and second["Location"].endswith("/klag/kvittering/")
    henvendelse = Henvendelse.objects.get()
    assert henvendelse.reference in client.get("/klag/kvittering/").content.decode()
    draft = Draft.objects.get()
    assert draft.henvendelse == henvendelse
    assert services.draft_answers(draft) == {}  # the henvendelse holds the answers; no second copy


def test_a_validation_error_keeps_every_field_and_the_uploads(client):
    post(client, 1, WHO)
    post(client, 2, CONTACT)
    post(client, 3, about())
    upload = SimpleUploadedFile("svar.pdf", files.PDF, content_type="application/pdf")
    response = post(client, 4, {"contacted_unit": "", "contacted_unit_date": "99.99.2026", "answer_file": upload})
    assert response.status_code == 200
    content = response.content.decode()
    assert 'class="alert alert-error"' in content and 'href="#id_contacted_unit_0"' in content
    assert 'value="99.99.2026"' in content
    assert "svar.pdf" in content  # the file is kept and listed, not asked for again
    assert Attachment.objects.filter(kind="answer").count() == 1
    response = post(client, 4, DOCUMENTS)
    assert response.status_code == 302
    assert "svar.pdf" in client.get("/klag/trin/5/").content.decode()


def test_a_spoofed_upload_is_refused_and_the_rest_is_kept(client):
    post(client, 1, WHO)
    post(client, 2, CONTACT)
    post(client, 3, about())
    exe = SimpleUploadedFile("faktura.pdf", files.EXE, content_type="application/pdf")
    response = post(client, 4, {**DOCUMENTS, "other_files": [exe]})
    assert response.status_code == 200
    assert "ikke en filtype, vi kan modtage" in response.content.decode()
    assert not Attachment.objects.exists()
    assert 'value="15.09.2026"' in response.content.decode()


@time_machine.travel(dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC))
def test_a_draft_survives_a_browser_restart_for_a_day(client):
    post(client, 1, WHO)
    post(client, 2, CONTACT)
    client.post("/klag/trin/3/", {"action": "back", "description": "Halvt skrevet tekst om jobcentret"})
    cookie = client.cookies[COOKIE_NAME].value
    with time_machine.travel(dt.datetime(2026, 11, 28, 10, 5, tzinfo=dt.UTC)):
        restarted = Client()  # a new browser session: only the long-lived cookie is left
        restarted.cookies[COOKIE_NAME] = cookie
        start = restarted.get("/klag/").content.decode()
        assert "Fortsæt, hvor du slap" in start
        step3 = restarted.get("/klag/trin/3/").content.decode()
        assert "Halvt skrevet tekst om jobcentret" in step3


def test_drafts_hold_their_answers_encrypted(client):
    post(client, 1, WHO)
    post(client, 2, CONTACT)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT data FROM intake_draft")
        raw = cursor.fetchone()[0]
    assert raw.startswith("fernet:") and "120483" not in raw and "Alice" not in raw


def test_a_server_error_on_submit_keeps_the_draft(client, monkeypatch):
    fill_all(client)

    def broken(**kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(services, "henvendelse_register", broken)
    client.raise_request_exception = False
    response = post(client, 5, {"consent": "yes", "action": "submit"})
    assert response.status_code == 500
    assert Henvendelse.objects.count() == 0
    monkeypatch.undo()
    response = post(client, 5, {"consent": "yes", "action": "submit"})
    assert response.status_code == 302
    assert Henvendelse.objects.get().description.startswith("Jeg har ventet")


def test_steps_cannot_be_skipped(client):
    post(client, 1, WHO)
    response = client.get("/klag/trin/4/")
    assert response.status_code == 302 and response["Location"].endswith("/klag/trin/2/")


def test_the_honeypot_refuses_bots(client):
    response = post(client, 1, {**WHO, "website": "http://spam.example"})
    assert response.status_code == 400
    assert not Draft.objects.exists()


# The clock stands still: django-ratelimit counts in fixed windows whose edge may fall between two posts.
@time_machine.travel(dt.datetime(2026, 11, 27, 10, 0, 30, tzinfo=dt.UTC), tick=False)
def test_posts_are_rate_limited_per_client(client, settings):
    settings.INTAKE_RATE_LIMIT = "3/m"
    statuses = [post(client, 1, WHO).status_code for _ in range(4)]
    assert statuses == [302, 302, 302, 429]
    assert "For mange forsøg" in post(client, 1, WHO).content.decode()


def test_csrf_is_required():
    client = Client(enforce_csrf_checks=True)
    client.get("/klag/trin/1/")
    assert post(client, 1, WHO).status_code == 403


def test_the_guide_prefills_the_form(client):
    session = client.session
    session["triage_guide"] = {"description": "Skolen svarer ikke på mine mails", "contacted_unit": "yes_no_answer",
                               "forvaltning": "BUF", "event_date": "2026-10-01"}
    session.save()
    assert "Dine svar fra guiden" in client.get("/klag/?fra=guide").content.decode()
    post(client, 1, WHO)
    post(client, 2, CONTACT)
    step3 = client.get("/klag/trin/3/").content.decode()
    assert "Skolen svarer ikke på mine mails" in step3 and 'value="01.10.2026"' in step3


def test_the_review_shows_the_guides_answer_without_blocking(client):
    post(client, 1, WHO)
    post(client, 2, CONTACT)
    post(client, 3, {**about(), "description": "Jeg vil klage over min skat fra Skattestyrelsen, den er for høj."})
    post(client, 4, {"contacted_unit": "no"})
    review = client.get("/klag/trin/5/").content.decode()
    assert "Du kan stadig sende din klage" in review
    assert post(client, 5, {"consent": "no", "action": "submit"}).status_code == 302
    assert Henvendelse.objects.get().triage["verdict"] in {"out_of_scope", "contact_unit_first"}


def _review_hint(client, description: str) -> str:
    """The triage hint on the review page after a form filled in with ``description``."""
    for number, data in ((1, WHO), (2, CONTACT), (3, {**about(), "description": description}),
                         (4, {"contacted_unit": "no"})):
        post(client, number, data)
    review = client.get("/klag/trin/5/").content.decode()
    hint = review[review.index('id="triage-hint"'):]
    return hint[:hint.index("Du kan stadig sende din klage")]


def test_the_hint_for_a_police_officers_conduct_names_the_police_complaints_authority(client):
    """As the public guide (issue 12): an officer's conduct goes to Den Uafhængige Politiklagemyndighed, on its own
    site, in the list and in the explanation; a burglary report stays with the police."""
    hint = _review_hint(client, "En betjent råbte af mig og skubbede mig under en kontrol på Nørrebro. "
                                "Jeg vil klage over hans opførsel.")
    assert "Den Uafhængige Politiklagemyndighed" in hint and "politiklagemyndigheden.dk" in hint
    assert "politi.dk" not in hint and "henvende dig til Politiet" not in hint

    hint = _review_hint(Client(), "Der har været indbrud i min kælder, og politiet har ikke svaret på min anmeldelse.")
    assert "Politiklagemyndighed" not in hint


def test_business_with_a_lawyer_and_a_power_of_attorney(client):
    poa = SimpleUploadedFile("fuldmagt.pdf", files.PDF)
    response = post(client, 1, {"submitter_kind": "business", "company_name": "Bageriet ApS", "cvr": "64942212",
                                "on_behalf": "other", "relation": "lawyer", "power_of_attorney": poa})
    assert response.status_code == 302
    post(client, 2, {**CONTACT, "cpr": "", "preferred_channel": "digital_post"})
    post(client, 3, about())
    post(client, 4, DOCUMENTS)
    post(client, 5, {"consent": "yes", "action": "submit"})
    henvendelse = Henvendelse.objects.get()
    assert henvendelse.cvr == "64942212" and henvendelse.relation == "lawyer" and henvendelse.on_behalf
    assert henvendelse.attachments.get().kind == "fuldmagt"


def test_attachments_are_served_only_to_permitted_staff(client):
    post(client, 1, WHO)
    post(client, 2, CONTACT)
    post(client, 3, about())
    post(client, 4, {**DOCUMENTS, "answer_file": SimpleUploadedFile("svar.pdf", files.PDF)})
    post(client, 5, {"consent": "yes", "action": "submit"})
    attachment = Attachment.objects.get()
    url = f"/klag/bilag/{attachment.pk}/"
    assert client.get(url).status_code == 302  # to the login page
    staff = User.objects.create_user("rita", password="x" * 16, is_staff=True)
    login_verified(client, staff)
    assert client.get(url).status_code == 403  # staff, but no role that may read henvendelser
    staff.groups.add(Group.objects.get(name=Role.RAADGIVER))
    staff = User.objects.get(pk=staff.pk)
    login_verified(client, staff)
    response = client.get(url)
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == files.PDF
    # The download is in the audit log, under the henvendelse, without the file name.
    [event] = AuditEvent.objects.filter(action="download")
    assert event.username == "rita" and event.object_label == attachment.henvendelse.reference
    assert "svar" not in event.detail


def test_english(client):
    response = client.get("/en/klag/trin/1/")
    assert response.status_code == 200
