"""Writes of casework: opening a case, visitation, the workflow, høringer, notes, outcomes, reminders.

Rules (docs/domain.md §3-4, docs/cases.md):

- ``case_transition`` is the one service that changes a case's status: it locks the case row,
  checks ``workflow.TRANSITIONS`` (refusing with ``TransitionNotAllowed``), appends a
  ``StatusChange`` (who, when, why) and never edits history. Other services that move a case
  (visitation, høring, pause) call it.
- Waiting for the citizen (``afventer_borger``) stops the case's own clock: entering it opens a
  ``Pause``, leaving it closes the pause, and the target date is recomputed (``deadlines.py``).
- Visitation splits a henvendelse into klagepunkter and decides per point; the triage engine's
  suggestion is stored beside the decision so agreement can be measured later, with the engine's
  point about the same thing (same ground; an exclusion for a guided point), paired by content.
- A case is closed only when no close-guard refuses it (``workflow.case_close_checks``: every
  klagepunkt taken up as a case has an outcome; the letters app adds its own guards through
  ``hooks.py``, e.g. a confirmed conclusion letter). It is *i høring* only while a høring sent to
  a department awaits its answer (``Hoering.objects.awaiting_answer``).
- Apps built on cases hear of each decision and outcome through ``hooks.py`` (called inside the
  same transaction), so cases imports none of them.
- Every change is written to the append-only audit log (privacy.audit_record), without personal data,
  in the same transaction as the change: a failed audit write leaves no half-done change.
- Reminders and escalations of høringer are sent at most once per (høring, kind): the unique
  ``ReminderDispatch`` row is locked while sending and marked sent in the same transaction, and
  the e-mail holds only the reference number and the deadline (DOMAIN.md §5: e-mail is not secure).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from borgerraad.cases import deadlines, search
from borgerraad.cases.hooks import (
    CITIZEN_MESSAGES_URL,
    HOERING_CANCELLING,
    HOERING_PREPARED,
    KLAGEPUNKT_CLOSED,
    KLAGEPUNKT_DECIDED,
    hook_collect,
    hook_run,
)
from borgerraad.cases.models import (
    Case,
    CaseMerge,
    CaseStatus,
    Decision,
    Extension,
    ForwardResult,
    Ground,
    Hoering,
    Klagepunkt,
    KritikDegree,
    Message,
    Note,
    NoteKind,
    Outcome,
    Pause,
    ReminderDispatch,
    ReminderKind,
    SearchDocument,
    StatusChange,
)
from borgerraad.cases.workflow import (
    OPEN_STATUSES,
    TransitionNotAllowed,
    allowed_next,
    case_close_checks,
    check_transition,
)
from borgerraad.core.calendar import local_date, local_today
from borgerraad.core.dates import date_not_in_future
from borgerraad.core.models import ComplaintBody, Department, Office
from borgerraad.core.selectors import office_closing_days, office_get
from borgerraad.intake.models import Attachment, AttachmentKind, Channel, Henvendelse
from borgerraad.intake.services import HenvendelseData, attachment_store, henvendelse_register
from borgerraad.privacy.models import AuditAction
from borgerraad.privacy.services import audit_record

logger = logging.getLogger(__name__)

# Channels without a form of their own: staff type them in (DOMAIN.md §5).
MANUAL_CHANNELS = frozenset({Channel.PHONE, Channel.WALK_IN, Channel.LETTER})
# How far back a received date typed in by hand may go. Complaints should as a rule come within
# one year of the event (the one-year rule, kk.dk; staff may waive it). A letter found in a drawer may be
# registered late, but a henvendelse received more than two years ago is a typing error (1900, 2099),
# and it would put every deadline computed from it in the wrong decade.
RECEIVED_ON_MAX_AGE_YEARS = 2


def received_on_check(*, received_on: dt.date, today: dt.date | None = None) -> None:
    """Refuse a received date after today or more than ``RECEIVED_ON_MAX_AGE_YEARS`` back (ValidationError)."""
    today = today or local_today()
    date_not_in_future(received_on, today=today, message=_("Modtagelsesdatoen kan ikke ligge i fremtiden."))
    try:
        earliest = today.replace(year=today.year - RECEIVED_ON_MAX_AGE_YEARS)
    except ValueError:  # 29 February
        earliest = today.replace(year=today.year - RECEIVED_ON_MAX_AGE_YEARS, day=28)
    if received_on < earliest:
        raise ValidationError(
            _("Modtagelsesdatoen må højst ligge %(years)s år tilbage (tidligst %(date)s). Tjek årstallet.")
            % {"years": RECEIVED_ON_MAX_AGE_YEARS, "date": f"{earliest:%d.%m.%Y}"},
            code="too_old",
        )
# Outcomes visitation gives directly; the rest are given when the point is closed.
_VISITATION_OUTCOME = {
    Decision.FORWARD: Outcome.VIDERESENDT,
    Decision.GUIDE: Outcome.VEJLEDT,
    Decision.DISMISS: Outcome.AFVIST_HENLAGT,
}


# --- Configuration ---------------------------------------------------------------------------


def _office() -> Office:
    """The configured office, or an unsaved one with the product defaults."""
    return office_get() or Office()


def _closing_days(office: Office) -> dict[dt.date, str]:
    return office_closing_days(office) if office.pk else {}


def case_target_explain(*, case: Case, today: dt.date | None = None, office: Office | None = None):
    """How the case's own target date is computed (a ``DeadlineExplanation``)."""
    office = office or _office()
    return deadlines.case_target_deadline(
        case.received_on,
        working_days=case.target_working_days,
        today=today or local_today(),
        closing_days=_closing_days(office),
        pauses=[deadlines.PausePeriod(p.started_on, p.ended_on, p.reason) for p in case.pauses.all()],
        extensions=[
            deadlines.ExtensionPeriod(e.working_days, e.reason) for e in case.extensions.all() if e.hoering_id is None
        ],
    )


