"""Reads for "Mine sager": only what belongs to the signed-in identity, and only what the citizen may see.

Rules (docs/citizen-portal.md):

- A MitID identity opens the henvendelser whose ``cpr_digest`` is the digest of its CPR number; MitID
  Erhverv those with its CVR number; an e-mail code those made with that address. An identity without
  the value it is matched on opens nothing.
- Every object reached from a page (a letter, a file, a message) is looked up *through* the identity's
  henvendelse, so an id belonging to someone else is simply not found (404).
- The citizen sees letters sent to them (final, dispatch confirmed, not the letters to a department),
  their own files and the messages; never staff notes, høringer or internal documents.
"""

from __future__ import annotations

from django.db.models import QuerySet

from borgerraad.cases.models import Case, CaseStatus, Message
from borgerraad.intake.models import Attachment, Henvendelse
from borgerraad.letters.models import DEPARTMENT_KINDS, Letter, LetterStatus
from borgerraad.portal.identity import EMAIL_CODE, MITID, MITID_ERHVERV, CitizenIdentity
from borgerraad.portal.models import SurveyOffer
from borgerraad.privacy.digests import cpr_digest


def henvendelser_for(identity: CitizenIdentity | None) -> QuerySet[Henvendelse]:
    """The henvendelser of ``identity``, newest first (none for no identity)."""
    henvendelser = Henvendelse.objects.select_related("case", "department")
    if identity is None:
        return henvendelser.none()
    if identity.method == MITID and (digest := cpr_digest(identity.cpr)):
        return henvendelser.filter(cpr_digest=digest)
    if identity.method == MITID_ERHVERV and identity.cvr:
        return henvendelser.filter(cvr=identity.cvr)
    if identity.method == EMAIL_CODE and identity.email:
        return henvendelser.filter(email__iexact=identity.email)
    return henvendelser.none()


def henvendelse_for(identity: CitizenIdentity | None, *, reference: str) -> Henvendelse | None:
    return henvendelser_for(identity).filter(reference=reference).first()


def _case(henvendelse: Henvendelse) -> Case | None:
    return getattr(henvendelse, "case", None) if henvendelse.case_opened else None


def letters_for_citizen(henvendelse: Henvendelse) -> QuerySet[Letter]:
    """The letters sent to the citizen: final, sent (confirmed by their channel), not to a department."""
    case = _case(henvendelse)
    if case is None:
        return Letter.objects.none()
    return (
        Letter.objects.filter(case=case, status=LetterStatus.FINAL, dispatches__confirmed_at__isnull=False)
        .exclude(kind__in=DEPARTMENT_KINDS).distinct().order_by("finalised_at", "id")
    )


def letter_for_citizen(henvendelse: Henvendelse, *, letter_id: int) -> Letter | None:
    return letters_for_citizen(henvendelse).filter(pk=letter_id).first()


def messages_for_citizen(henvendelse: Henvendelse) -> list[Message]:
    case = _case(henvendelse)
    if case is None:
        return []
    return list(case.messages.prefetch_related("attachments"))


def documents_for_citizen(henvendelse: Henvendelse) -> list[Attachment]:
    """The files the citizen sent: with the henvendelse, and with their messages (not the advisor's files)."""
    case = _case(henvendelse)
    staff_files = set()
    if case is not None:
        staff_files = set(
            Message.attachments.through.objects.filter(message__case=case, message__from_citizen=False)
            .values_list("attachment_id", flat=True)
        )
    return [a for a in henvendelse.attachments.all() if a.pk not in staff_files]


def attachment_for_citizen(henvendelse: Henvendelse, *, attachment_id) -> Attachment | None:
    """A file of this henvendelse: one the citizen sent, or one the advisor attached to a message."""
    return henvendelse.attachments.filter(pk=attachment_id).first()


def survey_offered(henvendelse: Henvendelse) -> bool:
    """True while the closed case's survey has been neither answered nor declined."""
    case = _case(henvendelse)
    return (
        case is not None and case.status == CaseStatus.AFSLUTTET
        and not SurveyOffer.objects.filter(case=case).exists()
    )
