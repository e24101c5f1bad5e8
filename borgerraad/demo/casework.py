"""Synthetic casework for demos and load tests (``borgerraad seed-demo``), shaped like Copenhagen.

Figures from docs/domain.md §1: roughly 1.2-1.3 klagepunkter per henvendelse, 58-65 % of the
points taken up found fully or partly justified, most solved in dialogue; receipt dates spread
over the past two years. Names are made up; most henvendelser have no CPR number, the rest an
obviously synthetic one (serial 0000). Rows are written with ``bulk_create`` in batches, so
100,000 henvendelser take minutes; the triage result is a marked synthetic stand-in (mostly "can
be handled", some "contact the unit first" or "outside competence"). So that the statistics have
something to show, cases in or past a høring have one sent to the department (six weeks, most
answered), forwarded points mostly have the unit's answer with medhold or not, and henstillinger
a follow-up date. About a third of the citizens whose case closed answered the satisfaction survey
(``portal.SurveyResponse``: the answers, the forvaltning and the month, nothing else). Six recent
complaints about the same delay at one unit make a recurring problem for the nightly job to find.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from functools import lru_cache

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone

from borgerraad.accounts.roles import Role
from borgerraad.cases import deadlines, search
from borgerraad.cases.models import (
    Case,
    CaseStatus,
    Decision,
    ForwardResult,
    Hoering,
    Klagepunkt,
    KritikDegree,
    Outcome,
    SearchDocument,
    StatusChange,
)
from borgerraad.cases.workflow import OPEN_STATUSES
from borgerraad.core.calendar import TZ, local_date
from borgerraad.core.models import ComplaintBody, Department, Office
from borgerraad.intake.models import Henvendelse, ReferenceCounter
from borgerraad.portal.models import Helped, SurveyOffer, SurveyResponse
from borgerraad.privacy.digests import cpr_digest

# Every synthetic henvendelse's submission key starts with this; insights' ``registers_demo_answers``
# answers only the registers of cases with it.
DEMO_SUBMISSION_KEY_PREFIX = "demo:"

FIRST = "Anne Bo Carl Dorthe Emil Fatima Gustav Hanne Ib Jonas Karen Lars Mette Niels Olga Per Rikke Søren Tove " \
        "Yusuf".split()
LAST = "Andersen Berg Christensen Dahl Eriksen Frandsen Holm Iversen Juhl Kjær Larsen Madsen Nielsen Olsen Poulsen " \
       "Rasmussen Schmidt Thomsen Vestergaard Østergaard".split()
CHANNELS = [("web", 45), ("email", 25), ("phone", 12), ("digital_post", 8), ("letter", 5), ("walk_in", 3),
            ("br_referral", 2)]
DEPARTMENTS = [("SOF", 25), ("BIF", 22), ("BUF", 15), ("SUF", 12), ("TMF", 12), ("KFF", 8), ("OKF", 6)]
UNITS = {
    "SOF": ["Borgercenter Voksne", "Borgercenter Handicap", "Borgercenter Børn og Unge"],
    "BIF": ["Jobcenter København", "Ydelsesservice"], "BUF": ["Pladsanvisningen", "PPR", "Kørselskontoret"],
    "SUF": ["Hjemmeplejen", "Visitationen"], "TMF": ["Parkering København", "Renovation"],
    "KFF": ["Borgerservice", "Biblioteket"], "OKF": ["Lokaludvalget"],
}
GROUNDS = [("sagsbehandling", 55), ("adfaerd", 15), ("praktisk_opgave", 15), ("forstaa_afgoerelse", 6),
           ("vejledning_om_klage", 5), ("diskrimination", 2), ("forslag", 2)]
THEMES = {
    "sagsbehandling": ["sagsbehandlingstid", "vejledning", "begrundelse", "partshoering", "klagevejledning",
                       "aktindsigt_notatpligt", "digital_adgang"],
    "adfaerd": ["adfaerd"], "praktisk_opgave": ["praktiske_opgaver"],
}
TEXTS = {
    "sagsbehandlingstid": "Jeg har ventet {n} uger på svar fra {unit} og har rykket flere gange uden svar.",
    "vejledning": "{unit} har ikke vejledt mig om, hvad jeg skulle sende, og nu er min ansøgning afvist.",
    "begrundelse": "Afgørelsen fra {unit} har ingen begrundelse, så jeg forstår ikke, hvorfor jeg fik afslag.",
    "partshoering": "{unit} traf afgørelse uden at høre mig om oplysningerne først.",
    "klagevejledning": "Brevet fra {unit} fortalte ikke, hvordan jeg kan klage.",
    "aktindsigt_notatpligt": "Jeg bad {unit} om aktindsigt for {n} uger siden og har ikke fået noget.",
    "digital_adgang": "Jeg kan ikke bruge den digitale selvbetjening hos {unit}, og ingen vil hjælpe mig.",
    "adfaerd": "Medarbejderen hos {unit} var uhøflig og råbte ad mig i telefonen.",
    "praktiske_opgaver": "{unit} er ikke kommet {n} gange i træk, selv om det er aftalt.",
    "andet": "Jeg er utilfreds med forløbet hos {unit}.",
}
DECISIONS = [("case", 55), ("forward", 25), ("guide", 10), ("dismiss", 7), ("suggestion", 3)]
# Of the points taken up: about 60 % justified (dialogue, kritik, henstilling, anbefaling).
CASE_OUTCOMES = [("loest_i_dialog", 48), ("kritik", 6), ("henstilling", 3), ("anbefaling", 4), ("ingen_kritik", 39)]
POINTS_PER_HENVENDELSE = [(1, 76), (2, 17), (3, 7)]
# The engine's verdict (a synthetic stand-in), so engine versus staff has both agreement and disagreement.
VERDICTS = [("in_scope", 70), ("contact_unit_first", 20), ("out_of_scope", 10)]
# The unit's answer to a forwarded point: about 70 % resolved fully or partly (the beretninger's order of size).
FORWARD_RESULTS = [(ForwardResult.MEDHOLD, 45), (ForwardResult.DELVIST_MEDHOLD, 25), (ForwardResult.IKKE_MEDHOLD, 30)]
HOERING_STATUSES = {CaseStatus.HOERING, CaseStatus.VURDERING, CaseStatus.AFSLUTTET, CaseStatus.OPFOELGNING}
BATCH = 2000


def _pick(rng: random.Random, weighted: list[tuple]):
    return rng.choices([value for value, _w in weighted], weights=[w for _v, w in weighted])[0]


def _advisors(count: int) -> list:
    user_model = get_user_model()
    group, _created = Group.objects.get_or_create(name=Role.RAADGIVER.value)
    advisors = []
    for number in range(1, count + 1):
        user, created = user_model.objects.get_or_create(
            username=f"demo-raadgiver-{number}", defaults={"email": f"demo-raadgiver-{number}@example.invalid"},
        )
        if created:
            user.set_unusable_password()
            user.save()
        user.groups.add(group)
        advisors.append(user)
    return advisors


def _synthetic_cpr(born: dt.date) -> str:
    return f"{born:%d%m%y}-0000"


def seed_demo(*, henvendelser: int, seed: int = 2026, progress: Callable[[int], None] | None = None) -> int:
    """Create ``henvendelser`` synthetic henvendelser with cases and klagepunkter; returns how many."""
    # Reproducible demo data, nothing secret: bandit B311 (weak randomness) does not apply.
    rng = random.Random(seed)  # nosec B311
    survey_rng = random.Random(seed + 1)  # nosec B311 - apart, so the cases are the same as without the survey
    office = Office.objects.first() or Office()
    departments = {d.code: d for d in Department.objects.all()}
    bodies = list(ComplaintBody.objects.all())
    advisors = _advisors(6)
    now = timezone.now()
    today = local_date(now)
    created = 0
    run_tag = f"{seed}:{now.timestamp():.0f}"
    while created < henvendelser:
        size = min(BATCH, henvendelser - created)
        with transaction.atomic():
            cases = _batch(rng, size, created, run_tag, office, departments, bodies, advisors, now, today)
            _survey_answers(survey_rng, cases)
        created += size
        if progress:
            progress(created)
    _recurring_problem(random.Random(seed + 2), today)  # nosec B311
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # The tokens are Snowball-Danish stems already: the 'simple' configuration keeps them as they are.
            cursor.execute(
                "UPDATE cases_searchdocument SET vector = strip(to_tsvector('simple', tokens)) WHERE vector IS NULL"
            )
    return created


def _henvendelse(rng, departments, now, *, submission_key: str) -> Henvendelse:
    """One synthetic henvendelse received within the last two years (its case is made by ``_batch``)."""
    received = now - dt.timedelta(days=rng.uniform(0, 730), hours=rng.uniform(0, 8))
    code = _pick(rng, DEPARTMENTS)
    unit = rng.choice(UNITS[code])
    first, last = rng.choice(FIRST), rng.choice(LAST)
    ground = _pick(rng, GROUNDS)
    theme = rng.choice(THEMES.get(ground, ["andet"]))
    born = dt.date(rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28))
    cpr = _synthetic_cpr(born) if rng.random() < 0.1 else ""
    return Henvendelse(
        reference="",
        channel=_pick(rng, CHANNELS),
        received_at=received,
        submitter_kind="citizen",
        name=f"{first} {last}",
        email=f"{first.lower()}.{last.lower()}{rng.randint(1, 999)}@example.invalid",
        preferred_channel=rng.choice(["digital_post", "email", "letter"]),
        cpr=cpr,
        cpr_digest=cpr_digest(cpr),
        department=departments.get(code),
        unit=unit,
        description=TEXTS[theme].format(unit=unit, n=rng.randint(2, 14)),
        contacted_unit=rng.choice(["yes_no_answer", "yes_answered", "no"]),
        consent=True,
        triage=_triage(rng, ground, code),
        submission_key=submission_key,
        receipt_sent_at=received,
        case_opened=True,  # every demo henvendelse gets its case in _batch
    )


def _batch(rng, size, offset, run_tag, office, departments, bodies, advisors, now, today) -> list[Case]:
    prefix = f"{DEMO_SUBMISSION_KEY_PREFIX}{run_tag}"
    rows = [_henvendelse(rng, departments, now, submission_key=f"{prefix}:{offset + index}") for index in range(size)]
    _assign_references(rows)
    Henvendelse.objects.bulk_create(rows)
    if rows and rows[0].pk is None:  # a database that does not return keys from bulk inserts
        keys = {row.submission_key: row.pk for row in Henvendelse.objects.filter(
            submission_key__in=[row.submission_key for row in rows]).only("pk", "submission_key")}
        for row in rows:
            row.pk = keys[row.submission_key]
    cases, changes, points, documents, hoeringer = [], [], [], [], []
    for henvendelse in rows:
        received = local_date(henvendelse.received_at)
        age = (today - received).days
        status = _final_status(rng, age)
        case = Case(
            henvendelse=henvendelse, reference=henvendelse.reference, status=status,
            assigned_to=rng.choice(advisors), restricted=rng.random() < 0.02, received_on=received,
            acknowledgement_due=_due(received, office.acknowledgement_working_days),
            acknowledged_at=henvendelse.received_at + dt.timedelta(days=rng.randint(1, 16)) if age > 16 else None,
            target_working_days=office.case_target_working_days,
            target_date=_due(received, office.case_target_working_days),
            closed_at=henvendelse.received_at + dt.timedelta(days=rng.randint(5, min(max(age, 6), 90)))
            if status == CaseStatus.AFSLUTTET else None,
        )
        cases.append(case)
    Case.objects.bulk_create(cases)
    for case in cases:
        henvendelse = case.henvendelse
        at = henvendelse.received_at
        path = _path_to(case.status)
        previous = ""
        for step, status in enumerate(path):
            changes.append(StatusChange(
                case=case, from_status=previous, to_status=status, by_id=case.assigned_to_id if step else None,
                at=at + dt.timedelta(days=step * 3), reason="Syntetisk demodata.",
            ))
            previous = status
        ground = henvendelse.triage["grounds"][0]
        texts = [henvendelse.description]
        n_points = _pick(rng, POINTS_PER_HENVENDELSE)
        for number in range(1, n_points + 1):
            decision = _pick(rng, DECISIONS)
            point_ground = ground if number == 1 else _pick(rng, GROUNDS)
            theme = rng.choice(THEMES.get(point_ground, ["andet"]))
            description = TEXTS[theme].format(unit=henvendelse.unit, n=rng.randint(2, 14))
            texts.append(description)
            outcome, degree, follow_up = _point_outcome(rng, decision, case)
            points.append(Klagepunkt(
                case=case, number=number, ground=point_ground, theme=theme,
                open_case_advisor_id=case.assigned_to_id if case.status in OPEN_STATUSES else None,
                department_id=henvendelse.department_id, unit=henvendelse.unit, description=description,
                decision=decision, decision_reason="Syntetisk." if decision == Decision.DISMISS else "",
                decided_by_id=case.assigned_to_id, decided_at=at + dt.timedelta(days=3),
                complaint_body=rng.choice(bodies) if decision == Decision.GUIDE and bodies else None,
                triage_suggestion=henvendelse.triage,
                forward_follow_up=case.received_on + dt.timedelta(days=28) if decision == Decision.FORWARD else None,
                **_forward_answer(rng, decision, case.received_on + dt.timedelta(days=3), today),
                outcome=outcome, kritik_degree=degree, henstilling_follow_up=follow_up,
                closed_at=case.closed_at if outcome else None, closed_by_id=case.assigned_to_id if outcome else None,
            ))
        documents.append(SearchDocument(henvendelse=henvendelse, tokens=_tokens(tuple(texts))))
        hoering = _case_hoering(rng, case, henvendelse, departments, today)
        if hoering is not None:
            hoeringer.append(hoering)
    StatusChange.objects.bulk_create(changes)
    Hoering.objects.bulk_create(hoeringer)
    Klagepunkt.objects.bulk_create(points)
    SearchDocument.objects.bulk_create(documents)
    return cases


# One recurring problem for the leader to find (insights/clusters.py): citizens waiting on housing benefit at
# Ydelsesservice in the last weeks. The random units and themes alone seldom make one: a group of alike texts
# needs at least five cases against one unit on one ground within 90 days.
RECURRING_UNIT = ("BIF", "Ydelsesservice")
RECURRING_TEXTS = (
    "Jeg har ventet {n} uger på svar på min ansøgning om boligstøtte, og ingen svarer i telefonen.",
    "Min ansøgning om boligstøtte er ikke behandlet efter {n} uger, selv om jeg har rykket for svar.",
    "Ansøgningen om boligstøtte ligger stadig ubehandlet efter {n} uger, og jeg får ingen svar.",
    "Der er gået {n} uger uden svar på min ansøgning om boligstøtte.",
    "Jeg søgte boligstøtte for {n} uger siden og har stadig ikke fået svar på ansøgningen.",
    "Vi venter stadig på svar på ansøgningen om boligstøtte efter {n} uger.",
)


def _recurring_problem(rng: random.Random, today: dt.date) -> None:
    """Six recent first klagepunkter on case handling become complaints about the same delay at one unit."""
    code, unit = RECURRING_UNIT
    department = Department.objects.filter(code=code).first()
    points = list(Klagepunkt.objects.filter(
        number=1, ground="sagsbehandling", case__received_on__range=(today - dt.timedelta(days=75), today),
    ).select_related("case__henvendelse").order_by("-case__received_on", "pk")[:len(RECURRING_TEXTS)])
    if department is None or len(points) < len(RECURRING_TEXTS):
        return
    for point, text in zip(points, RECURRING_TEXTS, strict=True):
        point.department, point.unit, point.theme = department, unit, "sagsbehandlingstid"
        point.description = text.format(n=rng.randint(8, 20))
        point.save(update_fields=["department", "unit", "theme", "description"])
        texts = [point.case.henvendelse.description, *point.case.klagepunkter.values_list("description", flat=True)]
        SearchDocument.objects.filter(henvendelse_id=point.case.henvendelse_id).update(
            tokens=_tokens(tuple(texts)), vector=None)


SURVEY_ANSWERED = 0.35  # the share of closed cases whose citizen answered the survey
SURVEY_ANSWERS = [(Helped.YES, 60), (Helped.PARTLY, 25), (Helped.NO, 15)]


def _survey_answers(rng: random.Random, cases: list[Case]) -> None:
    """The satisfaction survey for about a third of the closed cases: an offer marked done and the answer."""
    offers, answers = [], []
    for case in cases:
        if case.closed_at is None or rng.random() >= SURVEY_ANSWERED:
            continue
        done_at = min(case.closed_at + dt.timedelta(days=rng.randint(0, 10)), timezone.now())
        offers.append(SurveyOffer(case=case, done_at=done_at))
        answers.append(SurveyResponse(
            department_id=case.henvendelse.department_id, period=local_date(case.closed_at).replace(day=1),
            helped=_pick(rng, SURVEY_ANSWERS), understood=_pick(rng, SURVEY_ANSWERS),
            treated_well=_pick(rng, SURVEY_ANSWERS),
        ))
    SurveyOffer.objects.bulk_create(offers)
    SurveyResponse.objects.bulk_create(answers)


def _point_outcome(rng, decision: str, case: Case) -> tuple[str, int | None, dt.date | None]:
    """A demo klagepunkt's outcome, degree of kritik and henstilling follow-up date."""
    if decision == Decision.CASE:
        if case.status not in (CaseStatus.AFSLUTTET, CaseStatus.OPFOELGNING):
            return "", None, None
        outcome = _pick(rng, CASE_OUTCOMES)
        degree = rng.choice(KritikDegree.values) if outcome == Outcome.KRITIK else None
        follow_up = case.received_on + dt.timedelta(days=120) if outcome == Outcome.HENSTILLING else None
        return outcome, degree, follow_up
    if decision == Decision.SUGGESTION:
        return "", None, None
    outcome = {"forward": Outcome.VIDERESENDT, "guide": Outcome.VEJLEDT, "dismiss": Outcome.AFVIST_HENLAGT}[decision]
    return outcome, None, None


