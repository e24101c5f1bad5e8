"""The dashboard over HTTP: who sees what, the filters, bad input, the CSV exports and the menu link.

Lene (leder) sees every case and may pick an advisor; Rasmus (rådgiver) sees his own cases;
Sanne (sekretær) and Anders (administrator) are refused. Numbers are read from the page's
tables and the CSV files and compared with counts made from the seeded specs.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
import time_machine
from django.contrib.auth.models import Group, User
from django.urls import reverse
from django.utils import translation
from lxml import html
from openpyxl import load_workbook

from borgerraad.accounts.roles import Role
from borgerraad.core.calendar import TZ
from borgerraad.core.models import Department
from tests.accounts.helpers import login_verified
from tests.insights import seed as data
from tests.insights.test_statistics import cohort, points_of

URL = "/medarbejder/indsigt/"
YEAR = {"fra": "01.04.2025", "til": "31.03.2026"}


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(dt.datetime(2026, 3, 16, 12, 0, tzinfo=TZ), tick=False), translation.override("da"):
        yield


@pytest.fixture
def people(db):
    """Staff by role; they sign in with ``login_verified`` (no password hashing: the tests stay fast)."""
    roles = {"lene": Role.LEDER, "rasmus": Role.RAADGIVER, "rikke": Role.RAADGIVER, "sanne": Role.SEKRETAER,
             "anders": Role.ADMINISTRATOR}
    people = {}
    for name, role in roles.items():
        people[name] = User.objects.create_user(name, first_name=name.capitalize())
        people[name].groups.add(Group.objects.get(name=role.value))
    return people


@pytest.fixture
def specs(people):
    case_specs = data.specs()
    data.seed(case_specs, people)
    return case_specs


def as_user(client, user):
    login_verified(client, user)
    return client


def table_rows(response, slug: str) -> dict[str, list[str]]:
    """The rows of the page's table ``slug``: the row heading and its cells as shown."""
    tree = html.fromstring(response.content.decode())
    table = tree.get_element_by_id(f"tabel-{slug}")
    return {
        row.find("th").text_content().strip(): [cell.text_content().strip() for cell in row.findall("td")]
        for row in table.find("tbody").findall("tr") if row.find("th") is not None
    }


