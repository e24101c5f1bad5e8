"""Bad input on the public complaint form gets a clear answer, never a crash or a flood.

Every attack goes through HTTP (Django's test client), the way a browser or a script would send it.
"""

from __future__ import annotations

import datetime as dt
import tracemalloc

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils.html import escape

from borgerraad.intake import services
from borgerraad.intake.models import Attachment, Draft, Henvendelse
from borgerraad.intake.uploads import DOCX, detect_type
from borgerraad.intake.views import COOKIE_NAME
from tests.intake import files
from tests.intake.test_views import CONTACT, DOCUMENTS, WHO, about, fill_all, post

pytestmark = pytest.mark.django_db


# --- CPR numbers with look-alike digits -----------------------------------------------------------


@pytest.mark.parametrize("cpr", [
    "¹²⁰⁴⁸³-¹²³⁴",  # superscripts: str.isdigit() is true, int() raises
    "①②⓪④⑧③-①②③④",  # circled digits
    "１２０４８３-１２３４",  # full-width
    "١٢٠٤٨٣-١٢٣٤",  # Arabic-Indic
    "²²²²²²²²²²",
])
def test_cpr_with_look_alike_digits_gets_a_clear_error_on_the_form(client, cpr):
    post(client, 1, WHO)
    response = post(client, 2, {**CONTACT, "cpr": cpr, "preferred_channel": "digital_post"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Skriv CPR-nummeret med almindelige cifre 0-9" in content
    assert 'value="Alice Jensen"' in content  # the rest of the step is kept


def test_cpr_with_look_alike_digits_in_english(client):
    post(client, 1, WHO, HTTP_ACCEPT_LANGUAGE="en")
    response = client.post("/en/klag/trin/2/", {"action": "next", **CONTACT, "cpr": "１２０４８３-１２３４"})
    assert response.status_code == 200
    assert "Write the CPR number with the ordinary digits 0-9" in response.content.decode()


def test_a_draft_with_look_alike_digits_cannot_be_submitted(client):
    fill_all(client)
    response = post(client, 2, {**CONTACT, "cpr": "①②⓪④⑧③-①②③④"})
    assert response.status_code == 200
    response = post(client, 5, {"consent": "yes", "action": "submit"})
    assert response.status_code == 302 and "/klag/trin/2/" in response["Location"]
    assert not Henvendelse.objects.exists()


# --- Downloads never carry the citizen's name or extension ------------------------------------------


def _raadgiver(client):
    from django.contrib.auth.models import Group, User

    from borgerraad.accounts.roles import Role
    from tests.accounts.helpers import login_verified

    staff = User.objects.create_user("rita", password="x" * 16, is_staff=True)
    staff.groups.add(Group.objects.get(name=Role.RAADGIVER))
    login_verified(client, User.objects.get(pk=staff.pk))
    return client


@pytest.mark.parametrize(("name", "data", "content_type", "extension"), [
    ("Afgoerelse.pdf.hta", files.PDF, "application/pdf", ".pdf"),
    ("run.bat", b"@echo off\r\nformat c: /q\r\n", "text/plain", ".txt"),
    ("..\\..\\Windows\\evil.exe.png", files.PNG, "image/png", ".png"),
    ("brev.docm", files.docx(), DOCX, ".docx"),
])
def test_a_download_gets_a_safe_name_and_the_detected_type(client, name, data, content_type, extension):
    post(client, 1, WHO)
    post(client, 2, CONTACT)
    post(client, 3, about())
    post(client, 4, {**DOCUMENTS, "other_files": [SimpleUploadedFile(name, data, content_type="application/hta")]})
    assert post(client, 5, {"consent": "yes", "action": "submit"}).status_code == 302
    attachment = Attachment.objects.get()
    staff = _raadgiver(Client())
    page = staff.get(f"/medarbejder/henvendelser/{attachment.henvendelse.reference}/")
    response = staff.get(f"/klag/bilag/{attachment.pk}/")
    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert disposition == f'attachment; filename="bilag-{attachment.pk.hex[:8]}{extension}"'
    assert response["Content-Type"] == content_type
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == data
    # The page still shows the name the citizen gave the file, so staff know which is which.
    assert name.endswith(attachment.original_name)  # Django's upload parser drops any path
    assert page.status_code == 200 and escape(attachment.original_name) in page.content.decode()


# --- Zip bombs -------------------------------------------------------------------------------------

# No upload may cost more than a few MB of memory, whatever its members claim.
MEMORY_BUDGET = 8 * 1024 * 1024


def _peak_bytes(call):
    tracemalloc.start()
    try:
        result = call()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def _post_documents(client, name, data):
    post(client, 1, WHO)
    post(client, 2, CONTACT)
    post(client, 3, about())
    # The step once before the measured post: what a process does only once (the triage engine's compiled
    # configuration, the templates) is not the upload's cost, and would be counted in a worker that has not yet
    # triaged anything.
    assert client.get("/klag/trin/4/").status_code == 200
    upload = SimpleUploadedFile(name, data, content_type="application/vnd.openxmlformats-officedocument")
    return _peak_bytes(lambda: post(client, 4, {**DOCUMENTS, "other_files": [upload]}))


@pytest.mark.parametrize(("maker", "message"), [
    (files.zip_bomb, "fylder alt for meget, når den pakkes ud"),  # a member declaring 200 MB
    (files.many_members_zip, "fylder alt for meget, når den pakkes ud"),  # 5,000 members
    (files.lying_zip, "ikke en filtype, vi kan modtage"),  # declares 300 bytes, inflates to 200 MB
])
def test_a_zip_bomb_is_refused_clearly_within_a_few_mb(client, maker, message):
    response, peak = _post_documents(client, "Afgørelse.docx", maker())
    assert response.status_code == 200
    content = response.content.decode()
    assert message in content and "Afgørelse.docx" in content
    assert 'value="15.09.2026"' in content  # the rest of the step is kept
    assert not Attachment.objects.exists()
    assert peak < MEMORY_BUDGET, f"the request used {peak / 1e6:.0f} MB"


@pytest.mark.parametrize("maker", [files.zip_bomb, files.lying_zip, files.many_members_zip])
def test_checking_a_zip_bomb_costs_less_than_two_mb(maker):
    upload = SimpleUploadedFile("bombe.docx", maker())
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError):
            detect_type(upload)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 * 1024 * 1024 + len(upload), f"the check used {peak / 1e6:.1f} MB"


def test_real_documents_still_pass_the_zip_checks():
    assert detect_type(SimpleUploadedFile("brev.docx", files.docx())).extension == ".docx"
    assert detect_type(SimpleUploadedFile("brev.odt", files.odt())).extension == ".odt"


def test_a_large_text_file_is_checked_in_chunks():
    text = ("Kære kommune, æøå. " * 300_000).encode()  # about 6 MB
    upload = SimpleUploadedFile("brev.txt", text)
    detected, peak = _peak_bytes(lambda: detect_type(upload))
    assert detected.extension == ".txt"
    assert peak < 1024 * 1024


# --- Drafts only for real answers -------------------------------------------------------------------


def _session_rows() -> int:
    from django.contrib.sessions.models import Session

    return Session.objects.count()


def test_visits_create_no_draft_and_no_session(client):
    for url in ("/klag/", "/klag/trin/1/", "/klag/?fra=guide", "/en/klag/trin/1/"):
        response = client.get(url)
        assert response.status_code == 200
    assert Draft.objects.count() == 0 and _session_rows() == 0
    assert COOKIE_NAME not in client.cookies


def test_an_invalid_first_step_stores_nothing_and_keeps_what_was_typed(client):
    response = post(client, 1, {"submitter_kind": "business", "company_name": "Bageriet ApS", "cvr": "12345678"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "CVR-nummeret er ikke gyldigt" in content and 'value="Bageriet ApS"' in content
    assert Draft.objects.count() == 0 and _session_rows() == 0


def test_the_first_valid_answer_creates_the_draft(client):
    client.get("/klag/trin/1/")
    assert post(client, 1, WHO).status_code == 302
    draft = Draft.objects.get()
    assert draft.completed_steps == [1] and _session_rows() == 1
    assert client.get("/klag/trin/2/").status_code == 200


def test_a_valid_power_of_attorney_on_an_invalid_first_step_is_not_stored(client):
    poa = SimpleUploadedFile("fuldmagt.pdf", files.PDF)
    response = post(client, 1, {"submitter_kind": "citizen", "on_behalf": "other", "relation": "lawyer",
                                "power_of_attorney": poa})
    assert response.status_code == 200 and "Skriv navnet på den, du klager for" in response.content.decode()
    assert not Draft.objects.exists() and not Attachment.objects.exists()
    poa.seek(0)
    response = post(client, 1, {"submitter_kind": "citizen", "on_behalf": "other", "relation": "lawyer",
                                "represented_name": "Bo Hansen", "power_of_attorney": poa})
    assert response.status_code == 302
    assert Attachment.objects.get().draft == Draft.objects.get()


def test_a_megabyte_answer_is_refused_cleanly_and_not_stored(client):
    post(client, 1, WHO)
    post(client, 2, CONTACT)
    huge = "Jeg klager. " * 90_000  # about a megabyte
    response = post(client, 3, {**about(), "description": huge, "event_date": "x" * 500_000})
    assert response.status_code == 200
    content = response.content.decode()
    assert "højst" in content and "20000" in content  # Django's max_length message, in Danish
    answers = services.draft_answers(Draft.objects.get())
    assert "description" not in answers and "event_date" not in answers
    assert len(Draft.objects.get().data) < 10_000
    # Within the limits, an answer with an error is kept in the draft as typed.
    post(client, 3, {**about(), "event_date": "99.99.2026"})
    assert services.draft_answers(Draft.objects.get())["event_date"] == "99.99.2026"


def test_a_body_over_djangos_field_limit_gets_a_clean_refusal(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100_000
    post(client, 1, WHO)
    client.raise_request_exception = False
    response = post(client, 2, {**CONTACT, "name": "x" * 200_000})
    assert response.status_code in (400, 413)
    assert services.draft_answers(Draft.objects.get()).get("name") is None


# --- The rate limit page tells the truth and keeps the answers --------------------------------------


# The clock stands still: django-ratelimit counts in fixed windows whose edge may fall between two posts.
@time_machine.travel(dt.datetime(2026, 11, 27, 10, 0, 30, tzinfo=dt.UTC), tick=False)
def test_rate_limited_first_step_says_nothing_was_saved_and_shows_the_answers(client, settings):
    settings.INTAKE_RATE_LIMIT = "2/m"
    typed = {"submitter_kind": "business", "company_name": "Bageriet ApS", "cvr": "12345678", "on_behalf": "self"}
    statuses = [post(client, 1, typed).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    response = post(client, 1, typed)
    content = response.content.decode()
    assert response.status_code == 429 and "For mange forsøg" in content
    assert "ikke gemt og ikke sendt" in content and "Dine svar er gemt" not in content
    assert "ligger i din kladde" not in content  # there is no draft
    assert 'value="Bageriet ApS"' in content and 'value="12345678"' in content
    assert not Draft.objects.exists()


# The clock stands still: django-ratelimit counts in fixed windows whose edge may fall between two posts.
@time_machine.travel(dt.datetime(2026, 11, 27, 10, 0, 30, tzinfo=dt.UTC), tick=False)
def test_rate_limited_later_step_names_the_draft_and_keeps_the_page(client, settings):
    post(client, 1, WHO)
    post(client, 2, CONTACT)
    settings.INTAKE_RATE_LIMIT = "2/m"
    from django.core.cache import cache

    cache.clear()
    description = "Jobcentret har ikke svaret på mine breve i otte uger."
    post(client, 3, {**about(), "description": description, "event_date": "nej"})
    post(client, 3, {**about(), "description": description, "event_date": "nej"})
    response = post(client, 3, {**about(), "description": description + " Nyt afsnit."})
    content = response.content.decode()
    assert response.status_code == 429
    assert "ikke gemt og ikke sendt" in content
    assert "De ligger i din kladde på denne enhed indtil" in content
    assert description + " Nyt afsnit." in content  # what was typed is on the page
    assert "Nyt afsnit" not in services.draft_answers(Draft.objects.get())["description"]  # and honestly not saved


# The clock stands still: django-ratelimit counts in fixed windows whose edge may fall between two posts.
@time_machine.travel(dt.datetime(2026, 11, 27, 10, 0, 30, tzinfo=dt.UTC), tick=False)
def test_rate_limited_in_english(client, settings):
    settings.INTAKE_RATE_LIMIT = "1/m"
    client.post("/en/klag/trin/1/", {"action": "next", **WHO})
    response = client.post("/en/klag/trin/1/", {"action": "next", **WHO})
    assert response.status_code == 429
    assert "has not been saved or sent" in response.content.decode()
