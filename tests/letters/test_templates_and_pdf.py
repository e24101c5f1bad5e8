"""Every template kind in Danish and English, drafted on Bo's case, rendered to a tagged PDF
whose text pdftotext can read back (æøå, the letterhead, page numbers); the sandbox; immutability."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from borgerraad.cases.services import hoering_prepare, hoering_send
from borgerraad.core.models import Department
from borgerraad.letters import rendering
from borgerraad.letters.models import Letter, LetterKind, LetterTemplate
from borgerraad.letters.services import letter_draft, letter_finalise, letter_pdf_bytes, letter_update
from tests.letters.conftest import pdf_info, pdf_structure, pdf_text

pytestmark = pytest.mark.django_db


def test_danish_and_english_dates():
    assert rendering.long_date(dt.date(2026, 1, 9)) == "fredag den 9. januar 2026"
    assert rendering.long_date(dt.date(2026, 1, 9), "en") == "Friday 9 January 2026"


def test_the_defaults_cover_every_kind_in_both_languages():
    assert {(t.kind, t.language) for t in LetterTemplate.objects.all()} == {
        (kind, language) for kind in LetterKind.values for language in ("da", "en")
    }


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("kind", LetterKind.values)
def test_every_template_renders_to_a_readable_tagged_pdf(concluded_case, rasmus, office, tmp_path, kind, language):
    hoering_send(case=concluded_case, department=Department.objects.get(code="BIF"), recipient_email="bif@kk.example",
                 questions="Hvorfor fik borgeren ikke svar på sine breve?", by=rasmus)
    if kind == "hoering":  # a høringsbrev is written for a høring not sent yet
        hoering_prepare(case=concluded_case, department=Department.objects.get(code="SUF"),
                        questions="Hvordan blev sagen oplyst?", by=rasmus)
    letter = letter_draft(case=concluded_case, kind=kind, language=language, by=rasmus)
    assert concluded_case.reference in letter.subject
    assert "{{" not in letter.body and "{%" not in letter.body
    pdf = letter_pdf_bytes(letter)
    structure = pdf_structure(pdf)
    assert b"/StructTreeRoot" in structure
    assert re.search(rb"/Lang\s*\(" + language.encode() + rb"\)", structure)
    assert b"/FontFile" in structure  # embedded fonts
    assert re.search(r"Tagged:\s+yes", pdf_info(pdf, tmp_path))
    text = pdf_text(pdf, tmp_path)
    assert "Borgerrådgiveren" in text
    assert "Uafhængig af forvaltningerne · Åbent hverdage 10-15" in text  # the letterhead, with æøå
    assert ("Side 1 af 1" if language == "da" else "Page 1 of 1") in text
    assert concluded_case.reference in text
    if kind not in ("hoering", "rykker"):
        assert "Bo Hansen" in text
    assert "120483" not in text  # never the CPR number


def test_the_conclusion_letter_carries_outcome_and_dates(concluded_case, rasmus, tmp_path):
    letter = letter_draft(case=concluded_case, kind="afslutning", language="da", by=rasmus)
    text = pdf_text(letter_pdf_bytes(letter), tmp_path)
    assert "Kritik – vi finder det kritisabelt" in text
    assert "Søndergade 7" in text
    assert re.search(r"(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag) den \d+\. \w+ 20\d\d", text)


def test_the_guidance_letter_names_the_complaint_body(concluded_case, rasmus):
    letter = letter_draft(case=concluded_case, kind="vejledning", language="da", by=rasmus)
    body = concluded_case.klagepunkter.get(number=2).complaint_body
    assert body.name in letter.body


@pytest.mark.parametrize("source", [
    "{{ ''.__class__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ sag.__class__ }}",
    "{{ borger.cpr }}",
    "{{ cycler.__init__.__globals__ }}",
    "{% for x in range(10**9) %}{% endfor %}",
])
def test_the_sandbox_refuses_code_and_data_it_was_not_given(source):
    with pytest.raises(rendering.LetterTemplateError):
        rendering.render_text(source, rendering.sample_context())


def test_merge_fields_hold_no_model_instances_and_no_cpr(concluded_case, office):
    context = rendering.merge_context(case=concluded_case, office=office)

    def walk(value):
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        else:
            assert isinstance(value, (str, int)), type(value)

    walk(context)
    assert "1204831234" not in str(context) and "120483-1234" not in str(context)


def test_a_final_letter_is_immutable(concluded_case, rasmus):
    letter = letter_draft(case=concluded_case, kind="afslutning", language="da", by=rasmus)
    letter = letter_update(letter=letter, by=rasmus, subject=letter.subject, body=letter.body + "\n\nEkstra afsnit.")
    letter = letter_finalise(letter=letter, by=rasmus)
    assert len(letter.pdf_sha256) == 64 and letter.finalised_by == rasmus
    assert letter_pdf_bytes(letter).startswith(b"%PDF")
    letter.body = "Ændret"
    with pytest.raises(PermissionDenied):
        letter.save()
    with pytest.raises(PermissionDenied):
        letter.delete()
    with pytest.raises(PermissionDenied):
        Letter.objects.filter(pk=letter.pk).update(subject="x")
    with pytest.raises(PermissionDenied):
        Letter.objects.filter(pk=letter.pk).delete()
    with pytest.raises(ValidationError):
        letter_update(letter=Letter.objects.get(pk=letter.pk), by=rasmus, subject="x", body="y")


def test_a_tampered_pdf_is_refused(concluded_case, rasmus, letters_dir):
    letter = letter_finalise(letter=letter_draft(case=concluded_case, kind="kvittering", by=rasmus), by=rasmus)
    (letters_dir / letter.pdf_path).write_bytes(b"%PDF-forged")
    with pytest.raises(PermissionDenied):
        letter_pdf_bytes(letter)
