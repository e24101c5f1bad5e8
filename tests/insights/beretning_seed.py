"""The statistics seed (tests/insights/seed.py) with what the beretning adds: themes on the klagepunkter,
henstillinger given with their follow-up and the departments' answers, the suggestions register with
adoptions, and one investigation. Everything is decided from the specs, so the tests count it
independently of the code under test."""

from __future__ import annotations

import datetime as dt

from borgerraad.cases.models import Klagepunkt, Theme
from borgerraad.core.models import Department
from borgerraad.insights.models import Compliance, HenstillingFollowUp, Investigation, Suggestion
from borgerraad.insights.registers import registers_sync
from tests.insights import seed as data

THEMES = [*Theme.values, ""]
ADOPTIONS = ["afventer", "ja", "delvist", "nej"]
COMPLIANCES = [Compliance.EFTERLEVET, Compliance.DELVIST, Compliance.IKKE, ""]
SUGGESTION_TEXT = "Karen Sørensen foreslår længere åbningstid i Borgerservice"
INVESTIGATION_TITLE = "Sagsbehandling: Jobcenter København hos Rasmus"


def theme_of(spec: data.CaseSpec, index: int) -> str:
    return THEMES[(spec.number * 3 + index) % len(THEMES)]


def henstilling_given(spec: data.CaseSpec) -> dt.date:
    return spec.decided + dt.timedelta(days=20)


def follow_up_on(spec: data.CaseSpec) -> dt.date:
    return spec.decided + dt.timedelta(days=80)


def compliance_of(spec: data.CaseSpec) -> str:
    answered = spec.decided + dt.timedelta(days=50)
    return COMPLIANCES[spec.number % 4] if answered <= data.TODAY else ""


def adoption_of(spec: data.CaseSpec) -> str:
    return ADOPTIONS[spec.number % 4]


def seed(people: dict) -> list[data.CaseSpec]:
    specs = data.specs()
    data.seed(specs, people)
    by_reference = {spec.reference: spec for spec in specs}
    for point in Klagepunkt.objects.select_related("case"):
        spec = by_reference[point.case.reference]
        point.theme = theme_of(spec, point.number - 1)
        if point.outcome == "henstilling":
            point.closed_at = data.at(henstilling_given(spec), 13)
            point.henstilling_follow_up = follow_up_on(spec)
        point.save()
    registers_sync()
    for follow_up in HenstillingFollowUp.objects.select_related("klagepunkt__case"):
        spec = by_reference[follow_up.klagepunkt.case.reference]
        if compliance_of(spec):
            follow_up.compliance = compliance_of(spec)
            follow_up.answer_received_on = spec.decided + dt.timedelta(days=50)
            follow_up.save()
    for suggestion in Suggestion.objects.select_related("klagepunkt__case"):
        suggestion.adoption = adoption_of(by_reference[suggestion.klagepunkt.case.reference])
        suggestion.save()
    first = Suggestion.objects.filter(received_on__gte=dt.date(2025, 4, 1)).order_by("received_on", "pk").first()
    first.text = SUGGESTION_TEXT
    first.save()
    Investigation.objects.create(
        title=INVESTIGATION_TITLE, scope="Fem klager over manglende svar.", findings="Breve blev ikke journaliseret.",
        department=Department.objects.get(code="BIF"), status="concluded", started_on=dt.date(2025, 6, 1),
        concluded_on=dt.date(2025, 11, 30),
    )
    return specs
