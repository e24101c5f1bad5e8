"""Reads of casework: the inbox, a case with its journal, deadlines, search and the audit log.

``case_get`` is the one way to open a case for a person: it checks ``CasePolicy`` and records
the view in the audit log when the user may see the case's contents (databeskyttelsesforordningen
art. 32). Lists honour ``CasePolicy.visible`` when given a user, so a list and a detail page
never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext as _

from borgerraad.accounts.roles import Role
from borgerraad.cases import deadlines, search
from borgerraad.cases.models import (
    Case,
    CaseDocument,
    CaseStatus,
    Decision,
    Hoering,
    Klagepunkt,
    Note,
    Outcome,
    ReminderKind,
    SearchDocument,
    StatusChange,
    TextStatus,
)
from borgerraad.cases.policies import VIEW_CONTENTS, CasePolicy
from borgerraad.cases.services import _closing_days, _office, case_target_explain, hoering_deadline_explain
from borgerraad.cases.workflow import CLOSED_STATUSES, OPEN_STATUSES
from borgerraad.core.calendar import TZ, add_working_days
from borgerraad.intake.models import Henvendelse
from borgerraad.intake.policies import henvendelse_policy
from borgerraad.privacy.models import AuditAction, AuditEvent
from borgerraad.privacy.services import audit_record


def _today() -> dt.date:
    return timezone.localtime(timezone.now(), TZ).date()


def _cases_for(user) -> QuerySet[Case]:
    return CasePolicy().visible(user) if user is not None else Case.objects.all()


# --- One case ----------------------------------------------------------------------------------------


def case_get(*, user, reference: str) -> Case:
    """The case for ``user`` to open; raises PermissionDenied if not visible. Logs the view."""
    policy = CasePolicy()
    case = (
        policy.visible(user)
        .select_related("henvendelse", "henvendelse__department", "assigned_to")
        .filter(reference=reference)
        .first()
    )
    if case is None:
        raise PermissionDenied
    if policy.can(user, VIEW_CONTENTS, case):
        audit_record(user=user, action=AuditAction.VIEW, obj=case)
    return case


def case_prefetch(*, case: Case, contents: bool = True) -> Case:
    """Read the case's related rows once for its page (the journal, deadlines and forms share them).

    Without ``contents`` only the status history (shown to everyone who may list the case).
    """
    lookups: list[Any] = [Prefetch("status_changes", queryset=StatusChange.objects.select_related("by"))]
    if contents:
        lookups += [
            "henvendelse__attachments",
            "pauses",
            "extensions",
            Prefetch("klagepunkter", queryset=Klagepunkt.objects.select_related(
                "department", "complaint_body", "decided_by", "closed_by")),
            Prefetch("hoeringer", queryset=Hoering.objects.select_related(
                "department", "sent_by", "answer_registered_by").prefetch_related("extensions", "letters")),
            Prefetch("notes", queryset=Note.objects.select_related("author")),
        ]
    prefetch_related_objects([case], *lookups)
    return case


def _rows(case: Case, name: str, *related: str) -> QuerySet:
    """``case.<name>`` from ``case_prefetch`` if read already, else one query joining ``related``."""
    manager = getattr(case, name)
    if name in getattr(case, "_prefetched_objects_cache", {}):
        return manager.all()
    return manager.select_related(*related)


def case_deadlines(*, case: Case, today: dt.date | None = None) -> dict[str, Any]:
    """Every deadline of the case with its explanation: acknowledgement, own target, each høring."""
    office = _office()
    closing = _closing_days(office)
    today = today or _today()
    return {
        "acknowledgement": deadlines.acknowledgement_deadline(
            case.received_on, working_days=office.acknowledgement_working_days, closing_days=closing,
        ),
        "target": case_target_explain(case=case, today=today, office=office),
        "hoeringer": [
            (hoering, hoering_deadline_explain(hoering=hoering, office=office)) for hoering in case.hoeringer.all()
        ],
    }


# --- The journal ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class JournalEntry:
    at: dt.datetime
    # henvendelse, attachment, visitation, note, hoering, hoering_answer, status, outcome, inbound,
    # letter, letter_sent, document, correction
    kind: str
    title: str
    obj: Any
    by: Any = None


_KIND_ORDER = {
    "henvendelse": 0, "attachment": 1, "status": 2, "visitation": 3, "hoering": 4, "hoering_answer": 5,
    "note": 6, "outcome": 7, "inbound": 8, "letter": 9, "letter_sent": 10, "document": 11, "correction": 12,
}


def _midday(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12), TZ)


def case_journal(*, case: Case) -> list[JournalEntry]:
    """Every document and event of the case in order of time (ties in a fixed order of kinds)."""
    henvendelse = case.henvendelse
    entries = [JournalEntry(henvendelse.received_at, "henvendelse", _("Henvendelse modtaget"), henvendelse)]
    documents = list(CaseDocument.objects.filter(case=case).select_related("attachment", "added_by"))
    as_document = {document.attachment_id for document in documents}
    entries += [
        JournalEntry(a.uploaded_at, "attachment", _("Bilag: %(name)s") % {"name": a.name_masked}, a)
        for a in henvendelse.attachments.all() if a.pk not in as_document
    ]
    entries += [_document_entry(document) for document in documents]
    entries += [
        JournalEntry(
            correction.at, "correction",
            _("Oplysninger rettet: %(field)s") % {"field": correction.get_field_display()}, correction, correction.by,
        )
        for correction in henvendelse.corrections.select_related("by")
    ]
    entries += [
        JournalEntry(
            change.at, "status",
            _("Status: %(to)s") % {"to": CaseStatus(change.to_status).label}, change, change.by,
        )
        for change in _rows(case, "status_changes", "by")
    ]
    for point in _rows(case, "klagepunkter", "decided_by", "closed_by"):
        entries.append(JournalEntry(
            point.decided_at, "visitation",
            _("Klagepunkt %(n)d: %(decision)s") % {"n": point.number, "decision": Decision(point.decision).label},
            point, point.decided_by,
        ))
        if point.outcome and point.decision == Decision.CASE and point.closed_at:
            entries.append(JournalEntry(
                point.closed_at, "outcome",
                _("Klagepunkt %(n)d: %(outcome)s") % {"n": point.number, "outcome": Outcome(point.outcome).label},
                point, point.closed_by,
            ))
    for hoering in _rows(case, "hoeringer", "department", "sent_by", "answer_registered_by"):
        if hoering.sent_at is None:
            entries.append(JournalEntry(
                hoering.created_at, "hoering",
                _("Høring forberedt til %(department)s (høringsbrevet er ikke sendt endnu)")
                % {"department": hoering.department.code},
                hoering, hoering.sent_by,
            ))
            continue
        entries.append(JournalEntry(
            hoering.sent_at, "hoering",
            _("Høring sendt til %(department)s, frist %(deadline)s")
            % {"department": hoering.department.code, "deadline": f"{hoering.deadline:%d.%m.%Y}"},
            hoering, hoering.sent_by,
        ))
        if hoering.answer_received_on:
            entries.append(JournalEntry(
                _midday(hoering.answer_received_on), "hoering_answer",
                _("Svar fra %(department)s") % {"department": hoering.department.code},
                hoering, hoering.answer_registered_by,
            ))
    entries += [
        JournalEntry(note.created_at, "note", _("Notat"), note, note.author)
        for note in _rows(case, "notes", "author")
    ]
    # Replies from the citizen that the e-mail and Digital Post channels joined to this henvendelse.
    entries += [
        JournalEntry(
            reply.received_at, "inbound",
            _("Svar fra borgeren modtaget (%(channel)s)") % {"channel": reply.get_channel_display()}, reply,
        )
        for reply in henvendelse.inbound_replies.all()
    ]
    entries += _letter_entries(case)
    return sorted(entries, key=lambda entry: (entry.at, _KIND_ORDER[entry.kind], getattr(entry.obj, "pk", 0) or 0))


def _document_entry(document: CaseDocument) -> JournalEntry:
    """A document added to the case, at the time it was received (its upload time when added that day)."""
    added = timezone.localtime(document.added_at, TZ)
    at = document.added_at if added.date() == document.received_on else _midday(document.received_on)
    title = _("Dokument modtaget: %(kind)s (%(name)s)") % {
        "kind": document.get_kind_display(), "name": document.attachment.name_masked,
    }
    if document.text_status != TextStatus.EXTRACTED:
        title = f"{title} – {document.get_text_status_display()}"
    return JournalEntry(at, "document", title, document, document.added_by)


def _letter_entries(case: Case) -> list[JournalEntry]:
    """Finalised letters (content and PDF are kept immutably) and each confirmed dispatch."""
    from borgerraad.letters.selectors import final_letters_for_case  # letters depends on cases

    entries = []
    for letter in final_letters_for_case(case=case).prefetch_related("dispatches"):
        entries.append(JournalEntry(
            letter.finalised_at, "letter",
            _("Brev: %(kind)s (endeligt, til %(recipient)s)")
            % {"kind": letter.get_kind_display(), "recipient": letter.recipient_name},
            letter, letter.finalised_by,
        ))
        entries += [
            JournalEntry(
                dispatch.confirmed_at, "letter_sent",
                _("Brev sendt: %(kind)s med %(channel)s") % {
                    "kind": letter.get_kind_display(), "channel": dispatch.get_channel_display(),
                },
                letter, dispatch.created_by,
            )
            for dispatch in letter.dispatches.all() if dispatch.confirmed_at
        ]
    return entries


# --- The inbox -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InboxItem:
    henvendelse: Henvendelse
    case: Case | None
    acknowledgement_due: dt.date


def _without_case() -> QuerySet[Henvendelse]:
    """Henvendelser with no case: the flag narrows to a few rows by its partial index, the join confirms."""
    return Henvendelse.objects.filter(case_opened=False, case__isnull=True)


def inbox_list(*, user=None, today: dt.date | None = None) -> list[InboxItem]:
    """New henvendelser not yet visited: the most urgent acknowledgement first, then the newest."""
    office = _office()
    closing = _closing_days(office)
    items = [
        InboxItem(case.henvendelse, case, case.acknowledgement_due)
        for case in _cases_for(user).filter(status=CaseStatus.MODTAGET).select_related("henvendelse")
    ]
    if user is None or CasePolicy().can(user, "register"):
        for henvendelse in _without_case():
            received = timezone.localtime(henvendelse.received_at, TZ).date()
            due = add_working_days(received, office.acknowledgement_working_days, closing_days=closing)
            items.append(InboxItem(henvendelse, None, due))
    return sorted(items, key=lambda item: (item.acknowledgement_due, -item.henvendelse.received_at.timestamp()))


def inbox_page(
    *, user=None, page: int = 1, per_page: int = 25, today: dt.date | None = None,
) -> tuple[list[InboxItem], int]:
    """One page of ``inbox_list`` and the total count, fetching full rows only for that page.

    The order is decided on light columns (id, acknowledgement date, receipt time) for the whole
    inbox; the page's henvendelser and cases are then read with their department and advisor in
    two queries, so the page costs the same whatever the size of the inbox.
    """
    office = _office()
    closing = _closing_days(office)
    keys: list[tuple[dt.date, float, str, int]] = [
        (due, -received_at.timestamp(), "case", pk)
        for pk, due, received_at in _cases_for(user)
        .filter(status=CaseStatus.MODTAGET)
        .values_list("pk", "acknowledgement_due", "henvendelse__received_at")
    ]
    if user is None or CasePolicy().can(user, "register"):
        due_on: dict[dt.date, dt.date] = {}
        for pk, received_at in _without_case().values_list("pk", "received_at"):
            received = timezone.localtime(received_at, TZ).date()
            if received not in due_on:
                due_on[received] = add_working_days(received, office.acknowledgement_working_days, closing_days=closing)
            keys.append((due_on[received], -received_at.timestamp(), "henvendelse", pk))
    keys.sort()
    start = max(page - 1, 0) * per_page
    window = keys[start:start + per_page]
    light = ("henvendelse__description", "henvendelse__desired_outcome")
    cases = Case.objects.select_related("henvendelse", "henvendelse__department", "assigned_to").defer(*light).in_bulk(
        [pk for _due, _at, kind, pk in window if kind == "case"]
    )
    henvendelser = Henvendelse.objects.select_related("department").defer("description", "desired_outcome").in_bulk(
        [pk for _due, _at, kind, pk in window if kind == "henvendelse"]
    )
    items = []
    for due, _at, kind, pk in window:
        if kind == "case":
            items.append(InboxItem(cases[pk].henvendelse, cases[pk], due))
        else:
            items.append(InboxItem(henvendelser[pk], None, due))
    return items, len(keys)


def henvendelse_for_staff(*, user, reference: str) -> Henvendelse | None:
    """A henvendelse ``user`` may list, with its case if it has one; None otherwise (no logging here)."""
    return (
        henvendelse_policy.visible(user)
        .select_related("department")
        .filter(reference=reference)
        .first()
    )


def case_for_work(*, user, reference: str) -> Case | None:
    """A case visible to ``user`` for a change (the view checks the action); not logged as a read."""
    return (
        CasePolicy().visible(user)
        .select_related("henvendelse", "henvendelse__department", "assigned_to")
        .filter(reference=reference)
        .first()
    )


def case_klagepunkter(*, case: Case) -> list[Klagepunkt]:
    return list(_rows(case, "klagepunkter", "department", "complaint_body", "decided_by", "closed_by"))


def caseworkers() -> QuerySet:
    """Users who can be assigned a case: active rådgivere and ledere."""
    return (
        get_user_model().objects.filter(is_active=True, groups__name__in=[Role.RAADGIVER.value, Role.LEDER.value])
        .distinct().order_by("first_name", "last_name", "username")
    )


# --- Deadlines -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeadlineItem:
    case: Case
    kind: str  # acknowledgement, target, hoering, forward_follow_up, henstilling_follow_up
    due: dt.date
    obj: Any


def _deadline_items(*, user, advisor, until: dt.date) -> Iterator[DeadlineItem]:
    cases = _cases_for(user)
    if advisor is not None:
        cases = cases.filter(assigned_to=advisor)
    for case in cases.filter(acknowledged_at__isnull=True, acknowledgement_due__lte=until).exclude(
        status__in=CLOSED_STATUSES
    ):
        yield DeadlineItem(case, "acknowledgement", case.acknowledgement_due, case)
    running = cases.filter(status__in=OPEN_STATUSES - {CaseStatus.AFVENTER_BORGER, CaseStatus.OPFOELGNING})
    for case in running.filter(target_date__lte=until):
        yield DeadlineItem(case, "target", case.target_date, case)
    for hoering in Hoering.objects.filter(
        case__in=cases, answer_received_on__isnull=True, deadline__lte=until,
    ).select_related("case"):
        yield DeadlineItem(hoering.case, "hoering", hoering.deadline, hoering)
    points = Klagepunkt.objects.filter(case__in=cases).select_related("case")
    for point in points.filter(forward_follow_up__lte=until).exclude(case__status=CaseStatus.AFSLUTTET):
        yield DeadlineItem(point.case, "forward_follow_up", point.forward_follow_up, point)
    for point in points.filter(henstilling_follow_up__lte=until, outcome=Outcome.HENSTILLING).exclude(
        case__status=CaseStatus.AFSLUTTET
    ):
        yield DeadlineItem(point.case, "henstilling_follow_up", point.henstilling_follow_up, point)


def deadlines_overdue(*, user=None, advisor=None, today: dt.date | None = None) -> list[DeadlineItem]:
    """Deadlines passed (before today), oldest first. ``advisor`` narrows to one advisor's cases."""
    today = today or _today()
    items = [item for item in _deadline_items(user=user, advisor=advisor, until=today) if item.due < today]
    return sorted(items, key=lambda item: (item.due, item.case.reference))


