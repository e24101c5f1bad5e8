"""The start page after sign-in (/medarbejder/): what needs action now, my cases, and for the leader
the workload per advisor and what has no advisor.

Rasmus (rådgiver) has Bo's case, whose acknowledgement is overdue, a second case in høring past its
deadline with a henstilling follow-up due, and a kvittering waiting in the print queue. Rikke has a
restricted case Rasmus must not see. Lene (leder) sees the workload of both and a case nobody has.
Sanne (sekretær) sees the inbox count only; Anders (administrator) sees no cases but the admin link,
which the advisor and the secretary, who can change nothing there, do not get.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from borgerraad.accounts.roles import Role
from borgerraad.cases.services import case_assign, case_transition, hoering_send, klagepunkt_close, visitation_record
from borgerraad.channels.models import FailedMail
from borgerraad.core.calendar import TZ
from borgerraad.core.models import Department
from borgerraad.letters.models import DispatchStatus
from tests.accounts.helpers import login_verified, staff_user
from tests.letters.conftest import letters_dir, office  # noqa: F401
from tests.letters.test_dispatch_overview import dispatched

from .conftest import make_case, point

pytestmark = pytest.mark.django_db

HOME = "/medarbejder/"


@pytest.fixture
def day(time_machine):
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    return time_machine


@pytest.fixture
def people(db):
    return {
        "rasmus": staff_user("rasmus", Role.RAADGIVER, first_name="Rasmus", last_name="Holm"),
        "rikke": staff_user("rikke", Role.RAADGIVER, first_name="Rikke", last_name="Berg"),
        "lene": staff_user("lene", Role.LEDER),
        "sanne": staff_user("sanne", Role.SEKRETAER),
        "anders": staff_user("anders", Role.ADMINISTRATOR),
    }


@pytest.fixture
def office_day(day, people, office):  # noqa: F811
    """The caseload on 2 March, then the clock moved to 30 March."""
    rasmus, rikke = people["rasmus"], people["rikke"]
    bo = make_case(by=rasmus, address="Søndergade 7, 2300 København S")
    case_assign(case=bo, assigned_to=rasmus, by=rasmus)
    hoering_case = make_case(by=rasmus, name="Inge Olsen")
    case_assign(case=hoering_case, assigned_to=rasmus, by=rasmus)
    visitation_record(case=hoering_case, points=[point(), point()], by=rasmus, reason="Tages op.")
    case_transition(case=hoering_case, to_status="under_behandling", by=rasmus)
    klagepunkt_close(klagepunkt=hoering_case.klagepunkter.get(number=2), by=rasmus, outcome="henstilling",
                     reason="Jobcentret bør svare inden fire uger.", henstilling_follow_up=dt.date(2026, 3, 27))
    hoering_send(case=hoering_case, department=Department.objects.get(code="BIF"), questions="Redegør.",
                 recipient_email="bif@kk.example", weeks=2, by=rasmus,
                 sent_at=dt.datetime(2026, 3, 2, 12, tzinfo=TZ))
    secret = make_case(by=rikke, name="Ansat Ansen")
    case_assign(case=secret, assigned_to=rikke, by=rikke, restricted=True)
    nobody = make_case(by=rasmus, name="Ingen Rådgiver")
    kvittering = dispatched(bo, rasmus, kind="kvittering", channel="print")
    assert kvittering.status == DispatchStatus.HANDED_OVER
    now = timezone.now()
    FailedMail.objects.create(sha256="a" * 64, raw_file="failed/x.eml", error_kind="parse", attempts=5,
                              first_failed_at=now, last_failed_at=now)
    day.move_to("2026-03-30 10:00 +02:00", tick=False)
    return {"bo": bo, "hoering": hoering_case, "secret": secret, "nobody": nobody}


def home(client, user) -> str:
    login_verified(client, user)
    response = client.get(HOME)
    assert response.status_code == 200
    return response.content.decode()


def test_the_advisor_sees_what_needs_action_now_and_his_cases(client, people, office_day):
    html = home(client, people["rasmus"])
    assert "Kræver handling nu" in html
    bo = office_day["bo"]
    # the kinds counted, with how many are overdue
    assert "<strong>2</strong> kvittering" in html  # Bo's and Inge's acknowledgements, both overdue
    assert "<strong>1</strong> høringssvar" in html
    assert "<strong>1</strong> opfølgning på henstilling" in html
    assert "<strong>1</strong> brev i printkørslen venter på bekræftelse" in html
    assert "<strong>1</strong> e-mail kunne ikke registreres" in html
    assert "Overskredet" in html
    # my cases with status and next deadline
    assert "Mine sager" in html and "2 åbne sager tildelt dig" in html
    assert f'href="/medarbejder/sager/{bo.reference}/"' in html
    assert "Høring hos forvaltningen" in html
    # never another advisor's restricted case, no leader's overview, no admin link
    assert office_day["secret"].reference not in html and "Ansat Ansen" not in html
    assert "Arbejdsbyrde pr. rådgiver" not in html
    assert "Administration" not in html


def test_the_leader_also_sees_the_workload_and_what_has_no_advisor(client, people, office_day):
    html = home(client, people["lene"])
    assert "Arbejdsbyrde pr. rådgiver" in html
    assert "Rasmus Holm" in html and "Rikke Berg" in html
    assert "Ingen rådgiver" in html and office_day["nobody"].reference in html
    assert "Du har ingen åbne sager." in html  # Lene has none of her own
    assert "Administration" in html  # the leader edits the letter templates in the admin


def test_the_secretary_sees_the_inbox_and_no_case_contents(client, people, office_day):
    html = home(client, people["sanne"])
    assert "nye henvendelser venter i indbakken" in html
    assert "Mine sager" not in html and "Arbejdsbyrde" not in html
    assert office_day["bo"].reference not in html and "E-mail kunne ikke registreres" not in html
    assert "Intet kræver handling lige nu." in html
    assert "Administration" not in html


def test_the_administrator_is_offered_the_admin_and_sees_no_cases(client, people, office_day):
    html = home(client, people["anders"])
    assert reverse("admin:index") in html and "Administration" in html
    assert "Mine sager" not in html and "indbakken" not in html
    assert office_day["bo"].reference not in html


def test_the_start_page_is_in_english_when_chosen(client, people, office_day):
    login_verified(client, people["rasmus"])
    html = client.get("/en" + HOME).content.decode()
    assert "Needs action now" in html and "My cases" in html and "Overdue" in html


def test_the_start_page_costs_the_same_for_more_cases(client, people, office_day, django_assert_max_num_queries):
    for _ in range(10):
        case = make_case(by=people["rasmus"])
        case_assign(case=case, assigned_to=people["rasmus"], by=people["rasmus"])
    login_verified(client, people["lene"])
    with django_assert_max_num_queries(40):
        assert client.get(HOME).status_code == 200


def test_my_cases_are_the_most_urgent_first_and_capped(people, office_day):
    from borgerraad.cases.selectors import cases_open_of_advisor

    rasmus = people["rasmus"]
    rows, total = cases_open_of_advisor(user=rasmus, advisor=rasmus, limit=1)
    assert total == 2 and len(rows) == 1
    # Bo's acknowledgement and Inge's høring are both due 16.03: the lower reference first
    assert rows[0].reference == office_day["bo"].reference and rows[0].next_kind == "acknowledgement"
    assert rows[0].next_due == dt.date(2026, 3, 16)


def test_each_kind_lists_its_first_items_and_counts_up_to_a_cap(client, people, office_day, monkeypatch):
    """At any size the page lists the first items of each kind, says a count above the cap honestly, and
    links a kind not shown in full to the page that lists all of it."""
    from borgerraad.accounts import start

    monkeypatch.setattr(start, "ACTIONS_PER_KIND", 1)
    monkeypatch.setattr(start, "ACTIONS_SHOWN", 2)
    monkeypatch.setattr(start, "COUNT_CAP", 1)
    html = home(client, people["rasmus"])
    # two acknowledgements, one listed; counted past the cap of 1
    assert "<strong>over 1</strong> kvittering" in html and "over 1 overskredne" in html
    assert f'<a href="{reverse("cases:deadlines")}">Vis alle: kvittering</a>' in html
    assert "(de første 2)" in html
    table = html.split("<tbody>")[1].split("</tbody>")[0]
    assert table.count("<tr") == 2
    assert "<strong>1</strong> e-mail kunne ikke registreres" in html  # within the cap: the number


def _table_rows(html: str) -> list[tuple[str, str, str, str, str]]:
    """The action table's rows as (date, kind, reference, link, detail)."""
    import re

    table = html.split("<tbody>")[1].split("</tbody>")[0]
    rows = []
    for row in table.split("<tr")[1:]:
        cells = re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)
        link = re.search(r'<a href="([^"]+)">([^<]+)</a>', cells[2])
        rows.append((re.sub(r"<.*", "", cells[0]).strip(), cells[1], link[2], link[1], cells[3]))
    return rows


