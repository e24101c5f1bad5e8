"""Reasons typed on status changes, pauses and extensions are encrypted at rest like the other free text.

Rasmus pauses Bo Hansen's case while he waits for a doctor's note and extends its deadline; he writes
Bo's CPR number in both reasons. The page shows the reasons; the database rows never hold them in clear.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.urls import reverse

from borgerraad.cases.models import Extension, Pause, StatusChange
from tests.accounts.helpers import login_verified

pytestmark = pytest.mark.django_db

CPR = "120483-1234"


def _raw(table: str, case_id: int) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT reason FROM {table} WHERE case_id = %s", [case_id])  # noqa: S608 - fixed names
        return [row[0] for row in cursor.fetchall()]


def test_pause_status_and_extension_reasons_are_encrypted_at_rest(client, rasmus, visited_case):
    login_verified(client, rasmus)
    url = reverse("cases:transition", args=[visited_case.reference])
    assert client.post(url, {"to_status": "under_behandling"}).status_code == 302
    pause_reason = f"Venter på lægeerklæring fra Bo Hansen, cpr {CPR}."
    assert client.post(url, {"to_status": "afventer_borger", "reason": pause_reason}).status_code == 302
    extend_reason = f"Bo Hansen ({CPR}) er indlagt."
    response = client.post(reverse("cases:extend", args=[visited_case.reference]),
                           {"sag-working_days": 5, "sag-reason": extend_reason})
    assert response.status_code == 302

    for table in ("cases_statuschange", "cases_pause", "cases_extension"):
        raw = [value for value in _raw(table, visited_case.pk) if value]
        assert raw and all(value.startswith("fernet:") for value in raw), table
        assert not any("120483" in value or "Hansen" in value for value in raw), table
    assert Pause.objects.get(case=visited_case).reason == pause_reason
    assert Extension.objects.get(case=visited_case).reason == extend_reason
    assert pause_reason in [change.reason for change in StatusChange.objects.filter(case=visited_case)]
    page = client.get(reverse("cases:case", args=[visited_case.reference])).content.decode()
    assert "Venter på lægeerklæring fra Bo Hansen" in page
