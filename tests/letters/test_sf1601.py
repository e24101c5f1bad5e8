"""SF1601 against a local Serviceplatformen: one HTTPS server that demands the municipality's client
certificate and plays KOMBIT's STS, the AccessTokenService and KombiPostAfsend, checking each request
the way public SF1601 clients send it (sf1601.py; sources in docs/letters.md). A request of another
shape is answered 400, so a wrong envelope, header, token or MeMo fails the tests."""

from __future__ import annotations

import base64
import datetime as dt
import http.server
import ipaddress
import json
import re
import ssl
import threading
import urllib.parse
import uuid

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from lxml import etree

from borgerraad.letters import services
from borgerraad.letters.dispatch.digital_post import sf1601
from borgerraad.letters.dispatch.digital_post.outbox import outbox_dir
from borgerraad.letters.models import DispatchStatus
from tests.letters.test_dispatch import NS, final_letter, schema

pytestmark = pytest.mark.django_db

MEMO = NS["memo"]
STS_PATH = "/runtime/api/rest/wstrust/v1/issue"
TOKEN_PATH = "/service/AccessTokenService_1/token"
KOMBI_PATH = "/service/KombiPostAfsend_1/kombi"
CLIENT_CN = "Borgerraadgiveren test system"


def kombi_response(result: str, extra: str = "") -> bytes:
    return (f"<kombi_response><Result>{result}</Result><TransmissionID>{uuid.uuid4()}</TransmissionID>"
            f"<HovedoplysningerSvarREST><SvarReaktion><Advis><AdvisId>1</AdvisId><AdvisTekst>{extra or 'received'}"
            f"</AdvisTekst></Advis></SvarReaktion></HovedoplysningerSvarREST></kombi_response>").encode()


# --- Certificates: a test CA, the server's certificate and the municipality's client certificate ---------


def _certificate(name: str, key, *, issuer=None, issuer_key=None, ca=False, ip=None):
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer or subject)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if ip:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(ip))]),
                                        critical=False)
    return builder.sign(issuer_key or key, hashes.SHA256())


def _pem(certificate, key=None) -> bytes:
    pem = certificate.public_bytes(serialization.Encoding.PEM)
    if key is not None:  # the key first: the client must still find the certificate in the file
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()) + pem
    return pem


@pytest.fixture
def pki(tmp_path, monkeypatch):
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = _certificate("Test CA", ca_key, ca=True)
    server_key = ec.generate_private_key(ec.SECP256R1())
    server = _certificate("127.0.0.1", server_key, issuer=ca.subject, issuer_key=ca_key, ip="127.0.0.1")
    client_key = ec.generate_private_key(ec.SECP256R1())
    client = _certificate(CLIENT_CN, client_key, issuer=ca.subject, issuer_key=ca_key)
    (tmp_path / "ca.pem").write_bytes(_pem(ca))
    (tmp_path / "server.pem").write_bytes(_pem(server, server_key))
    (tmp_path / "client.pem").write_bytes(_pem(client, client_key))
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "ca.pem"))  # the client trusts the test CA
    return {"dir": tmp_path, "client": str(tmp_path / "client.pem"),
            "use_key": base64.b64encode(client.public_bytes(serialization.Encoding.DER)).decode()}


# --- The local Serviceplatformen -------------------------------------------------------------------------


