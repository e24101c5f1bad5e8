"""An e-mail that can never be registered is not retried every two minutes for ever: after
``CHANNELS_MAIL_MAX_ATTEMPTS`` polls it is moved to the failed folder on the real IMAP server
(Dovecot), its raw message is kept, and advisors and the leader see it under /medarbejder/fejlet-post/
with the kind of error and a download of the raw message; other roles do not."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from borgerraad.accounts.roles import Role
from borgerraad.channels.email import imap
from borgerraad.channels.email.imap import mail_poll
from borgerraad.channels.models import FailedMail, InboundMessage
from borgerraad.privacy.models import AuditEvent
from tests.accounts.helpers import login_verified, staff_user
from tests.channels import corpus

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def danish():
    with translation.override("da"):
        yield


def _as_served(raw: bytes) -> bytes:
    """The message as the IMAP server hands it out (lines end in CRLF)."""
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


@pytest.fixture
def broken_registration(monkeypatch):
    """Registration fails as a bug would, with personal data in the error's message."""

    def broken(**kwargs):
        raise UnicodeDecodeError("utf-8", b"Birthe 120483-1234", 0, 1, "invalid start byte")

    monkeypatch.setattr(imap, "email_receive", broken)
    return monkeypatch


def test_a_mail_that_keeps_failing_is_moved_to_the_failed_folder_and_kept(
    deliver, folder_count, broken_registration, settings, imap_config,
):
    settings.CHANNELS_MAIL_MAX_ATTEMPTS = 3
    imap_config["failed_folder"] = "Fejlet"
    raw = corpus.plain_utf8(text="Min klage, som systemet ikke kan læse.")
    deliver(raw)
    for attempt in (1, 2):
        assert mail_poll().failed == 1
        assert folder_count("INBOX") == 1 and folder_count("Fejlet") == 0
        assert FailedMail.objects.get().attempts == attempt
    assert mail_poll().failed == 1
    assert folder_count("INBOX") == 0 and folder_count("Fejlet") == 1
    failure = FailedMail.objects.get()
    assert failure.attempts == 3 and failure.moved_at is not None
    assert failure.error_kind == "UnicodeDecodeError"
    assert failure.raw_file.read() == _as_served(raw)
    assert failure.message_id.startswith("<")
    assert mail_poll().failed == 0  # not tried again
    assert FailedMail.objects.get().attempts == 3


def test_a_mail_that_fails_once_and_then_registers_leaves_no_failure(deliver, folder_count, broken_registration):
    deliver(corpus.plain_utf8())
    assert mail_poll().failed == 1
    assert FailedMail.objects.count() == 1
    broken_registration.undo()
    assert mail_poll().registered == 1
    assert FailedMail.objects.count() == 0 and InboundMessage.objects.count() == 1
    assert folder_count("Behandlet") == 1


def _failed(deliver, settings, imap_config) -> tuple[FailedMail, bytes]:
    settings.CHANNELS_MAIL_MAX_ATTEMPTS = 1
    raw = corpus.plain_utf8(text="Jeg hedder Birthe og mit CPR-nummer er 120483-1234.")
    deliver(raw)
    mail_poll()
    return FailedMail.objects.get(), raw


@pytest.mark.parametrize("role", [Role.RAADGIVER, Role.LEDER])
def test_advisors_and_the_leader_see_failed_mail_and_download_the_raw_message(
    client, role, deliver, broken_registration, settings, imap_config,
):
    failure, raw = _failed(deliver, settings, imap_config)
    user = staff_user(f"user-{role}", role)
    login_verified(client, user)
    home = client.get(reverse("accounts:home"))
    assert "Fejlet post: 1 e-mail kunne ikke registreres" in home.content.decode()
    page = client.get(reverse("email_channel:failed_mail"))
    assert page.status_code == 200
    text = page.content.decode()
    assert "1 e-mail kunne ikke registreres." in text and "UnicodeDecodeError" in text
    assert "Flyttet til mappen for fejlet post" in text
    assert "120483" not in text and "Birthe" not in text  # the list shows no contents
    download = client.get(reverse("email_channel:failed_mail_download", args=[failure.pk]))
    assert download.status_code == 200
    assert download["Content-Type"] == "message/rfc822"
    assert "attachment" in download["Content-Disposition"]
    assert b"".join(download.streaming_content) == _as_served(raw)
    assert AuditEvent.objects.filter(user=user, action="download", object_type="channels.failedmail",
                                     object_id=str(failure.pk)).exists()


def test_the_page_is_in_english_for_english_staff(client, deliver, broken_registration, settings, imap_config):
    _failed(deliver, settings, imap_config)
    login_verified(client, staff_user("rasmus", Role.RAADGIVER))
    page = client.get("/en" + reverse("email_channel:failed_mail"))
    assert "1 e-mail could not be registered." in page.content.decode()


@pytest.mark.parametrize("role", [Role.SEKRETAER, Role.ADMINISTRATOR])
def test_roles_that_do_not_read_case_contents_cannot_see_failed_mail(
    client, role, deliver, broken_registration, settings, imap_config,
):
    failure, _raw = _failed(deliver, settings, imap_config)
    login_verified(client, staff_user(f"user-{role}", role))
    assert "Fejlet post" not in client.get(reverse("accounts:home")).content.decode()
    assert client.get(reverse("email_channel:failed_mail")).status_code == 403
    assert client.get(reverse("email_channel:failed_mail_download", args=[failure.pk])).status_code == 404
    assert not AuditEvent.objects.filter(object_type="channels.failedmail").exists()


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get(reverse("email_channel:failed_mail"))
    assert response.status_code == 302 and "log-ind" in response["Location"]
