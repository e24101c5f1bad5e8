"""The annual beretning: every figure against an independent count, the publishable edition's
suppression of small counts and personal data, the leader's texts in versions, who may, the audit
log, and the command.

Lene leads the office; Rasmus and Rikke are advisors; Sanne is the secretary and Anders the
administrator. Time is frozen on 16 March 2026 and the beretning covers 1 April 2025 - 31 March
2026. The counts are made from the seeded specs (tests/insights/beretning_seed.py), never from
the database.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from collections import Counter
from fractions import Fraction

import pytest
import time_machine
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command
from django.db import connection
from django.urls import reverse
from django.utils import translation
from lxml import html as lxml_html

from borgerraad.accounts.roles import Role
from borgerraad.cases.models import Ground, Outcome, Theme
from borgerraad.core.calendar import TZ
from borgerraad.core.models import Department
from borgerraad.insights.beretning import INTERNAL, PUBLISHABLE, beretning_html, beretning_pdf, beretning_report
from borgerraad.insights.models import Adoption, BeretningVersion, Compliance
from borgerraad.insights.statistics import Period
from borgerraad.intake.models import Channel
from borgerraad.privacy.models import AuditEvent
from tests.accounts.helpers import login_verified
from tests.insights import beretning_seed as extra
from tests.insights import seed as data
from tests.insights.test_statistics import cohort, percentile_cont, points_of, processing

PERIOD = Period(dt.date(2025, 4, 1), dt.date(2026, 3, 31))
PREVIOUS = Period(dt.date(2024, 4, 1), dt.date(2025, 3, 31))
URL = "/medarbejder/indsigt/beretning/"
YEAR = {"fra": "01.04.2025", "til": "31.03.2026"}
FOREWORD = "Året viste, at borgerne især savnede svar på deres breve."


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(dt.datetime(2026, 3, 16, 12, 0, tzinfo=TZ), tick=False), translation.override("da"):
        yield


@pytest.fixture
def people(db):
    roles = {"lene": Role.LEDER, "rasmus": Role.RAADGIVER, "rikke": Role.RAADGIVER, "sanne": Role.SEKRETAER,
             "anders": Role.ADMINISTRATOR}
    people = {}
    for name, role in roles.items():
        people[name] = User.objects.create_user(name, first_name=name.capitalize(), last_name="Testesen")
        people[name].groups.add(Group.objects.get(name=role.value))
    return people


@pytest.fixture
def specs(people):
    return extra.seed(people)


def as_user(client, user):
    login_verified(client, user)
    return client


# --- Reading the document ---------------------------------------------------------------------------------


def n(value: int) -> str:
    """A count as the beretning prints it (Danish thousands separator)."""
    return f"{value:,}".replace(",", ".")


def d(value: float) -> str:
    return f"{value:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")


def change(current: int, previous: int) -> str:
    value = round(100 * (current - previous) / previous, 1)
    text = d(abs(value))
    return f"+{text}" if value > 0 else (f"−{text}" if value < 0 else text)


def tables(document: str) -> dict[str, dict[str, list[str]]]:
    """Every table of the document by id: row heading -> the cells as printed."""
    tree = lxml_html.fromstring(document)
    found = {}
    for table in tree.iter("table"):
        rows = {}
        for row in table.find("tbody").findall("tr"):
            heading = row.find("th")
            if heading is not None:
                rows[heading.text_content().strip()] = [cell.text_content().strip() for cell in row.findall("td")]
        found[table.get("id")] = rows
    return found


def generate(user, edition=INTERNAL, **kwargs) -> str:
    return beretning_html(beretning_report(user=user, period=PERIOD, edition=edition, **kwargs))


def dept_name(code: str | None) -> str:
    return Department.objects.get(code=code).name if code else "Ingen forvaltning"


# --- Every figure ---------------------------------------------------------------------------------------------


def test_every_figure_of_the_internal_edition_equals_an_independent_count(specs, people):
    shown = tables(generate(people["lene"]))
    cases, before = cohort(specs), cohort(specs, PREVIOUS)
    points = points_of(cases)
    assert len(cases) > 30 and len(points) > 30

    key = shown["tabel-noegletal"]
    assert key["Henvendelser"] == [n(len(cases)), n(len(before)), change(len(cases), len(before))]
    assert key["Klagepunkter"] == [n(len(points)), n(len(points_of(before))),
                                   change(len(points), len(points_of(before)))]
    days = processing(specs)
    assert key["Behandlingstid, median"][0] == d(percentile_cont(days, 0.5))
    assert key["Behandlingstid, 90 %-fraktil"][0] == d(percentile_cont(days, 0.9))

    for code, label in Channel.choices:
        assert shown["tabel-kanaler"][str(label)] == [
            n(sum(1 for s in cases if s.channel == code)), n(sum(1 for s, _p in points if s.channel == code))]
    themes = Counter(extra.theme_of(s, i) for s in cases for i, _p in enumerate(s.points))
    for code, label in Theme.choices:
        assert shown["tabel-temaer"][str(label)] == [n(themes[code])]
    assert shown["tabel-temaer"]["Uden tema"] == [n(themes[""])]
    grounds = Counter(p.ground for _s, p in points)
    for code, label in Ground.choices:
        assert shown["tabel-grundlag"][str(label)] == [n(grounds[code])]
    outcomes = Counter(p.outcome for _s, p in points)
    for code in ("loest_i_dialog", "henstilling", "ingen_kritik", "videresendt", "vejledt", "afvist_henlagt"):
        assert shown["tabel-resultater"][str(Outcome(code).label)] == [n(outcomes[code])]
    assert shown["tabel-resultater"]["Kritik: meget kritisabelt"] == [
        n(sum(1 for _s, p in points if p.outcome == "kritik" and p.degree == 3))]

    # Bemærkninger til de enkelte forvaltninger: each forvaltning's own figures.
    for code in ("BIF", "SOF"):
        mine = cohort(specs, department=code)
        chapter = shown[f"tabel-noegletal-{code.lower()}"]
        assert chapter["Henvendelser"][:2] == [n(len(mine)), n(len(cohort(specs, PREVIOUS, department=code)))]
        assert chapter["Klagepunkter"][0] == n(len(points_of(mine, code)))
        mine_grounds = Counter(p.ground for _s, p in points_of(mine, code))
        assert {label: cells[0] for label, cells in shown[f"tabel-grundlag-{code}"].items()} == {
            str(Ground(g).label): n(count) for g, count in mine_grounds.items()}

    # Suggestions received in the period, by forvaltning and adoption.
    suggestions = [(s, p) for s, p in points if p.decision == "suggestion"]
    assert suggestions
    for department in {p.department for _s, p in suggestions}:
        mine = [s for s, p in suggestions if p.department == department]
        adoptions = Counter(extra.adoption_of(s) for s in mine)
        assert shown["tabel-forslag"][dept_name(department)] == [
            *(n(adoptions[code]) for code in Adoption.values), n(len(mine))]

    # Henstillinger given in the period, by forvaltning, with the departments' answers.
    given = [(s, p) for s in specs for p in s.points
             if p.outcome == "henstilling" and PERIOD.start <= extra.henstilling_given(s) <= PERIOD.end]
    assert given
    for department in {p.department for _s, p in given}:
        mine = [s for s, p in given if p.department == department]
        answers = Counter(extra.compliance_of(s) for s in mine)
        overdue = sum(1 for s in mine if not extra.compliance_of(s) and extra.follow_up_on(s) < data.TODAY)
        assert shown["tabel-henstillinger"][dept_name(department)] == [
            *(n(answers[code]) for code in Compliance.values), n(answers[""]), n(overdue), n(len(mine))]


def test_the_internal_edition_lists_texts_references_and_advisors(specs, people):
    document = generate(people["lene"])
    assert extra.SUGGESTION_TEXT in document
    assert extra.INVESTIGATION_TITLE in document
    assert re.search(r"BR-20\d\d-\d{5}/\d", document)
    assert "Rasmus Testesen" in document or "Rikke Testesen" in document


def _counts(document: str) -> dict[tuple[str, str, int], str]:
    """Every cell of the tables made only of counts, keyed by (table, row, column)."""
    only_counts = re.compile(r"^tabel-(kanaler|forvaltninger|grundlag|temaer|resultater|udvikling|forslag|"
                             r"henstillinger)(-|$)")
    return {(table_id, row, i): cell for table_id, rows in tables(document).items() if only_counts.match(table_id)
            for row, cells in rows.items() for i, cell in enumerate(cells)}


def test_the_publishable_edition_suppresses_small_counts_and_holds_no_personal_data(specs, people):
    internal = _counts(generate(people["lene"]))
    document = generate(people["lene"], PUBLISHABLE)
    public = _counts(document)
    assert public.keys() == internal.keys()
    suppressed = kept = hidden = 0
    for place, exact in internal.items():
        value = int(exact.replace(".", ""))
        if 0 < value < 5:
            assert public[place] == "< 5", place
            suppressed += 1
        elif public[place] == "..":  # hidden so that a small count cannot be worked out (the test below)
            hidden += 1
        else:
            assert public[place] == exact, place
            kept += value >= 5
    assert suppressed > 10 and kept > 10 and 0 < hidden < suppressed
    # A median over fewer than five concluded cases is not shown; over five or more it is, as internally.
    internal_tables, public_tables = tables(generate(people["lene"])), tables(document)
    hidden_medians = 0
    for department in Department.objects.all():
        table_id = f"tabel-noegletal-{department.code.lower()}"
        if table_id not in internal_tables:
            continue
        code = department.code
        answered = sum(1 for _s, p in points_of(cohort(specs, department=code), code)
                       if p.decision == "forward" and p.forward_answer_days is not None)
        for label, base in (("Behandlingstid, median", len(processing(specs, department=code))),
                            ("Videresendte løst af enheden", answered)):
            value = public_tables[table_id][label][0]
            if base < 5:
                assert value == "–", (code, label)
                hidden_medians += base > 0
            else:
                assert value == internal_tables[table_id][label][0] != "–", (code, label)
    assert hidden_medians
    # No personal data: no names of citizens or staff, no case references, no free text but the leader's.
    for leak in (extra.SUGGESTION_TEXT, extra.INVESTIGATION_TITLE, "Testesen", "Borger 1", "Breve blev ikke",
                 "Fem klager", "Klagepunkt."):
        assert leak not in document
    assert not re.search(r"BR-20\d\d", document)
    assert "Udgave til offentliggørelse" in document


def test_the_threshold_is_a_setting(specs, people, settings):
    settings.INSIGHTS_BERETNING_SUPPRESS_BELOW = 3
    internal = _counts(generate(people["lene"]))
    public = _counts(generate(people["lene"], PUBLISHABLE))
    values = {place: int(exact.replace(".", "")) for place, exact in internal.items()}
    assert any(v in (3, 4) for v in values.values()) and any(v in (1, 2) for v in values.values())
    for place, value in values.items():  # ".." only for a count the threshold does not hide itself
        assert public[place] == ("< 3" if 0 < value < 3 else internal[place]) or (value >= 3 and public[place] == "..")
    assert any(public[place] == internal[place] for place, value in values.items() if value in (3, 4))


def test_the_leaders_texts_are_in_both_editions(specs, people):
    from borgerraad.insights.beretning import beretning_texts_save

    beretning_texts_save(user=people["lene"], period=PERIOD, foreword=FOREWORD, themes="## Svartider\nFor lange.",
                         remarks={Department.objects.get(code="BIF"): "Jobcentret har forbedret sig."})
    for edition in (INTERNAL, PUBLISHABLE):
        document = generate(people["lene"], edition)
        assert FOREWORD in document
        assert "<h3>Svartider</h3>" in document
        assert "Jobcentret har forbedret sig." in document


# --- The page: texts in versions, who may, bad input -------------------------------------------------------


def _texts(**overrides):
    texts = {"forord": FOREWORD, "temaer": "Svartider.", **{
        f"bemaerkning_{d.pk}": "" for d in Department.objects.all()}}
    texts.update(overrides)
    return texts


def test_every_save_is_a_new_version_and_the_newest_is_used(client, specs, people):
    as_user(client, people["lene"])
    bif = Department.objects.get(code="BIF")
    first = client.post(URL + "?" + "fra=01.04.2025&til=31.03.2026", _texts(**{f"bemaerkning_{bif.pk}": "Første."}))
    assert first.status_code == 302
    client.post(URL + "?fra=01.04.2025&til=31.03.2026",
                _texts(forord="Andet forord.", **{f"bemaerkning_{bif.pk}": "Anden bemærkning."}))
    versions = list(BeretningVersion.objects.order_by("number").values_list("number", "saved_by__username"))
    assert versions == [(1, "lene"), (2, "lene")]

    page = client.get(URL, YEAR).content.decode()
    assert "Andet forord." in page and "Version 1, gemt 16.03.2026" in page
    older = client.get(URL, {**YEAR, "version": 1}).content.decode()
    assert FOREWORD in older and "Første." in older and "Andet forord." not in older
    # The page links to each edition of the version shown (the staff menu's links must not replace them).
    hrefs = lxml_html.fromstring(older).xpath("//main//a/@href")
    for edition in ("intern", "offentlig"):
        for kind in ("vis/", "pdf/", "html/"):
            assert any(href.startswith(URL + kind) and f"udgave={edition}" in href and "version=1" in href
                       for href in hrefs), (edition, kind, hrefs)

    newest = client.get(URL + "vis/", {**YEAR, "udgave": "offentlig"}).content.decode()
    assert "Andet forord." in newest and "Anden bemærkning." in newest and FOREWORD not in newest
    shown_first = client.get(URL + "vis/", {**YEAR, "udgave": "offentlig", "version": 1}).content.decode()
    assert FOREWORD in shown_first and "Første." in shown_first

    # Encrypted at rest: the column holds no readable text.
    with connection.cursor() as cursor:
        cursor.execute("SELECT foreword FROM insights_beretningversion")
        assert all("forord" not in str(row[0]) and "Året" not in str(row[0]) for row in cursor.fetchall())
        cursor.execute("SELECT text FROM insights_beretningremark")
        assert all("bemærkning" not in str(row[0]) for row in cursor.fetchall())


def test_a_cpr_number_in_a_text_is_refused_and_nothing_typed_is_lost(client, specs, people):
    as_user(client, people["lene"])
    response = client.post(URL + "?fra=01.04.2025&til=31.03.2026",
                           _texts(forord="Borgeren 120483-1234 klagede.", temaer="Mine temaer bevares."))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Skriv ikke et CPR-nummer her. Beretningen må ikke indeholde CPR-numre." in page
    assert "Mine temaer bevares." in page and "Borgeren 120483-1234 klagede." in page
    assert not BeretningVersion.objects.exists()


def test_a_bad_period_or_version_is_shown_politely(client, specs, people):
    as_user(client, people["lene"])
    response = client.get(URL, {"fra": "32.13.2025", "til": "31.03.2026"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Skriv datoen som dd.mm.åååå, fx 01.04.2025." in page
    assert 'value="32.13.2025"' in page
    response = client.get(URL + "pdf/", {"fra": "01.04.2026", "til": "31.03.2026"})
    assert response.status_code == 302
    assert "Slutdatoen skal ligge på eller efter startdatoen." in client.get(response["Location"]).content.decode()
    response = client.get(URL + "vis/", {**YEAR, "version": "99"})
    assert response.status_code == 302
    assert "Den valgte version findes ikke for perioden." in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize(("start", "end"), [("01.01.0001", "31.12.0001"), ("01.01.9999", "31.12.9999"),
                                            ("01.01.2026", "31.12.2028")])
def test_a_period_outside_the_calendar_the_office_keeps_is_shown_politely(client, specs, people, start, end):
    """Year 1 used to fail with a server error (its previous period is before the calendar's first day)."""
    as_user(client, people["lene"])
    for path in ("", "vis/", "pdf/"):
        response = client.get(URL + path, {"fra": start, "til": end}, follow=True)
        assert response.status_code == 200
        assert "Vælg en dato mellem 01.01.1990 og 31.12.2027." in response.content.decode()


def test_the_page_in_english_and_the_beretning_in_danish(client, specs, people):
    as_user(client, people["lene"])
    page = client.get("/en" + URL, {"fra": "32.13.2025"}).content.decode()
    assert "Annual report" in page and "Write the date as dd.mm.yyyy, e.g. 01.04.2025." in page
    document = client.get("/en" + URL + "vis/", {**YEAR, "udgave": "offentlig"}).content.decode()
    assert '<html lang="da">' in document and "Bemærkninger til de enkelte forvaltninger" in document


@pytest.mark.parametrize("name", ["rasmus", "sanne", "anders"])
def test_only_the_leader(client, specs, people, name):
    as_user(client, people[name])
    for path in ("", "vis/", "pdf/", "html/"):
        assert client.get(URL + path, YEAR).status_code == 403
    assert client.post(URL + "?fra=01.04.2025&til=31.03.2026", _texts()).status_code == 403
    assert not BeretningVersion.objects.exists()


def test_signed_out_is_sent_to_sign_in(client, specs, settings):
    response = client.get(URL + "pdf/", YEAR)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse(settings.LOGIN_URL) + "?next=")