def deadlines_due_soon(
    *, user=None, advisor=None, today: dt.date | None = None, working_days: int | None = None,
) -> list[DeadlineItem]:
    """Deadlines from today up to ``working_days`` (the office's setting) ahead, soonest first."""
    today = today or _today()
    office = _office()
    horizon = add_working_days(
        today, office.due_soon_working_days if working_days is None else working_days,
        closing_days=_closing_days(office),
    )
    items = [item for item in _deadline_items(user=user, advisor=advisor, until=horizon) if item.due >= today]
    return sorted(items, key=lambda item: (item.due, item.case.reference))


def reminders_due(*, today: dt.date) -> list[tuple[int, str]]:
    """(høring id, kind) of every reminder and escalation due by ``today`` and not yet sent."""
    office = _office()
    closing = _closing_days(office)
    latest = add_working_days(today, office.hoering_reminder_working_days, closing_days=closing)
    due: list[tuple[int, str]] = []
    open_hoeringer = Hoering.objects.filter(answer_received_on__isnull=True, deadline__lte=latest).exclude(
        case__status=CaseStatus.AFSLUTTET
    )
    sent = {
        (hoering_id, kind)
        for hoering_id, kind in open_hoeringer.filter(dispatches__sent_at__isnull=False).values_list(
            "pk", "dispatches__kind"
        )
    }
    for hoering in open_hoeringer.only("pk", "deadline"):
        escalate_on = deadlines.escalation_date(
            hoering.deadline, working_days_after=office.hoering_escalation_working_days, closing_days=closing,
        )
        if today >= escalate_on:
            kind = ReminderKind.ESCALATION
        else:
            kind = ReminderKind.REMINDER
        if (hoering.pk, kind) not in sent:
            due.append((hoering.pk, str(kind)))
    return due


