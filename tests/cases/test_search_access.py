"""Search is no content oracle: who may not read a case's contents finds it by registration fields only.

Bo Hansen's case holds a word in its description, one in a note and one in a høring answer. Rasmus
(rådgiver) finds the case by each; Sanne (sekretær), who sees registration fields only, finds it by
its reference and Bo's name but by none of the words inside it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from borgerraad.cases.models import CaseStatus
from borgerraad.cases.services import (
    case_transition,
    hoering_answer_register,
    hoering_send,
    note_add,
    visitation_record,
)
from borgerraad.core.models import Department
from tests.accounts.helpers import login_verified

from .conftest import make_case, point

pytestmark = pytest.mark.django_db

CONTENT_WORDS = ("zebraudstilling", "flodhestefodring", "kamelkaravane")


@pytest.fixture
def case(rasmus, time_machine):
    time_machine.move_to("2026-03-02 10:00 +01:00", tick=False)
    case = make_case(by=rasmus, description="Klagen handler om en zebraudstilling i parken.")
    visitation_record(case=case, points=[point(ground="praktisk_opgave")], by=rasmus)
    case_transition(case=case, to_status=CaseStatus.UNDER_BEHANDLING, by=rasmus)
    note_add(case=case, author=rasmus, text="Ringede om flodhestefodring.")
    hoering = hoering_send(case=case, department=Department.objects.get(code="BIF"), questions="Hvorfor?", by=rasmus)
    hoering_answer_register(hoering=hoering, by=rasmus, received_on=dt.date(2026, 3, 2),
                            answer_text="Vi beklager kamelkaravane.")
    return case


def _found(client, **params) -> bool:
    html = client.get(reverse("cases:search"), params).content.decode()
    return "1 sag fundet" in html


def test_the_advisor_finds_words_in_description_note_and_hoering_answer(client, rasmus, case):
    login_verified(client, rasmus)
    for word in CONTENT_WORDS:
        assert _found(client, q=word), word
    assert _found(client, ground="praktisk_opgave")


def test_the_secretary_finds_registration_fields_only(client, sanne, case):
    login_verified(client, sanne)
    for word in CONTENT_WORDS:
        assert not _found(client, q=word), word
    assert _found(client, q=case.reference)
    assert _found(client, q="Bo Hansen")
    assert _found(client, channel="web")
    page = client.get(reverse("cases:search"), {"q": "Bo", "ground": "adfaerd"}).content.decode()
    assert "1 sag fundet" in page  # the grounds are contents: not offered, and ignored if sent
    assert 'name="ground"' not in page