def hoering_deadline_explain(*, hoering: Hoering, office: Office | None = None, sent_on: dt.date | None = None):
    """How the høring's deadline is computed; None while the høring is not sent (no deadline runs).

    ``sent_on``: the deadline it would get if it went that day (for the text of its letter).
    """
    if sent_on is None and hoering.sent_at is None:
        return None
    office = office or _office()
    return deadlines.hoering_deadline(
        sent_on or local_date(hoering.sent_at),
        weeks=hoering.weeks,
        closing_days=_closing_days(office),
        extensions=[deadlines.ExtensionPeriod(e.working_days, e.reason) for e in hoering.extensions.all()],
    )


def _audit(*, by, obj, detail: str) -> None:
    audit_record(user=by, action=AuditAction.CHANGE, obj=obj, detail=detail)


# --- Registration and opening -------------------------------------------------------------------


def case_open_from_henvendelse(
    *, henvendelse: Henvendelse, by=None, assigned_to=None, restricted: bool = False,
) -> Case:
    """The case of a henvendelse, opened now in status ``modtaget`` if it has none (idempotent)."""
    existing = Case.objects.filter(henvendelse=henvendelse).first()
    if existing is not None:
        return existing
    office = _office()
    closing = _closing_days(office)
    received = local_date(henvendelse.received_at)
    target = deadlines.case_target_deadline(
        received, working_days=office.case_target_working_days, today=received, closing_days=closing,
    )
    try:
        with transaction.atomic():
            case = Case.objects.create(
                henvendelse=henvendelse,
                reference=henvendelse.reference,
                assigned_to=assigned_to,
                restricted=restricted,
                received_on=received,
                acknowledgement_due=deadlines.acknowledgement_deadline(
                    received, working_days=office.acknowledgement_working_days, closing_days=closing,
                ).due,
                acknowledged_at=henvendelse.receipt_sent_at,  # the receipt e-mail went before the case was opened
                target_working_days=office.case_target_working_days,
                target_date=target.due,
            )
            StatusChange.objects.create(
                case=case, from_status="", to_status=CaseStatus.MODTAGET, by=by, at=timezone.now(),
                reason=_("Henvendelsen er registreret."),
            )
            Henvendelse.objects.filter(pk=henvendelse.pk).update(case_opened=True)  # leaves the inbox's index
            henvendelse.case_opened = True
            search_document_refresh(henvendelse=henvendelse)
            _audit(by=by, obj=case, detail="opened")
    except IntegrityError:
        return Case.objects.get(henvendelse=henvendelse)
    return case


def _attachment_store(*, henvendelse: Henvendelse, upload, kind: str) -> Attachment:
    """Keep a scanned letter or other upload with the henvendelse, checked by content and size."""
    return attachment_store(
        upload=upload, kind=kind, henvendelse=henvendelse,
        already_bytes=sum(a.size for a in henvendelse.attachments.all()),
    )


def henvendelse_register_manual(
    *,
    channel: str,
    submitted: HenvendelseData,
    registered_by,
    uploads: Iterable = (),
    upload_kind: str = AttachmentKind.OTHER,
    received_at: dt.datetime | None = None,
    submission_key: str = "",
) -> Case:
    """Register a phone call, visit or letter typed in by staff, and open its case.

    Goes through ``intake.services.henvendelse_register`` like the web form, so the reference
    number, the CPR check and the triage are the same. A letter's scan is kept as an attachment.
    """
    if channel not in MANUAL_CHANNELS:
        raise ValidationError(_("Kanalen “%(channel)s” registreres ikke i hånden.") % {"channel": channel})
    if received_at is not None:
        received_on_check(received_on=local_date(received_at))
    with transaction.atomic():
        henvendelse = henvendelse_register(
            channel=channel,
            submitted=submitted,
            submission_key=submission_key or f"manual:{channel}:{uuid.uuid4()}",
            received_at=received_at,
        )
        for upload in uploads:
            _attachment_store(henvendelse=henvendelse, upload=upload, kind=upload_kind)
        case = case_open_from_henvendelse(henvendelse=henvendelse, by=registered_by)
        _audit(by=registered_by, obj=henvendelse, detail=f"registered by hand ({channel})")
    return case


# --- The workflow ----------------------------------------------------------------------------------


def _refresh_target(case: Case, *, today: dt.date) -> None:
    case.target_date = case_target_explain(case=case, today=today).due


def _check_guards(case: Case, to_status: str, reason: str) -> None:
    if to_status == CaseStatus.VISITERET and not case.klagepunkter.exists():
        raise TransitionNotAllowed(
            _("Sagen kan ikke visiteres uden klagepunkter."), from_status=case.status, to_status=to_status,
        )
    if to_status == CaseStatus.AFSLUTTET:
        refusals = [check.message for check in case_close_checks(case=case) if check.blocks]
        if refusals:
            raise TransitionNotAllowed(refusals, from_status=case.status, to_status=to_status)
    if to_status == CaseStatus.HOERING and not Hoering.objects.awaiting_answer().filter(case=case).exists():
        raise TransitionNotAllowed(
            _("Sagen kommer i høring, når et høringsbrev er bekræftet sendt. Opret høringen under “Høringer”."),
            from_status=case.status, to_status=to_status,
        )
    if to_status == CaseStatus.SAMMENLAGT and not CaseMerge.objects.filter(duplicate=case).exists():
        raise TransitionNotAllowed(
            _("En sag lægges sammen med sin original under “Relaterede sager”, ikke ved at skifte status."),
            from_status=case.status, to_status=to_status,
        )
    if to_status in (CaseStatus.GENOPTAGET, CaseStatus.AFVENTER_BORGER) and not reason.strip():
        raise TransitionNotAllowed(
            _("Skriv en begrundelse for at sætte sagen til “%(to)s”.") % {"to": CaseStatus(to_status).label},
            from_status=case.status, to_status=to_status,
        )


def case_statuses_offered(*, case: Case) -> frozenset[str]:
    """The statuses to offer on the case page: the workflow's next ones, without *høring* unless a
    sent høring awaits its answer (a høring is asked for under *Høringer*; the case follows its letter)."""
    offered = allowed_next(case.status)
    if CaseStatus.HOERING in offered and not case.hoeringer.awaiting_answer().exists():
        offered = offered - {CaseStatus.HOERING}
    return offered


