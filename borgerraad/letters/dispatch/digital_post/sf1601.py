"""An SF1601 client: KOMBIT Serviceplatformen ``KombiPostAfsend`` (send Digital Post).

Settings (docs/configuration.md): ``BORGERRAAD_SF1601_URL`` (the ``.../service/KombiPostAfsend_1/kombi``
endpoint), ``BORGERRAAD_SF1601_CERT`` (the municipality's OCES client certificate with its unencrypted
key, PEM), ``BORGERRAAD_SF1601_STS_URL`` (KOMBIT's STS, ``.../runtime/api/rest/wstrust/v1/issue``),
``BORGERRAAD_SF1601_TOKEN_URL`` (empty: ``/service/AccessTokenService_1/token`` on the service's host)
and ``BORGERRAAD_SF1601_TIMEOUT`` (seconds). There is no anonymous use: without the certificate or
the STS the client refuses with a ``DispatchError``.

One send is three HTTPS calls, each with the client certificate (docs/letters.md names the public
clients this shape is taken from):

1. A SAML token from the STS: a JSON request naming the municipality (``AnvenderKontekst``, the MeMo
   sender's CVR), the certificate (``UseKey``) and the service (``AppliesTo`` ``ENTITY_ID``).
2. That token exchanged for an access token (``saml-token`` form field); it is kept until shortly
   before ``expires_in`` runs out.
3. A POST of ``application/xml``: ``kombi_request`` (no namespace) holding ``KombiValgKode``
   ``Digital Post`` and the MeMo ``Message`` (namespace ``https://DigitalPost.dk/MeMo-1``), with the
   headers ``Authorization: <token_type> <access_token>`` (holder-of-key), ``x-TransaktionsId`` (the
   MeMo message UUID, so a retry is the same transaction) and ``x-TransaktionsTid`` (UTC).

A 2xx answer is the confirmation, unless its ``kombi_response`` says ``Result`` false; anything else
raises ``DispatchError`` (and the dispatch is retried). Error messages name HTTP codes only, never
the service's text, which may quote the letter.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from lxml import etree

from borgerraad.letters.dispatch.base import DispatchError, Receipt

ENTITY_ID = "http://entityid.kombit.dk/service/kombipostafsend/1"
KOMBI_VALG_KODE = "Digital Post"
MEMO_NS = "https://DigitalPost.dk/MeMo-1"
TOKEN_MARGIN_SECONDS = 60

_PEM_CERTIFICATE = re.compile(r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.S)
_ANSWER_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
_tokens: dict[tuple[str, ...], tuple[str, float]] = {}
_tokens_lock = threading.Lock()


def kombi_request(memo: bytes) -> bytes:
    """The request body: ``memo`` (a MeMo ``Message``) inside ``kombi_request`` for Digital Post."""
    message = etree.fromstring(memo)
    if message.tag != f"{{{MEMO_NS}}}Message":
        raise DispatchError("memo_invalid")
    root = etree.Element("kombi_request")
    etree.SubElement(root, "KombiValgKode").text = KOMBI_VALG_KODE
    root.append(message)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def kombi_result(body: bytes) -> str | None:
    """``Result`` of a ``kombi_response`` (``true``/``false``), or None when ``body`` is not one."""
    try:
        root = etree.fromstring(body, _ANSWER_PARSER)
    except etree.XMLSyntaxError:
        return None
    if etree.QName(root).localname != "kombi_response":
        return None
    return (root.findtext("Result") or "").strip().lower()


def use_key(cert_path: str) -> str:
    """The first certificate in the PEM file as one line of base64 DER (the STS's ``UseKey``)."""
    try:
        with open(cert_path, encoding="ascii") as file:
            match = _PEM_CERTIFICATE.search(file.read())
        if match is None:
            raise ValueError("no certificate")
        return base64.b64encode(ssl.PEM_cert_to_DER_cert(match.group(0))).decode("ascii")
    except (OSError, ValueError) as error:
        raise DispatchError("certificate_unreadable", setting="BORGERRAAD_SF1601_CERT") from error


def sender_cvr(memo: bytes) -> str:
    cvr = etree.fromstring(memo).findtext(f"{{{MEMO_NS}}}MessageHeader/{{{MEMO_NS}}}Sender/{{{MEMO_NS}}}senderID")
    if not cvr:
        raise DispatchError("memo_no_sender_cvr")
    return cvr


@dataclass(frozen=True)
class SF1601Client:
    url: str
    cert: str
    sts_url: str
    token_url: str = ""
    timeout: int = 30

    @classmethod
    def from_settings(cls) -> SF1601Client:
        missing = [name for name, value in (("BORGERRAAD_SF1601_CERT", settings.LETTERS_SF1601_CERT),
                                            ("BORGERRAAD_SF1601_STS_URL", settings.LETTERS_SF1601_STS_URL))
                   if not value]
        if missing:
            raise DispatchError("not_configured", settings=", ".join(missing))
        return cls(url=settings.LETTERS_SF1601_URL, cert=settings.LETTERS_SF1601_CERT,
                   sts_url=settings.LETTERS_SF1601_STS_URL, token_url=settings.LETTERS_SF1601_TOKEN_URL,
                   timeout=settings.LETTERS_SF1601_TIMEOUT)

    @property
    def access_token_url(self) -> str:
        if self.token_url:
            return self.token_url
        parts = urllib.parse.urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}/service/AccessTokenService_1/token"

    def _context(self, url: str) -> ssl.SSLContext | None:
        if not url.startswith("https:"):
            return None
        context = ssl.create_default_context()
        context.load_cert_chain(self.cert)
        return context

    def _post(self, what: str, url: str, *, data: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        request = urllib.request.Request(url, data=data, method="POST", headers=headers)
        try:
            # bandit B310 (file:/ and custom schemes): the URL is the operator's configured SF1601/STS
            # endpoint, never request input.
            with urllib.request.urlopen(  # nosec B310
                request, timeout=self.timeout, context=self._context(url),
            ) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, b""
        except (urllib.error.URLError, OSError) as error:
            raise DispatchError("service_unreachable", service=what, error=type(error).__name__) from error

    def _json(self, what: str, url: str, *, data: bytes, content_type: str) -> dict:
        status, body = self._post(what, url, data=data, headers={"Content-Type": content_type,
                                                                  "Accept": "application/json"})
        if not 200 <= status < 300:
            raise DispatchError("service_http_status", service=what, status=status)
        try:
            return json.loads(body)
        except ValueError as error:
            raise DispatchError("service_no_json", service=what) from error

    def access_token(self, *, cvr: str) -> str:
        """``<token_type> <access_token>`` for KombiPostAfsend, from the cache or fresh from the STS."""
        key = (self.sts_url, self.access_token_url, self.cert, cvr)
        with _tokens_lock:
            cached = _tokens.get(key)
        if cached and cached[1] > time.monotonic():
            return cached[0]
        saml = self._json("KOMBIT STS", self.sts_url, content_type="application/json", data=json.dumps({
            "TokenType": "http://docs.oasis-open.org/wss/oasis-wss-saml-token-profile-1.1#SAMLV2.0",
            "RequestType": "http://docs.oasis-open.org/ws-sx/ws-trust/200512/Issue",
            "KeyType": "http://docs.oasis-open.org/ws-sx/ws-trust/200512/PublicKey",
            "AnvenderKontekst": {"Cvr": cvr},
            "UseKey": use_key(self.cert),
            "AppliesTo": {"EndpointReference": {"Address": ENTITY_ID}},
            "OnBehalfOf": None,
        }).encode())
        assertion = (saml.get("RequestedSecurityToken") or {}).get("Assertion")
        if not assertion:
            raise DispatchError("sts_no_saml_token")
        answer = self._json("SF1601 AccessTokenService", self.access_token_url,
                            content_type="application/x-www-form-urlencoded",
                            data=urllib.parse.urlencode({"saml-token": assertion}).encode())
        try:
            token = f"{answer['token_type']} {answer['access_token']}"
            expires = time.monotonic() + int(answer.get("expires_in", 0)) - TOKEN_MARGIN_SECONDS
        except (KeyError, TypeError, ValueError) as error:
            raise DispatchError("no_access_token") from error
        with _tokens_lock:
            _tokens[key] = (token, expires)
        return token

    def forget_token(self, *, cvr: str) -> None:
        with _tokens_lock:
            _tokens.pop((self.sts_url, self.access_token_url, self.cert, cvr), None)

    def send(self, *, memo: bytes, message_uuid: str) -> Receipt:
        cvr = sender_cvr(memo)
        body = kombi_request(memo)
        status, answer = self._post("SF1601", self.url, data=body, headers={
            "Content-Type": "application/xml",
            "Accept": "application/xml",
            "Authorization": self.access_token(cvr=cvr),
            "x-TransaktionsId": message_uuid,
            "x-TransaktionsTid": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        })
        if status in (401, 403):
            self.forget_token(cvr=cvr)  # a revoked or expired token: the retry fetches a new one
        if not 200 <= status < 300:
            raise DispatchError("service_http_status", service="SF1601", status=status)
        if kombi_result(answer) not in (None, "true"):
            raise DispatchError("sf1601_result_false", status=status)
        return Receipt(external_id=message_uuid, confirmed=True)
