"""A letter and its audit row are written together or not at all: when the audit write fails, no
draft, edit, discard or dispatch is left behind without its trace in the audit log."""

from __future__ import annotations

import pytest
from django.db import DatabaseError

from borgerraad.letters import services
from borgerraad.letters.models import Dispatch, Letter
from borgerraad.privacy.models import AuditEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def audit_fails(monkeypatch):
    """From now on every audit write fails as a full disk or a lost connection would make it."""

    def fail(*args, **kwargs):
        raise DatabaseError("audit log unavailable")

    def start():
        monkeypatch.setattr(AuditEvent.objects, "create", fail)

    return start


def test_a_draft_whose_audit_row_fails_is_not_kept(concluded_case, rasmus, audit_fails):
    audit_fails()
    with pytest.raises(DatabaseError):
        services.letter_draft(case=concluded_case, kind="afslutning", language="da", by=rasmus)
    assert not Letter.objects.filter(case=concluded_case).exists()


def test_an_edit_whose_audit_row_fails_is_not_kept(concluded_case, rasmus, audit_fails):
    letter = services.letter_draft(case=concluded_case, kind="afslutning", language="da", by=rasmus)
    original = letter.subject
    audit_fails()
    with pytest.raises(DatabaseError):
        services.letter_update(letter=letter, by=rasmus, subject="Et andet emne", body="En anden tekst")
    stored = Letter.objects.get(pk=letter.pk)
    assert (stored.subject, stored.body) != ("Et andet emne", "En anden tekst")
    assert stored.subject == original


def test_a_discard_whose_audit_row_fails_keeps_the_draft(concluded_case, rasmus, audit_fails):
    letter = services.letter_draft(case=concluded_case, kind="afslutning", language="da", by=rasmus)
    letter_id = letter.pk
    audit_fails()
    with pytest.raises(DatabaseError):
        services.letter_discard(letter=letter, by=rasmus)
    assert Letter.objects.filter(pk=letter_id).exists()


def test_a_send_whose_audit_row_fails_queues_nothing(concluded_case, rasmus, audit_fails,
                                                       django_capture_on_commit_callbacks):
    letter = services.letter_draft(case=concluded_case, kind="afslutning", language="da", by=rasmus)
    letter = services.letter_finalise(letter=letter, by=rasmus)
    audit_fails()
    with django_capture_on_commit_callbacks(execute=False) as callbacks, pytest.raises(DatabaseError):
        services.letter_send(letter=letter, by=rasmus)
    assert not Dispatch.objects.filter(letter=letter).exists()
    assert callbacks == []
