"""A case change and its audit row are written together or not at all: when the audit write fails,
the acknowledgement, the forwarded points' follow-up and a typed-in registration are not half-done."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import DatabaseError
from django.utils import timezone

from borgerraad.cases.models import Case, Klagepunkt
from borgerraad.cases.services import (
    case_acknowledge,
    forward_follow_up_restart,
    henvendelse_register_manual,
    visitation_record,
)
from borgerraad.intake.models import Henvendelse
from borgerraad.privacy.models import AuditEvent
from tests.cases.conftest import bo_data, point

pytestmark = pytest.mark.django_db


@pytest.fixture
def audit_fails(monkeypatch):
    """``audit_fails(word)``: from now on audit writes whose detail holds ``word`` fail (a full disk, a lost
    connection); the others are written."""
    create = AuditEvent.objects.create

    def start(word: str = ""):
        def maybe_fail(*args, **kwargs):
            if word in kwargs.get("detail", ""):
                raise DatabaseError("audit log unavailable")
            return create(*args, **kwargs)

        monkeypatch.setattr(AuditEvent.objects, "create", maybe_fail)

    return start


def test_an_acknowledgement_whose_audit_row_fails_is_not_recorded(case, rasmus, audit_fails):
    # A case not yet acknowledged (its receipt e-mail, which also acknowledges it, never went).
    Case.objects.filter(pk=case.pk).update(acknowledged_at=None)
    case.refresh_from_db()
    audit_fails()
    with pytest.raises(DatabaseError):
        case_acknowledge(case=case, by=rasmus)
    assert Case.objects.get(pk=case.pk).acknowledged_at is None
    assert case.acknowledged_at is None


def test_a_follow_up_restart_whose_audit_row_fails_moves_no_date(case, rasmus, audit_fails):
    visitation_record(case=case, points=[point(decision="forward"), point(decision="forward")], by=rasmus)
    before = dict(Klagepunkt.objects.filter(case=case).values_list("pk", "forward_follow_up"))
    audit_fails()
    with pytest.raises(DatabaseError):
        forward_follow_up_restart(case=case, at=timezone.now() + dt.timedelta(days=30))
    assert dict(Klagepunkt.objects.filter(case=case).values_list("pk", "forward_follow_up")) == before


def test_a_typed_in_registration_whose_audit_row_fails_leaves_nothing(rasmus, audit_fails):
    audit_fails("registered by hand")
    with pytest.raises(DatabaseError):
        henvendelse_register_manual(channel="phone", submitted=bo_data(name="Eva Nielsen"), registered_by=rasmus)
    assert not Henvendelse.objects.filter(name="Eva Nielsen").exists()