def _case_hoering(rng, case: Case, henvendelse: Henvendelse, departments, today) -> Hoering | None:
    """Some cases in or past høring had one; a case in høring always has one, waiting for the answer."""
    if case.status in HOERING_STATUSES and henvendelse.department is not None and rng.random() < 0.4:
        return _hoering(rng, case, henvendelse.department, today)
    if case.status == CaseStatus.HOERING:
        # Its own generator, so the rest of the demo (and the statistics shown from it) stays as it was
        # for a given seed.
        # bandit B311: synthetic demo data, not security.
        own = random.Random(f"{case.reference}:hoering")  # nosec B311
        department = henvendelse.department or own.choice(sorted(departments.values(), key=lambda d: d.code))
        return _hoering(own, case, department, today)
    return None


def _triage(rng: random.Random, ground: str, code: str) -> dict:
    verdict = _pick(rng, VERDICTS)
    refer_to = ["ankestyrelsen"] if verdict == "out_of_scope" else []
    return {"verdict": verdict, "grounds": [ground], "refer_to": refer_to,
            "forvaltning": code, "synthetic": True}


def _forward_answer(rng: random.Random, decision: str, decided: dt.date, today: dt.date) -> dict:
    """Most units answer a forwarded point within weeks; the newest have not answered yet."""
    if decision != Decision.FORWARD:
        return {}
    answered = decided + dt.timedelta(days=rng.randint(5, 45))
    if answered > today or rng.random() < 0.15:
        return {}
    return {"forward_answered_on": answered, "forward_result": _pick(rng, FORWARD_RESULTS)}


