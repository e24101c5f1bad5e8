"""What letters adds to casework, through the hooks cases offers (``cases/hooks.py``).

Letters builds on cases and never the other way round: these listeners are registered in
``LettersConfig.ready()``.

Close-guards (docs/cases.md#workflow, docs/letters.md):

- ``conclusion_letter``: a case with a klagepunkt taken up as a case closes only on a conclusion
  letter (*Afslutning med udfald*) confirmed sent by its channel, finalised after the case was
  last reopened; a conclusion letter that is still a draft, or final and not confirmed, refuses
  the closing on any case.
- ``forwarded_points_told`` and ``guided_points_told`` (warnings, not refusals): forwarded points
  without a confirmed *Videresendelse til enheden*, guided points without a confirmed *Vejledning
  om anden klageinstans*; the advisor may have told the citizen another way, so closing goes on.

The journal shows every finalised letter (linked to its page) and each confirmed dispatch. The case
page (``case_page``) gets the link to the whole case as one PDF, the *Breve* section, and in the row
of a høring not yet sent its høringsbrev or the button that drafts it. A høring created to be sent
from here gets its høringsbrev drafted at once; cancelling an unsent høring deletes its drafts and
is refused once its letter is final.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Exists, Max, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from borgerraad.cases.hooks import CasePagePart, CloseCheck
from borgerraad.cases.models import CaseStatus, Decision, StatusChange
from borgerraad.cases.selectors import JournalEntry
from borgerraad.letters import forms, selectors
from borgerraad.letters.models import Dispatch, DispatchStatus, Letter, LetterKind, LetterStatus
from borgerraad.letters.policies import may_work_on_letters
from borgerraad.letters.services import letter_draft


def _letters_with_confirmation(case, kinds):
    confirmed = Dispatch.objects.filter(letter=OuterRef("pk"), status=DispatchStatus.SENT)
    return Letter.objects.filter(case=case, kind__in=list(kinds)).annotate(confirmed=Exists(confirmed))


def close_checks(*, case) -> list[CloseCheck]:
    """The letters' close-guards for ``case`` (see the module docstring)."""
    letters = list(_letters_with_confirmation(
        case, (LetterKind.AFSLUTNING, LetterKind.VIDERESENDELSE, LetterKind.VEJLEDNING),
    ))
    conclusions = [letter for letter in letters if letter.kind == LetterKind.AFSLUTNING]
    checks = []
    if any(letter.status == LetterStatus.DRAFT for letter in conclusions):
        checks.append(CloseCheck("conclusion_letter", _(
            "Sagen kan ikke afsluttes, mens afslutningsbrevet er et udkast. Gør det endeligt og send det; "
            "sagen kan afsluttes, når afsendelsen er bekræftet."
        )))
    elif any(letter.is_final and not letter.confirmed for letter in conclusions):
        checks.append(CloseCheck("conclusion_letter", _(
            "Sagen kan ikke afsluttes, før afslutningsbrevet er bekræftet sendt."
        )))
    elif case.klagepunkter.filter(decision=Decision.CASE).exists():
        reopened = StatusChange.objects.filter(case=case, to_status=CaseStatus.GENOPTAGET).aggregate(at=Max("at"))["at"]
        if not any(letter.confirmed and (reopened is None or letter.finalised_at > reopened) for letter in conclusions):
            checks.append(CloseCheck("conclusion_letter", _(
                "Sagen kan ikke afsluttes uden et afslutningsbrev til borgeren. Opret det under “Breve” "
                "(Afslutning med udfald), gør det endeligt og send det; sagen kan afsluttes, når afsendelsen "
                "er bekræftet."
            ) if reopened is None else _(
                "Sagen er genoptaget og kan ikke afsluttes uden et nyt afslutningsbrev til borgeren, bekræftet "
                "sendt."
            )))
    told = {letter.kind for letter in letters if letter.confirmed}
    for decision, kind, rule in (
        (Decision.FORWARD, LetterKind.VIDERESENDELSE, "forwarded_points_told"),
        (Decision.GUIDE, LetterKind.VEJLEDNING, "guided_points_told"),
    ):
        if kind in told:
            continue
        numbers = [str(n) for n in case.klagepunkter.filter(decision=decision).order_by("number")
                   .values_list("number", flat=True)]
        if not numbers:
            continue
        message = (
            _("Klagepunkt %(points)s er videresendt til enheden, men der er ikke sendt et brev til borgeren om "
              "videresendelsen (“%(kind)s”).")
            if decision == Decision.FORWARD else
            _("Klagepunkt %(points)s er vejledt om en anden klageinstans, men der er ikke sendt et brev til "
              "borgeren med vejledningen (“%(kind)s”).")
        ) % {"points": ", ".join(numbers), "kind": LetterKind(kind).label}
        checks.append(CloseCheck(rule, message, blocks=False))
    return checks