def case_transition(
    *, case: Case, to_status: str, by, reason: str = "", now: dt.datetime | None = None, service: bool = False,
) -> Case:
    """Move a case to ``to_status`` if the workflow allows it; record who, when and why.

    Raises ``TransitionNotAllowed`` (a ``ValidationError`` with a Danish message) otherwise.
    ``service``: called by the service a ``workflow.SERVICE_TRANSITIONS`` entry names (never a form).
    """
    now = now or timezone.now()
    today = local_date(now)
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        from_status = locked.status
        check_transition(from_status, to_status, service=service)
        _check_guards(locked, to_status, reason)
        if from_status == CaseStatus.AFVENTER_BORGER:
            locked.pauses.filter(ended_on__isnull=True).update(ended_on=today)
        if to_status == CaseStatus.AFVENTER_BORGER:
            Pause.objects.create(case=locked, started_on=today, reason=reason.strip()[:300])
        if to_status == CaseStatus.AFSLUTTET:
            locked.closed_at = now
        elif to_status == CaseStatus.GENOPTAGET:
            locked.closed_at = None
        locked.status = to_status
        _refresh_target(locked, today=today)
        locked.save(update_fields=["status", "closed_at", "target_date", "updated_at"])
        if (from_status in OPEN_STATUSES) != (to_status in OPEN_STATUSES):  # closed, merged or reopened
            _follow_ups_in_step(locked)
        StatusChange.objects.create(
            case=locked, from_status=from_status, to_status=to_status, by=by, at=now, reason=reason.strip(),
        )
        _audit(by=by, obj=locked, detail=f"status {from_status} -> {to_status}")
    for name in ("status", "closed_at", "target_date", "updated_at"):
        setattr(case, name, getattr(locked, name))
    logger.info("Case %s: %s -> %s.", locked.reference, from_status, to_status)
    return locked


def case_pause(*, case: Case, by, reason: str) -> Case:
    """Wait for the citizen: the case's own clock stops until ``case_resume``."""
    return case_transition(case=case, to_status=CaseStatus.AFVENTER_BORGER, by=by, reason=reason)


def case_resume(*, case: Case, by, reason: str = "", to_status: str = CaseStatus.UNDER_BEHANDLING) -> Case:
    return case_transition(case=case, to_status=to_status, by=by, reason=reason)


def _extension_check(working_days: int, reason: str) -> None:
    if working_days <= 0 or not reason.strip():
        raise ValidationError(_("En forlængelse skal have et positivt antal hverdage og en begrundelse."))


def case_extend(*, case: Case, by, working_days: int, reason: str) -> Case:
    """Give the case's own target more working days, with a reason."""
    _extension_check(working_days, reason)
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        Extension.objects.create(
            case=locked, working_days=working_days, reason=reason.strip()[:300], by=by, at=timezone.now(),
        )
        _refresh_target(locked, today=local_today())
        locked.save(update_fields=["target_date", "updated_at"])
        _audit(by=by, obj=locked, detail=f"target extended {working_days} working days")
    case.target_date = locked.target_date
    return locked


def _follow_ups_in_step(case: Case) -> None:
    """The advisor stored on the case's høringer (the case's) and klagepunkter (the case's while it is open):
    what the start page and the Frister page read an advisor's follow-ups by (``models``); set again whenever
    the case's advisor changes or it closes or reopens."""
    Hoering.objects.filter(case=case).update(advisor=case.assigned_to_id)
    Klagepunkt.objects.filter(case=case).update(
        open_case_advisor=case.assigned_to_id if case.status in OPEN_STATUSES else None)


def case_assign(*, case: Case, assigned_to, by, restricted: bool | None = None) -> Case:
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        locked.assigned_to = assigned_to
        if restricted is not None:
            locked.restricted = restricted
        locked.save(update_fields=["assigned_to", "restricted", "updated_at"])
        _follow_ups_in_step(locked)
        _audit(
            by=by, obj=locked,
            detail=f"assigned to {getattr(assigned_to, 'pk', None)}, restricted={locked.restricted}",
        )
    case.assigned_to, case.restricted = locked.assigned_to, locked.restricted
    return locked


@transaction.atomic
def on_receipt_sent(*, henvendelse_id: int, at: dt.datetime, **_kwargs) -> None:
    """The receipt e-mail of a henvendelse went (``intake.hooks``): its case, if it has one, is acknowledged.

    One notion of receipt: ``Case.acknowledged_at`` is when the citizen got the acknowledgement, by
    the receipt e-mail or by a confirmed kvittering letter, whichever came first.
    """
    case = Case.objects.filter(henvendelse_id=henvendelse_id, acknowledged_at__isnull=True).first()
    if case is not None:
        with transaction.atomic():
            case_acknowledge(case=case, by=None, at=at, how="receipt e-mail")


@transaction.atomic
def case_acknowledge(*, case: Case, by, at: dt.datetime | None = None, how: str = "letter") -> Case:
    """Record that the citizen has had the written acknowledgement (kvittering), once."""
    locked = Case.objects.select_for_update().get(pk=case.pk)
    if locked.acknowledged_at is None:
        locked.acknowledged_at = at or timezone.now()
        locked.save(update_fields=["acknowledged_at", "updated_at"])
        _audit(by=by, obj=locked, detail=f"acknowledged ({how})")
    case.acknowledged_at, case.updated_at = locked.acknowledged_at, locked.updated_at
    return case


# --- Visitation ------------------------------------------------------------------------------------


@dataclass
class KlagepunktInput:
    """One point as staff split it out at visitation, with the decision on it."""

    ground: str
    description: str
    decision: str
    decision_reason: str = ""
    department: Department | None = None
    unit: str = ""
    theme: str = ""
    complaint_body: ComplaintBody | None = None


