"""Who the signed-in citizen (or business) is: one identity in the session, whatever the sign-in method.

Every portal page asks ``identity_current(request)``; no page reads the session itself. The identity is
kept in the session encrypted with the field keys (privacy/crypto.py), so the session table holds no CPR
number, CVR number or e-mail address in clear, and it expires on its own: ``BORGERRAAD_PORTAL_MINUTES``
for MitID, a shorter ``BORGERRAAD_PORTAL_EMAIL_MINUTES`` for a one-time code sent by e-mail.

What an identity opens (``portal`` selectors): a MitID identity the henvendelser whose CPR (or, for
MitID Erhverv, CVR) is its own; an e-mail identity only the henvendelser made with that address.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass

from django.conf import settings
from django.utils import timezone

from borgerraad.privacy import crypto

SESSION_KEY = "portal_identity"

MITID = "mitid"
MITID_ERHVERV = "mitid_erhverv"
EMAIL_CODE = "email_code"
METHODS = (MITID, MITID_ERHVERV, EMAIL_CODE)


@dataclass(frozen=True)
class CitizenIdentity:
    method: str
    cpr: str = ""  # ten digits, from MitID; never shown in full
    cvr: str = ""  # eight digits, from MitID Erhverv
    email: str = ""  # verified by a one-time code
    name: str = ""  # as the broker gives it (MitID), for prefilling the complaint form
    signed_in_at: str = ""  # ISO 8601
    expires_at: str = ""  # ISO 8601

    @property
    def verified_by_mitid(self) -> bool:
        return self.method in (MITID, MITID_ERHVERV)


def _lifetime(method: str) -> dt.timedelta:
    if method == EMAIL_CODE:
        return dt.timedelta(minutes=settings.PORTAL_EMAIL_SESSION_MINUTES)
    return dt.timedelta(minutes=settings.PORTAL_SESSION_MINUTES)


def identity_sign_in(
    request, *, method: str, cpr: str = "", cvr: str = "", email: str = "", name: str = "",
) -> CitizenIdentity:
    """Start a citizen session: a new session key (no fixation), the identity encrypted in it."""
    if method not in METHODS:
        raise ValueError(f"unknown sign-in method {method!r}")
    now = timezone.now()
    identity = CitizenIdentity(
        method=method, cpr=cpr, cvr=cvr, email=email.strip().lower(), name=name,
        signed_in_at=now.isoformat(), expires_at=(now + _lifetime(method)).isoformat(),
    )
    request.session.cycle_key()
    request.session[SESSION_KEY] = crypto.encrypt(json.dumps(asdict(identity)))
    return identity


def identity_current(request) -> CitizenIdentity | None:
    """The signed-in citizen, or None (never signed in, expired, or the keys no longer read it)."""
    stored = request.session.get(SESSION_KEY)
    if not stored:
        return None
    try:
        identity = CitizenIdentity(**json.loads(crypto.decrypt(stored)))
    except (crypto.DecryptionError, ValueError, TypeError):
        identity_sign_out(request)
        return None
    if dt.datetime.fromisoformat(identity.expires_at) <= timezone.now():
        identity_sign_out(request)
        return None
    return identity


def identity_sign_out(request) -> None:
    request.session.pop(SESSION_KEY, None)
