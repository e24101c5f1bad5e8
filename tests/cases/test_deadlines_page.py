"""The Frister page (/medarbejder/frister/) at any number of cases, and the advisor on the follow-up rows.

The page lists the first ``DEADLINES_PER_KIND`` deadlines of each kind in each section, says how many
there are, and links a kind not shown in full to its own list, page by page ("Vis flere"). An advisor's
høringer and forwarded points are found by the advisor stored on them, kept in step when the case is
reassigned, and on the klagepunkter only while the case is open (docs/cases.md "Performance").
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from borgerraad.cases import views
from borgerraad.cases.models import CaseStatus, Hoering, Klagepunkt
from borgerraad.cases.services import (
    case_assign,
    case_transition,
    hoering_send,
    klagepunkt_close,
    visitation_record,
)
from borgerraad.core.calendar import TZ
from borgerraad.core.models import Department
from tests.accounts.helpers import login_verified

from .conftest import conclusion_letter_confirmed, make_case, point

pytestmark = pytest.mark.django_db

FRISTER = reverse("cases:deadlines")


def _page(client, user, **params) -> str:
    login_verified(client, user)
    response = client.get(FRISTER, params)
    assert response.status_code == 200
    return response.content.decode()


def _table(html: str) -> str:
    return html.split("<tbody>")[1].split("</tbody>")[0]


@pytest.fixture
def three_overdue(rasmus, time_machine):
    """Three of Rasmus' cases whose acknowledgements were due in March, seen on 30 March."""
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    cases = []
    for name in ("Bo Hansen", "Inge Olsen", "Ole Berg"):
        case = make_case(by=rasmus, name=name)
        case_assign(case=case, assigned_to=rasmus, by=rasmus)
        cases.append(case)
    time_machine.move_to("2026-03-30 10:00 +02:00", tick=False)
    return sorted(cases, key=lambda case: case.reference)


def test_each_kind_shows_its_first_deadlines_and_links_to_the_rest(client, rasmus, three_overdue, monkeypatch):
    monkeypatch.setattr(views, "DEADLINES_PER_KIND", 2)
    first, second, third = three_overdue
    html = _page(client, rasmus)
    overdue = html.split('id="overdue-heading"')[1].split('id="soon-heading"')[0]
    assert "<strong>3</strong> kvittering" in overdue and "de første 2 vises" in overdue
    assert f'<a href="{FRISTER}?slags=acknowledgement">Vis flere: kvittering</a>' in overdue
    table = _table(overdue)
    assert first.reference in table and second.reference in table and third.reference not in table
    assert "Overskredet" in table


def test_a_kinds_own_list_pages_on_with_vis_flere(client, rasmus, three_overdue, monkeypatch):
    monkeypatch.setattr(views, "DEADLINES_PER_KIND", 2)
    first, second, third = three_overdue
    html = _page(client, rasmus, slags="acknowledgement")
    assert "Mine frister: kvittering" in html
    table = _table(html)
    assert first.reference in table and second.reference in table and third.reference not in table
    assert 'href="?slags=acknowledgement&amp;side=2" rel="next">Vis flere</a>' in html
    assert "Forrige side" not in html

    html = _page(client, rasmus, slags="acknowledgement", side=2)
    table = _table(html)
    assert third.reference in table and first.reference not in table and second.reference not in table
    assert "Vis flere</a>" not in html and 'rel="prev">Forrige side</a>' in html


def test_the_leaders_links_keep_every_advisors_cases(client, lene, three_overdue, monkeypatch):
    monkeypatch.setattr(views, "DEADLINES_PER_KIND", 1)
    html = _page(client, lene, vis="alle")
    assert f'href="{FRISTER}?slags=acknowledgement&amp;vis=alle"' in html
    html = _page(client, lene, vis="alle", slags="acknowledgement", side=3)
    assert three_overdue[2].reference in _table(html)
    # her own cases only: Rasmus' are not hers
    assert three_overdue[0].reference not in _page(client, lene, slags="acknowledgement")


def test_an_unknown_kind_shows_the_whole_page(client, rasmus, three_overdue):
    html = _page(client, rasmus, slags="noget-andet", side="x")
    assert "Overskredne frister" in html and three_overdue[0].reference in html