def visitation_problems(points: Sequence[KlagepunktInput]) -> list[tuple[int, str, str]]:
    """Every problem of every point at once, as (index, field, message), so staff see them all."""
    problems = []
    for index, point in enumerate(points):
        if point.decision not in Decision.values:
            problems.append((index, "decision", _("Vælg en beslutning.")))
        if not point.description.strip():
            problems.append((index, "description", _("Beskriv, hvad der klages over.")))
        if point.decision == Decision.GUIDE and point.complaint_body is None:
            problems.append((index, "complaint_body", _("Vælg den klageinstans, borgeren vejledes om.")))
        if point.decision == Decision.DISMISS and not point.decision_reason.strip():
            problems.append((index, "decision_reason",
                             _("Et afvist klagepunkt skal have en begrundelse: skriv, hvorfor det afvises.")))
        if point.decision == Decision.FORWARD and point.department is None:
            problems.append((index, "department", _("Vælg den forvaltning, klagen videresendes til.")))
    return problems


def _engine_point_for(point: KlagepunktInput, engine_points: list[dict], used: set[int]) -> int | None:
    """The engine's klagepunkt that is about the same as ``point``, paired by content, never by position.

    A ground pairs with the engine's point of that ground; a point guided to another body or outside
    competence pairs with an exclusion, preferably one the engine referred to that body.
    """
    free = [i for i in range(len(engine_points)) if i not in used]
    if point.decision == Decision.GUIDE or point.ground == Ground.UDEN_FOR_KOMPETENCE:
        exclusions = [i for i in free if engine_points[i].get("kind") == "exclusion"]
        body = point.complaint_body.code if point.complaint_body is not None else None
        referred = [i for i in exclusions if body and body in (engine_points[i].get("handled_by") or [])]
        return (referred or exclusions or [None])[0]
    return next((i for i in free if engine_points[i].get("kind") == "ground"
                 and engine_points[i].get("code") == point.ground), None)


def _triage_suggestion(triage: dict, engine_point: dict | None) -> dict:
    """The engine's view of the henvendelse, and the engine's point about the same thing, if any."""
    if not triage:
        return {}
    suggestion = {key: triage.get(key) for key in ("verdict", "grounds", "exclusions", "refer_to", "forvaltning")}
    if engine_point is not None:
        suggestion["klagepunkt"] = engine_point
    return suggestion


def _engine_points_used(case: Case, engine_points: list[dict]) -> set[int]:
    """The engine's points already paired with this case's klagepunkter (an earlier visitation)."""
    used: set[int] = set()
    for suggestion in case.klagepunkter.values_list("triage_suggestion", flat=True):
        paired = (suggestion or {}).get("klagepunkt")
        for index, engine_point in enumerate(engine_points):
            if index not in used and engine_point == paired:
                used.add(index)
                break
    return used


def visitation_prefill(*, case: Case, rows: int = 3) -> list[dict]:
    """Initial visitation rows: one per engine point not yet visited (ground, decision it suggests,
    complaint body), then plain rows up to ``rows`` (at least one); each with the henvendelse's
    department and unit.

    Values are primary keys and codes, as a form's initial data.
    """
    henvendelse = case.henvendelse
    engine_points = (henvendelse.triage or {}).get("klagepunkter") or []
    used = _engine_points_used(case, engine_points)
    department_id = henvendelse.department_id
    if department_id is None and (henvendelse.triage or {}).get("forvaltning"):
        department_id = Department.objects.filter(
            code=henvendelse.triage["forvaltning"], active=True).values_list("pk", flat=True).first()
    plain = {"department": department_id, "unit": henvendelse.unit}
    prefill = []
    for index, engine_point in enumerate(engine_points):
        if index in used:
            continue
        row = dict(plain)
        if engine_point.get("kind") == "exclusion":
            body = ComplaintBody.objects.filter(code__in=engine_point.get("handled_by") or [], active=True).first()
            row.update(ground=Ground.UDEN_FOR_KOMPETENCE, decision=Decision.GUIDE,
                       complaint_body=body.pk if body else None)
        elif engine_point.get("code") in Ground.values:
            row["ground"] = engine_point["code"]
            row["decision"] = (
                Decision.FORWARD if engine_point.get("handled_by") == "unit_first"
                else Decision.SUGGESTION if engine_point["code"] == Ground.FORSLAG else Decision.CASE
            )
        prefill.append(row)
    prefill += [dict(plain) for _row in range(max(rows - len(prefill), 1))]  # and room for points it missed
    return prefill


_VISITABLE = {CaseStatus.MODTAGET, CaseStatus.VISITERET, CaseStatus.UNDER_BEHANDLING, CaseStatus.GENOPTAGET}


def visitation_record(*, case: Case, points: Sequence[KlagepunktInput], by, reason: str = "") -> list[Klagepunkt]:
    """Split the henvendelse into klagepunkter and store the decision on each.

    A case in ``modtaget`` moves to ``visiteret``. A forwarded point gets a follow-up date (the
    unit answers the citizen with a copy to us; forvaltningsloven § 7, stk. 2); guided and
    dismissed points get their outcome at once.
    """
    if not points:
        raise ValidationError(_("Visitationen skal have mindst ét klagepunkt."))
    office = _office()
    now = timezone.now()
    with transaction.atomic():
        locked = Case.objects.select_for_update().select_related("henvendelse").get(pk=case.pk)
        if locked.status not in _VISITABLE:
            raise TransitionNotAllowed(
                _("Klagepunkter kan ikke tilføjes, når sagen er “%(status)s”.")
                % {"status": CaseStatus(locked.status).label},
                from_status=locked.status,
            )
        first = (locked.klagepunkter.aggregate(last=Max("number"))["last"] or 0) + 1
        problems = visitation_problems(points)
        if problems:
            raise ValidationError([
                _("Klagepunkt %(n)d: %(problem)s") % {"n": first + index, "problem": message[:1].lower() + message[1:]}
                for index, _field, message in problems
            ])
        triage = locked.henvendelse.triage or {}
        engine_points = triage.get("klagepunkter") or []
        used = _engine_points_used(locked, engine_points)
        created = []
        for offset, point in enumerate(points):
            number = first + offset
            paired = _engine_point_for(point, engine_points, used)
            if paired is not None:
                used.add(paired)
            outcome = _VISITATION_OUTCOME.get(point.decision, "")
            created.append(Klagepunkt.objects.create(
                case=locked,
                open_case_advisor_id=locked.assigned_to_id,  # a case in visitation is open
                number=number,
                ground=point.ground,
                theme=point.theme,
                department=point.department,
                unit=point.unit,
                description=point.description.strip(),
                decision=point.decision,
                decision_reason=point.decision_reason.strip(),
                decided_by=by,
                decided_at=now,
                complaint_body=point.complaint_body if point.decision == Decision.GUIDE else None,
                triage_suggestion=_triage_suggestion(triage, engine_points[paired] if paired is not None else None),
                forward_follow_up=deadlines.follow_up_date(
                    local_date(now), working_days=office.forward_follow_up_working_days,
                    closing_days=_closing_days(office),
                ) if point.decision == Decision.FORWARD else None,
                outcome=outcome,
                outcome_reason=point.decision_reason.strip() if outcome else "",
                closed_at=now if point.decision != Decision.CASE else None,
                closed_by=by if point.decision != Decision.CASE else None,
            ))
            hook_run(KLAGEPUNKT_DECIDED, klagepunkt=created[-1], by=by)
        _audit(by=by, obj=locked, detail=f"visitation: {len(created)} klagepunkt(er)")
        if locked.status == CaseStatus.MODTAGET:
            case_transition(case=locked, to_status=CaseStatus.VISITERET, by=by, reason=reason, now=now)
        search_document_refresh(henvendelse=locked.henvendelse)
    case.status = locked.status
    return created