def test_generating_the_internal_edition_is_audited_and_the_publishable_is_not(client, specs, people):
    as_user(client, people["lene"])
    response = client.get(URL + "html/", {**YEAR, "udgave": "offentlig"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="beretning-20250401-20260331-offentlig.html"'
    assert not AuditEvent.objects.filter(object_type="insights.beretning").exists()
    assert not AuditEvent.objects.filter(detail__startswith="beretning (intern)").exists()

    response = client.get(URL + "html/", YEAR)
    assert response.status_code == 200
    events = AuditEvent.objects.filter(object_type="insights.beretning")
    assert [(e.username, e.action, e.detail) for e in events] == [
        ("lene", "view", "internal edition generated on the page (texts version 0)")]
    listed = AuditEvent.objects.filter(detail__startswith="beretning (intern)")
    suggestions = sum(1 for s, p in points_of(cohort(specs)) if p.decision == "suggestion")
    assert listed.filter(detail__contains="suggestion").count() == suggestions
    assert listed.filter(object_type="insights.investigation").count() == 1


def test_the_pdf_download_reads_back(client, specs, people, tmp_path):
    as_user(client, people["lene"])
    response = client.get(URL + "pdf/", {**YEAR, "udgave": "offentlig"})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    path = tmp_path / "b.pdf"
    path.write_bytes(response.content)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True).stdout
    assert "Bemærkninger til de enkelte forvaltninger" in text
    assert re.search(rf"Henvendelser\s+{n(len(cohort(specs)))}\s", text)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.M)  # PDF/UA-1 through the letters' pipeline


