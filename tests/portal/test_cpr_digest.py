"""The keyed CPR digest: the same person's henvendelser share it whatever the typing, it depends on the
field key (so a leaked table cannot be brute-forced without it), old rows are backfilled, and a key
rotation recomputes it."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command

from borgerraad.intake.models import Henvendelse
from borgerraad.privacy.digests import cpr_digest
from tests.intake.factories import make_henvendelse
from tests.migrations import migrate_to, migrate_to_latest


@pytest.mark.django_db
def test_the_same_cpr_typed_differently_gives_the_same_digest_and_another_cpr_does_not():
    first = make_henvendelse(cpr="120483-1234")
    second = make_henvendelse(cpr="1204831234")
    other = make_henvendelse(cpr="010190-1234")
    none = make_henvendelse()
    assert first.cpr_digest and first.cpr_digest == second.cpr_digest
    assert other.cpr_digest != first.cpr_digest
    assert none.cpr_digest == ""
    assert "1234" not in first.cpr_digest and len(first.cpr_digest) == 64


def test_the_digest_depends_on_the_field_key(settings):
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    one = cpr_digest("1204831234")
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    assert cpr_digest("1204831234") != one


@pytest.mark.django_db(transaction=True)
def test_existing_rows_are_backfilled_by_the_migration():
    henvendelse = make_henvendelse(cpr="120483-1234")
    Henvendelse.objects.filter(pk=henvendelse.pk).update(cpr_digest="")
    try:
        migrate_to(("intake", "0006_henvendelse_receipt_claim"))
    finally:
        migrate_to_latest()
    assert Henvendelse.objects.get(pk=henvendelse.pk).cpr_digest == cpr_digest("1204831234")


@pytest.mark.django_db
def test_a_key_rotation_recomputes_the_digests(settings):
    old = settings.FIELD_ENCRYPTION_KEYS[0]
    henvendelse = make_henvendelse(cpr="120483-1234")
    before = henvendelse.cpr_digest
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode(), old]
    call_command("rotate_field_keys", stdout=open("/dev/null", "w"))  # noqa: SIM115
    henvendelse.refresh_from_db()
    assert henvendelse.cpr_digest == cpr_digest("1204831234") != before
