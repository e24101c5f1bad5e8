"""Replies join their case, CPR numbers get the one security notice, council mail is a referral."""

from __future__ import annotations

import pytest
from django.core import mail

from borgerraad.cases.selectors import case_journal
from borgerraad.cases.services import case_open_from_henvendelse
from borgerraad.channels.email.imap import mail_poll
from borgerraad.channels.models import InboundMessage, InboundStatus, Referral
from borgerraad.intake.models import Channel, Henvendelse
from tests.channels import corpus

pytestmark = pytest.mark.django_db

CPR = "120345-1234"  # 12 March 1945, SSSS 1234 (modulus 11 is not checked)


def _first_case(deliver):
    deliver(corpus.plain_utf8(message_id="<first@example.dk>"))
    mail_poll()
    henvendelse = Henvendelse.objects.get()
    return henvendelse, case_open_from_henvendelse(henvendelse=henvendelse)


def test_a_reply_with_the_reference_in_the_subject_joins_the_case(deliver, folder_count):
    henvendelse, case = _first_case(deliver)
    deliver(corpus.plain_utf8(text="Her er de papirer, I bad om.", subject=f"SV: Din henvendelse {case.reference}"))
    result = mail_poll()
    assert result.registered == 1
    assert Henvendelse.objects.count() == 1
    reply = InboundMessage.objects.get(status=InboundStatus.JOINED)
    assert reply.joined_to == henvendelse and reply.henvendelse is None
    journal = case_journal(case=case)
    assert [entry.kind for entry in journal].count("inbound") == 1
    assert "E-mail" in next(entry.title for entry in journal if entry.kind == "inbound")
    assert folder_count("Behandlet") == 2


def test_a_reply_by_in_reply_to_joins_the_case_and_brings_its_files(deliver):
    henvendelse, case = _first_case(deliver)
    deliver(corpus.nested_with_inline_image(subject="Re: min klage", in_reply_to="<first@example.dk>"))
    mail_poll()
    assert Henvendelse.objects.count() == 1
    assert InboundMessage.objects.get(status=InboundStatus.JOINED).joined_to == henvendelse
    assert sorted(a.original_name for a in henvendelse.attachments.all()) == ["afgørelse.pdf", "skade.png"]


def test_a_cpr_number_gets_one_security_notice_without_the_number(deliver, django_capture_on_commit_callbacks):
    raw = corpus.plain_utf8(text=f"Mit CPR-nummer er {CPR}. Jeg klager over min sag.")
    deliver(raw)
    with django_capture_on_commit_callbacks(execute=True):
        mail_poll()
    henvendelse = Henvendelse.objects.get()
    assert henvendelse.text_has_cpr
    notices = [m for m in mail.outbox if "ikke sikker" in m.subject]
    assert len(notices) == 1
    notice = notices[0]
    assert notice.to == [corpus.CITIZEN]
    assert CPR not in notice.body and CPR[:6] not in notice.body and "hjælpemidler" not in notice.body
    assert henvendelse.reference in notice.body and "Digital Post" in notice.body
    assert notice.extra_headers["Auto-Submitted"] == "auto-replied"
    deliver(raw)  # seen again: no second notice
    with django_capture_on_commit_callbacks(execute=True):
        mail_poll()
    assert len([m for m in mail.outbox if "ikke sikker" in m.subject]) == 1


def test_the_security_notice_is_sent_once_even_if_the_task_runs_twice(deliver, django_capture_on_commit_callbacks):
    from borgerraad.channels.email.services import email_security_notice_send

    deliver(corpus.plain_utf8(text=f"CPR {CPR}"))
    with django_capture_on_commit_callbacks(execute=True):
        mail_poll()
    inbound = InboundMessage.objects.get()
    assert email_security_notice_send(inbound_id=inbound.pk) is False
    assert len([m for m in mail.outbox if "ikke sikker" in m.subject]) == 1


def test_mail_without_cpr_gets_no_security_notice(deliver, django_capture_on_commit_callbacks):
    deliver(corpus.plain_utf8())
    with django_capture_on_commit_callbacks(execute=True):
        mail_poll()
    assert not [m for m in mail.outbox if "ikke sikker" in m.subject]


def test_mail_from_the_council_domain_is_a_referral_with_the_member_as_referrer(
    deliver, django_capture_on_commit_callbacks,
):
    from borgerraad.accounts.roles import Role
    from tests.accounts.helpers import staff_user

    member = staff_user("br-anna", Role.BORGERREPRAESENTANT, is_staff=False, email="anna.jensen@br.kk.dk")
    deliver(corpus.plain_utf8(sender="Anna.Jensen@br.kk.dk", name="Anna Jensen",
                              text=f"En borger har bedt mig videresende dette. CPR {CPR}."))
    with django_capture_on_commit_callbacks(execute=True):
        mail_poll()
    henvendelse = Henvendelse.objects.get()
    assert henvendelse.channel == Channel.BR_REFERRAL
    referral = Referral.objects.get()
    assert referral.henvendelse == henvendelse and referral.member == member
    assert referral.member_email == "anna.jensen@br.kk.dk"
    assert henvendelse.email == ""  # the member is not the citizen: no receipt to them as if they were
    assert not [m for m in mail.outbox if "ikke sikker" in m.subject]


def test_the_cpr_number_from_an_email_is_masked_in_staff_views(deliver, client):
    from borgerraad.accounts.roles import Role
    from tests.accounts.helpers import login_verified, staff_user

    deliver(corpus.plain_utf8(text=f"Mit CPR-nummer er {CPR}."))
    mail_poll()
    henvendelse = Henvendelse.objects.get()
    login_verified(client, staff_user("rita", Role.RAADGIVER))
    for url in ("/medarbejder/indbakke/", f"/medarbejder/henvendelser/{henvendelse.reference}/"):
        page = client.get(url).content.decode()
        assert CPR not in page and CPR.replace("-", "") not in page
    assert "120345-xxxx" in client.get(f"/medarbejder/henvendelser/{henvendelse.reference}/").content.decode()


def test_health_information_without_a_cpr_number_also_gets_the_security_notice(
    deliver, django_capture_on_commit_callbacks,
):
    deliver(corpus.plain_utf8(text="Jeg er sygemeldt med depression, og jobcentret svarer ikke på mine breve."))
    with django_capture_on_commit_callbacks(execute=True):
        mail_poll()
    notices = [m for m in mail.outbox if "ikke sikker" in m.subject]
    assert len(notices) == 1 and "depression" not in notices[0].body
