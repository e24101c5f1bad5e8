"""The letterhead logo is checked by its content when the admin uploads it, and a letter's PDF
fetches nothing but what is in it: an SVG that points at other files or addresses reaches nothing."""

from __future__ import annotations

import http.server
import io
import re
import threading

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms.models import model_to_dict
from PIL import Image

from borgerraad.core.admin import OfficeForm
from borgerraad.core.logo import LOGO_MAX_BYTES
from borgerraad.letters.services import letter_draft, letter_pdf_bytes
from tests.letters.test_letterhead import pdf_images

pytestmark = pytest.mark.django_db


def image(kind: str, size=(120, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (0, 70, 140)).save(buffer, kind)
    return buffer.getvalue()


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40"/></svg>'


def office_form(office, name: str, content: bytes) -> OfficeForm:
    return OfficeForm(data=model_to_dict(office, exclude=["letterhead_logo"]),
                      files={"letterhead_logo": SimpleUploadedFile(name, content)}, instance=office)


@pytest.mark.parametrize(("name", "content", "extension"), [
    ("Kommunens logo 120483-1234.png", image("PNG"), ".png"),
    ("logo.svg", SVG, ".svg"),
])
def test_the_logo_is_stored_under_a_random_name_not_the_one_it_came_with(office, name, content, extension):
    form = office_form(office, name, content)
    assert form.is_valid(), form.errors
    form.save()
    office.refresh_from_db()
    stored = office.letterhead_logo.name
    assert re.fullmatch(rf"letterhead/\d{{4}}/\d{{2}}/[0-9a-f]{{32}}\{extension}", stored), stored
    assert office.letterhead_logo.read() == content


@pytest.mark.parametrize(("name", "content"), [
    ("logo.png", image("PNG")), ("logo.jpg", image("JPEG")), ("logo.svg", SVG),
])
def test_png_jpeg_and_svg_logos_are_accepted(office, name, content):
    form = office_form(office, name, content)
    assert form.is_valid(), form.errors
    form.save()
    office.refresh_from_db()
    assert office.letterhead_logo.read() == content


@pytest.mark.parametrize(("name", "content"), [
    ("logo.png", b"<html><body>not a picture</body></html>"),
    ("logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),  # a PNG signature and nothing behind it
    ("logo.svg", b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>'),
    ("logo.png", image("PNG") + b"\x00" * LOGO_MAX_BYTES),
    ("logo.gif", image("GIF")),
])
def test_anything_else_is_refused_with_a_clear_message(office, name, content):
    form = office_form(office, name, content)
    assert not form.is_valid()
    assert form.errors["letterhead_logo"] == ["Logoet skal være en PNG-, JPEG- eller SVG-fil på højst 2 MB."]
    office.refresh_from_db()
    assert not office.letterhead_logo


class _Recorder(http.server.BaseHTTPRequestHandler):
    paths: list[str] = []

    def do_GET(self):  # noqa: N802 - the http.server API
        type(self).paths.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()
        self.wfile.write(image("PNG", (10, 10)))

    def log_message(self, *args):
        pass


def test_a_letter_fetches_nothing_an_svg_logo_points_at(concluded_case, rasmus, office, tmp_path):
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        port = server.server_port
        svg = (
            f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" '
            f'height="40"><rect width="120" height="40"/>'
            f'<image href="http://127.0.0.1:{port}/tracker.png" width="10" height="10"/>'
            f'<image xlink:href="file:///etc/hostname" width="10" height="10"/></svg>'
        ).encode()
        office.letterhead_logo.save("logo.svg", ContentFile(svg))
        letter = letter_draft(case=concluded_case, kind="afslutning", language="da", by=rasmus)
        pdf = letter_pdf_bytes(letter)
    finally:
        server.shutdown()
    assert pdf.startswith(b"%PDF")
    assert _Recorder.paths == []
    # A raster logo still arrives: it is in the HTML as a data: URI.
    office.letterhead_logo.save("logo.png", ContentFile(image("PNG")))
    assert pdf_images(letter_pdf_bytes(letter), tmp_path) == [(1, 120, 40)]
