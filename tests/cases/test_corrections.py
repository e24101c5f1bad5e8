"""Correcting the citizen's and the henvendelse's data through HTTP, with a reason: a wrong CPR
number, a missing one (so Digital Post would fail at the letter), a name. Old and new values are
kept encrypted in the history, the CPR number is shown masked, the audit log names the fields
only; bad input is refused politely and keeps everything typed."""

from __future__ import annotations

import pytest
from django.db import connection
from django.urls import reverse

from borgerraad.cases.services import case_assign
from borgerraad.core.models import Department
from borgerraad.intake.models import Henvendelse, HenvendelseCorrection
from borgerraad.privacy import crypto
from borgerraad.privacy.models import AuditEvent
from tests.accounts.helpers import login_verified
from tests.intake.factories import make_henvendelse

pytestmark = pytest.mark.django_db

OLD_CPR = "120483-1234"
NEW_CPR = "010190-4321"


def _form(henvendelse: Henvendelse, **changes) -> dict:
    values = {
        "name": henvendelse.name, "address": henvendelse.address, "cpr": "",
        "preferred_channel": henvendelse.preferred_channel, "department": henvendelse.department_id or "",
        "unit": henvendelse.unit, "reason": "Borgeren ringede og rettede oplysningerne.",
    }
    values.update(changes)
    return values


def _post(client, henvendelse, **changes):
    return client.post(reverse("cases:correct", args=[henvendelse.reference]), _form(henvendelse, **changes),
                       follow=True)


def test_a_wrong_cpr_number_is_corrected_kept_in_the_history_and_shown_masked(client, rasmus, case):
    login_verified(client, rasmus)
    henvendelse = case.henvendelse
    assert henvendelse.cpr == ""
    _post(client, henvendelse, cpr=OLD_CPR)
    response = _post(client, henvendelse, cpr=NEW_CPR.replace("-", " "), reason="CPR-nummeret var forkert.")
    page = response.content.decode()

    assert "Oplysningerne er rettet: CPR-nummer." in page  # an abbreviation keeps its capitals
    henvendelse.refresh_from_db()
    assert henvendelse.cpr == NEW_CPR
    assert henvendelse.cpr_hash == crypto.keyed_hash("0101904321")
    assert "010190-xxxx" in page and "120483-xxxx" in page
    assert NEW_CPR not in page and OLD_CPR not in page and "4321" not in page
    corrections = list(HenvendelseCorrection.objects.filter(henvendelse=henvendelse, field="cpr"))
    assert [(c.old_value, c.new_value) for c in corrections] == [("", OLD_CPR), (OLD_CPR, NEW_CPR)]
    assert corrections[-1].reason == "CPR-nummeret var forkert."
    with connection.cursor() as cursor:
        cursor.execute("SELECT old_value, new_value, reason FROM intake_henvendelsecorrection")
        raw = " ".join(value for row in cursor.fetchall() for value in row)
    assert "1234" not in raw and "4321" not in raw and "forkert" not in raw
    events = AuditEvent.objects.filter(object_type="intake.henvendelse", object_id=str(henvendelse.pk), action="change")
    assert [event.detail for event in events.order_by("id")] == ["corrected: cpr", "corrected: cpr"]
    case_page = client.get(reverse("cases:case", args=[case.reference])).content.decode()
    assert "Oplysninger rettet: CPR-nummer" in case_page


def test_name_address_channel_and_department_are_corrected_together(client, rasmus, case):
    login_verified(client, rasmus)
    tmf = Department.objects.get(code="TMF")
    response = _post(client, case.henvendelse, name="Bo Hansen Jensen", address="Søndergade 7, 2300 København S",
                     preferred_channel="digital_post", cpr=OLD_CPR, department=tmf.pk, unit="Parkering København")
    assert "Oplysningerne er rettet: navn, adresse, CPR-nummer, ønsket svarkanal, enhed, forvaltning." in (
        response.content.decode())
    henvendelse = Henvendelse.objects.get(pk=case.henvendelse_id)
    assert (henvendelse.name, henvendelse.preferred_channel, henvendelse.department, henvendelse.unit) == (
        "Bo Hansen Jensen", "digital_post", tmf, "Parkering København")
    fields = set(HenvendelseCorrection.objects.values_list("field", flat=True))
    assert fields == {"name", "address", "cpr", "preferred_channel", "department", "unit"}
    department = HenvendelseCorrection.objects.get(field="department")
    assert department.old_value.startswith("BIF") and department.new_value.startswith("TMF")


@pytest.mark.parametrize(("changes", "message"), [
    ({"cpr": "１２０４８３１２３４"}, "Skriv CPR-nummeret med almindelige cifre 0-9"),
    ({"cpr": "120483-123"}, "CPR-nummeret er ikke gyldigt"),
    ({"cpr": "320183-1234"}, "CPR-nummeret er ikke gyldigt"),
    ({"name": "Bo 120483-1234"}, "Skriv ikke et CPR-nummer her"),
    ({"reason": ""}, "Skriv, hvorfor oplysningerne rettes."),
    ({"name": ""}, "Skriv borgerens navn."),
    ({"preferred_channel": "digital_post"}, "Digital Post kræver borgerens CPR-nummer"),
    ({}, "Du har ikke ændret noget."),
], ids=["full-width-digits", "too-short", "no-such-date", "cpr-in-name", "no-reason", "no-name",
        "digital-post-without-cpr", "nothing-changed"])
def test_bad_input_is_refused_politely_and_keeps_what_was_typed(client, rasmus, case, changes, message):
    login_verified(client, rasmus)
    typed = {"address": "Nørrebrogade 1, 2200 København N", **changes} if changes else {}
    response = _post(client, case.henvendelse, **typed)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Der er et problem" in page
    assert message in page
    if typed:
        assert 'value="Nørrebrogade 1, 2200 København N"' in page
    assert not HenvendelseCorrection.objects.exists()
    assert Henvendelse.objects.get(pk=case.henvendelse_id).address == ""


def test_a_henvendelse_without_a_case_is_corrected_from_its_own_page(client, rasmus, db):
    henvendelse = make_henvendelse()
    login_verified(client, rasmus)
    assert reverse("cases:correct", args=[henvendelse.reference]) in client.get(
        reverse("cases:henvendelse", args=[henvendelse.reference])).content.decode()
    _post(client, henvendelse, cpr=OLD_CPR, preferred_channel="digital_post")
    henvendelse.refresh_from_db()
    assert (henvendelse.cpr, henvendelse.preferred_channel) == (OLD_CPR, "digital_post")


def test_only_those_who_work_on_the_case_may_correct(client, rasmus, rikke, sanne, anders, lene, case):
    url = reverse("cases:correct", args=[case.henvendelse.reference])
    for user, status in ((sanne, 403), (anders, 404)):
        login_verified(client, user)
        assert client.get(url).status_code == status
        assert client.post(url, _form(case.henvendelse, name="Forkert")).status_code == status
    case_assign(case=case, assigned_to=rikke, by=lene, restricted=True)
    login_verified(client, rasmus)
    assert client.post(url, _form(case.henvendelse, name="Forkert")).status_code == 404
    login_verified(client, rikke)
    assert client.get(url).status_code == 200
    assert not HenvendelseCorrection.objects.exists()
