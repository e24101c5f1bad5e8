"""Why a dispatch failed, in words staff read in their own language (Forsendelser, the letter's page).

A channel raises ``DispatchError(code, **params)``; the dispatch keeps the code and the parameters,
never a sentence, so the page says it in Danish, or in English for staff who chose English. The
parameters are technical and hold no personal data: an HTTP status, a service's name, an
exception's class name, the names of settings. A code this table does not know (a channel of
one's own, or a row kept before the codes) is shown as it was stored.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.translation import gettext_lazy as _

MESSAGES = {
    # e-mail
    "department_needs_secure_mail": _(
        "Breve til en forvaltning kræver sikker intern mail, før PDF'en kan sendes med; se brevets side."
    ),
    "smtp_unreachable": _("Mailserveren kunne ikke nås (%(error)s)."),
    "smtp_refused": _("Mailserveren tog ikke imod beskeden."),
    # Digital Post
    "no_sender_cvr": _(
        "Kontoret har intet CVR-nummer til afsender i Digital Post; skriv det under Opsætning af kommunen."
    ),
    "memo_invalid": _("Digital Post-beskeden er ikke en gyldig MeMo-besked."),
    "memo_no_sender_cvr": _("MeMo-beskeden har intet afsender-CVR-nummer."),
    "certificate_unreadable": _("Klientcertifikatet til Digital Post (%(setting)s) kan ikke læses."),
    "not_configured": _("Digital Post (SF1601) er ikke sat op: %(settings)s skal udfyldes."),
    "service_unreachable": _("%(service)s kunne ikke nås (%(error)s)."),
    "service_http_status": _("%(service)s svarede med HTTP-status %(status)s."),
    "service_no_json": _("%(service)s svarede ikke med JSON."),
    "sts_no_saml_token": _("KOMBIT STS svarede uden et SAML-token."),
    "no_access_token": _("SF1601 AccessTokenService svarede uden et adgangstoken."),
    "sf1601_result_false": _("SF1601 svarede med HTTP-status %(status)s, men tog ikke imod beskeden (Result false)."),
    # Anything a channel did not foresee: only the exception's class name is kept.
    "unexpected": _("Uventet fejl under afsendelsen (%(error)s)."),
}


def dispatch_error_text(code: str, params: Mapping[str, str] | None = None) -> str:
    """What staff read for ``code`` with ``params``, in the active language."""
    message = MESSAGES.get(code)
    if message is None:
        return code
    try:
        return str(message) % dict(params or {})
    except (KeyError, TypeError, ValueError):  # parameters missing: the sentence without them is still true
        return str(message)
