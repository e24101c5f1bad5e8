"""An SF1601 client: KOMBIT Serviceplatformen ``KombiPostAfsend`` (send Digital Post).

Settings: ``BORGERRAAD_SF1601_URL`` (the service's address, e.g. the ``.../KombiPostAfsend_1/kombi``
endpoint of exttest or production), ``BORGERRAAD_SF1601_CERT`` (the municipality's client
certificate with key, PEM) and ``BORGERRAAD_SF1601_TIMEOUT`` (seconds).

The request is a POST of ``application/xml``: a ``kombi_request`` with ``KombiValgKode`` ``DIGITAL``
around the MeMo message, with the headers ``x-TransaktionsId`` (the MeMo message UUID, so a retry
is the same transaction and Serviceplatformen/Digital Post recognise the duplicate) and
``x-TransaktionsTid``. A 2xx answer is the confirmation; anything else raises ``DispatchError``
and the dispatch is retried.
"""

from __future__ import annotations

import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from borgerraad.letters.dispatch.base import DispatchError, Receipt


def kombi_request(memo: bytes) -> bytes:
    body = memo.split(b"?>", 1)[1] if memo.startswith(b"<?xml") else memo
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b"<kombi_request><KombiValgKode>DIGITAL</KombiValgKode>" + body.strip() + b"</kombi_request>"
    )


@dataclass(frozen=True)
class SF1601Client:
    url: str
    cert: str = ""
    timeout: int = 30

    @classmethod
    def from_settings(cls) -> SF1601Client:
        return cls(url=settings.LETTERS_SF1601_URL, cert=settings.LETTERS_SF1601_CERT,
                   timeout=settings.LETTERS_SF1601_TIMEOUT)

    def _context(self) -> ssl.SSLContext | None:
        if not self.url.startswith("https:"):
            return None
        context = ssl.create_default_context()
        if self.cert:
            context.load_cert_chain(self.cert)
        return context

    def send(self, *, memo: bytes, message_uuid: str) -> Receipt:
        request = urllib.request.Request(
            self.url, data=kombi_request(memo), method="POST",
            headers={
                "Content-Type": "application/xml; charset=utf-8",
                "x-TransaktionsId": message_uuid,
                "x-TransaktionsTid": timezone.now().strftime("%Y-%m-%dT%H:%M:%SZ"),
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout, context=self._context()) as response:
                status = response.status
        except urllib.error.HTTPError as error:
            raise DispatchError(f"SF1601 answered HTTP {error.code}.") from error
        except (urllib.error.URLError, OSError) as error:
            raise DispatchError(f"SF1601 not reachable ({type(error).__name__}).") from error
        if not 200 <= status < 300:
            raise DispatchError(f"SF1601 answered HTTP {status}.")
        return Receipt(external_id=message_uuid, confirmed=True)
