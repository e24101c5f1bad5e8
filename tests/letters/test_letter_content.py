"""What a letter says and how its PDF looks, read back from the PDFs staff download: the address in
the envelope window clear of the letterhead, drafts marked UDKAST, the signature, and a conclusion
letter written to the citizen (no staff notes about them; a guided point with where and by when).

Rasmus (a username, no full name yet) concludes Bo Hansen's case: point 1 taken up with kritik,
point 2 guided to a complaint body.
"""

from __future__ import annotations

import re
import subprocess

import pytest
from django.urls import reverse

from borgerraad.cases.services import klagepunkt_close, visitation_record
from borgerraad.core.models import ComplaintBody
from borgerraad.letters import services
from tests.accounts.helpers import login_verified
from tests.cases.conftest import make_case, point
from tests.letters.conftest import CPR, pdf_text

pytestmark = pytest.mark.django_db

MM = 72 / 25.4  # PDF points per millimetre


def _words(pdf: bytes, tmp_path) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) of the first page, in points from the top left corner."""
    path = tmp_path / "layout.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], capture_output=True,
                          check=True, text=True).stdout
    return [(word, float(x1), float(y1), float(x2), float(y2)) for x1, y1, x2, y2, word in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)]


@pytest.fixture
def bo_case(rasmus, office):
    case = make_case(by=rasmus, cpr=CPR, address="Søndergade 7, 2. th., 2300 København S", preferred_channel="letter")
    body = ComplaintBody.objects.get(code="ankestyrelsen")
    body.deadline, body.how_to_complain = "4 uger", "Send klagen til kommunen, som genvurderer sagen."
    body.save()
    visitation_record(case=case, by=rasmus, points=[
        point(description="Borgeren har ikke fået svar på sine breve i fire måneder."),
        point(decision="guide", ground="forstaa_afgoerelse", complaint_body=body,
              description="Borgeren er utilfreds med afslaget på førtidspension."),
    ])
    klagepunkt_close(klagepunkt=case.klagepunkter.get(number=1), by=rasmus, outcome="kritik", kritik_degree=2,
                     reason="Det er kritisabelt, at jobcentret ikke svarede i fire måneder.")
    return case


def test_the_print_run_puts_the_address_in_the_window_below_the_letterhead(client, rasmus, bo_case, tmp_path):
    letter = services.letter_finalise(
        letter=services.letter_draft(case=bo_case, kind="afslutning", language="da", by=rasmus), by=rasmus)
    assert letter.channel == "print"
    services.dispatch_attempt(dispatch_id=services.letter_send(letter=letter, by=rasmus).pk)
    login_verified(client, rasmus)
    words = _words(client.get(reverse("letters:print_run")).content, tmp_path)
    letterhead = [w for w in words if w[0] in ("Borgerrådgiveren", "Kommune", "Telefon", "forvaltningerne")
                  and w[2] < 100 * MM]  # not the footer
    assert len(letterhead) == 4
    name = next(w for w in words if w[0] == "Bo")
    city = next(w for w in words if w[0] == "2300")
    # The envelope window (C5/C65): left 20 mm, top 45 mm, 90 x 35 mm.
    assert 45 * MM <= name[2] and city[4] <= 80 * MM
    assert 20 * MM - 1 <= name[1] and name[3] <= 110 * MM
    assert max(w[4] for w in letterhead) + 3 * MM <= name[2]  # the letterhead's line lies between them


def test_a_draft_pdf_is_marked_udkast_and_the_final_one_is_not(client, rasmus, bo_case, tmp_path):
    draft = services.letter_draft(case=bo_case, kind="afslutning", language="da", by=rasmus)
    login_verified(client, rasmus)
    url = reverse("letters:pdf", args=[bo_case.reference, draft.pk])
    text = pdf_text(client.get(url).content, tmp_path)
    assert "UDKAST" in text and "ikke sendt" in text
    services.letter_finalise(letter=draft, by=rasmus)
    assert "UDKAST" not in pdf_text(client.get(url).content, tmp_path)


def test_the_letter_is_signed_with_the_full_name_or_only_the_office(rasmus, bo_case):
    body = services.letter_draft(case=bo_case, kind="kvittering", language="da", by=rasmus).body
    assert "rasmus" not in body
    assert body.endswith("Venlig hilsen\n\nBorgerrådgiveren")
    rasmus.first_name, rasmus.last_name = "Rasmus", "Rådgiver"
    rasmus.save()
    body = services.letter_draft(case=bo_case, kind="kvittering", language="da", by=rasmus).body
    assert body.endswith("Venlig hilsen\n\nRasmus Rådgiver\nBorgerrådgiveren")


def test_the_conclusion_letter_speaks_to_the_citizen_and_guides_with_body_and_deadline(client, rasmus, bo_case,
                                                                                       tmp_path):
    letter = services.letter_draft(case=bo_case, kind="afslutning", language="da", by=rasmus)
    assert "Borgeren har" not in letter.body and "Borgeren er" not in letter.body
    assert "## Klagepunkt 1: Sagsbehandlingstid og manglende svar – Jobcenter København" in letter.body
    assert "Resultat: Kritik – vi finder det kritisabelt." in letter.body
    guided = letter.body[letter.body.index("## Klagepunkt 2"):]
    assert "Du kan klage til Ankestyrelsen, og klagefristen er 4 uger." in guided
    assert "Send klagen til kommunen, som genvurderer sagen." in guided
    assert "Vejledt" not in guided
    login_verified(client, rasmus)
    text = " ".join(pdf_text(client.get(reverse("letters:pdf", args=[bo_case.reference, letter.pk])).content,
                             tmp_path).split())
    assert "Du kan klage til Ankestyrelsen, og klagefristen er 4 uger." in text and "Borgeren har" not in text