def test_the_table_shows_the_soonest_items_across_kinds_in_order(client, people, office_day, monkeypatch):
    """Each kind is read only up to its first few, and the table takes the soonest of all of them together:
    Bo's and Inge's overdue acknowledgements (due the same day, the lower reference first), then the høring
    past its deadline; the henstilling follow-up due later is left out. Each row links to the case's
    deadlines and says its status."""
    from borgerraad.accounts import start

    monkeypatch.setattr(start, "ACTIONS_PER_KIND", 2)
    monkeypatch.setattr(start, "ACTIONS_SHOWN", 3)
    bo, inge = office_day["bo"], office_day["hoering"]
    first, second = sorted([bo, inge], key=lambda case: case.reference)
    rows = _table_rows(home(client, people["rasmus"]))
    due = bo.acknowledgement_due.strftime("%d.%m.%Y")
    assert inge.acknowledgement_due == bo.acknowledgement_due
    assert rows == [
        (due, "Kvittering", first.reference, f"/medarbejder/sager/{first.reference}/#frister",
         first.get_status_display()),
        (due, "Kvittering", second.reference, f"/medarbejder/sager/{second.reference}/#frister",
         second.get_status_display()),
        ("16.03.2026", "Høringssvar", inge.reference, f"/medarbejder/sager/{inge.reference}/#frister",
         "Høring hos forvaltningen"),
    ]


@pytest.mark.parametrize("reference", ["2026-00017", "BR.2026_7", "..", "æ 1", "x#y?z"])
def test_a_case_link_from_the_prefix_is_the_one_reverse_gives(reference):
    from borgerraad.cases.start import case_url_of

    assert case_url_of()(reference) == reverse("cases:case", args=[reference])
