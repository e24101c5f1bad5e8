"""``make run``'s demo shows the whole life of suggestions and henstillinger: the departments' answers
(efterlevet, delvist, ikke efterlevet; gennemført or not), some still waiting, and overdue follow-ups.

``demo_data`` calls insights' ``registers_demo_answers`` by name (demo does not import insights) with
its synthetic cases' submission-key prefix; an office's own entries are never answered by it."""

from __future__ import annotations

from collections import Counter

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.utils import timezone

from borgerraad.core.calendar import TZ, local_date, local_today
from borgerraad.insights.beretning import PUBLISHABLE, beretning_report
from borgerraad.insights.forms_dashboard import default_period
from borgerraad.insights.models import Adoption, Compliance, HenstillingFollowUp, Suggestion
from borgerraad.insights.registers import henstilling_reminders_due
from borgerraad.intake.models import Henvendelse
from borgerraad.privacy.models import AuditEvent

pytestmark = pytest.mark.django_db


def _answers():
    return (sorted(HenstillingFollowUp.objects.values_list("pk", "compliance", "answer_received_on")),
            sorted(Suggestion.objects.values_list("pk", "adoption", "sent_on", "answer_received_on")))


def test_the_demo_has_answered_waiting_and_overdue_henstillinger_and_suggestions():
    call_command("demo_data")
    today = local_today()
    compliance = Counter(HenstillingFollowUp.objects.values_list("compliance", flat=True))
    assert all(compliance[value] > 0 for value in Compliance.values), compliance
    assert henstilling_reminders_due(today=today)  # overdue, unanswered: the advisor is reminded
    adoption = Counter(Suggestion.objects.values_list("adoption", flat=True))
    assert all(adoption[value] > 0 for value in Adoption.values), adoption  # afventer included
    for entry in HenstillingFollowUp.objects.exclude(compliance="").select_related("klagepunkt"):
        assert local_date(entry.klagepunkt.closed_at) <= entry.answer_received_on <= today
        assert entry.answer_text and entry.answer_registered_by is not None
    for entry in Suggestion.objects.exclude(adoption=Adoption.AFVENTER):
        assert entry.received_on <= entry.sent_on <= entry.answer_received_on <= today and entry.answer_text
    # Registered through the registers' services: in the audit log like an advisor's registration.
    assert AuditEvent.objects.filter(detail__contains="answer efterlevet").exists()
    assert AuditEvent.objects.filter(detail__contains="updated: ja").exists()
    # The beretning's chapter on henstillinger shows the answers, not only "Afventer svar".
    leader = User.objects.create_superuser("demo-leder")
    period = default_period(timezone.localtime(timezone.now(), TZ).date())
    report = beretning_report(user=leader, period=period)
    columns = report.henstillinger.columns
    answered = [sum(int(row.cells[columns.index(label)]) for row in report.henstillinger.rows)
                for label in Compliance.labels]
    assert all(answered), answered
    assert beretning_report(user=leader, period=period, edition=PUBLISHABLE).henstillinger.rows


def test_the_answers_are_given_once_and_only_to_synthetic_cases():
    call_command("demo_data")
    before = _answers()
    call_command("registers_demo_answers", "--submission-key-prefix", "demo:")
    assert _answers() == before  # nothing answered twice, nothing changed
    # An office's own henstilling, waiting and overdue, is never answered.
    own = HenstillingFollowUp.objects.exclude(compliance="").select_related("klagepunkt__case").first()
    Henvendelse.objects.filter(pk=own.klagepunkt.case.henvendelse_id).update(submission_key="web:own-1")
    HenstillingFollowUp.objects.filter(pk=own.pk).update(compliance="", answer_received_on=None, answer_text="")
    call_command("registers_demo_answers", "--submission-key-prefix", "demo:")
    own.refresh_from_db()
    assert (own.compliance, own.answer_received_on, own.answer_text) == ("", None, "")


def test_the_command_refuses_to_run_without_a_prefix():
    with pytest.raises(CommandError, match="prefix"):
        call_command("registers_demo_answers", "--submission-key-prefix", " ")
