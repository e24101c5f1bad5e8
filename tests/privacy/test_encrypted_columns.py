"""The data migrations that encrypt columns which used to be plain: rows written in clear end up
encrypted (and, for attachment names, with CPR numbers masked); migrating back gives the plain text back."""

from __future__ import annotations

import pytest
from django.db import connection
from django.utils import timezone

from borgerraad.cases.models import Extension, Pause, StatusChange
from borgerraad.cases.services import case_open_from_henvendelse
from borgerraad.intake.models import Attachment
from tests.intake.factories import make_henvendelse
from tests.migrations import migrate_to, migrate_to_latest

CPR = "120483-1234"
CASES_BEFORE = ("cases", "0004_hoering_sent_on_dispatch")
INTAKE_BEFORE = ("intake", "0004_henvendelse_case_opened")


def _raw(sql: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(sql, [pk])
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True)
def test_existing_rows_are_encrypted_and_migrating_back_restores_them():
    henvendelse = make_henvendelse()
    case = case_open_from_henvendelse(henvendelse=henvendelse)
    reason = f"Venter på Bo ({CPR})"
    pause = Pause.objects.create(case=case, started_on=timezone.localdate(), reason=reason)
    extension = Extension.objects.create(case=case, working_days=3, reason=reason, at=timezone.now())
    change = StatusChange.objects.create(case=case, to_status="visiteret", at=timezone.now(), reason=reason)
    attachment = Attachment.objects.create(
        henvendelse=henvendelse, kind="other", file="uploads/x.pdf", original_name="scan.pdf",
        content_type="application/pdf", extension=".pdf", size=1, sha256="0" * 64,
    )
    try:
        migrate_to(CASES_BEFORE, INTAKE_BEFORE)
        for table, pk in (("cases_pause", pause.pk), ("cases_extension", extension.pk),
                          ("cases_statuschange", change.pk)):
            assert _raw(f"SELECT reason FROM {table} WHERE id = %s", pk) == reason  # noqa: S608
        with connection.cursor() as cursor:  # a name stored in clear before masking knew glued numbers
            cursor.execute("UPDATE intake_attachment SET original_name = %s WHERE id = %s",
                           [f"scan_{CPR}.pdf", attachment.pk.hex])
    finally:
        migrate_to_latest()

    for table, pk in (("cases_pause", pause.pk), ("cases_extension", extension.pk),
                      ("cases_statuschange", change.pk)):
        raw = _raw(f"SELECT reason FROM {table} WHERE id = %s", pk)  # noqa: S608
        assert raw.startswith("fernet:") and "120483" not in raw
    assert Pause.objects.get(pk=pause.pk).reason == reason
    raw_name = _raw("SELECT original_name FROM intake_attachment WHERE id = %s", attachment.pk.hex)
    assert raw_name.startswith("fernet:")
    assert Attachment.objects.get(pk=attachment.pk).original_name == "scan_120483-xxxx.pdf"