def _hoering(rng: random.Random, case: Case, department, today: dt.date) -> Hoering:
    """A høring sent some days after receipt with the usual six weeks; answered unless the case still waits."""
    sent = case.received_on + dt.timedelta(days=rng.randint(7, 20))
    answered = sent + dt.timedelta(days=rng.randint(14, 60))
    waiting = case.status == CaseStatus.HOERING or answered > today
    return Hoering(
        case=case, advisor_id=case.assigned_to_id, department=department,
        recipient_email=department.email or "forvaltning@example.invalid",
        questions="Syntetisk demodata: redegør for sagens forløb.", created_at=_midday(sent),
        sent_at=_midday(sent), sent_by_id=case.assigned_to_id, weeks=6, deadline=sent + dt.timedelta(weeks=6),
        answer_received_on=None if waiting else answered, answer_text="" if waiting else "Syntetisk svar.",
        answer_registered_at=None if waiting else _midday(answered),
    )


def _midday(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12), TZ)


def _tokens(texts: tuple[str, ...]) -> str:
    """``search.tokens_value`` of the joined texts, from the cached stems of each text (texts repeat)."""
    found = sorted(set().union(*(_stems(text) for text in texts)))
    return f" {' '.join(found)} " if found else ""


@lru_cache(maxsize=65536)
def _stems(text: str) -> frozenset[str]:
    return frozenset(search.stems(text))


