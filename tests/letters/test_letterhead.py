"""The office's letterhead on the letter PDF: the letterhead text under the office's name and, when the
admin has set one, the logo ("Logo på breve") drawn top right, with the office's name as its alternative
text; without a logo, no image at all."""

from __future__ import annotations

import io
import re
import subprocess

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from borgerraad.letters.services import letter_draft, letter_pdf_bytes, letter_print_pdf
from tests.letters.conftest import pdf_structure, pdf_text

pytestmark = pytest.mark.django_db

LETTERHEAD = "Uafhængig af forvaltningerne · Åbent hverdage 10-15"  # the conftest's office


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (0, 70, 140)).save(buffer, "PNG")
    return buffer.getvalue()


def pdf_images(pdf: bytes, tmp_path) -> list[tuple[int, int, int]]:
    """(page, width, height) of every image the pages draw, as ``pdfimages -list`` reads them."""
    path = tmp_path / "images.pdf"
    path.write_bytes(pdf)
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, check=True, text=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    return [(int(row[0]), int(row[3]), int(row[4])) for row in rows if row[2] == "image"]


def alt_texts(pdf: bytes) -> list[str]:
    """The /Alt entries of the tagged PDF's structure tree (hex UTF-16 or literal strings)."""
    texts = []
    for hex_string, literal in re.findall(rb"/Alt\s*(?:<([0-9A-Fa-f\s]*)>|\(((?:\\.|[^\\)])*)\))", pdf_structure(pdf)):
        if hex_string:
            raw = bytes.fromhex(hex_string.decode())
            texts.append(raw.decode("utf-16") if raw.startswith(b"\xfe\xff") else raw.decode("latin-1"))
        else:
            texts.append(literal.decode("latin-1"))
    return texts


@pytest.fixture
def letter(concluded_case, rasmus):
    return letter_draft(case=concluded_case, kind="afslutning", language="da", by=rasmus)


@pytest.mark.parametrize("for_print", [False, True], ids=["preview", "print"])
def test_the_office_logo_is_drawn_in_the_letterhead(letter, office, tmp_path, for_print):
    # A name with a space and æøå, as an admin's upload may well have.
    office.letterhead_logo.save("Borgerrådgiverens logo.png", ContentFile(png(120, 40)))
    pdf = letter_print_pdf(letter=letter, office=office) if for_print else letter_pdf_bytes(letter)
    assert pdf_images(pdf, tmp_path) == [(1, 120, 40)]  # the logo, as uploaded, on the first page
    assert office.name in alt_texts(pdf)  # PDF/UA: the figure is named
    text = pdf_text(pdf, tmp_path)
    assert office.name in text and LETTERHEAD in text


def test_without_a_logo_the_letter_has_no_image(letter, office, tmp_path):
    assert not office.letterhead_logo
    pdf = letter_pdf_bytes(letter)
    assert pdf_images(pdf, tmp_path) == []
    assert b"/Subtype /Image" not in pdf_structure(pdf)
    assert LETTERHEAD in pdf_text(pdf, tmp_path)


def test_a_logo_file_gone_from_disk_leaves_the_letter_without_it(letter, office, tmp_path):
    office.letterhead_logo.save("logo.png", ContentFile(png(120, 40)))
    office.letterhead_logo.storage.delete(office.letterhead_logo.name)
    pdf = letter_pdf_bytes(letter)
    assert pdf_images(pdf, tmp_path) == []
    assert LETTERHEAD in pdf_text(pdf, tmp_path)