def klagepunkt_close(
    *,
    klagepunkt: Klagepunkt,
    by,
    outcome: str,
    reason: str = "",
    kritik_degree: int | None = None,
    henstilling_follow_up: dt.date | None = None,
) -> Klagepunkt:
    """Record the outcome of a klagepunkt. Kritik needs a degree; a henstilling gets a follow-up date."""
    if outcome not in Outcome.values:
        raise ValidationError(_("Vælg et resultat."))
    if outcome == Outcome.KRITIK and kritik_degree not in KritikDegree.values:
        raise ValidationError(_("Kritik skal have en grad."))
    if outcome == Outcome.AFVIST_HENLAGT and not reason.strip():
        raise ValidationError(_("Skriv, hvorfor klagepunktet afvises eller henlægges."))
    office = _office()
    now = timezone.now()
    with transaction.atomic():
        Case.objects.select_for_update().get(pk=klagepunkt.case_id)
        point = Klagepunkt.objects.select_for_update().get(pk=klagepunkt.pk)
        point.outcome = outcome
        point.kritik_degree = kritik_degree if outcome == Outcome.KRITIK else None
        point.outcome_reason = reason.strip()
        point.henstilling_follow_up = (
            henstilling_follow_up or deadlines.follow_up_date(
                local_date(now), working_days=office.henstilling_follow_up_working_days,
                closing_days=_closing_days(office),
            )
        ) if outcome == Outcome.HENSTILLING else None
        point.closed_at = now
        point.closed_by = by
        point.save()
        hook_run(KLAGEPUNKT_CLOSED, klagepunkt=point, by=by)
        _audit(by=by, obj=point.case, detail=f"klagepunkt {point.number}: {outcome}")
        search_document_refresh(henvendelse=point.case.henvendelse)
    return point


def klagepunkt_forward_answer_record(
    *, klagepunkt: Klagepunkt, by, answered_on: dt.date, result: str, today: dt.date | None = None,
) -> Klagepunkt:
    """Record the unit's answer to a forwarded point: its date and whether the citizen got medhold.

    Only forwarded points have one; the date lies between the forwarding decision and today.
    Recording it again corrects it (the audit log keeps both).
    """
    if klagepunkt.decision != Decision.FORWARD:
        raise ValidationError(_("Kun videresendte klagepunkter har et svar fra enheden."))
    if result not in ForwardResult.values:
        raise ValidationError(_("Vælg, om borgeren fik medhold."))
    date_not_in_future(answered_on, today=today, message=_("Datoen for enhedens svar kan ikke ligge i fremtiden."))
    if answered_on < local_date(klagepunkt.decided_at):
        raise ValidationError(
            _("Enheden kan ikke have svaret før videresendelsen den %(date)s.")
            % {"date": f"{local_date(klagepunkt.decided_at):%d.%m.%Y}"}
        )
    with transaction.atomic():
        point = Klagepunkt.objects.select_for_update().get(pk=klagepunkt.pk)
        point.forward_answered_on = answered_on
        point.forward_result = result
        point.save(update_fields=["forward_answered_on", "forward_result"])
        _audit(by=by, obj=point.case, detail=f"klagepunkt {point.number}: forward answered {answered_on}, {result}")
    klagepunkt.forward_answered_on, klagepunkt.forward_result = answered_on, result
    return point


# --- Høringer --------------------------------------------------------------------------------------


def _refresh_hoering_deadline(hoering: Hoering) -> None:
    hoering.deadline = hoering_deadline_explain(hoering=hoering).due


def hoering_may_be_created(*, case: Case) -> bool:
    """A høring can be asked for while the case is in *høring* or may move there (``workflow.TRANSITIONS``).

    The case page offers the høring form exactly then, so what is offered is what is accepted.
    """
    return case.status == CaseStatus.HOERING or CaseStatus.HOERING in allowed_next(case.status)


def hoering_prepare(
    *,
    case: Case,
    department: Department,
    questions: str,
    by,
    recipient_email: str = "",
    weeks: int | None = None,
) -> Hoering:
    """Register a høring that is not sent yet: its høringsbrev is drafted and sent by the letters app.

    No deadline runs and the case keeps its status until the letter's dispatch is confirmed
    (``hoering_mark_sent``, called by ``letters.services`` on the confirmation).
    """
    if not questions.strip():
        raise ValidationError(_("Skriv de spørgsmål, forvaltningen skal besvare."))
    if not hoering_may_be_created(case=case):
        raise TransitionNotAllowed(
            _("Der kan ikke oprettes en høring, når sagen er “%(status)s”.")
            % {"status": CaseStatus(case.status).label},
            from_status=case.status, to_status=CaseStatus.HOERING,
        )
    office = _office()
    with transaction.atomic():
        # Locked as case_assign locks it, so the høring carries the advisor the case has when it commits.
        advisor_id = Case.objects.select_for_update().values_list("assigned_to", flat=True).get(pk=case.pk)
        hoering = Hoering.objects.create(
            case=case,
            advisor_id=advisor_id,
            department=department,
            recipient_email=recipient_email or department.email,
            questions=questions.strip(),
            created_at=timezone.now(),
            sent_by=by,
            weeks=weeks or office.hoering_weeks,
        )
        _audit(by=by, obj=case, detail=f"hoering {hoering.pk} prepared for {department.code}")
        search_document_refresh(henvendelse=case.henvendelse)
    return hoering