def csv_rows(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def test_the_leader_sees_every_figure_with_a_chart_and_a_table(client, specs, people):
    response = as_user(client, people["lene"]).get(URL, YEAR)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Tallene er beregnet nu, 16.03.2026 kl. 12.00, direkte fra sagerne." in page
    cases = cohort(specs)
    channels = table_rows(response, "kanaler")
    assert channels["Klageblanket"] == [str(sum(1 for s in cases if s.channel == "web")),
                                        str(sum(1 for s, _p in points_of(cases) if s.channel == "web"))]
    assert channels["Telefon"][0] == str(sum(1 for s in cases if s.channel == "phone"))
    grounds = table_rows(response, "grundlag")
    assert grounds["Personalets adfærd"] == [str(sum(1 for _s, p in points_of(cases) if p.ground == "adfaerd"))]
    # Each chart is an SVG image with a title and a description, beside its table.
    tree = html.fromstring(page)
    charts = tree.xpath("//svg[@role='img']")
    assert len(charts) >= 8
    for chart in charts:
        assert tree.get_element_by_id(chart.get("aria-labelledby")).tag == "title"
        assert tree.get_element_by_id(chart.get("aria-describedby")).tag == "desc"
    assert tree.xpath("//svg//polyline")  # the trend is a line
    # The leader may pick an advisor; the link to engine versus staff is there.
    assert tree.xpath("//select[@name='raadgiver']")
    assert "/medarbejder/indsigt/visitation/" in page


def test_an_advisor_sees_their_own_view(client, specs, people):
    response = as_user(client, people["rasmus"]).get(URL, YEAR)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Min indsigt" in page and "Du ser kun tal for de sager, du er tildelt." in page
    mine = cohort(specs, advisor="rasmus")
    total = sum(int(cells[0]) for cells in table_rows(response, "kanaler").values())
    assert total == len(mine) < len(cohort(specs))
    tree = html.fromstring(page)
    assert not tree.xpath("//select[@name='raadgiver']")
    assert "/medarbejder/indsigt/visitation/" not in page
    # Naming a colleague in the address does not show the colleague's figures.
    response = client.get(URL, {**YEAR, "raadgiver": "rikke"})
    assert sum(int(cells[0]) for cells in table_rows(response, "kanaler").values()) == len(mine)


@pytest.mark.parametrize("name", ["sanne", "anders"])
def test_secretary_and_administrator_are_refused(client, specs, people, name):
    as_user(client, people[name])
    assert client.get(URL).status_code == 403
    assert client.get(URL + "csv/kanaler/").status_code == 403
    assert client.get(URL + "visitation/").status_code == 403


def test_signed_out_visitors_are_sent_to_sign_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302 and "/medarbejder/log-ind/" in response["Location"]


def test_filters_by_department_and_advisor(client, specs, people):
    as_user(client, people["lene"])
    response = client.get(URL, {**YEAR, "forvaltning": "BIF"})
    cases = cohort(specs, department="BIF")
    assert sum(int(c[0]) for c in table_rows(response, "kanaler").values()) == len(cases)
    assert sum(int(c[1]) for c in table_rows(response, "kanaler").values()) == len(points_of(cases, "BIF"))
    assert "Forvaltning: Beskæftigelses- og Integrationsforvaltningen." in response.content.decode()
    response = client.get(URL, {**YEAR, "raadgiver": "rikke"})
    assert sum(int(c[0]) for c in table_rows(response, "kanaler").values()) == len(cohort(specs, advisor="rikke"))


@pytest.mark.parametrize(("query", "message"), [
    ({"fra": "32.13.2025", "til": "31.03.2026"}, "Skriv datoen som dd.mm.åååå, fx 01.04.2025."),
    ({"fra": "01.04.2026", "til": "31.03.2025"}, "Slutdatoen skal ligge på eller efter startdatoen."),
    ({"fra": "01.01.2000", "til": "31.03.2026"}, "Vælg en periode på højst fem år."),
    ({"fra": "01.04.2025", "forvaltning": "XYZ"}, "Vælg en forvaltning fra listen."),
    ({"fra": "01.01.0001", "til": "31.12.0001"}, "Vælg en dato mellem 01.01.1990 og 31.12.2027."),
    ({"fra": "01.01.9999", "til": "31.12.9999"}, "Vælg en dato mellem 01.01.1990 og 31.12.2027."),
], ids=["bad-date", "end-before-start", "too-long", "unknown-department", "year-1", "year-9999"])
def test_bad_filters_get_a_polite_error_and_keep_what_was_typed(client, specs, people, query, message):
    response = as_user(client, people["lene"]).get(URL, query)
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page
    assert "Der er et problem" in page
    tree = html.fromstring(page)
    assert tree.xpath("//input[@name='fra']")[0].get("value") == query["fra"]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize(("path", "page", "query", "message"), [
    ("kanaler", URL, {"fra": "01.04.2026", "til": "31.03.2025"}, "Slutdatoen skal ligge på eller efter startdatoen."),
    ("kanaler", URL, {"fra": "01.04.2025", "forvaltning": "XYZ"}, "Vælg en forvaltning fra listen."),
    ("kanaler", URL, {"fra": "01.01.0001", "til": "31.12.0001"}, "Vælg en dato mellem 01.01.1990 og 31.12.2027."),
    ("uenighed", URL + "visitation/", {"fra": "32.13.2025"}, "Skriv datoen som dd.mm.åååå, fx 01.04.2025."),
], ids=["end-before-start", "unknown-department", "year-1", "agreement-bad-date"])
def test_an_export_with_bad_filters_is_no_file_of_another_period(client, specs, people, kind, path, page, query,
                                                                  message):
    """The download does not quietly give the default period: it goes back to the page, which says what is wrong."""
    as_user(client, people["lene"])
    response = client.get(f"{URL}{kind}/{path}/", query)
    assert response.status_code == 302 and "Content-Disposition" not in response
    assert response["Location"].startswith(page + "?")
    shown = client.get(response["Location"])
    assert shown.status_code == 200 and message in shown.content.decode()


@pytest.mark.parametrize("name", ["insights:export_csv", "insights:export_xlsx", "insights:dashboard",
                                  "insights:agreement"])
def test_a_session_without_the_second_factor_is_sent_to_sign_in(client, specs, people, name):
    """Every statistics address is behind the staff gate (the XLSX export was not: a password alone opened it)."""
    client.force_login(people["lene"])  # password only, no second factor in this session
    kwargs = {"slug": "kanaler"} if "export" in name else {}
    response = client.get(reverse(name, kwargs=kwargs), YEAR)
    assert response.status_code == 302 and "/medarbejder/log-ind/" in response["Location"]


def test_bad_filters_in_english(client, specs, people):
    response = as_user(client, people["lene"]).get("/en" + URL, {"fra": "32.13.2025"})
    assert response.status_code == 200
    assert "Write the date as dd.mm.yyyy, e.g. 01.04.2025." in response.content.decode()


def test_csv_export_of_a_table_with_the_same_filters(client, specs, people):
    as_user(client, people["lene"])
    response = client.get(URL + "csv/kanaler/", {**YEAR, "forvaltning": "SOF"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="kanaler-20250401-20260331.csv"'
    rows = csv_rows(response)
    assert rows[0] == ["Kanal", "Henvendelser", "Klagepunkter"]
    cases = cohort(specs, department="SOF")
    by_label = {row[0]: row[1:] for row in rows[1:]}
    assert by_label["E-mail"] == [str(sum(1 for s in cases if s.channel == "email")),
                                  str(sum(1 for s, _p in points_of(cases, "SOF") if s.channel == "email"))]
    # Decimal comma in per cent columns, as Danish Excel reads it.
    rows = csv_rows(client.get(URL + "csv/noegletal/", YEAR))
    assert any("," in value for row in rows[1:] for value in row[1:] if value)


def test_every_table_has_a_csv_export(client, specs, people):
    as_user(client, people["lene"])
    page = client.get(URL, YEAR).content.decode()
    tree = html.fromstring(page)
    links = tree.xpath("//a[contains(@href, '/csv/')]/@href")
    tables = tree.xpath("//table/@id")
    assert len(links) == len(tables) >= 11
    for link in links:
        response = client.get(link)
        assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert client.get(URL + "csv/findes-ikke/").status_code == 404


def test_csv_cells_cannot_run_as_formulas(client, specs, people):
    """A department name edited in the admin reaches the export; it must not run in the reader's spreadsheet."""
    formula = '=HYPERLINK("http://evil.example","klik")'
    Department.objects.filter(code="BIF").update(name=formula)
    rows = csv_rows(as_user(client, people["lene"]).get(URL + "csv/forvaltninger/", YEAR))
    labels = [row[0] for row in rows]
    assert "'" + formula in labels
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_the_agreement_page_lists_the_disagreements_for_the_leader(client, specs, people):
    response = as_user(client, people["lene"]).get(URL + "visitation/", YEAR)
    assert response.status_code == 200
    summary = table_rows(response, "enighed")
    assert set(summary) == {"Vurdering og beslutning", "Grundlag", "Forvaltning", "Klageinstans"}
    disagreements = table_rows(response, "uenighed")
    assert disagreements
    reference = next(iter(disagreements))
    assert reference.startswith("BR-")
    rows = csv_rows(client.get(URL + "csv/uenighed/", YEAR))
    assert rows[0] == ["Sag", "Felt", "Motorens forslag", "Medarbejderens beslutning"]
    assert len(rows) - 1 == sum(int(cells[0]) - int(cells[1]) for cells in summary.values())


def test_the_agreement_page_is_refused_to_an_advisor(client, specs, people):
    as_user(client, people["rasmus"])
    assert client.get(URL + "visitation/").status_code == 403
    assert client.get(URL + "csv/uenighed/").status_code == 403


def test_the_menu_links_to_insights_for_those_who_may_see_it(client, specs, people):
    for name, shown in (("lene", True), ("rasmus", True), ("sanne", False)):
        client.logout()
        page = as_user(client, people[name]).get("/medarbejder/indbakke/").content.decode()
        assert (f'href="{URL}"' in page) is shown, name


def test_every_table_has_an_xlsx_export_with_numbers_as_numbers(client, specs, people):
    as_user(client, people["lene"])
    tree = html.fromstring(client.get(URL, YEAR).content.decode())
    links = tree.xpath("//a[contains(@href, '/xlsx/')]/@href")
    assert len(links) == len(tree.xpath("//table/@id")) >= 11
    response = client.get(URL + "xlsx/kanaler/", {**YEAR, "forvaltning": "SOF"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"] == 'attachment; filename="kanaler-20250401-20260331.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["Kanal", "Henvendelser", "Klagepunkter"]
    cases = cohort(specs, department="SOF")
    by_label = {row[0]: row[1:] for row in rows[1:]}
    assert by_label["E-mail"] == [sum(1 for s in cases if s.channel == "email"),
                                  sum(1 for s, _p in points_of(cases, "SOF") if s.channel == "email")]


def test_xlsx_cells_cannot_run_as_formulas(client, specs, people):
    formula = '=HYPERLINK("http://evil.example","klik")'
    Department.objects.filter(code="BIF").update(name=formula)
    response = as_user(client, people["lene"]).get(URL + "xlsx/forvaltninger/", YEAR)
    sheet = load_workbook(io.BytesIO(response.content)).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert "'" + formula in [cell.value for cell in cells]
    assert not any(cell.data_type == "f" for cell in cells)