def test_every_column_heading_is_printed_whole_in_the_pdf(specs, people, tmp_path):
    """A long heading over a column of numbers wraps: none runs off the page's edge (it did:
    "Heraf opfølgning overskr")."""
    report = beretning_report(user=people["lene"], period=Period(dt.date(2025, 4, 1), dt.date(2026, 3, 31)),
                              edition=INTERNAL)
    path = tmp_path / "b.pdf"
    call_command("beretning", "--from", "2025-04-01", "--to", "2026-03-31", "--pdf", str(path), "--user", "lene")
    words = set(re.split(r"[\s/]+", subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True,
                                                    text=True).stdout))
    headings = {th.text_content() for th in lxml_html.fromstring(beretning_html(report)).xpath('//th[@scope="col"]')}
    assert "Heraf opfølgning overskredet" in headings
    missing = {word for heading in headings for word in re.split(r"[\s/]+", heading) if word and word not in words}
    assert not missing


def test_the_preview_is_served_with_a_nonce_for_its_own_styles(client, specs, people):
    as_user(client, people["lene"])
    response = client.get(URL + "vis/", {**YEAR, "udgave": "offentlig"})
    policy = response["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    assert f'<style nonce="{nonce}">' in response.content.decode()
    assert "script-src" not in policy and "default-src 'none'" in policy


# --- The command ------------------------------------------------------------------------------------------------


def test_the_command_writes_pdf_and_html(specs, people, tmp_path):
    pdf, page = tmp_path / "beretning.pdf", tmp_path / "beretning.html"
    call_command("beretning", "--from", "2025-04-01", "--to", "2026-03-31", "--pdf", str(pdf), "--html", str(page),
                 "--publishable")
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True).stdout
    assert re.search(rf"Henvendelser\s+{n(len(cohort(specs)))}\s", text)
    assert "&lt; 5" in page.read_text(encoding="utf-8")
    assert not AuditEvent.objects.filter(object_type="insights.beretning").exists()

    call_command("beretning", "--from", "2025-04-01", "--to", "2026-03-31", "--html", str(page), "--user", "lene")
    assert AuditEvent.objects.get(object_type="insights.beretning").detail == (
        "internal edition generated on the command line (texts version 0)")


