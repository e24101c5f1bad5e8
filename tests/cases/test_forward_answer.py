"""Recording the unit's answer to a forwarded klagepunkt (its date and whether the citizen got medhold).

Rasmus forwarded Bo's complaint about the Jobcenter to the unit (forvaltningsloven § 7, stk. 2);
the unit answered Bo with a copy to us, and Rasmus records the answer on the case page. The
dashboard's answer times and share resolved (insights) are counted from what is recorded here.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from borgerraad.cases.models import Klagepunkt
from borgerraad.cases.services import visitation_record
from borgerraad.core.calendar import TZ
from borgerraad.privacy.models import AuditEvent
from tests.accounts.helpers import login_verified

from .conftest import point

NOW = dt.datetime(2026, 3, 16, 12, 0, tzinfo=TZ)


@pytest.fixture
def forwarded(case, rasmus, time_machine):
    time_machine.move_to(dt.datetime(2026, 3, 2, 10, 0, tzinfo=TZ), tick=False)
    visitation_record(case=case, points=[point(decision="forward")], by=rasmus)
    time_machine.move_to(NOW, tick=False)
    return Klagepunkt.objects.get(case=case)


def url(case, number=1):
    return reverse("cases:klagepunkt_forward_answer", args=[case.reference, number])


def post(client, user, case, **data):
    login_verified(client, user)
    return client.post(url(case), {f"videresendt1-{key}": value for key, value in data.items()})


def test_the_advisor_records_the_units_answer(client, rasmus, case, forwarded):
    page = (login_verified(client, rasmus), client.get(reverse("cases:case", args=[case.reference])))[1]
    assert "Enhedens svar på videresendt klagepunkt 1" in page.content.decode()
    response = post(client, rasmus, case, answered_on="12.03.2026", result="delvist_medhold")
    assert response.status_code == 302
    forwarded.refresh_from_db()
    assert (forwarded.forward_answered_on, forwarded.forward_result) == (dt.date(2026, 3, 12), "delvist_medhold")
    assert AuditEvent.objects.filter(detail="klagepunkt 1: forward answered 2026-03-12, delvist_medhold").exists()
    page = client.get(response["Location"]).content.decode()
    assert "Enheden svarede 12.03.2026: Delvist medhold" in page
    assert "Enhedens svar på videresendt klagepunkt 1" not in page  # the form is gone once answered


@pytest.mark.parametrize(("answered_on", "message"), [
    ("31.02.2026", "Skriv datoen som dd.mm.åååå, fx 03.09.2026."),
    ("17.03.2026", "Datoen for enhedens svar kan ikke ligge i fremtiden."),
    ("01.03.2026", "Enheden kan ikke have svaret før videresendelsen den 02.03.2026."),
], ids=["no-such-date", "future", "before-forwarding"])
def test_a_bad_date_gets_a_polite_error_and_keeps_the_input(client, rasmus, case, forwarded, answered_on, message):
    response = post(client, rasmus, case, answered_on=answered_on, result="medhold")
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert f'value="{answered_on}"' in page
    forwarded.refresh_from_db()
    assert forwarded.forward_answered_on is None and forwarded.forward_result == ""


def test_a_point_taken_up_has_no_answer_from_the_unit(client, rasmus, visited_case):
    response = post(client, rasmus, visited_case, answered_on="12.03.2026", result="medhold")
    assert response.status_code == 200
    assert "Kun videresendte klagepunkter har et svar fra enheden." in response.content.decode()
    assert Klagepunkt.objects.get(case=visited_case).forward_result == ""


def test_the_secretary_may_not_record_it(client, sanne, case, forwarded):
    assert post(client, sanne, case, answered_on="12.03.2026", result="medhold").status_code == 403
    forwarded.refresh_from_db()
    assert forwarded.forward_result == ""
