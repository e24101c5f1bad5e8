"""The høring deadline is plain calendar weeks: its explanation says so, names only the days off it
was moved over and those an extension's working days skipped, and never lists holidays inside the weeks."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from borgerraad.cases import deadlines
from borgerraad.cases.models import CaseStatus
from borgerraad.cases.services import case_transition, hoering_extend, hoering_send
from borgerraad.core.calendar import TZ
from borgerraad.core.models import Department

from .test_views import case_url, signed_in

D = dt.date


def test_weeks_over_easter_skip_nothing_and_the_explanation_lists_no_holiday():
    result = deadlines.hoering_deadline(D(2026, 3, 23), weeks=3)  # Easter 2026 lies inside the three weeks
    assert result.due == D(2026, 4, 13)
    lines = result.lines()
    assert lines[0] == "Sendt: 23.03.2026."
    assert ("Kalenderuger, ikke hverdage: 23.03.2026 + 3 uger = 13.04.2026. Helligdage og weekender i perioden "
            "ændrer ikke fristen.") in lines
    assert not [line for line in lines if "Skærtorsdag" in line or "påskedag" in line or "Weekenddage" in line]
    assert lines[-1] == "Frist: 13.04.2026."


def test_a_deadline_on_a_holiday_names_what_it_was_moved_over():
    lines = deadlines.hoering_deadline(D(2026, 2, 23)).lines()  # six weeks: 2. påskedag
    assert "Fristen er flyttet over: 06.04.2026 2. påskedag." in lines
    assert not [line for line in lines if "Skærtorsdag" in line or "Langfredag" in line]
    saturday = deadlines.hoering_deadline(D(2026, 3, 7), weeks=2)
    assert saturday.due == D(2026, 3, 23)
    assert "Fristen er flyttet over: 21.03.2026 lørdag, 22.03.2026 søndag." in saturday.lines()


def test_only_the_extensions_working_days_skip_days_off():
    result = deadlines.hoering_deadline(
        D(2026, 3, 9), weeks=3, extensions=[deadlines.ExtensionPeriod(5, "Forvaltningen venter på en udtalelse")],
    )
    assert result.due == D(2026, 4, 9)  # Mon 30 March + 5 working days over Easter
    lines = result.lines()
    assert "Forlængelse: +5 hverdage (Forvaltningen venter på en udtalelse)." in lines
    assert "Forlængelsens hverdage: 2 weekenddage sprunget over." in lines
    for day in ("02.04.2026 Skærtorsdag", "03.04.2026 Langfredag", "06.04.2026 2. påskedag"):
        assert f"Forlængelsens hverdage: {day} sprunget over." in lines


@pytest.mark.django_db
def test_the_case_page_explains_the_weeks_as_computed(client, rasmus, visited_case):
    case_transition(case=visited_case, to_status=CaseStatus.UNDER_BEHANDLING, by=rasmus)
    sent = dt.datetime(2026, 3, 23, 12, tzinfo=TZ)
    hoering = hoering_send(case=visited_case, department=Department.objects.get(code="BIF"), questions="Hvorfor?",
                           by=rasmus, weeks=3, sent_at=sent)
    hoering_extend(hoering=hoering, by=rasmus, working_days=2, reason="Ferie")
    assert timezone.localtime(hoering.sent_at, TZ).date() == D(2026, 3, 23)
    html = signed_in(client, rasmus).get(case_url(visited_case)).content.decode()
    explanation = html[html.index("Sendt: 23.03.2026."):]
    explanation = explanation[:explanation.index("</ol>")]
    assert "23.03.2026 + 3 uger = 13.04.2026" in explanation
    assert "Forlængelse: +2 hverdage (Ferie)." in explanation and "Frist: 15.04.2026." in explanation
    assert "Skærtorsdag" not in explanation and "påskedag" not in explanation
