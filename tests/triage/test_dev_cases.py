"""The 45 labelled development cases from the contract (docs/triage-contract.md): every expected field must hold."""

from __future__ import annotations

from datetime import date

import pytest

from borgerraad.triage.engine import triage
from borgerraad.triage.selectors import triage_config_get
from tests.triage.cases import DEV_CASES, load, mismatches

# A day after the latest received_date in the cases, so "today" never changes the outcome.
TODAY = date(2026, 11, 25)


def _cases():
    return load(DEV_CASES)


@pytest.fixture
def config(db):
    """The configuration the migrations loaded into the test database (compiled once, then cached)."""
    return triage_config_get()


@pytest.mark.parametrize("case", _cases(), ids=lambda case: case["id"])
def test_dev_case(case, config):
    result = triage(case["text"], answers=case.get("answers"), channel=case.get("channel"),
                    config=config, today=TODAY).to_dict()
    assert mismatches(result, case["expect"]) == []


def test_all_dev_cases_are_there():
    assert len(_cases()) == 45