def journal_entries(*, case) -> list[JournalEntry]:
    """Finalised letters (content and PDF are kept immutably) and each confirmed dispatch."""
    entries = []
    for letter in (Letter.objects.filter(case=case, status=LetterStatus.FINAL)
                   .select_related("finalised_by").prefetch_related("dispatches__confirmed_by")):
        entries.append(JournalEntry(
            letter.finalised_at, "letter",
            _("Brev: %(kind)s (endeligt, til %(recipient)s)")
            % {"kind": letter.get_kind_display(), "recipient": letter.recipient_name},
            letter, letter.finalised_by,
            url=reverse("letters:detail", args=[case.reference, letter.pk]), link_text=letter.subject,
        ))
        entries += [
            JournalEntry(
                dispatch.confirmed_at, "letter_sent",
                _("Brev sendt: %(kind)s med %(channel)s") % {
                    "kind": letter.get_kind_display(), "channel": dispatch.get_channel_display(),
                },
                letter, dispatch.confirmed_by or dispatch.created_by,
            )
            for dispatch in letter.dispatches.all() if dispatch.confirmed_at
        ]
    return entries


def hoering_letter_draft(*, hoering, by) -> list[Letter]:
    """A høring to be sent from here gets its høringsbrev (Danish) as a draft at once."""
    return [letter_draft(case=hoering.case, kind=LetterKind.HOERING, language="da", by=by, hoering=hoering)]


def hoering_letters_discard(*, hoering, by) -> list[str]:
    """Before an unsent høring is deleted: its letter drafts go too; a final letter refuses it."""
    letters = Letter.objects.filter(hoering=hoering)
    if letters.filter(status=LetterStatus.FINAL).exists():
        raise ValidationError(_(
            "Høringsbrevet er gjort endeligt og ligger i journalen. Send det, eller bed en leder om hjælp."
        ))
    drafts = list(letters.values_list("pk", flat=True))
    letters.delete()
    return [f"letter draft {pk}" for pk in drafts]


def hoering_prefetch() -> list[str]:
    """What ``case_page_parts`` reads of each høring, read with the case's høringer (``cases.hooks``)."""
    return ["letters"]


def case_page_parts(*, request, case, can_work: bool) -> list[CasePagePart]:
    """The letters' parts of the case page (see the module docstring); forms only for who may write letters."""
    can_letters = can_work and may_work_on_letters(request.user, case)
    parts = [CasePagePart(CasePagePart.LINK, label=_("Hent hele sagen som PDF"),
                          url=reverse("letters:case_export", args=[case.reference]))]
    for hoering in case.hoeringer.all():
        if hoering.sent_at is None:
            letters = [letter for letter in hoering.letters.all() if letter.kind == LetterKind.HOERING]
            parts.append(CasePagePart(CasePagePart.HOERING, hoering_id=hoering.pk, html=render_to_string(
                "letters/includes/hoering_letter.html",
                {"case": case, "hoering": hoering, "letters": letters, "can_letters": can_letters}, request=request,
            )))
    language = "en" if case.henvendelse.language == "en" else "da"
    parts.append(CasePagePart(CasePagePart.SECTION, html=render_to_string("letters/case_letters.html", {
        "case": case,
        "letters": selectors.letters_for_case(case=case),
        "can_letters": may_work_on_letters(request.user, case),
        "draft_form": forms.DraftForm(initial={"kind": "afslutning", "language": language}),
    }, request=request)))
    return parts
