"""The e-mail parser on the corpus of awkward real-world messages (no server needed)."""

import base64

import pytest

from borgerraad.channels.email.parser import parse_email
from tests.channels import corpus


def test_utf8_headers_and_body():
    parsed = parse_email(corpus.plain_utf8())
    assert parsed.sender_name == "Birthe Hansen"
    assert parsed.sender_address == corpus.CITIZEN
    assert parsed.subject == "Klage over Sundheds- og Omsorgsforvaltningen – ældrepleje"
    assert "hjælpemidler" in parsed.text
    assert parsed.message_id.startswith("<") and parsed.message_id.endswith("@example.dk>")


def test_iso_8859_1_headers_and_body():
    parsed = parse_email(corpus.latin1())
    assert parsed.sender_name == "Søren Ørsted"
    assert parsed.subject == "Klage over afslag på støtte, Ærø"
    assert "Æbler, øl og å" in parsed.text


def test_raw_8bit_latin1_subject():
    parsed = parse_email(corpus.raw_8bit_latin1_header())
    assert parsed.subject == "Klage over boligstøtte"
    assert parsed.sender_name == "Jørgen Møller"
    assert "min bolig" in parsed.text


def test_html_only_becomes_readable_text():
    parsed = parse_email(corpus.html_only())
    assert "<b>" not in parsed.text and "<p>" not in parsed.text
    assert "utilfreds" in parsed.text and "Én" in parsed.text


def test_nested_multipart_takes_plain_text_and_keeps_inline_image_and_attachment():
    parsed = parse_email(corpus.nested_with_inline_image())
    assert parsed.text == "Se billedet af skaden."
    names = sorted(f.name for f in parsed.files)
    assert names == ["afgørelse.pdf", "skade.png"]
    assert next(f for f in parsed.files if f.name == "skade.png").inline


def test_forwarded_message_is_kept():
    parsed = parse_email(corpus.forwarded())
    assert "Se nedenstående svar" in parsed.text
    assert "Videresendt besked" in parsed.text and "jobcenter@kk.dk" in parsed.text
    assert "Vi kan desværre ikke hjælpe dig." in parsed.text


def test_winmail_dat_is_unpacked():
    parsed = parse_email(corpus.winmail_dat())
    assert "Tekst fra Outlook" in parsed.text
    assert [(f.name, f.payload) for f in parsed.files] == [("notat.txt", b"Notat om sagen.\n")]


def test_empty_body():
    parsed = parse_email(corpus.empty_body())
    assert parsed.text == "" and parsed.subject == "" and parsed.files == []


# --- The sender inside RFC 2047 encoded words, as real mail programs send it ----------------------------


def _with_from(raw_from: str) -> bytes:
    """A plain message whose From header is exactly ``raw_from`` (as it travels, ASCII only)."""
    return (
        f"From: {raw_from}\r\nTo: borgerraadgiveren@kk.dk\r\nSubject: Klage\r\n"
        "Message-ID: <rfc2047@example.dk>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Jeg klager.\r\n"
    ).encode("ascii")


def _b(text: str, charset: str = "utf-8") -> str:
    return f"=?{charset}?b?{base64.b64encode(text.encode(charset)).decode()}?="


@pytest.mark.parametrize(("raw_from", "name", "address"), [
    pytest.param(_b("Søren Ørsted <soren@example.dk>"), "Søren Ørsted", "soren@example.dk", id="whole-utf8-b"),
    pytest.param("=?utf-8?q?S=C3=B8ren_=C3=98rsted_=3Csoren=40example=2Edk=3E?=", "Søren Ørsted",
                 "soren@example.dk", id="whole-utf8-q"),
    pytest.param(_b("Søren Ørsted <soren@example.dk>", "iso-8859-1"), "Søren Ørsted", "soren@example.dk",
                 id="whole-iso-8859-1"),
    pytest.param("=?utf-8?q?J=C3=B8rgen_M=C3=B8ller?= <jorgen@example.dk>", "Jørgen Møller", "jorgen@example.dk",
                 id="name-only"),
    pytest.param("=?utf-8?q?Hansen=2C_Bo?= <bo@example.dk>", "Hansen, Bo", "bo@example.dk", id="comma-in-name"),
    pytest.param(_b('"Hansen, Bo" <bo@example.dk>'), "Hansen, Bo", "bo@example.dk", id="quoted-comma-in-word"),
    pytest.param(_b("Hansen, Bo <bo@example.dk>"), "Hansen, Bo", "bo@example.dk", id="bare-comma-in-word"),
    pytest.param(_b("Birthe") + " " + _b(" Ærø Hansen <birthe@example.dk>"), "Birthe Ærø Hansen",
                 "birthe@example.dk", id="several-words"),
    pytest.param(_b("Ærø Hansen <Birthe@Example.DK>"), "Ærø Hansen", "birthe@example.dk", id="upper-case"),
])
def test_sender_inside_encoded_words_is_decoded_before_the_address_is_read(raw_from, name, address):
    parsed = parse_email(_with_from(raw_from))
    assert (parsed.sender_name, parsed.sender_address) == (name, address)
    assert parsed.sender_domain == "example.dk"


@pytest.mark.parametrize("raw_from", [
    "=?utf-8?b?!!!ikke-base64?= <bo@example.dk>",
    "=?x-ukendt?q?Bo?= <bo@example.dk>",
    "=?utf-8?b?/w==?= <bo@example.dk>",  # not UTF-8 at all
])
def test_a_broken_encoded_name_keeps_the_address(raw_from):
    parsed = parse_email(_with_from(raw_from))
    assert parsed.sender_address == "bo@example.dk"
    assert parsed.text == "Jeg klager."


def test_a_broken_encoded_sender_is_empty_not_a_crash():
    parsed = parse_email(_with_from("=?utf-8?b?!!!ikke-base64?="))
    assert (parsed.sender_name, parsed.sender_address) == ("", "")
    assert parsed.text == "Jeg klager."