# --- Search --------------------------------------------------------------------------------------------


def case_search(
    *,
    user=None,
    query: str = "",
    status: str | None = None,
    department=None,
    ground: str | None = None,
    advisor=None,
    channel: str | None = None,
    deadline_before: dt.date | None = None,
) -> QuerySet[Case]:
    """Cases matching ``query`` (stemmed full text, a reference number or a name) and the filters.

    For a user who may not read case contents (``VIEW_CONTENTS``: the sekretær) the query matches
    the registration fields only — reference and name — and the klagepunkter (``ground``, their
    departments) are not searched: otherwise search would tell which cases contain a word that
    stands only in a description, note or høring answer (a content oracle).

    Built to stay fast at 100,000 henvendelser (bench/casework_bench.py): every condition on
    another table is a subquery (``IN``/``EXISTS``), so no join multiplies rows and no
    ``DISTINCT`` is needed over the wide, encrypted columns; the full-text match uses the GIN
    index on its own table, the reference its unique index; the order has an index of its own.
    """
    cases = _cases_for(user).select_related("henvendelse", "henvendelse__department", "assigned_to")
    contents = user is None or CasePolicy().can(user, VIEW_CONTENTS)
    query = query.strip()
    if query:
        cases = cases.filter(_query_q(query, contents=contents))
    if department is not None:
        in_department = Q(henvendelse__department=department)
        if contents:
            in_department |= Exists(Klagepunkt.objects.filter(case=OuterRef("pk"), department=department))
        cases = cases.filter(in_department)
    if ground and contents:
        cases = cases.filter(Exists(Klagepunkt.objects.filter(case=OuterRef("pk"), ground=ground)))
    filters = {"status": status, "assigned_to": advisor, "henvendelse__channel": channel,
               "target_date__lte": deadline_before}
    cases = cases.filter(**{name: value for name, value in filters.items() if value not in (None, "")})
    return cases.order_by("target_date", "-received_on", "-id")