def test_the_command_without_a_leader_is_generated_as_the_only_superuser(specs, people, tmp_path):
    """After `make run` the office's one user is the superuser `ensure_staff` made: no --user needed."""
    Group.objects.get(name=Role.LEDER.value).user_set.clear()
    out = str(tmp_path / "x.html")
    with pytest.raises(CommandError, match="--user USERNAME"):
        call_command("beretning", "--from", "2025-04-01", "--to", "2026-03-31", "--html", out)
    User.objects.create_superuser("raadgiver")
    call_command("beretning", "--from", "2025-04-01", "--to", "2026-03-31", "--html", out)
    assert AuditEvent.objects.get(object_type="insights.beretning").username == "raadgiver"
    User.objects.create_superuser("root2")
    with pytest.raises(CommandError, match="--user USERNAME"):
        call_command("beretning", "--from", "2025-04-01", "--to", "2026-03-31", "--html", out)


def test_the_command_refuses_bad_input(specs, people, tmp_path):
    out = str(tmp_path / "x.html")
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("beretning", "--from", "01.04.2025", "--to", "2026-03-31", "--html", out)
    with pytest.raises(CommandError, match="not an active leader"):
        call_command("beretning", "--from", "2025-04-01", "--to", "2026-03-31", "--html", out, "--user", "rasmus")
    with pytest.raises(CommandError, match="--pdf FILE"):
        call_command("beretning", "--from", "2025-04-01", "--to", "2026-03-31")
    with pytest.raises(CommandError, match="from 1990-01-01 to 2027-12-31"):
        call_command("beretning", "--from", "0001-01-01", "--to", "0001-12-31", "--html", out, "--user", "lene")
    User.objects.create_user("lise").groups.add(Group.objects.get(name=Role.LEDER.value))
    with pytest.raises(CommandError, match="--user USERNAME"):
        call_command("beretning", "--from", "2025-04-01", "--to", "2026-03-31", "--html", out)


