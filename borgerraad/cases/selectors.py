"""Reads of casework: the inbox, a case with its journal, deadlines, search and the audit log.

``case_get`` is the one way to open a case for a person: it checks ``CasePolicy`` and records
the view in the audit log when the user may see the case's contents (databeskyttelsesforordningen
art. 32). Lists honour ``CasePolicy.visible`` when given a user, so a list and a detail page
never disagree.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from borgerraad.accounts.roles import Role
from borgerraad.accounts.start import count_capped as _count_capped
from borgerraad.accounts.start import counts_capped
from borgerraad.cases import deadlines, search
from borgerraad.cases.hooks import CASE_JOURNAL, HOERING_PREFETCH, hook_collect
from borgerraad.cases.models import (
    Case,
    CaseDocument,
    CaseStatus,
    Decision,
    Hoering,
    Klagepunkt,
    Message,
    Note,
    Outcome,
    ReminderKind,
    SearchDocument,
    StatusChange,
    TextStatus,
)
from borgerraad.cases.policies import VIEW_CONTENTS, CasePolicy
from borgerraad.cases.services import _closing_days, _office, case_target_explain, hoering_deadline_explain
from borgerraad.cases.workflow import OPEN_STATUSES
from borgerraad.core.calendar import TZ, add_working_days, local_date, local_today
from borgerraad.intake.models import Henvendelse, HenvendelseCorrection
from borgerraad.intake.policies import henvendelse_policy
from borgerraad.privacy.models import AuditAction, AuditEvent
from borgerraad.privacy.services import audit_record


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
                "department", "sent_by", "answer_registered_by",
            ).prefetch_related("extensions", "dispatches", *hook_collect(HOERING_PREFETCH))),  # letters: hooks
            Prefetch("notes", queryset=Note.objects.select_related("author")),
            Prefetch("messages", queryset=Message.objects.select_related("author").prefetch_related("attachments")),
            Prefetch("documents", queryset=CaseDocument.objects.select_related("attachment", "added_by")),
            Prefetch("henvendelse__corrections", queryset=HenvendelseCorrection.objects.select_related("by")),
        ]
    prefetch_related_objects([case], *lookups)
    return case


def _rows(case: Case, name: str, *related: str) -> QuerySet:
    """``case.<name>`` from ``case_prefetch`` if read already, else one query joining ``related``."""
    manager = getattr(case, name)
    if name in getattr(case, "_prefetched_objects_cache", {}):
        return manager.all()
    return manager.select_related(*related)


@dataclass(frozen=True)
class HoeringReminder:
    """A reminder or escalation of a sent, unanswered høring: when it is due, and when it went (or None)."""

    hoering: Hoering
    kind: str  # ReminderKind
    due: dt.date
    sent_at: dt.datetime | None

    @property
    def label(self) -> str:
        return str(ReminderKind(self.kind).label)


@dataclass(frozen=True)
class FollowUp:
    """A follow-up date of a klagepunkt: of a forwarded point (until the unit answers) or of a henstilling."""

    klagepunkt: Klagepunkt
    kind: str  # forward_follow_up, henstilling_follow_up
    due: dt.date
    done_on: dt.date | None = None  # the unit's answer to a forwarded point


def _hoering_reminders(hoering: Hoering, *, office, closing) -> list[HoeringReminder]:
    if hoering.deadline is None:
        return []
    sent = {dispatch.kind: dispatch.sent_at for dispatch in hoering.dispatches.all()}
    planned = [
        (ReminderKind.REMINDER, deadlines.reminder_date(
            hoering.deadline, working_days_before=office.hoering_reminder_working_days, closing_days=closing)),
        (ReminderKind.ESCALATION, deadlines.escalation_date(
            hoering.deadline, working_days_after=office.hoering_escalation_working_days, closing_days=closing)),
    ]
    return [
        HoeringReminder(hoering, str(kind), due, sent.get(kind))
        for kind, due in planned
        # once answered, only what went out is worth showing
        if sent.get(kind) is not None or hoering.answer_received_on is None
    ]


def case_deadlines(*, case: Case, today: dt.date | None = None) -> dict[str, Any]:
    """Every deadline of the case with its explanation: acknowledgement, own target, each høring with its
    reminder and escalation (planned date, and when each was sent), and the klagepunkter's follow-ups."""
    office = _office()
    closing = _closing_days(office)
    today = today or local_today()
    hoeringer = list(case.hoeringer.all())
    follow_ups = []
    for point in _rows(case, "klagepunkter", "department"):
        if point.forward_follow_up:
            follow_ups.append(FollowUp(point, "forward_follow_up", point.forward_follow_up, point.forward_answered_on))
        if point.henstilling_follow_up and point.outcome == Outcome.HENSTILLING:
            follow_ups.append(FollowUp(point, "henstilling_follow_up", point.henstilling_follow_up))
    return {
        "acknowledgement": deadlines.acknowledgement_deadline(
            case.received_on, working_days=office.acknowledgement_working_days, closing_days=closing,
        ),
        "target": case_target_explain(case=case, today=today, office=office),
        "hoeringer": [(hoering, hoering_deadline_explain(hoering=hoering, office=office)) for hoering in hoeringer],
        "reminders": [
            reminder for hoering in hoeringer if hoering.sent_at is not None
            for reminder in _hoering_reminders(hoering, office=office, closing=closing)
        ],
        "follow_ups": sorted(follow_ups, key=lambda item: (item.due, item.klagepunkt.number)),
    }


