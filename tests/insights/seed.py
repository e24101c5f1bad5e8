"""A year and a half of casework with known answers, for the statistics tests.

``specs()`` describes every case in plain Python (channel, dates, advisor, klagepunkter with
decisions and outcomes, høringer, the unit's answers to forwarded points); ``seed(specs, users)``
writes them as rows. The tests count from the specs, never from the database, so every figure
on the dashboard is checked against a count made independently of the code under test.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from borgerraad.cases.models import Case, Hoering, Klagepunkt
from borgerraad.core.calendar import TZ
from borgerraad.core.models import ComplaintBody, Department
from borgerraad.intake.models import Henvendelse

FIRST_DAY = dt.date(2024, 10, 1)
LAST_DAY = dt.date(2026, 3, 13)
TODAY = dt.date(2026, 3, 16)  # the frozen day of the tests
CHANNELS = ["web", "email", "phone", "digital_post", "letter", "walk_in", "br_referral"]
DEPARTMENTS = ["BIF", "SOF", "BUF", "TMF"]
UNITS = {"BIF": ["Jobcenter København", "Ydelsesservice"], "SOF": ["Borgercenter Voksne"],
         "BUF": ["Pladsanvisningen", "PPR"], "TMF": ["Renovation"]}
GROUNDS = ["sagsbehandling", "adfaerd", "praktisk_opgave", "forstaa_afgoerelse", "diskrimination"]
DECISIONS = ["case", "case", "forward", "guide", "dismiss", "suggestion"]
CASE_OUTCOMES = [("loest_i_dialog", None), ("kritik", 1), ("kritik", 3), ("henstilling", None),
                 ("ingen_kritik", None), ("anbefaling", None), ("", None)]
VERDICTS = ["in_scope", "contact_unit_first", "out_of_scope", None]


def at(day: dt.date, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), TZ)


@dataclass
class PointSpec:
    ground: str
    decision: str
    department: str | None
    unit: str
    outcome: str = ""
    degree: int | None = None
    body: str | None = None
    forward_answer_days: int | None = None  # after the decision day
    forward_result: str = ""


@dataclass
class HoeringSpec:
    department: str
    sent: dt.date
    deadline: dt.date
    answered: dt.date | None


@dataclass
class CaseSpec:
    number: int
    channel: str
    received: dt.date
    advisor: str | None
    department: str | None  # the henvendelse's
    verdict: str | None
    engine_grounds: list[str]
    engine_department: str | None
    engine_bodies: list[str]
    points: list[PointSpec]
    acknowledged: dt.date | None
    closed: dt.datetime | None
    restricted: bool = False
    hoeringer: list[HoeringSpec] = field(default_factory=list)

    @property
    def reference(self) -> str:
        return f"BR-{self.received.year}-{self.number:05d}"

    @property
    def acknowledgement_due(self) -> dt.date:
        return self.received + dt.timedelta(days=14)

    @property
    def decided(self) -> dt.date:
        return self.received + dt.timedelta(days=3)


def specs(count: int = 90, seed: int = 13) -> list[CaseSpec]:
    rng = random.Random(seed)  # nosec B311 - test data
    span = (LAST_DAY - FIRST_DAY).days
    result = []
    for number in range(1, count + 1):
        received = FIRST_DAY + dt.timedelta(days=rng.randint(0, span))
        department = rng.choice(DEPARTMENTS + [None])
        points = []
        for _n in range(rng.choice([0, 1, 1, 1, 2, 3])):
            decision = rng.choice(DECISIONS)
            point_department = rng.choice(DEPARTMENTS) if rng.random() < 0.3 else department
            unit = rng.choice(UNITS[point_department]) if point_department else ""
            point = PointSpec(rng.choice(GROUNDS), decision, point_department, unit)
            if decision == "case":
                point.outcome, point.degree = rng.choice(CASE_OUTCOMES)
            elif decision == "forward":
                point.outcome = "videresendt"
                if rng.random() < 0.7:
                    point.forward_answer_days = rng.randint(2, 40)
                    point.forward_result = rng.choice(["medhold", "delvist_medhold", "ikke_medhold"])
            elif decision == "guide":
                point.outcome, point.body = "vejledt", rng.choice(["ankestyrelsen", "datatilsynet"])
                point.ground = "uden_for_kompetence"
            elif decision == "dismiss":
                point.outcome = "afvist_henlagt"
            points.append(point)
        age = (TODAY - received).days
        acknowledged = received + dt.timedelta(days=rng.randint(1, 20)) if age > 20 or rng.random() < 0.5 else None
        if acknowledged is not None and acknowledged > TODAY:
            acknowledged = None
        closed = None
        if points and rng.random() < 0.7:
            closed_day = received + dt.timedelta(days=rng.randint(5, 150))
            if closed_day <= TODAY:
                closed = at(closed_day, rng.choice([0, 9, 14, 23]), 30)
        hoeringer = []
        if points and rng.random() < 0.4:
            sent = received + dt.timedelta(days=rng.randint(5, 20))
            answered = sent + dt.timedelta(days=rng.randint(10, 60)) if rng.random() < 0.8 else None
            if sent <= TODAY:
                hoeringer.append(HoeringSpec(rng.choice(DEPARTMENTS), sent, sent + dt.timedelta(days=42),
                                             answered if answered and answered <= TODAY else None))
        result.append(CaseSpec(
            number=number, channel=rng.choice(CHANNELS), received=received,
            advisor=rng.choice(["rasmus", "rikke", None]), department=department, verdict=rng.choice(VERDICTS),
            engine_grounds=sorted(set(rng.sample(GROUNDS, rng.randint(0, 2)))),
            engine_department=rng.choice(DEPARTMENTS + [None]),
            engine_bodies=rng.choice([[], ["ankestyrelsen"], ["ankestyrelsen", "tilsynet"]]),
            points=points, acknowledged=acknowledged, closed=closed, restricted=rng.random() < 0.1,
            hoeringer=hoeringer,
        ))
    # One case closed half an hour after midnight on the period's first day (22:30 UTC the day before):
    # it counts on its local date.
    result.append(CaseSpec(
        number=count + 1, channel="web", received=dt.date(2025, 3, 1), advisor="rasmus", department="BIF",
        verdict="in_scope", engine_grounds=["sagsbehandling"], engine_department="BIF", engine_bodies=[],
        points=[PointSpec("sagsbehandling", "case", "BIF", "Jobcenter København", "loest_i_dialog")],
        acknowledged=dt.date(2025, 3, 5), closed=at(dt.date(2025, 4, 1), 0, 30),
    ))
    return result


def triage_of(spec: CaseSpec) -> dict:
    if spec.verdict is None:
        return {}
    return {"verdict": spec.verdict, "grounds": spec.engine_grounds, "exclusions": [],
            "refer_to": spec.engine_bodies, "forvaltning": spec.engine_department,
            "klagepunkter": [{"kind": "ground", "code": code} for code in reversed(spec.engine_grounds)]}


def seed(case_specs: list[CaseSpec], users: dict) -> None:
    departments = {d.code: d for d in Department.objects.all()}
    bodies = {b.code: b for b in ComplaintBody.objects.all()}
    for spec in case_specs:
        triage = triage_of(spec)
        henvendelse = Henvendelse.objects.create(
            reference=spec.reference, channel=spec.channel, received_at=at(spec.received, 11),
            submitter_kind="citizen", name=f"Borger {spec.number}", preferred_channel="letter",
            department=departments.get(spec.department), description="Testklage.", triage=triage,
            submission_key=f"insights:{spec.number}", case_opened=True,
        )
        case = Case.objects.create(
            henvendelse=henvendelse, reference=spec.reference, status="afsluttet" if spec.closed else "visiteret",
            assigned_to=users.get(spec.advisor), restricted=spec.restricted, received_on=spec.received,
            acknowledgement_due=spec.acknowledgement_due,
            acknowledged_at=at(spec.acknowledged, 15) if spec.acknowledged else None,
            target_working_days=60, target_date=spec.received + dt.timedelta(days=84), closed_at=spec.closed,
        )
        for index, point in enumerate(spec.points):
            suggestion = {key: triage.get(key) for key in ("verdict", "grounds", "exclusions", "refer_to",
                                                           "forvaltning")} if triage else {}
            if triage and index < len(triage["klagepunkter"]):
                suggestion["klagepunkt"] = triage["klagepunkter"][index]  # paired by row, as visitation does
            Klagepunkt.objects.create(
                case=case, number=index + 1, ground=point.ground, department=departments.get(point.department),
                unit=point.unit, description="Klagepunkt.", decision=point.decision, decided_at=at(spec.decided),
                complaint_body=bodies.get(point.body), triage_suggestion=suggestion, outcome=point.outcome,
                kritik_degree=point.degree,
                forward_answered_on=spec.decided + dt.timedelta(days=point.forward_answer_days)
                if point.forward_answer_days is not None else None,
                forward_result=point.forward_result,
            )
        for hoering in spec.hoeringer:
            Hoering.objects.create(
                case=case, department=departments[hoering.department], recipient_email="f@kk.example",
                questions="Spørgsmål.", sent_at=at(hoering.sent, 9), weeks=6, deadline=hoering.deadline,
                answer_received_on=hoering.answered,
            )