def _query_q(query: str, *, contents: bool) -> Q:
    """What a search text matches: the reference, the name, and (with ``contents``) the full text."""
    # References are stored upper-case: an exact match uses the unique index (iexact cannot).
    found = Q(reference__in={query, query.upper()})
    if contents:
        found |= Q(henvendelse_id__in=SearchDocument.objects.filter(search.match_q(query)).values("henvendelse_id"))
    if not any(char.isdigit() for char in query):  # a name has no digits; skip the scan for reference numbers
        found |= Q(henvendelse_id__in=Henvendelse.objects.filter(name__icontains=query).values("pk"))
    return found


SEARCH_COUNT_CAP = 1000


def count_capped(queryset: QuerySet, cap: int | None = None) -> int:
    """How many rows ``queryset`` has, counting at most ``cap + 1`` (more than ``cap`` reads as ``cap + 1``).

    A common word matches a sixth of all cases; counting them all costs more than the page itself.
    """
    cap = SEARCH_COUNT_CAP if cap is None else cap
    return queryset.order_by().values("pk")[:cap + 1].count()


def case_keys_capped(queryset: QuerySet[Case], cap: int | None = None) -> list[int]:
    """The keys of the first ``cap + 1`` rows of ``queryset`` in its order, in one query.

    The search page counts and pages from these keys, so the match set (the full-text subquery) is
    computed once per page instead of once for the count and again for the rows.
    """
    cap = SEARCH_COUNT_CAP if cap is None else cap
    return list(queryset.values_list("pk", flat=True)[:cap + 1])


