"""Letters fixtures: Bo Hansen's case from the casework personas, concluded with kritik, and a
letters directory of its own per test (PDFs, the Digital Post outbox, the print queue)."""

from __future__ import annotations

import subprocess

import pytest

from borgerraad.cases.services import case_transition, klagepunkt_close, visitation_record
from borgerraad.core.models import ComplaintBody, Office
from tests.cases.conftest import danish, lene, make_case, media_root, point, rasmus  # noqa: F401

CPR = "120483-1234"


@pytest.fixture(autouse=True)
def letters_dir(settings, tmp_path):
    settings.LETTERS_DIR = tmp_path / "letters"
    settings.LETTERS_SF1601_URL = ""
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend", "OPTIONS": {}}}
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    return settings.LETTERS_DIR


@pytest.fixture
def office(db):
    office = Office.objects.get()
    office.municipality_cvr = "64942212"
    office.letterhead = "Uafhængig af forvaltningerne · Åbent hverdage 10-15"
    office.save()
    return office


@pytest.fixture
def concluded_case(db, rasmus, office):  # noqa: F811
    """Bo's case: one point with kritik, one guided to Ankestyrelsen, ready for the conclusion letter."""
    case = make_case(by=rasmus, cpr=CPR, address="Søndergade 7, 2. th., 2300 København S", preferred_channel="email")
    body = ComplaintBody.objects.filter(active=True).first()
    visitation_record(case=case, points=[
        point(description="Jobcentret svarede ikke på mine breve i fire måneder."),
        point(decision="guide", complaint_body=body, description="Afgørelsen om førtidspension er forkert."),
    ], by=rasmus, reason="Tages op.")
    case_transition(case=case, to_status="under_behandling", by=rasmus)
    klagepunkt_close(klagepunkt=case.klagepunkter.get(number=1), by=rasmus, outcome="kritik", kritik_degree=2,
                     reason="Det er kritisabelt, at jobcentret ikke svarede i fire måneder.")
    case.refresh_from_db()
    return case


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True).stdout


def pdf_structure(pdf: bytes) -> bytes:
    """The PDF's objects with every Flate stream inflated (object streams hide /StructTreeRoot and /Lang)."""
    import re
    import zlib

    parts = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            parts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return b"\n".join(parts)


def pdf_info(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
