"""A CPR number in the name of an e-mail's or a Digital Post message's sender is masked before the name is
stored (names are kept in clear for search); the number itself is kept encrypted as the CPR number.
A council member's referral form refuses one in the citizen's name."""

from __future__ import annotations

import pytest
from django.db import connection

from borgerraad.accounts.roles import Role
from borgerraad.channels.digital_post.services import digital_post_receive
from borgerraad.channels.email.services import email_receive
from borgerraad.channels.models import InboundMessage
from borgerraad.intake.models import Henvendelse
from tests.accounts.helpers import login_verified, staff_user
from tests.channels import corpus

from .test_digital_post import CITIZEN_CPR, _citizen_reply, _sent_by_us

pytestmark = pytest.mark.django_db


def _raw_row(table: str, column: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])  # noqa: S608 - fixed names
        return cursor.fetchone()[0]


def test_an_email_senders_name_with_a_cpr_number_is_masked_and_the_number_kept_encrypted():
    claim = email_receive(raw=corpus.plain_utf8(name="Birthe Hansen cpr.120483-1234"))
    henvendelse = Henvendelse.objects.get()
    assert henvendelse.name == "Birthe Hansen cpr.120483-xxxx"
    assert henvendelse.cpr == "120483-1234"
    assert "1204831234" not in _raw_row("intake_henvendelse", "name", henvendelse.pk).replace("-", "")
    assert _raw_row("intake_henvendelse", "cpr", henvendelse.pk).startswith("fernet:")
    assert _raw_row("channels_inboundmessage", "sender", claim.pk).startswith("fernet:")
    assert InboundMessage.objects.get().sender == corpus.CITIZEN


def test_a_digital_post_senders_cpr_number_is_not_replaced_by_one_in_the_name():
    xml = _citizen_reply(_sent_by_us("BR-1999-99999"), text="Jeg vil klage.").replace(
        b"Mette Hansen", b"Mette Hansen 0101801234")
    digital_post_receive(xml=xml)
    henvendelse = Henvendelse.objects.get()
    assert henvendelse.name == "Mette Hansen 010180-xxxx"
    assert henvendelse.cpr == CITIZEN_CPR  # the sender's own CPR number from Digital Post


def test_a_council_member_cannot_write_the_citizens_cpr_number_in_the_name(client):
    anna = staff_user("anna", Role.BORGERREPRAESENTANT, is_staff=False, email="anna.jensen@br.kk.dk")
    login_verified(client, anna)
    response = client.post("/medarbejder/henvisninger/ny/", {
        "token": "t-1", "name": "Karen Larsen 120483-1234", "email": "karen@example.dk", "phone": "",
        "address": "", "description": "Karen har ventet et halvt år på svar.", "citizen_consented": "on",
    })
    assert response.status_code == 200
    content = response.content.decode()
    assert "Skriv ikke borgerens CPR-nummer." in content and "Karen har ventet et halvt år på svar." in content
    assert not Henvendelse.objects.exists()
