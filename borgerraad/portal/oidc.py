"""MitID (and MitID Erhverv) through the municipality's OpenID Connect broker, with Authlib's client.

The rules this module enforces (docs/citizen-portal.md, docs/security.md):

- Authorization code flow with PKCE (S256), ``state`` and ``nonce``; all three are made by Authlib and kept
  in the server-side session until the broker sends the citizen back. A callback whose state is not the
  one this browser was given (login CSRF), a code the broker will not exchange (PKCE verifier mismatch),
  an ID token whose signature does not verify with the broker's JWKS, whose issuer, audience or nonce is
  not ours, or which has expired, is refused: ``SignInRefused``, and nothing is signed in.
- Citizens are not Django users: a verified ID token ends in ``identity_sign_in`` (identity.py), which
  cycles the session key and keeps the CPR/CVR number only encrypted.
- The CPR claim (MitID) and the CVR claim (MitID Erhverv) are named by settings, because every broker
  names them differently; a claim that is not a well-formed number refuses the sign-in.
- Tokens, codes and verifiers are never logged (the ``authlib`` logger is held at WARNING in settings).
"""

from __future__ import annotations

import functools
import logging
from urllib.parse import parse_qsl

import requests
from authlib.common.errors import AuthlibBaseError
from authlib.integrations.django_client import OAuth
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from joserfc.errors import JoseError

from borgerraad.portal.identity import MITID, MITID_ERHVERV, CitizenIdentity, identity_sign_in

logger = logging.getLogger(__name__)

METHOD_KEY = "portal_oidc_method"  # which button the citizen pressed, between the redirect and the callback
CLOCK_LEEWAY_SECONDS = 60  # for the broker's clock; an ID token is valid for minutes, not hours


class SignInRefused(Exception):
    """The broker's answer could not be trusted or used; ``reason`` is for the log (no personal data)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def oidc_methods() -> list[str]:
    """The MitID buttons to show: none without a broker, MitID Erhverv only with a CVR claim name."""
    config = settings.PORTAL_OIDC
    if not config["discovery_url"]:
        return []
    return [MITID, MITID_ERHVERV] if config["cvr_claim"] else [MITID]


@functools.cache
def _client(discovery_url: str, client_id: str, client_secret: str, timeout: int):
    # One client per configuration, so the broker's metadata and JWKS are fetched once, not per sign-in
    # (Authlib fetches the JWKS again when a token names a key it has not seen: key rotation).
    oauth = OAuth()
    return oauth.register(
        "mitid", server_metadata_url=discovery_url, client_id=client_id, client_secret=client_secret,
        client_kwargs={"code_challenge_method": "S256", "timeout": timeout},
    )


def _configured_client():
    config = settings.PORTAL_OIDC
    return _client(config["discovery_url"], config["client_id"], config["client_secret"], config["timeout"])


def _redirect_uri() -> str:
    # Exactly the address registered at the broker: the site's own, never the Host header's.
    # The Danish path whatever the page's language: the broker knows one address.
    with translation.override("da"):
        return settings.BORGERRAAD_SITE_URL.rstrip("/") + reverse("portal:oidc_callback")


def oidc_begin(request, *, method: str):
    """The redirect to the broker for ``method``; raises ``SignInRefused`` if the broker cannot be reached."""
    if method not in oidc_methods():
        raise SignInRefused(f"method {method} not configured")
    config = settings.PORTAL_OIDC
    if method == MITID_ERHVERV:
        scopes = config["erhverv_scopes"] or config["scopes"]
        extra = dict(parse_qsl(config["erhverv_authorize_params"]))
    else:
        scopes, extra = config["scopes"], dict(parse_qsl(config["authorize_params"]))
    language = "en" if getattr(request, "LANGUAGE_CODE", "da") == "en" else "da"
    try:
        response = _configured_client().authorize_redirect(
            request, _redirect_uri(), scope=scopes, ui_locales=language, **extra,
        )
    except (requests.RequestException, AuthlibBaseError, ValueError, RuntimeError) as error:
        raise SignInRefused(f"broker unreachable: {type(error).__name__}") from error
    request.session[METHOD_KEY] = method
    return response


def oidc_complete(request) -> CitizenIdentity:
    """Check the broker's answer and sign the citizen in; ``SignInRefused`` if anything does not hold."""
    method = request.session.pop(METHOD_KEY, None)
    if method not in oidc_methods():
        raise SignInRefused("no sign-in was started in this session")
    client = _configured_client()
    try:
        token = client.authorize_access_token(request, leeway=CLOCK_LEEWAY_SECONDS)
        claims = dict(token.get("userinfo") or {})
        if not claims:
            raise SignInRefused("no ID token in the token response")
        claims = _with_userinfo(client, token, claims, method)
    except SignInRefused:
        raise
    except (AuthlibBaseError, JoseError) as error:
        # The error's class says what failed (state, signature, nonce, expiry); its text may quote claims.
        raise SignInRefused(type(error).__name__) from error
    except (requests.RequestException, ValueError) as error:
        raise SignInRefused(f"broker error: {type(error).__name__}") from error
    return _sign_in_from_claims(request, method, claims)


def _with_userinfo(client, token, claims: dict, method: str) -> dict:
    """Brokers that keep the CPR/CVR out of the ID token give it at the userinfo endpoint; its ``sub`` must be
    the ID token's (OpenID Connect Core 5.3.2), or another person's claims could be mixed in."""
    needed = settings.PORTAL_OIDC["cvr_claim" if method == MITID_ERHVERV else "cpr_claim"]
    if needed in claims or not client.load_server_metadata().get("userinfo_endpoint"):
        return claims
    userinfo = client.userinfo(token=token)
    if userinfo.get("sub") != claims.get("sub"):
        raise SignInRefused("userinfo sub differs from the ID token's")
    return {**dict(userinfo), **claims}


def _digits(value, length: int) -> str:
    text = str(value or "").strip().replace("-", "").replace(" ", "")
    return text if len(text) == length and text.isdigit() else ""


def _sign_in_from_claims(request, method: str, claims: dict) -> CitizenIdentity:
    config = settings.PORTAL_OIDC
    name = str(claims.get(config["name_claim"]) or "").strip() or " ".join(
        str(claims.get(part) or "").strip() for part in ("given_name", "family_name")
    ).strip()
    if method == MITID_ERHVERV:
        cvr = _digits(claims.get(config["cvr_claim"]), 8)
        if not cvr:
            raise SignInRefused("no well-formed CVR claim")
        return identity_sign_in(request, method=MITID_ERHVERV, cvr=cvr, name=name)
    cpr = _digits(claims.get(config["cpr_claim"]), 10)
    if not cpr:
        raise SignInRefused("no well-formed CPR claim")
    return identity_sign_in(request, method=MITID, cpr=cpr, name=name)