def hoering_request(
    *,
    case: Case,
    department: Department,
    questions: str,
    by,
    recipient_email: str = "",
    weeks: int | None = None,
) -> tuple[Hoering, list]:
    """Prepare a høring to be sent from here, and let the apps built on cases make what it needs.

    Returns the høring and what the ``hoering_prepared`` listeners made for it (the letters app:
    the høringsbrev draft), all in one transaction.
    """
    with transaction.atomic():
        hoering = hoering_prepare(
            case=case, department=department, questions=questions, by=by, recipient_email=recipient_email,
            weeks=weeks,
        )
        made = hook_collect(HOERING_PREPARED, hoering=hoering, by=by)
    return hoering, made


def hoering_mark_sent(*, hoering: Hoering, at: dt.datetime, by=None) -> Hoering:
    """The høring went out at ``at``: its deadline runs from that day, and the case is in ``høring``.

    Idempotent: a høring already sent keeps its date (a second confirmed dispatch changes nothing).
    """
    with transaction.atomic():
        case = Case.objects.select_for_update().get(pk=hoering.case_id)
        locked = Hoering.objects.select_for_update().select_related("department").get(pk=hoering.pk)
        if locked.sent_at is not None:
            return locked
        locked.sent_at = at
        if by is not None:
            locked.sent_by = by
        _refresh_hoering_deadline(locked)
        locked.save(update_fields=["sent_at", "sent_by", "deadline"])
        # A case that moved on meanwhile (e.g. closed) keeps its status; the høring is still sent.
        if CaseStatus.HOERING in allowed_next(case.status) and locked.answer_received_on is None:
            case_transition(
                case=case, to_status=CaseStatus.HOERING, by=by,
                reason=_("Høring sendt til %(department)s.") % {"department": locked.department.code},
            )
        _audit(by=by, obj=case, detail=f"hoering {locked.pk} sent to {locked.department.code}, "
                                       f"deadline {locked.deadline}")
    hoering.sent_at, hoering.deadline = locked.sent_at, locked.deadline
    return locked


def hoering_send(
    *,
    case: Case,
    department: Department,
    questions: str,
    by,
    recipient_email: str = "",
    weeks: int | None = None,
    sent_at: dt.datetime | None = None,
) -> Hoering:
    """Register a høring sent outside the system's letters (e.g. from the ESDH system) at ``sent_at``.

    The deadline runs from that day and the case goes to ``høring`` at once.
    """
    sent_at = sent_at or timezone.now()
    with transaction.atomic():
        hoering = hoering_prepare(
            case=case, department=department, questions=questions, by=by, recipient_email=recipient_email,
            weeks=weeks,
        )
        hoering = hoering_mark_sent(hoering=hoering, at=sent_at, by=by)
    case.status = Case.objects.values_list("status", flat=True).get(pk=case.pk)
    return hoering


def hoering_cancel(*, hoering: Hoering, by) -> None:
    """Drop a høring that was never sent; refused once sent.

    The apps that keep something for the høring delete it or refuse (``hoering_cancelling``; the
    letters app deletes the høringsbrev drafts and refuses when the letter is final).
    """
    with transaction.atomic():
        locked = Hoering.objects.select_for_update().get(pk=hoering.pk)
        if locked.sent_at is not None:
            raise ValidationError(_("Høringen er sendt og kan ikke annulleres. Registrér svaret, når det kommer."))
        discarded = hook_collect(HOERING_CANCELLING, hoering=locked, by=by)
        case = locked.case
        locked.delete()
        _audit(by=by, obj=case, detail=f"hoering {hoering.pk} cancelled before sending"
                                       + (f", {', '.join(discarded)} discarded" if discarded else ""))
        search_document_refresh(henvendelse=case.henvendelse)


@transaction.atomic
def forward_follow_up_restart(*, case: Case, at: dt.datetime) -> int:
    """The forwarding letter was confirmed sent at ``at``: forwarded points are followed up from then.

    Only moves a follow-up later (a date set from the decision is never brought forward).
    Returns how many points changed.
    """
    office = _office()
    due = deadlines.follow_up_date(
        local_date(at), working_days=office.forward_follow_up_working_days, closing_days=_closing_days(office),
    )
    changed = 0
    for point in case.klagepunkter.filter(decision=Decision.FORWARD):
        if point.forward_follow_up is None or point.forward_follow_up < due:
            point.forward_follow_up = due
            point.save(update_fields=["forward_follow_up"])
            changed += 1
    if changed:
        _audit(by=None, obj=case, detail=f"forward follow-up from the forwarding letter: {due}")
    return changed


def hoering_answer_received_on_check(*, hoering: Hoering, received_on: dt.date, today: dt.date | None = None) -> None:
    """The answer's date has happened (not after today) and is not before the høring was sent."""
    date_not_in_future(
        received_on, today=today, message=_("Datoen, svaret på høringen er modtaget, kan ikke ligge i fremtiden."),
    )
    if hoering.sent_at is not None and received_on < local_date(hoering.sent_at):
        raise ValidationError(
            _("Svaret kan ikke være modtaget, før høringen blev sendt den %(date)s.")
            % {"date": f"{local_date(hoering.sent_at):%d.%m.%Y}"}
        )


