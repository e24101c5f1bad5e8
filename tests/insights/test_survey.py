""""Tilfredshed": the portal's anonymous survey answers on the dashboard and in the beretning.

The answers are seeded from a list of specs; every figure on the page is compared with a count made
from that list, not with the code under test.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
import time_machine
from django.contrib.auth.models import Group, User
from django.utils import translation
from lxml import html
from openpyxl import load_workbook

from borgerraad.accounts.roles import Role
from borgerraad.cases.services import case_open_from_henvendelse
from borgerraad.core.calendar import TZ
from borgerraad.core.models import Department
from borgerraad.insights.beretning import INTERNAL, PUBLISHABLE, beretning_html, beretning_report
from borgerraad.insights.statistics import Period
from borgerraad.intake.services import henvendelse_register
from borgerraad.portal.models import SurveyResponse
from borgerraad.portal.services import survey_answer
from tests.accounts.helpers import login_verified
from tests.cases.conftest import bo_data

pytestmark = pytest.mark.django_db

URL = "/medarbejder/indsigt/"
YEAR = {"fra": "01.04.2025", "til": "31.03.2026"}
PERIOD = Period(dt.date(2025, 4, 1), dt.date(2026, 3, 31))
ANSWERS = ("yes", "partly", "no")
LABELS = {"yes": "Ja", "partly": "Delvist", "no": "Nej"}
QUESTIONS = {"helped": "Fik du hjælp?", "understood": "Forstod du vores svar?",
             "treated_well": "Blev du behandlet ordentligt?"}


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(dt.datetime(2026, 3, 16, 12, 0, tzinfo=TZ), tick=False), translation.override("da"):
        yield


@pytest.fixture
def people(db):
    people = {}
    for name, role in {"lene": Role.LEDER, "rasmus": Role.RAADGIVER}.items():
        people[name] = User.objects.create_user(name, first_name=name.capitalize())
        people[name].groups.add(Group.objects.get(name=role.value))
    return people


def _specs() -> list[tuple[int, dt.date, str, str, str]]:
    """(department index, month, helped, understood, treated_well): two forvaltninger, in and out of the year."""
    specs = []
    for i in range(23):
        month = dt.date(2025, 4 + i % 12, 1) if 4 + i % 12 <= 12 else dt.date(2026, (4 + i % 12) - 12, 1)
        specs.append((i % 2, month, ANSWERS[i % 3], ANSWERS[(i // 2) % 3], ANSWERS[(i * 7) % 3]))
    specs += [(0, dt.date(2025, 3, 1), "no", "no", "no"), (1, dt.date(2026, 4, 1), "no", "no", "no")]  # outside
    return specs


@pytest.fixture
def answers(db):
    departments = list(Department.objects.order_by("code")[:2])
    specs = _specs()
    SurveyResponse.objects.bulk_create([
        SurveyResponse(department=departments[d], period=month, helped=h, understood=u, treated_well=t)
        for d, month, h, u, t in specs
    ])
    return specs, departments


def _expected(specs, department=None) -> dict[str, list[int]]:
    inside = [s for s in specs if PERIOD.start <= s[1] <= PERIOD.end and (department is None or s[0] == department)]
    return {q: [sum(1 for s in inside if s[2 + i] == a) for a in ANSWERS] for i, q in enumerate(QUESTIONS)}


def _table(page: str, table_id: str) -> dict[str, list[str]]:
    table = html.fromstring(page).get_element_by_id(table_id)
    return {row.find("th").text_content().strip(): [td.text_content().strip() for td in row.findall("td")]
            for row in table.find("tbody").findall("tr")}


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:.1f}".replace(".", ",")


def test_the_leader_sees_counts_and_shares_per_answer_for_the_period(client, people, answers):
    specs, _departments = answers
    login_verified(client, people["lene"])
    page = client.get(URL, YEAR).content.decode()
    assert "Tilfredshed" in page
    shown, expected = _table(page, "tabel-tilfredshed"), _expected(specs)
    total = sum(expected["helped"])
    assert total == 23
    assert f"Tilfredshed: {total} svar" in page
    for key, question in QUESTIONS.items():
        counts = expected[key]
        assert shown[question] == [cell for n in counts for cell in (str(n), _pct(n, total))]
    # Beside the table, a chart of the share answering "ja" per question, with the same numbers.
    chart = html.fromstring(page).xpath("//svg[@aria-labelledby='graf-tilfredshed-titel']")[0]
    assert chart.get("role") == "img" and "Ja (%)" in chart.xpath("string(desc)")
    labels = [text.text_content() for text in chart.xpath("text")]
    assert labels == [part for key, question in QUESTIONS.items()
                      for part in (question, _pct(expected[key][0], total))]


def test_the_forvaltning_filter_counts_that_forvaltnings_answers(client, people, answers):
    specs, departments = answers
    login_verified(client, people["lene"])
    page = client.get(URL, {**YEAR, "forvaltning": departments[1].code}).content.decode()
    expected = _expected(specs, department=1)
    assert sum(expected["helped"]) == 11
    assert _table(page, "tabel-tilfredshed")["Fik du hjælp?"][0::2] == [str(n) for n in expected["helped"]]


def test_the_satisfaction_table_has_its_csv_and_xlsx_export(client, people, answers):
    specs, departments = answers
    login_verified(client, people["lene"])
    query = {**YEAR, "forvaltning": departments[1].code}
    links = html.fromstring(client.get(URL, query).content).xpath("//section[@aria-labelledby='tilfredshed-heading']"
                                                                   "//a/@href")
    assert [link.split("?")[0] for link in links] == [URL + "csv/tilfredshed/", URL + "xlsx/tilfredshed/"]
    expected = _expected(specs, department=1)
    total = sum(expected["helped"])
    rows = list(csv.reader(io.StringIO(client.get(links[0]).content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Spørgsmål", "Ja", "Ja (%)", "Delvist", "Delvist (%)", "Nej", "Nej (%)"]
    assert rows[1] == ["Fik du hjælp?", *(cell for n in expected["helped"] for cell in (str(n), _pct(n, total)))]
    sheet = load_workbook(io.BytesIO(client.get(links[1]).content)).active
    assert [cell.value for cell in sheet[3]][:2] == ["Forstod du vores svar?", expected["understood"][0]]


def test_the_satisfaction_export_is_refused_below_five_answers_and_to_an_advisor(client, people, answers):
    login_verified(client, people["lene"])
    assert client.get(URL + "csv/tilfredshed/", {"fra": "01.04.2025", "til": "30.04.2025"}).status_code == 404
    login_verified(client, people["rasmus"])
    assert client.get(URL + "csv/tilfredshed/", YEAR).status_code == 404


def test_fewer_than_five_answers_are_not_shown(client, people, answers):
    specs, departments = answers
    login_verified(client, people["lene"])
    page = client.get(URL, {"fra": "01.04.2025", "til": "30.04.2025"}).content.decode()  # two answers in April
    assert 'id="tabel-tilfredshed"' not in page
    assert "Færre end 5 svar i det valgte" in page


def test_an_advisor_has_no_satisfaction_and_the_advisor_filter_says_it_is_the_whole_office(client, people, answers):
    login_verified(client, people["rasmus"])
    assert "tilfredshed-heading" not in client.get(URL, YEAR).content.decode()
    login_verified(client, people["lene"])
    page = client.get(URL, {**YEAR, "raadgiver": "rasmus"}).content.decode()
    assert "tallene gælder hele kontoret" in page and 'id="tabel-tilfredshed"' in page


def test_the_beretning_has_a_short_table_exact_internally_and_suppressed_when_publishable(people, answers, settings):
    specs, _departments = answers
    expected = _expected(specs)
    total = sum(expected["helped"])
    internal = _table(beretning_html(beretning_report(user=people["lene"], period=PERIOD, edition=INTERNAL)),
                      "tabel-tilfredshed")
    for key, question in QUESTIONS.items():
        assert internal[question] == [*map(str, expected[key]), str(total), _pct(expected[key][0], total)]
    settings.INSIGHTS_BERETNING_SUPPRESS_BELOW = 9  # so that some answers (but not all) fall under it
    published = _table(beretning_html(beretning_report(user=people["lene"], period=PERIOD, edition=PUBLISHABLE)),
                       "tabel-tilfredshed")
    for key, question in QUESTIONS.items():
        assert published[question][:3] == ["< 9" if 0 < n < 9 else str(n) for n in expected[key]]
    assert any(0 < n < 9 for counts in expected.values() for n in counts)


def test_an_answer_given_in_mine_sager_reaches_the_dashboard(client, people):
    for i in range(5):
        henvendelse = henvendelse_register(channel="web", submitted=bo_data(), submission_key=f"survey:{i}")
        case = case_open_from_henvendelse(henvendelse=henvendelse, by=people["lene"])
        case.closed_at = dt.datetime(2026, 2, 10, 12, tzinfo=TZ)
        survey_answer(case=case, helped="yes" if i else "no", understood="yes", treated_well="partly")
    login_verified(client, people["lene"])
    shown = _table(client.get(URL, YEAR).content.decode(), "tabel-tilfredshed")
    assert shown["Fik du hjælp?"] == ["4", "80,0", "0", "0,0", "1", "20,0"]
    assert shown["Blev du behandlet ordentligt?"][2:4] == ["5", "100,0"]
