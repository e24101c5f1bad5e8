"""``borgerraad seed-demo`` makes consistent synthetic casework."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from borgerraad.cases.models import Case, CaseStatus, Klagepunkt, SearchDocument
from borgerraad.cases.selectors import case_search
from borgerraad.cases.workflow import TRANSITIONS
from borgerraad.core.models import Office
from borgerraad.demo.casework import seed_demo
from borgerraad.demo.management.commands.demo_data import DEMO_HENVENDELSER
from borgerraad.demo.office import demo_data_load
from borgerraad.intake.models import Henvendelse, ReferenceCounter
from borgerraad.intake.services import HenvendelseData, henvendelse_register


@pytest.mark.django_db
def test_seed_demo_small(capsys):
    call_command("seed-demo", henvendelser=60)
    assert Henvendelse.objects.count() == Case.objects.count() == SearchDocument.objects.count() == 60
    assert Klagepunkt.objects.count() >= 60
    assert len(set(Henvendelse.objects.values_list("reference", flat=True))) == 60
    for case in Case.objects.prefetch_related("status_changes"):
        steps = [change.to_status for change in case.status_changes.all()]
        assert steps[-1] == case.status
        assert all(b in TRANSITIONS[a] for a, b in zip(steps, steps[1:], strict=False))
    assert all(h.cpr == "" or h.cpr.endswith("-0000") for h in Henvendelse.objects.all())
    assert case_search(query="svar").exists() or case_search(query="medarbejder").exists()
    # The real registration continues the reference numbers after the demo data.
    year = max(ReferenceCounter.objects.values_list("year", flat=True))
    fresh = henvendelse_register(
        channel="web", submitted=HenvendelseData(name="Ny Borger", description="Test"), submission_key="after-demo",
    )
    assert fresh.reference not in set(Henvendelse.objects.exclude(pk=fresh.pk).values_list("reference", flat=True))
    assert year >= 2025


@pytest.mark.django_db
def test_demo_data_gives_the_demo_a_caseload_once():
    call_command("demo_data")
    first = Henvendelse.objects.count()
    assert first == DEMO_HENVENDELSER + 3
    assert Henvendelse.objects.filter(case__isnull=True).count() == 3  # waiting in the inbox
    call_command("demo_data")
    assert Henvendelse.objects.count() == first


@pytest.mark.django_db
def test_every_demo_case_in_hoering_has_a_hoering_and_the_office_a_cvr_for_digital_post():
    Office.objects.update(municipality_cvr="")
    demo_data_load()
    assert Office.objects.get().municipality_cvr == "64942212"
    seed_demo(henvendelser=300, seed=7)
    in_hoering = Case.objects.filter(status=CaseStatus.HOERING)
    assert in_hoering.exists()
    assert not in_hoering.filter(hoeringer__isnull=True).exists()
    assert not in_hoering.exclude(hoeringer__answer_received_on__isnull=True).exists()
