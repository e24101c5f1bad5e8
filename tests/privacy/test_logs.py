"""Failures are logged with their traceback, and the log holds no personal data: the configured
handler (settings.LOGGING) writes every frame and exception type, never the messages or source
lines that quote what a citizen wrote, and masks CPR numbers and e-mail addresses in the line."""

from __future__ import annotations

import io
import logging

import pytest
from django.core.management import CommandError, call_command

from borgerraad.core import scheduler as jobs
from borgerraad.intake import screening
from borgerraad.intake.services import HenvendelseData, henvendelse_register
from borgerraad.privacy.logs import PersonalDataFilter

PRIVATE = ("120483-1234", "1204831234", "bo.hansen@example.dk", "Bo Hansen", "min datter")


@pytest.fixture
def configured_log():
    """What the configured console handler writes (its own formatter and filters), for this test."""
    [handler] = [h for h in logging.getLogger().handlers if any(isinstance(f, PersonalDataFilter) for f in h.filters)]
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield stream
    handler.setStream(previous)


def _failing(*args, **kwargs):
    try:
        raise KeyError("Bo Hansen 1204831234")
    except KeyError as inner:
        raise RuntimeError("Bo Hansen, CPR 120483-1234, bo.hansen@example.dk: min datter er syg") from inner


@pytest.mark.django_db
def test_a_failing_job_logs_its_traceback_without_personal_data(monkeypatch, configured_log):
    monkeypatch.setattr(jobs, "call_command", _failing)
    with pytest.raises(CommandError):
        call_command("scheduler", "--once", "--only", "letters_retry")
    text = configured_log.getvalue()
    assert "Scheduled job letters_retry failed (RuntimeError)" in text
    assert "Traceback (most recent call last):" in text
    assert "in job_run" in text and "in _failing" in text  # the frames an operator needs
    assert "KeyError" in text and "RuntimeError" in text  # the whole chain
    for private in PRIVATE:
        assert private not in text


@pytest.mark.django_db
def test_a_triage_failure_logs_its_traceback_and_keeps_the_henvendelse(monkeypatch, configured_log):
    from borgerraad.triage import engine

    def broken(text, **kwargs):
        raise ValueError(f"cannot read {text!r}")

    monkeypatch.setattr(engine, "triage", broken)
    henvendelse = henvendelse_register(
        channel="web", submission_key="log-test",
        submitted=HenvendelseData(name="Bo Hansen", email="bo.hansen@example.dk",
                                  description="Jeg er 120483-1234 og min datter er syg."),
    )
    assert henvendelse.triage == {}
    text = configured_log.getvalue()
    assert "Triage failed" in text and "Traceback (most recent call last):" in text and "ValueError" in text
    assert f"in {screening.screen.__name__}" in text
    for private in PRIVATE:
        assert private not in text


def test_cpr_numbers_and_addresses_in_a_log_line_are_masked(configured_log):
    logging.getLogger("borgerraad.test").warning("Sender %s wrote %s", "bo.hansen@example.dk", "120483-1234")
    text = configured_log.getvalue()
    assert "***@example.dk" in text and "120483-xxxx" in text
    assert "bo.hansen@" not in text and "120483-1234" not in text
