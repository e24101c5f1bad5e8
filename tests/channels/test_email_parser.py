"""The e-mail parser on the corpus of awkward real-world messages (no server needed)."""

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