def hoering_answer_register(
    *, hoering: Hoering, by, received_on: dt.date, answer_text: str = "", today: dt.date | None = None,
) -> Hoering:
    """Register the department's answer with its date; the case goes back to work when none is outstanding.

    The date is the day the answer came in: not in the future and not before the høring was sent.
    """
    hoering_answer_received_on_check(hoering=hoering, received_on=received_on, today=today)
    with transaction.atomic():
        case = Case.objects.select_for_update().get(pk=hoering.case_id)
        locked = Hoering.objects.select_for_update().get(pk=hoering.pk)
        if locked.answer_received_on is not None:
            raise ValidationError(_("Svaret på denne høring er allerede registreret."))
        locked.answer_received_on = received_on
        locked.answer_text = answer_text.strip()
        locked.answer_registered_at = timezone.now()
        locked.answer_registered_by = by
        locked.save()
        _audit(by=by, obj=case, detail=f"hoering {locked.pk} answered {received_on}")
        outstanding = case.hoeringer.awaiting_answer().exists()
        if case.status == CaseStatus.HOERING and not outstanding:
            case_transition(
                case=case, to_status=CaseStatus.UNDER_BEHANDLING, by=by, reason=_("Svar på høring modtaget."),
            )
        search_document_refresh(henvendelse=case.henvendelse)
    hoering.answer_received_on = locked.answer_received_on
    return locked


def hoering_extend(*, hoering: Hoering, by, working_days: int, reason: str) -> Hoering:
    """Give the department more working days, with a reason; the deadline is recomputed."""
    _extension_check(working_days, reason)
    with transaction.atomic():
        locked = Hoering.objects.select_for_update().get(pk=hoering.pk)
        Extension.objects.create(
            case_id=locked.case_id, hoering=locked, working_days=working_days, reason=reason.strip()[:300],
            by=by, at=timezone.now(),
        )
        _refresh_hoering_deadline(locked)
        locked.save(update_fields=["deadline"])
        _audit(by=by, obj=locked.case, detail=f"hoering {locked.pk} extended to {locked.deadline}")
    hoering.deadline = locked.deadline
    return locked


# --- Notes -------------------------------------------------------------------------------------------


def note_add(*, case: Case, author, text: str, kind: str = NoteKind.INTERNT) -> Note:
    """A note of ``kind`` (telefonnotat, mødenotat, internt notat) on the case, in its journal."""
    if not text.strip():
        raise ValidationError(_("Notatet er tomt."))
    if kind not in NoteKind.values:
        raise ValidationError(_("Vælg, om det er et telefonnotat, et mødenotat eller et internt notat."))
    with transaction.atomic():
        note = Note.objects.create(case=case, author=author, kind=kind, text=text.strip(), created_at=timezone.now())
        _audit(by=author, obj=case, detail=f"note {note.pk} added")
        search_document_refresh(henvendelse=case.henvendelse)
    return note


# --- The search index ----------------------------------------------------------------------------------


def _search_text(henvendelse: Henvendelse) -> str:
    parts = [henvendelse.description, henvendelse.desired_outcome, henvendelse.unit]
    case = Case.objects.filter(henvendelse=henvendelse).first()
    if case is not None:
        for point in case.klagepunkter.all():
            parts += [point.description, point.decision_reason, point.outcome_reason, point.unit]
        parts += [note.text for note in case.notes.all()]
        for hoering in case.hoeringer.all():
            parts += [hoering.questions, hoering.answer_text]
        parts += [document.text for document in case.documents.all()]  # text extracted on upload
    return "\n".join(part for part in parts if part)


def search_document_refresh(*, henvendelse: Henvendelse) -> SearchDocument:
    """Rebuild the search index of one henvendelse and its case (see ``search.py``)."""
    text = _search_text(henvendelse)
    document, _created = SearchDocument.objects.update_or_create(
        henvendelse=henvendelse, defaults={"tokens": search.tokens_value(text)},
    )
    if search.uses_postgres():
        SearchDocument.objects.filter(pk=document.pk).update(vector=search.vector_expression(text))
    return document


def search_index_rebuild(*, missing_only: bool = False) -> int:
    """Index every henvendelse (or only those without a document); returns how many."""
    queryset = Henvendelse.objects.all()
    if missing_only:
        queryset = queryset.filter(search_document__isnull=True)
    count = 0
    for henvendelse in queryset.iterator(chunk_size=500):
        search_document_refresh(henvendelse=henvendelse)
        count += 1
    return count


# --- Reminders and escalations -----------------------------------------------------------------------


@dataclass
class ReminderRun:
    sent: int = 0
    skipped: int = 0
    failed: int = 0


def _reminder_message(*, hoering: Hoering, kind: str, office: Office) -> EmailMessage:
    """Reference number and deadline only: no name, no CPR, no case text (DOMAIN.md §5)."""
    context = {"reference": hoering.case.reference, "deadline": f"{hoering.deadline:%d.%m.%Y}", "office": office.name}
    if kind == ReminderKind.REMINDER:
        subject = _("Påmindelse: høring i sag %(reference)s har frist %(deadline)s") % context
        body = _(
            "Vi minder om, at svarfristen for vores høring i sag %(reference)s er %(deadline)s.\n\n"
            "Svar venligst via sikker post og oplys sagens referencenummer.\n\nVenlig hilsen\n%(office)s"
        ) % context
        to = [hoering.recipient_email]
    else:
        subject = _("Rykker: høring i sag %(reference)s, fristen %(deadline)s er overskredet") % context
        body = _(
            "Svarfristen for vores høring i sag %(reference)s var %(deadline)s, og vi har ikke modtaget svar.\n\n"
            "Svar venligst snarest via sikker post og oplys sagens referencenummer.\n\nVenlig hilsen\n%(office)s"
        ) % context
        to = sorted({hoering.recipient_email, hoering.department.email} - {""})
    cc = [hoering.case.assigned_to.email] if kind == ReminderKind.ESCALATION and hoering.case.assigned_to_id and \
        hoering.case.assigned_to.email else []
    return EmailMessage(subject=subject, body=body, to=to, cc=cc)