class _Serviceplatformen(http.server.BaseHTTPRequestHandler):
    use_key = ""
    cvr = ""
    sts: list = []  # problems per STS call
    tokens: list = []  # problems per token call
    kombi: list = []  # (x-TransaktionsId, problems) per KombiPostAfsend call
    assertions: set = set()
    access_tokens: set = set()
    answers: list = []  # (status, body) for the next KombiPostAfsend calls; then 200 with Result true
    sts_status = 200

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        peer = dict(pair for rdn in self.connection.getpeercert()["subject"] for pair in rdn)
        problems = [] if peer.get("commonName") == CLIENT_CN else ["client certificate"]
        handler = {STS_PATH: self._sts, TOKEN_PATH: self._token, KOMBI_PATH: self._kombi}.get(self.path)
        if handler is None:
            self._answer(404)
        else:
            handler(body, problems)

    def _answer(self, status: int, body: bytes = b"", content_type: str = "application/json"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _sts(self, body, problems):
        cls = type(self)
        if not self.headers.get("Content-Type", "").startswith("application/json"):
            problems.append("content-type")
        request = json.loads(body)
        expected = {
            "TokenType": "http://docs.oasis-open.org/wss/oasis-wss-saml-token-profile-1.1#SAMLV2.0",
            "RequestType": "http://docs.oasis-open.org/ws-sx/ws-trust/200512/Issue",
            "KeyType": "http://docs.oasis-open.org/ws-sx/ws-trust/200512/PublicKey",
            "AnvenderKontekst": {"Cvr": cls.cvr},
            "UseKey": cls.use_key,
            "AppliesTo": {"EndpointReference": {"Address": "http://entityid.kombit.dk/service/kombipostafsend/1"}},
            "OnBehalfOf": None,
        }
        problems += [key for key in expected.keys() | request.keys() if request.get(key, "?") != expected.get(key)]
        cls.sts.append(problems)
        if problems or cls.sts_status != 200:
            return self._answer(400 if problems else cls.sts_status)
        assertion = base64.b64encode(
            f'<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_{uuid.uuid4()}"/>'.encode()
        ).decode()
        cls.assertions.add(assertion)
        lifetime = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=8)).strftime("%m/%d/%Y %H:%M:%S")
        self._answer(200, json.dumps({"RequestedSecurityToken": {"Assertion": assertion}, "Lifetime": lifetime,
                                      "TokenType": expected["TokenType"]}).encode())

    def _token(self, body, problems):
        cls = type(self)
        if self.headers.get("Content-Type") != "application/x-www-form-urlencoded":
            problems.append("content-type")
        form = urllib.parse.parse_qs(body.decode())
        if form.get("saml-token") not in [[assertion] for assertion in cls.assertions]:
            problems.append("saml-token")
        cls.tokens.append(problems)
        if problems:
            return self._answer(400)
        token = str(uuid.uuid4())
        cls.access_tokens.add(token)
        self._answer(200, json.dumps({"access_token": token, "token_type": "Holder-of-key",
                                      "expires_in": 3600}).encode())

    def _kombi(self, body, problems):
        cls = type(self)
        if self.headers.get("Content-Type", "").split(";")[0] != "application/xml":
            problems.append("content-type")
        scheme, _, token = self.headers.get("Authorization", "").partition(" ")
        if scheme != "Holder-of-key" or token not in cls.access_tokens:
            problems.append("authorization")
        transaction = self.headers.get("x-TransaktionsId", "")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", self.headers.get("x-TransaktionsTid", "")):
            problems.append("x-TransaktionsTid")
        problem = self._kombi_body_problem(body, transaction)
        if problem:
            problems.append(problem)
        cls.kombi.append((transaction, problems))
        if problems:
            return self._answer(400)
        status, answer = cls.answers.pop(0) if cls.answers else (200, kombi_response("true"))
        self._answer(status, answer, "application/xml")

    @staticmethod
    def _kombi_body_problem(body, transaction) -> str | None:
        """What is wrong with a kombi_request body, or None."""
        try:
            root = etree.fromstring(body)
        except etree.XMLSyntaxError:
            return "xml"
        children = [child.tag for child in root]
        if root.tag != "kombi_request" or children != ["KombiValgKode", f"{{{MEMO}}}Message"]:
            return "envelope"
        if root.findtext("KombiValgKode") != "Digital Post":
            return "KombiValgKode"
        message = etree.fromstring(etree.tostring(root[1]))
        if not schema("1.2").validate(message):
            return "memo"
        if message.findtext("memo:MessageHeader/memo:messageUUID", namespaces=NS) != transaction:
            return "x-TransaktionsId"
        return None

    def log_message(self, *args):
        pass