@lru_cache(maxsize=4096)
def _due(start: dt.date, working_days: int) -> dt.date:
    return deadlines.working_days_deadline(start, working_days).due


def _final_status(rng: random.Random, age_days: int) -> str:
    if age_days > 120:
        return rng.choices([CaseStatus.AFSLUTTET, CaseStatus.OPFOELGNING], weights=[92, 8])[0]
    if age_days < 5:
        return CaseStatus.MODTAGET
    return rng.choice([
        CaseStatus.VISITERET, CaseStatus.UNDER_BEHANDLING, CaseStatus.HOERING, CaseStatus.AFVENTER_BORGER,
        CaseStatus.VURDERING, CaseStatus.AFSLUTTET,
    ])


_PATHS = {
    CaseStatus.MODTAGET: [CaseStatus.MODTAGET],
    CaseStatus.VISITERET: [CaseStatus.MODTAGET, CaseStatus.VISITERET],
    CaseStatus.UNDER_BEHANDLING: [CaseStatus.MODTAGET, CaseStatus.VISITERET, CaseStatus.UNDER_BEHANDLING],
    CaseStatus.HOERING: [CaseStatus.MODTAGET, CaseStatus.VISITERET, CaseStatus.UNDER_BEHANDLING, CaseStatus.HOERING],
    CaseStatus.AFVENTER_BORGER: [
        CaseStatus.MODTAGET, CaseStatus.VISITERET, CaseStatus.UNDER_BEHANDLING, CaseStatus.AFVENTER_BORGER,
    ],
    CaseStatus.VURDERING: [
        CaseStatus.MODTAGET, CaseStatus.VISITERET, CaseStatus.UNDER_BEHANDLING, CaseStatus.VURDERING,
    ],
    CaseStatus.AFSLUTTET: [
        CaseStatus.MODTAGET, CaseStatus.VISITERET, CaseStatus.UNDER_BEHANDLING, CaseStatus.AFSLUTTET,
    ],
    CaseStatus.OPFOELGNING: [
        CaseStatus.MODTAGET, CaseStatus.VISITERET, CaseStatus.UNDER_BEHANDLING, CaseStatus.AFSLUTTET,
        CaseStatus.OPFOELGNING,
    ],
}