def test_the_follow_ups_move_with_the_case_to_its_new_advisor(client, rasmus, rikke, time_machine):
    """Reassigning a case moves its høringer and forwarded points (stored with the advisor) along: the new
    advisor's Frister page and start page list them, the former advisor's do not."""
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    case = make_case(by=rasmus)
    case_assign(case=case, assigned_to=rasmus, by=rasmus)
    visitation_record(case=case, points=[point(), point(decision="forward")], by=rasmus, reason="Tages op.")
    case_transition(case=case, to_status="under_behandling", by=rasmus)
    hoering_send(case=case, department=Department.objects.get(code="BIF"), questions="Redegør.",
                 recipient_email="bif@kk.example", weeks=2, by=rasmus, sent_at=dt.datetime(2026, 3, 2, 12, tzinfo=TZ))
    assert {p.open_case_advisor for p in Klagepunkt.objects.filter(case=case)} == {rasmus}
    assert Hoering.objects.get(case=case).advisor == rasmus

    case_assign(case=case, assigned_to=rikke, by=rasmus)
    assert {p.open_case_advisor for p in Klagepunkt.objects.filter(case=case)} == {rikke}
    assert Hoering.objects.get(case=case).advisor == rikke

    time_machine.move_to("2026-06-01 10:00 +02:00", tick=False)  # the høring and the follow-up are overdue
    html = _page(client, rikke, slags="forward_follow_up")
    assert case.reference in _table(html)
    html = _page(client, rikke, slags="hoering")
    assert case.reference in _table(html)
    home = client.get("/medarbejder/").content.decode()
    assert "opfølgning på videresendelse" in home and "høringssvar" in home
    client.logout()
    for kind in ("forward_follow_up", "hoering"):
        assert case.reference not in _page(client, rasmus, slags=kind)
    home = client.get("/medarbejder/").content.decode()
    assert "opfølgning på videresendelse" not in home and "høringssvar" not in home


def test_a_hoering_prepared_after_reassignment_carries_the_new_advisor(rasmus, rikke, time_machine):
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    case = make_case(by=rasmus)
    case_assign(case=case, assigned_to=rasmus, by=rasmus)
    visitation_record(case=case, points=[point()], by=rasmus, reason="Tages op.")
    case_transition(case=case, to_status="under_behandling", by=rasmus)
    case_assign(case=case, assigned_to=rikke, by=rasmus)
    hoering_send(case=case, department=Department.objects.get(code="BIF"), questions="Redegør.",
                 recipient_email="bif@kk.example", weeks=2, by=rasmus, sent_at=dt.datetime(2026, 3, 2, 12, tzinfo=TZ))
    assert Hoering.objects.get(case=case).advisor == rikke


def test_a_closed_case_leaves_its_advisors_follow_ups_and_comes_back_when_reopened(
    client, rasmus, time_machine,
):
    """The forwarded point of a closed case is no longer followed up; reopened, it is the advisor's again."""
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    case = make_case(by=rasmus)
    case_assign(case=case, assigned_to=rasmus, by=rasmus)
    visitation_record(case=case, points=[point(), point(decision="forward")], by=rasmus, reason="Tages op.")
    case_transition(case=case, to_status=CaseStatus.UNDER_BEHANDLING, by=rasmus)
    time_machine.move_to("2026-06-01 10:00 +02:00", tick=False)  # the follow-up is overdue
    assert case.reference in _table(_page(client, rasmus, slags="forward_follow_up"))

    klagepunkt_close(klagepunkt=case.klagepunkter.get(number=1), by=rasmus, outcome="loest_i_dialog")
    conclusion_letter_confirmed(case, rasmus)
    case_transition(case=case, to_status=CaseStatus.AFSLUTTET, by=rasmus, reason="Løst.")
    assert not Klagepunkt.objects.filter(case=case, open_case_advisor__isnull=False).exists()
    assert case.reference not in _page(client, rasmus, slags="forward_follow_up")

    case_transition(case=case, to_status=CaseStatus.GENOPTAGET, by=rasmus, reason="Borgeren skrev igen.")
    assert {p.open_case_advisor for p in Klagepunkt.objects.filter(case=case)} == {rasmus}
    assert case.reference in _table(_page(client, rasmus, slags="forward_follow_up"))