@pytest.fixture
def serviceplatformen(settings, pki, office):
    handler = _Serviceplatformen
    handler.use_key, handler.cvr, handler.sts_status = pki["use_key"], office.municipality_cvr, 200
    handler.sts, handler.tokens, handler.kombi, handler.answers = [], [], [], []
    handler.assertions, handler.access_tokens = set(), set()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(pki["dir"] / "server.pem"))
    context.load_verify_locations(str(pki["dir"] / "ca.pem"))
    context.verify_mode = ssl.CERT_REQUIRED  # holder-of-key: no client certificate, no answer
    server = http.server.HTTPServer(("127.0.0.1", 0), handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"https://127.0.0.1:{server.server_port}"
    settings.LETTERS_SF1601_URL = base + KOMBI_PATH
    settings.LETTERS_SF1601_STS_URL = base + STS_PATH
    settings.LETTERS_SF1601_TOKEN_URL = ""  # derived: AccessTokenService_1 on the service's host
    settings.LETTERS_SF1601_CERT = pki["client"]
    sf1601._tokens.clear()
    yield handler
    sf1601._tokens.clear()
    server.shutdown()
    server.server_close()


def send(case, by):
    letter = final_letter(case, by, channel="digital_post")
    return services.letter_send(letter=letter, by=by)


def test_sf1601_sends_a_well_formed_request_and_retries_with_the_same_uuid(concluded_case, rasmus, serviceplatformen):
    serviceplatformen.answers = [(503, b"")]
    dispatch = send(concluded_case, rasmus)
    assert not services.dispatch_attempt(dispatch_id=dispatch.pk)
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.FAILED
    assert dispatch.last_error_text == "SF1601 svarede med HTTP-status 503."
    assert services.dispatch_attempt(dispatch_id=dispatch.pk)
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.SENT and dispatch.confirmed_at is not None
    assert dispatch.external_id == str(dispatch.uuid)
    assert serviceplatformen.kombi == [(str(dispatch.uuid), []), (str(dispatch.uuid), [])]
    # One SAML token and one access token, reused for the retry.
    assert serviceplatformen.sts == [[]] and serviceplatformen.tokens == [[]]
    assert not services.dispatch_attempt(dispatch_id=dispatch.pk)  # sent: never again
    assert len(serviceplatformen.kombi) == 2
    assert not list(outbox_dir().glob("*.xml")) if outbox_dir().exists() else True


def test_sf1601_result_false_is_not_a_confirmation_and_its_text_is_not_kept(concluded_case, rasmus,
                                                                          serviceplatformen):
    serviceplatformen.answers = [(200, kombi_response("false", "Modtager 1204831234 Bo Hansen er fritaget"))]
    dispatch = send(concluded_case, rasmus)
    assert not services.dispatch_attempt(dispatch_id=dispatch.pk)
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.FAILED and "(Result false)" in dispatch.last_error_text
    kept = dispatch.last_error + str(dispatch.last_error_params)
    assert "1204" not in kept and "Hansen" not in kept
    assert serviceplatformen.kombi == [(str(dispatch.uuid), [])]


def test_sf1601_fetches_a_new_token_after_a_refused_one(concluded_case, rasmus, serviceplatformen):
    serviceplatformen.answers = [(401, b"")]
    dispatch = send(concluded_case, rasmus)
    assert not services.dispatch_attempt(dispatch_id=dispatch.pk)
    assert services.dispatch_attempt(dispatch_id=dispatch.pk)
    assert serviceplatformen.sts == [[], []] and serviceplatformen.tokens == [[], []]


def test_sf1601_stops_at_a_failing_sts(concluded_case, rasmus, serviceplatformen):
    serviceplatformen.sts_status = 500
    dispatch = send(concluded_case, rasmus)
    assert not services.dispatch_attempt(dispatch_id=dispatch.pk)
    dispatch.refresh_from_db()
    assert dispatch.last_error_text == "KOMBIT STS svarede med HTTP-status 500."
    assert serviceplatformen.tokens == [] and serviceplatformen.kombi == []


@pytest.mark.parametrize("missing", ["LETTERS_SF1601_STS_URL", "LETTERS_SF1601_CERT"])
def test_sf1601_without_sts_or_certificate_is_a_configuration_error(concluded_case, rasmus, serviceplatformen,
                                                                    settings, missing):
    setattr(settings, missing, "")
    dispatch = send(concluded_case, rasmus)
    assert not services.dispatch_attempt(dispatch_id=dispatch.pk)
    dispatch.refresh_from_db()
    assert dispatch.status == DispatchStatus.FAILED
    assert dispatch.last_error_text == (
        f"Digital Post (SF1601) er ikke sat op: BORGERRAAD_{missing.removeprefix('LETTERS_')} skal udfyldes."
    )
    assert serviceplatformen.sts == [] and serviceplatformen.kombi == []
