"""The provider's claims, and the misbehaviour a test asks for in the mode file."""

import base64
import json
import time
from pathlib import Path

from django.conf import settings
from oauth2_provider.oauth2_validators import OAuth2Validator


def _mode() -> str:
    path = Path(settings.OIDC_PROVIDER_MODE_FILE)
    return path.read_text().strip() if path.exists() else ""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class BrokerLikeValidator(OAuth2Validator):
    oidc_claim_scope = None  # a broker puts every claim in the ID token, whatever the scope

    def get_additional_claims(self, request):
        return dict(settings.OIDC_PROVIDER_USERS.get(request.user.get_username(), {}))

    def get_id_token_dictionary(self, token, token_handler, request):
        claims, expiration_time = super().get_id_token_dictionary(token, token_handler, request)
        mode = _mode()
        if mode == "wrong-nonce":
            claims["nonce"] = "a-nonce-from-another-sign-in"
        elif mode == "expired":
            claims["exp"] = int(time.time()) - 3600
        return claims, expiration_time

    def finalize_id_token(self, id_token, token, token_handler, request):
        signed = super().finalize_id_token(id_token, token, token_handler, request)
        if _mode() != "tampered-signature":
            return signed
        # Someone between broker and portal puts another person's CPR in the signed token.
        header, payload, signature = signed.split(".")
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        claims["dk.cpr"] = "0202024321"
        return ".".join([header, _b64(json.dumps(claims).encode()), signature])
