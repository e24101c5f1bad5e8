"""The registers of suggestions (forslag) and of henstillinger with their follow-up: writes and reads.

Rules (docs/insights.md#registers, DOMAIN.md §4 step 7):

- Every klagepunkt that visitation registers as a suggestion (``Decision.SUGGESTION``) gets an
  entry at once, in visitation's transaction (``cases.hooks``); suggestions that came another way
  are typed in by hand. An entry holds the suggestion, the forvaltning asked, when it was sent,
  the answer and its date, and whether it was adopted (afventer / ja / delvist / nej).
- Every klagepunkt with the outcome henstilling gets a follow-up record when the outcome is
  given. Its follow-up date is the klagepunkt's ``henstilling_follow_up`` (cases owns it); the
  department's answer (efterlevet / delvist efterlevet / ikke efterlevet), its text and date are
  kept here. ``registers_sync`` adds the entries of klagepunkter written without the services
  (imports, the demo data) and runs before every reminder run.
- A follow-up is overdue the day after its date while no answer is registered. The assigned
  advisor (without one: the leaders) is e-mailed once per overdue follow-up: the record is locked
  (SKIP LOCKED) while the e-mail is sent and marked sent in the same transaction, as the høring
  reminders in cases. The e-mail holds the reference number, the date and a link, nothing else
  (DOMAIN.md §5: e-mail is not secure).
- Free texts are encrypted; CPR numbers are refused by the forms and masked when a klagepunkt's
  description is copied in. Changes and reads of entries are written to the audit log, under the
  case when the entry belongs to one (so the case's audit log shows them).
- Dates typed in may not lie in the future, and an answer not before the suggestion was sent.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from borgerraad.accounts.roles import Role
from borgerraad.accounts.start import counts_capped
from borgerraad.cases.models import Decision, Klagepunkt, Outcome
from borgerraad.cases.selectors import due_soon_until
from borgerraad.cases.services import _closing_days, _office
from borgerraad.core.calendar import TZ, add_working_days, local_date, local_today
from borgerraad.core.dates import date_not_in_future
from borgerraad.core.models import Department
from borgerraad.insights.models import Adoption, Compliance, HenstillingFollowUp, Suggestion
from borgerraad.insights.registers_policies import henstilling_policy, suggestion_policy
from borgerraad.privacy.cpr import mask_cpr
from borgerraad.privacy.models import AuditAction
from borgerraad.privacy.services import audit_record

logger = logging.getLogger(__name__)


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, TZ)


def _audit(*, user, action: str, entry: Suggestion | HenstillingFollowUp, detail: str) -> None:
    """Log under the case when the entry belongs to one (the case's audit log shows it), else the entry."""
    point = entry.klagepunkt
    audit_record(user=user, action=action, obj=point.case if point is not None else entry, detail=detail)


def _not_in_future(day: dt.date | None, label: str) -> None:
    date_not_in_future(day, message=_("%(label)s kan ikke ligge i fremtiden.") % {"label": label})


# --- Entries from casework (the hooks) ----------------------------------------------------------------


def suggestion_from_klagepunkt(*, klagepunkt: Klagepunkt, by=None) -> Suggestion | None:
    """The register entry of a point visitation registered as a suggestion (created once); None otherwise."""
    if klagepunkt.decision != Decision.SUGGESTION:
        return None
    case = klagepunkt.case
    now = timezone.now()
    suggestion, _created = Suggestion.objects.get_or_create(klagepunkt=klagepunkt, defaults={
        "channel": case.henvendelse.channel,
        "received_on": case.received_on,
        "text": mask_cpr(klagepunkt.description),
        "department": klagepunkt.department,
        "created_at": now, "created_by": by, "updated_at": now, "updated_by": by,
    })
    return suggestion


def henstilling_follow_up_ensure(*, klagepunkt: Klagepunkt) -> HenstillingFollowUp | None:
    """The follow-up record of a henstilling (created once); None for any other outcome."""
    if klagepunkt.outcome != Outcome.HENSTILLING:
        return None
    return HenstillingFollowUp.objects.get_or_create(klagepunkt=klagepunkt)[0]


def on_klagepunkt_decided(*, klagepunkt: Klagepunkt, by=None, **_kwargs) -> None:
    suggestion_from_klagepunkt(klagepunkt=klagepunkt, by=by)


def on_klagepunkt_closed(*, klagepunkt: Klagepunkt, by=None, **_kwargs) -> None:
    henstilling_follow_up_ensure(klagepunkt=klagepunkt)


def registers_sync() -> tuple[int, int]:
    """Add the missing entries of suggestion points and henstillinger; returns (suggestions, follow-ups) added."""
    suggestions = 0
    missing = Klagepunkt.objects.filter(decision=Decision.SUGGESTION, suggestion__isnull=True).select_related(
        "case__henvendelse")
    for point in missing.iterator(chunk_size=500):
        try:
            with transaction.atomic():
                suggestion_from_klagepunkt(klagepunkt=point)
        except IntegrityError:  # visitation's own hook created it meanwhile
            continue
        suggestions += 1
    points = Klagepunkt.objects.filter(outcome=Outcome.HENSTILLING, henstilling_follow_up_record__isnull=True)
    created = HenstillingFollowUp.objects.bulk_create(
        [HenstillingFollowUp(klagepunkt_id=pk) for pk in points.values_list("pk", flat=True)],
        ignore_conflicts=True, batch_size=500,
    )
    return suggestions, len(created)


# --- Suggestions: writes ---------------------------------------------------------------------------------


def _suggestion_check(*, received_on: dt.date | None, sent_on: dt.date | None, answer_received_on: dt.date | None,
                      adoption: str) -> None:
    _not_in_future(received_on, _("Modtagelsesdatoen"))
    _not_in_future(sent_on, _("Datoen for afsendelse til forvaltningen"))
    _not_in_future(answer_received_on, _("Datoen for svaret"))
    if adoption not in Adoption.values:
        raise ValidationError(_("Vælg, om forslaget er gennemført."))
    if sent_on and received_on and sent_on < received_on:
        raise ValidationError(_("Forslaget kan ikke være sendt til forvaltningen, før det blev modtaget."))
    if answer_received_on and sent_on and answer_received_on < sent_on:
        raise ValidationError(_("Svaret kan ikke være modtaget, før forslaget blev sendt til forvaltningen."))
    if adoption != Adoption.AFVENTER and answer_received_on is None:
        raise ValidationError(_("Skriv datoen for forvaltningens svar, når du angiver, om forslaget er gennemført."))


def suggestion_create(
    *,
    by,
    text: str,
    received_on: dt.date,
    channel: str = "",
    department: Department | None = None,
    sent_on: dt.date | None = None,
) -> Suggestion:
    """Register a suggestion that came in another way than through visitation."""
    if not text.strip():
        raise ValidationError(_("Skriv forslaget."))
    _suggestion_check(received_on=received_on, sent_on=sent_on, answer_received_on=None, adoption=Adoption.AFVENTER)
    now = timezone.now()
    with transaction.atomic():
        suggestion = Suggestion.objects.create(
            channel=channel, received_on=received_on, text=text.strip(), department=department, sent_on=sent_on,
            created_at=now, created_by=by, updated_at=now, updated_by=by,
        )
        _audit(user=by, action=AuditAction.CHANGE, entry=suggestion, detail=f"suggestion {suggestion.pk} registered")
    return suggestion


def suggestion_update(
    *,
    suggestion: Suggestion,
    by,
    text: str,
    department: Department | None,
    sent_on: dt.date | None,
    answer_text: str,
    answer_received_on: dt.date | None,
    adoption: str,
) -> Suggestion:
    """Change the suggestion's text and forvaltning, and register the forvaltning's answer and adoption."""
    if not text.strip():
        raise ValidationError(_("Skriv forslaget."))
    _suggestion_check(received_on=suggestion.received_on, sent_on=sent_on, answer_received_on=answer_received_on,
                      adoption=adoption)
    with transaction.atomic():
        locked = Suggestion.objects.select_for_update().get(pk=suggestion.pk)
        locked.text = text.strip()
        locked.department = department
        locked.sent_on = sent_on
        locked.answer_text = answer_text.strip()
        locked.answer_received_on = answer_received_on
        locked.adoption = adoption
        locked.updated_at = timezone.now()
        locked.updated_by = by
        locked.save()
        _audit(user=by, action=AuditAction.CHANGE, entry=locked, detail=f"suggestion {locked.pk} updated: {adoption}")
    return locked


# --- Suggestions: reads ------------------------------------------------------------------------------------


def _suggestions(queryset: QuerySet[Suggestion]) -> QuerySet[Suggestion]:
    return queryset.select_related("department", "klagepunkt__case__assigned_to").order_by("-received_on", "-id")


def suggestion_list(
    *,
    user,
    adoption: str = "",
    department: Department | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> QuerySet[Suggestion]:
    """The entries ``user`` may see (``SuggestionPolicy``), filtered; received between ``start`` and ``end``."""
    entries = suggestion_policy.visible(user)
    if adoption:
        entries = entries.filter(adoption=adoption)
    if department is not None:
        entries = entries.filter(department=department)
    if start is not None:
        entries = entries.filter(received_on__gte=start)
    if end is not None:
        entries = entries.filter(received_on__lte=end)
    return _suggestions(entries)


def suggestion_get(*, user, pk: int) -> Suggestion | None:
    """One entry for ``user`` to read, or None when not visible. The read is written to the audit log."""
    suggestion = _suggestions(suggestion_policy.visible(user)).filter(pk=pk).first()
    if suggestion is not None:
        _audit(user=user, action=AuditAction.VIEW, entry=suggestion, detail=f"suggestion {pk} read")
    return suggestion


def suggestions_for_period(*, start: dt.date, end: dt.date, user=None) -> QuerySet[Suggestion]:
    """Suggestions received from ``start`` to ``end`` (both included), for the beretning.

    Without ``user``: every entry, restricted cases included (the beretning is the leader's, who
    may see them all; it lists counts and the texts the leader chooses). With ``user``: the
    entries that user may see.
    """
    entries = suggestion_policy.visible(user) if user is not None else Suggestion.objects.all()
    return _suggestions(entries.filter(received_on__gte=start, received_on__lte=end))


def suggestions_audit_export(*, user, entries: list[Suggestion]) -> None:
    """One audit row per entry in a download (its texts leave the system)."""
    for entry in entries:
        _audit(user=user, action=AuditAction.VIEW, entry=entry, detail=f"suggestion {entry.pk} exported (CSV)")


# --- Henstillinger: writes ---------------------------------------------------------------------------------


def henstilling_answer_register(
    *,
    follow_up: HenstillingFollowUp,
    by,
    compliance: str,
    received_on: dt.date,
    answer_text: str = "",
) -> HenstillingFollowUp:
    """Register the department's answer to a henstilling (a second registration corrects the first)."""
    if compliance not in Compliance.values:
        raise ValidationError(_("Vælg, om forvaltningen har efterlevet henstillingen."))
    _not_in_future(received_on, _("Datoen for svaret"))
    with transaction.atomic():
        locked = HenstillingFollowUp.objects.select_for_update().select_related("klagepunkt__case").get(
            pk=follow_up.pk)
        given = locked.klagepunkt.closed_at
        if given is not None and received_on < local_date(given):
            raise ValidationError(
                _("Svaret kan ikke være modtaget før henstillingen blev givet (%(date)s).")
                % {"date": f"{local_date(given):%d.%m.%Y}"}
            )
        corrected = locked.answer_received_on is not None
        locked.compliance = compliance
        locked.answer_text = answer_text.strip()
        locked.answer_received_on = received_on
        locked.answer_registered_at = timezone.now()
        locked.answer_registered_by = by
        locked.save()
        _audit(user=by, action=AuditAction.CHANGE, entry=locked,
               detail=f"henstilling klagepunkt {locked.klagepunkt.number}: answer {compliance}"
                      + (" (corrected)" if corrected else ""))
    return locked


# --- Henstillinger: reads ----------------------------------------------------------------------------------


def _follow_ups(queryset: QuerySet[HenstillingFollowUp]) -> QuerySet[HenstillingFollowUp]:
    return (
        queryset.filter(klagepunkt__outcome=Outcome.HENSTILLING)
        .select_related("klagepunkt__case__assigned_to", "klagepunkt__department")
        .order_by("klagepunkt__henstilling_follow_up", "klagepunkt__case__reference", "klagepunkt__number")
    )


@dataclass(frozen=True)
class HenstillingerOpen:
    overdue: list[HenstillingFollowUp]
    due_soon: list[HenstillingFollowUp]
    later: list[HenstillingFollowUp]


def henstillinger_open(
    *, user, department: Department | None = None, today: dt.date | None = None,
) -> HenstillingerOpen:
    """Unanswered follow-ups ``user`` may see: overdue (date before today), due within the office's
    ``due_soon_working_days``, and later; each soonest first."""
    today = today or local_today()
    office = _office()
    horizon = add_working_days(today, office.due_soon_working_days, closing_days=_closing_days(office))
    entries = _follow_ups(henstilling_policy.visible(user)).filter(answer_received_on__isnull=True)
    if department is not None:
        entries = entries.filter(klagepunkt__department=department)
    result = HenstillingerOpen([], [], [])
    for entry in entries:
        due = entry.klagepunkt.henstilling_follow_up
        if due is not None and due < today:
            result.overdue.append(entry)
        elif due is not None and due <= horizon:
            result.due_soon.append(entry)
        else:
            result.later.append(entry)
    return result


@dataclass(frozen=True)
class HenstillingerDue:
    """The first unanswered follow-ups due by a date, soonest first, and how many there are (capped)."""

    first: list[HenstillingFollowUp]
    count: int
    overdue: int


def henstillinger_due(*, user, whose: Q, today: dt.date, limit: int, cap: int) -> HenstillingerDue:
    """Unanswered follow-ups ``user`` may see of the cases ``whose`` selects, overdue or due soon (as
    ``henstillinger_open``): the first ``limit`` and the counts up to ``cap + 1``, for the start page."""
    entries = _follow_ups(henstilling_policy.visible(user)).filter(
        whose, answer_received_on__isnull=True, klagepunkt__henstilling_follow_up__lte=due_soon_until(today))
    count, overdue = counts_capped([entries, entries.filter(klagepunkt__henstilling_follow_up__lt=today)], cap)
    return HenstillingerDue(list(entries[:limit]) if count else [], count, overdue)


def henstillinger_answered(*, user, department: Department | None = None) -> QuerySet[HenstillingFollowUp]:
    """Follow-ups with a registered answer that ``user`` may see, newest answer first."""
    entries = _follow_ups(henstilling_policy.visible(user)).filter(answer_received_on__isnull=False)
    if department is not None:
        entries = entries.filter(klagepunkt__department=department)
    return entries.order_by("-answer_received_on", "-id")


def henstilling_get(*, user, pk: int) -> HenstillingFollowUp | None:
    """One follow-up for ``user`` to read, or None when not visible. The read is written to the audit log."""
    entry = _follow_ups(henstilling_policy.visible(user)).filter(pk=pk).first()
    if entry is not None:
        _audit(user=user, action=AuditAction.VIEW, entry=entry,
               detail=f"henstilling klagepunkt {entry.klagepunkt.number} read")
    return entry


def henstillinger_for_period(*, start: dt.date, end: dt.date, user=None) -> QuerySet[HenstillingFollowUp]:
    """Henstillinger given from ``start`` to ``end`` (both included, the outcome's date), with their follow-up.

    Without ``user``: every one, restricted cases included (for the leader's beretning). With
    ``user``: those the user may see.
    """
    entries = henstilling_policy.visible(user) if user is not None else HenstillingFollowUp.objects.all()
    return _follow_ups(entries).filter(
        klagepunkt__closed_at__gte=_day_start(start), klagepunkt__closed_at__lt=_day_start(end + dt.timedelta(days=1)),
    )


# --- Reminders of overdue follow-ups ----------------------------------------------------------------------


@dataclass
class FollowUpReminderRun:
    sent: int = 0
    skipped: int = 0
    failed: int = 0


def henstilling_reminders_due(*, today: dt.date) -> list[int]:
    """Ids of the follow-ups overdue on ``today`` (date before today), unanswered and not reminded."""
    return list(
        HenstillingFollowUp.objects.filter(
            klagepunkt__outcome=Outcome.HENSTILLING, klagepunkt__henstilling_follow_up__lt=today,
            answer_received_on__isnull=True, reminder_sent_at__isnull=True,
        ).order_by("pk").values_list("pk", flat=True)
    )


def _reminder_recipients(entry: HenstillingFollowUp) -> list[str]:
    """The assigned advisor; a case without one (or without an e-mail address) reminds the leaders."""
    advisor = entry.klagepunkt.case.assigned_to
    if advisor is not None and advisor.is_active and advisor.email:
        return [advisor.email]
    leaders = get_user_model().objects.filter(is_active=True, groups__name=Role.LEDER.value).exclude(email="")
    return sorted(set(leaders.values_list("email", flat=True)))


def site_url() -> str:
    """The address staff reach the system on, for links in e-mails (``BORGERRAAD_SITE_URL``)."""
    return settings.BORGERRAAD_SITE_URL.rstrip("/")


def _reminder_message(*, entry: HenstillingFollowUp, to: list[str]) -> EmailMessage:
    """Reference number, date and link only: no name, no CPR, no text of the case (DOMAIN.md §5)."""
    point = entry.klagepunkt
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "reference": point.case.reference, "number": point.number,
            "date": f"{point.henstilling_follow_up:%d.%m.%Y}",
            "link": site_url() + reverse("insights:henstilling", args=[entry.pk]),
            "office": _office().name,
        }
        subject = _("Opfølgning på henstilling i sag %(reference)s er overskredet") % context
        body = _(
            "Opfølgningen på henstillingen i sag %(reference)s, klagepunkt %(number)s, skulle være sket "
            "%(date)s, og forvaltningens svar er ikke registreret.\n\n"
            "Registrér svaret, når det kommer:\n%(link)s\n\nVenlig hilsen\n%(office)s"
        ) % context
    return EmailMessage(subject=subject, body=body, to=to)


def henstilling_reminder_send(*, follow_up_id: int, now: dt.datetime | None = None) -> bool:
    """Remind of one overdue follow-up at most once; True when this call sent it.

    The follow-up row is the claim: it is locked with SKIP LOCKED while the e-mail is sent, and
    ``reminder_sent_at`` is set in the same transaction. A second worker skips it; a crash before
    the commit leaves it unsent for the next run.
    """
    now = now or timezone.now()
    with transaction.atomic():
        entry = (
            HenstillingFollowUp.objects.select_for_update(skip_locked=True)
            .filter(pk=follow_up_id, reminder_sent_at__isnull=True, answer_received_on__isnull=True)
            .first()
        )
        if entry is None:
            return False
        entry = HenstillingFollowUp.objects.select_related("klagepunkt__case__assigned_to").get(pk=entry.pk)
        recipients = _reminder_recipients(entry)
        if not recipients:
            logger.warning("Henstilling follow-up %s is overdue but nobody can be reminded.", entry.pk)
            return False
        entry.reminder_claimed_at = now
        entry.reminder_attempts += 1
        entry.save(update_fields=["reminder_claimed_at", "reminder_attempts"])
        _reminder_message(entry=entry, to=recipients).send()
        entry.reminder_sent_at = now
        entry.save(update_fields=["reminder_sent_at"])
        _audit(user=None, action=AuditAction.CHANGE, entry=entry,
               detail=f"henstilling klagepunkt {entry.klagepunkt.number}: overdue reminder sent")
    logger.info("Henstilling follow-up %s: reminder sent.", follow_up_id)
    return True


def henstilling_reminders_run(*, now: dt.datetime | None = None) -> FollowUpReminderRun:
    """Bring the registers up to date, then remind of every overdue follow-up not yet reminded.

    Safe to run twice or in parallel.
    """
    now = now or timezone.now()
    registers_sync()
    run = FollowUpReminderRun()
    for follow_up_id in henstilling_reminders_due(today=local_date(now)):
        try:
            if henstilling_reminder_send(follow_up_id=follow_up_id, now=now):
                run.sent += 1
            else:
                run.skipped += 1
        except Exception:  # noqa: BLE001 - one failing mail must not stop the others
            run.failed += 1
            logger.exception("Henstilling follow-up %s: reminder failed; it will be retried.", follow_up_id)
    return run