# --- Secondary suppression: no hidden count can be worked out from what the publishable edition shows -------


def _number(text: str) -> int:
    return int(text.replace(".", ""))


def _relations(exact: dict[str, dict[str, list[str]]]) -> list[tuple[tuple, tuple]]:
    """The sums a reader of the beretning can check, read from its tables: (total cell, part cells).

    A cell is (table id, row heading, column). Only the sums that hold for the exact counts are kept.
    """
    relations = []
    key_figures = {"Henvendelser": ("tabel-noegletal", "Henvendelser", 0),
                   "Klagepunkter": ("tabel-noegletal", "Klagepunkter", 0)}

    def columns_to(table_id, total_for_column):
        for column, total in total_for_column.items():
            relations.append((total, tuple((table_id, row, column) for row in exact.get(table_id, {}))))

    for table_id in ("tabel-kanaler", "tabel-forvaltninger", "tabel-udvikling"):
        columns_to(table_id, {0: key_figures["Henvendelser"], 1: key_figures["Klagepunkter"]})
    for name in ("grundlag", "temaer", "resultater"):
        columns_to(f"tabel-{name}", {0: key_figures["Klagepunkter"]})
    for row in exact.get("tabel-videresendte", {}):
        relations.append((("tabel-videresendte", row, 1), tuple(("tabel-videresendte", row, i) for i in (3, 4, 5))))
    chapters = [table_id.removeprefix("tabel-noegletal-") for table_id in exact
                if table_id.startswith("tabel-noegletal-")]
    for code in chapters:
        for name in ("grundlag", "resultater"):
            columns_to(f"tabel-{name}-{code.upper()}", {0: (f"tabel-noegletal-{code}", "Klagepunkter", 0)})
    for name in ("grundlag", "resultater"):
        for row in exact[f"tabel-{name}"]:
            parts = tuple((f"tabel-{name}-{code.upper()}", row, 0) for code in chapters
                          if row in exact.get(f"tabel-{name}-{code.upper()}", {}))
            relations.append(((f"tabel-{name}", row, 0), parts))
    for table_id, total_row in (("tabel-forslag", "Registreret som forslag"), ("tabel-henstillinger", "Henstilling")):
        rows = exact.get(table_id, {})
        for row, cells in rows.items():
            relations.append(((table_id, row, len(cells) - 1), tuple((table_id, row, i) for i in range(4))))
        relations.append((("tabel-resultater", total_row, 0),
                          tuple((table_id, row, len(cells) - 1) for row, cells in rows.items())))
    survey = exact.get("tabel-tilfredshed", {})
    for row in survey:
        relations.append((("tabel-tilfredshed", row, 3), tuple(("tabel-tilfredshed", row, i) for i in range(3))))
        relations.append((("tabel-tilfredshed", row, 3), (("tabel-tilfredshed", next(iter(survey)), 3),)))

    def value(cell):
        table_id, row, column = cell
        return _number(exact[table_id][row][column])

    return [(total, parts) for total, parts in relations if value(total) == sum(value(part) for part in parts)]