# --- The journal ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class JournalEntry:
    at: dt.datetime
    # henvendelse, attachment, visitation, note, hoering, hoering_answer, status, outcome, inbound, document,
    # correction; from the apps built on cases (``hooks.CASE_JOURNAL``): letter, letter_sent
    kind: str
    title: str
    obj: Any
    by: Any = None
    url: str = ""  # a page of the entry's own, linked under its title with ``link_text`` (e.g. the letter)
    link_text: str = ""


_KIND_ORDER = {
    "henvendelse": 0, "attachment": 1, "status": 2, "visitation": 3, "hoering": 4, "hoering_answer": 5,
    "note": 6, "outcome": 7, "inbound": 8, "letter": 9, "letter_sent": 10, "message": 11, "withdrawn": 12,
    "document": 13, "correction": 14,
}


def _midday(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12), TZ)


def _received_at(day: dt.date, registered_at: dt.datetime | None) -> dt.datetime:
    """When something received on ``day`` (a date only) stands in the journal: the moment it was
    registered when that was the same day, so it is never later than what it caused; else midday."""
    if registered_at is not None and timezone.localtime(registered_at, TZ).date() == day:
        return registered_at
    return _midday(day)


def case_journal(*, case: Case) -> list[JournalEntry]:
    """Every document and event of the case in order of time (ties in a fixed order of kinds)."""
    henvendelse = case.henvendelse
    entries = [JournalEntry(henvendelse.received_at, "henvendelse", _("Henvendelse modtaget"), henvendelse)]
    documents = list(_rows(case, "documents", "attachment", "added_by"))
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
        for correction in _rows(henvendelse, "corrections", "by")
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
                _received_at(hoering.answer_received_on, hoering.answer_registered_at), "hoering_answer",
                _("Svar fra %(department)s") % {"department": hoering.department.code},
                hoering, hoering.answer_registered_by,
            ))
    entries += [
        JournalEntry(note.created_at, "note", note.get_kind_display(), note, note.author)
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
    entries += [
        JournalEntry(
            message.created_at, "message",
            _("Besked fra borgeren") if message.from_citizen else _("Besked til borgeren"), message, message.author,
        )
        for message in _rows(case, "messages", "author")
    ]
    if case.withdrawn_at:
        entries.append(JournalEntry(case.withdrawn_at, "withdrawn", _("Borgeren har trukket klagen tilbage"), case))
    entries += hook_collect(CASE_JOURNAL, case=case)  # e.g. letters (letters/casework.py)
    return sorted(entries, key=lambda entry: (entry.at, _KIND_ORDER.get(entry.kind, len(_KIND_ORDER)),
                                              getattr(entry.obj, "pk", 0) or 0))


def _document_entry(document: CaseDocument) -> JournalEntry:
    """A document added to the case, at the time it was received (its upload time when added that day)."""
    at = _received_at(document.received_on, document.added_at)
    title = _("Dokument modtaget: %(kind)s (%(name)s)") % {
        "kind": document.get_kind_display(), "name": document.attachment.name_masked,
    }
    if document.text_status != TextStatus.EXTRACTED:
        title = f"{title} – {document.get_text_status_display()}"
    return JournalEntry(at, "document", title, document, document.added_by)


# --- Secure messages ------------------------------------------------------------------------------------


def case_messages(*, case: Case) -> list[Message]:
    if "messages" in getattr(case, "_prefetched_objects_cache", {}):
        return list(case.messages.all())
    return list(case.messages.select_related("author").prefetch_related("attachments"))


def messages_unread_for(*, user) -> QuerySet[Message]:
    """Messages from citizens not yet read by staff, on the cases ``user`` may see: items needing action."""
    return (
        Message.objects.filter(from_citizen=True, read_at__isnull=True, case__in=_cases_for(user))
        .select_related("case").order_by("created_at", "id")
    )


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
            received = local_date(henvendelse.received_at)
            due = add_working_days(received, office.acknowledgement_working_days, closing_days=closing)
            items.append(InboxItem(henvendelse, None, due))
    return sorted(items, key=lambda item: (item.acknowledgement_due, -item.henvendelse.received_at.timestamp()))


def inbox_page(
    *, user=None, page: int = 1, per_page: int = 25, today: dt.date | None = None, advisor=None,
    unassigned: bool = False,
) -> tuple[list[InboxItem], int]:
    """One page of ``inbox_list`` and the total count, fetching full rows only for that page.

    ``advisor``: only the cases assigned to that advisor; ``unassigned``: only what has no advisor
    (cases without one, and henvendelser without a case).

    The order is decided on light columns (id, acknowledgement date, receipt time): of the new cases
    only those up to this page, read in that order from an index, and the henvendelser without a
    case; the page's henvendelser and cases are then read with their department and advisor in two
    queries, so the page costs the same whatever the number of cases.
    """
    office = _office()
    closing = _closing_days(office)
    new_cases = _cases_for(user).filter(status=CaseStatus.MODTAGET)
    if advisor is not None:
        new_cases = new_cases.filter(assigned_to=advisor)
    elif unassigned:
        new_cases = new_cases.filter(assigned_to__isnull=True)
    # Only the cases up to this page, in the inbox's order, from the index of the new cases
    # (``cases_case_inbox``); a henvendelse without a case is rare (until it is visited), so all of those.
    shown = max(page, 1) * per_page
    keys: list[tuple[dt.date, float, str, int]] = [
        (due, -received_at.timestamp(), "case", pk)
        for pk, due, received_at in new_cases.order_by("acknowledgement_due", "-henvendelse__received_at", "pk")
        .values_list("pk", "acknowledgement_due", "henvendelse__received_at")[:shown]
    ]
    total = new_cases.count() if len(keys) == shown else len(keys)
    if advisor is None and (user is None or CasePolicy().can(user, "register")):
        due_on: dict[dt.date, dt.date] = {}
        for pk, received_at in _without_case().values_list("pk", "received_at"):
            received = local_date(received_at)
            if received not in due_on:
                due_on[received] = add_working_days(received, office.acknowledgement_working_days, closing_days=closing)
            keys.append((due_on[received], -received_at.timestamp(), "henvendelse", pk))
            total += 1
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
    return items, total


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


# Statuses in which the case's own target runs (the clock stops while waiting for the citizen).
_TARGET_RUNS = OPEN_STATUSES - {CaseStatus.AFVENTER_BORGER, CaseStatus.OPFOELGNING}


def _deadline_sources(*, user, advisor) -> dict[str, tuple[QuerySet, str]]:
    """Each kind of deadline: the rows that carry one (cases, høringer, klagepunkter of the cases ``user``
    may see, of ``advisor`` if given) and the name of the date field. The case's own deadlines are read
    through partial indexes of the open cases (``cases_case_ack_open``, ``cases_case_target_runs``)."""
    cases = _cases_for(user)
    # An advisor's høringer and follow-ups carry the advisor (kept in step with the case's): read from their
    # advisor's index in date order (``cases_hoering_advisor``, ``cases_kp_*_advisor``), each row's case checked
    # by its key, rather than every open follow-up's case checked in date order.
    mine: dict[str, Any] = {}
    points = Klagepunkt.objects.all()
    if advisor is not None:
        cases = cases.filter(assigned_to=advisor)
        mine = {"advisor": advisor}
        points = points.filter(open_case_advisor=advisor)
    # The follow-ups of open cases (a merged duplicate, the other closed status, has no klagepunkter: it is
    # merged before visitation), found from the open cases' index (``cases_case_open_workload``).
    points = points.filter(case__in=cases.filter(status__in=OPEN_STATUSES))
    return {
        "acknowledgement": (cases.filter(acknowledged_at__isnull=True, status__in=OPEN_STATUSES),
                            "acknowledgement_due"),
        "target": (cases.filter(status__in=_TARGET_RUNS), "target_date"),
        "hoering": (Hoering.objects.filter(case__in=cases, answer_received_on__isnull=True, deadline__isnull=False,
                                           **mine), "deadline"),
        # until the unit answers (docs/cases.md: the deadline box, the start page)
        "forward_follow_up": (points.filter(forward_follow_up__isnull=False, forward_answered_on__isnull=True),
                              "forward_follow_up"),
        "henstilling_follow_up": (points.filter(outcome=Outcome.HENSTILLING, henstilling_follow_up__isnull=False),
                                  "henstilling_follow_up"),
    }


def _deadline_item(kind: str, row, field: str) -> DeadlineItem:
    case = row if isinstance(row, Case) else row.case
    return DeadlineItem(case, kind, getattr(row, field), row)


def _deadline_rows(queryset: QuerySet, field: str) -> QuerySet:
    """The rows in deadline order (then the case's reference), with their case."""
    if queryset.model is Case:
        return queryset.order_by(field, "reference")
    return queryset.select_related("case").order_by(field, "case__reference", "pk")


def _deadline_items(*, user, advisor, until: dt.date) -> Iterator[DeadlineItem]:
    for kind, (rows, field) in _deadline_sources(user=user, advisor=advisor).items():
        for row in _deadline_rows(rows.filter(**{f"{field}__lte": until}), field):
            yield _deadline_item(kind, row, field)


@dataclass(frozen=True)
class DeadlineKind:
    """The first ``limit`` deadlines of one kind up to a date, soonest first, and how many there are
    (counted up to a cap) and of them passed."""

    kind: str
    items: list[DeadlineItem]
    count: int
    overdue: int


@dataclass(frozen=True)
class DeadlineRow:
    """A deadline as the start page lists it: read as values, not as model instances."""

    due: dt.date
    reference: str  # the case's
    status: str  # the case's (a ``CaseStatus`` value)


@dataclass(frozen=True)
class DeadlineRows:
    """The first deadlines of one kind (``DeadlineRow``), soonest first, and how many there are (counted up
    to a cap) and of them passed."""

    kind: str
    rows: list[DeadlineRow]
    count: int
    overdue: int


def deadlines_of_kinds(
    *, user, advisor, today: dt.date, until: dict[str, dt.date], limit: int, cap: int,
) -> list[DeadlineRows]:
    """For each kind in ``until`` (kind -> the last date to include): its first ``limit`` deadlines of the
    cases ``user`` may see and ``advisor`` has, and its counts, each read from an index up to ``cap + 1``
    rows (all counts in one query, then one query per kind that has any); the start page's deadline
    items at any number of cases. The rows are read as values (date, the case's reference and status):
    the page shows only the first of all kinds together, so no model instance is built for them."""
    sources = _deadline_sources(user=user, advisor=advisor)
    due = {kind: sources[kind][0].filter(**{f"{sources[kind][1]}__lte": last}) for kind, last in until.items()}
    late = {kind: sources[kind][0].filter(**{f"{sources[kind][1]}__lt": today}) for kind in until}
    with _advisor_walk(advisor):
        counted = iter(counts_capped([*due.values(), *late.values()], cap))
        counts = dict(zip(until, counted, strict=False))
        overdue = dict(zip(until, counted, strict=False))
        kinds = []
        for kind in until:
            rows: list[DeadlineRow] = []
            if counts[kind]:
                field = sources[kind][1]
                case = "" if due[kind].model is Case else "case__"
                values = _deadline_rows(due[kind], field).values_list(field, f"{case}reference", f"{case}status")
                rows = [DeadlineRow(*row) for row in values[:limit]]
            kinds.append(DeadlineRows(kind, rows, counts[kind], overdue[kind]))
        return kinds


def _advisor_walk(advisor):
    """One advisor's deadlines: from the advisor's indexes, each row's case checked by key (``_index_walk``)."""
    return _index_walk() if advisor is not None else nullcontext()


DEADLINE_KIND_ORDER = ("acknowledgement", "target", "hoering", "forward_follow_up", "henstilling_follow_up")


def _deadlines_in(queryset: QuerySet, field: str, since: dt.date | None, until: dt.date) -> QuerySet:
    within = {f"{field}__lte": until}
    if since is not None:
        within[f"{field}__gte"] = since
    return queryset.filter(**within)


def _deadline_list_rows(queryset: QuerySet, field: str) -> QuerySet:
    """``_deadline_rows`` with what a list of deadlines shows (the case's status and advisor)."""
    if queryset.model is Case:
        return _deadline_rows(queryset, field).select_related("assigned_to")
    # not the row's texts (encrypted, not shown in the list)
    texts = {Klagepunkt: ("description", "decision_reason", "outcome_reason", "triage_suggestion"),
             Hoering: ("questions", "answer_text")}[queryset.model]
    return _deadline_rows(queryset, field).select_related("case__assigned_to").defer(*texts)


def deadlines_between(
    *, user, advisor, since: dt.date | None, until: dt.date, today: dt.date, limit: int, cap: int,
    kinds: tuple[str, ...] = DEADLINE_KIND_ORDER,
) -> list[DeadlineKind]:
    """The first ``limit`` deadlines of all ``kinds`` together from ``since`` (None: any time before) to
    ``until`` of the cases ``user`` may see (of ``advisor`` if given), soonest first, as each kind's share
    of them, with how many each kind has and of them passed, counted up to ``cap + 1`` (all counts in one
    query). Only keys are read to choose them (the first ``limit`` of each kind that has any, one query
    each), then the chosen rows (one query per kind among them): the Frister page at any number of cases."""
    sources = _deadline_sources(user=user, advisor=advisor)
    due = {kind: _deadlines_in(sources[kind][0], sources[kind][1], since, until) for kind in kinds}
    # A section wholly before today is all overdue, one from today on has none: counted once.
    late = {kind: due[kind].filter(**{f"{sources[kind][1]}__lt": today}) for kind in kinds}
    wholly_late, none_late = until < today, since is not None and since >= today
    with _advisor_walk(advisor):
        counted = iter(counts_capped([*due.values(), *([] if wholly_late or none_late else late.values())], cap))
        counts = dict(zip(kinds, counted, strict=False))
        overdue = counts if wholly_late else dict.fromkeys(kinds, 0) if none_late else dict(
            zip(kinds, counted, strict=False))
        first: list[tuple[dt.date, str, str, int]] = []
        for kind in kinds:
            if counts[kind]:
                field = sources[kind][1]
                reference = "reference" if due[kind].model is Case else "case__reference"
                first += [(day, ref, kind, pk) for pk, day, ref in
                          _deadline_rows(due[kind], field).values_list("pk", field, reference)[:limit]]
        chosen = sorted(first)[:limit]
        items: dict[str, list[DeadlineItem]] = {kind: [] for kind in kinds}
        for kind in kinds:
            keys = [pk for _day, _ref, of, pk in chosen if of == kind]
            if keys:
                field = sources[kind][1]
                rows = _deadline_list_rows(due[kind].model.objects.filter(pk__in=keys), field)
                items[kind] = [_deadline_item(kind, row, field) for row in rows]
    return [DeadlineKind(kind, items[kind], counts[kind], overdue[kind]) for kind in kinds]


def deadlines_of_kind_page(
    *, user, advisor, kind: str, until: dt.date, page: int, per_page: int,
) -> tuple[list[DeadlineItem], bool]:
    """One page (from 1) of the deadlines of ``kind`` up to ``until`` (passed ones first, oldest first) of the
    cases ``user`` may see (of ``advisor`` if given), and whether there are more after it: the Frister
    page's "Vis flere", read from the kind's index up to the page's end (``per_page + 1`` rows past its
    start), however many there are."""
    rows, field = _deadline_sources(user=user, advisor=advisor)[kind]
    start = (max(page, 1) - 1) * per_page
    with _advisor_walk(advisor):
        found = list(_deadline_list_rows(_deadlines_in(rows, field, None, until), field)[start:start + per_page + 1])
    return [_deadline_item(kind, row, field) for row in found[:per_page]], len(found) > per_page


def deadlines_overdue(*, user=None, advisor=None, today: dt.date | None = None) -> list[DeadlineItem]:
    """Deadlines passed (before today), oldest first. ``advisor`` narrows to one advisor's cases."""
    today = today or local_today()
    items = [item for item in _deadline_items(user=user, advisor=advisor, until=today) if item.due < today]
    return sorted(items, key=lambda item: (item.due, item.case.reference))


def deadlines_due_soon(
    *, user=None, advisor=None, today: dt.date | None = None, working_days: int | None = None,
) -> list[DeadlineItem]:
    """Deadlines from today up to ``working_days`` (the office's setting) ahead, soonest first."""
    today = today or local_today()
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

    Results are in order of the case's own deadline (``target_date``), then newest first. Every
    condition on another table is a subquery (``IN``/``EXISTS``), so no join multiplies rows and no
    ``DISTINCT`` is needed over the wide, encrypted columns. The search page does not read this
    queryset whole: it reads the keys of its first matches with ``case_search_keys``.
    """
    wanted = _Search.build(user=user, query=query, status=status, department=department, ground=ground,
                           advisor=advisor, channel=channel, deadline_before=deadline_before)
    cases = wanted.cases.select_related("henvendelse", "henvendelse__department", "assigned_to")
    if wanted.query:
        cases = cases.filter(_query_q(wanted.query, contents=wanted.contents))
    return cases


def case_search_keys(*, cap: int | None = None, **criteria) -> list[int]:
    """The keys of the first ``cap + 1`` cases ``case_search(**criteria)`` finds, in its order.

    What the search page reads: it counts these (more than ``cap``: "Over 1.000 sager fundet") and
    reads a page's cases by key (``cases_by_keys``). Built for 1,000,000 henvendelser
    (bench/casework_bench.py, docs/cases.md "Performance"), in two ways depending on how common the
    words are, as each source of matches tells with a capped read (``SEARCH_CANDIDATES``):

    - few matches (a name, a rare word, a reference number): the matching keys are read from each
      source (the full-text GIN index, the name's trigram index, the reference's unique index), and
      only those cases are ordered;
    - a common word (more than ``SEARCH_CANDIDATES`` documents): ordering every match would read a
      sixth of all cases, so the cases are read in the order of an index (``cases_case_search_order``,
      or a filter's own) and each is checked against the index of its own document until
      ``cap + 1`` are found: a few thousand rows, however many match.
    """
    cap = SEARCH_COUNT_CAP if cap is None else cap
    wanted = _Search.build(**criteria)
    if not wanted.query:
        return list(wanted.cases.values_list("pk", flat=True)[:cap + 1])
    few: set[int] = set()
    common: list[Exists] = []
    for matches, per_case, one_word in wanted.sources():
        sure = one_word and _estimated_rows(matches) > SEARCH_CANDIDATES_SURE  # no need to read them to know
        keys = [] if sure else list(matches[:SEARCH_CANDIDATES + 1])
        if sure or len(keys) > SEARCH_CANDIDATES:
            common.append(per_case)
        else:
            few.update(keys)
    order = ("pk", "target_date", "received_on")
    found = wanted.cases.filter(Q(reference__in=_references(wanted.query)) | Q(henvendelse_id__in=few))
    rows = list(found.values_list(*order)[:cap + 1])
    if not common:
        return [row[0] for row in rows]
    for per_case in common:
        rows += _in_index_order(wanted.cases.filter(per_case).values_list(*order)[:cap + 1])
    # The first cap + 1 of the union, in the search order (soonest deadline, then newest first).
    merged = sorted(dict.fromkeys(rows), key=lambda row: (row[1], -row[2].toordinal(), -row[0]))
    return [row[0] for row in merged[:cap + 1]]


@dataclass
class _Search:
    """The visible cases with the filters, in the search order; the query and what it may match."""

    cases: QuerySet[Case]
    query: str
    contents: bool

    @classmethod
    def build(cls, *, user=None, query: str = "", status=None, department=None, ground=None, advisor=None,
              channel=None, deadline_before=None) -> _Search:
        cases = _cases_for(user)
        contents = user is None or CasePolicy().can(user, VIEW_CONTENTS)
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
        return cls(cases=cases.order_by("target_date", "-received_on", "-id"), query=query.strip(), contents=contents)

    def sources(self) -> list[tuple[QuerySet, Exists, bool]]:
        """Where the query may match besides the reference: the name, and with ``contents`` the full text.

        Each as the keys of the henvendelser it matches (read from its own index, in no order), as the
        same check of one case at a time (by the primary key of the case's henvendelse), and whether the
        database's estimate of its size can be trusted (one word: its frequency is in the statistics).
        """
        sources = []
        if _may_be_name(self.query):
            names = Henvendelse.objects.filter(name__icontains=self.query).order_by()
            sources.append((names.values_list("pk", flat=True),
                            Exists(names.filter(pk=OuterRef("henvendelse_id"))), False))
        if self.contents:
            documents = SearchDocument.objects.filter(search.match_q(self.query)).order_by()
            sources.append((documents.values_list("henvendelse_id", flat=True),
                            Exists(documents.filter(henvendelse_id=OuterRef("henvendelse_id"))),
                            len(search.words(self.query)) == 1))
        return sources


def _estimated_rows(queryset: QuerySet) -> float:
    """PostgreSQL's estimate of how many rows ``queryset`` has, from the column statistics (0 elsewhere).

    For a word the statistics know how common it is (the lexemes' frequencies); for several words the
    estimate assumes they are independent and is low, so only a high estimate is trusted.
    """
    if connection.vendor != "postgresql":
        return 0
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    return (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]["Plan Rows"]


# Reading in the order of an index and checking each row's case by primary key, without parallel workers or
# JIT compilation (which cost more than such a short read): the plan for the common search words and for one
# advisor's deadlines (``_index_walk``).
_NESTED_LOOPS = {"enable_hashjoin": "off", "enable_mergejoin": "off", "enable_bitmapscan": "off", "jit": "off",
                 "max_parallel_workers_per_gather": "0"}


@contextmanager
def _index_walk(**more: str) -> Iterator[None]:
    """On PostgreSQL, the queries inside are planned as ``_NESTED_LOOPS`` (and ``more``), then as before.

    For reads known to find what they need early in an index's order where the planner, estimating from
    statistics that do not know it, would read every candidate and join them by hash: several search words
    (assumed independent, so underestimated), or an advisor's follow-ups (the rows carry the advisor, and
    their cases are checked one by one by key instead of hashing the advisor's every case).
    """
    if connection.vendor != "postgresql":
        yield
        return
    planner = {**_NESTED_LOOPS, **more}
    names = list(planner)
    each = ", ".join(["current_setting(%s)"] * len(names))
    local = ", ".join(["set_config(%s, %s, true)"] * len(names))
    outer = connection.in_atomic_block
    with transaction.atomic(), connection.cursor() as cursor:
        if outer:  # one round trip each way: what was set, then these queries'
            cursor.execute(f"SELECT {each}", names)
            before = cursor.fetchone()
        cursor.execute(f"SELECT {local}", [value for item in planner.items() for value in item])
        yield
        # Inside an outer transaction a local setting would outlive this block: back as it was (without one,
        # the transaction's end undoes it).
        if outer:
            cursor.execute(f"SELECT {local}", [value for pair in zip(names, before, strict=True) for value in pair])


def _in_index_order(queryset: QuerySet) -> list:
    """The rows of ``queryset`` (ordered, limited, with one ``EXISTS`` check), read case by case in index order.

    The caller knows the check matches many cases, so the first ones in the order come early. PostgreSQL's
    planner cannot know that for several words (it assumes they are independent and underestimates), and
    would read every match and sort them; for this one query it is told to use no hash or merge join, no
    bitmap scan and no sort (``_index_walk``), which leaves reading the order's index (the filter's status,
    or the search order) and checking each case's own document by primary key.
    """
    with _index_walk(enable_sort="off"):
        return list(queryset)


def _references(query: str) -> set[str]:
    # References are stored upper-case: an exact match uses the unique index (iexact cannot).
    return {query, query.upper()}


def _may_be_name(query: str) -> bool:
    return not any(char.isdigit() for char in query)  # a name has no digits; no scan for reference numbers


def _query_q(query: str, *, contents: bool) -> Q:
    """What a search text matches: the reference, the name, and (with ``contents``) the full text."""
    found = Q(reference__in=_references(query))
    if contents:
        found |= Q(henvendelse_id__in=SearchDocument.objects.filter(search.match_q(query)).values("henvendelse_id"))
    if _may_be_name(query):
        found |= Q(henvendelse_id__in=Henvendelse.objects.filter(name__icontains=query).values("pk"))
    return found


SEARCH_COUNT_CAP = 1000
# A source of matches (the words' documents, the names) with more than this many is "common": the cases
# are then read in index order and checked one by one instead of ordering every match.
SEARCH_CANDIDATES = 5000
# On PostgreSQL a single word the statistics estimate in more documents than this is common without
# reading them (the GIN index would have to list every one of them first).
SEARCH_CANDIDATES_SURE = 20_000


def count_capped(queryset: QuerySet, cap: int | None = None) -> int:
    """How many rows ``queryset`` has, counting at most ``cap + 1`` (more than ``cap`` reads as ``cap + 1``).

    A common word matches a sixth of all cases; counting them all costs more than the page itself.
    """
    return _count_capped(queryset, SEARCH_COUNT_CAP if cap is None else cap)


def case_keys_capped(queryset: QuerySet[Case], cap: int | None = None) -> list[int]:
    """The keys of the first ``cap + 1`` rows of ``queryset`` in its order, in one query."""
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


# --- The status timeline shown outside the office ("Mine sager", council members' referrals) ----------

# The citizen's words for the workflow's statuses: several internal steps read as one to the citizen.
_TIMELINE_STEP = {
    CaseStatus.MODTAGET: "received", CaseStatus.VISITERET: "working", CaseStatus.UNDER_BEHANDLING: "working",
    CaseStatus.VURDERING: "working", CaseStatus.GENOPTAGET: "working", CaseStatus.HOERING: "department",
    CaseStatus.AFVENTER_BORGER: "waiting", CaseStatus.AFSLUTTET: "answered", CaseStatus.OPFOELGNING: "follow_up",
}
_TIMELINE_LABEL = {
    "received": _lazy("Modtaget"),
    "working": _lazy("Vi behandler din sag"),
    "department": _lazy("Vi har spurgt forvaltningen"),
    "waiting": _lazy("Vi venter på svar fra dig"),
    "answered": _lazy("Svar sendt, sagen er afsluttet"),
    "follow_up": _lazy("Vi følger op på sagen"),
    "withdrawn": _lazy("Du har trukket klagen tilbage"),
}


@dataclass(frozen=True)
class TimelineStep:
    key: str
    label: str
    at: dt.datetime
    current: bool = False


@dataclass(frozen=True)
class Timeline:
    steps: list[TimelineStep]
    next_label: str = ""  # what happens next, in plain words
    next_due: dt.date | None = None


def case_timeline(*, henvendelse: Henvendelse, case: Case | None) -> Timeline:
    """The case's history in the citizen's words, without reasons or staff notes, and the next date due."""
    if case is None:
        return Timeline([TimelineStep("received", str(_TIMELINE_LABEL["received"]), henvendelse.received_at, True)])
    steps: list[TimelineStep] = []
    for change in case.status_changes.order_by("at", "id"):
        key = _TIMELINE_STEP.get(change.to_status, "working")
        if not steps or steps[-1].key != key:
            steps.append(TimelineStep(key, str(_TIMELINE_LABEL[key]), change.at))
    if case.withdrawn_at:
        steps.append(TimelineStep("withdrawn", str(_TIMELINE_LABEL["withdrawn"]), case.withdrawn_at))
    if steps:
        steps[-1] = TimelineStep(steps[-1].key, steps[-1].label, steps[-1].at, True)
    if case.status == CaseStatus.AFSLUTTET:
        return Timeline(steps)
    if case.status == CaseStatus.AFVENTER_BORGER:
        return Timeline(steps, str(_lazy("Vi venter på svar fra dig. Sagens frist står stille imens.")))
    open_hoering = case.hoeringer.filter(sent_at__isnull=False, answer_received_on__isnull=True).order_by("deadline")
    hoering = open_hoering.first()
    if case.status == CaseStatus.HOERING and hoering is not None and hoering.deadline:
        return Timeline(steps, str(_lazy("Forvaltningen skal svare os senest")), hoering.deadline)
    if case.acknowledged_at is None and case.status == CaseStatus.MODTAGET:
        return Timeline(steps, str(_lazy("Du får en kvittering fra os senest")), case.acknowledgement_due)
    return Timeline(steps, str(_lazy("Vi regner med at svare dig senest")), case.target_date)


# --- The start page (accounts.start; cases.start registers the provider) -------------------------------------


@dataclass(frozen=True)
class OpenCase:
    """A row of "Mine sager", read as values (not a model instance)."""

    pk: int
    reference: str
    name: str  # the henvendelse's (the citizen's name)
    status: str  # a ``CaseStatus`` value
    status_label: str  # the status in words, translated
    next_due: dt.date | None
    next_kind: str  # a DeadlineItem kind, or "" when nothing is due


def due_soon_until(today: dt.date) -> dt.date:
    """The last day that counts as due soon: the office's ``due_soon_working_days`` after ``today``."""
    office = _office()
    return add_working_days(today, office.due_soon_working_days, closing_days=_closing_days(office))


MY_CASES_SHOWN = 50


def cases_open_of_advisor(
    *, user, advisor, today: dt.date | None = None, limit: int = MY_CASES_SHOWN,
) -> tuple[list[OpenCase], int]:
    """The cases assigned to ``advisor`` that are not closed and that ``user`` may see, each with its
    next deadline (acknowledgement, own target, høring, follow-ups), soonest first: the first ``limit``
    of them, and how many there are.

    Exact without reading every open case: a case among the first ``limit`` by (next deadline,
    reference) is among the first ``limit`` of the kind of deadline that is its next one in the same
    order, so the candidates are the first ``limit`` of each kind, and only they are read and compared.
    The follow-up rows carry the advisor: they are read from the advisor's indexes, each row's case
    checked by key (``_index_walk``).
    """
    with _index_walk():
        return _cases_open_of_advisor(user=user, advisor=advisor, limit=limit)


def _cases_open_of_advisor(*, user, advisor, limit: int) -> tuple[list[OpenCase], int]:
    mine = _cases_for(user).filter(assigned_to=advisor, status__in=OPEN_STATUSES)
    ids = mine.values("pk")
    candidates = set(mine.filter(acknowledged_at__isnull=True).order_by("acknowledgement_due", "reference")
                     .values_list("pk", flat=True)[:limit])
    candidates |= set(mine.filter(status__in=_TARGET_RUNS).order_by("target_date", "reference")
                      .values_list("pk", flat=True)[:limit])
    # The rows carry the case's advisor (``advisor``): each kind's first ones come from its advisor's index.
    hoeringer = Hoering.objects.filter(case_id__in=ids, advisor=advisor, answer_received_on__isnull=True,
                                       deadline__isnull=False)
    candidates |= set(hoeringer.order_by("deadline", "case__reference").values_list("case_id", flat=True)[:limit])
    forwards = Klagepunkt.objects.filter(case_id__in=ids, open_case_advisor=advisor, forward_follow_up__isnull=False,
                                         forward_answered_on__isnull=True)
    candidates |= set(forwards.order_by("forward_follow_up", "case__reference")
                      .values_list("case_id", flat=True)[:limit])
    henstillinger = Klagepunkt.objects.filter(case_id__in=ids, open_case_advisor=advisor,
                                              henstilling_follow_up__isnull=False,
                                              outcome=Outcome.HENSTILLING)
    candidates |= set(henstillinger.order_by("henstilling_follow_up", "case__reference")
                      .values_list("case_id", flat=True)[:limit])
    total = mine.count()
    if len(candidates) < limit:  # few cases with deadlines: fill up with those without one
        candidates |= set(mine.exclude(pk__in=candidates).order_by("-received_on").values_list("pk", flat=True)[
            :limit - len(candidates)])
    # As values: up to ``limit`` of each kind are compared, only the first ``limit`` are shown.
    cases = list(
        Case.objects.filter(pk__in=candidates).values_list(
            "pk", "reference", "henvendelse__name", "status", "acknowledgement_due", "acknowledged_at",
            "target_date")
    )
    due: dict[int, list[tuple[dt.date, str]]] = {}
    for pk, _reference, _name, status, acknowledgement_due, acknowledged_at, target_date in cases:
        due[pk] = []
        if acknowledged_at is None:
            due[pk].append((acknowledgement_due, "acknowledgement"))
        if status in _TARGET_RUNS:
            due[pk].append((target_date, "target"))
    for case_id, deadline in hoeringer.filter(case_id__in=due).values_list("case_id", "deadline"):
        due[case_id].append((deadline, "hoering"))
    for case_id, day in forwards.filter(case_id__in=due).values_list("case_id", "forward_follow_up"):
        due[case_id].append((day, "forward_follow_up"))
    for case_id, day in henstillinger.filter(case_id__in=due).values_list("case_id", "henstilling_follow_up"):
        due[case_id].append((day, "henstilling_follow_up"))
    labels = {value: str(label) for value, label in CaseStatus.choices}  # translated once, not per row
    rows = [OpenCase(pk, reference, name or "", status, labels.get(status, status), *min(due[pk], default=(None, "")))
            for pk, reference, name, status, *_dates in cases]
    rows.sort(key=lambda row: (row.next_due is None, row.next_due or dt.date.max, row.reference))
    return rows[:limit], total


@dataclass(frozen=True)
class Workload:
    advisor: Any  # a user, or None for cases without an advisor
    open: int
    new: int  # in Modtaget: not visited yet
    overdue: int  # acknowledgement or own target passed


def workload_per_advisor(*, user, today: dt.date | None = None) -> list[Workload]:
    """Open cases per advisor (and without one) among the cases ``user`` may see, in one aggregate query."""
    today = today or local_today()
    late = Q(acknowledged_at__isnull=True, acknowledgement_due__lt=today) | Q(
        status__in=_TARGET_RUNS, target_date__lt=today)
    rows = list(
        _cases_for(user).filter(status__in=OPEN_STATUSES).order_by().values("assigned_to")
        # Counted by ``status`` (never empty), a column of ``cases_case_open_workload`` as every other column
        # read here, so the rows are counted from that index alone; COUNT(id) would read every open case.
        .annotate(open=Count("status"), new=Count("status", filter=Q(status=CaseStatus.MODTAGET)),
                  overdue=Count("status", filter=late))
    )
    users = get_user_model().objects.in_bulk([row["assigned_to"] for row in rows if row["assigned_to"]])
    loads = [Workload(users.get(row["assigned_to"]), row["open"], row["new"], row["overdue"]) for row in rows]
    return sorted(loads, key=lambda load: (load.advisor is None, -load.open,
                                            load.advisor.get_username() if load.advisor else ""))


def cases_unassigned(*, user, limit: int = 10) -> tuple[list[Case], int]:
    """Cases not closed and without an advisor that ``user`` may see, most urgent acknowledgement first,
    at most ``limit`` of them, and how many henvendelser wait in the inbox without a case."""
    cases = list(
        _cases_for(user).filter(assigned_to__isnull=True, status__in=OPEN_STATUSES)
        .select_related("henvendelse").only("pk", "reference", "status", "acknowledgement_due", "acknowledged_at",
                                            "henvendelse__name")
        .order_by("acknowledgement_due", "pk")[:limit]
    )
    without_case = _without_case().count() if CasePolicy().can(user, "register") else 0
    return cases, without_case


def inbox_count(*, user) -> int:
    """How many henvendelser ``inbox_page`` lists for ``user`` (two COUNT queries)."""
    count = _cases_for(user).filter(status=CaseStatus.MODTAGET).count()
    if CasePolicy().can(user, "register"):
        count += _without_case().count()
    return count
