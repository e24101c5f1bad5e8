"""The audit log: every staff read of a henvendelse, CPR reveal and download is recorded; rows never change."""

import pytest
from django.core.exceptions import PermissionDenied

from borgerraad.accounts.roles import Role
from borgerraad.privacy.models import AuditEvent
from borgerraad.privacy.selectors import audit_events_for
from borgerraad.privacy.services import audit_record
from tests.accounts.helpers import login_verified, staff_user
from tests.intake.factories import make_henvendelse

pytestmark = pytest.mark.django_db


@pytest.fixture
def caseworker():
    """Rita, a rådgiver: may read henvendelser, not reveal CPR numbers."""
    return staff_user("rita", Role.RAADGIVER)


@pytest.fixture
def leader(caseworker):
    """Lene, the leader: may also reveal CPR numbers."""
    return staff_user("lene", Role.LEDER)


def test_opening_a_henvendelse_shows_the_cpr_masked_and_is_logged(client, caseworker):
    henvendelse = make_henvendelse(with_cpr=True, description="Mit cpr er 120483-1234, skriv venligst.")
    login_verified(client, caseworker)
    html = client.get(f"/medarbejder/henvendelser/{henvendelse.reference}/").content.decode()
    assert "120483-xxxx" in html
    assert "1234" not in html.replace("120483-xxxx", "")
    [event] = audit_events_for(obj=henvendelse)
    assert (event.username, event.action, event.object_label) == ("rita", "view", henvendelse.reference)


def test_revealing_the_cpr_needs_the_permission_and_is_logged(client, caseworker, leader):
    henvendelse = make_henvendelse(with_cpr=True)
    login_verified(client, caseworker)
    assert client.post(f"/medarbejder/henvendelser/{henvendelse.reference}/cpr/").status_code == 403
    assert not audit_events_for(obj=henvendelse).filter(action="view_cpr").exists()
    login_verified(client, leader)
    response = client.post(f"/medarbejder/henvendelser/{henvendelse.reference}/cpr/")
    assert response.status_code == 200 and "120483-1234" in response.content.decode()
    assert audit_events_for(obj=henvendelse).filter(action="view_cpr", username="lene").count() == 1


def test_the_list_of_henvendelser_shows_no_full_cpr(client, caseworker):
    make_henvendelse(with_cpr=True)
    login_verified(client, caseworker)
    html = client.get("/medarbejder/indbakke/").content.decode()
    assert "BR-" in html and "120483-1234" not in html and "1234" not in html.replace("120483-xxxx", "")


def test_the_log_cannot_be_changed_or_deleted():
    henvendelse = make_henvendelse()
    event = audit_record(user=None, action="view", obj=henvendelse)
    event.detail = "rewritten"
    with pytest.raises(PermissionDenied):
        event.save()
    with pytest.raises(PermissionDenied):
        event.delete()
    with pytest.raises(PermissionDenied):
        AuditEvent.objects.all().delete()
    with pytest.raises(PermissionDenied):
        AuditEvent.objects.update(detail="x")
    assert AuditEvent.objects.get().detail == ""


def test_the_admin_offers_no_way_to_read_or_edit_the_log(admin_client):
    """The leader reads the log on its staff pages (/medarbejder/adgangslog/); the admin has none."""
    henvendelse = make_henvendelse()
    event = audit_record(user=None, action="view", obj=henvendelse)
    assert admin_client.get("/admin/privacy/auditevent/add/").status_code == 404
    assert admin_client.post(f"/admin/privacy/auditevent/{event.pk}/delete/").status_code == 404
    assert admin_client.get("/admin/privacy/auditevent/").status_code == 404