def _rank(rows: list[list[Fraction]]) -> int:
    rows = [list(row) for row in rows if any(row)]
    rank, columns = 0, len(rows[0]) if rows else 0
    for column in range(columns):
        pivot = next((i for i in range(rank, len(rows)) if rows[i][column]), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        for i in range(len(rows)):
            if i != rank and rows[i][column]:
                factor = rows[i][column] / rows[rank][column]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[rank], strict=True)]
        rank += 1
    return rank


def _derivable(hidden: set, relations) -> list:
    """The hidden cells whose count follows from the relations and the shown cells (linear algebra, exact)."""
    cells = sorted(hidden)
    matrix = []
    for total, parts in relations:
        row = [Fraction(0)] * len(cells)
        for cell, sign in ((total, 1), *((part, -1) for part in parts)):
            if cell in hidden:
                row[cells.index(cell)] += sign
        matrix.append(row)
    base = _rank(matrix)
    return [cell for i, cell in enumerate(cells)
            if _rank([*matrix, [Fraction(int(i == j)) for j in range(len(cells))]]) == base]


def test_no_hidden_count_of_the_publishable_edition_can_be_worked_out(specs, people, tmp_path):
    exact = tables(generate(people["lene"]))
    report = beretning_report(user=people["lene"], period=PERIOD, edition=PUBLISHABLE)
    public = tables(beretning_html(report))
    relations = _relations(exact)
    assert len(relations) > 30
    shown = {(table_id, row, i): cell for table_id, rows in public.items() for row, cells in rows.items()
             for i, cell in enumerate(cells)}
    small = {cell for cell, text in shown.items() if text == "< 5"}
    hidden = small | {cell for cell, text in shown.items() if text == ".."}
    assert small and hidden - small
    # Without the secondary cells, a small count could be worked out (so this test can fail) ...
    assert _derivable(small, relations)
    # ... with them, none can.
    assert _derivable(hidden, relations) == []
    # A share or median over a hidden count is not shown.
    for table_id, rows in public.items():
        if table_id.startswith("tabel-videresendte"):
            for cells in rows.values():
                assert cells[1] not in ("< 5", "..") or cells[2] == cells[6] == "–"
    # The PDF is the same document, and says what ".." means.
    path = tmp_path / "offentlig.pdf"
    path.write_bytes(beretning_pdf(report))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True).stdout
    assert "sekundær diskretionering" in " ".join(text.split())


def test_the_threshold_also_sets_which_counts_are_hidden_for_it(specs, people, settings):
    settings.INSIGHTS_BERETNING_SUPPRESS_BELOW = 3
    exact = tables(generate(people["lene"]))
    public = tables(generate(people["lene"], PUBLISHABLE))
    shown = {(t, row, i): cell for t, rows in public.items() for row, cells in rows.items()
             for i, cell in enumerate(cells)}
    small = {cell for cell, text in shown.items() if text == "< 3"}
    hidden = small | {cell for cell, text in shown.items() if text == ".."}
    assert small and "< 5" not in shown.values()
    assert _derivable(hidden, _relations(exact)) == []