def reminder_dispatch_send(*, hoering_id: int, kind: str, now: dt.datetime | None = None) -> bool:
    """Send one reminder or escalation at most once; True when it was sent by this call.

    The unique (høring, kind) row is the claim. It is locked with SKIP LOCKED while the e-mail is
    sent and ``sent_at`` is set in the same transaction: a second worker skips it, and a crash
    before the commit leaves it unsent, to be sent by the next run. (A crash after the mail server
    accepted the message but before the commit could send it twice; that window is milliseconds.)
    """
    now = now or timezone.now()
    try:
        with transaction.atomic():
            ReminderDispatch.objects.get_or_create(hoering_id=hoering_id, kind=kind)
    except IntegrityError:
        pass  # a concurrent worker inserted the claim row first
    with transaction.atomic():
        dispatch = (
            ReminderDispatch.objects.select_for_update(skip_locked=True)
            .filter(hoering_id=hoering_id, kind=kind, sent_at__isnull=True)
            .first()
        )
        if dispatch is None:
            return False
        hoering = Hoering.objects.select_related("case__assigned_to", "department").get(pk=hoering_id)
        if hoering.answer_received_on is not None:
            return False
        dispatch.claimed_at = now
        dispatch.attempts += 1
        dispatch.save(update_fields=["claimed_at", "attempts"])
        _reminder_message(hoering=hoering, kind=kind, office=_office()).send()
        dispatch.sent_at = now
        dispatch.save(update_fields=["sent_at"])
        _audit(by=None, obj=hoering.case, detail=f"hoering {hoering.pk} {kind} sent")
    logger.info("Høring %s: %s sent.", hoering_id, kind)
    return True


def deadline_reminders_run(*, now: dt.datetime | None = None) -> ReminderRun:
    """Send every reminder and escalation that is due and not yet sent. Safe to run in parallel."""
    from borgerraad.cases.selectors import reminders_due

    now = now or timezone.now()
    run = ReminderRun()
    for hoering_id, kind in reminders_due(today=local_date(now)):
        try:
            if reminder_dispatch_send(hoering_id=hoering_id, kind=kind, now=now):
                run.sent += 1
            else:
                run.skipped += 1
        except Exception:  # noqa: BLE001 - one failing mail must not stop the others
            run.failed += 1
            logger.exception("Høring %s: %s failed; it will be retried.", hoering_id, kind)
    return run


# --- Secure messages and the citizen's own actions (from "Mine sager", borgerraad/portal) -------------

MESSAGE_MAX_CHARS = 5000
MESSAGE_MAX_FILES = 5


def _notification(*, to: str, portal: bool) -> EmailMessage:
    """The e-mail that says a message is waiting: no personal data and nothing of the case (DOMAIN.md §5)."""
    from django.conf import settings
    from django.urls import reverse

    if portal:  # the portal (above cases) says where citizens read messages (hooks.CITIZEN_MESSAGES_URL)
        where = next(iter(hook_collect(CITIZEN_MESSAGES_URL)), None) or reverse("core:home")
    else:
        where = reverse("cases:inbox")
    if portal:
        body = _("Du har en ny besked fra Borgerrådgiveren. Log ind på %(url)s for at læse den.")
    else:
        body = _("Der er en ny besked fra en borger i en af dine sager. Log ind på %(url)s for at læse den.")
    return EmailMessage(
        subject=_("Ny besked fra Borgerrådgiveren") if portal else _("Ny besked i Borgerrådgiverens sagssystem"),
        body=body % {"url": settings.BORGERRAAD_SITE_URL.rstrip("/") + where}, to=[to],
    )


def message_send(*, case: Case, body: str, from_citizen: bool, by=None, uploads: Iterable = (),
                 now: dt.datetime | None = None) -> Message:
    """A message on the case, with files checked like the form's uploads; the other side is told by e-mail.

    ``by`` is the staff member writing (None for the citizen). Raises ValidationError (in the user's language)
    for an empty or too long text or a refused file; nothing is stored then.
    """
    body = (body or "").strip()
    uploads = list(uploads)
    if not body:
        raise ValidationError(_("Skriv en besked."))
    if len(body) > MESSAGE_MAX_CHARS:
        raise ValidationError(_("Beskeden må højst være %(max)s tegn.") % {"max": MESSAGE_MAX_CHARS})
    if len(uploads) > MESSAGE_MAX_FILES:
        raise ValidationError(_("Du kan vedhæfte højst %(max)s filer til en besked.") % {"max": MESSAGE_MAX_FILES})
    now = now or timezone.now()
    stored = []
    try:
        with transaction.atomic():
            message = Message.objects.create(
                case=case, from_citizen=from_citizen, author=None if from_citizen else by, body=body, created_at=now,
            )
            for upload in uploads:
                stored.append(_attachment_store(henvendelse=case.henvendelse, upload=upload, kind=AttachmentKind.OTHER))
            message.attachments.set(stored)
            _audit(by=by, obj=case, detail=f"message {message.pk} from {'citizen' if from_citizen else 'staff'}")
    except Exception:
        for attachment in stored:
            attachment.file.delete(save=False)
        raise
    recipient = case.henvendelse.email if not from_citizen else getattr(case.assigned_to, "email", "")
    if recipient:
        transaction.on_commit(lambda: _notification(to=recipient, portal=not from_citizen).send())
    return message


def messages_mark_read(*, case: Case, from_citizen: bool, by=None, now: dt.datetime | None = None) -> int:
    """Mark the messages of one side as read by the other (staff opening the case page, or the citizen)."""
    return case.messages.filter(from_citizen=from_citizen, read_at__isnull=True).update(read_at=now or timezone.now())


def case_withdraw(*, case: Case, now: dt.datetime | None = None) -> Case:
    """The citizen withdraws the complaint: recorded on the case and in its journal; the advisor closes it.

    Closing still goes through ``case_transition`` (every klagepunkt needs its outcome, *afvist/henlagt*,
    and the closing letter its confirmed dispatch), so the withdrawal cannot skip the rules of closing.
    """
    now = now or timezone.now()
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        if locked.status == CaseStatus.AFSLUTTET:
            raise ValidationError(_("Sagen er allerede afsluttet."))
        if locked.withdrawn_at is None:
            locked.withdrawn_at = now
            locked.save(update_fields=["withdrawn_at", "updated_at"])
            _audit(by=None, obj=locked, detail="withdrawn by the citizen")
    case.withdrawn_at = locked.withdrawn_at
    return locked
