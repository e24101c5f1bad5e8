"""Writes of the portal: one-time codes by e-mail, the citizen's own actions on a case, the survey.

Rules (docs/citizen-portal.md):

- A code is sent only to an address a henvendelse was made with, and the answer to the person asking
  is the same either way. The e-mail holds the code and nothing else about the person or a case.
- A code is checked against the newest unused code of the address; every failure (no code, wrong,
  expired, too many wrong guesses, already used) is the same ``False``, so a guesser learns nothing.
- What the citizen does on a case (a message, withdrawing, consent) goes through the ``cases`` and
  ``intake`` services, which record it in the journal and the audit log.
"""

from __future__ import annotations

import datetime as dt
import hmac
import logging
import secrets

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from borgerraad.intake.models import Henvendelse
from borgerraad.portal.models import EmailCode, SurveyOffer, SurveyResponse
from borgerraad.privacy.digests import keyed_digest

logger = logging.getLogger(__name__)

EMAIL_LABEL = b"borgerraad:portal-email:v1"
CODE_LABEL = b"borgerraad:portal-code:v1"


def email_normalised(email: str) -> str:
    return (email or "").strip().lower()


def email_digest(email: str) -> str:
    return keyed_digest(email_normalised(email), label=EMAIL_LABEL)


def _code_digest(code_id: int, code: str) -> str:
    return keyed_digest(f"{code_id}:{code}", label=CODE_LABEL)


def _code_message(*, email: str, code: str) -> EmailMessage:
    body = _(
        "Din engangskode til Mine sager hos Borgerrådgiveren er: %(code)s\n\n"
        "Koden gælder i %(minutes)s minutter. Har du ikke bedt om en kode, kan du se bort fra denne e-mail."
    ) % {"code": code, "minutes": settings.PORTAL_EMAIL_CODE_MINUTES}
    return EmailMessage(subject=_("Din kode til Mine sager"), body=body, to=[email])


def email_code_request(*, email: str, now: dt.datetime | None = None) -> bool:
    """Send a six-digit code if a henvendelse was made with ``email``; True when one was sent.

    The caller must not tell the person which it was.
    """
    email = email_normalised(email)
    if not email or not Henvendelse.objects.filter(email__iexact=email).exists():
        return False
    now = now or timezone.now()
    code = f"{secrets.randbelow(10**6):06d}"
    with transaction.atomic():
        record = EmailCode.objects.create(
            email_digest=email_digest(email), code_digest="", created_at=now,
            expires_at=now + dt.timedelta(minutes=settings.PORTAL_EMAIL_CODE_MINUTES),
        )
        EmailCode.objects.filter(pk=record.pk).update(code_digest=_code_digest(record.pk, code))
        transaction.on_commit(lambda: _code_message(email=email, code=code).send())
    logger.info("Portal: a one-time code was sent (code %s).", record.pk)
    return True


def email_code_verify(*, email: str, code: str, now: dt.datetime | None = None) -> bool:
    """True once for the right, fresh code of ``email``; False for every kind of failure alike."""
    now = now or timezone.now()
    code = "".join((code or "").split())
    with transaction.atomic():
        record = (
            EmailCode.objects.select_for_update()
            .filter(email_digest=email_digest(email), used_at__isnull=True).order_by("-created_at", "-pk").first()
        )
        if record is None or record.expires_at <= now or record.failed_attempts >= settings.PORTAL_EMAIL_CODE_TRIES:
            return False
        if not (len(code) == 6 and code.isdigit() and hmac.compare_digest(record.code_digest,
                                                                            _code_digest(record.pk, code))):
            record.failed_attempts += 1
            record.save(update_fields=["failed_attempts"])
            return False
        record.used_at = now
        record.save(update_fields=["used_at"])
    return True


def email_codes_delete_old(*, now: dt.datetime | None = None) -> int:
    """Delete codes that expired more than a day ago (they are only kept to count wrong guesses)."""
    now = now or timezone.now()
    deleted, _ = EmailCode.objects.filter(expires_at__lte=now - dt.timedelta(days=1)).delete()
    return deleted


def survey_answer(*, case, helped: str = "", understood: str = "", treated_well: str = "",
                  now: dt.datetime | None = None) -> bool:
    """Record the survey once per case (an answer, or an empty ``helped`` for "no thanks"); False if done before.

    The answer row holds no link to the case or the person: only its forvaltning and the month it closed.
    """
    now = now or timezone.now()
    with transaction.atomic():
        _offer, created = SurveyOffer.objects.get_or_create(case=case, defaults={"done_at": now})
        if not created:
            return False
        if helped:
            closed = timezone.localtime(case.closed_at or now)
            SurveyResponse.objects.create(
                department=case.henvendelse.department, period=closed.date().replace(day=1),
                helped=helped, understood=understood, treated_well=treated_well,
            )
    return True
