"""Council members refer citizens and see their referrals' status, never the case contents."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from borgerraad.accounts.roles import Role
from borgerraad.cases.models import CaseStatus
from borgerraad.cases.selectors import inbox_list
from borgerraad.cases.services import case_open_from_henvendelse
from borgerraad.channels.council.selectors import referral_list
from borgerraad.channels.models import Referral
from borgerraad.core.calendar import TZ
from borgerraad.core.models import Office
from borgerraad.intake.models import Channel, Henvendelse
from tests.accounts.helpers import login_verified, staff_user
from tests.intake.files import EXE, PDF

pytestmark = pytest.mark.django_db


@pytest.fixture
def anna():
    return staff_user("anna", Role.BORGERREPRAESENTANT, is_staff=False, email="anna.jensen@br.kk.dk")


@pytest.fixture
def rita():
    return staff_user("rita", Role.RAADGIVER)


def _form(**overrides):
    data = {
        "token": "t-1", "name": "Karen Larsen", "email": "karen@example.dk", "phone": "", "address": "",
        "description": "Karen har ventet et halvt år på svar fra Socialforvaltningen.", "citizen_consented": "on",
    }
    return {**data, **overrides}


def test_a_member_refers_a_citizen(client, anna, rita, django_capture_on_commit_callbacks, settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    login_verified(client, anna)
    assert client.get("/medarbejder/henvisninger/ny/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/medarbejder/henvisninger/ny/", {
            **_form(), "files": [SimpleUploadedFile("brev.pdf", PDF)],
        })
    assert response.status_code == 302 and response["Location"].endswith("/medarbejder/henvisninger/")
    henvendelse = Henvendelse.objects.get()
    assert henvendelse.channel == Channel.BR_REFERRAL and henvendelse.name == "Karen Larsen"
    assert [a.original_name for a in henvendelse.attachments.all()] == ["brev.pdf"]
    referral = Referral.objects.get()
    assert referral.member == anna and not referral.consent_to_share
    # The same form sent twice (double click) registers once.
    client.post("/medarbejder/henvisninger/ny/", _form())
    assert Henvendelse.objects.count() == 1
    # The citizen is told a member referred the case; staff see it in the inbox with its channel.
    receipt = next(m for m in mail.outbox if m.to == ["karen@example.dk"])
    assert "medlem af Borgerrepræsentationen" in receipt.body
    assert [item.henvendelse for item in inbox_list(user=rita)] == [henvendelse]


def test_consent_is_required_and_files_are_checked(client, anna):
    login_verified(client, anna)
    response = client.post("/medarbejder/henvisninger/ny/", _form(citizen_consented=""))
    assert response.status_code == 200 and "samtykke" in response.content.decode()
    response = client.post("/medarbejder/henvisninger/ny/", {
        **_form(), "files": [SimpleUploadedFile("virus.pdf", EXE)],
    })
    assert response.status_code == 200 and "ikke en filtype" in response.content.decode()
    assert Henvendelse.objects.count() == 0


def test_the_member_sees_status_only_and_cannot_open_the_case(client, anna, rita):
    login_verified(client, anna)
    client.post("/medarbejder/henvisninger/ny/", _form())
    henvendelse = Henvendelse.objects.get()
    page = client.get("/medarbejder/henvisninger/").content.decode()
    assert henvendelse.reference in page and "Modtaget" in page
    assert "halvt år" not in page
    case = case_open_from_henvendelse(henvendelse=henvendelse, by=rita)
    assert "Under behandling" in client.get("/medarbejder/henvisninger/").content.decode()
    case.status = CaseStatus.AFSLUTTET
    case.save(update_fields=["status"])
    assert referral_list(user=anna)[0].status == "Afsluttet"
    assert client.get(f"/medarbejder/sager/{case.reference}/").status_code == 403
    assert client.get(f"/medarbejder/henvendelser/{henvendelse.reference}/").status_code == 403
    assert client.get("/medarbejder/indbakke/").status_code == 403
    front = client.get("/medarbejder/")  # the front page sends members to their referrals (accounts.navigation)
    assert (front.status_code, front["Location"]) == (302, "/medarbejder/henvisninger/")


def test_with_consent_to_share_the_member_sees_what_it_is_about(client, anna):
    login_verified(client, anna)
    client.post("/medarbejder/henvisninger/ny/", _form(consent_to_share="on"))
    assert "halvt år" in client.get("/medarbejder/henvisninger/").content.decode()


def test_members_see_only_their_own_referrals_and_others_none(client, anna, rita):
    bent = staff_user("bent", Role.BORGERREPRAESENTANT, is_staff=False)
    login_verified(client, anna)
    client.post("/medarbejder/henvisninger/ny/", _form())
    assert referral_list(user=bent) == []
    assert len(referral_list(user=anna)) == 1 and len(referral_list(user=rita)) == 1
    login_verified(client, rita)
    assert client.get("/medarbejder/henvisninger/ny/").status_code == 403


def test_signed_out_users_are_sent_to_sign_in(client):
    assert client.get("/medarbejder/henvisninger/").status_code == 302


def test_the_member_sees_each_referral_as_the_citizens_timeline_with_dates(client, anna, rita):
    login_verified(client, anna)
    client.post("/medarbejder/henvisninger/ny/", _form())
    henvendelse = Henvendelse.objects.get()
    page = client.get("/medarbejder/henvisninger/").content.decode()
    assert 'class="status-timeline"' in page
    assert '<strong>Modtaget</strong>' in page and 'aria-current="step"' in page
    case = case_open_from_henvendelse(henvendelse=henvendelse, by=rita)
    case.status, case.closed_at = CaseStatus.AFSLUTTET, case.created_at
    case.save(update_fields=["status", "closed_at"])
    page = client.get("/medarbejder/henvisninger/").content.decode()
    steps = re.findall(r"<li class=\"status-timeline-step([^\"]*)\"[^>]*>\s*<strong>([^<]+)</strong>", page)
    assert steps == [("", "Modtaget"), ("", "Under behandling"), (" status-timeline-current", "Afsluttet")]
    assert f"{case.closed_at.astimezone(TZ):%-d}. " in page
    assert "halvt år" not in page


def test_the_council_page_links_to_the_members_sign_in_and_referral_form(client, anna):
    page = client.get("/borgerrepraesentanter/").content.decode()
    sign_in = "/medarbejder/log-ind/?next=/medarbejder/henvisninger/"
    assert f'href="{sign_in}"' in page and 'href="/medarbejder/henvisninger/ny/"' in page
    assert "BR-mail" in page  # the secure mail is still the other way
    heading = client.get(sign_in).content.decode()
    assert "Log ind som medlem af Borgerrepræsentationen" in heading and "Log ind som medarbejder" not in heading
    # Sent to sign in from the referral form, a member is greeted the same way; staff are not.
    to_sign_in = client.get("/medarbejder/henvisninger/ny/")["Location"]
    assert "Log ind som medlem af" in client.get(to_sign_in).content.decode()
    staff = client.get("/medarbejder/log-ind/?next=/medarbejder/indbakke/").content.decode()
    assert "Log ind som medarbejder" in staff and "Log ind som medlem" not in staff


def test_the_sign_in_names_the_configured_council_in_english_too(client):
    Office.objects.update(council_name="Byrådet")
    assert "Log ind som medlem af Byrådet" in client.get(
        "/medarbejder/log-ind/?next=/medarbejder/henvisninger/ny/").content.decode()
    page = client.get("/en/borgerrepraesentanter/").content.decode()
    assert 'href="/en/medarbejder/log-ind/?next=/en/medarbejder/henvisninger/"' in page
    assert "Sign in as a member of Byrådet" in client.get(
        "/en/medarbejder/log-ind/?next=/en/medarbejder/henvisninger/").content.decode()