def _path_to(status: str) -> list[str]:
    return _PATHS[status]


def _assign_references(rows: list[Henvendelse]) -> None:
    """Reference numbers per year of receipt, continuing (and advancing) the real counters."""
    from django.conf import settings

    rows.sort(key=lambda row: row.received_at)
    by_year: dict[int, list[Henvendelse]] = {}
    for row in rows:
        by_year.setdefault(timezone.localtime(row.received_at, TZ).year, []).append(row)
    for year, year_rows in by_year.items():
        counter, _created = ReferenceCounter.objects.select_for_update().get_or_create(year=year)
        used = Henvendelse.objects.filter(reference__startswith=f"{settings.INTAKE_REFERENCE_PREFIX}-{year}-")
        last = max(counter.last, _last_number(used))
        for row in year_rows:
            last += 1
            row.reference = f"{settings.INTAKE_REFERENCE_PREFIX}-{year}-{last:05d}"
        counter.last = last
        counter.save(update_fields=["last"])


def _last_number(queryset) -> int:
    highest = queryset.aggregate(highest=Max("reference"))["highest"]
    return int(highest.rsplit("-", 1)[1]) if highest else 0


INBOX_DEMO = [
    ("Lone Demo", "BIF", "Jobcenter København",
     "Jobcentret har ikke svaret på mine breve i tre måneder, og jeg ved ikke, hvad der sker med min sag.",
     "yes_no_answer"),
    ("Ahmed Demo", "BUF", "Pladsanvisningen", "Pladsanvisningen gav mig afslag uden begrundelse, og medarbejderen var "
     "meget uhøflig, da jeg ringede.", "yes_answered"),
    ("Grethe Demo", "SUF", "Hjemmeplejen",
     "Hjemmeplejen er ikke kommet tre gange i sidste måned, selv om det er aftalt.", "no"),
]


def seed_inbox_demo() -> int:
    """A few fresh henvendelser through the real registration (with triage) for the staff inbox.

    Idempotent: each has a fixed submission key, so running it again registers nothing new.
    """
    from borgerraad.intake.services import HenvendelseData, henvendelse_register

    before = Henvendelse.objects.filter(submission_key__startswith="demo-inbox:").count()
    departments = {d.code: d for d in Department.objects.all()}
    for number, (name, code, unit, description, contacted) in enumerate(INBOX_DEMO, start=1):
        henvendelse_register(
            channel="web",
            submitted=HenvendelseData(
                name=name, description=description, email=f"{name.split()[0].lower()}@example.invalid",
                department=departments.get(code), unit=unit, contacted_unit=contacted, consent=True,
            ),
            submission_key=f"demo-inbox:{number}",
        )
    return Henvendelse.objects.filter(submission_key__startswith="demo-inbox:").count() - before