def cases_by_keys(keys: list[int]) -> list[Case]:
    """The cases with ``keys`` in that order, with what a list of cases shows (``case_rows.html``)."""
    found = (
        Case.objects.select_related("henvendelse", "henvendelse__department", "assigned_to")
        .defer("henvendelse__description", "henvendelse__desired_outcome")
        .in_bulk(keys)
    )
    return [found[key] for key in keys if key in found]


# --- The audit log ---------------------------------------------------------------------------------------


def audit_for_case(*, case: Case) -> QuerySet[AuditEvent]:
    """Every view and change of the case and its henvendelse, newest first."""
    return AuditEvent.objects.filter(
        Q(object_type=Case._meta.label_lower, object_id=str(case.pk))
        | Q(object_type=Henvendelse._meta.label_lower, object_id=str(case.henvendelse_id))
    )


def audit_for_user(*, user) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(user=user)


# --- For insights (aggregates, never shown as a list of cases) ---------------------------------------------


def klagepunkter_received_between(*, start: dt.date, end: dt.date) -> QuerySet[Klagepunkt]:
    """Klagepunkter of every case received from ``start`` to ``end`` (both included), restricted cases too.

    For the leader's aggregates only (insights: recurring problems); a page that lists the cases
    behind a figure filters them through ``CasePolicy`` itself and logs the read.
    """
    return Klagepunkt.objects.filter(case__received_on__gte=start, case__received_on__lte=end)
